"""A text whose words carry less information about the topics than the weakest seed word
hands its named shares to the background ("other"): a sentence without a subject is about
no named topic (issue 14)."""

import warnings

import numpy as np
import pytest

from newsanalytics import TopicModel
from newsanalytics.topics._shares import (
    hand_to_other,
    information_floor,
    model_information,
    word_information,
)

SUBJECTLESS = [
    "He said it was fine.",
    "We will see what happens.",
    "It is the first time this has happened.",
    "More details are expected later.",
]


@pytest.fixture(scope="module")
def model():
    return TopicModel.default()


def test_a_word_one_topic_owns_carries_more_than_a_word_all_share():
    phi = np.array([[0.4, 0.3, 0.3], [0.4, 0.0, 0.6]])
    info = word_information(phi, np.array([0.5, 0.5]))
    assert info[0] == pytest.approx(0.0)
    assert info[1] == pytest.approx(np.log(2))  # only topic 0 uses it: the prior halved
    assert 0 < info[2] < info[1]
    assert information_floor(info, [1, 2]) == pytest.approx(info[2])


def test_hand_to_other_moves_named_shares_to_the_background_by_its_shares():
    shares = np.array([[0.5, 0.2, 0.2, 0.1], [0.5, 0.3, 0.2, 0.0]])
    hand_to_other(shares, np.array([0]), 2)
    np.testing.assert_allclose(shares[0], [0.0, 0.0, 0.2 + 0.7 * 2 / 3, 0.1 + 0.7 / 3])
    np.testing.assert_allclose(shares[1], [0.5, 0.3, 0.2, 0.0])  # not handed: untouched
    lone = np.array([[0.6, 0.4]])
    hand_to_other(lone, np.array([0]), 2)  # no background topic: nowhere to go
    np.testing.assert_allclose(lone[0], [0.6, 0.4])


def test_the_floor_is_learnt_from_the_model_near_the_weakest_seed(model):
    info, floor = model_information(model)
    assert 0.5 < floor < 2.0
    vocab = model.vectorizer_.vocabulary_
    seeds = [vocab[f] for feats in model.seed_features_ for f in feats if f in vocab]
    assert floor == pytest.approx(info[seeds].min())


def test_sentences_without_a_subject_get_no_named_topic(model):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        tops = model.top_topics(SUBJECTLESS)
        scores = model.score(SUBJECTLESS, other=True)
    assert tops == [[]] * len(SUBJECTLESS)
    np.testing.assert_allclose(scores["other"], 1.0)


def test_a_short_text_with_a_seed_word_keeps_its_topic(model):
    texts = ["The cartel smuggled cocaine.", "Voters went to the polls."]
    tops = model.top_topics(texts)
    assert tops[0][0] == "drug policy"
    assert tops[1][0] == "elections"
    rows = model.transform(texts)
    np.testing.assert_allclose(rows.sum(axis=1), 1.0)
