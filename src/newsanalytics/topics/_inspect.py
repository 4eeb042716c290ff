"""Looking into a fitted :class:`~newsanalytics.topics.TopicModel`: word relevance (LDAvis),
the variational bound behind ``log_likelihood``/``perplexity``, a topic table, representative
documents and the arrays pyLDAvis takes.

The formulas are pure functions of arrays, each in one place; :class:`TopicInspectionMixin`
holds the estimator's methods that use them (and ``get_feature_names_out``, ``coherence``),
and the last helpers read records with no text as empty documents.
"""

from __future__ import annotations

import json
import os
import warnings
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import scipy.sparse as sp
from scipy.special import digamma, gammaln

from .._dates import _is_null
from ..exceptions import InputError, NewsAnalyticsWarning, user_stacklevel
from . import _shares
from ._blocks import CountBlocks
from ._scoring import seed_counts
from ._seeded_lda import BATCH, fold_in, tfidf
from ._vectorize import document_text

# Documents per block of the variational E-step: its work arrays are (non-zeros x topics).
_BLOCK = 2000


def word_share(document_frequency: np.ndarray) -> np.ndarray:
    """Corpus share ``p(w)`` of each feature, estimated from its document frequency.

    The model keeps (and saves) document frequencies, not token counts, so this is the
    estimate available for a fitted and a loaded model alike. A feature no training
    document held (document frequency 0) is counted as in one, so no share is zero.
    """
    df = np.maximum(np.asarray(document_frequency, dtype=np.float64), 1.0)
    return df / df.sum()


def relevance(phi: np.ndarray, p_word: np.ndarray, lambda_: float) -> tuple[np.ndarray, np.ndarray]:
    """LDAvis relevance and lift of every (topic, word) pair.

    ``lift = phi[k, w] / p(w)``; ``relevance = lambda_ * log phi[k, w] + (1 - lambda_) *
    log lift`` (Sievert and Shirley, 2014). ``lambda_ = 1`` ranks by probability in the
    topic; smaller values favour words specific to the topic over words frequent
    everywhere.

    Examples
    --------
    >>> phi = np.array([[0.5, 0.3, 0.2], [0.5, 0.1, 0.4]])
    >>> lift, rel = relevance(phi, np.array([0.5, 0.2, 0.3]), 0.0)
    >>> lift.round(2).tolist()
    [[1.0, 1.5, 0.67], [1.0, 0.5, 1.33]]
    >>> int(rel[0].argmax()), int(rel[1].argmax())
    (1, 2)
    """
    if not 0.0 <= float(lambda_) <= 1.0:
        raise ValueError(f"lambda_ must be in [0, 1], got {lambda_!r}")
    logphi = np.log(np.maximum(np.asarray(phi, dtype=np.float64), 1e-300))
    loglift = logphi - np.log(np.asarray(p_word, dtype=np.float64))[None, :]
    return np.exp(loglift), float(lambda_) * logphi + (1.0 - float(lambda_)) * loglift


