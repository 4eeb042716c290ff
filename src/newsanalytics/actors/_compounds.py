"""Hyphenated pairs of places or peoples used as modifiers: :class:`PlaceCompounds`, the part
of the :class:`~newsanalytics.actors._runs.RunClassifier` that reads "the Scotland-England
fixture" or "Anglo-American relations" as no organisation or person."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._words import COMBINING_FORMS

if TYPE_CHECKING:
    from ._tokens import _Run

__all__ = ["PlaceCompounds"]


class PlaceCompounds:
    """Mixed into the run classifier, whose lexicon look-ups and ``_emit`` it uses."""

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
