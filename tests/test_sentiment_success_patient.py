"""The patient of a success verb is read by the word before it (stop 43): after "for" the one
the win favours, after "against"/"over" the loser (an attack's patient), else the prize or
the place, which the win does not evaluate; the fast path sees the same. And "play" (a
match, a gig, a part) carries no sentiment."""

from __future__ import annotations

import numpy as np
import pytest

from newsanalytics.sentiment import ActorSentiment, _roles
from newsanalytics.sentiment import _features as F

ENGLAND = "They secured their first win against England at Twickenham since 1997."
CLINTON = "He is expected to secure his first formal victory over the Clintons in New Hampshire."
CRUZ = "A win for Cruz in Wisconsin would change the race."
PRIMARY = "Donald Trump won Tuesday's Republican primaries in West Virginia."
SCOTLAND = '"We didn\'t play last week against Scotland," he said.'


def _target(sentence: str, word: str) -> tuple[str, int, int]:
    start = sentence.index(word)
    return (sentence, start, start + len(word))


TARGETS = [
    _target(ENGLAND, "England"), _target(CLINTON, "Clintons"), _target(CRUZ, "Cruz"),
    _target(CRUZ, "Wisconsin"), _target(PRIMARY, "West Virginia"), _target(SCOTLAND, "Scotland"),
]  # fmt: skip


@pytest.fixture(scope="module")
def model() -> ActorSentiment:
    return ActorSentiment()


def test_the_word_before_the_patient_says_who_it_is():
    england, clinton, cruz, wisconsin, west_virginia, _ = F.extract_many(TARGETS)
    for loser in (england, clinton):  # past "the" too
        assert "role:patient:attack" in loser and "role:patient:success" not in loser
    assert "role:patient:success" in cruz
    for place in (wisconsin, west_virginia):
        assert not any(k.startswith("role:patient") for k in place)


def test_the_loser_of_a_win_is_not_scored_positive(model):
    assert model.score([TARGETS[0]])[0] < 0.275


def test_play_is_no_lexicon_word():
    assert "play" not in F.rules().lexicon and "played" not in F.rules().lexicon
    assert not [w for w, _, _ in F.lexicon_hits(SCOTLAND)]


def test_the_fast_path_and_the_reference_agree_on_these_targets(model):
    model._ensure_model()
    z_fast, fast = model._scorer.logits(TARGETS, roles=True)
    z_ref, feats = model._scorer.reference_logits(TARGETS)
    np.testing.assert_allclose(z_fast, z_ref, atol=1e-9)
    np.testing.assert_array_equal(fast, _roles.reference_flags(feats))
