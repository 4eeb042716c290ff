"""Does a different learner close issue 13's dev gap? A measured study on NewsMTSC train.

Usage::

    nice -n 10 python scripts/study_sentiment_learners.py [--data ../shared/data] [--quick]
        [--vectors src/newsanalytics/sentiment/data/actor_model] [--dev LEARNER]

Compares, on the feature matrices scripts/train_actor_sentiment.py builds (its functions:
``feat.extract_many`` at values 1.0, ``_scaled`` to the shipped context_value 0.5 and
vector_value 3.0, the shipped model's word vectors, which that script rebuilds bit for bit),
over the same 5 folds grouped by source article (``GroupKFold(5)`` on the article ids),
macro-F1 of the argmax, per fold and pooled:

1. ``linear``: the shipped learner (``ActorSentiment(C=0.1)._fit_linear``: balanced
   logistic regression over every feature seen in >= 2 training targets), the anchor
   (.6951 in train_actor_sentiment's CV table);
2. ``hgb-dense``: HistGradientBoostingClassifier (balanced class weights, early stopping) on
   the dense part: the 384 word-vector features and the top-K sparse features by the fold's
   linear weights (max |coef| over the classes; chosen on the training folds only);
3. ``hgb-stack``: the same inputs plus the linear model's logits (training rows: out-of-fold
   logits from an inner 4-fold split of the training folds by article; test rows: the outer
   fold's linear model), i.e. stacking;
4. ``mlp-dense`` / ``mlp-stack``: MLPClassifier (one hidden layer of 64, early stopping,
   balanced sample weights, standardised inputs) on the same two inputs; ``mlp-sparse``:
   the same network on the linear model's whole sparse matrix (every feature, unscaled);
5. ``linear+pairs``: the linear model with products of the sparse feature pairs the
   ``hgb-dense`` trees of the same fold split on one after the other most often (top
   N_PAIRS), as extra features.

Nothing is tuned on dev. ``--dev LEARNER`` trains that learner on all of train and scores
dev_rw and dev_mt once, beside the linear model, with its predict speed per mention (the
model step alone, on prebuilt feature rows, batches of 1,000) against the linear model's.
``--quick``: the first of the five folds, fewer boosting rounds (a first look: 153 s at
load 2-4 on 2 cores; the full 5-fold run took 891 s).
The library and the shipped model are not changed.

NewsMTSC: Hamborg & Donnay, EACL 2021, MIT licence.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections import Counter
from pathlib import Path

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import numpy as np  # noqa: E402
import scipy.sparse as sp  # noqa: E402
from sklearn.metrics import f1_score  # noqa: E402
from sklearn.model_selection import GroupKFold  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_actor_sentiment as tas  # noqa: E402

from newsanalytics.sentiment import ActorSentiment  # noqa: E402
from newsanalytics.sentiment import _features as feat  # noqa: E402
from newsanalytics.sentiment._featurizer import design_matrix  # noqa: E402
from newsanalytics.sentiment._model_dir import _read_vectors  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
C, CONTEXT, VECTOR = 0.1, 0.5, 3.0  # the shipped settings
TOP_K = 300
N_PAIRS = 40
LEARNERS = (
    "linear",
    "hgb-dense",
    "hgb-stack",
    "mlp-dense",
    "mlp-stack",
    "mlp-sparse",
    "linear+pairs",
)


def is_vector(name: str) -> bool:
    kind = name.split(":", 1)[0]
    return kind.startswith("e") and kind[1:] in feat.VECTOR_PARTS


def vector_matrix(feats: list[dict[str, float]]) -> np.ndarray:
    """The word-vector features as a dense (n, 6 * dim) matrix."""
    names = [f"e{p}:{k}" for p in feat.VECTOR_PARTS for k in range(tas.VECTOR_SIZE)]
    col = {k: j for j, k in enumerate(names)}
    out = np.zeros((len(feats), len(names)))
    for i, f in enumerate(feats):
        for k, v in f.items():
            j = col.get(k)
            if j is not None:
                out[i, j] = v
    return out


class Linear:
    """The shipped learner, fitted as train_actor_sentiment's CV fits it."""

    def __init__(self) -> None:
        self.fitter = ActorSentiment(C=C)

    def fit(self, feats: list[dict[str, float]], y: np.ndarray) -> Linear:
        self.coef, self.intercept, self.vocab = self.fitter._fit_linear(feats, y)
        return self

    def logits(self, feats: list[dict[str, float]]) -> np.ndarray:
        return design_matrix(feats, self.vocab) @ self.coef.T + self.intercept

    def top_sparse(self, k: int) -> list[str]:
        """The k sparse (not word-vector) features of largest weight, any class."""
        names = list(self.vocab)
        w = np.abs(self.coef).max(axis=0)
        order = [j for j in np.argsort(-w, kind="stable") if not is_vector(names[j])]
        return [names[j] for j in order[:k]]


