"""``analyze``: the one-call pipeline, and :class:`AnalysisResult`, the tidy result object.

The pipeline reads records (nothing lost: one output row per input record, in input order),
parses each text once, and fills four tidy tables:

``articles``
    id, date, title, status, error, warning, n_sentences, n_mentions, tone,
    dateline_location
``topics``
    id, then one column per named topic: shares in [0, 1] summing to 1 (ok articles only)
``actors``
    id, actor, actor_id, type, mentions, sentiment, sentiment_std, label
``mentions``
    id, actor, actor_id, type, text, sentence, start, end, sentiment, sentence_text,
    sentence_start, sentence_end
"""

from __future__ import annotations

import json
import logging
import math
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from .exceptions import InputError, missing_extra
from .sentiment import LABELS

__all__ = [
    "analyze",
    "analyze_to",
    "analyze_records",
    "build_components",
    "AnalysisResult",
    "ARTICLE_COLUMNS",
    "ACTOR_COLUMNS",
    "MENTION_COLUMNS",
]

logger = logging.getLogger(__name__)
logger.addHandler(logging.NullHandler())

ARTICLE_COLUMNS = [
    "id",
    "date",
    "title",
    "status",
    "error",
    "warning",
    "n_sentences",
    "n_mentions",
    "tone",
    "dateline_location",
]
ACTOR_COLUMNS = [
    "id",
    "actor",
    "actor_id",
    "type",
    "mentions",
    "sentiment",
    "sentiment_std",
    "label",
]
MENTION_COLUMNS = [
    "id",
    "actor",
    "actor_id",
    "type",
    "text",
    "sentence",
    "start",
    "end",
    "sentiment",
    "sentence_text",
    "sentence_start",
    "sentence_end",
]
_N_TOP_TOPICS = 3
_TOP_TOPIC_MIN_SHARE = 0.05


def _empty_frame(columns: Sequence[str]) -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype=object) for c in columns})


