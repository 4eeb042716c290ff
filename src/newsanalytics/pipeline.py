"""``analyze``: the one-call pipeline; its result is :class:`AnalysisResult` (``_result``).

The pipeline reads records (nothing lost: one output row per input record, in input order),
parses each text once, and fills four tidy tables:

``articles``
    id, date, title, status, error, warning, n_sentences, n_mentions, tone,
    dateline_location
``topics``
    id, then one column per named topic: shares in [0, 1] summing to 1 minus the article's
    "other" share (what no named topic covers; ok articles only)
``actors``
    id, actor, actor_id, type, mentions, sentiment, sentiment_std, label
``mentions``
    id, actor, actor_id, type, field ("title" or "text": what start and end index into),
    text, sentence, start, end, sentiment, sentence_text, start_in_sentence,
    end_in_sentence (offsets into ``sentence_text``, not the article)
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import operator
import os
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from ._analysis import (
    MAX_MENTIONS_PER_ARTICLE,
    MAX_MENTIONS_PER_SENTENCE,
    MAX_TEXT_CHARS,
    MAX_TITLE_CHARS,
    _Components,
    analyze_records,
)
from ._dates import _short
from ._readers import _input_size
from ._result import (
    ACTOR_COLUMNS,
    ARTICLE_COLUMNS,
    MENTION_COLUMNS,
    AnalysisResult,
    _IncrementalWriter,
    _output_files,
)
from .exceptions import InputError
from .io import _check_not_input, special_kind

__all__ = [
    "analyze",
    "analyze_to",
    "analyze_records",
    "build_components",
    "AnalysisResult",
    "ARTICLE_COLUMNS",
    "ACTOR_COLUMNS",
    "MENTION_COLUMNS",
    "MAX_MENTIONS_PER_SENTENCE",
    "MAX_MENTIONS_PER_ARTICLE",
    "MAX_TEXT_CHARS",
    "MAX_TITLE_CHARS",
]

logger = logging.getLogger(__name__)
logger.addHandler(logging.NullHandler())


def _embedded_model() -> Any:
    """The embedded topic model itself, not the copy ``TopicModel.default()`` makes: the
    pipeline only reads it and never hands it out, so a run needs no copy of its own."""
    from .topics._model import _load_default

    return _load_default()


def build_components(
    *,
    taxonomy: Any = None,
    model: Any = None,
    extractor: Any = None,
    scorer: Any = None,
    aliases: Any = None,
    corpus: Sequence[str] | None = None,
    random_state: int | None = 0,
    places: str | None = None,
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

        extractor = ActorExtractor(aliases=aliases, places=places or "city")
        # An alias table is read on first use: a missing or broken one would otherwise turn
        # every record into an error row. Read it now and refuse it up front.
        extractor.extract("")
    elif getattr(extractor, "backend", None) == "spacy" and getattr(extractor, "nlp", 1) is None:
        # Found at the first article, this would turn every record into an error row.
        raise InputError("ActorExtractor(backend='spacy') needs nlp=<a spaCy pipeline>")
    elif places is not None:
        raise InputError(
            "places= sets up the default extractor; give your extractor its own "
            f"(ActorExtractor(places={places!r}))"
        )
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
    n_jobs: int | None = 1,
    progress: bool = False,
    random_state: int | None = 0,
    places: str | None = None,
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
    n_jobs : int or None, default 1
        Worker processes; ``-1`` uses every core, ``None`` one (scikit-learn's
        convention). The fitted parts are sent to each worker
        once; output order and content do not depend on ``n_jobs``.
    progress : bool
        Show a progress bar on stderr.
    random_state : int, optional
        Seed used when a topic model has to be fitted.
    places : {"city", "country"}, optional
        ``"city"`` (the default extractor's default) reports a city as a location of its
        own, with its country in ``actors["country"]``; ``"country"`` folds cities into
        their country. For the default extractor only.

    Returns
    -------
    AnalysisResult

    Notes
    -----
    While a batch is analysed, Python's cyclic garbage collector is paused
    (:func:`gc.disable`; it is enabled again after the batch, unless it was paused
    already): reference counting still frees what the batch drops, and objects caught in
    reference cycles wait for the batch's end. The setting is the process's, so other
    threads run without the collector meanwhile.

    Examples
    --------
    >>> import newsanalytics as na
    >>> res = na.analyze(["Venezuelan Foreign Minister Elias Jaua met John Kerry."])
    >>> sorted(res.actors["actor"])[:2]
    ['Elias Jaua', 'John Kerry']
    """
    _check_run_options(errors, batch_size)
    n_jobs = _workers(n_jobs)
    warned = _check_fields_up_front(
        articles, text_field, title_field, id_field, date_field, encoding
    )
    watch = _FieldWatch(
        iter_records(
            articles,
            text_field=text_field,
            title_field=title_field,
            id_field=id_field,
            date_field=date_field,
            encoding=encoding,
            errors=errors,
        ),
        date_field=date_field,
        title_field=title_field,
        id_field=id_field,
        warned=warned,
    )
    records: Any = iter(watch)
    corpus = None
    if taxonomy is not None and model is None:
        # Fitting needs every text before scoring any: materialise the records once.
        records = list(records)
        corpus = [
            r.article.text if r.article.text.strip() else (r.article.title or "")
            for r in records
            if r.status == "ok" and r.article
        ]
    parts = build_components(
        taxonomy=taxonomy,
        model=_embedded_model() if model is None and taxonomy is None else model,
        extractor=extractor,
        scorer=scorer,
        aliases=aliases,
        corpus=corpus,
        random_state=random_state,
        places=places,
    )
    total = len(records) if isinstance(records, list) else _total_records(articles)
    # A str is one article's text here (iter_records), never a path to size up.
    size = None if isinstance(records, list) or isinstance(articles, str) else _input_size(articles)
    parts_iter = _run_batches(records, parts, batch_size=batch_size, n_jobs=n_jobs)
    with _byte_meter(progress, size) as meter:
        result = AnalysisResult.concat(_with_progress(parts_iter, progress, total, meter, size))
    watch.warn()
    if not len(result.articles):  # no input records: the tables, typed, with no rows
        result = _empty_result(parts)
    return result


