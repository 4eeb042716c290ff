"""Lone surnames resolved across the articles of a batch (see
:meth:`newsanalytics.actors.ActorExtractor.resolve_batch`)."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from ._gazetteer import Gazetteer, name_key, slugify

if TYPE_CHECKING:
    from ..types import Mention
    from ._lexicon import Lexicon

__all__ = ["resolve_batch"]

_NAME_SUFFIXES = frozenset({"Jr", "Sr", "II", "III", "IV"})
_ORG_FIRST_WORDS: dict[int, tuple[Gazetteer, frozenset[str]]] = {}


def resolve_batch(batch: list[list[Mention]], lex: Lexicon) -> list[list[Mention]]:
    """The mentions of each article of ``batch``, a lone surname replaced by the one full
    name the batch gives it (the rules: :meth:`ActorExtractor.resolve_batch`)."""
    gaz = lex.gaz
    full: dict[str, set[str]] = {}
    lone: set[str] = set()
    for mentions in batch:
        for m in mentions:
            if m.type != "person":
                continue
            words = m.actor.split()
            core = [w for w in words if w.rstrip(".") not in _NAME_SUFFIXES]
            if len(core) >= 2:
                # A full name that starts with a given name or is a well-known person's
                # ("Reschedules Artemis", a headline's words, lends its name to no one).
                sure = core[0] in gaz.first_names or name_key(words) in gaz.people
                owners = full.setdefault(core[-1].casefold(), set())
                owners.add(m.actor if sure else "")
            elif len(words) == 1:
                lone.add(m.actor)
    names: dict[str, str] = {}
    for name in lone:
        owners = full.get(name.casefold())
        if owners is None or len(owners) != 1 or "" in owners:
            continue
        if _known_otherwise(name, gaz):
            continue  # "Fox" of Fox News is not Vicente Fox
        key = name_key((name,))
        if key in lex.renames or name in lex.canonicals:
            continue  # the user's aliases decide
        names[name] = next(iter(owners))
    if not names:
        return batch
    out = []
    for mentions in batch:
        if any(m.type == "person" and m.actor in names for m in mentions):
            mentions = [
                dataclasses.replace(m, actor=names[m.actor], actor_id=slugify(names[m.actor]))
                if m.type == "person" and m.actor in names
                else m
                for m in mentions
            ]
        out.append(mentions)
    return out


def _org_first_words(gaz: Gazetteer) -> frozenset[str]:
    """First words of the gazetteer's organisation names of two words or more (kept per
    gazetteer, which holds dicts and so cannot key an ``lru_cache``)."""
    cached = _ORG_FIRST_WORDS.get(id(gaz))
    if cached is None or cached[0] is not gaz:
        words = frozenset(
            key.split(" ")[0]
            for key, entry in gaz.folded.items()
            if entry.type == "organization" and " " in key
        )
        if len(_ORG_FIRST_WORDS) > 8:
            _ORG_FIRST_WORDS.clear()
        cached = _ORG_FIRST_WORDS[id(gaz)] = (gaz, words)
    return cached[1]


def _known_otherwise(word: str, gaz: Gazetteer) -> bool:
    """A lone word the gazetteers know as something other than a person's surname: an
    organisation or brand ("Apple"), the first word of one ("Fox" of Fox News), a
    country, capital, demonym or region, or an everyday word. A city that is also a
    surname ("Delgado") is not enough: the article typed the word a person."""
    key = name_key((word,))
    if word in gaz.exact or key in gaz.place_names or word.lower() in gaz.common_words:
        return True
    entry = gaz.folded.get(key)
    if entry is not None and (entry.type == "organization" or entry.kind != "place"):
        return True
    return key in _org_first_words(gaz)
