"""The inputs of :class:`newsanalytics.actors.ActorExtractor`: its lists of texts and its
user alias table."""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from typing import Any

from ..exceptions import InputError
from ._spacy import is_spacy_doc as _is_spacy_doc

__all__ = ["documents", "load_aliases"]

_TYPES = ("person", "organization", "location")


def documents(X: Any, method: str) -> list[Any]:
    """``X`` as a list of texts (str or spaCy Doc), or an InputError that says what it is."""
    where = f"ActorExtractor.{method}"
    if isinstance(X, str) or _is_spacy_doc(X):
        raise InputError(f"{where} expects a list of texts, got one text; use [text]")
    if getattr(X, "ndim", 1) != 1:
        raise InputError(
            f"{where} expects a list of texts, got a {getattr(X, 'ndim', '?')}-D array"
        )
    try:
        docs = list(X)
    except TypeError as exc:
        raise InputError(f"{where} expects a list of texts, got {type(X).__name__}") from exc
    for k, text in enumerate(docs):
        if not isinstance(text, str) and not _is_spacy_doc(text):
            raise InputError(
                f"{where}: document {k} is a {type(text).__name__}, not a str or a spaCy Doc"
            )
    return docs


def load_aliases(aliases: Mapping[str, Any] | str | os.PathLike | None) -> dict[str, tuple]:
    """Normalise the user alias table to canonical -> (type or None, aliases)."""
    if aliases is None:
        return {}
    if isinstance(aliases, (str, os.PathLike)):
        try:
            with open(aliases, encoding="utf-8") as fh:
                aliases = json.load(fh)
        except OSError as exc:
            raise InputError(f"aliases file {os.fspath(aliases)!r} cannot be read: {exc}") from exc
        except json.JSONDecodeError as exc:
            raise InputError(f"aliases file {os.fspath(aliases)!r} is not JSON: {exc}") from exc
    if not isinstance(aliases, Mapping):
        raise InputError(
            f"aliases must map a canonical name to a list of aliases, got {type(aliases).__name__}"
        )
    out: dict[str, tuple] = {}
    for canonical, value in aliases.items():
        atype = None
        if isinstance(value, Mapping):
            atype = value.get("type")
            value = value.get("aliases", [])
            if atype is not None and atype not in _TYPES:
                raise InputError(
                    f"aliases[{canonical!r}], field 'type': {atype!r} is not one of {list(_TYPES)}"
                )
        if isinstance(value, str) or not all(isinstance(a, str) for a in value):
            raise InputError(f"aliases[{canonical!r}] must be a list of strings, got {value!r}")
        out[str(canonical)] = (atype, list(value))
    return out