@dataclass
class AnalysisResult:
    """The tidy tables produced by :func:`analyze`.

    Attributes
    ----------
    articles : DataFrame
        Exactly one row per input record, in input order: ``id, date, title, status
        ("ok" | "empty" | "error"), error, warning, n_sentences, n_mentions, tone,
        dateline_location`` (the country of the dateline, "where it was filed from").
    topics : DataFrame
        ``id`` and one column per named topic; the shares of each ok article sum to 1.
    actors : DataFrame
        One row per article and actor: ``id, actor, actor_id, type, mentions, sentiment
        (mean over the actor's mentions, in [-1, 1]), sentiment_std, label``.
    mentions : DataFrame
        One row per mention: ``id, actor, actor_id, type, text, sentence, start, end,
        sentiment, sentence_text, sentence_start, sentence_end``; ``start``/``end`` index
        into the article text, ``sentence_start``/``sentence_end`` into ``sentence_text``
        (the target span the sentiment scorer saw).

    Examples
    --------
    >>> import newsanalytics as na
    >>> res = na.analyze(["The OAS praised Guatemala."])
    >>> res.articles.loc[0, "status"]
    'ok'
    """

    articles: pd.DataFrame = field(default_factory=lambda: _empty_frame(ARTICLE_COLUMNS))
    topics: pd.DataFrame = field(default_factory=lambda: _empty_frame(["id"]))
    actors: pd.DataFrame = field(default_factory=lambda: _empty_frame(ACTOR_COLUMNS))
    mentions: pd.DataFrame = field(default_factory=lambda: _empty_frame(MENTION_COLUMNS))

    def __repr__(self) -> str:
        counts = self.articles["status"].value_counts().to_dict() if len(self.articles) else {}
        return (
            f"AnalysisResult({len(self.articles)} articles {counts}, "
            f"{max(len(self.topics.columns) - 1, 0)} topics, {len(self.actors)} article-actor "
            f"rows, {len(self.mentions)} mentions)"
        )

    @property
    def topic_names(self) -> list[str]:
        """Names of the topic columns of :attr:`topics`."""
        return [c for c in self.topics.columns if c != "id"]

    @classmethod
    def concat(cls, parts: Iterable[AnalysisResult]) -> AnalysisResult:
        """Concatenate partial results (batches, partitions) in order."""
        parts = list(parts)
        if not parts:
            return cls()

        def cat(frames: list[pd.DataFrame]) -> pd.DataFrame:
            frames = [f for f in frames if len(f.columns)]
            nonempty = [f for f in frames if len(f)]
            if not nonempty:
                return frames[0].iloc[0:0].copy() if frames else pd.DataFrame()
            return pd.concat(nonempty, ignore_index=True)

        return cls(
            articles=cat([p.articles for p in parts]),
            topics=cat([p.topics for p in parts]),
            actors=cat([p.actors for p in parts]),
            mentions=cat([p.mentions for p in parts]),
        )

    # ----------------------------------------------------------------- records
    def records(self) -> Iterator[dict[str, Any]]:
        """One JSON-ready dict per article, in input order (the ``analyze -o x.jsonl`` schema).

        Keys: ``id, date, title, status, error, warning, n_sentences, tone, dateline_location, topics
        ({name: share}), top_topics ([names]), actors ([{name, id, type, mentions,
        sentiment, label}])``.
        """
        names = self.topic_names
        topic_rows: dict[str, dict[str, float]] = {}
        if names and len(self.topics):
            values = self.topics[names].to_numpy(dtype=float)
            for aid, row in zip(self.topics["id"].astype(str), values, strict=True):
                if np.isfinite(row).all():  # NaN rows: no topic vocabulary in the article
                    topic_rows[aid] = {
                        n: round(float(v), 6) for n, v in zip(names, row, strict=True)
                    }
        actor_rows: dict[str, list[dict[str, Any]]] = {}
        for rec in self.actors.to_dict("records"):
            actor_rows.setdefault(str(rec["id"]), []).append(
                {
                    "name": rec["actor"],
                    "id": rec.get("actor_id"),
                    "type": rec["type"],
                    "mentions": int(rec["mentions"]),
                    "sentiment": _json_float(rec["sentiment"]),
                    "label": rec["label"],
                }
            )
        for rec in self.articles.to_dict("records"):
            aid = str(rec["id"])
            topics = topic_rows.get(aid, {}) if rec["status"] == "ok" else {}
            ranked = sorted(topics.items(), key=lambda kv: -kv[1])
            top = [n for n, v in ranked[:_N_TOP_TOPICS] if v >= _TOP_TOPIC_MIN_SHARE]
            if not top and ranked:
                top = [ranked[0][0]]
            yield {
                "id": rec["id"],
                "date": _json_date(rec["date"]),
                "title": _json_scalar(rec["title"]),
                "status": rec["status"],
                "error": _json_scalar(rec["error"]),
                "warning": _json_scalar(rec.get("warning")),
                "n_sentences": int(rec["n_sentences"]),
                "tone": _json_float(rec["tone"]),
                "dateline_location": _json_scalar(rec.get("dateline_location")),
                "topics": topics,
                "top_topics": top,
                "actors": actor_rows.get(aid, []) if rec["status"] == "ok" else [],
            }

    # ----------------------------------------------------------------- writers
    def to_jsonl(self, path: str | os.PathLike[str]) -> Path:
        """Write one JSON object per input record, in input order."""
        out = Path(path)
        with open(out, "w", encoding="utf-8") as fh:
            for rec in self.records():
                fh.write(json.dumps(rec, ensure_ascii=False))
                fh.write("\n")
        return out

    def to_csv(self, path: str | os.PathLike[str]) -> Path:
        """Write ``articles.csv``, ``topics.csv``, ``actors.csv`` and ``mentions.csv`` into a folder.

        A path ending in ``.csv`` writes the articles table there, with topic shares as
        ``topic:<name>`` columns, and the other tables beside it (``<stem>.actors.csv``,
        ``<stem>.mentions.csv``).
        """
        out = Path(path)
        if out.suffix.lower() == ".csv":
            out.parent.mkdir(parents=True, exist_ok=True)
            self._wide_articles().to_csv(out, index=False)
            self.actors.to_csv(out.with_name(out.stem + ".actors.csv"), index=False)
            self.mentions.to_csv(out.with_name(out.stem + ".mentions.csv"), index=False)
            return out
        out.mkdir(parents=True, exist_ok=True)
        self.articles.to_csv(out / "articles.csv", index=False)
        self.topics.to_csv(out / "topics.csv", index=False)
        self.actors.to_csv(out / "actors.csv", index=False)
        self.mentions.to_csv(out / "mentions.csv", index=False)
        return out

    def to_parquet(self, path: str | os.PathLike[str]) -> Path:
        """Write the per-article records (the JSONL schema, nested) to one parquet file.

        Needs the ``parquet`` extra (pyarrow).
        """
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError as exc:  # pragma: no cover - depends on the environment
            raise missing_extra("writing parquet", "parquet") from exc
        recs = list(self.records())
        for rec in recs:
            rec["topics"] = [{"name": k, "share": v} for k, v in rec["topics"].items()]
        table = pa.Table.from_pylist(recs, schema=_parquet_schema())
        out = Path(path)
        pq.write_table(table, out)
        return out

    def _wide_articles(self) -> pd.DataFrame:
        wide = self.articles.copy()
        if self.topic_names:
            topics = self.topics.rename(columns={n: f"topic:{n}" for n in self.topic_names})
            wide = wide.merge(topics, on="id", how="left")
        return wide

    # ----------------------------------------------------------------- readers
    @classmethod
    def from_jsonl(cls, path: str | os.PathLike[str]) -> AnalysisResult:
        """Rebuild a result (without the mentions table) from ``analyze -o x.jsonl`` output."""
        art_rows, topic_rows, actor_rows = [], [], []
        with open(path, encoding="utf-8") as fh:
            for lineno, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise InputError(f"{path}:{lineno}: not a JSON line: {exc}") from exc
                art_rows.append(
                    {
                        "id": rec.get("id"),
                        "date": rec.get("date"),
                        "title": rec.get("title"),
                        "status": rec.get("status"),
                        "error": rec.get("error"),
                        "warning": rec.get("warning"),
                        "n_sentences": rec.get("n_sentences", 0),
                        "n_mentions": sum(a.get("mentions", 0) for a in rec.get("actors", [])),
                        "tone": rec.get("tone"),
                        "dateline_location": rec.get("dateline_location"),
                    }
                )
                if rec.get("status") == "ok" and rec.get("topics"):
                    topic_rows.append({"id": rec.get("id"), **rec["topics"]})
                for a in rec.get("actors", []):
                    actor_rows.append(
                        {
                            "id": rec.get("id"),
                            "actor": a.get("name"),
                            "actor_id": a.get("id"),
                            "type": a.get("type"),
                            "mentions": a.get("mentions"),
                            "sentiment": a.get("sentiment"),
                            "sentiment_std": np.nan,
                            "label": a.get("label"),
                        }
                    )
        articles = pd.DataFrame(art_rows, columns=ARTICLE_COLUMNS)
        # Dates come in several ISO 8601 shapes (with and without fractions of a second).
        articles["date"] = pd.to_datetime(
            articles["date"], utc=True, errors="coerce", format="ISO8601"
        )
        articles["tone"] = pd.to_numeric(articles["tone"], errors="coerce")
        topics = pd.DataFrame(topic_rows) if topic_rows else _empty_frame(["id"])
        actors = pd.DataFrame(actor_rows, columns=ACTOR_COLUMNS)
        actors["sentiment"] = pd.to_numeric(actors["sentiment"], errors="coerce")
        return cls(articles=articles, topics=topics, actors=actors)


