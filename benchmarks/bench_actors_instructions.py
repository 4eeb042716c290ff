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
count measures a change to the work done, without the machine's load. ``--sim`` runs
cachegrind's cache and branch simulation too and prints those counts per thousand
instructions of one pass, for both (stop 42, 600 Reuters stories: extraction 18.2
first-level instruction-cache misses, 9.6 data-cache misses, 11.2 conditional and 13.7
indirect branch mispredictions; VADER 4.8, 4.3, 4.6 and 6.5).

    python benchmarks/bench_actors_instructions.py [--corpus reuters,bbc] [--sim] [--batch]

``--batch`` measures the batch path too (``extract_documents``, the line "docs (batch)" of
``bench_actors.py``).

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
    elif args.what == "batch":
        from newsanalytics.actors import ActorExtractor

        for _ in range(args.passes):
            ActorExtractor().extract_documents(docs)
    else:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

        sia = SentimentIntensityAnalyzer()
        sentences = [s.text for d in docs for s in d.sentences]
        for _ in range(args.passes):
            for s in sentences:
                sia.polarity_scores(s)


#: cachegrind's summary lines: the counts ``--sim`` prints beside the instructions.
_COUNTS = {
    "instructions": r"I\s+refs:",
    "I1 misses": r"I1\s+misses:",
    "D1 misses": r"D1\s+misses:",
    "mispredictions": r"Mispredicts:",
}
# Its break-down of the mispredictions: conditional and indirect branches.
_MISPREDICTS_RE = re.compile(r"Mispredicts:\s+[\d,]+\s+\(\s*([\d,]+) cond \+\s+([\d,]+) ind")


def instructions(args: argparse.Namespace, what: str, passes: int) -> int:
    """Instructions of one run of this script doing ``passes`` passes of ``what``."""
    return counts(args, what, passes)["instructions"]


def counts(args: argparse.Namespace, what: str, passes: int) -> dict[str, int]:
    """cachegrind's counts of one run of this script doing ``passes`` passes of ``what``:
    the instructions; with ``args.sim``, the first-level cache misses and the conditional
    and indirect branch mispredictions too."""
    sim = getattr(args, "sim", False)
    cmd = [
        "valgrind", "--tool=cachegrind",
        *(["--cache-sim=yes", "--branch-sim=yes"] if sim else ["--cache-sim=no"]),
        "--cachegrind-out-file=/dev/null",
        sys.executable, __file__, "--data", str(args.data), "--split", args.split,
        "--speed-docs", str(args.speed_docs), "--seed", str(args.seed),
        "--run", f"{args.corpus}:{what}:{passes}",
    ]  # fmt: skip
    # One BLAS thread: numpy's idle pool threads spin under valgrind, by amounts that follow
    # the machine's load (repeat counts of one version then differ by a few per cent).
    env = {"OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", **os.environ}
    out = subprocess.run(cmd, capture_output=True, text=True, env=env, check=True).stderr
    return parse_counts(out)


def parse_counts(out: str) -> dict[str, int]:
    """The counts of cachegrind's summary ``out`` (its standard error), by the names of
    :data:`_COUNTS`, and "cond mispredictions" and "ind mispredictions" when it has them."""
    found = {}
    for name, label in _COUNTS.items():
        m = re.search(label + r"\s+([\d,]+)", out)
        if m is not None:
            found[name] = int(m.group(1).replace(",", ""))
    m = _MISPREDICTS_RE.search(out)
    if m is not None:
        found["cond mispredictions"], found["ind mispredictions"] = (
            int(g.replace(",", "")) for g in m.groups()
        )
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=HERE.parents[1] / "shared" / "data")
    parser.add_argument("--split", default="TEST", help="Reuters lewissplit: TRAIN, TEST, ALL")
    parser.add_argument("--speed-docs", type=int, default=600)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--corpus", default="reuters,bbc")
    parser.add_argument(
        "--sim", action="store_true", help="also cache misses and branch mispredictions"
    )
    parser.add_argument(
        "--batch",
        action="store_true",
        help="also the batch path (extract_documents: stage by stage over batches)",
    )
    parser.add_argument("--run", help=argparse.SUPPRESS)  # corpus:what:passes, under valgrind
    args = parser.parse_args()
    if args.run:
        args.corpus, args.what, passes = args.run.split(":")
        args.passes = int(passes)
        run_passes(args)
        return
    for corpus in args.corpus.split(","):
        args.corpus = corpus
        per_pass = {}
        for what in ("actors", "batch", "vader") if args.batch else ("actors", "vader"):
            two, one_ = counts(args, what, 2), counts(args, what, 1)
            per_pass[what] = {k: two[k] - one_[k] for k in two if k in one_}
        one = {w: c["instructions"] for w, c in per_pass.items()}
        print(
            f"{corpus}: extract_document {one['actors'] / 1e9:.3f}e9 instructions, "
            f"VADER {one['vader'] / 1e9:.3f}e9; extract_document / VADER speed "
            f"{one['vader'] / one['actors']:.2f}"
        )
        if args.batch:
            print(
                f"  extract_documents (batch) {one['batch'] / 1e9:.3f}e9 instructions; "
                f"docs (batch) / VADER speed {one['vader'] / one['batch']:.2f}"
            )
        if args.sim:
            for what, c in per_pass.items():
                rates = ", ".join(
                    f"{k} {1000 * v / c['instructions']:.1f}"
                    for k, v in c.items()
                    if k not in ("instructions", "mispredictions")
                )
                print(f"  {what} per 1,000 instructions: {rates}")


if __name__ == "__main__":
    main()
