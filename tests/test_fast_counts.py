"""Counts and look-ups rewritten for speed give exactly what their plain forms give.

The sports-story test of ``_clubs`` counts the different sport words of the whole article
on its lowered text (a pattern that need not ignore case); the peers' titles of ``_peers``
are searched for only where the word "of" comes right before a candidate. These tests hold
each fast form to the reference, on made-up and random texts, the awkward letters
(the long s, the Kelvin sign, the dotted and dotless i) included.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newsanalytics.actors import _clubs, _peers


def reference_sport_words(text: str) -> int:
    """The count as first written: every match, in any case, lowered."""
    return len({m.group(0).lower() for m in _clubs._SPORT_RE.finditer(text)})


SPORT_PIECES = [
    "match", "Match", "MATCHES", "season", "League", "cup", "goal", "Goals", "tries", "try",
    "fly-half", "semi-final", "Half-Time", "draw", "drawn", "scored", "scoreD", "penalty",
    "\u017fcored", "\u212aick-off", "k\u0131ck-off", "\u0130cup", "cup\u0130", "\u03a3", "x",
    "Leicester", "", "-", "_", "9", "\u00e9", "\u00c9try", "match\u00e9", "stra\u00dfe",
]
SEPARATORS = [" ", "", "-", ".", "\n", "_", "'", "\u00a0", "\u0301"]


def test_sport_words_counts_the_different_sport_words_in_any_case():
    text = "The Match ended in a draw; another match, a DRAW again, in the League Cup."
    assert _clubs.sport_words(text) == 4  # match, draw, league, cup
    assert _clubs.sport_words("The bank raised rates.") == 0


def test_sport_words_keeps_the_reference_where_ignoring_case_pairs_odd_letters():
    # The long s and the Kelvin sign match "s" and "k" when case is ignored; lowering
    # leaves the long s as it is.
    for text in ("he \u017fcored twice in the match", "\u212aick-off at the match", "\u0130cup try"):
        assert _clubs.sport_words(text) == reference_sport_words(text)
    assert _clubs.sport_words("he \u017fcored twice in the match") == 2


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from(SPORT_PIECES), st.sampled_from(SEPARATORS)), max_size=14)
)
def test_sport_words_equals_the_reference_on_random_texts(parts):
    text = "".join(a + b for a, b in parts)
    assert _clubs.sport_words(text) == reference_sport_words(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_sport_words_equals_the_reference_on_any_text(text):
    assert _clubs.sport_words(text) == reference_sport_words(text)


def test_only_the_odd_letters_lower_to_ascii_letters():
    # sport_story's gate reads the runs of ASCII letters of the text lowered as bytes (the
    # article cues' runs) where str.lower() would be read: the same wherever no character
    # of _CASE_ODD occurs, as no other character lowers to an ASCII letter.
    lowers_to_ascii = {
        chr(k)
        for k in range(128, 0x110000)
        if not 0xD800 <= k < 0xE000 and any("a" <= ch <= "z" for ch in chr(k).lower())
    }
    assert lowers_to_ascii <= _clubs._CASE_ODD


def test_sport_story_after_the_cues_of_the_same_text():
    from newsanalytics.actors._cues import ArticleCues

    for text in ("Coach said the match was the season's best.", "A cup match.", "Caf\u00e9 coach"):
        ArticleCues(text)  # the runs of letters kept for the text
        assert _clubs.sport_story.__wrapped__(text) == (reference_sport_words(text) >= 2)


def test_sport_story_gate_keeps_the_reference():
    # The gate reads the first run of letters of each sports word: one per word.
    assert len(_clubs._SPORT_FIRST_RUNS) == len(_clubs._sport_forms())
    assert all(_clubs._SPORT_RE.fullmatch(w) for w in _clubs._sport_forms())
    for text in (
        "The country's industry tries to withdraw.",  # "try", "tries", "draw" inside words
        "A cup match.", "a_match 3cup", "Semi-final; fly-half", "Goal goals", "\u017fcored match",
        "caf\u00e9 match, caf\u00e9cup", "match\u00e9 cup",
    ):
        assert _clubs.sport_story(text) == (reference_sport_words(text) >= 2), text


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from(SPORT_PIECES), st.sampled_from(SEPARATORS)), max_size=14)
)
def test_sport_story_equals_the_reference_on_random_texts(parts):
    text = "".join(a + b for a, b in parts)
    assert _clubs.sport_story(text) == (reference_sport_words(text) >= _clubs.MIN_SPORT_WORDS)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_sport_story_equals_the_reference_on_any_text(text):
    assert _clubs.sport_story(text) == (reference_sport_words(text) >= _clubs.MIN_SPORT_WORDS)


PEER_PIECES = [
    "Lord", "Irvine", "of", "Lairg", "Baroness", "Lady", "Nicholls", "off", "Of", "proof",
    "the", "Mayor", "London", ",", "of\u00a0", "\n", "O'Neill", "Earl",
]


PEER_GAPS = [" ", "  ", "\n", ""]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(PEER_PIECES), st.sampled_from(PEER_GAPS)), max_size=10))
def test_peers_search_only_after_of_misses_no_match(parts):
    text = "".join(a + b for a, b in parts)
    for start in range(len(text) + 1):
        found = _peers._BEFORE_PLACE_RE.search(text, max(0, start - 60), start)
        if found is not None:
            assert _peers._after_of(text, start)


def test_peers_after_of_reads_the_word_before():
    text = "Lord Irvine of  Lairg and proof Lairg, ofLairg"
    assert _peers._after_of(text, text.index("Lairg"))
    assert _peers._after_of(text, text.rindex("Lairg", 0, 40))  # "proof Lairg": re decides
    assert not _peers._after_of(text, text.rindex("Lairg"))
    assert _peers._BEFORE_PLACE_RE.search(text, 0, text.index("Lairg")) is not None
    assert re.search(r"\bof\s+$", text[: text.rindex("Lairg", 0, 40)]) is None