def _parquet_schema():
    import pyarrow as pa

    actor = pa.struct(
        [
            ("name", pa.string()),
            ("id", pa.string()),
            ("type", pa.string()),
            ("mentions", pa.int64()),
            ("sentiment", pa.float64()),
            ("label", pa.string()),
        ]
    )
    return pa.schema(
        [
            ("id", pa.string()),
            ("date", pa.string()),
            ("title", pa.string()),
            ("status", pa.string()),
            ("error", pa.string()),
            ("warning", pa.string()),
            ("n_sentences", pa.int64()),
            ("tone", pa.float64()),
            ("dateline_location", pa.string()),
            ("topics", pa.list_(pa.struct([("name", pa.string()), ("share", pa.float64())]))),
            ("top_topics", pa.list_(pa.string())),
            ("actors", pa.list_(actor)),
        ]
    )


def _json_scalar(v: Any) -> Any:
    if v is None:
        return None
    if isinstance(v, float) and math.isnan(v):
        return None
    if v is pd.NaT or (not isinstance(v, str) and pd.isna(v)):
        return None
    return v


def _json_float(v: Any) -> float | None:
    if v is None:
        return None
    f = float(v)
    return None if math.isnan(f) else round(f, 6)


def _json_date(v: Any) -> str | None:
    if v is None or v is pd.NaT or (not isinstance(v, str) and pd.isna(v)):
        return None
    if isinstance(v, str):
        return v
    return pd.Timestamp(v).isoformat()


# --------------------------------------------------------------------------- analyze
@dataclass
class _Components:
    """The fitted parts of the pipeline, built once and shared by every batch."""

    topic_model: Any
    extractor: Any
    scorer: Any


