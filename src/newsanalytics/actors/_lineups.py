"""Line-ups: a bare surname in a list of bare surnames is a player's, no famous person's.

"Morton, Moffat, MacRae, Hore, Berthinussen, Warnock, Moore" and "Replacements: Kalman,
Regan, Hyde, Rigney" list a side by surnames alone: "Warnock" and "Regan" there are players
the story does not name in full, not the well-known Raphael Warnock or Donald Regan that a
lone surname stands for elsewhere. A list of famous surnames ("Dole, Kemp, Bush and Haig")
keeps them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._gazetteer import Gazetteer, name_key

if TYPE_CHECKING:
    from ._runs import _Cand

__all__ = ["listed_players"]

#: An item of a list of names: one capitalised word, maybe an initial before it ("C Jones",
#: "S. Best") and a bracket after it ("Palmer (capt)", "Kerr (Cameron 87)").
_ITEM_RE = re.compile(
    r"(?:[A-Z]\.? )?([A-Z][\w'\u2019\-]+)(?: \((?:capt|[A-Z][\w'\u2019\-]+ \d+)\))?"
)
#: What separates the items.
_SEP_RE = re.compile(r"[,;:]| and ")
#: Items of bare surnames that make a line-up.
MIN_ITEMS = 4


def listed_players(
    text: str, decided: list[tuple[_Cand, str | None, str | None]], gaz: Gazetteer
) -> list[tuple[_Cand, str | None, str | None]]:
    """``decided`` with a lone surname resolved to a famous person that the article never
    names in full put back to the surname, where it is an item of a run of at least
    ``MIN_ITEMS`` bare surnames, most of them names the gazetteer does not know."""
    out = decided
    lines: dict[int, list[tuple[int, int, bool]]] = {}  # a line's start: its items
    for k, (c, actor, atype) in enumerate(decided):
        if (
            atype != "person"
            or actor is None
            or len(c.tokens) != 1
            or actor == c.tokens[0]
            or actor in text
        ):
            continue
        start = text.rfind("\n", 0, c.start) + 1
        items = lines.get(start)
        if items is None:
            end = text.find("\n", c.end)
            items = lines[start] = _items(text, start, end if end >= 0 else len(text), gaz)
        if _in_lineup(items, c.start):
            if out is decided:
                out = list(decided)
            out[k] = (c, c.tokens[0], atype)
    return out


def _items(text: str, start: int, end: int, gaz: Gazetteer) -> list[tuple[int, int, bool]]:
    """The parts of ``text[start:end]`` between separators, as ``(start, end, known)``:
    ``known`` is None for a part that is no list item, else whether the gazetteer knows its
    surname (a famous person's, a place's, a body's)."""
    out = []
    at = start
    for sep in [*_SEP_RE.finditer(text, start, end), None]:
        stop = sep.start() if sep is not None else end
        part = text[at:stop]
        m = _ITEM_RE.fullmatch(part.strip().rstrip("."))
        known = None
        if m is not None:
            word = m.group(1)
            known = name_key((word,)) in gaz.people_short or word.casefold() in gaz.folded
        out.append((at, stop, known))
        if sep is not None:
            at = sep.end()
    return out


def _in_lineup(items: list[tuple[int, int, bool | None]], pos: int) -> bool:
    """Whether the part at ``pos`` is an item of a run of at least ``MIN_ITEMS`` items, most
    of them unknown."""
    k = next((i for i, (s, e, _) in enumerate(items) if s <= pos < e), None)
    if k is None or items[k][2] is None:
        return False
    lo = k
    while lo > 0 and items[lo - 1][2] is not None:
        lo -= 1
    hi = k
    while hi + 1 < len(items) and items[hi + 1][2] is not None:
        hi += 1
    run = [known for _, _, known in items[lo : hi + 1]]
    return len(run) >= MIN_ITEMS and sum(run) * 2 < len(run)
