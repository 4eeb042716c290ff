"""Club names made of a town and a club word: "Real Madrid", "AC Milan", "Aston Villa".

A run such as "Real Madrid" or "Bayern Munich" holds a known place; typed as an unknown
chunk it reads as a person ("Bayern Munich" like "Brock Berlin"), or sentence-initially
its first word, a word of the language, is dropped and only the city is left ("Real
Madrid beat Barcelona": "Madrid", a location). A two-word chunk of a town and a word that
makes a club's name is the club, an organisation, wherever it stands; the town inside it is
no location mention (ACTOR_GUIDELINES). "City" after a town is one such word ("Manchester
City"), unless a gazetteer knows the whole as a city ("Mexico City", matched before this).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

__all__ = ["CLUB_PREFIXES", "CLUB_SUFFIXES", "CLUB_ONLY_SUFFIXES", "club_name"]

#: Words before a town in a club's name: "Real Madrid", "AC Milan", "Bayern Munich".
CLUB_PREFIXES = frozenset(
    {"Real", "AC", "Inter", "Athletic", "Sporting", "Borussia", "Bayern", "Olympique", "FC"}
)
#: Words after a town in a club's name: "Aston Villa", "Bolton Wanderers", "Derby County".
#: Not "Town" ("Cape Town"), "County" ("Orange County") nor "Wednesday" ("in Paris
#: Wednesday", a date in American prose): too often a place's own name or a date.
CLUB_SUFFIXES = frozenset(
    {
        "City",
        "Villa",
        "Rovers",
        "Athletic",
        "Albion",
        "Wanderers",
        "Hotspur",
        "Argyle",
        "Rangers",
        "Celtic",
    }
)
#: Of these words only clubs are made: "Tottenham Hotspur", "Plymouth Argyle", "Bristol
#: Rovers", the town known to the gazetteer or not.
CLUB_ONLY_SUFFIXES = frozenset({"Hotspur", "Argyle", "Wanderers", "Rovers", "Albion"})


def club_name(
    chunk: Sequence[str],
    place_word: Callable[[str], bool],
    common: Callable[[str], bool] = lambda w: False,
) -> bool:
    """True for a two-word chunk that is a town and a club word ("Real Madrid").

    ``common`` tells a word of the language: "Land Rovers" is no club.
    """
    if len(chunk) != 2:
        return False
    first, second = chunk
    return (first in CLUB_PREFIXES and place_word(second)) or (
        second in CLUB_SUFFIXES
        and (
            place_word(first)
            or (second in CLUB_ONLY_SUFFIXES and first.isalpha() and not common(first))
        )
    )
