"""Documents a change's author must not read: what the check scripts keep out of sight.

The ``check_*_identical.py`` scripts run on Reuters-21578 bodies in file order and on every
BBC story, so their corpora hold stories we only ever report on: Reuters ``lewissplit ==
"TEST"`` and the BBC and Reuters stories of the read sets' ``report`` rows
(``readsets/*.jsonl``; the drug-policy batch stop38 reports on Reuters TRAIN and NOT-USED
stories too). They still compare those documents, but print only a count of them, never their
outputs. The tune-side benchmarks that read Reuters TRAIN (``bench_topics_categories.py``)
leave these stories out.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from _reuters import records

READSETS = Path(__file__).resolve().parent / "readsets"


@cache
def held_out_ids(data: Path | None = None) -> frozenset[str]:
    """``"reuters:<newid>"`` of every Reuters TEST story and ``"bbc:<id>"`` or
    ``"reuters:<newid>"`` of every BBC or Reuters story in a read set's report rows (the ids
    the check scripts give their documents)."""
    ids = {f"reuters:{r['newid']}" for r in records(data) if r.get("lewissplit") == "TEST"}
    for path in sorted(READSETS.glob("*.jsonl")):
        with open(path, encoding="utf-8") as fh:
            for row in map(json.loads, fh):
                if row.get("split") == "report" and row.get("source") in ("bbc", "reuters"):
                    ids.add(f"{row['source']}:{row['story_id']}")
    return frozenset(ids)
