"""No-pickle persistence: a model is a directory with ``manifest.json`` and ``.npz`` arrays.

The manifest records the format name, an integer ``format_version``, the library version
and the model's parameters. Arrays are loaded with ``allow_pickle=False``, so loading a
model never executes code. A format version newer than this library knows is refused.

A model directory is read as untrusted input: every file it names must be a plain file name
inside the directory (no paths, no links that leave it); JSON is bounded in size and depth;
the sizes the ``.npz`` zip entries declare are checked before any is read (a highly
compressed entry is refused as a zip bomb, and all arrays together are bounded); each
``.npy`` header is checked against the bytes it sits on before any array is allocated; and
a :class:`ModelSpec` passed by the model's ``load`` declares the manifest keys, JSON
files and arrays it needs, with their types, dtypes and shapes (named dimensions must agree
across arrays and with the JSON lists they index). Anything else raises
:class:`~newsanalytics.ModelFormatError` naming the file and what is wrong, at load time.
"""

from __future__ import annotations

import json
import logging
import math
import os
import re
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from ._version import __version__
from .exceptions import ModelFormatError

__all__ = ["save_model_dir", "load_model_dir", "ArraySpec", "ModelSpec", "MANIFEST"]

logger = logging.getLogger(__name__)
logger.addHandler(logging.NullHandler())

MANIFEST = "manifest.json"
#: Bounds on what a model directory may ask this library to read.
MAX_JSON_BYTES = 512 * 2**20
MAX_JSON_DEPTH = 32
MAX_ARRAY_BYTES = 4 * 2**30
#: All the arrays of one model directory together, as their zip entries declare them.
MAX_MODEL_BYTES = 4 * 2**30
#: Compressed .npz entries may shrink at most this much (``save_model_dir`` does not
#: compress; real float weights deflate to about 90%); an entry that unpacks to more than
#: this many times its stored size, past 1 MiB, is refused as a zip bomb before it is read.
MAX_COMPRESSION_RATIO = 100
_SMALL_ENTRY = 2**20
_PLAIN_NAME = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.-]{0,99}")


@dataclass(frozen=True)
class ArraySpec:
    """What one array of a model must be.

    Parameters
    ----------
    kind : str
        The numpy dtype kinds accepted: ``"f"`` float, ``"i"`` signed and ``"u"`` unsigned
        integer, ``"b"`` boolean, ``"U"`` text; ``"iu"`` accepts either integer kind.
    shape : tuple of int or str
        One entry per axis: a fixed size, or the name of a dimension; every array (and
        :attr:`ModelSpec.lengths`) naming a dimension must agree on its size.
    finite : bool, default True
        Refuse NaN and infinite values (float arrays).

    Examples
    --------
    >>> ArraySpec("f", (3, "n_features"))
    ArraySpec(kind='f', shape=(3, 'n_features'), finite=True)
    """

    kind: str
    shape: tuple[int | str, ...]
    finite: bool = True


