"""The fast path: a batch of targets to the model's logits, vectorised across sentences.

The model is linear in the features of :mod:`newsanalytics.sentiment._features`, and every
word feature is a count of words over a range of tokens relative to the target (the
sentence outside it, four words left, its clause...). So each kind of word feature becomes a
per-token array of weights (two columns: the negative and positive logits less the
neutral one, which is all a softmax sees), and a target's contribution is a
difference of two prefix sums: computed once per sentence, shared by all its targets, and
linear in the sentence's length plus its targets, however many targets a sentence holds.
The lexicon, role and speech features are computed the same way, as arrays over all tokens
of the batch, with no loop over targets or tokens in Python (the tokenizer and the word
look-up aside).

:class:`FastScorer` gives the same logits as the named features times the weights
(:meth:`FastScorer.reference_logits`), which a test holds it to.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import repeat

import numpy as np
import scipy.sparse as sp

from . import _features as F
from ._roles import INPUTS as ROLE_INPUTS
from ._roles import flags_from
from ._spans import _first_letter_case, _token_spans
from ._words import DETERMINER, PREPOSITION, SPEECH

__all__ = ["FastScorer", "design_matrix"]

#: The word memo (word -> id, with its properties) is reset past this many words.
_MEMO_MAX = 300_000

#: Word-feature kinds counted over a range of tokens, in the order of the weight stack.
RANGE_KINDS = ("u", "l", "r", "cl", "cr", "t")
#: Word-feature kinds of one token (touching the target, or possessed by it).
TOKEN_KINDS = ("tl", "tr", "poss")
STEM_KINDS = ("sl", "sr")
PAIR_KINDS = ("b", "tl2", "tr2")
NEG_KIND = "neg"
_START, _END = "<S>", "<E>"
#: Kinds summed over a range, in the column blocks of FastScorer._stack.
_BLOCKS = ("u", "cl", "cr", "t", "neg")
#: Kinds over the few words next to the target (``NEAR`` on each side): gathered word by
#: word per target, not through the batch's prefix sums.
_NEAR_KINDS = ("l", "r")

# verb_class's pattern at the start of each line (a word never holds a newline).
_VERB_AT_LINE = re.compile("(?m)^(?:" + F._VERB_RX.pattern + ")")
# Per-word properties, one column each of the word table: the first two are numbers (kept as
# floats), the rest small integers (kept as int8: a batch's gather then moves an eighth of the
# bytes).
_PROPS = (
    "valence", "boost", "negator", "mark", "open_q", "close_q", "toggle_q", "contrast",
    "speech", "be", "verb", "head", "possessive", "by", "according", "to", "prep", "det",
    "participle", "plural_s",
)  # fmt: skip


def design_matrix(feats: Sequence[dict[str, float]], vocabulary: dict[str, int]) -> sp.csr_matrix:
    """Named features as a sparse matrix over ``vocabulary`` (unknown names dropped)."""
    rows: list[int] = []
    cols: list[int] = []
    data: list[float] = []
    get = vocabulary.get
    for r, f in enumerate(feats):
        for k, v in f.items():
            j = get(k)
            if j is not None:
                rows.append(r)
                cols.append(j)
                data.append(v)
    return sp.csr_matrix(
        (np.asarray(data, dtype=np.float64), (rows, cols)), shape=(len(feats), len(vocabulary))
    )


@lru_cache(maxsize=1)
def _listed_words() -> frozenset[str]:
    """Every word some property of :func:`_word_props` looks up in a list (the rest take the
    batch path of :func:`_prop_arrays`)."""
    r = F.rules()
    return frozenset(
        set(r.lexicon) | r.boosters_up | r.boosters_down | r.negate | F.MARKS | F.OPEN_QUOTES
        | F.CLOSE_QUOTES | {F.TOGGLE_QUOTE} | F.CONTRAST | SPEECH | F.BE | PREPOSITION
        | DETERMINER | {"'s", "by", "according", "to"}
    )  # fmt: skip


def _word_props(word: str) -> tuple[float, ...]:
    """The properties (:data:`_PROPS`) of one word, each by its own test."""
    r = F.rules()
    return (
        r.lexicon.get(word, 0.0),
        1.0 if word in r.boosters_up else -1.0 if word in r.boosters_down else 0.0,
        float(F.is_negator(word)),
        float(word in F.MARKS),
        float(word in F.OPEN_QUOTES),
        float(word in F.CLOSE_QUOTES),
        float(word == F.TOGGLE_QUOTE),
        float(word in F.CONTRAST),
        float(word in SPEECH),
        float(word in F.BE),
        float(F.verb_class(word)),
        float(F.is_head_word(word)),
        float(word == "'s"),
        float(word == "by"),
        float(word == "according"),
        float(word == "to"),
        float(word in PREPOSITION),
        float(word in DETERMINER),
        float(word.endswith(("ed", "en"))),
        float(F.plural_s(word)),
    )


def _prop_arrays(words: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """The properties of ``words`` (:func:`_word_props`): the numbers (float64) and the small
    integers (int8). The few words in a list take :func:`_word_props`; the rest (most
    unseen words: names, numbers, rare words) have only their shape, verb class and endings,
    found for all of them at once."""
    n = len(words)
    props = np.zeros((n, len(_PROPS)))
    col = {name: k for k, name in enumerate(_PROPS)}
    verb = _verb_classes(words)
    props[:, col["verb"]] = verb
    props[:, col["head"]] = np.fromiter(map(F.head_shaped, words), bool, n) & (verb == F.NO_VERB)
    props[:, col["participle"]] = [w.endswith(("ed", "en")) for w in words]
    props[:, col["plural_s"]] = [F.plural_s(w) for w in words]
    props[:, col["negator"]] = [w.endswith("n't") for w in words]
    listed = _listed_words()
    rows = [i for i, w in enumerate(words) if w in listed]
    if rows:
        props[rows] = [_word_props(words[i]) for i in rows]
    return props[:, :2].copy(), props[:, 2:].astype(np.int8)


def _verb_classes(words: list[str]) -> np.ndarray:
    """:func:`_features.verb_class` of each word, by one pass of its pattern over them all."""
    out = np.zeros(len(words), dtype=np.int64)
    if not words:
        return out
    text = "\n".join(words)
    starts = np.zeros(len(words), dtype=np.int64)
    np.cumsum([len(w) + 1 for w in words[:-1]], out=starts[1:])
    at = [(m.start(), m.lastgroup) for m in _VERB_AT_LINE.finditer(text)]
    if at:
        rows = np.searchsorted(starts, [a for a, _ in at])
        out[rows] = [F.VERB_NAMES.index(g) for _, g in at]
    be = [i for i, w in enumerate(words) if w in F.BE]
    out[be] = F.NO_VERB
    return out


def _range_sum(prefix: np.ndarray, lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
    """Sums of the rows ``[lo, hi)`` from a prefix-sum array (empty where ``hi <= lo``)."""
    hi = np.maximum(hi, lo)
    return prefix[hi] - prefix[lo]


def _prefix(values: np.ndarray) -> np.ndarray:
    out = np.zeros((values.shape[0] + 1, *values.shape[1:]), dtype=np.float64)
    np.cumsum(values, axis=0, out=out[1:])
    return out


class FastScorer:
    """The model's weights arranged by feature kind, and the batch logits.

    Parameters
    ----------
    coef : ndarray of shape (3, n_features)
        Weights per class (negative, neutral, positive).
    intercept : ndarray of shape (3,)
    vocabulary : dict of str to int
        Feature name -> column of ``coef``.
    vectors : (ndarray, dict of str to int), optional
        Word vectors and their word index, for the ``e<part>:`` features.
    context_value, vector_value : float
        The values the features were trained with (see :func:`_features.target_features`).
    """

    def __init__(
        self,
        coef: np.ndarray,
        intercept: np.ndarray,
        vocabulary: dict[str, int],
        *,
        vectors: tuple[np.ndarray, dict[str, int]] | None = None,
        context_value: float = 1.0,
        vector_value: float = 1.0,
    ) -> None:
        self.coef = coef
        self.intercept = intercept
        self.vocabulary = vocabulary
        self.vectors = vectors
        self.context_value = context_value
        self.vector_value = vector_value
        self._build()

    def __getstate__(self) -> dict[str, object]:
        # Worker processes get the weights only; the tables are rebuilt there.
        return {
            "coef": self.coef,
            "intercept": self.intercept,
            "vocabulary": self.vocabulary,
            "vectors": self.vectors,
            "context_value": self.context_value,
            "vector_value": self.vector_value,
        }

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)
        self._build()

    def copy(self) -> FastScorer:
        """A scorer sharing this one's weight tables (never written after they are built),
        with its own memo of unseen words (the only state that scoring changes)."""
        new = object.__new__(FastScorer)
        new.__dict__.update(self.__dict__)
        keep = self.n_model_words
        words = self._words
        new._words = (
            dict(words) if len(words) == keep else {w: i for w, i in words.items() if i < keep}
        )
        new._props = self._props[:keep]
        new._flags = self._flags[:keep]
        new._stem_of = self._stem_of[:keep]
        return new

    # ------------------------------------------------------------------ tables

    def _build(self) -> None:
        """Split the weights into per-word tables, one per kind of word feature."""
        # Softmax is blind to a shift shared by the classes: the negative and positive logits
        # less the neutral one carry everything, in two columns instead of three.
        coef = self.coef[[0, 2]] - self.coef[1]
        self._intercept2 = self.intercept[[0, 2]] - self.intercept[1]
        words: dict[str, int] = {"": 0, _START: 1, _END: 2}
        by_kind: dict[str, list[tuple[str, int]]] = {}
        self.dense: dict[str, int] = {}
        pair_kinds = set(PAIR_KINDS)
        word_kinds = set(RANGE_KINDS) | set(TOKEN_KINDS) | {NEG_KIND}
        stems: dict[str, int] = {"": 0}
        m = 1 << 32
        # Per pair kind, each cut's packed word ids and the column: the words are entered
        # and looked up once, here (the pair table below numbers the packed keys).
        packed: dict[str, list[tuple[int, int]]] = {k: [] for k in PAIR_KINDS}
        for name, j in self.vocabulary.items():
            kind, _, body = name.partition(":")
            if kind in word_kinds:
                words.setdefault(body, len(words))
                by_kind.setdefault(kind, []).append((body, j))
            elif kind in STEM_KINDS:
                stems.setdefault(body, len(stems))
                by_kind.setdefault(kind, []).append((body, j))
            elif kind in pair_kinds:
                # A word may hold "_" itself: the pair is entered under every cut.
                cut = body.find("_")
                while cut >= 0:
                    left = words.setdefault(body[:cut], len(words))
                    packed[kind].append(
                        (left * m + words.setdefault(body[cut + 1 :], len(words)), j)
                    )
                    cut = body.find("_", cut + 1)
            else:
                self.dense[name] = j
        if self.vectors is not None:
            for w in self.vectors[1]:
                words.setdefault(w, len(words))
        self.n_model_words = len(words)
        self._words = words
        # Word properties, one row per word id and one column per property (_PROPS), and stem
        # ids; unseen words are appended.
        self._props, self._flags = _prop_arrays(list(words))
        self._stem_of = np.array([stems.get(F.stem(w) or "", 0) for w in words], dtype=np.int64)
        self._stems = stems

        # Each weight row is set by one fancy assignment per table, not one per feature (a
        # cold start paid ~0.1 s for that loop): a kind names each body once, so no row is
        # set twice (tests/test_speed_paths.py holds the tables to the loop's).
        coef_t = coef.T

        def table(kind: str, size: int, index: dict[str, int]) -> np.ndarray:
            out = np.zeros((size, 2))
            entries = by_kind.get(kind, ())
            if entries:
                at = np.fromiter((index[body] for body, _ in entries), np.int64, len(entries))
                cols = np.fromiter((j for _, j in entries), np.int64, len(entries))
                out[at] = coef_t[cols]
            return out

        self.range_w = {
            k: table(k, len(words), words) for k in (*RANGE_KINDS, *TOKEN_KINDS, NEG_KIND)
        }
        self.stem_w = {k: table(k, len(stems), stems) for k in STEM_KINDS}
        # Word pairs: packed ids, sorted, with one weight row each per pair kind.
        keys: dict[int, int] = {}
        rows: dict[str, list[tuple[int, int]]] = {
            kind: [(keys.setdefault(key, len(keys)), j) for key, j in packed[kind]]
            for kind in PAIR_KINDS
        }
        order = sorted(keys, key=keys.__getitem__)
        self._pair_keys = np.asarray(order, dtype=np.int64)
        self._pair_table = _KeyTable(self._pair_keys)
        self.pair_w = {}
        for kind in PAIR_KINDS:
            w = np.zeros((len(keys) + 1, 2))  # the last row: no such pair
            if rows[kind]:  # a (pair, kind) comes once: no row is set twice
                at, cols = np.array(rows[kind], dtype=np.int64).T
                w[at] = coef_t[cols]
            self.pair_w[kind] = w
        # Word vectors: the mean vector of a part times its weights is the mean, over the
        # part's words, of each word's vector projected on those weights.
        self.vector_w: dict[str, np.ndarray] = {}
        if self.vectors is not None:
            vec, index = self.vectors
            d = vec.shape[1]
            # The vectors in the words' order, gathered once for every part.
            rows_ = np.fromiter((words[w] for w in index), dtype=np.int64, count=len(index))
            vec_rows = vec[np.fromiter(index.values(), dtype=np.int64)]
            for part in F.VECTOR_PARTS:
                wpart = np.zeros((2, d))
                for k in range(d):
                    j = self.vocabulary.get(f"e{part}:{k}")
                    if j is not None:
                        wpart[:, k] = coef[:, j]
                proj = np.zeros((len(words), 2))
                proj[rows_] = vec_rows @ wpart.T
                self.vector_w[part] = proj * self.vector_value
        # The batch gives every dense feature the value 1: a role feature's value is in its weight.
        self._dense_w = {n: coef[:, j] * F.dense_value(n) for n, j in self.dense.items()}
        # One table for every per-word weight counted over a range: a single gather and a
        # single prefix sum per batch. Blocks of 2 columns, in _BLOCKS order (then vectors).
        scale = {"u": self.context_value, "t": F.MENTION_VALUE}
        blocks = [self.range_w[k] * scale.get(k, 1.0) for k in _BLOCKS]
        self._vector_blocks = [
            p for p in F.VECTOR_PARTS if p in self.vector_w and p not in _NEAR_KINDS
        ]
        blocks += [self.vector_w[p] for p in self._vector_blocks]
        # The near kinds: per word, the word weights then the projected vector (or zeros).
        self._near_w = {
            k: np.hstack([self.range_w[k], self.vector_w.get(k, np.zeros((len(words), 2)))])
            for k in _NEAR_KINDS
        }
        # Stored transposed (kinds x words): a batch's gather and prefix sum then run along
        # contiguous rows, several times faster than down the columns.
        self._stackT = np.ascontiguousarray(np.hstack(blocks).T)
        self._stem_stackT = np.ascontiguousarray(
            np.hstack([self.stem_w["sl"], self.stem_w["sr"]]).T
        )

    def _lookup(self, words: list[str]) -> np.ndarray:
        """Word ids of ``words``, entering unseen words (with their properties) in the memo."""
        table = self._words
        ids = np.fromiter(map(table.get, words, repeat(-1)), dtype=np.int64, count=len(words))
        unseen = np.flatnonzero(ids < 0)
        if len(unseen):
            if len(table) > _MEMO_MAX:
                self._forget_unseen()
                table = self._words
                ids = np.fromiter(
                    map(table.get, words, repeat(-1)), dtype=np.int64, count=len(words)
                )
                unseen = np.flatnonzero(ids < 0)
            # Only the unseen tokens are looked up again, once their words are entered.
            missing = list(map(words.__getitem__, unseen.tolist()))
            # The distinct unseen words, in a fixed order (ids never depend on hashing).
            new = sorted(set(missing))
            first = len(table)
            for k, word in enumerate(new):
                table[word] = first + k
            props, flags = _prop_arrays(new)
            self._props = np.concatenate([self._props, props])
            self._flags = np.concatenate([self._flags, flags])
            stems = self._stems
            self._stem_of = np.concatenate(
                [
                    self._stem_of,
                    np.array([stems.get(F.stem(w) or "", 0) for w in new], dtype=np.int64),
                ]
            )
            ids[unseen] = np.fromiter(map(table.__getitem__, missing), np.int64, len(missing))
        return ids

    def _forget_unseen(self) -> None:
        """Drop the memo's words that are not the model's (bounded memory)."""
        keep = self.n_model_words
        self._words = {w: i for w, i in self._words.items() if i < keep}
        self._props = self._props[:keep]
        self._flags = self._flags[:keep]
        self._stem_of = self._stem_of[:keep]

    # ------------------------------------------------------------------ logits

    def logits(
        self, targets: Sequence[tuple[str, int, int]], roles: bool = False
    ) -> np.ndarray | tuple[np.ndarray, np.ndarray]:
        """The negative and positive logits less the neutral one (before calibration), shape
        (n_targets, 2); with ``roles``, also the targets' role flags (``_roles.ROLE_FLAGS``,
        from the same feature arrays)."""
        z = np.zeros((len(targets), 2))
        if not targets:
            return (z, flags_from(lambda _: 0.0, 0)) if roles else z
        batch = _Batch(self, targets)
        z += self._intercept2
        batch.add_word_features(z)
        batch.add_dense_features(z)
        if roles:
            kept = batch.role_inputs
            return z, flags_from(lambda name: kept.get(name, 0.0), len(targets))
        return z

    def reference_logits(
        self, targets: Sequence[tuple[str, int, int]]
    ) -> tuple[np.ndarray, list[dict[str, float]]]:
        """The same logit differences from the named features (the reference: three logits,
        then the neutral one taken from the others), and those features."""
        feats = F.extract_many(
            targets,
            vectors=self.vectors,
            context_value=self.context_value,
            vector_value=self.vector_value,
        )
        x = design_matrix(feats, self.vocabulary)
        z = np.asarray(x @ self.coef.T) + self.intercept
        return z[:, [0, 2]] - z[:, [1]], feats


class _Batch:
    """The token arrays of a batch of targets' sentences, and each target's token ranges."""

    def __init__(self, scorer: FastScorer, targets: Sequence[tuple[str, int, int]]) -> None:
        self.scorer = scorer
        uniq: dict[str, int] = {}
        sid = np.fromiter(
            (uniq.setdefault(s, len(uniq)) for s, _, _ in targets),
            dtype=np.int64,
            count=len(targets),
        )
        texts = list(uniq)
        # One text, the sentences separated by a newline: no token crosses it.
        lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
        base = np.zeros(len(texts), dtype=np.int64)
        np.cumsum(lengths[:-1] + 1, out=base[1:])
        big = "\n".join(texts)
        # One regex pass: the tokens and their offsets.
        starts, ends, words = _token_spans(big)
        n_tok = len(words)
        ids = scorer._lookup(words)
        self.ids = ids
        self.model_ids = np.where(ids < scorer.n_model_words, ids, 0)
        self.stem_ids = scorer._stem_of[ids]
        # Sentence of each token, and each sentence's token range [s0, s1).
        s0 = np.searchsorted(starts, base, side="left")
        s1 = np.searchsorted(starts, base + lengths, side="left")
        self.tok_sent = np.repeat(np.arange(len(texts)), s1 - s0)
        first = np.zeros(n_tok, dtype=bool)
        first[s0[s1 > s0]] = True
        self.first = first
        P = np.take(scorer._props, ids, axis=0)
        Q = np.take(scorer._flags, ids, axis=0)
        col = {name: P[:, k] for k, name in enumerate(_PROPS[:2])}
        col.update((name, Q[:, k]) for k, name in enumerate(_PROPS[2:]))
        self.col = col
        # Upper/lower-case first letters, from the code points of each token's first letter.
        upper, lower = _first_letter_case(big, starts)
        self.cap = upper & ~first
        self.head = lower & (col["head"] > 0)
        self.pos = np.arange(n_tok) - s0[self.tok_sent] if n_tok else np.zeros(0, dtype=np.int64)
        self._valences(col)
        self._clauses(col)
        # Targets: sentence, token range [t0, t1), and the sentence's [s0, s1).
        a = np.fromiter((t[1] for t in targets), dtype=np.int64, count=len(targets)) + base[sid]
        b = np.fromiter((t[2] for t in targets), dtype=np.int64, count=len(targets)) + base[sid]
        t0 = np.searchsorted(ends, a, side="right")
        t1 = np.searchsorted(starts, b, side="left")
        empty = t0 >= t1
        t0 = np.where(empty, np.searchsorted(starts, a, side="left"), t0)
        t1 = np.where(empty, t0, t1)
        self.t0, self.t1 = t0, t1
        self.s0, self.s1 = s0[sid], s1[sid]
        self.n_tok = n_tok

    # ------------------------------------------------------------------ sentence analysis

    def _same_sentence_back(self, k: int) -> np.ndarray:
        """Whether the token ``k`` places back lies in the same sentence."""
        return self.pos >= k

    def _shift(self, x: np.ndarray, k: int, fill: float = 0.0) -> np.ndarray:
        """``x[i - k]`` for each token i (``fill`` past its sentence's start)."""
        out = np.full_like(x, fill)
        if k < len(x):
            out[k:] = x[:-k] if k else x
        return np.where(self._same_sentence_back(k), out, fill)

    def _valences(self, col: dict[str, np.ndarray]) -> None:
        r = F.rules()
        v = col["valence"].copy()
        hit = v != 0
        # VADER's booster rule, up to three words back, decaying by distance.
        for k, decay in ((1, 1.0), (2, 0.95), (3, 0.9)):
            push = self._shift(col["boost"], k)
            on = hit & (push != 0)
            v[on] = v[on] + np.copysign(r.b_incr, v[on]) * decay * push[on]
        # VADER's negation rule: a negator within three words before.
        neg = np.zeros(len(v), dtype=bool)
        for k in (1, 2, 3):
            neg |= self._shift(col["negator"], k) > 0
        v[neg] = v[neg] * r.n_scalar
        self.negated = neg
        self.val = v
        self.vpos = np.maximum(v, 0.0) / 4.0
        self.vneg = np.maximum(-v, 0.0) / 4.0

    def _clauses(self, col: dict[str, np.ndarray]) -> None:
        first = self.first.astype(np.int64)
        # Clause and contrast-segment ids, unique across sentences, never decreasing.
        self.clause = np.cumsum(first + (col["mark"] > 0))
        self.segment = np.cumsum(first + (col["contrast"] > 0))
        # Quotations: the state after each quotation mark, carried to the next one.
        in_quote = np.zeros(len(first), dtype=bool)
        marks = np.nonzero((col["open_q"] + col["close_q"] + col["toggle_q"]) > 0)[0]
        if len(marks):
            sent = self.tok_sent
            state = _quote_states(sent[marks], col["open_q"][marks] > 0, col["close_q"][marks] > 0)
            at = np.full(len(first), -1, dtype=np.int64)
            at[marks] = np.arange(len(marks))
            at = np.maximum.accumulate(at)
            ok = at >= 0
            ok[ok] &= sent[marks[at[ok]]] == sent[ok]
            in_quote[ok] = state[at[ok]]
        self.in_quote = in_quote

    # ------------------------------------------------------------------ target ranges

    def _clause_ranges(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Each target's clause left ``[cs, t0)`` and right ``[t1, ce)`` (empty if no tokens)."""
        t0, t1, s0, s1 = self.t0, self.t1, self.s0, self.s1
        has = s1 > s0
        at = np.where(has, np.minimum(t0, s1 - 1), 0)
        tc = self.clause[at] if self.n_tok else np.zeros(len(t0), dtype=np.int64)
        cs = np.searchsorted(self.clause, tc, side="left")
        ce = np.searchsorted(self.clause, tc, side="right")
        cs = np.where(has, np.minimum(cs, t0), t0)
        ce = np.where(has, np.maximum(ce, t1), t1)
        self.tc = tc
        self.has = has
        return cs, t0, t1, ce

    def add_word_features(self, z: np.ndarray) -> None:
        sc = self.scorer
        t0, t1, s0, s1 = self.t0, self.t1, self.s0, self.s1
        cs, _, _, ce = self._clause_ranges()
        self.cs, self.ce = cs, ce
        ranges = {
            "u": None,
            "cl": (cs, t0),
            "cr": (t1, ce),
            "t": (t0, t1),
        }
        mid = self.model_ids
        # Per-token weights of every range kind, one row each; stems join their clause side.
        # A block (two rows) at a time, gathered into the prefix array itself (after a zero
        # column) and summed in place, just before its range sums are read: one buffer of
        # two rows, reused, where the whole table (all blocks: 17 MB for 300 long stories)
        # cost its first touch of fresh memory and a prefix sum out of the cache. Row by
        # row: each row's destination is then contiguous (numpy gathers a 2-d ``out`` that
        # is not into a copy, then copies back). A row's running sum is the same either way.
        P = np.empty((2, len(mid) + 1))
        P[:, 0] = 0.0
        C = P[:, 1:]
        stack = sc._stackT
        stems = np.take(sc._stem_stackT, self.stem_ids, axis=1)
        cl, cr, ng = (2 * _BLOCKS.index(k) for k in ("cl", "cr", "neg"))
        held = [-1]  # the block whose prefix sums P holds

        def rsum(col: int, lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
            if held[0] != col:
                for row, dest in zip(stack[col : col + 2], C, strict=True):
                    np.take(row, mid, out=dest, mode="clip")
                if col == cl:
                    C[:] += stems[:2]
                elif col == cr:
                    C[:] += stems[2:]
                elif col == ng:
                    C[:] *= self.negated
                np.cumsum(P, axis=1, out=P)
                held[0] = col
            hi = np.maximum(hi, lo)
            return (P[:, hi] - P[:, lo]).T

        z += rsum(0, s0, s1) - rsum(0, t0, t1)  # u: the sentence outside the target
        for k, kind in enumerate(_BLOCKS[1:-1], start=1):
            lo, hi = ranges[kind]
            z += rsum(2 * k, lo, hi)
        self._add_near(z, mid)
        z += rsum(ng, s0, s1)  # negated words, all of the sentence
        # Mean word vectors: range sums of the projected vectors over the range's length.
        for k, part in enumerate(sc._vector_blocks, start=len(_BLOCKS)):
            if part == "u":
                total = rsum(2 * k, s0, s1) - rsum(2 * k, t0, t1)
                length = (s1 - s0) - (t1 - t0)
            else:
                lo, hi = ranges[part]
                total = rsum(2 * k, lo, hi)
                length = np.maximum(hi - lo, 0)
            z += np.where(length[:, None] > 0, total / np.maximum(length, 1)[:, None], 0.0)
        # Words touching the target.
        left = t0 > s0
        right = t1 < s1
        lw1 = np.where(left, mid[np.maximum(t0 - 1, 0)], 1) if self.n_tok else np.ones_like(t0)
        rw1 = np.where(right, mid[np.minimum(t1, self.n_tok - 1)], 2) if self.n_tok else t0 * 0 + 2
        z += sc.range_w["tl"][lw1] + sc.range_w["tr"][rw1]
        ids = self.ids
        if self.n_tok:
            lw1i = np.where(left, ids[np.maximum(t0 - 1, 0)], 1)
            lw2i = np.where(t0 - 1 > s0, ids[np.maximum(t0 - 2, 0)], 1)
            rw1i = np.where(right, ids[np.minimum(t1, self.n_tok - 1)], 2)
            rw2i = np.where(t1 + 1 < s1, ids[np.minimum(t1 + 1, self.n_tok - 1)], 2)
            poss = right & (self.col["possessive"][np.minimum(t1, self.n_tok - 1)] > 0)
            rw2m = np.where(rw2i < sc.n_model_words, rw2i, 0)
            z += np.where(poss[:, None], sc.range_w["poss"][rw2m], 0.0)
        else:
            lw1i = lw2i = np.ones_like(t0)
            rw1i = rw2i = np.full_like(t0, 2)
        z += sc.pair_w["tl2"][self._pairs(lw2i, lw1i)] + sc.pair_w["tr2"][self._pairs(rw1i, rw2i)]
        # Word pairs of the sentence outside the target: pair i is tokens (i, i + 1).
        bw = sc.pair_w["b"]
        if bw.any() and self.n_tok > 1:
            nxt = np.append(ids[1:], 0)
            pid = self._pairs(ids, nxt)
            last = np.append(self.tok_sent[1:] != self.tok_sent[:-1], True)
            pid[last] = len(bw) - 1
            pre = _prefix(bw[pid])
            z += (
                _range_sum(pre, s0, np.maximum(s0, t0 - 1)) + _range_sum(pre, t1, s1 - 1)
            ) * sc.context_value

    def _add_near(self, z: np.ndarray, mid: np.ndarray) -> None:
        """The ``NEAR`` words left and right of each target: their weights, and the mean of
        their projected vectors, one word position at a time."""
        if not self.n_tok:
            return
        sc = self.scorer
        for kind, first, step, inside in (
            ("l", self.t0 - 1, -1, lambda pos: pos >= self.s0),
            ("r", self.t1, 1, lambda pos: pos < self.s1),
        ):
            table = sc._near_w[kind]
            total = np.zeros((len(z), 4))
            count = np.zeros(len(z))
            for k in range(F.NEAR):
                pos = first + step * k
                ok = inside(pos)
                w = table[mid[np.clip(pos, 0, self.n_tok - 1)]]
                total += np.where(ok[:, None], w, 0.0)
                count += ok
            z += total[:, :2]
            z += np.where(count[:, None] > 0, total[:, 2:] / np.maximum(count, 1)[:, None], 0.0)

    def _pairs(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        """Row of each word pair in the pair tables (the last row: no such pair)."""
        return self.scorer._pair_table.find(a * (1 << 32) + b)

    def add_dense_features(self, z: np.ndarray) -> None:
        from ._dense import dense_features

        w = self.scorer._dense_w
        # Column by column: the same products and sums, without an (n, 2) temporary each.
        z0, z1 = z[:, 0].copy(), z[:, 1].copy()
        kept = self.role_inputs = {}
        for name, value in dense_features(self):
            if name in ROLE_INPUTS:
                kept[name] = value
            coef = w.get(name)
            if coef is not None:
                z0 += value * coef[0]
                z1 += value * coef[1]
        z[:, 0], z[:, 1] = z0, z1


class _KeyTable:
    """Distinct non-negative int64 keys to their index in ``keys``, by an open-addressing
    hash table probed for a whole array of keys at once, where a binary search costs a dozen
    scattered reads per key. Each round of probing gathers the slots of the keys not yet
    resolved: of the shipped model's 33,055 pair keys, 89% sit in their first slot and 97%
    within two; the longest probe takes 12 rounds."""

    def __init__(self, keys: np.ndarray) -> None:
        n = len(keys)
        self.missing = n
        self.bits = max(4, (2 * n).bit_length())  # the table is at most half full
        mask = (1 << self.bits) - 1
        self.keys = np.full(mask + 1, -1, dtype=np.int64)
        self.rows = np.full(mask + 1, n, dtype=np.int64)
        pending = np.arange(n)
        slot = self._home(keys)
        while len(pending):
            # Each free slot takes the first pending key that reaches it; the rest move on.
            free = self.keys[slot] < 0
            _, first = np.unique(slot[free], return_index=True)
            won = np.flatnonzero(free)[first]
            self.keys[slot[won]] = keys[pending[won]]
            self.rows[slot[won]] = pending[won]
            stay = np.ones(len(pending), dtype=bool)
            stay[won] = False
            pending = pending[stay]
            slot = (slot[stay] + 1) & mask

    def _home(self, keys: np.ndarray) -> np.ndarray:
        # Fibonacci hashing: the top bits of the key times 2**64 / golden ratio (wrapping).
        h = keys.astype(np.uint64) * np.uint64(0x9E3779B97F4A7C15)
        return (h >> np.uint64(64 - self.bits)).astype(np.int64)

    def find(self, keys: np.ndarray) -> np.ndarray:
        """The index of each key in the table's ``keys`` (``len(keys)`` if it is not there)."""
        out = np.full(len(keys), self.missing, dtype=np.int64)
        todo = np.arange(len(keys))
        slot = self._home(keys)
        mask = len(self.keys) - 1
        while len(todo):
            held = self.keys[slot]
            hit = held == keys[todo]
            out[todo[hit]] = self.rows[slot[hit]]
            # Probing stops at the key or at an empty slot (keys are never removed).
            go_on = ~hit & (held >= 0)
            todo = todo[go_on]
            slot = (slot[go_on] + 1) & mask
        return out


def _quote_states(sent: np.ndarray, opens: np.ndarray, closes: np.ndarray) -> np.ndarray:
    """Whether a quotation is open after each quotation mark, given each mark's sentence
    and whether it opens (“, ‘), else closes (”), else toggles ("): none is open at a
    sentence's start. The state is the last opening or closing mark's in the sentence (or
    closed), flipped by each toggle since."""
    n = len(sent)
    idx = np.arange(n)
    sets = opens | closes
    start = np.maximum.accumulate(np.where(np.r_[True, sent[1:] != sent[:-1]], idx, 0))
    last_set = np.maximum.accumulate(np.where(sets, idx, -1))
    has_set = last_set >= start
    toggles = np.cumsum(~sets)  # toggles up to and including each mark
    since = np.where(has_set, last_set, start - 1)  # toggles after this mark count
    flips = toggles - np.where(since >= 0, toggles[np.maximum(since, 0)], 0)
    return (has_set & opens[np.maximum(last_set, 0)]) ^ (flips % 2 == 1)
