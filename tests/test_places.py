"""Cities as actors of their own, with their country (issue 12).

The city gazetteer (``actors/data/city_names.json``, GeoNames + the hand-written dateline
cities) makes a city a location with a ``country``; ambiguous names are decided by their
context and the article's country; ``places="country"`` folds cities into their country.
"""

from __future__ import annotations

import json

import pytest

import newsanalytics as na
from newsanalytics.actors import ActorExtractor
from newsanalytics.exceptions import InputError


@pytest.fixture(scope="module")
def ex() -> ActorExtractor:
    return ActorExtractor()


def found(ex: ActorExtractor, text: str) -> set[tuple[str, str, str | None]]:
    return {(m.actor, m.type, m.country) for m in ex.extract(text)}


def test_the_mayor_of_boston_is_a_city_in_the_united_states(ex):
    assert found(ex, "The mayor of Boston spoke.") == {("Boston", "location", "United States")}


def test_glasgow_miami_and_new_york_are_found_with_their_countries(ex):
    got = found(ex, "Police in Glasgow and Miami arrested two men. New York officials said.")
    assert got >= {
        ("Glasgow", "location", "United Kingdom"),
        ("Miami", "location", "United States"),
        ("New York", "location", "United States"),
    }


def test_a_country_and_a_state_carry_their_country(ex):
    got = found(ex, "Canada and Texas signed a deal.")
    assert got == {("Canada", "location", "Canada"), ("Texas", "location", "United States")}


def test_people_and_organisations_have_no_country(ex):
    assert {m.country for m in ex.extract("John Kerry met the OAS.")} == {None}


def test_places_country_folds_cities_into_their_country():
    folded = ActorExtractor(places="country")
    got = found(folded, "The mayor of Boston met officials in Glasgow.")
    assert got == {
        ("United States", "location", "United States"),
        ("United Kingdom", "location", "United Kingdom"),
    }
    with pytest.raises(InputError, match="places"):
        ActorExtractor(places="town").extract("Boston.")


def test_paris_texas_is_not_the_french_capital(ex):
    got = found(ex, "He was born in Paris, Texas, and studied in Paris.")
    assert ("Paris (United States)", "location", "United States") in got
    assert ("Paris", "location", "France") in got


def test_a_capital_that_speaks_for_its_government_stays_the_country(ex):
    got = found(ex, "Beijing said it would retaliate.")
    assert got == {("China", "location", "China")}
    assert ("Beijing", "location", "China") in found(ex, "Talks in Beijing failed.")


@pytest.mark.parametrize(
    "text, city, country",
    [
        ("Protests in Lyon and Paris.", "Paris", "France"),
        ("Putin visits Paris.", "Paris", "France"),
        ("Angela Merkel visited Berlin.", "Berlin", "Germany"),
        ("Vicente Fox visited Mexico City.", "Mexico City", "Mexico"),
        ("Lagos traffic is bad.", "Lagos", "Nigeria"),
        ("Washington warned Moscow.", "Moscow", "Russia"),
    ],
)
def test_a_capital_with_no_locative_word_before_it_is_still_the_city(ex, text, city, country):
    """Before, a capital was its country unless "in", "at"... preceded it."""
    assert (city, "location", country) in found(ex, text)
    assert (country, "location", country) not in found(ex, text)
    folded = found(ActorExtractor(places="country"), text)
    assert (country, "location", country) in folded and (city, "location", country) not in folded


@pytest.mark.parametrize(
    "text, country",
    [
        ("Washington warned Moscow.", "United States"),
        ("Washington and Moscow have agreed to talk.", "United States"),
        ("Washington and Moscow have agreed to talk.", "Russia"),
        ("Tehran abandoned the limits of the deal.", "Iran"),
        ("Moscow's decision angered Kiev.", "Russia"),
    ],
)
def test_a_capital_as_the_subject_of_a_speech_or_decision_verb_is_its_country(
    ex, text, country
):
    assert (country, "location", country) in found(ex, text)


def test_victoria_the_given_name_is_no_city(ex):
    got = found(ex, "Victoria Beckham flew home. Victoria said she was tired.")
    assert all(t != "location" for _, t, _ in got)
    assert ("Victoria", "location", "Canada") in found(ex, "The ferry to Victoria was late.")


