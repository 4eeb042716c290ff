"""Fast paths and sweeps compute exactly what the plain code they replaced computed.

- The actor typer asks, for every candidate, whether it lies inside an organisation span
  (``_typer._within_orgs``: one sort and bisection instead of a scan of every organisation).
- ``text.topic_tokens`` reads an ASCII text with an ASCII pattern.
- ``actors._scan.mid_sentence_names`` finds capitalised words after a space and tests the
  character before it, instead of a pattern that opens with a look-behind.

Each fast path is held to the plain code it replaced, kept here as the reference, on random
inputs built to hit its edges and on real stories.
"""

from __future__ import annotations

import gzip
import json
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newsanalytics import text as na_text
from newsanalytics.actors import _scan, _typer

_spans = st.lists(
    st.tuples(st.integers(0, 12), st.integers(0, 6)).map(lambda p: (p[0], p[0] + p[1])),
    max_size=25,
)


def _within_orgs_reference(spans, orgs):
    return [
        any(s <= start and end <= e and (s, e) != (start, end) for s, e in orgs)
        for start, end in spans
    ]


@settings(max_examples=500, deadline=None)
@given(spans=_spans, orgs=_spans)
def test_within_orgs_equals_the_scan_of_every_organisation(spans, orgs):
    assert _typer._within_orgs(spans, orgs) == _within_orgs_reference(spans, orgs)


def test_within_orgs_on_nested_names():
    # "Bank" inside "Bank of England"; the org itself is not within itself, but within a
    # longer one that ends where it ends ("the Bank of England" / "Bank of England").
    spans = [(0, 4), (0, 15), (4, 15), (20, 25)]
    orgs = [(0, 15), (4, 15)]
    assert _typer._within_orgs(spans, orgs) == [True, False, True, False]


def _topic_tokens_reference(text):
    lowered = text.lower().replace("\u2019", "'")
    found = re.findall(r"[^\W\d_](?:\.[^\W\d_])+|[^\W\d_]\w*(?:'(?!s(?!\w))[^\W\d_]+)?", lowered)
    return [t for t in found if len(t) > 1 and t not in na_text.STOPWORDS]


_TOPIC_PIECES = [
    "U.S.", "u.s", "a.m.", "OAS's", "don't", "it's", "O'Neill", "drug-related", "5.93", "a5",
    "x_y", "_ab", "I", "a", "The", "report", "2013", "b.", "\u212aelvin", "caf\u00e9", "it\u2019s",
    "S", "'s", "'", ".", "-", "ab'cd",
]


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(_TOPIC_PIECES), st.sampled_from(["", " ", ".", "'", ", "])),
        max_size=20,
    ).map(lambda pairs: "".join(a + b for a, b in pairs))
)
def test_topic_tokens_equal_the_unicode_pattern_on_random_texts(text):
    assert na_text.topic_tokens(text) == _topic_tokens_reference(text)


def test_topic_tokens_equal_the_unicode_pattern_on_reuters_and_bbc(data_file):
    texts = []
    with gzip.open(data_file("reuters21578/reuters21578.jsonl.gz"), "rt") as fh:
        for line, _ in zip(fh, range(1500), strict=False):
            texts.append(json.loads(line).get("body") or "")
    with open(data_file("bbc_news/bbc_news.jsonl"), encoding="utf-8") as fh:
        for line, _ in zip(fh, range(500), strict=False):
            texts.append(json.loads(line)["text"])
    assert 1000 < sum(map(str.isascii, texts)) < len(texts)  # both paths are taken
    for text in texts:
        assert na_text.topic_tokens(text) == _topic_tokens_reference(text)


_MID_CAP_REFERENCE = re.compile(r"(?<=[a-z,] )[A-Z][a-z]+\b")

_MID_CAP_PIECES = [
    "Sun", "sun", "SUN", "Moon", "A", "Ab", "aB", "Ab_", "Ab1", "Abc\u00e9", "\u00c9cole",
    "Kerry's", "O'Neill", "McCain", ",", ".", "-", "'", "x", "1", "\u00e9",
]


@settings(max_examples=1000, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(_MID_CAP_PIECES), st.sampled_from(["", " ", "  ", "\n", "\t", ", "])
        ),
        max_size=16,
    ).map(lambda pairs: "".join(a + b for a, b in pairs))
)
def test_mid_sentence_names_equal_the_look_behind_pattern_on_random_texts(text):
    for t in (text, " " + text, text + " Ab", "a " + text):
        assert _scan.mid_sentence_names(t) == frozenset(_MID_CAP_REFERENCE.findall(t))


def test_mid_sentence_names_on_tricky_strings():
    cases = {
        "": set(),
        " Sun": set(),  # nothing before the space (not the text's last character)
        "x Sun": {"Sun"},
        "met Sun Moon, Bay and Sea": {"Sun", "Moon", "Bay", "Sea"},
        "said, Kerry": {"Kerry"},
        "met  Sun": set(),  # two spaces
        "met\nSun": set(),
        "met Sun's": {"Sun"},
        "met SUN": set(),
        "met Sun_": set(),
        "met Sun\u00e9": set(),
        "1 Sun. Sun": set(),
        "i Ab1 Ab": set(),  # no word boundary after "Ab"; a digit before the last
        "a A": set(),
    }
    for text, want in cases.items():
        assert _scan.mid_sentence_names(text) == frozenset(want), text
        assert frozenset(_MID_CAP_REFERENCE.findall(text)) == frozenset(want), text


def test_mid_sentence_names_equal_the_look_behind_pattern_on_real_stories(wire_stories):
    for text in wire_stories:
        assert _scan.mid_sentence_names(text) == frozenset(_MID_CAP_REFERENCE.findall(text))
