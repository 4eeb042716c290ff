"""Choose the actor-sentiment label rule: the argmax of the probabilities against rules that
follow the score a user sees, each rule's cut chosen by cross-validation.

Usage::

    nice -n 10 python scripts/choose_label_rule.py [--data ../shared/data]
        [--model src/newsanalytics/sentiment/data/actor_model] [--cache oof.npz] [--write]

The score of a mention is ``P(positive) - P(negative)`` under the model's neutral prior
(``neutral_weight``); an actor's score is the mean over its mentions. Rules compared, each
applied to a mention's probabilities and to the mean probabilities of an actor's mentions:

- ``argmax``: the class of largest probability (not monotone in the score: 0.05 may be
  positive while 0.45 is neutral).
- ``cut c``: positive at ``score >= c``, negative at ``score <= -c``, else neutral.
- ``cut c+/c-``: the same with one cut per side.
- ``confident q``: the argmax, neutral unless its probability reaches ``q``.

Steps:

1. Out-of-fold probabilities on NewsMTSC train: 5 folds grouped by source article, each fold
   scored by a model fitted (with the model's own settings, read from its manifest) on the
   other four, isotonic calibration fitted on the other folds' out-of-fold logits, then the
   model's neutral prior. Each rule's cut is chosen on four folds (macro-F1) and scored on
   the fifth (nested: the pooled held-out figures are honest); the cut chosen on all of
   train is printed.
2. NewsMTSC dev_rw and dev_mt, scored once by the model itself: each rule at the cut chosen
   on train.
3. The read set's tune rows (benchmarks/readsets/sentiment_gold.jsonl, ``split == "tune"``
   and ``is_actor`` only; report rows are never read): mentions, and actors (a story's read
   mentions of one actor, the gold label the sign of the mean of the reader's polarities;
   the read set holds one mention per story and actor, so these are the mentions again),
   each rule at the cut chosen on train and at a cut chosen by 5-fold CV over the tune
   stories.
4. The cut to ship: train's class mix (35% neutral) and news at large (77% of the read
   mentions) want different cuts (train's best is about 0.15, the tune rows' about 0.4), so
   the symmetric cut chosen is the one whose larger shortfall against the argmax, over
   train (out of fold) and the tune rows, is smallest (ties: the better on train). Its
   held-out figure on the tune rows is nested (chosen on train and four fifths of the tune
   stories). With ``--write`` it is stored as the model directory's
   ``params.label_threshold``, the rule ``ActorSentiment(label_threshold="model")`` (the
   default) reads.

Figures: macro-F1 over the three classes, accuracy, and the precision of predicted positives
(``P+``, with their count). A retrained model (another ``--model``) needs this run again:
its scores are spread differently.
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
from sklearn.metrics import f1_score  # noqa: E402
from sklearn.model_selection import GroupKFold  # noqa: E402

from newsanalytics.sentiment import LABELS, ActorSentiment  # noqa: E402
from newsanalytics.sentiment import _features as feat  # noqa: E402
from newsanalytics.sentiment._calibration import apply_isotonic, fit_isotonic, softmax  # noqa: E402
from newsanalytics.sentiment._model_dir import _SHIPPED, _resolve_vectors  # noqa: E402
from newsanalytics.sentiment._tone import shift_prior  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "scripts"))
from train_actor_sentiment import read_flat, read_groups  # noqa: E402

GOLD = REPO / "benchmarks" / "readsets" / "sentiment_gold.jsonl"
CUTS = np.round(np.arange(0.0, 0.801, 0.025), 3)
SIDE_CUTS = np.round(np.arange(0.0, 0.801, 0.05), 3)
CONFIDENCE = np.round(np.arange(0.35, 0.901, 0.025), 3)


# --------------------------------------------------------------------------- rules


def argmax_rule(p: np.ndarray, _: object = None) -> np.ndarray:
    return p.argmax(axis=1)


def cut_rule(p: np.ndarray, cut: tuple[float, float]) -> np.ndarray:
    pos, neg = cut
    s = p[:, 2] - p[:, 0]
    k = np.ones(len(p), dtype=np.int64)
    k[s >= pos] = 2
    k[s <= -neg] = 0
    return k


def confident_rule(p: np.ndarray, q: float) -> np.ndarray:
    k = p.argmax(axis=1)
    k[p.max(axis=1) < q] = 1
    return k


#: name -> (rule, candidate parameters)
RULES = {
    "argmax": (argmax_rule, [None]),
    "cut c": (cut_rule, [(c, c) for c in CUTS]),
    "cut c+/c-": (cut_rule, [(a, b) for a in SIDE_CUTS for b in SIDE_CUTS]),
    "confident q": (confident_rule, list(CONFIDENCE)),
}


def minimax_cut(
    p_train: np.ndarray, y_train: np.ndarray, p_tune: np.ndarray, y_tune: np.ndarray
) -> float:
    """The symmetric cut whose larger macro-F1 shortfall against the argmax, over train and
    the tune rows, is smallest (ties: the better on train)."""
    base = (macro_f1(y_train, argmax_rule(p_train)), macro_f1(y_tune, argmax_rule(p_tune)))
    best, key = None, None
    for c in CUTS:
        a = macro_f1(y_train, cut_rule(p_train, (c, c))) - base[0]
        b = macro_f1(y_tune, cut_rule(p_tune, (c, c))) - base[1]
        k = (round(min(a, b), 9), round(a, 9))
        if key is None or k > key:
            best, key = float(c), k
    return best


def macro_f1(y: np.ndarray, k: np.ndarray) -> float:
    return float(f1_score(y, k, average="macro", labels=[0, 1, 2], zero_division=0))


def figures(y: np.ndarray, k: np.ndarray) -> str:
    pos = k == 2
    prec = (y[pos] == 2).mean() if pos.any() else float("nan")
    return (
        f"F1m {macro_f1(y, k):.3f}  acc {(k == y).mean():.3f}  P+ {prec:.3f} "
        f"(of {int(pos.sum()):4d})"
    )


def param_name(param: object) -> str:
    if param is None:
        return "-"
    if isinstance(param, tuple):
        return f"{param[0]:g}" if param[0] == param[1] else f"{param[0]:g}/{param[1]:g}"
    return f"{float(param):g}"


def best_param(name: str, p: np.ndarray, y: np.ndarray) -> object:
    """The parameter of rule ``name`` of best macro-F1 on ``(p, y)`` (ties: the first,
    i.e. the smallest cut)."""
    rule, params = RULES[name]
    scores = [macro_f1(y, rule(p, a)) for a in params]
    return params[int(np.argmax(scores))]


def nested(name: str, p: np.ndarray, y: np.ndarray, folds: list) -> tuple[np.ndarray, list[object]]:
    """Held-out labels of rule ``name``, its parameter chosen on the other folds."""
    rule, _ = RULES[name]
    k = np.zeros(len(y), dtype=np.int64)
    chosen = []
    for train, test in folds:
        a = best_param(name, p[train], y[train])
        chosen.append(a)
        k[test] = rule(p[test], a)
    return k, chosen


# --------------------------------------------------------------------------- data


def model_settings(model_dir: Path) -> dict[str, object]:
    """The training settings recorded in a model directory's manifest."""
    params = json.loads((model_dir / "manifest.json").read_text(encoding="utf-8"))["params"]
    keep = ("C", "context_value", "vector_value", "cv", "class_weight", "max_iter", "min_df")
    out = {k: params[k] for k in keep if k in params}
    out["random_state"] = params.get("random_state", 0)
    return out


