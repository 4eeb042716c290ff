"""A place's name inside a longer name: "Air Europe", "the Stade de France".

The scanner ends a run of capitalised words at a place it knows, and keeps the place: "Air"
(an everyday word) and "Europe", "Stade" and "France". A reader sees one name, a carrier's
or a stadium's, and no mention of the continent or the country. A capitalised word right
before the place makes one name with it where

- a foreign link joins them ("Stade de France", "Banco do Brasil": "de", "do", "du", "des",
  "del", "della", "di", "da"), or
- the word is an everyday word written with a capital inside a sentence ("Air Europe"), no
  compass word ("Western Europe"), no title ("Queen"), no given name.

The whole name becomes one candidate: an organisation's after an everyday word (a carrier,
a station), a place's (a venue's) after a foreign link; the typer may still drop it. The
place inside is no mention of its own either way.
"""

from __future__ import annotations

import re

from ._candidate import _Cand
from ._lexicon import Lexicon

__all__ = ["names_around_places"]

_BEFORE_RE = re.compile(
    r"(?<![\w&.'\u2019\-])([A-Z][a-z]+)[ ](?:(de|do|du|des|del|della|di|da)[ ])?\Z"
)
_COMPASS = frozenset(
    "north south east west northern southern eastern western central greater upper lower"
    " inner outer new old united mid far near middle".split()
)
# A sentence's start before the word: its capital says nothing.
_OPENS_RE = re.compile(r"(?:\A|\n|[.!?:;\"'\u201c\u2019\u201d(][ \t]*)[ \t]*\Z")


def names_around_places(text: str, cands: list[_Cand], lex: Lexicon) -> list[_Cand]:
    """``cands`` with a place and the capitalised word before it made one untyped name (see
    the module docstring)."""
    gaz = lex.gaz
    by_end = None
    drop: set[int] = set()
    added: list[_Cand] = []
    for c in cands:
        if c.type != "location" or c.entry is None or len(c.tokens) != 1 or c.start < 3:
            continue
        m = _BEFORE_RE.search(text, max(0, c.start - 24), c.start)
        if m is None:
            continue
        word, link = m.group(1), m.group(2)
        folded = word.lower()
        if folded in _COMPASS or word in gaz.first_names or folded in gaz.titles:
            continue
        if link is None and (
            folded not in gaz.common_words or _OPENS_RE.search(text, 0, m.start()) is not None
        ):
            continue
        if by_end is None:
            by_end = {x.start: x for x in cands}
        before = by_end.get(m.start())
        if before is not None and (
            before.end != m.start() + len(word) or before.type not in (None, "person")
            or before.entry is not None or before.strong
        ):
            continue
        if before is not None:
            drop.add(id(before))
        drop.add(id(c))
        toks = [word, *([link] if link else []), c.tokens[0]]
        # "Air Europe": a firm named with an everyday word; "Stade de France": a venue
        etype = "location" if link else "organization"
        new = _Cand(m.start(), c.end, c.sentence, toks, etype, " ".join(toks))
        new.heading, new.prev, new.nxt = c.heading, c.prev, c.nxt
        new.initial = before.initial if before is not None else False
        added.append(new)
    if not added:
        return cands
    out = [x for x in cands if id(x) not in drop]
    out.extend(added)
    out.sort(key=lambda x: x.start)
    return out
