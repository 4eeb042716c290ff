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
from .topics._shares import MIN_SECOND_EVIDENCE, rank_topics

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
    "country",
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
    "field",
    "text",
    "sentence",
    "start",
    "end",
    "sentiment",
    "sentence_text",
    "start_in_sentence",
    "end_in_sentence",
]
#: Every date column: timezone-aware UTC at nanosecond resolution, whatever the input held.
DATE_DTYPE = "datetime64[ns, UTC]"
#: The categories of the categorical columns (a value outside them is added after them).
CATEGORIES: dict[str, tuple[str, ...]] = {
    "status": ("ok", "empty", "error"),
    "type": ("person", "organization", "location"),
    "label": ("negative", "neutral", "positive"),
    "field": ("title", "text"),
}
_INT_COLUMNS = frozenset(
    {
        "n_sentences",
        "n_mentions",
        "mentions",
        "sentence",
        "start",
        "end",
        "start_in_sentence",
        "end_in_sentence",
    }
)
_FLOAT_COLUMNS = frozenset({"tone", "sentiment", "sentiment_std"})


#: Text columns: ``str`` (pandas' string dtype where it has one), also when empty.
_STR_COLUMNS = frozenset(
    {"id", "title", "error", "warning", "dateline_location", "actor", "actor_id", "text"}
)


def _empty_frame(columns: Sequence[str]) -> pd.DataFrame:
    """A table without rows in the dtypes the same table has with rows."""
    return _typed(
        pd.DataFrame(
            {c: pd.Series(dtype=str if c in _STR_COLUMNS else object) for c in columns}
        )
    )


def _empty_topics(names: Sequence[str], *, with_id: bool = True) -> pd.DataFrame:
    """A topics table without rows: ``id`` and a float share column per topic name."""
    columns = {"id": pd.Series(dtype=str)} if with_id else {}
    columns.update({n: pd.Series(dtype=float) for n in names})
    return pd.DataFrame(columns)


def _categorical(values: Any, categories: Sequence[str]) -> pd.Categorical:
    """``values`` as a categorical with ``categories`` first (others kept, after them)."""
    series = pd.Series(values, copy=False)
    if isinstance(series.dtype, pd.CategoricalDtype) and tuple(
        series.cat.categories[: len(categories)]
    ) == tuple(categories):
        return series.array
    index = {c: k for k, c in enumerate(categories)}
    try:  # every value one of the categories (the common case): their codes, directly
        codes = [index[v] if type(v) is str else -2 for v in series.tolist()]
    except KeyError:
        codes = None
    if codes is not None and -2 not in codes:
        return pd.Categorical.from_codes(
            np.asarray(codes, dtype=np.int8), dtype=pd.CategoricalDtype(list(categories))
        )
    present = series.dropna().astype(str)
    extra = sorted(set(present.unique()) - set(categories))
    return pd.Categorical(series.where(series.isna(), series.astype(str)), [*categories, *extra])


