"""Ordered, bounded parallel map (private): shared by ``pipeline`` and the LDA fit; and the
watch that makes a worker process exit with its parent."""

from __future__ import annotations

import os
import threading
import time
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


def exit_with_parent(poll: float = 0.5) -> None:
    """Make this (worker) process exit soon after its parent dies.

    A pool's workers wait on a queue that nobody will ever fill once the parent is killed
    (``kill -9`` leaves no chance to shut the pool down), so they would live on, holding
    their memory. A dead parent's children are handed to another process, which changes
    ``os.getppid()``; a daemon thread watches for that.
    """
    parent = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(poll)
            if os.getppid() != parent:
                os._exit(1)  # no clean-up: the results have nowhere to go

    threading.Thread(target=watch, name="newsanalytics-exit-with-parent", daemon=True).start()