def build_components(
    *,
    taxonomy: Any = None,
    model: Any = None,
    extractor: Any = None,
    scorer: Any = None,
    aliases: Any = None,
    corpus: Sequence[str] | None = None,
    random_state: int | None = 0,
) -> _Components:
    """Resolve the pipeline's parts: given objects win, else the embedded defaults.

    A ``taxonomy`` without a ``model`` fits a :class:`~newsanalytics.TopicModel` on
    ``corpus`` (the texts being analysed); a ``model`` path is loaded from disk.
    """
    from .sentiment import ActorSentiment
    from .topics import TopicModel

    if isinstance(model, (str, os.PathLike)):
        model = TopicModel.load(model)
    if model is None:
        if taxonomy is None:
            model = TopicModel.default()
        else:
            from .taxonomy import Taxonomy

            if isinstance(taxonomy, (str, os.PathLike)):
                taxonomy = Taxonomy.load(taxonomy)
            elif isinstance(taxonomy, dict):
                taxonomy = Taxonomy(taxonomy)
            texts = [t for t in (corpus or []) if t.strip()]
            if not texts:
                raise InputError("a taxonomy without a model needs at least one non-empty article")
            model = TopicModel(taxonomy=taxonomy, random_state=random_state).fit(texts)
    if extractor is None:
        from .actors import ActorExtractor

        extractor = ActorExtractor(aliases=aliases)
    if scorer is None:
        scorer = ActorSentiment()
    elif isinstance(scorer, str):
        scorer = ActorSentiment(method=scorer)
    return _Components(topic_model=model, extractor=extractor, scorer=scorer)


def analyze(
    articles: Any,
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
    batch_size: int = 256,
    n_jobs: int = 1,
    progress: bool = False,
    random_state: int | None = 0,
) -> AnalysisResult:
    """Analyse news articles: named topics, actors, and sentiment toward each actor.

    Parameters
    ----------
    articles : str, Path, iterable of str | dict | Article, or DataFrame
        A single ``str`` is one article's text; a :class:`pathlib.Path` (or a list of
        them) is read with :func:`newsanalytics.read_articles` (JSONL, CSV, parquet, a
        folder of .txt). A DataFrame's rows are records.
    taxonomy : Taxonomy, dict or path, optional
        Named topics. Without ``model``, a seeded topic model is fitted on ``articles``.
        Default: the built-in news taxonomy with its shipped model.
    model : TopicModel or path, optional
        A fitted topic model (or the directory it was saved to).
    extractor : ActorExtractor, optional
        Default: the rule-based extractor with ``aliases``.
    scorer : ActorSentiment or {"model", "vader"}, optional
        Default: the shipped target-dependent model.
    aliases : dict or path, optional
        Extra actor aliases, ``{"United States": ["Washington"]}``.
    text_field, title_field, id_field, date_field : str, optional
        Field names of dict/DataFrame/file records; auto-detected when omitted.
    errors : {"coerce", "raise"}
        ``"coerce"`` (default) reports bad records in ``status``/``error`` and goes on;
        ``"raise"`` raises :class:`~newsanalytics.InputError` at the first bad record.
    batch_size : int
        Articles processed together (bounds memory).
    n_jobs : int
        Worker processes; ``-1`` uses every core. The fitted parts are sent to each worker
        once; output order and content do not depend on ``n_jobs``.
    progress : bool
        Show a progress bar on stderr.
    random_state : int, optional
        Seed used when a topic model has to be fitted.

    Returns
    -------
    AnalysisResult

    Examples
    --------
    >>> import newsanalytics as na
    >>> res = na.analyze(["Venezuelan Foreign Minister Elias Jaua met John Kerry."])
    >>> sorted(res.actors["actor"])[:2]
    ['Elias Jaua', 'John Kerry']
    """
    _check_run_options(errors, batch_size)
    records = iter_records(
        articles,
        text_field=text_field,
        title_field=title_field,
        id_field=id_field,
        date_field=date_field,
        errors=errors,
    )
    corpus = None
    if taxonomy is not None and model is None:
        # Fitting needs every text before scoring any: materialise the records once.
        records = list(records)
        corpus = [r.article.text for r in records if r.status == "ok" and r.article]
    parts = build_components(
        taxonomy=taxonomy,
        model=model,
        extractor=extractor,
        scorer=scorer,
        aliases=aliases,
        corpus=corpus,
        random_state=random_state,
    )
    total = len(records) if isinstance(records, list) else None
    parts_iter = _run_batches(records, parts, batch_size=batch_size, n_jobs=n_jobs)
    return AnalysisResult.concat(_with_progress(parts_iter, progress, total))


