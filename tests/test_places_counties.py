"""Place resolution errors of the audit39b reading (issue 12).

English counties that share their name with a city elsewhere ("Norfolk", Virginia;
"Cheshire", Connecticut) are places of the United Kingdom where the article is about
Britain, and by default where no hand-written city says otherwise. A country written after
a city is no qualifier when it is the next item of a list ("Toronto, South Korea and
Madrid").
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


def test_a_country_that_goes_on_a_list_after_a_city_is_no_qualifier(ex):
    # "Toronto, South Korea and Madrid" (a list) put Toronto in South Korea.
    got = places(ex, "The musical will have road shows in Toronto, South Korea and Madrid.")
    assert got["Toronto"] == "Canada"
    assert got["South Korea"] == "South Korea"
    got = places(ex, "It won permission to fly to London, Singapore and Kuala Lumpur.")
    assert got["London"] == "United Kingdom"


def test_a_real_qualifier_still_decides(ex):
    got = {m.actor: m.country for m in ex.extract("He was born in Paris, Texas, and left.")}
    assert got["Paris (United States)"] == "United States"
    got = places(ex, "Fighting in Valencia, Venezuela and Caracas.")
    assert got["Valencia"] == "Venezuela"


def test_a_lawmakers_party_tag_names_his_state(ex):
    # "state Sen. Leah Vukmir (Wis.)": Wisconsin was missed.
    got = places(ex, '"Protect America," state Sen. Leah Vukmir (Wis.) said.')
    assert got["Wis."] == "United States"
    found = {
        (m.actor, m.text)
        for m in ex.extract("Sen. Robert Dole (R-Kan.) and Sen. Mazie Hirono (D-Hawaii) spoke.")
    }
    assert {("Kansas", "Kan."), ("Hawaii", "Hawaii")} <= found
    # A wire story's line break between the name and its tag.
    text = "Senate Republican leader Robert Dole\n(R-Kan.) said he would vote."
    assert ("Kansas", "Kan.") in {(m.actor, m.text) for m in ex.extract(text)}
    # No state, no place: a source in brackets after a name.
    assert places(ex, "John Smith (Bloomberg) said the deal was off.") == {}
