"""Does a learner that reads the sentence relative to the target close issue 13's gap?

Usage::

    nice -n 10 python scripts/study_sentiment_window.py [--data ../shared/data] [--quick]
        [--learners window,window-a1,conv,stack] [--dev SETTING] [--grad-check]

Measured (session 38, one run, 2 cores shared with other jobs: 1,774 s for the 5 folds;
dev 175 s). CV macro-F1, pooled, then per fold against the linear model:

    linear                 .6951  .705 .699 .688 .683 .700  (the anchor)
    window                 .6180  -.105 -.069 -.083 -.065 -.065
    window-a1 (alpha 1)    .6208  -.095 -.067 -.084 -.063 -.064
    conv                   .6911  -.012 -.009 -.004 +.002 +.002
    stack                  .6935  -.005 -.003 -.004 +.006 -.002  (1-5 epochs: overfits)
    linear+window@0.25     .6976  -.004 +.002 +.007 +.008 -.000
    linear+window-a1@0.25  .6993  -.005 +.008 +.009 +.006 +.002
    linear+conv@0.25       .7034  +.008 +.004 +.012 +.010 +.007
    linear+conv@0.5        .7076  +.007 +.010 +.011 +.016 +.017  (chosen: +.0125, 5 of 5)

The Collobert window alone overfits (850 inputs, 7k rows) and only helps in a light blend;
the convolution with target-relative attention alone nearly matches the linear model
(.691 vs .695) from word vectors and 25 token flags, and its errors differ enough that the
even blend is the largest CV gain measured for issue 13 (the NB-SVM log-ensemble +.005,
Nystroem +.0015). Dev, scored once for the chosen ``linear+conv@0.5`` (argmax, no neutral
prior or calibration, both models trained on all of train; network epochs by early
stopping on 10% of train's articles): dev_rw .7241 -> .7295 (+.0054), dev_mt .6870 ->
.6763 (-.0107). The CV gain does not carry to dev (dev_mt, the multi-target sentences,
drops); .76 / .74 stay far. Speed: the network step alone, numpy float64, rows prebuilt,
batches padded to their longest sentence: 910 mentions/s at load ~2 (about 600k
multiply-adds a mention); the pipeline needs >= 20,000 mentions/s for everything. Not
shipped: dev does not improve by >= .01 on both splits and the cost is ~20x over the budget.
The read tune part and fresh stories were therefore not run (no model change).

Each target's sentence is read token by token (``_features.Sentence``: the shipped
tokeniser, lexicon valences after VADER's booster and negation rules, clauses, quotations,
contrast segments), and every token gets, besides its word vector (the shipped model's 64
Word2Vec dimensions, zero for unknown words), 25 target-relative inputs: lexicon valence/4,
negated, inside the target, in the target's clause, in a quotation, on the target's side of
the quotation, in the target's contrast segment, capitalised (another name), attack / praise
/ judge verb, and the signed distance to the target in 7 buckets a side (1, 2, 3-4, 5-8,
9-16, 17-32, more).

Learners (each trained with balanced class weights, as the shipped linear model):

1. ``window``: Collobert et al. (2011)'s window approach: the rows of the 5 tokens left of the
   target, the mean of the target's own tokens and the 5 tokens right of it (absent slots
   zero, with a present flag), concatenated by position (11 x 75 inputs) plus the sentence's
   mean word vector, standardised, into sklearn's MLPClassifier (one hidden layer of 128,
   early stopping on 10%, alpha 1e-2);
2. ``conv``: a small network in numpy with hand-written gradients over the whole sentence:
   a width-3 convolution of the token rows (64 ReLU units), then three poolings read
   relative to the target: attention (scores from the units and the raw target-relative
   inputs, so position, clause and quotation decide where to look), max over the
   sentence, and the mean over the target's own tokens; a softmax layer on the three
   (dropout 0.3 on them); Adam, mini-batches of 32, L2 1e-4, the epoch count by early
   stopping on the training folds' last 10% of articles (at most 25), mean of 3 seeds;
3. ``linear``: the shipped learner (study_sentiment_learners.Linear, shipped feature values);
4. blends: log-probabilities of the linear model and a network, ``(1 - a) log p_lin +
   a log p_net`` for a in (0.25, 0.5), and ``stack``: the network trained with the linear
   model's out-of-fold logits (inner 4 folds by article) added to its own (it learns what
   the linear model misses; test rows get the fold's linear model's logits).

Protocol: GroupKFold(5) on the article ids (the folds of study_sentiment_learners.py),
macro-F1 of the argmax per fold and pooled. The setting is chosen by pooled CV only;
``--dev SETTING`` trains it on all of train and scores dev_rw / dev_mt once, beside the
linear model. The library and the shipped model are not changed.

NewsMTSC: Hamborg & Donnay, EACL 2021, MIT licence.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import numpy as np  # noqa: E402
from sklearn.metrics import f1_score  # noqa: E402
from sklearn.model_selection import GroupKFold  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))

import study_sentiment_learners as sl  # noqa: E402
import train_actor_sentiment as tas  # noqa: E402

from newsanalytics.sentiment import _features as feat  # noqa: E402
from newsanalytics.sentiment._model_dir import _read_vectors  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
K = 5  # window half-width
DIST_EDGES = (1, 2, 4, 8, 16, 32)  # |d| <= edge -> bucket
N_EXTRA = 11 + 2 * (len(DIST_EDGES) + 1)


# ---------------------------------------------------------------------------- token rows
def token_rows(an: feat.Sentence, t0: int, t1: int, vectors, index) -> np.ndarray:
    """(n, dim + N_EXTRA) rows of the sentence's tokens, read relative to ``[t0, t1)``."""
    n, dim = an.n, vectors.shape[1]
    out = np.zeros((max(n, 1), dim + N_EXTRA))
    if n == 0:
        return out
    tc = an.clause[min(t0, n - 1)]
    tq = an.in_quote[min(t0, n - 1)]
    ts = an.segment[min(t0, n - 1)]
    for i, w in enumerate(an.words):
        j = index.get(w)
        if j is not None:
            out[i, :dim] = vectors[j]
        e = out[i, dim:]
        e[0] = an.val[i] / 4.0
        e[1] = an.negated[i]
        e[2] = t0 <= i < t1
        e[3] = an.clause[i] == tc
        e[4] = an.in_quote[i]
        e[5] = an.in_quote[i] == tq
        e[6] = an.segment[i] == ts
        e[7] = an.cap[i] and not (t0 <= i < t1)
        v = an.verb[i]
        if v:
            e[7 + v] = 1.0
        if i < t0 or i >= t1:
            d = t0 - i if i < t0 else i - t1 + 1
            b = int(np.searchsorted(DIST_EDGES, d))
            e[11 + (0 if i < t0 else len(DIST_EDGES) + 1) + b] = 1.0
    return out


