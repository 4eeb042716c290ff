"""Offsets of a TopicModel's classifier intercepts, and the training statistics a saved model
keeps beside them (private).

A model fitted with ``class_weight="balanced"`` (the default model) trained its classifier as
if every topic were equally common. Where readers pick a topic more often than that flat prior
allows, a model may carry a fitted offset for it (``classifier_offsets_``, topic name ->
offset, saved in the manifest as ``classifier_offsets``): the classifier reads each chunk with
its intercepts moved by the offsets times the square of the chunk's length over
``chunk_size_`` (at most 1). So the offset tips the balance where a text's words speak for
several topics, but a text that says little is not given the offset's topic. Measured with the
default model's arts offset (1.5): applied in full, the BBC and HuffPost tune headlines read
alone answered 266 of 295 instead of 242, with six more right or defensible (right when
answered .810 -> .759); by the chunk's length, 245 with two more (.808). Single sentences of
political news (NewsMTSC dev, 536) are mostly shorter than a chunk: by the length, 11 first
topics moved, read blind 2 better, 8 worse (a TV appearance or a host's name taking the
sentence to arts); by its square, 8 moved (2 better, 6 worse); full stories read the same
either way.

A fitted model has no offsets. The default model's are chosen and written by
``scripts/choose_topic_offsets.py`` (its docstring has the figures, and the wider prior
correction that was tried and not kept).
"""

from __future__ import annotations

from typing import Any

import numpy as np
import scipy.sparse as sp

from ._scoring import scoring_arrays
from ._seeded_lda import softmax, tfidf

OFFSETS_KEY = "classifier_offsets"


def offset_vector(model: Any) -> np.ndarray | None:
    """The offsets of a fitted model in the order of ``topic_names_``, or None (no offsets)."""
    offsets = getattr(model, "classifier_offsets_", None) or {}
    if not offsets:
        return None
    return np.array([float(offsets.get(n, 0.0)) for n in model.topic_names_])


def classifier_proba(model: Any, x: sp.csr_matrix) -> np.ndarray:
    """The classifier's probabilities of the rows of ``x`` (the model's features: whole
    documents or the chunks it reads), with the model's offsets, if any."""
    xt = tfidf(x, model.idf_.astype(np.float64))
    logits = np.asarray(xt @ scoring_arrays(model)[2]) + model.intercept_[None, :]
    offsets = offset_vector(model)
    if offsets is not None:
        reach = np.asarray(x.sum(axis=1), dtype=np.float64).ravel()
        size = getattr(model, "chunk_size_", None)
        reach = np.minimum(1.0, reach / size) ** 2 if size else np.ones_like(reach)
        logits += reach[:, None] * offsets[None, :]
    return softmax(logits)


def label_stats_json(model: Any) -> dict[str, Any]:
    """What a saved model's manifest keeps beside its arrays: the random states of a
    consensus, the topics' counts and mean shares, and the classifier's offsets (if any)."""
    out: dict[str, Any] = {}
    if getattr(model, "random_states_", None) is not None:  # a consensus (_consensus.py)
        out["random_states"] = [int(r) for r in model.random_states_]
    if getattr(model, "topic_counts_", None) is not None:
        out["topic_counts"] = [int(c) for c in model.topic_counts_]
        out["topic_shares"] = [float(v) for v in model.topic_shares_]
    offsets = getattr(model, "classifier_offsets_", None) or {}
    if offsets:
        out[OFFSETS_KEY] = {str(k): float(v) for k, v in offsets.items()}
    return out


def set_label_stats(model: Any, manifest: dict) -> None:
    """Read :func:`label_stats_json`'s keys of ``manifest`` into a loaded model."""
    if manifest.get("random_states") is not None:  # the fits a consensus averages
        model.random_states_ = [int(r) for r in manifest["random_states"]]
    offsets = manifest.get(OFFSETS_KEY) or {}
    if not isinstance(offsets, dict):
        raise ValueError("classifier_offsets is not a mapping of topic names to offsets")
    unknown = sorted(set(offsets) - set(model.topic_names_))
    if unknown:
        raise ValueError(f"classifier_offsets name no topic of the model: {unknown}")
    model.classifier_offsets_ = {str(k): float(v) for k, v in offsets.items()}
    counts, shares = manifest.get("topic_counts"), manifest.get("topic_shares")
    if counts is None or shares is None:
        return  # saved before these statistics were kept
    if len(counts) != len(model.topic_names_) or len(shares) != len(model.topic_names_):
        raise ValueError("topic_counts/topic_shares do not match the topics")
    model.topic_counts_ = np.asarray(counts, dtype=np.int64)
    model.topic_shares_ = np.asarray(shares, dtype=np.float64)