def _empty_result(parts: _Components) -> AnalysisResult:
    """The result of no records: every table with its columns and dtypes (and the model's
    topic columns), so code written for a result works on it too."""
    from ._analysis import topic_columns
    from ._result import _empty_topics

    return AnalysisResult(topics=_empty_topics(topic_columns(parts.topic_model)))


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
    n_jobs: int | None = 1,
    progress: bool = False,
    places: str | None = None,
) -> dict[str, int]:
    """Analyse an archive of any size, writing results batch by batch.

    Memory stays bounded by ``batch_size`` whatever the archive's size. Output is the
    ``analyze -o`` schema: ``.jsonl`` (one object per input record), ``.parquet`` (the same
    records, one row group per batch) or ``.csv`` (the articles table with ``topic:<name>``
    columns, plus ``<stem>.actors.csv`` and ``<stem>.mentions.csv``).

    Parameters
    ----------
    articles, model, extractor, scorer, aliases, errors, batch_size, n_jobs, progress, places
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
    n_jobs = _workers(n_jobs)
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
    for file in _output_files(out, fmt):
        if file.exists() and not file.is_file():
            what = "a folder" if file.is_dir() else special_kind(file) or "not a regular file"
            raise InputError(f"output {str(file)!r} is {what}; name a regular file to write")
    _check_not_input(_output_files(out, fmt), articles)
    warned = _check_fields_up_front(
        articles, text_field, title_field, id_field, date_field, encoding
    )
    parts = build_components(
        model=_embedded_model() if model is None else model,
        extractor=extractor,
        scorer=scorer,
        aliases=aliases,
        taxonomy=None,
        places=places,
    )
    size = _input_size(articles) if progress and not isinstance(articles, str) else None
    with _byte_meter(progress, size) as meter:  # the first records are read for the fingerprint
        watch = _FieldWatch(
            iter_records(
                articles,
                text_field=text_field,
                title_field=title_field,
                id_field=id_field,
                date_field=date_field,
                encoding=encoding,
                errors=errors,
            ),
            date_field=date_field,
            title_field=title_field,
            id_field=id_field,
            warned=warned,
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
                # lone surnames are resolved per batch: another batch_size, other actors
                "batch_size": batch_size,
                # only when set: outputs written before places= existed resume as before
                **({"places": places} if places is not None else {}),
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
        empty = _empty_result(parts)  # written when no record comes (a header-only file)
        with _IncrementalWriter(out, fmt, append=resume and skip > 0, empty=empty) as writer:
            for part in _with_progress(
                _run_batches(records, parts, batch_size=batch_size, n_jobs=n_jobs),
                progress,
                _total_records(articles),
                meter,
                size,
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


class _FieldWatch:
    """Pass records through, noticing whether each field named explicitly was ever found.

    A missing ``date_field``, ``title_field`` or ``id_field`` is a warning in each record's
    row; when no record has it at all, the name is most likely wrong, which :meth:`warn`
    says once per field, naming it.
    """

    _WHAT = {
        "date_field": "their dates are empty",
        "title_field": "they have no titles",
        "id_field": "they are named by where they are (file and line, row or item)",
    }

    def __init__(
        self, records: Iterable[Any], *, warned: Iterable[str] = (), **fields: str | None
    ) -> None:
        self._records = records
        self.fields = {opt: name for opt, name in fields.items() if name is not None}
        self.warned = set(warned)  # said up front already
        self.read = 0
        self.missing = dict.fromkeys(self.fields, 0)

    def __iter__(self) -> Iterator[Any]:
        fields = list(self.fields.items())
        if not fields:
            yield from self._records
            return
        missing = self.missing
        for rec in self._records:
            if rec.article is not None:
                self.read += 1
                if rec.missing:
                    for opt, name in fields:
                        if name in rec.missing:
                            missing[opt] += 1
            yield rec

    def warn(self) -> None:
        import warnings

        from .exceptions import NewsAnalyticsWarning

        for opt, name in self.fields.items():
            if self.read and self.missing[opt] == self.read and opt not in self.warned:
                warnings.warn(
                    NewsAnalyticsWarning(
                        f"{opt} {name!r} was not found in any of the {self.read:,} records "
                        f"read; {self._WHAT[opt]} (name the field that holds them, or leave "
                        f"{opt} out to detect it)"
                    ),
                    stacklevel=3,
                )


def _check_fields_up_front(
    articles: Any,
    text_field: str | None,
    title_field: str | None,
    id_field: str | None,
    date_field: str | None,
    encoding: str,
) -> set[str]:
    """Check the fields named explicitly against the header of each CSV/TSV/parquet input,
    before anything is read: a ``text_field`` that is no column raises
    :class:`~newsanalytics.InputError`; a title, id or date field that is no column is
    warned about now, naming it. Returns the options warned about."""
    import warnings

    from ._readers import header_fields
    from .exceptions import NewsAnalyticsWarning

    if isinstance(articles, os.PathLike):
        paths = [Path(articles)]
    elif isinstance(articles, list | tuple) and all(isinstance(a, os.PathLike) for a in articles):
        paths = [Path(a) for a in articles]
    else:
        return set()
    named = {
        "text_field": text_field,
        "title_field": title_field,
        "id_field": id_field,
        "date_field": date_field,
    }
    named = {opt: name for opt, name in named.items() if name is not None}
    warned: set[str] = set()
    if not named:
        return warned
    for path in paths:
        if not path.is_file():
            continue
        columns = header_fields(path, None, encoding)
        if columns is None:
            continue
        shown = ", ".join(columns[:20]) + (", ..." if len(columns) > 20 else "")
        for opt, name in named.items():
            if name in columns:
                continue
            where = f"{opt} {name!r} is not a column of {path} (its columns: {shown})"
            if opt == "text_field":
                raise InputError(f"{where}; name the column that holds the text")
            if opt not in warned:
                warned.add(opt)
                what = {
                    "title_field": "its records get no titles",
                    "id_field": "its records are named by file and line",
                    "date_field": "its records get no dates",
                }[opt]
                warnings.warn(NewsAnalyticsWarning(f"{where}; {what}"), stacklevel=3)
    return warned


def _workers(n_jobs: Any) -> int:
    """The worker processes ``n_jobs`` asks for: -1 is every core, None is one (as in
    scikit-learn, and as :class:`~newsanalytics.topics.TopicModel` reads it); more than the
    cores are capped at their number, with a warning (they would only compete for them)."""
    import warnings

    from .exceptions import NewsAnalyticsWarning

    cores = os.cpu_count() or 1
    if n_jobs is None:
        return 1
    try:
        asked = -2 if isinstance(n_jobs, bool) else operator.index(n_jobs)
    except TypeError:
        asked = -2
    if asked < 1 and asked != -1:
        raise InputError(f"n_jobs must be -1 or an integer >= 1, got {n_jobs!r}")
    n_jobs = asked
    if n_jobs == -1:
        return cores
    if n_jobs > cores:
        warnings.warn(
            NewsAnalyticsWarning(
                f"n_jobs={n_jobs} is more than the {cores} cores of this machine; using {cores}"
            ),
            stacklevel=3,
        )
        return cores
    return n_jobs


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
    from .io import looks_like_a_path, read_articles

    if isinstance(articles, str):
        if looks_like_a_path(articles):
            raise InputError(
                f"analyze() got the str {_short(articles)}, which names a file or looks like "
                f"a path; pass pathlib.Path({_short(articles)}) to read the file, or "
                "[text] to analyse the str as an article's text"
            )
        articles = [articles]
    return read_articles(articles, **fields)


def _run_batches(
    records: Iterable[Any], parts: _Components, *, batch_size: int, n_jobs: int
) -> Iterator[AnalysisResult]:
    """Analyse ``records`` batch by batch, in order, in this process or in ``n_jobs``
    worker processes (a count :func:`_workers` has checked)."""
    n_workers = n_jobs
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
    parts: Iterable[AnalysisResult],
    enabled: bool,
    total: int | None,
    meter: Any = None,
    size: int | None = None,
) -> Iterator[AnalysisResult]:
    """Pass batch results through, with a progress bar on stderr when ``enabled``.

    With a byte ``meter`` (see :func:`_byte_meter`) and the input files' ``size`` the bar
    counts the bytes read from them (so it has a total and an ETA whatever the records per
    file); else it counts articles, out of ``total`` when that is known.
    """
    if not enabled:
        yield from parts
        return
    from tqdm.auto import tqdm

    if meter is not None:
        bar = tqdm(
            total=size,
            desc="analyze",
            leave=False,
            # the unit field carries "4.3 MB of 10.0 MB, 1,200 articles" (tqdm would put
            # its scaled sizes' unit right after the number: "4.30M")
            bar_format="{desc}: {percentage:3.0f}%|{bar}| {unit} [{elapsed}<{remaining}]",
            unit=f"0 B of {_size(size)}",
        )
    else:
        bar = tqdm(total=total, unit=" articles", desc="analyze", leave=False)
    done = 0
    try:
        for part in parts:
            done += len(part.articles)
            if meter is not None:
                n = min(meter.value, size)
                bar.unit = f"{_size(n)} of {_size(size)}, {done:,} articles"
                bar.update(n - bar.n)
            else:
                bar.update(len(part.articles))
            yield part
    finally:
        bar.close()


@contextlib.contextmanager
def _byte_meter(enabled: bool, size: int | None) -> Iterator[Any]:
    """Have the readers count the bytes they read (for the progress bar) while active."""
    if not enabled or not size:
        yield None
        return
    from ._readers import METER, ByteMeter

    meter = ByteMeter()
    token = METER.set(meter)
    try:
        yield meter
    finally:
        METER.reset(token)


def _size(n: float) -> str:
    """A byte count with its unit after a space: "4.3 MB"."""
    for unit in ("B", "kB", "MB", "GB"):
        if n < 1000 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1000
    return f"{n:.1f} TB"  # pragma: no cover


def _total_records(articles: Any) -> int | None:
    """How many records an in-memory source holds, when it says (a list, a DataFrame)."""
    if isinstance(articles, str | bytes | os.PathLike) or not hasattr(articles, "__len__"):
        return None
    if isinstance(articles, list | tuple) and articles and isinstance(articles[0], os.PathLike):
        return None
    return len(articles)


def _batched(items: Iterable[Any], n: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) >= n:
            yield batch
            batch = []
    if batch:
        yield batch
