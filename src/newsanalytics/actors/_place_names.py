"""A place's name inside a longer name: "Air Europe", "the Stade de France".

The scanner ends a run of capitalised words at a place it knows, and keeps the place: "Air"
(an everyday word) and "Europe", "Stade" and "France". A reader sees one name, a carrier's
or a stadium's, and no mention of the continent or the country. A capitalised word right
before the place makes one name with it where

- a foreign link joins them ("Stade de France", "Banco do Brasil": "de", "do", "du", "des",
  "del", "della", "di", "da"), or
- the word is an everyday word written with a capital inside a sentence ("Air Europe"), no
  compass word or a place's modifier ("Western Europe", "Communist Russia", "Continental
  Europe"), no title ("Queen"), no given name.

The whole name becomes one candidate: a place's (a venue's) after a venue's word and a
foreign link ("Stade de France"), else an organisation's ("Air Europe", "Electricite de
France"); the typer may still drop it. The place inside is no mention of its own either
way. Demonyms and headline words are left alone, and an everyday word only counts after a
lower-case word, a comma or a semicolon ("carrier Air Europe", "; Air Sahara"; not "The
U.S.", "In Ukraine" at a sentence's start).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ._candidate import _Cand
from ._cands import swapped
from ._lexicon import Lexicon

__all__ = ["names_around_places"]

_BEFORE_RE = re.compile(
    r"(?<![\w&.'\u2019\-])([A-Z][a-z]+)[ ](?:(de|do|du|des|del|della|di|da)[ ])?\Z"
)
_COMPASS = frozenset(
    "north south east west northern southern eastern western central greater upper lower"
    " inner outer new old united mid far near middle continental mainland black white"
    " communist soviet imperial modern ancient rural urban coastal island".split()
)
# A lower-case word, a comma or a semicolon right before the capitalised word: inside a
# sentence, no headline ("carrier Air Europe", "domestic carrier; Air Sahara is").
_LOWER_BEFORE_RE = re.compile(r"(?:(?<![\w\-])[a-z]+|[,;])[ \t\n]+\Z")
# Everyday words that open no name ("In", "The", "From"), and months.
_SMALL = frozenset(
    "the a an in on of for to from by at as and or but with over into about than after"
    " before under while since during against without this that these those any all some"
    " top total senior three two four five january february march april may june july"
    " august september october november december".split()
)
# A venue's word before a foreign link: "Stade de France", "Parc des Princes".
_VENUES = frozenset("Stade Parc Palais Estadio Stadio Palacio Teatro Plaza Place".split())


def names_around_places(
    text: str, cands: list[_Cand], lex: Lexicon, ends: list[int] | None = None
) -> list[_Cand]:
    """``cands`` with a place and the capitalised word before it made one untyped name (see
    the module docstring); ``ends`` are where the sentences end (the lower-case word before
    must be in the place's sentence: a headline's last word is no such word)."""
    gaz = lex.gaz
    by_end = None
    drop: set[int] = set()
    added: list[_Cand] = []
    for c in cands:
        if (
            c.type != "location"
            or c.entry is None
            or c.entry.kind == "demonym"
            or len(c.tokens) != 1
            or c.start < 3
        ):
            continue
        m = _BEFORE_RE.search(text, max(0, c.start - 24), c.start)
        if m is None:
            continue
        word, link = m.group(1), m.group(2)
        folded = word.lower()
        if folded in _COMPASS or word in gaz.first_names or folded in gaz.titles:
            continue
        if link is None and (
            c.heading
            or folded not in gaz.common_words
            or folded in _SMALL
            or _LOWER_BEFORE_RE.search(text, _sentence_start(ends, m.start(), 30), m.start())
            is None
        ):
            continue  # "carrier Air Europe", not "The U.S.", "Fled Ukraine", "in Western Europe"
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
        etype = "location" if link and word in _VENUES else "organization"
        new = _Cand(m.start(), c.end, c.sentence, toks, etype, " ".join(toks))
        new.heading, new.prev, new.nxt = c.heading, c.prev, c.nxt
        new.initial = before.initial if before is not None else False
        added.append(new)
    return swapped(cands, drop, added)


def _sentence_start(ends: list[int] | None, pos: int, reach: int) -> int:
    """Where to look back from ``pos``: ``reach`` characters, but not past the end of the
    sentence before (a headline's last word, "place\n\nFormer England captain", is none of
    the sentence's words)."""
    lo = max(0, pos - reach)
    if ends:
        k = bisect_right(ends, pos)
        if k:
            lo = max(lo, ends[k - 1])
    return lo
