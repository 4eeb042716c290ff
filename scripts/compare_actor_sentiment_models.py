"""Candidate actor-sentiment models against the shipped one, by cross-validation on NewsMTSC
train (5 folds grouped by source article, as ``train_actor_sentiment.py`` chooses settings).

Usage::

    nice -n 10 python scripts/compare_actor_sentiment_models.py [--data ../shared/data]
        [--candidates linear,no_vectors,...] [--list]

Every candidate is scored on the same folds with the same per-fold vocabulary (features seen
in at least ``min_df`` targets of the fold's training part) and the shipped model's feature
values (``context_value``, ``vector_value``, ``C``). Printed per candidate: macro-F1 of the
argmax over all out-of-fold predictions, per fold, the difference to the shipped linear model
and on how many folds it is ahead. Dev is not read: a candidate is worth a dev reading only
if it is ahead here.

Candidates (``--list`` prints them):

- ``linear``: the shipped model (logistic regression over the named features).
- ``no_vectors``: the same without the mean word-vector features.
- ``dist_vectors``: plus distance-weighted mean vectors (weight 1/d, d words from the target),
  over the sentence and over each side of the target's clause.
- ``w2v100`` / ``fasttext``: the mean-vector features from other vectors trained on the same
  shippable text (Word2Vec 100 dimensions, 15 epochs; FastText 64 dimensions with subwords).
  Each trains its vectors first (a few minutes on one core).
- ``learned_lexicon``: plus evidence from a word lexicon learnt by ridge regression on the
  human ratings of VADER's ground truth (NYT snippets, movie and Amazon reviews, tweets):
  positive and negative sums over the sentence outside the target, its clause sides, three
  words on each side, the mention.
- ``further_mentions``: training rows added for NewsMTSC's own coreferent mentions of each
  training target (its ``further_mentions``, same label), scored on the original targets.
- ``marked_evaluative``: plus each VADER lexicon word of the target's clause marked by its
  side of the target and by whether the target opens the clause (its likely subject), and
  the same words' valence by side and subject-ness.
- ``mlp``: a one-hidden-layer perceptron (32 units, ReLU) over the same sparse features,
  classes balanced by resampling.
- ``ensemble``: the mean of ``linear``'s and ``mlp``'s probabilities.
- ``stack_hgb`` / ``stack_mlp``: gradient-boosted trees / a small perceptron over the linear
  model's logits (out-of-fold inside each training part, 4 inner folds) and the 79 non-word
  features (lexicon evidence, roles, quotation, neutral prior, position).

Measured (two runs of this script, same folds, CV F1m; linear 0.6950): no_vectors 0.6821,
dist_vectors 0.6944, w2v100 0.6933, fasttext 0.6927, learned_lexicon 0.6963 (3 of 5 folds
ahead), marked_evaluative 0.6963 (3 of 5), further_mentions 0.6916, mlp 0.6734, ensemble
0.6857, stack_hgb 0.6899, stack_mlp 0.6881. The word vectors earn their place (+0.013);
no candidate is ahead of the shipped model by more than fold noise, so it stays.

NewsMTSC: Hamborg & Donnay, EACL 2021, MIT licence. VADER ground truth: Hutto & Gilbert,
ICWSM 2014, MIT licence. News Category Dataset: R. Misra 2022, CC BY 4.0.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import numpy as np  # noqa: E402
import scipy.sparse as sp  # noqa: E402
from sklearn.metrics import f1_score  # noqa: E402

from newsanalytics.sentiment import _features as feat  # noqa: E402
from newsanalytics.sentiment._featurizer import design_matrix  # noqa: E402
from newsanalytics.sentiment._scorer import _SHIPPED, _load_shipped  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "scripts"))
from train_actor_sentiment import read_flat, read_groups, vector_corpus  # noqa: E402

CANDIDATES = (
    "linear",
    "no_vectors",
    "dist_vectors",
    "w2v100",
    "fasttext",
    "learned_lexicon",
    "further_mentions",
    "marked_evaluative",
    "mlp",
    "ensemble",
    "stack_hgb",
    "stack_mlp",
)
WORD_KINDS = frozenset(
    {"u", "b", "l", "r", "cl", "cr", "sl", "sr", "t", "tl", "tr", "tl2", "tr2", "poss", "neg"}
)


def _is_vector(name: str) -> bool:
    kind = name.split(":", 1)[0]
    return kind.startswith("e") and kind[1:] in feat.VECTOR_PARTS


class Folds:
    """The targets' features, folds by article, and each fold's design matrices."""

    def __init__(self, data: Path) -> None:
        from sklearn.model_selection import GroupKFold

        mtsc = data / "newsmtsc" / "train_flat.jsonl"
        self.targets, labels = read_flat(mtsc)
        self.y = np.asarray(labels) + 1
        self.groups = np.unique(read_groups(mtsc), return_inverse=True)[1]
        manifest = json.loads((_SHIPPED / "manifest.json").read_text(encoding="utf-8"))
        params = manifest["params"]
        self.C = float(params["C"])
        self.min_df = int(params["min_df"])
        self.context_value = float(params["context_value"])
        self.vector_value = float(params["vector_value"])
        self.vectors = _load_shipped()["vectors"]
        t = time.perf_counter()
        feats = feat.extract_many(self.targets, self.vectors)
        self.feats = [self._scaled(f) for f in feats]
        print(f"features of {len(self.targets)} targets in {time.perf_counter() - t:.0f}s")
        self.folds = list(GroupKFold(5).split(self.targets, self.y, self.groups))
        self.matrices = [self._matrices(tr, te) for tr, te in self.folds]

    def _scaled(self, f: dict[str, float]) -> dict[str, float]:
        out = {}
        for k, v in f.items():
            kind = k.split(":", 1)[0]
            if kind in ("u", "b"):
                v *= self.context_value
            elif _is_vector(k):
                v *= self.vector_value
            out[k] = v
        return out

    def vocabulary(self, rows: np.ndarray) -> dict[str, int]:
        df: dict[str, int] = {}
        for i in rows.tolist():
            for k in self.feats[i]:
                df[k] = df.get(k, 0) + 1
        return {k: j for j, k in enumerate(sorted(k for k, c in df.items() if c >= self.min_df))}

    def _matrices(self, tr: np.ndarray, te: np.ndarray) -> dict[str, object]:
        vocab = self.vocabulary(tr)
        names = sorted(vocab, key=vocab.__getitem__)
        return {
            "vocab": vocab,
            "train": design_matrix([self.feats[i] for i in tr], vocab),
            "test": design_matrix([self.feats[i] for i in te], vocab),
            "vector": np.array([_is_vector(k) for k in names]),
            "dense": np.array(
                [k.split(":", 1)[0] not in WORD_KINDS and not _is_vector(k) for k in names]
            ),
        }


# --------------------------------------------------------------------------- extra blocks


def _sentences(targets):
    cache: dict[str, feat.Sentence] = {}
    for s, a, b in targets:
        an = cache.get(s)
        if an is None:
            an = cache[s] = feat.Sentence(s)
        t0, t1 = feat.target_span(an, a, b)
        yield an, t0, t1


def _clause_sides(an: feat.Sentence, t0: int, t1: int) -> tuple[list[int], list[int]]:
    if not an.n:
        return [], []
    tc = an.clause[min(t0, an.n - 1)]
    left = [i for i in range(t0) if an.clause[i] == tc]
    right = [i for i in range(t1, an.n) if an.clause[i] == tc]
    return left, right


def dist_vector_block(targets, vectors) -> np.ndarray:
    """Distance-weighted mean vectors: the sentence outside the target, each clause side."""
    vec, index = vectors
    d = vec.shape[1]
    out = np.zeros((len(targets), 3 * d))
    for r, (an, t0, t1) in enumerate(_sentences(targets)):
        left, right = _clause_sides(an, t0, t1)
        for part, idx in enumerate(([i for i in range(an.n) if i < t0 or i >= t1], left, right)):
            total, weight = np.zeros(d), 0.0
            for i in idx:
                w = 1.0 / ((t0 - i) if i < t0 else (i - t1 + 1))
                weight += w
                j = index.get(an.words[i])
                if j is not None:
                    total += w * vec[j]
            if weight:
                out[r, part * d : (part + 1) * d] = total / weight
    return out


def mean_vector_block(targets, word_vector, dim: int) -> np.ndarray:
    """The ``e<part>:`` features (mean vectors of the parts) from other vectors."""
    out = np.zeros((len(targets), len(feat.VECTOR_PARTS) * dim))
    for r, (an, t0, t1) in enumerate(_sentences(targets)):
        left, right = _clause_sides(an, t0, t1)
        parts = {
            "u": [i for i in range(an.n) if i < t0 or i >= t1],
            "l": list(range(max(0, t0 - feat.NEAR), t0)),
            "r": list(range(t1, min(an.n, t1 + feat.NEAR))),
            "cl": left,
            "cr": right,
            "t": list(range(t0, t1)),
        }
        for k, part in enumerate(feat.VECTOR_PARTS):
            idx = parts[part]
            if idx:
                total = sum((word_vector(an.words[i]) for i in idx), np.zeros(dim))
                out[r, k * dim : (k + 1) * dim] = total / len(idx)
    return out


def retrained_vectors(data: Path, kind: str):
    from gensim.models import FastText, Word2Vec

    corpus = vector_corpus(data)
    t = time.perf_counter()
    if kind == "w2v100":
        model = Word2Vec(
            corpus, vector_size=100, window=5, min_count=3, sg=1, epochs=15, workers=1, seed=0
        )
    else:
        model = FastText(
            corpus,
            vector_size=64,
            window=5,
            min_count=3,
            sg=1,
            epochs=10,
            workers=1,
            seed=0,
            min_n=3,
            max_n=5,
            bucket=200_000,
        )
    kv = model.wv
    print(f"{kind}: vectors trained in {time.perf_counter() - t:.0f}s")
    memo: dict[str, np.ndarray] = {}
    zero = np.zeros(kv.vector_size)

    def word_vector(w: str) -> np.ndarray:
        v = memo.get(w)
        if v is None:
            if kind == "w2v100" and w not in kv.key_to_index:
                v = zero
            else:
                v = np.asarray(kv[w], dtype=np.float64)
                v = v / max(float(np.linalg.norm(v)), 1e-12)
            memo[w] = v
        return v

    return word_vector, kv.vector_size


def learned_lexicon_block(data: Path, targets) -> np.ndarray:
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.linear_model import Ridge

    texts, ratings = [], []
    root = data / "vader_groundtruth"
    for name in ("nytEditorialSnippets", "movieReviewSnippets", "amazonReviewSnippets", "tweets"):
        text = (root / f"{name}_GroundTruth.txt").read_text(encoding="utf-8", errors="replace")
        for line in text.splitlines():
            parts = line.split("\t", 2)
            if len(parts) == 3:
                try:
                    ratings.append(float(parts[1]))
                except ValueError:
                    continue
                texts.append(parts[2])
    counts = CountVectorizer(
        tokenizer=lambda t: feat.tokenize(t)[0], lowercase=False, min_df=3, binary=True,
        token_pattern=None,
    )  # fmt: skip
    ridge = Ridge(alpha=10.0).fit(counts.fit_transform(texts), np.asarray(ratings))
    lex = dict(zip(counts.get_feature_names_out(), ridge.coef_.tolist(), strict=True))
    print(f"learned lexicon: {len(lex)} words from {len(texts)} rated texts")
    rows = []
    for an, t0, t1 in _sentences(targets):
        v = np.array([lex.get(w, 0.0) for w in an.words])
        left, right = _clause_sides(an, t0, t1)
        row = []
        for idx in (
            [i for i in range(an.n) if i < t0 or i >= t1],
            left,
            right,
            list(range(max(0, t0 - 3), t0)),
            list(range(t1, min(an.n, t1 + 3))),
            list(range(t0, t1)),
        ):
            x = v[idx] if idx else np.zeros(0)
            row += [float(np.maximum(x, 0).sum()), float(np.maximum(-x, 0).sum())]
        rows.append(row)
    return np.asarray(rows)


def further_mention_rows(data: Path, fs: Folds):
    """Coreferent mentions of training targets: (targets, index of their source target)."""
    ids = []
    with open(data / "newsmtsc" / "train_flat.jsonl", encoding="utf-8") as fh:
        ids = [json.loads(line)["id"] for line in fh]
    at = {k: i for i, k in enumerate(ids)}
    extra, source = [], []
    with open(data / "newsmtsc" / "train.jsonl", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            for t in rec["targets"]:
                i = at.get(t["Input.gid"])
                for m in (t.get("further_mentions") or []) if i is not None else []:
                    extra.append((rec["sentence_normalized"], int(m["from"]), int(m["to"])))
                    source.append(i)
    feats = [fs._scaled(f) for f in feat.extract_many(extra, fs.vectors)]
    return feats, np.asarray(source, dtype=np.int64)


def marked_evaluative_block(targets) -> sp.csr_matrix:
    """Lexicon words of the target's clause, marked by side and by the target opening it."""
    lex = feat.rules().lexicon
    rows: list[int] = []
    cols: list[int] = []
    vals: list[float] = []
    names: dict[str, int] = {}
    for r, (an, t0, t1) in enumerate(_sentences(targets)):
        left, right = _clause_sides(an, t0, t1)
        role = "S" if len(left) <= 1 else "O"
        for side, idx in (("L", left), ("R", right)):
            for i in idx:
                w = an.words[i]
                if w not in lex or not an.val[i]:
                    continue
                sign = "+" if an.val[i] > 0 else "-"
                for name, v in (
                    (f"{role}{side}:{w}", 1.0),
                    (f"{role}{side}:{sign}", abs(an.val[i]) / 4),
                ):
                    rows.append(r)
                    cols.append(names.setdefault(name, len(names)))
                    vals.append(v)
    return sp.csr_matrix((vals, (rows, cols)), shape=(len(targets), len(names)))


