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

Second round (each added to the shipped features unless said otherwise; a block's features
kept if seen in ``min_df`` targets of the fold's training part):

- ``nbsvm``: NB-SVM (Wang & Manning 2012, logistic loss, one class against the rest): binary
  words and word pairs of the masked sentence (the target one ``<t>``, every other run of
  capitalised words one ``<o>``), scaled by their log-count ratio in the training part.
- ``nbsvm_ensemble``: 0.7 ``linear`` + 0.3 ``nbsvm`` probabilities; ``nbsvm_log_ensemble``
  the same weights on log probabilities (one linear model over both feature sets: the form
  the scorer could ship).
- ``masked_ngrams``: word pairs and triples of the masked sentence that hold ``<t>``, within
  five words ("<o> praised <t>", "<t> 's top diplomat"), value 0.5.
- ``dist_bow``: words outside the target at exp(-(d - 1) / 3), d words from it.
- ``window_pairs``: ordered word pairs within five words on each side, and across the
  target (three each side), value 0.5.
- ``other_names``: contrast with the sentence's other names (capitalised words outside the
  target, as the pipeline's other actors): how many, target first or last, lexicon evidence
  within three words of the nearest one (same clause or not), a role verb between them,
  value 0.5; ``other_names_dist_bow`` with ``dist_bow``.
- ``neutral_smoothing``: label smoothing towards the neutral prior (each non-neutral row
  weight 0.95 plus a neutral copy at 0.05; 0.15 measured once: 0.6597).
- ``decision_rule``: isotonic calibration of ``linear``'s out-of-fold logits and class
  weights for macro-F1 on the calibrated probabilities, both fitted on four folds' rows and
  applied to the fifth (cross-fitted). NewsMTSC train is nearly balanced (3,316 negative,
  3,028 neutral, 2,395 positive), so a rule tuned on it has little to gain; the weights
  chosen were within 0.8-1.1 of 1.

Measured (two runs of this script, same folds, CV F1m; linear 0.6950): no_vectors 0.6821,
dist_vectors 0.6944, w2v100 0.6933, fasttext 0.6927, learned_lexicon 0.6963 (3 of 5 folds
ahead), marked_evaluative 0.6963 (3 of 5), further_mentions 0.6916, mlp 0.6734, ensemble
0.6857, stack_hgb 0.6899, stack_mlp 0.6881. The word vectors earn their place (+0.013);
no candidate is ahead of the shipped model by more than fold noise, so it stays.

Second round (one run, 2026-12-03, same folds; linear 0.6950): nbsvm 0.6079, nbsvm_ensemble
0.6955 (+0.0004, 3 of 5 folds ahead), masked_ngrams 0.6945, dist_bow 0.6958 (+0.0008, 3 of
5), window_pairs 0.6942, other_names 0.6962 (+0.0011, 4 of 5), other_names_dist_bow 0.6963
(+0.0013, 3 of 5), neutral_smoothing 0.6892, decision_rule 0.6924 (argmax of the calibrated
probabilities alone, cross-fitted: 0.6922). Fold noise, ``--fold-seed`` 1/2/3 (linear then
0.6933 / 0.6938 / 0.6925): other_names -0.0005 / +0.0002 / -0.0014, other_names_dist_bow
+0.0010 / -0.0004 / +0.0011. The feature blocks' differences are of the size the split
alone moves them: none is ahead across folds.

NB-SVM ensembles are ahead beyond fold noise, though not on the reference folds: over seven
splits (reference, ``--fold-seed`` 1-6), nbsvm_ensemble +0.0004, +0.0032, +0.0091, +0.0077,
+0.0026, +0.0084, +0.0060 (mean +0.0053; ahead on 30 of 35 folds); nbsvm_log_ensemble on
the reference folds and seeds 4-6 +0.0004, +0.0037, +0.0085, +0.0063 (16 of 20). The weight
0.3 was chosen on the reference folds (0.2 and 0.4 within 0.001-0.002 of it). Dev, read
once for this candidate only, fitted on all of train, argmax without calibration: linear
0.721 / 0.687 (dev_rw / dev_mt), nbsvm alone 0.648 / 0.583, nbsvm_ensemble 0.731 / 0.698,
nbsvm_log_ensemble 0.736 / 0.696: about +0.01, short of 0.76 / 0.74. Not shipped this
stop: shipping it means the NB features in the reference features and in the fast
featurizer (a test holding them equal), the fit and its out-of-fold calibration on the
combined logits (0.7 linear + 0.3 the three one-against-rest NB scores: one linear model
over both feature sets), the model rebuilt, ECE, read set and mentions/s measured again,
and the golden outputs regenerated; there was not the time left to do that soundly.

NewsMTSC has one training split. Its paper compares transformers only (F1m 0.794-0.831,
real-world test set); NewsTSC gives the earlier state of the art at average recall 0.698.

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
from newsanalytics.sentiment._model_dir import _SHIPPED, _load_shipped  # noqa: E402

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
    "nbsvm",
    "nbsvm_ensemble",
    "nbsvm_log_ensemble",
    "masked_ngrams",
    "dist_bow",
    "window_pairs",
    "other_names",
    "other_names_dist_bow",
    "neutral_smoothing",
    "decision_rule",
)
WORD_KINDS = frozenset(
    {"u", "b", "l", "r", "cl", "cr", "sl", "sr", "t", "tl", "tr", "tl2", "tr2", "poss", "neg"}
)


