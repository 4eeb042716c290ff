"""Names that hold an office: "Yukos chief executive Steven Theede", "Pershing analyst
Richard Henderson", "Charlton midfielder Graham Stuart".

A name written right before a company or club office (or a player's position) and a
person's full name is the organisation that person works or plays for. The typer reads
the office word as context, but an unknown name made of everyday words ("Nationwide
economist Alex Bannister") or one it reads as a given name ("Chelsea boss Jose Mourinho") is
left out or typed a person. So, too, a name right after the kind of organisation it is
("games firm Lateral Visions", "rock band Doves").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._tokens import _display, display_of

if TYPE_CHECKING:
    from ._gazetteer import Gazetteer
    from ._runs import _Cand

__all__ = ["office_holders"]

# A word for a kind of organisation right before its name: "games firm Lateral Visions",
# "rock band Doves", "trade magazine Screen International", "electronics giant Philips",
# "telecoms regulator Ofcom", "analysts Gartner", "sports daily Marca", "his club Brive".
_KINDS = (
    "firm|company|group|airline|carrier|bank|giant|giants|band|magazine|newspaper|paper"
    "|daily|tabloid|journal|website|channel|network|broadcaster|publisher|retailer|chain"
    "|supermarket|insurer|lender|brewer|carmaker|chipmaker|drugmaker|agency|charity"
    "|regulator|watchdog|label|studio|manufacturer|tracker|consultancy|consultants"
    "|analysts|conglomerate|club|think-tank|union"
    "|body|organisation|organization|association|institute|foundation|federation"
    "|maker|provider|supplier|utility|miner|exchange|party|movement"
    "|lobby|service|outlet|station|team|side|broadcasters|retailers|insurers|banks"
    "|companies|firms|groups|airlines|carriers|clubs|newspapers|magazines|networks|channels"
    "|charities|agencies|unions|parties|carmakers|studios|labels"
)
_KIND_RE = re.compile(rf"(?<![\w\-])(?:{_KINDS})[ \t]+\Z")
_KIND_WORDS = frozenset(_KINDS.split("|"))
# A kind of organisation right after its name ("Empire magazine's reviews editor", "the
# Mirror newspaper said"), or a company's officer or staff after "the"/"a" and its name with
# no person named next ("A Five spokesman said", "the Marsh executive admitted").
_KIND_AFTER_RE = re.compile(
    r"[ \t]+(?:magazine|newspaper|website)\b"
    r"|[ \t]+(?:spokesman|spokeswoman|executive|shareholders|chief executive)\b"
    r"(?![ \t]+[A-Z])"
)
_DETERMINER_RE = re.compile(r"(?<![\w\-])(?:[Tt]he|an?|An?|[\w\-]+['\u2019]s)[ \t]+\Z")
# "of the" before the end of a longer name: "News of the World newspaper".
_OF_THE_RE = re.compile(r"\bof[ \t\n]+the[ \t\n]+\Z")
# Words that open a sentence, glued onto a name where a full stop is missing.
_OPENERS = frozenset("More Most Some Many The This That These It Its In But And".split())
# A place and "-based" before a company's name, or who owns it: "Madrid-based Ferrovial",
# "state-owned Codelco".
_BASED_RE = re.compile(
    r"(?:[A-Z][\w.]*-based|(?<![\w\-])(?:[Ss]tate|privately|family|government)-(?:owned|held|run))"
    r"[ \t]+\Z"
)
_BASED_ENDS = ("-based", "-owned", "-held", "-run")
# A company's officer and "of" before its name: "chief executive of Tesco".
_OFFICER_OF_RE = re.compile(
    r"(?<![\w\-])(?:chief executive|managing director|chairman|chairwoman|co-founder"
    r"|founder|shareholders|spokesman|spokeswoman|analysts?)[ \t]+(?:of|at)[ \t]+\Z"
)
# More of a name the scanner split: "carrier Air India", "group Organizing for Action".
_MORE_RE = re.compile(r"[ \t]+(?:(?:and|&|of|for)[ \t]+)?[A-Z]")

# An office of a company or a club or a player's position, then a given name and surname.
_OFFICE_RE = re.compile(
    r"(?:'s|\u2019s)?[ \t]?(?:chief executive|managing director|chairman|chairwoman|"
    r"analyst|economist|boss|spokesman|spokeswoman|manager|coach|striker|midfielder|"
    r"defender|goalkeeper|winger|founder|co-founder)[ \t]+([A-Z][a-z]+)[ \t]+[A-Z][a-z]"
)


def office_holders(
    text: str, decided: list[tuple[_Cand, str | None, str | None]], gaz: Gazetteer
) -> list[tuple[_Cand, str | None, str | None]]:
    """``decided`` with the names no gazetteer knows that an office and a person's name
    follow made organisations, and their other mentions too (unless they name a person
    of the article: "Blair spokesman Tom Kelly")."""
    firms: set[tuple[str, ...]] = set()
    towns: set[int] = set()  # places an organisation's kind word names: "water firm Suez"
    for c, actor, atype in decided:
        if c.heading or atype == "organization":
            continue
        if atype == "location":
            if _kind_before(text, c, gaz, place=True):
                towns.add(id(c))
            continue
        if c.entry is not None:
            continue
        if atype == "person" and actor != display_of(tuple(c.tokens)):
            continue  # a surname the article resolved to a person
        # "Committee chairman Michael Jack", "Company spokesman Dale Coffin"; but "Empire
        # magazine's reviews editor" names the magazine.
        common_initial = c.initial and c.tokens[0].casefold() in gaz.common_words
        before = text[max(0, c.start - 30) : c.start].split()[-1:]
        if len(c.tokens[-1]) < 2:
            continue
        if before in (["and"], ["&"], ["of"]):
            # The end of a longer name ("AC and R chairman Stephen Rose"), but for a
            # company's officer's "of" ("chief executive of Tesco").
            if _OFFICER_OF_RE.search(text, max(0, c.start - 30), c.start) is not None and (
                _kind_before(text, c, gaz)
            ):
                firms.add(tuple(c.tokens))
            continue
        prev = before[0] if before else ""
        # The end of a longer name ("BBC Sport website", "News of the World newspaper").
        longer = (
            prev.isalpha() and prev[0].isupper() and prev.casefold() not in gaz.common_words
        ) or (prev == "the" and _OF_THE_RE.search(text, max(0, c.start - 8), c.start))
        if common_initial:
            if _kind_after(text, c, gaz, publication=True):
                firms.add(tuple(c.tokens))
            continue
        m = _OFFICE_RE.match(text, c.end)
        if m is not None and m.group(1) in gaz.first_names:
            if longer:
                continue  # "Connecticut Sun coach Curt Miller": the club is the longer name
            firms.add(tuple(c.tokens))
        elif _kind_before(text, c, gaz) or (not longer and _kind_after(text, c, gaz)):
            firms.add(tuple(c.tokens))  # "copy protection firm Macrovision"
    if not firms and not towns:
        return decided
    out = []
    for c, actor, atype in decided:
        if id(c) in towns:
            actor, atype = _display(c.tokens), "organization"
        elif tuple(c.tokens) in firms and c.entry is None:  # the headline's too
            if atype is None or (atype == "person" and actor == _display(c.tokens)):
                actor, atype = _display(c.tokens), "organization"
        out.append((c, actor, atype))
    return out


def _kind_before(text: str, c: _Cand, gaz: Gazetteer, place: bool = False) -> bool:
    """True when the words before ``c`` say what kind of organisation it is ("regulator
    Ofcom", "Madrid-based Ferrovial", "chief executive of Tesco"); for a place (``place``)
    only a kind word right before it ("water firm Suez", "football club Parma")."""
    if c.initial or c.strong or c.tokens[0] in gaz.first_names:
        return False
    if _MORE_RE.match(text, c.end) is not None:
        return False  # more of a name: "lead bank Texas American Bank"
    if len(c.tokens) > 1 and c.tokens[-1] in _OPENERS:
        return False  # a sentence's first word glued on: "analysts Gartner More than"
    if place and c.entry is not None and c.entry.kind != "place":
        return False  # a country or a state keeps its meaning
    # _KIND_RE, _BASED_RE and _OFFICER_OF_RE all end in a word, blanks and the name: a kind
    # word whole (nothing of a word before it), "-based", "-owned", "-held", "-run", or
    # "of"/"at" after a blank. Without such a last word before the blanks none can match.
    k = c.start
    while k > 0 and text[k - 1] in " \t":
        k -= 1
    if k == c.start:
        return False
    j = k
    while j > 0 and (text[j - 1].isalnum() or text[j - 1] in "_-"):
        j -= 1
    last = text[j:k]
    if last not in _KIND_WORDS and (
        place or (last not in ("of", "at") and not last.endswith(_BASED_ENDS))
    ):
        return False
    if place:
        return _KIND_RE.search(text, max(0, c.start - 16), c.start) is not None
    at = max(0, c.start - 30)
    return (
        _KIND_RE.search(text, at, c.start) is not None
        or _BASED_RE.search(text, at, c.start) is not None
        or _OFFICER_OF_RE.search(text, at, c.start) is not None
    )


def _kind_after(text: str, c: _Cand, gaz: Gazetteer, publication: bool = False) -> bool:
    """True when the words after ``c`` say it is a publication or a company ("Empire
    magazine's", "the Mirror newspaper", "A Five spokesman said"); only a publication's
    kind with ``publication``."""
    m = _KIND_AFTER_RE.match(text, c.end)
    if m is None or c.tokens[0] in gaz.first_names:
        return False
    if len(c.tokens) == 1 and len(c.tokens[0]) <= 3 and c.tokens[0].isupper():
        return False  # "PC magazine editors": a thing's short name, or a letter
    if m.group(0).split()[0] in ("magazine", "newspaper", "website"):
        return True
    return (
        not publication and _DETERMINER_RE.search(text, max(0, c.start - 20), c.start) is not None
    )