@dataclass(frozen=True)
class ModelSpec:
    """What a model's ``load`` needs from its directory (see :func:`load_model_dir`).

    Parameters
    ----------
    arrays : mapping
        ``{file: {key: ArraySpec}}``: the ``.npz`` files and the arrays each must hold.
    json_files : mapping
        ``{file: type}``: the JSON files needed and the type of their top-level value
        (``list``, ``dict``, ...); ``(list, str)`` also requires a list of str.
    manifest : mapping
        ``{key: type or tuple of types}``: manifest keys the model reads, with their types;
        a key that is absent is allowed only if ``type(None)`` is among its types.
    lengths : mapping
        ``{dimension: (file, key, ...)}``: a named dimension is the length of a JSON list
        (or of the value under the keys given after the file name).

    Examples
    --------
    >>> spec = ModelSpec(
    ...     arrays={"weights": {"coef": ArraySpec("f", (3, "n_features"))}},
    ...     json_files={"vocabulary": (list, str)},
    ...     lengths={"n_features": ("vocabulary",)},
    ... )
    """

    arrays: Mapping[str, Mapping[str, ArraySpec]] = field(default_factory=dict)
    json_files: Mapping[str, Any] = field(default_factory=dict)
    manifest: Mapping[str, Any] = field(default_factory=dict)
    lengths: Mapping[str, tuple[str, ...]] = field(default_factory=dict)


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
    for name in [*(arrays or {}), *(json_files or {})]:
        if not isinstance(name, str) or not _PLAIN_NAME.fullmatch(name) or ".." in name:
            raise ModelFormatError(f"{name!r} is not a plain file name for a model file")
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
    path: str | os.PathLike[str],
    *,
    format_name: str,
    max_format_version: int,
    spec: ModelSpec | None = None,
) -> tuple[dict[str, Any], dict[str, dict[str, np.ndarray]], dict[str, Any]]:
    """Read a model directory written by :func:`save_model_dir`.

    Parameters
    ----------
    path : path-like
        The model directory.
    format_name : str
        The kind of model expected.
    max_format_version : int
        The newest format version this library reads.
    spec : ModelSpec, optional
        What the model needs: those files, keys and arrays are required and checked (types,
        dtypes, shapes, finite values); files the manifest names beyond them are not read.
        Without a spec every file the manifest names is read, with the checks that need no
        knowledge of the model.

    Returns
    -------
    manifest : dict
    arrays : dict of str to dict of str to ndarray
    json_files : dict of str to object

    Raises
    ------
    ModelFormatError
        If the directory or manifest is missing or corrupt, holds another kind of model,
        was written in a newer format version than this library reads, names a file that
        is not a plain file inside the directory, or holds a file or array that is not what
        the spec declares. The message names the file and what is wrong.
    """
    src = Path(path)
    if not src.is_dir() or not (src / MANIFEST).is_file():
        raise ModelFormatError(f"{src}: not a newsanalytics model directory (no {MANIFEST})")
    mpath = _inside(src, MANIFEST)
    manifest = _read_json(mpath)
    if not isinstance(manifest, dict):
        raise ModelFormatError(f"{mpath}: expected a JSON object, got {_kind(manifest)}")
    if manifest.get("format") != format_name:
        raise ModelFormatError(
            f"{src}: holds a {manifest.get('format')!r} model, expected {format_name!r}"
        )
    version = manifest.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ModelFormatError(
            f"{mpath}: format_version must be a positive integer, got {version!r}"
        )
    if version > max_format_version:
        raise ModelFormatError(
            f"{src}: format_version {version} is newer than this library reads "
            f"(<= {max_format_version}); upgrade newsanalytics (this is "
            f"{__version__}, the model was written by {manifest.get('library_version')})"
        )
    _check_manifest(mpath, manifest, spec)
    if manifest.get("library_version") != __version__:
        logger.info(
            "%s was written by newsanalytics %s, this is %s",
            src,
            manifest.get("library_version"),
            __version__,
        )
    array_names = manifest.get("arrays", [])
    json_names = manifest.get("json_files", [])
    if spec is not None:
        for key, names, wanted in (
            ("arrays", array_names, spec.arrays),
            ("json_files", json_names, spec.json_files),
        ):
            missing = sorted(set(wanted) - set(names))
            if missing:
                raise ModelFormatError(f"{mpath}: {key} lacks {', '.join(map(repr, missing))}")
        array_names, json_names = list(spec.arrays), list(spec.json_files)
    json_files: dict[str, Any] = {}
    for name in json_names:
        fpath = _inside(src, f"{name}.json")
        json_files[name] = _read_json(fpath)
        if spec is not None:
            _check_json_type(fpath, json_files[name], spec.json_files[name])
    arrays: dict[str, dict[str, np.ndarray]] = {}
    paths = {name: _inside(src, f"{name}.npz") for name in array_names}
    wanted_of = {name: None if spec is None else spec.arrays[name] for name in array_names}
    _check_declared_sizes(src, paths, wanted_of)  # before any array is read
    for name, fpath in paths.items():
        arrays[name] = _read_npz(fpath, wanted_of[name])
    if spec is not None:
        _check_shapes(src, spec, arrays, json_files)
    return manifest, arrays, json_files


def _kind(value: Any) -> str:
    return {list: "a list", dict: "an object", str: "a string", bool: "a boolean"}.get(
        type(value), "null" if value is None else "a number"
    )


def _inside(src: Path, name: str) -> Path:
    """``src / name``, refused unless it is a plain file name of a file inside ``src``."""
    if not isinstance(name, str) or not _PLAIN_NAME.fullmatch(name) or ".." in name:
        raise ModelFormatError(
            f"{src / MANIFEST}: {name!r} is not a plain file name; a model directory names "
            "only files inside it"
        )
    fpath = src / name
    try:
        resolved = fpath.resolve(strict=True)
    except (OSError, RuntimeError):  # missing, or a loop of links
        raise ModelFormatError(f"{fpath}: missing") from None
    if resolved.parent != src.resolve():
        raise ModelFormatError(f"{fpath}: a link to {resolved}, outside the model directory")
    if not resolved.is_file():
        raise ModelFormatError(f"{fpath}: not a regular file")
    return fpath


