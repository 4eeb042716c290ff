"""Named topics: seeded LDA refined by seed expansion and self-training, scored for any article.

How :class:`TopicModel` finds the topics a user named (and why each step is there):

1. **Vectorize** with :class:`~newsanalytics.vectorize.NewsVectorizer`: words, learnt phrases,
   and every seed phrase of the taxonomy as a feature.
2. **Seed evidence**: each document's tf-idf-weighted seed counts per named topic (seed
   words also match their plural/singular forms).
3. **Seed expansion** from corpus co-occurrence: words that occur mostly in documents whose
   seeds point to one topic become that topic's *expanded* seeds (kept in
   ``expanded_seeds_``; they enter the prior and :meth:`TopicModel.explain`).
4. **Seeded LDA that holds by design** (gensim, or scikit-learn then matched by seed
   overlap): topic ``k`` starts from the word counts of the documents the seeds give to
   ``k`` (so the first E-step already knows which topic is which, instead of starting at
   random), its Dirichlet prior favours its seeds, and after every pass a seed's counts are
   removed from the other named topics, so a seed can never drift to another topic.
   Extra unnamed topics (``n_topics`` > number of named topics) absorb what the taxonomy
   does not cover.
5. **Self-training**: a logistic-regression classifier (SGD) on tf-idf is trained on the
   documents that steps 2-4 label most confidently, re-labels the corpus, and is trained
   again. Its weights are what "learned words" are in :meth:`TopicModel.explain`.
6. **Final topics**: topic-word distributions re-estimated from the final labels. A
   document's topic shares mix three explainable parts: the classifier's probabilities
   (read over chunks of the length it was trained on, averaged), an LDA fold-in against
   the final topics, and the document's own seed counts (``seed_weight``; documents
   without seeds skip this part). All are sparse-matrix products, no per-document gensim
   inference, so scoring runs at thousands of documents per second.

Defaults (``confident_fraction``, ``seed_weight``) were chosen on development data only:
Reuters-21578 TRAIN and the HuffPost sample; BBC News and Reuters TEST are for reporting.

Shares are probabilities over all topics (named first, then unnamed), rows summing to 1.
:meth:`TopicModel.score` keeps the named columns and renormalises them. A document with no
word the model knows (empty, or all unknown vocabulary) gets a row of NaN: there is no
evidence to share out.
"""

from __future__ import annotations

import functools
import logging
import os
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import scipy.sparse as sp
from sklearn.base import BaseEstimator
from sklearn.utils import check_random_state
from sklearn.utils.validation import check_is_fitted

from .exceptions import MSG_BARE_STR, MSG_ONE_SHOT, InputError, NotFittedError
from .persist import load_model_dir, save_model_dir
from .taxonomy import Taxonomy
from .vectorize import NewsVectorizer, seed_terms

__all__ = ["TopicModel"]

logger = logging.getLogger(__name__)
logger.addHandler(logging.NullHandler())

FORMAT_NAME = "newsanalytics.TopicModel"
FORMAT_VERSION = 1
_BACKENDS = ("gensim", "sklearn")
_DEFAULT_DIR = "topic_model"
_BATCH = 2000


# -- small numeric helpers ----------------------------------------------------------------
def _normalize_rows(a: np.ndarray) -> np.ndarray:
    s = a.sum(axis=1, keepdims=True)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(s > 0, a / np.where(s > 0, s, 1.0), 0.0)


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    np.exp(z, out=z)
    return z / z.sum(axis=1, keepdims=True)


