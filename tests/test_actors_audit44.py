"""Audit 44 (stop 44): a fresh reader audit's actor errors, each as its general cause."""

from __future__ import annotations


# -- 1. a TV soap or serial is a work, even when its creator acts in the sentence ------------
def test_a_soap_named_after_its_kind_is_a_work_not_an_actor(found_actors):
    found = found_actors(
        "The creator of defunct TV soap Brackenside has written to the minister. "
        "Brackenside was axed in 2003. Phil Horler also brought teen soap Sandyoaks to the "
        "channel and created Ferndale High, the school-based drama serial which first ran in 1978."
    )
    actors = found.actors()
    assert not {"Brackenside", "Sandyoaks", "Ferndale High"} & actors
    assert ("Phil Horler", "person") in {(a, t) for _, a, t in found}


# -- 2. an event by its own last word -------------------------------------------------------
def test_a_name_ending_in_an_event_word_is_no_actor(found_actors):
    found = found_actors(
        "Anna Petrova beat Maria Ilic at the Dubai Championships on Tuesday. "
        "She won the Paris Indoor Championships and will run the London Marathon."
    )
    actors = found.actors()
    assert not {"Dubai Championships", "Paris Indoor Championships", "London Marathon"} & actors
    assert {"Anna Petrova", "Maria Ilic"} <= found.actors("person")


# -- 3. a rank in a scale ---------------------------------------------------------------------
def test_a_grade_or_category_is_no_actor(found_actors):
    found = found_actors(
        "Tom Reed wants to buy the Grade II listed building. A Category 5 storm hit the coast."
    )
    actors = found.actors()
    assert "Grade II" not in actors and "Category 5" not in actors
    assert "Tom Reed" in actors


# -- 4. broadcasters named by a station word and a number; a body named after its head ---
def test_a_station_word_and_its_number_is_a_broadcaster(found_actors):
    found = found_actors(
        "Phil Horler offered to buy Channel 4. He said on Radio 4 that Channel 4 was a bargain."
    )
    assert set(found.by_text("Channel 4")) == {("Channel 4", "organization")}
    assert set(found.by_text("Radio 4")) == {("Radio 4", "organization")}


def test_a_body_named_after_its_heads_office_is_one_organisation(found_actors):
    found = found_actors(
        "The parties say they keep the rules. A spokesman for the Information Commissioner's "
        "Office said surveys are allowed, and the Attorney General's Office agreed."
    )
    orgs = found.actors("organization")
    assert {"Information Commissioner's Office", "Attorney General's Office"} <= orgs


# -- 5. bands in a story about bands ---------------------------------------------------------
def test_bands_in_a_story_about_bands_are_organisations(found_actors):
    found = found_actors(
        "Rock album poll\n\n"
        "This year Brass Anvil have topped a list of the best rock albums, and the band's singer "
        "Rob Hale was delighted. The top five includes Copper Wolves, Glass Harbour and "
        "the Paper Kings. The band toured with the Velvet Ravens last year and their "
        "single sold well in the chart."
    )
    orgs = found.actors("organization")
    assert {"Brass Anvil", "Copper Wolves", "Glass Harbour", "Paper Kings"} <= orgs
    assert ("Rob Hale", "person") in {(a, t) for _, a, t in found}


def test_names_elsewhere_are_no_bands(found_actors):
    # No story about bands: an unknown name the typer is unsure of is not taken up.
    found = found_actors(
        "Shares rose on Monday. The top five includes Copper Wolves, Glass Harbour and "
        "the Paper Kings, the fund said."
    )
    assert "Glass Harbour" not in found.actors("organization")


# -- 6. a person's role noun before a name the rules read as a company's --------------------
def test_a_player_after_his_position_is_a_person(found_actors):
    found = found_actors(
        "Zimbabwe goalkeeper Energy Mukando is ready to play for the club in the Uefa Cup."
    )
    assert set(found.by_text("Energy Mukando")) == {("Energy Mukando", "person")}


# -- 7. a country before a company's legal form is part of its name -------------------------
def test_a_country_before_a_legal_form_stays_in_the_companys_name(found_actors):
    found = found_actors(
        "Mobil Corp said it will combine its affiliates into one organization, Mobil "
        "Exploration and Production U.S. Inc, which will be more effective."
    )
    orgs = found.actors("organization")
    assert "Mobil Exploration and Production U.S. Inc" in orgs
    assert "Exploration and Production U.S. Inc" not in orgs
