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
from functools import lru_cache
from typing import TYPE_CHECKING

from ._clubnames import club_name
from ._cues import letter_runs
from ._find import at_boundary, occurrences, occurs_alone
from ._gazetteer import name_key, nations
from ._tokens import _display, _inflected
from ._words import CLUB_SUFFIXES, SMALL_WORDS

if TYPE_CHECKING:
    from ._candidate import _Cand
    from ._gazetteer import Gazetteer

__all__ = ["is_country", "named_clubs", "town_clubs"]

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


def _sport_forms() -> tuple[str, ...]:
    """The words ``_SPORT_RE`` matches, lower case ("goals?" gives "goal" and "goals")."""
    body = _SPORT_RE.pattern.removeprefix(r"\b(?:").removesuffix(r")\b")
    forms: list[str] = []
    for alt in body.split("|"):
        forms += [alt[:-2], alt[:-1]] if alt.endswith("s?") else [alt]
    return tuple(forms)


#: The first run of letters of each word ``_SPORT_RE`` matches ("fly" of "fly-half"), as
#: bytes: no two words share one, so a text has at most as many different sports words as
#: it has of these.
_SPORT_FIRST_RUNS = frozenset(
    re.match("[a-z]+", w).group().encode() for w in _sport_forms()  # type: ignore[union-attr]
)


def _may_be_sport(text: str) -> bool:
    """False when ``text``, lowered, cannot hold ``MIN_SPORT_WORDS`` different sports
    words: fewer of their first runs of letters stand as whole runs of ASCII letters in it.
    A match is between non-word characters, so its first run is a whole run of ASCII
    letters of the lowered text. The runs are ``letter_runs``' (the article cues' own), of
    the text lowered as bytes: the same where :func:`sport_story` asks, as no character
    but :data:`_CASE_ODD`'s lowers to an ASCII letter (tests/test_fast_counts.py holds this
    to every character)."""
    return len(_SPORT_FIRST_RUNS.intersection(letter_runs(text)[1])) >= MIN_SPORT_WORDS


@lru_cache(maxsize=4)
def sport_story(text: str) -> bool:
    """True when ``text`` holds at least ``MIN_SPORT_WORDS`` different sports words (both
    club rules ask of one article: the answer is kept).

    Most stories hold no sports word: a set of the text's runs of letters rules them out
    before any pattern is run (where lowering keeps the text's length and meets no odd
    letter, as :func:`sport_words` counts on the lowered text)."""
    low = text.lower()
    if len(low) == len(text) and (text.isascii() or _CASE_ODD.isdisjoint(text)):
        # sport_words' own count on the lowered text, after the cheap test
        return _may_be_sport(text) and len(set(_SPORT_LOWER_RE.findall(low))) >= MIN_SPORT_WORDS
    return sport_words(text) >= MIN_SPORT_WORDS


