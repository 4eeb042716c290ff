"""Actor extraction against vaderSentiment in instructions (cachegrind): a speed ratio that the
load of a shared machine does not move.

The texts are :mod:`bench_actors`' speed samples (the same draw: ``--seed``, ``--speed-docs``
Reuters-21578 wire stories of ``--split``, then half as many BBC News articles). Each
measurement is two runs of this script under ``valgrind --tool=cachegrind``, one doing a
pass more than the other: their difference is one pass, warm (the look-up tables built
by the first pass, as in the timed rounds of ``bench_actors.py``). The ratio is VADER's
instructions for the texts' sentences over extraction's for the parsed documents
(``extract_document``), the figure ``bench_actors.py`` prints as "extract_document / VADER
speed" in seconds. Instructions are not seconds: extraction runs at fewer instructions a
cycle than VADER (cachegrind's ``--branch-sim=yes --cache-sim=yes`` count about 2.5 times
VADER's branch mispredictions and 2.3 times its first-level data-cache misses per
instruction), so its time ratio is well below its instruction ratio; the instruction
count measures a change to the work done, without the machine's load.

    python benchmarks/bench_actors_instructions.py [--corpus reuters,bbc]

Needs valgrind; each run takes a minute or two.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
from pathlib import Path

from _reuters import records, wire_text

HERE = Path(__file__).resolve().parent


def texts_of(data: Path, corpus: str, split: str, n: int, seed: int) -> list[str]:
    """The texts ``bench_actors.py`` times for ``corpus`` (its draw, in its order)."""
    recs = [
        r for r in records(data) if r.get("body") and (split == "ALL" or r["lewissplit"] == split)
    ]
    rng = random.Random(seed)
    texts = [wire_text(r) for r in rng.sample(recs, min(n, len(recs)))]
    if corpus == "bbc":
        with (data / "bbc_news" / "bbc_news.jsonl").open(encoding="utf-8") as fh:
            arts = [json.loads(line) for line in fh]
        texts = [f"{a['title']}\n\n{a['text']}" for a in rng.sample(arts, min(n // 2, len(arts)))]
    return texts


def run_passes(args: argparse.Namespace) -> None:
    """The measured work: ``args.passes`` passes of ``args.what`` over the texts."""
    from newsanalytics import text as na_text

    docs = [
        na_text.parse(t)
        for t in texts_of(args.data, args.corpus, args.split, args.speed_docs, args.seed)
    ]
    if args.what == "actors":
        from newsanalytics.actors import ActorExtractor

        for _ in range(args.passes):
            ex = ActorExtractor()
            for d in docs:
                ex.extract_document(d)
    else:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

        sia = SentimentIntensityAnalyzer()
        sentences = [s.text for d in docs for s in d.sentences]
        for _ in range(args.passes):
            for s in sentences:
                sia.polarity_scores(s)


def instructions(args: argparse.Namespace, what: str, passes: int) -> int:
    """Instructions of one run of this script doing ``passes`` passes of ``what``."""
    cmd = [
        "valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
        sys.executable, __file__, "--data", str(args.data), "--split", args.split,
        "--speed-docs", str(args.speed_docs), "--seed", str(args.seed),
        "--run", f"{args.corpus}:{what}:{passes}",
    ]  # fmt: skip
    # One BLAS thread: numpy's idle pool threads spin under valgrind, by amounts that follow
    # the machine's load (repeat counts of one version then differ by a few per cent).
    env = {"OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", **os.environ}
    out = subprocess.run(cmd, capture_output=True, text=True, env=env, check=True).stderr
    return int(re.search(r"I\s+refs:\s+([\d,]+)", out).group(1).replace(",", ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=HERE.parents[1] / "shared" / "data")
    parser.add_argument("--split", default="TEST", help="Reuters lewissplit: TRAIN, TEST, ALL")
    parser.add_argument("--speed-docs", type=int, default=600)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--corpus", default="reuters,bbc")
    parser.add_argument("--run", help=argparse.SUPPRESS)  # corpus:what:passes, under valgrind
    args = parser.parse_args()
    if args.run:
        args.corpus, args.what, passes = args.run.split(":")
        args.passes = int(passes)
        run_passes(args)
        return
    for corpus in args.corpus.split(","):
        args.corpus = corpus
        one = {w: instructions(args, w, 2) - instructions(args, w, 1) for w in ("actors", "vader")}
        print(
            f"{corpus}: extract_document {one['actors'] / 1e9:.3f}e9 instructions, "
            f"VADER {one['vader'] / 1e9:.3f}e9; extract_document / VADER speed "
            f"{one['vader'] / one['actors']:.2f}"
        )


if __name__ == "__main__":
    main()
