"""What a topic share means, and which named topics an article is given (or none).

A named topic's **share** of an article is the part of the article that the model assigns
to that topic: the mix of the self-trained classifier's probability, the LDA fold-in and
the article's own seed counts described in :mod:`newsanalytics.topics`. Shares are over
*all* topics, named and background: the background topics (``n_other`` of them, learnt
from the corpus, not named) take what the taxonomy does not cover, and their total is the
article's **other** share. So the named shares of an article sum to ``1 - other``, not to 1:
a story about wheat prices scored by a model that knows only "elections" and "diplomacy"
is mostly "other" rather than forced into diplomacy.

:func:`rank_topics` turns shares into the named topics an article is *about*: the top
topic only when its share reaches :data:`MIN_TOP_SHARE` (below it the article gets no
named topic, an abstention: its shares are kept), and further topics only when their own
share reaches :data:`MIN_SECOND_SHARE` and :data:`SECOND_RATIO` times the top share. The
levels were chosen on the ``tune`` half of ``benchmarks/readsets/topics_gold.jsonl`` with
the default model (``bench_topics_read.py``): below a top share of 0.2 the default model's
first topic was what a reader accepts for 2 of 6 stories (0 of 4 for the model rebuilt
with the reviewed taxonomy and the balanced classifier); the second topics the rule
keeps were listed by the reader for about half of them (21 topics), against a third at
the old rule (any share >= 0.05: 125 topics).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

__all__ = [
    "MIN_SECOND_SHARE",
    "MIN_TOP_SHARE",
    "N_TOP_TOPICS",
    "SECOND_RATIO",
    "fill_unknown",
    "rank_topics",
]

MIN_TOP_SHARE = 0.2
MIN_SECOND_SHARE = 0.1
SECOND_RATIO = 0.5
N_TOP_TOPICS = 3


def rank_topics(
    shares: Mapping[str, float] | Sequence[float],
    names: Sequence[str] | None = None,
    *,
    n: int = N_TOP_TOPICS,
    min_share: float = MIN_TOP_SHARE,
    min_second_share: float = MIN_SECOND_SHARE,
    second_ratio: float = SECOND_RATIO,
) -> list[str]:
    """The named topics an article is about, largest share first; empty when the evidence
    is too weak (an abstention) or the shares are missing (NaN).

    Parameters
    ----------
    shares : mapping of name to share, or a sequence of shares (then ``names`` is needed)
    n : int
        At most this many topics.
    min_share : float
        The top topic needs at least this share, else no topic is named.
    min_second_share, second_ratio : float
        Every further topic needs at least ``min_second_share`` and ``second_ratio``
        times the top topic's share.

    Examples
    --------
    >>> rank_topics({"diplomacy": 0.28, "drug policy": 0.18, "politics": 0.11})
    ['diplomacy', 'drug policy']
    >>> rank_topics({"sports": 0.15, "business": 0.12})
    []
    """
    if isinstance(shares, Mapping):
        names = list(shares)
        values = np.asarray([shares[k] for k in names], dtype=float)
    else:
        if names is None:
            raise ValueError("rank_topics: names are needed when shares is a sequence")
        values = np.asarray(shares, dtype=float)
    if values.size == 0 or not np.isfinite(values).all():
        return []
    order = np.argsort(-values, kind="stable")[: max(n, 0)]
    if not len(order) or values[order[0]] < min_share:
        return []
    out = [str(names[order[0]])]
    floor = max(min_second_share, second_ratio * values[order[0]])
    out += [str(names[j]) for j in order[1:] if values[j] >= floor]
    return out


def fill_unknown(shares: np.ndarray, n_named: int) -> np.ndarray:
    """Give the rows without evidence (all NaN: no word the model knows) their shares, in
    place: 0 for every named topic, the rest shared evenly by the background topics (all
    zeros when there are none), so no named topic is given and the article is all "other".
    Returns the indices of those rows.
    """
    rows = np.flatnonzero(np.isnan(shares).all(axis=1)) if shares.size else np.zeros(0, int)
    if len(rows):
        shares[rows] = 0.0
        n_unnamed = shares.shape[1] - n_named
        if n_unnamed:
            shares[rows, n_named:] = 1.0 / n_unnamed
    return rows
