"""Readers that lose nothing: every input record becomes exactly one :class:`Record`.

:func:`read_articles` turns files (JSONL, also gzipped; JSON; CSV; TSV; parquet; a single
.txt file or a folder of them), a pandas DataFrame, or an iterable of ``str`` / ``dict`` /
:class:`~newsanalytics.Article` into a stream of :class:`Record`, one per input record and
in input order. A record that cannot be used still comes out, with ``status="error"`` and a
message naming the record (file and line, row or item number, and the id when known) and the
field. ``status="empty"`` marks a record whose text is empty or whitespace. A damaged file
never stops the others: a truncated .gz keeps its good part and ends with one error record;
a parquet file that cannot be opened (empty, not parquet) is one error record, and a row
group that cannot be read is one error record naming it and the rows it held.

:class:`ArticleCorpus` is the re-iterable corpus for multi-pass training: every iteration
reopens the source and streams it again, so memory stays bounded.

Field mapping
-------------
Unless given explicitly (``text_field=...`` etc.), fields are found per record under the
usual names, first exact and then case-insensitive:

- text: ``text, body, content, description, short_description, article, sentence``
- title: ``title, headline``
- id: ``id, newid, doc_id, article_id, uuid``
- date: ``date, published, published_at, pubdate, timestamp, datetime, time``

HuffPost-style records (``headline`` + ``short_description``) therefore read as title and
text. Every other field is kept in ``Article.meta``. A ``text_field`` given explicitly but
missing from a record makes that record an error that names the field. A ``title_field``,
``id_field`` or ``date_field`` given explicitly but missing is treated as no title, no id
(the record is named by where it is, see "Ids") or no date: a warning in the row names the
field, and the field is listed in ``Record.missing``.

A record whose text is empty but which has a title is analysed from its title alone
(``status="ok"``, with a warning saying so); with neither it is ``"empty"``.

Texts are read whole, however long; :func:`newsanalytics.analyze` analyses at most
1,000,000 characters of each (see ``newsanalytics.pipeline.MAX_TEXT_CHARS``).

Ids
---
Ids are kept as given (converted to ``str``). A record without an id (or one nothing could
be read from, such as a malformed line) is named after where it came from: its file and line
for a record read from a file (``"news.jsonl:12"``, ``"news.csv:4"``, ``"news.parquet row 5"``,
``"news.json[3]"``; a .txt file gets its file name relative to the folder that was passed),
and its 0-based position in the whole input (``Record.index``) for a row of a DataFrame
(``"row 5"``) or an item of an in-memory iterable (``"item 3"``), so fallback ids never take
an id such as ``"5"`` that another record holds. A later record that repeats an id (also a fallback id) gets
``status="error"`` naming both records, so both rows stay in the output for the user to see
and nothing is merged (this keeps one ``str`` per id in memory).

Encodings and CSV
-----------------
Text files are read as ``encoding`` (UTF-8 by default); a byte-order mark at the start of a
file (UTF-8, UTF-16, UTF-32) decides its encoding instead. CSV is read strictly: a quote
that is never closed, or closed in the middle of a field, makes the row it opened in an
error, and the lines it would have swallowed are read as the rows they are.

Null text
---------
A text field holding JSON ``null`` / ``None`` / NaN (Reuters-21578 stores briefs without a
body that way) is read as no text: ``status="empty"``, not an error. Numbers, lists and other
non-string values are errors.
"""

from __future__ import annotations

import io as _stdio
import logging
import numbers
import os
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from ._dates import _is_null, _short, parse_date
from ._readers import (
    FORMATS,
    _Bad,
    _dir_files,
    _format_of,
    _iter_dataframe,
    _iter_items,
    _iter_path,
    _Raw,
    special_kind,
    text_encoding,
)
from .exceptions import (
    MSG_ONE_SHOT,
    InputError,
    RecordError,
    one_item,
    record_error,
)
from .types import Article, Status

__all__ = [
    "Record",
    "read_articles",
    "ArticleCorpus",
    "parse_date",
    "sample_path",
    "is_one_shot",
    "TEXT_FIELDS",
    "TITLE_FIELDS",
    "ID_FIELDS",
    "DATE_FIELDS",
    "FORMATS",
]

