"""Location mentions against the actor read set (benchmarks/readsets/actors_gold.jsonl).

Precision: predicted location spans that overlap a gold location span, among those that
overlap some gold span other than an optional one only. Recall with the right type: gold
(non-optional) location spans overlapped by a predicted location. Span overlap, whatever
the canonical name. Tune on ``tune`` only; ``report`` is for reporting
(see readsets/README.md).

Usage: ``python benchmarks/bench_locations_gold.py [tune|report]``
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from newsanalytics.actors import ActorExtractor

HERE = Path(__file__).resolve().parent


def _overlap(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


def main() -> None:
    sys.path.insert(0, str(HERE / "readsets"))
    from stories import load_story

    split = sys.argv[1] if len(sys.argv) > 1 else "tune"
    ex = ActorExtractor()
    tp = fp = gold_n = hit = 0
    with open(HERE / "readsets" / "actors_gold.jsonl", encoding="utf-8") as fh:
        stories = [json.loads(line) for line in fh]
    for s in stories:
        if s["split"] != split:
            continue
        for field, text in load_story(s["source"], s["story_id"]).items():
            gold = [e for e in s["entities"] if e["field"] == field]
            pred = [m for m in ex.extract(text) if m.type == "location"]
            for m in pred:
                g = [e for e in gold if _overlap(m.start, m.end, e["start"], e["end"])]
                real = [e for e in g if not e["optional"]]
                if g and not real and not any(e["type"] == "location" for e in g):
                    continue  # overlaps an optional span only: neither right nor wrong
                if any(e["type"] == "location" for e in g):
                    tp += 1
                else:
                    fp += 1
            for e in gold:
                if e["type"] != "location" or e["optional"]:
                    continue
                gold_n += 1
                hit += any(_overlap(m.start, m.end, e["start"], e["end"]) for m in pred)
    print(
        f"{split}: location precision {tp / (tp + fp):.3f} ({tp}/{tp + fp}), "
        f"recall with the right type {hit / gold_n:.3f} ({hit}/{gold_n})"
    )


if __name__ == "__main__":
    main()
