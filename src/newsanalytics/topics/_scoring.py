"""Arrays a fitted TopicModel reads in every batch it scores, derived once per model (private).

Built per batch they were fresh multi-MB copies: ``topic_word_`` as float64 and back to
float32, transposed, for the fold-in; the seed weights times idf, transposed; ``coef_.T`` as
float64, which scipy's sparse product then copies into C order. On long Reuters stories that
was 5-10 ms a batch. The arrays hold the same values, so the shares are the same.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import scipy.sparse as sp

from ._seeded_lda import fold_in, seed_evidence_t
from ._shares import model_information, seed_word_groups


def scoring_arrays(model: Any) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``topic_word_.T`` as C-ordered float32 (the fold-in's word x topic table), the seed
    weights times idf transposed and C-ordered (seed evidence), and ``coef_.T`` as C-ordered
    float64 (the classifier) of a fitted TopicModel; built again when one of the arrays they
    come from is replaced (as fitting or loading does)."""
    src = (model.topic_word_, model.coef_, model.idf_, model._seed_weights())
    cached = getattr(model, "_scoring_cache", None)
    if cached is None or any(a is not b for a, b in zip(cached[0], src, strict=True)):
        topic_word, coef, idf, seeds = src
        arrays = (
            np.ascontiguousarray(topic_word.T, dtype=np.float32),
            np.ascontiguousarray((seeds * idf[None, :]).T),
            np.ascontiguousarray(coef.T, dtype=np.float64),
        )
        model._scoring_cache = cached = (src, arrays)
    return cached[1]


def warm_tables(model: Any) -> Any:
    """Build the tables a fitted TopicModel reads in every batch now, not at its first batch:
    :func:`scoring_arrays` (with the seed weights), the seed-word groups of the evidence
    counts and the words' information (``_shares``); returns ``model``.

    The embedded model is warmed once per process as it is loaded, so each copy that
    ``TopicModel.default()`` makes (``build_components`` makes one per call) starts with
    them, where it built them again in its first ``score`` (about 20 ms of the first batch
    on long Reuters stories). The tables hold the same values either way.
    """
    scoring_arrays(model)
    seed_word_groups(model)
    model_information(model)
    return model


def seeds_and_fold_in(
    model: Any, x: sp.csr_matrix, docs: list[Any]
) -> tuple[np.ndarray, np.ndarray, sp.csr_matrix]:
    """A batch's seed evidence (:func:`seed_evidence`) and LDA fold-in shares (:func:`fold_in`)
    from the document-term counts ``x`` of ``docs``, as ``TopicModel._shares`` reads them,
    and the counts the seed evidence reads (:func:`seed_counts`: no company name's words)."""
    word_topic, seed_idf_t, _ = scoring_arrays(model)
    seen = seed_counts(model, x, docs)
    seeds = seed_evidence_t(seen, seed_idf_t)
    theta = fold_in(x, None, model.alpha_.astype(np.float64), model.fold_in_iter, word_topic)
    return seeds, theta, seen


#: The topics a company's name is evidence for: a name's seed words of these stay (a "Bank",
#: "Investors" or "Business" in a name tells a story on markets or a company); topics a
#: taxonomy does not have are skipped.
NAME_TOPICS = ("business", "economy and markets")


def seed_counts(model: Any, x: sp.csr_matrix, docs: list[Any]) -> sp.csr_matrix:
    """The counts ``x`` of ``docs`` that count as seed evidence: without the words inside a
    company's name and its short form (``NewsVectorizer.name_counts``), but for the seeds of
    :data:`NAME_TOPICS`. A name tells which company a story is about, not what happens to
    it: a sale of shares by Canada Development Corp ("CDC") is no health story for its
    stake in CDC Life Sciences Inc, an engine order no technology story for the engines'
    maker, United Technologies Corp. The classifier and the fold-in still read the whole
    text."""
    names = model.vectorizer_.name_counts(docs)
    if names is None:
        return x
    seeds = model._seed_weights()
    cached = getattr(model, "_name_cache", None)
    if cached is None or cached[0] is not seeds:  # built again with the seed weights
        known = [model.topic_names_.index(n) for n in NAME_TOPICS if n in model.topic_names_]
        model._name_cache = cached = (seeds, (seeds[known].sum(axis=0) == 0).astype(float))
    names.data *= cached[1][names.indices]
    out = (x - names).tocsr()
    out.data = np.maximum(out.data, 0.0)
    out.eliminate_zeros()
    return out
