"""Candidates the article adds once the scanner has read its sentences: names the scanner
leaves alone because they are everyday words, read by what is around them in the article."""

from __future__ import annotations

from ._bodies import body_words, chamber_names, newspaper_words
from ._branches import regional_arms
from ._brand_starts import capitalised_brands
from ._candidate import _Cand
from ._compass import compass_regions
from ._initialled import initialled_players
from ._initials import initial_surnames
from ._lexicon import Lexicon
from ._national import national_societies
from ._nicknames import nicknamed
from ._of_the import known_of_the
from ._pairs import paired_people
from ._place_names import names_around_places
from ._places import load_cities
from ._seats import constituencies
from ._slashed import slashed_names
from ._suffix_ends import suffix_ends
from ._terms import term_abbreviations

__all__ = ["added_names"]


def added_names(
    text: str, cands: list[_Cand], lex: Lexicon, ends: list[int], index: list[int]
) -> list[_Cand]:
    """``cands`` with the U.S. House ("the House voted", :func:`._bodies.chamber_names`),
    the Treasury, the Commons and a nation's FA (:func:`._bodies.body_words`),
    constituencies (:func:`._seats.constituencies`), British newspapers ("told the Sun",
    :func:`._bodies.newspaper_words`), the sentence- and headline-opening surnames the
    scanner drops ("Brian May ... May said", :func:`._initials.initial_surnames`) and the
    names joined by slashes ("Nielsen//NetRatings", :func:`._slashed.slashed_names`), and
    a person's name with a nickname inside ("Brian 'Head' Welch", :mod:`._nicknames`), and
    the players of a team sheet of initials and surnames ("J Laharrague; A Rougerie, Y
    Jauzion", :mod:`._initialled`); without the abbreviations of everyday terms and units
    ("Singapore interbank offered rate (Sibor)", "per CWT", :mod:`._terms`), and names cut
    at a dotted legal form that ends a sentence ("Banking Corp. Managers are",
    :mod:`._suffix_ends`), and two people joined by "&" in a headline ("Henman & Murray",
    :mod:`._pairs`), and a place inside a longer name made one with it ("Air Europe", "Stade
    de France", :mod:`._place_names`), and a compass word with the region after it ("South
    Asia", :mod:`._compass`), and an organisation's regional arm ("ITV Wales",
    :mod:`._branches`), and a country's own society of an international body ("the American
    Red Cross", :mod:`._national`), and a brand's capitalised spelling at a sentence's start
    ("eBay ... EBay said", :mod:`._brand_starts`), and a known name with "of the" inside
    ("International Committee of the Red Cross", :mod:`._of_the`)."""
    cands = suffix_ends(text, term_abbreviations(text, cands, lex))
    cands = names_around_places(text, paired_people(text, cands), lex, ends)
    countries = load_cities().countries
    cands = regional_arms(text, compass_regions(text, cands, countries), countries)
    cands = capitalised_brands(text, national_societies(text, cands, countries), ends, index)
    cands = known_of_the(text, cands, lex)
    cands = nicknamed(text, slashed_names(text, cands, ends, index), lex.gaz)
    cands = chamber_names(text, cands, lex, ends, index)
    cands = body_words(text, cands, lex, ends, index)
    cands = constituencies(text, cands, lex, ends, index)
    cands = newspaper_words(text, cands, lex, ends, index)
    cands = initial_surnames(text, cands, lex.gaz, ends, index)
    return initialled_players(text, cands, lex, ends, index)
