"""Names of buildings, venues and streets: "Dorothy Chandler Pavilion", "Rodney Parade".

The read sets mark a facility as an optional location (ACTOR_GUIDELINES.md), so a name
ending with a facility word is the whole place, never the person its first words name.
"Centre" mostly ends a body's name ("the Pew Research Center"), but a venue's word before it
("Trade", "Shopping", "Conference": ``@venue_centres``) makes a building of the name ("the
World Trade Center", "the Trafford Shopping Centre"): :func:`venue_centre`.
"""

from __future__ import annotations

from collections.abc import Container, Sequence

from ._words import FACILITY_SURNAMES, FACILITY_WORDS, VENUE_CENTRES

#: Words before a name that are part of a church's or a venue's name ("St Bryce Kirk",
#: "St James Park"), and with "Royal" ("Royal Albert Hall") those that make a place of
#: "<given name> <surname word>".
SAINTS = frozenset({"st", "st.", "saint"})
_OPENERS = SAINTS | {"royal"}
#: Words after a place's name that make it speak as the body that runs it ("Carnegie Hall
#: said"); "is", "has" and the like tell nothing of a place.
_SPEAKS = frozenset({"said", "says", "announced", "told"})


_CENTRES = frozenset({"Centre", "Center"})


def venue_centre(chunk: Sequence[str]) -> bool:
    """True for a name of capitalised words ending in a venue's word and "Centre" or
    "Center" ("World Trade Center"), not opening with "International" (a UN agency's)."""
    return (
        len(chunk) > 1
        and chunk[-1] in _CENTRES
        and chunk[-2] in VENUE_CENTRES
        and chunk[0] != "International"
        and all(w[:1].isupper() or w == "and" for w in chunk)
    )


def facility_type(chunk: Sequence[str], prev: str, nxt: str, given: Container[str]) -> str | None:
    """The type of a chunk of two or more words that ends with a facility word, else None.

    The place is a location; when it speaks ("Carnegie Hall said") it acts as an
    organisation. ``prev`` is the word before the chunk (lower case), ``nxt`` the word after
    it and ``given`` holds the given names. None when the name goes on ("Music Hall of
    Fame") and for a facility word that is a common surname after one word ("Wayne Bridge",
    "spokesman Rich Hall said") unless "St" or "Royal" comes before ("St Bryce Kirk").
    """
    if len(chunk) < 2 or nxt == "of":
        return None
    if venue_centre(chunk):
        return "organization" if nxt in _SPEAKS else "location"
    if chunk[-1] not in FACILITY_WORDS:
        return None
    speaks = nxt in _SPEAKS
    if not all(w[:1].isupper() for w in chunk[:-1]) or (
        chunk[-1] in FACILITY_SURNAMES
        and len(chunk) == 2
        and (chunk[0] in given or speaks)
        and prev not in _OPENERS
    ):
        return None
    return "organization" if speaks else "location"
