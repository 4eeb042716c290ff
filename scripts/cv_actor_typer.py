"""Choose the actor typer's settings by cross-validation grouped by story, tune part only.

The distant-supervision rows (``train_actor_typer.training_set``) are built once; the gold read
set's tune stories are split into ``--folds`` folds by story. For each fold a typer is fitted on
the distant rows plus the gold rows (BBC and Reuters tune stories only: the HuffPost stories come
from the held-out lines no training reads) of the other folds, and the extractor with that typer
reads the fold's stories. The out-of-fold predictions of all tune stories are scored as
``benchmarks/bench_actors_gold.py`` scores them, for each gold weight and threshold setting.
The report part is never read. BBC and Reuters are evaluate-only (../shared/data/DATA.md):
a gold weight above 0 is a research comparison, never the shipped model's setting.

Usage::

    nice -n 10 python scripts/cv_actor_typer.py [--weights 0] [--cache /tmp/typer_cv.npz]
"""

from __future__ import annotations

import argparse
import itertools
import sys
from pathlib import Path

import numpy as np
import scipy.sparse as sp

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT.parent / "benchmarks"))

import train_actor_typer as tr  # noqa: E402
from bench_actors_gold import load_gold, ours, score  # noqa: E402

from newsanalytics.actors import ActorExtractor, _extractor  # noqa: E402
from newsanalytics.actors._typer import SpanTyper  # noqa: E402


def _distant(args):
    cache = args.cache
    if cache is not None and cache.exists():
        z = np.load(cache, allow_pickle=False)
        X = sp.csr_matrix((z["data"], z["indices"], z["indptr"]), shape=tuple(z["shape"]))
        return X, z["y"], z["w"]
    _, _, X, y, w = tr.training_set(args, log=lambda *a: None)
    if cache is not None:
        np.savez(
            cache, data=X.data, indices=X.indices, indptr=X.indptr, shape=X.shape, y=y, w=w
        )
    return X, y, w


def _grid(spec: str) -> list[dict]:
    """``drop=0.5,0.6;take=0.8,0.9`` -> every combination, other thresholds from the args."""
    axes = []
    for part in filter(None, spec.split(";")):
        k, vals = part.split("=")
        axes.append([(k, float(v)) for v in vals.split(",")])
    return [dict(c) for c in itertools.product(*axes)] if axes else [{}]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    tr.add_arguments(ap)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--weights", default="0")
    ap.add_argument("--grid", default="", help="threshold grid, e.g. 'take=0.7,0.9;drop=0.5,0.6'")
    ap.add_argument("--cache", type=Path, default=None)
    ap.add_argument("--errors", type=int, default=0, help="print N out-of-fold errors")
    args = ap.parse_args()

    X, y, wd = _distant(args)
    stories = [s for s in load_gold() if s["split"] == "tune"]
    ids = [s["id"] for s in stories]
    fold_of = {sid: k % args.folds for k, sid in enumerate(sorted(ids))}
    g = tr.gold_rows(fragments=args.fragments)
    Xg = tr.design([f for _, f, _ in g])
    yg = np.array([lab for _, _, lab in g])
    gfold = np.array([fold_of[sid] for sid, _, _ in g])
    base = tr.thresholds_of(args)
    grid = [{**base, **d} for d in _grid(args.grid)]
    ex = ActorExtractor()
    for wgt in [float(v) for v in args.weights.split(",")]:
        preds = {k: [None] * len(stories) for k in range(len(grid))}
        for fold in range(args.folds):
            keep = gfold != fold
            Xf = sp.vstack([X, Xg[keep]]).tocsr()
            yf = np.concatenate([y, yg[keep]])
            wf = np.concatenate([wd, np.full(int(keep.sum()), wgt)])
            if wgt == 0:
                Xf, yf, wf = X, y, wd
            W, b = tr.weights_of(Xf, yf, wf, args.C)
            typer = SpanTyper(W, b, {"hash_bits": tr.BITS, "thresholds": base})
            _extractor.load_typer = lambda typer=typer: typer
            for gi, th in enumerate(grid):
                typer.thresholds = th
                for i, st in enumerate(stories):
                    if fold_of[st["id"]] == fold:
                        preds[gi][i] = ours(ex, st["text"])
            if wgt == 0:
                # One fit serves every fold: no gold rows are used.
                for gi in preds:
                    for i, st in enumerate(stories):
                        if preds[gi][i] is None:
                            typer.thresholds = grid[gi]
                            preds[gi][i] = ours(ex, st["text"])
                break
        for gi, th in enumerate(grid):
            errs: list | None = [] if args.errors else None
            c = score(stories, preds[gi], loose=False, errors=errs)
            for row in (errs or [])[: args.errors]:
                print("   ", *row, sep=" | ")
            p = c["tp"] / c["pred"]
            pt = c["tp_typed"] / c["pred"]
            r = c["rec"] / c["gold"]
            rt = c["rec_typed"] / c["gold"]
            pp = c["tp_person"] / max(c["pred_person"], 1)
            f1t = 2 * pt * rt / (pt + rt)
            diff = {k: v for k, v in th.items() if v != base[k]}
            print(
                f"w={wgt:<5g} {diff or 'base'}: P {p:.3f} Pt {pt:.3f} Pper {pp:.3f} "
                f"R {r:.3f} Rt {rt:.3f} F1t {f1t:.3f} "
                f"org R {c['rec_organization'] / c['gold_organization']:.3f}"
                f"/{c['rect_organization'] / c['gold_organization']:.3f}",
                flush=True,
            )


if __name__ == "__main__":
    main()
