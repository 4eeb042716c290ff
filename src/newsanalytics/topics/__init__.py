"""Named topics: seeded LDA refined by seed expansion and self-training, scored for any article.

How :class:`TopicModel` finds the topics a user named (and why each step is there):

1. **Vectorize** with :class:`~newsanalytics.vectorize.NewsVectorizer`: words, learnt phrases,
   and every seed phrase of the taxonomy as a feature.
2. **Seed evidence**: each document's tf-idf-weighted seed counts per named topic (seed
   words also match their plural/singular forms).
3. **Seed expansion** from corpus co-occurrence: words that occur mostly in documents whose
   seeds point to one topic become that topic's *expanded* seeds (kept in
   ``expanded_seeds_``; they enter the prior and :meth:`TopicModel.explain`).
4. **Seeded LDA that holds by design** (batch variational Bayes with gensim
   ``LdaModel``'s updates, vectorised over documents and multi-threaded; or scikit-learn
   then matched by seed overlap): topic ``k`` starts from the word counts of the documents the seeds give to
   ``k`` (so the first E-step already knows which topic is which, instead of starting at
   random), its Dirichlet prior favours its seeds, and after every pass a seed's counts are
   removed from the other named topics, so a seed can never drift to another topic.
   Extra unnamed topics (``n_topics`` > number of named topics) absorb what the taxonomy
   does not cover.
5. **Self-training**: a logistic-regression classifier (SGD) on tf-idf is trained on the
   documents that steps 2-4 label most confidently, re-labels the corpus, and is trained
   again. Its weights are what "learned words" are in :meth:`TopicModel.explain`. A named
   topic whose seeds and expanded seeds occur in too few documents to learn it beyond
   them (fewer than 10, or 1% of the corpus) is *thin*: its labels are held to those
   documents (``thin_topics_``, with a warning), since LDA and the classifier would
   otherwise give such a topic a cluster its seeds never touch (a "sports" topic seeded
   by "goal", found in two political items, once led 24 of 300 that never say "goal").
   A short training document (a headline) that holds a seed or expanded seed gives the
   background topics a label share scaled by its length (``min(1, words / 200)``): LDA
   handed whole on-topic headlines to the broad background (``_short``).
6. **Final topics**: topic-word distributions re-estimated from the final labels,
   smoothed in proportion to the corpus's own word shares (a constant per word would let a
   small topic outbid large ones on every rare word). A
   document's topic shares mix three explainable parts: the classifier's probabilities
   (read over chunks of the length it was trained on, averaged), an LDA fold-in against
   the final topics, and the document's own seed counts (``seed_weight``; documents
   without seeds skip this part). A thin topic's classifier probability is raised to its
   fold-in share (then the row renormalised) in a text with one of its seed words: trained
   on its few seed documents, the classifier all but denies it in a text that also reads
   as a large topic. All are sparse-matrix products, no per-document gensim
   inference, so scoring runs at thousands of documents per second.

Defaults (``confident_fraction``, ``seed_weight``) were chosen on development data only:
Reuters-21578 TRAIN and the HuffPost sample; BBC News and Reuters TEST are for reporting.

Shares are probabilities over all topics (named first, then the unnamed background topics
learnt from the corpus), rows summing to 1. :meth:`TopicModel.score` keeps the named
columns as they are: they sum to 1 minus the article's "other" share (the background
topics' total; ``score(..., other=True)`` adds it as a column), so an article the taxonomy
does not cover is not forced into a named topic. :meth:`TopicModel.top_topics` (and the
pipeline's ``top_topics``) names a topic only when its share is strong enough, else none,
and a further topic only when the article also has two different seed words of it
(:func:`rank_topics`, :meth:`TopicModel.topic_evidence`, ``_shares``). A topic none of whose seeds occurs in the corpus is
marked unfit at fit time (a ``warnings`` warning; ``unfit_topics_``) and gets a share of 0.
A document with no word the model knows (empty, missing, or all unknown vocabulary) has no
evidence to share out: :meth:`TopicModel.transform` puts its row all on the background
topics (zeros without them; never NaN, for scikit-learn pipelines) with a warning naming
its row, :meth:`TopicModel.score` gives it a row of NaN.

Private modules: ``_model`` (:class:`TopicModel`), ``_vectorize``
(:class:`NewsVectorizer`, also importable as ``newsanalytics.vectorize``), ``_seeded_lda``
(the fitting steps and the numeric helpers fitting and scoring share), ``_lda_vb`` (batch
variational Bayes), ``_blocks`` (the corpus's counts, spilled to disk past a memory budget),
``_inspect`` (word relevance, likelihood, the topic table, the pyLDAvis export);
``data/default_model/`` holds the embedded model of :meth:`TopicModel.default`.
"""

from __future__ import annotations

from ._model import TopicModel
from ._shares import MIN_SECOND_EVIDENCE, MIN_SECOND_SHARE, MIN_TOP_SHARE, rank_topics
from ._vectorize import NewsVectorizer, document_text, plural_forms, seed_terms

__all__ = [
    "TopicModel",
    "rank_topics",
    "MIN_TOP_SHARE",
    "MIN_SECOND_SHARE",
    "MIN_SECOND_EVIDENCE",
    "NewsVectorizer",
    "document_text",
    "seed_terms",
    "plural_forms",
]