logger = logging.getLogger(__name__)
logger.addHandler(logging.NullHandler())

TEXT_FIELDS = (
    "text",
    "body",
    "content",
    "description",
    "short_description",
    "article",
    "sentence",
)
TITLE_FIELDS = ("title", "headline")
ID_FIELDS = ("id", "newid", "doc_id", "article_id", "uuid")
DATE_FIELDS = ("date", "published", "published_at", "pubdate", "timestamp", "datetime", "time")

ERRORS = ("coerce", "raise")

_SAMPLE = Path(__file__).resolve().parent / "data" / "sample" / "news_sample.jsonl"


# --------------------------------------------------------------------------------------------
# Records


@dataclass(frozen=True, slots=True)
class Record:
    """One input record, as read.

    Attributes
    ----------
    index : int
        0-based position in the whole input stream (across files when several are read).
    source : str
        Where the record came from, for messages: ``"news.jsonl:12"`` (1-based line),
        ``"news.csv:4"`` (line the row starts on), ``"news.parquet row 5"``, ``"row 5"``
        (DataFrame position), ``"item 3"`` (iterable position), ``"corpus/x.txt"``.
    article : Article or None
        The article; ``None`` only when ``status == "error"`` and nothing usable could be
        read (malformed JSON, undecodable bytes, an item that is not a record). An error
        record that was readable (wrong text type, duplicate id) keeps its id, title and date.
    status : {"ok", "empty", "error"}
    error : str or None
        Set when ``status == "error"``: names the record (source and id) and the field.
    warning : str or None
        Problems that did not stop the record, e.g. an unparsable date (the date is left
        empty and ``status`` stays ``"ok"``), or why a record is ``"empty"``.
    default_id : str or None
        The name of the record when it has no id of its own: where it is (see "Ids" in the
        module notes); :attr:`id` falls back to it when nothing could be read.
    missing : tuple of str
        Fields named explicitly that the record lacks without being an error: a missing
        ``date_field`` leaves the date empty, as an unreadable date does.

    Examples
    --------
    >>> from newsanalytics.io import read_articles
    >>> [r.status for r in read_articles([{"text": "Kerry met Jaua."}, {"text": " "}])]
    ['ok', 'empty']
    """

    index: int
    source: str
    article: Article | None
    status: Status
    error: str | None = None
    warning: str | None = None
    default_id: str | None = None
    missing: tuple[str, ...] = ()

    @property
    def id(self) -> str | None:
        """The article id; the record's fallback id when nothing could be read."""
        return self.default_id if self.article is None else self.article.id


@dataclass(frozen=True)
class _Options:
    text_field: str | None
    title_field: str | None
    id_field: str | None
    date_field: str | None
    encoding: str


_ABSENT = object()


# --------------------------------------------------------------------------------------------
# Small helpers


def _type_name(value: Any) -> str:
    if isinstance(value, list):
        return "a list"
    if isinstance(value, Mapping):
        return "an object"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, numbers.Number):
        return "a number"
    return f"a {type(value).__name__}"


def is_one_shot(obj: Any) -> bool:
    """Tell whether ``obj`` can be iterated only once (an iterator or generator).

    Multi-pass training uses this to refuse such input up front instead of silently
    training on an exhausted stream in the second pass.

    Examples
    --------
    >>> is_one_shot([1, 2]), is_one_shot(iter([1, 2])), is_one_shot(x for x in "ab")
    (False, True, True)
    """
    return isinstance(obj, Iterator)


def sample_path() -> Path:
    """Path of the bundled sample corpus (HuffPost news, CC BY 4.0, R. Misra 2022).

    About 1,500 politics, world and U.S. news items from 2018-05 to 2022-09, one JSON object
    per line with ``id, date, title, text, category, link, authors``.

    Examples
    --------
    >>> from newsanalytics.io import read_articles, sample_path
    >>> next(iter(read_articles(sample_path()))).status
    'ok'
    """
    return _SAMPLE


# --------------------------------------------------------------------------------------------
# Turning one raw record into a Record


