"""Sentiment: sentence VADER scores, article tone, and sentiment toward each actor.

Three layers, each usable alone:

- :func:`vader_scores` gives VADER compound scores (Hutto & Gilbert, ICWSM 2014) of
  sentences, and :func:`article_tone` turns them into an article tone that does not saturate
  on long articles.
- :class:`ActorSentiment` scores a *target*, a mention of an actor inside a sentence, given as
  ``(sentence, start, end)``. Its default model is a calibrated linear classifier trained on
  NewsMTSC (Hamborg & Donnay, EACL 2021) with features that see the target's role: what is
  said about it and where (its clause, across a "but", in a quotation), whether it is the
  one acting, acted upon, speaking, or only modifying a noun, and whether anything
  evaluative is attached to it at all (if not, the sentence's tone counts little).
  ``method="vader"`` is the transparent sentence-level baseline (every target of a sentence
  gets the sentence's score).
- :func:`polarity_scores` is vaderSentiment's ``polarity_scores`` for one text, exactly.
- :func:`aggregate` summarises the scores of all mentions of one actor in one article.

Private modules: ``_scorer`` (:class:`ActorSentiment`), ``_model_dir`` (its model
directory and the shipped model),
``_calibration`` (its Platt and isotonic calibrations), ``_tone``
(:func:`polarity_scores`, :func:`vader_scores`, :func:`article_tone`, :func:`aggregate`),
``_features`` (the target-aware features, named, token by token: the reference and what
:meth:`ActorSentiment.explain` shows), ``_featurizer`` and ``_dense`` (the same features'
logits for a batch by array operations: the fast path), ``_roles`` (each target's role
flags from either path's features, and the role rule of ``source_weight``), ``_vader``
(VADER scores, exactly vaderSentiment's) and ``_vader_rules`` (the one VADER rulebook, read
from vaderSentiment, and its rules), ``_words`` (the features' word lists);
``data/actor_model/`` holds the shipped model.

Examples
--------
>>> from newsanalytics.sentiment import ActorSentiment, article_tone, vader_scores
>>> s = "Obama praised Merkel but criticized Putin."
>>> scorer = ActorSentiment()
>>> merkel, putin = scorer.score([(s, 14, 20), (s, 36, 41)])
>>> bool(merkel > putin)
True
>>> round(article_tone(vader_scores(["A good day.", "Rain fell."])), 3)
0.22
"""

from __future__ import annotations

from ._scorer import ActorSentiment
from ._tone import (
    LABEL_THRESHOLD,
    LABELS,
    aggregate,
    article_tone,
    polarity_scores,
    vader_scores,
)

__all__ = [
    "polarity_scores",
    "vader_scores",
    "article_tone",
    "aggregate",
    "ActorSentiment",
    "LABELS",
    "LABEL_THRESHOLD",
]
