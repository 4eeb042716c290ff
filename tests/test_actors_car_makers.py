"""Car makers and the Metropolitan Police are known organisations: read on fresh BBC
stories, "Saab" and "Vauxhall" were persons and "Scotland Yard" the United Kingdom."""

from __future__ import annotations


def test_car_makers_named_alone_are_organisations(found_actors):
    found = found_actors(
        "Saab to build Cadillacs in Sweden. GM said it wanted to change perceptions about "
        "Opel and Vauxhall cars. Mazda and Citroen shares rose in Tokyo."
    )
    assert ("Saab", "Saab", "organization") in found
    assert ("Opel", "Opel", "organization") in found
    assert ("Vauxhall", "Vauxhall Motors", "organization") in found
    assert ("Mazda", "Mazda", "organization") in found
    assert not any(k == "person" for _, _, k in found)


def test_scotland_yard_is_the_metropolitan_police_not_the_country(found_actors):
    found = found_actors("Scotland Yard said it was investigating the theft.")
    assert found == [("Scotland Yard", "Metropolitan Police", "organization")]
