"""Club names made of a town and a club word: "Real Madrid", "AC Milan", "Aston Villa".

The club words are the ``club_words`` table of ``scripts/actors_words.txt``.

A run such as "Real Madrid" or "Bayern Munich" holds a known place; typed as an unknown
chunk it reads as a person ("Bayern Munich" like "Brock Berlin"), or sentence-initially
its first word, a word of the language, is dropped and only the city is left ("Real
Madrid beat Barcelona": "Madrid", a location). A two-word chunk of a town and a word that
makes a club's name is the club, an organisation, wherever it stands; the town inside it is
no location mention (ACTOR_GUIDELINES). "City" after a town is one such word ("Manchester
City"), unless a gazetteer knows the whole as a city ("Mexico City", matched before this).
"""

from __future__ import annotations

from collections.abc import Callable, Container, Sequence

from ._words import CLUB_ONLY_SUFFIXES, CLUB_PREFIXES, CLUB_SUFFIXES

__all__ = ["club_name"]


def club_name(
    chunk: Sequence[str],
    place_word: Callable[[str], bool],
    common: Callable[[str], bool] = lambda w: False,
    given: Container[str] = frozenset(),
) -> bool:
    """True for a two-word chunk that is a town and a club word ("Real Madrid").

    ``common`` tells a word of the language, ``given`` holds the given names: "Land Rovers"
    and "David Villa" are no clubs.
    """
    if len(chunk) != 2:
        return False
    first, second = chunk
    return (first in CLUB_PREFIXES and place_word(second)) or (
        second in CLUB_SUFFIXES
        and (
            place_word(first)
            or (
                second in CLUB_ONLY_SUFFIXES
                and first.isalpha()
                and not common(first)
                and first not in given
            )
        )
    )