def variational_bound(
    x: sp.csr_matrix,
    phi: np.ndarray,
    alpha: np.ndarray,
    *,
    max_iter: int = 100,
    tol: float = 1e-3,
) -> np.ndarray:
    """Per-document evidence lower bound of LDA with fixed topics, in nats.

    For each document a variational Dirichlet ``gamma`` over its topics is fitted by the
    usual mean-field updates (as scikit-learn's ``LatentDirichletAllocation`` and gensim's
    ``LdaModel`` do, here deterministic: ``gamma`` starts at ``alpha`` plus an even share of
    the document's words). The bound is then

    ``sum_w n_w log sum_k exp(E[log theta_k]) phi_kw
    + sum_k (alpha_k - gamma_k) E[log theta_k] + log B(alpha) - log B(gamma)``

    (``B`` the multivariate Beta function), a lower bound on ``log p(words | alpha, phi)``.
    The topics are point estimates, so no topic-word prior term is added. A document with
    no counted word has bound 0.

    Parameters
    ----------
    x : csr_matrix of shape (n_documents, n_features)
        Word counts.
    phi : ndarray of shape (n_topics, n_features)
        Topic-word distributions, rows summing to 1.
    alpha : ndarray of shape (n_topics,)
        Document-topic Dirichlet prior.

    Examples
    --------
    >>> phi = np.array([[0.9, 0.1], [0.1, 0.9]])
    >>> x = sp.csr_matrix(np.array([[5.0, 0.0], [0.0, 0.0]]))
    >>> b = variational_bound(x, phi, np.array([0.1, 0.1]))
    >>> bool(5 * np.log(0.1) < b[0] < 0), float(b[1])
    (True, 0.0)
    """
    x = sp.csr_matrix(x, dtype=np.float64)
    if x.shape[0] > _BLOCK:
        return np.concatenate(
            [
                variational_bound(x[i : i + _BLOCK], phi, alpha, max_iter=max_iter, tol=tol)
                for i in range(0, x.shape[0], _BLOCK)
            ]
        )
    phi = np.asarray(phi, dtype=np.float64)
    alpha = np.asarray(alpha, dtype=np.float64)
    n_docs, k = x.shape[0], phi.shape[0]
    lengths = np.diff(x.indptr)
    rows = np.repeat(np.arange(n_docs), lengths)
    vals = x.data
    phi_t = phi.T[x.indices]  # nnz x K
    nonempty = lengths > 0
    starts = x.indptr[:-1][nonempty]
    words = np.asarray(x.sum(axis=1)).ravel()
    gamma = alpha[None, :] + words[:, None] / k

    def expected_log_theta(g: np.ndarray) -> np.ndarray:
        return digamma(g) - digamma(g.sum(axis=1, keepdims=True))

    def word_norms(elog: np.ndarray) -> np.ndarray:
        return np.maximum((np.exp(elog)[rows] * phi_t).sum(axis=1), 1e-300)

    for _ in range(max_iter):
        elog = expected_log_theta(gamma)
        exp_elog = np.exp(elog)
        resp = exp_elog[rows] * phi_t
        resp *= (vals / np.maximum(resp.sum(axis=1), 1e-300))[:, None]
        new = np.tile(alpha, (n_docs, 1))
        if len(starts):
            new[nonempty] += np.add.reduceat(resp, starts, axis=0)
        change = np.abs(new - gamma).mean()
        gamma = new
        if change < tol:
            break
    elog = expected_log_theta(gamma)
    word_part = np.zeros(n_docs)
    np.add.at(word_part, rows, vals * np.log(word_norms(elog)))
    theta_part = (
        ((alpha[None, :] - gamma) * elog).sum(axis=1)
        + gammaln(gamma).sum(axis=1)
        - gammaln(gamma.sum(axis=1))
        - gammaln(alpha).sum()
        + gammaln(alpha.sum())
    )
    return np.where(words > 0, word_part + theta_part, 0.0)


def ldavis_arrays(
    x: sp.csr_matrix, doc_topic: np.ndarray, phi: np.ndarray, features: np.ndarray
) -> dict[str, np.ndarray]:
    """The five inputs of ``pyLDAvis.prepare`` for documents ``x`` scored ``doc_topic``.

    Documents are the rows of ``x`` whose ``doc_topic`` row is a distribution (the caller
    drops the others); features that none of them uses are dropped and each topic-word row
    renormalised over the rest, since LDAvis takes logarithms of term frequencies.
    """
    tf = np.asarray(x.sum(axis=0)).ravel()
    used = tf > 0
    topic_term = np.asarray(phi, dtype=np.float64)[:, used]
    mass = topic_term.sum(axis=1, keepdims=True)
    topic_term = np.where(mass > 0, topic_term / np.where(mass > 0, mass, 1.0), 1.0 / used.sum())
    return {
        "topic_term_dists": topic_term,
        "doc_topic_dists": np.asarray(doc_topic, dtype=np.float64),
        "doc_lengths": np.asarray(x.sum(axis=1)).ravel().astype(np.int64),
        "vocab": np.asarray(features, dtype=object)[used],
        "term_frequency": tf[used].astype(np.int64),
    }


