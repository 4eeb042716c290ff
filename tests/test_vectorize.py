"""NewsVectorizer: our tokens, learnt and seed phrases, df pruning, scikit-learn contract."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.base import clone

from newsanalytics import Article, InputError, NewsVectorizer, Taxonomy

DOCS = [
    "The foreign minister met the prime minister on human rights.",
    "Human rights groups criticised the foreign minister.",
    "A foreign minister spoke about human rights and trade.",
    "The prime minister discussed trade with the foreign minister.",
    "Drug policy was debated; the war on drugs has failed.",
    "Cats sleep.",
]


def fitted(**kw):
    params = dict(min_df=1, max_df=1.0, phrase_min_count=2)
    params.update(kw)
    return NewsVectorizer(**params).fit(DOCS)


def test_clone_gives_an_unfitted_copy_with_the_same_params():
    vec = NewsVectorizer(seeds=["drug policy"], min_df=3)
    twin = clone(vec)
    assert twin.get_params()["min_df"] == 3
    assert not hasattr(twin, "vocabulary_")


def test_learnt_collocations_are_features():
    names = set(fitted().get_feature_names_out())
    assert {"foreign minister", "human rights", "prime minister"} <= names


def test_seed_phrases_are_features_even_when_rare():
    names = set(
        fitted(seeds=Taxonomy({"drugs": ["drug policy", "war on drugs"]})).get_feature_names_out()
    )
    assert {"drug policy", "war drugs"} <= names


def test_without_phrase_learning_only_seed_phrases_remain():
    names = set(fitted(phrases=False, seeds=["drug policy"]).get_feature_names_out())
    assert "foreign minister" not in names and "drug policy" in names


def test_document_frequency_pruning_keeps_seeds():
    vec = fitted(min_df=2, seeds=["cats"])
    names = set(vec.get_feature_names_out())
    assert "cats" in names  # seed, in one document only
    assert "sleep" not in names  # same document frequency, not a seed


def test_max_df_drops_words_in_too_many_documents():
    names = set(fitted(max_df=0.5).get_feature_names_out())
    assert "minister" not in names and "trade" in names


def test_transform_counts_words_and_phrases():
    vec = fitted()
    x = vec.transform(["foreign minister, foreign minister"])
    row = dict(zip(vec.get_feature_names_out(), x.toarray()[0], strict=True))
    assert row["foreign minister"] == 2 and row["foreign"] == 2


def test_transform_shape_and_unknown_words():
    vec = fitted()
    x = vec.transform(["zzzz qqqq", DOCS[0]])
    assert x.shape == (2, len(vec.get_feature_names_out()))
    assert x[0].nnz == 0 and x[1].nnz > 0


def test_articles_are_read_with_their_title():
    vec = fitted()
    x = vec.transform([Article("spoke about trade", title="Human rights")])
    names = list(vec.get_feature_names_out())
    assert x[0, names.index("human rights")] == 1


def test_a_bare_string_is_refused():
    with pytest.raises(InputError, match="single str"):
        NewsVectorizer().fit("one document")


def test_fit_reads_a_generator_once():
    vec = NewsVectorizer(min_df=1, max_df=1.0).fit(d for d in DOCS)
    assert vec.n_documents_ == len(DOCS)


def test_fit_transform_refuses_a_one_shot_iterator():
    with pytest.raises(InputError, match="one-shot"):
        NewsVectorizer(min_df=1).fit_transform(iter(DOCS))


def test_same_input_gives_the_same_features():
    a, b = fitted(), fitted()
    assert np.array_equal(a.get_feature_names_out(), b.get_feature_names_out())


@pytest.mark.parametrize("chunk_size", [0, 1, 3, 15, 1000])
def test_transform_chunks_cuts_each_document_as_linspace_does(wire_stories, chunk_size):
    """transform_chunks cuts every document at once; each must be cut as its definition says:
    n = round(size / chunk_size) chunks (at least one, an empty document's empty), chunk k
    holding the features from int(k * size / n) to the next chunk's start, as
    np.linspace(0, size, n + 1).astype(int) gives."""
    vec = NewsVectorizer(phrase_min_count=3).fit(wire_stories[:300])
    docs = ["", "oil", *wire_stories[300:400]]
    counts, chunks, owner = vec.transform_chunks(docs, chunk_size)
    rows, chunk_of, whole = [], [], []
    for i, doc in enumerate(docs):
        feats = [vec.vocabulary_[f] for f in vec.analyze(doc)]
        whole.append(np.bincount(np.asarray(feats, dtype=int), minlength=len(vec.vocabulary_)))
        n = max(1, round(len(feats) / max(chunk_size, 1)))
        bounds = np.linspace(0, len(feats), n + 1).astype(int)
        rows += [feats[a:b] for a, b in zip(bounds[:-1], bounds[1:], strict=True)]
        chunk_of += [i] * n
    assert owner.tolist() == chunk_of
    assert chunks.shape == (len(rows), len(vec.vocabulary_))
    for k, feats in enumerate(rows):
        expected = np.bincount(np.asarray(feats, dtype=int), minlength=chunks.shape[1])
        assert np.array_equal(chunks[k].toarray()[0], expected)
    assert np.array_equal(counts.toarray(), np.array(whole))  # each document's features
