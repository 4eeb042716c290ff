"""Place resolution errors of the audit39b reading (issue 12).

English counties that share their name with a city elsewhere ("Norfolk", Virginia;
"Cheshire", Connecticut) are places of the United Kingdom where the article is about
Britain, and by default where no hand-written city says otherwise.
"""

from __future__ import annotations

import pytest

from newsanalytics.actors import ActorExtractor


@pytest.fixture(scope="module")
def ex() -> ActorExtractor:
    return ActorExtractor()


def places(ex: ActorExtractor, text: str) -> dict[str, str | None]:
    return {m.text: m.country for m in ex.extract(text) if m.type == "location"}


def test_norfolk_and_cheshire_in_a_story_on_england_are_english_counties(ex):
    text = (
        "Householders in England and Wales who tackle intruders are unlikely to be "
        "prosecuted. One man lay in wait for a burglar on commercial premises in Cheshire. "
        "Britain's best known case is that of Norfolk farmer Tony Martin."
    )
    got = places(ex, text)
    assert got["Cheshire"] == "United Kingdom"
    assert got["Norfolk"] == "United Kingdom"


def test_a_county_no_hand_written_city_claims_is_british_by_default(ex):
    assert places(ex, "She was born in Runcorn, Cheshire.")["Cheshire"] == "United Kingdom"
    assert places(ex, "He visits Somerset on Monday.")["Somerset"] == "United Kingdom"
    assert places(ex, "A violent clash in Kent left one man hurt.")["Kent"] == "United Kingdom"


def test_norfolk_in_an_american_story_stays_in_virginia(ex):
    text = "The warship returned to its base in Norfolk, the Navy said in Virginia."
    assert places(ex, text)["Norfolk"] == "United States"


def test_surrey_in_a_canadian_story_stays_in_british_columbia(ex):
    text = "Police in Surrey, a suburb of Vancouver in British Columbia, arrested two men."
    assert places(ex, text)["Surrey"] == "Canada"
