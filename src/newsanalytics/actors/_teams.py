"""Team sheets: the clubs in brackets after the players of a sports story's line-up.

"J Robinson (Sale Sharks, capt); M Cueto (Sale Sharks), M Tait (Newcastle), J Noon
(Newcastle), J Lewsey (Wasps)": a list of players, each followed by his club in brackets. A
town in those brackets is the club of that town ("Newcastle", "Leicester"), and a name the
typer read as a person's is a club's too ("Wasps", "Stade Toulousain"); a country there is
the national side, a location as everywhere else ("M Cueto (England)").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._clubs import is_country, sport_story
from ._tokens import _display

if TYPE_CHECKING:
    from ._runs import _Cand

__all__ = ["team_sheet_clubs"]

#: Brackets after a player's name before the club: "M Tait (", "Jamie Noon ( ".
_OPEN_RE = re.compile(r" ?\( ?$")
#: A player named by an initial and surname ("M Tait"), which the extractor may not report.
_INITIAL_NAME_RE = re.compile(r"(?:^|[\s,;:(])[A-Z]\.? [A-Z][\w'\-]+$")
#: What may follow the club inside the brackets: nothing, or the captain's mark.
_CLOSE_RE = re.compile(r" ?(?:, ?capt(?:ain)?\.?)? ?\)")
#: Bracketed clubs after players that make a line-up (fewer is a passing aside).
MIN_PLAYERS = 3
#: A surname and a capitalised name alone in brackets: one line of a squad list, "Jones
#: (Wolves),", "Davies (Tottenham)".
_SHEET_LINE_RE = re.compile(
    r"[A-Z][\w'\-]+ ?\( ?[A-Z][\w'.\-]*(?: [A-Z][\w'.\-]*){0,2}(?:, ?capt(?:ain)?\.?)? ?\)"
)
#: A capitalised word right before the brackets: the player, by his surname alone.
_SURNAME_RE = re.compile(r"(?:^|[\s,;:(])[A-Z][\w'\-]+$")


def team_sheet_clubs(
    text: str,
    decided: list[tuple[_Cand, str | None, str | None]],
    countries: frozenset[str],
) -> list[tuple[_Cand, str | None, str | None]]:
    """``decided`` with the bracketed clubs of a team sheet typed as organisations.

    A name is a bracketed club when it alone fills brackets that come straight after a
    person's name or an initial and surname ("M Tait (Newcastle)"); an article with at
    least ``MIN_PLAYERS`` of them lists a line-up, and its bracketed names that are no
    country (nor a country's other name, "US", nor one of its nations, "England")
    become organisations.
    """
    if "(" not in text:
        return decided  # no brackets: no name is bracketed (_bracketed reads one first)
    people_end = {c.end for c, a, t in decided if a is not None and t == "person"}
    # A squad list of surnames alone ("Jones (Wolves), Davies (Tottenham), Page (Cardiff)"):
    # its players need not have been read as people, and a club the typer left out counts.
    sheet = (
        text.count("(") >= MIN_PLAYERS  # each line has its own bracket
        # not "Ann Keen (Brentford), Jon Cruddas (Dagenham)"; asked before the lines are
        # looked for (the squad rule asked it of this text just before: kept)
        and sport_story(text)
        and len(_SHEET_LINE_RE.findall(text)) >= MIN_PLAYERS
    )
    clubs = []
    for k, (c, actor, atype) in enumerate(decided):
        if sheet and atype in (None, "person", "location") and _bracketed(text, c, None):
            clubs.append(k)
            continue
        if actor is None or atype not in ("person", "location"):
            if atype == "organization" and _bracketed(text, c, people_end):
                clubs.append(-1)  # counts towards the line-up, already a club
            continue
        if _bracketed(text, c, people_end):
            clubs.append(k)
    if len(clubs) < MIN_PLAYERS:
        return decided
    out = list(decided)
    for k in clubs:
        if k < 0:
            continue
        c, actor, atype = out[k]
        if atype == "location" and is_country(c, actor, countries):
            continue  # "(England)", "(US)": the national side
        out[k] = (c, _display(c.tokens), "organization")
    return out


def _bracketed(text: str, c: _Cand, people_end: set[int] | None) -> bool:
    """True when ``c`` alone fills brackets that follow a person's name, or a player's
    initial and surname ("M Tait (Newcastle)"); with no ``people_end``, any capitalised
    word (a squad list's surname)."""
    if "(" not in text[max(0, c.start - 3) : c.start]:
        return False  # _OPEN_RE's bracket: only in the three characters read
    m = _OPEN_RE.search(text, max(0, c.start - 3), c.start)
    if m is None:
        return False
    at = m.start()
    if people_end is None:
        if _SURNAME_RE.search(text, max(0, at - 40), at) is None:
            return False
    elif at not in people_end and _INITIAL_NAME_RE.search(text, max(0, at - 40), at) is None:
        return False
    return _CLOSE_RE.match(text, c.end) is not None
