"""The vectorised variational E-step against gensim's LdaModel.inference, and n_jobs."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.sparse as sp

from newsanalytics.topics._lda_vb import dirichlet_expectation, estep, fit_vb


def _corpus(seed: int, n_docs: int = 300, n_words: int = 400) -> sp.csr_matrix:
    rng = np.random.default_rng(seed)
    # Zipf-like word frequencies, varied lengths, a few empty documents.
    x = sp.random(n_docs, n_words, density=0.05, random_state=seed, format="csr")
    x.data = rng.integers(1, 6, size=x.nnz).astype(np.float64)
    x = x.tolil()
    x[::37] = 0
    return x.tocsr()


@pytest.mark.parametrize("seed", [0, 1])
def test_estep_matches_gensim_inference(seed):
    gensim_ldamodel = pytest.importorskip("gensim.models.ldamodel")
    x = _corpus(seed)
    k = 7
    lda = gensim_ldamodel.LdaModel(
        num_topics=k,
        id2word={i: str(i) for i in range(x.shape[1])},
        dtype=np.float64,
        random_state=seed,
    )
    lam = np.random.default_rng(seed).gamma(2.0, 1.0, (k, x.shape[1]))
    lda.expElogbeta = np.exp(dirichlet_expectation(lam))
    chunk = [list(zip(row.indices.tolist(), row.data.tolist(), strict=True)) for row in x]
    lda.random_state = np.random.RandomState(123)
    want_gamma, want_sstats = lda.inference(chunk, collect_sstats=True)
    gamma0 = np.random.RandomState(123).gamma(100.0, 1.0 / 100.0, (x.shape[0], k))
    gamma, sstats = estep(x, lda.expElogbeta, np.asarray(lda.alpha), gamma0)
    np.testing.assert_allclose(gamma, want_gamma, rtol=1e-9, atol=1e-12)
    np.testing.assert_allclose(sstats, want_sstats, rtol=1e-9, atol=1e-12)


def test_estep_stops_each_document_on_its_own():
    # With one iteration allowed every document takes exactly one update: alpha plus its
    # share of the counts, so gamma sums to sum(alpha) + the document's length.
    x = _corpus(3)
    k = 4
    eb = np.exp(dirichlet_expectation(np.random.default_rng(0).gamma(2.0, 1.0, (k, x.shape[1]))))
    alpha = np.full(k, 0.25)
    gamma, _ = estep(x, eb, alpha, np.ones((x.shape[0], k)), iterations=1)
    lengths = np.asarray(x.sum(axis=1)).ravel()
    np.testing.assert_allclose(gamma.sum(axis=1), alpha.sum() + lengths, rtol=1e-9)


def test_fit_is_the_same_for_any_number_of_threads():
    x = _corpus(4, n_docs=500)
    k = 5
    eta = np.full((k, x.shape[1]), 0.2)
    init = np.random.default_rng(1).gamma(1.0, 1.0, (k, x.shape[1]))
    one = fit_vb(x, init, eta, passes=3, batch=120, seed=7, n_jobs=1)
    two = fit_vb(x, init, eta, passes=3, batch=120, seed=7, n_jobs=2)
    other_seed = fit_vb(x, init, eta, passes=3, batch=120, seed=8, n_jobs=1)
    np.testing.assert_array_equal(one, two)
    assert not np.allclose(one, other_seed)


def test_count_blocks_on_disk_feed_the_same_fit(tmp_path, monkeypatch):
    import tempfile

    from newsanalytics.topics._blocks import CountBlocks

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    x = _corpus(5, n_docs=500)
    blocks = CountBlocks(x.shape[1], max_bytes=x[:120].data.nbytes * 1.5)  # the rest spills
    for start in range(0, x.shape[0], 120):
        blocks.append(x[start : start + 120])
    assert len(blocks) == 5 and 0 < blocks.spilled < 5 and blocks.n_rows == 500
    np.testing.assert_array_equal(
        sp.vstack(list(blocks)).toarray(), x.toarray()
    )  # whole counts survive the float32 round trip
    k = 5
    eta = np.full((k, x.shape[1]), 0.2)
    init = np.random.default_rng(1).gamma(1.0, 1.0, (k, x.shape[1]))
    want = fit_vb(x, init, eta, passes=2, batch=120, seed=3)
    np.testing.assert_array_equal(fit_vb(blocks, init, eta, passes=2, batch=120, seed=3), want)
    blocks.close()
    assert list(tmp_path.iterdir()) == []
