"""Calibration of the actor-sentiment model's probabilities: multinomial Platt scaling of
its logits, or one isotonic regression per class on its probabilities (fitted on
out-of-fold logits by :meth:`ActorSentiment.fit`), and how a model directory stores them."""

from __future__ import annotations

import os
from typing import Any

import numpy as np

from ..exceptions import ModelFormatError
from ..persist import ArraySpec, ModelSpec, load_model_dir
from ._tone import LABELS

# Added to each class's isotonic probability before the three are normalised: no row of
# zeros, and no class ever exactly impossible.
ISO_EPS = 1e-6
# Calibration that keeps the model's own probabilities: logits (d_neg, 0, d_pos).
IDENTITY = np.array([[1.0, 0.0, 0.0], [0.0, 0.0, 0.0], [0.0, 1.0, 0.0]])


def softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    np.exp(z, out=z)
    z /= z.sum(axis=1, keepdims=True)
    return z


def fit_platt(oof: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Multinomial Platt scaling of out-of-fold logits, as a (3, 3) matrix."""
    from sklearn.linear_model import LogisticRegression

    platt = LogisticRegression(C=1e4, max_iter=1000).fit(oof, y)
    return np.hstack([platt.coef_, platt.intercept_[:, None]])


def fit_isotonic(oof: np.ndarray, y: np.ndarray) -> list[tuple[np.ndarray, np.ndarray]]:
    """Per class, an isotonic regression of the class indicator on the model's out-of-fold
    probability of the class: its thresholds and values."""
    from sklearn.isotonic import IsotonicRegression

    p = softmax(np.column_stack([oof[:, 0], np.zeros(len(oof)), oof[:, 1]]))
    out = []
    for k in range(len(LABELS)):
        iso = IsotonicRegression(y_min=0.0, y_max=1.0, out_of_bounds="clip")
        iso.fit(p[:, k], (y == k).astype(np.float64))
        out.append((iso.X_thresholds_.astype(np.float64), iso.y_thresholds_.astype(np.float64)))
    return out


def apply_isotonic(iso: list[tuple[np.ndarray, np.ndarray]], p: np.ndarray) -> np.ndarray:
    """Calibrated probabilities: each class's isotonic map (linear between thresholds,
    constant beyond them), plus a small floor, normalised."""
    q = np.column_stack([np.interp(p[:, k], x, v) for k, (x, v) in enumerate(iso)])
    q += ISO_EPS
    q /= q.sum(axis=1, keepdims=True)
    return q


def isotonic_arrays(iso: list[tuple[np.ndarray, np.ndarray]]) -> dict[str, np.ndarray]:
    """The arrays of ``isotonic.npz``: ``x0``, ``y0`` ... ``x2``, ``y2``."""
    return {
        f"{name}{k}": a for k, pair in enumerate(iso) for name, a in zip("xy", pair, strict=True)
    }


def read_isotonic(
    path: str | os.PathLike[str], manifest: dict[str, Any], format_name: str, format_version: int
) -> list[tuple[np.ndarray, np.ndarray]] | None:
    """The isotonic calibration of a model directory (None if its manifest names none)."""
    if "isotonic" not in (manifest.get("arrays") or ()):
        return None
    _, arrays, _ = load_model_dir(
        path, format_name=format_name, max_format_version=format_version, spec=_ISOTONIC_SPEC
    )
    out = []
    for k in range(len(LABELS)):
        x = np.asarray(arrays["isotonic"][f"x{k}"], dtype=np.float64)
        v = np.asarray(arrays["isotonic"][f"y{k}"], dtype=np.float64)
        if not len(x) or np.any(np.diff(x) < 0) or np.any(np.diff(v) < 0):
            raise ModelFormatError(
                f"{path}: isotonic calibration of class {LABELS[k]!r} is empty or not increasing"
            )
        out.append((x, v))
    return out


_ISOTONIC_SPEC = ModelSpec(
    arrays={
        "isotonic": {
            f"{name}{k}": ArraySpec("f", (f"n_iso{k}",))
            for k in range(len(LABELS))
            for name in "xy"
        }
    },
)