def analyze_to(
    articles: Any,
    output: str | os.PathLike[str],
    *,
    resume: bool = False,
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
    batch_size: int = 256,
    n_jobs: int = 1,
    progress: bool = False,
) -> dict[str, int]:
    """Analyse an archive of any size, writing results batch by batch.

    Memory stays bounded by ``batch_size`` whatever the archive's size. Output is the
    ``analyze -o`` schema: ``.jsonl`` (one object per input record), ``.parquet`` (the same
    records, one row group per batch) or ``.csv`` (the articles table with ``topic:<name>``
    columns, plus ``<stem>.actors.csv`` and ``<stem>.mentions.csv``).

    Parameters
    ----------
    articles, model, extractor, scorer, aliases, errors, batch_size, n_jobs, progress
        As for :func:`analyze`; so are the ``*_field`` names.
    taxonomy : optional
        Ignored here unless with ``model``: streaming cannot fit a topic model on the fly,
        so fit a :class:`~newsanalytics.TopicModel` first (``newsanalytics fit``).
    output : path
        File to write; the format follows the suffix.
    resume : bool
        JSONL only: keep the complete lines already in ``output`` and continue with the
        next input record, so an interrupted run neither loses nor duplicates rows.

    Returns
    -------
    dict
        Counts of records by status, ``"skipped"`` (records resumed past) and, when a
        record failed, ``"first_error"`` (its message).
    """
    _check_run_options(errors, batch_size)
    out = Path(output)
    fmt = out.suffix.lower().lstrip(".")
    if fmt not in ("jsonl", "parquet", "csv"):
        raise InputError(f"output {out}: unknown format; use .jsonl, .parquet or .csv")
    if resume and fmt != "jsonl":
        raise InputError(f"output {out}: resume works with .jsonl output only")
    if taxonomy is not None and model is None:
        raise InputError(
            "analyze_to streams and cannot fit a topic model on the fly; fit one with "
            "TopicModel(taxonomy=...).fit(corpus) (or `newsanalytics fit`) and pass model="
        )
    parts = build_components(
        model=model, extractor=extractor, scorer=scorer, aliases=aliases, taxonomy=None
    )
    skip = _complete_lines(out) if resume else 0
    records = iter_records(
        articles,
        text_field=text_field,
        title_field=title_field,
        id_field=id_field,
        date_field=date_field,
        errors=errors,
    )
    if skip:
        records = _skip(records, skip)
    counts: dict[str, Any] = {"ok": 0, "empty": 0, "error": 0, "skipped": skip}
    first_error = None
    with _IncrementalWriter(out, fmt, append=resume and skip > 0) as writer:
        for part in _with_progress(
            _run_batches(records, parts, batch_size=batch_size, n_jobs=n_jobs), progress, None
        ):
            writer.write(part)
            for status, n in part.articles["status"].value_counts().items():
                counts[str(status)] = counts.get(str(status), 0) + int(n)
            if first_error is None and counts["error"]:
                errs = part.articles.loc[part.articles["status"] == "error", "error"]
                first_error = errs.iloc[0] if len(errs) else None
    if first_error is not None:
        counts["first_error"] = first_error
    return counts


def _check_run_options(errors: str, batch_size: int) -> None:
    if errors not in ("coerce", "raise"):
        raise InputError(f"errors must be 'coerce' or 'raise', got {errors!r}")
    if not isinstance(batch_size, int) or batch_size < 1:
        raise InputError(f"batch_size must be an integer >= 1, got {batch_size!r}")


def _skip(records: Iterable[Any], n: int) -> Iterator[Any]:
    it = iter(records)
    for _ in range(n):
        if next(it, None) is None:
            return
    yield from it


def _complete_lines(path: Path) -> int:
    """Count the complete lines of ``path`` and cut off a trailing partial line."""
    if not path.exists():
        return 0
    n = 0
    last_end = 0
    with open(path, "rb") as fh:
        pos = 0
        for line in fh:
            pos += len(line)
            if line.endswith(b"\n"):
                n += 1
                last_end = pos
    if last_end != path.stat().st_size:
        with open(path, "r+b") as fh:
            fh.truncate(last_end)
    return n


