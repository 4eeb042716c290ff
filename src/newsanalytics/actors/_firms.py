"""A person's surname that the article writes as a company's: "Bill Ford ... Ford, the US
car company, reported higher profits ... Ford's auto unit".

A lone word that is the surname of one of the article's people usually stands for that
person; it stands for a company named after him or her only on evidence that a company, and
not an investor or a speaker, is meant: an apposition naming a kind of company ("Ford, the
US car company"), the company's own parts and results ("Ford's auto unit", "Wimpey
reported a 19% rise in profits", "shares in Wimpey"), a kind of company before it
("newspaper company Jagran") -- and nothing anywhere that reads as a person's ("Mr Ford",
"Ford said he", "Ford, 54,"). "Said its", "bought X's stock" and "owned by X" are no such
evidence: an investor or a chairman is written so too ("Araskog said its", "bought back
Goldsmith's stock", "64 pct owned by Pesch interests").
"""

from __future__ import annotations

import re

from ._context import _BODY_NOUNS, _PERSON_AFTER_RE, _PERSON_BEFORE_RE, _contexts

__all__ = ["firm_by_context"]

_FIRM_AFTER_RE = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?" + _BODY_NOUNS + r"\b"
    r"|['’]s\s+(?:[a-z]+\s+)?(?:subsidiary|unit|division|plants?|factory|shareholders|"
    r"stockholders|earnings|profits?|revenues?|turnover)\b"
    r"|\s+(?:stockholders|shareholders)\b"
    r"|\s+shares\s+(?:rose|fell|jumped|dropped|slipped|closed|gained|lost|traded)\b"
    r"|\s+(?:reported|posted)\s+(?:[\w$£€%.,-]+\s+){0,4}?(?:profits?|loss|losses|income|"
    r"earnings|revenues?|sales|turnover)\b"
)
_FIRM_BEFORE_RE = re.compile(
    r"(?:\b(?:shares|stock)\s+(?:of|in)\s+|(?<![\w'’])[a-z]+\s+" + _BODY_NOUNS + r"\s+)$"
)

_LONGER_RE = re.compile(r" [A-Z]")


def firm_by_context(text: str, word: str) -> bool:
    """True when ``text`` writes ``word`` as a company's somewhere (see the module) and
    never as a person's."""
    firm = False
    for before, after in _contexts(text, word):
        if _PERSON_AFTER_RE.match(after) or _PERSON_BEFORE_RE.search(before):
            return False
        if firm or _LONGER_RE.match(after):
            continue  # "Scott's company Scott Free": another name's first word
        m = _FIRM_AFTER_RE.match(after) or _FIRM_BEFORE_RE.search(before)
        firm = m is not None and "producer" not in m.group()  # "Rosendale, a pork producer"
    return firm
