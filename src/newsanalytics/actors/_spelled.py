"""Acronyms the article itself spells out, for :mod:`newsanalytics.actors._extractor`.

An acronym the gazetteers know stands for another body where the article names that body in
full (issue 12, audit48): "the European Commission (EC)" is the Commission, not the European
Community the gazetteer's "EC" names (:func:`same_name`: two names of one body); and
"<Canada Development Corp> ... CDC said" is the company whose initials "CDC" are, not the
Centers for Disease Control, when the article names no body the gazetteer spells so
(:func:`spelled_acronyms`).
"""

from __future__ import annotations

from ._candidate import _Cand
from ._lexicon import Lexicon
from ._words import CORP_SUFFIXES, ORG_WORDS

__all__ = ["same_name", "spelled_acronyms"]


def same_name(a: str, b: str) -> bool:
    """Two spellings of one name: the distinctive words of ``a`` all occur in ``b``, and so
    do its organisation words, spelt either way ("Organisation" and "Organization", but not
    "European Commission" and "European Community")."""
    wa = {w.casefold() for w in a.split() if w[:1].isupper() and w not in ORG_WORDS}
    wb = {w.casefold() for w in b.split() if w[:1].isupper() and w not in ORG_WORDS}
    if not wa or not wa <= wb:
        return False
    heads = {w[:6].casefold() for w in b.split()}
    return all(w[:6].casefold() in heads for w in a.split() if w in ORG_WORDS)


def spelled_acronyms(cands: list[_Cand], defined: dict[str, str], lex: Lexicon) -> dict[str, str]:
    """``defined`` (the acronyms the article defines in brackets: their names), with each
    known acronym the article uses that the initials of one organisation it names in full
    spell ("Canada Development Corp": "CDC"), where the article names no body the gazetteer
    gives that acronym (the known one's full name, or another with its initials). An acronym
    written with stops ("C.D.C.") is the same acronym: each spelling goes to the company."""
    acronyms: dict[str, set[str]] = {}  # "CDC" -> its spellings here ("CDC", "C.D.C.")
    for c in cands:
        key = c.tokens[0].replace(".", "")
        if (
            c.entry is not None
            and c.entry.kind == "acronym"
            and c.entry.type == "organization"
            and len(c.tokens) == 1
            and key.isalpha()
            and len(key) >= 3
            and key not in defined
        ):
            acronyms.setdefault(key, set()).add(c.tokens[0])
    if not acronyms:
        return defined
    spelled: dict[str, set[str]] = {}
    known_here = set()
    for c in cands:
        if c.type != "organization" or not c.canonical or len(c.tokens) < 2:
            continue
        if c.entry is not None and c.entry.kind in ("name", "alias"):
            known_here.add(c.entry.canonical)
        words = [w for w in c.canonical.split() if w[:1].isupper()]
        for ws in (words, [w for w in words if w not in CORP_SUFFIXES]):
            key = "".join(w[0] for w in ws)
            if key in acronyms:
                spelled.setdefault(key, set()).add(c.canonical)
    for acronym, names in spelled.items():
        known = lex.lookup((acronym,), all_caps=False)
        if len(names) != 1 or known is None or known.canonical in known_here | names:
            continue
        for spelling in acronyms[acronym]:
            defined[spelling] = next(iter(names))
    return defined
