"""A news vectorizer: our tokenizer, learnt phrases, seed phrases kept, document-frequency pruning.

:class:`NewsVectorizer` is a scikit-learn transformer (``clone`` works, ``fit`` returns
``self``, learnt state ends in ``_``). It tokenises with :func:`newsanalytics.text.topic_tokens`,
learns collocations ("foreign minister", "human rights") from the corpus in the same single
pass that counts document frequencies, and always keeps the multi-word seeds of a taxonomy
("drug policy", "war on drugs") as features. Features are words and phrases joined by a
space; a phrase is counted in addition to its words.
"""

from __future__ import annotations

import logging
import math
from collections import Counter
from collections.abc import Iterable, Iterator
from itertools import chain, compress, repeat
from numbers import Integral
from typing import Any

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.utils.validation import check_is_fitted

from ..exceptions import MSG_ONE_SHOT, InputError, not_iterable, one_item
from ..taxonomy import plural_forms
from ..text import topic_tokens
from ..types import Article
from ._company_names import company_name_words

__all__ = ["NewsVectorizer", "document_text", "plural_forms", "seed_terms"]

logger = logging.getLogger(__name__)
logger.addHandler(logging.NullHandler())


def document_text(doc: object, index: int | None = None) -> str:
    """The text the topic layer reads from one document: a str, or an Article's title + text.

    Raises
    ------
    InputError
        If ``doc`` is neither a str nor an :class:`~newsanalytics.types.Article` (a dict
        with a ``"text"`` field is accepted too).
    """
    if isinstance(doc, str):
        return doc
    if isinstance(doc, Article):
        return f"{doc.title}\n\n{doc.text}" if doc.title else doc.text
    if isinstance(doc, dict) and isinstance(doc.get("text"), str):
        title = doc.get("title")
        return f"{title}\n\n{doc['text']}" if isinstance(title, str) and title else doc["text"]
    where = "document" if index is None else f"record {index}"
    raise InputError(
        f"{where}: expected a str or an Article (or a dict with a 'text' field), "
        f"got {type(doc).__name__}"
    )


def seed_terms(seeds: object) -> list[str]:
    """Features that seeds become: each seed tokenised like the corpus and joined by spaces.

    ``seeds`` is a :class:`~newsanalytics.taxonomy.Taxonomy`, an iterable of str, or None.

    Examples
    --------
    >>> seed_terms(["War on Drugs", "cartel"])
    ['war drugs', 'cartel']
    """
    if seeds is None:
        return []
    if hasattr(seeds, "all_seeds"):
        seeds = seeds.all_seeds()
    if isinstance(seeds, str):
        seeds = [seeds]
    out: dict[str, None] = {}
    for seed in seeds:
        toks = topic_tokens(str(seed))
        if toks:
            out.setdefault(" ".join(toks), None)
    return list(out)


def _grams(text: str) -> list[tuple[str, ...]]:
    """Token sequences a seed word or phrase matches (its plural included)."""
    toks = topic_tokens(text)
    if not toks:
        return []
    return [tuple(f.split()) for f in plural_forms(" ".join(toks))]


#: A sense's near or not_near forms, split for reading: the one-word forms, the first words
#: of the longer forms, and the longer forms by their first word.
_Split = tuple[frozenset[str], frozenset[str], dict[str, list[tuple[str, ...]]]]


