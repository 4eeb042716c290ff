"""The separators of a squad line (actors/_squads.py): a comma or semicolon outside brackets,
found without a scan to the next bracket from every comma."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newsanalytics.actors import _squads

# The lookahead the separators were found with: quadratic in a line of many commas.
_LOOKAHEAD_RE = re.compile(r" ?[,;] ?(?![^()]*\))")


def _spans(matches):
    return [m.span() for m in matches]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=" ,;()ab", max_size=40))
def test_the_separators_are_the_lookaheads(line):
    assert _spans(_squads._separators(line)) == _spans(_LOOKAHEAD_RE.finditer(line))


def test_a_comma_inside_brackets_separates_nothing():
    line = "Bozzi (Sale Sharks, capt), Coutts; Lund (Wasps),Riley"
    got = [line[a:b] for a, b in _spans(_squads._separators(line))]
    assert got == [", ", "; ", ","]


def test_a_long_line_of_commas_has_a_separator_each():
    line = "Smith, " * 20000 + "Jones"
    assert len(_squads._separators(line)) == 20000
    assert len(_squads._items(line, 0, len(line))) == 20001
