"""Fit ActorSentiment's ``place_weight``: the neutral prior of a mention of a place, by log
loss on the read set's tune rows, checked across folds grouped by story.

Usage::

    nice -n 10 python scripts/fit_place_prior.py [--repeats 20]

The prior acts on the default probabilities ``p`` (the calibration with the neutral and
source priors in it) as ``q proportional to p * (1, w ** is_place, 1)``: one neutral
log-odds offset for mentions whose actor type is "location" (what ``analyze`` passes as
``types``). Printed: the weight fitted on all tune rows (``split == "tune"``, ``is_actor``;
report rows are never read) with log loss, ECE, agreement, macro-F1 and polar precision /
recall at the model's cut; the same with one weight per type (location, organisation,
person); grouped 5-fold cross-validation over the tune stories (``--repeats`` shuffles):
held-out log loss and agreement of the weights fitted on the other folds, and the fold
weights' range; and, as a check on text the weight was not fitted on, the fresh reading of
stop 45 (benchmarks/readsets/fresh_reading_stop45.jsonl).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import numpy as np  # noqa: E402
from scipy.optimize import minimize  # noqa: E402
from sklearn.metrics import f1_score  # noqa: E402
from sklearn.model_selection import GroupKFold  # noqa: E402

from newsanalytics.sentiment import LABELS, ActorSentiment  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
READSETS = REPO / "benchmarks" / "readsets"
TYPES = ("location", "organization", "person")
CUT = 0.275


def read(path: Path, split: str) -> list[dict]:
    rows = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    return [r for r in rows if r["split"] == split and r["is_actor"]]


def shifted(log_w: np.ndarray, x: np.ndarray, p: np.ndarray) -> np.ndarray:
    q = p.copy()
    q[:, 1] *= np.exp(x @ log_w)
    return q / q.sum(axis=1, keepdims=True)


def fit(x: np.ndarray, p: np.ndarray, y: np.ndarray) -> np.ndarray:
    def nll(log_w: np.ndarray) -> float:
        q = shifted(log_w, x, p)
        return float(-np.log(q[np.arange(len(y)), y]).sum())

    return minimize(nll, np.zeros(x.shape[1])).x


def ece(q: np.ndarray, y: np.ndarray, bins: int = 10) -> float:
    conf, pred = q.max(axis=1), q.argmax(axis=1)
    out = 0.0
    for lo in np.linspace(0, 1, bins, endpoint=False):
        m = (conf >= lo) & (conf < lo + 1 / bins)
        if m.any():
            out += m.mean() * abs((pred[m] == y[m]).mean() - conf[m].mean())
    return out


def line(name: str, q: np.ndarray, y: np.ndarray) -> str:
    s = q[:, 2] - q[:, 0]
    lab = np.where(s >= CUT, 2, np.where(s <= -CUT, 0, 1))
    hit = int(((lab == y) & (y != 1)).sum())
    return (
        f"{name:28s} agreement {int((lab == y).sum())}/{len(y)}, macro-F1 "
        f"{f1_score(y, lab, average='macro'):.3f}, polar precision {hit}/{int((lab != 1).sum())}"
        f", recall {hit}/{int((y != 1).sum())}, log loss "
        f"{-np.log(q[np.arange(len(y)), y]).mean():.4f}, ECE {ece(q, y):.3f}"
    )


def data(rows: list[dict]) -> tuple[np.ndarray, np.ndarray, np.ndarray, list[str]]:
    targets = [(r["sentence"], r["t_start"], r["t_end"]) for r in rows]
    p = ActorSentiment(place_weight=1.0).predict_proba(targets)  # every other prior in place
    y = np.array([LABELS.index(r["label"]) for r in rows])
    x = np.array([[r["type"] == t for t in TYPES] for r in rows], dtype=float)
    return p, y, x, [f"{r['source']}:{r['story_id']}" for r in rows]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeats", type=int, default=20)
    args = ap.parse_args(argv)
    p, y, x, stories = data(read(READSETS / "sentiment_gold.jsonl", "tune"))
    print(f"tune rows: {len(y)}; per type: n / read polar")
    for k, t in enumerate(TYPES):
        m = x[:, k] == 1
        print(f"  {t:12s} {int(m.sum()):4d} / {int((y[m] != 1).sum())}")
    print(line("no place prior", p, y))
    place = x[:, :1]
    w = fit(place, p, y)
    print(line(f"place weight {np.exp(w[0]):.2f}", shifted(w, place, p), y))
    w3 = fit(x, p, y)
    names = ", ".join(f"{t} {np.exp(v):.2f}" for t, v in zip(TYPES, w3, strict=True))
    print(line("one weight per type", shifted(w3, x, p), y), f"({names})")
    # grouped cross-validation over the tune stories
    groups = np.unique(stories, return_inverse=True)[1]
    rng = np.random.default_rng(0)
    for name, feats in (("place weight", place), ("one weight per type", x)):
        held, agree, weights = [], [], []
        for _ in range(args.repeats):
            order = rng.permutation(groups.max() + 1)[groups]
            q = np.zeros_like(p)
            for train, test in GroupKFold(5).split(feats, y, order):
                wf = fit(feats[train], p[train], y[train])
                weights.append(np.exp(wf))
                q[test] = shifted(wf, feats[test], p[test])
            s = q[:, 2] - q[:, 0]
            lab = np.where(s >= CUT, 2, np.where(s <= -CUT, 0, 1))
            held.append(-np.log(q[np.arange(len(y)), y]).mean())
            agree.append((lab == y).sum())
        wr = np.array(weights)
        print(
            f"CV {name}: held-out log loss {np.mean(held):.4f} (none: "
            f"{-np.log(p[np.arange(len(y)), y]).mean():.4f}), agreement {np.mean(agree):.1f}; "
            f"fold weights {np.round(wr.min(axis=0), 2)} - {np.round(wr.max(axis=0), 2)}"
        )
    fresh = READSETS / "fresh_reading_stop45.jsonl"
    if fresh.exists():
        pf, yf, xf, _ = data(read(fresh, "fresh"))
        print("fresh reading (a check; nothing fitted there):")
        print(line("  no place prior", pf, yf))
        print(line(f"  place weight {np.exp(w[0]):.2f}", shifted(w, xf[:, :1], pf), yf))
    return 0


if __name__ == "__main__":
    sys.exit(main())
