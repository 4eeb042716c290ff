"""Two people joined by "&": "Henman & Murray claim LTA awards".

"&" joins a firm's partners ("Marks & Spencer"), and the scanner reads "A & B" as one
organisation. Where each side is the surname of a person the article names in full ("Tim
Henman", "Andrew Murray"), and the name is no known body, "A & B" is those two people: a
headline's shorthand. Each side becomes a person's candidate of its own, which resolution
links to the full name.
"""

from __future__ import annotations

from ._candidate import _Cand
from ._words import COMPANY, CORP_SUFFIXES

__all__ = ["paired_people"]


def paired_people(text: str, cands: list[_Cand]) -> list[_Cand]:
    """``cands`` with an unknown "A & B" organisation whose sides are surnames of the
    article's people (named with a given name and a surname) split into the two people."""
    pairs = [
        c
        for c in cands
        if len(c.tokens) == 3
        and c.tokens[1] == "&"
        and c.type == "organization"
        and c.entry is None
        and not c.sure
        and c.tokens[2] not in CORP_SUFFIXES
        and c.tokens[2] not in COMPANY
    ]
    if not pairs:
        return cands
    surnames = {
        c.tokens[-1]
        for c in cands
        if c.type == "person" and len(c.tokens) >= 2 and c.tokens[0][1:].islower()
    }
    split = [c for c in pairs if c.tokens[0] in surnames and c.tokens[2] in surnames]
    if not split:
        return cands
    out = [c for c in cands if all(c is not p for p in split)]
    for c in split:
        a, b = c.tokens[0], c.tokens[2]
        e = text.find(b, c.start + len(a), c.end)
        for s, word in ((c.start, a), (e, b)):
            new = _Cand(s, s + len(word), c.sentence, [word], "person", None, None)
            new.initial, new.heading = c.initial and s == c.start, c.heading
            new.prev = c.prev if s == c.start else "&"
            new.nxt = c.nxt if word == b else "& " + b.lower()
            new.guess = "person"
            out.append(new)
    out.sort(key=lambda c: c.start)
    return out