def _pick(rec: Mapping[Any, Any], explicit: str | None, names: tuple[str, ...]) -> tuple[Any, Any]:
    """Return ``(key, value)`` for a field; ``(key or None, _ABSENT)`` when missing."""
    if explicit is not None:
        return explicit, rec.get(explicit, _ABSENT)
    for name in names:
        if name in rec:
            return name, rec[name]
    for key in rec:
        if isinstance(key, str) and key.lower() in names:
            return key, rec[key]
    return None, _ABSENT


def _coerce_id(value: Any) -> str | None:
    if isinstance(value, str):
        return value or None
    if _is_null(value):
        return None
    if isinstance(value, bool):
        raise _Bad(f"expected a string or integer id, got {_type_name(value)} {value!r}")
    if isinstance(value, numbers.Integral):
        return str(int(value))
    if isinstance(value, numbers.Real) and float(value).is_integer():
        return str(int(value))  # integer ids that went through a float column
    if isinstance(value, numbers.Real):
        return str(value)
    raise _Bad(f"expected a string or integer id, got {_type_name(value)} {_short(value)}")


def _coerce_text(value: Any, encoding: str) -> tuple[str, bool]:
    """Return ``(text, is_null)``; raise :class:`_Bad` for values that are not text."""
    if isinstance(value, str):
        return value, False
    if _is_null(value):
        return "", True
    if isinstance(value, bytes | bytearray):
        try:
            return bytes(value).decode(encoding), False
        except UnicodeDecodeError as exc:
            raise _Bad(f"undecodable bytes (not valid {encoding}) at byte {exc.start}") from None
    raise _Bad(f"expected a string, got {_type_name(value)} {_short(value)}")


def _coerce_title(value: Any, key: str, label: str, warnings: list[str]) -> str | None:
    if isinstance(value, str):
        return value or None
    if _is_null(value):
        return None
    if isinstance(value, numbers.Number) and not isinstance(value, bool):
        return str(value)
    warnings.append(
        record_error(label, f"expected a string, got {_type_name(value)}; title left empty", key)
    )
    return None


def _coerce_date(value: Any, key: str, label: str, warnings: list[str]) -> datetime | None:
    try:
        return parse_date(value)
    except ValueError:
        warnings.append(
            record_error(label, f"could not parse {_short(value)}; date left empty", key)
        )
        return None


def _keys(rec: Mapping[Any, Any], limit: int = 12) -> str:
    keys = [str(key) for key in rec]
    if not keys:
        return "none"
    more = f", ... ({len(keys)} fields)" if len(keys) > limit else ""
    return ", ".join(keys[:limit]) + more


def _labelled(source: str, ident: str | None) -> str:
    return source if ident is None else f"{source} (id {ident!r})"


