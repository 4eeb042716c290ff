"""Build the shipped actor-sentiment model: word vectors, settings chosen by cross-validation
on NewsMTSC train, the model trained on all of train, dev reported once.

Usage::

    nice -n 10 python scripts/train_actor_sentiment.py [--data ../shared/data]
        [--out src/newsanalytics/sentiment/data/actor_model] [--no-save] [--quick]

Steps:

1. Word vectors: gensim Word2Vec (skip-gram, 64 dimensions, one worker, seed 0: the same
   vectors on every run) on the shippable text only: HuffPost sample lines 0-8999 (headline
   and description), the NewsMTSC train sentences and VADER's NYT editorial snippets (gensim
   4 seeds the initial vectors from ``seed`` alone: the same vectors in every process; the
   shipped model was rebuilt by this script bit for bit). The held-out HuffPost lines
   9000-9999, BBC and Reuters are never read.
2. Settings (``C``, ``context_value``, word vectors or none and ``vector_value``) by 5-fold
   cross-validation on NewsMTSC train, folds grouped by source article (the id's prefix),
   macro-F1 of the argmax; the table is printed. (``neutral_weight`` and
   ``label_threshold``, the neutral prior on the calibrated probabilities and the label
   rule, are not trained here: the prior was chosen on the read set's tune rows, see
   benchmarks/bench_sentiment.py; the label rule's cut by scripts/choose_label_rule.py.)
3. The model with the best settings is trained on all of train (its probabilities calibrated
   by per-class isotonic maps on out-of-fold logits inside ``fit``) and saved with its vectors; dev_rw and
   dev_mt are scored once, with the expected calibration error.
4. The saved model has no label cut of its own (a model fitted here labels by the argmax):
   run ``scripts/choose_label_rule.py --model OUT --write`` after it, or the default label
   of a model shipped from OUT is the argmax again (the shipped one's cut is 0.275).

NewsMTSC: Hamborg & Donnay, EACL 2021, MIT licence. VADER ground truth: Hutto & Gilbert,
ICWSM 2014, MIT licence. News Category Dataset: R. Misra 2022, CC BY 4.0.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import shutil
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from _shippable import huffpost_records, vader_snippets

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import numpy as np  # noqa: E402
from sklearn.metrics import f1_score  # noqa: E402

from newsanalytics.persist import save_model_dir  # noqa: E402
from newsanalytics.sentiment import LABELS, ActorSentiment  # noqa: E402
from newsanalytics.sentiment import _features as feat  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
VECTOR_SIZE = 64
# (C, context_value, vector_value); vector_value None: no word vectors. Without vectors
# once, at the middle setting: the vectors are used only if they help across folds.
GRID = [(C, ctx, vv) for C, ctx, vv in itertools.product((0.05, 0.1, 0.2), (0.3, 0.5), (3.0,))] + [
    (0.1, 0.3, None),
    (0.1, 0.3, 5.0),
]
QUICK_GRID = [(0.1, 0.4, None), (0.1, 0.4, 3.0)]


def read_flat(path: Path) -> tuple[list[tuple[str, int, int]], list[int]]:
    targets, labels = [], []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            targets.append((rec["sentence"], int(rec["from"]), int(rec["to"])))
            labels.append(int(rec["polarity"]))
    return targets, labels


def read_groups(path: Path) -> list[str]:
    """Source article of each target: the id up to the sentence number."""
    with open(path, encoding="utf-8") as fh:
        return ["_".join(json.loads(line)["id"].split("_")[:3]) for line in fh]


def vector_corpus(data: Path) -> list[list[str]]:
    """Tokenised sentences of the shippable text, as the features tokenise them."""
    texts: list[str] = []
    for _, rec in huffpost_records(data):
        texts += [rec.get("headline") or "", rec.get("short_description") or ""]
    targets, _ = read_flat(data / "newsmtsc" / "train_flat.jsonl")
    texts += list(dict.fromkeys(s for s, _, _ in targets))
    texts += vader_snippets(data, "nytEditorialSnippets_GroundTruth.txt")
    return [feat.tokenize(t)[0] for t in texts if t.strip()]


def train_vectors(data: Path, out_dir: Path) -> Path:
    """Word2Vec on the shippable text, saved as a directory ActorSentiment reads."""
    from gensim.models import Word2Vec

    sentences = vector_corpus(data)
    t = time.perf_counter()
    model = Word2Vec(
        sentences,
        vector_size=VECTOR_SIZE,
        window=5,
        min_count=3,
        sg=1,
        epochs=10,
        workers=1,
        seed=0,
    )
    vec = model.wv.vectors.astype(np.float64)
    vec /= np.maximum(np.linalg.norm(vec, axis=1, keepdims=True), 1e-12)
    words = list(model.wv.index_to_key)
    print(
        f"word vectors: {len(words)} words x {VECTOR_SIZE} from {len(sentences)} sentences, "
        f"{sum(map(len, sentences))} tokens, in {time.perf_counter() - t:.0f}s"
    )
    save_model_dir(
        out_dir,
        format_name="newsanalytics.ActorSentiment",
        format_version=2,
        params={},
        arrays={"vectors": {"vectors": vec.astype(np.float16)}},
        json_files={"vector_words": words},
        extra={"features_version": feat.FEATURES_VERSION},
    )
    return out_dir


def _scaled(
    feats: list[dict[str, float]],
    context: float,
    vector: float | None,
    family: dict[str, float] | None = None,
) -> list[dict]:
    """Features extracted at values 1.0, at other ``context_value``/``vector_value``, and
    (``family``, for --compare-feature-weights only) other kinds' values times a factor."""
    family = family or {}
    out = []
    for f in feats:
        g = {}
        for k, v in f.items():
            kind = k.split(":", 1)[0]
            if kind in ("u", "b"):
                v = v * context
            elif kind.startswith("e") and kind[1:] in feat.VECTOR_PARTS:
                if vector is None:
                    continue
                v = v * vector
            else:
                v = v * family.get(kind, 1.0)
            g[k] = v
        out.append(g)
    return out


