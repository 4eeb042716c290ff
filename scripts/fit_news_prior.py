"""Fit ActorSentiment's priors for news at large as a calibration: the weights of
``neutral_weight``, ``source_weight`` and ``unattached_weight`` by log loss on the read set's
tune rows, checked across folds grouped by story.

Usage::

    nice -n 10 python scripts/fit_news_prior.py [--data ../shared/data] [--repeats 20]
        [--train-check]

The priors act on the calibrated probabilities ``p`` (the model's own: isotonic maps fitted
on NewsMTSC train's out-of-fold logits) as one family,

    q  proportional to  p * (1, nw * sw ** plain_source * uw ** unattached, 1),

(``sentiment/_roles.py`` has the flags): a multinomial calibration layer whose only
parameters are three neutral log-odds offsets. Fitting them by log loss on labelled news
makes the shipped probabilities calibrated with the priors inside, rather than shifted after
a calibration. Printed:

1. The maximum-likelihood weights on all tune rows (``split == "tune"``, ``is_actor``; the
   report rows are never read), and with a temperature ``s`` as well (``p ** s``): log loss,
   ECE, agreement and polar precision/recall at the model's label cut.
2. Grouped 5-fold cross-validation over the tune stories (``--repeats`` shuffles): held-out
   log loss and ECE of the weights fitted on the other folds, beside fixed weights.
3. ``unattached_weight`` on a grid at the shipped ``neutral_weight`` and ``source_weight``:
   tune log loss, ECE, agreement, polar precision/recall, and NewsMTSC dev's ECE under the
   default priors and at NewsMTSC's own mix (``neutral_weight`` 1). The rule: the smallest
   weight whose tune log loss is within ``--tolerance`` of the grid's best (a prior is kept
   only if the likelihood asks for it); its choice in each fold, and the held-out log loss.
4. With ``--fresh FILE``: the same grid on mentions read outside the read set (a check of
   the choice on text it was not made on; nothing is fitted there).
5. With ``--train-check`` (about two minutes on one core): on NewsMTSC train, out-of-fold
   logits (5 folds by article, as ``fit`` computes them), isotonic maps fitted on four folds
   and the offsets fitted on them too, scored on the fifth: whether NewsMTSC's own
   calibration already holds plain sources and unattached mentions (weights near 1: the
   priors are for news at large only).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from pathlib import Path

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import numpy as np  # noqa: E402
from scipy.optimize import minimize  # noqa: E402
from sklearn.model_selection import GroupKFold  # noqa: E402

from newsanalytics.sentiment import LABELS, ActorSentiment, _roles  # noqa: E402
from newsanalytics.sentiment._tone import decide  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "scripts"))
from choose_label_rule import read_tune  # noqa: E402  (the tune rows, as that script reads them)
from train_actor_sentiment import (  # noqa: E402
    expected_calibration_error,
    read_flat,
    read_groups,
)

NEU = LABELS.index("neutral")
PLAIN = _roles.ROLE_FLAGS.index("plain_source")
UNATTACHED = _roles.ROLE_FLAGS.index("unattached")
U_GRID = (1.0, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0)
#: The model's own probabilities: no prior, no role rule.
OWN = {"neutral_weight": 1.0, "source_weight": 1.0, "unattached_weight": 1.0}


def shifted(p: np.ndarray, flags: np.ndarray, theta: np.ndarray) -> np.ndarray:
    """``p`` under the priors ``theta = (log nw, log sw, log uw[, s])``: the neutral
    log-odds moved by ``log nw + log sw * plain + log uw * unattached`` (after ``p ** s``)."""
    s = theta[3] if len(theta) > 3 else 1.0
    z = s * np.log(p)
    z[:, NEU] += theta[0] + theta[1] * flags[:, PLAIN] + theta[2] * flags[:, UNATTACHED]
    z -= z.max(axis=1, keepdims=True)
    q = np.exp(z)
    return q / q.sum(axis=1, keepdims=True)


def log_loss(q: np.ndarray, y: np.ndarray) -> float:
    return float(-np.log(q[np.arange(len(y)), y]).mean())


def fit(p: np.ndarray, flags: np.ndarray, y: np.ndarray, free: list[int], start) -> np.ndarray:
    """The parameters of ``free`` (indices into ``start``) that minimise the log loss."""
    theta = np.asarray(start, dtype=np.float64).copy()

    def loss(x: np.ndarray) -> float:
        t = theta.copy()
        t[free] = x
        return log_loss(shifted(p, flags, t), y)

    res = minimize(loss, theta[free], method="Nelder-Mead", options={"xatol": 1e-5, "fatol": 1e-9})
    theta[free] = res.x
    return theta


def polar(y: np.ndarray, k: np.ndarray) -> str:
    hit = int(((k == y) & (k != NEU)).sum())
    return f"polar P {hit}/{int((k != NEU).sum())} R {hit}/{int((y != NEU).sum())}"


def describe(name: str, q: np.ndarray, y: np.ndarray, cut: float | None) -> str:
    k = decide(q, cut)
    return (
        f"{name}: log loss {log_loss(q, y):.4f}, ECE {expected_calibration_error(q, y):.3f}, "
        f"agreement {int((k == y).sum())}/{len(y)}, {polar(y, k)}"
    )


def weights(theta: np.ndarray) -> str:
    out = "nw {:.2f} sw {:.2f} uw {:.2f}".format(*np.exp(theta[:3]))
    return out + (f" s {theta[3]:.2f}" if len(theta) > 3 else "")


def train_check(data: Path) -> None:
    """NewsMTSC train: do the offsets move NewsMTSC's own calibration? (see the docstring)"""
    from newsanalytics.sentiment import _features as feat
    from newsanalytics.sentiment._calibration import apply_isotonic, fit_isotonic, softmax
    from newsanalytics.sentiment._model_dir import _resolve_vectors

    targets, labels = read_flat(data / "newsmtsc" / "train_flat.jsonl")
    y = np.asarray(labels) + 1
    groups = np.unique(read_groups(data / "newsmtsc" / "train_flat.jsonl"), return_inverse=True)[1]
    model = ActorSentiment(**OWN)
    feats = feat.extract_many(
        targets, _resolve_vectors("default"), context_value=0.5, vector_value=3.0
    )
    oof = model._out_of_fold_logits(feats, y, groups)
    flags = model.role_flags(targets).to_numpy()

    def own(z: np.ndarray) -> np.ndarray:
        return softmax(np.column_stack([z[:, 0], np.zeros(len(z)), z[:, 1]]))

    print(
        f"== NewsMTSC train ({len(y)} targets; neutral share {np.mean(y == NEU):.3f}, of plain "
        f"sources {np.mean(y[flags[:, PLAIN]] == NEU):.3f}, of unattached mentions "
        f"{np.mean(y[flags[:, UNATTACHED]] == NEU):.3f}) =="
    )
    rng = np.random.default_rng(1)
    variants = {"isotonic alone": [], "+ sw": [1], "+ uw": [2], "+ nw, sw, uw": [0, 1, 2]}
    held = {k: [] for k in variants}
    fitted = {k: [] for k in variants}
    for _ in range(3):
        order = rng.permutation(groups.max() + 1)[groups]
        q = {k: np.zeros((len(y), 3)) for k in variants}
        for tr, te in GroupKFold(5).split(y, y, order):
            iso = fit_isotonic(oof[tr], y[tr])
            p_tr, p_te = apply_isotonic(iso, own(oof[tr])), apply_isotonic(iso, own(oof[te]))
            for k, free in variants.items():
                theta = fit(p_tr, flags[tr], y[tr], free, np.zeros(3)) if free else np.zeros(3)
                fitted[k].append(theta)
                q[k][te] = shifted(p_te, flags[te], theta)
        for k in variants:
            held[k].append((log_loss(q[k], y), expected_calibration_error(q[k], y)))
    for k in variants:
        loss, ece = np.mean(held[k], axis=0)
        print(
            f"  {k:15s} held-out log loss {loss:.4f}, ECE {ece:.4f}; fitted "
            f"{weights(np.mean(fitted[k], axis=0))}"
        )


