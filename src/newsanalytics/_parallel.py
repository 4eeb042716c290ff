"""Ordered, bounded parallel map (private): shared by ``pipeline`` and the LDA fit."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor
from typing import Any


def ordered_map(
    pool: Executor, fn: Callable[[Any], Any], items: Iterable[Any], window: int
) -> Iterator[Any]:
    """``map(fn, items)`` on ``pool``, results in input order, at most ``window`` submitted
    and not yet consumed, so neither the input nor the results pile up in memory."""
    pending: deque[Any] = deque()
    for item in items:
        pending.append(pool.submit(fn, item))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()
