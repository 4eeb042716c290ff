"""A football club's nickname, one actor with the club the article names (issue 12,
audit48): "Middlesbrough ... Boro are top of Group E", "Tottenham ... Spurs".

The nickname alone names no club the gazetteer holds (and "Boro" is no word of the language),
so the typer makes it an organisation of its own, a second actor for the club. A nickname of
``@club_nicknames`` (``scripts/actors_words.txt``) stands for its club where the article
names that club as an organisation, by its full name or a short form of it ("Tottenham",
"West Brom", "Barcelona" of "FC Barcelona"); elsewhere it is left as it is. A capitalised
word of a title-case heading the rules made no actor is left out too: there it may be a
verb ("Tottenham Sale Spurs Talk Of Bids").
"""

from __future__ import annotations

from ._candidate import _Cand
from ._tokens import display_of
from ._words import CLUB_NICKNAMES

__all__ = ["nicknamed_clubs"]

_Decided = list[tuple[_Cand, str | None, str | None]]


def nicknamed_clubs(decided: _Decided) -> _Decided:
    """``decided`` with each one-word nickname of a club the article names as an
    organisation made a mention of that club (under the article's name for it)."""
    found = [
        k
        for k, (c, a, t) in enumerate(decided)
        if len(c.tokens) == 1
        and c.tokens[0] in CLUB_NICKNAMES
        and t in ("organization", None)
        and not (c.heading and a is None)  # "Tottenham Sale Spurs Talk Of Bids": a verb
    ]
    if not found:
        return decided
    orgs = {a for _, a, t in decided if t == "organization"}
    out = list(decided)
    for k in found:
        c, actor, _ = decided[k]
        club = _named(CLUB_NICKNAMES[c.tokens[0]], orgs)
        if club is not None and actor != club and display_of(tuple(c.tokens)) == c.tokens[0]:
            out[k] = (c, club, "organization")
    return out


def _named(full: str, orgs: set[str]) -> str | None:
    """The article's name for the club ``full``: the full name, or a short form of four
    letters or more that opens it ("West Brom") or closes it ("Barcelona"); the first in
    sorted order where it has several."""
    if full in orgs:
        return full
    return next(
        (a for a in sorted(orgs) if len(a) >= 4 and (full.startswith(a) or full.endswith(" " + a))),
        None,
    )
