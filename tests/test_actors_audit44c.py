"""Audit 44 (stop 44, second pass): team sheets of initials, abbreviations of terms."""

from __future__ import annotations


# -- 1. a team sheet of initials and surnames: every item a player ---------------------------
def test_a_team_sheet_of_initials_and_surnames_lists_players(found_actors):
    found = found_actors(
        "Leeds name their side for Saturday's game.\n\n"
        "Coach Tom Reed has recalled Andrew Hollis on the wing.\n\n"
        "P Carter; A Hollis, T Brannagh, D Mabbutt, C Wrighton; I Naylor, D Quigley; "
        "S Pearsall, N Rowe (capt), J Tilly.\n"
    )
    people = found.actors("person")
    assert {"P Carter", "D Mabbutt", "C Wrighton", "I Naylor", "D Quigley", "J Tilly"} <= people
    assert ("A Hollis", "Andrew Hollis", "person") in found  # the initial linked to him
    assert not found.actors("organization")


def test_a_sentence_with_one_initial_is_no_team_sheet(found_actors):
    found = found_actors("Shares of J Sainsbury rose, and Tesco fell, analysts said.")
    assert "J Sainsbury" not in found.actors("person")


# -- 2. abbreviations of everyday terms and units are no actors -------------------------------
def test_an_abbreviation_of_a_lower_case_term_is_no_actor(found_actors):
    found = found_actors(
        "The loan carries interest at 1/2 point over Singapore interbank offered rate "
        "(Sibor). The firm also took a revolving letter of credit facility. The LC facility "
        "costs 10 basis points over Sibor, said Wardley Ltd."
    )
    actors = found.actors()
    assert not {"Sibor", "LC"} & actors
    assert "Wardley Ltd" in actors


def test_a_capital_word_after_per_is_a_unit(found_actors):
    found = found_actors(
        "The Minneapolis Grain Exchange said prices will move by one dlr per CWT at most."
    )
    actors = found.actors()
    assert "CWT" not in actors
    assert "Minneapolis Grain Exchange" in actors


def test_an_organisation_defined_in_capitals_stays(found_actors):
    found = found_actors(
        "The Minneapolis Grain Exchange (MGE) will trade syrup futures. The MGE said so."
    )
    assert "Minneapolis Grain Exchange" in found.actors("organization")


def test_two_people_joined_by_an_ampersand_are_two_people(found_actors):
    found = found_actors(
        "Henman & Murray claim awards\n\n"
        "Tim Henman and Andrew Murray have won the awards, the association said."
    )
    assert "Henman & Murray" not in found.actors()
    assert ("Henman", "Tim Henman", "person") in found
    assert ("Murray", "Andrew Murray", "person") in found


def test_a_partnership_of_unknown_names_stays_a_firm(found_actors):
    found = found_actors("Shares of Harland & Wolff rose, said John Smith.")
    assert "Harland & Wolff" in found.actors("organization")


# -- 3. a place inside a longer name is no mention of the place -------------------------------
def test_a_place_inside_a_longer_name_is_no_place(found_actors):
    found = found_actors(
        "Airbus will sell 10 jets to Spanish carrier Air Europe. Wales have a good record "
        "at the Stade de France, said Tom Reed."
    )
    places = found.actors("location")
    assert "Europe" not in places and "France" not in places
    assert "Air Europe" in found.actors("organization")
    assert "Stade de France" in places


def test_a_compass_word_before_a_place_keeps_the_place(found_actors):
    found = found_actors("Prices rose in Western Europe and fell in Asia, said Tom Reed.")
    assert "Asia" in found.actors("location")


# -- 4. a company's name ends at a dotted legal form that ends the sentence -------------------
def test_a_name_ends_at_a_dotted_legal_form(found_actors):
    found = found_actors(
        "The loan is lead managed by Hongkong and Shanghai Banking Corp. Managers are Arab "
        "Banking Corp and Cho Heung Bank."
    )
    orgs = found.actors("organization")
    assert "Hongkong and Shanghai Banking Corp" in orgs
    assert not any("Managers" in a for a in orgs)
