"""One model from several fits of the same TopicModel that differ only in ``random_state``.

A fit's LDA passes and the classifier's SGD draw from ``random_state``, so two fits of the
same corpus disagree on the first topic of a few percent of articles (knife-edge stories
that flip with any retraining). Named topics are seeded, so topic ``k`` is the same topic in
every fit, and the fits can be averaged into one model of the same format and scoring cost:

- ``topic_word_``: the mean of the fits' topic-word distributions (a mixture of them, rows
  renormalised). The final topics are document-level estimates, each fit's labels times the
  word counts, so their mean is what the mean labels would give;
- ``coef_`` and ``intercept_``: the mean of the classifier's linear weights, so its logits
  are the mean logits (its probabilities the normalised geometric mean of the fits');
- the unnamed (background) topics are not seeded and may come in any order: each fit's
  are matched to the first fit's by their topic-word distributions before averaging. They
  are not identified as named topics are (on the default model's corpus each is about as
  alike to every unnamed topic of another fit), so their mean is a smoother background;
  only their total, the "other" share, is reported;
- ``topic_counts_`` and ``topic_shares_`` (the training labels' statistics): their means.

Everything that does not depend on ``random_state`` (vocabulary, idf, seeds, expansions,
thin topics, parameters) must be identical across the fits, and is checked.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np
from scipy.optimize import linear_sum_assignment

from ..exceptions import InputError

if TYPE_CHECKING:
    from ._model import TopicModel


def _same(models: Sequence[TopicModel], what: str, key) -> None:
    first = key(models[0])
    for m in models[1:]:
        other = key(m)
        equal = np.array_equal(first, other) if isinstance(first, np.ndarray) else first == other
        if not equal:
            raise InputError(f"consensus_model: the fits differ in {what}; only random_state may")


def _match_unnamed(ref: np.ndarray, other: np.ndarray) -> np.ndarray:
    """Order of ``other``'s rows that best matches ``ref``'s (Hellinger affinity)."""
    affinity = np.sqrt(ref) @ np.sqrt(other).T
    _, cols = linear_sum_assignment(-affinity)
    return cols


def consensus_model(models: Sequence[TopicModel]) -> TopicModel:
    """Average fitted TopicModels that differ only in ``random_state`` into one model.

    Parameters
    ----------
    models : sequence of fitted TopicModel
        Fits of one corpus with the same parameters and taxonomy.

    Returns
    -------
    TopicModel
        A new model, scored like any other; ``random_states_`` lists the fits' random
        states (saved in the model's manifest).

    Raises
    ------
    InputError
        If no model is given or the fits differ in anything but ``random_state``.
    """
    if not models:
        raise InputError("consensus_model: no models to average")
    for m in models:
        m._check_fitted()
    _same(models, "features", lambda m: list(m.vectorizer_.get_feature_names_out()))
    _same(models, "idf", lambda m: m.idf_)
    _same(models, "topics", lambda m: m.topic_names_)
    _same(models, "seed features", lambda m: m.seed_features_)
    _same(models, "expanded seeds", lambda m: m.expanded_seeds_)
    _same(models, "thin topics", lambda m: list(getattr(m, "thin_topics_", [])))
    _same(models, "unfit topics", lambda m: list(getattr(m, "unfit_topics_", [])))
    _same(models, "alpha", lambda m: m.alpha_)
    _same(models, "chunk size", lambda m: m.chunk_size_)
    # the first fit's offsets are copied with it: a fit with others would lose them silently
    _same(models, "classifier offsets", lambda m: getattr(m, "classifier_offsets_", None) or {})
    _same(
        models,
        "parameters",
        lambda m: {k: v for k, v in m.get_params(deep=False).items() if k != "random_state"},
    )

    n_named = models[0].n_named_
    ref = models[0].topic_word_.astype(np.float64)
    orders = []
    for m in models:
        order = np.arange(len(m.topic_names_))
        if len(order) > n_named + 1:
            own = m.topic_word_[n_named:].astype(np.float64)
            order[n_named:] = n_named + _match_unnamed(ref[n_named:], own)
        orders.append(order)

    def mean(attr: str) -> np.ndarray:
        rows = [getattr(m, attr).astype(np.float64)[o] for m, o in zip(models, orders, strict=True)]
        return np.mean(rows, axis=0)

    out = copy.deepcopy(models[0])
    topic_word = mean("topic_word_")
    out.topic_word_ = (topic_word / topic_word.sum(axis=1, keepdims=True)).astype(np.float32)
    out.coef_ = mean("coef_").astype(np.float32)
    out.intercept_ = mean("intercept_").astype(np.float32)
    if getattr(models[0], "topic_counts_", None) is not None:
        out.topic_counts_ = np.rint(mean("topic_counts_")).astype(np.int64)
        out.topic_shares_ = mean("topic_shares_")
    out.random_states_ = [m.random_state for m in models]
    out._seed_cache = out._group_cache = out._info_cache = None
    return out
