"""No-pickle persistence: a model is a directory with ``manifest.json`` and ``.npz`` arrays.

The manifest records the format name, an integer ``format_version``, the library version
and the model's parameters. Arrays are loaded with ``allow_pickle=False``, so loading a
model never executes code. A format version newer than this library knows is refused.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy as np

from ._version import __version__
from .exceptions import ModelFormatError

__all__ = ["save_model_dir", "load_model_dir", "MANIFEST"]

logger = logging.getLogger(__name__)
logger.addHandler(logging.NullHandler())

MANIFEST = "manifest.json"


def save_model_dir(
    path: str | os.PathLike[str],
    *,
    format_name: str,
    format_version: int,
    params: Mapping[str, Any],
    arrays: Mapping[str, Mapping[str, np.ndarray]] | None = None,
    json_files: Mapping[str, Any] | None = None,
    extra: Mapping[str, Any] | None = None,
) -> Path:
    """Write a model directory.

    Parameters
    ----------
    path : path-like
        Directory to create (parents too); existing files of the same names are replaced.
    format_name : str
        Identifies what kind of model this is, e.g. ``"newsanalytics.TopicModel"``.
    format_version : int
        Bumped whenever the layout changes incompatibly.
    params : mapping
        JSON-serialisable constructor parameters.
    arrays : mapping of str to mapping of str to ndarray, optional
        ``{"weights": {"coef": ..., "intercept": ...}}`` writes ``weights.npz``.
        Object arrays are refused: they would need pickle.
    json_files : mapping, optional
        ``{"vocabulary": [...]}`` writes ``vocabulary.json``.
    extra : mapping, optional
        More JSON-serialisable keys for the manifest.

    Returns
    -------
    pathlib.Path
        The directory written.
    """
    out = Path(path)
    out.mkdir(parents=True, exist_ok=True)
    for name, group in (arrays or {}).items():
        for key, arr in group.items():
            if np.asarray(arr).dtype == object:
                raise ModelFormatError(
                    f"array {name}/{key} has dtype object, which cannot be saved without pickle"
                )
        np.savez(out / f"{name}.npz", **{k: np.asarray(v) for k, v in group.items()})
    for name, obj in (json_files or {}).items():
        with open(out / f"{name}.json", "w", encoding="utf-8") as fh:
            json.dump(obj, fh, ensure_ascii=False)
    manifest = {
        "format": format_name,
        "format_version": int(format_version),
        "library_version": __version__,
        "params": dict(params),
        "arrays": sorted((arrays or {}).keys()),
        "json_files": sorted((json_files or {}).keys()),
    }
    manifest.update(extra or {})
    with open(out / MANIFEST, "w", encoding="utf-8") as fh:
        json.dump(manifest, fh, ensure_ascii=False, indent=2, sort_keys=True)
    return out


def load_model_dir(
    path: str | os.PathLike[str], *, format_name: str, max_format_version: int
) -> tuple[dict[str, Any], dict[str, dict[str, np.ndarray]], dict[str, Any]]:
    """Read a model directory written by :func:`save_model_dir`.

    Returns
    -------
    manifest : dict
    arrays : dict of str to dict of str to ndarray
    json_files : dict of str to object

    Raises
    ------
    ModelFormatError
        If the directory or manifest is missing or corrupt, holds another kind of model,
        or was written in a newer format version than this library reads.
    """
    src = Path(path)
    mpath = src / MANIFEST
    if not mpath.is_file():
        raise ModelFormatError(f"{src}: not a newsanalytics model directory (no {MANIFEST})")
    try:
        with open(mpath, encoding="utf-8") as fh:
            manifest = json.load(fh)
    except (OSError, json.JSONDecodeError) as exc:
        raise ModelFormatError(f"{mpath}: unreadable manifest: {exc}") from exc
    if manifest.get("format") != format_name:
        raise ModelFormatError(
            f"{src}: holds a {manifest.get('format')!r} model, expected {format_name!r}"
        )
    version = manifest.get("format_version")
    if not isinstance(version, int):
        raise ModelFormatError(f"{mpath}: format_version must be an integer, got {version!r}")
    if version > max_format_version:
        raise ModelFormatError(
            f"{src}: format_version {version} is newer than this library reads "
            f"(<= {max_format_version}); upgrade newsanalytics (this is "
            f"{__version__}, the model was written by {manifest.get('library_version')})"
        )
    if manifest.get("library_version") != __version__:
        logger.info(
            "%s was written by newsanalytics %s, this is %s",
            src,
            manifest.get("library_version"),
            __version__,
        )
    arrays: dict[str, dict[str, np.ndarray]] = {}
    for name in manifest.get("arrays", []):
        try:
            with np.load(src / f"{name}.npz", allow_pickle=False) as npz:
                arrays[name] = {k: npz[k] for k in npz.files}
        except (OSError, ValueError) as exc:
            raise ModelFormatError(f"{src / (name + '.npz')}: unreadable: {exc}") from exc
    json_files: dict[str, Any] = {}
    for name in manifest.get("json_files", []):
        try:
            with open(src / f"{name}.json", encoding="utf-8") as fh:
                json_files[name] = json.load(fh)
        except (OSError, json.JSONDecodeError) as exc:
            raise ModelFormatError(f"{src / (name + '.json')}: unreadable: {exc}") from exc
    return manifest, arrays, json_files
