"""The actor typer's quicker spellings of its cue patterns find exactly what the plain ones find.

``ArticleCues`` reads an article with patterns written so that ``re`` can skip ahead to a
first character (see ``_typer._word_alternatives`` and ``_typer._findall``). These tests
hold each quicker spelling to the plain pattern it stands for, on real stories (Reuters,
BBC, with their curly quotes and accents) and on random texts.
"""

from __future__ import annotations

import gzip
import itertools
import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsanalytics.actors import _typer

# Words and names the cue patterns look for, and what sits between them.
PIECES = [
    "Mr", "Smith", "said", "says", "quoted", "Jones", "who", "his", "and", "shares of", "in",
    "Acme", "Corp", "Inc", "the", "coach", "COACH", "Season", "points", "İ", "ſeason",
    "Kelvin", "rival", "to buy", "O'Neill", "Smith-to", "al-Assad", "CEO", "Co", "’s", "'s",
]
SEPARATORS = [" ", "  ", ", ", ". ", "\n", "-", "", " the "]
_texts = st.lists(
    st.tuples(st.sampled_from(PIECES), st.sampled_from(SEPARATORS)), max_size=30
).map(lambda pairs: "".join(a + b for a, b in pairs))


@pytest.fixture(scope="module")
def stories(data_file) -> list[str]:
    path = data_file("reuters21578/reuters21578.jsonl.gz")
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        bodies = [json.loads(line).get("body") or "" for line in itertools.islice(fh, 1500)]
    with open(data_file("bbc_news/bbc_news.jsonl"), encoding="utf-8") as fh:
        bbc = [json.loads(line)["text"] for line in itertools.islice(fh, 300)]
    return [b for b in bodies if b] + bbc


def _plain_findall(patterns: tuple[re.Pattern[str], ...], text: str) -> list[str]:
    """The reference: ``re.findall`` of the alternation, each match's first non-empty group."""
    joined = re.compile("|".join(p.pattern for p in patterns))
    return [next(filter(None, m.groups()), "") for m in joined.finditer(text)]


def _same_as_plain(text: str) -> None:
    for patterns in (_typer._SAID_RE, _typer._ORG_CUE_RE, (_typer._TITLE_CUE_RE,)):
        assert _typer._findall(patterns, text) == _plain_findall(patterns, text)
    if text.isascii():
        quick = _typer._SPORT_LOWER_RE.findall(text.lower())
        assert len(quick) == len(_typer._SPORT_RE.findall(text))


def test_cue_patterns_find_what_their_plain_alternations_find_in_real_stories(stories):
    for text in stories:
        _same_as_plain(text)


@settings(max_examples=300, deadline=None)
@given(_texts)
def test_cue_patterns_find_what_their_plain_alternations_find_in_random_texts(text):
    _same_as_plain(text)


@settings(max_examples=300, deadline=None)
@given(_texts)
def test_word_alternatives_match_what_a_word_boundary_and_the_words_match(text):
    words = "shares of|shares in|stake in|said|says|season|scored|Mr|Mrs|Ms|CEO|Co"
    tail = r"\s+" + _typer._NAME
    quick = re.compile("|".join(_typer._word_alternatives(words, tail)))
    plain = re.compile(rf"\b(?:{words}){tail}")
    assert [m.span() for m in quick.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_sport_words_are_counted_alike_in_upper_and_lower_case():
    text = "The COACH said the Season's points and goals were the league's best."
    assert len(_typer._SPORT_LOWER_RE.findall(text.lower())) == 5
    assert len(_typer._SPORT_RE.findall(text)) == 5
