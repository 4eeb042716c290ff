"""A brand with a lower-case head, capitalised where a sentence opens: "eBay ... EBay said".

The scanner takes a word whose first capital follows lower-case letters as a brand's name
("eBay", "easyJet"). At a sentence's start the house style of some papers capitalises its
first letter ("EBay stock fell"), a spelling the brand rule does not match, and the word was
lost as a sentence-initial word, or read as a name of its own ("EasyJet"): the story's main
fact never reached the company. A word
that is the article's brand with its first letter capitalised, standing alone (no
capitalised word of the same name after it), is that brand, where the article writes it so
elsewhere. A writer who capitalises it inside a sentence too ("Shares of EBay fell") means
the brand as well, and it is taken there, but as a sentence's first word only where one
opens.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ._candidate import _Cand
from ._cands import swapped
from ._tokens import _sentence_of, next_words, prev_word

__all__ = ["capitalised_brands"]

_BRAND_RE = re.compile(r"[a-z]{1,4}(?:[A-Z][a-z]+)+")
# What may stand between a sentence's end and its first word: space, quotes, a bracket.
_OPENERS = " \t\r\n\"'\u201c\u2018("


def _opens_sentence(text: str, ends: list[int], pos: int) -> bool:
    """True when ``pos`` is a sentence's first word (or a line's): nothing but space,
    quotes or a bracket stands between it and the previous sentence's end."""
    k = bisect_right(ends, pos)
    lo = ends[k - 1] if k else 0
    lo = max(lo, text.rfind("\n", 0, pos) + 1)
    return not text[lo:pos].strip(_OPENERS)


def capitalised_brands(
    text: str, cands: list[_Cand], ends: list[int], index: list[int]
) -> list[_Cand]:
    """``cands`` with the capitalised spellings of the article's lower-case-headed brands
    (see the module docstring)."""
    brands = {
        c.tokens[0]: c
        for c in cands
        if len(c.tokens) == 1 and c.type == "organization" and _BRAND_RE.fullmatch(c.tokens[0])
    }
    if not brands or not ends:
        return cands
    pattern = re.compile(
        r"(?<![\w&'\u2019.\-])("
        + "|".join(re.escape(b[0].upper() + b[1:]) for b in sorted(brands))
        + r")(?![\w&\-]|[ \t]+[A-Z])"
    )
    taken = [(c.start, c.end) for c in cands]
    same = {(c.start, c.end): c for c in cands if c.entry is None and len(c.tokens) == 1}
    drop: set[int] = set()
    added: list[_Cand] = []
    for m in pattern.finditer(text):
        s, e = m.span()
        if (s, e) in same:
            drop.add(id(same[(s, e)]))  # "EasyJet" read as a name of its own: the brand's
        elif any(a < e and s < b for a, b in taken):
            continue
        word = m.group(1)
        brand = brands[word[0].lower() + word[1:]]
        new = _Cand(s, e, _sentence_of(ends, index, s), [word], brand.type, brand.canonical)
        new.entry = brand.entry
        new.prev, new.nxt = prev_word(text, s), next_words(text, e)
        new.initial = _opens_sentence(text, ends, s)
        added.append(new)
    return swapped(cands, drop, added)
