"""Numeric loops rewritten for speed give exactly what their plain forms give.

The LDA fold-in of topic scoring folds documents in by groups that fit the processor's
cache; documents are independent in it, so the shares must equal, bit for bit, those of the
whole batch folded in at once (the group step run once over the whole batch), on real stories.
Its step repeats each document's row for its non-zeros where it gathered them by index: the
same shares, bit for bit.
And Python's cyclic garbage collector is paused while a batch is analysed (it walked all the
objects of the process every few hundred articles), and left as the caller had it after.
"""

from __future__ import annotations

import numpy as np
import pytest

from newsanalytics.topics import TopicModel, _seeded_lda


def _plain_fold_in(x, phi, alpha, n_iter):
    """The fold-in of all documents at once: the group step over the whole batch, as
    :func:`_seeded_lda.fold_in` ran before documents were split into groups."""
    word_topic = phi.T.astype(np.float32)
    alpha32 = alpha.astype(np.float32)[None, :]
    return _seeded_lda._fold_in(x.tocsr(), word_topic, alpha32, n_iter)


def _gathered_fold_in(x, word_topic, alpha32, n_iter):
    """The group step written plainly: each non-zero's theta row gathered by its row index
    (``theta[rows]``) and its count broadcast across the row (a column), as before both were
    repeated instead."""
    n_docs, k = x.shape[0], word_topic.shape[1]
    theta = np.full((n_docs, k), 1.0 / k, dtype=np.float32)
    lengths = np.diff(x.indptr)
    rows = np.repeat(np.arange(n_docs), lengths)
    vals = x.data.astype(np.float32)[:, None]
    phi_t = np.ascontiguousarray(word_topic[x.indices])
    nonempty = lengths > 0
    starts = x.indptr[:-1][nonempty]
    for _ in range(n_iter):
        num = theta[rows]
        num *= phi_t
        num /= np.maximum(num.sum(axis=1, keepdims=True), np.float32(1e-30))
        num *= vals
        assigned = np.zeros((n_docs, k), dtype=np.float32)
        if len(starts):
            assigned[nonempty] = np.add.reduceat(num, starts, axis=0)
        assigned += alpha32
        theta = assigned / assigned.sum(axis=1, keepdims=True)
    return theta.astype(np.float64)


@pytest.fixture(scope="module")
def model() -> TopicModel:
    return TopicModel.default()


def test_fold_in_by_groups_is_the_whole_fold_in(model, wire_stories):
    # Real stories with empty texts among them; more non-zeros than one group holds.
    docs = [*wire_stories[:400], "", "  ", *wire_stories[400:700]]
    x = model.vectorizer_.transform(docs).tocsr()
    assert x.nnz > 3 * _seeded_lda.FOLD_IN_NNZ
    assert len(_seeded_lda._doc_groups(x.indptr, _seeded_lda.FOLD_IN_NNZ, 2000)) > 3
    phi = model.topic_word_.astype(np.float64)
    alpha = model.alpha_.astype(np.float64)
    got = _seeded_lda.fold_in(x, phi, alpha, model.fold_in_iter)
    want = _plain_fold_in(x, phi, alpha, model.fold_in_iter)
    assert got.dtype == want.dtype
    assert np.array_equal(got, want)


@pytest.mark.parametrize(("max_nnz", "max_docs"), [(1, 5), (7, 3), (50, 2000), (10**9, 4)])
def test_doc_groups_cover_the_rows_in_order(max_nnz, max_docs):
    rng = np.random.default_rng(0)
    indptr = np.concatenate([[0], np.cumsum(rng.integers(0, 20, size=60))])
    groups = _seeded_lda._doc_groups(indptr, max_nnz, max_docs)
    assert [i for i, _ in groups] == [0] + [j for _, j in groups[:-1]]
    assert groups[-1][1] == 60
    for i, j in groups:
        assert j - i <= max_docs
        assert j - i == 1 or indptr[j] - indptr[i] <= max_nnz


def _batch_spy(monkeypatch, fail_first: bool = False) -> list[bool]:
    """Whether the collector was running inside each ``_analyze_batch`` call of
    ``analyze`` (the first call raising when ``fail_first``)."""
    import gc

    from newsanalytics import _analysis

    seen: list[bool] = []
    plain = _analysis._analyze_batch

    def spy(records, parts):
        seen.append(gc.isenabled())
        if fail_first and len(seen) == 1:
            raise RuntimeError("a batch that fails")
        return plain(records, parts)

    monkeypatch.setattr(_analysis, "_analyze_batch", spy)
    return seen


@pytest.mark.parametrize("fail_first", [False, True])
def test_the_collector_is_paused_in_a_batch_and_running_after(monkeypatch, fail_first):
    import gc

    import newsanalytics as na

    seen = _batch_spy(monkeypatch, fail_first)
    assert gc.isenabled()
    result = na.analyze(["Kerry met Maduro in Caracas.", "The OAS met."], batch_size=2)
    assert list(result.articles["status"]) == ["ok", "ok"]
    assert seen and not any(seen)  # paused in every batch (also when re-run one by one)
    assert len(seen) == (3 if fail_first else 1)
    assert gc.isenabled()


def test_a_collector_the_caller_paused_stays_paused(monkeypatch):
    import gc

    import newsanalytics as na

    seen = _batch_spy(monkeypatch)
    gc.disable()
    try:
        na.analyze(["Kerry met Maduro in Caracas."])
        assert not gc.isenabled()
    finally:
        gc.enable()
    assert seen == [False]


def test_fold_in_step_equals_its_plain_gather(model, wire_stories):
    # Empty documents among real ones: a repeated row count of 0 gathers nothing.
    docs = ["", *wire_stories[:150], "  ", *wire_stories[150:300], ""]
    x = model.vectorizer_.transform(docs).tocsr()
    word_topic = model.topic_word_.astype(np.float64).T.astype(np.float32)
    alpha32 = model.alpha_.astype(np.float32)[None, :]
    got = _seeded_lda._fold_in(x, word_topic, alpha32, model.fold_in_iter)
    want = _gathered_fold_in(x, word_topic, alpha32, model.fold_in_iter)
    assert got.dtype == want.dtype
    assert np.array_equal(got, want)
