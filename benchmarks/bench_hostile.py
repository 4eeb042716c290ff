"""Cost of hostile records: peak memory and time for a 1 MB article and a flood of names.

Each case runs in a fresh process that loads the pipeline, analyses a normal story (the
seed story, the anchor), then analyses the case with ``newsanalytics.analyze``:

- ``seed story``: the anchor, a real Reuters wire story (about 3 kB);
- ``K MB article``: the seed story repeated to K megabytes, in one record, for each K given
  (default 1 and 5: past 1,000,000 characters the text is cut, with a warning, so a 5 MB
  record costs about what a 1 MB one does);
- ``N-name sentence``: ``", ".join(["Kerry"] * N) + " met."`` in one record, for each N
  given (default 10,000 and 20,000: the sentence of issue 16).

It prints the wall time of the case, the process's peak resident memory over what it held
after the anchor (``ru_maxrss``; the loaded models are not counted), the record's status and
mentions, and, for the name floods, how time and memory grow from the smallest N to each
larger one: bounded, linear cost doubles (or less) when N doubles; the square of N would
quadruple it. Times are of this machine and run; the ratios are what to compare.

``--src DIR`` runs another source tree (e.g. the code before a change) in the child
processes, and ``--timeout`` stops a case that runs away (its row then says so).

Usage::

    nice -n 10 python benchmarks/bench_hostile.py [--names 10000 20000] [--mb 1 5] [--src DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

SEED = Path(__file__).resolve().parents[2] / "shared" / "data" / "seed" / "000_6671fced28da8be4.txt"

_CHILD = r"""
import json, resource, sys, time
import newsanalytics as na
from newsanalytics.pipeline import build_components

case, seed = sys.argv[1], open(sys.argv[2], encoding="utf-8").read()
parts = build_components()

def run(text):
    return na.analyze([text], model=parts.topic_model, extractor=parts.extractor,
                      scorer=parts.scorer)

run(seed)  # the anchor: models loaded, caches warm
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
if case == "seed":
    text = seed
elif case.endswith("mb"):
    size = int(case[:-2]) * 2**20
    text = ((seed + "\n\n") * (size // (len(seed) + 2) + 1))[:size]
else:
    text = ", ".join(["Kerry"] * int(case)) + " met."
start = time.perf_counter()
try:
    res = run(text)
    row = res.articles.iloc[0]
    cut = "characters, more than the" in str(row["warning"])
    outcome = {"status": str(row["status"]) + (" (cut)" if cut else ""),
               "mentions": int(row["n_mentions"]),
               "error": None if row["status"] != "error" else str(row["error"])[:80]}
except BaseException as exc:  # the batch died: what the old code did on big floods
    outcome = {"status": "raised", "mentions": 0, "error": f"{type(exc).__name__}: {exc}"[:80]}
seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"seconds": seconds, "extra_mb": (peak - base) / 1024,
                  "peak_mb": peak / 1024, "chars": len(text), **outcome}))
"""


def _run(case: str, src: str | None, timeout: float) -> dict:
    env = dict(os.environ)
    if src:
        env["PYTHONPATH"] = src + os.pathsep + env.get("PYTHONPATH", "")
    try:
        done = subprocess.run(
            [sys.executable, "-c", _CHILD, case, str(SEED)],
            capture_output=True,
            text=True,
            env=env,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        return {"status": f"stopped after {timeout:.0f} s"}
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if not lines:
        tail = (done.stderr.strip().splitlines() or ["no output"])[-1]
        return {"status": f"died (rc {done.returncode}): {tail[:60]}"}
    return json.loads(lines[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--names", type=int, nargs="+", default=[10_000, 20_000])
    parser.add_argument("--mb", type=int, nargs="+", default=[1, 5], help="article sizes, MB")
    parser.add_argument("--src", help="source tree to run (PYTHONPATH of the child processes)")
    parser.add_argument("--timeout", type=float, default=600.0, help="seconds per case")
    args = parser.parse_args()
    if not SEED.is_file():
        sys.exit(f"needs the seed story at {SEED}")

    cases = [("seed story", "seed")] + [(f"{k} MB article", f"{k}mb") for k in sorted(args.mb)]
    cases += [(f"{n:,}-name sentence", str(n)) for n in sorted(args.names)]
    print(f"code: {args.src or 'installed newsanalytics'}")
    print(f"{'case':<22}{'chars':>11}{'time s':>9}{'extra MB':>10}{'peak MB':>9}  outcome")
    results = {}
    for label, case in cases:
        r = _run(case, args.src, args.timeout)
        results[case] = r
        if "seconds" not in r:
            print(f"{label:<22}{'':>11}{'':>9}{'':>10}{'':>9}  {r['status']}")
            continue
        outcome = f"{r['status']}, {r['mentions']:,} mentions scored"
        if r.get("error"):
            outcome += f" ({r['error']})"
        print(
            f"{label:<22}{r['chars']:>11,}{r['seconds']:>9.2f}{r['extra_mb']:>10.0f}"
            f"{r['peak_mb']:>9.0f}  {outcome}"
        )
    floods = [(n, results[str(n)]) for n in sorted(args.names) if "seconds" in results[str(n)]]
    if len(floods) > 1:
        n0, r0 = floods[0]
        print(f"\ngrowth from {n0:,} names (linear: x N ratio; quadratic: x N ratio squared)")
        for n, r in floods[1:]:
            mem = (r["extra_mb"] + 1) / (r0["extra_mb"] + 1)  # +1 MB: no division by ~0
            print(
                f"  {n:,} names: N x{n / n0:.1f}, time x{r['seconds'] / r0['seconds']:.2f}, "
                f"extra memory x{mem:.2f}"
            )
    anchor = results.get("seed", {})
    for k in sorted(args.mb):
        big = results.get(f"{k}mb", {})
        if "seconds" in anchor and "seconds" in big:
            per_char = (big["seconds"] / big["chars"]) / (anchor["seconds"] / anchor["chars"])
            print(f"{k} MB article: time per character x{per_char:.2f} the seed story's")


if __name__ == "__main__":
    main()