def _read_json(fpath: Path) -> Any:
    size = fpath.stat().st_size
    if size > MAX_JSON_BYTES:
        raise ModelFormatError(f"{fpath}: {size:,} bytes, more than the {MAX_JSON_BYTES:,} allowed")
    try:
        with open(fpath, encoding="utf-8") as fh:
            value = json.load(fh)
    except RecursionError:
        raise ModelFormatError(f"{fpath}: nested deeper than {MAX_JSON_DEPTH} levels") from None
    except (OSError, ValueError) as exc:  # also undecodable bytes
        raise ModelFormatError(f"{fpath}: unreadable: {exc}") from None
    if _depth(value) > MAX_JSON_DEPTH:
        raise ModelFormatError(f"{fpath}: nested deeper than {MAX_JSON_DEPTH} levels")
    return value


def _depth(value: Any) -> int:
    """Nesting depth of a JSON value, without recursion."""
    deepest = 0
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            item = item.values()
        elif not isinstance(item, list):
            continue
        deepest = max(deepest, depth)
        if depth <= MAX_JSON_DEPTH:
            stack.extend((child, depth + 1) for child in item if isinstance(child, list | dict))
    return deepest


def _check_manifest(mpath: Path, manifest: dict[str, Any], spec: ModelSpec | None) -> None:
    expected: dict[str, Any] = {
        "library_version": (str, type(None)),
        "params": (dict, type(None)),
        "arrays": (list, type(None)),
        "json_files": (list, type(None)),
    }
    if spec is not None:
        expected.update(spec.manifest)
    for key, types in expected.items():
        types = types if isinstance(types, tuple) else (types,)
        value = manifest.get(key)
        if not isinstance(value, types) or (isinstance(value, bool) and bool not in types):
            names = " or ".join("null" if t is type(None) else t.__name__ for t in types)
            raise ModelFormatError(f"{mpath}: {key!r} must be {names}, got {value!r:.60}")
    for key in ("arrays", "json_files"):
        for name in manifest.get(key) or []:
            if not isinstance(name, str):
                raise ModelFormatError(f"{mpath}: {key!r} must list file names, got {name!r:.60}")


def _check_json_type(fpath: Path, value: Any, want: Any) -> None:
    container, item = want if isinstance(want, tuple) else (want, None)
    if not isinstance(value, container):
        raise ModelFormatError(f"{fpath}: expected {container.__name__}, got {_kind(value)}")
    if item is not None and not all(isinstance(v, item) for v in value):
        raise ModelFormatError(f"{fpath}: expected a list of {item.__name__}")


def _check_declared_sizes(
    src: Path, paths: Mapping[str, Path], wanted_of: Mapping[str, Mapping[str, ArraySpec] | None]
) -> None:
    """Refuse, from the zip directories alone, arrays that would unpack to too much memory:
    an entry compressed more than :data:`MAX_COMPRESSION_RATIO` times, or entries that
    declare more than :data:`MAX_MODEL_BYTES` in all."""
    total = 0
    for name, fpath in paths.items():
        try:
            with zipfile.ZipFile(fpath) as zf:
                infos = [i for i in zf.infolist() if i.filename.endswith(".npy")]
        except (OSError, ValueError, EOFError, zipfile.BadZipFile) as exc:
            raise ModelFormatError(f"{fpath}: unreadable: {exc}") from None
        wanted = wanted_of[name]
        if wanted is not None:
            infos = [i for i in infos if i.filename[: -len(".npy")] in wanted]
        for info in infos:
            key = info.filename[: -len(".npy")]
            if (
                info.compress_type != zipfile.ZIP_STORED
                and info.file_size > _SMALL_ENTRY
                and info.file_size > MAX_COMPRESSION_RATIO * max(info.compress_size, 1)
            ):
                raise ModelFormatError(
                    f"{fpath}: array {key!r} declares {info.file_size:,} bytes stored in "
                    f"{info.compress_size:,} (compressed more than {MAX_COMPRESSION_RATIO} "
                    "times); refused as a zip bomb"
                )
            total += info.file_size
    if total > MAX_MODEL_BYTES:
        raise ModelFormatError(
            f"{src}: its arrays declare {total:,} bytes in all, more than the "
            f"{MAX_MODEL_BYTES:,} allowed"
        )