def _is_vector(name: str) -> bool:
    kind = name.split(":", 1)[0]
    return kind.startswith("e") and kind[1:] in feat.VECTOR_PARTS


class Folds:
    """The targets' features, folds by article, and each fold's design matrices."""

    def __init__(self, data: Path, fold_seed: int | None = None) -> None:
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
        # Articles in their own order (the reference folds), or shuffled by ``fold_seed``:
        # other folds, to see how much a difference moves with the split alone.
        order = self.groups
        if fold_seed is not None:
            rng = np.random.default_rng(fold_seed)
            order = rng.permutation(int(self.groups.max()) + 1)[self.groups]
        self.folds = list(GroupKFold(5).split(self.targets, self.y, order))
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


# --------------------------------------------------------------------------- second round


def masked_tokens(an: feat.Sentence, t0: int, t1: int) -> tuple[list[str], int]:
    """The sentence's words with the target as one ``<t>`` and every other run of capitalised
    words (mostly other actors) as one ``<o>``; and where ``<t>`` stands."""
    out: list[str] = []
    at = -1
    i = 0
    while i < an.n:
        if at < 0 and i >= t0:  # the target's first word, or where an empty target sits
            at = len(out)
            out.append("<t>")
        if t0 <= i < t1:
            i += 1
        elif an.cap[i] and an.words[i].isalpha():
            while i < an.n and an.cap[i] and an.words[i].isalpha() and not t0 <= i < t1:
                i += 1
            out.append("<o>")
        else:
            out.append(an.words[i])
            i += 1
    if at < 0:  # an empty target at the end
        at = len(out)
        out.append("<t>")
    return out, at


def named_block(rows: list[dict[str, float]]) -> sp.csr_matrix:
    """Rows of named features as a sparse matrix (columns in order of first sight)."""
    names: dict[str, int] = {}
    r: list[int] = []
    c: list[int] = []
    v: list[float] = []
    for i, f in enumerate(rows):
        for k, x in f.items():
            r.append(i)
            c.append(names.setdefault(k, len(names)))
            v.append(x)
    return sp.csr_matrix((v, (r, c)), shape=(len(rows), len(names)))


def masked_ngram_rows(targets, reach: int = 5) -> list[dict[str, float]]:
    """Word pairs and triples of the masked sentence that hold the target, within ``reach``
    words of it ("<o> praised <t>", "<t> 's top diplomat")."""
    out = []
    for an, t0, t1 in _sentences(targets):
        toks, at = masked_tokens(an, t0, t1)
        win = toks[max(0, at - reach) : at + reach + 1]
        f = {}
        for n in (2, 3):
            for i in range(len(win) - n + 1):
                if "<t>" in win[i : i + n]:
                    f["m:" + "_".join(win[i : i + n])] = 1.0
        out.append(f)
    return out


def dist_bow_rows(targets, scale: float = 3.0) -> list[dict[str, float]]:
    """Words outside the target, each worth exp(-(d - 1) / scale) at d words from it."""
    out = []
    for an, t0, t1 in _sentences(targets):
        f: dict[str, float] = {}
        for i in range(an.n):
            if t0 <= i < t1:
                continue
            d = (t0 - i) if i < t0 else (i - t1 + 1)
            f["d:" + an.words[i]] = f.get("d:" + an.words[i], 0.0) + float(np.exp(-(d - 1) / scale))
        out.append(f)
    return out


