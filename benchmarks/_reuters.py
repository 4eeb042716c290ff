"""Reuters-21578 as every benchmark reads it: one reader of ``../shared/data/reuters21578``.

Each script keeps its own choice of stories (split, non-empty body, length); what they share
is how the file is opened and how a story runs on the wire (``wire_text``).
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
PATH = DATA / "reuters21578" / "reuters21578.jsonl.gz"


def records(data: Path | None = None, *, path: Path | None = None) -> Iterator[dict]:
    """Every Reuters-21578 record in file order; ``data``: the shared data folder (default
    ``../shared/data``), or ``path``: the ``reuters21578.jsonl.gz`` file itself."""
    if path is None:
        path = PATH if data is None else data / "reuters21578" / "reuters21578.jsonl.gz"
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            yield json.loads(line)


def wire_text(rec: dict) -> str:
    """The story as it runs on the wire: headline, dateline, body."""
    title = rec.get("title") or ""
    dateline = (rec.get("dateline") or "").strip()
    body = rec.get("body") or ""
    return f"{title}\n\n{dateline} {body}" if dateline else f"{title}\n\n{body}"