class TopicInspectionMixin:
    """What a fitted :class:`~newsanalytics.topics.TopicModel` can tell about its topics:
    likelihood, a topic table, representative documents, word lists and a pyLDAvis export.

    Mixed into :class:`~newsanalytics.topics.TopicModel`; relies on its fitted attributes and
    its private ``_check_fitted``, ``_documents`` and ``_raw_shares``.
    """

    # -- words -------------------------------------------------------------------------------
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
            ``share`` counts the classifier's intercepts and ``classifier_offsets_`` (the
            default model's arts offset), which are no word's and so no row's ``weight``.

        Examples
        --------
        >>> from newsanalytics import TopicModel
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
        theta = fold_in(x, phi, self.alpha_.astype(np.float64), self.fold_in_iter)[0]
        resp = theta[:, None] * phi[:, cols]
        resp = resp / np.maximum(resp.sum(axis=0, keepdims=True), 1e-300) * counts[None, :]
        xt = tfidf(x, self.idf_.astype(np.float64))
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
    def get_feature_names_out(self, input_features: object = None) -> np.ndarray:
        """Names of the columns of :meth:`transform`: the topic names (named, then unnamed).

        ``input_features`` is ignored (the input is text); it is there for scikit-learn's
        ``Pipeline`` and ``set_output``.

        Examples
        --------
        >>> from newsanalytics import TopicModel
        >>> TopicModel.default().get_feature_names_out()[:2].tolist()
        ['drug policy', 'diplomacy']
        """
        self._check_fitted()
        return np.asarray(self.topic_names_, dtype=object)

    def top_words(self, n: int = 10, *, lambda_: float = 0.6) -> pd.DataFrame:
        """The ``n`` most relevant features of every topic, tidy (LDAvis relevance).

        A word's relevance to topic ``k`` is ``lambda_ * log p(w|k) + (1 - lambda_) *
        log lift``, ``lift = p(w|k) / p(w)`` (Sievert and Shirley, 2014), ``p(w)`` the word's
        share of the training corpus (estimated from its document frequency, which saved
        models keep). With the default ``lambda_=0.6`` words frequent everywhere (a
        president's name in every section of the news) give way to the words that set a
        topic apart; ``lambda_=1`` ranks by probability alone. Relevance cannot move a word
        that every topic needs: a model with no unnamed topic to hold what the corpus is
        mostly about (two named topics fitted on political news) keeps such words on top.
        A feature no training document held (a column the shipped model was given without a
        refit, ``scripts/sense_default_model.py``) has no share and is left out.

        Parameters
        ----------
        n : int, default=10
            Words per topic.
        lambda_ : float in [0, 1], default=0.6
            Weight of the probability against the lift.

        Returns
        -------
        DataFrame with columns ``topic``, ``rank`` (1-based), ``word``, ``weight``
        (probability in the topic), ``kind`` (``"seed"``, ``"expanded"`` or
        ``"learned"``), ``lift`` and ``relevance``.

        Examples
        --------
        >>> from newsanalytics import TopicModel
        >>> words = TopicModel.default().top_words(5)
        >>> bool(words.groupby("topic").size().eq(5).all())
        True
        >>> list(words.columns)
        ['topic', 'rank', 'word', 'weight', 'kind', 'lift', 'relevance']
        """
        self._check_fitted()
        _check_n(n, "TopicModel.top_words")
        features = self.vectorizer_.get_feature_names_out()
        phi = self.topic_word_.astype(np.float64)
        try:
            lift, rel = relevance(phi, word_share(self.vectorizer_.document_frequency_), lambda_)
        except ValueError as exc:
            raise InputError(f"TopicModel.top_words: {exc}") from None
        rows = []
        seen = np.flatnonzero(self.vectorizer_.document_frequency_ > 0)
        for k, name in enumerate(self.topic_names_):
            top = seen[np.argsort(-rel[k, seen], kind="stable")[:n]]
            for r, j in enumerate(top):
                word = str(features[j])
                rows.append(
                    (
                        name,
                        r + 1,
                        word,
                        float(phi[k, j]),
                        self._kind(k, word),
                        float(lift[k, j]),
                        float(rel[k, j]),
                    )
                )
        return pd.DataFrame(
            rows, columns=["topic", "rank", "word", "weight", "kind", "lift", "relevance"]
        )

    def _kind(self, k: int, word: str) -> str:
        if k < self.n_named_:
            if word in self.seed_features_[k]:
                return "seed"
            if word in self.expanded_seeds_[k]:
                return "expanded"
        return "learned"

    def topic_words(self, n: int = 10) -> list[list[str]]:
        """Top ``n`` words of every topic by probability (``lambda_=1``), as lists: the
        input of coherence measures, which are defined on the most probable words."""
        tw = self.top_words(n, lambda_=1.0)
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

    def _unfit_topics(self) -> list[str]:
        """Named topics none of whose seeds occurs in the training corpus (and any topic fit
        marked unfit in ``unfit_topics_``), in topic order."""
        marked = set(getattr(self, "unfit_topics_", None) or ())
        return [
            name
            for k, name in enumerate(self.topic_names_)
            if name in marked or (k < self.n_named_ and not self.seed_features_[k])
        ]

    def _warn_unfit(self, what: str) -> None:
        unfit = self._unfit_topics()
        if unfit:
            warnings.warn(
                NewsAnalyticsWarning(
                    f"{what}: topic(s) {', '.join(map(repr, unfit))} had no seed in the "
                    "training corpus, so their shares rest on no evidence of their own; "
                    "add seeds that occur in the corpus or drop them from the taxonomy "
                    "(see get_topic_info())"
                ),
                stacklevel=user_stacklevel(),
            )

    # -- model choice ------------------------------------------------------------------------
    def _bound(self, texts: Iterable[Any], what: str) -> tuple[float, float]:
        self._check_fitted()
        x = self.vectorizer_.transform(self._documents(texts, what))
        if x.shape[0] == 0:
            raise InputError(f"{what}: no documents (an empty corpus has no likelihood)")
        bounds = variational_bound(
            x, self.topic_word_.astype(np.float64), self.alpha_.astype(np.float64)
        )
        return float(bounds.sum()), float(x.sum())

    def log_likelihood(self, texts: Iterable[Any]) -> float:
        """Approximate log-likelihood of ``texts`` under the model's LDA, in nats.

        The variational lower bound on ``log p(words | alpha, topics)`` summed over the
        documents, as scikit-learn's ``LatentDirichletAllocation.score`` gives it (see
        :func:`variational_bound`); higher is better. Only words of the model's vocabulary
        count; a document with none (empty or missing included) adds 0. Use it, or
        :meth:`perplexity`, to compare models (say, values of ``n_topics``) on held-out
        text; :meth:`score` is the named-topic shares, so scikit-learn's model selection
        takes it as ``scoring=lambda model, texts, y=None: model.log_likelihood(texts)``.

        Examples
        --------
        >>> from newsanalytics import TopicModel
        >>> model = TopicModel.default()
        >>> ll = model.log_likelihood(["The cartel smuggled cocaine across the border."])
        >>> bool(ll < 0)
        True
        """
        return self._bound(texts, "TopicModel.log_likelihood")[0]

    def perplexity(self, texts: Iterable[Any]) -> float:
        """Perplexity of ``texts``: ``exp(-log_likelihood / number of known words)``.

        As scikit-learn's ``LatentDirichletAllocation.perplexity``: lower is better, 1 is a
        perfect model and the vocabulary size is what a model that learnt nothing scores.
        (gensim's ``LdaModel.log_perplexity`` returns the per-word bound, ``-log`` of this.)

        Raises
        ------
        InputError
            If no document of ``texts`` has a word of the model's vocabulary.

        Examples
        --------
        >>> from newsanalytics import TopicModel
        >>> model = TopicModel.default()
        >>> p = model.perplexity(["The cartel smuggled cocaine across the border.",
        ...                       "Voters went to the polls in the presidential election."])
        >>> bool(1 < p < len(model.vectorizer_.vocabulary_))
        True
        """
        bound, n_words = self._bound(texts, "TopicModel.perplexity")
        if n_words == 0:
            raise InputError(
                "TopicModel.perplexity: no document has a word of the model's vocabulary"
            )
        return float(np.exp(-bound / n_words))

    # -- topics at a glance ------------------------------------------------------------------
    def get_topic_info(
        self, texts: Iterable[Any] | None = None, *, n_words: int = 10, lambda_: float = 0.6
    ) -> pd.DataFrame:
        """One row per topic: how many articles it tops, its mean share, its top words.

        Like BERTopic's ``get_topic_info``. Without ``texts`` the counts are those of the
        training corpus (the final labels of :meth:`fit`); with ``texts`` they are counted
        on :meth:`transform` of ``texts`` (documents without a known word left out).

        Parameters
        ----------
        texts : iterable of str or Article, optional
        n_words : int, default=10
            Words in ``top_words``.
        lambda_ : float, default=0.6
            Relevance weight of :meth:`top_words`.

        Returns
        -------
        DataFrame
            Columns ``topic``, ``n_articles`` (documents whose largest share is the
            topic), ``share`` (mean share), ``top_words`` (list of str, relevance-ranked),
            ``seeds_found`` (seed features of the topic found in the training corpus; 0 for
            unnamed topics) and ``unfit`` (a named topic none of whose seeds occurs in the
            training corpus: its shares rest on no evidence of its own) and ``thin`` (a named
            topic whose seeds occur in too few training documents to learn it beyond them:
            it was held to those documents, ``thin_topics_``). ``n_articles`` and
            ``share`` are NaN for a model saved without training statistics when ``texts``
            is not given (a warning says so).

        Examples
        --------
        >>> from newsanalytics import TopicModel
        >>> info = TopicModel.default().get_topic_info(["The cartel smuggled cocaine."] * 3)
        >>> list(info.columns)
        ['topic', 'n_articles', 'share', 'top_words', 'seeds_found', 'unfit', 'thin']
        >>> int(info.n_articles.sum())
        3
        """
        self._check_fitted()
        k = len(self.topic_names_)
        if texts is not None:
            shares = self._raw_shares(self._documents(texts, "TopicModel.get_topic_info"))
            shares = shares[~np.isnan(shares).all(axis=1)]
            counts = np.bincount(shares.argmax(axis=1), minlength=k).astype(np.float64)
            mean = shares.mean(axis=0) if len(shares) else np.full(k, np.nan)
        elif getattr(self, "topic_counts_", None) is not None:
            counts = self.topic_counts_.astype(np.float64)
            mean = self.topic_shares_
        else:
            warnings.warn(
                NewsAnalyticsWarning(
                    "TopicModel.get_topic_info: this model was saved without its training "
                    "corpus statistics; pass texts= to count articles"
                ),
                stacklevel=user_stacklevel(),
            )
            counts = mean = np.full(k, np.nan)
        words = self.top_words(n_words, lambda_=lambda_)
        by_topic = words.groupby("topic", sort=False)["word"].agg(list)
        seeds = [len(f) for f in self.seed_features_] + [0] * (k - self.n_named_)
        unfit = set(self._unfit_topics())
        frame = pd.DataFrame(
            {
                "topic": self.topic_names_,
                "n_articles": counts,
                "share": np.asarray(mean, dtype=np.float64),
                "top_words": [by_topic.get(name, []) for name in self.topic_names_],
                "seeds_found": seeds,
                "unfit": [name in unfit for name in self.topic_names_],
                "thin": [name in getattr(self, "thin_topics_", []) for name in self.topic_names_],
            }
        )
        if not np.isnan(counts).any():
            frame["n_articles"] = frame["n_articles"].astype(np.int64)
        return frame

    def representative_docs(self, texts: Iterable[Any], n: int = 3) -> pd.DataFrame:
        """The ``n`` documents of ``texts`` that each topic tops with the largest shares.

        Returns
        -------
        DataFrame
            Columns ``topic``, ``rank`` (1-based), ``doc`` (position in ``texts``),
            ``share`` (the topic's share of the document) and ``text``. A topic that tops
            no document of ``texts`` has no row.

        Examples
        --------
        >>> from newsanalytics import TopicModel
        >>> docs = ["The cartel smuggled cocaine across the border.",
        ...         "Voters went to the polls in the presidential election.",
        ...         "Cartel gunmen smuggled heroin and cocaine."]
        >>> rep = TopicModel.default().representative_docs(docs, n=2)
        >>> sorted(rep[rep.topic == "drug policy"].doc), rep[rep.topic == "elections"].doc.tolist()
        ([0, 2], [1])
        """
        self._check_fitted()
        _check_n(n, "TopicModel.representative_docs")
        docs = self._documents(texts, "TopicModel.representative_docs")
        shares = self._raw_shares(docs)
        scored = np.flatnonzero(~np.isnan(shares).all(axis=1))
        top = shares[scored].argmax(axis=1)
        rows = []
        for k, name in enumerate(self.topic_names_):
            mine = scored[top == k]
            order = mine[np.argsort(-shares[mine, k], kind="stable")][:n]
            for r, i in enumerate(order):
                rows.append((name, r + 1, int(i), float(shares[i, k]), document_text(docs[i])))
        return pd.DataFrame(rows, columns=["topic", "rank", "doc", "share", "text"])

    def show_topic(self, topic: str | int, topn: int = 10) -> list[tuple[str, float]]:
        """The ``topn`` most probable words of one topic with their probabilities, as gensim's
        ``LdaModel.show_topic`` gives them. ``topic`` is a name or a position.

        Examples
        --------
        >>> from newsanalytics import TopicModel
        >>> words = TopicModel.default().show_topic("drug policy", 3)
        >>> len(words), all(isinstance(w, str) and 0 < p < 1 for w, p in words)
        (3, True)
        """
        self._check_fitted()
        if isinstance(topic, str):
            if topic not in self.topic_names_:
                raise InputError(
                    f"show_topic: no topic {topic!r}; topics: {list(self.topic_names_)}"
                )
            k = self.topic_names_.index(topic)
        else:
            k = int(topic)
            if not 0 <= k < len(self.topic_names_):
                raise InputError(f"show_topic: topic {topic} out of range")
        features = self.vectorizer_.get_feature_names_out()
        row = self.topic_word_[k]
        return [(str(features[j]), float(row[j])) for j in np.argsort(-row, kind="stable")[:topn]]

    # -- export ------------------------------------------------------------------------------
    def to_ldavis(
        self, texts: Iterable[Any], path: str | os.PathLike[str] | None = None
    ) -> dict[str, np.ndarray]:
        """The fitted topics and ``texts`` as the arguments of ``pyLDAvis.prepare``.

        No dependency on pyLDAvis: ``pyLDAvis.prepare(**model.to_ldavis(texts))`` draws the
        usual LDAvis page when it is installed. ``topic_term_dists`` are the model's
        topic-word distributions, ``doc_topic_dists`` the shares of :meth:`transform`.
        Documents with no word of the vocabulary are left out (a warning names their rows:
        LDAvis needs every document to have a length and a distribution), and so are words
        no document of ``texts`` uses, each topic's row renormalised over the rest.

        Parameters
        ----------
        texts : iterable of str or Article
        path : path, optional
            Also write the dict as JSON there (arrays as lists).

        Returns
        -------
        dict
            ``topic_term_dists`` (n_topics x n_words), ``doc_topic_dists`` (n_docs x
            n_topics), ``doc_lengths`` (n_docs,), ``vocab`` (n_words,), ``term_frequency``
            (n_words,).

        Examples
        --------
        >>> from newsanalytics import TopicModel
        >>> data = TopicModel.default().to_ldavis(["Police seized cocaine from the cartel.",
        ...                                        "Voters went to the polls."])
        >>> sorted(data), data["doc_topic_dists"].shape[0]
        (['doc_lengths', 'doc_topic_dists', 'term_frequency', 'topic_term_dists', 'vocab'], 2)
        """
        self._check_fitted()
        docs = self._documents(texts, "TopicModel.to_ldavis")
        x = self.vectorizer_.transform(docs)
        shares = self._raw_shares(docs)
        keep = ~np.isnan(shares).all(axis=1) & (np.diff(x.indptr) > 0)
        if not keep.all():
            warnings.warn(
                NewsAnalyticsWarning(
                    f"TopicModel.to_ldavis: row(s) {_rows(np.flatnonzero(~keep))} have no word "
                    "the model knows and are left out"
                ),
                stacklevel=user_stacklevel(),
            )
        if not keep.any():
            raise InputError("TopicModel.to_ldavis: no document has a word of the vocabulary")
        data = ldavis_arrays(
            x[keep], shares[keep], self.topic_word_, self.vectorizer_.get_feature_names_out()
        )
        if path is not None:
            Path(path).write_text(
                json.dumps({key: value.tolist() for key, value in data.items()}),
                encoding="utf-8",
            )
        return data

    def top_topics(
        self,
        texts: Iterable[Any],
        n: int = _shares.N_TOP_TOPICS,
        *,
        min_share: float = _shares.MIN_TOP_SHARE,
        min_second_share: float = _shares.MIN_SECOND_SHARE,
        min_evidence: float = _shares.MIN_SECOND_EVIDENCE,
    ) -> list[list[str]]:
        """The named topics each document is about, largest share first; an empty list
        when no share reaches ``min_share``. A further topic also needs ``min_evidence``
        different seed words of its own in the document (:meth:`topic_evidence`; 0: shares
        alone decide). See :func:`~newsanalytics.topics.rank_topics`.

        Examples
        --------
        >>> from newsanalytics import TopicModel
        >>> TopicModel.default().top_topics(["The cartel smuggled cocaine across the border."])
        [['drug policy']]
        """
        self._check_fitted()
        df, unknown, seen = self._score_rows(texts, other=False, what="TopicModel.score", evidence=True)
        self._warn_unknown(unknown, "TopicModel.score")
        kw = {"n": n, "min_share": min_share, "min_second_share": min_second_share}
        return [
            _shares.rank_topics(r, list(df.columns), evidence=e, min_evidence=min_evidence, **kw)
            for r, e in zip(df.to_numpy(float), seen, strict=True)
        ]

    def topic_evidence(self, texts: Iterable[Any]) -> pd.DataFrame:
        """How many different seed words of each named topic each document has.

        A seed's plural and its senses count as the seed itself ("school" and "schools"
        are one word); expanded seeds do not count. One column per named topic, in
        taxonomy order. This is the evidence :meth:`top_topics` asks of a second topic. The
        words of a company's name ("Allied Technologies Corp") and its short forms count only
        for the topics of the model's ``name_topics`` parameter.

        Examples
        --------
        >>> from newsanalytics import TopicModel
        >>> model = TopicModel.default()
        >>> ev = model.topic_evidence(["Police seized cocaine and heroin from the cartel."])
        >>> int(ev.loc[0, "drug policy"]) >= 2
        True
        """
        self._check_fitted()
        docs = self._documents(texts, "TopicModel.topic_evidence")
        return pd.DataFrame(self._evidence(docs), columns=list(self.taxonomy_.names))

    def _evidence(self, docs: list[Any]) -> np.ndarray:
        out = np.zeros((len(docs), self.n_named_))
        for start in range(0, len(docs), BATCH):
            batch = docs[start : start + BATCH]
            x = seed_counts(self, self.vectorizer_.transform(batch), batch)  # names left out
            out[start : start + x.shape[0]] = _shares.seed_word_counts(self, x)
        return out