class _SenseRules:
    """Finds the senses of a taxonomy in a token list (see :class:`~newsanalytics.taxonomy.Sense`)."""

    def __init__(self, senses: Iterable[Any]) -> None:
        self.keys: list[str] = []
        # first token of a target form -> (target form, rule index)
        self.first: dict[str, list[tuple[tuple[str, ...], int]]] = {}
        # Per rule, the forms that must (near) or must not (not_near) stand in its window,
        # split for reading: one-word forms as a set (one C-level test against a window),
        # longer forms scanned where one of their first words stands in it (see _split);
        # None when the rule has no such condition.
        self._near: list[_Split | None] = []
        self._not_near: list[_Split | None] = []
        # Per rule, the forms that must not stand anywhere in the document (not_in_text).
        self._not_in_text: list[_Split | None] = []
        self.window: list[int] = []
        for sense in senses:
            i = len(self.keys)
            self.keys.append(sense.key)
            for gram in _grams(sense.word):
                self.first.setdefault(gram[0], []).append((gram, i))
            self._near.append(self._split([g for w in sense.near for g in _grams(w)]))
            self._not_near.append(self._split([g for w in sense.not_near for g in _grams(w)]))
            barred = sense.not_in_text
            self._not_in_text.append(self._split([g for w in barred for g in _grams(w)]))
            self.window.append(int(sense.window))

    @staticmethod
    def _split(grams: list[tuple[str, ...]]) -> _Split | None:
        if not grams:
            return None
        by_head: dict[str, list[tuple[str, ...]]] = {}
        for g in grams:
            if len(g) > 1:
                by_head.setdefault(g[0], []).append(g)
        return frozenset(g[0] for g in grams if len(g) == 1), frozenset(by_head), by_head

    @classmethod
    def _has_split(cls, window: list[str], split: _Split) -> bool:
        """:meth:`_has` of grams prepared by :meth:`_split`: a longer form is looked for
        only when one of their first words stands in the window (one C-level test; most
        windows have none, and ``_has`` would try each form in turn)."""
        words, heads, by_head = split
        if not words.isdisjoint(window):
            return True
        if heads.isdisjoint(window):
            return False
        # Only the longer forms whose first word stands in the window can be in it: where
        # _has would try each form in turn (hundreds, each a scan of the window; a
        # not_in_text window is the whole text).
        return cls._has(window, [g for h in heads.intersection(window) for g in by_head[h]])

    def __bool__(self) -> bool:
        return bool(self.keys)

    @staticmethod
    def _has(window: list[str], grams: list[tuple[str, ...]]) -> bool:
        for gram in grams:
            if len(gram) == 1:
                if gram[0] in window:
                    return True
                continue
            # Only where the gram's first word stands (one C-level scan finds it or not).
            first, n = gram[0], len(gram)
            if first not in window:
                continue
            j = window.index(first)
            while True:
                if tuple(window[j : j + n]) == gram:
                    return True
                try:
                    j = window.index(first, j + 1)
                except ValueError:
                    break
        return False

    def hits(self, toks: list[str]) -> list[tuple[int, int, str]]:
        """``(position, length, key)`` of every occurrence of a sense that meets its
        conditions."""
        first = self.first
        if first.keys().isdisjoint(toks):
            return []
        rules_at = list(map(first.get, toks))  # C-level: most tokens start no sense
        return self.hits_at(toks, compress(range(len(toks)), rules_at))

    def hits_at(self, toks: list[str], where: Iterable[int]) -> list[tuple[int, int, str]]:
        """:meth:`hits` given the positions ``where`` of the tokens that start a sense
        (ascending; where the caller knows them already)."""
        out: list[tuple[int, int, str]] = []
        first = self.first
        window, near, not_near, keys = self.window, self._near, self._not_near, self.keys
        has = self._has_split
        barred: dict[int, bool] = {}  # per rule with not_in_text: whether the text has one
        for j in where:
            for gram, i in first[toks[j]]:
                n = len(gram)
                if n > 1 and tuple(toks[j : j + n]) != gram:
                    continue
                if self._not_in_text[i] is not None:
                    if i not in barred:
                        barred[i] = has(toks, self._not_in_text[i])
                    if barred[i]:
                        continue
                w = window[i]
                ctx = toks[max(0, j - w) : j] + toks[j + n : j + n + w]
                if near[i] is not None and not has(ctx, near[i]):
                    continue
                if not_near[i] is not None and has(ctx, not_near[i]):
                    continue
                out.append((j, n, keys[i]))
        return out

    def positions(
        self, toks: list[str], where: Iterable[int] | None = None
    ) -> dict[int, list[tuple[int, str]]]:
        """By position, the ``(length, key)`` of the senses found there (``where``: as in
        :meth:`hits_at`)."""
        at: dict[int, list[tuple[int, str]]] = {}
        for j, n, key in self.hits(toks) if where is None else self.hits_at(toks, where):
            at.setdefault(j, []).append((n, key))
        return at

    def read(self, toks: list[str]) -> tuple[list[str], dict[int, list[tuple[int, str]]]]:
        """The tokens left once one-word senses have taken theirs (an occurrence that has
        a sense is read as that sense only), and by position the ``(length, key)`` of the
        senses found there."""
        at = self.positions(toks)
        if not at:
            return toks, at
        taken = {j for j, hits in at.items() if any(n == 1 for n, _ in hits)}
        return [t for j, t in enumerate(toks) if j not in taken], at


