"""Events the article itself presents as events: a fair, a festival, a show is nobody.

"Cebit, the world's largest hi-tech fair, has opened its doors in Hanover ... the vendors
at Cebit ... CeBIT is clearly a show in decline": a name no gazetteer knows that the article
writes once in apposition to a kind of event ("X, the ... fair"), or right before one ("the
X trade show"), is the event's name, and no actor (the guidelines mark no event, and no
name inside one): wherever the article writes it, in any capitals, after an apposition;
only there, before a kind of event ("the Shakespeare festival" leaves Shakespeare elsewhere
a person). So, too, an organisation no gazetteer knows that the article writes before
"films", "movies", "franchise", "trilogy" or "sequels" ("the hugely successful Spider-Man
films"): a series of works. A name no gazetteer knows whose last word names an event
("the Dubai Championships", "the London Marathon") is an event wherever the article writes it.
"""

from __future__ import annotations

import re

from ._candidate import _Cand
from ._lexicon import Lexicon
from ._tokens import display_of
from ._words import COMPANY, CORP_DESCRIPTORS, CORP_SUFFIXES, ORG_WORDS

__all__ = ["headline_events", "named_events"]

# The last words of an organisation's name ("Texas Police", "Yangtze Electric Power").
_NAME_TAIL = ORG_WORDS | COMPANY | CORP_SUFFIXES | CORP_DESCRIPTORS

_EVENTS = (
    r"(?:fair|festival|exhibition|expo|trade\s+show|show|convention|summit|tournament"
    r"|championships?|marathon|awards|ceremony|gala|carnival)"
)
# Words after the event's noun that make it part of another noun: "the show's organisers",
# "a fair trade group", "the awards body", "the show promoter".
_NOT_HEAD = (
    r"(?![\w'’-]|\s+(?:maker|makers|company|firm|group|body|organiser|organisers|organizer|"
    r"organizers|promoter|promoters|business|operator|chain|network|channel|host|trade)\b)"
)
# "Cebit, the world's largest hi-tech fair": at most three words between, none a preposition
# ("X, the biggest exhibitor at the show" is an exhibitor).
_APPOS_RE = re.compile(
    r",\s+(?:the|a|an)\s+(?:(?!(?:of|at|in|on|for|with|by|to|and|from|who|which|that)\b)"
    r"[\w'’-]+\s+){0,3}" + _EVENTS + _NOT_HEAD
)
# "the Cebit fair", "the Sundance festival": the kind of event right after the name.
_KIND_AFTER_RE = re.compile(r"\s+(?:fair|festival|exhibition|expo|trade\s+show)" + _NOT_HEAD)

# The last word of an event's own name: "the Dubai Championships", "the Australian Open",
# "the Davis Cup", "the Brit Awards", "the London Marathon" (not "Games": "Rockstar Games";
# nor "Masters" or "Derby": a surname, a town).
_EVENT_TAILS = frozenset(
    "Championships Championship Olympics Paralympics Open Cup Trophy Classic Marathon Festival "
    "Awards Tournament Prix Invitational Regatta".split()
)

# "Hosted by Stephen Fry, the glittering ceremony": the apposition is the clause's subject's.
_AGENT_RE = re.compile(r"\bby\s+(?:[a-z-]+\s+){0,2}$")

# "the Spider-Man films", "Hulk movie merchandise", "the Matrix trilogy": an organisation no
# gazetteer knows that names a series of works is the works' title.
# Not a studio's, a paper's or an award's: "film studio", "film critic", "film awards".
_WORK_AFTER_RE = re.compile(
    r"\s+(?:films?|movies?|franchise|trilogy|sequels?)\b(?!\s+(?:studios?|critics?|awards?|"
    r"festival|industry|company|companies|unit|arm|division|distributors?|makers?|producers?|"
    r"group|business|library|rights|archive|school|academy|institute|council|board)\b)"
)