def _from_mapping(
    rec: Mapping[Any, Any], index: int, source: str, default_id: str, opts: _Options
) -> Record:
    warnings: list[str] = []
    used: set[Any] = set()

    id_key, raw_id = _pick(rec, opts.id_field, ID_FIELDS)
    ident = None
    missing: list[str] = []
    try:
        if raw_id is _ABSENT:
            if opts.id_field is not None:
                # as an empty id: the record is named by where it is, with a warning
                missing.append(opts.id_field)
                warnings.append(
                    record_error(source, f"field is missing; using {default_id!r}", opts.id_field)
                )
        else:
            used.add(id_key)
            ident = _coerce_id(raw_id)
            if ident is None and opts.id_field is not None:
                warnings.append(
                    record_error(source, f"id is empty; using {default_id!r}", opts.id_field)
                )
    except _Bad as bad:
        field = bad.field or id_key
        error = record_error(source, bad.problem, field)
        return Record(index, source, None, "error", error, default_id=default_id)
    label = _labelled(source, ident)
    article_id = default_id if ident is None else ident

    problem: _Bad | None = None
    title = None
    title_key, raw_title = _pick(rec, opts.title_field, TITLE_FIELDS)
    if raw_title is _ABSENT:
        if opts.title_field is not None:
            missing.append(opts.title_field)
            warnings.append(record_error(label, "field is missing; no title", opts.title_field))
    else:
        used.add(title_key)
        title = _coerce_title(raw_title, title_key, label, warnings)

    published = None
    date_key, raw_date = _pick(rec, opts.date_field, DATE_FIELDS)
    if raw_date is _ABSENT:
        if opts.date_field is not None:
            # as a date that is there but cannot be read: no date, and a warning
            missing.append(opts.date_field)
            warnings.append(
                record_error(label, "field is missing; date left empty", opts.date_field)
            )
    else:
        used.add(date_key)
        published = _coerce_date(raw_date, date_key, label, warnings)

    text = ""
    is_null = False
    text_key, raw_text = _pick(rec, opts.text_field, TEXT_FIELDS)
    if raw_text is _ABSENT:
        if problem is None:
            looked = (
                repr(opts.text_field)
                if opts.text_field is not None
                else "any of " + ", ".join(TEXT_FIELDS)
            )
            problem = _Bad(
                f"no text field (looked for {looked}; found {_keys(rec)}); "
                "name it with text_field=",
                opts.text_field or "text",
            )
    else:
        used.add(text_key)
        try:
            text, is_null = _coerce_text(raw_text, opts.encoding)
        except _Bad as bad:
            if problem is None:
                problem = _Bad(bad.problem, text_key)

    meta = {key: value for key, value in rec.items() if key not in used}
    article = Article(text=text, id=article_id, title=title, date=published, meta=meta)
    gone = tuple(missing)
    if problem is not None:
        error = record_error(label, problem.problem, problem.field)
        return Record(index, source, article, "error", error, _join(warnings), default_id, gone)
    status = _text_status(article, label, text_key or "text", warnings, is_null=is_null)
    return Record(index, source, article, status, None, _join(warnings), default_id, gone)


def _text_status(
    article: Article, label: str, field: str, warnings: list[str], *, is_null: bool = False
) -> Status:
    """"ok", or "empty" (with a warning) for a record with neither text nor title."""
    if article.text.strip():
        return "ok"
    what = "is null" if is_null else "is empty or whitespace"
    if article.title and article.title.strip():
        # a headline is text: the record is analysed from its title alone
        warnings.append(record_error(label, f"text {what}; the title alone is analysed", field))
        return "ok"
    warnings.append(record_error(label, f"text {what}", field))
    return "empty"


def _from_article(
    item: Article, index: int, source: str, default_id: str, opts: _Options
) -> Record:
    warnings: list[str] = []
    ident = item.id
    if ident is not None and not isinstance(ident, str):
        ident = str(ident)
    label = _labelled(source, ident)
    published = _coerce_date(item.date, "date", label, warnings) if item.date is not None else None
    article = replace(item, id=ident if ident is not None else default_id, date=published)
    if not isinstance(item.text, str):
        problem = f"expected a string, got {_type_name(item.text)} {_short(item.text)}"
        article = replace(article, text="")
        error = record_error(label, problem, "text")
        return Record(index, source, article, "error", error, _join(warnings), default_id)
    if article.title is not None and not isinstance(article.title, str):
        warnings.append(
            record_error(label, f"expected a string, got {_type_name(article.title)}", "title")
        )
        article = replace(article, title=None)
    status = _text_status(article, label, "text", warnings)
    return Record(index, source, article, status, None, _join(warnings), default_id)


def _join(warnings: list[str]) -> str | None:
    return "; ".join(warnings) if warnings else None


def _convert(raw: _Raw, index: int, opts: _Options) -> Record:
    # A record without an id is named by where it is: "news.jsonl:12", "row 5", "item 3";
    # never a bare position, which another record's own id ("5") could hold.
    default_id = raw.default_id if raw.default_id is not None else raw.source
    value = raw.value
    if isinstance(value, _Bad):
        # a .txt file names its article even when its bytes cannot be decoded
        article = None if raw.default_id is None else Article(text="", id=default_id)
        error = record_error(raw.source, value.problem, value.field)
        return Record(index, raw.source, article, "error", error, default_id=default_id)
    if isinstance(value, Mapping):
        return _from_mapping(value, index, raw.source, default_id, opts)
    if isinstance(value, Article):
        return _from_article(value, index, raw.source, default_id, opts)
    if isinstance(value, str):
        return _from_article(Article(text=value), index, raw.source, default_id, opts)
    problem = f"expected a str, dict or Article, got {type(value).__name__} {_short(value)}"
    error = record_error(raw.source, problem)
    return Record(index, raw.source, None, "error", error, default_id=default_id)


