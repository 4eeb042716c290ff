"""The neutral prior of an unattached mention (issue 13: "a target with no evaluative words
attached is neutral, whatever the sentence's tone"): a mention nothing evaluative attaches
to gets the stronger neutral prior of ``unattached_weight``; an evaluated one keeps its
probabilities."""

from __future__ import annotations

import numpy as np
import pytest

from newsanalytics.exceptions import InputError
from newsanalytics.sentiment import ActorSentiment


def _target(sentence: str, word: str) -> tuple[str, int, int]:
    start = sentence.index(word)
    return (sentence, start, start + len(word))


VIOLENCE = "Violence in Iraq is terrible."  # the violence is judged, not Iraq
MEETING = "A meeting of the conference in Budapest kicked off well this week."
SUCCESS = "Nintendo said the adapter will be a great success in Japan."
MESS = "Iraq is a terrible mess."  # Iraq itself is judged
LOVE = "I love the way Madrid play."
OBAMA = "Obama praised Merkel but criticized Putin."
DISGRACED = "The disgraced senator John Smith resigned."

UNATTACHED = [_target(VIOLENCE, "Iraq"), _target(MEETING, "Budapest"), _target(SUCCESS, "Japan")]
ATTACHED = [
    _target(MESS, "Iraq"), _target(LOVE, "Madrid"), _target(OBAMA, "Merkel"),
    _target(OBAMA, "Putin"), _target(DISGRACED, "John Smith"),
]  # fmt: skip


@pytest.fixture(scope="module")
def model() -> ActorSentiment:
    # the prior is off by default (scripts/fit_news_prior.py): these tests turn it on
    return ActorSentiment(unattached_weight=1.5)


def test_evaluation_of_the_noun_a_phrase_hangs_on_does_not_attach(model):
    flags = model.role_flags(UNATTACHED + ATTACHED)["unattached"].tolist()
    assert flags == [True] * len(UNATTACHED) + [False] * len(ATTACHED)


def test_the_prior_moves_only_the_neutral_odds_of_unattached_mentions(model):
    targets = UNATTACHED + ATTACHED
    off = ActorSentiment(unattached_weight=1.0).predict_proba(targets)
    on = model.predict_proba(targets)
    un = model.role_flags(targets)["unattached"].to_numpy()
    np.testing.assert_allclose(on[~un], off[~un])
    odds_off = off[:, 1] / (off[:, 0] + off[:, 2])
    odds_on = on[:, 1] / (on[:, 0] + on[:, 2])
    np.testing.assert_allclose(odds_on[un], model.unattached_weight * odds_off[un])
    np.testing.assert_allclose((on[:, 2] / on[:, 0])[un], (off[:, 2] / off[:, 0])[un])


def test_the_sentence_tone_counts_less_for_a_place_in_a_phrase(model):
    # "Violence in Iraq is terrible": negative sentence, Iraq only where it happens
    off = ActorSentiment(unattached_weight=1.0).score([_target(VIOLENCE, "Iraq")])[0]
    on = model.score([_target(VIOLENCE, "Iraq")])[0]
    assert off < on < 0
    # the judged subject keeps its score
    mess = [_target(MESS, "Iraq")]
    assert model.score(mess)[0] == ActorSentiment(unattached_weight=1.0).score(mess)[0]


def test_explain_says_when_the_prior_applied(model):
    rows = model.explain(_target(VIOLENCE, "Iraq"))
    assert "(neutral prior: unattached)" in rows["feature"].tolist()
    row = rows[rows["feature"] == "(neutral prior: unattached)"].iloc[0]
    assert row["value"] == model.unattached_weight and row["contribution"] == 0.0
    assert rows["feature"].iloc[-1] == "(bias)"
    assert "(neutral prior: unattached)" not in model.explain(_target(MESS, "Iraq"))[
        "feature"
    ].tolist()
    off = ActorSentiment(unattached_weight=1.0).explain(_target(VIOLENCE, "Iraq"))
    assert "(neutral prior: unattached)" not in off["feature"].tolist()


@pytest.mark.parametrize("bad", [0.5, float("nan"), float("inf"), "2", True, None])
def test_an_invalid_unattached_weight_is_refused_by_name(bad):
    with pytest.raises(InputError, match="unattached_weight"):
        ActorSentiment(unattached_weight=bad).predict([_target(VIOLENCE, "Iraq")])