def test_jackson_the_surname_and_jackson_the_city(ex):
    text = "Jesse Jackson spoke. Jackson said the vote in Jackson, Mississippi, was fair."
    ms = ex.extract(text)
    people = [m for m in ms if m.actor == "Jesse Jackson"]
    assert [m.text for m in people] == ["Jesse Jackson", "Jackson"]
    city = [m for m in ms if m.type == "location" and m.text == "Jackson"]
    assert [(m.actor, m.country) for m in city] == [("Jackson", "United States")]
    assert not any(m.type == "location" for m in ex.extract("Jackson said no."))


def test_an_everyday_word_that_names_a_city_needs_its_context(ex):
    assert found(ex, "Reading the report, he frowned. Mobile phones are cheap.") == set()
    assert ("Reading", "location", "United Kingdom") in found(ex, "He lives in Reading.")


def test_the_article_country_chooses_between_cities_of_one_name(ex):
    assert ("Birmingham", "location", "United Kingdom") in found(ex, "Fans in Birmingham cheered.")
    text = "MONTGOMERY, Alabama (Reuters) - Officials in Birmingham said the plant will close."
    assert ("Birmingham (United States)", "location", "United States") in found(ex, text)
    # A much larger namesake stays the default: London, Ontario is named as such.
    text = "Canada's exports rose, officials in London said."
    assert ("London", "location", "United Kingdom") in found(ex, text)


def test_a_city_inside_a_name_is_no_mention_of_the_city(ex):
    got = found(ex, "Tucker Carlson met Brock Berlin before the Athens Olympics.")
    assert ("Tucker Carlson", "person", None) in got
    assert ("Brock Berlin", "person", None) in got
    assert not any(t == "location" for _, t, _ in got)


def test_accents_and_ascii_spellings_are_one_city(ex):
    got = found(ex, "Flights from Sao Paulo and São Paulo were cancelled.")
    assert got == {("Sao Paulo", "location", "Brazil")}  # the spelling English news uses
    got = found(ex, "Banks in Zurich and Zürich, Montreal and Düsseldorf closed.")
    assert {a for a, _, _ in got} == {"Zurich", "Montreal", "Dusseldorf"}


def test_user_aliases_still_win_over_cities():
    ex = ActorExtractor(aliases={"Beantown": ["Boston"]})
    got = found(ex, "The mayor of Boston spoke.")
    assert {a for a, _, _ in got} == {"Beantown"}


def test_result_actors_and_jsonl_carry_the_country(tmp_path):
    result = na.analyze(["The mayor of Boston met John Kerry.", "Kerry flew to Glasgow."])
    actors = result.actors
    assert "country" in actors.columns
    row = actors[actors["actor"] == "Boston"].iloc[0]
    assert row["type"] == "location" and row["country"] == "United States"
    assert actors.loc[actors["actor"] == "John Kerry", "country"].isna().all()
    path = result.to_jsonl(tmp_path / "out.jsonl")
    recs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    cities = {a["name"]: a["country"] for r in recs for a in r["actors"] if a["type"] == "location"}
    assert cities == {"Boston": "United States", "Glasgow": "United Kingdom"}
    back = na.AnalysisResult.from_jsonl(path)
    assert set(back.actors.loc[back.actors["type"] == "location", "country"]) == {
        "United States",
        "United Kingdom",
    }


def test_analyze_places_country_folds_cities():
    result = na.analyze(["The mayor of Boston met officials in Glasgow."], places="country")
    assert set(result.actors["actor"]) == {"United States", "United Kingdom"}
    with pytest.raises(InputError, match="places"):
        na.analyze(["Boston."], extractor=ActorExtractor(), places="country")


def test_city_names_read_as_person_names_in_prose(ex):
    # GeoNames has a "Būsh" (Egypt), a "León" and a "Pearl": in prose they are names.
    got = found(ex, "Bush vetoed the bill. Leon Black spoke. The Brooklyn Nets lost.")
    assert not any(t == "location" for _, t, _ in got)
    assert ("Leon Black", "person", None) in got


def test_other_names_of_a_city_are_reported_under_its_name(ex):
    got = found(ex, "He moved from New York City to NYC's suburbs, then back to New York.")
    assert got == {("New York", "location", "United States")}


def test_a_person_named_like_a_city_stays_a_person(ex):
    text = "Photo Of Whitney Houston's Bathroom. Kristen Bell Uses Her Voice."
    assert not any(t == "location" for _, t, _ in found(ex, text))
    text = "The raid at Taylor's apartment; a sign from Clinton's camp."
    assert not any(t == "location" for _, t, _ in found(ex, text))
    assert ("Jackson", "location", "United States") in found(ex, "Jackson's mayor spoke.")