def fresh_check(path: Path, own: ActorSentiment, cut: float | None, now: np.ndarray) -> None:
    """The unattached_weight grid on rows read outside the read set (a check, not a fit)."""
    with open(path, encoding="utf-8") as fh:
        rows = [r for r in map(json.loads, fh) if r["is_actor"]]
    targets = [(r["sentence"], r["t_start"], r["t_end"]) for r in rows]
    y = np.array([LABELS.index(r["label"]) for r in rows])
    p = own.predict_proba(targets)
    flags = own.role_flags(targets).to_numpy()
    print(f"== {path.name}: {len(y)} actor mentions (always neutral {int((y == NEU).sum())}) ==")
    for u in U_GRID:
        q = shifted(p, flags, np.array([now[0], now[1], np.log(u)]))
        print("  " + describe(f"uw {u:4.2f}", q, y, cut))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    ap.add_argument("--repeats", type=int, default=20)
    ap.add_argument("--tolerance", type=float, default=0.005, help="log loss, per mention")
    ap.add_argument("--train-check", action="store_true")
    ap.add_argument(
        "--fresh",
        type=Path,
        help="rows read by hand outside the read set (e.g. benchmarks/readsets/"
        "fresh_reading_stop45.jsonl): the unattached_weight grid on them, never fitted there",
    )
    args = ap.parse_args(argv)

    shipped = ActorSentiment()
    cut = shipped.label_threshold_
    own = ActorSentiment(**OWN)
    rows = read_tune()
    targets = [(r["sentence"], r["t_start"], r["t_end"]) for r in rows]
    y = np.array([LABELS.index(r["label"]) for r in rows])
    g = np.unique([r["source"] + ":" + r["story_id"] for r in rows], return_inverse=True)[1]
    p = own.predict_proba(targets)
    flags = own.role_flags(targets).to_numpy()
    now = np.log([shipped.neutral_weight, shipped.source_weight, shipped.unattached_weight])
    print(
        f"== tune rows: {len(y)} mentions of {g.max() + 1} stories; plain sources "
        f"{int(flags[:, PLAIN].sum())}, unattached {int(flags[:, UNATTACHED].sum())}; label cut "
        f"{cut} =="
    )
    start = np.log([3.0, 1.0, 1.0])
    mle = fit(p, flags, y, [0, 1, 2], start)
    mle_s = fit(p, flags, y, [0, 1, 2, 3], [*start, 1.0])
    fixed = {
        f"shipped ({weights(now)})": now,
        "stop 44's (nw 3, sw 2, uw 1.5)": np.log([3.0, 2.0, 1.5]),
        "no priors": np.zeros(3),
        "neutral_weight 3 alone": np.log([3.0, 1.0, 1.0]),
    }
    for name, theta in fixed.items():
        print("  " + describe(name, shifted(p, flags, theta), y, cut))
    print("  " + describe(f"maximum likelihood ({weights(mle)})", shifted(p, flags, mle), y, cut))
    print(
        "  " + describe(f"with a temperature ({weights(mle_s)})", shifted(p, flags, mle_s), y, cut)
    )

    print(f"== grouped 5-fold CV over tune stories, {args.repeats} shuffles (held out) ==")
    fitted = {"fitted nw, sw, uw": ([0, 1, 2], start), "fitted nw": ([0], start)}
    fitted["fitted nw, sw, uw, s"] = ([0, 1, 2, 3], [*start, 1.0])
    rng = np.random.default_rng(0)
    res: dict[str, list[tuple[float, float, int]]] = {}
    for _ in range(args.repeats):
        order = rng.permutation(g.max() + 1)[g]
        q = {k: np.zeros((len(y), 3)) for k in (*fixed, *fitted)}
        for tr, te in GroupKFold(5).split(y, y, order):
            for k, theta in fixed.items():
                q[k][te] = shifted(p[te], flags[te], theta)
            for k, (free, st) in fitted.items():
                q[k][te] = shifted(p[te], flags[te], fit(p[tr], flags[tr], y[tr], free, st))
        for k, qk in q.items():
            res.setdefault(k, []).append(
                (
                    log_loss(qk, y),
                    expected_calibration_error(qk, y),
                    int((decide(qk, cut) == y).sum()),
                )
            )
    for k, v in res.items():
        loss, ece, agree = np.mean(v, axis=0)
        print(f"  {k:40s} log loss {loss:.4f}, ECE {ece:.3f}, agreement {agree:.1f}")

    print("== unattached_weight at the shipped neutral_weight and source_weight ==")
    dev = {}
    for split in ("dev_rw", "dev_mt"):
        t, gold = read_flat(args.data / "newsmtsc" / f"{split}_flat.jsonl")
        dev[split] = (own.predict_proba(t), own.role_flags(t).to_numpy(), np.asarray(gold) + 1)
    losses = {}
    for u in U_GRID:
        theta = np.array([now[0], now[1], np.log(u)])
        losses[u] = log_loss(shifted(p, flags, theta), y)
        eces = []
        for nw in (now[0], 0.0):
            for dp, df, dy in dev.values():
                eces.append(expected_calibration_error(shifted(dp, df, [nw, *theta[1:]]), dy))
        print(
            "  "
            + describe(f"uw {u:4.2f}", shifted(p, flags, theta), y, cut)
            + "; dev_rw / dev_mt ECE {:.3f} / {:.3f} (default), {:.3f} / {:.3f} (nw 1)".format(
                *eces
            )
        )

    def choose(idx: np.ndarray) -> float:
        loss = {
            u: log_loss(shifted(p[idx], flags[idx], [now[0], now[1], np.log(u)]), y[idx])
            for u in U_GRID
        }
        best = min(loss.values())
        return min(u for u in U_GRID if loss[u] <= best + args.tolerance)

    picks, held = [], []
    rng = np.random.default_rng(0)
    for _ in range(args.repeats):
        order = rng.permutation(g.max() + 1)[g]
        nll = np.zeros(len(y))
        for tr, te in GroupKFold(5).split(y, y, order):
            u = choose(tr)
            picks.append(u)
            q = shifted(p[te], flags[te], [now[0], now[1], np.log(u)])
            nll[te] = -np.log(q[np.arange(len(te)), y[te]])
        held.append(nll.mean())
    print(
        f"  the rule (smallest weight within {args.tolerance} of the best tune log loss) in the "
        f"folds: {dict(sorted(Counter(picks).items()))}, held-out log loss {np.mean(held):.4f}"
    )
    print(f"  chosen on all tune rows: unattached_weight={choose(np.arange(len(y)))}")
    if args.fresh is not None:
        fresh_check(args.fresh, own, cut, now)
    if args.train_check:
        train_check(args.data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
