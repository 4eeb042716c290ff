"""Corpus-level resolution in ``analyze``: a lone surname takes the full name the batch uses
for it when that is unambiguous (issue 12); the user's ``aliases`` still win."""

from __future__ import annotations

import newsanalytics as na
from newsanalytics.actors import ActorExtractor

INTRO = "Central bank governor Maria Delgado raised rates on Tuesday."
LONE = "Delgado said inflation would fall."


def _actors(result, row: int) -> set[tuple[str, str]]:
    ids = result.articles["id"]
    frame = result.actors[result.actors["id"] == ids.iloc[row]]
    return set(zip(frame["actor"], frame["type"], strict=True))


def test_a_lone_surname_takes_the_full_name_of_the_batch():
    result = na.analyze([INTRO, LONE])
    assert ("Maria Delgado", "person") in _actors(result, 1)
    # The extractor alone, one article at a time, cannot know it.
    assert {m.actor for m in ActorExtractor().extract(LONE)} == {"Delgado"}


def test_two_people_of_that_surname_leave_it_as_it_is():
    other = "Opposition leader Carlos Delgado criticised the decision."
    result = na.analyze([INTRO, other, LONE])
    assert ("Delgado", "person") in _actors(result, 2)


def test_the_user_aliases_win_over_the_batch():
    aliases = {"Delgado": {"type": "person", "aliases": []}}
    result = na.analyze([INTRO, LONE], aliases=aliases)
    assert ("Delgado", "person") in _actors(result, 1)


def test_resolution_stays_inside_a_batch_and_keeps_offsets():
    result = na.analyze([INTRO, LONE], batch_size=1)
    assert ("Delgado", "person") in _actors(result, 1)
    both = na.analyze([INTRO, LONE])
    m = both.mentions[both.mentions["id"] == both.articles["id"].iloc[1]].iloc[0]
    assert (m["actor"], m["text"], m["start"], m["end"]) == ("Maria Delgado", "Delgado", 0, 7)
    assert m["actor_id"] == "maria-delgado"


def test_a_lone_word_known_as_an_organisation_keeps_its_own_reading():
    # "Fox" may be Fox News or another Fox: the batch's Vicente Fox does not claim it,
    # while the Delgado of the same batch still takes her full name.
    texts = [
        "Senator Maria Delgado spoke.",
        "Delgado said no.",
        "Fox said the plan was bad.",
        "Vicente Fox visited Mexico City.",
    ]
    result = na.analyze(texts)
    assert ("Maria Delgado", "person") in _actors(result, 1)
    assert {a for a, _ in _actors(result, 2)} == {"Fox"}
    assert ("Vicente Fox", "person") in _actors(result, 3)
    # Fox's row is the same whatever batch it falls in.
    for batch_size in (1, 2, 3):
        again = na.analyze(texts, batch_size=batch_size)
        assert _actors(again, 2) == _actors(result, 2)


def test_a_lone_word_known_as_a_company_stays():
    # "Ford" begins the known Ford Motor Co: "Ford said" may be the company, so the batch's
    # Gerald Ford does not claim it (a trade: the person loses his full name here).
    result = na.analyze(["Ford said sales rose.", "Gerald Ford was president."])
    assert {a for a, _ in _actors(result, 0)} == {"Ford"}
