"""What scoring the learned typer once per batch, or caching run segmentation, could save.

On the first ``--long`` Reuters bodies of at least 2,000 characters (as
``profile_analyze.py``), warm, CPU seconds, best of ``--repeat``:

- the whole extraction (``extract_document`` of every parsed body);
- the typer's scoring as it is called now (``SpanTyper.proba_of_codes``, once per
  article, on the features each article's call gave), and the same features scored in
  one call for the whole batch: the difference is the most that batching the typer's
  scoring across articles can save (its per-call numpy overhead);
- ``ArticleCues`` of every text (the typer's whole-text cue patterns);

and how many of the scanner's ``RunClassifier.segment`` calls repeat one another's
inputs (the run's words, their context words and flags), the hits a segmentation cache
could have.

Usage::

    nice -n 10 python benchmarks/profile_typer.py [--long 300] [--repeat 5]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_pipeline import load_long  # noqa: E402


def best_cpu(fn, repeat: int) -> float:
    """Best CPU seconds of ``repeat`` calls of ``fn``."""
    best = float("inf")
    for _ in range(repeat):
        t = time.process_time()
        fn()
        best = min(best, time.process_time() - t)
    return best


def main(n_long: int, repeat: int) -> None:
    from newsanalytics.actors import _runs
    from newsanalytics.actors._cues import ArticleCues
    from newsanalytics.actors._typer import load_typer
    from newsanalytics.pipeline import build_components
    from newsanalytics.text import parse

    docs = [parse(r["text"]) for r in load_long(n_long)]
    extractor = build_components().extractor
    typer = load_typer()
    if typer is None:
        sys.exit("no typer weights shipped")
    calls: list[list] = []
    seen: dict[tuple, int] = {}
    proba, segment = typer.proba_of_codes, _runs.RunClassifier.segment

    def spy_proba(parts):
        calls.append(list(parts))
        return proba(parts)

    def spy_segment(self, text, toks, run, sent, heading, all_caps, initial, prev, out, names=()):
        words = tuple(t[0] for t in toks)
        here = frozenset(w for w in words if w in names)
        key = (words, tuple(run), heading, all_caps, initial, prev, here)
        seen[key] = seen.get(key, 0) + 1
        return segment(self, text, toks, run, sent, heading, all_caps, initial, prev, out, names)

    typer.proba_of_codes = spy_proba
    _runs.RunClassifier.segment = spy_segment
    try:
        for d in docs:
            extractor.extract_document(d)
    finally:
        del typer.proba_of_codes
        _runs.RunClassifier.segment = segment
    every = [p for parts in calls for p in parts]
    texts = [d.text for d in docs]
    extraction = best_cpu(lambda: [extractor.extract_document(d) for d in docs], repeat)
    per_article = best_cpu(lambda: [proba(parts) for parts in calls], repeat)
    batched = best_cpu(lambda: proba(every), repeat)
    cues = best_cpu(lambda: [ArticleCues(t) for t in texts], repeat)
    print(f"{len(docs)} long Reuters stories, {len(calls)} typer calls, {len(every)} candidates")
    print(f"  actor extraction                {extraction:7.3f} s   1.00")
    for name, sec in (
        ("typer scoring, per article", per_article),
        ("typer scoring, one batch call", batched),
        ("saving of a batch call", per_article - batched),
        ("ArticleCues of every text", cues),
    ):
        print(f"  {name:<32}{sec:7.3f} s {sec / extraction:6.3f}")
    n_calls = sum(seen.values())
    print(f"  segment calls {n_calls}, distinct inputs {len(seen)}: {n_calls - len(seen)} repeats")


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--long", type=int, default=300)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    main(args.long, args.repeat)
