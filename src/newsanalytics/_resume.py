"""What an ``analyze_to`` JSONL output was written from, so a resumed run can check it.

A fresh JSONL run writes ``<output>.resume.json`` beside its output: a fingerprint of the
input (each file's path and size, or the kind and length of an in-memory source, and the ids
of the first records) and of the settings that shape the rows (model, aliases, scorer, field
names, encoding, errors, library version); a model folder or alias file is described by its
path and the SHA-256 of its content, so one changed in place is not taken for the same.
``resume=True`` continues only an output whose fingerprint matches the current input and
settings; anything else is refused, so rows of another input are never continued as if they
were this one's.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ._version import __version__
from .exceptions import InputError

FORMAT = "newsanalytics.resume"
FORMAT_VERSION = 2  # 2: model and alias files described by content too
N_FIRST_IDS = 5


def fingerprint_path(output: Path) -> Path:
    """Where the fingerprint of ``output`` is kept: ``<output>.resume.json``."""
    return output.with_name(output.name + ".resume.json")


def fingerprint(source: Any, first_ids: list[str | None], settings: Mapping[str, Any]) -> dict:
    """The fingerprint of a run (JSON-ready)."""
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "input": {**_describe_source(source), "first_ids": first_ids},
        "settings": {k: _describe(v) for k, v in sorted(settings.items())},
        "library_version": __version__,
    }


def write(output: Path, print_: Mapping[str, Any]) -> None:
    """Write the fingerprint beside ``output`` (whole or not at all)."""
    path = fingerprint_path(output)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(print_, indent=1, sort_keys=True), encoding="utf-8")
    os.replace(tmp, path)


def check(output: Path, print_: Mapping[str, Any]) -> None:
    """Refuse to resume ``output`` unless its fingerprint matches ``print_``.

    Raises
    ------
    InputError
        When there is no readable fingerprint, or it names another input or other settings.
    """
    path = fingerprint_path(output)
    try:
        stored = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(
            f"cannot resume {str(output)!r}: no {path.name} beside it says which input and "
            "settings wrote it; run without resume to start over, or write to a new output"
        ) from None
    except (OSError, ValueError, RecursionError) as exc:
        raise InputError(
            f"cannot resume {str(output)!r}: {path.name} is unreadable: {exc}"
        ) from None
    current = json.loads(json.dumps(print_))  # the same JSON types as the stored one
    if stored != current:
        differ = _differences(stored, current) if isinstance(stored, dict) else ["all"]
        raise InputError(
            f"cannot resume {str(output)!r}: it was written from another input or with other "
            f"settings (differs: {', '.join(differ)}); run without resume to start over, or "
            "write to a new output"
        )


def _differences(stored: Mapping[str, Any], current: Mapping[str, Any], prefix: str = "") -> list:
    keys = sorted(set(stored) | set(current))
    out: list[str] = []
    for key in keys:
        a, b = stored.get(key), current.get(key)
        if a == b:
            continue
        if isinstance(a, dict) and isinstance(b, dict):
            out.extend(_differences(a, b, f"{prefix}{key}."))
        else:
            out.append(f"{prefix}{key}")
    return out


def _describe_source(source: Any) -> dict[str, Any]:
    if isinstance(source, str | os.PathLike) or (
        isinstance(source, list | tuple)
        and source
        and all(isinstance(s, os.PathLike) for s in source)
    ):
        paths = [Path(source)] if isinstance(source, str | os.PathLike) else list(source)
        return {"kind": "files", "files": [_describe_file(Path(p)) for p in paths]}
    kind = type(source).__name__
    try:
        length: int | None = len(source)
    except TypeError:
        length = None
    return {"kind": kind, "length": length}


def _describe_file(path: Path) -> dict[str, Any]:
    resolved = path.resolve()
    if resolved.is_dir():
        files = sorted(p for p in resolved.rglob("*") if p.is_file())
        return {
            "path": str(resolved),
            "files": len(files),
            "size": sum(p.stat().st_size for p in files),
        }
    return {"path": str(resolved), "size": resolved.stat().st_size}


def _content_hash(path: Path) -> str | None:
    """SHA-256 of a file, or of a folder's files (their relative names and bytes, in name
    order); None when there is nothing to read."""
    if path.is_file():
        files = [(path.name, path)]
    elif path.is_dir():
        files = sorted(
            (p.relative_to(path).as_posix(), p) for p in path.rglob("*") if p.is_file()
        )
    else:
        return None
    digest = hashlib.sha256()
    for name, file in files:
        digest.update(name.encode("utf-8") + b"\0")
        with open(file, "rb") as fh:
            for block in iter(lambda fh=fh: fh.read(1 << 20), b""):
                digest.update(block)
        digest.update(b"\0")
    return digest.hexdigest()


def _describe(value: Any) -> Any:
    """A JSON-ready stand-in for a setting: paths resolved, tables hashed, objects named."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, os.PathLike):
        # by content too: a model re-fitted or an alias file edited in place changes the
        # rows as much as another path does
        path = Path(value).resolve()
        return {"path": str(path), "sha256": _content_hash(path)}
    if isinstance(value, Mapping | list | tuple):
        text = json.dumps(value, sort_keys=True, default=repr)
        return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()
    kind = f"{type(value).__module__}.{type(value).__qualname__}"
    get_params = getattr(value, "get_params", None)
    if callable(get_params):
        params = {k: _describe(v) for k, v in sorted(get_params(deep=False).items())}
        return {"class": kind, "params": params}
    return {"class": kind}
