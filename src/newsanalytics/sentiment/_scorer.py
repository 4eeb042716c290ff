"""Sentence VADER scores, article tone, the aggregation of mention scores and the
:class:`ActorSentiment` scorer (see the package docstring of :mod:`newsanalytics.sentiment`)."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from ..exceptions import InputError, ModelFormatError, NotFittedError, one_item
from ..persist import ArraySpec, ModelSpec, load_model_dir, save_model_dir
from . import _features as _feat
from ._featurizer import Featurizer

__all__ = [
    "vader_scores",
    "article_tone",
    "aggregate",
    "ActorSentiment",
    "LABELS",
    "LABEL_THRESHOLD",
]

logger = logging.getLogger(__name__)
logger.addHandler(logging.NullHandler())

#: Class labels in the order of the model's rows: score = P(positive) - P(negative).
LABELS: tuple[str, str, str] = ("negative", "neutral", "positive")

#: A mean score at or above ``+LABEL_THRESHOLD`` is labelled positive, at or below the
#: negative of it negative, anything between neutral. 0.05 is VADER's own cut-off for its
#: compound score (Hutto & Gilbert 2014); model scores (P(pos) - P(neg)) use the same cut so
#: both methods label alike.
LABEL_THRESHOLD = 0.05

_FORMAT = "newsanalytics.ActorSentiment"
_FORMAT_VERSION = 1
_SHIPPED = Path(__file__).resolve().parent / "data" / "actor_model"
_METHODS = ("model", "vader")
_CHUNK = 8192


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
    threshold: float = LABEL_THRESHOLD,
) -> dict[str, Any]:
    """Summarise the scores of all mentions of one actor in one article.

    Parameters
    ----------
    scores : sequence of float
        Per-mention scores in [-1, 1] from :meth:`ActorSentiment.score`. NaNs are ignored.
    proba : ndarray of shape (n_mentions, 3), optional
        Per-mention class probabilities from :meth:`ActorSentiment.predict_proba` of the
        trained model. When given, the label is the class with the highest *mean*
        probability: the model's own decision rule applied to the average mention. Pass it
        for ``method="model"``: on NewsMTSC dev a cut-off on P(pos) - P(neg) labels 6-8
        macro-F1 points worse than the model's argmax, because the neutral probability
        matters. Leave it out for ``method="vader"``.
    threshold : float, default LABEL_THRESHOLD (0.05)
        Without ``proba``, the mean score is labelled positive at ``>= threshold``, negative
        at ``<= -threshold``, neutral otherwise (VADER's own cut-off).

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
        label = LABELS[int(p[ok].mean(axis=0).argmax())]
    return {"sentiment": mean, "mentions": int(s.size), "std": std, "label": label}


# --------------------------------------------------------------------------- targets


def _check_targets(targets: Iterable[Any]) -> list[tuple[str, int, int]]:
    """Validate ``(sentence, start, end)`` triples; the error names the target's index."""
    if isinstance(targets, str):
        raise one_item("ActorSentiment", "(sentence, start, end) targets", "(sentence, start, end)")
    if isinstance(targets, tuple) and len(targets) == 3 and isinstance(targets[0], str):
        raise one_item(
            "ActorSentiment",
            "(sentence, start, end) targets",
            "(sentence, start, end)",
            got="one target",
        )
    out: list[tuple[str, int, int]] = []
    for i, t in enumerate(targets):
        try:
            sentence, start, end = t
        except (TypeError, ValueError):
            raise InputError(
                f"target {i}: expected a (sentence, start, end) triple, got {t!r:.80}"
            ) from None
        if not isinstance(sentence, str):
            raise InputError(f"target {i}: sentence is a {type(sentence).__name__}, expected str")
        if isinstance(start, bool) or isinstance(end, bool):
            raise InputError(f"target {i}: start and end must be integers, got booleans")
        try:
            start_i, end_i = int(start), int(end)
        except (TypeError, ValueError):
            raise InputError(
                f"target {i}: start and end must be integers, got {start!r} and {end!r}"
            ) from None
        if start_i != start or end_i != end:
            raise InputError(f"target {i}: start and end must be integers, got {start!r}, {end!r}")
        if not 0 <= start_i <= end_i <= len(sentence):
            raise InputError(
                f"target {i}: offsets start={start_i}, end={end_i} are out of range for a "
                f"sentence of {len(sentence)} characters (need 0 <= start <= end <= "
                f"{len(sentence)})"
            )
        out.append((sentence, start_i, end_i))
    return out


def _check_labels(labels: Iterable[Any], n: int) -> np.ndarray:
    """Map labels (names, or -1/0/1 polarities) to class indices 0, 1, 2."""
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


# --------------------------------------------------------------------------- the scorer


class ActorSentiment:
    """Sentiment toward a target mention inside a sentence.

    A target is ``(sentence, start, end)``: the sentence text and the character offsets of
    the mention in it (``end`` exclusive). An empty span (``start == end``) is accepted and
    scored by its position; offsets outside the sentence raise :class:`InputError`.

    Parameters
    ----------
    method : {"model", "vader"}, default "model"
        ``"model"``: a multinomial logistic regression over target-aware features (lexicon
        evidence with VADER's negation/booster/"but" rules in windows and the clause around
        the target, the target as agent or patient of sentiment verbs, reported speech,
        n-grams of the context with the target masked). ``"vader"``: every target gets the
        VADER compound score of its sentence.
    model_path : path-like, optional
        Directory of a model saved by :meth:`save`. ``None`` with ``method="model"`` uses the
        model shipped in the package (trained on NewsMTSC), loaded on first use and cached.
    C : float, default 0.4
        Inverse regularisation strength used by :meth:`fit`.
    class_weight : {"balanced"} or None, default "balanced"
        Class weighting used by :meth:`fit`.
    max_iter : int, default 2000
        Solver iterations used by :meth:`fit`.
    min_df : int, default 2
        Features seen in fewer training targets are dropped by :meth:`fit`.
    random_state : int or None, default 0
        Seed for :meth:`fit` (the solver is deterministic; kept for the estimator contract).

    Attributes
    ----------
    coef_ : ndarray of shape (3, n_features)
        Weights per class (rows in :data:`LABELS` order); set by :meth:`fit` or on loading.
    intercept_ : ndarray of shape (3,)
    vocabulary_ : dict of str to int
        Feature name to column.

    Examples
    --------
    >>> s = "Obama praised Merkel but criticized Putin."
    >>> ActorSentiment(method="vader").score([(s, 14, 20), (s, 36, 41)]).round(3)
    array([-0.285, -0.285])
    """

    def __init__(
        self,
        *,
        method: str = "model",
        model_path: str | os.PathLike[str] | None = None,
        C: float = 0.4,
        class_weight: str | None = "balanced",
        max_iter: int = 2000,
        min_df: int = 2,
        random_state: int | None = 0,
    ) -> None:
        self.method = method
        self.model_path = model_path
        self.C = C
        self.class_weight = class_weight
        self.max_iter = max_iter
        self.min_df = min_df
        self.random_state = random_state

    # scikit-learn's clone() needs these two.
    def get_params(self, deep: bool = True) -> dict[str, Any]:
        return {
            "method": self.method,
            "model_path": self.model_path,
            "C": self.C,
            "class_weight": self.class_weight,
            "max_iter": self.max_iter,
            "min_df": self.min_df,
            "random_state": self.random_state,
        }

    def set_params(self, **params: Any) -> ActorSentiment:
        """Set parameters (scikit-learn convention); returns ``self``.

        A new ``model_path`` replaces the model in use (loaded or fitted): the next call
        scores with the model at that path (None: the shipped one).
        """
        for key in params:
            if key not in self.get_params():
                raise InputError(f"ActorSentiment has no parameter {key!r}")
        if "model_path" in params and params["model_path"] != self.model_path:
            self._forget_model()
        for key, value in params.items():
            setattr(self, key, value)
        return self

    def __repr__(self) -> str:
        return f"ActorSentiment(method={self.method!r})"

    # ---------------------------------------------------------------- model state

    def _check_method(self) -> None:
        if self.method not in _METHODS:
            raise InputError(f"method={self.method!r} is not one of {list(_METHODS)}")

    def _ensure_model(self) -> None:
        # A model loaded from another path than the current ``model_path`` (set as an
        # attribute since) is replaced; a fitted one has no path and stays.
        loaded_from = self.__dict__.get("_loaded_from", self.model_path)
        if hasattr(self, "coef_") and loaded_from == self.model_path:
            return
        if self.model_path is None:
            coef, intercept, vocab, meta = _load_shipped()
        else:
            coef, intercept, vocab, meta = _read_model(self.model_path)
        self._set_state(coef, intercept, vocab, meta)
        self._loaded_from = self.model_path

    def _forget_model(self) -> None:
        """Drop the loaded or fitted model, so the next use loads ``model_path``'s."""
        for name in (
            "coef_",
            "intercept_",
            "vocabulary_",
            "training_info_",
            "_coefT",
            "_featurizer",
            "_loaded_from",
        ):
            self.__dict__.pop(name, None)

    def _set_state(
        self,
        coef: np.ndarray,
        intercept: np.ndarray,
        vocab: dict[str, int],
        meta: dict[str, Any],
    ) -> None:
        self.__dict__.pop("_loaded_from", None)  # set again by whoever loaded the state
        self.coef_ = coef
        self.intercept_ = intercept
        self.vocabulary_ = vocab
        self.training_info_ = meta
        # score = P(pos) - P(neg); explain() uses the logit difference it is driven by.
        self._coefT = np.ascontiguousarray(coef.T)
        self._featurizer = Featurizer(vocab)

    # ---------------------------------------------------------------- public API

    def fit(self, targets: Iterable[Any], labels: Iterable[Any]) -> ActorSentiment:
        """Train the model on labelled targets.

        Parameters
        ----------
        targets : sequence of (str, int, int)
        labels : sequence of {"negative", "neutral", "positive"} or {-1, 0, 1}

        Returns
        -------
        self
        """
        from sklearn.linear_model import LogisticRegression

        self._check_method()
        if self.method != "model":
            raise InputError('fit() trains the "model" method; method="vader" has nothing to fit')
        tg = _check_targets(targets)
        y = _check_labels(labels, len(tg))
        if len(set(y.tolist())) < 2:
            raise InputError("fit: labels hold a single class; need at least two")
        feats = _feat.extract_many(tg)
        vocab = _feat.build_vocabulary(feats, min_df=self.min_df)
        X = Featurizer(vocab).matrix_from_features(feats)
        clf = LogisticRegression(
            C=self.C,
            class_weight=self.class_weight,
            max_iter=self.max_iter,
            random_state=self.random_state,
        )
        clf.fit(X, y)
        coef = np.zeros((3, X.shape[1]), dtype=np.float64)
        intercept = np.zeros(3, dtype=np.float64)
        coef[clf.classes_] = clf.coef_ if clf.coef_.shape[0] == len(clf.classes_) else 0.0
        intercept[clf.classes_] = clf.intercept_
        if len(clf.classes_) == 2:  # binary: sklearn stores one row for the second class
            coef[clf.classes_[1]] = clf.coef_[0]
            coef[clf.classes_[0]] = 0.0
            intercept[clf.classes_[1]] = clf.intercept_[0]
            intercept[clf.classes_[0]] = 0.0
            missing = [k for k in range(3) if k not in clf.classes_]
            intercept[missing] = -1e9
        meta = {"n_targets": len(tg), "n_features": int(X.shape[1])}
        self._set_state(coef, intercept, vocab, meta)
        return self

    def predict_proba(self, targets: Iterable[Any]) -> np.ndarray:
        """Class probabilities, shape (n_targets, 3), columns in :data:`LABELS` order.

        With ``method="vader"`` the sentence score is mapped to one-hot probabilities at
        VADER's +/-0.05 cut-offs.
        """
        self._check_method()
        tg = _check_targets(targets)
        if self.method == "vader":
            c = self._vader_target_scores(tg)
            out = np.zeros((len(tg), 3))
            out[np.arange(len(tg)), _labels_from_scores(c)] = 1.0
            return out
        self._ensure_model()
        # Chunks keep memory bounded however many targets come in; each distinct sentence
        # of a chunk is analysed once.
        logits = np.empty((len(tg), 3), dtype=np.float64)
        for lo in range(0, len(tg), _CHUNK):
            X = self._featurizer.matrix(tg[lo : lo + _CHUNK])
            logits[lo : lo + _CHUNK] = X @ self._coefT
        logits += self.intercept_
        logits -= logits.max(axis=1, keepdims=True)
        np.exp(logits, out=logits)
        logits /= logits.sum(axis=1, keepdims=True)
        return logits

    def score(self, targets: Iterable[Any]) -> np.ndarray:
        """Sentiment toward each target, a float in [-1, 1].

        ``P(positive) - P(negative)`` for the model; the sentence's VADER compound score for
        ``method="vader"``.
        """
        self._check_method()
        if self.method == "vader":
            return self._vader_target_scores(_check_targets(targets))
        p = self.predict_proba(targets)
        return np.clip(p[:, 2] - p[:, 0], -1.0, 1.0)

    def predict(self, targets: Iterable[Any]) -> list[str]:
        """Label of each target: "negative", "neutral" or "positive"."""
        self._check_method()
        if self.method == "vader":
            c = self._vader_target_scores(_check_targets(targets))
            return [LABELS[k] for k in _labels_from_scores(c)]
        p = self.predict_proba(targets)
        return [LABELS[k] for k in p.argmax(axis=1)]

    def explain(self, target: tuple[str, int, int]) -> pd.DataFrame:
        """Which words and rules drove the score of one target.

        Returns
        -------
        DataFrame
            For the model: one row per active feature, columns ``feature``, ``value``,
            ``weight`` (its coefficient toward positive minus toward negative) and
            ``contribution`` (value * weight, the feature's push on the score's logit),
            sorted by absolute contribution, and ``kind`` (what the feature is, in words); a
            final row ``(bias)`` holds the intercepts. The contributions add up to
            ``log(P(positive) / P(negative))``.
            For ``method="vader"``: one row per sentiment word of the sentence, columns
            ``feature`` (the word), ``value`` (its lexicon valence), ``weight`` (1.0) and
            ``contribution`` (the valence after VADER's negation and booster rules).
        """
        self._check_method()
        (tg,) = _check_targets([target])
        cols = ["feature", "value", "weight", "contribution"]
        if self.method == "vader":
            rows = [(w, v0, 1.0, v, "VADER lexicon word") for w, v0, v in _feat.lexicon_hits(tg[0])]
            return pd.DataFrame(rows, columns=[*cols, "kind"])
        self._ensure_model()
        named = self._featurizer.named_features(tg)
        diff = self.coef_[2] - self.coef_[0]
        rows = [
            (name, val, float(diff[j]), float(val * diff[j]), _feat.feature_kind(name))
            for name, j, val in named
        ]
        rows.sort(key=lambda r: -abs(r[3]))
        bias = float(self.intercept_[2] - self.intercept_[0])
        rows.append(("(bias)", 1.0, bias, bias, "intercept"))
        return pd.DataFrame(rows, columns=[*cols, "kind"])

    def save(self, path: str | os.PathLike[str]) -> Path:
        """Save the model as a directory (manifest.json, weights.npz, vocabulary.json)."""
        if self.method != "model":
            raise InputError('save() stores a trained model; method="vader" has nothing to save')
        if not hasattr(self, "coef_"):
            if self.model_path is None and not _SHIPPED.is_dir():
                raise NotFittedError("ActorSentiment is not fitted; call fit() first")
            self._ensure_model()
        vocab_list = [""] * len(self.vocabulary_)
        for name, j in self.vocabulary_.items():
            vocab_list[j] = name
        return save_model_dir(
            path,
            format_name=_FORMAT,
            format_version=_FORMAT_VERSION,
            params={
                "C": self.C,
                "class_weight": self.class_weight,
                "max_iter": self.max_iter,
                "min_df": self.min_df,
                "random_state": self.random_state,
            },
            arrays={
                "weights": {
                    "coef": self.coef_.astype(np.float32),
                    "intercept": self.intercept_.astype(np.float64),
                }
            },
            json_files={"vocabulary": vocab_list},
            extra={
                "labels": list(LABELS),
                "features_version": _feat.FEATURES_VERSION,
                "training": dict(getattr(self, "training_info_", {})),
            },
        )

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> ActorSentiment:
        """Load a model saved by :meth:`save`."""
        coef, intercept, vocab, meta = _read_model(path)
        obj = cls(method="model", model_path=path)
        obj._set_state(coef, intercept, vocab, meta)
        obj._loaded_from = path
        return obj

    # ---------------------------------------------------------------- helpers

    @staticmethod
    def _vader_target_scores(tg: list[tuple[str, int, int]]) -> np.ndarray:
        uniq: dict[str, int] = {}
        idx = [uniq.setdefault(s, len(uniq)) for s, _, _ in tg]
        scores = _vader_compound(list(uniq))
        return scores[np.asarray(idx, dtype=np.int64)] if idx else np.zeros(0)


def _labels_from_scores(c: np.ndarray) -> np.ndarray:
    k = np.ones(len(c), dtype=np.int64)
    k[c >= LABEL_THRESHOLD] = 2
    k[c <= -LABEL_THRESHOLD] = 0
    return k


def _read_model(
    path: str | os.PathLike[str],
) -> tuple[np.ndarray, np.ndarray, dict[str, int], dict[str, Any]]:
    # Shapes, dtypes and finite weights are checked by the spec before anything is used.
    manifest, arrays, jsons = load_model_dir(
        path, format_name=_FORMAT, max_format_version=_FORMAT_VERSION, spec=_SPEC
    )
    coef = np.asarray(arrays["weights"]["coef"], dtype=np.float64)
    intercept = np.asarray(arrays["weights"]["intercept"], dtype=np.float64)
    vocab_list = jsons["vocabulary"]
    if manifest.get("features_version") != _feat.FEATURES_VERSION:
        raise ModelFormatError(
            f"{path}: model was built for features version {manifest.get('features_version')}, "
            f"this library computes version {_feat.FEATURES_VERSION}; retrain it"
        )
    vocab = {name: j for j, name in enumerate(vocab_list)}
    if len(vocab) != len(vocab_list):
        raise ModelFormatError(f"{path}: vocabulary.json repeats a feature name")
    return coef, intercept, vocab, dict(manifest.get("training") or {})


_SPEC = ModelSpec(
    arrays={
        "weights": {
            "coef": ArraySpec("f", (len(LABELS), "n_features")),
            "intercept": ArraySpec("f", (len(LABELS),)),
        }
    },
    json_files={"vocabulary": (list, str)},
    manifest={"features_version": int, "training": (dict, type(None))},
    lengths={"n_features": ("vocabulary",)},
)


@lru_cache(maxsize=1)
def _load_shipped() -> tuple[np.ndarray, np.ndarray, dict[str, int], dict[str, Any]]:
    if not _SHIPPED.is_dir():
        raise ModelFormatError(
            f"the shipped actor-sentiment model is missing from {_SHIPPED}; reinstall "
            "newsanalytics or use ActorSentiment(method='vader')"
        )
    return _read_model(_SHIPPED)