def build(targets, vectors, index) -> tuple[list[np.ndarray], list[tuple[int, int]]]:
    cache: dict[str, feat.Sentence] = {}
    rows, spans = [], []
    for s, a, b in targets:
        an = cache.get(s)
        if an is None:
            an = cache[s] = feat.Sentence(s)
        t0, t1 = feat.target_span(an, a, b)
        rows.append(token_rows(an, t0, t1, vectors, index))
        spans.append((t0, min(max(t1, t0 + 1), max(an.n, 1))))
    return rows, spans


def window_matrix(rows, spans) -> np.ndarray:
    """Collobert windows: 5 left, the target's mean, 5 right (+present flags), + sentence mean."""
    d = rows[0].shape[1]
    dim = d - N_EXTRA
    out = np.zeros((len(rows), (2 * K + 1) * (d + 1) + dim))
    for r, (x, (t0, t1)) in enumerate(zip(rows, spans, strict=True)):
        n = len(x)
        slots = [x[i] if 0 <= i < n else None for i in range(t0 - K, t0)]
        slots.append(x[t0:t1].mean(axis=0))
        slots += [x[i] if i < n else None for i in range(t1, t1 + K)]
        for s, v in enumerate(slots):
            if v is not None:
                out[r, s * (d + 1) : s * (d + 1) + d] = v
                out[r, s * (d + 1) + d] = 1.0
        out[r, (2 * K + 1) * (d + 1) :] = x[:, :dim].mean(axis=0)
    return out


