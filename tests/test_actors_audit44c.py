"""Audit 44 (stop 44, second pass): team sheets of initials, abbreviations of terms."""

from __future__ import annotations


def _actors(found, kind=None):
    return {actor for _, actor, t in found if kind is None or t == kind}


# -- 1. a team sheet of initials and surnames: every item a player ---------------------------
def test_a_team_sheet_of_initials_and_surnames_lists_players(found_actors):
    found = found_actors(
        "Leeds name their side for Saturday's game.\n\n"
        "Coach Tom Reed has recalled Andrew Hollis on the wing.\n\n"
        "P Carter; A Hollis, T Brannagh, D Mabbutt, C Wrighton; I Naylor, D Quigley; "
        "S Pearsall, N Rowe (capt), J Tilly.\n"
    )
    people = _actors(found, "person")
    assert {"P Carter", "D Mabbutt", "C Wrighton", "I Naylor", "D Quigley", "J Tilly"} <= people
    assert ("A Hollis", "Andrew Hollis", "person") in found  # the initial linked to him
    assert not _actors(found, "organization")


def test_a_sentence_with_one_initial_is_no_team_sheet(found_actors):
    found = found_actors("Shares of J Sainsbury rose, and Tesco fell, analysts said.")
    assert "J Sainsbury" not in _actors(found, "person")


# -- 2. abbreviations of everyday terms and units are no actors -------------------------------
def test_an_abbreviation_of_a_lower_case_term_is_no_actor(found_actors):
    found = found_actors(
        "The loan carries interest at 1/2 point over Singapore interbank offered rate "
        "(Sibor). The firm also took a revolving letter of credit facility. The LC facility "
        "costs 10 basis points over Sibor, said Wardley Ltd."
    )
    actors = _actors(found)
    assert not {"Sibor", "LC"} & actors
    assert "Wardley Ltd" in actors


def test_a_capital_word_after_per_is_a_unit(found_actors):
    found = found_actors(
        "The Minneapolis Grain Exchange said prices will move by one dlr per CWT at most."
    )
    actors = _actors(found)
    assert "CWT" not in actors
    assert "Minneapolis Grain Exchange" in actors


def test_an_organisation_defined_in_capitals_stays(found_actors):
    found = found_actors(
        "The Minneapolis Grain Exchange (MGE) will trade syrup futures. The MGE said so."
    )
    assert "Minneapolis Grain Exchange" in _actors(found, "organization")