#: A club's players and staff: "Glasgow flanker Andrew Wilson", "Liverpool's leading scorer".
_SIDE_WORDS = (
    r"boss|coach|manager|striker|midfielder|defender|goalkeeper|keeper|captain|skipper"
    r"|fly-half|scrum-half|winger|prop|flanker|lock|hooker|full-back|tight-head|loose-head"
    r"|stars?|side|squad|player|players|pair|chairman|forward|scorer|fans|supporters|boys"
    r"|team-mates?"
)
#: After the town: a team's verb (plural, or of a match), a player or a club's staff, a score.
_AFTER_RE = re.compile(
    r" (?:have|are|were|beat|drew|lost|won|withstood|defeated|face|host|signed|scored"
    rf"|missed|grabbed|trail(?:ed)?|{_SIDE_WORDS})\b"
    rf"|'s (?:[\w\-]+ ){{0,2}}(?:{_SIDE_WORDS}|international)\b"
    r"| \d{1,3}-\d{1,3}\b"
    r"| and [A-Z][\w'\-]+ (?:have|are|were)\b"
    # "Chelsea's William Gallas", "Edinburgh's Chris Paterson": the side's player (a town's
    # possessive before a full name, in a sports story, where it reads as a club)
    r"|'s [A-Z][a-z]+ (?:[A-Z]\.? )?(?:Mc|Mac|O')?[A-Z][a-z]+\b(?! (?:[A-Z]|of\b))"
)
#: Before the town: the other side of a match or a transfer ("losing 3-2 to Chelsea").
_BEFORE_RE = re.compile(
    r"\b(?:home to|against|beat|beating|beaten|defeated|defeat(?: of| to| by)|dr[ae]w(?:n)? with"
    r"|lost to|losing to|loss to|win over|victory over|loan from|signed from|joined|face|faces"
    r"|facing|faced|take on|took on|disposing of|knocked out|coach of|manager of|boss of"
    r"|captain of|(?:knocked out|beaten|thrashed|eliminated|defeated) by"
    r"|(?:play|plays|played|playing|signed|signing|scored|scoring|appearances|debut) for"
    r"|spells? (?:at|with)"
    r"|club side|\d{1,3}-\d{1,3}(?: to| by| against| over| with)?) $"
)
#: After a club's name (not a town's): a player or a club's staff, no possessive ("Hearts
#: winger", "Sale Sharks prop"); "Warnock's side" is a manager's.
_SIDE_AFTER_RE = re.compile(rf" (?:{_SIDE_WORDS})\b")
#: After a club's name, as the subject: a plural verb, as British reports write of sides
#: ("Chelsea are doing very well", "Millwall have been charged", "Boro, who are playing");
#: no person's name takes one.
_TEAM_VERB_AFTER_RE = re.compile(r"(?:,? who)? (?:are|have|were)\b")
#: Before the name, a word that makes the plural verb a list's ("Smith and Jones are").
_LISTED_BEFORE_RE = re.compile(r"(?:\band|\bor|&) $")
#: Before a club's name: a player's or a manager's move, a club's standing ("joining
#: Chelsea", "linked with Chelsea", "leaders Chelsea", "replaced at Chelsea").
_CLUB_BEFORE_RE = re.compile(
    r"\b(?:leaders|joining|joins|linked with|(?:bid|offer) from|contract with|replaced at"
    r"|came to|come to|stint at|sold to|move to|moved to|lured to [\w' ]{0,25}by) $"
)
#: Between two sides: a match's "v", or a list ("Rangers and Fulham", "Arsenal or Chelsea",
#: "Everton, Chelsea and Charlton").
_BESIDE_RE = re.compile(r"(?: v\.?|,| and|,? or|, and) ")
#: The end of a sentence right before a name.
_OPENS_RE = re.compile(r"[.!?\"]\s+$|^\s*$")
#: More of a longer name after a word: "Queen of the South".
_LONGER_AFTER_RE = re.compile(r" of (?:the )?[A-Z]")
#: Last words of a club's name in a sports story ("Dundee United", "Man Utd", "Nelson
#: Town", "Boca Juniors"); with the club words of ``_clubnames`` ("Bolton Wanderers").
CLUB_ENDS = CLUB_SUFFIXES | {"United", "Utd", "Town", "County", "Juniors"}
#: Before the town: a player's move from one club to another.
_MOVE_RE = re.compile(
    r"\b(?:moved?|moving|switch(?:ed)?|transferred) from [A-Z][\w'\-]+(?: [A-Z][\w'\-]+)? to $"
)
#: Before the town where it is the place: "in Paris", "at Derby", "BBC Radio Leicester".
_PLACE_BEFORE_RE = re.compile(r"\b(?:in|at|near|from|outside|around|of|Radio) $")
#: The same for a town the story already names as a club, where "from" is a transfer's
#: ("signed White from Bristol", "a move away from Liverpool"), "at" and "of" a club's
#: ("nobody at Chelsea", "Brennan is highly-rated at Stade Toulousain", "the squad of Chelsea
#: stars").
_HOME_BEFORE_RE = re.compile(r"\b(?:in|near|outside|around|Radio) $")


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
    # "Manchester United ... United's statement": the club word left untyped, where the
    # article names one club that ends in it.
    ends: dict[str, str | None] = {}
    for c, actor, atype in decided:
        if atype == "organization" and actor and len(c.tokens) == 2 and c.tokens[1] in CLUB_ENDS:
            last = c.tokens[1]
            ends[last] = actor if ends.get(last, actor) == actor else None
    # "Aston Villa ... Villa have": a lone word read as a surname is the club too (where
    # the article names a club at all: most name none, and every mention stays).
    if whole or any(ends.values()):
        decided = _as_whole_clubs(decided, whole, ends)
    if not sport_story(text):
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


