"""A person's surname opening a sentence, where it is an everyday word.

The scanner drops a common word that opens a sentence ("Brown", "Stern", "Cook", "Bridge":
its capital says nothing there), unless the gazetteer lists it as a famous person's short
name. Where the article names a person in full with a given name first ("Howard Stern"),
the surname opening a sentence before a lower-case word or a possessive ("Stern will join",
"Brown's book") is that person: resolution gives it the full name.
"""

from __future__ import annotations

import re

from ._candidate import _Cand
from ._gazetteer import Gazetteer
from ._tokens import _sentence_of

__all__ = ["initial_surnames"]

_START = r"(?:^|\n|[.!?][\"'\u201d\u2019]?[ \t])[ \t]*"
_AFTER = r"(?=['\u2019]s\b|[ \t]+[a-z])"


def initial_surnames(
    text: str, cands: list[_Cand], gaz: Gazetteer, ends: list[int], index: list[int]
) -> list[_Cand]:
    """``cands`` with a candidate for each sentence-opening surname of a person the article
    names with a given name first (see the module docstring) that no candidate covers."""
    if not ends:
        return cands
    first_names = gaz.first_names
    surnames = {
        c.tokens[-1]
        for c in cands
        if c.type == "person"
        and len(c.tokens) >= 2
        and c.tokens[0] in first_names
        and c.tokens[-1].isalpha()
        and c.tokens[-1][1:].islower()
    }
    if not surnames:
        return cands
    pattern = re.compile(rf"{_START}({'|'.join(sorted(surnames))}){_AFTER}")
    added = []
    for m in pattern.finditer(text):
        s, e = m.span(1)
        if any(c.start <= s < c.end for c in cands):
            continue
        nxt = " ".join(text[e : e + 30].split()[:2]).lower()
        added.append(
            _Cand(s, e, _sentence_of(ends, index, s), [m.group(1)], None, initial=True, nxt=nxt)
        )
        added[-1].guess = "person"
    if not added:
        return cands
    return sorted([*cands, *added], key=lambda c: c.start)