def test_a_club_named_after_its_city_is_an_organisation(ex):
    text = (
        "Barkley withdrew from Bath's team for the clash with Gloucester. "
        "Middlesbrough boss Steve McClaren spoke. Police in Boston said."
    )
    got = found(ex, text)
    assert {("Bath", "organization", None), ("Gloucester", "organization", None)} <= got
    assert ("Middlesbrough", "organization", None) in got
    assert ("Boston", "location", "United States") in got


def test_a_city_inside_an_organisation_name_is_no_city(ex):
    got = found(
        ex, "It sold power to Southern California Edison. The Boston Police Department said."
    )
    assert ("Boston Police Department", "organization", None) in got
    assert not any(a in ("Edison", "Boston") for a, _, _ in got)


def test_a_capital_in_relations_between_governments_is_its_country(ex):
    """"ties with Washington", "disputes between Caracas and Washington": governments,
    while "Protests in Lyon and Paris" keeps the cities."""
    got = found(ex, "Disputes between Caracas and Washington were common. He wants ties with Moscow.")
    assert {a for a, _, _ in got} == {"Venezuela", "United States", "Russia"}
    got = found(ex, "Protests in Lyon and Paris.")
    assert {a for a, _, _ in got} == {"Lyon", "Paris"}


def test_serbia_and_montenegro_is_one_former_country():
    from newsanalytics.actors import ActorExtractor

    text = "Jelena Jankovic of Serbia and Montenegro won in Dubai on Tuesday."
    got = [(m.text, m.type, m.country) for m in ActorExtractor().extract(text)]
    assert ("Serbia and Montenegro", "location", "Serbia and Montenegro") in got
    assert "Serbia" not in [t for t, _, _ in got]


def locations(ex: ActorExtractor, text: str) -> list[str]:
    return [m.text for m in ex.extract(text) if m.type == "location"]


@pytest.mark.parametrize(
    "text",
    [
        "The pipe is owned by the Arizona Nuclear Power Project, a consortium, it said.",
        "Shares of Southern California Edison rose.",
        "The deal was filed by the Florida Citrus Mutual, a growers' group.",
        "He said earnings of Ford Europe rose.",
        "OutKast won three trophies at the MTV Europe Awards on Thursday.",
        "She later starred with Virginia Madsen in the film.",
    ],
)
def test_a_state_or_region_inside_a_longer_name_is_no_place(ex, text):
    """A state's or region's name that other capitalised words run on from, in running
    text, is part of that name (the gold marks no place inside a longer name)."""
    assert locations(ex, text) == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("It was endorsed by Texas Savings and Loan Commissioner Lee Bowman on Monday.", "Texas"),
        ("Record profits came in Japan and Asia Pacific last year.", "Asia"),
        ("A Texas company is considering letting web users hunt.", "Texas"),
        ("The dam is in Indian-administered Kashmir, officials said.", "Kashmir"),
        ("The plant is in Ohio, officials said.", "Ohio"),
        ("Crews were manning fire lines in Arizona and New Mexico Friday.", "New Mexico"),
        ("Trump Attacks Georgia Governor Over Vote", "Georgia"),
    ],
)
def test_a_state_before_a_title_a_place_or_after_a_common_word_stays_a_place(ex, text, place):
    assert place in locations(ex, text)


def test_a_state_abbreviation_after_a_city_is_the_state(ex):
    """A state's abbreviation after a city ("Fresno, Calif.", "Albany, N.Y.") is a location of
    its own (the gold marks it), with its full name; a sentence's final period stays in it."""
    got = [
        (m.text, m.actor, m.country)
        for m in ex.extract(
            "Stations are in Fresno, Calif. and Albany, N.Y., it said. He left Houston, Tex."
        )
        if m.type == "location"
    ]
    assert got == [
        ("Fresno", "Fresno", "United States"),
        ("Calif.", "California", "United States"),
        ("Albany", "Albany", "United States"),
        ("N.Y.", "New York", "United States"),
        ("Houston", "Houston", "United States"),
        ("Tex.", "Texas", "United States"),
    ]
    folded = ActorExtractor(places="country").extract("He moved to Albany, N.Y., last year.")
    assert [m.actor for m in folded] == ["United States", "United States"]


