"""Warnings a :class:`~newsanalytics.topics.TopicModel` user sees through :mod:`warnings`:
seeds missing from the corpus, topics left with no seed (marked unfit), and documents that
are a file's path given as text."""

from __future__ import annotations

import logging
import warnings
from typing import Any

import numpy as np

from ..exceptions import InputError, NewsAnalyticsWarning, user_stacklevel
from ..io import looks_like_a_path
from ..taxonomy import Taxonomy
from ._vectorize import NewsVectorizer

logger = logging.getLogger("newsanalytics.topics")  # the messages are TopicModel's


def is_one_shot(corpus: object) -> bool:
    """True for an iterator (read once), which fit cannot read twice."""
    try:
        return iter(corpus) is corpus  # type: ignore[call-overload]
    except TypeError:
        return False


def resolve_taxonomy(taxonomy: object) -> Taxonomy:
    """A TopicModel's ``taxonomy`` parameter as a :class:`Taxonomy` (None: the default)."""
    if taxonomy is None:
        return Taxonomy.default()
    if isinstance(taxonomy, Taxonomy):
        return taxonomy
    if isinstance(taxonomy, dict):
        return Taxonomy(taxonomy)
    raise InputError(
        f"TopicModel: taxonomy must be a Taxonomy, a dict or None, got {type(taxonomy).__name__}"
    )


def check_classifier_params(class_weight: object, min_topic_documents: object) -> None:
    """Raise :class:`~newsanalytics.exceptions.InputError` on a ``class_weight`` or
    ``min_topic_documents`` that :meth:`TopicModel.fit` cannot use."""
    if class_weight not in (None, "balanced"):
        raise InputError(
            f"TopicModel: class_weight must be None or 'balanced', got {class_weight!r}"
        )
    if (
        isinstance(min_topic_documents, bool)
        or not isinstance(min_topic_documents, (int, np.integer))
        or min_topic_documents < 1
    ):
        raise InputError(
            f"TopicModel: min_topic_documents must be an int >= 1, got {min_topic_documents!r}"
        )


def warn_missing_seeds(
    taxonomy: Taxonomy, vec: NewsVectorizer, seed_features: list[list[str]]
) -> list[str]:
    """Warn (``warnings``) about seeds the corpus lacks; return the topics left with none."""
    unfit = [n for n, f in zip(taxonomy.names, seed_features, strict=True) if not f]
    if unfit:
        msg = (
            f"TopicModel.fit: no seed of topic(s) {unfit} occurs in the corpus, so the "
            "model has no evidence for them: they are marked unfit (unfit_topics_) and "
            "get a share of 0. Fit on a corpus that mentions them, or give them seeds "
            "that occur in it."
        )
        logger.warning(msg)
        warnings.warn(msg, NewsAnalyticsWarning, stacklevel=user_stacklevel())
    missing = taxonomy.validate(vec.get_feature_names_out())
    partly = {n: m for n, m in missing.items() if m and n not in unfit}
    if partly:
        n_missing = sum(len(m) for m in partly.values())
        n_seeds = sum(len(taxonomy[n].seed_keys) for n in partly)
        shown = "; ".join(f"{n}: {', '.join(m[:5])}" for n, m in list(partly.items())[:5])
        msg = (
            f"TopicModel.fit: {n_missing} of the {n_seeds} seeds of {len(partly)} "
            f"topic(s) do not occur in the corpus ({shown}{' ...' * (len(partly) > 5)}); "
            "taxonomy.validate(model.vectorizer_.get_feature_names_out()) lists them all"
        )
        logger.info(msg)
        warnings.warn(msg, NewsAnalyticsWarning, stacklevel=user_stacklevel())
    return unfit


#: A named topic whose seeds and expanded seeds occur in fewer documents than this (or than
#: MIN_SUPPORT_SHARE of the corpus, whichever is more) is held to those documents.
MIN_SUPPORT_DOCS = 10
MIN_SUPPORT_SHARE = 0.01


def warn_thin_topics(
    names: list[str], support: np.ndarray, n_docs: int, unfit: list[str]
) -> list[str]:
    """The topics whose words occur in too few documents to learn them beyond those
    documents (fewer than ``max(MIN_SUPPORT_DOCS, MIN_SUPPORT_SHARE * n_docs)``), with a
    ``warnings`` warning naming them and their document counts. Unfit topics (no seed at
    all) have their own warning."""
    need = max(MIN_SUPPORT_DOCS, MIN_SUPPORT_SHARE * n_docs)
    thin = [(n, int(c)) for n, c in zip(names, support, strict=True) if c < need and n not in unfit]
    if thin:
        shown = ", ".join(f"{n!r} ({c})" for n, c in thin)
        msg = (
            f"TopicModel.fit: the seeds of topic(s) {shown} occur in fewer than {need:.0f} "
            f"of the {n_docs} documents (document counts in brackets): too few to learn what "
            "else such a topic is about, so it is held to the documents that hold its seeds "
            '(thin_topics_). A seed that is a common word in another sense ("goal" for '
            "sports in political news) can still lead those documents: give such topics "
            "seeds that occur in more of the corpus, or check them with explain()."
        )
        logger.warning(msg)
        warnings.warn(msg, NewsAnalyticsWarning, stacklevel=user_stacklevel())
    return [n for n, _ in thin]


def warn_paths(docs: list[Any], what: str) -> None:
    """Warn when documents are str that name a file or look like a path: they are read as
    text, which is rarely what was meant."""
    found = [
        (i, d)
        for i, d in enumerate(docs[:1000])
        if isinstance(d, str) and len(d) < 300 and looks_like_a_path(d)
    ]
    if found:
        i, d = found[0]
        warnings.warn(
            f"{what}: document {i} is the str {d!r}, which names a file or looks like a path; "
            f"it is read as the text of an article ({len(found)} such document(s)). To read "
            "the file, pass newsanalytics.read_articles(pathlib.Path(...)) or its texts.",
            NewsAnalyticsWarning,
            stacklevel=user_stacklevel(),
        )