def _as_whole_clubs(
    decided: list[tuple[_Cand, str | None, str | None]],
    whole: dict[str, str | None],
    ends: dict[str, str | None],
) -> list[tuple[_Cand, str | None, str | None]]:
    """``decided`` with a word of a club's whole name named alone (``whole``: the word to
    the club) and a lone club word of the one club ending in it (``ends``) as that club."""
    return [
        (c, whole[actor], "organization")
        if actor in whole
        and (atype == "organization" or (atype == "person" and len(c.tokens) == 1))
        else (c, ends[c.tokens[0]], "organization")
        if (atype is None or (atype == "organization" and actor == c.tokens[0]))
        and len(c.tokens) == 1
        and ends.get(c.tokens[0])
        and c.entry is None
        and not c.heading
        else (c, actor, atype)
        for c, actor, atype in decided
    ]


def is_country(c: _Cand, actor: str | None, countries: frozenset[str]) -> bool:
    """True when ``c`` names a country, by its name or another ("US"), or a nation that
    fields national sides ("England")."""
    if actor in countries or actor in nations():
        return True
    return c.entry is not None and (
        c.entry.canonical in countries or c.entry.canonical in nations()
    )


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
    if _MOVE_RE.search(text, max(0, c.start - 45), c.start) is not None:
        return True  # "moved from Leinster to Toulouse"
    return not _as_place(text, c) and _AFTER_RE.match(text, c.end) is not None


def _as_place(text: str, c: _Cand, before: re.Pattern[str] = _PLACE_BEFORE_RE) -> bool:
    """True when a word before ``c`` makes it the place ("in Paris"); the longest, "outside "
    and "around ", fit in the 8 characters read."""
    return before.search(text, max(0, c.start - 8), c.start) is not None


#: Before a ground's name in a sports story: "at Twickenham", "at Highbury".
_AT_RE = re.compile(r"\bat $")
#: After a name: what a person does or has ("Holmes has received", "Wenger said").
_PERSON_AFTER_RE = re.compile(
    r"(?:['\u2019]s? (?:motivation|career|future|contract|injury|form)\b|,? (?:said|says|who"
    r"|has|had|was|is|added|admitted|told|insisted|believes|scored)\b)"
)


def named_clubs(
    text: str, decided: list[tuple[_Cand, str | None, str | None]], gaz: Gazetteer
) -> list[tuple[_Cand, str | None, str | None]]:
    """:func:`club_names`, then :func:`grounds`."""
    return grounds(text, _club_names(text, decided, gaz))


def grounds(
    text: str, decided: list[tuple[_Cand, str | None, str | None]]
) -> list[tuple[_Cand, str | None, str | None]]:
    """``decided`` with the grounds of a sports story read as persons made places.

    "at Twickenham", "at Highbury", "the replay at Anfield": a single name no gazetteer
    knows, read as a person's only by its spelling, that the story puts after "at" is the
    ground (a facility, an optional location in the read sets) or the club's town, as
    ``town_clubs`` reads "at Derby"; so are its other mentions, unless the story somewhere
    writes it as a person's ("Holmes has received", "Wenger said", "Kelly Holmes").
    """
    if " at " not in text or not sport_story(text):
        return decided
    names = {
        _display(c.tokens)
        for c, actor, atype in decided
        if atype == "person"
        and len(c.tokens) == 1
        and c.entry is None
        and not c.strong
        and actor == _display(c.tokens)
        and _AT_RE.search(text, max(0, c.start - 3), c.start)
    }
    if not names:
        return decided
    for c, actor, atype in decided:
        name = c.tokens[-1] if c.tokens else ""
        if name in names and (
            (atype == "person" and (len(c.tokens) > 1 or actor != name or c.strong))
            or _PERSON_AFTER_RE.match(text, c.end)
        ):
            names.discard(name)  # "Kelly Holmes", "Holmes has received": a person's
    if not names:
        return decided
    return [
        (c, actor, "location")
        if atype == "person" and len(c.tokens) == 1 and _display(c.tokens) in names
        else (c, actor, atype)
        for c, actor, atype in decided
    ]