# --------------------------------------------------------------------------- models


def _linear(fs: Folds, X, y, weight=None):
    from sklearn.linear_model import LogisticRegression

    clf = LogisticRegression(C=fs.C, class_weight=None if weight is not None else "balanced",
                             max_iter=3000)  # fmt: skip
    return clf.fit(X, y, sample_weight=weight)


def _balanced_rows(y: np.ndarray, seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    top = np.bincount(y).max()
    out = []
    for c in np.unique(y):
        idx = np.flatnonzero(y == c)
        out += [idx, rng.choice(idx, top - len(idx), replace=True)]
    return np.concatenate(out)


def _mlp(X, y):
    from sklearn.neural_network import MLPClassifier

    rows = _balanced_rows(y)
    clf = MLPClassifier(
        hidden_layer_sizes=(32,), alpha=1e-2, max_iter=30, batch_size=128, random_state=0
    )
    return clf.fit(X[rows], y[rows])


def run(name: str, fs: Folds, data: Path, cache: dict) -> np.ndarray:
    """Out-of-fold probabilities of one candidate."""
    if name == "ensemble":
        for part in ("linear", "mlp"):
            if part not in cache:
                cache[part] = run(part, fs, data, cache)
        return (cache["linear"] + cache["mlp"]) / 2
    y = fs.y
    proba = np.zeros((len(y), 3))
    block = None
    if name == "dist_vectors":
        block = dist_vector_block(fs.targets, fs.vectors) * fs.vector_value
    elif name in ("w2v100", "fasttext"):
        word_vector, dim = retrained_vectors(data, name)
        block = mean_vector_block(fs.targets, word_vector, dim) * fs.vector_value
    elif name == "marked_evaluative":
        block = marked_evaluative_block(fs.targets)
    elif name == "learned_lexicon":
        block = learned_lexicon_block(data, fs.targets)
    elif name == "further_mentions":
        extra, source = further_mention_rows(data, fs)
        print(f"further mentions: {len(extra)} training rows")
    for k, (tr, te) in enumerate(fs.folds):
        m = fs.matrices[k]
        Xtr, Xte = m["train"], m["test"]
        if name in ("no_vectors", "w2v100", "fasttext"):
            keep = np.flatnonzero(~m["vector"])
            Xtr, Xte = Xtr[:, keep], Xte[:, keep]
        if block is not None:
            block = sp.csr_matrix(block)
            Xtr = sp.hstack([Xtr, block[tr]]).tocsr()
            Xte = sp.hstack([Xte, block[te]]).tocsr()
        if name == "further_mentions":
            in_train = np.isin(source, tr)
            Xa = design_matrix([extra[i] for i in np.flatnonzero(in_train)], m["vocab"])
            Xtr = sp.vstack([Xtr, Xa]).tocsr()
            ya = np.concatenate([y[tr], y[source[in_train]]])
            counts = np.bincount(ya)
            weight = (len(ya) / (3 * counts))[ya]  # "balanced", over the augmented rows
            proba[te] = _linear(fs, Xtr, ya, weight).predict_proba(Xte)
        elif name == "mlp":
            proba[te] = _mlp(Xtr, y[tr]).predict_proba(Xte)
        elif name in ("stack_hgb", "stack_mlp"):
            proba[te] = _stacked(name, fs, k, tr, Xtr, Xte, m["dense"])
        else:
            proba[te] = _linear(fs, Xtr, y[tr]).predict_proba(Xte)
    return proba


def _stacked(name, fs: Folds, k, tr, Xtr, Xte, dense) -> np.ndarray:
    """A second model over the linear logits (out-of-fold inside the training part) and the
    non-word features."""
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.model_selection import GroupKFold
    from sklearn.neural_network import MLPClassifier
    from sklearn.preprocessing import StandardScaler

    y = fs.y[tr]
    inner = np.zeros((len(tr), 3))
    for a, b in GroupKFold(4).split(tr, y, fs.groups[tr]):
        inner[b] = _linear(fs, Xtr[a], y[a]).decision_function(Xtr[b])
    outer = _linear(fs, Xtr, y).decision_function(Xte)
    cols = np.flatnonzero(dense)
    A = np.hstack([inner, Xtr[:, cols].toarray()])
    B = np.hstack([outer, Xte[:, cols].toarray()])
    if name == "stack_hgb":
        clf = HistGradientBoostingClassifier(
            learning_rate=0.05, max_iter=200, max_leaf_nodes=15, l2_regularization=1.0,
            class_weight="balanced", random_state=0,
        )  # fmt: skip
        return clf.fit(A, y).predict_proba(B)
    scale = StandardScaler().fit(A)
    rows = _balanced_rows(y)
    clf = MLPClassifier(hidden_layer_sizes=(16,), alpha=1.0, max_iter=200, early_stopping=True,
                        random_state=0)  # fmt: skip
    return clf.fit(scale.transform(A)[rows], y[rows]).predict_proba(scale.transform(B))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    ap.add_argument("--candidates", default=",".join(CANDIDATES))
    ap.add_argument("--list", action="store_true", help="print the candidates' names and stop")
    args = ap.parse_args(argv)
    if args.list:
        print("\n".join(CANDIDATES))
        return 0
    names = [c for c in args.candidates.split(",") if c]
    unknown = [c for c in names if c not in CANDIDATES]
    if unknown:
        ap.error(f"unknown candidates {unknown}; --list shows them")
    if "linear" not in names:
        names.insert(0, "linear")  # the reference every line is compared with
    fs = Folds(args.data)
    y = fs.y
    cache: dict[str, np.ndarray] = {}
    print(f"{'candidate':18s} {'CV F1m':>7s} {'vs linear':>9s} {'folds ahead':>11s}  per fold")
    for name in names:
        t = time.perf_counter()
        proba = cache[name] = run(name, fs, args.data, cache)
        pred = proba.argmax(axis=1)
        per = np.array([f1_score(y[te], pred[te], average="macro") for _, te in fs.folds])
        base = cache["linear"].argmax(axis=1)
        ref = np.array([f1_score(y[te], base[te], average="macro") for _, te in fs.folds])
        f1 = f1_score(y, pred, average="macro")
        diff = f1 - f1_score(y, base, average="macro")
        print(
            f"{name:18s} {f1:7.4f} {diff:+9.4f} {int((per > ref).sum()):>7d} of 5  "
            + " ".join(f"{x:.3f}" for x in per)
            + f"  ({time.perf_counter() - t:.0f}s)",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
