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


def vader_snippets(data: Path, pattern: str = "*_GroundTruth.txt") -> list[str]:
    """The texts of VADER's ground-truth files matching ``pattern`` (Hutto & Gilbert 2014,
    MIT licence), file by file in name order; each line is ``id<TAB>score<TAB>text``."""
    out = []
    for path in sorted((data / "vader_groundtruth").glob(pattern)):
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            parts = line.split("\t", 2)
            if len(parts) == 3:
                out.append(parts[2])
    return out


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
