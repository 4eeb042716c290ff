"""Choose ActorSentiment's ``source_weight`` (the stronger neutral prior of a plain source) by
cross-validation across the read set's tune stories.

Usage::

    nice -n 10 python scripts/choose_source_weight.py [--folds 5] [--repeats 10]

A plain source (``sentiment/_roles.py``) is a speaker, critic, praiser or judge that nothing
evaluates: not the patient of a role verb, no lexicon word in the mention or within
``EVAL_LEFT`` words left of it in its clause. Its probabilities (under the default neutral
prior) are multiplied by ``(1, w, 1)``; the label is the default rule's.

Only the tune rows (benchmarks/readsets/sentiment_gold.jsonl, ``split == "tune"``,
``is_actor``) are read. Candidates: ``w`` in WEIGHTS and the left window ``EVAL_LEFT`` in
(3, 6). Folds are grouped by story (a story's mentions are never split); in each fold the
candidate of best agreement on the other folds is chosen (ties: the smaller ``w``, then
the smaller window) and scored on the held-out stories. Repeated over shuffles of the
stories' fold assignment; prints the pooled held-out agreement and macro-F1 against
``w = 1`` (no rule), and the candidate chosen on all tune rows.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
from sklearn.metrics import f1_score
from sklearn.model_selection import GroupKFold

from newsanalytics.sentiment import LABELS, ActorSentiment, _roles

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "benchmarks" / "readsets" / "sentiment_gold.jsonl"
WEIGHTS = (1.0, 1.5, 2.0, 3.0, 4.0, 6.0, 8.0, 16.0, 32.0)
WINDOWS = (3, 6)


def _plain(feats: list[dict[str, float]], window: int) -> np.ndarray:
    """Plain sources under a left window of ``window`` words (the features' lex:L{window})."""
    old = _roles._EVIDENCE
    try:
        _roles._EVIDENCE = tuple(
            f"lex:{w}:{s}" for w in ("in", f"L{window}") for s in ("pos", "neg")
        )
        flags = _roles.reference_flags(feats)
    finally:
        _roles._EVIDENCE = old
    return flags[:, _roles.ROLE_FLAGS.index("plain_source")]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--repeats", type=int, default=10)
    ap.add_argument(
        "--max-weight",
        type=float,
        default=2.0,
        help="largest w tried: the largest whose NewsMTSC dev F1m drop stays within noise",
    )
    args = ap.parse_args(argv)
    rows = [json.loads(line) for line in GOLD.open(encoding="utf-8")]
    rows = [r for r in rows if r["split"] == "tune" and r["is_actor"]]
    targets = [(r["sentence"], r["t_start"], r["t_end"]) for r in rows]
    y = np.array([LABELS.index(r["label"]) for r in rows])
    stories = np.unique([r["source"] + ":" + r["story_id"] for r in rows], return_inverse=True)[1]
    model = ActorSentiment(source_weight=1.0)
    proba = model.predict_proba(targets)
    _, feats = model._scorer.reference_logits(targets)
    plain = {w: _plain(feats, w) for w in WINDOWS}
    cands = [(w, win) for w in WEIGHTS for win in WINDOWS if w <= args.max_weight]
    preds = {}
    for w, win in cands:
        p = _roles.shift_sources(proba, np.repeat(plain[win][:, None], len(_roles.ROLE_FLAGS), axis=1), w)
        preds[w, win] = np.array([LABELS.index(lab) for lab in model.labels_from_proba(p)])
    print(f"tune rows {len(y)}, stories {stories.max() + 1}")
    for win in WINDOWS:
        print(f"EVAL_LEFT {win}: plain sources {int(plain[win].sum())}")
    print("all tune rows, agreement by w (EVAL_LEFT 3 / 6):")
    for w in sorted({c[0] for c in cands}):
        print(f"  w={w:5.1f}: " + " / ".join(str(int((preds[w, k] == y).sum())) for k in WINDOWS))
    rng = np.random.default_rng(0)
    base_acc, cv_acc, base_f1, cv_f1, chosen = [], [], [], [], []
    for _ in range(args.repeats):
        order = rng.permutation(stories.max() + 1)[stories]
        held = np.zeros(len(y), dtype=np.int64)
        for train, test in GroupKFold(args.folds).split(y, y, order):
            best = max(cands, key=lambda c: ((preds[c][train] == y[train]).sum(), -c[0], -c[1]))
            chosen.append(best)
            held[test] = preds[best][test]
        base = preds[1.0, WINDOWS[0]]
        base_acc.append((base == y).sum())
        cv_acc.append((held == y).sum())
        base_f1.append(f1_score(y, base, average="macro"))
        cv_f1.append(f1_score(y, held, average="macro"))
    print(
        f"grouped {args.folds}-fold CV over stories, {args.repeats} shuffles: held-out agreement "
        f"{np.mean(cv_acc):.1f}/{len(y)} (range {min(cv_acc)}-{max(cv_acc)}) against "
        f"{np.mean(base_acc):.0f} without the rule; macro-F1 {np.mean(cv_f1):.3f} against "
        f"{np.mean(base_f1):.3f}"
    )
    counts: dict[tuple[float, int], int] = {}
    for c in chosen:
        counts[c] = counts.get(c, 0) + 1
    print(
        "chosen in folds (w, EVAL_LEFT): "
        + ", ".join(f"{c}: {k}" for c, k in sorted(counts.items()))
    )
    best = max(cands, key=lambda c: ((preds[c] == y).sum(), -c[0], -c[1]))
    print(f"chosen on all tune rows: w={best[0]}, EVAL_LEFT={best[1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
