"""ActorExtractor keeps scikit-learn's estimator contract (issue 15).

``parametrize_with_checks`` runs scikit-learn's own checks. The extractor reads texts (str
or spaCy ``Doc``), so every check that feeds it a numeric matrix gets an InputError naming
what it got; those checks are listed below with the reason, and what they would test
(fit returns self, idempotence, pickling, order and subset invariance, a Pipeline) is
tested on texts at the end of this file. What can apply runs.
"""

from __future__ import annotations

import pickle

import numpy as np
import pytest
from sklearn.base import clone
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GridSearchCV, cross_val_score
from sklearn.pipeline import make_pipeline
from sklearn.utils.estimator_checks import parametrize_with_checks

from newsanalytics.actors import ActorExtractor
from newsanalytics.exceptions import InputError

NUMERIC = "feeds a numeric array; the extractor reads texts and refuses it with an InputError"
TESTED_ON_TEXT = NUMERIC + " (the same property is tested on texts below)"
NO_FEATURES = "feeds a numeric array; texts have no n_features_in_ (the output is a dict per text)"

NOT_APPLICABLE = {
    "check_complex_data": NUMERIC,
    "check_dict_unchanged": TESTED_ON_TEXT,
    "check_dont_overwrite_parameters": TESTED_ON_TEXT,
    "check_dtype_object": NUMERIC,
    "check_estimator_sparse_array": NUMERIC,
    "check_estimator_sparse_matrix": NUMERIC,
    "check_estimator_sparse_tag": NUMERIC,
    "check_estimators_dtypes": NUMERIC,
    "check_estimators_empty_data_messages": NUMERIC + "; an empty list of texts is valid",
    "check_estimators_fit_returns_self": TESTED_ON_TEXT,
    "check_estimators_nan_inf": NUMERIC,
    "check_estimators_overwrite_params": TESTED_ON_TEXT,
    "check_estimators_pickle": TESTED_ON_TEXT,
    "check_f_contiguous_array_estimator": NUMERIC,
    "check_fit2d_1feature": NUMERIC,
    "check_fit2d_1sample": NUMERIC,
    "check_fit2d_predict1d": NUMERIC,
    "check_fit_check_is_fitted": NUMERIC + "; besides, nothing is fitted: the gazetteers ship",
    "check_fit_idempotent": TESTED_ON_TEXT,
    "check_fit_score_takes_y": NUMERIC + "; fit(X, y) accepts and ignores y (tested below)",
    "check_methods_sample_order_invariance": TESTED_ON_TEXT,
    "check_methods_subset_invariance": TESTED_ON_TEXT,
    "check_n_features_in": NO_FEATURES,
    "check_n_features_in_after_fitting": NO_FEATURES,
    "check_pipeline_consistency": TESTED_ON_TEXT,
    "check_positive_only_tag_during_fit": NUMERIC,
    "check_readonly_memmap_input": NUMERIC,
    "check_transformer_data_not_an_array": NUMERIC,
    "check_transformer_general": NUMERIC + "; transform returns one dict per text",
    "check_transformer_preserve_dtypes": NUMERIC + "; transform returns one dict per text",
    "check_transformers_unfitted_stateless": TESTED_ON_TEXT,
}


def _expected_failed_checks(estimator):
    return NOT_APPLICABLE


@parametrize_with_checks(
    [ActorExtractor(), ActorExtractor(places="country", locations=False)],
    expected_failed_checks=_expected_failed_checks,
)
def test_sklearn_check(estimator, check):
    check(estimator)


TEXTS = [
    "Venezuelan Foreign Minister Elias Jaua met John Kerry in Guatemala.",
    "The mayor of Boston spoke about the OAS.",
    "Kerry flew to Glasgow.",
    "",
]


def test_repr_get_params_set_params_and_clone():
    ex = ActorExtractor(places="country")
    assert repr(ex) == "ActorExtractor(places='country')"
    twin = clone(ex)
    assert twin is not ex and twin.get_params() == ex.get_params()
    assert ex.set_params(places="city") is ex and ex.places == "city"
    with pytest.raises(InputError, match="no parameter"):
        ex.set_params(colour="red")


