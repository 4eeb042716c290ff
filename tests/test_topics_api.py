"""TopicModel as users of scikit-learn, gensim, BERTopic and pyLDAvis expect it (issues 14, 15):
fit_transform, set_output, rows for bad documents, likelihood and perplexity, relevance-ranked
words, a topic table, representative documents and a pyLDAvis export."""

from __future__ import annotations

import json
import math
import warnings

import numpy as np
import pandas as pd
import pytest
import sklearn.exceptions
from sklearn.base import clone
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import cross_val_score
from sklearn.pipeline import make_pipeline

from newsanalytics import InputError, NewsAnalyticsWarning, NotFittedError, TopicModel

BBC_TAXONOMY = {
    "business": ["business", "company", "market", "economy"],
    "entertainment": ["entertainment", "film", "music", "award"],
    "politics": ["politics", "government", "election", "minister"],
    "sport": ["sport", "match", "player", "team"],
    "tech": ["technology", "computer", "software", "internet"],
}
# Without the background topic (n_other=0) the columns are the taxonomy's names alone, which
# the contract tests below read; test_default_background_topic_is_a_column_of_its_own covers it.
FAST = dict(passes=4, iterations=30, self_training=1, n_jobs=1, n_other=0)


@pytest.fixture(scope="module")
def bbc(bbc_balanced):
    """A balanced BBC News subset: 30 articles per class, in file order."""
    return bbc_balanced(30)


def _model(**kw) -> TopicModel:
    params = dict(FAST, taxonomy=BBC_TAXONOMY, random_state=0)
    params.update(kw)
    return TopicModel(**params)


@pytest.fixture(scope="module")
def fitted(bbc) -> TopicModel:
    return _model().fit(bbc[0])


# -- the scikit-learn contract -----------------------------------------------------------------
def test_fit_transform_equals_fit_then_transform(bbc, fitted):
    texts = bbc[0]
    np.testing.assert_array_equal(_model().fit_transform(texts), fitted.transform(texts))


def test_feature_names_out_are_the_topic_names(fitted):
    names = fitted.get_feature_names_out()
    assert list(names) == fitted.topic_names_ == list(BBC_TAXONOMY)


def test_set_output_pandas_names_the_columns_and_keeps_the_index(bbc):
    texts = pd.Series(bbc[0], index=[f"a{i}" for i in range(len(bbc[0]))])
    model = _model(n_topics=6).set_output(transform="pandas")
    out = model.fit_transform(texts)
    assert isinstance(out, pd.DataFrame)
    assert list(out.columns) == [*BBC_TAXONOMY, "unnamed 1"]
    assert out.index.equals(texts.index)
    again = model.transform(texts[:5])
    assert list(again.index) == list(texts.index[:5])
    np.testing.assert_allclose(again.to_numpy(), out.to_numpy()[:5])


def test_get_params_set_params_and_clone():
    model = _model(seed_weight=0.2)
    assert model.get_params()["seed_weight"] == 0.2
    assert model.set_params(seed_weight=0.3) is model and model.seed_weight == 0.3
    twin = clone(model)
    assert twin is not model and twin.get_params() == model.get_params()


def test_a_clone_of_a_fitted_model_is_unfitted(fitted):
    twin = clone(fitted)
    with pytest.raises(NotFittedError):
        twin.transform(["Shares rose."])


@pytest.mark.parametrize(
    "use",
    [
        lambda m: m.transform(["Shares rose."]),
        lambda m: m.score(["Shares rose."]),
        lambda m: m.get_feature_names_out(),
        lambda m: m.top_words(),
        lambda m: m.get_topic_info(),
        lambda m: m.perplexity(["Shares rose."]),
        lambda m: m.log_likelihood(["Shares rose."]),
        lambda m: m.representative_docs(["Shares rose."]),
        lambda m: m.to_ldavis(["Shares rose."]),
        lambda m: m.show_topic(0),
    ],
)
def test_an_unfitted_model_raises_scikit_learns_not_fitted_error(use):
    with pytest.raises(sklearn.exceptions.NotFittedError) as info:
        use(TopicModel())
    assert isinstance(info.value, NotFittedError)  # and ours


