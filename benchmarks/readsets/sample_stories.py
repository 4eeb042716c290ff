"""Fix the story lists of the read sets (deterministic; seed 2026).

Writes samples.json beside this script: {"actors": [...], "topics": [...], "sentiment": [...]},
each a list of {"source", "story_id", "split"}. HuffPost stories come from the held-out
pool (0-based lines 9000-9999), Reuters from lewissplit TEST with a non-empty body.
"""

import gzip
import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parents[2] / "shared" / "data"


def pools():
    bbc = [json.loads(line)["id"] for line in open(DATA / "bbc_news/bbc_news.jsonl")]
    huff = []
    for i, _line in enumerate(open(DATA / "huffpost_sample/news_category_sample.jsonl")):
        if i >= 9000:
            huff.append(f"huffpost-{i}")
    reu = []
    for line in gzip.open(DATA / "reuters21578/reuters21578.jsonl.gz", "rt"):
        d = json.loads(line)
        if d["lewissplit"] == "TEST" and (d.get("body") or "").strip():
            reu.append(str(d["newid"]))
    return {"bbc": bbc, "huffpost": huff, "reuters": reu}


def main():
    rng = random.Random(2026)
    p = pools()
    used = {k: set() for k in p}
    out = {}
    plan = {
        "actors": {"bbc": 50, "huffpost": 80, "reuters": 50},
        "topics": {"bbc": 50, "huffpost": 60, "reuters": 50},
        "sentiment": {"bbc": 60, "huffpost": 120, "reuters": 60},
    }
    for task, counts in plan.items():
        rows = []
        for src, n in counts.items():
            cand = [s for s in p[src] if s not in used[src]]
            pick = rng.sample(cand, n)
            used[src].update(pick)
            splits = ["tune"] * (n // 2) + ["report"] * (n - n // 2)
            rng.shuffle(splits)
            rows += [
                {"source": src, "story_id": s, "split": sp}
                for s, sp in zip(pick, splits, strict=True)
            ]
        out[task] = rows
    (HERE / "samples.json").write_text(json.dumps(out, indent=1))
    print({k: len(v) for k, v in out.items()})


main()
