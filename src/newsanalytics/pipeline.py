"""``analyze``: the one-call pipeline; its result is :class:`AnalysisResult` (``_result``).

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

import itertools
import logging
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from ._dates import _short
from ._result import (
    ACTOR_COLUMNS,
    ARTICLE_COLUMNS,
    DATE_DTYPE,
    MENTION_COLUMNS,
    AnalysisResult,
    _empty_frame,
    _IncrementalWriter,
    _output_files,
)
from .exceptions import InputError
from .io import _check_not_input
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

#: Mentions scored per sentence and per article; the rest are left out with a warning in
#: the article's row. Far above real news (at most 30 in one sentence and 105 in one story
#: across the 19k Reuters-21578 bodies and 9k HuffPost items), they bound the cost of a
#: record that is a flood of names.
MAX_MENTIONS_PER_SENTENCE = 64
MAX_MENTIONS_PER_ARTICLE = 2000


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
        # An alias table is read on first use: a missing or broken one would otherwise turn
        # every record into an error row. Read it now and refuse it up front.
        extractor.extract("")
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
    encoding: str = "utf-8",
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
        folder of .txt). A DataFrame's rows are records. A single ``str`` that names an
        existing file, or looks like a path (no spaces, and a ``/`` or the ending of a
        format read here, such as ``"news.jsonl"``), raises
        :class:`~newsanalytics.InputError`: pass ``Path(...)`` to read it, or ``[text]``.
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
    encoding : str, default "utf-8"
        Encoding of text files (JSONL, CSV, JSON, .txt). A byte-order mark at the start of
        a file (UTF-8, UTF-16, UTF-32) overrides it.
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
    watch = _DateFieldWatch(
        iter_records(
            articles,
            text_field=text_field,
            title_field=title_field,
            id_field=id_field,
            date_field=date_field,
            encoding=encoding,
            errors=errors,
        ),
        date_field,
    )
    records: Any = iter(watch)
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
    result = AnalysisResult.concat(_with_progress(parts_iter, progress, total))
    watch.warn()
    return result


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
    encoding: str = "utf-8",
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
        As for :func:`analyze`; so are the ``*_field`` names and ``encoding``.
    taxonomy : optional
        Ignored here unless with ``model``: streaming cannot fit a topic model on the fly,
        so fit a :class:`~newsanalytics.TopicModel` first (``newsanalytics fit``).
    output : path
        File to write; the format follows the suffix.
    resume : bool
        JSONL only: keep the complete lines already in ``output`` and continue with the
        next input record, so an interrupted run neither loses nor duplicates rows. A JSONL
        run records what it was written from in ``<output>.resume.json`` (each input file's
        path and size, the first records' ids, the model, aliases, scorer, field names,
        encoding and ``errors``); resuming an output whose record does not match this input
        and these settings (or that has none) raises :class:`~newsanalytics.InputError`.

    Returns
    -------
    dict
        Counts of records by status, ``"skipped"`` (records resumed past) and, when a
        record failed, ``"first_error"`` (its message).

    Raises
    ------
    InputError
        Before anything is written, when ``output`` (or a table written beside it) is one
        of the input files, also through a symbolic or hard link.
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
    _check_not_input(_output_files(out, fmt), articles)
    parts = build_components(
        model=model, extractor=extractor, scorer=scorer, aliases=aliases, taxonomy=None
    )
    watch = _DateFieldWatch(
        iter_records(
            articles,
            text_field=text_field,
            title_field=title_field,
            id_field=id_field,
            date_field=date_field,
            encoding=encoding,
            errors=errors,
        ),
        date_field,
    )
    records: Iterator[Any] = iter(watch)
    skip = 0
    if fmt == "jsonl":
        from . import _resume

        # The first records are read ahead for the fingerprint and then analysed as usual.
        head = list(itertools.islice(records, _resume.N_FIRST_IDS))
        records = itertools.chain(head, records)
        settings = {
            "model": _as_path(model),
            "aliases": _as_path(aliases),
            "scorer": scorer,
            "extractor": extractor,
            "text_field": text_field,
            "title_field": title_field,
            "id_field": id_field,
            "date_field": date_field,
            "encoding": encoding,
            "errors": errors,
        }
        run = _resume.fingerprint(articles, [r.id for r in head], settings)
        skip = _complete_lines(out, truncate=False) if resume else 0
        if skip:
            _resume.check(out, run)  # before the output is touched
            _complete_lines(out)  # cut off a partial last line
            records = _skip(records, skip)
        else:
            _resume.write(out, run)
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
    watch.warn()
    return counts


class _DateFieldWatch:
    """Pass records through, noticing whether a ``date_field`` was ever found.

    A missing date field is a warning in each record's row; when no record has it at all,
    the field name is most likely wrong, which :meth:`warn` says once.
    """

    def __init__(self, records: Iterable[Any], date_field: str | None) -> None:
        self._records = records
        self.date_field = date_field
        self.read = 0
        self.missing = 0

    def __iter__(self) -> Iterator[Any]:
        field = self.date_field
        for rec in self._records:
            if field is not None and rec.article is not None:
                self.read += 1
                if field in rec.missing:
                    self.missing += 1
            yield rec

    def warn(self) -> None:
        if self.date_field is not None and self.read and self.missing == self.read:
            import warnings

            from .exceptions import NewsAnalyticsWarning

            warnings.warn(
                NewsAnalyticsWarning(
                    f"date_field {self.date_field!r} was not found in any of the "
                    f"{self.read:,} records read; their dates are empty (name the field that "
                    "holds the dates, or leave date_field out to detect it)"
                ),
                stacklevel=3,
            )


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


def _as_path(value: Any) -> Any:
    return Path(value) if isinstance(value, str) else value


def _complete_lines(path: Path, *, truncate: bool = True) -> int:
    """Count the complete lines of ``path`` and (``truncate``) cut off a partial last line."""
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
    if truncate and last_end != path.stat().st_size:
        with open(path, "r+b") as fh:
            fh.truncate(last_end)
    return n


def iter_records(articles: Any, **fields: Any) -> Iterator[Any]:
    """Read ``articles`` into :class:`newsanalytics.io.Record` objects (a ``str`` is one text)."""
    from .io import read_articles

    if isinstance(articles, str):
        if _looks_like_a_path(articles):
            raise InputError(
                f"analyze() got the str {_short(articles)}, which names a file or looks like "
                f"a path; pass pathlib.Path({_short(articles)}) to read the file, or "
                "[text] to analyse the str as an article's text"
            )
        articles = [articles]
    return read_articles(articles, **fields)


def _looks_like_a_path(text: str) -> bool:
    """A str that names an existing file or folder, or has the look of a path: no white
    space, and a path separator or the ending of a format we read (``"news.jsonl"``)."""
    from .io import FORMATS

    if len(text) > 4096 or "\n" in text or "\x00" in text:
        return False  # texts, not paths
    if os.path.exists(text):
        return True
    if not text or any(ch.isspace() for ch in text):
        return False
    name = text.lower().removesuffix(".gz")
    endings = tuple(e for formats in FORMATS.values() for e in formats)
    return "/" in text or os.sep in text or name.endswith(endings)


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
    from concurrent.futures import ProcessPoolExecutor

    from ._parallel import ordered_map

    # The parts travel to each worker once (initializer); in-flight batches are bounded
    # so memory stays flat, and results come back in input order.
    with ProcessPoolExecutor(
        max_workers=n_workers, initializer=_init_worker, initargs=(parts,)
    ) as pool:
        yield from ordered_map(pool, _worker_batch, batches, 2 * n_workers)


_WORKER_PARTS: _Components | None = None


def _init_worker(parts: _Components) -> None:
    from ._parallel import exit_with_parent

    global _WORKER_PARTS
    _WORKER_PARTS = parts
    exit_with_parent()


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
    """Analyse one batch of :class:`~newsanalytics.io.Record` (used by ``analyze`` and Dask).

    Any failure inside the batch (also a ``MemoryError``, such as pyarrow's) is narrowed
    down to the records that cause it: the batch is analysed again record by record, and a
    record that fails on its own becomes an error row naming the failure. The other records
    of the batch keep their results.
    """
    try:
        return _analyze_batch(records, parts)
    except Exception as exc:  # noqa: BLE001 - isolate it, whatever it is
        if len(records) == 1:
            return _analyze_batch([_failed(records[0], exc)], parts)
        logger.warning("a batch failed (%s); analysing its records one by one", exc)
        return AnalysisResult.concat(analyze_records([rec], parts) for rec in records)


def _failed(rec: Any, exc: BaseException) -> Any:
    """``rec`` as an error record that says why its analysis failed."""
    from dataclasses import replace

    from .exceptions import record_error

    problem = f"analysis failed: {type(exc).__name__}: {exc}"
    return replace(rec, status="error", error=record_error(_label(rec), problem))


def _label(rec: Any) -> str:
    """How messages name a record: its source, and its id when that says more."""
    name = _record_id(rec)
    return rec.source if name == rec.source else f"{rec.source} (id {name!r})"


def _analyze_batch(records: Sequence[Any], parts: _Components) -> AnalysisResult:
    from .sentiment import article_tone, vader_scores
    from .text import parse

    # Rows are kept by position, never by id: ids may repeat (a duplicate is an error row
    # of its own) and must not move one record's results onto another's row.
    art_rows: list[dict[str, Any]] = []
    ok_docs: list[tuple[int, Any, Any]] = []  # (row position, article, document)
    # Where the story was filed from ("NEW YORK, Feb 26 -" -> United States), when the
    # extractor can tell; datelines name no actor, so this is article metadata.
    locate = getattr(parts.extractor, "dateline_location", None)
    for rec in records:
        art = rec.article
        row = {
            "id": _record_id(rec),
            "date": None,
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
        row["date"] = _kept_date(getattr(art, "date", None), row, rec)
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
        ok_docs.append((len(art_rows) - 1, art, doc))

    # Article tone: VADER per sentence, aggregated without saturation.
    sentence_texts = [s.text for _, _, doc in ok_docs for s in doc.sentences]
    compounds = vader_scores(sentence_texts) if sentence_texts else np.zeros(0)
    pos = 0
    for row_pos, _, doc in ok_docs:
        n = len(doc.sentences)
        art_rows[row_pos]["tone"] = float(article_tone(compounds[pos : pos + n]))
        pos += n

    topics = _score_topics(ok_docs, parts.topic_model, art_rows)
    actors, mentions = _actor_tables(ok_docs, parts, art_rows)
    articles = pd.DataFrame(art_rows, columns=ARTICLE_COLUMNS)
    articles["date"] = pd.to_datetime(articles["date"], utc=True).astype(DATE_DTYPE)
    for col in ("n_sentences", "n_mentions"):
        articles[col] = articles[col].astype("int64")
    articles["tone"] = articles["tone"].astype(float)
    return AnalysisResult(articles=articles, topics=topics, actors=actors, mentions=mentions)


_FIRST_DATE = pd.Timestamp.min.tz_localize("UTC")
_LAST_DATE = pd.Timestamp.max.tz_localize("UTC")


def _kept_date(date: Any, row: dict[str, Any], rec: Any) -> Any:
    """``date``, or None with a warning when a nanosecond timestamp cannot hold it."""
    from .exceptions import record_error

    if date is None or _FIRST_DATE <= date <= _LAST_DATE:
        return date
    problem = (
        f"{date.isoformat()} is outside the years 1677-2262 that dates are kept in; "
        "date left empty"
    )
    _warn(row, record_error(_label(rec), problem, "date"))
    return None


def _record_id(rec: Any) -> str:
    ident = rec.id
    return str(rec.index) if ident is None else str(ident)


def _fail(row: dict[str, Any], message: str) -> None:
    row["status"] = "error"
    row["error"] = f"record {row['id']}: {message}"


def _score_topics(ok_docs, model, rows) -> pd.DataFrame:
    fitted = getattr(model, "taxonomy_", None)
    names = list(fitted.names) if fitted is not None else []
    if not ok_docs:
        return _empty_frame(["id", *names])
    texts = [_topic_text(art, doc) for _, art, doc in ok_docs]
    positions = [row_pos for row_pos, _, _ in ok_docs]
    try:
        scores = model.score(texts).reset_index(drop=True)
    except Exception:  # one bad article never sinks the batch: find it
        logger.exception("topic scoring failed for a batch; retrying article by article")
        frames, kept = [], []
        for row_pos, text in zip(positions, texts, strict=True):
            try:
                frames.append(model.score([text]))
                kept.append(row_pos)
            except Exception as exc:  # noqa: BLE001
                _fail(rows[row_pos], f"topic scoring failed: {type(exc).__name__}: {exc}")
        scores = pd.concat(frames, ignore_index=True) if frames else _empty_frame(names)
        positions = kept
    scores.insert(0, "id", [rows[p]["id"] for p in positions])
    unknown = scores[list(scores.columns[1:])].isna().all(axis=1).to_numpy()
    for row_pos in np.asarray(positions, dtype=np.int64)[unknown]:
        _warn(rows[row_pos], "no word of the topic model's vocabulary; topic shares left empty")
    return scores


def _warn(row: dict[str, Any], message: str) -> None:
    row["warning"] = f"{row['warning']}; {message}" if row.get("warning") else message


def _topic_text(art: Any, doc: Any) -> str:
    title = (art.title or "").strip()
    return f"{title}\n\n{doc.text}" if title else doc.text


def _actor_tables(ok_docs, parts: _Components, rows) -> tuple[pd.DataFrame, pd.DataFrame]:
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
    keys: list[int] = []  # row position of each mention: actors are grouped by it, not by id
    # Each sentence's text is stored once (a categorical column), not once per mention.
    sentence_codes: dict[str, int] = {}
    for row_pos, _, doc in ok_docs:
        row = rows[row_pos]
        try:
            found = parts.extractor.extract_document(doc)
        except Exception as exc:  # noqa: BLE001
            _fail(row, f"actor extraction failed: {type(exc).__name__}: {exc}")
            continue
        kept = _capped(found)
        if len(kept) < len(found):
            _warn(
                row,
                f"{len(found) - len(kept)} of {len(found)} actor mentions left out: at most "
                f"{MAX_MENTIONS_PER_SENTENCE} per sentence and {MAX_MENTIONS_PER_ARTICLE} per "
                "article are scored",
            )
            found = kept
        row["n_mentions"] = len(found)
        aid = row["id"]
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
            keys.append(row_pos)
            ids.append(aid)
            actor.append(m.actor)
            actor_id.append(m.actor_id)
            kind.append(m.type)
            text.append(m.text)
            sentence.append(m.sentence)
            start.append(m.start)
            end.append(m.end)
            sentence_text.append(sentence_codes.setdefault(st, len(sentence_codes)))
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
    cols["sentence_text"] = pd.Categorical.from_codes(  # type: ignore[assignment]
        np.asarray(sentence_text, dtype=np.int64), categories=list(sentence_codes)
    )
    mentions = pd.DataFrame(cols, columns=MENTION_COLUMNS)
    if not len(mentions):
        return _empty_frame(ACTOR_COLUMNS), mentions
    by = [pd.Series(keys, name="_row", dtype=np.int64), mentions["actor"]]
    grouped = mentions.groupby(by, sort=False)
    actors = grouped.agg(
        id=("id", "first"),
        actor_id=("actor_id", "first"),
        type=("type", "first"),
        mentions=("sentiment", "size"),
        sentiment=("sentiment", "mean"),
    )
    # Population spread (ddof=0), as sentiment.aggregate reports it; 0 for one mention.
    actors["sentiment_std"] = grouped["sentiment"].std(ddof=0).fillna(0.0)
    if proba is not None:
        # The model's own decision rule on the actor's average mention: argmax of the mean
        # class probability (as sentiment.aggregate(proba=...) does).
        mean_p = pd.DataFrame(proba).groupby(by, sort=False).mean().reindex(actors.index)
        actors["label"] = [LABELS[k] for k in mean_p.to_numpy().argmax(axis=1)]
    else:
        actors["label"] = _labels(actors["sentiment"].to_numpy(dtype=float))
    actors = actors.reset_index(level="actor").reset_index(drop=True)
    return actors[ACTOR_COLUMNS], mentions


def _capped(found: list[Any]) -> list[Any]:
    """The mentions within the caps: the first ones of each sentence and of the article.

    Scoring a mention costs time in proportion to its sentence's length, so a sentence
    that is a list of thousands of names would cost the square of its length; the caps keep
    the cost of one record linear in its length (and its mentions table bounded).
    """
    if len(found) <= MAX_MENTIONS_PER_SENTENCE:
        return found
    per_sentence: dict[int, int] = {}
    kept = []
    for m in found:
        n = per_sentence.get(m.sentence, 0)
        if n < MAX_MENTIONS_PER_SENTENCE:
            per_sentence[m.sentence] = n + 1
            kept.append(m)
            if len(kept) == MAX_MENTIONS_PER_ARTICLE:
                break
    return kept


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
