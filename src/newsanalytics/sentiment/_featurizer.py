"""Actor-sentiment features as a sparse matrix over a fixed vocabulary (the fast path).

:class:`Featurizer` maps targets to the feature matrix the scorer multiplies by its weights.
:meth:`Featurizer.matrix` looks the features up as columns directly; it gives the same matrix,
entry for entry, as the named features of :mod:`newsanalytics.sentiment._features`
(:meth:`Featurizer._matrix_reference`), which a test holds it to.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from itertools import repeat

import numpy as np
import scipy.sparse as sp

from ._features import (
    _MEMO_MAX,
    _bin,
    _lex_features,
    _role_features,
    _Sentence,
    _speech_features,
    extract_many,
)
from ._words import PRONOUNS

__all__ = ["Featurizer"]


class Featurizer:
    """Maps targets to a sparse matrix over a fixed vocabulary."""

    def __init__(self, vocabulary: dict[str, int]) -> None:
        self.vocabulary = vocabulary
        self._word_memo: dict[str, tuple[int, ...]] = {}
        self._bigrams: dict[str, dict[str, int]] | None = None

    def __getstate__(self) -> dict[str, object]:
        # Worker processes get the vocabulary only; the lookup caches are rebuilt there.
        return {"vocabulary": self.vocabulary}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__init__(state["vocabulary"])  # type: ignore[misc,arg-type]

    def matrix_from_features(self, feats: Sequence[dict[str, float]]) -> sp.csr_matrix:
        keys: list[str] = []
        values: list[float] = []
        counts = np.empty(len(feats), dtype=np.int64)
        for r, f in enumerate(feats):
            keys.extend(f)
            values.extend(f.values())
            counts[r] = len(f)
        # One C-level pass over all names; unknown features map to -1 and are dropped.
        cols = np.fromiter(
            map(self.vocabulary.get, keys, repeat(-1)), dtype=np.int64, count=len(keys)
        )
        rows = np.repeat(np.arange(len(feats), dtype=np.int64), counts)
        data = np.fromiter(values, dtype=np.float64, count=len(values))
        keep = cols >= 0
        return sp.csr_matrix(
            (data[keep], (rows[keep], cols[keep])), shape=(len(feats), len(self.vocabulary))
        )

    def matrix(self, targets: Sequence[tuple[str, int, int]]) -> sp.csr_matrix:
        """The feature matrix of ``targets``: the same matrix as :meth:`_matrix_reference`.

        Features are looked up as columns directly: the masked unigrams and bigrams and the
        negated words of a sentence are looked up once for all its targets, and the rest
        per target. Every feature gets the value :func:`_features` gives it (binary ones
        1.0 or 2.0, accumulated ones summed in the same order), and the matrix is built the
        same way, so the result is equal entry for entry.
        """
        vocab = self.vocabulary
        memo = self._word_memo
        if self._bigrams is None:
            self._bigrams = _bigram_table(vocab)
        bigrams = self._bigrams
        cache: dict[str, tuple[_Sentence, list[tuple[int, ...]], list[int]]] = {}
        cols: list[int] = []
        values: list[float] = []
        counts = np.empty(len(targets), dtype=np.int64)
        for r, (s, a, b) in enumerate(targets):
            entry = cache.get(s)
            if entry is None:
                entry = cache[s] = _sentence_columns(_Sentence(s), vocab, memo, bigrams)
            before = len(cols)
            _target_columns(entry, a, b, vocab, cols, values)
            counts[r] = len(cols) - before
        c = np.fromiter(cols, dtype=np.int64, count=len(cols))
        rows = np.repeat(np.arange(len(targets), dtype=np.int64), counts)
        data = np.fromiter(values, dtype=np.float64, count=len(values))
        keep = c >= 0
        return sp.csr_matrix((data[keep], (rows[keep], c[keep])), shape=(len(targets), len(vocab)))

    def _matrix_reference(self, targets: Sequence[tuple[str, int, int]]) -> sp.csr_matrix:
        """The feature matrix through named features (:func:`_features`), the reference."""
        return self.matrix_from_features(extract_many(targets))

    def named_features(self, target: tuple[str, int, int]) -> list[tuple[str, int, float]]:
        (f,) = extract_many([target])
        vocab = self.vocabulary
        return [(k, vocab[k], v) for k, v in f.items() if k in vocab]


# --------------------------------------------------------------------------- fast path
#
# The functions below produce the same features as _features() as column indices of a
# fixed vocabulary. Every feature name starts with its own kind prefix, so two names of
# different kinds never collide, and _features() gives a binary feature the same value
# however often it is set; a set of columns per kind therefore holds exactly the binary
# features. The accumulated ones (lexicon, pronoun, speech evidence) are computed by the
# very same functions, in the same order, into a small dict of names.


#: Per-word feature kinds looked up once per distinct word (see _word_columns).
_WORD_KINDS = ("u:", "l:", "r:", "cL:", "cR:", "sL:", "sR:", "neg:", "t:", "tl:", "tr:")
_U, _L, _R, _CL, _CR, _SL, _SR, _NEG, _T, _TL, _TR = range(len(_WORD_KINDS))


def _word_columns(word: str, vocab: dict[str, int]) -> tuple[int, ...]:
    """Column of each per-word feature of ``word`` (-1: not in the vocabulary)."""
    get = vocab.get
    stem = word[:5] if len(word) > 5 else None
    return tuple(
        -1
        if kind in ("sL:", "sR:") and stem is None
        else get(kind + word, -1)
        if kind not in ("sL:", "sR:")
        else get(kind + stem, -1)
        for kind in _WORD_KINDS
    )


def _sentence_columns(
    an: _Sentence,
    vocab: dict[str, int],
    memo: dict[str, tuple[int, ...]],
    bigrams: dict[str, dict[str, int]],
) -> tuple[_Sentence, list[tuple[int, ...]], list[int]]:
    """Per-word columns (memoised across sentences) and bigram columns of a sentence."""
    if len(memo) > _MEMO_MAX:
        memo.clear()
    wcs = []
    for w in an.words:
        wc = memo.get(w)
        if wc is None:
            wc = memo[w] = _word_columns(w, vocab)
        wcs.append(wc)
    words = an.words
    empty: dict[str, int] = {}
    bi = [bigrams.get(a, empty).get(b, -1) for a, b in zip(words, words[1:], strict=False)]
    return an, wcs, bi


def _bigram_table(vocab: dict[str, int]) -> dict[str, dict[str, int]]:
    """``table[a][b]`` is the column of ``"b:" + a + "_" + b``.

    Words may hold "_" themselves, so a name is entered under every way of cutting it at
    an "_": a lookup finds a column exactly when the joined name is in the vocabulary.
    """
    table: dict[str, dict[str, int]] = {}
    for name, j in vocab.items():
        if not name.startswith("b:"):
            continue
        body = name[2:]
        cut = body.find("_")
        while cut >= 0:
            table.setdefault(body[:cut], {})[body[cut + 1 :]] = j
            cut = body.find("_", cut + 1)
    return table


def _target_columns(
    entry: tuple[_Sentence, list[tuple[int, ...]], list[int]],
    start: int,
    end: int,
    vocab: dict[str, int],
    cols: list[int],
    values: list[float],
) -> None:
    """Append the columns and values of one target's features to ``cols`` and ``values``."""
    an, wcs, bi = entry
    words, val, n = an.words, an.val, an.n
    get = vocab.get
    # Target tokens: those overlapping [start, end) (tokens are sorted and disjoint).
    t0 = bisect_right(an.ends, start)
    t1 = bisect_left(an.starts, end)
    if t0 >= t1:  # the target is whitespace only; anchor it where it sits
        t0 = t1 = bisect_left(an.starts, start)
    one = {wc[_U] for wc in wcs[:t0]}
    one.update([wc[_U] for wc in wcs[t1:]])
    one.add(get("u:<T>", -1))
    if t0 >= 1:
        one.update(bi[: t0 - 1])
        one.add(get("b:" + words[t0 - 1] + "_<T>", -1))
    if t1 < n:
        one.add(get("b:<T>_" + words[t1], -1))
        one.update(bi[t1:])
    one.update([wcs[i][_NEG] for i in an.negated])
    one.update([wc[_L] for wc in wcs[max(0, t0 - 4) : t0]])
    one.update([wc[_R] for wc in wcs[t1 : t1 + 4]])
    one.add(wcs[t0 - 1][_TL] if t0 >= 1 else get("tl:<S>", -1))
    one.add(wcs[t1][_TR] if t1 < n else get("tr:<E>", -1))
    lw1 = words[t0 - 1] if t0 >= 1 else "<S>"
    lw2 = words[t0 - 2] if t0 >= 2 else "<S>"
    rw1 = words[t1] if t1 < n else "<E>"
    rw2 = words[t1 + 1] if t1 + 1 < n else "<E>"
    one.add(get("tl2:" + lw2 + "_" + lw1, -1))
    one.add(get("tr2:" + rw1 + "_" + rw2, -1))
    if rw1 == "'s":
        one.add(get("poss:" + rw2, -1))
    # The target's clause: clause ids never decrease, so it is one run of tokens.
    clause = an.clause
    if n:
        tc = clause[t0] if t0 < n else clause[-1]
        left = wcs[bisect_left(clause, tc, 0, t0) : t0]
        one.update([wc[_CL] for wc in left])
        one.update([wc[_SL] for wc in left])
        right = wcs[t1 : bisect_right(clause, tc)]
        one.update([wc[_CR] for wc in right])
        one.update([wc[_SR] for wc in right])
    if t0 == 0:
        one.add(get("pos:first", -1))
    one.add(get(f"pos:rel{_bin(t0 / max(n, 1), (0.2, 0.4, 0.6, 0.8))}", -1))
    twos = {wc[_T] for wc in wcs[t0:t1]}
    f: dict[str, float] = {}
    _lex_features(an, t0, t1, f)
    _role_features(an, t0, t1, f)
    _speech_features(an, t0, t1, f)
    for i in range(t1, n):
        if words[i] in PRONOUNS:
            ev = 0.0
            for j in range(max(t1, i - 3), min(n, i + 4)):
                ev += val[j]
            if ev > 0:
                f["pro:pos"] = f.get("pro:pos", 0.0) + ev / 4.0
            elif ev < 0:
                f["pro:neg"] = f.get("pro:neg", 0.0) - ev / 4.0
            _role_features(an, i, i + 1, f, prefix="prorole:")
    one.discard(-1)
    twos.discard(-1)
    cols.extend(one)
    values.extend([1.0] * len(one))
    cols.extend(twos)
    values.extend([2.0] * len(twos))
    for k, v in f.items():
        j = get(k, -1)
        if j >= 0:
            cols.append(j)
            values.append(v)
