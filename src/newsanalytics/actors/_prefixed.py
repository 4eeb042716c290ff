"""A capitalised word glued to a lower-case prefix: "anti-Semitic", "sub-Saharan"."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ._words import PREFIXED_ENDINGS


def adjective_after_prefix(word: str, lookup: Callable[..., Any]) -> bool:
    """Whether the unknown ``word`` after a prefix and a hyphen reads as an adjective, no
    name: by its ending ("anti-Semitic", "pro-Western"), or as a place the gazetteer knows
    with an "n" added ("sub-Saharan": the Sahara's). ``lookup`` is a lexicon's."""
    if word.endswith(PREFIXED_ENDINGS):
        return True
    if word[-1:] != "n" or len(word) < 5:
        return False
    hit = lookup((word[:-1],), all_caps=False)
    return hit is not None and hit.type == "location"
