"""VADER scoring: newsanalytics' batch scorer against vaderSentiment, same sentences, same run.

Scores every sentence of the VADER ground-truth files and of NewsMTSC with both
``SentimentIntensityAnalyzer().polarity_scores`` (the reference) and
``newsanalytics.sentiment._vader``, and prints:

- sentences/s of each on one core (CPU time of this process, best of ``--repeat`` passes,
  the two scorers interleaved so machine load hits both alike; wall-clock figures too);
- the ratio, per data set and over everything (the target is at least 10x);
- the number of sentences whose scores differ in any way (the target is 0): compound from
  ``compound_scores``, all four scores from ``polarity_array`` (batch) and the whole dict
  from ``polarity_scores`` (one sentence at a time).

Both scorers load their tables before the clock starts (vaderSentiment's constructor,
our lexicon/emoji tables). Our token memo starts empty and no sentence-level cache exists,
so repeated sentences (NewsMTSC lists one per target) cost both scorers the same.

Usage::

    python benchmarks/bench_vader.py [--data ../shared/data] [--repeat 3]
"""

from __future__ import annotations

import os

# One core: keep any threaded numpy backend to a single thread.
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import glob  # noqa: E402
import json  # noqa: E402
import math  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer  # noqa: E402

from newsanalytics.sentiment import _vader  # noqa: E402

REPO = Path(__file__).resolve().parents[1]


def load(data: Path) -> dict[str, list[str]]:
    """Every sentence, by data set: ground truth (TSV id, rating, text) and NewsMTSC."""
    sets: dict[str, list[str]] = {}
    for path in sorted(glob.glob(str(data / "vader_groundtruth" / "*_GroundTruth.txt"))):
        with open(path, encoding="utf-8") as lines:
            sets[Path(path).stem] = [line.rstrip("\n").split("\t")[2] for line in lines]
    news: list[str] = []
    for path in sorted(glob.glob(str(data / "newsmtsc" / "*.jsonl"))):
        key = "sentence" if path.endswith("_flat.jsonl") else "sentence_normalized"
        with open(path, encoding="utf-8") as lines:
            news += [json.loads(line)[key] for line in lines]
    sets["newsmtsc (all splits)"] = news
    return sets


def timed(function, sentences: list[str]) -> tuple[float, float, object]:
    cpu, wall = time.process_time(), time.perf_counter()
    result = function(sentences)
    return time.process_time() - cpu, time.perf_counter() - wall, result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    sets = load(args.data)
    sets["ALL"] = [s for name in list(sets) for s in sets[name]]
    analyzer = SentimentIntensityAnalyzer()
    _vader.compound_scores(["warm up: load the tables"])

    def reference(sentences):
        return [analyzer.polarity_scores(s) for s in sentences]

    print(f"{'data set':34s} {'sentences':>9s} {'vader/s':>8s} {'ours/s':>8s} "
          f"{'ratio':>6s} {'wall':>6s} {'all 4/s':>8s} {'ratio':>6s} {'mismatch':>8s}")  # fmt: skip
    for name, sentences in sets.items():
        n = len(sentences)
        best = {"vader": (math.inf, math.inf), "compound": (math.inf,) * 2, "all": (math.inf,) * 2}
        for _ in range(args.repeat):
            cpu, wall, expected = timed(reference, sentences)
            best["vader"] = min(best["vader"], (cpu, wall))
            cpu, wall, got = timed(_vader.compound_scores, sentences)
            best["compound"] = min(best["compound"], (cpu, wall))
            cpu, wall, rows = timed(_vader.polarity_array, sentences)
            best["all"] = min(best["all"], (cpu, wall))
        mismatched = sum(
            e["compound"] != g
            or [e["neg"], e["neu"], e["pos"], e["compound"]] != row
            or e != _vader.polarity_scores(s)
            for s, e, g, row in zip(sentences, expected, got.tolist(), rows.tolist(), strict=True)
        )
        vader, ours, full = best["vader"], best["compound"], best["all"]
        print(
            f"{name:34s} {n:9d} {n / vader[0]:8.0f} {n / ours[0]:8.0f} "
            f"{vader[0] / ours[0]:5.1f}x {vader[1] / ours[1]:5.1f}x "
            f"{n / full[0]:8.0f} {vader[0] / full[0]:5.1f}x {mismatched:8d}"
        )
    cpu, _, _ = timed(lambda ss: [_vader.polarity_scores(s) for s in ss], sets["ALL"])
    print(
        f"one sentence at a time, polarity_scores() on ALL: {len(sets['ALL']) / cpu:.0f}"
        " sentences/s"
    )
    print(
        "ratio: CPU-time ratio vader/ours for compound_scores (target >= 10x); wall: the same"
        " on wall-clock time; all 4: polarity_array (neg, neu, pos, compound)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