def _is_dataframe(obj: Any) -> bool:
    return type(obj).__name__ == "DataFrame" and type(obj).__module__.startswith("pandas")


# Every file ending read_articles reads, for telling a path from a text.
_FORMAT_ENDINGS = tuple(e for formats in FORMATS.values() for e in formats)


def looks_like_a_path(text: str) -> bool:
    """A str that names an existing file or folder, or has the look of a path: no white
    space, and a path separator or the ending of a format we read (``"news.jsonl"``)."""
    if len(text) > 4096 or "\n" in text or "\x00" in text or not text:
        return False  # texts, not paths
    if os.path.exists(text):
        return True
    if any(ch.isspace() for ch in text):
        return False
    name = text.lower().removesuffix(".gz")
    return "/" in text or os.sep in text or name.endswith(_FORMAT_ENDINGS)


def _check_path(path: Path, given: Any) -> Path:
    if not path.exists():
        hint = ""
        if isinstance(given, str):
            hint = "; a str source is read as a path (to analyse texts, pass a list: [text])"
        raise InputError(f"no such file or folder: {_short(str(given))}{hint}")
    kind = special_kind(path)
    if kind is not None:
        raise InputError(
            f"{_short(str(given))} is {kind}, not a regular file or folder; "
            "inputs are read more than once, so write it to a file first"
        )
    return path


def _plan(source: Any, fmt: str | None, encoding: str, first: int = 0) -> Iterator[_Raw]:
    """Validate ``source`` now; return a lazy iterator over its raw records."""
    if isinstance(source, str | os.PathLike):
        path = _check_path(Path(source), source)
        if path.is_dir():
            _dir_files(path, fmt)  # fail now on an empty folder
        else:
            _format_of(path, fmt)
        return _iter_path(path, fmt, encoding)
    if (
        isinstance(source, list | tuple)
        and source
        and all(isinstance(s, os.PathLike) for s in source)
    ):
        paths = [_check_path(Path(s), s) for s in source]
        for path in paths:
            if path.is_dir():
                _dir_files(path, fmt)
            else:
                _format_of(path, fmt)
        return (raw for path in paths for raw in _iter_path(path, fmt, encoding))
    if _is_dataframe(source):
        return _iter_dataframe(source, first)
    if isinstance(source, bytes | bytearray):
        raise InputError("read_articles got bytes; pass a path, a list of texts or records")
    if isinstance(source, Mapping | Article):
        kind = "dict" if isinstance(source, Mapping) else "Article"
        raise one_item("read_articles", "records", "record", got=f"a single {kind}")
    if isinstance(source, _stdio.IOBase):
        raise InputError("read_articles got an open file; pass its path instead")
    if not isinstance(source, Iterable):
        raise InputError(
            f"read_articles cannot read {type(source).__name__}; pass a path, a list of paths, "
            "a pandas DataFrame, or an iterable of str, dict or Article"
        )
    return _iter_items(source, first)


def _check_not_input(outputs: Iterable[str | os.PathLike[str]], source: Any) -> None:
    """Refuse to write an output that is one of the input files.

    Also through symbolic or hard links: opening such an output for writing would empty
    the input before it is read. (A folder source reads only ``.txt`` files, which no
    output format writes.)

    Raises
    ------
    InputError
        Naming the output and the input it would destroy.
    """
    if isinstance(source, str | os.PathLike):
        paths = [Path(source)]
    elif isinstance(source, list | tuple) and all(isinstance(s, os.PathLike) for s in source):
        paths = [Path(s) for s in source]
    else:
        return
    inputs = [p for p in paths if p.is_file()]
    for output in outputs:
        out = Path(output)
        for inp in inputs:
            if out.resolve() == inp.resolve() or (out.exists() and os.path.samefile(out, inp)):
                raise InputError(
                    f"output {str(out)!r} is the input {str(inp)!r}; writing it would destroy "
                    "the input. Choose another output path"
                )