def test_a_pipeline_cross_validates_without_nan_even_with_empty_texts(bbc):
    texts, labels = bbc
    texts = list(texts)
    for i in range(0, len(texts), 10):  # 15 texts the model cannot read
        texts[i] = ["", "Shr 10 cts vs 5 cts", None][i % 3]
    pipe = make_pipeline(_model(), LogisticRegression(max_iter=1000))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", NewsAnalyticsWarning)
        scores = cross_val_score(pipe, np.array(texts, dtype=object), labels, cv=3)
    assert np.isfinite(scores).all()
    assert scores.mean() > 0.6


def test_grid_search_picks_n_topics_by_held_out_log_likelihood(bbc):
    from sklearn.model_selection import GridSearchCV, KFold

    def held_out_likelihood(estimator, texts, y=None):
        return estimator.log_likelihood(texts)

    search = GridSearchCV(
        _model(self_training=0),
        {"n_topics": [5, 7]},
        scoring=held_out_likelihood,
        cv=KFold(2, shuffle=True, random_state=0),
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", NewsAnalyticsWarning)
        search.fit(bbc[0])
    scores = search.cv_results_["mean_test_score"]
    assert np.isfinite(scores).all() and (scores < 0).all()
    assert search.best_params_["n_topics"] == [5, 7][int(np.argmax(scores))]
    assert search.best_estimator_.get_feature_names_out().shape == (
        search.best_params_["n_topics"],
    )


def test_a_pipeline_passes_the_topic_names_on(fitted):
    from sklearn.preprocessing import FunctionTransformer

    pipe = make_pipeline(fitted, FunctionTransformer(feature_names_out="one-to-one"))
    assert list(pipe.get_feature_names_out()) == fitted.topic_names_


# -- bad rows ----------------------------------------------------------------------------------
def test_missing_and_empty_documents_get_a_zero_row_and_a_warning_naming_them(fitted):
    docs = ["The film won an award.", None, float("nan"), "", "Shr 10 cts vs 5 cts", pd.NA, pd.NaT]
    with pytest.warns(NewsAnalyticsWarning, match=r"row\(s\) 1, 2, 3, 4, 5, 6 have no word"):
        out = fitted.transform(docs)
    assert out.shape == (7, 5) and not np.isnan(out).any()
    assert out[0].sum() == pytest.approx(1.0)
    assert (out[1:] == 0).all()


def test_with_unnamed_topics_an_unreadable_row_goes_all_to_them(bbc):
    model = _model(n_topics=7).fit(bbc[0])
    with pytest.warns(NewsAnalyticsWarning, match=r"row\(s\) 1 .* go to the unnamed topics"):
        out = model.transform(["The film won an award.", None])
    assert out.shape == (2, 7)
    np.testing.assert_allclose(out.sum(axis=1), 1.0)
    np.testing.assert_array_equal(out[1], [0, 0, 0, 0, 0, 0.5, 0.5])


def test_score_agrees_with_transform_on_documents_without_a_known_word(fitted):
    docs = ["The film won an award.", None, "", "qqqq zzzz"]
    with pytest.warns(UserWarning, match=r"row\(s\) 1, 2, 3 have no word the model knows"):
        df = fitted.score(docs, other=True)
    with pytest.warns(UserWarning, match=r"row\(s\) 1, 2, 3 have no word the model knows"):
        out = fitted.transform(docs)
    assert not df.isna().any(axis=None)
    np.testing.assert_allclose(df.sum(axis=1), 1.0)
    n = fitted.n_named_
    np.testing.assert_allclose(df.iloc[:, :n].to_numpy(), out[:, :n], atol=1e-6)
    np.testing.assert_allclose(df["other"], 1 - out[:, :n].sum(axis=1), atol=1e-6)
    assert (df.iloc[1:, :n] == 0).all(axis=None) and (df["other"].iloc[1:] == 1).all()
    assert fitted.top_topics(docs)[1:] == [[], [], []]


def test_readable_documents_score_the_same_beside_bad_ones(fitted):
    good = ["The film won an award.", "Shares fell on the market."]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", NewsAnalyticsWarning)
        mixed = fitted.transform([good[0], None, good[1]])
    np.testing.assert_allclose(mixed[[0, 2]], fitted.transform(good))


def test_a_non_text_record_is_refused_naming_it(fitted):
    with pytest.raises(InputError, match="record 1"):
        fitted.transform(["The film won an award.", 42])


# -- likelihood and perplexity -----------------------------------------------------------------
def test_perplexity_is_finite_above_one_and_below_the_vocabulary_size(bbc, fitted):
    p = fitted.perplexity(bbc[0])
    assert math.isfinite(p) and 1.0 < p < len(fitted.vectorizer_.vocabulary_)


def test_perplexity_is_the_exponent_of_the_per_word_log_likelihood(bbc, fitted):
    texts = bbc[0][:40]
    n_words = fitted.vectorizer_.transform(texts).sum()
    ll = fitted.log_likelihood(texts)
    assert ll < 0
    assert fitted.perplexity(texts) == pytest.approx(math.exp(-ll / n_words))


def test_documents_of_the_corpus_are_likelier_than_its_words_shuffled_across_documents(bbc, fitted):
    """LDA's point: a document uses few topics. Mixing every document's words across the
    corpus keeps the word frequencies and destroys that, so perplexity must rise."""
    analyze = fitted.vectorizer_.analyze
    tokens = [[w for w in analyze(t) if " " not in w] for t in bbc[0]]
    pool = np.array([w for t in tokens for w in t], dtype=object)
    rng = np.random.default_rng(0)
    mixed = [" ".join(rng.choice(pool, len(t))) for t in tokens]
    kept = [" ".join(t) for t in tokens]
    assert fitted.perplexity(kept) < 0.8 * fitted.perplexity(mixed)


def test_empty_documents_add_nothing_to_the_likelihood(bbc, fitted):
    texts = bbc[0][:10]
    assert fitted.log_likelihood([*texts, "", None]) == pytest.approx(fitted.log_likelihood(texts))
    with pytest.raises(InputError, match="no document"):
        fitted.perplexity(["", None])


def test_per_word_bound_is_of_the_order_of_gensims_log_perplexity(bbc, fitted):
    """Same tokens, same number of topics: gensim's per-word bound and ours (-log of our
    perplexity) are both negative and within a factor of two of each other."""
    from gensim.corpora import Dictionary
    from gensim.models import LdaModel

    tokens = [fitted.vectorizer_.analyze(t) for t in bbc[0]]
    dictionary = Dictionary(tokens)
    corpus = [dictionary.doc2bow(t) for t in tokens]
    lda = LdaModel(corpus, id2word=dictionary, num_topics=5, passes=5, random_state=0)
    theirs = lda.log_perplexity(corpus)
    ours = -math.log(fitted.perplexity(bbc[0]))
    assert theirs < 0 and ours < 0
    assert 0.5 < ours / theirs < 2.0


def test_the_bound_equals_the_document_part_of_scikit_learns_lda_bound(bbc):
    """On a scikit-learn LDA's own topics (``exp E[log beta]``) our bound is its bound minus
    the topic-word term, which it adds because its topics are Dirichlet posteriors. Uses its
    private ``_e_step``/``_approx_bound``; skipped if they change."""
    from scipy.special import digamma, gammaln
    from sklearn.decomposition import LatentDirichletAllocation
    from sklearn.feature_extraction.text import CountVectorizer

    from newsanalytics.topics._inspect import variational_bound

    x = CountVectorizer(min_df=2, stop_words="english").fit_transform(bbc[0]).astype(float)
    lda = LatentDirichletAllocation(5, max_iter=10, learning_method="batch", random_state=0)
    lda.fit(x)
    try:
        gamma, _ = lda._e_step(x, cal_sstats=False, random_init=False)
        theirs = lda._approx_bound(x, gamma, sub_sampling=False)
    except (AttributeError, TypeError) as exc:
        pytest.skip(f"scikit-learn's private LDA API changed: {exc}")
    lam, eta = lda.components_, lda.topic_word_prior_
    elog_beta = digamma(lam) - digamma(lam.sum(axis=1, keepdims=True))
    topic_word_term = (
        ((eta - lam) * elog_beta).sum()
        + (gammaln(lam) - gammaln(eta)).sum()
        + (gammaln(eta * lam.shape[1]) - gammaln(lam.sum(axis=1))).sum()
    )
    ours = variational_bound(x, np.exp(elog_beta), np.full(5, lda.doc_topic_prior_)).sum()
    assert ours == pytest.approx(theirs - topic_word_term, rel=1e-4)


# -- words, topic table, representative documents ---------------------------------------------
def test_top_words_by_probability_when_lambda_is_one(fitted):
    words = fitted.top_words(8, lambda_=1.0)
    for _, group in words.groupby("topic"):
        assert list(group.weight) == sorted(group.weight, reverse=True)
    assert fitted.topic_words(8) == [
        list(words[words.topic == t].word) for t in fitted.topic_names_
    ]


def test_relevance_is_lambda_log_weight_plus_rest_log_lift(fitted):
    words = fitted.top_words(5, lambda_=0.3)
    expected = 0.3 * np.log(words.weight) + 0.7 * np.log(words.lift)
    np.testing.assert_allclose(words.relevance, expected, rtol=1e-6)
    for _, group in words.groupby("topic"):
        assert list(group.relevance) == sorted(group.relevance, reverse=True)


def test_relevance_keeps_words_common_to_every_topic_off_the_top():
    """On the shipped model, ranked by probability, words such as "new" and "u.s" sit in the
    top ten of many topics; relevance (lambda 0.6) keeps each top word to few topics."""
    model = TopicModel.default()

    def most_shared(lambda_: float) -> int:
        return int(model.top_words(10, lambda_=lambda_).word.value_counts().max())

    assert most_shared(0.6) < most_shared(1.0)
    assert most_shared(0.6) <= 3


def test_lambda_outside_zero_one_is_refused(fitted):
    with pytest.raises(InputError, match="lambda_"):
        fitted.top_words(lambda_=1.5)


def test_show_topic_lists_the_most_probable_words_like_gensim(fitted):
    shown = fitted.show_topic("sport", 5)
    words = fitted.top_words(5, lambda_=1.0)
    assert [w for w, _ in shown] == list(words[words.topic == "sport"].word)
    assert shown == fitted.show_topic(fitted.topic_names_.index("sport"), 5)
    with pytest.raises(InputError, match="no topic 'weather'"):
        fitted.show_topic("weather")


def test_topic_info_counts_the_training_articles_each_topic_tops(bbc, fitted):
    info = fitted.get_topic_info()
    assert list(info.columns) == [
        "topic",
        "n_articles",
        "share",
        "top_words",
        "seeds_found",
        "unfit",
        "thin",
    ]
    assert list(info.topic) == fitted.topic_names_
    assert info.n_articles.sum() == len(bbc[0])
    assert info.share.sum() == pytest.approx(1.0)
    assert not info.unfit.any() and (info.seeds_found > 0).all()
    words = fitted.top_words(10)
    assert info.top_words[0] == list(words[words.topic == "business"].word)


def test_topic_info_on_texts_counts_their_largest_shares(bbc, fitted):
    texts = bbc[0][:50]
    info = fitted.get_topic_info(texts)
    shares = fitted.transform(texts)
    want = np.bincount(shares.argmax(axis=1), minlength=5)
    assert list(info.n_articles) == list(want)
    np.testing.assert_allclose(info.share, shares.mean(axis=0))


def test_topic_info_survives_save_and_load(fitted, tmp_path):
    loaded = TopicModel.load(fitted.save(tmp_path / "m"))
    pd.testing.assert_frame_equal(loaded.get_topic_info(), fitted.get_topic_info())


def test_a_model_saved_without_statistics_says_so(fitted, tmp_path):
    path = fitted.save(tmp_path / "m")
    manifest = json.loads((path / "manifest.json").read_text())
    for key in ("topic_counts", "topic_shares"):
        manifest.pop(key)
    (path / "manifest.json").write_text(json.dumps(manifest))
    with pytest.warns(NewsAnalyticsWarning, match="pass texts="):
        info = TopicModel.load(path).get_topic_info()
    assert info.n_articles.isna().all()


def test_a_topic_without_seeds_in_the_corpus_is_marked_unfit_and_warned_about(bbc):
    taxonomy = dict(BBC_TAXONOMY, space=["astronaut", "nasa rocket"])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # fit may warn too; what is tested is later use
        model = _model(taxonomy=taxonomy).fit(bbc[0])
    info = model.get_topic_info().set_index("topic")
    assert info.loc["space", "unfit"] and info.loc["space", "seeds_found"] == 0
    assert not info.drop(index="space").unfit.any()
    with pytest.warns(NewsAnalyticsWarning, match="'space' had no seed"):
        model.transform(["NASA launched a rocket with an astronaut."])
    with pytest.warns(NewsAnalyticsWarning, match="'space' had no seed"):
        model.score(["NASA launched a rocket with an astronaut."])


def _caught(call):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        call()
    ours = [w for w in caught if issubclass(w.category, NewsAnalyticsWarning)]
    assert ours, "no warning"
    return ours


@pytest.mark.parametrize("output", [None, "pandas", "default"])
def test_warnings_point_at_the_callers_line_even_through_set_output(bbc, fitted, output):
    # set_output wraps transform in scikit-learn's own function: a fixed stacklevel then
    # named sklearn/utils/_set_output.py, not the line that called transform.
    taxonomy = dict(BBC_TAXONOMY, space=["astronaut", "nasa rocket"])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        unfit = _model(taxonomy=taxonomy).fit(bbc[0][:60])
    for model in (fitted, unfit):
        if output is not None:
            model.set_output(transform=output)
        for w in _caught(lambda m=model: m.transform(["The film won an award.", ""])):
            assert w.filename == __file__, (str(w.message)[:60], w.filename)
    for w in _caught(lambda: unfit.score(["NASA launched a rocket."])):
        assert w.filename == __file__
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        again = _model(taxonomy=taxonomy)
    for w in _caught(lambda: again.fit_transform(bbc[0][:60])):
        assert w.filename == __file__, (str(w.message)[:60], w.filename)
    fitted.set_output(transform="default")


def test_representative_docs_are_topped_by_their_topic_largest_share_first(bbc, fitted):
    texts, labels = bbc
    rep = fitted.representative_docs(texts, n=3)
    shares = fitted.transform(texts)
    assert set(rep.topic) == set(BBC_TAXONOMY)
    for name, group in rep.groupby("topic"):
        k = fitted.topic_names_.index(name)
        assert len(group) == 3 and list(group["rank"]) == [1, 2, 3]
        assert (shares[group.doc].argmax(axis=1) == k).all()
        assert list(group.share) == sorted(group.share, reverse=True)
        np.testing.assert_allclose(group.share, shares[group.doc, k])
        # the most typical articles of a topic come from its own class
        assert [labels[i] for i in group.doc] == [name] * 3
    assert rep.text.iloc[0] == texts[rep.doc.iloc[0]]


# -- pyLDAvis export ---------------------------------------------------------------------------
def test_ldavis_export_is_consistent(bbc, fitted, tmp_path):
    texts = [*bbc[0][:40], "", None]
    with pytest.warns(NewsAnalyticsWarning, match=r"row\(s\) 40, 41 .* left out"):
        data = fitted.to_ldavis(texts, path=tmp_path / "ldavis.json")
    ttd, dtd = data["topic_term_dists"], data["doc_topic_dists"]
    assert ttd.shape == (5, len(data["vocab"])) and dtd.shape == (40, 5)
    np.testing.assert_allclose(ttd.sum(axis=1), 1.0)
    np.testing.assert_allclose(dtd.sum(axis=1), 1.0)
    counts = fitted.vectorizer_.transform(texts[:40])
    np.testing.assert_array_equal(data["doc_lengths"], np.asarray(counts.sum(axis=1)).ravel())
    assert (data["term_frequency"] > 0).all()
    assert data["term_frequency"].sum() == data["doc_lengths"].sum()
    stored = json.loads((tmp_path / "ldavis.json").read_text())
    assert stored["vocab"] == list(data["vocab"])
    np.testing.assert_allclose(stored["doc_topic_dists"], dtd)


def test_pyldavis_prepare_accepts_the_export(bbc, fitted):
    pyLDAvis = pytest.importorskip(
        "pyLDAvis",
        reason="pyLDAvis is not installed (not a dependency); the export's shape "
        "and sums are tested above",
    )
    prepared = pyLDAvis.prepare(**fitted.to_ldavis(bbc[0][:40]), n_jobs=1)
    assert len(prepared.topic_coordinates) == 5


def test_fit_reads_missing_records_as_empty_documents_and_names_them(bbc):
    texts = [*bbc[0][:60], None, float("nan")]
    with pytest.warns(NewsAnalyticsWarning, match=r"record\(s\) 60, 61 have no text"):
        model = _model().fit(texts)
    assert model.vectorizer_.n_documents_ == 62


def test_the_readme_scikit_learn_block_runs_as_written(tmp_path, monkeypatch):
    import re
    from pathlib import Path

    readme = Path(__file__).resolve().parents[1] / "README.md"
    found = re.search(
        r"## Topics, scikit-learn style\n.*?```python\n(.*?)```", readme.read_text(), re.S
    )
    assert found, "README has no python block under '## Topics, scikit-learn style'"
    monkeypatch.chdir(tmp_path)
    namespace: dict = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", NewsAnalyticsWarning)
        exec(compile(found.group(1), str(readme), "exec"), namespace)
    shares, model = namespace["shares"], namespace["model"]
    assert list(shares.columns) == list(model.get_feature_names_out())
    assert len(shares) == len(namespace["texts"])
    assert set(namespace["data"]) == {
        "topic_term_dists",
        "doc_topic_dists",
        "doc_lengths",
        "vocab",
        "term_frequency",
    }


def test_default_background_topic_is_a_column_of_its_own(bbc):
    """With the default ``n_other=1`` the background topic is a feature name of its own
    after the named ones, and ``score(other=True)`` adds what it takes as "other"."""
    params = {k: v for k, v in FAST.items() if k != "n_other"}
    model = TopicModel(taxonomy=BBC_TAXONOMY, random_state=0, **params).fit(bbc[0])
    names = list(model.get_feature_names_out())
    assert names[: len(BBC_TAXONOMY)] == list(BBC_TAXONOMY) and len(names) == 6
    shares = model.transform(bbc[0][:20])
    np.testing.assert_allclose(shares.sum(axis=1), 1.0)
    df = model.score(bbc[0][:20], other=True)
    assert list(df.columns) == [*BBC_TAXONOMY, "other"]
    np.testing.assert_allclose(df.to_numpy().sum(axis=1), 1.0)
    np.testing.assert_allclose(df["other"], shares[:, 5], atol=1e-6)  # float32 sums


def test_word_and_document_counts_must_be_at_least_one(fitted):
    """top_words(n=-1) sliced with [:-1] and returned nearly the whole vocabulary."""
    for bad in (-1, 0, 2.5, True):
        with pytest.raises(InputError, match="n must be a whole number >= 1"):
            fitted.top_words(n=bad)
        with pytest.raises(InputError, match="n must be a whole number >= 1"):
            fitted.representative_docs(["The film won an award."], n=bad)


def test_likelihood_of_no_documents_is_refused_like_perplexity(fitted):
    """log_likelihood([]) gave 0.0 and 200 'Mean of empty slice' warnings."""
    with pytest.raises(InputError, match="no documents"):
        fitted.log_likelihood([])
    with pytest.raises(InputError):
        fitted.perplexity([])


def test_score_other_refuses_to_overwrite_a_topic_named_other(bbc):
    tax = {"business": BBC_TAXONOMY["business"], "other": BBC_TAXONOMY["sport"]}
    model = TopicModel(taxonomy=tax, random_state=0, **FAST).fit(bbc[0][:60])
    assert list(model.score(bbc[0][:3]).columns) == ["business", "other"]
    with pytest.raises(InputError, match="topic named 'other'"):
        model.score(bbc[0][:3], other=True)
