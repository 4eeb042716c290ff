"""Buildings, venues and streets named after people ("Dorothy Chandler Pavilion", "Rodney
Parade"): a facility is an optional location in the read sets, never a person."""

from __future__ import annotations

import pytest

from newsanalytics.actors import ActorExtractor


def _found(text):
    return [(m.actor, m.type) for m in ActorExtractor().extract(text)]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Preview performances of The Glass Menagerie will begin at New York's Ethel "
            "Barrymore Theatre on Thursday.",
            "Ethel Barrymore Theatre",
        ),
        (
            "Other venues included the Dorothy Chandler Pavilion and the Shrine Auditorium.",
            "Dorothy Chandler Pavilion",
        ),
        (
            "A goal by student John Uzzell gave Newport an unlikely 3-0 win over the tourists "
            "at Rodney Parade.",
            "Rodney Parade",
        ),
        (
            "The show's opening night on 12 May at the Victoria Palace Theatre in London "
            "remains unaffected by the changes.",
            "Victoria Palace Theatre",
        ),
        (
            "Turkish-Austrian consortium TAV was chosen to build and run Tehran's new Imam "
            "Khomeini International Airport.",
            "Khomeini International Airport",
        ),
    ],
)
def test_a_venue_named_after_a_person_is_a_place(text, place):
    found = _found(text)
    assert (place, "location") in found
    assert all(atype != "person" or place not in actor for actor, atype in found)


def test_a_surname_word_after_st_is_a_church_named_whole():
    found = _found(
        "Chancellor Gordon Brown, whose minister father John used to preach at the St Bryce "
        "Kirk church, introduced Dr Greenspan."
    )
    assert ("Bryce Kirk", "person") not in found
    assert ("St Bryce Kirk", "location") in found


def test_a_street_is_a_place_not_an_organisation():
    found = _found(
        "Smoke rose over photographers on Monday as Godzilla received the 2,271st star on "
        "Hollywood Boulevard."
    )
    assert ("Hollywood Boulevard", "location") in found


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Chelsea left-back Wayne Bridge could miss the rest of the season with a suspected "
            "broken ankle.",
            "Wayne Bridge",
        ),
        (
            "The company filed the papers late tonight, spokesman Rich Hall said in a "
            "telephone interview.",
            "Rich Hall",
        ),
    ],
)
def test_a_person_whose_surname_is_a_facility_word_stays_a_person(text, person):
    assert (person, "person") in _found(text)


def test_a_hall_of_fame_is_no_place():
    found = _found("They were inducted into the UK Music Hall of Fame last year.")
    assert ("Music Hall", "location") not in found
