"""A name's display spelling (:func:`._tokens._display`), kept by its words: resolution and
the passes after it ask it of each candidate several times ("kept under its own
spelling?"), and the same names recur across articles."""

from __future__ import annotations

from functools import lru_cache

from ._tokens import _display

__all__ = ["display_of"]


@lru_cache(maxsize=65536)
def display_of(tokens: tuple[str, ...]) -> str:
    """:func:`._tokens._display` of a name's words (a tuple: ``tuple(c.tokens)``)."""
    return _display(tokens)