def _cv_f1(
    feats: list[dict[str, float]],
    y: np.ndarray,
    folds: list,
    C: float,
    class_weight: str | None = "balanced",
) -> tuple[float, list[float]]:
    """Pooled and per-fold macro-F1 of the argmax, each fold fitted as ``fit`` fits."""
    from newsanalytics.sentiment._featurizer import design_matrix

    fitter = ActorSentiment(C=C, class_weight=class_weight)
    pred = np.zeros(len(y), dtype=np.int64)
    per_fold = []
    for train, test in folds:
        coef, intercept, vocab = fitter._fit_linear([feats[i] for i in train], y[train])
        z = design_matrix([feats[i] for i in test], vocab) @ coef.T + intercept
        pred[test] = z.argmax(axis=1)
        per_fold.append(f1_score(y[test], pred[test], average="macro"))
    return f1_score(y, pred, average="macro"), per_fold


def cross_validate(
    targets: list[tuple[str, int, int]],
    y: np.ndarray,
    groups: list[str],
    vectors_dir: Path,
    grid: list[tuple[float, float, float | None]],
) -> dict[str, object]:
    """Macro-F1 of every setting over 5 folds grouped by article; the best setting.

    Features are extracted once (values 1.0) and scaled per setting, which is what ``fit``
    extracts at those values; each fold is fitted as ``fit`` fits (without calibration,
    which does not change the argmax much and is not what is being chosen).
    """
    from sklearn.model_selection import GroupKFold

    from newsanalytics.sentiment._model_dir import _read_vectors

    vectors = _read_vectors(vectors_dir)
    t = time.perf_counter()
    base = feat.extract_many(targets, vectors)
    print(f"features of {len(targets)} targets in {time.perf_counter() - t:.0f}s")
    folds = list(GroupKFold(5).split(targets, y, groups))
    results = []
    print(f"{'C':>6} {'context':>8} {'vectors':>8} {'CV F1m':>8} {'per fold':>30}")
    for C, ctx, vv in grid:
        f1, per_fold = _cv_f1(_scaled(base, ctx, vv), y, folds, C)
        results.append((f1, {"C": C, "context_value": ctx, "vector_value": vv}))
        folds_txt = " ".join(f"{x:.3f}" for x in per_fold)
        print(f"{C:>6} {ctx:>8} {str(vv):>8} {f1:>8.4f} {folds_txt:>30}", flush=True)
    best_f1, best = max(results, key=lambda r: r[0])
    print(f"best by CV: {best} (F1m {best_f1:.4f})")
    vv = best.pop("vector_value")
    return {
        **best,
        "word_vectors": None if vv is None else str(vectors_dir),
        "vector_value": 1.0 if vv is None else vv,
    }


