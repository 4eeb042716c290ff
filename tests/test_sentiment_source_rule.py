"""The role rule (issue 13): a speaker, critic, praiser or judge that nothing evaluates (a
*plain source*) gets a stronger neutral prior, ``source_weight``; the role flags it reads
are the same from the fast path and from the named features (the reference)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from newsanalytics.exceptions import InputError
from newsanalytics.sentiment import ActorSentiment, _roles

GOLD = Path(__file__).resolve().parents[1] / "benchmarks" / "readsets" / "sentiment_gold.jsonl"


def _target(sentence: str, word: str) -> tuple[str, int, int]:
    start = sentence.index(word)
    return (sentence, start, start + len(word))


OBAMA = "Obama praised Merkel but criticized Putin."
WHITCOMBE = "Senator Paul Whitcombe called her handling of interest rates reckless."
SAID = "John Smith said the vote was a fine victory."
DISGRACED = "The disgraced senator John Smith said the vote was a fine victory."
QUOTE = '"We are thrilled with these wonderful results," said John Smith.'


@pytest.fixture(scope="module")
def model() -> ActorSentiment:
    return ActorSentiment()


def _flags(model, targets):
    return model.role_flags(targets)


def test_fast_path_flags_equal_the_reference_flags(model):
    # every tune row of the read set, and the cases below
    rows = [json.loads(line) for line in GOLD.open(encoding="utf-8")]
    targets = [(r["sentence"], r["t_start"], r["t_end"]) for r in rows if r["split"] == "tune"]
    targets += [
        _target(OBAMA, "Obama"), _target(OBAMA, "Merkel"), _target(OBAMA, "Putin"),
        _target(WHITCOMBE, "Paul Whitcombe"), _target(WHITCOMBE, "her"),
        _target(SAID, "John Smith"), _target(DISGRACED, "John Smith"), (SAID, 0, 0),
    ]  # fmt: skip
    model._ensure_model()
    _, fast = model._scorer.logits(targets, roles=True)
    _, feats = model._scorer.reference_logits(targets)
    ref = _roles.reference_flags(feats)
    assert fast.shape == (len(targets), len(_roles.ROLE_FLAGS))
    np.testing.assert_array_equal(fast, ref)
    # the set is not trivial: every flag is on somewhere and off somewhere
    assert ref.any(axis=0).all() and (~ref).any(axis=0).all()


def test_the_critic_and_the_praiser_are_plain_sources_their_objects_are_not(model):
    flags = _flags(
        model,
        [_target(OBAMA, "Obama"), _target(OBAMA, "Merkel"), _target(WHITCOMBE, "her")],
    )
    assert flags.loc[0, "praiser"] and flags.loc[0, "plain_source"]
    assert flags.loc[1, "patient"] and not flags.loc[1, "plain_source"]
    assert flags.loc[2, "patient"] and not flags.loc[2, "plain_source"]


def test_an_evaluated_speaker_is_no_plain_source(model):
    flags = _flags(model, [_target(SAID, "John Smith"), _target(DISGRACED, "John Smith")])
    assert flags["speaker"].all()
    assert flags["plain_source"].tolist() == [True, False]  # "disgraced" evaluates him


def test_the_rule_moves_only_the_neutral_odds_of_plain_sources(model):
    targets = [
        _target(SAID, "John Smith"), _target(QUOTE, "John Smith"),
        _target(OBAMA, "Merkel"), _target(OBAMA, "Putin"),
    ]  # fmt: skip
    off = ActorSentiment(source_weight=1.0).predict_proba(targets)
    on = model.predict_proba(targets)
    plain = model.role_flags(targets)["plain_source"].to_numpy()
    assert plain.tolist() == [True, True, False, False]
    np.testing.assert_allclose(on[~plain], off[~plain])
    odds_off = off[:, 1] / (off[:, 0] + off[:, 2])
    odds_on = on[:, 1] / (on[:, 0] + on[:, 2])
    np.testing.assert_allclose(odds_on[plain], model.source_weight * odds_off[plain])
    np.testing.assert_allclose((on[:, 2] / on[:, 0])[plain], (off[:, 2] / off[:, 0])[plain])


def test_a_speaker_is_not_given_the_tone_of_what_he_says(model):
    # the quote is upbeat; the speaker is not praised (nothing attaches to him either: the
    # neutral prior of unattached mentions is off here too, to see the role rule alone)
    target = _target(QUOTE, "John Smith")
    assert ActorSentiment(source_weight=1.0, unattached_weight=1.0).predict([target]) == [
        "positive"
    ]
    assert ActorSentiment(unattached_weight=1.0).predict([target]) == ["neutral"]
    assert model.predict([target]) == ["neutral"]


def test_explain_says_when_the_role_rule_applied(model):
    plain = model.explain(_target(SAID, "John Smith"))
    assert "(role rule: plain source)" in plain["feature"].tolist()
    row = plain[plain["feature"] == "(role rule: plain source)"].iloc[0]
    assert row["value"] == model.source_weight and row["contribution"] == 0.0
    assert plain["feature"].iloc[-1] == "(bias)"
    patient = model.explain(_target(OBAMA, "Merkel"))
    assert "(role rule: plain source)" not in patient["feature"].tolist()
    off = ActorSentiment(source_weight=1.0).explain(_target(SAID, "John Smith"))
    assert "(role rule: plain source)" not in off["feature"].tolist()


@pytest.mark.parametrize("bad", [0.5, float("nan"), float("inf"), "2", True, None])
def test_an_invalid_source_weight_is_refused_by_name(bad):
    with pytest.raises(InputError, match="source_weight"):
        ActorSentiment(source_weight=bad).predict([_target(SAID, "John Smith")])
