"""A thin topic's classifier probability is floored at its fold-in share where the text
has two different seed words of it (issue 14: drug-policy stories that also read as
politics), and keeps that share: the other topics make room."""

import numpy as np

from newsanalytics.topics._seeded_lda import lift_thin_topics


def test_thin_topic_lifted_where_two_of_its_seed_words_are_seen_and_keeps_its_share():
    proba = np.array([[0.99, 0.0, 0.01], [0.99, 0.0, 0.01]])
    theta = np.array([[0.3, 0.4, 0.3], [0.3, 0.4, 0.3]])
    seen = np.array([[2, 2], [2, 0]])  # documents x named topics (the first two)
    out = lift_thin_topics(proba, theta, seen, [1])
    assert out is proba
    # the lifted topic keeps its fold-in share; the others share what is left by their ratio
    np.testing.assert_allclose(out[0], [0.99 * 0.6, 0.4, 0.01 * 0.6])
    np.testing.assert_allclose(out[1], [0.99, 0.0, 0.01])  # no seed word: untouched
    np.testing.assert_allclose(out.sum(axis=1), 1.0)


def test_one_seed_word_of_a_thin_topic_lifts_nothing():
    proba = np.array([[0.99, 0.0, 0.01]])
    theta = np.array([[0.3, 0.4, 0.3]])
    seen = np.array([[2, 1]])
    np.testing.assert_array_equal(lift_thin_topics(proba.copy(), theta, seen, [1]), proba)


def test_two_thin_topics_lifted_together_keep_their_shares():
    proba = np.array([[0.9, 0.05, 0.05]])
    theta = np.array([[0.2, 0.3, 0.5]])
    seen = np.array([[3, 2, 2]])
    out = lift_thin_topics(proba, theta, seen, [1, 2])
    np.testing.assert_allclose(out[0], [0.2, 0.3, 0.5])


def test_no_thin_topic_or_classifier_above_fold_in_changes_nothing():
    proba = np.array([[0.2, 0.7, 0.1]])
    theta = np.array([[0.5, 0.4, 0.1]])
    seen = np.array([[2, 2]])
    np.testing.assert_array_equal(lift_thin_topics(proba.copy(), theta, seen, []), proba)
    np.testing.assert_array_equal(lift_thin_topics(proba.copy(), theta, seen, [1]), proba)


def test_a_thin_topic_is_lifted_to_the_texts_own_seed_share():
    """Unseen text on a thin topic: the classifier, trained on its few documents, denies it;
    the text's two seed words of it ("cocaine", "heroin") floor it at their seed share."""
    import warnings

    from newsanalytics import TopicModel

    model = TopicModel.default()
    assert "drug policy" in model.thin_topics_
    text = "Police arrested 19 people accused of dealing cocaine and heroin in the financial district."
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert model.top_topics([text])[0][0] == "drug policy"  # was crime and justice
