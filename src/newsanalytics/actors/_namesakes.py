"""Names that are no actor though a rule or the gazetteer makes them one: a treaty named
after the place where it was made ("the Geneva Conventions", actor_decisions: a treaty is no
actor and the place inside its name is not marked), a measure, a disease or a computer virus
named after someone or something ("the Richter scale", "Parkinson's disease", "the Zafi
virus"), a periodical named after a place where the text means the place."""

from __future__ import annotations

import re
from functools import lru_cache

from ._gazetteer import Gazetteer, _read, name_key
from ._tokens import _display
from ._words import TREATY_NOUNS

# A treaty's head noun, lower case ("Convention" too: after a place in a capitalised name
# it is the treaty, "the Geneva Conventions").
_TREATY_NOUNS = TREATY_NOUNS | {"convention", "conventions"}
# A city's entries (a country is a party to its agreements: "the Iran Agreement").
_CITY_KINDS = frozenset({"capital", "place"})
# The name goes on: a building or a body ("Geneva Convention Centre", "Hague Convention Hall").
_NAME_GOES_ON_RE = re.compile(r"[ \t]+[A-Z]")


# The lower-case noun of a thing named after someone or something, after the name (and its
# "'s"): "the Richter scale", "the Modified Mercalli scale", "Parkinson's disease", "Down's
# syndrome", "the Sasser worm".
_EPONYM_NOUN_RE = re.compile(
    r"(?:['\u2019]s)?[ \t]+(?:scales?|diseases?|syndromes?|virus(?:es)?|worms?)\b"
)

_EPONYM_WORDS = (" scale", " disease", " syndrome", " virus", " worm")


def namesakes(text: str, decided: list, gaz: Gazetteer) -> list:
    """``decided`` without the namesakes of this module's docstring."""
    return place_titles(text, eponyms(text, treaty_names(text, decided, gaz)))


def eponyms(text: str, decided: list) -> list:
    """``decided`` without the mentions of a name no gazetteer knows that names a thing
    before the thing's noun ("measuring 6.5 on the Richter scale", "Alzheimer's disease",
    "the Cabir virus"): no actor, though the rules read a person or an organisation. A
    person with evidence ("Mr", a title) stays, and so does a name the article resolves to
    someone it names in full ("David Beckham ... the Beckham virus": the virus trades on
    him), and the name's other mentions."""
    if not any(w in text for w in _EPONYM_WORDS):
        return decided  # most articles: a quick substring test
    return [
        item
        for item in decided
        if not (
            item[2] in ("organization", "person")
            and item[0].entry is None
            and not item[0].strong
            and item[1] == _display(item[0].tokens)
            and _EPONYM_NOUN_RE.match(text, item[0].end) is not None
        )
    ]


@lru_cache(maxsize=1)
def _place_keys() -> frozenset[str]:
    """The folded names of the hand-written places list (cities, regions, seas)."""
    return frozenset(
        name_key(n.split()) for p in _read("places.json") for n in (p["name"], *p["aliases"])
    )


def treaty_names(text: str, decided: list, gaz: Gazetteer) -> list:
    """``decided`` without the organisations a rule made of a place and a treaty's noun
    ("the Geneva Conventions", "the Vienna Convention"); gazetteer bodies stay ("Warsaw
    Pact"), and so do countries' agreements ("the Iran Agreement": a party's)."""
    out = []
    for item in decided:
        c, _, atype = item
        if (
            atype == "organization"
            and c.entry is None
            and len(c.tokens) >= 2
            and c.tokens[-1][:1].isupper()
            and c.tokens[-1].lower() in _TREATY_NOUNS
            and _NAME_GOES_ON_RE.match(text, c.end) is None
        ):
            key = name_key(c.tokens[:-1])
            entry = gaz.folded.get(key)
            if (
                key in _place_keys()
                or " ".join(c.tokens[:-1]) in gaz.place_names
                or (entry is not None and entry.type == "location" and entry.kind in _CITY_KINDS)
            ):
                continue
        out.append(item)
    return out


@lru_cache(maxsize=1)
def _place_titles() -> frozenset[str]:
    """Organisations named "The X" whose X is also a place: "The Atlantic" (the ocean). The
    gazetteer files them under X, so "across the Atlantic" would name the magazine."""
    return frozenset(
        o["name"]
        for o in _read("organizations.json")
        if o["name"].startswith("The ") and name_key(o["name"][4:].split()) in _place_keys()
    )


# Words that speak of a periodical near its name: "The Atlantic magazine", "wrote in".
_PRESS_RE = re.compile(
    r"\b(?:magazines?|journals?|editors?|wrote|writes|writing|writers?|columnists?|"
    r"essays?|articles?|reporters?|interview(?:ed)?|published|subscri\w+|told)\b",
    re.IGNORECASE,
)
_SENTENCE_START_RE = re.compile(r"(?:^|[.!?:\"\u201c\u2018']\s+|\n)$")
_SPEAKS_RE = re.compile(r"['\u2019]?s?[ \t]+(?:said|says|reported|reports|added|noted)\b")
_PRESS_SPAN = 60  # characters either side (in its sentence) where a press word tells


def place_titles(text: str, decided: list) -> list:
    """``decided`` without a periodical named after a place where the text means the place:
    "the Atlantic partnership", "across the Atlantic" (a lower-case "the", no press word
    near, actor_decisions: an ocean is an optional location) or where a name goes on ("the
    Atlantic Council"). "The Atlantic" (capital "The" inside a sentence) or "wrote in the
    Atlantic" stay; at a sentence's start only with a press word or a verb of speaking
    right after it ("The Atlantic reported")."""
    titles = _place_titles()
    out = []
    for item in decided:
        c, actor, atype = item
        if atype == "organization" and actor in titles and c.entry is not None:
            goes_on = _NAME_GOES_ON_RE.match(text, c.end) is not None
            # "The Atlantic" is the magazine's own spelling, but not where any "the" is
            # capitalised: a sentence's first word ("The Atlantic is an ocean").
            capital = text[max(0, c.start - 4) : c.start] == "The " and (
                _SENTENCE_START_RE.search(text, max(0, c.start - 7), c.start - 4) is None
                or _SPEAKS_RE.match(text, c.end) is not None  # "The Atlantic reported"
            )
            lo = max(0, c.start - _PRESS_SPAN, text.rfind(". ", 0, c.start) + 1)
            hi = text.find(". ", c.end, c.end + _PRESS_SPAN)
            window = text[lo : c.end + _PRESS_SPAN if hi < 0 else hi]
            if goes_on or not (capital or _PRESS_RE.search(window)):
                continue
        out.append(item)
    return out
