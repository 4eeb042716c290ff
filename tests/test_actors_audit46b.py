"""Causes of actor errors read in stop 46's audit of 12 fresh BBC and Reuters stories."""

from __future__ import annotations

import pytest


def _countries(text: str) -> dict[str, str | None]:
    from newsanalytics.actors import ActorExtractor

    return {m.text: m.country for m in ActorExtractor().extract(text)}


# Cause 4: a town written with its county, which the city table holds as a place, not as a
# region ("Suffolk" is the English county and a town in Virginia).
@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "Mr Betts-Green, of Woodbridge, Suffolk, has also resigned as UKIP's branch chairman.",
            "Woodbridge",
        ),
        (
            "Peter Monkhouse, 50, of Headingley, Leeds, was among the four men charged.",
            "Headingley",
        ),
        (
            '"We lived in Aston, Birmingham. The only flowers I ever saw were on a gravestone."',
            "Aston",
        ),
    ],
)
def test_a_town_qualified_by_its_county_or_city_is_in_that_country(text, town):
    assert _countries(text).get(town) == "United Kingdom", _countries(text)


def test_a_list_of_cities_is_no_town_with_its_county():
    text = "The band will play in Paris, London and Rome next month, its manager said."
    countries = _countries(text)
    assert countries["Paris"] == "France" and countries["London"] == "United Kingdom"


def test_a_body_in_a_town_stays_a_body(found_types):
    text = "He is a fellow at Clare College, Cambridge and became a professor of history."
    assert ("Clare College", "location") not in found_types(text)
