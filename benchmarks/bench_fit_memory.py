"""Memory of TopicModel.fit as the corpus grows: it should stay flat.

Fits the six Reuters topics of ``bench_topics.py`` (+ 14 unnamed, K=20, 10 passes) on the
Reuters-21578 bodies, then on the corpus repeated ``--repeat`` times, each in a fresh
process, with the vocabulary capped (``max_features``) so that repetition does not grow
it: what is left to grow is what scales with the number of documents. Each run reads the
corpus from a JSONL file through :class:`newsanalytics.io.ArticleCorpus` (streamed, two
passes), and runs twice: counts held in memory (``max_memory_mb=None``) and spilled to
disk (``max_memory_mb=1``). Printed: documents, seconds, peak RSS of the process, and the
peak of memory traced by ``tracemalloc`` (Python and numpy allocations) during ``fit``.

Usage::

    nice -n 10 python benchmarks/bench_fit_memory.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from bench_topic_training import load_bodies

CHILD = r"""
import json, resource, sys, time, tracemalloc
sys.path.insert(0, sys.argv[3])
from bench_topics import REUTERS_SEEDS
from newsanalytics import ArticleCorpus, TopicModel, Taxonomy
budget = None if sys.argv[2] == "none" else float(sys.argv[2])
corpus = ArticleCorpus(sys.argv[1], text_field="text")
model = TopicModel(taxonomy=Taxonomy(REUTERS_SEEDS), n_topics=20, random_state=0,
                   max_features=20000, max_memory_mb=budget)
tracemalloc.start()
t0 = time.perf_counter()
model.fit(corpus.texts())
seconds = time.perf_counter() - t0
_, traced = tracemalloc.get_traced_memory()
print(json.dumps({"seconds": seconds, "traced_mb": traced / 2**20,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    bodies = load_bodies(None)
    here = str(Path(__file__).resolve().parent)
    print(f"{'documents':>10} {'counts':>9} {'seconds':>8} {'peak RSS MB':>12} {'traced MB':>10}")
    with tempfile.TemporaryDirectory() as tmp:
        for k in (1, args.repeat):
            path = Path(tmp) / f"corpus{k}.jsonl"
            with open(path, "w", encoding="utf-8") as fh:
                for _ in range(k):
                    for body in bodies:
                        fh.write(json.dumps({"text": body}) + "\n")
            for budget in ("none", "1"):
                out = subprocess.run(
                    [sys.executable, "-c", CHILD, str(path), budget, here],
                    capture_output=True,
                    text=True,
                    check=True,
                )
                m = json.loads(out.stdout.strip().splitlines()[-1])
                where = "in memory" if budget == "none" else "on disk"
                print(
                    f"{k * len(bodies):>10} {where:>9} {m['seconds']:>8.1f} "
                    f"{m['rss_mb']:>12.0f} {m['traced_mb']:>10.0f}"
                )


if __name__ == "__main__":
    main()
