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

from ._tokens import _display

if TYPE_CHECKING:
    from ._gazetteer import Gazetteer
    from ._runs import _Cand

__all__ = ["office_holders"]

# A word for a kind of organisation right before its name: "games firm Lateral Visions",
# "rock band Doves", "trade magazine Screen International", "electronics giant Philips".
_KIND_RE = re.compile(
    r"(?<![\w\-])(?:firm|company|group|airline|carrier|bank|giant|giants|band|magazine|"
    r"newspaper|channel|network|retailer|chain|insurer|agency|charity|label|studio|"
    r"manufacturer|tracker|consultancy|conglomerate)[ \t]+\Z"
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
    for c, actor, atype in decided:
        if c.entry is not None or c.heading or atype in ("organization", "location"):
            continue
        if atype == "person" and actor != _display(c.tokens):
            continue  # a surname the article resolved to a person
        if c.initial and c.tokens[0].casefold() in gaz.common_words:
            continue  # "Committee chairman Michael Jack", "Company spokesman Dale Coffin"
        before = text[max(0, c.start - 30) : c.start].split()[-1:]
        if before in (["and"], ["&"], ["of"]) or len(c.tokens[-1]) < 2:
            continue  # the end of a longer name: "AC and R chairman Stephen Rose"
        m = _OFFICE_RE.match(text, c.end)
        if m is not None and m.group(1) in gaz.first_names:
            prev = before[0] if before else ""
            if prev.isalpha() and prev[0].isupper() and prev.casefold() not in gaz.common_words:
                continue  # "Connecticut Sun coach Curt Miller": the club is the longer name
            firms.add(tuple(c.tokens))
        elif (
            not c.initial
            and not c.strong
            and c.tokens[0] not in gaz.first_names
            and _KIND_RE.search(text, max(0, c.start - 16), c.start) is not None
            and _MORE_RE.match(text, c.end) is None
        ):
            firms.add(tuple(c.tokens))  # "copy protection firm Macrovision"
    if not firms:
        return decided
    out = []
    for c, actor, atype in decided:
        key = tuple(c.tokens)
        if key in firms and c.entry is None and not c.heading:
            if atype is None or (atype == "person" and actor == _display(c.tokens)):
                actor, atype = _display(c.tokens), "organization"
        out.append((c, actor, atype))
    return out
