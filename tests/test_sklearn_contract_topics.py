"""TopicModel keeps scikit-learn's estimator contract (issue 15).

``parametrize_with_checks`` runs scikit-learn's own checks. TopicModel reads documents (str
or Article), so every check that fits or transforms a numeric matrix cannot apply: the
estimator refuses such input with an InputError naming the record. Each is listed below with
its reason, and where the check's point holds for text, a test further down makes the same
point on documents (fit returns self, idempotent fit, order and subset invariance, pickling,
no parameter or attribute changed by fit or transform, pipeline consistency, empty input).
"""

from __future__ import annotations

import pickle

import numpy as np
import pytest
from sklearn.base import clone
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import FunctionTransformer
from sklearn.utils.estimator_checks import parametrize_with_checks
from sklearn.utils.validation import check_is_fitted

from newsanalytics import InputError, TopicModel

TAXONOMY = {"drugs": ["cocaine", "heroin", "cartel"], "diplomacy": ["diplomats", "summit"]}
DOCS = [
    "The cartel smuggled cocaine across the border.",
    "Police seized heroin and cocaine from the cartel.",
    "A cartel boss was arrested with heroin.",
    "Diplomats met at the summit in Geneva.",
    "The summit ended with diplomats signing a deal.",
    "Foreign diplomats prepared the summit talks.",
    "Markets rose and shares gained on the news.",
    "Shares fell as markets worried about rates.",
]


def small(**kw) -> TopicModel:
    params = dict(
        taxonomy=TAXONOMY,
        min_df=1,
        max_df=1.0,
        passes=2,
        iterations=20,
        self_training=1,
        n_jobs=1,
        random_state=0,
    )
    params.update(kw)
    return TopicModel(**params)


NUMERIC_INPUT = "feeds a numeric matrix; TopicModel reads documents (str or Article)"
SPARSE_INPUT = "feeds a sparse numeric matrix; TopicModel reads documents, not counts"
TEXT_TWIN = NUMERIC_INPUT + "; the same point is tested on documents in this file"
N_FEATURES = (
    "feeds a numeric matrix and checks n_features_in_ against its columns; documents have "
    "no columns (n_features_in_ is the size of the learnt vocabulary)"
)

NOT_APPLICABLE = {
    "check_complex_data": NUMERIC_INPUT,
    "check_dict_unchanged": TEXT_TWIN,
    "check_dont_overwrite_parameters": TEXT_TWIN,
    "check_dtype_object": NUMERIC_INPUT,
    "check_estimator_sparse_array": SPARSE_INPUT,
    "check_estimator_sparse_matrix": SPARSE_INPUT,
    "check_estimator_sparse_tag": SPARSE_INPUT,
    "check_estimators_dtypes": NUMERIC_INPUT,
    "check_estimators_empty_data_messages": TEXT_TWIN,
    "check_estimators_fit_returns_self": TEXT_TWIN,
    "check_estimators_nan_inf": NUMERIC_INPUT
    + "; missing documents (None, NaN) are tested in test_topics_api.py",
    "check_estimators_overwrite_params": TEXT_TWIN,
    "check_estimators_pickle": TEXT_TWIN,
    "check_estimators_pickle(readonly_memmap=True)": TEXT_TWIN,
    "check_f_contiguous_array_estimator": NUMERIC_INPUT,
    "check_fit2d_1feature": NUMERIC_INPUT,
    "check_fit2d_1sample": TEXT_TWIN,
    "check_fit2d_predict1d": NUMERIC_INPUT,
    "check_fit_check_is_fitted": TEXT_TWIN,
    "check_fit_idempotent": TEXT_TWIN,
    "check_fit_score_takes_y": NUMERIC_INPUT
    + "; besides, score(texts) is the named-topic shares the project documents "
    "(log_likelihood is the model score)",
    "check_methods_sample_order_invariance": TEXT_TWIN,
    "check_methods_subset_invariance": TEXT_TWIN,
    "check_n_features_in": N_FEATURES,
    "check_n_features_in_after_fitting": N_FEATURES,
    "check_pipeline_consistency": TEXT_TWIN,
    "check_positive_only_tag_during_fit": NUMERIC_INPUT,
    "check_readonly_memmap_input": NUMERIC_INPUT,
    "check_transformer_data_not_an_array": NUMERIC_INPUT,
    "check_transformer_general": TEXT_TWIN + " (fit_transform equals fit().transform())",
    "check_transformer_general(readonly_memmap=True)": NUMERIC_INPUT,
    "check_transformer_preserve_dtypes": NUMERIC_INPUT + "; shares are float64 whatever the input",
}


