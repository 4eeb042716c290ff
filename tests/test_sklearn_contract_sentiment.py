"""ActorSentiment keeps scikit-learn's estimator contract (issue 15).

``parametrize_with_checks`` runs scikit-learn's own checks. The estimator reads text
targets, ``(sentence, start, end)`` triples, and its ``score`` returns a sentiment per target
(the API the project documents), so the checks that feed it numeric matrices or call
``score(X, y)`` cannot apply; each is listed below with the reason. What can apply runs.
"""

from __future__ import annotations

import numpy as np
from sklearn.base import clone
from sklearn.utils.estimator_checks import parametrize_with_checks

from newsanalytics.sentiment import ActorSentiment

NUMERIC_INPUT = "feeds numeric arrays; the estimator reads (sentence, start, end) text targets"
SCORE_API = "calls score(X, y) for accuracy; ActorSentiment.score(targets) is the sentiment"

# Check name -> why it cannot apply to text targets. Every one of these fits or predicts on a
# numeric matrix, which the estimator refuses with an InputError naming the target.
NOT_APPLICABLE = {
    "check_class_weight_classifiers": NUMERIC_INPUT,
    "check_classifier_data_not_an_array": NUMERIC_INPUT,
    "check_classifiers_classes": NUMERIC_INPUT,
    "check_classifiers_one_label": NUMERIC_INPUT,
    "check_classifiers_regression_target": NUMERIC_INPUT,
    "check_classifiers_train": NUMERIC_INPUT,
    "check_complex_data": NUMERIC_INPUT,
    "check_dict_unchanged": NUMERIC_INPUT,
    "check_dont_overwrite_parameters": NUMERIC_INPUT,
    "check_dtype_object": NUMERIC_INPUT,
    "check_estimator_sparse_array": NUMERIC_INPUT,
    "check_estimator_sparse_matrix": NUMERIC_INPUT,
    "check_estimator_sparse_tag": NUMERIC_INPUT,
    "check_estimators_dtypes": NUMERIC_INPUT,
    "check_estimators_empty_data_messages": NUMERIC_INPUT,
    "check_estimators_fit_returns_self": NUMERIC_INPUT,
    "check_estimators_nan_inf": NUMERIC_INPUT,
    "check_estimators_overwrite_params": NUMERIC_INPUT,
    "check_estimators_pickle": "fits on numeric arrays; pickling a scorer is tested below on text targets",
    "check_estimators_unfitted": "feeds numeric arrays; besides, an unfitted ActorSentiment scores with the shipped model by design",
    "check_f_contiguous_array_estimator": NUMERIC_INPUT,
    "check_fit2d_1feature": NUMERIC_INPUT,
    "check_fit2d_1sample": NUMERIC_INPUT,
    "check_fit2d_predict1d": NUMERIC_INPUT,
    "check_fit_check_is_fitted": "feeds numeric arrays; besides, an unfitted ActorSentiment scores with the shipped model by design",
    "check_fit_idempotent": NUMERIC_INPUT,
    "check_fit_score_takes_y": SCORE_API,
    "check_methods_sample_order_invariance": NUMERIC_INPUT,
    "check_methods_subset_invariance": NUMERIC_INPUT,
    "check_n_features_in": "feeds numeric arrays; text targets have no n_features_in_",
    "check_n_features_in_after_fitting": "feeds numeric arrays; text targets have no n_features_in_",
    "check_non_transformer_estimators_n_iter": NUMERIC_INPUT,
    "check_pipeline_consistency": NUMERIC_INPUT,
    "check_positive_only_tag_during_fit": NUMERIC_INPUT,
    "check_readonly_memmap_input": NUMERIC_INPUT,
    "check_requires_y_none": NUMERIC_INPUT,
    "check_supervised_y_2d": NUMERIC_INPUT,
}


def _expected_failed_checks(estimator):
    return NOT_APPLICABLE


@parametrize_with_checks(
    [ActorSentiment(), ActorSentiment(method="vader")],
    expected_failed_checks=_expected_failed_checks,
)
def test_sklearn_check(estimator, check):
    check(estimator)


def test_repr_get_params_and_clone_round_trip():
    scorer = ActorSentiment(neutral_weight=1.5, C=0.2)
    assert repr(scorer) == "ActorSentiment(C=0.2, neutral_weight=1.5)"
    twin = clone(scorer)
    assert twin is not scorer and twin.get_params() == scorer.get_params()
    assert scorer.set_params(C=0.3) is scorer and scorer.C == 0.3


def test_classes_are_the_columns_of_predict_proba():
    scorer = ActorSentiment(neutral_weight=1.0)  # the label is then the largest probability
    assert list(scorer.classes_) == ["negative", "neutral", "positive"]
    s = "Obama praised Merkel but criticized Putin."
    proba = scorer.predict_proba([(s, 14, 20)])
    assert scorer.classes_[proba.argmax()] == scorer.predict([(s, 14, 20)])[0]


def test_a_clone_of_a_fitted_scorer_is_unfitted_and_uses_the_shipped_model():
    s = "Obama praised Merkel but criticized Putin."
    targets = [(s, 14, 20), (s, 36, 41)]
    fitted = ActorSentiment(min_df=1, word_vectors=None).fit(targets, ["negative", "positive"])
    twin = clone(fitted)
    assert "coef_" not in twin.__dict__
    np.testing.assert_array_equal(twin.score(targets), ActorSentiment().score(targets))


def test_grid_search_chooses_a_parameter_by_cross_validation():
    from sklearn.metrics import accuracy_score, make_scorer
    from sklearn.model_selection import GridSearchCV

    def t(s, w):
        return (s, s.index(w), s.index(w) + len(w))

    good = [t(f"{n} was praised for the great success.", n) for n in "Ann Bob Cid Dan Eve".split()]
    bad = [t(f"{n} was blamed for the terrible failure.", n) for n in "Fay Gus Hal Ida Jon".split()]
    targets = good + bad
    labels = ["positive"] * 5 + ["negative"] * 5
    search = GridSearchCV(
        ActorSentiment(min_df=1, word_vectors=None, calibration=None),
        {"C": [0.1, 1.0]},
        scoring=make_scorer(accuracy_score),
        cv=2,
    )
    search.fit(np.array(targets, dtype=object), labels)
    assert search.best_params_["C"] in (0.1, 1.0)
    assert search.best_estimator_.predict(targets[:1]) == ["positive"]


def test_a_scorer_pickles_for_worker_processes_and_scores_the_same():
    import pickle

    s = "Obama praised Merkel but criticized Putin."
    targets = [(s, 14, 20), (s, 36, 41)]
    scorer = ActorSentiment()
    before = scorer.score(targets)
    twin = pickle.loads(pickle.dumps(scorer))
    np.testing.assert_array_equal(twin.score(targets), before)
