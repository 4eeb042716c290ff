"""Offsets of a TopicModel's classifier intercepts, and the training statistics a saved model
keeps beside them (private).

A model fitted with ``class_weight="balanced"`` (the default model) trained its classifier as
if every topic were equally common. Where readers pick a topic more often than that flat prior
allows, a model may carry a fitted offset for it (``classifier_offsets_``, topic name ->
offset, saved in the manifest as ``classifier_offsets``): the classifier reads each chunk with
its intercepts moved by the offsets times the square of the chunk's length over
``chunk_size_`` (at most 1; a model that reads whole documents, ``chunk_size_`` None, moves
them by the full offsets). So the offset tips the balance where a text's words speak for
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

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import scipy.sparse as sp

from ..exceptions import InputError
from ._scoring import scoring_arrays
from ._seeded_lda import softmax, tfidf

OFFSETS_KEY = "classifier_offsets"


def checked_offsets(offsets: Any, names: Sequence[str]) -> dict[str, float]:
    """``offsets`` as a dict of topic name -> finite float offset (None or empty: none).

    Raises
    ------
    InputError
        If ``offsets`` is not a mapping, names a topic not in ``names`` (a misspelt topic
        would otherwise move no logit, silently) or holds an offset that is not a finite
        number.
    """
    if not offsets:
        return {}
    if not isinstance(offsets, Mapping):
        raise InputError(
            f"classifier_offsets must map topic names to offsets, got {type(offsets).__name__}"
        )
    unknown = sorted(set(map(str, offsets)) - set(names))
    if unknown:
        raise InputError(f"classifier_offsets name no topic of the model: {unknown}")
    out = {}
    for name, value in offsets.items():
        number = isinstance(value, (int, float, np.number)) and not isinstance(value, bool)
        if not number or not np.isfinite(value):
            raise InputError(f"classifier_offsets[{name!r}] is not a finite number: {value!r}")
        out[str(name)] = float(value)
    return out


def offset_vector(model: Any) -> np.ndarray | None:
    """The offsets of a fitted model in the order of ``topic_names_``, or None (no offsets);
    :func:`checked_offsets` refuses a bad one."""
    names = model.topic_names_
    offsets = checked_offsets(getattr(model, "classifier_offsets_", None), names)
    if not offsets:
        return None
    return np.array([offsets.get(n, 0.0) for n in names])


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
    offsets = checked_offsets(getattr(model, "classifier_offsets_", None), model.topic_names_)
    if offsets:  # checked, so that save never writes a model load refuses
        out[OFFSETS_KEY] = offsets
    return out


def set_label_stats(model: Any, manifest: dict) -> None:
    """Read :func:`label_stats_json`'s keys of ``manifest`` into a loaded model."""
    if manifest.get("random_states") is not None:  # the fits a consensus averages
        model.random_states_ = [int(r) for r in manifest["random_states"]]
    # a manifest written before the offsets existed has none: the classifier as trained
    model.classifier_offsets_ = checked_offsets(manifest.get(OFFSETS_KEY), model.topic_names_)
    counts, shares = manifest.get("topic_counts"), manifest.get("topic_shares")
    if counts is None or shares is None:
        return  # saved before these statistics were kept
    if len(counts) != len(model.topic_names_) or len(shares) != len(model.topic_names_):
        raise ValueError("topic_counts/topic_shares do not match the topics")
    model.topic_counts_ = np.asarray(counts, dtype=np.int64)
    model.topic_shares_ = np.asarray(shares, dtype=np.float64)
