"""Nested mentions: a country emitted inside its own body's name ("U.S." in "U.S. Treasury").

The read sets allow no overlapping spans, while the extractor keeps a country inside its own
body's name by design (``_inside_org``). This counts such pairs on the gold's tune stories
and scores the tune part as it is and with the inner mention dropped; with ``--saved F`` (a
``check_actors_identical.py --save`` file) it also counts them over that corpus and how
often the inner actor has no other mention in its document (dropping it would lose it).

    PYTHONPATH=src python benchmarks/actor_overlaps.py [--saved /tmp/actors_before.json]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from bench_actors_gold import load_gold, report, score

from newsanalytics.actors import ActorExtractor


def _inner(spans: list[tuple[int, int]]) -> set[int]:
    """Indices of the spans that lie inside a longer one."""
    return {
        i
        for i, (s, e) in enumerate(spans)
        for j, (bs, be) in enumerate(spans)
        if i != j and bs <= s and e <= be and be - bs > e - s
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--saved", type=Path, help="a check_actors_identical.py --save file")
    args = ap.parse_args()
    ex = ActorExtractor()
    stories = [s for s in load_gold() if s["split"] == "tune"]
    as_now, dropped, pairs = [], [], 0
    for story in stories:
        pred = [(m.start, m.end, m.type) for m in ex.extract(story["text"])]
        inner = _inner([(s, e) for s, e, _ in pred])
        pairs += len(inner)
        as_now.append(pred)
        dropped.append([p for k, p in enumerate(pred) if k not in inner])
    print(f"tune: {len(stories)} stories, {pairs} mentions inside a longer one")
    report("as now", score(stories, as_now, False))
    report("inner mention dropped", score(stories, dropped, False))
    if args.saved:
        docs = json.loads(args.saved.read_text(encoding="utf-8"))
        kinds: Counter = Counter()
        alone = hit = 0
        for doc in docs.values():
            ms = doc["mentions"]  # actor, type, text, start, end, ...
            inner = _inner([(m[3], m[4]) for m in ms])
            hit += bool(inner)
            for i in inner:
                kinds[ms[i][2]] += 1
                outer = [m for m in ms if m[3] <= ms[i][3] and ms[i][4] <= m[4] and m is not ms[i]]
                spans = [(m[3], m[4]) for m in outer]
                if not any(
                    m[0] == ms[i][0] and not any(s <= m[3] and m[4] <= e for s, e in spans)
                    for m in ms
                ):
                    alone += 1
        total = sum(kinds.values())
        print(f"{args.saved}: {total} inner mentions in {hit} of {len(docs)} documents; ")
        print(f"  the inner actor has no other mention in its document: {alone}")
        print(f"  inner texts: {kinds.most_common(8)}")


if __name__ == "__main__":
    main()
