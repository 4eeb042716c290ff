"""Short training documents in :meth:`TopicModel.fit` (private to ``topics``).

LDA's background ("unnamed") topics explain the words every subject uses; an article of a
few hundred words has enough of them to give the background a small share. A headline or
a first sentence has almost none: its few words are its subject's. Yet LDA, fitted on such
texts, hands whole documents to the background, the broadest topic, whenever no seed pins
them: on the first sentences of BBC News (title + first sentence, 1,114 items,
``benchmarks/bench_topics_short.py``) the background took 0.43 of the self-training labels
and was the largest label of 558 items, where on the same articles' full text it took 0.05
(105 of 2,225). The classifier then learnt the background from on-topic headlines, and the
named topics were learnt from half the corpus.

So a training document's background label is scaled by its length relative to
``SHORT_BACKGROUND_WORDS`` (``min(1, words / SHORT_BACKGROUND_WORDS)``, the row then
renormalised), where the document holds a seed or an expanded seed of some named topic
(its subject is known to be among them). A document holding none keeps its background
label: nothing ties it to a named topic, and the background is where off-taxonomy texts
(a film review in a corpus about elections) belong.
"""

from __future__ import annotations

import numpy as np

# Words (the vectorizer's features, counted) at which a training document keeps its whole
# background label. At 200, the background's label share over the first sentences of BBC
# News matched that over the full articles (0.05) when no document was exempt; articles
# (BBC median 179 words, Reuters 86) are scaled too, but their background shares are small.
SHORT_BACKGROUND_WORDS = 200.0


def background_by_length(
    labels: np.ndarray,
    lengths: np.ndarray,
    support: np.ndarray,
    n_named: int,
    words: float | None = None,
) -> np.ndarray:
    """Scale the background (unnamed) columns of ``labels`` by ``min(1, lengths / words)``
    in the rows that have ``support`` and a named label, renormalising those rows.

    Parameters
    ----------
    labels : ndarray of shape (n_documents, n_topics)
        Label shares, named topics first; changed in place (pass a view, such as a slice of
        rows, to change the array it views).
    lengths : ndarray of shape (n_documents,)
        Words (counted features) of each document.
    support : ndarray of shape (n_documents, n_named)
        > 0 where the document holds a seed or expanded seed of the named topic.
    n_named : int
        Named topics; the columns after them are the background's.
    words : float, optional
        The length at which a document keeps its whole background label (default
        ``SHORT_BACKGROUND_WORDS``; 0: no scaling).

    Returns
    -------
    ndarray
        ``labels`` itself. Rows without support or without a named label, and every row of a
        model without background topics (``n_other=0``), are unchanged.

    Examples
    --------
    >>> import numpy as np
    >>> labels = np.array([[0.2, 0.0, 0.8], [0.2, 0.0, 0.8], [0.0, 0.0, 1.0]])
    >>> out = background_by_length(labels, np.array([10, 10, 10]),
    ...                            np.array([[1, 0], [0, 0], [1, 0]]), 2, words=40.0)
    >>> out.round(3).tolist()  # supported: 0.8 -> 0.2, then renormalised; others kept
    [[0.5, 0.0, 0.5], [0.2, 0.0, 0.8], [0.0, 0.0, 1.0]]
    """
    words = SHORT_BACKGROUND_WORDS if words is None else float(words)
    if labels.shape[1] <= n_named or not words:
        return labels
    scale = np.minimum(1.0, np.asarray(lengths, dtype=np.float64) / words)
    named = labels[:, :n_named]
    rows = np.flatnonzero((np.asarray(support) > 0).any(axis=1) & (named.sum(axis=1) > 0))
    if not len(rows):
        return labels
    sub = labels[rows]
    sub[:, n_named:] *= scale[rows, None]
    labels[rows] = sub / sub.sum(axis=1, keepdims=True)
    return labels