class _IncrementalWriter:
    """Write :class:`AnalysisResult` batches to one output file as they come."""

    def __init__(self, path: Path, fmt: str, *, append: bool) -> None:
        self.path, self.fmt, self.append = path, fmt, append
        self._fh: Any = None
        self._pq: Any = None
        self._csv_started = False

    def __enter__(self) -> _IncrementalWriter:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if self.fmt == "jsonl":
            self._fh = open(self.path, "a" if self.append else "w", encoding="utf-8")
        return self

    def write(self, part: AnalysisResult) -> None:
        if self.fmt == "jsonl":
            for rec in part.records():
                self._fh.write(json.dumps(rec, ensure_ascii=False))
                self._fh.write("\n")
            self._fh.flush()
        elif self.fmt == "parquet":
            try:
                import pyarrow as pa
                import pyarrow.parquet as pq
            except ImportError as exc:  # pragma: no cover - depends on the environment
                raise missing_extra("writing parquet", "parquet") from exc
            recs = list(part.records())
            for rec in recs:
                rec["topics"] = [{"name": k, "share": v} for k, v in rec["topics"].items()]
            table = pa.Table.from_pylist(recs, schema=_parquet_schema())
            if self._pq is None:
                self._pq = pq.ParquetWriter(self.path, table.schema)
            self._pq.write_table(table)
        else:
            mode, header = ("a", False) if self._csv_started else ("w", True)
            stem = self.path.with_suffix("")
            part._wide_articles().to_csv(self.path, mode=mode, header=header, index=False)
            part.actors.to_csv(f"{stem}.actors.csv", mode=mode, header=header, index=False)
            part.mentions.to_csv(f"{stem}.mentions.csv", mode=mode, header=header, index=False)
            self._csv_started = True

    def __exit__(self, *exc: Any) -> None:
        if self._fh is not None:
            self._fh.close()
        if self._pq is not None:
            self._pq.close()


def iter_records(articles: Any, **fields: Any) -> Iterator[Any]:
    """Read ``articles`` into :class:`newsanalytics.io.Record` objects (a ``str`` is one text)."""
    from .io import read_articles

    if isinstance(articles, str):
        if "\n" not in articles and len(articles) < 4096 and os.path.exists(articles):
            logger.warning(
                "analyze() got a str that names an existing file; it is analysed as text. "
                "Pass pathlib.Path(%r) to read the file.",
                articles,
            )
        articles = [articles]
    return read_articles(articles, **fields)


def _run_batches(
    records: Iterable[Any], parts: _Components, *, batch_size: int, n_jobs: int
) -> Iterator[AnalysisResult]:
    """Analyse ``records`` batch by batch, in order, in this process or in ``n_jobs``."""
    n_workers = (os.cpu_count() or 1) if n_jobs == -1 else int(n_jobs)
    if n_workers < 1:
        raise InputError(f"n_jobs must be -1 or >= 1, got {n_jobs!r}")
    batches = _batched(records, batch_size)
    if n_workers == 1:
        for batch in batches:
            yield analyze_records(batch, parts)
        return
    from collections import deque
    from concurrent.futures import ProcessPoolExecutor

    # The parts travel to each worker once (initializer); in-flight batches are bounded
    # so memory stays flat, and results come back in input order.
    with ProcessPoolExecutor(
        max_workers=n_workers, initializer=_init_worker, initargs=(parts,)
    ) as pool:
        pending: deque[Any] = deque()
        for batch in batches:
            pending.append(pool.submit(_worker_batch, batch))
            if len(pending) >= 2 * n_workers:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


_WORKER_PARTS: _Components | None = None


def _init_worker(parts: _Components) -> None:
    global _WORKER_PARTS
    _WORKER_PARTS = parts


def _worker_batch(batch: list[Any]) -> AnalysisResult:
    assert _WORKER_PARTS is not None
    return analyze_records(batch, _WORKER_PARTS)


def _with_progress(
    parts: Iterable[AnalysisResult], enabled: bool, total: int | None
) -> Iterator[AnalysisResult]:
    bar = _progress_bar(enabled, total)
    try:
        for part in parts:
            if bar is not None:
                bar.update(len(part.articles))
            yield part
    finally:
        if bar is not None:
            bar.close()


def _batched(items: Iterable[Any], n: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) >= n:
            yield batch
            batch = []
    if batch:
        yield batch


def _progress_bar(enabled: bool, total: int | None) -> Any:
    if not enabled:
        return None
    from tqdm.auto import tqdm

    return tqdm(total=total, unit="article", desc="analyze", file=None, leave=False)


