"""Sentiment: sentence VADER scores, article tone, and sentiment toward each actor.

Three layers, each usable alone:

- :func:`vader_scores` gives VADER compound scores (Hutto & Gilbert, ICWSM 2014) of
  sentences, and :func:`article_tone` turns them into an article tone that does not saturate
  on long articles.
- :class:`ActorSentiment` scores a *target*, a mention of an actor inside a sentence, given as
  ``(sentence, start, end)``. Its default model is a linear classifier trained on NewsMTSC
  (Hamborg & Donnay, EACL 2021) with features that see where the target is: what is said
  about it, whether it is the one acting or acted upon, whether it is speaking.
  ``method="vader"`` is the transparent sentence-level baseline (every target of a sentence
  gets the sentence's score).
- :func:`aggregate` summarises the scores of all mentions of one actor in one article.

Private modules: ``_scorer`` (the public functions and :class:`ActorSentiment`),
``_features`` (the target-aware features, analysed per sentence) and ``_featurizer`` (their
matrix, the fast path), ``_vader`` (VADER scores, exactly vaderSentiment's) and
``_vader_rules`` (the one VADER rulebook, read from vaderSentiment, and its rules), ``_words``
(the features' word lists); ``data/actor_model/`` holds the shipped model.

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

from ._scorer import (
    LABEL_THRESHOLD,
    LABELS,
    ActorSentiment,
    aggregate,
    article_tone,
    vader_scores,
)

__all__ = [
    "vader_scores",
    "article_tone",
    "aggregate",
    "ActorSentiment",
    "LABELS",
    "LABEL_THRESHOLD",
]