def test_british_counties_and_regions_are_locations_in_the_united_kingdom(ex):
    """English, Scottish and Welsh counties and regions were read as persons ("Hinckley,
    Leicestershire") or organisations ("the Derbyshire seat") or missed ("East Midlands")."""
    got = found(
        ex,
        "He spoke in Hinckley, Leicestershire, to his East Midlands constituents. He will "
        "contest the Derbyshire seat. Mines across Nottinghamshire and Yorkshire closed.",
    )
    for county in ("Leicestershire", "East Midlands", "Derbyshire", "Nottinghamshire", "Yorkshire"):
        assert (county, "location", "United Kingdom") in got
    assert not any(t == "person" for _, t, _ in got)


def test_a_regions_demonym_is_no_location(ex):
    """The gold marks no demonym; a country's may stand for its state ("Japanese officials")
    but a region's has no state to stand for."""
    text = "Banks lent to Latin American countries and South American producers."
    assert [m for m in ex.extract(text) if m.type == "location"] == []


def test_a_place_in_a_peers_or_a_sees_title_is_no_location(ex):
    """"the Prince of Wales", "the Duchy of Cornwall", "Prince of Persia" (a game): the place
    names the title, and the gold marks the longest name only."""
    text = (
        "The Prince of Wales and the Duchy of Cornwall were questioned. Prince of Persia won "
        "the prize. The Archbishop of Canterbury spoke in Wales."
    )
    assert [m.text for m in ex.extract(text) if m.type == "location"] == ["Wales"]


def test_a_tournament_named_after_its_place_is_no_location(ex):
    """"US Open champion", "the Qatar Open": an event; a headline's "Opens" is a verb."""
    text = "She beat the US Open champion at the Qatar Open in Doha."
    assert [m.text for m in ex.extract(text) if m.type == "location"] == ["Doha"]


def test_a_place_naming_a_treaty_is_no_location(ex):
    """"the Kyoto protocol", "the Paris accord", "the 1976 Berne agreement": the place names
    the treaty (the gold marks no place inside a treaty's name); the same places elsewhere,
    "the Geneva talks", a convention centre and a country party to an accord stay places."""
    text = (
        "Bush refused to sign the Kyoto protocol. The Paris accord on currencies held, and "
        "last month's Louvre pact too. Turkey cited the 1976 Berne agreement and the Warsaw "
        "pact. The Maastricht treaty and the Tokyo accords were signed. Ministers met in "
        "Paris after the Geneva talks. Fans filled the Las Vegas convention center. The Iran "
        "accord was signed."
    )
    assert [m.text for m in ex.extract(text) if m.type == "location"] == [
        "Turkey",
        "Paris",
        "Geneva",
        "Las Vegas",
        "Iran",
    ]


def test_a_place_naming_a_treaty_in_capitals_is_no_location(ex):
    """A wire headline in capitals names the treaty too: "KYOTO PROTOCOL" (issue 12)."""
    text = "JAPAN BACKS KYOTO PROTOCOL\nMinisters met in Kyoto to sign the PARIS ACCORD."
    assert [m.text for m in ex.extract(text) if m.type == "location"] == ["JAPAN", "Kyoto"]


def test_a_treaty_named_after_a_city_is_no_organisation(ex):
    """"the Geneva Conventions", "the Athens Convention of 1974": a treaty is no actor
    (actor_decisions), though a rule reads a capitalised run ending in "Convention" as a
    body; a known body ("Warsaw Pact") and a convention centre stay organisations."""
    text = (
        "The strike broke the Geneva Conventions and the U.N. Charter. Claims follow the "
        "Athens Convention of 1974. The Warsaw Pact met at the Geneva Convention Centre."
    )
    assert [(m.text, m.type) for m in ex.extract(text) if m.type != "location"] == [
        ("U.N.", "organization"),
        ("Warsaw Pact", "organization"),
        ("Geneva Convention Centre", "organization"),
    ]


@pytest.mark.parametrize(
    ("text", "town", "country"),
    [
        ("It has a facility in Mont Belvieu, Texas, near Houston.", "Mont Belvieu", "United States"),
        ("One man, 34, from Hartpury, Gloucestershire, said he left.", "Hartpury", "United Kingdom"),
        ("Her last event was in Filderstadt, Germany, in October.", "Filderstadt", "Germany"),
    ],
)
def test_a_town_the_table_does_not_hold_is_read_from_its_region(ex, text, town, country):
    """"in Mont Belvieu, Texas": a town the city table lacks, written as towns are."""
    assert (town, "location", country) in found(ex, text)