def analyze_records(records: Sequence[Any], parts: _Components) -> AnalysisResult:
    """Analyse one batch of :class:`~newsanalytics.io.Record` (used by ``analyze`` and Dask)."""
    from .sentiment import article_tone, vader_scores
    from .text import parse

    art_rows: list[dict[str, Any]] = []
    ok_docs: list[tuple[str, Any, Any]] = []  # (id, article, document)
    # Where the story was filed from ("NEW YORK, Feb 26 -" -> United States), when the
    # extractor can tell; datelines name no actor, so this is article metadata.
    locate = getattr(parts.extractor, "dateline_location", None)
    for rec in records:
        art = rec.article
        row = {
            "id": _record_id(rec),
            "date": getattr(art, "date", None),
            "title": getattr(art, "title", None),
            "status": rec.status,
            "error": rec.error,
            "warning": rec.warning,
            "n_sentences": 0,
            "n_mentions": 0,
            "tone": np.nan,
            "dateline_location": None,
        }
        art_rows.append(row)
        if rec.status != "ok" or art is None:
            continue
        try:
            doc = parse(art.text)
        except Exception as exc:  # one bad text never sinks the batch
            _fail(row, f"text could not be parsed: {type(exc).__name__}: {exc}")
            continue
        row["n_sentences"] = len(doc.sentences)
        if locate is not None:
            row["dateline_location"] = locate(doc)
        ok_docs.append((row["id"], art, doc))

    rows_by_id = {r["id"]: r for r in art_rows}
    # Article tone: VADER per sentence, aggregated without saturation.
    sentence_texts = [s.text for _, _, doc in ok_docs for s in doc.sentences]
    compounds = vader_scores(sentence_texts) if sentence_texts else np.zeros(0)
    pos = 0
    for aid, _, doc in ok_docs:
        n = len(doc.sentences)
        rows_by_id[aid]["tone"] = float(article_tone(compounds[pos : pos + n]))
        pos += n

    topics = _score_topics(ok_docs, parts.topic_model, rows_by_id)
    actors, mentions = _actor_tables(ok_docs, parts, rows_by_id)
    articles = pd.DataFrame(art_rows, columns=ARTICLE_COLUMNS)
    articles["date"] = pd.to_datetime(articles["date"], utc=True)
    for col in ("n_sentences", "n_mentions"):
        articles[col] = articles[col].astype("int64")
    articles["tone"] = articles["tone"].astype(float)
    return AnalysisResult(articles=articles, topics=topics, actors=actors, mentions=mentions)


def _record_id(rec: Any) -> str:
    art = rec.article
    if art is not None and art.id is not None:
        return str(art.id)
    return str(rec.index)


def _fail(row: dict[str, Any], message: str) -> None:
    row["status"] = "error"
    row["error"] = f"record {row['id']}: {message}"


def _score_topics(ok_docs, model, rows_by_id) -> pd.DataFrame:
    fitted = getattr(model, "taxonomy_", None)
    names = list(fitted.names) if fitted is not None else []
    if not ok_docs:
        return _empty_frame(["id", *names])
    texts = [_topic_text(art, doc) for _, art, doc in ok_docs]
    ids = [aid for aid, _, _ in ok_docs]
    try:
        scores = model.score(texts).reset_index(drop=True)
    except Exception:  # one bad article never sinks the batch: find it
        logger.exception("topic scoring failed for a batch; retrying article by article")
        frames, kept_ids = [], []
        for aid, text in zip(ids, texts, strict=True):
            try:
                frames.append(model.score([text]))
                kept_ids.append(aid)
            except Exception as exc:  # noqa: BLE001
                _fail(rows_by_id[aid], f"topic scoring failed: {type(exc).__name__}: {exc}")
        scores = pd.concat(frames, ignore_index=True) if frames else _empty_frame(names)
        ids = kept_ids
    scores.insert(0, "id", ids)
    unknown = scores[list(scores.columns[1:])].isna().all(axis=1).to_numpy()
    for aid in np.asarray(ids, dtype=object)[unknown]:
        _warn(rows_by_id[aid], "no word of the topic model's vocabulary; topic shares left empty")
    return scores


def _warn(row: dict[str, Any], message: str) -> None:
    row["warning"] = f"{row['warning']}; {message}" if row.get("warning") else message


def _topic_text(art: Any, doc: Any) -> str:
    title = (art.title or "").strip()
    return f"{title}\n\n{doc.text}" if title else doc.text


