"""A football club's nickname, one actor with the club the article names (issue 12,
audit48): "Middlesbrough ... Boro are top of Group E", "Tottenham ... Spurs".

The nickname alone names no club the gazetteer holds (and "Boro" is no word of the language),
so the typer makes it an organisation of its own, a second actor for the club. A nickname of
:data:`NICKNAMES` stands for its club where the article names that club (by any of the names
listed with it) as an organisation; elsewhere it is left as it is.
"""

from __future__ import annotations

from ._candidate import _Cand
from ._tokens import display_of

__all__ = ["NICKNAMES", "nicknamed_clubs"]

_Decided = list[tuple[_Cand, str | None, str | None]]

#: Club nicknames in English football news and the names of the club they stand for.
NICKNAMES: dict[str, tuple[str, ...]] = {
    "Boro": ("Middlesbrough",),
    "Spurs": ("Tottenham Hotspur", "Tottenham"),
    "Pompey": ("Portsmouth",),
    "Toffees": ("Everton",),
    "Gunners": ("Arsenal",),
    "Hammers": ("West Ham United", "West Ham"),
    "Magpies": ("Newcastle United", "Newcastle"),
    "Toon": ("Newcastle United", "Newcastle"),
    "Baggies": ("West Bromwich Albion", "West Brom"),
    "Canaries": ("Norwich City", "Norwich"),
    "Addicks": ("Charlton Athletic", "Charlton"),
    "Clarets": ("Burnley",),
    "Tykes": ("Barnsley",),
    "Gers": ("Rangers",),
    "Barca": ("FC Barcelona", "Barcelona"),
}


def nicknamed_clubs(decided: _Decided) -> _Decided:
    """``decided`` with each one-word nickname of :data:`NICKNAMES` whose club the article
    names as an organisation made a mention of that club."""
    found = [
        k
        for k, (c, a, t) in enumerate(decided)
        if len(c.tokens) == 1 and c.tokens[0] in NICKNAMES and t in ("organization", None)
    ]
    if not found:
        return decided
    orgs = {a for _, a, t in decided if t == "organization"}
    out = list(decided)
    for k in found:
        c, actor, _ = decided[k]
        club = next((n for n in NICKNAMES[c.tokens[0]] if n in orgs), None)
        if club is not None and actor != club and display_of(tuple(c.tokens)) == c.tokens[0]:
            out[k] = (c, club, "organization")
    return out