def test_a_company_with_its_legal_form_after_a_comma_is_no_town(ex):
    got = found(ex, "It will transfer the capital stock of Rigolleau, S.A., to the group.")
    assert not any(t == "location" for _, t, _ in got)


def test_island_territories_are_locations(ex):
    text = (
        "VBI, which is based in Turks and Caicos Islands, said. Ireland face the Faroe Islands "
        "in Dublin. Exports went to Morocco and the Canary Islands."
    )
    places = {m.text for m in ex.extract(text) if m.type == "location"}
    assert {"Turks and Caicos Islands", "Faroe Islands", "Canary Islands"} <= places


def test_the_uk_nations_are_places_of_their_own_in_the_united_kingdom(ex):
    """England, Scotland, Wales and Northern Ireland were aliases of the United Kingdom;
    like Yorkshire or Quebec they are places of their own, with the country as a field."""
    text = (
        "The boundary changes in Scotland cost him his seat. England were criticised for "
        "the draw against Holland. Police in Wales and Northern Ireland said."
    )
    got = found(ex, text)
    for nation in ("Scotland", "England", "Wales", "Northern Ireland"):
        assert (nation, "location", "United Kingdom") in got
    assert ("Netherlands", "location", "Netherlands") in got
    assert not any(a == "United Kingdom" for a, _, _ in got)
    got = found(ex, "Britain and the UK government said.")
    assert {a for a, _, _ in got} == {"United Kingdom"}  # its other names stay the country


def test_places_country_folds_the_uk_nations_into_the_united_kingdom():
    folded = ActorExtractor(places="country").extract("Scotland beat England in Wales.")
    assert [(m.text, m.actor) for m in folded] == [
        ("Scotland", "United Kingdom"),
        ("England", "United Kingdom"),
        ("Wales", "United Kingdom"),
    ]


def test_a_dateline_nation_still_names_the_united_kingdom(ex):
    text = "GLASGOW, Scotland (Reuters) - Police in Glasgow said crime fell across Scotland."
    assert ex.dateline_location(na.text.parse(text)) == "United Kingdom"
    got = [(m.text, m.actor, m.country) for m in ex.extract(text)]
    assert got == [
        ("Glasgow", "Glasgow", "United Kingdom"),
        ("Scotland", "Scotland", "United Kingdom"),
    ]  # the dateline names no actor
    # A nation alone, as a state alone, is read as its country (it was a country's alias).
    lone = na.text.parse("SCOTLAND (Reuters) - Police said crime fell.")
    assert ex.dateline_location(lone) == "United Kingdom"


def test_a_nations_demonym_is_no_location(ex):
    """"Scottish", "Welsh", "English" (also a language) were the United Kingdom's demonyms;
    a nation's demonym, as a region's, stands for no state."""
    text = (
        "He praised the Scottish Justice Secretary. The Scottish government and Welsh "
        "ministers met English officials. He spoke English."
    )
    assert [m for m in ex.extract(text) if m.type == "location"] == []


@pytest.mark.parametrize("opening", ["ME: I said no.", "MAN - He was seen.", "PA - x", "MISS (AP) - x"])
def test_a_lone_short_form_of_a_region_is_no_dateline(ex, opening):
    """A region's short form ("Me.", "Man.", "Pa.") only qualifies a city ("MACON, Ga."):
    alone at the top of a text it is a word, not Maine, Manitoba or Pennsylvania."""
    assert ex.dateline_location(na.text.parse(opening)) is None


@pytest.mark.parametrize(
    ("opening", "country"),
    [
        ("TEXAS (AP) - x", "United States"),
        ("IOWA - x", "United States"),
        ("WALES (Reuters) - x", "United Kingdom"),
        ("MACON, Ga. - x", "United States"),
    ],
)
def test_a_lone_region_by_its_name_is_its_country(ex, opening, country):
    assert ex.dateline_location(na.text.parse(opening)) == country


def test_new_england_is_a_us_region_not_england(ex):
    """"New England" names the six north-eastern US states, not England (the nation's name
    inside it gave England, and the United Kingdom with places="country")."""
    text = "Snow fell across New England and New York on Tuesday."
    got = found(ex, text)
    assert ("New England", "location", "United States") in got
    assert not any(actor == "England" or country == "United Kingdom" for actor, _, country in got)
    folded = {m.actor for m in ActorExtractor(places="country").extract(text)}
    assert folded == {"United States"}
