"""The news vectorizer, importable under its original path.

:class:`NewsVectorizer` belongs to the topic family and lives in :mod:`newsanalytics.topics`
(``newsanalytics/topics/_vectorize.py``); this module re-exports it so that
``from newsanalytics.vectorize import NewsVectorizer`` keeps working.

Examples
--------
>>> from newsanalytics.vectorize import NewsVectorizer
>>> from newsanalytics.topics import NewsVectorizer as Same
>>> NewsVectorizer is Same
True
"""

from __future__ import annotations

from .topics._vectorize import NewsVectorizer, document_text, seed_terms

__all__ = ["NewsVectorizer", "document_text", "seed_terms"]
