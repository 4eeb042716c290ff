"""The short names a company's full name leaves in an article, for :mod:`newsanalytics.actors`.

A company introduced by its full legal name is named again by its first words, dropping the
trade words and the legal form: "National Southwire Aluminum Co ... a National Southwire
spokesman", "Bell Canada Enterprises Inc ... Bell Canada said". ``_names`` already gives
the full name without its legal form ("National Southwire Aluminum") and without the
company words that close it ("Apex Oil Co" ... "Apex"); a trade word that no list holds
("Aluminum", "Dairy", "Cement") stops the latter. :func:`add_prefix_keys` adds, after the
article's other short forms (which win a conflict), the leading two or more words of such a
name that end in a capitalised word and name nothing the gazetteers know ("United States"
of "United States Steel Corp" stays the country), unless a place follows them ("Kleinwort
Benson Australia Ltd": the parent's arm in a country, which "Kleinwort Benson" may not be).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._words import COMPANY, CORP_DESCRIPTORS, CORP_SUFFIXES, ORG_WORDS

if TYPE_CHECKING:
    from ._candidate import _Cand
    from ._lexicon import Lexicon

__all__ = ["add_prefix_keys"]

_LEGAL_ENDS = COMPANY | CORP_SUFFIXES
_COMPANY_TAIL = COMPANY | CORP_SUFFIXES | CORP_DESCRIPTORS | ORG_WORDS


def prefix_forms(name: str, lex: Lexicon) -> list[str]:
    """The leading words of a company's full legal name that may stand for it:
    "National Southwire Aluminum Co" -> ["National Southwire"]."""
    words = name.replace(",", "").split()
    if len(words) < 4 or words[-1] not in _LEGAL_ENDS:
        return []
    core = list(words)
    while len(core) > 1 and core[-1] in _COMPANY_TAIL:
        core.pop()
    if any(_place(w, lex) for w in words[2:]):
        return []  # "Kleinwort Benson Australia Ltd": an arm in a country, not the parent
    out = []
    for k in range(2, len(core)):
        last = core[k - 1]
        if not (last[:1].isupper() and last.isalpha()) or last in ORG_WORDS:
            continue
        if lex.lookup(tuple(core[:k]), all_caps=False) is not None:
            continue  # "United States Steel Corp": "United States" is the country
        if k == 2 and core[0] in lex.gaz.first_names:
            continue  # "John Smith Trust Co": "John Smith" may be a person
        out.append(" ".join(core[:k]))
    return out


def add_prefix_keys(org_names: dict[str, str], cands: list[_Cand], lex: Lexicon) -> None:
    """Map the leading words of the article's unknown companies' full names to them in
    ``org_names``, where no other name of the article claimed them first."""
    for c in cands:
        if c.type == "organization" and c.canonical and c.entry is None:
            for short in prefix_forms(c.canonical, lex):
                org_names.setdefault(short, c.canonical)


def _place(word: str, lex: Lexicon) -> bool:
    known = lex.lookup((word,), all_caps=False)
    return known is not None and known.type == "location"