class _TokenTable:
    """The tokens a vectorizer's rows depend on, each with a code, for reading a batch of
    token lists at once (:meth:`NewsVectorizer._rows`).

    A token's code gives its column (-1: none), whether a two-word phrase starts with it,
    whether a longer phrase ends with it, and whether a sense starts with it; every other
    token has the code of none (the last). Two-word phrases are found by their pair of codes
    in a sorted array of the phrases' pairs.
    """

    def __init__(
        self,
        vocab: dict[str, int],
        follow: dict[str, dict[str, int]],
        long_grams: dict[str, list[tuple[int, tuple[str, ...], int]]],
        senses: _SenseRules,
    ) -> None:
        words = {t: None for t in vocab if " " not in t}  # a token holds no space
        for first, rest in follow.items():
            words[first] = None
            words.update((w, None) for w in rest if " " not in w)
        words.update(dict.fromkeys(long_grams))
        self.long_grams = long_grams
        words.update(dict.fromkeys(senses.first))
        self.code = {w: k for k, w in enumerate(words)}
        none = len(self.code)
        self.none = none
        self.col = np.array([vocab.get(w, -1) for w in words] + [-1], dtype=np.int64)
        self.starts_pair = np.array([w in follow for w in words] + [False])
        self.ends_long = np.array([w in long_grams for w in words] + [False])
        self.starts_sense = np.array([w in senses.first for w in words] + [False])
        code = self.code
        pairs = sorted(
            (code[a] * (none + 1) + code[b], col)
            for a, rest in follow.items()
            for b, col in rest.items()
            if " " not in b
        )
        self.pair_keys = np.array([k for k, _ in pairs], dtype=np.int64)
        self.pair_cols = np.array([c for _, c in pairs], dtype=np.int64)

    def rows(
        self, per: list[list[str]], senses: _SenseRules, vocab: dict[str, int]
    ) -> tuple[np.ndarray, np.ndarray]:
        """Each token list's row (see :meth:`NewsVectorizer._row`): lengths and columns."""
        sizes = np.fromiter(map(len, per), dtype=np.int64, count=len(per))
        toks = list(chain.from_iterable(per))
        n = len(toks)
        codes = np.fromiter(map(self.code.get, toks, repeat(self.none)), np.int64, count=n)
        own = self.col[codes]
        doc_of = np.repeat(np.arange(len(per), dtype=np.int64), sizes)
        # What goes around a token's own column, as (owner, group, seq, column): the senses
        # starting at the owner (group 0, before it), then the phrases ending there (group
        # 1, after it: the two-word one, then the longer ones), each group in its order.
        parts: list[tuple[np.ndarray, int, np.ndarray, np.ndarray]] = []
        if len(self.pair_keys) and n > 1:
            # A token that starts a phrase, and whose next token is of the same text.
            j = np.flatnonzero(self.starts_pair[codes[:-1]] & (doc_of[1:] == doc_of[:-1]))
            key = codes[j] * (self.none + 1) + codes[j + 1]
            at = np.minimum(np.searchsorted(self.pair_keys, key), len(self.pair_keys) - 1)
            hit = self.pair_keys[at] == key
            pos = j[hit] + 1
            parts.append((pos, 1, np.zeros(len(pos), dtype=np.int64), self.pair_cols[at[hit]]))
        doc_start = np.cumsum(sizes) - sizes  # each text's first position in the batch
        ends = np.flatnonzero(self.ends_long[codes])
        if len(ends):
            longs: list[tuple[int, int, int]] = []
            for j, start in zip(ends.tolist(), doc_start[doc_of[ends]].tolist(), strict=True):
                k = 1
                for size, gram, col in self.long_grams[toks[j]]:
                    if j + 1 - start >= size and tuple(toks[j - size + 1 : j + 1]) == gram:
                        longs.append((j, k, col))
                        k += 1
            if longs:
                owner_, seq_, col_ = np.array(longs, dtype=np.int64).T
                parts.append((owner_, 1, seq_, col_))
        where = np.flatnonzero(self.starts_sense[codes]) if senses else ()
        if len(where):
            # The tokens that start a sense, by text (positions in the text's own list).
            found: list[tuple[int, int, int]] = []
            taken: list[int] = []  # where a one-word sense takes the word's place
            texts = doc_of[where]
            cut = np.flatnonzero(np.diff(texts)) + 1
            groups = np.split(where - doc_start[texts], cut)
            for local, d in zip(groups, texts[np.r_[0, cut]].tolist(), strict=True):
                base = int(doc_start[d])
                for j, hits in senses.positions(per[d], local.tolist()).items():
                    kept = [(size, vocab[k]) for size, k in hits if k in vocab]
                    found.extend((base + j, k, col) for k, (_, col) in enumerate(kept))
                    if any(size == 1 for size, _ in kept):
                        taken.append(base + j)
            if found:
                owner_, seq_, col_ = np.array(found, dtype=np.int64).T
                parts.append((owner_, 0, seq_, col_))
            own[taken] = -1
        if not parts:
            keep = own >= 0
            return np.bincount(doc_of[keep], minlength=len(per)), own[keep].astype(np.int32)
        # Inserted in the order of (owner, group, seq): senses at their owner's place,
        # phrases just after it (np.insert keeps equal indices in the order given).
        owner = np.concatenate([p[0] for p in parts])
        group = np.concatenate([np.full(len(p[0]), p[1], dtype=np.int64) for p in parts])
        seq = np.concatenate([p[2] for p in parts])
        extra = np.concatenate([p[3] for p in parts])
        order = np.lexsort((seq, group, owner))
        owner, extra = owner[order], extra[order]
        index = owner + group[order]
        cols = np.insert(own, index, extra)
        docs = np.insert(doc_of, index, doc_of[owner])
        keep = cols >= 0
        return np.bincount(docs[keep], minlength=len(per)), cols[keep].astype(np.int32)


