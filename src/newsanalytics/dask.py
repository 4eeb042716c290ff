"""Scale-out on Dask (optional extra ``dask``): the same pipeline, partition by partition.

The fitted parts (topic model, actor extractor, sentiment scorer) are put into the task
graph once and shared by every partition's task; each partition runs the local
:func:`newsanalytics.pipeline.analyze_records`, so results equal a local
:func:`newsanalytics.analyze` run on the same records.

Examples
--------
>>> import pandas as pd, dask.dataframe as dd
>>> from newsanalytics import dask as nadask
>>> ddf = dd.from_pandas(pd.DataFrame({"text": ["Kerry met Jaua.", "Maduro spoke."]}),
...                      npartitions=2)
>>> res = nadask.analyze(ddf).compute(scheduler="synchronous")
>>> list(res.articles["status"])
['ok', 'ok']
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any

import pandas as pd

from ._analysis import topic_columns
from ._result import _typed
from .exceptions import InputError, missing_extra
from .pipeline import (
    ACTOR_COLUMNS,
    ARTICLE_COLUMNS,
    MENTION_COLUMNS,
    AnalysisResult,
    analyze_records,
    build_components,
)

try:
    import dask
    import dask.bag as db
    import dask.dataframe as dd
except ImportError as exc:  # pragma: no cover - depends on the environment
    raise missing_extra("newsanalytics.dask", "dask") from exc

__all__ = ["analyze", "analyze_bag", "corpus", "DaskAnalysisResult", "DaskCorpus"]


@dataclass
class DaskAnalysisResult:
    """Lazy tables of a Dask analysis: the :class:`~newsanalytics.AnalysisResult` tables as
    dask DataFrames that share one computation per partition."""

    articles: dd.DataFrame
    topics: dd.DataFrame
    actors: dd.DataFrame
    mentions: dd.DataFrame
    topic_evidence: dd.DataFrame | None = None

    def compute(self, **kwargs: Any) -> AnalysisResult:
        """Compute every table in one pass and return a local :class:`AnalysisResult`."""
        tables = [self.articles, self.topics, self.actors, self.mentions]
        if self.topic_evidence is not None:
            tables.append(self.topic_evidence)
        articles, topics, actors, mentions, *evidence = dask.compute(*tables, **kwargs)
        actors = _local_dtypes(actors)
        if "country" in actors:  # the local table's country is always pandas' str dtype,
            actors["country"] = actors["country"].astype("str")  # NaN where missing
        return AnalysisResult(
            articles=_local_dtypes(articles),
            topics=_local_dtypes(topics),
            actors=actors,
            mentions=_local_dtypes(mentions),
            topic_evidence=_local_dtypes(evidence[0]) if evidence else None,
        )


logger = logging.getLogger("newsanalytics.dask")


class DaskCorpus:
    """A dask DataFrame or bag read partition by partition as a re-iterable corpus.

    Made by :func:`corpus`. Each pass over it computes one partition at a time, so only
    one partition's articles are in this process at once; the articles come out in
    partition order, as :func:`newsanalytics.io.read_articles` reads them. Records that
    fail to read (no text, wrong types) are left out of the corpus and counted in a log
    message: a model has nothing to learn from them (``analyze`` still reports them).
    """

    def __init__(
        self,
        collection: dd.DataFrame | db.Bag,
        fields: dict[str, Any],
        scheduler: str | None,
    ) -> None:
        self.collection = collection
        self.fields = fields
        self.scheduler = scheduler

    @property
    def n_partitions(self) -> int:
        """Partitions of the collection (the number of articles is not known up front)."""
        return int(self.collection.npartitions)

    def partitions(self) -> Iterator[list[Any]]:
        """The articles of each partition, one list at a time."""
        from .io import read_articles

        start = 0
        for piece in self.collection.to_delayed():
            items = piece.compute(scheduler=self.scheduler)
            if not isinstance(items, pd.DataFrame):
                items = list(items)
            records = list(read_articles(items, errors="coerce", start=start, **self.fields))
            start += len(records)
            bad = [r for r in records if r.article is None]
            if bad:
                logger.warning(
                    "DaskCorpus: %d record(s) of a partition could not be read, e.g. %s: %s",
                    len(bad),
                    bad[0].index,
                    bad[0].error,
                )
            yield [r.article for r in records if r.article is not None]

    def __iter__(self) -> Iterator[Any]:
        for articles in self.partitions():
            yield from articles


def corpus(
    collection: dd.DataFrame | db.Bag,
    *,
    text_field: str | None = None,
    title_field: str | None = None,
    scheduler: str | None = None,
) -> DaskCorpus:
    """A re-iterable corpus over a dask DataFrame or bag, for fitting in one process.

    Topic training stays in one process and is fed partition by partition:
    :meth:`newsanalytics.TopicModel.fit` reads the corpus twice (vocabulary, then counts),
    and each read computes the partitions one at a time. Pass the fitted model to
    :func:`analyze` to score the collection on the workers.

    Parameters
    ----------
    collection : dask.dataframe.DataFrame or dask.bag.Bag
        Articles: DataFrame rows, or a bag of texts, dicts or
        :class:`~newsanalytics.Article`.
    text_field, title_field : str, optional
        As for :func:`newsanalytics.io.read_articles` (detected when omitted).
    scheduler : str, optional
        Dask scheduler used to compute each partition (None: the current default).

    Examples
    --------
    >>> import pandas as pd, dask.dataframe as dd
    >>> from newsanalytics import dask as nadask
    >>> ddf = dd.from_pandas(pd.DataFrame({"text": ["Oil prices rose.", "Wheat fell."]}),
    ...                      npartitions=2)
    >>> docs = nadask.corpus(ddf, scheduler="synchronous")
    >>> [a.text for a in docs]
    ['Oil prices rose.', 'Wheat fell.']
    """
    if not isinstance(collection, (dd.DataFrame, db.Bag)):
        raise InputError(
            f"newsanalytics.dask.corpus expects a dask DataFrame or Bag, got {type(collection)}"
        )
    fields = {"text_field": text_field, "title_field": title_field}
    return DaskCorpus(collection, fields, scheduler)


def _local_dtypes(frame: pd.DataFrame) -> pd.DataFrame:
    """Undo Dask's string conversion so values and dtypes match a local run's frames."""
    frame = frame.reset_index(drop=True)
    for col in frame.columns:
        if isinstance(frame[col].dtype, pd.StringDtype):
            values = [None if pd.isna(v) else v for v in frame[col].tolist()]
            frame[col] = pd.Series(values, index=frame.index)
    return frame


def _partition(
    frame: pd.DataFrame, start: int, parts: Any, fields: dict[str, Any], errors: str
) -> AnalysisResult:
    from .io import read_articles

    records = list(read_articles(frame, errors=errors, start=start, **fields))
    return analyze_records(records, parts)


def _table(results: list[Any], name: str, meta: pd.DataFrame) -> dd.DataFrame:
    pieces = [dask.delayed(getattr)(r, name) for r in results]
    return dd.from_delayed(pieces, meta=meta, verify_meta=False)


def analyze(
    ddf: dd.DataFrame,
    *,
    taxonomy: Any = None,
    model: Any = None,
    extractor: Any = None,
    scorer: Any = None,
    aliases: Any = None,
    text_field: str | None = None,
    title_field: str | None = None,
    id_field: str | None = None,
    date_field: str | None = None,
    errors: str = "coerce",
) -> DaskAnalysisResult:
    """Analyse a dask DataFrame of articles, one task per partition.

    Parameters
    ----------
    ddf : dask.dataframe.DataFrame
        One article per row; fields as for :func:`newsanalytics.analyze`. Without an id
        column, ids are row positions in the whole frame, as in a local run (one quick pass
        counts the rows of each partition to number them).
    taxonomy, model, extractor, scorer, aliases, text_field, title_field, id_field, \
