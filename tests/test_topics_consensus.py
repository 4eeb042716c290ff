"""A consensus TopicModel: fits that differ only in random_state, averaged into one model of
the same format and scoring cost (topics._consensus); the shipped default model is one."""

from __future__ import annotations

import copy
import json

import numpy as np
import pytest

from newsanalytics import InputError, Taxonomy, TopicModel
from newsanalytics.topics._consensus import consensus_model

TAXONOMY = {
    "business": ["business", "company", "market", "economy"],
    "entertainment": ["entertainment", "film", "music", "award"],
    "politics": ["politics", "government", "election", "minister"],
    "sport": ["sport", "match", "player", "team"],
    "tech": ["technology", "computer", "software", "internet"],
}
FAST = dict(passes=4, iterations=30, self_training=1, n_other=2)


@pytest.fixture(scope="module")
def texts(bbc_balanced):
    return bbc_balanced(30)[0]


@pytest.fixture(scope="module")
def fits(texts):
    return [
        TopicModel(taxonomy=Taxonomy(TAXONOMY), random_state=state, **FAST).fit(texts)
        for state in (0, 1)
    ]


def test_the_default_model_is_the_consensus_of_random_states_0_to_4():
    from importlib import resources

    root = resources.files("newsanalytics.topics").joinpath("data", "default_model")
    manifest = json.loads(root.joinpath("manifest.json").read_text(encoding="utf-8"))
    assert manifest["random_states"] == [0, 1, 2, 3, 4]
    assert TopicModel.default().random_states_ == [0, 1, 2, 3, 4]


def test_named_topics_average_topic_words_and_classifier_weights(fits):
    both = consensus_model(fits)
    n = both.n_named_
    mean = (fits[0].topic_word_[:n].astype(float) + fits[1].topic_word_[:n]) / 2
    np.testing.assert_allclose(both.topic_word_[:n], mean, rtol=1e-5, atol=1e-9)
    np.testing.assert_allclose(both.coef_[:n], (fits[0].coef_[:n] + fits[1].coef_[:n]) / 2)
    np.testing.assert_allclose(both.topic_word_.sum(axis=1), 1.0, rtol=1e-5)
    assert both.random_states_ == [0, 1]


def test_a_consensus_scores_at_the_cost_of_one_fit(fits):
    both = consensus_model(fits)
    for attr in ("topic_word_", "coef_", "intercept_", "idf_", "alpha_"):
        assert getattr(both, attr).shape == getattr(fits[0], attr).shape
        assert getattr(both, attr).dtype == getattr(fits[0], attr).dtype


def test_unnamed_topics_are_matched_before_they_are_averaged(fits):
    model = fits[0]
    n = model.n_named_
    shuffled = copy.deepcopy(model)
    order = np.r_[np.arange(n), n + np.arange(len(model.topic_names_) - n)[::-1]]
    for attr in ("topic_word_", "coef_", "intercept_", "topic_counts_", "topic_shares_"):
        setattr(shuffled, attr, getattr(model, attr)[order])
    both = consensus_model([model, shuffled])
    np.testing.assert_allclose(both.topic_word_, model.topic_word_, rtol=1e-5, atol=1e-9)
    np.testing.assert_allclose(both.coef_, model.coef_, rtol=1e-5, atol=1e-7)


def test_a_consensus_of_one_fit_with_itself_scores_as_that_fit(fits, texts):
    same = consensus_model([fits[0], fits[0]])
    np.testing.assert_allclose(same.transform(texts[:20]), fits[0].transform(texts[:20]))


def test_a_consensus_saves_its_random_states_and_loads_to_the_same_scores(fits, texts, tmp_path):
    both = consensus_model(fits)
    loaded = TopicModel.load(both.save(tmp_path / "m"))
    assert loaded.random_states_ == [0, 1]
    np.testing.assert_array_equal(loaded.transform(texts[:20]), both.transform(texts[:20]))
    assert not hasattr(TopicModel.load(fits[0].save(tmp_path / "one")), "random_states_")


def test_a_consensus_refit_is_one_fit_again(fits, texts, tmp_path):
    refit = consensus_model(fits).fit(texts)
    assert not hasattr(refit, "random_states_")
    manifest = json.loads((refit.save(tmp_path / "refit") / "manifest.json").read_text())
    assert "random_states" not in manifest


def test_fits_that_differ_beyond_the_random_state_are_refused(fits, texts):
    other = TopicModel(taxonomy=Taxonomy(TAXONOMY), random_state=2, C=5.0, **FAST).fit(texts)
    with pytest.raises(InputError, match="differ"):
        consensus_model([fits[0], other])
    with pytest.raises(InputError, match="no models"):
        consensus_model([])


def test_fits_with_other_classifier_offsets_are_refused(fits):
    # the consensus copies the first fit's offsets: the second's would be lost without a word
    shifted = copy.deepcopy(fits[1])
    shifted.classifier_offsets_ = {"sport": 1.0}
    with pytest.raises(InputError, match="classifier offsets"):
        consensus_model([fits[0], shifted])
    both = copy.deepcopy(fits[0])
    both.classifier_offsets_ = {"sport": 1.0}
    assert consensus_model([both, shifted]).classifier_offsets_ == {"sport": 1.0}
