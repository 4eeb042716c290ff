"""Patterns rewritten for speed find what the plain patterns they replace find.

A pattern that opens with ``\\b`` is tried at every position of the text; written to open
with a character set or a literal (the word boundary checked after it by a look-behind),
``re`` skips ahead to its first character. These tests hold each rewritten pattern to the
plain one, on random texts made of the words and marks around its matches.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newsanalytics.actors import _bands, _initialled

PIECES = [
    "J", "J.", "A", "Rougerie", "O'Gara", "Sowden-Taylor", "(capt)", "(Bourgoin)", "band",
    "bands", "Band", "bandstand", "husband", "x", "_", "2", "é", "É", "De", "ÉA", "a",
    "bands'", "band-", "-band", "ǅ",
]
SEPARATORS = [" ", ", ", "; ", ",", ";", "", "\n", ". ", "\t", "-", "_", "'", "\u2019"]
_texts = st.lists(
    st.tuples(st.sampled_from(PIECES), st.sampled_from(SEPARATORS)), max_size=20
).map(lambda pairs: "".join(a + b for a, b in pairs))

_PLAIN_PAIR_RE = re.compile(
    r"\b[A-Z]\.? [A-Z][\w'\u2019\-]+(?: \([^()\n]{1,30}\))?[,;] [A-Z]\.? [A-Z]"
)
_PLAIN_BAND_RE = re.compile(r"\bbands?\b")


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(_texts)
def test_rewritten_patterns_match_the_plain_ones(text: str) -> None:
    assert _spans(_initialled._PAIR_RE, text) == _spans(_PLAIN_PAIR_RE, text)
    assert _spans(_bands._BAND_RE, text) == _spans(_PLAIN_BAND_RE, text)


def test_rewritten_patterns_on_examples() -> None:
    for text in [
        "J Laharrague; A Rougerie, Y Jauzion",
        "xJ Laharrague; A Rougerie",
        "the band's tour, two bands and a husband",
        "bandsman",
    ]:
        assert _spans(_initialled._PAIR_RE, text) == _spans(_PLAIN_PAIR_RE, text)
        assert _spans(_bands._BAND_RE, text) == _spans(_PLAIN_BAND_RE, text)


_ARTS_PIECES = [
    "film", "Film", "aFilm", "FilmX", "xNovel", "CEOs", "actor", "Actress", "novelX", "box-office",
    "boxOffice", "movie", "McDonald", "iPhone", "singer", "é", "-", ".", "3", "Oscar",
]
_ARTS_SEPARATORS = [" ", "", "  ", "\n", "-", ", "]


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(_ARTS_PIECES), st.sampled_from(_ARTS_SEPARATORS)), max_size=25
    ).map(lambda pairs: "".join(a + b for a, b in pairs))
)
def test_the_arts_gate_reads_odd_spots_as_the_whole_text(text: str) -> None:
    # The gate counts the arts words at spots of odd case ("aFilm", "CEOs") from the words
    # between the spaces around them: never fewer than re.findall over the whole text finds.
    from newsanalytics.actors import _works

    found = _works._ARTS_FORMS.intersection(re.findall(r"[A-Za-z][a-z-]+", text))
    if len(found) >= 3 and len({w.lower() for w in found}) >= 3:
        assert _works._may_be_arts(text)