class Window:
    def __init__(self, seed: int = 0, alpha: float = 1e-2) -> None:
        from sklearn.neural_network import MLPClassifier
        from sklearn.preprocessing import StandardScaler

        self.scaler = StandardScaler()
        self.clf = MLPClassifier(
            hidden_layer_sizes=(128,),
            alpha=alpha,
            early_stopping=True,
            validation_fraction=0.1,
            n_iter_no_change=10,
            max_iter=200,
            random_state=seed,
        )

    def fit(self, X, y, offset=None):
        self.clf.fit(self.scaler.fit_transform(X), y, sample_weight=sl.balanced_weights(y))
        return self

    def log_proba(self, X, offset=None):
        return np.log(np.maximum(self.clf.predict_proba(self.scaler.transform(X)), 1e-12))


# ------------------------------------------------------------------ numpy conv network
def pad(rows, spans, idx):
    L = max(len(rows[i]) for i in idx)
    d = rows[0].shape[1]
    X = np.zeros((len(idx), L, d))
    M = np.zeros((len(idx), L))
    T = np.zeros((len(idx), L))
    for b, i in enumerate(idx):
        n = len(rows[i])
        X[b, :n] = rows[i]
        M[b, :n] = 1.0
        t0, t1 = spans[i]
        T[b, t0:t1] = 1.0
    return X, M, T


def log_softmax(z):
    z = z - z.max(axis=1, keepdims=True)
    return z - np.log(np.exp(z).sum(axis=1, keepdims=True))


