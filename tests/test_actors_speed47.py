"""The cheap first tests of stop 47's speed-ups hold what the slower tests need: each may
only say "no match" where the pattern or function it guards would find nothing."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsanalytics.actors import _plural_bodies, _qualified, _squads
from newsanalytics.actors._candidate import _Cand
from newsanalytics.actors._town_context import TOWN_CONTEXT_BEFORE, town_by_context

_BODY_PIECES = st.lists(
    st.sampled_from(
        ["Musicians", "Workers", "workers", "s", "'", "\u2019", " ", "\n", "\t", "Union",
         "Guild", "the ", "The ", "of ", "America", "Equity", "pay", "Z", "a", "-"]
    ),
    max_size=14,
).map("".join)  # fmt: skip


@settings(max_examples=800, deadline=None)
@given(_BODY_PIECES)
def test_a_body_with_a_plural_possessive_passes_the_first_test(text):
    if _plural_bodies._BODY_RE.search(text) is not None:
        assert _plural_bodies._possessive_before_capital(text)


def test_the_first_test_of_plural_bodies():
    assert _plural_bodies._possessive_before_capital("said the Musicians' Union on Monday")
    assert _plural_bodies._possessive_before_capital("the Writers\u2019\n Guild of America")
    assert not _plural_bodies._possessive_before_capital("the workers' pay and the ACs' rise")
    text = "Fees rose, the Musicians' Union said."
    cands = [_Cand(text.index("Musicians"), text.index("'"), 0, ["Musicians"], "person")]
    got = _plural_bodies.plural_bodies(text, cands)
    assert [(c.canonical, c.type) for c in got] == [("Musicians' Union", "organization")]


def test_every_residents_ending_is_a_plural():
    # residents() and Placer.place skip a last word not ending in "s" before the look-ups.
    assert all(ending.endswith("s") for ending, _ in _qualified._RESIDENT_ENDINGS)


def _town(text, name, prev):
    start = text.index(name)
    return _Cand(start, start + len(name), 0, name.split(), "organization", prev=prev)


def test_a_town_by_its_context_still_found():
    text = "Output at the Sebree smelter fell. Ford is in Hawesville, about 60 miles west of it."
    assert town_by_context(text, _town(text, "Sebree", "the"), {}, lambda w: None)
    assert town_by_context(text, _town(text, "Hawesville", "in"), {}, lambda w: None)
    # any other word before the name: neither context, whatever follows
    assert not town_by_context(text, _town(text, "Sebree", "of"), {}, lambda w: None)
    assert {"the", "its", "in", "near"} <= TOWN_CONTEXT_BEFORE


_MARK_PIECES = st.lists(
    st.sampled_from(
        ["(", ")", "capt", "capt.", ", ", "Smith", "\n", "Replacements", "Subs", "Sub", " ",
         "Bozzi", "s", ":"]
    ),
    max_size=10,
).map("".join)  # fmt: skip


@settings(max_examples=800, deadline=None)
@given(_MARK_PIECES)
def test_a_squad_mark_passes_the_first_test(text):
    if _squads._SQUAD_MARK_RE.search(text) is not None:
        assert _squads._may_have_marks(text)