def _club_names(
    text: str, decided: list[tuple[_Cand, str | None, str | None]], gaz: Gazetteer
) -> list[tuple[_Cand, str | None, str | None]]:
    """``decided`` with the clubs of a sports story that no gazetteer knows typed as
    organisations, where the typer left them out or read them as a person's name.

    A name is a club when it ends in a club's word ("Manchester United", "Man Utd",
    "Boca Juniors"), when a player's position or a club's staff follows it ("Hearts
    winger", "Sale Sharks prop"), or, a single word, when it is the other side of a match
    ("beat Arsenal", "against Feyenoord"); then so are its other mentions, and a lone
    "United" or "City" where the story names one club that ends so.
    """
    if not sport_story(text):
        return decided
    clubs: set[str] = set()
    for c, actor, atype in decided:
        if not _unknown(c, actor, atype, gaz) or not _club_like(text, c, gaz):
            continue
        name = _display(c.tokens)
        if len(c.tokens) > 1 and c.tokens[-1] in CLUB_ENDS:
            clubs.add(name)
        elif _SIDE_AFTER_RE.match(text, c.end) is not None:
            clubs.add(name)
        elif len(c.tokens) == 1 and _BEFORE_RE.search(text, max(0, c.start - 20), c.start):
            # "against McPake" may be a player's: not a name the article writes as a
            # person's ("McPake, who looked to be offside").
            if atype is None or not _who(text, name):
                clubs.add(name)
        elif atype == "person" and len(c.tokens) == 1:
            # Only of a name read as a person's: "Transformers are", "Referees have" stay
            # none.
            if _TEAM_VERB_AFTER_RE.match(text, c.end) and not _LISTED_BEFORE_RE.search(
                text, max(0, c.start - 5), c.start
            ):
                clubs.add(name)  # "Millwall have been charged": no person's name takes it
            elif _CLUB_BEFORE_RE.search(text, max(0, c.start - 45), c.start) and not _who(
                text, name
            ):
                clubs.add(name)  # "joining Chelsea", "leaders Chelsea"
    clubs |= _listed_with_clubs(text, decided, gaz, clubs)
    if not clubs:
        return decided
    ends: dict[str, str | None] = {}  # "United" -> "Manchester United", unless two clubs
    for club in clubs:
        last = club.split()[-1]
        if " " in club and last in CLUB_ENDS:
            ends[last] = club if ends.get(last, club) == club else None
    out = []
    for c, actor, atype in decided:
        name = _display(c.tokens)
        if _unknown(c, actor, atype, gaz):
            if ends.get(name):
                actor, atype = ends[name], "organization"
            elif name in clubs:
                actor, atype = name, "organization"
        out.append((c, actor, atype))
    return out


def _listed_with_clubs(
    text: str,
    decided: list[tuple[_Cand, str | None, str | None]],
    gaz: Gazetteer,
    clubs: set[str],
) -> set[str]:
    """The single names a sports story lists with a club or sets against one in a match
    ("Rangers and Fulham", "Arsenal or Chelsea", "Wolves v Millwall"): clubs too, where the
    typer left them out or read a person's name. A club is an organisation the story names
    or one of ``clubs``; the list is followed both ways, from one name to the next."""
    order = sorted(decided, key=lambda d: d[0].start)
    sides = [
        (atype == "organization" and c.entry is not None) or _display(c.tokens) in clubs
        for c, actor, atype in order
    ]
    # The one-word names that may join a list of clubs (what a pass asks of each is the same
    # every pass: only whether a neighbour is a club changes).
    joinable: list[tuple[int, _Cand, str]] = []
    for k, (c, actor, atype) in enumerate(order):
        if sides[k] or len(c.tokens) != 1 or atype is None:
            continue
        if not _unknown(c, actor, atype, gaz):
            continue
        name = _display(c.tokens)
        if not _club_like(text, c, gaz) or _who(text, name):
            continue
        if text.count(", ", max(0, c.start - 40), c.end + 40) >= 3:
            continue  # a team sheet's players: "Phillips, Amankwaah, Coles, Hill, Fortune"
        joinable.append((k, c, name))
    found: set[str] = set()
    changed = True
    while changed:
        changed = False
        for k, c, name in joinable:
            if sides[k]:
                continue
            prev_side = k > 0 and sides[k - 1] and _beside(text, order[k - 1][0].end, c.start)
            next_side = (
                k + 1 < len(order)
                and sides[k + 1]
                and _beside(text, c.end, order[k + 1][0].start)
            )
            if prev_side or next_side:
                sides[k] = changed = True
                found.add(name)
    return found