def _typed(frame: pd.DataFrame) -> pd.DataFrame:
    """The result tables' columns in their documented dtypes (``frame`` is changed)."""
    for col in frame.columns:
        if col == "date":
            frame[col] = pd.to_datetime(frame[col], utc=True).astype(DATE_DTYPE)
        elif col in CATEGORIES:
            frame[col] = _categorical(frame[col], CATEGORIES[col])
        elif col == "sentence_text" and not isinstance(frame[col].dtype, pd.CategoricalDtype):
            frame[col] = frame[col].astype("category")
        elif col in _INT_COLUMNS and frame[col].dtype != np.int64:  # int64: as it is
            if len(frame) == 0 or frame[col].notna().all():
                frame[col] = frame[col].astype("int64")
        elif col in _FLOAT_COLUMNS and frame[col].dtype != np.float64:  # float64: as it is
            frame[col] = pd.to_numeric(frame[col], errors="coerce").astype(float)
        elif col == "country":  # text, missing for people and organisations
            frame[col] = frame[col].astype("str")
    return frame


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
        ``id``, one column per named topic (the part of each ok article about that
        topic), then ``other`` (what no named topic covers, the corpus background; see
        :meth:`newsanalytics.TopicModel.score`): a row sums to 1.
    actors : DataFrame
        One row per article and actor: ``id, actor, actor_id, type, country, mentions,
        sentiment, sentiment_std, label``. ``sentiment`` is the mean over the actor's
        mentions of the mention's score (``P(positive) - P(negative)`` under the model's
        neutral priors; a place's mention has a stronger one, ``place_weight`` of
        :class:`~newsanalytics.ActorSentiment`), in [-1, 1]; ``sentiment_std`` its spread
        (population standard deviation). ``label`` is that mean against the scorer's cut
        (:attr:`ActorSentiment.label_threshold_ <newsanalytics.ActorSentiment>`, 0.275 for
        the shipped model, 0.05 for ``method="vader"``): ``positive`` at ``sentiment >=
        cut``, ``negative`` at ``sentiment <= -cut``, else ``neutral``; so it never
        contradicts the score in sign or order. (A scorer with ``label_threshold=None``
        labels by the largest mean class probability instead.)
    mentions : DataFrame
        One row per mention: ``id, actor, actor_id, type, field, text, sentence, start,
        end, sentiment, sentence_text, start_in_sentence, end_in_sentence``. ``field`` says
        where the mention is: ``"text"`` (``start``/``end`` are offsets into the article
        text, ``sentence`` counts the text's sentences) or ``"title"`` (offsets into the
        headline, ``sentence`` counts its sentences); headline and text are read as one
        document, so names resolve across them. ``start_in_sentence``/``end_in_sentence``
        are offsets into ``sentence_text`` (the target span the sentiment scorer saw; named
        ``sentence_start``/``sentence_end`` in newsanalytics 0.1). ``sentence_text`` is
        categorical: each sentence's text is stored once.
    topic_evidence : DataFrame or None
        ``id`` and, per named topic, how many different seed words of it each ok article
        has (:meth:`TopicModel.topic_evidence <newsanalytics.TopicModel.topic_evidence>`):
        what :meth:`records`' ``top_topics`` asks of a further topic. None when the topics
        come from another model (then shares alone decide); not written by the writers.

    Dates are ``datetime64[ns, UTC]``; ``status``, ``type`` and ``label`` are categorical
    (categories ``ok, empty, error``; ``person, organization, location``; ``negative,
    neutral, positive``).

    Examples
    --------
    >>> import newsanalytics as na
    >>> res = na.analyze(["The OAS praised Guatemala."])
    >>> res.articles.loc[0, "status"]
    'ok'
    """

    articles: pd.DataFrame = field(default_factory=lambda: _empty_frame(ARTICLE_COLUMNS))
    topics: pd.DataFrame = field(default_factory=lambda: _empty_topics([]))
    actors: pd.DataFrame = field(default_factory=lambda: _empty_frame(ACTOR_COLUMNS))
    mentions: pd.DataFrame = field(default_factory=lambda: _empty_frame(MENTION_COLUMNS))
    topic_evidence: pd.DataFrame | None = field(default=None, repr=False)

    def __repr__(self) -> str:
        counts = (
            {str(k): int(v) for k, v in self.articles["status"].value_counts().items() if v}
            if len(self.articles)
            else {}
        )
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
            topic_evidence=(
                cat([p.topic_evidence for p in parts])
                if all(p.topic_evidence is not None for p in parts)
                else None
            ),
        )

    # ----------------------------------------------------------------- records
    def records(self) -> Iterator[dict[str, Any]]:
        """One JSON-ready dict per article, in input order (the ``analyze -o x.jsonl`` schema).

        Keys: ``id, date, title, status, error, warning, n_sentences, tone, dateline_location, topics
        ({name: share}), top_topics ([names], largest share first; empty when no named
        topic has enough evidence, see :func:`newsanalytics.topics.rank_topics`), actors
        ([{name, id, type, country, mentions,
        sentiment, label}])``.
        """
        names = self.topic_names
        shares = self._topic_shares().to_numpy(dtype=float) if names else None
        named_cols = [n for n in names if n != "other"]
        seen = None
        if shares is not None and self.topic_evidence is not None:
            seen = self._per_article(self.topic_evidence, named_cols).fillna(0.0).to_numpy()
        actor_rows: dict[str, list[dict[str, Any]]] = {}
        for rec in self.actors.to_dict("records"):
            actor_rows.setdefault(str(rec["id"]), []).append(
                {
                    "name": rec["actor"],
                    "id": rec.get("actor_id"),
                    "type": rec["type"],
                    "country": _json_scalar(rec.get("country")),
                    "mentions": int(rec["mentions"]),
                    "sentiment": _json_float(rec["sentiment"]),
                    "label": rec["label"],
                }
            )
        for pos, rec in enumerate(self.articles.to_dict("records")):
            aid = str(rec["id"])
            topics: dict[str, float] = {}
            # NaN rows: not ok, or no word of the topic vocabulary in the article
            if shares is not None and rec["status"] == "ok" and np.isfinite(shares[pos]).all():
                topics = {n: round(float(v), 6) for n, v in zip(names, shares[pos], strict=True)}
            # the named topics the article is about; [] when no share is strong enough
            # "other" (the background's share) is no topic an article is about
            named = {n: v for n, v in topics.items() if n != "other"}
            evidence = None if seen is None else dict(zip(named_cols, seen[pos], strict=True))
            top = rank_topics(named, evidence=evidence) if named else []
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
        ``<stem>.mentions.csv``). Dates are ISO 8601 with their UTC offset.
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
        """Write the tidy tables as parquet, typed: the same tables and layout as :meth:`to_csv`.

        A path ending in ``.parquet`` writes the articles table there, with topic shares as
        ``topic:<name>`` columns, and the actors and mentions tables beside it
        (``<stem>.actors.parquet``, ``<stem>.mentions.parquet``); any other path is a folder
        that gets ``articles.parquet``, ``topics.parquet``, ``actors.parquet`` and
        ``mentions.parquet``. Dates are timestamps (UTC), ``status``, ``type`` and ``label``
        dictionary-encoded (categorical when read back with pandas), and each sentence's
        text is stored once. Needs the ``parquet`` extra (pyarrow).
        """
        pq = _pyarrow_parquet()
        out = Path(path)
        names = self.topic_names
        if out.suffix.lower() == ".parquet":
            out.parent.mkdir(parents=True, exist_ok=True)
            for name, file in _parquet_files(out).items():
                pq.write_table(_arrow_table(self, name, names), file)
            return out
        out.mkdir(parents=True, exist_ok=True)
        for name in ("articles", "topics", "actors", "mentions"):
            pq.write_table(_arrow_table(self, name, names, wide=False), out / f"{name}.parquet")
        return out

    def _topic_shares(self) -> pd.DataFrame:
        """The topic shares of each article row, in article order (NaN where there are none).

        The pipeline writes one topics row per ok article, in order, so rows are matched by
        position (repeated ids stay apart); a table built otherwise is matched by id.
        """
        return self._per_article(self.topics, self.topic_names)

    def _per_article(self, table: pd.DataFrame, names: list[str]) -> pd.DataFrame:
        """Columns ``names`` of a per-ok-article table, one row per article row (see
        :meth:`_topic_shares`)."""
        arts = self.articles
        ok = (arts["status"] == "ok").to_numpy(dtype=bool) if len(arts) else np.zeros(0, bool)
        shares = pd.DataFrame(np.nan, index=range(len(arts)), columns=names, dtype=float)
        names = [n for n in names if n in table.columns]
        topic_ids = table["id"].astype(str).to_numpy() if len(table) else []
        ok_ids = arts["id"].astype(str).to_numpy()[ok] if len(arts) else []
        if len(topic_ids) == len(ok_ids) and (np.asarray(topic_ids) == ok_ids).all():
            shares.loc[ok, names] = table[names].to_numpy(dtype=float)
        elif len(topic_ids):
            by_id = table.drop_duplicates("id").set_index(table["id"].astype(str))
            matched = by_id[names].reindex(arts["id"].astype(str)).to_numpy(dtype=float)
            shares.loc[ok, names] = matched[ok]
        return shares

    def _wide_articles(self) -> pd.DataFrame:
        wide = self.articles.copy()
        if self.topic_names:
            shares = self._topic_shares()
            for name in self.topic_names:
                wide[f"topic:{name}"] = shares[name].to_numpy()
        return wide

    # ----------------------------------------------------------------- readers
    @classmethod
    def from_jsonl(cls, path: str | os.PathLike[str]) -> AnalysisResult:
        """Rebuild a result (without the mentions table) from ``analyze -o x.jsonl`` output."""
        art_rows, topic_rows, actor_rows, evidence_rows = [], [], [], []
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
                    # the file's further topics had the evidence they needed; no other had
                    if isinstance(rec.get("top_topics"), list):
                        further = rec["top_topics"][1:]
                        evidence_rows.append(
                            {
                                "id": rec.get("id"),
                                **{n: MIN_SECOND_EVIDENCE * (n in further) for n in rec["topics"]},
                            }
                        )
                for a in rec.get("actors", []):
                    actor_rows.append(
                        {
                            "id": rec.get("id"),
                            "actor": a.get("name"),
                            "actor_id": a.get("id"),
                            "type": a.get("type"),
                            "country": a.get("country"),
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
        topics = pd.DataFrame(topic_rows) if topic_rows else _empty_topics([])
        actors = pd.DataFrame(actor_rows, columns=ACTOR_COLUMNS)
        complete = evidence_rows and len(evidence_rows) == len(topic_rows)
        evidence = pd.DataFrame(evidence_rows) if complete else None  # else: shares decide
        return cls(
            articles=_typed(articles),
            topics=topics,
            actors=_typed(actors),
            topic_evidence=evidence,
        )


def _concat_keeping_categories(frames: list[pd.DataFrame]) -> pd.DataFrame:
    """``pd.concat``, but a column categorical in every frame stays categorical.

    pandas turns categoricals with different categories into plain values, which would
    store a sentence's text once per mention again. Such a column is joined by
    ``union_categoricals`` (the first frame's categories, then the others' new ones), and
    left out of ``pd.concat``, which would first write out each value. Frames whose
    columns differ are joined as pandas joins them.
    """
    if len(frames) < 2:
        return pd.concat(frames, ignore_index=True)
    columns = frames[0].columns
    if any(not f.columns.equals(columns) for f in frames[1:]):
        return _concat_then_categories(frames)
    dtypes = [f.dtypes.to_numpy() for f in frames]
    joined = [  # pandas keeps the columns of one categorical dtype (recoded to the first's)
        k
        for k, first in enumerate(dtypes[0])
        if isinstance(first, pd.CategoricalDtype)
        and all(isinstance(d[k], pd.CategoricalDtype) for d in dtypes[1:])
        and not all(d[k] == first for d in dtypes[1:])
    ]
    if not joined:
        return pd.concat(frames, ignore_index=True)
    names = [columns[k] for k in joined]
    out = pd.concat([f.drop(columns=names) for f in frames], ignore_index=True)
    for k, name in zip(joined, names, strict=True):
        values = pd.api.types.union_categoricals([f.iloc[:, k] for f in frames])
        out.insert(k, name, values)
    return out


def _concat_then_categories(frames: list[pd.DataFrame]) -> pd.DataFrame:
    """:func:`_concat_keeping_categories` of frames whose columns differ: ``pd.concat``,
    then each column categorical in every frame joined by ``union_categoricals``."""
    out = pd.concat(frames, ignore_index=True)
    for col in frames[0].columns:
        if isinstance(out[col].dtype, pd.CategoricalDtype):
            continue
        if all(isinstance(f[col].dtype, pd.CategoricalDtype) for f in frames):
            values = pd.api.types.union_categoricals([f[col] for f in frames])
            out[col] = pd.Series(values, index=out.index)
    return out


def _pyarrow_parquet() -> Any:
    try:
        import pyarrow.parquet as pq
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise missing_extra("writing parquet", "parquet") from exc
    return pq


def _parquet_files(path: Path) -> dict[str, Path]:
    """The files a ``.parquet`` output is written to: the articles at ``path``, the rest beside."""
    return {
        "articles": path,
        **{n: path.with_name(f"{path.stem}.{n}.parquet") for n in ("actors", "mentions")},
    }


def _arrow_schema(table: str, topic_names: Sequence[str], *, wide: bool = True) -> Any:
    """The parquet schema of a result table, fixed so that every batch writes the same."""
    import pyarrow as pa

    text, ints, floats = pa.string(), pa.int64(), pa.float64()
    category = pa.dictionary(pa.int32(), pa.string())
    fields = {
        "articles": [
            ("id", text),
            ("date", pa.timestamp("ns", tz="UTC")),
            ("title", text),
            ("status", category),
            ("error", text),
            ("warning", text),
            ("n_sentences", ints),
            ("n_mentions", ints),
            ("tone", floats),
            ("dateline_location", text),
            *((f"topic:{n}", floats) for n in (topic_names if wide else ())),
        ],
        "topics": [("id", text), *((n, floats) for n in topic_names)],
        "actors": [
            ("id", text),
            ("actor", text),
            ("actor_id", text),
            ("type", category),
            ("country", text),
            ("mentions", ints),
            ("sentiment", floats),
            ("sentiment_std", floats),
            ("label", category),
        ],
        "mentions": [
            ("id", text),
            ("actor", text),
            ("actor_id", text),
            ("type", category),
            ("field", category),
            ("text", text),
            ("sentence", ints),
            ("start", ints),
            ("end", ints),
            ("sentiment", floats),
            ("sentence_text", category),
            ("start_in_sentence", ints),
            ("end_in_sentence", ints),
        ],
    }[table]
    return pa.schema(fields)


def _missing(value: Any) -> bool:
    return value is None or value is pd.NaT or (isinstance(value, float) and math.isnan(value))


def _dictionary_array(values: pd.Series, type_: Any) -> Any:
    """A dictionary-encoded Arrow array; a categorical's categories are copied once."""
    import pyarrow as pa

    if not isinstance(values.dtype, pd.CategoricalDtype):
        values = values.astype("category")
    codes = values.cat.codes.to_numpy().astype(np.int32)
    indices = pa.array(codes, mask=codes < 0, type=pa.int32())
    dictionary = pa.array([str(c) for c in values.cat.categories], type=pa.string())
    return pa.DictionaryArray.from_arrays(indices, dictionary).cast(type_)


