"""A person's surname opening a sentence, where it is an everyday word.

The scanner drops a common word that opens a sentence ("Brown", "Stern", "Cook", "Bridge":
its capital says nothing there), unless the gazetteer lists it as a famous person's short
name or the article capitalises the word mid-sentence (``names_here`` in
:meth:`._runs.RunClassifier.single`, which keeps "Stern will join" after "Howard Stern").
What it still drops, a headline's first word ("Stern dropped from radio stations") and a
word read another way before that test ("May said" after "Brian May": a month), this pass
adds back: where the article names a person in full with a given name first, the surname
opening a sentence before a lower-case word or a possessive ("May said", "Brown's book") is
that person: resolution gives it the full name.
"""

from __future__ import annotations

import re

from ._candidate import _Cand
from ._gazetteer import Gazetteer
from ._tokens import _sentence_of, next_words

__all__ = ["initial_surnames"]

# After it: a lower-case word or a possessive ("Stern will join", "Brown's book").
_AFTER_RE = re.compile(r"['\u2019]s\b|[ \t]+[a-z]")
# What ends the text before a sentence's first word: a line's start or a sentence's end.
_OPENS_RE = re.compile(r"(?:^|\n|[.!?][\"'\u201d\u2019]?[ \t])[ \t]*$")


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
    added = []
    for name in sorted(surnames):  # a few words: no pattern compiled per article
        s = text.find(name)
        while s >= 0:
            e = s + len(name)
            if (
                (s == 0 or not text[s - 1].isalnum())
                and _AFTER_RE.match(text, e) is not None
                and _OPENS_RE.search(text, max(0, s - 8), s) is not None
                and not any(c.start <= s < c.end for c in cands)
            ):
                nxt = next_words(text, e)
                cand = _Cand(
                    s, e, _sentence_of(ends, index, s), [name], None, initial=True, nxt=nxt
                )
                cand.guess = "person"
                added.append(cand)
            s = text.find(name, e)
    if not added:
        return cands
    return sorted([*cands, *added], key=lambda c: c.start)
