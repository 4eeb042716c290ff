"""The candidates of the optional spaCy backend of :mod:`newsanalytics.actors`.

spaCy's PERSON, ORG, GPE, LOC and NORP entities become candidates: a name the gazetteers
know takes its entry (a city too: resolution decides with its context); a name we do not
know keeps spaCy's type under its own spelling, and goes through the same resolution
(aliases, short forms, cities) as the rule-based candidates; groups (NORP) we do not know
and junk spans (wires, dates, laws) are left out.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any

from .. import text as _text
from ..exceptions import InputError
from ._candidate import _Cand
from ._gazetteer import Gazetteer, name_key, tokenize_name
from ._lexicon import Lexicon
from ._scan import wire_credit
from ._words import DATES, NOT_ACTORS, NOT_PEOPLE, WIRES

__all__ = ["is_spacy_doc", "spacy_candidates"]

# spaCy's labels (and the PER of other pipelines) -> our types.
_LABEL_TYPE = {
    "PERSON": "person",
    "PER": "person",
    "ORG": "organization",
    "GPE": "location",
    "LOC": "location",
    "NORP": "location",
}


def spacy_candidates(doc: _text.Document, lex: Lexicon, nlp: Any, sdoc: Any = None) -> list[_Cand]:
    """The candidates of ``doc`` from the entities of ``sdoc`` (a spaCy ``Doc`` of the same
    text) or, when it is None or of another text, of ``nlp(doc.text)``."""
    if sdoc is None or sdoc.text != doc.text:  # a Doc given is used as it is
        if nlp is None:
            raise InputError("ActorExtractor(backend='spacy') needs nlp=<a spaCy pipeline>")
        sdoc = nlp(doc.text)
    starts = [doc.to_clean(s.start) for s in doc.sentences]
    out: list[_Cand] = []
    for ent in sdoc.ents:
        etype = _LABEL_TYPE.get(ent.label_)
        if etype is None:
            continue
        toks = tokenize_name(ent.text, ent.start_char)
        # Quotes, brackets and other marks at either end are no part of the name
        # ("Dennis Rodman '" of "called Dennis Rodman 'crazy'"), nor "the" or "'s".
        while toks and (toks[0][0].lower() == "the" or not _has_alnum(toks[0][0])):
            toks = toks[1:]
        while toks and (toks[-1][0] == "'s" or not _has_alnum(toks[-1][0])):
            toks = toks[:-1]
        if not toks:
            continue
        words = [t for t, _, _ in toks]
        if _spacy_junk(words) or (
            words[0] in WIRES and wire_credit(doc.text, toks[0][1], toks[0][2])
        ):
            continue
        sent = max(0, bisect_right(starts, toks[0][1]) - 1)
        entry = lex.lookup(words, all_caps=False)
        cand = _Cand(toks[0][1], toks[-1][2], sent, words)
        cand.prev = _prev_word(doc.text, toks[0][1])
        cand.nxt = doc.text[toks[-1][2] : toks[-1][2] + 30].lstrip().lower()
        if entry is not None and (entry.kind != "place" or entry.country):
            # A known name (a city too: resolution decides with its context).
            cand.type, cand.canonical, cand.entry = entry.type, entry.canonical, entry
        elif ent.label_ == "NORP":
            continue  # "Democrats", "Muslims": a group, not a place (demonyms are known)
        else:
            # A name we do not know keeps spaCy's type; a known place that is no city
            # ("Wall Street", "the Amazon") keeps its own name.
            cand.type, cand.strong = etype, True
            if etype == "person":
                words = _strip_titles(words, lex.gaz)
                if not words:
                    continue
                skip = len(cand.tokens) - len(words)
                cand.start = toks[skip][1]
                cand.tokens = words
            else:
                # Its own spelling ("MTBE", "Calif."), white space made single.
                own = " ".join(doc.text[cand.start : cand.end].split())
                cand.canonical = entry.canonical if entry is not None else own
        out.append(cand)
    return out


def is_spacy_doc(value: Any) -> bool:
    """A spaCy ``Doc`` (checked by its type's module: spaCy is an optional extra)."""
    cls = type(value)
    return cls.__name__ == "Doc" and cls.__module__.startswith("spacy.")


_PREV_WORD_RE = re.compile(r"([^\W\d_]+)\W*$")


def _has_alnum(token: str) -> bool:
    return any(ch.isalnum() for ch in token)


def _prev_word(text: str, start: int) -> str:
    """The word before ``start``, lower-cased ("in" in "in Kenosha")."""
    m = _PREV_WORD_RE.search(text, max(0, start - 20), start)
    return m.group(1).lower() if m else ""


def _spacy_junk(words: list[str]) -> bool:
    """A spaCy entity that names no actor: a date word, a law, a span without a
    capitalised word or with digits only ("1987", "the 1990s"). (A wire name in a credit,
    "(Reuters)", is left out by the caller: :func:`~._scan.wire_credit`.)"""
    if words[-1] in NOT_ACTORS:
        return True
    if len(words) == 1 and (words[0] in DATES or words[0] in NOT_PEOPLE):
        return True
    return not any(w[:1].isupper() for w in words) or all(
        not any(ch.isalpha() for ch in w) for w in words
    )


def _strip_titles(words: list[str], gaz: Gazetteer) -> list[str]:
    """Remove leading title words ("President", "Sen.") from a person's name."""
    i = 0
    while i < len(words) - 1:
        for j in range(min(len(words) - 1, i + gaz.title_max_tokens), i, -1):
            if name_key(words[i:j]) in gaz.titles:
                i = j
                break
        else:
            break
    return words[i:]
