"""Sentiment goes to the target by its role, not to everyone in the sentence (issue 13).

Each case is a sentence from a real run where the old model gave the sentence's tone, or
the tone of the word a target modifies, to the wrong actor; each test fails on that model.
The shipped model must give each target the reading a reader gives it. The cases it still
gets wrong are strict expected failures, with what it does instead: they are the open part
of the issue, and the mark fails the day a model gets them right.

Why they stay open: the model learns NewsMTSC's labels, and NewsMTSC's annotators give a
target the tone around it far more often than these readings do (counts from its train
split with the features' own role detection, in each reason below). Features that encode
these roles exist (``role:agent:*``, ``role:mod``, clause-scoped ``lex:`` evidence, the
``att:none`` prior); dropping the sentence-wide evidence altogether lowers the grouped CV
macro-F1 on train (0.695 -> 0.676) and leaves negative the most probable class of all four
cases (uncalibrated model). Passing them needs
training labels that read roles this way, not a rule per sentence.
"""

from __future__ import annotations

import pytest

from newsanalytics.sentiment import ActorSentiment


def _target(sentence: str, word: str) -> tuple[str, int, int]:
    start = sentence.index(word)
    return (sentence, start, start + len(word))


WHITCOMBE = "Senator Paul Whitcombe called her handling of interest rates reckless."
OAS = (
    "The meetings are set to debate new strategies in the region’s crackdown on drug gangs "
    "and discuss a recent OAS report on drug policy in the Americas, which called for a "
    "“flexible approach” and suggested that legalization of marijuana be considered."
)
CARTELS = (
    "Central America has been ravaged by criminal violence as Mexican drug cartels, squeezed "
    "by attempts to root them out at home, have sought to diversify their operations southward."
)
PEREZ = (
    "Guatemalan president Otto Perez, who met Kerry yesterday, has said the war on drugs in "
    "Latin America has failed and has called for decriminalization of narcotics."
)
OBAMA = "Obama praised Merkel but criticized Putin."


@pytest.fixture(scope="module")
def model() -> ActorSentiment:
    return ActorSentiment()


def _label(model, target):
    return model.predict([target])[0]


def test_the_critic_scores_above_the_criticised(model):
    critic = _target(WHITCOMBE, "Paul Whitcombe")
    criticised = _target(WHITCOMBE, "her")
    critic_score, criticised_score = model.score([critic, criticised])
    assert critic_score > criticised_score


def test_the_critic_is_not_labelled_negative(model):
    # Narrowly: the label follows the score, -0.29 inside the shipped cut of 0.3. The model
    # still leans negative (P(negative) 0.44 against P(neutral) 0.41, which the argmax
    # labelled negative): in NewsMTSC train, which it learns from, the agent of an attack
    # verb is labelled negative 69% of the time (340 targets).
    assert _label(model, _target(WHITCOMBE, "Paul Whitcombe")) != "negative"


def test_held_back_recognition_of_a_leader_is_not_praise():
    sentence = (
        "Washington has held back recognition of leftist President Nicolas Maduro, chosen "
        "successor of the late Hugo Chavez."
    )
    assert _label(ActorSentiment(), _target(sentence, "Nicolas Maduro")) != "positive"


def test_a_place_in_a_prepositional_phrase_does_not_take_the_tone_of_the_phrase(model):
    # the report is on drug policy; the Americas are where
    assert _label(model, _target(OAS, "Americas")) == "neutral"


@pytest.mark.xfail(
    strict=True,
    reason="P(negative) 0.72 (neutral prior 3.0): 'ravaged by criminal violence' sits in the same clause, and "
    "NewsMTSC train labels 40% of its modifier targets negative (1,219), so the modifier role "
    "learns little",
)
def test_a_modifier_does_not_take_the_tone_of_its_head_noun(model):
    # the cartels are violent, not Mexico
    assert _label(model, _target(CARTELS, "Mexican")) == "neutral"


def test_a_role_verb_acts_on_the_head_noun_not_on_its_modifier():
    # "blamed Mexican cartels": the cartels are blamed; Mexico only modifies them. The
    # modifier's role verb is a feature of its own (the model learns how much of the
    # head's treatment reaches a modifier), the head keeps the plain patient role.
    from newsanalytics.sentiment import _features

    blamed, praised = "The report blamed Mexican cartels.", "Critics praised Obama's diplomat."
    mexican, cartels = _target(blamed, "Mexican"), _target(blamed, "cartels")
    obama = _target(praised, "Obama")
    feats = _features.extract_many([mexican, cartels, obama])
    roles = [{k for k in f if k.startswith("role:")} for f in feats]
    assert roles[0] == {"role:head_patient:attack", "role:mod"}
    assert roles[1] == {"role:patient:attack"}
    assert roles[2] == {"role:head_patient:praise", "role:poss"}


