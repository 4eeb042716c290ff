"""Build the bundled sample corpus ``src/newsanalytics/data/sample/news_sample.jsonl``.

Source: the first 10,000 records of the HuffPost News Category Dataset (R. Misra 2022,
CC BY 4.0) in ``../shared/data/huffpost_sample/news_category_sample.jsonl``, less the
held-out lines 9000-9999 (scripts/_shippable.py), which no build script reads.

Selection (deterministic, no randomness): records of the POLITICS, WORLD NEWS and U.S. NEWS
categories; within each calendar month, those naming one of a few well-known actors first
(so a demo of actor sentiment over time has enough mentions per period), then the rest, each
group in source order; at most ``--per-month`` records per month. Output is sorted by date,
then by source line, with fields ``id`` ("huffpost-<0-based source line>"), ``date``,
``title`` (headline), ``text`` (short_description), ``category``, ``link``, ``authors``.

Usage::

    python scripts/build_sample.py [--source PATH] [--out PATH] [--per-month 28]
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

from _shippable import HUFFPOST, huffpost_records

REPO = Path(__file__).resolve().parents[1]
SOURCE = REPO.parent / "shared" / "data" / HUFFPOST
OUT = REPO / "src" / "newsanalytics" / "data" / "sample" / "news_sample.jsonl"
CATEGORIES = ("POLITICS", "WORLD NEWS", "U.S. NEWS")
# Actors frequent in this period's coverage; only used to order candidates within a month.
FOCUS = (
    "Trump",
    "Biden",
    "Harris",
    "Pelosi",
    "McConnell",
    "Congress",
    "Senate",
    "Republican",
    "Democrat",
    "GOP",
    "Supreme Court",
    "FBI",
    "Russia",
    "Putin",
    "Ukraine",
    "China",
    "Iran",
    "North Korea",
)
MAX_BYTES = 1_000_000


def select(rows: dict[int, dict], per_month: int) -> list[tuple[int, dict]]:
    """Pick at most ``per_month`` records per month (``rows``: source line -> record),
    actor-rich first, sorted by date."""
    by_month: dict[str, list[tuple[int, int, dict]]] = defaultdict(list)
    for line, row in rows.items():
        if row.get("category") not in CATEGORIES or not row.get("short_description", "").strip():
            continue
        text = f"{row.get('headline', '')} {row['short_description']}"
        rank = 0 if any(name in text for name in FOCUS) else 1
        by_month[row["date"][:7]].append((rank, line, row))
    chosen = []
    for candidates in by_month.values():
        candidates.sort(key=lambda item: (item[0], item[1]))
        chosen.extend((line, row) for _, line, row in candidates[:per_month])
    chosen.sort(key=lambda item: (item[1]["date"], item[0]))
    return chosen


def to_record(line: int, row: dict) -> dict:
    return {
        "id": f"huffpost-{line}",
        "date": row["date"],
        "title": row["headline"],
        "text": row["short_description"],
        "category": row["category"],
        "link": row["link"],
        "authors": row["authors"],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source", type=Path, default=SOURCE)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--per-month", type=int, default=28)
    args = parser.parse_args()

    rows = dict(huffpost_records(args.source.parent, args.source))
    chosen = select(rows, args.per_month)
    lines = [json.dumps(to_record(line, row), ensure_ascii=False) + "\n" for line, row in chosen]
    data = "".join(lines).encode("utf-8")
    if len(data) > MAX_BYTES:
        raise SystemExit(f"sample is {len(data):,} bytes, over the {MAX_BYTES:,} limit")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(data)

    months = {row["date"][:7] for _, row in chosen}
    per_category: dict[str, int] = defaultdict(int)
    for _, row in chosen:
        per_category[row["category"]] += 1
    print(
        f"wrote {len(chosen):,} records, {len(data):,} bytes, {len(months)} months "
        f"({chosen[0][1]['date']} .. {chosen[-1][1]['date']}), "
        f"{dict(sorted(per_category.items()))} to {args.out}"
    )


if __name__ == "__main__":
    main()
