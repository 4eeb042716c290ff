"""The targets of :class:`~newsanalytics.sentiment.ActorSentiment` (private): their check,
and the chunks a batch is scored in."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import numpy as np

from ..exceptions import InputError, one_item

# Targets scored at once: bounds the batch arrays whatever the input's size.
_CHUNK = 8192


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
        # The common case first, cheaply: a tuple of a str and two ints in range.
        if type(t) is tuple and len(t) == 3:
            sentence, start, end = t
            if (
                type(sentence) is str
                and type(start) is int
                and type(end) is int
                and 0 <= start <= end <= len(sentence)
            ):
                out.append(t)
                continue
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


def _chunks(tg: list[tuple[str, int, int]], size: int) -> list[np.ndarray]:
    """Target indices in chunks of about ``size``, a sentence's targets always in one chunk
    (a sentence is analysed once per chunk: split across chunks, a sentence of many names
    would be analysed again for each)."""
    if len(tg) <= size:
        return [np.arange(len(tg))]
    ids: dict[str, int] = {}
    sid = np.fromiter((ids.setdefault(s, len(ids)) for s, _, _ in tg), np.int64, len(tg))
    order = np.argsort(sid, kind="stable")
    counts = np.bincount(sid)
    out, start, filled = [], 0, 0
    for c in counts.tolist():
        if filled and filled + c > size:
            out.append(order[start : start + filled])
            start, filled = start + filled, 0
        filled += c
    out.append(order[start : start + filled])
    return out