def _actor_tables(ok_docs, parts: _Components, rows_by_id) -> tuple[pd.DataFrame, pd.DataFrame]:
    # Mention columns are filled as lists (one per column), which pandas turns into a
    # frame much faster than a list of row dicts.
    cols: dict[str, list[Any]] = {c: [] for c in MENTION_COLUMNS}
    ids, actor, actor_id, kind, text = (
        cols["id"],
        cols["actor"],
        cols["actor_id"],
        cols["type"],
        cols["text"],
    )
    sentence, start, end = cols["sentence"], cols["start"], cols["end"]
    sentence_text, sentence_start, sentence_end = (
        cols["sentence_text"],
        cols["sentence_start"],
        cols["sentence_end"],
    )
    targets: list[tuple[str, int, int]] = []
    for aid, _, doc in ok_docs:
        try:
            found = parts.extractor.extract_document(doc)
        except Exception as exc:  # noqa: BLE001
            _fail(rows_by_id[aid], f"actor extraction failed: {type(exc).__name__}: {exc}")
            continue
        rows_by_id[aid]["n_mentions"] = len(found)
        to_clean = doc.to_clean
        sentences = doc.sentences
        for m in found:
            sent = sentences[m.sentence]
            st = sent.text
            cs = to_clean(sent.start)
            s0 = to_clean(m.start) - cs
            e0 = to_clean(m.end) - cs
            s0 = min(max(s0, 0), len(st))
            e0 = min(max(e0, s0), len(st))
            targets.append((st, s0, e0))
            ids.append(aid)
            actor.append(m.actor)
            actor_id.append(m.actor_id)
            kind.append(m.type)
            text.append(m.text)
            sentence.append(m.sentence)
            start.append(m.start)
            end.append(m.end)
            sentence_text.append(st)
            sentence_start.append(s0)
            sentence_end.append(e0)
    cols["sentiment"] = [np.nan] * len(targets)
    proba = None
    if targets:
        proba = _class_probabilities(parts.scorer, targets)
        if proba is not None:
            scores = np.clip(proba[:, 2] - proba[:, 0], -1.0, 1.0)
        else:
            scores = np.asarray(parts.scorer.score(targets), dtype=float)
        cols["sentiment"] = [float(sc) for sc in scores]
    mentions = pd.DataFrame(cols, columns=MENTION_COLUMNS)
    if not len(mentions):
        return _empty_frame(ACTOR_COLUMNS), mentions
    grouped = mentions.groupby(["id", "actor"], sort=False)
    actors = grouped.agg(
        actor_id=("actor_id", "first"),
        type=("type", "first"),
        mentions=("sentiment", "size"),
        sentiment=("sentiment", "mean"),
    ).reset_index()
    # Population spread (ddof=0), as sentiment.aggregate reports it; 0 for one mention.
    actors["sentiment_std"] = grouped["sentiment"].std(ddof=0).fillna(0.0).to_numpy()
    if proba is not None:
        # The model's own decision rule on the actor's average mention: argmax of the mean
        # class probability (as sentiment.aggregate(proba=...) does).
        keys = pd.MultiIndex.from_frame(mentions[["id", "actor"]])
        mean_p = pd.DataFrame(proba, index=keys).groupby(level=[0, 1], sort=False).mean()
        mean_p = mean_p.reindex(pd.MultiIndex.from_frame(actors[["id", "actor"]]))
        actors["label"] = [LABELS[k] for k in mean_p.to_numpy().argmax(axis=1)]
    else:
        actors["label"] = _labels(actors["sentiment"].to_numpy(dtype=float))
    return actors[ACTOR_COLUMNS], mentions


def _class_probabilities(scorer: Any, targets: list[tuple[str, int, int]]) -> np.ndarray | None:
    """Class probabilities of a trained target-sentiment model, or None for other scorers."""
    if getattr(scorer, "method", None) != "model" or not hasattr(scorer, "predict_proba"):
        return None
    return np.asarray(scorer.predict_proba(targets), dtype=float)


def _labels(scores: np.ndarray) -> list[str]:
    """Label mean scores as :func:`newsanalytics.sentiment.aggregate` does."""
    from .sentiment import LABEL_THRESHOLD

    out = np.full(scores.shape, "neutral", dtype=object)
    out[scores >= LABEL_THRESHOLD] = "positive"
    out[scores <= -LABEL_THRESHOLD] = "negative"
    return out.tolist()
