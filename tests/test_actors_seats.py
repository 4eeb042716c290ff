"""Constituencies, boroughs and wards named beside a member are places (issue 12, audit 38)."""

from __future__ import annotations

from newsanalytics.actors import ActorExtractor


def test_the_seat_of_a_member_is_a_location(found_actors):
    text = (
        "The MP for Ealing North claimed the law was bad. The Glasgow Kelvin MP, who was "
        "expelled from Labour, spoke. The Tory MP for Sleaford and North Hykeham admitted it. "
        "The Mid-Bedfordshire MP had denied a claim. He is now MP for Merionnydd Nant Conwy."
    )
    found = found_actors(text)
    for name in (
        "Ealing North",
        "Glasgow Kelvin",
        "Sleaford",
        "North Hykeham",
        "Mid-Bedfordshire",
        "Merionnydd Nant Conwy",
    ):
        assert (name, name, "location") in found, name
    assert ("Labour", "Labour Party", "organization") in found
    assert ("Tory", "Conservative Party", "organization") in found


def test_a_borough_and_a_constituency_named_with_the_word_are_locations(found_actors):
    text = (
        "Respect came first in Tower Hamlets borough. Most of it is covered by "
        "the Commons constituency of Bethnal Green and Bow."
    )
    found = found_actors(text)
    assert ("Tower Hamlets", "Tower Hamlets", "location") in found
    assert ("Bow", "Bow", "location") in found
    assert ("Commons", "House of Commons", "organization") in found


def test_a_member_for_an_ambiguous_town_keeps_it_in_the_articles_country():
    # "Richmond" alone is a flagged city name (a surname too): beside "MP for" it is the seat.
    [m] = ActorExtractor().extract("He hopes to remain MP for Richmond, and start a family.")
    assert (m.text, m.type, m.country) == ("Richmond", "location", "United Kingdom")


def test_a_party_a_person_or_a_known_body_beside_a_member_is_no_seat(found_actors):
    text = (
        "A Labour MP and the Scottish MP spoke. Frank Field MP said so. The Green MEP "
        "welcomed it. He lost a Board seat."
    )
    found = found_actors(text)
    assert not [f for f in found if f[2] == "location"]
    assert ("Frank Field", "Frank Field", "person") in found


def test_a_seat_named_like_a_club_is_the_place_and_the_club_is_a_club_elsewhere(found_actors):
    # Audit 39: West Ham, the constituency, was missed 3 times; so was the club ("West Ham").
    politics = (
        "One of Britain's most diverse constituencies, West Ham, was to get a women-only "
        "shortlist. For example in West Ham, only women might stand."
    )
    assert [(m.text, m.type) for m in ActorExtractor().extract(politics)][1:] == [
        ("West Ham", "location"),
        ("West Ham", "location"),
    ]
    sport = "Chelsea beat West Ham 1-0 in the Carling Cup."
    assert ("West Ham", "West Ham United", "organization") in found_actors(sport)


def test_a_member_named_right_after_the_seat_is_a_person(found_actors):
    # Review 39b: "the MP for Hackney North Diane Abbott" was one location of four words.
    text = (
        "The Labour MP for Hackney North Diane Abbott said the plan was wrong. The MP for "
        "Glasgow Kelvin Pauline McNeill agreed, as did the MP for Bethnal Green and Bow."
    )
    found = found_actors(text)
    for seat in ("Hackney North", "Glasgow Kelvin", "Bethnal Green", "Bow"):
        assert (seat, seat, "location") in found, seat
    for name in ("Diane Abbott", "Pauline McNeill"):
        assert (name, name, "person") in found, name
