"""A national society named by its country and the short name of its international body:
"the American Red Cross", "the Kenya Red Cross".

The gazetteers know an international federation's short name ("Red Cross" for the
International Committee of the Red Cross). Written right after a country's demonym or name,
the short name is the country's own society, a body of its own: "donated $1m to The
American Red Cross" gave the Geneva committee, and no mention of the American Red Cross.
The demonym or country and the short name make one organisation, named as written; the
place inside it is no mention. Only the short names of bodies the gazetteers call
"International ..." count (the long name, "International Committee of the Red Cross", is
the committee itself), and only after the country's word on the same line.
"""

from __future__ import annotations

from ._candidate import _Cand
from ._cands import swapped

__all__ = ["national_societies"]


def national_societies(text: str, cands: list[_Cand], countries: frozenset[str]) -> list[_Cand]:
    """``cands`` with a country's demonym or name and an international body's short name
    after it made one organisation (see the module docstring)."""
    by_end: dict[int, _Cand] | None = None
    drop: set[int] = set()
    added: list[_Cand] = []
    for c in cands:
        e = c.entry
        if (
            c.type != "organization"
            or e is None
            or e.kind != "alias"
            or not e.canonical.startswith("International ")
            or "International" in c.tokens
            or c.start < 3
            or text[c.start - 1] != " "
        ):
            continue
        if by_end is None:
            by_end = {x.end: x for x in cands if x.type == "location"}
        place = by_end.get(c.start - 1)
        if (
            place is None
            or place.entry is None
            or place.entry.canonical not in countries
            or place.entry.kind not in ("demonym", "name", "alias")
        ):
            continue
        name = f"{text[place.start : place.end]} {text[c.start : c.end]}"
        new = _Cand(place.start, c.end, c.sentence, [*place.tokens, *c.tokens], "organization")
        new.canonical = name
        new.heading, new.prev, new.nxt, new.initial = c.heading, place.prev, c.nxt, place.initial
        drop.update((id(place), id(c)))
        added.append(new)
    return swapped(cands, drop, added)
