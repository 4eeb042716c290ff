"""Warnings a :class:`~newsanalytics.topics.TopicModel` user sees through :mod:`warnings`:
seeds missing from the corpus, topics left with no seed (marked unfit), and documents that
are a file's path given as text."""

from __future__ import annotations

import logging
import warnings
from typing import Any

from ..exceptions import NewsAnalyticsWarning, user_stacklevel
from ..io import looks_like_a_path
from ..taxonomy import Taxonomy
from ._vectorize import NewsVectorizer

logger = logging.getLogger("newsanalytics.topics")  # the messages are TopicModel's


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