@pytest.mark.xfail(
    strict=True,
    reason="score +0.32 (P(positive) 0.39, P(neutral) 0.53, neutral prior 3.0) reaches the shipped "
    "cut of 0.275: the label follows the score since issue 13 (the argmax labelled it neutral); "
    "'top diplomat' still lends the possessor praise",
)
def test_a_possessor_does_not_take_the_praise_of_its_head_noun(model):
    sentence = (
        "Kerry is on his first official visit to Central America as President Barack "
        "Obama’s top diplomat."
    )
    assert _label(model, _target(sentence, "Barack Obama")) == "neutral"


@pytest.mark.xfail(
    strict=True,
    reason="P(negative) 0.67 (neutral prior 3.0): the evidence beyond the clause ('bomb', 'attacks', 'kill') "
    "outweighs the clause split at 'as'; NewsMTSC train labels 52% of the targets with "
    "nothing evaluative attached in a negative sentence negative (635)",
)
def test_the_subject_of_good_news_is_not_hit_by_the_bad_news_in_another_clause(model):
    sentence = "Rumsfeld says US is winning the war as bomb attacks kill 18"
    assert _label(model, _target(sentence, "US")) != "negative"


@pytest.mark.xfail(
    strict=True,
    reason="P(negative) 0.45 against P(neutral) 0.45 (neutral prior 3.0): the main clause's 'failed' "
    "still reaches the target through the sentence-wide evidence; NewsMTSC train labels 44% "
    "of its targets in a who/which clause negative (89)",
)
def test_a_target_in_a_relative_clause_keeps_out_of_the_main_clause(model):
    assert _label(model, _target(PEREZ, "Kerry")) == "neutral"


def test_praise_and_criticism_across_but_reach_their_own_targets_with_confidence(model):
    merkel, putin = _target(OBAMA, "Merkel"), _target(OBAMA, "Putin")
    # the model's own calibration (no neutral prior): under the default prior of 3.0 Merkel
    # is positive by a hair (0.454 against 0.442)
    own = ActorSentiment(neutral_weight=1.0)
    p_merkel, p_putin = own.predict_proba([merkel, putin])
    assert p_merkel.argmax() == 2 and p_putin.argmax() == 0
    assert p_merkel[2] >= 0.5 and p_putin[0] >= 0.5


@pytest.mark.xfail(
    strict=True,
    reason="P(negative) 0.80 against P(neutral) 0.17 (neutral prior 3.0): 'targeted' makes him the "
    "patient of an attack verb, and NewsMTSC train labels the patients of verbs of harm "
    "('attack', 'target', 'threaten', 'kill', 'murder', ...) negative 63% of the time (42 of "
    "67; 84% for verbs of verdict such as 'accuse', 'indict': 284 of 339). A verb class of "
    "its own for harm leaves the grouped CV macro-F1 on train at 0.694 (0.695 without), the "
    "read set's tune agreement at 123/159, and this victim negative (0.67)",
)
def test_the_victim_of_a_harmful_act_is_not_labelled_negative(model):
    # HuffPost sample, line 405: police were sent to Bannon's house by a fake call; the
    # negative words are about what was done to him, not about him.
    sentence = (
        "Officials determined that Bannon's row house was targeted in a fake call to police "
        "about a man with a gun, meant to trigger a shocking law enforcement response."
    )
    assert _label(model, _target(sentence, "Bannon")) != "negative"


def test_the_winner_and_the_loser_have_roles_of_their_own_and_are_no_source():
    # Success and failure verbs are role verbs of their own: their agent is the one who wins
    # or loses, not a source (the critic or praiser of an attack or praise verb); "beat",
    # whose object is the loser, is an attack verb as "defeat" is.
    from newsanalytics.sentiment import _features

    won, lost = "Labour won the Hartlepool by-election.", "Enron collapsed in December."
    beat = "Rochus beat Kiefer in three sets."
    feats = _features.extract_many(
        [_target(won, "Labour"), _target(lost, "Enron"), _target(beat, "Rochus"),
         _target(beat, "Kiefer")]
    )  # fmt: skip
    roles = [{k for k in f if k.startswith("role:")} for f in feats]
    assert roles == [
        {"role:agent:success"},
        {"role:agent:failure"},
        {"role:agent:attack", "role:source"},
        {"role:patient:attack"},
    ]
    assert feats[0]["role:agent:success"] == _features.ROLE_VALUE
    # A success word that is only a longer word's start is no role verb.
    assert _features.verb_class("window") == _features.verb_class("surgery") == 0


def test_a_name_spelt_like_a_success_word_is_no_success_verb(model):
    # The success stem "victor" matched "Victoria" as a prefix: "Kerry and Victoria Nuland met"
    # made Kerry the agent of a win. Victor, victors, victory and victorious still count.
    def roles(sentence: str, start: int, end: int) -> list[str]:
        rows = model.explain((sentence, start, end))
        return [f for f in rows["feature"] if f.startswith("role:")]

    assert "role:agent:success" not in roles("Kerry and Victoria Nuland met in Kiev.", 0, 5)
    assert "role:agent:success" not in roles("Police arrested Smith in Victoria.", 16, 21)
    assert "role:agent:success" in roles("Kerry and his victorious team met in Kiev.", 0, 5)
