"""A town qualified by a larger place of the city table, for :mod:`newsanalytics.actors`.

British and Irish news write a town with its county, and the county is often a name the
city table holds as a place rather than as a region: "Mr Betts-Green, of Woodbridge,
Suffolk", "a farmer from Ledbury, Herefordshire", "in Bray, Wicklow". The place after the
comma then names the town's country ("Suffolk" is the English county before the town in
Virginia), and the town goes there even when the city table only knows a town of that name
in another country ("Woodbridge" is in the table as the American town only).

The qualifier must be much larger than every town of the head's name (a county, a region or
a large city: "Richmond, London"), not an item of a list ("offices in Paris, London and
Rome"; "Paris, London" is two cities), and followed by no further capitalised item.

:func:`residents` reads the other name a place gives: its people, written as its name and a
plural ending ("all Californians", "Londoners", "New Yorkers"), which name no actor.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._places import City, CityTable

from ._words import ORG_WORDS

__all__ = ["place_qualifier", "town_qualifier"]

# The place after a head's comma: one or two capitalised words.
_AFTER_RE = re.compile(r",[ \t]*([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)")
# What follows a list's item: another item ("Paris, London, Rome", "Paris, London and Rome").
_LIST_GOES_ON_RE = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or|&)\s+)[A-Z]")
# The qualifier must hold this many times the population of the largest town of the head's
# name: "Woodbridge, Suffolk" (19,000 and 761,000), not "Paris, London" (2.1m and 8.9m).
_MIN_RATIO = 5
_UNKNOWN_TOWN = 20_000


def place_qualifier(
    text: str, end: int, cities: tuple[City, ...], table: CityTable, countries: set[str]
) -> str | None:
    """The country of a larger place of the city table written after the town ``cities``
    name, which ends at ``end``: "Woodbridge, Suffolk" -> "United Kingdom"; None when
    none is written there, or it is a list's next item."""
    m = _AFTER_RE.match(text, end, end + 40)
    if m is None:
        return None
    words = m.group(1).split()
    for k in range(len(words), 0, -1):
        found = table.lookup(words[:k])
        if found is None:
            continue
        stop = m.start(1) + len(" ".join(words[:k]))
        if k < len(words) or _LIST_GOES_ON_RE.match(text, stop) is not None:
            return None  # "Paris, London Bridge ...", "Paris, London and Rome"
        places, _flags = found
        # A town the table does not hold ("from Kesgrave, Suffolk"): a place of this size.
        largest = max((city.population for city in cities), default=_UNKNOWN_TOWN)
        here = [p for p in places if p.country in countries]
        place = here[0] if len(here) == 1 else places[0]  # the article's, else the default
        if not largest or place.population < _MIN_RATIO * largest:
            return None
        return place.country
    return None


def town_qualifier(text: str, c, table: CityTable, countries: set[str]) -> str | None:
    """The country of a larger place written after a town the city table does not hold
    ("from Aston, Birmingham", "of Headingley, Leeds"); not after a body's name ("Clare
    College, Cambridge", "Harrow Crown Court, London": an organisation in that town)."""
    if not ORG_WORDS.isdisjoint(c.tokens):
        return None
    return place_qualifier(text, c.end, (), table, countries)


# The people of a place named after it: "Californians", "Virginians" (the place and "ns"),
# "Ohioans", "Londoners", "New Yorkers" (and "ans" or "ers"), "Parisians" (and "ians").
_RESIDENT_ENDINGS = (("ians", 4), ("ans", 3), ("ers", 3), ("ns", 2))
# A city whose people the plural names: a large one ("Londoners", "Berliners"; not "Sanders"
# or "Walters", surnames on a small town's name).
_RESIDENTS_CITY = 100_000


def residents(tokens: list[str], table: CityTable) -> bool:
    """True when the name ``tokens`` is the plural of a place's people ("Californians",
    "New Yorkers"), which names no actor (as "the Iraqis" names none)."""
    last = tokens[-1]
    if last[-1:] != "s":
        return False  # every ending is a plural's: most names, before the look-ups
    for ending, cut in _RESIDENT_ENDINGS:
        if not last.endswith(ending) or len(last) - cut < 4:
            continue
        words = [*tokens[:-1], last[:-cut]]
        key = " ".join(words).casefold()
        if table.regions.get(key) is not None:
            return True
        found = table.lookup(words)
        if found is not None and found[0][0].population >= _RESIDENTS_CITY:
            return True
    return False
