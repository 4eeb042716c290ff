"""The :class:`TopicModel` estimator: fit, score, explain, save and load (see the package
docstring of :mod:`newsanalytics.topics` for how it works)."""

from __future__ import annotations

import copy
import functools
import logging
import os
import time
import warnings
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import scipy.sparse as sp
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.exceptions import NotFittedError as _SklearnNotFittedError
from sklearn.utils import check_random_state
from sklearn.utils.validation import check_is_fitted

from .._dates import _is_null
from ..exceptions import (
    MSG_ONE_SHOT,
    InputError,
    ModelFormatError,
    NewsAnalyticsWarning,
    not_iterable,
    one_item,
    user_stacklevel,
)
from ..exceptions import NotFittedError as _NotFittedError
from ..persist import ArraySpec, ModelSpec, load_model_dir, save_model_dir
from ..taxonomy import Taxonomy
from ._blocks import CountBlocks
from ._checks import (
    check_classifier_params,
    is_one_shot,
    resolve_taxonomy,
    warn_missing_seeds,
    warn_paths,
    warn_thin_topics,
)
from ._inspect import TopicInspectionMixin, _label_stats, _MissingAsEmpty, _rows
from ._offsets import classifier_proba, label_stats_json, set_label_stats
from ._scoring import name_topics, seeds_and_fold_in, warm_tables
from ._seeded_lda import (
    BATCH,
    build_seed_matrix,
    expand_seeds,
    final_topics,
    fit_lda,
    gate_labels,
    lift_thin_topics,
    mix_seed_shares,
    normalize_rows,
    seed_evidence,
    seed_matrix,
    softmax,
    tfidf,
    train_classifier,
)
from ._shares import fill_unknown, hand_to_other, seed_word_counts, uninformative_rows
from ._short import background_by_length
from ._vectorize import NewsVectorizer

__all__ = ["TopicModel"]

logger = logging.getLogger(__name__)
logger.addHandler(logging.NullHandler())

FORMAT_NAME = "newsanalytics.TopicModel"
FORMAT_VERSION = 1
_BACKENDS = ("gensim", "sklearn")
_DEFAULT_DIR = "default_model"


class NotFittedError(_NotFittedError, _SklearnNotFittedError):
    """A TopicModel used before ``fit``: newsanalytics' and scikit-learn's NotFittedError at once,
    so ``except sklearn.exceptions.NotFittedError`` catches it as it does for any estimator."""