def window_pair_rows(targets, reach: int = 5) -> list[dict[str, float]]:
    """Word pairs (in order, not only adjacent) within ``reach`` words on each side of the
    target, and pairs across it (three words each side)."""
    out = []
    for an, t0, t1 in _sentences(targets):
        f = {}
        left, right = an.words[max(0, t0 - reach) : t0], an.words[t1 : t1 + reach]
        for side, ws in (("L", left), ("R", right)):
            for i in range(len(ws)):
                for j in range(i + 1, len(ws)):
                    f[f"p{side}:{ws[i]}_{ws[j]}"] = 1.0
        for a in left[-3:]:
            for b in right[:3]:
                f[f"pX:{a}_{b}"] = 1.0
        out.append(f)
    return out


def other_name_rows(targets) -> list[dict[str, float]]:
    """Contrast with the other names of the sentence (capitalised words outside the target):
    how many, whether the target comes first or last, the lexicon evidence within three
    words of the nearest one (in the target's clause or not), a role verb between them."""
    out = []
    for an, t0, t1 in _sentences(targets):
        others = [
            i for i in range(an.n) if an.cap[i] and an.words[i].isalpha() and not t0 <= i < t1
        ]
        f = {f"o:n{min(len(others), 3)}": 1.0}
        if others:
            if not any(i < t0 for i in others):
                f["o:first"] = 1.0
            if not any(i >= t1 for i in others):
                f["o:last"] = 1.0
            j = min(others, key=lambda i: abs(i - t0))
            tag = "same" if an.clause[j] == an.clause[min(t0, an.n - 1)] else "other"
            for i in range(max(0, j - 3), min(an.n, j + 4)):
                if not t0 <= i < t1:
                    p, m = feat._pos_neg(an.val[i])
                    for key, v in ((f"o:{tag}:pos", p), (f"o:{tag}:neg", m)):
                        if v:
                            f[key] = f.get(key, 0.0) + v
            side = "before" if j < t0 else "after"
            for i in range(j, t0) if j < t0 else range(t1, j):
                if an.verb[i]:
                    f[f"o:verb:{side}:{feat.VERB_NAMES[an.verb[i]]}"] = 1.0
                    break
        out.append(f)
    return out


def other_dist_rows(targets) -> list[dict[str, float]]:
    """``other_names`` (at value 0.5) and ``dist_bow`` together."""
    return [
        {**{k: 0.5 * v for k, v in a.items()}, **b}
        for a, b in zip(other_name_rows(targets), dist_bow_rows(targets), strict=True)
    ]


def nbsvm_proba(B: sp.csr_matrix, y: np.ndarray, tr, te, C: float = 0.05) -> np.ndarray:
    """NB-SVM (Wang & Manning 2012) with a logistic loss, one class against the rest: binary
    features scaled by their log-count ratio in the training part, the three scores
    softmaxed."""
    from sklearn.linear_model import LogisticRegression

    Btr = B[tr]
    keep = np.flatnonzero(np.asarray((Btr > 0).sum(axis=0)).ravel() >= 2)
    Btr, Bte = Btr[:, keep], B[te][:, keep]
    scores = np.zeros((len(te), 3))
    for c in range(3):
        p = 1.0 + np.asarray(Btr[y[tr] == c].sum(axis=0)).ravel()
        q = 1.0 + np.asarray(Btr[y[tr] != c].sum(axis=0)).ravel()
        r = sp.diags(np.log((p / p.sum()) / (q / q.sum())))
        clf = LogisticRegression(C=C, class_weight="balanced", max_iter=2000)
        clf.fit(Btr @ r, (y[tr] == c).astype(int))
        scores[:, c] = clf.decision_function(Bte @ r)
    scores -= scores.max(axis=1, keepdims=True)
    e = np.exp(scores)
    return e / e.sum(axis=1, keepdims=True)


def masked_unigram_bigram_block(targets) -> sp.csr_matrix:
    """Binary words and word pairs of the masked sentence (NB-SVM's input)."""
    rows = []
    for an, t0, t1 in _sentences(targets):
        toks, _ = masked_tokens(an, t0, t1)
        f = {"1:" + w: 1.0 for w in toks}
        f.update({"2:" + a + "_" + b: 1.0 for a, b in zip(toks, toks[1:], strict=False)})
        rows.append(f)
    return named_block(rows)


def smoothed_fit(fs: Folds, Xtr, ytr, eps: float):
    """Label smoothing towards the neutral prior: each non-neutral training row keeps weight
    1 - eps and gains a neutral copy of weight eps (classes balanced as before)."""
    from sklearn.linear_model import LogisticRegression

    bw = (len(ytr) / (3 * np.bincount(ytr, minlength=3)))[ytr]
    sel = np.flatnonzero(ytr != 1)
    w = bw.copy()
    w[sel] *= 1 - eps
    X2 = sp.vstack([Xtr, Xtr[sel]]).tocsr()
    y2 = np.concatenate([ytr, np.ones(len(sel), dtype=ytr.dtype)])
    w2 = np.concatenate([w, bw[sel] * eps])
    return LogisticRegression(C=fs.C, max_iter=3000).fit(X2, y2, sample_weight=w2)


