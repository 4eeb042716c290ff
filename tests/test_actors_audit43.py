"""Audit 43 (stop 43): a fresh reader audit's actor errors, each as its general cause."""

from __future__ import annotations


# -- 1. a surname of the article's person before a gazetteer's one-word name --------------
def test_a_surname_named_in_full_is_the_person_not_a_known_paper(found_actors):
    found = found_actors(
        "The screenwriter Debra Hill has died in Los Angeles aged 54. Hill, who had been ill, "
        "co-wrote the film with John Carpenter. Carpenter said working with Hill was a joy."
    )
    assert set(found.by_text("Hill")) == {("Debra Hill", "person")}
    assert "The Hill" not in found.actors()


def test_a_known_alias_in_capitals_stays_the_body(found_actors):
    found = found_actors("Kim Jong Un met UN envoys in Pyongyang. The UN said talks went well.")
    assert set(found.by_text("UN")) == {("United Nations", "organization")}


# -- 2. a band named after its kind, in the headline too ---------------------------------
def test_a_band_after_its_kind_is_an_organisation_in_the_headline_too(found_actors):
    found = found_actors(
        "Rock group Zorn's guitarist quits\n\n"
        "The guitarist with US rock band Zorn has quit the music business. A replacement "
        "has yet to be named by Zorn, who are working on a new album."
    )
    assert set(found.by_text("Zorn")) == {("Zorn", "organization")}


# -- 3. "of the" and a country closing a body's name ---------------------------------------
def test_of_the_and_a_country_close_a_bodys_name(found_actors):
    found = found_actors("The loan came from the Land Bank of the Philippines on Monday.")
    assert found.by_text("Land Bank of the Philippines") == [
        ("Land Bank of the Philippines", "organization")
    ]
    assert "Philippines" not in found.actors()


def test_the_government_of_a_country_is_still_the_country(found_actors):
    found = found_actors("The Government of the United Kingdom said it would act.")
    assert found.actors() == {"United Kingdom"}


# -- 4. a company's one-word short name the gazetteer knows as another body -----------------
def test_a_companys_one_word_short_name_is_the_company_not_the_club(found_actors):
    found = found_actors(
        "Arsenal Holdings Inc raised the value of its offer for the company on Monday. "
        "The offer continues to include a 20 pct interest in Arsenal for shareholders."
    )
    assert set(found.by_text("Arsenal")) == {("Arsenal Holdings Inc", "organization")}


def test_a_parent_named_in_full_keeps_its_one_word_name(found_actors):
    found = found_actors(
        "Exxon Corp said that notes issued by its Exxon Capital Corp subsidiary were forged. "
        "Exxon said police were investigating the case."
    )
    assert set(found.by_text("Exxon")) == {("Exxon", "organization")}


def test_a_ticker_is_no_short_name(found_actors):
    found = found_actors(
        "The bonds of BP Capital BV are guaranteed by British Petroleum Co Plc <BP.L> "
        "subsidiary BP Maatschappij Nederland BV."
    )
    assert ("BP Capital BV", "organization") not in found.by_text("BP")


# -- 5. a game named after its kind; buildings ----------------------------------------------
def test_a_board_game_is_no_actor(found_actors):
    found = found_actors("Her films included 1985's Clue, a comedy based on the board game Cluedo.")
    assert "Cluedo" not in found.actors()


def test_towers_are_a_place(found_actors):
    found = found_actors(
        "She was working on a film about the last two men pulled from the rubble of the "
        "Twin Towers after the attacks."
    )
    assert found.by_text("Twin Towers") == [("Twin Towers", "location")]


# -- 6. a nickname in quotes inside a person's name -----------------------------------------
def test_a_quoted_nickname_inside_a_name_keeps_one_person(found_actors):
    found = found_actors(
        "Brian 'Head' Welch told a radio station in California that he was leaving. "
        "Welch added that he would appear at a church in Bakersfield."
    )
    assert found.by_text("Brian 'Head' Welch") == [("Brian Welch", "person")]
    assert found.by_text("Welch") == [("Brian Welch", "person")]


# -- 7. a body's whole name with an everyday word in it ------------------------------------
def test_a_life_assurers_whole_name_is_kept(found_actors):
    found = found_actors(
        "Viacom said MCV Holdings, a group which includes the company's senior management and "
        "the Equitable Life Assurance Society of the United States, raised its offer."
    )
    name = "Equitable Life Assurance Society of the United States"
    assert found.by_text(name) == [(name, "organization")]
    assert "United States" not in found.actors()


# -- 8. an adjective made of a name ---------------------------------------------------------
def test_an_adjective_made_of_a_name_is_no_actor(found_actors):
    found = found_actors(
        "This might sound like a scary vision of an Orwellian future, said Richard Bowden. "
        "It was a Kafkaesque ordeal for Tom Smith."
    )
    assert found.actors() == {"Richard Bowden", "Tom Smith"}


def test_a_surname_in_ian_after_a_stays_a_person(found_actors):
    found = found_actors("Brian Jones met a Kardashian on Friday.")
    assert ("Kardashian", "person") in found.by_text("Kardashian")


# -- 9. a research firm's name ---------------------------------------------------------------
def test_a_research_firms_name_is_an_organisation(found_actors):
    found = found_actors(
        "But a recent report from Continental Research reflects the battle mobile companies "
        "have to fight."
    )
    assert found.by_text("Continental Research") == [("Continental Research", "organization")]