class TopicModel(TransformerMixin, TopicInspectionMixin, BaseEstimator):
    """Find the topics a taxonomy names in a corpus and score every article for them.

    Parameters
    ----------
    taxonomy : Taxonomy or dict, optional
        The named topics; a dict is passed to :class:`~newsanalytics.taxonomy.Taxonomy`.
        None means :meth:`Taxonomy.default() <newsanalytics.taxonomy.Taxonomy.default>`.
    n_topics : int, optional
        Total number of topics: None means the named ones plus ``n_other``. Unnamed
        (background) topics absorb what the taxonomy does not cover; their total share
        of an article is its "other" share (:meth:`score`).
    n_other : int, default=1
        Background topics when ``n_topics`` is None (0: every share goes to named topics).
    backend : {"gensim", "sklearn"}, default="gensim"
        ``"gensim"``: seeded LDA held by initialisation, prior and constraint, fitted by
        batch variational Bayes with gensim ``LdaModel``'s updates (our vectorised,
        multi-threaded implementation of them; see ``n_jobs``).
        ``"sklearn"``: scikit-learn LDA, topics named afterwards by seed overlap.
    random_state : int, RandomState or None
        Resolved in :meth:`fit`. Same corpus and seed give the same model.
    passes : int, default=10
        Passes of LDA over the corpus.
    iterations : int, default=50
        Per-document inference iterations inside LDA.
    n_expand : int, default=20
        Expanded seeds learnt per named topic (0 disables seed expansion).
    self_training : int, default=2
        Rounds of self-training (0 disables it).
    confident_fraction : float, default=0.5
        Share of each topic's documents, the most confident, used to train the classifier
        (0.5 did best on average over the two development sets, Reuters-21578 TRAIN and
        HuffPost; 1.0 is better on Reuters alone).
    blend : float, default=0.5
        Weight of the classifier in a document's shares (the rest is the LDA fold-in). A
        document shorter than ``chunk_size_`` words (a headline) gives the fold-in only
        its part of ``1 - blend`` in proportion to its length: the classifier, trained on
        texts that long, reads it better than a fold-in of a few words.
    C : float, default=100.0
        Inverse L2 regularisation of the logistic-regression classifier (trained by SGD).
    class_weight : {None, "balanced"}, default=None
        ``"balanced"`` weighs the classifier's training documents inversely to their topic's
        count, so a topic with many documents (politics in political news) does not outvote
        a rare, specific one (drug policy) by its prior alone.
    min_topic_documents : int, default=1
        Each topic trains the classifier on at least this many of its most confident
        documents (all it has if fewer), whatever ``confident_fraction`` leaves it.
    min_df, max_df, max_features, phrase_min_count
        Passed to :class:`~newsanalytics.vectorize.NewsVectorizer`.
    fold_in_iter : int, default=10
        Iterations of the LDA fold-in at transform time.
    chunk_size : int, "auto" or None, default="auto"
        At transform time, the classifier reads consecutive chunks of about this many
        features and averages them by length, so a model trained on short texts (headlines)
        shares a long article among its topics instead of crowning one. ``"auto"``: the
        median length of the training documents. None reads whole documents.
    seed_weight : float, default=0.35
        Weight, in a document's shares, of its own seed counts (tf-idf weighted, per named
        topic); documents without seeds are unaffected.
    name_topics : "auto", list of str or None, default="auto"
        The topics whose seeds still count inside a company's name (a capitalised run
        ending in Inc, Corp, Ltd ..., and its short forms) as seed evidence; for every
        other topic a name's words are no evidence. ``"auto"``: business and economy and
        markets, those of them the taxonomy has (the default taxonomy's). ``[]``: none.
        None: a name's words count as any word's.
    topic_word_iter : int, default=1
        EM iterations that re-estimate the final topic-word distributions word by word
        (each occurrence shared among its document's topics by responsibility), so a
        topic's top words are the words it explains rather than every word of its
        documents. 0 keeps the document-level estimate. One step did best on average
        over Reuters-21578 (K=20, three taxonomies) and BBC News (K=5, 15) c_npmi; more
        steps converge on rarer words and lost coherence on BBC with unnamed topics.
    n_jobs : int or None, default=-1
        Threads for the LDA passes of :meth:`fit` (``"gensim"`` backend): -1 means every
        core, -2 all but one, None or 1 one thread. The fitted model is the same for any
        value.
    max_memory_mb : float or None, default=1024
        The corpus's word counts are held in memory up to this size; beyond it, :meth:`fit`
        keeps them in a temporary directory on disk (``.npz``, removed afterwards) and
        reads them block by block, so a corpus larger than memory can be fitted. None
        keeps everything in memory. The fitted model is the same either way.
    verbose : bool, default=False
        Progress bars (stderr) while reading the corpus and over the LDA passes.

    Attributes
    ----------
    taxonomy_ : Taxonomy
    topic_names_ : list of str
        Named topics in taxonomy order, then ``"unnamed 1"``, ``"unnamed 2"``, ...
    vectorizer_ : NewsVectorizer
    seed_features_ : list of list of str
        Per named topic, the features its seeds matched in the corpus vocabulary.
    expanded_seeds_ : list of list of str
        Per named topic, the words seed expansion added.
    thin_topics_ : list of str
        Named topics whose seeds occur in too few training documents to learn them beyond
        those documents; fit held them there (a warning named them).
    topic_word_ : ndarray of shape (n_topics, n_features)
        Final topic-word distributions (rows sum to 1; a little more in a model given new
        seeds' columns without a refit, ``scripts/sense_default_model.py``).
    coef_ : ndarray of shape (n_topics, n_features)
        Classifier weights on tf-idf features.
    intercept_ : ndarray of shape (n_topics,)
    idf_ : ndarray of shape (n_features,)
    alpha_ : ndarray of shape (n_topics,)
        Document-topic prior used by the fold-in.
    chunk_size_ : int or None
        The chunk length the classifier reads at transform time.
    topic_counts_ : ndarray of shape (n_topics,)
        Training documents whose largest share (by the final labels of fit) is each topic;
        what :meth:`get_topic_info` reports without ``texts``. Absent from models saved
        before it existed.
    topic_shares_ : ndarray of shape (n_topics,)
        Mean share of each topic over the training documents (same labels).
    classifier_offsets_ : dict of str to float
        Added to the classifier's logits by topic, less below ``chunk_size_`` words; {} as fitted.

    Examples
    --------
    >>> from newsanalytics import TopicModel
    >>> model = TopicModel.default()
    >>> shares = model.score(["The cartel smuggled cocaine across the border."])
    >>> shares.idxmax(axis=1)[0]
    'drug policy'
    """

    def __init__(
        self,
        *,
        taxonomy: Taxonomy | dict[str, Any] | None = None,
        n_topics: int | None = None,
        n_other: int = 1,
        backend: str = "gensim",
        random_state: int | np.random.RandomState | None = None,
        passes: int = 10,
        iterations: int = 50,
        n_expand: int = 20,
        self_training: int = 2,
        confident_fraction: float = 0.5,
        blend: float = 0.5,
        C: float = 100.0,
        class_weight: str | None = None,
        min_topic_documents: int = 1,
        min_df: float = 2,
        max_df: float = 0.5,
        max_features: int | None = None,
        phrase_min_count: int = 5,
        fold_in_iter: int = 10,
        chunk_size: int | str | None = "auto",
        seed_weight: float = 0.35,
        name_topics: str | list[str] | None = "auto",
        topic_word_iter: int = 1,
        n_jobs: int | None = -1,
        max_memory_mb: float | None = 1024,
        verbose: bool = False,
    ) -> None:
        self.taxonomy = taxonomy
        self.n_topics = n_topics
        self.n_other = n_other
        self.backend = backend
        self.random_state = random_state
        self.passes = passes
        self.iterations = iterations
        self.n_expand = n_expand
        self.self_training = self_training
        self.confident_fraction = confident_fraction
        self.blend = blend
        self.C = C
        self.class_weight = class_weight
        self.min_topic_documents = min_topic_documents
        self.min_df = min_df
        self.max_df = max_df
        self.max_features = max_features
        self.phrase_min_count = phrase_min_count
        self.fold_in_iter = fold_in_iter
        self.chunk_size = chunk_size
        self.seed_weight = seed_weight
        self.name_topics = name_topics
        self.topic_word_iter = topic_word_iter
        self.n_jobs = n_jobs
        self.max_memory_mb = max_memory_mb
        self.verbose = verbose

    # -- fitting ----------------------------------------------------------------------------
    def fit(self, corpus: Iterable[Any], y: object = None) -> TopicModel:
        """Learn the named topics from ``corpus``.

        Parameters
        ----------
        corpus : re-iterable of str or Article
            Read twice (vocabulary, then counts), so a list, a DataFrame column or a
            re-iterable corpus such as :class:`newsanalytics.io.ArticleCorpus`; a one-shot
            generator is refused up front. A record with no text (None, NaN) is read as an
            empty document, with a :class:`~newsanalytics.NewsAnalyticsWarning` naming it.

        Returns
        -------
        self

        Raises
        ------
        InputError
            On a bare str, a one-shot iterator, an empty corpus, a bad backend or n_topics.
        """
        if isinstance(corpus, str):
            raise one_item("TopicModel.fit", "documents", "text")
        if not isinstance(corpus, Iterable):
            raise not_iterable("TopicModel.fit", "documents", corpus)
        if is_one_shot(corpus):
            raise InputError(MSG_ONE_SHOT.format(what="TopicModel.fit", kind=type(corpus).__name__))
        check_classifier_params(self.class_weight, self.min_topic_documents)
        if self.backend not in _BACKENDS:
            raise InputError(
                f"TopicModel: backend {self.backend!r} is not supported; allowed: {_BACKENDS}"
            )
        taxonomy = resolve_taxonomy(self.taxonomy)
        name_topics(self.name_topics, taxonomy.names)  # InputError on a bad one
        self.__dict__.pop("random_states_", None)  # a refit is no consensus (_consensus.py)
        n_named = len(taxonomy)
        if self.n_topics is None:
            n_topics = n_named + max(int(self.n_other), 0)
        else:
            n_topics = int(self.n_topics)
        if n_topics < n_named:
            raise InputError(
                f"TopicModel: n_topics={n_topics} is smaller than the {n_named} named topics "
                "of the taxonomy; use None or a larger number"
            )
        rng = check_random_state(self.random_state)
        t0 = time.perf_counter()

        corpus = _MissingAsEmpty(corpus)
        vec = self._vectorizer(taxonomy).fit(corpus)
        if corpus.missing:
            warnings.warn(
                NewsAnalyticsWarning(
                    f"TopicModel.fit: record(s) {_rows(np.asarray(corpus.missing))} have no "
                    "text (None or NaN); read as empty documents"
                ),
                stacklevel=user_stacklevel(),
            )
        features = vec.get_feature_names_out()
        n_features = len(features)
        budget = None if self.max_memory_mb is None else float(self.max_memory_mb) * 2**20
        blocks = CountBlocks(n_features, max_bytes=budget)
        for block in vec.transform_blocks(corpus, BATCH):
            blocks.append(block)
        n_docs = blocks.n_rows
        if blocks.spilled:
            msg = "TopicModel: %d of %d count blocks kept on disk (max_memory_mb=%s)"
            logger.info(msg, blocks.spilled, len(blocks), self.max_memory_mb)
        logger.info("TopicModel: %d documents x %d features", n_docs, n_features)

        self.taxonomy_ = taxonomy
        self.vectorizer_ = vec
        self.n_named_ = n_named
        self.topic_names_ = [*taxonomy.names, *(f"unnamed {i + 1}" for i in range(n_topics - n_named))]
        df = vec.document_frequency_.astype(np.float64)
        self.idf_ = (np.log((1.0 + vec.n_documents_) / (1.0 + df)) + 1.0).astype(np.float32)

        seed_matrix, seed_features = build_seed_matrix(taxonomy, vec.vocabulary_, n_features)
        self.seed_features_ = seed_features
        self._seed_cache = self._group_cache = self._info_cache = None
        self.unfit_topics_ = warn_missing_seeds(taxonomy, vec, seed_features)

        idf = self.idf_.astype(np.float64)
        # Per-document arrays live beside the counts (memory-mapped once those spill).
        evidence = blocks.doc_array("evidence", n_named)
        for rows, x in blocks.rows():
            evidence[rows] = seed_evidence(x, seed_matrix, self.idf_)
        expanded, expand_matrix = expand_seeds(
            blocks, evidence, seed_matrix, features, self.n_expand
        )
        self.expanded_seeds_ = expanded
        prior_words = seed_matrix + 0.5 * expand_matrix

        theta, phi = fit_lda(
            blocks,
            evidence,
            seed_matrix,
            prior_words,
            n_topics,
            rng,
            backend=self.backend,
            passes=self.passes,
            iterations=self.iterations,
            fold_in_iter=self.fold_in_iter,
            n_jobs=self.n_jobs,
            verbose=self.verbose,
            features=features,
        )
        # Which documents carry a seed or an expanded seed of each named topic. A topic
        # whose words occur in too few documents to be learnt beyond them is kept to those
        # documents (gate_labels): else it drifts onto a cluster its seeds never touch.
        own = ((seed_matrix + expand_matrix) > 0).astype(np.float64).T
        support = blocks.doc_array("support", n_named)
        for rows, x in blocks.rows():
            support[rows] = np.asarray(x @ own) > 0
        self.thin_topics_ = warn_thin_topics(
            taxonomy.names, (support > 0).sum(axis=0), n_docs, self.unfit_topics_
        )
        held = set(self.thin_topics_) | set(self.unfit_topics_)  # unfit: held to no document
        hold = np.array([n in held for n in taxonomy.names])
        labels = blocks.doc_array("labels", n_topics)
        lengths = blocks.lengths()
        for rows in blocks.slices():
            # First labels: the LDA shares and the seed evidence, half and half.
            lab = mix_seed_shares(theta[rows].copy(), evidence[rows], n_named, 0.5)
            labels[rows] = gate_labels(normalize_rows(lab), (support[rows] > 0) | ~hold, n_named)
            background_by_length(labels[rows], lengths[rows], support[rows], n_named)

        coef = np.zeros((n_topics, n_features))
        intercept = np.full(n_topics, -30.0)
        for round_ in range(self.self_training):
            coef, intercept = train_classifier(
                blocks,
                idf,
                labels,
                n_topics,
                rng,
                confident_fraction=self.confident_fraction,
                C=self.C,
                class_weight=self.class_weight,
                min_topic_documents=int(self.min_topic_documents),
            )
            for rows, x in blocks.rows():
                proba = softmax(np.asarray(tfidf(x, idf) @ coef.T) + intercept[None, :])
                lab = (1.0 - self.blend) * theta[rows] + self.blend * proba
                if self.seed_weight:
                    mix_seed_shares(lab, evidence[rows], n_named, self.seed_weight)
                labels[rows] = gate_labels(lab, (support[rows] > 0) | ~hold, n_named)
                background_by_length(labels[rows], lengths[rows], support[rows], n_named)
            logger.info("TopicModel: self-training round %d done", round_ + 1)

        self.topic_word_ = final_topics(blocks, labels, seed_matrix, self.topic_word_iter).astype(
            np.float32
        )
        self.alpha_ = np.full(n_topics, 0.1, dtype=np.float32)
        if self.self_training:
            self.coef_ = coef.astype(np.float32)
            self.intercept_ = intercept.astype(np.float32)
        else:
            # No classifier: its half of the shares is replaced by the fold-in.
            self.coef_ = np.zeros((n_topics, n_features), dtype=np.float32)
            self.intercept_ = np.zeros(n_topics, dtype=np.float32)
        self.n_features_in_ = n_features
        if self.chunk_size == "auto":
            self.chunk_size_ = max(1, int(np.median(blocks.lengths())))
        elif self.chunk_size is None:
            self.chunk_size_ = None
        else:
            self.chunk_size_ = int(self.chunk_size)
        self.topic_counts_, self.topic_shares_ = _label_stats(blocks, labels, n_topics)
        self.classifier_offsets_ = {}  # the classifier as trained (_offsets.py)
        del evidence, theta, labels, support  # memory-mapped once spilled: close before cleanup
        blocks.close()
        logger.info("TopicModel: fitted in %.1f s", time.perf_counter() - t0)
        return self

    def _vectorizer(self, taxonomy: Taxonomy) -> NewsVectorizer:
        """The vectorizer these parameters ask for (fitted in :meth:`fit`, restored by
        :meth:`load`)."""
        return NewsVectorizer(
            seeds=taxonomy,
            min_df=self.min_df,
            max_df=self.max_df,
            max_features=self.max_features,
            phrase_min_count=self.phrase_min_count,
            verbose=self.verbose,
        )

    # -- using the model ------------------------------------------------------------------
    def _check_fitted(self) -> None:
        try:
            check_is_fitted(self, "topic_word_")
        except Exception as exc:  # sklearn's own NotFittedError
            raise NotFittedError(
                "this TopicModel is not fitted yet; call fit(corpus) or TopicModel.load(path)"
            ) from exc

    def _documents(self, texts: Iterable[Any], what: str) -> list[Any]:
        if isinstance(texts, str):
            raise one_item(what, "documents", "text")
        if not isinstance(texts, Iterable):
            raise not_iterable(what, "documents", texts)
        # A record with no text (None, NaN, NA) is read as an empty document: it gets a row
        # like any other, never a crash (which row is said by the caller's warning).
        docs = ["" if _is_null(doc) else doc for doc in texts]
        warn_paths(docs, what)
        return docs

    def _raw_shares(self, docs: list[Any], evidence: np.ndarray | None = None) -> np.ndarray:
        """Shares over all topics, batch by batch; NaN rows for documents without a known
        word. ``evidence`` (documents x named topics), if given, is filled with each
        document's count of different seed words per topic (:meth:`topic_evidence`)."""
        out = np.empty((len(docs), len(self.topic_names_)))
        for start in range(0, len(docs), BATCH):
            batch = docs[start : start + BATCH]
            ev = None if evidence is None else evidence[start : start + len(batch)]
            out[start : start + len(batch)] = self._shares(batch, ev)
        return out

    def _shares(self, docs: list[Any], evidence: np.ndarray | None = None) -> np.ndarray:
        """Topic shares of a batch of documents (see the module docstring)."""
        if self.chunk_size_:
            x, chunks, owner = self.vectorizer_.transform_chunks(docs, self.chunk_size_)
        else:
            x = self.vectorizer_.transform(docs)
            chunks, owner = x, np.arange(x.shape[0])
        seeds, theta, seen = seeds_and_fold_in(self, x, docs)  # seen: no company name's words
        if evidence is not None:
            evidence[:] = seed_word_counts(self, seen)
        # A text shorter than the classifier's reading length (a headline) leans on the
        # classifier, which was trained on such texts; the fold-in of a handful of words is
        # mostly its prior. Its weight grows with the words, to 1 - blend at full length.
        blend = np.full(x.shape[0], float(self.blend))
        if self.chunk_size_:
            words = np.asarray(x.sum(axis=1)).ravel()
            blend = 1.0 - (1.0 - blend) * np.minimum(1.0, words / self.chunk_size_)
        if np.any(self.coef_):
            proba = self._classifier_proba(chunks)
            # a document's classifier shares: its chunks' probabilities, weighted by length
            weight = np.asarray(chunks.sum(axis=1)).ravel()
            agg = sp.csr_matrix(
                (weight, (owner, np.arange(len(owner)))), shape=(x.shape[0], len(owner))
            )
            proba = normalize_rows(np.asarray(agg @ proba))
            thin = [self.topic_names_.index(n) for n in getattr(self, "thin_topics_", [])]
            if thin:
                found = evidence if evidence is not None else seed_word_counts(self, seen)
                floor = np.maximum(theta[:, : self.n_named_], normalize_rows(seeds))
                lift_thin_topics(proba, floor, found, thin)
            out = blend[:, None] * proba + (1.0 - blend[:, None]) * theta
        else:
            out = theta
        mix_seed_shares(out, seeds, self.n_named_, self.seed_weight)  # weight 0: unchanged
        unfit = [self.topic_names_.index(n) for n in getattr(self, "unfit_topics_", [])]
        if unfit:  # no evidence for these topics: their share goes to the others
            out[:, unfit] = 0.0
            out = normalize_rows(out)
        hand_to_other(out, uninformative_rows(self, x), self.n_named_)  # "He said it was fine."
        out[np.diff(x.indptr) == 0] = np.nan
        return out

    def _seed_weights(self) -> np.ndarray:
        """The seed matrix of fit, rebuilt from ``seed_features_``."""
        if getattr(self, "_seed_cache", None) is None:
            vocab = self.vectorizer_.vocabulary_
            self._seed_cache = seed_matrix(self.seed_features_, vocab, len(vocab))
        return self._seed_cache

    def _classifier_proba(self, x: sp.csr_matrix) -> np.ndarray:
        return classifier_proba(self, x)  # with the offsets of its intercepts (_offsets.py)

    def transform(self, texts: Iterable[Any]) -> np.ndarray:
        """Topic shares of each document over all topics (named, then unnamed).

        Parameters
        ----------
        texts : iterable of str or Article
            None, NaN and empty strings are accepted: they are documents with no word.

        Returns
        -------
        ndarray of shape (n_documents, n_topics)
            Rows sum to 1, in the order of :meth:`get_feature_names_out`. A document with
            no word the model knows (empty, missing, or all unknown vocabulary) has no
            evidence for any named topic: its row puts everything on the unnamed
            (background) topics, shared evenly, or is all zeros for a model without them;
            never NaN, so the output can feed a scikit-learn ``Pipeline``. A
            :class:`~newsanalytics.NewsAnalyticsWarning` names its row index. :meth:`score`
            agrees: named shares 0, other 1.

        Warns
        -----
        NewsAnalyticsWarning
            For rows without a known word, and when a named topic had no seed in the
            training corpus.

        Examples
        --------
        >>> import warnings
        >>> model = TopicModel.default()
        >>> with warnings.catch_warnings(record=True) as caught:
        ...     warnings.simplefilter("always")
        ...     shares = model.transform(["Police seized cocaine.", None])
        >>> shares.shape == (2, len(model.get_feature_names_out())), float(shares[1].sum())
        (True, 1.0)
        >>> print(caught[0].message)  # doctest: +ELLIPSIS
        TopicModel.transform: row(s) 1 have no word the model knows ...
        """
        self._check_fitted()
        docs = self._documents(texts, "TopicModel.transform")
        self._warn_unfit("TopicModel.transform")
        out = self._raw_shares(docs)
        self._warn_unknown(fill_unknown(out, self.n_named_), "TopicModel.transform")
        return out

    def _warn_unknown(self, rows: np.ndarray, what: str) -> None:
        if len(rows):
            where = "the unnamed topics" if len(self.topic_names_) > self.n_named_ else "none"
            warnings.warn(
                NewsAnalyticsWarning(
                    f"{what}: row(s) {_rows(rows)} have no word the model knows (empty, "
                    f"missing or all unknown vocabulary); no named topic: their shares all go "
                    f"to {where} (the 'other' share)"
                ),
                stacklevel=user_stacklevel(),
            )

    def fit_transform(self, corpus: Iterable[Any], y: object = None) -> np.ndarray:
        """Fit on ``corpus`` and return its topic shares: ``fit(corpus).transform(corpus)``.

        The same numbers as the two calls (same ``random_state``); the corpus is read once
        more than by :meth:`fit`, so it must be re-iterable.

        Examples
        --------
        >>> docs = ["The cartel smuggled cocaine.", "Police seized heroin from the cartel.",
        ...         "The minister met diplomats.", "Diplomats held talks with the minister."]
        >>> model = TopicModel(taxonomy={"drugs": ["cocaine", "heroin"],
        ...                              "diplomacy": ["diplomats"]}, min_df=1, max_df=1.0,
        ...                    random_state=0, passes=2, self_training=0)
        >>> model.set_output(transform="pandas").fit_transform(docs).columns.tolist()
        ['drugs', 'diplomacy', 'unnamed 1']
        """
        return self.fit(corpus, y).transform(corpus)

    def score(self, texts: Iterable[Any], *, other: bool = False) -> pd.DataFrame:
        """Named-topic shares: one column per taxonomy name, in taxonomy order.

        A share is the part of the article the model gives to that topic (see
        :mod:`newsanalytics.topics._shares`); a row sums to ``1 - other``, the background
        topics' total (0 without them), which ``other=True`` adds as a column. A document
        with no known word has no evidence for any named topic: its named shares are 0 and
        its other share 1, as in :meth:`transform`, with the same warning naming its row.
        (This is the score users read; for the model's likelihood see
        :meth:`log_likelihood` and :meth:`perplexity`.)

        Examples
        --------
        >>> model = TopicModel.default()
        >>> df = model.score(["Voters went to the polls in the presidential election."],
        ...                  other=True)
        >>> df.columns[0], df.columns[-1], round(float(df.sum(axis=1)[0]), 6)
        ('drug policy', 'other', 1.0)
        """
        self._check_fitted()
        out, unknown, _ = self._score_rows(texts, other=other, what="TopicModel.score")
        self._warn_unknown(unknown, "TopicModel.score")
        return out

    def _score_rows(
        self, texts: Iterable[Any], *, other: bool, what: str, evidence: bool = False
    ) -> tuple[pd.DataFrame, np.ndarray, np.ndarray | None]:
        """:meth:`score` without its row warning, the rows that had no known word, and
        (``evidence=True``) the :meth:`topic_evidence` counts (else None)."""
        docs = self._documents(texts, what)
        self._warn_unfit(what)
        if other and "other" in self.taxonomy_.names:  # assigning would overwrite it
            raise InputError(
                f"{what}(other=True): the taxonomy has a topic named 'other'; "
                "rename it to see the background's share beside it"
            )
        seen = np.zeros((len(docs), self.n_named_)) if evidence else None
        raw = self._raw_shares(docs, seen)
        unknown = fill_unknown(raw, self.n_named_)
        shares = raw[:, : self.n_named_]
        out = pd.DataFrame(shares, columns=list(self.taxonomy_.names))
        if other:
            out["other"] = np.clip(1.0 - shares.sum(axis=1), 0.0, 1.0)
        return out, unknown, seen

    def save(self, path: str | os.PathLike[str]) -> Path:
        """Write the fitted model to directory ``path`` (manifest.json, .npz, .json; no pickle)."""
        self._check_fitted()
        params = {
            k: v
            for k, v in self.get_params(deep=False).items()
            if k not in ("taxonomy", "random_state") and not callable(v)
        }
        params["random_state"] = (
            self.random_state if isinstance(self.random_state, (int, type(None))) else None
        )
        return save_model_dir(
            path,
            format_name=FORMAT_NAME,
            format_version=FORMAT_VERSION,
            params=params,
            arrays={
                "weights": {
                    "topic_word": self.topic_word_,
                    "coef": self.coef_,
                    "intercept": self.intercept_,
                    "idf": self.idf_,
                    "alpha": self.alpha_,
                    "document_frequency": self.vectorizer_.document_frequency_,
                }
            },
            json_files={
                "taxonomy": self.taxonomy_.to_dict(),
                "features": list(self.vectorizer_.get_feature_names_out()),
                "topics": {
                    "names": self.topic_names_,
                    "n_named": self.n_named_,
                    "seed_features": self.seed_features_,
                    "expanded_seeds": self.expanded_seeds_,
                    "unfit": list(getattr(self, "unfit_topics_", [])),
                    "thin": list(getattr(self, "thin_topics_", [])),
                },
            },
            extra={
                "n_documents": int(self.vectorizer_.n_documents_),
                "chunk_size": self.chunk_size_,
                **label_stats_json(self),
            },
        )

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> TopicModel:
        """Read a model written by :meth:`save`. Never unpickles.

        Raises
        ------
        ModelFormatError
            If ``path`` holds no TopicModel, one of a newer format version, or a damaged
            one (a file missing or outside the directory, arrays of the wrong dtype or shape,
            NaN weights, malformed JSON); the message names the file and the problem.
        """
        manifest, arrays, files = load_model_dir(
            path, format_name=FORMAT_NAME, max_format_version=FORMAT_VERSION, spec=_SPEC
        )
        try:
            return cls._from_files(manifest, arrays, files)
        except (KeyError, IndexError, TypeError, ValueError) as exc:  # also InputError
            raise ModelFormatError(f"{path}: not a usable TopicModel: {exc!r}") from None

    @classmethod
    def _from_files(cls, manifest: dict, arrays: dict, files: dict) -> TopicModel:
        params = dict(manifest.get("params") or {})
        taxonomy = Taxonomy.from_dict(files["taxonomy"])
        known = cls().get_params(deep=False)
        model = cls(**{k: v for k, v in params.items() if k in known and k != "taxonomy"})
        model.taxonomy = taxonomy
        w = arrays["weights"]
        model.taxonomy_ = taxonomy
        model.topic_names_ = list(files["topics"]["names"])
        model.n_named_ = int(files["topics"]["n_named"])
        model.seed_features_ = [list(s) for s in files["topics"]["seed_features"]]
        model.expanded_seeds_ = [list(s) for s in files["topics"]["expanded_seeds"]]
        model.unfit_topics_ = [str(n) for n in files["topics"].get("unfit", [])]
        model.thin_topics_ = [str(n) for n in files["topics"].get("thin", [])]
        model.topic_word_ = w["topic_word"]
        model.coef_ = w["coef"]
        model.intercept_ = w["intercept"]
        model.idf_ = w["idf"]
        model.alpha_ = w["alpha"]
        vec = model._vectorizer(taxonomy)
        vec._set_state(
            {
                "features": files["features"],
                "document_frequency": w["document_frequency"],
                "n_documents": manifest.get("n_documents") or 0,
            }
        )
        model.vectorizer_ = vec
        model.chunk_size_ = manifest.get("chunk_size")
        set_label_stats(model, manifest)
        model.n_features_in_ = len(files["features"])
        return model

    @classmethod
    def default(cls) -> TopicModel:
        """The embedded model for :meth:`Taxonomy.default()`: a new copy on every call.

        Built by ``scripts/build_default_topic_model.py`` from the taxonomy and ship-able
        data; no network, no training at run time. It is read from the package once per
        process; each call returns its own copy, so changing one (``set_params``) changes no
        other caller's.
        """
        return copy.deepcopy(_load_default())


# What load needs from a model directory: checked before any of it is used.
_SPEC = ModelSpec(
    arrays={
        "weights": {
            "topic_word": ArraySpec("f", ("n_topics", "n_features")),
            "coef": ArraySpec("f", ("n_topics", "n_features")),
            "intercept": ArraySpec("f", ("n_topics",)),
            "idf": ArraySpec("f", ("n_features",)),
            "alpha": ArraySpec("f", ("n_topics",)),
            "document_frequency": ArraySpec("iu", ("n_features",)),
        }
    },
    json_files={"taxonomy": dict, "features": (list, str), "topics": dict},
    manifest={
        "params": (dict, type(None)),
        "n_documents": (int, type(None)),
        "chunk_size": (int, type(None)),
        "topic_counts": (list, type(None)),
        "topic_shares": (list, type(None)),
    },
    lengths={"n_features": ("features",), "n_topics": ("topics", "names")},
)


@functools.lru_cache(maxsize=1)
def _load_default() -> TopicModel:
    from importlib import resources

    ref = resources.files("newsanalytics.topics").joinpath("data", _DEFAULT_DIR)
    with resources.as_file(ref) as path:
        return warm_tables(TopicModel.load(path))  # its copies start with its tables