def decision_rule_pred(fs: Folds, proba: np.ndarray) -> np.ndarray:
    """Labels by a decision rule for macro-F1 after calibration, cross-fitted: for each fold,
    isotonic calibration of the linear model's out-of-fold logits and class weights on the
    calibrated probabilities (0.6-3.0 each, neutral 1) chosen by macro-F1 on the other four
    folds' rows, then applied to this fold."""
    from newsanalytics.sentiment import _calibration as cal

    z = np.log(np.clip(proba, 1e-12, 1.0))
    oof = z[:, [0, 2]] - z[:, [1]]
    own = cal.softmax(np.column_stack([oof[:, 0], np.zeros(len(oof)), oof[:, 1]]))
    grid = [np.array([a, 1.0, b]) for a in np.arange(0.6, 3.01, 0.1) for b in np.arange(0.6, 3.01, 0.1)]  # fmt: skip
    pred = np.zeros(len(fs.y), dtype=np.int64)
    for tr, te in fs.folds:
        iso = cal.fit_isotonic(oof[tr], fs.y[tr])
        p_tr = cal.apply_isotonic(iso, own[tr])
        w = max(grid, key=lambda w: f1_score(fs.y[tr], (p_tr * w).argmax(axis=1), average="macro"))
        pred[te] = (cal.apply_isotonic(iso, own[te]) * w).argmax(axis=1)
    return pred


#: Second-round blocks added to the shipped features: rows of named features, their value.
NAMED_BLOCKS = {
    "masked_ngrams": (masked_ngram_rows, 0.5),
    "dist_bow": (dist_bow_rows, 1.0),
    "window_pairs": (window_pair_rows, 0.5),
    "other_names": (other_name_rows, 0.5),
    "other_names_dist_bow": (other_dist_rows, 1.0),
}


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
    if name in ("nbsvm_ensemble", "nbsvm_log_ensemble", "decision_rule") and "linear" not in cache:
        cache["linear"] = run("linear", fs, data, cache)
    if name in ("nbsvm_ensemble", "nbsvm_log_ensemble"):
        if "nbsvm" not in cache:
            cache["nbsvm"] = run("nbsvm", fs, data, cache)
        if name == "nbsvm_ensemble":
            return 0.7 * cache["linear"] + 0.3 * cache["nbsvm"]
        z = 0.7 * np.log(cache["linear"]) + 0.3 * np.log(cache["nbsvm"])
        return np.exp(z - z.max(axis=1, keepdims=True))
    if name == "decision_rule":
        return np.eye(3)[decision_rule_pred(fs, cache["linear"])]
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
    elif name == "nbsvm":
        nb_block = masked_unigram_bigram_block(fs.targets)
    elif name in NAMED_BLOCKS:
        rows = NAMED_BLOCKS[name][0](fs.targets)
        block = named_block(rows) * NAMED_BLOCKS[name][1]
    for k, (tr, te) in enumerate(fs.folds):
        m = fs.matrices[k]
        Xtr, Xte = m["train"], m["test"]
        if name in ("no_vectors", "w2v100", "fasttext"):
            keep = np.flatnonzero(~m["vector"])
            Xtr, Xte = Xtr[:, keep], Xte[:, keep]
        if block is not None:
            block = sp.csr_matrix(block)
            cols = slice(None)
            if name in NAMED_BLOCKS:  # features seen in min_df targets of the training part
                cols = np.flatnonzero(np.asarray((block[tr] != 0).sum(axis=0)).ravel() >= fs.min_df)
            Xtr = sp.hstack([Xtr, block[tr][:, cols]]).tocsr()
            Xte = sp.hstack([Xte, block[te][:, cols]]).tocsr()
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
        elif name == "nbsvm":
            proba[te] = nbsvm_proba(nb_block, y, tr, te)
        elif name == "neutral_smoothing":
            proba[te] = smoothed_fit(fs, Xtr, y[tr], 0.05).predict_proba(Xte)
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
    ap.add_argument(
        "--fold-seed",
        type=int,
        help="shuffle the articles into other folds with this seed (fold noise); default: "
        "the reference folds",
    )
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
    fs = Folds(args.data, args.fold_seed)
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
