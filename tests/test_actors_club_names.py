"""Clubs named by a town and a club word ("Real Madrid", "Bayern Munich", "Glasgow Rangers")."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "club"),
    [
        (
            "Real Madrid are closing in on a £2m deal for Everton's Thomas Gravesen after the "
            "Dane's agent travelled to Spain to hold talks about a move.",
            "Real Madrid",
        ),
        (
            "Arsenal manager Arsene Wenger claimed their display in the 3-1 defeat against "
            'Bayern Munich was "our worst peformance in the Champions League".',
            "Bayern Munich",
        ),
        (
            "Boro face Sporting Lisbon for a place in the quarter-finals after the Portuguese "
            "side saw off Feyenoord on Thursday.",
            "Sporting Lisbon",
        ),
    ],
)
def test_a_town_and_a_club_word_is_one_club(text, club, found_actors):
    found = found_actors(text)
    assert (club, club, "organization") in found
    town = club.split()[1]
    assert all(not (actor == town and atype == "location") for _, actor, atype in found)


def test_a_word_of_the_club_named_alone_is_the_club(found_actors):
    text = (
        "Blackburn have rejected a third bid from Rangers for Scotland captain Barry Ferguson. "
        'Williams said: "We are in dialogue with Glasgow Rangers but we have no agreement."'
    )
    found = found_actors(text)
    assert ("Rangers", "Glasgow Rangers", "organization") in found


def test_a_vehicle_is_no_club(found_actors):
    # A guard: "Rovers" makes clubs ("Bristol Rovers") but not after a word of the language.
    text = (
        "Mini remains ahead even when the current sales of Land Rovers and Range Rovers "
        "(which are made by the former Rover unit that BMW sold to Ford) are taken into account."
    )
    assert all(w != "Land Rovers" for w, _, _ in found_actors(text))


def test_a_club_of_a_town_no_gazetteer_knows_and_its_short_name(found_actors):
    text = (
        "Aston Villa's Carlton Cole could be out for six weeks with a knee injury.\n\n"
        "The striker, who is on a season-long loan from Chelsea, picked up the knock in an "
        'England Under-21 match against Holland earlier this month. "Carlton will be out of '
        "action for four to six weeks after a bad challenge,\" said Villa boss David O'Leary."
    )
    found = found_actors(text)
    assert ("Aston Villa", "Aston Villa", "organization") in found
    assert ("Villa", "Aston Villa", "organization") in found


def test_a_given_name_and_villa_is_no_club(found_actors):
    found = found_actors("Spain striker David Villa scored twice against Belgium.")
    assert all(atype != "organization" for w, _, atype in found if "Villa" in w)
