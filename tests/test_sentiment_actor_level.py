"""Sentiment toward each actor, as a reader sees the actor portrayed (issue 13, stop 46).

Two blind audits found most polar actor labels on bystanders (a place in a sentence about a
crash or a scandal takes the sentence's tone) and clear praise or criticism averaged away
across an actor's passing mentions. Two changes, each fitted on tune readings:

- a place's mention gets a stronger neutral prior (``ActorSentiment.place_weight``, fitted
  by log loss on the read set's tune rows): places are rarely the evaluated party;
- an actor's ``sentiment`` pools its mentions with weights ``|score| ** EVIDENCE_POWER``
  (chosen on an actor-level tune reading), so a mention that evaluates it outweighs the
  ones that only name it.
"""

from __future__ import annotations

import numpy as np
import pytest

import newsanalytics as na
from newsanalytics.exceptions import InputError
from newsanalytics.sentiment import ActorSentiment, aggregate

CRASH = "Investigators blamed Skyways Airlines for the deadly crash in Brazil, which killed 40 people."
SCANDAL = (
    "Parmalat, the Italian food group at the centre of one of Europe's most painful corporate "
    "scandals, said profits doubled."
)
UNIT = (
    "Analysts attributed the decline to Rockwell's Allen-Bradley unit, which has suffered from "
    "weakness. Allen-Bradley makes factory automation equipment. Its president, John Beall, "
    "spoke of Allen-Bradley at the meeting."
)
HERO = (
    "Firefighter Maria Lopez was hailed as a hero for rescuing three children from the blaze. "
    "Lopez joined the service in 2001. Lopez lives in Denver with her husband."
)


@pytest.fixture(scope="module")
def actors():
    docs = [
        {"id": "crash", "text": CRASH},
        {"id": "scandal", "text": SCANDAL},
        {"id": "unit", "text": UNIT},
        {"id": "hero", "text": HERO},
    ]
    res = na.analyze(docs)
    return res.actors.set_index(["id", "actor"]), res.mentions


def _label(actors, doc, name):
    return str(actors.loc[(doc, name), "label"])


def test_a_place_in_a_sentence_about_a_crash_is_neutral_while_the_blamed_firm_stays_negative(
    actors,
):
    table, _ = actors
    assert _label(table, "crash", "Skyways Airlines") == "negative"
    assert _label(table, "crash", "Brazil") == "neutral"


def test_a_place_that_only_locates_a_scandal_is_neutral(actors):
    table, _ = actors
    assert _label(table, "scandal", "Europe") == "neutral"


def test_one_clear_evaluation_is_not_averaged_away_by_passing_mentions(actors):
    table, mentions = actors
    # criticised once ("suffered from weakness"), then named in passing twice
    unit = mentions[(mentions["id"] == "unit") & (mentions["actor"] == "Allen-Bradley")]
    assert len(unit) == 3
    assert unit["sentiment"].min() <= -0.5 and unit["sentiment"].mean() > -0.275
    assert _label(table, "unit", "Allen-Bradley") == "negative"
    # praised once, then a career fact and a home town
    hero = mentions[(mentions["id"] == "hero") & (mentions["actor"] == "Firefighter Maria Lopez")]
    assert len(hero) == 3 and hero["sentiment"].mean() < 0.275
    assert _label(table, "hero", "Firefighter Maria Lopez") == "positive"


def test_an_actors_score_is_its_mentions_pooled_as_aggregate_pools_them(actors):
    table, mentions = actors
    for (doc, name), scores in mentions.groupby(["id", "actor"])["sentiment"]:
        assert table.loc[(doc, name), "sentiment"] == pytest.approx(aggregate(scores)["sentiment"])


def test_the_place_prior_reads_the_type_and_moves_only_places():
    s = ActorSentiment()
    brazil = (CRASH, CRASH.index("Brazil"), CRASH.index("Brazil") + len("Brazil"))
    firm = (CRASH, CRASH.index("Skyways"), CRASH.index("Skyways") + len("Skyways Airlines"))
    untyped = s.predict_proba([brazil, firm])
    typed = s.predict_proba([brazil, firm], types=["location", "organization"])
    np.testing.assert_array_equal(typed[1], untyped[1])  # not a place: unchanged
    assert typed[0, 1] > untyped[0, 1]  # the place: more neutral...
    # ...its P(positive) / P(negative) kept: only the neutral odds move
    assert typed[0, 2] / typed[0, 0] == pytest.approx(untyped[0, 2] / untyped[0, 0])
    assert s.predict([brazil], types=["location"]) == ["neutral"]
    off = ActorSentiment(place_weight=1.0).predict_proba([brazil], types=["location"])
    np.testing.assert_allclose(off, untyped[:1])
    assert s.score([brazil], types=[None]) == pytest.approx(s.score([brazil]))


@pytest.mark.parametrize(
    "types, match",
    [("location", "one type per target"), (["location"], "1 types for 2"), ([1, 2], "str")],
)
def test_malformed_types_are_refused_by_name(types, match):
    t = (CRASH, 0, 5)
    with pytest.raises(InputError, match=match):
        ActorSentiment().predict_proba([t, t], types=types)


def test_a_place_weight_below_one_is_refused():
    with pytest.raises(InputError, match="place_weight"):
        ActorSentiment(place_weight=0.5).predict_proba([(CRASH, 0, 5)], types=["location"])
