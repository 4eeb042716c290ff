"""The tidy result object, :class:`AnalysisResult`, and its writers.

Four tables (see :class:`AnalysisResult`), written as JSONL (one object per input record),
parquet (the same records, nested) or CSV, whole or batch by batch.
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from .exceptions import InputError, missing_extra

__all__ = ["AnalysisResult", "ARTICLE_COLUMNS", "ACTOR_COLUMNS", "MENTION_COLUMNS"]

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
#: Every date column: timezone-aware UTC at nanosecond resolution, whatever the input held.
DATE_DTYPE = "datetime64[ns, UTC]"
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
            return _concat_keeping_categories(nonempty)

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
            _write_csv_tables(self, out, append=False)
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
        out = Path(path)
        pq.write_table(_parquet_table(self, pa), out)
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
                if not isinstance(rec, dict) or "status" not in rec or "actors" not in rec:
                    raise InputError(
                        f"{path}:{lineno}: not the output of `newsanalytics analyze` (no "
                        "'status' and 'actors' fields); analyse the articles first "
                        "(`newsanalytics analyze INPUT -o out.jsonl`) and track its output"
                    )
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
        ).astype(DATE_DTYPE)
        articles["tone"] = pd.to_numeric(articles["tone"], errors="coerce")
        topics = pd.DataFrame(topic_rows) if topic_rows else _empty_frame(["id"])
        actors = pd.DataFrame(actor_rows, columns=ACTOR_COLUMNS)
        actors["sentiment"] = pd.to_numeric(actors["sentiment"], errors="coerce")
        return cls(articles=articles, topics=topics, actors=actors)


def _concat_keeping_categories(frames: list[pd.DataFrame]) -> pd.DataFrame:
    """``pd.concat``, but a column categorical in every frame stays categorical.

    pandas turns categoricals with different categories into plain values, which would
    store a sentence's text once per mention again.
    """
    out = pd.concat(frames, ignore_index=True)
    if len(frames) < 2:
        return out
    for col in frames[0].columns:
        if isinstance(out[col].dtype, pd.CategoricalDtype):
            continue
        if all(isinstance(f[col].dtype, pd.CategoricalDtype) for f in frames):
            values = pd.api.types.union_categoricals([f[col] for f in frames])
            out[col] = pd.Series(values, index=out.index)
    return out


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


def _parquet_table(result: AnalysisResult, pa: Any) -> Any:
    """The JSONL records as an Arrow table (topics as a list of name/share structs)."""
    recs = list(result.records())
    for rec in recs:
        rec["topics"] = [{"name": k, "share": v} for k, v in rec["topics"].items()]
    return pa.Table.from_pylist(recs, schema=_parquet_schema())


def _output_files(path: Path, fmt: str) -> list[Path]:
    """Every file a write of ``fmt`` to ``path`` creates (CSV puts tables beside it)."""
    if fmt == "csv":
        return [path, *(path.with_name(f"{path.stem}.{n}.csv") for n in ("actors", "mentions"))]
    if fmt == "jsonl":  # analyze_to keeps what the run was written from beside it
        return [path, path.with_name(path.name + ".resume.json")]
    return [path]


def _write_csv_tables(result: AnalysisResult, path: Path, *, append: bool) -> None:
    """The articles (with ``topic:<name>`` columns) at ``path``; actors and mentions beside it."""
    mode, header = ("a", False) if append else ("w", True)
    result._wide_articles().to_csv(path, mode=mode, header=header, index=False)
    for name in ("actors", "mentions"):
        table = getattr(result, name)
        table.to_csv(
            path.with_name(f"{path.stem}.{name}.csv"), mode=mode, header=header, index=False
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
            table = _parquet_table(part, pa)
            if self._pq is None:
                self._pq = pq.ParquetWriter(self.path, table.schema)
            self._pq.write_table(table)
        else:
            _write_csv_tables(part, self.path, append=self._csv_started)
            self._csv_started = True

    def __exit__(self, *exc: Any) -> None:
        if self._fh is not None:
            self._fh.close()
        if self._pq is not None:
            self._pq.close()