def balanced_weights(y: np.ndarray) -> np.ndarray:
    counts = np.bincount(y, minlength=3).astype(float)
    return (len(y) / (3 * counts))[y]


def make_hgb(quick: bool):
    from sklearn.ensemble import HistGradientBoostingClassifier

    return HistGradientBoostingClassifier(
        learning_rate=0.1,
        max_iter=150 if quick else 400,
        max_leaf_nodes=15,
        min_samples_leaf=20,
        l2_regularization=1.0,
        early_stopping=True,
        validation_fraction=0.1,
        n_iter_no_change=20,
        class_weight="balanced",
        random_state=0,
    )


class MLP:
    """One hidden layer, early stopping, balanced sample weights; dense inputs
    standardised, sparse ones (every feature of the linear model) as they are."""

    def __init__(self) -> None:
        from sklearn.neural_network import MLPClassifier
        from sklearn.preprocessing import StandardScaler

        self.scaler = StandardScaler()
        self.clf = MLPClassifier(
            hidden_layer_sizes=(64,),
            alpha=1e-2,
            early_stopping=True,
            validation_fraction=0.1,
            n_iter_no_change=10,
            max_iter=200,
            random_state=0,
        )

    def fit(self, X: np.ndarray, y: np.ndarray) -> MLP:
        self.sparse = sp.issparse(X)
        Xs = X if self.sparse else self.scaler.fit_transform(X)
        self.clf.fit(Xs, y, sample_weight=balanced_weights(y))
        return self

    def predict_proba(self, X: np.ndarray) -> np.ndarray:
        return self.clf.predict_proba(X if self.sparse else self.scaler.transform(X))


def sparse_columns(feats: list[dict[str, float]], names: list[str]) -> np.ndarray:
    return design_matrix(feats, {k: j for j, k in enumerate(names)}).toarray()


def tree_pairs(hgb, names: list[str], n: int) -> list[tuple[str, str]]:
    """Pairs of sparse features split on at a node and at its child, most frequent first
    (across every tree of the fitted booster; word-vector and logit columns skipped)."""
    pairs: Counter = Counter()
    for trees in hgb._predictors:
        for tree in trees:
            nodes = tree.nodes
            for node in nodes:
                if node["is_leaf"]:
                    continue
                a = int(node["feature_idx"])
                for child in (node["left"], node["right"]):
                    c = nodes[child]
                    if not c["is_leaf"]:
                        b = int(c["feature_idx"])
                        if a != b and names[a] is not None and names[b] is not None:
                            pairs[tuple(sorted((names[a], names[b])))] += 1
    return [p for p, _ in pairs.most_common(n)]


def with_pairs(feats: list[dict[str, float]], pairs: list[tuple[str, str]]) -> list[dict]:
    out = []
    for f in feats:
        g = dict(f)
        for a, b in pairs:
            v = f.get(a, 0.0) * f.get(b, 0.0)
            if v:
                g[f"x:{a}*{b}"] = v
        out.append(g)
    return out


