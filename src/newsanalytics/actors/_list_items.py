"""Unnamed items of a list of companies, for :mod:`newsanalytics.actors`.

A company whose name is everyday words and no legal form ("Green Spring Dairy") reads as no
name of its own and is dropped, even in the middle of a list of companies: "Tuscan Dairies,
Green Spring Dairy, EverFresh Juice Co and Pasquale Food Co". In a list of at least three
names joined by commas and "and", two of them companies by their legal form ("Co", "Inc",
"Ltd") and every other one an organisation or such an unnamed item, the unnamed items of
two or more capitalised words are organisations too (:func:`listed_items`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from ._tokens import _display
from ._words import CORP_SUFFIXES

if TYPE_CHECKING:
    from ._candidate import _Cand

__all__ = ["linked_runs", "listed_items"]

_LINK_RE = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)")
_MIN_LIST = 3
_MIN_LEGAL = 2

Decided = list[tuple["_Cand", str | None, str | None]]


def linked_runs(
    decided: Decided, order: list[int], joins: Callable[[_Cand, _Cand], bool]
) -> list[list[int]]:
    """``order`` (indices of ``decided`` by their candidates' start) cut into runs: each
    index joins the run of the one before it when ``joins(previous, candidate)`` holds."""
    groups: list[list[int]] = []
    prev = None
    for k in order:
        if prev is not None and joins(decided[prev][0], decided[k][0]):
            groups[-1].append(k)
        else:
            groups.append([k])
        prev = k
    return groups


def listed_items(text: str, decided: Decided) -> Decided:
    """``decided`` with the unnamed items of a list of companies named as organisations
    (see the module docstring)."""
    if sum(1 for c, _, t in decided if t == "organization" and c.tokens[-1] in CORP_SUFFIXES) < 2:
        return decided
    order = sorted(range(len(decided)), key=lambda k: decided[k][0].start)
    groups = linked_runs(
        decided,
        order,
        lambda p, c: p.end <= c.start and bool(_LINK_RE.fullmatch(text, p.end, c.start)),
    )
    out = None
    for g in groups:
        if len(g) < _MIN_LIST:
            continue
        unnamed = []
        legal = 0
        for k in g:
            c, actor, atype = decided[k]
            if atype == "organization":
                legal += c.tokens[-1] in CORP_SUFFIXES
            elif (
                actor is None
                and c.entry is None
                and not c.heading
                and len(c.tokens) >= 2
                and all(t[:1].isupper() and t.isalpha() for t in c.tokens)
            ):
                unnamed.append(k)
            else:
                break
        else:
            if legal >= _MIN_LEGAL and unnamed:
                out = out or list(decided)
                for k in unnamed:
                    c = out[k][0]
                    out[k] = (c, _display(c.tokens), "organization")
    return out or decided