def train_oof(data: Path, model_dir: Path, neutral_weight: float) -> dict[str, np.ndarray]:
    """Out-of-fold calibrated probabilities on NewsMTSC train (before the neutral prior),
    labels, and fold numbers."""
    flat = data / "newsmtsc" / "train_flat.jsonl"
    targets, labels = read_flat(flat)
    y = np.asarray(labels) + 1
    groups = np.unique(read_groups(flat), return_inverse=True)[1]
    fitter = ActorSentiment(**model_settings(model_dir))
    vectors = _resolve_vectors(model_dir)  # the model's own vectors (None if it has none)
    feats = feat.extract_many(
        targets, vectors, context_value=fitter.context_value, vector_value=fitter.vector_value
    )
    oof = fitter._out_of_fold_logits(feats, y, groups)
    # The folds of those logits, as _out_of_fold_logits draws them.
    order = np.random.default_rng(fitter.random_state).permutation(int(groups.max()) + 1)[groups]
    fold = np.zeros(len(y), dtype=np.int64)
    proba = np.zeros((len(y), 3))
    for f, (tr, te) in enumerate(GroupKFold(fitter.cv).split(oof, y, order)):
        fold[te] = f
        own = softmax(np.column_stack([oof[te, 0], np.zeros(len(te)), oof[te, 1]]))
        proba[te] = apply_isotonic(fit_isotonic(oof[tr], y[tr]), own)
    return {"proba": proba, "y": y, "fold": fold}