def test_set_params_takes_effect_after_first_use():
    ex = ActorExtractor()
    assert ex.transform(["Uncle Sam spoke."]) != [{"United States": 1}]
    ex.set_params(aliases={"United States": ["Uncle Sam"]})
    assert ex.transform(["Uncle Sam spoke."]) == [{"United States": 1}]
    ex.set_params(places="nowhere")
    with pytest.raises(InputError, match="places"):
        ex.transform(["Uncle Sam spoke."])


def test_fit_learns_nothing_and_returns_self():
    ex = ActorExtractor()
    before = ex.transform(TEXTS)
    assert ex.fit(TEXTS, [0, 1, 0, 1]) is ex
    assert ex.fit_transform(TEXTS) == before == ex.transform(TEXTS)
    assert ex.get_params() == ActorExtractor().get_params()  # parameters untouched
    assert ActorExtractor().transform(TEXTS) == before  # no fit needed


def test_transform_is_one_dict_per_text_in_order():
    ex = ActorExtractor()
    out = ex.transform(TEXTS)
    assert len(out) == len(TEXTS)
    assert out[1] == {"Boston": 1, "Organization of American States": 1}
    assert out[3] == {}
    assert ex.transform(TEXTS[::-1]) == out[::-1]
    assert ex.transform(TEXTS[1:3]) == out[1:3]
    assert ex.transform([]) == []


@pytest.mark.parametrize(
    "bad", ["one text", np.zeros((3, 2)), [1.5, "text"], 42], ids=["str", "2d", "float", "int"]
)
def test_transform_refuses_what_is_not_a_list_of_texts(bad):
    with pytest.raises(InputError, match="ActorExtractor.transform"):
        ActorExtractor().transform(bad)
    with pytest.raises(InputError, match="ActorExtractor.fit"):
        ActorExtractor().fit(bad)


def test_pickle_round_trip_gives_the_same_output():
    ex = ActorExtractor(aliases={"United States": ["Uncle Sam"]})
    ex.transform(TEXTS)  # with its cache built
    twin = pickle.loads(pickle.dumps(ex))
    assert twin.transform(TEXTS) == ex.transform(TEXTS)


def test_in_a_pipeline_with_cross_validation_and_grid_search():
    texts = [
        "John Kerry met officials in Boston.",
        "Kerry spoke in Boston.",
        "The mayor of Boston met Kerry.",
        "The OAS met in Glasgow.",
        "The OAS said Glasgow was ready.",
        "Officials of the OAS flew to Glasgow.",
    ] * 2
    y = [0, 0, 0, 1, 1, 1] * 2
    pipe = make_pipeline(ActorExtractor(), DictVectorizer(), LogisticRegression())
    scores = cross_val_score(pipe, texts, y, cv=3)
    assert np.isfinite(scores).all() and scores.mean() > 0.9
    grid = GridSearchCV(pipe, {"actorextractor__places": ["city", "country"]}, cv=3)
    grid.fit(texts, y)
    assert grid.best_params_["actorextractor__places"] in ("city", "country")


def test_a_spacy_doc_is_read_with_its_offsets():
    spacy = pytest.importorskip("spacy")
    nlp = spacy.blank("en")
    doc = nlp("The mayor of Boston met John Kerry.")
    ms = ActorExtractor().extract(doc)
    assert [(m.actor, m.country) for m in ms] == [
        ("Boston", "United States"),
        ("John Kerry", None),
    ]
    for m in ms:
        assert doc.char_span(m.start, m.end).text == m.text
    assert ActorExtractor().transform([doc]) == [{"Boston": 1, "John Kerry": 1}]


def test_the_spacy_backend_uses_the_entities_of_a_doc_as_they_are():
    spacy = pytest.importorskip("spacy")
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "ORG", "pattern": "Quarkbank"}])
    doc = nlp("Quarkbank opened an office.")
    # No nlp given: the Doc's own entities are used, none is looked for again.
    ms = ActorExtractor(backend="spacy").extract(doc)
    assert [(m.actor, m.type) for m in ms] == [("Quarkbank", "organization")]
    with pytest.raises(InputError, match="needs nlp"):
        ActorExtractor(backend="spacy").extract("Quarkbank opened an office.")
