"""Whole-text patterns of the actor rules written for speed are the plain ones they replace.

A pattern that opens with ``\\b`` or an alternation is tried by ``re`` at every position of an
article; opening with a character set (the boundary checked after it) or behind a gate that
starts with a literal, it is tried only where it can match. These tests hold the fast forms
to the plain patterns on real stories and random texts.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newsanalytics.actors import _lists

_FIELD = _lists._FIELD
# The body-list pattern as first written: the word boundary first.
PLAIN_LIST_RE = re.compile(
    r"\b(?P<word>Secretary[ \t]+of[ \t]+State|[A-Z][a-z]+)[ \t]+(?:of|for|on)[ \t]+"
    rf"(?P<first>{_FIELD})(?:,[ \t]+{_FIELD})+,?[ \t]+and[ \t]+(?P<last>{_FIELD})\b"
)

PIECES = [
    "Department", "Ministry", "Secretary", "Secretary of State", "Secretary of Statesman",
    "Minister", "of", "for", "on", "Culture", "Media", "Sport", "Rural Affairs", "and",
    "Food", "Fisheries", "é", "xSecretary", "_Ministry", "Éire", "State", "the", "2",
]
SEPARATORS = [" ", ", ", ",\t", "\t", ",", " and ", "", "-", "\n"]
_texts = st.lists(
    st.tuples(st.sampled_from(PIECES), st.sampled_from(SEPARATORS)), max_size=16
).map(lambda pairs: "".join(a + b for a, b in pairs))

EXAMPLES = [
    "the Department for Culture, Media and Sport said",
    "Secretary of State for Culture, Media and Sport Tessa Jowell",
    "xSecretary of State for Culture, Media and Sport",
    "\u00e9Ministry of Agriculture, Fisheries and Food",
    "Minister of Agriculture,\tFisheries, and Food",
    "Secretary of Statesman for Culture, Media and Sport",
]


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple]:
    return [
        (m.span(), m.span("word"), m.span("first"), m.span("last"))
        for m in pattern.finditer(text)
    ]


def _same_lists(text: str) -> None:
    plain = _spans(PLAIN_LIST_RE, text)
    assert _spans(_lists._LIST_RE, text) == plain
    if plain:  # the gate lets every text with a list through
        assert _lists._LIST_GATE_RE.search(text) is not None


def test_body_lists_are_the_plain_patterns_matches_in_real_stories(wire_stories):
    found = 0
    for text in [*wire_stories, *EXAMPLES]:
        _same_lists(text)
        found += bool(PLAIN_LIST_RE.search(text))
    assert found >= 5  # the examples at least


@settings(max_examples=400, deadline=None)
@given(_texts)
def test_body_lists_are_the_plain_patterns_matches_in_random_texts(text):
    _same_lists(text)