class _MissingAsEmpty:
    """A re-iterable view of a corpus that reads a record with no text (None, NaN, NA) as an
    empty document, and keeps the positions where its last full pass found one."""

    def __init__(self, corpus: Iterable[Any]) -> None:
        self.corpus = corpus
        self.missing: list[int] = []

    def __len__(self) -> int:  # for progress bars; a TypeError when the corpus has no len
        return len(self.corpus)  # type: ignore[arg-type]

    def __iter__(self):
        found = []
        for i, doc in enumerate(self.corpus):
            if _is_null(doc):
                found.append(i)
                doc = ""
            yield doc
        self.missing = found


def _label_stats(blocks: CountBlocks, labels: np.ndarray, n_topics: int) -> tuple:
    """How many documents each topic tops, and its mean share, by the final labels of fit
    (documents without a counted word are left out)."""
    counts = np.zeros(n_topics, dtype=np.int64)
    total = np.zeros(n_topics)
    n_scored = 0
    for rows in blocks.slices():
        lab = np.asarray(labels[rows], dtype=np.float64)
        lab = lab[lab.sum(axis=1) > 0]
        counts += np.bincount(lab.argmax(axis=1), minlength=n_topics)
        total += lab.sum(axis=0)
        n_scored += len(lab)
    return counts, total / max(n_scored, 1)


def _rows(indices: np.ndarray, limit: int = 10) -> str:
    """Row indices for a message: the first ``limit`` of them, then how many in all."""
    shown = ", ".join(str(int(i)) for i in indices[:limit])
    return shown + (f", ... ({len(indices)} in all)" if len(indices) > limit else "")


def _check_n(n: Any, what: str) -> None:
    """``n`` (how many words or documents per topic) is a whole number of at least 1."""
    if isinstance(n, bool) or not isinstance(n, int | np.integer) or n < 1:
        raise InputError(f"{what}: n must be a whole number >= 1, got {n!r}")
