"""A name the wire wraps over two lines is one name; a list of firms is no partnership."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsanalytics.actors import ActorExtractor, _spaces


def _found(text):
    return [(m.text, m.start, m.end, m.actor, m.type) for m in ActorExtractor().extract(text)]


def test_a_partnership_wrapped_after_its_comma_is_one_firm():
    text = (
        "    Underwriters may include Salomon Brothers Inc and Goldman,\n"
        "Sachs and Co.\n"
        "    Morgan Shapiro was a broker at the firm of Paul, Weiss, Rifkind,\n"
        "Wharton and Garrison, the prosecutor said.\n"
    )
    found = _found(text)
    start = text.index("Goldman")
    assert (text[start : start + 22], start, start + 22, "Goldman Sachs", "organization") in found
    start = text.index("Paul,")
    end = text.index(", the prosecutor")
    firm = [f for f in found if f[1] == start]
    assert firm == [
        (text[start:end], start, end, "Paul, Weiss, Rifkind, Wharton and Garrison", "organization")
    ]
    # The mention keeps the line break: its text is the story's own characters.
    assert "\n" in firm[0][0]
    assert not any(f[4] == "person" and f[3] != "Morgan Shapiro" for f in found)


def test_a_line_break_after_a_full_stop_still_ends_the_name():
    text = (
        "    The company said it sold the plant to Navistar International Corp.\n"
        "Neil Springer, its chairman, said the sale closed on Monday.\n"
    )
    actors = {a for _, _, _, a, _ in _found(text)}
    assert "Neil Springer" in actors
    assert not any("Springer" in a and "Navistar" in a for a in actors)


def test_a_list_of_firms_is_no_partnership():
    text = (
        "The offering is managed by Drexel Burnham Lambert Inc, Kidder Peabody and Co, "
        "Salomon Inc and Ladenburg, Thalmann and Co. It has offices in Salem, Ore., and "
        "Consolidated Insurance Services Inc owns the rest."
    )
    actors = {(a, t) for _, _, _, a, t in _found(text)}
    assert ("Drexel Burnham Lambert", "organization") in actors
    assert ("Kidder Peabody and Co", "organization") in actors
    assert ("Ladenburg, Thalmann and Co", "organization") in actors
    assert ("Consolidated Insurance Services Inc", "organization") in actors
    assert not any(a.startswith(("Lambert", "Salem,")) for a, _ in actors)


# Lines of every length around the 41 characters a wrapped line needs, ending in a full stop,
# a space, a no-break space or a letter, and next lines that open with a blank or a word.
_LINE_PIECES = ["a" * 39, "b" * 40, "Goldman,", "Sachs", ".", " ", "\u00a0", "\r", "\t", "x", ""]
_wrapped_texts = st.lists(st.sampled_from(_LINE_PIECES + ["\n"]), max_size=40).map("".join)


@given(_wrapped_texts)
@settings(max_examples=400, deadline=None)
def test_lines_unwrap_as_the_wrap_pattern_says(text):
    assert _spaces._unwrap_lines(text) == _spaces._WRAP_RE.sub(r"\1 ", text)


def test_lines_unwrap_as_the_wrap_pattern_says_on_wire_stories(wire_stories):
    for text in wire_stories:
        assert _spaces._unwrap_lines(text) == _spaces._WRAP_RE.sub(r"\1 ", text)