# Feature kinds whose values --compare-feature-weights scales (besides context and vectors).
FAMILIES = (
    "role", "lex", "att", "q", "pos", "t", "tl", "tr", "tl2", "tr2",
    "l", "r", "cl", "cr", "sl", "sr", "neg", "poss",
)  # fmt: skip


def compare_feature_weights(
    targets: list[tuple[str, int, int]],
    y: np.ndarray,
    groups: list[str],
    settings: dict[str, object],
) -> None:
    """CV macro-F1 (the settings' 5 folds by article) with each feature kind's values halved
    and doubled (under L2, a kind's share of the penalty), and with unweighted classes,
    against the given settings; how many folds each is ahead on. Dev is not read."""
    from sklearn.model_selection import GroupKFold

    from newsanalytics.sentiment._model_dir import _resolve_vectors

    C, ctx, vv = settings["C"], settings["context_value"], settings["vector_value"]
    vv = None if settings["word_vectors"] is None else vv
    base = feat.extract_many(targets, _resolve_vectors(settings["word_vectors"]))
    folds = list(GroupKFold(5).split(targets, y, groups))
    anchor = _scaled(base, ctx, vv)
    f0, p0 = _cv_f1(anchor, y, folds, C)
    print(f"feature weights by CV: anchor {f0:.4f} (" + " ".join(f"{x:.3f}" for x in p0) + ")")

    def show(name: str, f1: float, per_fold: list[float]) -> None:
        ahead = sum(a > b for a, b in zip(per_fold, p0, strict=True))
        print(f"  {name:12s} {f1:.4f} {f1 - f0:+.4f} ahead on {ahead}/5 folds", flush=True)

    for kind in FAMILIES:
        for factor in (0.5, 2.0):
            show(
                f"{kind} x{factor:g}", *_cv_f1(_scaled(base, ctx, vv, {kind: factor}), y, folds, C)
            )
    show("class_weight=None", *_cv_f1(anchor, y, folds, C, None))


def expected_calibration_error(proba: np.ndarray, y: np.ndarray, bins: int = 10) -> float:
    """ECE of the top-class probability, equal-width bins."""
    conf = proba.max(axis=1)
    right = proba.argmax(axis=1) == y
    edges = np.linspace(0.0, 1.0, bins + 1)
    k = np.clip(np.searchsorted(edges, conf, side="right") - 1, 0, bins - 1)
    ece = 0.0
    for b in range(bins):
        m = k == b
        if m.any():
            ece += m.mean() * abs(right[m].mean() - conf[m].mean())
    return float(ece)


