"""Fitting internals of :class:`~newsanalytics.topics.TopicModel` (private to ``topics``).

The steps the ``topics`` module docstring describes, as functions of arrays: seed matrix
and seed evidence, seed expansion from co-occurrence, seeded LDA held by initialisation,
prior and constraint (our batch VB in ``_lda_vb``, or scikit-learn), the self-training
classifier, and the final topic-word distributions by word-level EM. Also the numeric helpers that fitting and
scoring share (tf-idf, softmax, the LDA fold-in).
"""

from __future__ import annotations

import hashlib
import logging

import numpy as np
import scipy.sparse as sp

from ..taxonomy import Taxonomy
from ._blocks import CountBlocks
from ._lda_vb import fit_vb
from ._vectorize import plural_forms, seed_terms

logger = logging.getLogger("newsanalytics.topics")  # the messages are TopicModel's

# Documents per batch in the fold-in, the word-level EM and LDA updates.
BATCH = 2000
# Non-zeros folded in together: the fold-in's work arrays (non-zeros x topics, float32) then
# stay in the processor's cache. Documents are folded in independently of one another, so
# any grouping of them gives the same shares, bit for bit.
FOLD_IN_NNZ = 8192
# At most this many confident documents train the self-training classifier.
MAX_CLASSIFIER_DOCS = 200_000
# Different seed words of a thin topic a text needs before its share is lifted
# (lift_thin_topics). Issue 14, tune rows, random states 0/1/2: one word P/R .806/.806.
THIN_LIFT_MIN_WORDS = 2


# -- small numeric helpers ----------------------------------------------------------------
def normalize_rows(a: np.ndarray) -> np.ndarray:
    s = a.sum(axis=1, keepdims=True)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(s > 0, a / np.where(s > 0, s, 1.0), 0.0)


def mix_seed_shares(
    shares: np.ndarray, evidence: np.ndarray, n_named: int, weight: float
) -> np.ndarray:
    """Mix each document's own seed shares into its topic shares, in place; returns ``shares``.

    A document with seed evidence gets ``(1 - weight) * shares + weight * seed_shares``,
    its seed shares being its evidence normalised over the named topics (the unnamed topics
    get none, so their shares shrink by ``1 - weight``); a document without seeds keeps its
    shares. The one formula behind the first labels of :meth:`TopicModel.fit`, its
    self-training labels and the shares :meth:`TopicModel.transform` gives.
    """
    has = evidence.sum(axis=1) > 0
    named = (1.0 - weight) * shares[has, :n_named]
    shares[has, :n_named] = named + weight * normalize_rows(evidence[has])
    shares[has, n_named:] *= 1.0 - weight
    return shares


def lift_thin_topics(
    proba: np.ndarray,
    floor: np.ndarray,
    seen: np.ndarray,
    thin: list[int],
    min_words: int = THIN_LIFT_MIN_WORDS,
) -> np.ndarray:
    """The classifier's probabilities of a batch with each thin topic's floor, in place;
    returns ``proba``.

    A thin topic (``TopicModel.thin_topics_``) trained the classifier on its few seed
    documents, against topics with thousands, so the classifier all but denies it in a
    text that also reads as a large topic (a Honduran ex-president extradited on drug
    trafficking charges: politics 0.94, drug policy 0.05), above all in text unlike those
    few documents: its weight sits on the seeds those documents repeat ("opioid" 3.7,
    "decriminalizing" 0.4) while a large topic gathers weight from every context word. The
    ``floor`` (documents x named topics) is read from the text itself: ``TopicModel``
    passes the larger of the LDA fold-in share and the text's seed share (its seed
    evidence normalised over the named topics). Where the text has at least ``min_words``
    different seed words of the thin topic (``seen``: documents x named topics, see
    ``seed_word_counts``), its classifier probability is raised to its floor, and the
    topics not raised are scaled down to make room, so the raised topics keep their
    floor exactly (renormalising the whole row took part of the lift back). With fewer
    seed words it is left as it is: one passing word ("marijuana" in a story on airline
    fines) is no sign of the topic, and the topic gains nothing in texts that never name
    it.
    """
    if not thin or not len(proba):
        return proba
    cols = np.asarray(thin)
    base = proba[:, cols]
    lifted = np.where(seen[:, cols] >= min_words, np.maximum(base, floor[:, cols]), base)
    raised = lifted > base
    changed = raised.any(axis=1)
    if not changed.any():
        return proba
    rows = np.flatnonzero(changed)
    keep = np.zeros(proba.shape, dtype=bool)  # the entries that keep their value
    keep[np.ix_(rows, cols)] = raised[rows]
    sub = proba[rows]
    sub[:, cols] = lifted[rows]
    fixed = np.where(keep[rows], sub, 0.0).sum(axis=1)
    rest = np.where(keep[rows], 0.0, sub)
    room = np.maximum(1.0 - fixed, 0.0)
    total = rest.sum(axis=1)
    scale = np.where(total > 0, room / np.where(total > 0, total, 1.0), 0.0)
    proba[rows] = np.where(keep[rows], sub, rest * scale[:, None])
    proba[rows] = normalize_rows(proba[rows])  # only moves a row whose lifts exceed 1
    return proba


