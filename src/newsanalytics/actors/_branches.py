"""An organisation's regional arm named with its region: "ITV Wales", "BBC Scotland",
"GM Europe".

The scanner ends a run of capitalised words at a place it knows and keeps both parts:
"told ITV Wales' Waterfront programme" gave the broadcaster ITV and a mention of Wales, a
place the story does not talk about. An organisation's short name (an acronym, "ITV", or
a name the gazetteers know as an organisation's) written right before a region, a
continent, a state or a nation of the United Kingdom (not a country: "the EU Turkey deal",
"the IMF Brazil loan" name two actors) makes one organisation's name with it, as written:
the arm is an actor of its own ("BBC Scotland" is not the BBC), and the place inside it no
mention. A name that goes on after the place ("BBC Wales Today") is left to the scanner.
An unknown word is an acronym by its capitals only before a place written in lower case:
in capitals ("floods in SOUTH ASIA") every word is capitals, and the place stays a place.
"""

from __future__ import annotations

import re

from ._candidate import _Cand
from ._cands import swapped

__all__ = ["regional_arms"]

_ACRONYM_RE = re.compile(r"[A-Z][A-Z0-9&]{1,5}\Z")
# After the place: no further capitalised word of the same name.
_NAME_AFTER_RE = re.compile(r"[ \t]+(?:[A-Z]|of\b|&)")


def regional_arms(text: str, cands: list[_Cand], countries: frozenset[str]) -> list[_Cand]:
    """``cands`` with an organisation's short name and the region after it made one
    organisation (see the module docstring); ``countries`` are the country names."""
    by_end: dict[int, _Cand] | None = None
    drop: set[int] = set()
    added: list[_Cand] = []
    for c in cands:
        e = c.entry
        if (
            c.type != "location"
            or e is None
            or e.kind != "name"
            or e.canonical in countries
            or c.heading
            or c.start < 3
            or text[c.start - 1] != " "
            or _NAME_AFTER_RE.match(text, c.end) is not None
        ):
            continue
        if by_end is None:
            by_end = {x.end: x for x in cands}
        org = by_end.get(c.start - 1)
        if org is None or len(org.tokens) != 1 or org.heading or id(org) in drop:
            continue
        word = org.tokens[0]
        if org.entry is not None:
            if org.entry.type != "organization" or org.entry.kind not in ("name", "acronym"):
                continue
        elif (
            org.type not in (None, "organization")
            or not _ACRONYM_RE.match(word)
            or text[c.start : c.end].isupper()
        ):
            continue  # in capitals ("floods in SOUTH ASIA") no word is told an acronym
        name = f"{word} {text[c.start : c.end]}"
        new = _Cand(org.start, c.end, c.sentence, [word, *c.tokens], "organization", name)
        new.heading, new.prev, new.nxt, new.initial = org.heading, org.prev, c.nxt, org.initial
        drop.update((id(org), id(c)))
        added.append(new)
    return swapped(cands, drop, added)
