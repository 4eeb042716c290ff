"""Team sheets of initials and surnames: "J Laharrague; A Rougerie, Y Jauzion, D Traille".

A side's line-up lists its players by an initial and a surname, items split by commas and
semicolons (a semicolon closes a line of the formation), a bracket after some ("F Pelous
(capt)", "J Bonnaire (Bourgoin)"). The typer, reading each item alone, cannot tell "D
Traille" from a firm of one initial ("J Sainsbury") and leaves most of them; the scanner
reads an initial that is a word ("A Rougerie", "I Harinordoquy") as the article or the
pronoun and keeps the surname alone, or nothing. A run of at least ``MIN_ITEMS`` such
items is a team sheet: each item is a person, the initial included, whose name resolution
links to the player the article names in full ("A Rougerie": Aurelien Rougerie). A line
of them all capitalised is no headline either: it is read as a sentence of names.
"""

from __future__ import annotations

import re

from ._candidate import _Cand
from ._cands import rule_candidate
from ._lexicon import Lexicon

__all__ = ["initialled_players", "MIN_ITEMS"]

#: Items of a run that make it a team sheet.
MIN_ITEMS = 4
# One item: an initial ("J", "J.", "J-P") and a capitalised surname ("McBryde",
# "Sowden-Taylor", "O'Gara"), maybe a bracket after it ("(capt)", "(Bourgoin)").
_ITEM = (
    r"(?P<i>[A-Z](?:\.|-[A-Z]\.?)?)[ \t]"
    r"(?P<s>(?:[A-Z]['\u2019])?[A-Z][a-z]*[A-Z]?[a-z]+(?:-[A-Z]?[a-z]+)*)"
    r"(?:[ \t]\([^()\n]{1,30}\))?"
)
_SEP = r"[ \t]*[,;][ \t]*|[ \t]+and[ \t]+"
# A run of items: the first not glued to a word before it.
_RUN_RE = re.compile(
    rf"(?<![\w.\-'\u2019])(?:{_ITEM.replace('?P<i>', '').replace('?P<s>', '')}(?:{_SEP}))"
    rf"{{{MIN_ITEMS - 1},}}{_ITEM.replace('?P<i>', '').replace('?P<s>', '')}(?![\w\-])"
)
_ITEM_RE = re.compile(_ITEM)
# Quick test before the run pattern: two items in a row. It opens with the capital, the
# word boundary checked after it (``(?<!\w[A-Z])``: "\b[A-Z]"), so that re skips ahead to
# the next capital instead of trying every position of the text.
_PAIR_RE = re.compile(
    r"[A-Z](?<!\w[A-Z])\.? [A-Z][\w'\u2019\-]+(?: \([^()\n]{1,30}\))?[,;] [A-Z]\.? [A-Z]"
)


def initialled_players(
    text: str, cands: list[_Cand], lex: Lexicon, ends: list[int], index: list[int]
) -> list[_Cand]:
    """``cands`` with each item of a team sheet of initials and surnames (see the module
    docstring) a person's candidate over the whole item: an untyped candidate there, or one
    typed organisation that no gazetteer names, becomes one; one over the surname alone
    takes the initial in; an item no candidate touches gains one. A run most of whose
    surnames the gazetteer knows as something else (firms, places) is left alone."""
    if _PAIR_RE.search(text) is None:
        return cands
    items = []
    for run in _RUN_RE.finditer(text):
        found = [
            (m.start(), m.end("s"), m.group("i"), m.group("s"))
            for m in _ITEM_RE.finditer(text, run.start(), run.end())
        ]
        known = sum(
            1
            for *_, s in found
            if (e := lex.lookup((s,), all_caps=False)) is not None and e.type != "person"
        )
        if len(found) >= MIN_ITEMS and known * 2 < len(found):
            items.extend(found)
    if not items:
        return cands
    by_start = {c.start: c for c in cands}
    spans = sorted((c.start, c.end) for c in cands)
    out = list(cands)
    added = False
    k = 0
    for s, e, initial, surname in items:
        c = by_start.get(s)
        if c is None:
            c = by_start.get(e - len(surname))  # "A Rougerie": the surname alone
        if c is not None:
            if c.end != e or c.type not in (None, "organization", "person") or c.entry:
                continue
            c.start, c.tokens = s, [initial, surname]
            c.type = c.guess = "person"
            c.canonical = None
            c.sure = c.strong = True
            c.heading = False  # a team sheet, however Title Case, is no headline
            continue
        while k < len(spans) and spans[k][1] <= s:
            k += 1
        if k < len(spans) and spans[k][0] < e:
            continue  # some other reading of the span: left alone
        new = rule_candidate(
            text, ends, index, (s, e), [initial, surname], "person", sure=True, strong=True
        )
        new.guess = "person"
        out.append(new)
        added = True
    if added:
        out.sort(key=lambda c: c.start)
    return out
