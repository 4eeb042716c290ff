"""Audit 41b fixes (issue 12): shapes left after audit 41 on fresh stories."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Poverty in sub-Saharan countries is rising, the report said.",
        "Pan-European group Euronext may bid.",
        "Aid to sub-Saharan Africa fell.",
    ],
)
def test_a_prefixed_adjective_of_a_place_is_no_actor(found_actors, text):
    assert all(kind != "person" for _, _, kind in found_actors(text))
    assert all(not t.startswith(("Saharan", "Pan-")) for t, _, _ in found_actors(text))


def test_a_name_after_a_prefix_is_still_a_name(found_actors):
    found = found_actors("The pro-Taliban fighters attacked, sources in Kabul said.")
    assert ("Taliban", "Taliban", "organization") in found


@pytest.mark.parametrize(
    "text, full",
    [
        (
            "Jonas Guest, the chairman, said it was fine. Mr Guest added that profits rose.",
            "Jonas Guest",
        ),
        (
            "The singing sensation, Joss Stone, was nominated. Ms Stone is due to perform.",
            "Joss Stone",
        ),
    ],
)
def test_a_titled_surname_that_is_an_everyday_word_is_the_named_person(found_actors, text, full):
    surname = full.split()[1]
    assert (surname, full, "person") in found_actors(text)


def test_a_titled_surname_is_no_place_of_that_name(found_actors):
    found = found_actors("Police closed Central Park on Monday. Mr Park said he was shocked.")
    assert all(actor != "Central Park" for t, actor, _ in found if t == "Park")


@pytest.mark.parametrize(
    "text, short, full",
    [
        (
            "Gulf States Utilities Co said it would appeal. Gulf States said the ruling was wrong.",
            "Gulf States",
            "Gulf States Utilities Co",
        ),
        (
            "Prices rose, Bangor Hydro said on Monday. Bangor Hydro serves Maine.",
            "Bangor Hydro",
            "Bangor Hydro",
        ),
        (
            "Output rose at Shanghai Automotive, the carmaker said.",
            "Shanghai Automotive",
            "Shanghai Automotive",
        ),
        (
            "Corning Glass Works said sales rose. Corning said it would buy Hazleton.",
            "Corning",
            "Corning Glass Works",
        ),
    ],
)
def test_a_company_named_after_its_town_is_no_person(found_actors, text, short, full):
    found = found_actors(text)
    assert (short, full, "organization") in found
    assert all(kind != "person" for _, _, kind in found)


def test_a_surname_in_a_line_up_is_no_famous_politician(found_actors):
    text = (
        "Saracens beat Wasps 20-10 on Saturday.\n\n"
        "Saracens: Bartholomeusz; Castaignede, Sorrell, Harris, Vaikona; Yates, Ibanez.\n\n"
        "Replacements: Kalman, Regan, Rigney, McMillan, Vickerman."
    )
    found = found_actors(text)
    assert ("Harris", "Harris", "person") in found
    assert ("Regan", "Regan", "person") in found


def test_a_list_of_famous_surnames_keeps_them(found_actors):
    found = found_actors("Republicans Dole, Kemp, Haig and Robertson will debate on Monday.")
    assert ("Dole", "Bob Dole", "person") in found


def test_a_famous_surname_in_running_text_keeps_its_person(found_actors):
    text = (
        "Growth came from Britain, France, Japan and Canada, and the Baker debt initiative"
        " helped, Johnson said."
    )
    assert ("Baker", "James Baker", "person") in found_actors(text)


@pytest.mark.parametrize(
    "text, short, full",
    [
        (
            "The show was produced by Sir Cameron Mackintosh. Sir Cameron said he was happy.",
            "Cameron",
            "Cameron Mackintosh",
        ),
        (
            'England coach Sir Clive Woodward named his side. "I hope Clive sees it," he said.',
            "Clive",
            "Clive Woodward",
        ),
    ],
)
def test_the_given_name_of_a_knight_is_that_knight(found_actors, text, short, full):
    assert (short, full, "person") in found_actors(text)