def inner_oof_logits(
    feats: list[dict[str, float]], y: np.ndarray, groups: np.ndarray
) -> np.ndarray:
    """Out-of-fold linear logits on the training folds (inner 4 folds by article)."""
    oof = np.zeros((len(y), 3))
    for tr, te in GroupKFold(4).split(feats, y, groups):
        m = Linear().fit([feats[i] for i in tr], y[tr])
        oof[te] = m.logits([feats[i] for i in te])
    return oof


def run_fold(
    feats: list[dict[str, float]],
    E: np.ndarray,
    y: np.ndarray,
    groups: np.ndarray,
    train: np.ndarray,
    test: np.ndarray,
    quick: bool,
) -> dict[str, np.ndarray]:
    ftr = [feats[i] for i in train]
    fte = [feats[i] for i in test]
    ytr = y[train]
    lin = Linear().fit(ftr, ytr)
    z_te = lin.logits(fte)
    preds = {"linear": z_te.argmax(axis=1)}
    top = lin.top_sparse(TOP_K)
    A_tr = np.hstack([E[train], sparse_columns(ftr, top)])
    A_te = np.hstack([E[test], sparse_columns(fte, top)])
    z_tr = inner_oof_logits(ftr, ytr, groups[train])
    B_tr, B_te = np.hstack([z_tr, A_tr]), np.hstack([z_te, A_te])
    hgb_a = make_hgb(quick).fit(A_tr, ytr)
    preds["hgb-dense"] = hgb_a.predict_proba(A_te).argmax(axis=1)
    hgb_b = make_hgb(quick).fit(B_tr, ytr)
    preds["hgb-stack"] = hgb_b.predict_proba(B_te).argmax(axis=1)
    preds["mlp-dense"] = MLP().fit(A_tr, ytr).predict_proba(A_te).argmax(axis=1)
    preds["mlp-stack"] = MLP().fit(B_tr, ytr).predict_proba(B_te).argmax(axis=1)
    mlp_s = MLP().fit(design_matrix(ftr, lin.vocab), ytr)
    preds["mlp-sparse"] = mlp_s.predict_proba(design_matrix(fte, lin.vocab)).argmax(axis=1)
    # Only sparse columns name a pair (word-vector dimensions are not interpretable).
    col_names: list[str | None] = [None] * E.shape[1] + list(top)
    pairs = tree_pairs(hgb_a, col_names, N_PAIRS)
    lin_p = Linear().fit(with_pairs(ftr, pairs), ytr)
    preds["linear+pairs"] = lin_p.logits(with_pairs(fte, pairs)).argmax(axis=1)
    info = {
        "hgb_iters": (hgb_a.n_iter_, hgb_b.n_iter_),
        "pairs": pairs[:8],
    }
    return preds, info


def cross_validate(feats, E, y, groups, quick: bool) -> None:
    folds = list(GroupKFold(5).split(feats, y, groups))
    if quick:
        folds = folds[:1]
    pooled = {k: np.full(len(y), -1) for k in LEARNERS}
    per_fold: dict[str, list[float]] = {k: [] for k in LEARNERS}
    for n, (train, test) in enumerate(folds):
        t = time.perf_counter()
        preds, info = run_fold(feats, E, y, groups, train, test, quick)
        for k, p in preds.items():
            pooled[k][test] = p
            per_fold[k].append(f1_score(y[test], p, average="macro"))
        print(
            f"fold {n}: {time.perf_counter() - t:.0f}s, hgb rounds {info['hgb_iters']}, "
            f"top tree pairs {info['pairs']}",
            flush=True,
        )
    seen = pooled["linear"] >= 0
    print(f"\n{'learner':14s} {'CV F1m':>7s} {'per fold':>36s} {'vs linear per fold':>40s}")
    for k in LEARNERS:
        f1 = f1_score(y[seen], pooled[k][seen], average="macro")
        pf = " ".join(f"{x:.3f}" for x in per_fold[k])
        d = " ".join(f"{a - b:+.3f}" for a, b in zip(per_fold[k], per_fold["linear"], strict=True))
        print(f"{k:14s} {f1:7.4f} {pf:>36s} {d:>40s}")