def named_events(
    text: str, decided: list[tuple[_Cand, str | None, str | None]]
) -> list[tuple[_Cand, str | None, str | None]]:
    """``decided`` without the mentions of names the article presents as events or as a
    series of works, or that name an event by their last word ("Dubai Championships")."""
    events: set[str] = set()
    here: set[int] = set()  # mentions written before a kind of event: "the Meltdown festival"
    storms = "urricane" in text or "torm" in text or "yphoon" in text or "yclone" in text
    for k, (c, actor, atype) in enumerate(decided):
        if storms and (storm := _storm_name(text, c)):
            events.add(storm.casefold())  # "Hurricane Dorian's Track", "Storm Florence"
            if actor is not None:
                events.add(actor.casefold())  # a later "Dorian" read as "Hurricane Dorian"
            here.add(k)
            continue
        if c.entry is not None or atype not in ("person", "organization"):
            continue
        if actor is None or actor != display_of(tuple(c.tokens)):
            continue
        if _KIND_AFTER_RE.match(text, c.end):
            here.add(k)
        elif len(c.tokens) > 1 and c.tokens[-1] in _EVENT_TAILS:
            events.add(actor.casefold())  # "the Dubai Championships": the event's own name
        elif (
            atype == "organization"
            and actor.casefold() not in events
            and _WORK_AFTER_RE.match(text, c.end)
        ):
            events.add(actor.casefold())  # "the hugely successful Spider-Man films"
        elif (
            actor.casefold() not in events
            and _APPOS_RE.match(text, c.end)
            and not _AGENT_RE.search(text, max(0, c.start - 30), c.start)
        ):
            events.add(actor.casefold())
    if not events and not here:
        return decided
    return [
        (c, None, None)
        if k in here
        or (c.entry is None and a is not None and t != "location" and a.casefold() in events)
        else (c, a, t)
        for k, (c, a, t) in enumerate(decided)
    ]


#: A storm's word before its name: "Hurricane Maria", "Tropical Storm Florence".
_STORM_WORDS = ("Hurricane", "Typhoon", "Cyclone", "Storm", "Superstorm")
_STORM_BEFORE_RE = re.compile(rf"\b(?:{'|'.join(_STORM_WORDS)})[ \t]+$")  # one line


def _storm_name(text: str, c: _Cand) -> str | None:
    """The name of a storm ``c`` names after its storm word ("Hurricane Dorian", "Storm
    Florence" read whole), or None: the storm and its later mentions ("Maria killed
    thousands") are no actor."""
    tokens = c.tokens
    if len(tokens) == 3 and tokens[0] in ("Tropical", "Winter") and tokens[1] in _STORM_WORDS:
        return tokens[2]  # "Tropical Storm Florence", "Winter Storm Jonas" read whole
    if tokens[0] in _STORM_WORDS:
        if len(tokens) != 2:
            return None
        if tokens[0] != "Storm" or text.endswith(("Tropical ", "Winter "), 0, c.start):
            return tokens[1]  # "Hurricane Dorian" read whole; not "Storm Thorgerson"
        return None
    if _STORM_BEFORE_RE.search(text, max(0, c.start - 12), c.start) is None:
        return None
    return display_of(tuple(c.tokens))


def headline_events(cands: list[_Cand], lex: Lexicon) -> list[_Cand]:
    """``cands`` without a heading's Title Case run that opens with a known place, has an
    organisation word inside and closes on an everyday word: an event or a story, not an
    organisation ("Speaks At Jerusalem Embassy Opening", "Texas School Shooting Leaves 10
    Dead", "Indonesia Church Bombings"). The place, a candidate of its own, stays; a run
    that opens with a known organisation ("China Construction Bank Shares") or closes on a
    name's word ("Texas Police", "Tennessee Islamic Center") stays too."""
    gaz = lex.gaz
    drop: set[int] = set()
    for k, c in enumerate(cands):
        toks = c.tokens
        if not c.heading or c.type != "organization" or c.entry is not None or len(toks) < 3:
            continue
        last = toks[-1]
        if (
            last in _NAME_TAIL
            or last.lower() not in gaz.common_words
            or not all(t[:1].isupper() and t.isalpha() for t in toks)
            or not any(t in ORG_WORDS for t in toks[1:-1])
        ):
            continue
        place = lex.lookup(toks[:1], all_caps=False)
        if place is None or place.type != "location":
            continue
        if any(
            (e := lex.lookup(toks[:n], all_caps=False)) is not None and e.type == "organization"
            for n in range(2, len(toks))
        ):
            continue
        drop.add(k)
    if not drop:
        return cands
    return [c for k, c in enumerate(cands) if k not in drop]