def _expected_failed_checks(estimator):
    return NOT_APPLICABLE


@parametrize_with_checks([small()], expected_failed_checks=_expected_failed_checks)
def test_sklearn_check(estimator, check):
    check(estimator)


def test_numeric_input_is_refused_naming_the_record():
    with pytest.raises(InputError, match="record 0"):
        small().fit(np.zeros((4, 3)))


# -- the checks' points, on documents ----------------------------------------------------------
def test_fit_returns_self():
    model = small()
    assert model.fit(DOCS) is model


def test_fit_and_transform_change_no_parameter_and_add_only_fitted_attributes():
    model = small()
    params = clone(model).get_params()
    before = set(vars(model))
    model.fit(DOCS)
    assert model.get_params() == params
    added = set(vars(model)) - before
    assert added and all(name.endswith("_") or name.startswith("_") for name in added)
    public = {k: v for k, v in vars(model).items() if not k.startswith("_")}
    model.transform(DOCS)
    model.score(DOCS)
    after = {k: v for k, v in vars(model).items() if not k.startswith("_")}
    assert after.keys() == public.keys()
    for key, value in public.items():
        assert after[key] is value, key


def test_fitting_twice_gives_the_same_model():
    model = small()
    first = model.fit(DOCS).transform(DOCS)
    np.testing.assert_array_equal(model.fit(DOCS).transform(DOCS), first)


def test_transform_is_invariant_to_document_order_and_to_subsets():
    model = small().fit(DOCS)
    whole = model.transform(DOCS)
    order = np.random.default_rng(0).permutation(len(DOCS))
    np.testing.assert_allclose(model.transform([DOCS[i] for i in order]), whole[order])
    for start in range(0, len(DOCS), 3):
        np.testing.assert_allclose(model.transform(DOCS[start : start + 3]), whole[start:][:3])


def test_a_fitted_model_pickles_for_worker_processes_and_transforms_the_same():
    model = small().fit(DOCS)
    twin = pickle.loads(pickle.dumps(model))
    np.testing.assert_array_equal(twin.transform(DOCS), model.transform(DOCS))


def test_check_is_fitted_tells_a_fitted_model_from_an_unfitted_one():
    model = small()
    with pytest.raises(Exception, match="not fitted"):
        check_is_fitted(model)
    check_is_fitted(model.fit(DOCS))


def test_a_pipeline_gives_what_the_steps_give():
    pipe = make_pipeline(small(), FunctionTransformer(np.sqrt)).fit(DOCS)
    direct = np.sqrt(small().fit(DOCS).transform(DOCS))
    np.testing.assert_allclose(pipe.transform(DOCS), direct)


def test_empty_input_is_refused_with_a_clear_message():
    with pytest.raises(InputError, match="no documents"):
        small().fit([])
    out = small().fit(DOCS).transform([])
    assert out.shape == (0, len(TAXONOMY) + 1)  # and the background topic (n_other=1)


def test_one_document_is_enough_to_fit():
    model = small(self_training=0).fit(DOCS[:1])
    shares = model.transform(DOCS[:1])
    assert shares.shape == (1, len(TAXONOMY) + 1) and shares[0].sum() == pytest.approx(1.0)
