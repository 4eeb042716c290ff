"""Choose the actor typer's settings by cross-validation grouped by story, tune part only.

The distant-supervision rows (``train_actor_typer.training_set``) are built once; the gold read
set's tune stories are split into ``--folds`` folds by story. For each fold a typer is fitted on
the distant rows plus the gold rows (BBC and Reuters tune stories only: the HuffPost stories come
from the held-out lines no training reads) of the other folds, and the extractor with that typer
reads the fold's stories. The out-of-fold predictions of all tune stories are scored as
``benchmarks/bench_actors_gold.py`` scores them, for each gold weight and threshold setting.
Beside precision and recall it prints the lone-name measure (:func:`lone_names`: the gold
one-word people, those with no full name in their story, and one-word organisations, by the
type they got) and, for gold weight 0, :func:`newsmtsc_lone` (NewsMTSC dev targets written
as one word), and how the test sentence "Gen. Abubakar visited the base. Okafor said it
was fine." is read. The report part is never read. BBC and Reuters are evaluate-only (../shared/data/DATA.md):
a gold weight above 0 is a research comparison, never the shipped model's setting.

Usage::

    nice -n 10 python scripts/cv_actor_typer.py [--weights 0] [--cache /tmp/typer_cv.npz]
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections import Counter
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
        return X, z["y"], z["w"], z["surnames"].tolist() if "surnames" in z.files else []
    _, _, X, y, w, surnames = tr.training_set(args, log=lambda *a: None)
    if cache is not None:
        np.savez(
            cache,
            data=X.data,
            indices=X.indices,
            indptr=X.indptr,
            shape=X.shape,
            y=y,
            w=w,
            surnames=np.array(surnames, dtype=str),
        )
    return X, y, w, surnames


# A lone unknown name with only "said" after it (tests/test_actors.py): a person.
_OKAFOR = "Gen. Abubakar visited the base. Okafor said it was fine."


def _grid(spec: str) -> list[dict]:
    """``drop=0.5,0.6;take=0.8,0.9`` -> every combination, other thresholds from the args."""
    axes = []
    for part in filter(None, spec.split(";")):
        k, vals = part.split("=")
        axes.append([(k, float(v)) for v in vals.split(",")])
    return [dict(c) for c in itertools.product(*axes)] if axes else [{}]


def lone_names(stories: list[dict], preds: list[list]) -> dict[str, Counter]:
    """What became of the gold one-word people and organisations ("Capriles", "Nintendo").

    For each gold type (person, organization), a count of the predicted type at the span's
    exact offsets ("missed" when none): the lone-surname measure of the typer. ``alone``:
    the one-word people whose story names no person in full with that last word (no full
    name to resolve them to: "Capriles alleges ...").
    """
    out: dict[str, Counter] = {"person": Counter(), "alone": Counter(), "organization": Counter()}
    for story, pred in zip(stories, preds, strict=True):
        at = {(s, e): t for s, e, t in pred}
        text = story["text"]
        full = {
            text[s:e].split()[-1]
            for s, e, t, _ in story["gold"]
            if t == "person" and " " in text[s:e]
        }
        for s, e, t, opt in story["gold"]:
            word = text[s:e]
            if opt or t not in out or " " in word or not word[:1].isupper():
                continue
            got = at.get((s, e), "missed")
            out[t][got] += 1
            if t == "person" and word not in full:
                out["alone"][got] += 1
    return out


def newsmtsc_lone(ex: ActorExtractor, data: Path) -> Counter:
    """The types given to NewsMTSC dev targets written as one capitalised word ("Corker"):
    targets of sentiment, nearly all people, in single sentences with no full name to resolve
    them to. The dev files are never trained on."""
    out: Counter = Counter()
    for name in ("dev_rw_flat", "dev_mt_flat"):
        spans: dict[str, set[tuple[int, int]]] = {}
        with open(data / "newsmtsc" / f"{name}.jsonl", encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                s, a, e = rec["sentence"], int(rec["from"]), int(rec["to"])
                word = s[a:e]
                if " " not in word and word[:1].isupper() and not word.isupper():
                    spans.setdefault(s, set()).add((a, e))
        for s, want in spans.items():
            at = {(m.start, m.end): m.type for m in ex.extract(s)}
            out.update(at.get(span, "missed") for span in want)
    return out


def _lone_line(lone: dict[str, Counter]) -> str:
    parts = []
    for t, cnt in lone.items():
        n = sum(cnt.values())
        want = "organization" if t == "organization" else "person"
        other = "person" if t == "organization" else "organization"
        parts.append(
            f"{t[:5]} {cnt[want] / max(n, 1):.3f} (n {n}, as {other[:3]} {cnt[other]}, "
            f"missed {cnt['missed']})"
        )
    return "lone " + "; ".join(parts)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    tr.add_arguments(ap)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--weights", default="0")
    ap.add_argument("--grid", default="", help="threshold grid, e.g. 'take=0.7,0.9;drop=0.5,0.6'")
    ap.add_argument("--cache", type=Path, default=None)
    ap.add_argument("--errors", type=int, default=0, help="print N out-of-fold errors")
    args = ap.parse_args()

    X, y, wd, surnames = _distant(args)
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
            typer.surnames = frozenset(surnames)
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
                f"w={wgt:<5g} {diff or 'base'}: P {p:.4f} ({c['tp']}/{c['pred']}) "
                f"Pt {pt:.3f} Pper {pp:.3f} "
                f"R {r:.3f} Rt {rt:.3f} F1t {f1t:.3f} "
                f"org R {c['rec_organization'] / c['gold_organization']:.3f}"
                f"/{c['rect_organization'] / c['gold_organization']:.3f} "
                f"per R {c['rec_person'] / c['gold_person']:.3f}"
                f"/{c['rect_person'] / c['gold_person']:.3f}",
                flush=True,
            )
            print("    " + _lone_line(lone_names(stories, preds[gi])), flush=True)
            if wgt == 0:  # the model of the last fold: the one every fold shares
                typer.thresholds = th
                print(f"    NewsMTSC dev one-word targets: {dict(newsmtsc_lone(ex, args.data))}")
                print(f"    {_OKAFOR!r}: {[(m.text, m.type) for m in ex.extract(_OKAFOR)]}")


if __name__ == "__main__":
    main()
