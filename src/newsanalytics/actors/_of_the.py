"""A known name with "of the" inside: "International Committee of the Red Cross".

A run of capitalised words takes one lower-case link between two capitals ("Bank of
England"), not two: "the International Committee of the Red Cross" gave "International
Committee" (a committee of no one) and "Red Cross" (the committee's short name), two
mentions of what the text names once. Two names with "of the" between them make one name
where the gazetteers (or the user's aliases) know the whole ("Organization of the Petroleum
Exporting Countries"); other "X of the Y" stay two names ("Simon Hart of the Countryside
Alliance", "the State of the Union").
"""

from __future__ import annotations

import re

from ._candidate import _Cand
from ._cands import swapped
from ._lexicon import Lexicon

__all__ = ["known_of_the"]

_OF_THE_RE = re.compile(r"[ \t\n]+of[ \t\n]+the[ \t\n]+")


def known_of_the(text: str, cands: list[_Cand], lex: Lexicon) -> list[_Cand]:
    """``cands`` with two names joined by "of the" made one where the whole is a known
    name (see the module docstring)."""
    if " of the " not in text:
        return cands
    by_start = {c.start: c for c in cands}
    drop: set[int] = set()
    added: list[_Cand] = []
    for a in cands:
        if a.heading or id(a) in drop:
            continue
        m = _OF_THE_RE.match(text, a.end)
        if m is None:
            continue
        b = by_start.get(m.end())
        if b is None or id(b) in drop:
            continue
        words = [*a.tokens, "of", "the", *b.tokens]
        entry = lex.lookup(words, all_caps=False)
        if entry is None or entry.type != "organization":
            continue
        new = _Cand(a.start, b.end, a.sentence, words, entry.type, entry.canonical, entry)
        new.heading, new.prev, new.nxt, new.initial = a.heading, a.prev, b.nxt, a.initial
        drop.update((id(a), id(b)))
        added.append(new)
    return swapped(cands, drop, added)
