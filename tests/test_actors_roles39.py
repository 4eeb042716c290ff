"""Role words before a name: a role written in capitals ("DJ", "MSP", "QC") is a title, no
part of the name, as "singer" and "MP" are (issue 12: "Controversial DJ Howard Stern")."""

from __future__ import annotations

import pytest

from newsanalytics.actors import ActorExtractor


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.actor, m.type) for m in ActorExtractor().extract(text)]


@pytest.mark.parametrize("role", ["DJ", "MC", "MSP", "QC", "CTO"])
def test_a_role_in_capitals_before_a_name_is_no_part_of_it(role):
    found = _found(f"{role} John Smith has been dropped.")
    assert ("John Smith", "John Smith", "person") in found
    assert not [t for t, _, _ in found if t.startswith(role)]


@pytest.mark.parametrize(
    "adjective", ["Controversial", "Veteran", "Former", "Embattled", "Outspoken", "Legendary"]
)
def test_a_sentence_initial_adjective_before_a_role_in_capitals_keeps_the_name(adjective):
    found = _found(f"{adjective} DJ Howard Stern has been dropped from four US radio stations.")
    assert ("Howard Stern", "Howard Stern", "person") in found


def test_a_plural_role_in_capitals_is_no_part_of_the_first_name():
    found = _found("It was DJs Dan Peppe and Pete Tong.")
    assert ("Dan Peppe", "Dan Peppe", "person") in found



def test_an_everyday_word_that_is_a_surname_of_the_article_stays_its_person():
    # "Stern" is also an adjective: the typer, reading the word alone, would drop it; the
    # article's "Howard Stern" says it is his surname, wherever "said" stands.
    text = "Howard Stern was dropped. Citadel said Stern had transformed his show."
    found = _found(text)
    assert ("Stern", "Howard Stern", "person") in found


def test_an_everyday_surname_opening_a_sentence_before_a_verb_is_the_article_person():
    text = (
        "Howard Stern has been dropped from four US radio stations. The company said Stern "
        "had transformed his show. Stern will join the Sirius subscription service next year."
    )
    found = _found(text)
    assert found.count(("Stern", "Howard Stern", "person")) == 2

