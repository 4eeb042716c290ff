"""A compass word before a region's name: "South Asia", "North Africa", "West Texas".

The gazetteers know some such regions whole ("Southeast Asia", "Middle East", "Central
America", "Western Europe"), and the scanner takes them as one name. Others they do not
know, and the scanner kept the head alone: "the relief effort in South Asia" gave the
continent, Asia, which is the wrong place. A capitalised compass word ("North",
"Southern", "Central", "South-East") written right before a continent, region, state or
nation the gazetteers know by its name (not a country: "North Korea" and "South Africa"
are known names of their own, and an unknown "Northern Iraq" stays Iraq) makes one
location with it, named as written ("South Asia"); its country is the head's
(:meth:`._places.CityTable.country_of` reads past the compass word). A compass word that
continues a longer name ("Bank of South Asia" is an organisation's, read elsewhere) or a
candidate of its own other than the bare word is left alone, as is one after a dotted title
or legal form, which ends no sentence ("Col. North", "Sony Corp. North America"), and a
region with a capitalised word after it, where a longer name goes on ("North Queensland
Cowboys").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import accumulate

from .. import _words as shared
from ._candidate import _Cand
from ._cands import swapped
from ._gazetteer import Entry
from ._tokens import prev_word
from ._words import CORP_SUFFIXES

__all__ = ["COMPASS_WORDS", "compass_regions"]

#: The compass words that open a region's name (lower case).
COMPASS_WORDS = frozenset(
    "north south east west northern southern eastern western central mid northeast northwest"
    " southeast southwest north-east north-west south-east south-west northeastern"
    " northwestern southeastern southwestern north-eastern north-western south-eastern"
    " south-western".split()
)
_BEFORE_RE = re.compile(r"(?<![\w&.'\u2019\-])([A-Z][a-z]+(?:-[A-Z]?[a-z]+)?)[ ]\Z")
# A capitalised word (or "of") right before the compass word: a longer name goes on; not a
# sentence's first small word ("In South Asia", "Across North Africa").
_NAME_BEFORE_RE = re.compile(
    r"(?:\b(?!(?:In|The|Across|Throughout|From|To|At|On|And|But|For|With)\b)"
    r"[A-Z][\w.'\u2019\-]*|\bof|&)[ ]\Z"
)

# A dotted title or legal form ends no sentence before a compass word: "Col. North" is a
# man, "Sony Corp. North America" a company's arm.
_DOTTED_BEFORE_RE = re.compile(
    r"(?<![\w.])(?:"
    + "|".join(
        re.escape(w)
        for w in sorted(
            {*(a + "." for a in shared.tagged("abbreviations", "title"))}
            | {w for w in CORP_SUFFIXES if w[-1:] == "."},
            key=lambda w: (-len(w), w),
        )
    )
    + r")[ ]\Z"
)
# A capitalised word right after the region: a longer name goes on ("North Queensland
# Cowboys").
_NAME_AFTER_RE = re.compile(r"[ ][A-Z][a-z]")


def compass_regions(text: str, cands: list[_Cand], countries: frozenset[str]) -> list[_Cand]:
    """``cands`` with a compass word and the region after it made one location (see the
    module docstring); ``countries`` are the country names (:attr:`CityTable.countries`)."""
    found: list[tuple[_Cand, int, str]] = []
    for c in cands:
        e = c.entry
        if (
            c.type != "location"
            or e is None
            or e.kind != "name"
            or e.canonical in countries
            or c.start < 2
            or c.tokens[0].lower() in COMPASS_WORDS
        ):
            continue
        m = _BEFORE_RE.search(text, max(0, c.start - 20), c.start)
        if m is None or m.group(1).lower() not in COMPASS_WORDS:
            continue
        if _NAME_BEFORE_RE.search(text, max(0, m.start() - 40), m.start()) is not None:
            line_start = text.rfind("\n", 0, m.start()) + 1
            before = text[line_start : m.start()].strip()
            if before and before[-1] not in ".!?:;\"'\u201c\u2018(":
                continue  # "Bank of South Asia", "Royal South Africa": a longer name
            if _DOTTED_BEFORE_RE.search(text, max(0, m.start() - 12), m.start()):
                continue  # "Col. North Carolina", "Sony Corp. North America"
        if _NAME_AFTER_RE.match(text, c.end):
            continue  # "North Queensland Cowboys": a longer name goes on
        found.append((c, m.start(), m.group(1)))
    if not found:
        return cands
    starts = {x.start: x for x in cands}
    # Inside another candidate: one whose start is before the position reaches past it (the
    # furthest end of the candidates starting before it, read by bisection: a long list of
    # regions costs n log n, not n * n).
    spans = sorted((x.start, x.end) for x in cands)
    span_starts = [s for s, _ in spans]
    reach = list(accumulate((e for _, e in spans), max))
    drop: set[int] = set()
    added: list[_Cand] = []
    for c, start, word in found:
        other = starts.get(start)
        if other is not None and other is not c:
            if other.end != start + len(word):
                continue  # the compass word opens a longer candidate of its own
            drop.add(id(other))  # the bare compass word
        k = bisect_left(span_starts, start)
        if k and reach[k - 1] > start:
            continue  # inside another candidate
        name = f"{word} {text[c.start : c.end]}"
        new = _Cand(start, c.end, c.sentence, [word, *c.tokens], "location", name)
        new.entry = Entry(name, "location", "name")
        new.heading, new.nxt = c.heading, c.nxt
        new.prev = other.prev if other is not None else prev_word(text, start)
        new.initial = other.initial if other is not None else False
        drop.add(id(c))
        added.append(new)
    return swapped(cands, drop, added)

