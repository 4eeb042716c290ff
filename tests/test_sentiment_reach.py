"""How far a role reaches (issue 13): a role verb's patient is not found across a noun and a
preposition ("denounced the war in <T>"); a head noun is not a verb followed by its object
("Nintendo dominates the market"); a title-case headline's capitalised words may be heads
("CIA Leak Suspect"), its "-s" words not ("Obama Visits Iraq")."""

from __future__ import annotations

import pytest

from newsanalytics.sentiment import ActorSentiment
from newsanalytics.sentiment import _features as F


def _target(sentence: str, word: str) -> tuple[str, int, int]:
    start = sentence.index(word)
    return (sentence, start, start + len(word))


def _roles(sentence: str, word: str) -> set[str]:
    (f,) = F.extract_many([_target(sentence, word)])
    return {k for k in f if k.startswith("role:")}


@pytest.fixture(scope="module")
def model() -> ActorSentiment:
    return ActorSentiment()


def test_the_patient_is_the_noun_a_prepositional_phrase_hangs_on(model):
    war = _target("Protesters denounced the war in Iraq.", "Iraq")
    direct = _target("Protesters denounced Iraq.", "Iraq")
    attack = _target("Rebels launched an attack on Israel.", "Israel")
    like = _target("He accused groups like the Club for Growth of opposing it.", "Club for Growth")
    assert "role:patient:attack" not in _roles(*_word(war))
    for target in (direct, attack, like):
        assert "role:patient:attack" in _roles(*_word(target))
    patient = model.role_flags([war, direct, attack, like])["patient"].tolist()
    assert patient == [False, True, True, True]


def _word(t: tuple[str, int, int]) -> tuple[str, str]:
    return t[0], t[0][t[1] : t[2]]


@pytest.mark.parametrize(
    ("sentence", "word", "mod"),
    [
        ("Nintendo dominates the handheld market.", "Nintendo", False),
        ("Lee brought his shows to the network.", "Lee", False),
        ("Mexican cartels killed 20 people.", "Mexican", True),
        ("The Shadowcrew websites that were used were shut.", "Shadowcrew", True),
        ("FBI Search Of CIA Leak Suspect Turned Up Photos", "CIA", True),
        ("Obama Visits Iraq After Bombing", "Obama", False),
        ("Obama visits the troops after the Leak", "Obama", False),
    ],
)
def test_a_head_noun_is_not_a_verb_and_may_be_capitalised_in_a_headline(sentence, word, mod):
    assert ("role:mod" in _roles(sentence, word)) is mod


def test_the_fast_path_finds_the_same_heads(model):
    from newsanalytics.sentiment import _featurizer

    model._ensure_model()
    fast = _featurizer.FastScorer(
        model.coef_, model.intercept_, model.vocabulary_, vectors=model._vectors, **model._settings
    )
    targets = [
        _target("FBI Search Of CIA Leak Suspect Turned Up Photos", "CIA"),
        _target("Obama Visits Iraq After Bombing", "Obama"),
        _target("Nintendo dominates the handheld market.", "Nintendo"),
        _target("The Shadowcrew websites that were used were shut.", "Shadowcrew"),
        _target("Protesters denounced the war in Iraq.", "Iraq"),
    ]
    got, want = fast.logits(targets), fast.reference_logits(targets)[0]
    assert abs(got - want).max() < 1e-9