def read_tune() -> list[dict]:
    with open(GOLD, encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    return [r for r in rows if r["split"] == "tune" and r["is_actor"]]


def actor_groups(rows: list[dict]) -> tuple[np.ndarray, np.ndarray]:
    """Group number of each row (story and actor) and each group's gold label: the sign of
    the mean of the reader's polarities."""
    keys: dict[tuple[str, str, str], int] = {}
    g = np.array(
        [keys.setdefault((r["source"], r["story_id"], r["actor"]), len(keys)) for r in rows]
    )
    pol = np.array([LABELS.index(r["label"]) - 1 for r in rows], dtype=float)
    mean = np.bincount(g, weights=pol) / np.bincount(g)
    return g, (np.sign(mean) + 1).astype(np.int64)


def mean_by(p: np.ndarray, g: np.ndarray) -> np.ndarray:
    n = np.bincount(g)
    return np.column_stack([np.bincount(g, weights=p[:, k]) / n for k in range(3)])


# --------------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    ap.add_argument("--model", type=Path, default=_SHIPPED)
    ap.add_argument(
        "--neutral-weight",
        type=float,
        default=None,
        help="the neutral prior (default: ActorSentiment's default)",
    )
    ap.add_argument("--cache", type=Path, help="keep the out-of-fold probabilities here")
    ap.add_argument(
        "--write",
        action="store_true",
        help="store the chosen cut as the model directory's params.label_threshold",
    )
    args = ap.parse_args(argv)
    w = ActorSentiment().neutral_weight if args.neutral_weight is None else args.neutral_weight
    # The argmax's probabilities: the rules are applied to them here.
    model = ActorSentiment(model_path=args.model, neutral_weight=w, label_threshold=None)

    # 1. NewsMTSC train, nested CV.
    if args.cache is not None and args.cache.exists():
        oof = dict(np.load(args.cache))
    else:
        oof = train_oof(args.data, args.model, w)
        if args.cache is not None:
            np.savez(args.cache, **oof)
    y, fold = oof["y"], oof["fold"]
    folds = [(np.flatnonzero(fold != f), np.flatnonzero(fold == f)) for f in np.unique(fold)]
    print(f"model {args.model}, neutral_weight {w:g}")
    chosen: dict[str, object] = {}
    for nw in sorted({1.0, w}):
        p = shift_prior(oof["proba"], nw)
        print(f"== NewsMTSC train, {len(y)} targets, out of fold, neutral_weight {nw:g} ==")
        print(
            "rule         held-out (cut chosen on the other 4 folds)            per fold / on all"
        )
        for name in RULES:
            k, per_fold = nested(name, p, y, folds)
            best = best_param(name, p, y)
            if nw == w:
                chosen[name] = best
            cuts = " ".join(param_name(a) for a in per_fold)
            print(f"{name:12s} {figures(y, k)}   {cuts} / {param_name(best)}")
    print()

    # 2. NewsMTSC dev, once, at the cuts chosen on train.
    for split in ("dev_rw", "dev_mt"):
        targets, gold = read_flat(args.data / "newsmtsc" / f"{split}_flat.jsonl")
        yd = np.asarray(gold) + 1
        p = model.predict_proba(targets)
        print(f"== NewsMTSC {split}, {len(yd)} targets, neutral_weight {w:g}, cuts from train ==")
        for name, (rule, _) in RULES.items():
            a = chosen[name]
            print(f"{name:12s} {param_name(a):>9s}  {figures(yd, rule(p, a))}")
        # NewsMTSC's own class mix, for reference.
        p1 = ActorSentiment(model_path=args.model, neutral_weight=1.0).predict_proba(targets)
        print(f"{'argmax, w=1':12s} {'-':>9s}  {figures(yd, argmax_rule(p1))}")
    print()

    # 3. Tune rows of the read set: mentions and actors.
    rows = read_tune()
    targets = [(r["sentence"], r["t_start"], r["t_end"]) for r in rows]
    ym = np.array([LABELS.index(r["label"]) for r in rows])
    pm = model.predict_proba(targets)
    g, ya = actor_groups(rows)
    pa = mean_by(pm, g)
    story = np.unique([f"{r['source']}:{r['story_id']}" for r in rows], return_inverse=True)[1]
    story_of_actor = np.zeros(len(ya), dtype=np.int64)
    story_of_actor[g] = story
    p_train = shift_prior(oof["proba"], w)
    for what, p, yy, grp in (("mentions", pm, ym, story), ("actors", pa, ya, story_of_actor)):
        if what == "actors" and len(yy) == len(ym):
            print("== read set, tune rows: one read mention per actor: actors = mentions ==\n")
            continue
        counts = ", ".join(f"{lab} {int((yy == i).sum())}" for i, lab in enumerate(LABELS))
        print(f"== read set, tune rows: {len(yy)} {what} ({counts}) ==")
        print(
            "rule         cut from train                                 | cut by 5-fold CV over stories"
        )
        cv = list(GroupKFold(5).split(p, yy, grp))
        # the cut to ship, nested: chosen on train and the other folds' stories
        k_cv = np.zeros(len(yy), dtype=np.int64)
        per_fold = []
        for tr, te in cv:
            c = minimax_cut(p_train, y, p[tr], yy[tr])
            per_fold.append(c)
            k_cv[te] = cut_rule(p[te], (c, c))
        ship = minimax_cut(p_train, y, p, yy)
        print(
            f"{'minimax c':12s} {ship:>9g}  {figures(yy, cut_rule(p, (ship, ship)))} | "
            f"{figures(yy, k_cv)}  {' '.join(f'{c:g}' for c in per_fold)} / {ship:g}"
        )
        for name, (rule, _) in RULES.items():
            a = chosen[name]
            k_cv, per_fold = nested(name, p, yy, cv)
            best = best_param(name, p, yy)
            print(
                f"{name:12s} {param_name(a):>9s}  {figures(yy, rule(p, a))} | {figures(yy, k_cv)}"
                f"  {' '.join(param_name(x) for x in per_fold)} / {param_name(best)}"
            )
        print()
    print(
        "chosen on NewsMTSC train: " + ", ".join(f"{n} {param_name(a)}" for n, a in chosen.items())
    )
    ship = minimax_cut(p_train, y, pm, ym)
    print(f"the cut to ship (smallest larger shortfall on train and tune): {ship:g}")
    for split in ("dev_rw", "dev_mt"):
        targets, gold = read_flat(args.data / "newsmtsc" / f"{split}_flat.jsonl")
        yd = np.asarray(gold) + 1
        p = model.predict_proba(targets)
        a, b = macro_f1(yd, argmax_rule(p)), macro_f1(yd, cut_rule(p, (ship, ship)))
        print(f"  {split}: macro-F1 {b:.3f} against the argmax's {a:.3f} ({b - a:+.3f})")
    if args.write:
        path = args.model / "manifest.json"
        manifest = json.loads(path.read_text(encoding="utf-8"))
        manifest["params"]["label_threshold"] = ship
        text = json.dumps(manifest, ensure_ascii=False, indent=2, sort_keys=True)
        path.write_text(text, encoding="utf-8")  # as persist.save_model_dir writes it
        print(f"written to {path}: params.label_threshold = {ship:g}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