date_field, errors
        As for :func:`newsanalytics.analyze`. A ``taxonomy`` needs a fitted ``model``:
        fit it in one process, fed partition by partition,
        ``TopicModel(taxonomy=...).fit(newsanalytics.dask.corpus(ddf))``, and pass it.

    Returns
    -------
    DaskAnalysisResult
        Lazy tables; call ``.compute()`` for an :class:`~newsanalytics.AnalysisResult`.
    """
    if not isinstance(ddf, dd.DataFrame):
        raise InputError(f"newsanalytics.dask.analyze expects a dask DataFrame, got {type(ddf)}")
    if taxonomy is not None and model is None:
        raise InputError(
            "newsanalytics.dask.analyze needs a fitted model for a custom taxonomy: fit "
            "TopicModel(taxonomy=...).fit(newsanalytics.dask.corpus(ddf)) first and pass "
            "model="
        )
    parts = build_components(model=model, extractor=extractor, scorer=scorer, aliases=aliases)
    fields = {
        "text_field": text_field,
        "title_field": title_field,
        "id_field": id_field,
        "date_field": date_field,
    }
    # Record numbers (default ids, messages) continue across partitions as in a local run:
    # one cheap pass counts each partition's rows.
    lengths = ddf.map_partitions(len).compute()
    starts = [0, *itertools.accumulate(int(n) for n in lengths)][:-1]
    shared = dask.delayed(parts, pure=True)  # one copy in the graph, used by every task
    results = [
        dask.delayed(_partition, pure=True)(part, start, shared, fields, errors)
        for part, start in zip(ddf.to_delayed(), starts, strict=True)
    ]
    return _lazy_result(results, parts)


def analyze_bag(bag: db.Bag, **kwargs: Any) -> DaskAnalysisResult:
    """Analyse a dask bag of texts (str), dicts or :class:`~newsanalytics.Article`.

    Ids default to ``"partition <n> item <position>"`` so they stay unique across partitions.
    Keyword arguments are those of :func:`analyze`.
    """
    if not isinstance(bag, db.Bag):
        raise InputError(f"newsanalytics.dask.analyze_bag expects a dask Bag, got {type(bag)}")
    errors = kwargs.pop("errors", "coerce")
    fields = {
        k: kwargs.pop(k, None) for k in ("text_field", "title_field", "id_field", "date_field")
    }
    parts = build_components(**kwargs)
    shared = dask.delayed(parts, pure=True)
    results = [
        dask.delayed(_bag_partition, pure=True)(items, i, shared, fields, errors)
        for i, items in enumerate(bag.to_delayed())
    ]
    return _lazy_result(results, parts)


def _bag_partition(
    items: list[Any], number: int, parts: Any, fields: dict[str, Any], errors: str
) -> AnalysisResult:
    from .io import read_articles

    records = []
    for rec in read_articles(list(items), errors=errors, **fields):
        if rec.id == rec.default_id:  # no id of its own: unique across partitions
            name = f"partition {number} item {rec.index}"
            article = None if rec.article is None else replace(rec.article, id=name)
            rec = replace(rec, article=article, default_id=name)
        records.append(rec)
    return analyze_records(records, parts)


def _meta_frame(columns: list[str]) -> pd.DataFrame:
    # The partitions' text columns are object when all missing: so is the meta, which dask
    # uses to put the partitions together.
    return _typed(pd.DataFrame({c: pd.Series(dtype=object) for c in columns}))


def _lazy_result(results: list[Any], parts: Any) -> DaskAnalysisResult:
    names = topic_columns(parts.topic_model)  # as the local run's columns
    # The local run's dtypes (categorical status, type and label; UTC dates).
    articles_meta = _meta_frame(ARTICLE_COLUMNS)
    topics_meta = pd.DataFrame(
        {"id": pd.Series(dtype=object), **{n: pd.Series(dtype=float) for n in names}}
    )
    actors_meta = _meta_frame(ACTOR_COLUMNS)
    mentions_meta = _meta_frame(MENTION_COLUMNS)
    from .topics import TopicModel

    evidence = None
    if isinstance(parts.topic_model, TopicModel):  # the seed words a further topic needs
        named = list(parts.topic_model.taxonomy_.names)
        evidence_meta = pd.DataFrame(
            {"id": pd.Series(dtype=object), **{n: pd.Series(dtype=float) for n in named}}
        )
        evidence = _table(results, "topic_evidence", evidence_meta)
    return DaskAnalysisResult(
        articles=_table(results, "articles", articles_meta),
        topics=_table(results, "topics", topics_meta),
        actors=_table(results, "actors", actors_meta),
        mentions=_table(results, "mentions", mentions_meta),
        topic_evidence=evidence,
    )
