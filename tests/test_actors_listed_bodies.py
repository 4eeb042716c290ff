"""A body named by a list of its fields is one organisation, the whole span (issue 12)."""

from __future__ import annotations


def test_a_body_named_by_a_list_of_fields_is_one_organisation(found_actors):
    text = (
        "Tessa Jowell of the Department for Culture, Media and Sport spoke. The Ministry of "
        "Agriculture, Fisheries and Food said no. The Department for Environment, Food and "
        "Rural Affairs agreed. The House Committee on Science, Space and Technology met."
    )
    orgs = [t for t, a, k in found_actors(text) if k == "organization"]
    assert orgs == [
        "Department for Culture, Media and Sport",
        "Ministry of Agriculture, Fisheries and Food",
        "Department for Environment, Food and Rural Affairs",
        "House Committee on Science, Space and Technology",
    ]


def test_a_title_with_a_list_of_fields_names_no_actor(found_actors):
    text = (
        "The Secretary of State for Culture, Media and Sport, Tessa Jowell, said so. "
        "Minister of Agriculture, Fisheries and Food John Gummer agreed."
    )
    found = found_actors(text)
    assert [t for t, a, k in found] == ["Tessa Jowell", "John Gummer"]


def test_a_list_of_separate_bodies_stays_apart(found_actors):
    text = (
        "He met the Ministry of Defence, Airbus and Boeing. "
        "He wrote to the Ministry of Finance, Foreign Office and Home Office."
    )
    found = [t for t, a, k in found_actors(text)]
    assert found == [
        "Ministry of Defence",
        "Airbus",
        "Boeing",
        "Ministry of Finance",
        "Foreign Office",
        "Home Office",
    ]