def compare_calibration(
    targets: list[tuple[str, int, int]],
    y: np.ndarray,
    groups: list[str],
    settings: dict[str, object],
) -> None:
    """Held-out ECE and log loss of each calibration on train: out-of-fold logits (5 folds
    by article, as ``fit`` computes them), then each calibrator fitted on four folds' logits
    and scored on the fifth's, for three draws of those folds. Besides sigmoid and isotonic:
    isotonic with a temperature on top (fitted by log loss on the calibration folds), and
    one isotonic map for targets whose sentence holds one target and another for the
    others (NewsMTSC's multi-target sentences), and one for plain sources (the role rule's
    targets, ``sentiment/_roles.py``) and another for the others. ECE also under the default
    neutral prior, on the multi-target sentences alone, under the default prior and role
    rule (``source_weight``), and on the plain sources alone under those. Dev is not read."""
    from scipy.optimize import minimize_scalar
    from sklearn.model_selection import GroupKFold

    from newsanalytics.sentiment import _calibration as _cal
    from newsanalytics.sentiment import _roles
    from newsanalytics.sentiment._model_dir import _resolve_vectors
    from newsanalytics.sentiment._tone import shift_prior

    model = ActorSentiment(**settings)
    vectors = _resolve_vectors(model.word_vectors)
    feats = feat.extract_many(
        targets, vectors, context_value=model.context_value, vector_value=model.vector_value
    )
    g = np.unique(groups, return_inverse=True)[1]
    oof = model._out_of_fold_logits(feats, y, g)
    per_sentence = Counter(s for s, _, _ in targets)
    multi = np.array([per_sentence[s] > 1 for s, _, _ in targets])
    flags = _roles.reference_flags(feats)
    plain = flags[:, _roles.ROLE_FLAGS.index("plain_source")]

    def own(w: np.ndarray) -> np.ndarray:
        return _cal.softmax(np.column_stack([w[:, 0], np.zeros(len(w)), w[:, 1]]))

    def temperature(p: np.ndarray, yy: np.ndarray) -> float:
        lp = np.log(p)

        def loss(t: float) -> float:
            return -np.log(_cal.softmax(lp / t)[np.arange(len(yy)), yy]).mean()

        return minimize_scalar(loss, bounds=(0.25, 4.0), method="bounded").x

    def top_label(p_fit: np.ndarray, yy: np.ndarray, p: np.ndarray) -> np.ndarray:
        """A second isotonic map, per predicted class, of being right on the top
        probability; the other two classes keep their ratio."""
        from sklearn.isotonic import IsotonicRegression

        out = p.copy()
        for k in range(3):
            a, b = p_fit.argmax(1) == k, p.argmax(1) == k
            if a.sum() < 20 or not b.any():
                continue
            iso = IsotonicRegression(y_min=0.0, y_max=1.0, out_of_bounds="clip")
            top = np.maximum(iso.fit(p_fit[a, k], yy[a] == k).predict(p[b, k]), 1 / 3)
            q = p[b] * ((1 - top) / np.maximum(1 - p[b, k], 1e-12))[:, None]
            q[:, k] = top
            out[b] = q
        return out

    def calibrated(name: str, tr: np.ndarray, te: np.ndarray) -> np.ndarray:
        z, yy, w = oof[tr], y[tr], oof[te]
        if name == "iso+sig":  # the mean of the two calibrated probabilities
            return 0.5 * (calibrated("sigmoid", tr, te) + calibrated("isotonic", tr, te))
        if name == "iso+top":  # the top-label map fitted on inner out-of-fold isotonic
            inner = np.zeros((len(tr), 3))
            for a, b in GroupKFold(5).split(z, yy, g[tr]):
                inner[b] = _cal.apply_isotonic(_cal.fit_isotonic(z[a], yy[a]), own(z[b]))
            return top_label(inner, yy, calibrated("isotonic", tr, te))
        if name == "sigmoid":
            c = _cal.fit_platt(z, yy)
            return _cal.softmax(w @ c[:, :2].T + c[:, 2])
        if name == "isotonic":
            return _cal.apply_isotonic(_cal.fit_isotonic(z, yy), own(w))
        if name == "iso+temp":
            iso = _cal.fit_isotonic(z, yy)
            t = temperature(_cal.apply_isotonic(iso, own(z)), yy)
            return _cal.softmax(np.log(_cal.apply_isotonic(iso, own(w))) / t)
        if name in ("iso/multi", "iso/source"):
            group = multi if name == "iso/multi" else plain
            out = np.zeros((len(te), 3))
            for m in (False, True):
                a, b = group[tr] == m, group[te] == m
                out[b] = _cal.apply_isotonic(_cal.fit_isotonic(z[a], yy[a]), own(w[b]))
            return out
        return own(w)

    ece = expected_calibration_error
    w, sw = ActorSentiment().neutral_weight, ActorSentiment().source_weight
    print(
        f"calibration on held-out train folds (by article; {multi.mean():.0%} of targets "
        f"share their sentence, {plain.mean():.0%} are plain sources): ECE, on those, at "
        f"neutral_weight={w:g}, on those, with source_weight={sw:g} too, on the plain "
        "sources; log loss"
    )
    names = ("none", "sigmoid", "isotonic", "iso+temp", "iso/multi", "iso/source", "iso+sig")
    for seed in (1, 2, 3):  # other folds than the out-of-fold logits' own
        order = np.random.default_rng(seed).permutation(int(g.max()) + 1)[g]
        for name in (*names, "iso+top"):
            proba = np.zeros((len(y), 3))
            for train, test in GroupKFold(5).split(oof, y, order):
                proba[test] = calibrated(name, train, test)
            shifted = shift_prior(proba, w)
            roles = _roles.shift_sources(shifted, flags, sw)
            loss = -np.log(np.maximum(proba[np.arange(len(y)), y], 1e-12)).mean()
            print(
                f"  folds {seed} {name:10s} {ece(proba, y):.4f} {ece(proba[multi], y[multi]):.4f}"
                f" {ece(shifted, y):.4f} {ece(shifted[multi], y[multi]):.4f}"
                f" {ece(roles, y):.4f} {ece(roles[plain], y[plain]):.4f} {loss:.4f}"
            )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    ap.add_argument(
        "--out", type=Path, default=REPO / "src/newsanalytics/sentiment/data/actor_model"
    )
    ap.add_argument("--no-save", action="store_true")
    ap.add_argument("--quick", action="store_true", help="a two-setting grid (for a smoke run)")
    ap.add_argument(
        "--settings",
        help="C,context_value,vector_value chosen by an earlier CV run (skips the CV; "
        "vector_value 'none': no vectors)",
    )
    ap.add_argument("--vectors", type=Path, help="reuse the word vectors of this model directory")
    ap.add_argument(
        "--calibration",
        choices=("isotonic", "sigmoid"),
        default="isotonic",
        help="isotonic: chosen by held-out ECE on train folds (--compare-calibration)",
    )
    ap.add_argument(
        "--compare-calibration",
        action="store_true",
        help="print held-out ECE of no, sigmoid, isotonic, isotonic with a temperature and "
        "isotonic per single/multi-target sentence, isotonic per plain source/other target, "
        "isotonic and sigmoid averaged, and isotonic with a top-label map, on train folds",
    )
    ap.add_argument(
        "--compare-feature-weights",
        action="store_true",
        help="print CV macro-F1 with each feature kind's values halved and doubled, and "
        "with unweighted classes, against the settings (about 40 s a row on one core)",
    )
    args = ap.parse_args(argv)

    mtsc = args.data / "newsmtsc"
    targets, labels = read_flat(mtsc / "train_flat.jsonl")
    y = np.asarray(labels) + 1
    groups = read_groups(mtsc / "train_flat.jsonl")
    with tempfile.TemporaryDirectory() as tmp:
        if args.vectors is not None:
            vectors_dir = Path(tmp) / "vectors"
            shutil.copytree(args.vectors, vectors_dir)
        else:
            vectors_dir = train_vectors(args.data, Path(tmp) / "vectors")
        if args.settings:
            C, ctx, vv = args.settings.split(",")
            best = {
                "C": float(C),
                "context_value": float(ctx),
                "word_vectors": None if vv == "none" else str(vectors_dir),
                "vector_value": 1.0 if vv == "none" else float(vv),
            }
            print(f"settings given (chosen by an earlier CV run): {best}")
        else:
            best = cross_validate(
                targets, y, groups, vectors_dir, QUICK_GRID if args.quick else GRID
            )
        if args.compare_feature_weights:
            compare_feature_weights(targets, y, groups, best)
        if args.compare_calibration:
            compare_calibration(targets, y, groups, best)
        best = {**best, "calibration": args.calibration}
        t = time.perf_counter()
        # Calibration folds by source article, as the settings' folds.
        model = ActorSentiment(**best).fit(targets, y - 1, groups=groups)
        print(
            f"trained on {len(targets)} targets, {len(model.vocabulary_)} features "
            f"in {time.perf_counter() - t:.1f}s"
        )
        default_rule = {k: model.get_params()[k] for k in ("label_threshold", "neutral_weight")}
        for split in ("dev_rw", "dev_mt"):
            Xd, yd = read_flat(mtsc / f"{split}_flat.jsonl")
            yd = np.asarray(yd) + 1
            for rule in ({"label_threshold": None, "neutral_weight": 1.0}, default_rule):
                model.set_params(**rule)
                # neutral_weight is a prior in the probabilities: each rule its own
                proba = model.predict_proba(Xd)
                ece = expected_calibration_error(proba, yd)
                pred = np.array([LABELS.index(p) for p in model.labels_from_proba(proba)])
                print(
                    f"{split} ({rule}): F1m "
                    f"{f1_score(yd, pred, average='macro'):.4f} acc {(pred == yd).mean():.4f} "
                    f"ECE {ece:.4f} (n={len(yd)})"
                )
        model.set_params(**default_rule)
        if not args.no_save:
            model.set_params(word_vectors="default")  # the saved model carries its vectors
            model.save(args.out)
            size = sum(p.stat().st_size for p in args.out.iterdir())
            print(f"saved to {args.out} ({size / 1e6:.2f} MB)")
            print(
                "its label rule is the argmax until the cut is chosen and stored: "
                f"python scripts/choose_label_rule.py --model {args.out} --write"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
