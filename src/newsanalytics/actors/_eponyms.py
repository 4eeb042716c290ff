"""Names that name a thing, not an actor: reforms or an inquiry called after someone ("the
Gershon reforms", "the Hutton inquiry") and a product before its kind ("the Fusion and Zephyr
models", "its new Corsica and Beretta compact cars").

A one-word name no gazetteer knows, that resolution left as itself (no person of the article
whose surname it is), is no mention where the words around it make it a thing:

- "the" before it and a plan's word after it ("reforms", "inquiry", "review", "proposals");
  "the X report" too once the article calls a plan after X ("the Gershon report ... the
  Gershon reforms"), but not alone: "the Gartner report" is the research firm's;
- a model's word after it ("model", "sedan"), over a list of such names ("Fusion and
  Zephyr") and two lowercase words at most; or "cars" after it so, and a possessive or "new"
  before it ("its new Corsica and Beretta compact cars"; not "Daimler cars", the maker's).

Its other mentions stay.

:func:`issued_papers`: a body's paper is no body ("the Interim Committee Communique": the
Interim Committee's communique; the body, if the words before name one, is the mention).

:func:`divisions` reads the other way: a one-word name a company owns is an organisation, even
one the gazetteer knows as a place ("GM's Buick division", "its Pontiac division", "the
Pontiac division of General Motors").
"""

from __future__ import annotations

import copy
import re

from ._candidate import _Cand
from ._tokens import _display

__all__ = ["divisions", "issued_papers", "named_things"]

_Decided = list[tuple[_Cand, str | None, str | None]]

_PLAN_RE = re.compile(r"\s+(?:reforms|review|inquiry|proposals)\b")
_REPORT_RE = re.compile(r"\s+reports?\b")
# What is no product's kind but a maker's: "the Maserati car company", "car plant".
_MAKER = r"(?!\s+(?:compan|maker|manufactur|plant|factor|firm|unit|division|group|dealer|industr))"
# After a name, further names of a list ("Corsica and Beretta"), then up to two lowercase words
# and a model's word, or "cars". Read a piece at a time (:func:`_kinds_after`): one further name
# of the list, and the words that may end it from there, so that each name of a long list is
# read once, not once for each name before it.
_ITEM_RE = re.compile(r"(?:,|\s+and|\s+or)\s+[A-Z][\w-]*")
_LOWER = r"(?:\s+[a-z][\w-]*){0,2}?"
_MODEL_END_RE = re.compile(
    _LOWER + r"\s+(?:models?|sedans?|hatchbacks?|coupes?|minivans?)\b" + _MAKER
)
_CARS_END_RE = re.compile(_LOWER + r"\s+(?:cars|compacts)\b" + _MAKER)
# Before a car's name, over the names listed before it, the words that make it a maker's
# product: "its new", "their".
_OWNED_RE = re.compile(
    r"\b(?:its|their|new|redesigned|latest)\s+(?:[A-Z][\w-]*(?:,|\s+and|\s+or)\s+)*$"
)


def named_things(text: str, decided: _Decided) -> _Decided:
    """``decided`` without the mentions of a plan's, a report's or a product's name."""
    # Each with whether a plan's word follows "the" and it ("the Gershon reforms").
    plain = [
        (c, a, c.prev == "the" and _PLAN_RE.match(text, c.end) is not None)
        for c, a, t in decided
        if c.entry is None and t is not None and len(c.tokens) == 1 and a == c.tokens[0]
    ]
    if not plain:
        return decided
    plans = {a for _, a, plan in plain if plan}
    things = set()
    seen: dict[int, tuple[bool, bool]] = {}
    for c, a, plan in plain:
        if (
            plan
            or c.prev == "the"
            and a in plans
            and _REPORT_RE.match(text, c.end)
            or (kinds := _kinds_after(text, c.end, seen))[0]
            or kinds[1]
            and _OWNED_RE.search(text, max(0, c.start - 80), c.start)
        ):
            things.add(id(c))
    if not things:
        return decided
    return [item for item in decided if id(item[0]) not in things]


def _kinds_after(text: str, pos: int, seen: dict[int, tuple[bool, bool]]) -> tuple[bool, bool]:
    """Whether a model's word, and whether "cars", ends the list of names from ``pos`` on
    (after any number of its further names), kept in ``seen`` for each position of the list
    read, so that the names after it reuse what was read for this one."""
    chain = []
    while pos not in seen:
        chain.append(pos)
        m = _ITEM_RE.match(text, pos)
        if m is None:
            break
        pos = m.end()
    # Further on the list: what the rest of the list ends with, from its last name read.
    after = seen.get(pos, (False, False))
    for p in reversed(chain):
        after = (
            after[0] or _MODEL_END_RE.match(text, p) is not None,
            after[1] or _CARS_END_RE.match(text, p) is not None,
        )
        seen[p] = after
    return after


_DIVISION_RE = re.compile(r"\s+(?:division|unit|subsidiary|brand)\b")
_DIVISION_OF_RE = re.compile(r"\s+(?:division|unit|subsidiary)\s+of\b")
_OWNER = frozenset({"'s", "’s", "its", "their"})


def divisions(text: str, decided: _Decided) -> _Decided:
    """``decided`` with a company's division, unit, subsidiary or brand named by one word
    ("GM's Buick division") an organisation; not a person of the article's ("Ford")."""
    out = []
    for item in decided:
        c, actor, atype = item
        if (
            len(c.tokens) == 1
            and atype != "organization"
            and (atype is None or actor == c.tokens[0])
            and (c.entry is None or c.entry.type == "location" and c.entry.kind == "place")
            and (
                c.prev in _OWNER
                and _DIVISION_RE.match(text, c.end)
                or c.prev == "the"
                and _DIVISION_OF_RE.match(text, c.end)
            )
        ):
            item = (c, c.tokens[0], "organization")
        out.append(item)
    return out


# A paper a body issues, after the body's name.
_PAPERS = frozenset({"Communique", "Communiqu\u00e9", "Declaration", "Memorandum", "Resolution"})


def issued_papers(text: str, decided: _Decided) -> _Decided:
    """``decided`` with an unknown organisation's name that ends with a paper's word ("the
    Interim Committee Communique") cut to the body's name before it, or dropped if one word."""
    out = []
    for item in decided:
        c, actor, atype = item
        if atype == "organization" and c.entry is None and c.tokens[-1] in _PAPERS:
            if len(c.tokens) < 3:
                continue  # "the Brussels Declaration": no body
            toks = c.tokens[:-1]
            end = text.rfind(toks[-1], c.start, c.end) + len(toks[-1])
            c = copy.copy(c)
            c.tokens, c.end, c.canonical = toks, end, _display(toks)
            item = (c, c.canonical, atype)
        out.append(item)
    return out
