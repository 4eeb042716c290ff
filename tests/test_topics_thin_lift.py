"""A thin topic's classifier probability is floored at its fold-in share where the text
has one of its seed words (issue 14: drug-policy stories that also read as politics)."""

import numpy as np

from newsanalytics.topics._seeded_lda import lift_thin_topics


def test_thin_topic_lifted_only_where_its_seed_word_is_seen():
    proba = np.array([[0.99, 0.0, 0.01], [0.99, 0.0, 0.01]])
    theta = np.array([[0.3, 0.4, 0.3], [0.3, 0.4, 0.3]])
    seen = np.array([[2, 1], [2, 0]])  # documents x named topics (the first two)
    out = lift_thin_topics(proba, theta, seen, [1])
    assert out is proba
    np.testing.assert_allclose(out[0], np.array([0.99, 0.4, 0.01]) / 1.4)
    np.testing.assert_allclose(out[1], [0.99, 0.0, 0.01])  # no seed word: untouched
    np.testing.assert_allclose(out.sum(axis=1), 1.0)


def test_no_thin_topic_or_classifier_above_fold_in_changes_nothing():
    proba = np.array([[0.2, 0.7, 0.1]])
    theta = np.array([[0.5, 0.4, 0.1]])
    seen = np.array([[1, 1]])
    np.testing.assert_array_equal(lift_thin_topics(proba.copy(), theta, seen, []), proba)
    np.testing.assert_array_equal(lift_thin_topics(proba.copy(), theta, seen, [1]), proba)
