"""A company's name ends at its legal form with a full stop: "... Banking Corp. Managers are".

A dotted legal form ("Corp.", "Inc.", "Ltd.", "Co.") may end a sentence as well as the
name; the sentence splitter, which reads it as an abbreviation, does not split there, and
the scanner runs the name on into the next sentence's first word ("Hongkong and Shanghai
Banking Corp. Managers are Arab Banking Corp"). Where the words after the legal form hold no
legal form, body word or company word ("International") of their own, they are no part of
the name: it ends at the legal form (the full stop is dropped later, as at any sentence's
end).
"""

from __future__ import annotations

from ._candidate import _Cand
from ._tokens import _display
from ._words import CORP_DESCRIPTORS, CORP_SUFFIXES, ORG_WORDS

__all__ = ["suffix_ends"]

_DOTTED = frozenset(w for w in CORP_SUFFIXES if w[-1:] == ".")


def suffix_ends(text: str, cands: list[_Cand]) -> list[_Cand]:
    """``cands`` with an organisation's name that runs past a dotted legal form into words
    of no name of their own cut at the legal form (see the module docstring)."""
    for c in cands:
        toks = c.tokens
        if len(toks) < 3 or c.type not in ("organization", None) or c.entry is not None:
            continue
        k = next((i for i, t in enumerate(toks[:-1]) if t in _DOTTED), None)
        if k is None or k == 0:
            continue
        rest = toks[k + 1 :]
        if any(t in CORP_SUFFIXES or t in ORG_WORDS or t in CORP_DESCRIPTORS for t in rest):
            continue  # "Acme Corp. Holdings Ltd", "Nikko Securities Co. International"
        at = text.find(toks[k], c.start, c.end)  # the first legal form in the name
        if at < 0 or not text[at + len(toks[k]) : at + len(toks[k]) + 1].isspace():
            continue
        c.end = at + len(toks[k])
        c.tokens = toks[: k + 1]
        if c.canonical is not None:
            c.canonical = _display(c.tokens)
        c.nxt = " ".join(w.lower() for w in rest[:2])
    return cands
