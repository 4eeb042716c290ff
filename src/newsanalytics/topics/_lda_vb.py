"""Batch variational Bayes for LDA, vectorised over documents (private to ``topics``).

The same mathematics as gensim's ``LdaModel`` (Hoffman, Blei and Bach's variational
updates; the E-step of ``LdaModel.inference``, the blended M-step of ``LdaModel.update``
called once per pass), written so that one E-step works on a whole batch of documents with
array operations instead of a Python loop over documents:

- each document still iterates until its own mean change of gamma falls below
  ``threshold`` (or ``iterations`` are used up), exactly as gensim's per-document loop;
  documents that have converged leave the working arrays, so the work shrinks as they do;
- batches are independent, so they run on several threads (``n_jobs``); each batch draws
  its starting gamma from its own random stream (seeded by the fit's seed, the pass and
  the batch number) and the batch statistics are summed in batch order, so the result does
  not depend on ``n_jobs``.

``tests/test_lda_vb.py`` checks the E-step against gensim's ``LdaModel.inference`` on the
same documents and starting gamma.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import numpy as np
import scipy.sparse as sp
from scipy.special import psi

from .._parallel import ordered_map

EPS = np.finfo(np.float64).eps
ESTEP_DOCS = 500  # documents per E-step call inside a batch


def dirichlet_expectation(a: np.ndarray) -> np.ndarray:
    """E[log theta] for theta ~ Dirichlet(a), row by row."""
    if a.ndim == 1:
        return psi(a) - psi(a.sum())
    return psi(a) - psi(a.sum(axis=1))[:, None]


def _rowwise_dot(theta_rows: np.ndarray, eb: np.ndarray) -> np.ndarray:
    return np.einsum("ij,ij->i", theta_rows, eb) + EPS


def estep(
    x: sp.csr_matrix,
    exp_elogbeta: np.ndarray,
    alpha: np.ndarray,
    gamma: np.ndarray,
    *,
    iterations: int = 50,
    threshold: float = 0.001,
) -> tuple[np.ndarray, np.ndarray]:
    """Variational E-step for a batch of documents.

    Parameters
    ----------
    x : scipy.sparse.csr_matrix, shape (n_docs, n_words)
        Word counts.
    exp_elogbeta : ndarray, shape (n_topics, n_words)
        ``exp(E[log beta])`` of the current topics.
    alpha : ndarray, shape (n_topics,)
        Document-topic prior.
    gamma : ndarray, shape (n_docs, n_topics)
        Starting variational Dirichlet parameters (not modified).
    iterations, threshold
        Per document: at most ``iterations`` updates, stopping when the mean absolute
        change of its gamma is below ``threshold``.

    Returns
    -------
    gamma : ndarray, shape (n_docs, n_topics)
    sstats : ndarray, shape (n_topics, n_words)
        Expected topic-word counts, already multiplied by ``exp_elogbeta`` (as gensim's).
    """
    x = x.tocsr()
    n_docs, n_words = x.shape
    gamma = np.array(gamma, dtype=np.float64, copy=True)
    exp_theta = np.exp(dirichlet_expectation(gamma))
    lengths = np.diff(x.indptr)
    # Working set: the documents still iterating, their non-zeros, and for each non-zero
    # its topic column of exp_elogbeta.
    docs = np.flatnonzero(lengths > 0)
    # An empty document's gamma becomes alpha after one update and then stops changing.
    gamma[lengths == 0] = alpha
    exp_theta[lengths == 0] = np.exp(dirichlet_expectation(np.asarray(alpha, np.float64)))
    nz_doc = np.repeat(np.arange(n_docs), lengths)  # document of each non-zero
    cols = x.indices
    cts = x.data.astype(np.float64)
    phinorm = np.empty(len(cts))
    # The working set: documents still iterating ("live") and, since compacting it costs
    # a copy of its (non-zeros x topics) array, finished ones until they are a quarter.
    w_docs, w_len = docs, lengths[docs]
    w_live = np.ones(len(w_docs), dtype=bool)
    w_rows = np.repeat(np.arange(len(w_docs)), w_len)
    w_nz = np.arange(len(cts))
    w_eb = np.ascontiguousarray(exp_elogbeta.T[cols])  # nnz x K
    w_cts = cts
    w_gamma = gamma[w_docs]
    w_theta = exp_theta[w_docs]
    w_phinorm = _rowwise_dot(w_theta[w_rows], w_eb)
    per_doc = sp.csr_matrix(
        (w_cts, np.arange(len(w_cts)), np.concatenate(([0], np.cumsum(w_len)))),
        shape=(len(w_docs), len(w_cts)),
    )
    for _ in range(iterations):
        if not len(w_docs):
            break
        per_doc.data = w_cts / w_phinorm
        new_gamma = alpha[None, :] + w_theta * (per_doc @ w_eb)
        new_theta = np.exp(dirichlet_expectation(new_gamma))
        new_phinorm = _rowwise_dot(new_theta[w_rows], w_eb)
        change = np.abs(new_gamma - w_gamma).mean(axis=1)
        if w_live.all():
            w_gamma, w_theta, w_phinorm = new_gamma, new_theta, new_phinorm
        else:  # finished documents keep their last values
            live_nz = w_live[w_rows]
            w_gamma[w_live] = new_gamma[w_live]
            w_theta[w_live] = new_theta[w_live]
            w_phinorm[live_nz] = new_phinorm[live_nz]
        w_live &= change >= threshold
        n_done = len(w_live) - int(w_live.sum())
        if n_done * 4 > len(w_live):
            done = ~w_live
            gamma[w_docs[done]] = w_gamma[done]
            exp_theta[w_docs[done]] = w_theta[done]
            done_nz = done[w_rows]
            phinorm[w_nz[done_nz]] = w_phinorm[done_nz]
            keep, keep_nz = w_live, ~done_nz
            w_docs, w_len = w_docs[keep], w_len[keep]
            w_gamma, w_theta = w_gamma[keep], w_theta[keep]
            w_live = np.ones(len(w_docs), dtype=bool)
            w_rows = np.repeat(np.arange(len(w_docs)), w_len)
            w_nz, w_eb = w_nz[keep_nz], w_eb[keep_nz]
            w_cts, w_phinorm = w_cts[keep_nz], w_phinorm[keep_nz]
            per_doc = sp.csr_matrix(
                (w_cts, np.arange(len(w_cts)), np.concatenate(([0], np.cumsum(w_len)))),
                shape=(len(w_docs), len(w_cts)),
            )
    # The rest (finished or out of iterations) keep their last values too.
    gamma[w_docs] = w_gamma
    exp_theta[w_docs] = w_theta
    phinorm[w_nz] = w_phinorm
    # sstats[k, w] = sum over documents of exp_theta[d, k] * cts[d, w] / phinorm[d, w]
    by_word = sp.csr_matrix((cts / phinorm, (cols, nz_doc)), shape=(n_words, n_docs))
    sstats = np.asarray(by_word @ exp_theta).T
    sstats *= exp_elogbeta
    return gamma, sstats


def resolve_jobs(n_jobs: int | None) -> int:
    """``None`` -> 1, ``-1`` -> every core, ``-2`` -> all but one, as scikit-learn."""
    cores = os.cpu_count() or 1
    if n_jobs is None or n_jobs == 0:
        return 1
    if n_jobs < 0:
        return max(1, cores + 1 + n_jobs)
    return int(n_jobs)


def fit_vb(
    x: sp.csr_matrix | Any,
    init_sstats: np.ndarray,
    eta: np.ndarray,
    *,
    passes: int,
    batch: int,
    seed: int,
    after_pass: Callable[[np.ndarray], np.ndarray] | None = None,
    iterations: int = 50,
    threshold: float = 0.001,
    n_jobs: int | None = None,
    decay: float = 0.5,
    offset: float = 1.0,
    verbose: bool = False,
) -> np.ndarray:
    """Fit topics by batch variational Bayes; returns lambda (= eta + sstats), K x V.

    ``x`` is a CSR matrix (cut into batches of ``batch`` rows) or a
    :class:`~newsanalytics.topics._blocks.CountBlocks` whose blocks are those batches. One M-step
    per pass, blended as gensim's ``LdaModel.update`` does when it is called
    once per pass (``update_every=0``): the pass's statistics are scaled to the documents
    seen so far and mixed in with weight ``rho = (offset + seen / batch) ** -decay``.
    ``after_pass`` may rewrite the statistics after each M-step (the seed constraint).
    """
    if sp.issparse(x):
        x = x.tocsr()
        pieces = [x[s : s + batch] for s in range(0, x.shape[0], batch)]
        n_chunks, load = len(pieces), pieces.__getitem__
        n_docs = x.shape[0]
    else:  # CountBlocks: blocks of `batch` documents, possibly on disk
        n_chunks, load, n_docs = len(x), x.block, x.n_rows
    n_topics = eta.shape[0]
    alpha = np.full(n_topics, 1.0 / n_topics)
    sstats = np.array(init_sstats, dtype=np.float64, copy=True)
    workers = min(resolve_jobs(n_jobs), n_chunks)
    seen = 0  # documents the state stands for (gensim's state.numdocs)
    updates = 0  # documents merged so far (gensim's num_updates)

    def run(args: tuple[int, int]) -> np.ndarray:
        pass_no, c = args
        rng = np.random.default_rng([seed, pass_no, c])
        chunk = load(c)
        gamma0 = rng.gamma(100.0, 1.0 / 100.0, (chunk.shape[0], n_topics))
        out = np.zeros_like(exp_elogbeta)
        # Smaller pieces keep the (non-zeros x topics) work arrays in cache.
        for s in range(0, chunk.shape[0], ESTEP_DOCS):
            piece = slice(s, s + ESTEP_DOCS)
            out += estep(
                chunk[piece],
                exp_elogbeta,
                alpha,
                gamma0[piece],
                iterations=iterations,
                threshold=threshold,
            )[1]
        return out

    pool = ThreadPoolExecutor(workers) if workers > 1 else None
    bar = None
    if verbose:
        from tqdm.auto import tqdm

        bar = tqdm(total=max(1, passes), desc="LDA passes", unit="pass", leave=False)
    try:
        for pass_no in range(max(1, passes)):
            exp_elogbeta = np.exp(dirichlet_expectation(eta + sstats))
            other = np.zeros_like(sstats)
            jobs = [(pass_no, c) for c in range(n_chunks)]
            parts = map(run, jobs) if pool is None else ordered_map(pool, run, jobs, 2 * workers)
            for part in parts:
                other += part  # summed in batch order: the same for any n_jobs
            seen += n_docs
            rho = (offset + updates / batch) ** -decay
            sstats = (1.0 - rho) * sstats + rho * (seen / n_docs) * other
            updates += n_docs
            if after_pass is not None:
                sstats = after_pass(sstats)
            if bar is not None:
                bar.update(1)
    finally:
        if pool is not None:
            pool.shutdown()
        if bar is not None:
            bar.close()
    return eta + sstats