def _beside(text: str, end: int, start: int) -> bool:
    """True when only a list's comma or conjunction or a match's "v" stands between the
    name ending at ``end`` and the one starting at ``start``."""
    return 0 < start - end <= 6 and _BESIDE_RE.fullmatch(text, end, start) is not None


_WORD_BEFORE_RE = re.compile(r"[\w'\-]+(?=[ \t]+\Z)")
_WHO_AFTER_RE = re.compile(r",? (?:who(?! (?:are|have|were)\b)|whose|his|he)\b")


def _club_like(text: str, c: _Cand, gaz: Gazetteer) -> bool:
    """False for a name that cannot be a club's: a given name, a letter or two ("England A
    side", "the GB side"), a word in capitals, a part of a longer name ("Southern Hemisphere
    coach", "Queen of the South", "World Cup-winning"), a competition ("Championship side"),
    or a word of the language the article also writes in lower case."""
    first, last = c.tokens[0], c.tokens[-1]
    if first in gaz.first_names or len(last) < 3 or "-" in last and not last.istitle():
        return False
    if text[c.end : c.end + 1] == "-" or _LONGER_AFTER_RE.match(text, c.end) is not None:
        return False
    if len(c.tokens) > 1:
        return True
    if first.isupper() or _SPORT_RE.fullmatch(first.lower()) is not None:
        return False
    before = _WORD_BEFORE_RE.findall(text[max(0, c.start - 20) : c.start])
    if (
        before
        and before[0].istitle()
        and before[0].isalpha()
        and (before[0].casefold() not in SMALL_WORDS)
    ):
        return False  # the end of a longer name: "Southern Hemisphere coach"
    word = first.casefold()
    opens = c.initial or _OPENS_RE.search(text, max(0, c.start - 3), c.start) is not None
    if (
        opens
        and not word.endswith("s")
        and (word in gaz.common_words or _inflected(word, gaz.common_words))
    ):
        return False  # "Uncapped fly-half Andy Goode", "Diminutive striker Jermain Defoe"
    return word not in gaz.common_words or word.endswith("s") or not _lower_in(text, word)


def _who(text: str, name: str) -> bool:
    """True when ``name`` is somewhere followed by "who" or "his": a person's ("Boro, who
    are playing" is a club's: British reports give a side a plural verb).

    What ``re.search(rf"\\b{re.escape(name)}" + _WHO_AFTER_RE.pattern, text)`` finds,
    without a pattern compiled for each name: each occurrence at a word boundary, then the
    words after it."""
    size = len(name)
    return any(
        at_boundary(text, at) and _WHO_AFTER_RE.match(text, at + size) is not None
        for at in occurrences(text, name)
    )


def _lower_in(text: str, word: str) -> bool:
    """True when ``word`` (lower case) occurs in ``text`` as a word of its own (no word
    character nor hyphen beside it)."""
    return occurs_alone(text, word, "-")


def _unknown(
    c: _Cand, actor: str | None, atype: str | None, gaz: Gazetteer | None = None
) -> bool:
    """True for a name no gazetteer knows that the typer left out or read as a person's
    name and the article did not resolve to a person of it; a lone surname read as a
    well-known person's only by the gazetteer ("Bolton" as John Bolton) is one too."""
    if c.entry is not None:
        return False
    if atype is None or (atype == "person" and actor == _display(c.tokens)):
        return True
    return (
        atype == "person"
        and gaz is not None
        and len(c.tokens) == 1
        and gaz.people_short.get(name_key(c.tokens)) == actor
    )