def gate_labels(labels: np.ndarray, support: np.ndarray, n_named: int) -> np.ndarray:
    """Keep a named topic's label only where ``support`` allows it, in place.

    ``support`` (documents x named topics, bool) says where each named topic may keep its
    label (for a topic held to its own words: the documents holding one of its seeds or
    expanded seeds). Elsewhere the label is taken; the mass taken goes to the unnamed (background) topics in proportion to their
    labels (evenly when they have none), or, without unnamed topics, to the named topics
    the document supports. So a named topic cannot take over documents none of whose
    words are its own (a cluster the seeds never touch), whatever LDA or the classifier
    drifted to.
    """
    named = labels[:, :n_named]
    cut = np.where(support, 0.0, named)
    taken = cut.sum(axis=1)
    named -= cut
    if labels.shape[1] > n_named:
        rest = labels[:, n_named:]
        weights = normalize_rows(rest)
        weights[weights.sum(axis=1) == 0] = 1.0 / rest.shape[1]
        rest += taken[:, None] * weights
    else:
        fixed = normalize_rows(named)
        labels[:, :n_named] = np.where(taken[:, None] > 0, fixed, named)
    return labels


def softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    np.exp(z, out=z)
    return z / z.sum(axis=1, keepdims=True)


def tfidf(x: sp.csr_matrix, idf: np.ndarray) -> sp.csr_matrix:
    """Sublinear tf times idf, rows L2-normalised (same recipe at fit and at transform)."""
    out = x.astype(np.float64, copy=True)
    np.log1p(out.data, out=out.data)
    out = out.multiply(idf[None, :]).tocsr()
    norms = np.sqrt(np.asarray(out.multiply(out).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sp.diags(1.0 / norms) @ out


def fold_in(
    x: sp.csr_matrix,
    phi: np.ndarray | None,
    alpha: np.ndarray,
    n_iter: int,
    word_topic: np.ndarray | None = None,
) -> np.ndarray:
    """LDA document-topic shares for fixed topics ``phi`` (K x V), vectorised over documents.

    Mean-field updates on the non-zeros of ``x``: each word's count is shared among topics
    in proportion to theta_k * phi_kw, then theta = alpha + assigned counts. ``word_topic``,
    if given, is ``phi.T`` as float32 already (``phi`` is then not read).
    """
    x = x.tocsr()
    if word_topic is None:
        word_topic = phi.T.astype(np.float32)  # V x K
    alpha32 = alpha.astype(np.float32)[None, :]
    groups = _doc_groups(x.indptr, FOLD_IN_NNZ, BATCH)
    if len(groups) > 1:  # bounded memory, and quicker: the work arrays fit in the cache
        return np.vstack([_fold_in(x[i:j], word_topic, alpha32, n_iter) for i, j in groups])
    return _fold_in(x, word_topic, alpha32, n_iter)


def _doc_groups(indptr: np.ndarray, max_nnz: int, max_docs: int) -> list[tuple[int, int]]:
    """Consecutive row ranges ``[i, j)`` of a CSR matrix, each of at most ``max_docs`` rows
    and ``max_nnz`` non-zeros (a longer row alone in its range)."""
    bounds = indptr.tolist()
    n = len(bounds) - 1
    groups = []
    i = 0
    while i < n:
        j = i + 1
        limit = bounds[i] + max_nnz
        while j < n and j - i < max_docs and bounds[j + 1] <= limit:
            j += 1
        groups.append((i, j))
        i = j
    return groups


def _fold_in(
    x: sp.csr_matrix, word_topic: np.ndarray, alpha32: np.ndarray, n_iter: int
) -> np.ndarray:
    """:func:`fold_in` of one group of documents at once (``word_topic``: ``phi.T`` as
    float32, ``alpha32``: alpha as a float32 row)."""
    n_docs = x.shape[0]
    k = word_topic.shape[1]
    theta = np.full((n_docs, k), 1.0 / k, dtype=np.float32)
    lengths = np.diff(x.indptr)
    # Each non-zero's count on every topic of its row: a whole array, so that the product
    # in the loop reads it as it reads num (a column broadcast across the row is copied
    # into a buffer on every call); the same products.
    vals = np.repeat(x.data.astype(np.float32)[:, None], k, axis=1)  # nnz x K
    phi_t = np.ascontiguousarray(word_topic[x.indices])  # nnz x K
    nonempty = lengths > 0
    starts = x.indptr[:-1][nonempty]
    for _ in range(n_iter):
        # Each non-zero's document row: its rows repeated (a copy of whole rows), the same
        # values as gathering theta[rows] with rows = np.repeat(arange, lengths), in a
        # fifth of the time.
        num = np.repeat(theta, lengths, axis=0)
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


# -- fitting steps -----------------------------------------------------------------------
def final_topics(
    blocks: CountBlocks, labels: np.ndarray, seed_matrix: np.ndarray, topic_word_iter: int
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
    k = labels.shape[1]
    counts = np.zeros((k, blocks.n_features))
    for rows, x in blocks.rows():
        counts += np.asarray(x.T @ labels[rows]).T
    # Smoothing in proportion to the corpus's own word shares (the background), not a
    # constant per word: with a constant, a topic with few documents gives every word it
    # never saw as much probability as a large topic gives its rare words, and so takes
    # over any document of rare words (a named topic with one weak seed led a third of a
    # corpus that way). Same total mass as a constant 0.01 per word.
    total = counts.sum(axis=0)
    beta = 0.01 * blocks.n_features * total / max(total.sum(), 1e-300) + 1e-12
    phi = normalize_rows(constrain(counts, seed_matrix) + beta[None, :])
    if topic_word_iter <= 0:
        return phi

    def prior(rows: slice, x: sp.csr_matrix) -> np.ndarray:
        # The document's labels worth as many words as it has; 0.1: the fold-in's prior.
        return labels[rows] * np.asarray(x.sum(axis=1)).ravel()[:, None] + 0.1

    theta = blocks.doc_array("final_theta", k)
    for rows, x in blocks.rows():
        theta[rows] = normalize_rows(prior(rows, x))
    for _ in range(topic_word_iter):
        counts = np.zeros_like(phi)
        for rows, x in blocks.rows():
            c, a = _responsibilities(x, theta[rows], phi)
            counts += c
            theta[rows] = normalize_rows(a + prior(rows, x))  # for the next step
        phi = normalize_rows(constrain(counts, seed_matrix) + beta[None, :])
    return phi


def build_seed_matrix(
    taxonomy: Taxonomy, vocabulary: dict[str, int], n_features: int
) -> tuple[np.ndarray, list[list[str]]]:
    """The seed matrix of ``taxonomy`` (see :func:`seed_matrix`) and, per named topic, the
    features its seeds matched."""
    rows: list[list[str]] = []
    for name in taxonomy.names:
        feats: dict[str, None] = {}
        for term in seed_terms(taxonomy.seeds(name)):
            for form in plural_forms(term):
                if form in vocabulary:
                    feats.setdefault(form, None)
        for sense in taxonomy.senses(name):
            if sense.key in vocabulary:
                feats.setdefault(sense.key, None)
        rows.append(list(feats))
    return seed_matrix(rows, vocabulary, n_features), rows


def seed_matrix(
    seed_features: list[list[str]], vocabulary: dict[str, int], n_features: int
) -> np.ndarray:
    """Named-topic x feature matrix of seed weights; a seed shared by topics is split."""
    matrix = np.zeros((len(seed_features), n_features))
    for k, feats in enumerate(seed_features):
        matrix[k, [vocabulary[f] for f in feats if f in vocabulary]] = 1.0
    share = matrix.sum(axis=0)
    matrix /= np.where(share > 0, share, 1.0)[None, :]
    return matrix


def seed_evidence(x: sp.csr_matrix, seed_matrix: np.ndarray, idf: np.ndarray) -> np.ndarray:
    """Per document and named topic: sum over its seeds of log(1 + count) * idf."""
    return seed_evidence_t(x, (seed_matrix * idf[None, :]).T)


def seed_evidence_t(x: sp.csr_matrix, weights_t: np.ndarray) -> np.ndarray:
    """:func:`seed_evidence` given ``(seed_matrix * idf[None, :]).T`` (features x topics)."""
    xl = x.astype(np.float64, copy=True)
    np.log1p(xl.data, out=xl.data)
    return np.asarray(xl @ weights_t)


def expand_seeds(
    blocks: CountBlocks,
    evidence: np.ndarray,
    seed_matrix: np.ndarray,
    features: np.ndarray,
    n_expand: int,
) -> tuple[list[list[str]], np.ndarray]:
    """Words that co-occur mostly with one topic's seeds become its expanded seeds."""
    n_named, n_features = seed_matrix.shape
    matrix = np.zeros_like(seed_matrix)
    if n_expand <= 0:
        return [[] for _ in range(n_named)], matrix
    mass = np.zeros((n_named, n_features))  # named x features: documents, weighted by topic
    for rows, xb in blocks.rows():
        xb.data[:] = 1.0
        mass += np.asarray(xb.T @ normalize_rows(evidence[rows])).T
    total = mass.sum(axis=0)
    with np.errstate(invalid="ignore", divide="ignore"):
        purity = np.where(total > 0, mass / np.where(total > 0, total, 1.0), 0.0)
    min_docs = max(3.0, 0.001 * blocks.n_rows)
    is_seed = seed_matrix.sum(axis=0) > 0
    ok = (total >= min_docs) & ~is_seed
    threshold = max(0.5, 1.5 / n_named)
    score = np.where((purity >= threshold) & ok[None, :], purity * np.log1p(mass), 0.0)
    out: list[list[str]] = []
    for k in range(n_named):
        top = np.argsort(-score[k], kind="stable")[:n_expand]
        top = [j for j in top if score[k, j] > 0]
        matrix[k, top] = 1.0
        out.append([str(features[j]) for j in top])
    return out, matrix


def constrain(counts: np.ndarray, seed_matrix: np.ndarray) -> np.ndarray:
    """Remove each seed's counts from the named topics it is not a seed of."""
    n_named = seed_matrix.shape[0]
    counts = counts.copy()
    block = counts[:n_named]
    block[(seed_matrix == 0) & (seed_matrix.sum(axis=0) > 0)[None, :]] = 0.0
    counts[:n_named] = block
    return counts


def keyed_gamma(
    seed: int, n_rows: int, keys: np.ndarray | list[str], shape: float, scale: float
) -> np.ndarray:
    """Gamma(``shape``, ``scale``) draws, ``n_rows`` x ``len(keys)``, each column a function of
    ``seed`` and its key alone (BLAKE2b of the key's text, not Python's salted ``hash()``):
    inserting or removing a key moves no other column's draws.

    >>> a = keyed_gamma(0, 2, ["oil", "war"], 100.0, 0.01)
    >>> b = keyed_gamma(0, 2, ["oil", "new", "war"], 100.0, 0.01)
    >>> bool((a == b[:, [0, 2]]).all()), a.shape
    (True, (2, 2))
    """
    from scipy.stats import gamma

    words = np.empty((n_rows, len(keys)), dtype=np.uint64)
    for j, key in enumerate(keys):
        digest = hashlib.blake2b(
            f"{seed}\x1f{key}".encode("utf-8", "surrogatepass"), digest_size=8 * max(n_rows, 1)
        ).digest()
        words[:, j] = np.frombuffer(digest, dtype="<u8")[:n_rows]
    # The top 53 bits as a uniform in (0, 1), never 0 or 1.
    u = ((words >> np.uint64(11)).astype(np.float64) + 0.5) / 2.0**53
    return gamma.ppf(u, shape, scale=scale)


def fit_lda(
    blocks: CountBlocks,
    evidence: np.ndarray,
    seed_matrix: np.ndarray,
    prior_words: np.ndarray,
    n_topics: int,
    rng: np.random.RandomState,
    *,
    backend: str,
    passes: int,
    iterations: int,
    fold_in_iter: int,
    n_jobs: int | None = None,
    verbose: bool = False,
    features: np.ndarray | list[str] | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Seeded LDA: document-topic shares and topic-word distributions (named topics first).

    The shares are a :meth:`CountBlocks.doc_array` (on disk when the counts are). With
    ``features`` (the vocabulary's names, in column order) the unnamed topics' random start
    is drawn per word (:func:`keyed_gamma`), so a vocabulary that gains or loses a word (a
    taxonomy seed added) leaves every other word's draw as it was.
    """
    n_named, n_features = seed_matrix.shape
    # Initial topic-word counts: the words of the documents each topic's seeds claim;
    # unnamed topics start from small random counts.
    init = np.zeros((n_topics, n_features))
    unclaimed = np.zeros(n_features)
    for rows, x in blocks.rows():
        init[:n_named] += np.asarray(x.T @ normalize_rows(evidence[rows])).T
        unclaimed += np.asarray(x[evidence[rows].sum(axis=1) == 0].sum(axis=0)).ravel()
    if n_topics > n_named:
        # One draw from the fit's stream whatever the vocabulary's size, so the draws after
        # it (the LDA's and the classifier's seeds) do not move when the vocabulary does.
        noise_seed = int(rng.randint(2**31 - 1))
        if features is not None:
            noise = keyed_gamma(noise_seed, n_topics - n_named, features, 100.0, 0.01)
        else:
            noise = np.random.RandomState(noise_seed).gamma(
                100.0, 0.01, size=(n_topics - n_named, n_features)
            )
        init[n_named:] = noise * (unclaimed[None, :] / max(n_topics - n_named, 1) + 0.1)
    init = constrain(init, seed_matrix)
    base = 1.0 / n_topics
    eta = np.full((n_topics, n_features), base)
    eta[:n_named] += prior_words
    claimed = prior_words.sum(axis=0) > 0
    eta[:n_named][:, claimed] = np.where(
        prior_words[:, claimed] > 0, eta[:n_named][:, claimed], base * 0.01
    )

    if backend == "gensim":
        theta, phi = _vb_lda(
            blocks,
            init,
            eta,
            seed_matrix,
            n_topics,
            rng,
            passes=passes,
            iterations=iterations,
            fold_in_iter=fold_in_iter,
            n_jobs=n_jobs,
            verbose=verbose,
        )
    else:
        # scikit-learn's LDA wants the whole matrix in memory.
        x = sp.vstack(list(blocks), format="csr")
        shares, phi = _sklearn_lda(x, seed_matrix, n_topics, rng, passes=passes)
        theta = blocks.doc_array("theta", n_topics)
        theta[:] = shares
    return theta, phi


def _vb_lda(
    blocks: CountBlocks,
    init: np.ndarray,
    eta: np.ndarray,
    seed_matrix: np.ndarray,
    n_topics: int,
    rng: np.random.RandomState,
    *,
    passes: int,
    iterations: int,
    fold_in_iter: int,
    n_jobs: int | None,
    verbose: bool = False,
) -> tuple[np.ndarray, np.ndarray]:
    # Batch variational Bayes as gensim's LdaModel (one update per pass), vectorised and
    # threaded in _lda_vb; the seed constraint is applied after every pass.
    lam = fit_vb(
        blocks,
        init,
        eta,
        passes=passes,
        batch=BATCH,
        seed=int(rng.randint(2**31 - 1)),
        after_pass=lambda sstats: constrain(sstats, seed_matrix),
        iterations=iterations,
        n_jobs=n_jobs,
        verbose=verbose,
    )
    phi = normalize_rows(lam)
    alpha = np.full(n_topics, 1.0 / n_topics)
    theta = blocks.doc_array("theta", n_topics)
    for rows, x in blocks.rows():
        theta[rows] = fold_in(x, phi, alpha, max(fold_in_iter, 20))
    return theta, phi


def _sklearn_lda(
    x: sp.csr_matrix,
    seed_matrix: np.ndarray,
    n_topics: int,
    rng: np.random.RandomState,
    *,
    passes: int,
) -> tuple[np.ndarray, np.ndarray]:
    from scipy.optimize import linear_sum_assignment
    from sklearn.decomposition import LatentDirichletAllocation

    lda = LatentDirichletAllocation(
        n_components=n_topics,
        learning_method="batch",
        max_iter=max(1, passes),
        random_state=int(rng.randint(2**31 - 1)),
    ).fit(x)
    phi = normalize_rows(lda.components_)
    # Name topics afterwards: each named topic takes the LDA topic holding most of its
    # seed mass (a one-to-one assignment).
    mass = seed_matrix @ phi.T  # named x lda topics
    rows, cols = linear_sum_assignment(-mass)
    order = list(cols[np.argsort(rows)])
    order += [j for j in range(n_topics) if j not in order]
    phi = phi[order]
    theta = normalize_rows(lda.transform(x))[:, order]
    return theta, phi


def tfidf_rows(blocks: CountBlocks, idf: np.ndarray, rows: np.ndarray) -> sp.csr_matrix:
    """The tf-idf rows ``rows`` (sorted, unique) of the corpus, read block by block."""
    parts = []
    for start, x in zip(blocks.offsets(), blocks, strict=True):
        lo, hi = np.searchsorted(rows, [start, start + x.shape[0]])
        if hi > lo:
            parts.append(tfidf(x[rows[lo:hi] - start], idf))
    if not parts:
        return sp.csr_matrix((0, len(idf)))
    return sp.vstack(parts, format="csr")


def confident_documents(
    labels: np.ndarray,
    n_topics: int,
    fraction: float,
    min_topic_documents: int = 1,
    max_documents: int = MAX_CLASSIFIER_DOCS,
) -> np.ndarray:
    """The documents that train the classifier: per topic (a document's topic is its
    largest label), its most confident ``fraction`` but at least ``min_topic_documents``
    of them (all it has if fewer), in topic order.

    The floor keeps a rare topic's examples from shrinking with the fraction: half of a
    topic with 60 documents is too few to learn its words against topics with thousands.
    At most ``max_documents`` in all (each topic's count cut in proportion), so the
    training matrix stays bounded on very large corpora.
    """
    hard = labels.argmax(axis=1)
    conf = labels.max(axis=1)
    chosen: list[np.ndarray] = []
    for k in range(n_topics):
        idx = np.flatnonzero(hard == k)
        if len(idx) == 0:
            continue
        keep = max(1, int(min_topic_documents), int(round(fraction * len(idx))))
        chosen.append(idx[np.argsort(-conf[idx], kind="stable")[:keep]])
    total = sum(len(c) for c in chosen)
    if total > max_documents:
        chosen = [c[: max(1, int(len(c) * max_documents / total))] for c in chosen]
    return np.concatenate(chosen) if chosen else np.array([], dtype=int)


def train_classifier(
    blocks: CountBlocks,
    idf: np.ndarray,
    labels: np.ndarray,
    n_topics: int,
    rng: np.random.RandomState,
    *,
    confident_fraction: float,
    C: float,
    class_weight: str | None = None,
    min_topic_documents: int = 1,
    max_documents: int = MAX_CLASSIFIER_DOCS,
) -> tuple[np.ndarray, np.ndarray]:
    """Logistic-loss SGD on the most confident documents of each topic (tf-idf rows), as
    :func:`confident_documents` chooses them. ``class_weight="balanced"`` weighs each
    document inversely to its topic's count among them.
    """
    from sklearn.linear_model import SGDClassifier

    hard = labels.argmax(axis=1)
    sel = confident_documents(
        labels, n_topics, confident_fraction, min_topic_documents, max_documents
    )
    classes = np.unique(hard[sel])
    coef = np.zeros((n_topics, len(idf)))
    intercept = np.full(n_topics, -30.0)
    if len(classes) < 2:
        logger.warning("TopicModel: fewer than two topics have confident documents")
        intercept[classes] = 0.0
        return coef, intercept
    # Logistic loss by SGD: same model as LogisticRegression(C) with alpha = 1/(C n), but
    # seconds instead of minutes on tens of thousands of features.
    clf = SGDClassifier(
        loss="log_loss",
        alpha=1.0 / (C * len(sel)),
        max_iter=30,
        tol=None,
        class_weight=class_weight,
        random_state=int(rng.randint(2**31 - 1)),
    )
    order = np.argsort(sel, kind="stable")  # rows are read in corpus order
    xt_sel = sp.csr_matrix(tfidf_rows(blocks, idf, sel[order]))
    xt_sel = xt_sel[np.argsort(order, kind="stable")]  # back to the selection's order
    clf.fit(xt_sel, hard[sel])
    if len(classes) == 2:
        coef[classes[1]] = clf.coef_[0] / 2
        coef[classes[0]] = -clf.coef_[0] / 2
        intercept[classes[1]] = clf.intercept_[0] / 2
        intercept[classes[0]] = -clf.intercept_[0] / 2
    else:
        coef[classes] = clf.coef_
        intercept[classes] = clf.intercept_
    return coef, intercept
