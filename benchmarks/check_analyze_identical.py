"""Check that ``analyze`` gives identical tables before and after a change.

Runs :func:`newsanalytics.analyze` (shipped models, one core) on the first ``--reuters``
non-empty Reuters-21578 bodies (with their headline and date), the bundled HuffPost sample and
the seed story, and keeps every cell of the tables it returns: ``articles``, ``topics``,
``actors``, ``mentions`` and ``topic_evidence``. Floats are kept exactly (JSON writes the
shortest repr that reads back to the same float). ``--save PATH`` writes them to a JSON file;
``--compare PATH`` compares with a saved file and prints, per table, how many rows differ (0
when nothing changed) and the first differences.

    python benchmarks/check_analyze_identical.py --save /tmp/analyze_before.json
    python benchmarks/check_analyze_identical.py --compare /tmp/analyze_before.json
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path
from typing import Any

import pandas as pd
from _held_out import held_out_ids
from _reuters import records as reuters_records

import newsanalytics as na
from newsanalytics import io as na_io

HERE = Path(__file__).resolve().parent
SEED = "seed/000_6671fced28da8be4.txt"
TABLES = ("articles", "topics", "actors", "mentions", "topic_evidence")


def records(data: Path, n_reuters: int) -> list[dict]:
    """The records analysed: Reuters bodies, the HuffPost sample, the seed story."""
    out: list[dict] = []
    for rec in reuters_records(data):
        if (rec.get("body") or "").strip():
            out.append(
                {
                    "id": f"reuters:{rec['newid']}",
                    "date": rec.get("date"),
                    "title": rec.get("title") or "",
                    "text": rec["body"],
                }
            )
            if len(out) >= n_reuters:
                break
    with open(na_io.sample_path(), encoding="utf-8") as fh:
        for k, line in enumerate(fh):
            rec = json.loads(line)
            out.append(
                {
                    "id": f"huffpost:{rec.get('id', k)}",
                    "date": rec.get("date"),
                    "title": rec.get("title") or "",
                    "text": rec.get("text") or "",
                }
            )
    seed = data / SEED
    out.append({"id": "seed", "text": seed.read_text(encoding="utf-8")})
    return out


def _cell(value: Any) -> Any:
    """A JSON-safe cell that compares equal exactly when the value is the same."""
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float) and math.isnan(value):
        return "NaN"
    if isinstance(value, pd.Timestamp):
        return value.isoformat()
    if hasattr(value, "item"):  # numpy scalars
        return _cell(value.item())
    if isinstance(value, (str, int, float, bool)):
        return value
    return repr(value)


def table(frame: pd.DataFrame | None) -> dict[str, Any] | None:
    if frame is None:
        return None
    return {
        "columns": [str(c) for c in frame.columns],
        "dtypes": [str(t) for t in frame.dtypes],
        "rows": [[_cell(v) for v in row] for row in frame.itertuples(index=False, name=None)],
    }


def analyze_all(recs: list[dict]) -> dict[str, Any]:
    result = na.analyze(recs, n_jobs=1, batch_size=256)
    return {name: table(getattr(result, name)) for name in TABLES}


def compare(want: dict[str, Any], got: dict[str, Any], show: int, data: Path | None = None) -> int:
    hidden = held_out_ids(data)
    total = 0
    for name in TABLES:
        before, after = want.get(name), got.get(name)
        if before is None or after is None:
            same = before is after
            print(f"{name}: {'both None' if same else 'None on one side'}")
            total += 0 if same else 1
            continue
        if before["columns"] != after["columns"] or before["dtypes"] != after["dtypes"]:
            print(f"{name}: columns or dtypes differ")
            for side, tab in (("before", before), ("after", after)):
                print(f"  {side}: {tab['columns']} {tab['dtypes']}")
            total += 1
            continue
        old, new = before["rows"], after["rows"]
        differ = [
            k
            for k in range(max(len(old), len(new)))
            if k >= len(old) or k >= len(new) or old[k] != new[k]
        ]
        print(f"{name}: {len(old)} rows before, {len(new)} after, rows that differ: {len(differ)}")
        key = after["columns"].index("id") if "id" in after["columns"] else None
        shown = [
            k
            for k in differ
            if key is None
            or not any(k < len(rows) and rows[k][key] in hidden for rows in (old, new))
        ]
        if len(shown) < len(differ):
            print(f"  ({len(differ) - len(shown)} of them held out: report or TEST, not shown)")
        for k in shown[:show]:
            print(f"  row {k}:")
            print(f"    - {old[k] if k < len(old) else None}")
            print(f"    + {new[k] if k < len(new) else None}")
        total += len(differ)
    print(f"differences in all: {total}")
    return 1 if total else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=HERE.parents[1] / "shared" / "data")
    parser.add_argument("--reuters", type=int, default=4000, help="Reuters bodies to analyse")
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", type=Path, help="write the tables to this JSON file")
    group.add_argument("--compare", type=Path, help="compare the tables with this JSON file")
    parser.add_argument("--show", type=int, default=3, help="differing rows to print per table")
    args = parser.parse_args()

    recs = records(args.data, args.reuters)
    got = analyze_all(recs)
    sizes = ", ".join(f"{k} {len(v['rows']) if v else 0}" for k, v in got.items())
    print(f"{len(recs)} records; rows: {sizes}")
    if args.save:
        args.save.write_text(json.dumps(got, ensure_ascii=False), encoding="utf-8")
        print(f"saved to {args.save}")
        return 0
    want = json.loads(args.compare.read_text(encoding="utf-8"))
    # Round-trip what was computed now through JSON as the saved side was.
    got = json.loads(json.dumps(got, ensure_ascii=False))
    return compare(want, got, args.show, args.data)


if __name__ == "__main__":
    sys.exit(main())
