"""Causes of wrong types and non-actors read in stop 47's audit of 12 fresh BBC and Reuters
stories (causes 2 and 3) and the leftovers of stop 46's (issue 12)."""

from __future__ import annotations

import pytest


def _found(text: str) -> dict[str, str]:
    from newsanalytics.actors import ActorExtractor

    return {m.text: m.type for m in ActorExtractor().extract(text)}


# Cause 2: a field named by its fuel's words ("oil field", "oil-gas field") is a place.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Santos Ltd owns the Moonie oil field in Queensland.", "Moonie"),
        ("It holds 43.75 pct of the Mereenie oil-gas field in the Northern Territory.", "Mereenie"),
        ("Triton Energy Corp said reserves of the Villespedue oil field were raised.", "Villespedue"),
        ("Its unit bought an interest in the Broussard oil and gas field for 22 mln dlrs.", "Broussard"),
    ],
)
def test_a_field_named_with_its_fuel_is_a_place(text, name):
    assert _found(text).get(name) == "location", _found(text)


# Cause 2: a peer called by a title that is a place's name is a person.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The last prime minister to be installed at a younger age was Lord Liverpool, "
            "who was a year his junior in 1812.",
            "Liverpool",
        ),
        ('Home Office minister Baroness Scotland said: "Murder is the most serious crime."', "Scotland"),
    ],
)
def test_a_peer_named_by_a_place_is_a_person(text, name):
    assert _found(text).get(name) == "person", _found(text)


def test_the_lord_mayor_keeps_the_city():
    found = _found("The Lord Mayor of London opened the fair in London on Monday.")
    assert found.get("London") == "location", found


# Cause 2: a family, the plural of a surname the article names, is no organisation.
def test_a_family_is_no_organisation():
    text = (
        "Tony Blair is Labour's longest-serving prime minister. The birth of the Blairs' "
        "fourth child, Leo, came in 2000. David Beckham and the Beckhams flew home."
    )
    found = _found(text)
    assert "Blairs" not in found and "Beckhams" not in found, found
    assert found.get("Tony Blair") == "person", found


def test_a_person_by_mistake_makes_no_family_of_a_party():
    text = (
        "Mulroney's Progressive Conservative government was shaken. The prime minister led "
        "the Conservatives to a landslide victory in 1984."
    )
    assert _found(text).get("Conservatives") == "organization", _found(text)


# Cause 2 (audit 46): a place named in the plural, as islands or a region, is a place.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("An orchestra from the Orkneys was refused entry to the US.", "Orkneys"),
        ("He spoke to pupils from schools in the Highlands about binge drinking.", "Highlands"),
    ],
)
def test_a_plural_place_is_a_place(text, name):
    assert _found(text).get(name) == "location", _found(text)


# Cause 3: languages are no actors.
@pytest.mark.parametrize(
    "text",
    [
        "Hong Kong stars re-recorded We Are the World in Mandarin and Cantonese to raise funds.",
        "She told the Arabic language daily al-Sharq al-Awsat that prices would rise.",
        "It said aon is a Gaelic word meaning unit.",
    ],
)
def test_a_language_is_no_actor(text):
    found = _found(text)
    assert not {"Mandarin", "Cantonese", "Arabic", "Gaelic"} & set(found), found


# Cause 3: the plural of an award's name the article writes ("Cesar prize") is the awards.
def test_an_award_ceremony_is_no_actor():
    text = (
        "L'Esquive earned a Cesar prize for its director. A Very Long Engagement won five "
        "Cesar awards. Its late release made it a contender for this year's Cesars."
    )
    assert "Cesars" not in _found(text), _found(text)


# Cause 3: a film announced by its budget is a work.
def test_a_low_budget_film_is_a_work():
    text = (
        "Kechiche said he was proud. The low-budget L'Esquive depicts a group of youths who "
        "perform a play. L'Esquive earned a prize for its director."
    )
    assert "L'Esquive" not in _found(text), _found(text)


# Cause 3: a name that qualifies a coined noun in quotes is an epithet.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('The last "Downing Street dad" was Lord John Russell in 1848.', "Downing Street"),
        ('Ministers met to review trade since the "Uruguay round" talks began.', "Uruguay"),
    ],
)
def test_a_name_in_a_quoted_epithet_is_no_actor(text, name):
    assert name not in _found(text), _found(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Under the election slogan "Britain is working", Mr Brown spoke.', "Britain"),
        ('Lawson doubted that its partners would indulge in "Japan bashing" at the summit.', "Japan"),
    ],
)
def test_a_quoted_clause_or_object_keeps_the_name(text, name):
    assert _found(text).get(name) == "location", _found(text)


# Cause 2: a building named with a venue's word before "Centre" is a place, not a body.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "America: A Tribute to Heroes helped victims of the attacks on the World Trade Center.",
            "World Trade Center",
        ),
        (
            "The company said it bought Best Plaza Shopping Center in Pleasanton, Calif.",
            "Best Plaza Shopping Center",
        ),
    ],
)
def test_a_venue_centre_is_a_place(text, name):
    assert _found(text).get(name) == "location", _found(text)


def test_a_research_centre_and_a_un_agency_stay_bodies():
    found = _found(
        "The Pew Research Center said usage rose. The International Trade Centre said exports "
        "from Africa rose."
    )
    assert found.get("Pew Research Center") == "organization", found
    assert found.get("International Trade Centre") == "organization", found


def test_a_person_named_like_an_awards_plural_stays_a_person():
    """The awards' rule drops a name that is no person (as the family and epithet rules do):
    "Williams", the player, is no ceremony of the "William award" the article names."""
    text = (
        "Venus Williams won the Prince William award for sportsmanship on Sunday. "
        "Williams said she was delighted."
    )
    from newsanalytics.actors import ActorExtractor

    found = [(m.text, m.type) for m in ActorExtractor().extract(text)]
    assert ("Williams", "person") in found, found
