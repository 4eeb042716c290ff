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

from ..exceptions import InputError
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


#: The topics a company's name stays seed evidence for under ``name_topics="auto"``, the
#: default taxonomy's: a "Bank", "Investors" or "Business" in a name tells a story on
#: markets or a company. A taxonomy without them keeps none (names count for no topic).
NAME_TOPICS = ("business", "economy and markets")


def name_topics(value: Any, names: list[str]) -> list[str] | None:
    """The topics of ``names`` (a taxonomy's) that ``value``, a ``name_topics`` parameter,
    keeps a company name's seed words for; None when names count as any word does.

    Raises
    ------
    InputError
        On a str other than "auto" or a name that is no topic of ``names``.
    """
    if value is None:
        return None
    if isinstance(value, str):
        if value != "auto":
            msg = f'name_topics must be "auto", None or a list of topic names, got {value!r}'
            raise InputError(f"TopicModel: {msg}")
        return [n for n in NAME_TOPICS if n in names]
    missing = [n for n in value if n not in names]
    if missing:
        raise InputError(f"TopicModel: name_topics {missing} are no topics of the taxonomy")
    return list(value)


def seed_counts(model: Any, x: sp.csr_matrix, docs: list[Any]) -> sp.csr_matrix:
    """The counts ``x`` of ``docs`` that count as seed evidence: without the words inside a
    company's name and its short form (``NewsVectorizer.name_counts``), but for the seeds of
    the model's ``name_topics`` (:func:`name_topics`; None: ``x`` itself). A name tells
    which company a story is about, not what happens to it: a sale of shares by Canada
    Development Corp ("CDC") is no health story for its stake in CDC Life Sciences Inc, an
    engine order no technology story for the engines' maker, United Technologies Corp.
    The classifier and the fold-in still read the whole text."""
    keep = name_topics(getattr(model, "name_topics", "auto"), list(model.taxonomy_.names))
    if keep is None:
        return x
    names = model.vectorizer_.name_counts(docs)
    if names is None:
        return x
    seeds = model._seed_weights()
    cached = getattr(model, "_name_cache", None)
    if cached is None or cached[0] is not seeds or cached[1] != keep:  # built again
        known = [model.topic_names_.index(n) for n in keep]
        model._name_cache = cached = (seeds, keep, (seeds[known].sum(axis=0) == 0).astype(float))
    names.data *= cached[2][names.indices]
    out = (x - names).tocsr()
    out.data = np.maximum(out.data, 0.0)
    out.eliminate_zeros()
    return out
