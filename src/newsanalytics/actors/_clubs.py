"""Clubs named by their town in a sports story ("Burnley have", "home to Leicester").

In a sports story a town or city often names the club of that town: "Leicester withstood a
stunning Wasps comeback", "Burnley are resolute", "Glasgow flanker Andrew Wilson", "victory
home to Leicester". A place the story uses so at least once, as the subject of a team's verb
(with a plural verb, as British reports write of sides), before a player's position or a
club's staff, or as the opponent of a match, is the club there and wherever the story names
it again, except where it is the place: after "in", "at", "from", "near" ("the opener in
Paris", "the trials at Wollaton Park in Nottingham"). Countries keep their meaning: a
national side named by its country stays the country, as in the read sets' decisions.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._clubnames import club_name
from ._tokens import _display

if TYPE_CHECKING:
    from ._runs import _Cand

__all__ = ["is_country", "town_clubs"]

#: Words of a sports story; a story with fewer than ``MIN_SPORT_WORDS`` different ones is
#: none (``_cues._SPORT_RE``, the typer's "sport" flag, is another list, of occurrences).
_SPORT_RE = re.compile(
    r"\b(?:match|matches|season|league|cup|coach|striker|goals?|try|tries|squad"
    r"|championship|fixture|referee|midfielder|defender|fly-half|premiership|tournament"
    r"|semi-final|quarter-final|kick-off|conversion|penalty|half-time|scored|draw)\b",
    re.IGNORECASE,
)
MIN_SPORT_WORDS = 2
_SPORT_LOWER_RE = re.compile(_SPORT_RE.pattern)
#: Letters that ignoring case matches to ASCII ones of the words (the long s, the Kelvin
#: sign, the dotted and dotless i): where one occurs, lowering the text is no shortcut.
_CASE_ODD = frozenset("\u017f\u212a\u0130\u0131")


def sport_words(text: str) -> int:
    """How many different words of ``_SPORT_RE`` ``text`` has, in any case: the size of
    ``{m.group(0).lower() for m in _SPORT_RE.finditer(text)}``.

    Counted on the lowered text, with a pattern that need not ignore case (about three
    times quicker); where lowering changes the text's length or it holds a letter that
    ignoring case pairs with an ASCII one, by the reference.
    """
    low = text.lower()
    if len(low) == len(text) and (text.isascii() or _CASE_ODD.isdisjoint(text)):
        return len(set(_SPORT_LOWER_RE.findall(low)))
    return len({m.group(0).lower() for m in _SPORT_RE.finditer(text)})


#: A club's players and staff: "Glasgow flanker Andrew Wilson", "Liverpool's leading scorer".
_SIDE_WORDS = (
    r"boss|coach|manager|striker|midfielder|defender|goalkeeper|keeper|captain|skipper"
    r"|fly-half|scrum-half|winger|prop|flanker|lock|hooker|full-back|tight-head|loose-head"
    r"|star|side|squad|player|players|pair|chairman|forward|scorer"
)
#: After the town: a team's verb (plural, or of a match), a player or a club's staff, a score.
_AFTER_RE = re.compile(
    r" (?:have|are|were|beat|drew|lost|won|withstood|defeated|face|host|signed|scored"
    rf"|missed|grabbed|trail(?:ed)?|{_SIDE_WORDS})\b"
    rf"|'s (?:[\w\-]+ )?(?:{_SIDE_WORDS})\b"
    r"| \d{1,3}-\d{1,3}\b"
    r"| and [A-Z][\w'\-]+ (?:have|are|were)\b"
)
#: Before the town: the other side of a match or a transfer ("losing 3-2 to Chelsea").
_BEFORE_RE = re.compile(
    r"\b(?:home to|against|beat|beating|beaten|defeated|defeat(?: of| to| by)|dr[ae]w(?:n)? with"
    r"|lost to|losing to|loss to|win over|victory over|loan from|signed from|joined|face|faces"
    r"|facing|faced|take on|took on|disposing of|knocked out|coach of|manager of|boss of"
    r"|club side|\d{1,3}-\d{1,3}(?: to| by| against| over| with)?) $"
)
#: Before the town where it is the place: "in Paris", "at Derby", "BBC Radio Leicester".
_PLACE_BEFORE_RE = re.compile(r"\b(?:in|at|near|from|outside|around|of|Radio) $")
#: The same for a town the story already names as a club, where "from" is a transfer's
#: ("signed White from Bristol", "a move away from Liverpool").
_HOME_BEFORE_RE = re.compile(r"\b(?:in|at|near|outside|around|of|Radio) $")


def town_clubs(
    text: str,
    decided: list[tuple[_Cand, str | None, str | None]],
    countries: frozenset[str],
) -> list[tuple[_Cand, str | None, str | None]]:
    """``decided`` with the towns a sports story uses as clubs typed as organisations."""
    # "AC Milan ... Milan's talismanic", "Glasgow Rangers ... a bid from Rangers": a word
    # of a club's whole name (_clubnames) named alone is that club.
    whole: dict[str, str | None] = {}
    for c, actor, atype in decided:
        if atype == "organization" and actor and club_name(c.tokens, lambda w: True):
            for word in actor.split():
                # "Manchester" of "Manchester City" and "Manchester United": neither.
                whole[word] = actor if whole.get(word, actor) == actor else None
    whole = {word: actor for word, actor in whole.items() if actor is not None}
    # "Aston Villa ... Villa have": a lone word read as a surname is the club too.
    decided = [
        (c, whole[actor], "organization")
        if actor in whole
        and (atype == "organization" or (atype == "person" and len(c.tokens) == 1))
        else (c, actor, atype)
        for c, actor, atype in decided
    ]
    if sport_words(text) < MIN_SPORT_WORDS:
        return decided
    # "Parry revealed Madrid did ask": the town of a club the story names in full.
    clubs = set(whole)
    for c, actor, atype in decided:
        if _town(c, actor, atype, countries) and _as_club(text, c):
            clubs.add(actor)
    if not clubs:
        return decided
    out = []
    for c, actor, atype in decided:
        if (
            actor in clubs
            and _town(c, actor, atype, countries)
            and (_as_club(text, c) or not _as_place(text, c, _HOME_BEFORE_RE))
        ):
            name = _display(c.tokens)
            out.append((c, whole.get(name, name), "organization"))
        else:
            out.append((c, actor, atype))
    return out


def is_country(c: _Cand, actor: str | None, countries: frozenset[str]) -> bool:
    """True when ``c`` names a country, by its name or another ("England", "US")."""
    return actor in countries or (c.entry is not None and c.entry.canonical in countries)


def _town(c: _Cand, actor: str | None, atype: str | None, countries: frozenset[str]) -> bool:
    """True for a location that is no country (nor a country's other name) nor a region."""
    if atype != "location" or actor is None or is_country(c, actor, countries):
        return False
    return c.entry is None or c.entry.kind == "place"


def _as_club(text: str, c: _Cand) -> bool:
    """True when the words around ``c`` make it a side ("Burnley are", "against Bristol")."""
    if text[c.end : c.end + 1] == "-":
        return False  # "the Newport-based athlete"
    if _BEFORE_RE.search(text, max(0, c.start - 20), c.start) is not None:
        return True  # "home to Leicester", "a loan from Chelsea"
    return not _as_place(text, c) and _AFTER_RE.match(text, c.end) is not None


def _as_place(text: str, c: _Cand, before: re.Pattern[str] = _PLACE_BEFORE_RE) -> bool:
    """True when a word before ``c`` makes it the place ("in Paris"); the longest, "outside "
    and "around ", fit in the 8 characters read."""
    return before.search(text, max(0, c.start - 8), c.start) is not None