def _tfidf(x: sp.csr_matrix, idf: np.ndarray) -> sp.csr_matrix:
    """Sublinear tf times idf, rows L2-normalised (same recipe at fit and at transform)."""
    out = x.astype(np.float64, copy=True)
    np.log1p(out.data, out=out.data)
    out = out.multiply(idf[None, :]).tocsr()
    norms = np.sqrt(np.asarray(out.multiply(out).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sp.diags(1.0 / norms) @ out


def _fold_in(x: sp.csr_matrix, phi: np.ndarray, alpha: np.ndarray, n_iter: int) -> np.ndarray:
    """LDA document-topic shares for fixed topics ``phi`` (K x V), vectorised over documents.

    Mean-field updates on the non-zeros of ``x``: each word's count is shared among topics
    in proportion to theta_k * phi_kw, then theta = alpha + assigned counts.
    """
    if x.shape[0] > _BATCH:  # bounded memory: the work arrays are (non-zeros x topics)
        return np.vstack(
            [_fold_in(x[i : i + _BATCH], phi, alpha, n_iter) for i in range(0, x.shape[0], _BATCH)]
        )
    n_docs = x.shape[0]
    k = phi.shape[0]
    theta = np.full((n_docs, k), 1.0 / k, dtype=np.float32)
    x = x.tocsr()
    lengths = np.diff(x.indptr)
    rows = np.repeat(np.arange(n_docs), lengths)
    vals = x.data.astype(np.float32)[:, None]
    phi_t = np.ascontiguousarray(phi.T.astype(np.float32)[x.indices])  # nnz x K
    alpha32 = alpha.astype(np.float32)[None, :]
    nonempty = lengths > 0
    starts = x.indptr[:-1][nonempty]
    for _ in range(n_iter):
        num = theta[rows]
        num *= phi_t
        num /= np.maximum(num.sum(axis=1, keepdims=True), np.float32(1e-30))
        num *= vals
        assigned = np.zeros((n_docs, k), dtype=np.float32)
        if len(starts):
            assigned[nonempty] = np.add.reduceat(num, starts, axis=0)
        assigned += alpha32
        theta = assigned / assigned.sum(axis=1, keepdims=True)
    return theta.astype(np.float64)


def _responsibilities(
    x: sp.csr_matrix, theta: np.ndarray, phi: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """One word-level E-step: expected topic-word counts (K x V) and document-topic counts.

    Each non-zero count ``x_dw`` is shared among topics in proportion to
    ``theta_dk * phi_kw``.
    """
    x = x.tocsr()
    n_docs, n_features = x.shape
    rows = np.repeat(np.arange(n_docs), np.diff(x.indptr))
    nnz = np.arange(len(x.indices))
    resp = theta[rows] * phi.T[x.indices]
    resp /= np.maximum(resp.sum(axis=1, keepdims=True), 1e-300)
    resp *= x.data[:, None]
    by_word = sp.csr_matrix((np.ones(len(nnz)), (x.indices, nnz)), shape=(n_features, len(nnz)))
    by_doc = sp.csr_matrix((np.ones(len(nnz)), (rows, nnz)), shape=(n_docs, len(nnz)))
    return np.asarray(by_word @ resp).T, np.asarray(by_doc @ resp)


def _is_one_shot(corpus: object) -> bool:
    try:
        return iter(corpus) is corpus  # type: ignore[call-overload]
    except TypeError:
        return False


# -- the model --------------------------------------------------------------------------------
class TopicModel(BaseEstimator):
    """Find the topics a taxonomy names in a corpus and score every article for them.

    Parameters
    ----------
    taxonomy : Taxonomy or dict, optional
        The named topics; a dict is passed to :class:`~newsanalytics.taxonomy.Taxonomy`.
        None means :meth:`Taxonomy.default() <newsanalytics.taxonomy.Taxonomy.default>`.
    n_topics : int, optional
        Total number of topics. None means one per named topic; more adds unnamed topics
        that absorb what the taxonomy does not cover.
    backend : {"gensim", "sklearn"}, default="gensim"
        ``"gensim"``: seeded LDA held by initialisation, prior and constraint.
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
        Weight of the classifier in a document's shares (the rest is the LDA fold-in).
    C : float, default=100.0
        Inverse L2 regularisation of the logistic-regression classifier (trained by SGD).
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
    topic_word_iter : int, default=1
        EM iterations that re-estimate the final topic-word distributions word by word
        (each occurrence shared among its document's topics by responsibility), so a
        topic's top words are the words it explains rather than every word of its
        documents. 0 keeps the document-level estimate. One step did best on average
        over Reuters-21578 (K=20, three taxonomies) and BBC News (K=5, 15) c_npmi; more
        steps converge on rarer words and lost coherence on BBC with unnamed topics.
    verbose : bool, default=False
        Progress bars (stderr) while reading the corpus.

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
    topic_word_ : ndarray of shape (n_topics, n_features)
        Final topic-word distributions (rows sum to 1).
    coef_ : ndarray of shape (n_topics, n_features)
        Classifier weights on tf-idf features.
    intercept_ : ndarray of shape (n_topics,)
    idf_ : ndarray of shape (n_features,)
    alpha_ : ndarray of shape (n_topics,)
        Document-topic prior used by the fold-in.
    chunk_size_ : int or None
        The chunk length the classifier reads at transform time.

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
        backend: str = "gensim",
        random_state: int | np.random.RandomState | None = None,
        passes: int = 10,
        iterations: int = 50,
        n_expand: int = 20,
        self_training: int = 2,
        confident_fraction: float = 0.5,
        blend: float = 0.5,
        C: float = 100.0,
        min_df: float = 2,
        max_df: float = 0.5,
        max_features: int | None = None,
        phrase_min_count: int = 5,
        fold_in_iter: int = 10,
        chunk_size: int | str | None = "auto",
        seed_weight: float = 0.35,
        topic_word_iter: int = 1,
        verbose: bool = False,
    ) -> None:
        self.taxonomy = taxonomy
        self.n_topics = n_topics
        self.backend = backend
        self.random_state = random_state
        self.passes = passes
        self.iterations = iterations
        self.n_expand = n_expand
        self.self_training = self_training
        self.confident_fraction = confident_fraction
        self.blend = blend
        self.C = C
        self.min_df = min_df
        self.max_df = max_df
        self.max_features = max_features
        self.phrase_min_count = phrase_min_count
        self.fold_in_iter = fold_in_iter
        self.chunk_size = chunk_size
        self.seed_weight = seed_weight
        self.topic_word_iter = topic_word_iter
        self.verbose = verbose

    # -- fitting ----------------------------------------------------------------------------
    def _resolve_taxonomy(self) -> Taxonomy:
        if self.taxonomy is None:
            return Taxonomy.default()
        if isinstance(self.taxonomy, Taxonomy):
            return self.taxonomy
        if isinstance(self.taxonomy, dict):
            return Taxonomy(self.taxonomy)
        raise InputError(
            f"TopicModel: taxonomy must be a Taxonomy, a dict or None, got "
            f"{type(self.taxonomy).__name__}"
        )

    def fit(self, corpus: Iterable[Any], y: object = None) -> TopicModel:
        """Learn the named topics from ``corpus``.

        Parameters
        ----------
        corpus : re-iterable of str or Article
            Read twice (vocabulary, then counts), so a list, a DataFrame column or a
            re-iterable corpus such as :class:`newsanalytics.io.ArticleCorpus`; a one-shot
            generator is refused up front.

        Returns
        -------
        self

        Raises
        ------
        InputError
            On a bare str, a one-shot iterator, an empty corpus, a bad backend or n_topics.
        """
        if isinstance(corpus, str):
            raise InputError(MSG_BARE_STR.format(what="TopicModel.fit", what_arg="text"))
        if not isinstance(corpus, Iterable):
            raise InputError(
                f"TopicModel.fit expects an iterable of documents, got {type(corpus).__name__}"
            )
        if _is_one_shot(corpus):
            raise InputError(MSG_ONE_SHOT.format(what="TopicModel.fit", kind=type(corpus).__name__))
        if self.backend not in _BACKENDS:
            raise InputError(
                f"TopicModel: backend {self.backend!r} is not supported; allowed: {_BACKENDS}"
            )
        taxonomy = self._resolve_taxonomy()
        n_named = len(taxonomy)
        n_topics = n_named if self.n_topics is None else int(self.n_topics)
        if n_topics < n_named:
            raise InputError(
                f"TopicModel: n_topics={n_topics} is smaller than the {n_named} named topics "
                "of the taxonomy; use None or a larger number"
            )
        rng = check_random_state(self.random_state)
        t0 = time.perf_counter()

        vec = NewsVectorizer(
            seeds=taxonomy,
            min_df=self.min_df,
            max_df=self.max_df,
            max_features=self.max_features,
            phrase_min_count=self.phrase_min_count,
            verbose=self.verbose,
        ).fit(corpus)
        x = vec.transform(corpus)
        n_docs, n_features = x.shape
        features = vec.get_feature_names_out()
        logger.info("TopicModel: %d documents x %d features", n_docs, n_features)

        self.taxonomy_ = taxonomy
        self.vectorizer_ = vec
        self.n_named_ = n_named
        self.topic_names_ = list(taxonomy.names) + [
            f"unnamed {i + 1}" for i in range(n_topics - n_named)
        ]
        df = vec.document_frequency_.astype(np.float64)
        self.idf_ = (np.log((1.0 + vec.n_documents_) / (1.0 + df)) + 1.0).astype(np.float32)

        seed_matrix, seed_features = self._seed_matrix(taxonomy, vec.vocabulary_, n_features)
        self.seed_features_ = seed_features
        self._seed_cache = None
        for name, feats in zip(taxonomy.names, seed_features, strict=True):
            if not feats:
                logger.warning("TopicModel: no seed of topic %r occurs in the corpus", name)

        xt = _tfidf(x, self.idf_.astype(np.float64))
        evidence = self._seed_evidence(x, seed_matrix)
        expanded, expand_matrix = self._expand(x, evidence, seed_matrix, features)
        self.expanded_seeds_ = expanded
        prior_words = seed_matrix + 0.5 * expand_matrix

        theta, phi = self._fit_lda(x, evidence, seed_matrix, prior_words, n_topics, rng)
        seed_post = _normalize_rows(evidence)
        has_seed = evidence.sum(axis=1) > 0
        labels = theta.copy()
        labels[has_seed, :n_named] = 0.5 * theta[has_seed, :n_named] + 0.5 * seed_post[has_seed]
        labels[has_seed, n_named:] *= 0.5
        labels = _normalize_rows(labels)

        coef = np.zeros((n_topics, n_features))
        intercept = np.full(n_topics, -30.0)
        for round_ in range(self.self_training):
            coef, intercept = self._train_classifier(xt, labels, n_topics, rng)
            proba = _softmax(np.asarray(xt @ coef.T) + intercept[None, :])
            labels = (1.0 - self.blend) * theta + self.blend * proba
            if self.seed_weight:
                mixed = (1.0 - self.seed_weight) * labels[has_seed, :n_named]
                labels[has_seed, :n_named] = mixed + self.seed_weight * seed_post[has_seed]
                labels[has_seed, n_named:] *= 1.0 - self.seed_weight
            logger.info("TopicModel: self-training round %d done", round_ + 1)

        self.topic_word_ = self._final_topics(x, labels, seed_matrix).astype(np.float32)
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
            self.chunk_size_ = max(1, int(np.median(np.asarray(x.sum(axis=1)).ravel())))
        elif self.chunk_size is None:
            self.chunk_size_ = None
        else:
            self.chunk_size_ = int(self.chunk_size)
        logger.info("TopicModel: fitted in %.1f s", time.perf_counter() - t0)
        return self

    # -- fitting steps ----------------------------------------------------------------------
    def _final_topics(
        self, x: sp.csr_matrix, labels: np.ndarray, seed_matrix: np.ndarray
    ) -> np.ndarray:
        """Topic-word distributions from the final document labels, the seed constraint kept.

        Start: every word of a document counts for each of its topics in proportion to the
        document's label (a document-level estimate, in which words common to all documents
        top every topic). Then ``topic_word_iter`` EM iterations at the word level: each
        occurrence of word ``w`` in document ``d`` is shared among topics in proportion to
        ``theta_dk * phi_kw`` (its responsibilities), ``phi`` is re-estimated from these
        shares, and ``theta_d`` from the document's shares plus its label as a prior worth
        as many words as the document has (so topics keep the identity the labels gave
        them).
        """
        beta = 0.01
        counts = np.asarray((sp.csr_matrix(labels.T) @ x).todense())
        phi = _normalize_rows(self._constrain(counts, seed_matrix) + beta)
        if self.topic_word_iter <= 0:
            return phi
        lengths = np.asarray(x.sum(axis=1)).ravel()
        prior = labels * lengths[:, None] + 0.1  # 0.1: the fold-in's document-topic prior
        theta = _normalize_rows(prior)
        for _ in range(self.topic_word_iter):
            counts = np.zeros_like(phi)
            assigned = np.zeros_like(theta)
            for start in range(0, x.shape[0], _BATCH):
                stop = min(start + _BATCH, x.shape[0])
                c, a = _responsibilities(x[start:stop], theta[start:stop], phi)
                counts += c
                assigned[start:stop] = a
            phi = _normalize_rows(self._constrain(counts, seed_matrix) + beta)
            theta = _normalize_rows(assigned + prior)
        return phi

    @staticmethod
    def _seed_matrix(
        taxonomy: Taxonomy, vocabulary: dict[str, int], n_features: int
    ) -> tuple[np.ndarray, list[list[str]]]:
        """Named-topic x feature matrix of seed weights; a seed shared by topics is split."""
        rows: list[list[str]] = []
        for name in taxonomy.names:
            feats: dict[str, None] = {}
            for term in seed_terms(taxonomy.seeds(name)):
                for form in _forms(term):
                    if form in vocabulary:
                        feats.setdefault(form, None)
            rows.append(list(feats))
        matrix = np.zeros((len(rows), n_features))
        for k, feats in enumerate(rows):
            for f in feats:
                matrix[k, vocabulary[f]] = 1.0
        share = matrix.sum(axis=0)
        matrix /= np.where(share > 0, share, 1.0)[None, :]
        return matrix, rows

    def _seed_evidence(self, x: sp.csr_matrix, seed_matrix: np.ndarray) -> np.ndarray:
        """Per document and named topic: sum over its seeds of log(1 + count) * idf."""
        xl = x.astype(np.float64, copy=True)
        np.log1p(xl.data, out=xl.data)
        return np.asarray(xl @ (seed_matrix * self.idf_[None, :]).T)

    def _expand(
        self,
        x: sp.csr_matrix,
        evidence: np.ndarray,
        seed_matrix: np.ndarray,
        features: np.ndarray,
    ) -> tuple[list[list[str]], np.ndarray]:
        """Words that co-occur mostly with one topic's seeds become its expanded seeds."""
        n_named, n_features = seed_matrix.shape
        matrix = np.zeros_like(seed_matrix)
        if self.n_expand <= 0:
            return [[] for _ in range(n_named)], matrix
        post = _normalize_rows(evidence)
        xb = x.copy()
        xb.data[:] = 1.0
        mass = np.asarray(xb.T @ post).T  # named x features: documents, weighted by topic
        total = mass.sum(axis=0)
        with np.errstate(invalid="ignore", divide="ignore"):
            purity = np.where(total > 0, mass / np.where(total > 0, total, 1.0), 0.0)
        min_docs = max(3.0, 0.001 * x.shape[0])
        is_seed = seed_matrix.sum(axis=0) > 0
        ok = (total >= min_docs) & ~is_seed
        threshold = max(0.5, 1.5 / n_named)
        score = np.where((purity >= threshold) & ok[None, :], purity * np.log1p(mass), 0.0)
        out: list[list[str]] = []
        for k in range(n_named):
            top = np.argsort(-score[k], kind="stable")[: self.n_expand]
            top = [j for j in top if score[k, j] > 0]
            matrix[k, top] = 1.0
            out.append([str(features[j]) for j in top])
        return out, matrix

    @staticmethod
    def _constrain(counts: np.ndarray, seed_matrix: np.ndarray) -> np.ndarray:
        """Remove each seed's counts from the named topics it is not a seed of."""
        n_named = seed_matrix.shape[0]
        counts = counts.copy()
        block = counts[:n_named]
        block[(seed_matrix == 0) & (seed_matrix.sum(axis=0) > 0)[None, :]] = 0.0
        counts[:n_named] = block
        return counts

    def _fit_lda(
        self,
        x: sp.csr_matrix,
        evidence: np.ndarray,
        seed_matrix: np.ndarray,
        prior_words: np.ndarray,
        n_topics: int,
        rng: np.random.RandomState,
    ) -> tuple[np.ndarray, np.ndarray]:
        n_named, n_features = seed_matrix.shape
        post = _normalize_rows(evidence)
        # Initial topic-word counts: the words of the documents each topic's seeds claim;
        # unnamed topics start from small random counts.
        init = np.empty((n_topics, n_features))
        init[:n_named] = np.asarray(x.T @ post).T
        if n_topics > n_named:
            unclaimed = np.asarray(x[evidence.sum(axis=1) == 0].sum(axis=0)).ravel()
            noise = rng.gamma(100.0, 0.01, size=(n_topics - n_named, n_features))
            init[n_named:] = noise * (unclaimed[None, :] / max(n_topics - n_named, 1) + 0.1)
        init = self._constrain(init, seed_matrix)
        base = 1.0 / n_topics
        eta = np.full((n_topics, n_features), base)
        eta[:n_named] += prior_words
        claimed = prior_words.sum(axis=0) > 0
        eta[:n_named][:, claimed] = np.where(
            prior_words[:, claimed] > 0, eta[:n_named][:, claimed], base * 0.01
        )

        if self.backend == "gensim":
            theta, phi = self._gensim_lda(x, init, eta, seed_matrix, n_topics, rng)
        else:
            theta, phi = self._sklearn_lda(x, seed_matrix, n_topics, rng)
        return theta, phi

    def _gensim_lda(
        self,
        x: sp.csr_matrix,
        init: np.ndarray,
        eta: np.ndarray,
        seed_matrix: np.ndarray,
        n_topics: int,
        rng: np.random.RandomState,
    ) -> tuple[np.ndarray, np.ndarray]:
        from gensim.matutils import Sparse2Corpus
        from gensim.models import LdaModel

        n_features = x.shape[1]
        corpus = Sparse2Corpus(x, documents_columns=False)
        id2word = {i: str(i) for i in range(n_features)}
        lda = LdaModel(
            num_topics=n_topics,
            id2word=id2word,
            eta=eta,
            alpha="symmetric",
            random_state=int(rng.randint(2**31 - 1)),
            iterations=self.iterations,
            eval_every=0,
            dtype=np.float64,
        )
        lda.state.sstats[...] = init
        lda.sync_state()
        # One pass per update() call so the seed constraint is applied between passes;
        # gensim warns about "too few updates" on each such call, which is expected here.
        gensim_log = logging.getLogger("gensim.models.ldamodel")
        level = gensim_log.level
        gensim_log.setLevel(max(level, logging.ERROR))
        try:
            for _ in range(max(1, self.passes)):
                lda.update(corpus, passes=1, update_every=0, chunksize=_BATCH, eval_every=0)
                lda.state.sstats[...] = self._constrain(lda.state.sstats, seed_matrix)
                lda.sync_state()
        finally:
            gensim_log.setLevel(level)
        lam = lda.state.get_lambda()
        phi = _normalize_rows(lam)
        alpha = np.asarray(lda.alpha, dtype=np.float64)
        theta = _fold_in(x, phi, alpha, max(self.fold_in_iter, 20))
        return theta, phi

    def _sklearn_lda(
        self,
        x: sp.csr_matrix,
        seed_matrix: np.ndarray,
        n_topics: int,
        rng: np.random.RandomState,
    ) -> tuple[np.ndarray, np.ndarray]:
        from scipy.optimize import linear_sum_assignment
        from sklearn.decomposition import LatentDirichletAllocation

        lda = LatentDirichletAllocation(
            n_components=n_topics,
            learning_method="batch",
            max_iter=max(1, self.passes),
            random_state=int(rng.randint(2**31 - 1)),
        ).fit(x)
        phi = _normalize_rows(lda.components_)
        # Name topics afterwards: each named topic takes the LDA topic holding most of its
        # seed mass (a one-to-one assignment).
        mass = seed_matrix @ phi.T  # named x lda topics
        rows, cols = linear_sum_assignment(-mass)
        order = list(cols[np.argsort(rows)])
        order += [j for j in range(n_topics) if j not in order]
        phi = phi[order]
        theta = _normalize_rows(lda.transform(x))[:, order]
        return theta, phi

    def _train_classifier(
        self,
        xt: sp.csr_matrix,
        labels: np.ndarray,
        n_topics: int,
        rng: np.random.RandomState,
    ) -> tuple[np.ndarray, np.ndarray]:
        from sklearn.linear_model import SGDClassifier

        hard = labels.argmax(axis=1)
        conf = labels.max(axis=1)
        chosen: list[np.ndarray] = []
        for k in range(n_topics):
            idx = np.flatnonzero(hard == k)
            if len(idx) == 0:
                continue
            keep = max(1, int(round(self.confident_fraction * len(idx))))
            chosen.append(idx[np.argsort(-conf[idx], kind="stable")[:keep]])
        sel = np.concatenate(chosen) if chosen else np.array([], dtype=int)
        classes = np.unique(hard[sel])
        coef = np.zeros((n_topics, xt.shape[1]))
        intercept = np.full(n_topics, -30.0)
        if len(classes) < 2:
            logger.warning("TopicModel: fewer than two topics have confident documents")
            intercept[classes] = 0.0
            return coef, intercept
        # Logistic loss by SGD: same model as LogisticRegression(C) with alpha = 1/(C n), but
        # seconds instead of minutes on tens of thousands of features.
        clf = SGDClassifier(
            loss="log_loss",
            alpha=1.0 / (self.C * len(sel)),
            max_iter=30,
            tol=None,
            random_state=int(rng.randint(2**31 - 1)),
        )
        clf.fit(xt[sel], hard[sel])
        if len(classes) == 2:
            coef[classes[1]] = clf.coef_[0] / 2
            coef[classes[0]] = -clf.coef_[0] / 2
            intercept[classes[1]] = clf.intercept_[0] / 2
            intercept[classes[0]] = -clf.intercept_[0] / 2
        else:
            coef[classes] = clf.coef_
            intercept[classes] = clf.intercept_
        return coef, intercept

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
            raise InputError(MSG_BARE_STR.format(what=what, what_arg="text"))
        if not isinstance(texts, Iterable):
            raise InputError(f"{what} expects an iterable of documents, got {type(texts).__name__}")
        return list(texts)

    def _shares(self, docs: list[Any]) -> np.ndarray:
        """Topic shares of a batch of documents (see the module docstring)."""
        if self.chunk_size_:
            x, chunks, owner = self.vectorizer_.transform_chunks(docs, self.chunk_size_)
        else:
            x = self.vectorizer_.transform(docs)
            chunks, owner = x, np.arange(x.shape[0])
        phi = self.topic_word_.astype(np.float64)
        theta = _fold_in(x, phi, self.alpha_.astype(np.float64), self.fold_in_iter)
        if np.any(self.coef_):
            proba = self._classifier_proba(chunks)
            # a document's classifier shares: its chunks' probabilities, weighted by length
            weight = np.asarray(chunks.sum(axis=1)).ravel()
            agg = sp.csr_matrix(
                (weight, (owner, np.arange(len(owner)))), shape=(x.shape[0], len(owner))
            )
            proba = _normalize_rows(np.asarray(agg @ proba))
            out = self.blend * proba + (1.0 - self.blend) * theta
        else:
            out = theta
        if self.seed_weight:
            evidence = self._seed_evidence(x, self._seed_weights())
            has = evidence.sum(axis=1) > 0
            seed_share = np.zeros_like(out)
            seed_share[has, : self.n_named_] = _normalize_rows(evidence[has])
            out[has] = (1.0 - self.seed_weight) * out[has] + self.seed_weight * seed_share[has]
        out[np.diff(x.indptr) == 0] = np.nan
        return out

    def _seed_weights(self) -> np.ndarray:
        """The seed matrix of :meth:`_seed_matrix`, rebuilt from ``seed_features_``."""
        if getattr(self, "_seed_cache", None) is None:
            vocab = self.vectorizer_.vocabulary_
            matrix = np.zeros((self.n_named_, len(vocab)))
            for k, feats in enumerate(self.seed_features_):
                matrix[k, [vocab[f] for f in feats if f in vocab]] = 1.0
            share = matrix.sum(axis=0)
            matrix /= np.where(share > 0, share, 1.0)[None, :]
            self._seed_cache = matrix
        return self._seed_cache

    def _classifier_proba(self, x: sp.csr_matrix) -> np.ndarray:
        xt = _tfidf(x, self.idf_.astype(np.float64))
        logits = np.asarray(xt @ self.coef_.T.astype(np.float64)) + self.intercept_[None, :]
        return _softmax(logits)

    def transform(self, texts: Iterable[Any]) -> np.ndarray:
        """Topic shares of each document over all topics (named, then unnamed).

        Parameters
        ----------
        texts : iterable of str or Article

        Returns
        -------
        ndarray of shape (n_documents, n_topics)
            Rows sum to 1; a row is NaN when the document has no known word.
        """
        self._check_fitted()
        docs = self._documents(texts, "TopicModel.transform")
        out = np.empty((len(docs), len(self.topic_names_)))
        for start in range(0, len(docs), _BATCH):
            batch = docs[start : start + _BATCH]
            out[start : start + len(batch)] = self._shares(batch)
        return out

    def score(self, texts: Iterable[Any]) -> pd.DataFrame:
        """Named-topic shares: one column per taxonomy name, in taxonomy order.

        Unnamed topics are dropped and each row renormalised, so rows sum to 1 over the
        named columns. A document with no known word gets a row of NaN.

        Examples
        --------
        >>> model = TopicModel.default()
        >>> df = model.score(["Voters went to the polls in the presidential election."])
        >>> df.columns[0], round(float(df.sum(axis=1)[0]), 6)
        ('drug policy', 1.0)
        """
        shares = self.transform(texts)[:, : self.n_named_]
        with np.errstate(invalid="ignore", divide="ignore"):
            shares = shares / shares.sum(axis=1, keepdims=True)
        return pd.DataFrame(shares, columns=list(self.taxonomy_.names))

    def top_words(self, n: int = 10) -> pd.DataFrame:
        """The ``n`` most probable features of every topic, tidy.

        Returns
        -------
        DataFrame with columns ``topic``, ``rank`` (1-based), ``word``, ``weight``
        (probability in the topic) and ``kind`` (``"seed"``, ``"expanded"`` or
        ``"learned"``).
        """
        self._check_fitted()
        features = self.vectorizer_.get_feature_names_out()
        rows = []
        for k, name in enumerate(self.topic_names_):
            top = np.argsort(-self.topic_word_[k], kind="stable")[:n]
            for r, j in enumerate(top):
                rows.append(
                    (
                        name,
                        r + 1,
                        str(features[j]),
                        float(self.topic_word_[k, j]),
                        self._kind(k, str(features[j])),
                    )
                )
        return pd.DataFrame(rows, columns=["topic", "rank", "word", "weight", "kind"])

    def _kind(self, k: int, word: str) -> str:
        if k < self.n_named_:
            if word in self.seed_features_[k]:
                return "seed"
            if word in self.expanded_seeds_[k]:
                return "expanded"
        return "learned"

    def topic_words(self, n: int = 10) -> list[list[str]]:
        """Top ``n`` words of every topic as lists (the input of coherence measures)."""
        tw = self.top_words(n)
        return [list(tw.loc[tw.topic == name, "word"]) for name in self.topic_names_]

    def coherence(
        self,
        texts: Iterable[Any],
        measure: str = "c_npmi",
        *,
        n: int = 10,
        per_topic: bool = False,
    ) -> float | pd.Series:
        """Coherence of the topics' top words on ``texts`` (gensim ``CoherenceModel``).

        Parameters
        ----------
        texts : iterable of str or Article
            Reference corpus, tokenised with this model's vectorizer (phrases included).
        measure : {"c_npmi", "c_v", "c_uci", "u_mass"}
        n : int
            Top words per topic.
        per_topic : bool
            Return a Series by topic name instead of the mean.
        """
        from gensim.corpora import Dictionary
        from gensim.models.coherencemodel import CoherenceModel

        self._check_fitted()
        allowed = ("c_npmi", "c_v", "c_uci", "u_mass")
        if measure not in allowed:
            raise InputError(f"coherence: measure {measure!r} is not supported; allowed: {allowed}")
        docs = self._documents(texts, "TopicModel.coherence")
        tokens = [self.vectorizer_.analyze(d) for d in docs]
        dictionary = Dictionary(tokens)
        topics = [[w for w in t if w in dictionary.token2id] for t in self.topic_words(n)]
        cm = CoherenceModel(
            topics=topics,
            texts=tokens,
            dictionary=dictionary,
            corpus=[dictionary.doc2bow(t) for t in tokens] if measure == "u_mass" else None,
            coherence=measure,
            processes=1,
        )
        values = cm.get_coherence_per_topic()
        if per_topic:
            return pd.Series(values, index=self.topic_names_, name=measure)
        return float(np.mean(values))

    def explain(self, text: Any, n: int = 10, *, top: int | None = None) -> pd.DataFrame:
        """Which seeds and learned words drove each named topic's share for one article.

        Parameters
        ----------
        text : str or Article
        n : int
            Words per topic.
        top : int, optional
            Explain only the ``top`` named topics with the largest shares (default: all).

        Returns
        -------
        DataFrame
            One row per (named topic, word), topics in decreasing share order, columns:
            ``topic``, ``share`` (the topic's score), ``word``, ``kind`` (``"seed"``,
            ``"expanded"`` or ``"learned"``), ``count`` (occurrences in the article),
            ``weight`` (the word's push on the classifier logit of this topic, relative to
            the average topic) and ``tokens`` (how many of the word's occurrences the LDA
            fold-in assigns to this topic). Rows are ordered by ``weight + tokens`` share.

        Examples
        --------
        >>> why = TopicModel.default().explain("Police seized cocaine from a drug cartel.", top=1)
        >>> why.topic.iloc[0], "cocaine" in set(why.word)
        ('drug policy', True)
        """
        self._check_fitted()
        if isinstance(text, (list, tuple)):
            raise InputError("explain takes one document (str or Article), not a list")
        x = self.vectorizer_.transform([text])
        share = self.score([text]).iloc[0].to_numpy()
        features = self.vectorizer_.get_feature_names_out()
        cols = x.indices
        counts = x.data
        phi = self.topic_word_.astype(np.float64)
        theta = _fold_in(x, phi, self.alpha_.astype(np.float64), self.fold_in_iter)[0]
        resp = theta[:, None] * phi[:, cols]
        resp = resp / np.maximum(resp.sum(axis=0, keepdims=True), 1e-300) * counts[None, :]
        xt = _tfidf(x, self.idf_.astype(np.float64))
        coef = self.coef_[:, cols].astype(np.float64)
        push = (coef - coef.mean(axis=0, keepdims=True)) * xt.data[None, :]
        rows = []
        order = np.argsort(-np.nan_to_num(share, nan=0.0), kind="stable")[:top]
        for k in order:
            name = self.topic_names_[k]
            rank = push[k] / max(np.abs(push[k]).sum(), 1e-12) + resp[k] / max(counts.sum(), 1)
            for j in np.argsort(-rank, kind="stable")[:n]:
                if push[k, j] <= 0 and resp[k, j] < 0.5:
                    continue
                word = str(features[cols[j]])
                rows.append(
                    (
                        name,
                        float(share[k]),
                        word,
                        self._kind(k, word),
                        int(counts[j]),
                        float(push[k, j]),
                        float(resp[k, j]),
                    )
                )
        return pd.DataFrame(
            rows, columns=["topic", "share", "word", "kind", "count", "weight", "tokens"]
        )

    # -- persistence --------------------------------------------------------------------------
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
                },
            },
            extra={
                "n_documents": int(self.vectorizer_.n_documents_),
                "chunk_size": self.chunk_size_,
            },
        )

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> TopicModel:
        """Read a model written by :meth:`save`. Never unpickles.

        Raises
        ------
        ModelFormatError
            If ``path`` holds no TopicModel or one of a newer format version.
        """
        manifest, arrays, files = load_model_dir(
            path, format_name=FORMAT_NAME, max_format_version=FORMAT_VERSION
        )
        params = dict(manifest.get("params", {}))
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
        model.topic_word_ = w["topic_word"]
        model.coef_ = w["coef"]
        model.intercept_ = w["intercept"]
        model.idf_ = w["idf"]
        model.alpha_ = w["alpha"]
        vec = NewsVectorizer(
            seeds=taxonomy,
            min_df=model.min_df,
            max_df=model.max_df,
            max_features=model.max_features,
            phrase_min_count=model.phrase_min_count,
        )
        vec._set_state(
            {
                "features": files["features"],
                "document_frequency": w["document_frequency"],
                "n_documents": manifest.get("n_documents", 0),
            }
        )
        model.vectorizer_ = vec
        model.chunk_size_ = manifest.get("chunk_size")
        model.n_features_in_ = len(files["features"])
        return model

    @classmethod
    def default(cls) -> TopicModel:
        """The embedded model for :meth:`Taxonomy.default()`, loaded once and cached.

        Built by ``scripts/build_default_topic_model.py`` from the taxonomy and ship-able
        data; no network, no training at run time.
        """
        return _load_default()


@functools.lru_cache(maxsize=1)
def _load_default() -> TopicModel:
    from importlib import resources

    ref = resources.files("newsanalytics").joinpath("data", _DEFAULT_DIR)
    with resources.as_file(ref) as path:
        return TopicModel.load(path)


def _forms(term: str) -> list[str]:
    """A seed feature and its simple plural/singular forms (last word only)."""
    words = term.split()
    last = words[-1]
    variants = {last}
    if len(last) > 3:
        if last.endswith("ies"):
            variants.add(last[:-3] + "y")
        elif last.endswith("es"):
            variants.update({last[:-2], last[:-1]})
        elif last.endswith("s") and not last.endswith("ss"):
            variants.add(last[:-1])
        else:
            variants.add(last + "s")
            if last.endswith("y"):
                variants.add(last[:-1] + "ies")
            if last.endswith(("s", "x", "ch", "sh")):
                variants.add(last + "es")
    prefix = " ".join(words[:-1])
    return [f"{prefix} {v}".strip() for v in [last, *sorted(variants - {last})]]
