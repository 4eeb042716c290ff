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
from typing import TYPE_CHECKING

from ._context import _BODY_NOUNS, _PERSON_AFTER_RE, _PERSON_BEFORE_RE, _contexts
from ._list_items import linked_runs, listed_items
from ._list_middles import list_middles
from ._tokens import _display

if TYPE_CHECKING:
    from ._runs import _Cand

__all__ = ["firm_by_context", "listed_firms"]

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


# What joins two names of one list: "Calyon, JP Morgan Chase Bank, and Dresdner".
_LIST_LINK_RE = re.compile(r"(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)")
#: Names in a list, at least, for its organisations to type the names the typer left persons.
MIN_LIST = 3
#: A kind of firm announcing a list of them.
_FIRMS_INTRO = (
    r"\b(?:companies|firms|groups|networks|banks|brands|carriers|airlines|retailers|rivals"
    r"|competitors|makers|manufacturers|operators|scandals)\s+(?:such\s+as|including|like)\s+"
)
_FIRMS_INTRO_RE = re.compile(_FIRMS_INTRO + r"\Z")
_FIRMS_INTRO_ANY_RE = re.compile(_FIRMS_INTRO)


def listed_firms(
    text: str, decided: list[tuple[_Cand, str | None, str | None]]
) -> list[tuple[_Cand, str | None, str | None]]:
    """``decided`` with the unknown "persons" of a list of organisations typed as theirs.

    "Its lawyers now accept ABN Amro, BNP Paribas, Calyon, JP Morgan Chase Bank, and
    Dresdner Kleinwort Wasserstein": in a list of at least ``MIN_LIST`` names whose every
    other member is an organisation, one at least a gazetteer's (the typer's own guesses
    spread no further: "Gustard, Dawson, Murphy" in a line-up), a name no gazetteer knows
    and nothing marks as a person's (no title, given name or cue: ``strong``), kept as a
    person and not resolved to another name of the article, is an organisation too.
    """
    decided = listed_items(text, decided)  # "Tuscan Dairies, Green Spring Dairy, ... Co"
    decided = list_middles(text, decided)  # "Standard & Poor's, Moody's and Fitch"
    # Only a weak person in a list with a known organisation is retyped: without both in the
    # article, nothing changes (the reading of the lists is skipped).
    if not any(t == "person" and c.entry is None and not c.strong for c, _, t in decided) or not (
        any(t == "organization" and c.entry is not None for c, _, t in decided)
        or _FIRMS_INTRO_ANY_RE.search(text)
    ):
        return decided
    order = sorted(
        (k for k, (_, a, t) in enumerate(decided) if a is not None and t is not None),
        key=lambda k: decided[k][0].start,
    )

    def joins(p: _Cand, c: _Cand) -> bool:
        # The gap read in place, not sliced out (most gaps run on for words).
        if p.end > c.start:
            return False
        at = p.end + 2 if text.startswith(("'s", "\u2019s"), p.end, c.start) else p.end
        return bool(_LIST_LINK_RE.fullmatch(text, at, c.start))

    groups = linked_runs(decided, order, joins)
    out = None
    for g in groups:
        # "networks such as Razor 1911, Risciso, Myth and Popz", "scandals such as Enron and
        # Worldcom": a kind of firm announces the list, two names make one.
        if len(g) < 2:
            continue  # a lone name: no list, announced or not (most groups)
        first = decided[g[0]][0].start
        intro = _FIRMS_INTRO_RE.search(text, max(0, first - 40), first) is not None
        if len(g) < (2 if intro else MIN_LIST):
            continue
        weak = []
        orgs = 0
        for k in g:
            c, actor, atype = decided[k]
            if atype == "organization":
                orgs += c.entry is not None  # a known one: "Toyota", not the typer's "Gustard"
            elif (
                atype == "person"
                and c.entry is None
                and not c.strong
                and actor == _display(c.tokens)
            ):
                weak.append(k)
            else:
                break
        else:
            if (orgs or intro) and weak:
                out = out or list(decided)
                for k in weak:
                    c, actor, _ = out[k]
                    out[k] = (c, actor, "organization")
    return out or decided
