"""Hyphenated pairs of places or peoples used as modifiers: :class:`PlaceCompounds`, the part
of the :class:`~newsanalytics.actors._runs.RunClassifier` that reads "the Scotland-England
fixture" or "Anglo-American relations" as no organisation or person."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._tokens import _attribute
from ._words import COMBINING_FORMS

if TYPE_CHECKING:
    from ._tokens import _Run

__all__ = ["PlaceCompounds"]


class PlaceCompounds:
    """Mixed into the run classifier, whose lexicon look-ups and ``_emit`` it uses."""

    def _attribute_end(self, words: list[str], i: int, n: int, heading: bool) -> int:
        """The end of an attribute word opening ``words[i:]`` ("London-based": ``i + 1``),
        or of a place of two or three words ending in one ("San Francisco-based US Court of
        Appeals", "Hong Kong-based Hutchison Whampoa": the place is no part of the name that
        follows); 0 when none opens there."""
        w = words[i]
        if "-" in w:
            return i + 1 if _attribute(w, heading) else 0
        for k in range(i + 1, min(i + 3, n - 1)):
            x = words[k]
            if "-" in x:
                head = x.rpartition("-")[0]
                if head[:1].isupper() and _attribute(x, heading):
                    entry = self.lookup((*words[i:k], head), all_caps=False)
                    if entry is not None and entry.type == "location":
                        return k + 1
                return 0
        return 0

    def _attribute_place(self, r: _Run, i: int, k: int) -> None:
        """The place of an attribute ``words[i:k]`` ("London-based", "New York-based"), or
        the well-known person of one ("Trump-backed"), as a mention of its own."""
        w = r.words[k - 1]
        head = w.rpartition("-")[0]
        words = (*r.words[i : k - 1], head)
        entry = self.lookup(words, all_caps=False)
        if entry is not None and entry.kind == "place" and w.rpartition("-")[2][:1].isupper():
            return  # a headline's "Pearl-Clutching": a city's name only by its capital
        if entry is not None and (entry.kind != "place" or entry.country):
            cand = self._emit(r, i, k, entry.type, entry.canonical, entry)
        elif entry is None and k == i + 1 and head.casefold() in self.gaz.people_short:
            cand = self._emit(r, i, k, None)  # "Trump-backed": the well-known person
            cand.guess = "person"
        else:
            return
        cand.end = r.start(r.run[k - 1]) + len(head)
        cand.tokens = list(words)

    def _place_compound(self, r: _Run, i: int, w: str) -> bool:
        """True for a word joining countries, nations, regions, peoples or their combining
        forms by hyphens before a lower-case word ("the Scotland-England fixture",
        "Anglo-American relations", "Franco-German ties", "the Japan-U.S. trade", "a US-German
        carmaker"): a modifier that names no organisation or person. Its countries, nations
        and regions ("Scotland", "US") are mentions of their own, as in "Paris-based"; its
        demonyms and combining forms name none. Left alone: a word the gazetteer knows whole
        ("Guinea-Bissau"), one with a city's or an unknown part ("Neath-Swansea",
        "Georgia-Pacific", "Liverpool-Everton") and one not before a lower-case word, which
        may be a name ("Anglo-American, the mining group", "known as Saudi-French,")."""
        k = r.run[i] + 1
        nxt = r.toks[k] if k < len(r.toks) else ""
        if nxt == "." and w[-2:-1] == ".":  # "Japan-U.S. trade": the abbreviation's period
            nxt = r.toks[k + 1] if k + 1 < len(r.toks) else ""
        if not nxt[:1].islower():
            return False
        parts = w.split("-")
        if len(parts) < 2 or self.lookup((w,), all_caps=False) is not None:
            return False
        entries = []
        for p in parts:
            entry = self.lookup((p,), all_caps=False) if p else None
            if entry is None or entry.type != "location" or entry.kind == "place":
                if p not in COMBINING_FORMS:
                    return False
                entry = None
            entries.append(entry)
        base = r.start(r.run[i])
        at = 0
        for p, entry in zip(parts, entries, strict=True):
            if entry is not None and entry.kind in ("name", "alias"):
                cand = self._emit(r, i, i + 1, entry.type, entry.canonical, entry)
                cand.start, cand.end, cand.tokens = base + at, base + at + len(p), [p]
            at += len(p) + 1
        return True