# --------------------------------------------------------------------------------------------
# Public readers


def read_articles(
    source: Any,
    *,
    text_field: str | None = None,
    title_field: str | None = None,
    id_field: str | None = None,
    date_field: str | None = None,
    format: str | None = None,
    errors: str = "coerce",
    encoding: str = "utf-8",
    start: int = 0,
) -> Iterator[Record]:
    """Read articles from files, a DataFrame or an iterable, one :class:`Record` per record.

    Streams: JSONL, CSV and TSV are read line by line, parquet by record batches and
    DataFrames in slices, so memory does not grow with the input (a ``.json`` array is the
    exception: it is parsed whole). Bad records do not stop the stream; they come out with
    ``status="error"`` (see the module docstring for field names, ids and dates).

    Parameters
    ----------
    source : path, list of paths, DataFrame, or iterable of str, dict or Article
        A ``str`` or ``Path`` is a file (``.jsonl``, ``.jsonl.gz``, ``.json``, ``.csv``,
        ``.tsv``, ``.parquet``, ``.txt``) or a folder of ``.txt`` files (read recursively,
        sorted by relative name, which becomes the id). Several files: a list of ``Path``
        objects (a list of ``str`` is a list of texts).
    text_field, title_field, id_field, date_field : str, optional
        Field names; by default detected per record from the usual names.
    format : {"jsonl", "json", "csv", "tsv", "parquet", "txt"}, optional
        Overrides the format implied by the file name (a ``.gz`` name still means gzip).
    errors : {"coerce", "raise"}, default "coerce"
        ``"coerce"`` yields bad records with ``status="error"``; ``"raise"`` raises
        :class:`~newsanalytics.RecordError` (an :class:`~newsanalytics.InputError`) with the
        same message at the first one.
    encoding : str, default "utf-8"
        Encoding of text files; undecodable bytes make only their own record an error. A
        byte-order mark at the start of a file (UTF-8, UTF-16, UTF-32) overrides it, so
        UTF-16 files with a mark read as they are.
    start : int, default 0
        Position of the first record in a larger input: records (and default ids, and the
        ``row``/``item`` numbers in messages) are numbered from here. Used when one
        partition of a DataFrame is read on its own (Dask), so results match a whole read.

    Returns
    -------
    iterator of Record
        Exactly one per input record, in input order.

    Raises
    ------
    InputError
        At call time for a missing path, an unknown format or bad arguments; during
        iteration for a bad record when ``errors="raise"``.
    MissingDependencyError
        For parquet files when pyarrow (the ``parquet`` extra) is not installed.

    Examples
    --------
    >>> records = list(read_articles([
    ...     {"id": "a", "headline": "Kerry in Guatemala", "body": "Kerry met Jaua.",
    ...      "date": "26-FEB-1987 15:38:26.23"},
    ...     {"id": "b", "body": 42},
    ... ]))
    >>> records[0].article.title, records[0].article.date.year
    ('Kerry in Guatemala', 1987)
    >>> records[1].status, records[1].error
    ('error', "record item 1 (id 'b'), field 'body': expected a string, got a number 42")
    """
    if errors not in ERRORS:
        raise InputError(f"errors must be one of {', '.join(map(repr, ERRORS))}, got {errors!r}")
    if format is not None and format not in FORMATS:
        raise InputError(f"format must be one of {', '.join(map(repr, FORMATS))}, got {format!r}")
    text_encoding(encoding)
    for name, value in (
        ("text_field", text_field),
        ("title_field", title_field),
        ("id_field", id_field),
        ("date_field", date_field),
    ):
        if value is not None and not isinstance(value, str):
            raise InputError(f"{name} must be a str, got {type(value).__name__}")
    opts = _Options(text_field, title_field, id_field, date_field, encoding)
    if not isinstance(start, int) or start < 0:
        raise InputError(f"start must be a non-negative integer, got {start!r}")
    raws = _plan(source, format, encoding, start)
    return _records(raws, opts, raise_errors=errors == "raise", start=start)


