"""Stop 43's polar fixes: a name inside a title-case headline (not its clause's first, and
not evaluated) gets the neutral prior ``_roles.HEADLINE_WEIGHT``; the patient of a success verb is read by the
word before it ("a win for X": favoured; "a win against X": the loser; "won X's primary":
no role). Both the fast path and the named features (the reference) see the same."""

from __future__ import annotations

import numpy as np
import pytest

from newsanalytics.sentiment import ActorSentiment, _roles
from newsanalytics.sentiment import _features as F

NUNES = "Devin Nunes Gets Meeting On Secret Russia Probe Source After Threatening DOJ"
JORDAN = "Rep. Jim Jordan Admits To Sending One Of The Texts Revealed By Jan. 6 Committee"
PLAIN = "Devin Nunes got a meeting on a secret Russia probe source."
ENGLAND = "They secured their first win against England at Twickenham since 1997."
CRUZ = "A win for Cruz in Wisconsin would change the race."
PRIMARY = "Donald Trump won Tuesday's Republican primaries in West Virginia."


def _target(sentence: str, word: str) -> tuple[str, int, int]:
    start = sentence.index(word)
    return (sentence, start, start + len(word))


TARGETS = [
    _target(NUNES, "Devin Nunes"), _target(NUNES, "Russia"), _target(NUNES, "DOJ"),
    _target(JORDAN, "Jim Jordan"), _target(PLAIN, "Russia"), _target(ENGLAND, "England"),
    _target(CRUZ, "Cruz"), _target(CRUZ, "Wisconsin"), _target(PRIMARY, "West Virginia"),
]  # fmt: skip


@pytest.fixture(scope="module")
def model() -> ActorSentiment:
    return ActorSentiment()


def test_title_case_is_told_from_a_sentence_with_names():
    for text, title in ((NUNES, True), (JORDAN, True), (PLAIN, False), (ENGLAND, False)):
        an = F.Sentence(text)
        assert F.is_title_case(text, an.starts, an.ends) is title
        assert an.title is title


def test_a_headline_name_is_inner_unless_first_of_its_clause_or_after_a_title(model):
    inner = model.role_flags(TARGETS)["headline_inner"].tolist()
    # Nunes opens the headline, DOJ is evaluated (threatened), Jordan follows "Rep.", the
    # plain sentence is no headline
    assert inner == [False, True, False, False, False, False, False, False, False]


def test_the_fast_path_and_the_reference_agree_on_these_targets(model):
    model._ensure_model()
    z_fast, fast = model._scorer.logits(TARGETS, roles=True)
    z_ref, feats = model._scorer.reference_logits(TARGETS)
    np.testing.assert_allclose(z_fast, z_ref, atol=1e-9)
    np.testing.assert_array_equal(fast, _roles.reference_flags(feats))


def test_the_headline_rule_moves_only_the_neutral_odds(model, monkeypatch):
    flags = model.role_flags(TARGETS)["headline_inner"].tolist()
    inner = [t for t, on in zip(TARGETS, flags, strict=True) if on]
    with_rule = model.predict_proba(inner)
    monkeypatch.setattr(_roles, "HEADLINE_WEIGHT", 1.0)
    without = model.predict_proba(inner)
    assert (with_rule[:, 1] > without[:, 1]).all()
    np.testing.assert_allclose(
        with_rule[:, 2] / with_rule[:, 0], without[:, 2] / without[:, 0], rtol=1e-9
    )
    # explain() says the rule applied
    assert "(headline rule)" in model.explain(inner[0])["feature"].tolist()


def test_the_patient_of_a_success_verb_by_the_word_before_it():
    feats = F.extract_many([TARGETS[5], TARGETS[6], TARGETS[7], TARGETS[8]])
    england, cruz, wisconsin, west_virginia = feats
    assert "role:patient:attack" in england and "role:patient:success" not in england
    assert "role:patient:success" in cruz
    for f in (wisconsin, west_virginia):  # the place of a win is not its patient
        assert not any(k.startswith("role:patient") for k in f)