def _sense_rules(seeds: object) -> _SenseRules:
    """The sense rules of ``seeds`` (a Taxonomy has senses; a plain seed list none)."""
    return _SenseRules(seeds.senses() if hasattr(seeds, "senses") else [])


def _check_documents(raw_documents: object, what: str) -> None:
    if isinstance(raw_documents, str):
        raise one_item(what, "documents", "text")
    if not isinstance(raw_documents, Iterable):
        raise not_iterable(what, "documents", raw_documents)


def _progress(it: Iterable[Any], verbose: bool, desc: str) -> Iterable[Any]:
    if not verbose:
        return it
    from tqdm.auto import tqdm

    return tqdm(it, desc=desc, unit="doc", leave=False)


class NewsVectorizer(TransformerMixin, BaseEstimator):
    """Count words and phrases of news articles, scikit-learn style.

    Parameters
    ----------
    seeds : Taxonomy or iterable of str, optional
        Seed words and phrases that are always features when they occur in the corpus at
        least once, whatever ``min_df``, ``max_df`` and ``max_features`` say. Multi-word seeds
        ("drug policy") become phrase features.
    phrases : bool, default=True
        Learn two-word collocations from the corpus.
    phrase_min_count : int, default=5
        A collocation must occur at least this many times.
    phrase_threshold : float, default=0.4
        Minimum normalised PMI (in [-1, 1]) of a collocation.
    min_df : int or float, default=2
        Drop features in fewer documents than this (a float is a fraction of documents).
    max_df : int or float, default=0.5
        Drop features in more documents than this (a float is a fraction of documents).
    max_features : int, optional
        Keep only this many features, the most frequent (seeds come on top).
    binary : bool, default=False
        Presence (1) instead of counts.
    verbose : bool, default=False
        Show a progress bar (stderr) while reading documents.

    Attributes
    ----------
    vocabulary_ : dict of str to int
        Feature to column index (features sorted alphabetically).
    phrases_ : list of str
        The multi-word features (learnt collocations and seed phrases).
    document_frequency_ : ndarray of int, shape (n_features,)
        In how many training documents each feature occurs.
    n_documents_ : int
        Number of training documents.

    Examples
    --------
    >>> from newsanalytics import NewsVectorizer
    >>> docs = ["The foreign minister met the foreign minister of Peru.",
    ...         "Drug policy debate: the foreign minister spoke.", "Drug policy again."]
    >>> vec = NewsVectorizer(seeds=["drug policy"], min_df=1, max_df=1.0,
    ...                      phrase_min_count=2).fit(docs)
    >>> "drug policy" in vec.get_feature_names_out()
    True
    >>> vec.transform(docs).shape[0]
    3
    """

    def __init__(
        self,
        *,
        seeds: Any = None,
        phrases: bool = True,
        phrase_min_count: int = 5,
        phrase_threshold: float = 0.4,
        min_df: float = 2,
        max_df: float = 0.5,
        max_features: int | None = None,
        binary: bool = False,
        verbose: bool = False,
    ) -> None:
        self.seeds = seeds
        self.phrases = phrases
        self.phrase_min_count = phrase_min_count
        self.phrase_threshold = phrase_threshold
        self.min_df = min_df
        self.max_df = max_df
        self.max_features = max_features
        self.binary = binary
        self.verbose = verbose

    # -- fitting ------------------------------------------------------------------------
    def fit(self, raw_documents: Iterable[Any], y: object = None) -> NewsVectorizer:
        """Learn phrases and the vocabulary in one pass over ``raw_documents``.

        Parameters
        ----------
        raw_documents : iterable of str or Article
            Read once; a generator is fine here.

        Returns
        -------
        self
        """
        _check_documents(raw_documents, "NewsVectorizer.fit")
        seeds = [f for term in seed_terms(self.seeds) for f in plural_forms(term)]
        senses = _sense_rules(self.seeds)
        seed_grams = {tuple(s.split()) for s in seeds if " " in s}
        max_n = max((len(g) for g in seed_grams), default=1)
        uni_tf: Counter[str] = Counter()
        uni_df: Counter[str] = Counter()
        bi_tf: Counter[tuple[str, str]] = Counter()
        bi_df: Counter[tuple[str, str]] = Counter()
        seed_df: Counter[str] = Counter()
        n_docs = 0
        n_tokens = 0
        for i, doc in enumerate(_progress(raw_documents, self.verbose, "vocabulary")):
            toks = topic_tokens(document_text(doc, i))
            n_docs += 1
            n_tokens += len(toks)
            words = toks
            if senses:
                # a word read as one of its senses is counted as that sense, not as itself
                words, at = senses.read(toks)
                seed_df.update({k for hits in at.values() for _, k in hits})
            uni_tf.update(toks)  # raw tokens: the counts behind phrase PMI
            uni_df.update(set(words))
            if self.phrases and len(toks) > 1:
                pairs = list(zip(toks, toks[1:], strict=False))
                bi_tf.update(pairs)
                bi_df.update(set(pairs))
            if seed_grams:
                found = set()
                for n in range(2, max_n + 1):
                    for j in range(len(toks) - n + 1):
                        gram = tuple(toks[j : j + n])
                        if gram in seed_grams:
                            found.add(" ".join(gram))
                seed_df.update(found)
        if n_docs == 0:
            raise InputError("NewsVectorizer.fit: got no documents")

        df: dict[str, int] = dict(uni_df)
        learnt: list[str] = []
        if self.phrases and n_tokens:
            log_n = math.log(n_tokens)
            for (a, b), c in bi_tf.items():
                if c < self.phrase_min_count:
                    continue
                # normalised PMI: log p(ab)/(p(a)p(b)) / -log p(ab), estimated on token counts
                p_ab = math.log(c) - log_n
                pmi = p_ab - (math.log(uni_tf[a]) - log_n) - (math.log(uni_tf[b]) - log_n)
                if pmi / -p_ab >= self.phrase_threshold:
                    phrase = f"{a} {b}"
                    df[phrase] = bi_df[(a, b)]
                    learnt.append(phrase)
        for phrase, count in seed_df.items():
            df[phrase] = count

        low = self.min_df if isinstance(self.min_df, Integral) else self.min_df * n_docs
        high = self.max_df if isinstance(self.max_df, Integral) else self.max_df * n_docs
        kept = [t for t, d in df.items() if low <= d <= high]
        if self.max_features is not None and len(kept) > self.max_features:
            kept.sort(key=lambda t: (-df[t], t))
            kept = kept[: self.max_features]
        forced = [s for s in [*seeds, *senses.keys] if df.get(s, 0) > 0]
        terms = sorted(set(kept) | set(forced))
        if not terms:
            raise InputError(
                "NewsVectorizer.fit: no feature survives min_df/max_df pruning; "
                f"got min_df={self.min_df!r}, max_df={self.max_df!r} on {n_docs} documents"
            )
        self.vocabulary_ = {t: i for i, t in enumerate(terms)}
        self.phrases_ = [t for t in terms if " " in t]
        self.document_frequency_ = np.array([df[t] for t in terms], dtype=np.int64)
        self.n_documents_ = n_docs
        self._compile()
        logger.info(
            "NewsVectorizer: %d features (%d phrases, %d learnt) from %d documents",
            len(terms),
            len(self.phrases_),
            len(set(learnt) & set(terms)),
            n_docs,
        )
        return self

    def _compile(self) -> None:
        """Derived lookup tables (not part of the saved state)."""
        vocab = self.vocabulary_
        # A two-word phrase by its first word: second word -> column (a token holds no
        # space, so "a b" is the phrase of tokens a, b exactly when it splits there).
        follow: dict[str, dict[str, int]] = {}
        long_grams: dict[str, list[tuple[int, tuple[str, ...], int]]] = {}
        for p in self.phrases_:
            first, _, rest = p.partition(" ")
            follow.setdefault(first, {})[rest] = vocab[p]
            gram = tuple(p.split())
            if len(gram) > 2:
                long_grams.setdefault(gram[-1], []).append((len(gram), gram, vocab[p]))
        self._follow = follow
        self._long_grams = long_grams
        self._names = sorted(vocab, key=vocab.__getitem__)
        seeds = getattr(self, "seeds", None)
        self._senses = _sense_rules(seeds)
        self._table = _TokenTable(vocab, follow, long_grams, self._senses)

    # -- transforming -------------------------------------------------------------------
    def analyze(self, doc: object) -> list[str]:
        """Features of one document, in reading order (phrases right after their last word).

        Only features in the fitted vocabulary are returned.
        """
        check_is_fitted(self, "vocabulary_")
        if not hasattr(self, "_follow"):
            self._compile()
        names = self._names
        return [names[i] for i in self._row(doc)]

    def _row(self, doc: object) -> list[int]:
        """The columns of :meth:`analyze`'s features of ``doc``, in its order.

        At each token: its senses (those in the vocabulary; a one-word sense takes the
        word's place, as in fit), else the token itself when it is in the vocabulary; then
        the two-word phrase it ends, then the longer phrases it ends. Tokens with none of
        these but their own column (nearly all) are read by C-level maps, not one by one.
        """
        vocab = self.vocabulary_
        toks = topic_tokens(document_text(doc))
        ids = list(map(vocab.get, toks))  # each token's column, or None
        n = len(toks)
        # Phrases ending at a position, in the order they are read there.
        after: dict[int, list[int]] = {}
        firsts = list(map(self._follow.get, toks))
        for j in compress(range(n - 1), firsts):
            col = firsts[j].get(toks[j + 1])
            if col is not None:
                after[j + 1] = [col]
        long_grams = self._long_grams
        if long_grams:
            for j in compress(range(n), map(long_grams.__contains__, toks)):
                for size, gram, col in long_grams[toks[j]]:
                    if j + 1 >= size and tuple(toks[j - size + 1 : j + 1]) == gram:
                        after.setdefault(j, []).append(col)
        at = self._senses.positions(toks) if self._senses else {}
        if not after and not at:
            return [i for i in ids if i is not None]
        out: list[int] = []
        extend = out.extend
        done = 0
        for j in sorted(after.keys() | at.keys()):
            extend([i for i in ids[done:j] if i is not None])
            own = ids[j]
            senses = at.get(j)
            if senses is not None:
                kept = [(size, vocab[k]) for size, k in senses if k in vocab]
                extend(col for _, col in kept)
                if own is not None and not any(size == 1 for size, _ in kept):
                    out.append(own)
            elif own is not None:
                out.append(own)
            extend(after.get(j, ()))
            done = j + 1
        extend([i for i in ids[done:] if i is not None])
        return out

    def transform(self, raw_documents: Iterable[Any]) -> sp.csr_matrix:
        """Document-term counts.

        Parameters
        ----------
        raw_documents : iterable of str or Article
            Read once, so a generator is fine.

        Returns
        -------
        scipy.sparse.csr_matrix of shape (n_documents, n_features), float64
        """
        blocks = list(self.transform_blocks(raw_documents, 4096))
        if not blocks:
            return self._count_matrix([])
        return blocks[0] if len(blocks) == 1 else sp.vstack(blocks, format="csr")

    def transform_blocks(
        self, raw_documents: Iterable[Any], block_size: int
    ) -> Iterator[sp.csr_matrix]:
        """Document-term counts, ``block_size`` consecutive documents at a time.

        The corpus is read once and only one block is held at a time, so counting a
        corpus larger than memory stays bounded.

        Yields
        ------
        scipy.sparse.csr_matrix of shape (n_documents_in_block, n_features), float64
        """
        check_is_fitted(self, "vocabulary_")
        _check_documents(raw_documents, "NewsVectorizer.transform")
        if not hasattr(self, "_follow"):
            self._compile()
        texts: list[str] = []
        for i, doc in enumerate(_progress(raw_documents, self.verbose, "vectorize")):
            texts.append(document_text(doc, i))  # names the record on bad input
            if len(texts) == block_size:
                yield self._counts(*self._rows(texts))
                texts = []
        if texts:
            yield self._counts(*self._rows(texts))

    def name_counts(self, raw_documents: list[Any]) -> sp.csr_matrix | None:
        """:meth:`transform` of each document's :func:`company_name_words` (the features in
        its company names); None when no document names a company."""
        names = [company_name_words(document_text(doc, i)) for i, doc in enumerate(raw_documents)]
        if not any(names):
            return None
        return self._counts(*self._rows(names))

    def _count_matrix(self, rows: list[list[int]]) -> sp.csr_matrix:
        lengths = np.fromiter(map(len, rows), dtype=np.int64, count=len(rows))
        cols = np.fromiter(chain.from_iterable(rows), dtype=np.int32, count=int(lengths.sum()))
        return self._counts(lengths, cols)

    def _rows(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """:meth:`_row` of each text, for a batch at once: each row's length, and the rows'
        columns one after another (int32). Equal to the rows of :meth:`_row` (a test holds
        them equal on real stories); the tokens of the whole batch are looked up in one
        table (:class:`_TokenTable`) and its phrases found by array operations, where
        ``_row`` reads each text in turn."""
        per = [topic_tokens(t) for t in texts]
        return self._table.rows(per, self._senses, self.vocabulary_)

    def _counts(self, lengths: np.ndarray, cols: np.ndarray) -> sp.csr_matrix:
        """The count matrix of rows of ``lengths[i]`` consecutive columns of ``cols`` each."""
        owner = np.repeat(np.arange(len(lengths), dtype=np.int32), lengths)
        out = sp.coo_matrix(
            (np.ones(len(cols)), (owner, cols)), shape=(len(lengths), len(self.vocabulary_))
        ).tocsr()  # sums repeated (row, column) pairs into counts
        out.sort_indices()
        if self.binary:
            out.data[:] = 1.0
        return out

    def transform_chunks(
        self, raw_documents: Iterable[Any], chunk_size: int
    ) -> tuple[sp.csr_matrix, sp.csr_matrix, np.ndarray]:
        """Counts per document and per chunk of about ``chunk_size`` consecutive features.

        Tokenises once. Long documents are cut into equal consecutive chunks, so a model
        trained on short texts can read a long article as a sequence of short ones.

        Returns
        -------
        documents : csr_matrix of shape (n_documents, n_features)
        chunks : csr_matrix of shape (n_chunks, n_features)
        chunk_document : ndarray of int, shape (n_chunks,)
            The document each chunk comes from (every document has at least one chunk).
        """
        check_is_fitted(self, "vocabulary_")
        _check_documents(raw_documents, "NewsVectorizer.transform_chunks")
        if not hasattr(self, "_follow"):
            self._compile()
        texts = [
            document_text(doc, i)
            for i, doc in enumerate(_progress(raw_documents, self.verbose, "vectorize"))
        ]
        sizes, cols = self._rows(texts)
        # A document of ``size`` features is cut into n = round(size / chunk_size) chunks (at
        # least one), chunk k holding its features int(k * size / n) up to the next chunk's
        # start (the last, up to size): np.linspace(0, size, n + 1).astype(int), for all
        # documents at once. The chunks hold the documents' features in order, so the two
        # matrices share their columns.
        n = np.maximum(1, np.rint(sizes / max(chunk_size, 1)).astype(np.int64))
        owner = np.repeat(np.arange(len(texts), dtype=np.int64), n)
        k = np.arange(len(owner), dtype=np.int64) - np.repeat(np.cumsum(n) - n, n)
        step = (sizes / n)[owner]
        ends = ((k + 1) * step).astype(np.int64)
        last = k == n[owner] - 1
        ends[last] = sizes[owner[last]]
        lengths = ends - (k * step).astype(np.int64)
        return self._counts(sizes, cols), self._counts(lengths, cols), owner

    def fit_transform(self, raw_documents: Iterable[Any], y: object = None) -> sp.csr_matrix:
        """Fit, then transform. Reads ``raw_documents`` twice, so it must be re-iterable."""
        if iter(raw_documents) is raw_documents:  # type: ignore[call-overload]
            raise InputError(
                MSG_ONE_SHOT.format(
                    what="NewsVectorizer.fit_transform", kind=type(raw_documents).__name__
                )
            )
        return self.fit(raw_documents).transform(raw_documents)

    def get_feature_names_out(self, input_features: object = None) -> np.ndarray:
        """Feature names (words and space-joined phrases), in column order."""
        check_is_fitted(self, "vocabulary_")
        return np.array(sorted(self.vocabulary_, key=self.vocabulary_.__getitem__), dtype=object)

    # -- persistence helpers (used by TopicModel) ---------------------------------------
    def _get_state(self) -> dict[str, Any]:
        check_is_fitted(self, "vocabulary_")
        return {
            "features": list(self.get_feature_names_out()),
            "document_frequency": self.document_frequency_.tolist(),
            "n_documents": int(self.n_documents_),
        }

    def _set_state(self, state: dict[str, Any]) -> NewsVectorizer:
        features = state["features"]
        self.vocabulary_ = {t: i for i, t in enumerate(features)}
        self.phrases_ = [t for t in features if " " in t]
        self.document_frequency_ = np.asarray(state["document_frequency"], dtype=np.int64)
        self.n_documents_ = int(state["n_documents"])
        self._compile()
        return self