def _records(
    raws: Iterator[_Raw], opts: _Options, *, raise_errors: bool, start: int = 0
) -> Iterator[Record]:
    seen: dict[str, str] = {}  # id -> source of the record that first used it
    for index, raw in enumerate(raws, start):
        record = _convert(raw, index, opts)
        ident = record.id
        if ident is not None:
            first = seen.get(ident)
            if first is None:
                seen[ident] = record.source
            elif record.status != "error":
                problem = f"duplicate id {ident!r}, first used by record {first}"
                field = opts.id_field or "id"
                error = record_error(_labelled(record.source, ident), problem, field)
                record = replace(record, status="error", error=error)
        if raise_errors and record.status == "error":
            raise RecordError(record.error)
        yield record


class ArticleCorpus:
    """A re-iterable corpus: each iteration streams the source again from disk.

    Yields the :class:`~newsanalytics.Article` of every record with ``status == "ok"``;
    empty and bad records are skipped (use :meth:`records` to see them). Because
    ``__iter__`` reopens the source, multi-pass training (LDA, vocabulary building) never
    needs the corpus in memory.

    Parameters
    ----------
    source : path, list of paths, DataFrame, or re-iterable of str, dict or Article
        As for :func:`read_articles`; one-shot iterators are refused.
    text_field, title_field, id_field, date_field, format, encoding
        As for :func:`read_articles`.
    errors : {"coerce", "raise"}, default "coerce"
        ``"coerce"`` skips bad records (logging how many per pass); ``"raise"`` stops.

    Examples
    --------
    >>> from newsanalytics.io import ArticleCorpus, sample_path
    >>> corpus = ArticleCorpus(sample_path())
    >>> sum(1 for _ in corpus) == sum(1 for _ in corpus) > 1000
    True
    >>> next(iter(corpus.texts()))[:20]  # doctest: +SKIP
    'Health experts said '
    """

    def __init__(
        self,
        source: Any,
        *,
        text_field: str | None = None,
        title_field: str | None = None,
        id_field: str | None = None,
        date_field: str | None = None,
        format: str | None = None,
        errors: str = "coerce",
        encoding: str = "utf-8",
    ) -> None:
        if is_one_shot(source):
            raise InputError(MSG_ONE_SHOT.format(what="ArticleCorpus", kind=type(source).__name__))
        self.source = source
        self.text_field = text_field
        self.title_field = title_field
        self.id_field = id_field
        self.date_field = date_field
        self.format = format
        self.errors = errors
        self.encoding = encoding
        self.records()  # validate the source and arguments now, not in the first pass

    def records(self) -> Iterator[Record]:
        """Stream every record, including empty and bad ones (see :func:`read_articles`)."""
        return read_articles(
            self.source,
            text_field=self.text_field,
            title_field=self.title_field,
            id_field=self.id_field,
            date_field=self.date_field,
            format=self.format,
            errors=self.errors,
            encoding=self.encoding,
        )

    def __iter__(self) -> Iterator[Article]:
        skipped = 0
        for record in self.records():
            if record.status == "ok":
                yield record.article  # type: ignore[misc]
            else:
                skipped += 1
        if skipped:
            logger.info("ArticleCorpus skipped %d empty or bad records of %r", skipped, self)

    def texts(self) -> _Texts:
        """A re-iterable view of the ok articles' texts (for vectorizers and topic models);
        an article with a title and no text gives its title."""
        return _Texts(self)

    def __repr__(self) -> str:
        source = self.source if isinstance(self.source, str | os.PathLike) else type(self.source)
        return f"ArticleCorpus({_short(source)})"


class _Texts:
    """Re-iterable texts of an :class:`ArticleCorpus`."""

    def __init__(self, corpus: ArticleCorpus) -> None:
        self.corpus = corpus

    def __iter__(self) -> Iterator[str]:
        for article in self.corpus:
            # a record with a title and no text is its title (as analyze reads it)
            yield article.text if article.text.strip() else (article.title or "")

    def __repr__(self) -> str:
        return f"{self.corpus!r}.texts()"