def _read_npz(fpath: Path, wanted: Mapping[str, ArraySpec] | None) -> dict[str, np.ndarray]:
    """The arrays of an .npz file, each header checked before its data is read."""
    try:
        with zipfile.ZipFile(fpath) as zf:
            members = {info.filename: info for info in zf.infolist()}
            keys = [n[: -len(".npy")] for n in members if n.endswith(".npy")]
            if wanted is not None:
                missing = sorted(set(wanted) - set(keys))
                if missing:
                    raise ModelFormatError(
                        f"{fpath}: lacks the array {', '.join(map(repr, missing))}"
                    )
                keys = list(wanted)
            out = {}
            for key in keys:
                info = members[f"{key}.npy"]
                with zf.open(info) as fh:
                    shape, dtype = _npy_header(fpath, key, fh, info.file_size)
                    if wanted is not None:
                        _check_dtype(fpath, key, dtype, shape, wanted[key])
                with zf.open(info) as fh:
                    out[key] = np.lib.format.read_array(fh, allow_pickle=False)
                if wanted is not None and wanted[key].finite and out[key].dtype.kind in "fc":
                    if not np.isfinite(out[key]).all():
                        raise ModelFormatError(f"{fpath}: array {key!r} holds NaN or infinity")
    except ModelFormatError:
        raise
    except (OSError, ValueError, EOFError, zipfile.BadZipFile, KeyError) as exc:
        raise ModelFormatError(f"{fpath}: unreadable: {exc}") from None
    return out


def _npy_header(fpath: Path, key: str, fh: Any, file_size: int) -> tuple[tuple[int, ...], Any]:
    """Shape and dtype of an .npy member, refused unless its data is exactly what is there."""
    version = np.lib.format.read_magic(fh)
    if version == (1, 0):
        shape, _, dtype = np.lib.format.read_array_header_1_0(fh)
    elif version in ((2, 0), (3, 0)):
        shape, _, dtype = np.lib.format.read_array_header_2_0(fh)
    else:  # pragma: no cover - read_magic refuses other versions
        raise ValueError(f"unknown .npy version {version}")
    if dtype.hasobject:
        raise ModelFormatError(f"{fpath}: array {key!r} holds Python objects (needs pickle)")
    nbytes = math.prod(shape) * dtype.itemsize  # Python ints: no overflow
    if nbytes > MAX_ARRAY_BYTES:
        raise ModelFormatError(
            f"{fpath}: array {key!r} claims shape {shape} ({nbytes:,} bytes), more than the "
            f"{MAX_ARRAY_BYTES:,} allowed"
        )
    stored = file_size - fh.tell()
    if nbytes != stored:
        raise ModelFormatError(
            f"{fpath}: array {key!r} claims shape {shape} of {dtype} ({nbytes:,} bytes) but "
            f"the file holds {stored:,} bytes of data"
        )
    return shape, dtype


def _check_dtype(fpath: Path, key: str, dtype: Any, shape: tuple, want: ArraySpec) -> None:
    if dtype.kind not in want.kind:
        raise ModelFormatError(
            f"{fpath}: array {key!r} has dtype {dtype}, expected kind {want.kind!r}"
        )
    if len(shape) != len(want.shape):
        raise ModelFormatError(
            f"{fpath}: array {key!r} has {len(shape)} dimensions {shape}, expected "
            f"{len(want.shape)} {want.shape}"
        )


def _check_shapes(
    src: Path, spec: ModelSpec, arrays: Mapping[str, Mapping[str, np.ndarray]], files: Mapping
) -> None:
    """Every fixed size right, every named dimension the same size everywhere it is used."""
    sizes: dict[str, tuple[int, str]] = {}  # dimension -> (size, where it was seen first)
    for dim, where in spec.lengths.items():
        value: Any = files.get(where[0])
        try:
            for key in where[1:]:
                value = value[key]
            n = len(value)
        except (KeyError, IndexError, TypeError):
            raise ModelFormatError(
                f"{src / (where[0] + '.json')}: lacks the list {'/'.join(where[1:]) or 'itself'}"
            ) from None
        sizes[dim] = (n, f"the length of {'/'.join(where)}.json")
    for name, group in spec.arrays.items():
        for key, want in group.items():
            shape = arrays[name][key].shape
            for axis, (size, expect) in enumerate(zip(shape, want.shape, strict=True)):
                here = f"{name}.npz array {key!r} axis {axis}"
                if isinstance(expect, int):
                    ok, seen = size == expect, f"{expect}"
                else:
                    known, first = sizes.setdefault(expect, (size, here))
                    ok, seen = size == known, f"{known} ({expect}, as {first})"
                if not ok:
                    raise ModelFormatError(
                        f"{src / (name + '.npz')}: array {key!r} has shape {shape}; axis {axis} "
                        f"should be {seen}"
                    )
