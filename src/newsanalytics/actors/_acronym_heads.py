"""An acronym glued to the person's name after it: "defence and aerospace group EADS Philippe
Camus", "the Chairman of the FCA Frank Naylor", "acting DNI Joseph Maguire" (a listed title
in capitals, "MSP Karen Whitefield", the scanner reads as a title already: titles.json).

The scanner reads a run of capitalised words as one name; where the run is an all-capitals
word, a given name and a surname, the acronym is an organisation's or a title's and the
rest is a person. The candidate becomes the person's, and the acronym a candidate of its
own only where the article also writes it alone ("EADS said"), as that mention is typed;
otherwise it is a title's ("DNI") and nobody.
"""

from __future__ import annotations

from ._candidate import _Cand
from ._features import hyphenated_given
from ._lexicon import Lexicon
from ._words import CORP_SUFFIXES, ORG_WORDS

__all__ = ["acronym_heads"]


def acronym_heads(text: str, cands: list[_Cand], lex: Lexicon) -> list[_Cand]:
    """``cands`` with each acronym glued to a person's name split off (see the module
    docstring). Not a known name's start ("JP Morgan Chase"), nor a name with an
    organisation's word or legal form ("BBC Scotland Ltd")."""
    first_names = lex.gaz.first_names
    out: list[_Cand] = []
    alone: dict[str, _Cand] | None = None
    for c in cands:
        toks = c.tokens
        start = -1
        if (
            len(toks) >= 3
            and c.entry is None
            and _acronym(toks[0])
            and (toks[1] in first_names or hyphenated_given(toks[1], first_names))
            and all(t[:1].isupper() and not t.isupper() and t.isalpha() for t in toks[2:])
            and ORG_WORDS.isdisjoint(toks)
            and toks[-1] not in CORP_SUFFIXES
            and lex.lookup(toks[:2], all_caps=False) is None
        ):
            start = text.find(toks[1], c.start + len(toks[0]), c.end)
        if start < 0:
            out.append(c)
            continue
        if alone is None:
            alone = {o.tokens[0]: o for o in cands if len(o.tokens) == 1}
        other = alone.get(toks[0])
        if other is not None:
            out.append(
                _Cand(
                    c.start,
                    c.start + len(toks[0]),
                    c.sentence,
                    [toks[0]],
                    other.type,
                    other.canonical,
                    other.entry,
                    initial=c.initial,
                    heading=c.heading,
                    prev=c.prev,
                    nxt=" ".join(toks[1:3]).lower(),
                    guess=other.guess,
                )
            )
        out.append(
            _Cand(
                start,
                c.end,
                c.sentence,
                toks[1:],
                "person",
                heading=c.heading,
                prev=toks[0].lower(),
                nxt=c.nxt,
                strong=True,
            )
        )
    return out if alone is not None else cands


def _acronym(word: str) -> bool:
    """Three to five capitals: not two ("CB Richard Ellis", "JP Morgan": a firm's initials
    before a name are the firm's own more often)."""
    return 3 <= len(word) <= 5 and word.isalpha() and word.isupper()
