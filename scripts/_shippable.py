"""The HuffPost sample lines the build scripts may read, in one place.

0-based lines 9000-9999 of ``huffpost_sample/news_category_sample.jsonl`` are the held-out
reading pool: the read sets' HuffPost stories (benchmarks/readsets/) are drawn from them, so
no script that builds a shipped artifact (models, gazetteers, word lists, the bundled
sample) may read them. Every build script reads the sample through :func:`huffpost_records`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

HUFFPOST = Path("huffpost_sample") / "news_category_sample.jsonl"
HUFFPOST_HELD_OUT = range(9000, 10000)


def huffpost_records(data: Path, path: Path | None = None) -> Iterator[tuple[int, dict]]:
    """``(0-based line, record)`` of the HuffPost sample, less the held-out lines 9000-9999.

    Parameters
    ----------
    data : Path
        The shared data folder (``../shared/data``).
    path : Path, optional
        The sample file itself, where a script takes it as an argument (default
        ``data / HUFFPOST``). Blank lines are skipped; line numbers count them.
    """
    with open(path or data / HUFFPOST, encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i not in HUFFPOST_HELD_OUT and line.strip():
                yield i, json.loads(line)
