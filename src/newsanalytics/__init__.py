"""newsanalytics: topic and actor-sentiment analytics for news.

What each article is about, in named topics you choose; who the actors are; how each actor
is portrayed; and how that moves over time.

Examples
--------
>>> import newsanalytics as na
>>> result = na.analyze(["Kerry met Venezuelan Foreign Minister Elias Jaua in Guatemala."])
>>> list(result.articles.columns[:4])
['id', 'date', 'title', 'status']
"""

from __future__ import annotations

import importlib
import logging
from typing import TYPE_CHECKING, Any

from ._version import __version__

logging.getLogger(__name__).addHandler(logging.NullHandler())

# Public name -> module that defines it. Imported on first use so that ``import
# newsanalytics`` (and the CLI's --help) stays fast; heavy libraries load only when needed.
_EXPORTS: dict[str, str] = {
    "Article": "types",
    "Mention": "types",
    "Sentence": "types",
    "Token": "types",
    "NewsAnalyticsError": "exceptions",
    "InputError": "exceptions",
    "RecordError": "exceptions",
    "ModelFormatError": "exceptions",
    "NotFittedError": "exceptions",
    "MissingDependencyError": "exceptions",
    "NewsAnalyticsWarning": "exceptions",
    "read_articles": "io",
    "ArticleCorpus": "io",
    "Taxonomy": "taxonomy",
    "NewsVectorizer": "topics",
    "ActorExtractor": "actors",
    "ActorSentiment": "sentiment",
    "polarity_scores": "sentiment",
    "TopicModel": "topics",
    "analyze": "pipeline",
    "analyze_to": "pipeline",
    "AnalysisResult": "pipeline",
    "track": "tracking",
    "track_topics": "tracking",
}

__all__ = [
    "__version__",
    "Article",
    "Mention",
    "Sentence",
    "Token",
    "NewsAnalyticsError",
    "InputError",
    "RecordError",
    "ModelFormatError",
    "NotFittedError",
    "MissingDependencyError",
    "NewsAnalyticsWarning",
    "read_articles",
    "ArticleCorpus",
    "Taxonomy",
    "NewsVectorizer",
    "ActorExtractor",
    "ActorSentiment",
    "polarity_scores",
    "TopicModel",
    "analyze",
    "analyze_to",
    "AnalysisResult",
    "track",
    "track_topics",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'newsanalytics' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    # The public API only: not the helpers this module imports (Any, importlib, logging).
    return sorted(__all__)


if TYPE_CHECKING:  # pragma: no cover
    from .actors import ActorExtractor
    from .exceptions import (
        InputError,
        MissingDependencyError,
        ModelFormatError,
        NewsAnalyticsError,
        NewsAnalyticsWarning,
        NotFittedError,
        RecordError,
    )
    from .io import ArticleCorpus, read_articles
    from .pipeline import AnalysisResult, analyze, analyze_to
    from .sentiment import ActorSentiment, polarity_scores
    from .taxonomy import Taxonomy
    from .topics import NewsVectorizer, TopicModel
    from .tracking import track, track_topics
    from .types import Article, Mention, Sentence, Token
