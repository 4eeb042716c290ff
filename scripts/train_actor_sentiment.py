"""Train the shipped actor-sentiment model on NewsMTSC train and report dev F1.

Usage::

    python scripts/train_actor_sentiment.py [--data ../shared/data/newsmtsc]
        [--out src/newsanalytics/sentiment/data/actor_model] [--C 0.5] [--no-save]

Trains on ``train_flat.jsonl`` only. Hyper-parameters were chosen on ``dev_rw`` and checked
on ``dev_mt`` (see benchmarks/bench_sentiment.py); the test sets are not read here.
NewsMTSC: Hamborg & Donnay, EACL 2021, MIT licence.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from sklearn.metrics import f1_score

from newsanalytics.sentiment import LABELS, ActorSentiment

REPO = Path(__file__).resolve().parents[1]


def read_flat(path: Path) -> tuple[list[tuple[str, int, int]], list[int]]:
    targets, labels = [], []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            targets.append((rec["sentence"], int(rec["from"]), int(rec["to"])))
            labels.append(int(rec["polarity"]))
    return targets, labels


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data" / "newsmtsc")
    ap.add_argument(
        "--out", type=Path, default=REPO / "src/newsanalytics/sentiment/data/actor_model"
    )
    ap.add_argument("--C", type=float, default=None)
    ap.add_argument("--min-df", type=int, default=None)
    ap.add_argument("--no-save", action="store_true")
    args = ap.parse_args(argv)

    params = {}
    if args.C is not None:
        params["C"] = args.C
    if args.min_df is not None:
        params["min_df"] = args.min_df
    X, y = read_flat(args.data / "train_flat.jsonl")
    t = time.perf_counter()
    model = ActorSentiment(**params).fit(X, y)
    print(
        f"trained on {len(X)} targets, {len(model.vocabulary_)} features "
        f"in {time.perf_counter() - t:.1f}s"
    )
    for split in ("dev_rw", "dev_mt"):
        Xd, yd = read_flat(args.data / f"{split}_flat.jsonl")
        pred = [LABELS.index(p) - 1 for p in model.predict(Xd)]
        f1 = f1_score(yd, pred, average="macro")
        acc = sum(int(a == b) for a, b in zip(pred, yd, strict=True)) / len(yd)
        print(f"{split}: F1m {f1:.4f} acc {acc:.4f} (n={len(yd)})")
    if not args.no_save:
        model.save(args.out)
        size = sum(p.stat().st_size for p in args.out.iterdir())
        print(f"saved to {args.out} ({size / 1e6:.2f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
