"""Audit 44b (stop 44): the rest of a fresh reader audit's actor errors, by general cause."""

from __future__ import annotations


# -- 1. a role noun's person keeps its lone surname -----------------------------------------
def test_a_player_after_his_position_keeps_his_surname(found_actors):
    found = found_actors(
        "Zimbabwe goalkeeper Energy Mukando is ready to play in the Uefa Cup. "
        "Mukando moved to Israel recently after a brief stint with a South African club."
    )
    assert set(found.by_text("Mukando")) == {("Energy Mukando", "person")}


# -- 2. a club's word before a name of unknown words -----------------------------------------
def test_a_name_after_club_is_the_clubs(found_actors):
    found = found_actors(
        "Four players are ready to play for Israeli club Hapoel Bnei Tamrin in the Uefa Cup. "
        "Bnei Tamrin are the first Arab side to play in Europe. The club are based in Tamrin, "
        "which is near Haifa."
    )
    assert set(found.by_text("Hapoel Bnei Tamrin")) == {("Hapoel Bnei Tamrin", "organization")}
    assert set(found.by_text("Bnei Tamrin")) == {("Hapoel Bnei Tamrin", "organization")}
    assert ("Tamrin", "location") in set(found.by_text("Tamrin"))


def test_a_person_after_club_with_a_given_name_stays_a_person(found_actors):
    found = found_actors("He joined the club John Tavener managed, and Tavener said so.")
    assert ("John Tavener", "person") in set(found.by_text("John Tavener"))


# -- 3. a head's office written in lower case after its capitalised name ---------------------
def test_a_lower_case_office_is_the_office(found_actors):
    found = found_actors(
        "The information commissioner's office says surveys are allowed. A spokesman for the "
        "Information Commissioner's Office said it would be classed as marketing."
    )
    assert set(found.by_text("information commissioner's office")) == {
        ("Information Commissioner's Office", "organization")
    }


def test_a_lower_case_office_alone_is_no_actor(found_actors):
    found = found_actors("The information commissioner's office says surveys are allowed.")
    assert not found.actors()


# -- 4. a list of bands written out in a story about bands -----------------------------------
def test_every_band_of_a_written_list_is_an_organisation(found_actors):
    found = found_actors(
        "Rock album poll\n\n"
        "Brass Anvil have topped a list of the best rock albums, and the band's singer Rob Hale "
        "was delighted. Queen, Muse, Manic Street Lamplighters and The Clash complete the top "
        "10. The list includes newer acts like The Darkness and Lostprophets. The band's "
        "single sold well in the chart."
    )
    orgs = found.actors("organization")
    assert {"Queen", "Muse", "Manic Street Lamplighters", "The Clash", "Darkness"} <= orgs
    assert ("Rob Hale", "person") in {(a, t) for _, a, t in found}


def test_a_list_of_people_in_a_story_about_bands_stays_people(found_actors):
    found = found_actors(
        "Rock album poll\n\n"
        "The band's singer was delighted with the album and the tour. John Lennon, Paul "
        "McCartney and George Harrison wrote the songs for the chart."
    )
    assert "John Lennon" in found.actors("person")
    assert not {"John Lennon", "Paul McCartney"} & found.actors("organization")


# -- 5. a band's word before a name with a given name first; a broadcaster's "TV" ------------
def test_a_name_after_band_is_the_bands(found_actors):
    found = found_actors(
        "Scottish rock band Franz Albrecht have won two awards for their album. "
        "Franz Albrecht were formed in Glasgow and their singer loves the tour."
    )
    assert set(found.by_text("Franz Albrecht")) == {("Franz Albrecht", "organization")}


def test_a_name_and_tv_is_a_broadcaster(found_actors):
    found = found_actors(
        "Phil Redmond, now chairman of Mersey TV, told Tessa Jowell he would run it. "
        "It made the top 10 of Transatlantic TV howlers, said state media on Internet Protocol TV."
    )
    assert set(found.by_text("Mersey TV")) == {("Mersey TV", "organization")}
    assert not {"Transatlantic TV", "Protocol TV", "Internet Protocol TV"} & found.actors()