class Conv:
    """Width-3 convolution, target-aware attention + max + target poolings, softmax."""

    def __init__(self, H=64, seed=0, lr=2e-3, l2=1e-4, drop=0.3, epochs=25, batch=32):
        self.H, self.seed, self.lr, self.l2 = H, seed, lr, l2
        self.drop, self.epochs, self.batch = drop, epochs, batch

    def init(self, d):
        rng = np.random.default_rng(self.seed)
        H = self.H
        self.p = {
            "Wc": rng.normal(0, np.sqrt(2.0 / (3 * d)), (3 * d, H)),
            "bc": np.zeros(H),
            "va": rng.normal(0, 0.1, H),
            "ua": np.zeros(d),
            "Wo": rng.normal(0, np.sqrt(1.0 / (3 * H)), (3 * H, 3)),
            "bo": np.zeros(3),
        }

    def forward(self, X, M, T, train=False, rng=None):
        p = self.p
        B, L, d = X.shape
        Xp = np.concatenate([np.zeros((B, 1, d)), X, np.zeros((B, 1, d))], axis=1)
        Xc = np.concatenate([Xp[:, :-2], Xp[:, 1:-1], Xp[:, 2:]], axis=2)  # (B,L,3d)
        A = Xc @ p["Wc"] + p["bc"]
        Hh = np.maximum(A, 0.0) * M[..., None]
        s = Hh @ p["va"] + X @ p["ua"]
        s = np.where(M > 0, s, -1e9)
        s = s - s.max(axis=1, keepdims=True)
        a = np.exp(s) * M
        a /= a.sum(axis=1, keepdims=True)
        pooled = (a[..., None] * Hh).sum(axis=1)
        Hm = np.where(M[..., None] > 0, Hh, -1e9)
        am = Hm.argmax(axis=1)  # (B,H)
        mx = np.take_along_axis(Hh, am[:, None, :], axis=1)[:, 0]
        tn = T / np.maximum(T.sum(axis=1, keepdims=True), 1.0)
        tv = (tn[..., None] * Hh).sum(axis=1)
        z = np.concatenate([pooled, mx, tv], axis=1)
        mask = None
        if train and self.drop:
            mask = (rng.random(z.shape) >= self.drop) / (1.0 - self.drop)
            z = z * mask
        logits = z @ p["Wo"] + p["bo"]
        cache = (Xc, A, Hh, a, am, tn, z, mask, X, M)
        return logits, cache

    def backward(self, dlog, cache):
        p = self.p
        Xc, A, Hh, a, am, tn, z, mask, X, M = cache
        H = self.H
        g = {"Wo": z.T @ dlog, "bo": dlog.sum(axis=0)}
        dz = dlog @ p["Wo"].T
        if mask is not None:
            dz = dz * mask
        dp, dm, dt = dz[:, :H], dz[:, H : 2 * H], dz[:, 2 * H :]
        dH = a[..., None] * dp[:, None, :]
        da = (Hh * dp[:, None, :]).sum(axis=2)
        ds = a * (da - (a * da).sum(axis=1, keepdims=True))
        g["va"] = np.einsum("blh,bl->h", Hh, ds)
        g["ua"] = np.einsum("bld,bl->d", X, ds)
        dH += ds[..., None] * p["va"]
        B = len(am)
        bi = np.repeat(np.arange(B), H)
        hi = np.tile(np.arange(H), B)
        np.add.at(dH, (bi, am.ravel(), hi), dm.ravel())
        dH += tn[..., None] * dt[:, None, :]
        dA = dH * (A > 0) * M[..., None]
        g["Wc"] = np.einsum("bld,blh->dh", Xc, dA)
        g["bc"] = dA.sum(axis=(0, 1))
        return g

    def _logits(self, rows, spans, idx, offset=None, bs=256):
        out = np.zeros((len(idx), 3))
        for s in range(0, len(idx), bs):
            sel = idx[s : s + bs]
            X, M, T = pad(rows, spans, sel)
            out[s : s + bs] = self.forward(X, M, T)[0]
        if offset is not None:
            out += offset
        return out

    def _loss(self, rows, spans, idx, y, w, offset):
        lp = log_softmax(self._logits(rows, spans, idx, None if offset is None else offset[idx]))
        return -(w[idx] * lp[np.arange(len(idx)), y[idx]]).sum() / w[idx].sum()

    def fit(self, rows, spans, idx, y, groups, offset=None, epochs=None):
        """Train on ``idx``; without ``epochs``, choose them on the last 10% of articles."""
        idx = np.asarray(idx)
        y_all = np.zeros(len(rows), dtype=int)
        y_all[idx] = y
        w_all = np.zeros(len(rows))
        w_all[idx] = sl.balanced_weights(y)
        off_all = None
        if offset is not None:
            off_all = np.zeros((len(rows), 3))
            off_all[idx] = offset
        if epochs is None:
            arts = np.unique(groups[idx])
            rng = np.random.default_rng(self.seed + 100)
            held = set(rng.permutation(arts)[: max(1, len(arts) // 10)].tolist())
            va = np.array([i for i in idx if groups[i] in held])
            tr = np.array([i for i in idx if groups[i] not in held])
        else:
            tr, va = idx, None
        self.init(rows[0].shape[1])
        rng = np.random.default_rng(self.seed)
        m = {k: np.zeros_like(v) for k, v in self.p.items()}
        v2 = {k: np.zeros_like(v) for k, v in self.p.items()}
        step = 0
        best, best_ep, best_p, bad = np.inf, 0, None, 0
        n_ep = epochs or self.epochs
        # Batches of similar length: sort by length inside random chunks.
        lengths = np.array([len(r) for r in rows])
        for ep in range(n_ep):
            perm = rng.permutation(tr)
            chunks = [perm[i : i + 50 * self.batch] for i in range(0, len(perm), 50 * self.batch)]
            batches = []
            for c in chunks:
                c = c[np.argsort(lengths[c], kind="stable")]
                batches += [c[i : i + self.batch] for i in range(0, len(c), self.batch)]
            rng.shuffle(batches)
            for sel in batches:
                X, M, T = pad(rows, spans, sel)
                logits, cache = self.forward(X, M, T, train=True, rng=rng)
                if off_all is not None:
                    logits = logits + off_all[sel]
                lp = log_softmax(logits)
                P = np.exp(lp)
                P[np.arange(len(sel)), y_all[sel]] -= 1.0
                ww = w_all[sel]
                dlog = P * (ww / ww.sum())[:, None]
                g = self.backward(dlog, cache)
                step += 1
                for k in self.p:
                    gk = g[k] + self.l2 * self.p[k]
                    m[k] = 0.9 * m[k] + 0.1 * gk
                    v2[k] = 0.999 * v2[k] + 0.001 * gk * gk
                    mh = m[k] / (1 - 0.9**step)
                    vh = v2[k] / (1 - 0.999**step)
                    self.p[k] -= self.lr * mh / (np.sqrt(vh) + 1e-8)
            if va is not None:
                loss = self._loss(rows, spans, va, y_all, w_all, off_all)
                if loss < best:
                    best, best_ep, bad = loss, ep + 1, 0
                    best_p = {k: v.copy() for k, v in self.p.items()}
                else:
                    bad += 1
                    if bad >= 4:
                        break
        if va is not None:
            self.p = best_p
            self.best_epochs = best_ep
        return self

    def log_proba(self, rows, spans, idx, offset=None):
        return log_softmax(self._logits(rows, spans, np.asarray(idx), offset))


class ConvEnsemble:
    """Mean log-probabilities of seeds; each seed's epochs by early stopping."""

    def __init__(self, seeds=(0, 1, 2)):
        self.seeds = seeds

    def fit(self, rows, spans, idx, y, groups, offset=None):
        self.nets = [Conv(seed=s).fit(rows, spans, idx, y, groups, offset) for s in self.seeds]
        self.epochs = [n.best_epochs for n in self.nets]
        return self

    def log_proba(self, rows, spans, idx, offset=None):
        return np.mean([n.log_proba(rows, spans, idx, offset) for n in self.nets], axis=0)


def grad_check() -> float:
    """Largest relative difference of the hand-written gradient from finite differences."""
    rng = np.random.default_rng(0)
    net = Conv(H=5, drop=0.0)
    d = 7
    net.init(d)
    X = rng.normal(size=(3, 6, d))
    M = np.ones((3, 6))
    M[0, 4:] = 0
    X[0, 4:] = 0
    T = np.zeros((3, 6))
    T[:, 1] = 1
    T[1, 2] = 1
    y = np.array([0, 2, 1])

    def loss():
        lg, _ = net.forward(X, M, T)
        return -log_softmax(lg)[np.arange(3), y].sum()

    lg, cache = net.forward(X, M, T)
    P = np.exp(log_softmax(lg))
    P[np.arange(3), y] -= 1
    g = net.backward(P, cache)
    worst = 0.0
    for k, v in net.p.items():
        for j in range(min(v.size, 12)):
            flat = v.reshape(-1)
            old = flat[j]
            flat[j] = old + 1e-6
            up = loss()
            flat[j] = old - 1e-6
            dn = loss()
            flat[j] = old
            num = (up - dn) / 2e-6
            ana = g[k].reshape(-1)[j]
            worst = max(worst, abs(num - ana) / max(1e-6, abs(num) + abs(ana)))
    return worst


# ------------------------------------------------------------------------------ CV
def inner_oof_logits(feats, y, groups):
    return sl.inner_oof_logits(feats, y, groups)


def cross_validate(targets, y, groups, feats, rows, spans, learners, quick):
    folds = list(GroupKFold(5).split(targets, y, groups))
    if quick:
        folds = folds[:1]
    W = window_matrix(rows, spans) if any(k.startswith("window") for k in learners) else None
    lp: dict[str, np.ndarray] = {}

    def put(name, test, v):
        lp.setdefault(name, np.full((len(y), 3), np.nan))[test] = v

    for n, (train, test) in enumerate(folds):
        t = time.perf_counter()
        ftr = [feats[i] for i in train]
        lin = sl.Linear().fit(ftr, y[train])
        z_te = lin.logits([feats[i] for i in test])
        put("linear", test, log_softmax(z_te))
        info = []
        if "window" in learners:
            put("window", test, Window().fit(W[train], y[train]).log_proba(W[test]))
        if "window-a1" in learners:
            m = Window(alpha=1.0).fit(W[train], y[train])
            put("window-a1", test, m.log_proba(W[test]))
        if "conv" in learners:
            net = ConvEnsemble().fit(rows, spans, train, y[train], groups)
            put("conv", test, net.log_proba(rows, spans, test))
            info.append(f"conv epochs {net.epochs}")
        if "stack" in learners:
            z_tr = inner_oof_logits(ftr, y[train], groups[train])
            net = ConvEnsemble().fit(rows, spans, train, y[train], groups, offset=z_tr)
            put("stack", test, net.log_proba(rows, spans, test, offset=z_te))
            info.append(f"stack epochs {net.epochs}")
        print(f"fold {n}: {time.perf_counter() - t:.0f}s {' '.join(info)}", flush=True)
        for k in list(lp):
            if k in ("linear",) or "+" in k:
                continue
            for a in (0.25, 0.5):
                if k == "stack":
                    continue
                put(f"linear+{k}@{a}", test, (1 - a) * lp["linear"][test] + a * lp[k][test])

    seen = ~np.isnan(lp["linear"][:, 0])
    base = [f1_score(y[te], lp["linear"][te].argmax(1), average="macro") for _, te in folds]
    print(f"\n{'setting':22s} {'CV F1m':>7s} {'per fold':>36s} {'vs linear per fold':>40s}")
    for k, v in lp.items():
        f1 = f1_score(y[seen], v[seen].argmax(1), average="macro")
        pf = [f1_score(y[te], v[te].argmax(1), average="macro") for _, te in folds]
        d = " ".join(f"{a - b:+.3f}" for a, b in zip(pf, base, strict=True))
        print(f"{k:22s} {f1:7.4f} {' '.join(f'{x:.3f}' for x in pf):>36s} {d:>40s}")


def report_dev(setting, data, targets, y, groups, feats, rows, spans, vec, index):
    """Train ``setting`` on all of train; score dev_rw and dev_mt once, beside linear."""
    mtsc = data / "newsmtsc"
    lin = sl.Linear().fit(feats, y)
    all_idx = np.arange(len(y))
    kind, _, a = setting.partition("@")
    kind = kind.replace("linear+", "")
    if kind == "window":
        model = Window().fit(window_matrix(rows, spans), y)
    elif kind == "conv":
        model = ConvEnsemble().fit(rows, spans, all_idx, y, groups)
    elif kind == "stack":
        z = inner_oof_logits(feats, y, groups)
        model = ConvEnsemble().fit(rows, spans, all_idx, y, groups, offset=z)
    for split in ("dev_rw", "dev_mt"):
        tg, yd = tas.read_flat(mtsc / f"{split}_flat.jsonl")
        yd = np.asarray(yd) + 1
        fd = tas._scaled(feat.extract_many(tg, (vec, index)), sl.CONTEXT, sl.VECTOR)
        z = lin.logits(fd)
        r, s = build(tg, vec, index)
        idx = np.arange(len(tg))
        if kind == "window":
            net = model.log_proba(window_matrix(r, s))
        elif kind == "conv":
            net = model.log_proba(r, s, idx)
        else:
            net = model.log_proba(r, s, idx, offset=z)
        out = net if not a else (1 - float(a)) * log_softmax(z) + float(a) * net
        f_lin = f1_score(yd, z.argmax(1), average="macro")
        f_new = f1_score(yd, out.argmax(1), average="macro")
        print(f"{split}: linear F1m {f_lin:.4f}, {setting} {f_new:.4f} (n={len(yd)})")
    # Speed of the network step alone on prebuilt rows (batches of 1,000 train targets).
    idx = np.arange(1000)
    best = np.inf
    for _ in range(3):
        t = time.perf_counter()
        if kind == "window":
            model.log_proba(window_matrix(rows[:1000], spans[:1000]))
        else:
            model.log_proba(rows, spans, idx, offset=np.zeros((1000, 3)))
        best = min(best, time.perf_counter() - t)
    print(f"{setting}: network step alone {1000 / best:,.0f} mentions/s (rows prebuilt)")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    ap.add_argument(
        "--vectors", type=Path, default=REPO / "src/newsanalytics/sentiment/data/actor_model"
    )
    ap.add_argument("--quick", action="store_true", help="the first fold only")
    ap.add_argument("--learners", default="window,window-a1,conv,stack")
    ap.add_argument("--dev", help="score this setting (e.g. linear+conv@0.25) on dev once")
    ap.add_argument("--grad-check", action="store_true")
    args = ap.parse_args(argv)
    if args.grad_check:
        print(f"gradient check: worst relative difference {grad_check():.2e}")
        return 0
    t0 = time.perf_counter()
    mtsc = args.data / "newsmtsc"
    targets, labels = tas.read_flat(mtsc / "train_flat.jsonl")
    y = np.asarray(labels) + 1
    groups = np.unique(tas.read_groups(mtsc / "train_flat.jsonl"), return_inverse=True)[1]
    vec, index = _read_vectors(args.vectors)
    feats = tas._scaled(feat.extract_many(targets, (vec, index)), sl.CONTEXT, sl.VECTOR)
    rows, spans = build(targets, vec, index)
    print(f"inputs of {len(targets)} targets in {time.perf_counter() - t0:.0f}s", flush=True)
    if args.dev:
        report_dev(args.dev, args.data, targets, y, groups, feats, rows, spans, vec, index)
    else:
        learners = args.learners.split(",")
        cross_validate(targets, y, groups, feats, rows, spans, learners, args.quick)
    print(f"total {time.perf_counter() - t0:.0f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