def _arrow_table(
    result: AnalysisResult, table: str, topic_names: Sequence[str], *, wide: bool = True
) -> Any:
    """One result table as an Arrow table of its fixed schema."""
    import pyarrow as pa

    frame = result._wide_articles() if table == "articles" and wide else getattr(result, table)
    schema = _arrow_schema(table, topic_names, wide=wide)
    columns = []
    for f in schema:
        values = frame[f.name] if f.name in frame.columns else pd.Series([None] * len(frame))
        if pa.types.is_dictionary(f.type):
            columns.append(_dictionary_array(values, f.type))
        elif pa.types.is_timestamp(f.type):
            columns.append(pa.array(pd.to_datetime(values, utc=True).astype(DATE_DTYPE)))
        else:
            text = pa.types.is_string(f.type)
            plain = [
                None if _missing(v) else (str(v) if text else v) for v in values.tolist()
            ]
            columns.append(pa.array(plain, type=f.type))
    return pa.Table.from_arrays(columns, schema=schema)


def _output_files(path: Path, fmt: str) -> list[Path]:
    """Every file a write of ``fmt`` to ``path`` creates (CSV and parquet put tables beside it)."""
    if fmt == "csv":
        return [path, *(path.with_name(f"{path.stem}.{n}.csv") for n in ("actors", "mentions"))]
    if fmt == "parquet":
        return list(_parquet_files(path).values())
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

    def __init__(
        self, path: Path, fmt: str, *, append: bool, empty: AnalysisResult | None = None
    ) -> None:
        self.path, self.fmt, self.append = path, fmt, append
        self._fh: Any = None
        self._pq: Any = None
        self._csv_started = False
        self._empty = empty  # written on a clean exit when nothing was: the tables' headers

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
            pq = _pyarrow_parquet()
            if self._pq is None:  # the topic columns are known from the first batch
                self._pq = {
                    name: pq.ParquetWriter(file, _arrow_schema(name, part.topic_names))
                    for name, file in _parquet_files(self.path).items()
                }
            for name, writer in self._pq.items():
                writer.write_table(_arrow_table(part, name, part.topic_names))
        else:
            _write_csv_tables(part, self.path, append=self._csv_started)
            self._csv_started = True

    def __exit__(self, *exc: Any) -> None:
        try:
            nothing = self._pq is None and not self._csv_started
            if exc[0] is None and nothing and self.fmt != "jsonl" and self._empty is not None:
                self.write(self._empty)
        finally:
            if self._fh is not None:
                self._fh.close()
            for writer in (self._pq or {}).values():
                writer.close()