def fit_full(learner: str, feats, E, y, groups, quick: bool):
    """The learner trained on all of train: a function from feature dicts to predictions,
    and one from prebuilt rows to probabilities (for the speed figure)."""
    lin = Linear().fit(feats, y)
    if learner == "linear":
        X = design_matrix(feats, lin.vocab)
        return (
            lin,
            (lambda f: lin.logits(f).argmax(axis=1)),
            (lambda rows: rows @ lin.coef.T + lin.intercept),
            X,
        )
    if learner == "mlp-sparse":
        X = design_matrix(feats, lin.vocab)
        mlp = MLP().fit(X, y)
        return (
            mlp,
            (lambda f: mlp.predict_proba(design_matrix(f, lin.vocab)).argmax(axis=1)),
            mlp.predict_proba,
            X,
        )
    top = lin.top_sparse(TOP_K)
    A = np.hstack([E, sparse_columns(feats, top)])
    stack = learner.endswith("stack")
    if stack:
        A = np.hstack([inner_oof_logits(feats, y, groups), A])
    model = make_hgb(quick).fit(A, y) if learner.startswith("hgb") else MLP().fit(A, y)

    def rows_of(f):
        a = np.hstack([vector_matrix(f), sparse_columns(f, top)])
        return np.hstack([lin.logits(f), a]) if stack else a

    return (
        model,
        (lambda f: model.predict_proba(rows_of(f)).argmax(axis=1)),
        (model.predict_proba),
        A,
    )


def report_dev(learner: str, data: Path, feats, E, y, groups, vectors, quick: bool) -> None:
    mtsc = data / "newsmtsc"
    speeds = {}
    for name in ("linear", learner):
        model, predict, proba_rows, X = fit_full(name, feats, E, y, groups, quick)
        for split in ("dev_rw", "dev_mt"):
            tg, yd = tas.read_flat(mtsc / f"{split}_flat.jsonl")
            yd = np.asarray(yd) + 1
            fd = tas._scaled(feat.extract_many(tg, vectors), CONTEXT, VECTOR)
            pred = predict(fd)
            print(f"{name} {split}: F1m {f1_score(yd, pred, average='macro'):.4f} (n={len(yd)})")
        rows = X[:1000]
        if sp.issparse(rows):
            rows = rows.tocsr()
        best = float("inf")
        for _ in range(5):
            t = time.perf_counter()
            proba_rows(rows)
            best = min(best, time.perf_counter() - t)
        speeds[name] = rows.shape[0] / best
        print(f"{name}: model step alone {speeds[name]:,.0f} mentions/s (batches of 1,000)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    ap.add_argument(
        "--vectors", type=Path, default=REPO / "src/newsanalytics/sentiment/data/actor_model"
    )
    ap.add_argument("--quick", action="store_true", help="the first fold, fewer boosting rounds")
    ap.add_argument("--dev", choices=LEARNERS[1:6], help="score this learner on dev once")
    args = ap.parse_args(argv)
    print(__doc__.split("Usage::")[0].strip())
    print("Compares (5-fold CV by article on NewsMTSC train, macro-F1 of the argmax):")
    print("  " + ", ".join(LEARNERS) + ("  [--quick: the first fold]" if args.quick else ""))

    t0 = time.perf_counter()
    mtsc = args.data / "newsmtsc"
    targets, labels = tas.read_flat(mtsc / "train_flat.jsonl")
    y = np.asarray(labels) + 1
    groups = np.unique(tas.read_groups(mtsc / "train_flat.jsonl"), return_inverse=True)[1]
    vectors = _read_vectors(args.vectors)
    feats = tas._scaled(feat.extract_many(targets, vectors), CONTEXT, VECTOR)
    E = vector_matrix(feats)
    print(f"features of {len(targets)} targets in {time.perf_counter() - t0:.0f}s")
    if args.dev:
        report_dev(args.dev, args.data, feats, E, y, groups, vectors, args.quick)
    else:
        cross_validate(feats, E, y, groups, args.quick)
    print(f"total {time.perf_counter() - t0:.0f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
