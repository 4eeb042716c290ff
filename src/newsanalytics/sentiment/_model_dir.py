"""The actor-sentiment model's directory: reading a saved model, its word vectors, and
the model shipped in the package (loaded once per process)."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from ..exceptions import InputError, ModelFormatError
from ..persist import ArraySpec, ModelSpec, load_model_dir
from . import _features as _feat
from ._calibration import read_isotonic
from ._featurizer import FastScorer
from ._roles import check_source_weight
from ._tone import LABELS, check_neutral_weight, check_threshold

_FORMAT = "newsanalytics.ActorSentiment"
_FORMAT_VERSION = 2
_SHIPPED = Path(__file__).resolve().parent / "data" / "actor_model"


def _read_vectors(
    path: str | os.PathLike[str],
) -> tuple[np.ndarray, dict[str, int]] | None:
    """The word vectors of a model directory (None if its manifest names none)."""
    manifest, _, _ = load_model_dir(
        path, format_name=_FORMAT, max_format_version=_FORMAT_VERSION, spec=ModelSpec()
    )
    if "vectors" not in (manifest.get("arrays") or ()):
        return None
    # Shapes, dtypes and finite values are checked by the spec before anything is used.
    _, arrays, jsons = load_model_dir(
        path, format_name=_FORMAT, max_format_version=_FORMAT_VERSION, spec=_VECTOR_SPEC
    )
    vec = np.asarray(arrays["vectors"]["vectors"], dtype=np.float64)
    words = jsons["vector_words"]
    index = {w: i for i, w in enumerate(words)}
    if len(index) != len(words):
        raise ModelFormatError(f"{path}: vector_words.json repeats a word")
    return vec, index


def _resolve_vectors(
    word_vectors: str | os.PathLike[str] | None,
) -> tuple[np.ndarray, dict[str, int]] | None:
    if word_vectors is None:
        return None
    if isinstance(word_vectors, str) and word_vectors == "default":
        return _load_shipped().get("vectors")
    return _read_vectors(word_vectors)


def _read_model(path: str | os.PathLike[str]) -> dict[str, Any]:
    manifest, _, _ = load_model_dir(
        path, format_name=_FORMAT, max_format_version=_FORMAT_VERSION, spec=ModelSpec()
    )
    if manifest.get("format_version") != _FORMAT_VERSION:
        raise ModelFormatError(
            f"{path}: actor-sentiment model format {manifest.get('format_version')!r}; this "
            f"library reads format {_FORMAT_VERSION}; retrain it"
        )
    # Shapes, dtypes and finite weights are checked by the spec before anything is used.
    manifest, arrays, jsons = load_model_dir(
        path, format_name=_FORMAT, max_format_version=_FORMAT_VERSION, spec=_SPEC
    )
    weights = arrays["weights"]
    coef = np.asarray(weights["coef"], dtype=np.float64)
    intercept = np.asarray(weights["intercept"], dtype=np.float64)
    calibration = np.asarray(weights["calibration"], dtype=np.float64)
    vocab_list = jsons["vocabulary"]
    if manifest.get("features_version") != _feat.FEATURES_VERSION:
        raise ModelFormatError(
            f"{path}: model was built for features version {manifest.get('features_version')}, "
            f"this library computes version {_feat.FEATURES_VERSION}; retrain it"
        )
    vocab = {name: j for j, name in enumerate(vocab_list)}
    if len(vocab) != len(vocab_list):
        raise ModelFormatError(f"{path}: vocabulary.json repeats a feature name")
    values = manifest.get("feature_values") or {}
    try:
        context_value = float(values.get("context_value", 1.0))
        vector_value = float(values.get("vector_value", 1.0))
    except (TypeError, ValueError):
        raise ModelFormatError(f"{path}: manifest feature_values are not numbers") from None
    return {
        "coef": coef,
        "intercept": intercept,
        "calibration": calibration,
        "isotonic": read_isotonic(path, manifest, _FORMAT, _FORMAT_VERSION),
        "vocabulary": vocab,
        "vectors": _read_vectors(path),
        "context_value": context_value,
        "vector_value": vector_value,
        "training": dict(manifest.get("training") or {}),
        "label_threshold": _label_threshold(path, manifest),
        "scoring_weights": _scoring_weights(path, manifest),
    }


#: The neutral priors a model is saved with (its manifest's params), restored by
#: ``ActorSentiment.load``.
SCORING_WEIGHTS = ("neutral_weight", "source_weight", "unattached_weight", "place_weight")


def _scoring_weights(path: str | os.PathLike[str], manifest: dict[str, Any]) -> dict[str, float]:
    """The weights of :data:`SCORING_WEIGHTS` stored in the manifest's params (a weight it
    lacks, as in models saved before the weight existed, is left out); ModelFormatError for
    one that is no valid weight."""
    params = manifest.get("params") or {}
    out = {}
    for name in SCORING_WEIGHTS:
        if name not in params:
            continue
        try:
            if name == "neutral_weight":
                out[name] = check_neutral_weight(params[name])
            else:
                out[name] = check_source_weight(params[name], name)
        except InputError:
            raise ModelFormatError(
                f"{path}: manifest params.{name} is {params[name]!r}; not a valid weight"
            ) from None
    return out


def _label_threshold(path: str | os.PathLike[str], manifest: dict[str, Any]) -> float | None:
    """The label rule stored with a model: its manifest's ``params.label_threshold``, the
    cut on the score from which a target is labelled positive or negative (None, or absent
    in models saved before it was read: the argmax of the probabilities). The shipped
    model's was chosen by ``scripts/choose_label_rule.py``, which also writes it."""
    value = (manifest.get("params") or {}).get("label_threshold")
    if value is None:
        return None
    try:
        return check_threshold(value)
    except InputError:
        raise ModelFormatError(
            f"{path}: manifest params.label_threshold is {value!r}; expected null or a number "
            "in [0, 1]"
        ) from None


_SPEC = ModelSpec(
    arrays={
        "weights": {
            "coef": ArraySpec("f", (len(LABELS), "n_features")),
            "intercept": ArraySpec("f", (len(LABELS),)),
            "calibration": ArraySpec("f", (len(LABELS), 3)),
        }
    },
    json_files={"vocabulary": (list, str)},
    manifest={
        "features_version": int,
        "training": (dict, type(None)),
        "feature_values": (dict, type(None)),
    },
    lengths={"n_features": ("vocabulary",)},
)
_VECTOR_SPEC = ModelSpec(
    arrays={"vectors": {"vectors": ArraySpec("f", ("n_words", "dim"))}},
    json_files={"vector_words": (list, str)},
    lengths={"n_words": ("vector_words",)},
)


def _shipped_settings() -> dict[str, float]:
    state = _load_shipped()
    return {
        "context_value": float(state["context_value"]),
        "vector_value": float(state["vector_value"]),
    }


@lru_cache(maxsize=1)
def _shipped_scorer() -> FastScorer:
    """The shipped model's fast scorer, built once: a template that scorers copy."""
    state = _load_shipped()
    return FastScorer(
        state["coef"],
        state["intercept"],
        state["vocabulary"],
        vectors=state.get("vectors"),
        **_shipped_settings(),
    )


@lru_cache(maxsize=1)
def _load_shipped() -> dict[str, Any]:
    if not _SHIPPED.is_dir():
        raise ModelFormatError(
            f"the shipped actor-sentiment model is missing from {_SHIPPED}; reinstall "
            "newsanalytics or use ActorSentiment(method='vader')"
        )
    return _read_model(_SHIPPED)
