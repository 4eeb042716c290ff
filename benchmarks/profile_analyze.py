"""Where ``analyze`` spends its time on long Reuters stories, stage by stage, warm and cold.

Warm (one process, every table built beforehand): CPU seconds, best of ``--repeat``, of
the whole ``analyze`` on the first ``--long`` Reuters bodies of at least 2,000 characters,
and of each stage it runs, called on its own on the same texts:

- ``text.parse`` of every body;
- the actor extractor (``extract_document`` of each parsed body);
- topic scoring (the shipped model's ``_score_rows``, as ``analyze`` calls it);
- target sentiment (``predict_proba`` of every mention the extractor found);
- article tone (``vader_scores`` of every sentence);

beside vaderSentiment alone (``polarity_scores`` of every sentence), the anchor of the
pipeline's speed goal. Each figure is also given as a share of ``analyze`` and the ratio
vaderSentiment / ``analyze`` is printed: measure before and after a change in the same
conditions and compare ratios, not seconds (the machine is shared).

Cold (``--cold``): a fresh process per figure, wall seconds of what a first call pays for:
importing the pipeline, ``build_components`` (gazetteers, cities, the topic model), the
first target-sentiment call (the scorer's tables), the first ``vader_scores`` call.

Usage::

    nice -n 10 python benchmarks/profile_analyze.py [--long 300] [--repeat 3] [--cold]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_pipeline import load_long  # noqa: E402

_COLD = """
import json, time
t0 = time.perf_counter()
import newsanalytics as na
from newsanalytics.pipeline import build_components
from newsanalytics.sentiment import vader_scores
t1 = time.perf_counter()
parts = build_components()
t2 = time.perf_counter()
parts.scorer.predict_proba([("Obama praised Merkel.", 13, 19)])
t3 = time.perf_counter()
vader_scores(["A good start."])
t4 = time.perf_counter()
print(json.dumps({"import": t1 - t0, "build_components": t2 - t1,
                  "first sentiment call": t3 - t2, "first vader_scores call": t4 - t3}))
"""


def best_cpu(fn, repeat: int) -> tuple[float, object]:
    """Best CPU seconds of ``repeat`` calls of ``fn``, and its last result."""
    best, out = float("inf"), None
    for _ in range(repeat):
        c0 = time.process_time()
        out = fn()
        best = min(best, time.process_time() - c0)
    return best, out


def warm(n_long: int, repeat: int) -> None:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    import newsanalytics as na
    from newsanalytics.pipeline import build_components
    from newsanalytics.sentiment import vader_scores
    from newsanalytics.text import parse

    records = load_long(n_long)
    texts = [r["text"] for r in records]
    parts = build_components()
    model, extractor, scorer = parts.topic_model, parts.extractor, parts.scorer

    def run_analyze():
        return na.analyze(records, model=model, extractor=extractor, scorer=scorer)

    run_analyze()  # every table and cache built before timing
    times: dict[str, float] = {}
    times["analyze (whole)"], _ = best_cpu(run_analyze, repeat)
    times["  text.parse"], docs = best_cpu(lambda: [parse(t) for t in texts], repeat)
    times["  actor extraction"], found = best_cpu(
        lambda: [extractor.extract_document(d) for d in docs], repeat
    )
    times["  topic scoring"], _ = best_cpu(
        lambda: model._score_rows(texts, other=True, what="profile", evidence=True), repeat
    )
    targets = []
    for doc, mentions in zip(docs, found, strict=True):
        for m in mentions:
            sent = doc.sentences[m.sentence]
            targets.append((sent.text, m.start - sent.start, m.end - sent.start))
    times["  target sentiment"], _ = best_cpu(lambda: scorer.predict_proba(targets), repeat)
    sentences = [s.text for d in docs for s in d.sentences]
    times["  article tone (vader_scores)"], _ = best_cpu(lambda: vader_scores(sentences), repeat)
    sia = SentimentIntensityAnalyzer()
    times["vaderSentiment alone"], _ = best_cpu(
        lambda: [sia.polarity_scores(s) for s in sentences], repeat
    )
    whole = times["analyze (whole)"]
    print(
        f"warm, {len(texts)} long Reuters stories, {len(sentences)} sentences, "
        f"{len(targets)} mentions; CPU seconds, best of {repeat}:"
    )
    for name, sec in times.items():
        print(f"  {name:<32}{sec:8.3f} s {sec / whole:7.2f} of analyze")
    print(f"  vaderSentiment / analyze: {times['vaderSentiment alone'] / whole:.2f}x")


def cold() -> None:
    src = Path(__file__).resolve().parents[1] / "src"
    proc = subprocess.run(
        [sys.executable, "-c", _COLD],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(src), "PATH": ""},
    )
    figures = json.loads(proc.stdout.strip().splitlines()[-1])
    print("cold, a fresh process; wall seconds:")
    for name, sec in figures.items():
        print(f"  {name:<32}{sec:8.3f} s")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--long", type=int, default=300, help="long Reuters stories")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--cold", action="store_true", help="also time a cold start")
    args = ap.parse_args()
    warm(args.long, args.repeat)
    if args.cold:
        cold()


if __name__ == "__main__":
    main()
