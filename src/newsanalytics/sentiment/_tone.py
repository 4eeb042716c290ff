"""Sentence VADER scores, article tone and the aggregation of mention scores (see the
package docstring of :mod:`newsanalytics.sentiment`)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np

from ..exceptions import InputError, one_item

__all__ = [
    "polarity_scores",
    "vader_scores",
    "article_tone",
    "aggregate",
    "LABELS",
    "LABEL_THRESHOLD",
]

#: Class labels in the order of the model's rows: score = P(positive) - P(negative).
LABELS: tuple[str, str, str] = ("negative", "neutral", "positive")

#: A mean score at or above ``+LABEL_THRESHOLD`` is labelled positive, at or below the
#: negative of it negative, anything between neutral. 0.05 is VADER's own cut-off for its
#: compound score (Hutto & Gilbert 2014): the cut of ``method="vader"`` and
#: :func:`aggregate`'s default. A model's scores (P(pos) - P(neg)) are cut at its own
#: ``ActorSentiment.label_threshold_`` (the shipped model's 0.275).
LABEL_THRESHOLD = 0.05


def polarity_scores(text: str) -> dict[str, float]:
    """VADER's scores of one text, exactly as vaderSentiment's ``polarity_scores`` gives them.

    For users coming from vaderSentiment: the same four numbers (``neg``, ``neu``, ``pos``
    rounded to 3 places, ``compound`` to 4), computed by our own transcription of its rules
    (tested equal on every ground-truth and NewsMTSC sentence).

    Parameters
    ----------
    text : str
        One text (a sentence, a headline, a tweet).

    Returns
    -------
    dict
        ``{"neg": float, "neu": float, "pos": float, "compound": float}``

    Examples
    --------
    >>> polarity_scores("The talks were a great success.")
    {'neg': 0.0, 'neu': 0.339, 'pos': 0.661, 'compound': 0.8316}
    """
    from ._vader import polarity_scores as _polarity_scores

    if not isinstance(text, str):
        raise InputError(
            f"polarity_scores: expected one text as a str, got {type(text).__name__}; "
            "use vader_scores([...]) for many sentences"
        )
    return _polarity_scores(text)


# --------------------------------------------------------------------------- sentence VADER


def _vader_compound(sentences: Sequence[str]) -> np.ndarray:
    """VADER compound score of each sentence: the one place that scores with VADER.

    ``newsanalytics.sentiment._vader`` reproduces vaderSentiment 3.3.2's scores exactly (tested
    against it on every ground-truth and NewsMTSC sentence) at over 10x its speed.
    """
    from ._vader import compound_scores

    return compound_scores(sentences)


def _check_texts(sentences: Iterable[str], what: str) -> list[str]:
    if isinstance(sentences, str):
        raise one_item(what, "sentences", "sentence")
    out = list(sentences)
    for i, s in enumerate(out):
        if not isinstance(s, str):
            raise InputError(f"{what}: sentence {i} is a {type(s).__name__}, expected str")
    return out


def vader_scores(sentences: Sequence[str]) -> np.ndarray:
    """VADER compound score of each sentence, in [-1, 1].

    Parameters
    ----------
    sentences : sequence of str
        One sentence per item. A bare ``str`` is refused.

    Returns
    -------
    ndarray of float64, shape (n_sentences,)

    Examples
    --------
    >>> vader_scores(["The talks were a great success.", "The talks failed."]).round(2)
    array([ 0.83, -0.51])
    """
    return _vader_compound(_check_texts(sentences, "vader_scores"))


def article_tone(compounds: Sequence[float], weights: Sequence[float] | None = None) -> float:
    """Tone of an article from the compound scores of its sentences, in [-1, 1].

    The tone is the (weighted) mean of the sentence scores over *all* sentences.
    VADER's compound score normalises a sum of valences with ``x / sqrt(x**2 + 15)``, so
    scoring a whole article at once pushes any long text towards -1 or +1. The mean of
    sentence scores does not grow with length: an article twice as long with the same mix of
    sentences gets the same tone. Sentences without sentiment count as zeros on purpose: an
    article that is mostly neutral reporting with one warm sentence is mildly positive, not
    as positive as that sentence.

    Parameters
    ----------
    compounds : sequence of float
        Sentence scores in [-1, 1], e.g. from :func:`vader_scores`. NaNs are ignored.
    weights : sequence of float, optional
        Non-negative weight of each sentence (e.g. its length); equal weights by default.

    Returns
    -------
    float
        0.0 for an article without scorable sentences.

    Examples
    --------
    >>> article_tone([0.5, 0.0, -0.1, 0.0])
    0.1
    >>> article_tone([])
    0.0
    """
    c = np.asarray(compounds, dtype=np.float64).ravel()
    if weights is None:
        w = np.ones_like(c)
    else:
        w = np.asarray(weights, dtype=np.float64).ravel()
        if w.shape != c.shape:
            raise InputError(
                f"article_tone: got {c.size} compounds but {w.size} weights; give one per sentence"
            )
        if np.any(w < 0) or not np.all(np.isfinite(w)):
            raise InputError("article_tone: weights must be finite and non-negative")
    ok = np.isfinite(c)
    total = float(w[ok].sum())
    if total <= 0.0:
        return 0.0
    tone = float(np.dot(w[ok], c[ok]) / total)
    return min(1.0, max(-1.0, tone))


def _label(score: float, threshold: float = LABEL_THRESHOLD) -> str:
    if score >= threshold:
        return "positive"
    if score <= -threshold:
        return "negative"
    return "neutral"


def aggregate(
    scores: Sequence[float],
    *,
    proba: np.ndarray | None = None,
    threshold: float | None = LABEL_THRESHOLD,
    neutral_weight: float = 1.0,
) -> dict[str, Any]:
    """Summarise the scores of all mentions of one actor in one article.

    ``sentiment`` is the mean score; ``label`` is, by default, that mean score against a
    cut (positive at ``>= threshold``, negative at ``<= -threshold``, else neutral), so the
    label never contradicts the score's sign or order. To label an actor as
    :func:`newsanalytics.analyze` does, pass ``threshold=scorer.label_threshold_`` (the
    shipped model's 0.275, VADER's 0.05); when that is None (the argmax rule of
    ``label_threshold=None`` and of a model fitted with ``fit``), pass ``proba`` with it.

    Parameters
    ----------
    scores : sequence of float
        Per-mention scores in [-1, 1] from :meth:`ActorSentiment.score`. NaNs are ignored.
    proba : ndarray of shape (n_mentions, 3), optional
        Per-mention class probabilities from :meth:`ActorSentiment.predict_proba` (the
        neutral prior already in them). When given, the label is instead the class with
        the highest *mean* probability: the rule of a scorer with ``label_threshold=None``
        (whose ``label_threshold_`` is None), applied to the average mention. It agrees
        with the mean score in sign, not in order.
    neutral_weight : float, default 1.0
        With ``proba``, the mean neutral probability is multiplied by this weight before
        the argmax. Leave it at 1.0 for probabilities of :meth:`ActorSentiment.predict_proba`,
        which carry the scorer's ``neutral_weight`` already; another value weights them again.
    threshold : float or None, default LABEL_THRESHOLD (0.05)
        Without ``proba``, the mean score is labelled positive at ``>= threshold``, negative
        at ``<= -threshold``, neutral otherwise (0.05: VADER's own cut-off; a model's is
        its scorer's ``label_threshold_``, the shipped one's 0.275). None: the argmax of
        ``proba``, which it then needs. With ``proba``, a cut other than the default is
        refused (InputError): it would not be read.

    Returns
    -------
    dict
        ``sentiment`` (mean score, 0.0 without mentions), ``mentions`` (count of scored
        mentions), ``std`` (population standard deviation: the spread of how the actor is
        portrayed within the article; 0.0 for fewer than two), ``label``.

    Examples
    --------
    >>> summary = aggregate([0.6, -0.2, 0.4])
    >>> summary["mentions"], summary["label"], round(summary["sentiment"], 3)
    (3, 'positive', 0.267)
    >>> aggregate([0.04, 0.06], proba=np.array([[0.3, 0.5, 0.2], [0.1, 0.6, 0.3]]))["label"]
    'neutral'
    >>> aggregate([])
    {'sentiment': 0.0, 'mentions': 0, 'std': 0.0, 'label': 'neutral'}
    """
    if threshold is None and proba is None:
        raise InputError(
            "aggregate: threshold=None labels by the argmax of the mean class probabilities; "
            "pass proba (one row per score), or a cut on the mean score"
        )
    if proba is not None and threshold is not None and threshold != LABEL_THRESHOLD:
        raise InputError(
            f"aggregate: threshold={threshold!r} with proba: with proba the label is the argmax "
            "of the mean class probabilities and the cut is not read; pass the cut without "
            "proba (the mean score against it), or threshold=None with proba"
        )
    s = np.asarray(scores, dtype=np.float64).ravel()
    ok = np.isfinite(s)
    s = s[ok]
    if s.size == 0:
        return {"sentiment": 0.0, "mentions": 0, "std": 0.0, "label": "neutral"}
    mean = float(s.mean())
    std = float(s.std()) if s.size > 1 else 0.0
    if proba is None:
        label = _label(mean, threshold)
    else:
        p = np.asarray(proba, dtype=np.float64)
        if p.shape != (ok.size, 3):
            raise InputError(
                f"aggregate: proba has shape {p.shape}, expected ({ok.size}, 3): one row of "
                f"{list(LABELS)} probabilities per score"
            )
        weights = np.array([1.0, float(neutral_weight), 1.0])
        label = LABELS[int((p[ok].mean(axis=0) * weights).argmax())]
    return {"sentiment": mean, "mentions": int(s.size), "std": std, "label": label}


# --------------------------------------------------------------- labels of ActorSentiment


def check_labels(labels: Iterable[Any], n: int) -> np.ndarray:
    """Map labels (names, or -1/0/1 polarities) to class indices 0, 1, 2."""
    if isinstance(labels, str):
        raise one_item("ActorSentiment.fit", "labels", "label")
    out = []
    for i, lab in enumerate(labels):
        if isinstance(lab, str) and lab in LABELS:
            out.append(LABELS.index(lab))
        elif not isinstance(lab, (str, bool)) and lab in (-1, 0, 1):
            out.append(int(lab) + 1)
        else:
            raise InputError(
                f"label {i}: {lab!r} is not one of {list(LABELS)} or the polarities -1, 0, 1"
            )
    if len(out) != n:
        raise InputError(f"fit: got {n} targets but {len(out)} labels; give one label per target")
    return np.asarray(out, dtype=np.int64)


def check_threshold(value: Any) -> float:
    """``label_threshold`` as a float in [0, 1]; InputError otherwise."""
    try:
        cut = float(value)
    except (TypeError, ValueError):
        cut = float("nan")
    if isinstance(value, bool) or not 0.0 <= cut <= 1.0:
        raise InputError(
            f'label_threshold={value!r}: expected "model", None or a number in [0, 1] (the '
            "score's size from which a target is labelled positive or negative)"
        )
    return cut


def check_rule(value: Any) -> float | str | None:
    """``label_threshold`` checked: ``"model"``, None, or a float in [0, 1]."""
    if value is None or (isinstance(value, str) and value == "model"):
        return value
    return check_threshold(value)


def labels_from_scores(c: np.ndarray, threshold: float = LABEL_THRESHOLD) -> np.ndarray:
    """Class index of each score: 2 at ``>= threshold``, 0 at ``<= -threshold``, else 1."""
    k = np.ones(len(c), dtype=np.int64)
    k[c >= threshold] = 2
    k[c <= -threshold] = 0
    return k


def check_neutral_weight(value: Any) -> float:
    """``neutral_weight`` as a finite float > 0; InputError naming it otherwise."""
    try:
        w = float(value)
    except (TypeError, ValueError):
        w = float("nan")
    if isinstance(value, bool) or not (np.isfinite(w) and w > 0.0):
        raise InputError(
            f"neutral_weight={value!r}: expected a finite number > 0 (the prior odds of the "
            "neutral class against the model's calibration; 1.0 keeps them)"
        )
    return w


def shift_prior(proba: np.ndarray, neutral_weight: float) -> np.ndarray:
    """Probabilities under a neutral prior: each row multiplied by ``(1, w, 1)`` and
    renormalised, ``w = neutral_weight`` (Bayes' rule for a class mix whose neutral odds are
    ``w`` times those the model was calibrated on). ``w = 1`` returns them unchanged."""
    w = check_neutral_weight(neutral_weight)
    p = np.asarray(proba, dtype=np.float64)
    if w == 1.0:
        return p
    return neutral_times(p, w)


def neutral_times(proba: np.ndarray, w: float | np.ndarray) -> np.ndarray:
    """A copy of the class probabilities ``proba`` (float64, classes on the last axis) with
    the neutral column multiplied by ``w`` (a number, or one per row) and each row
    renormalised: the prior shift of :func:`shift_prior` and of the role rules
    (``_roles.shift_sources``), written once."""
    q = np.array(proba, dtype=np.float64)
    q[..., 1] *= w
    q /= q.sum(axis=-1, keepdims=True)
    return q


def decide(proba: Any, label_threshold: float | None) -> np.ndarray:
    """Class index of each row of probabilities by :class:`ActorSentiment`'s label rule:
    the argmax (``label_threshold`` None), or the score ``P(pos) - P(neg)`` (as ``score``
    computes it) against ``label_threshold``. The probabilities are those of
    ``predict_proba``, the neutral prior already in them."""
    p = np.asarray(proba, dtype=np.float64).reshape(-1, 3)
    if label_threshold is None:
        return p.argmax(axis=1)
    cut = check_threshold(label_threshold)
    return labels_from_scores(np.clip(p[:, 2] - p[:, 0], -1.0, 1.0), cut)
