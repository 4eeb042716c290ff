"""The readers of :mod:`newsanalytics.io` (private): each source yields raw records lazily.

One generator per format (JSONL, JSON, CSV/TSV, parquet, .txt) and for DataFrames and
iterables; files are opened on the first ``next()``. A raw record is a mapping, an
:class:`~newsanalytics.Article`, a str, any other item, or :class:`_Bad` when it could not be
read; :mod:`newsanalytics.io` turns each into one :class:`~newsanalytics.io.Record`.
"""

from __future__ import annotations

import codecs
import contextvars
import csv
import gzip
import io as _stdio
import json
import os
import stat
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .exceptions import InputError, missing_extra
from .types import Article

#: format name -> file name endings that select it; a further ".gz" (gzip) is allowed on
#: all but parquet.
FORMATS: dict[str, tuple[str, ...]] = {
    "jsonl": (".jsonl", ".ndjson"),
    "json": (".json",),
    "csv": (".csv",),
    "tsv": (".tsv", ".tab"),
    "parquet": (".parquet", ".pq"),
    "txt": (".txt",),
}
_BATCH = 4096  # DataFrame rows / parquet rows converted at a time


class _Bad(Exception):
    """A record-level problem: which field (if any) and what is wrong."""

    def __init__(self, problem: str, field: str | None = None) -> None:
        super().__init__(problem)
        self.problem = problem
        self.field = field


# --------------------------------------------------------------------------------------------
# Sources: each yields _Raw items lazily; files are opened on first next()


@dataclass(frozen=True, slots=True)
class _Raw:
    source: str
    value: Any  # a Mapping, Article, str, any other item, or _Bad when unreadable
    default_id: str | None = None
    from_file: bool = False  # a record of a file is named by its source ("x.jsonl:3")


class ByteMeter:
    """Counts the bytes of input files read so far, for a progress bar with a total."""

    def __init__(self) -> None:
        self.value = 0

    def add(self, n: int) -> None:
        self.value += n


#: The meter the readers count into while a pipeline run shows its progress (or None).
METER: contextvars.ContextVar[ByteMeter | None] = contextvars.ContextVar(
    "newsanalytics_byte_meter", default=None
)


class _CountingRaw(_stdio.RawIOBase):
    """A raw file that adds the bytes read from it to a :class:`ByteMeter`."""

    def __init__(self, raw: Any, meter: ByteMeter) -> None:
        self._raw, self._meter = raw, meter

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int | None:
        n = self._raw.readinto(buffer)
        if n:
            self._meter.add(n)
        return n

    def close(self) -> None:
        self._raw.close()
        super().close()


def _open_binary(path: Path, *, counted: bool = True) -> _stdio.BufferedIOBase:
    # By name, not by magic bytes: a plain file must read the same whatever its first bytes.
    gz = path.name.lower().endswith(".gz")
    meter = METER.get() if counted else None
    if meter is None:
        if gz:
            return gzip.open(path, "rb")  # type: ignore[return-value]
        return open(path, "rb")  # noqa: SIM115 - the caller closes it
    # Count the bytes of the file itself (compressed ones for .gz), as its size is the total.
    fh = _stdio.BufferedReader(_CountingRaw(open(path, "rb", buffering=0), meter))  # noqa: SIM115
    if not gz:
        return fh
    unzipped = gzip.GzipFile(fileobj=fh, mode="rb")
    unzipped.myfileobj = fh  # closed with it, as when GzipFile opens the file itself
    return unzipped  # type: ignore[return-value]


def _input_size(source: Any, fmt: str | None = None) -> int | None:
    """Total size in bytes of the files a path source names; None for other sources."""
    if isinstance(source, str | os.PathLike):
        paths = [Path(source)]
    elif isinstance(source, list | tuple) and source and all(
        isinstance(s, os.PathLike) for s in source
    ):
        paths = [Path(s) for s in source]
    else:
        return None
    total = 0
    try:
        for path in paths:
            if path.is_dir():
                total += sum(file.stat().st_size for file, _ in _dir_files(path, fmt))
            elif path.is_file():
                total += path.stat().st_size
    except OSError:  # a name too long for the file system, a file gone meanwhile: no size
        return None
    return total


# Byte-order marks decide a file's encoding, whatever encoding= says: a UTF-16 file read as
# UTF-8 would give nothing but errors. UTF-32 first: its little-endian mark starts with
# UTF-16's.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def text_encoding(encoding: Any) -> str:
    """``encoding`` if Python can decode text with it, else :class:`InputError` saying why.

    ``codecs.lookup`` alone accepts codecs that are not text encodings (``hex``, ``rot13``,
    ``zlib``), which fail only when the first file is read.
    """
    if not isinstance(encoding, str):
        raise InputError(f"encoding must be a str, got {type(encoding).__name__}")
    try:
        codecs.lookup(encoding)
        b"a".decode(encoding)
    except UnicodeError:
        pass  # a text encoding; "a" alone is no valid UTF-16
    except LookupError as exc:
        known = "not a text encoding" if "text encoding" in str(exc) else "unknown encoding"
        raise InputError(
            f"{known} {encoding!r}; name a text encoding such as utf-8, latin-1, cp1252 or "
            "utf-16"
        ) from None
    return encoding


_HEAD = 4096  # bytes looked at to tell a file's encoding


def _bom_encoding(head: bytes, encoding: str) -> str:
    """The encoding a file starting with ``head`` is read in.

    A byte-order mark decides; without one, text whose every other byte is NUL is UTF-16
    (little- or big-endian by where the NULs are) when ``encoding`` is UTF-16 or any
    encoding whose text has no NUL bytes (UTF-8, Latin-1, ...): read as UTF-8 such a file
    would give nothing but malformed records. Else ``encoding``.
    """
    for bom, name in _BOMS:
        if head.startswith(bom):
            return name
    name = codecs.lookup(encoding).name
    if name == "utf-16" or _ascii_lines(encoding):
        guess = _utf16_order(head)
        if guess is not None:
            return guess
    if name == "utf-16":
        return "utf-16-le"  # no mark and no sign of the order: the usual one
    return encoding


def _utf16_order(head: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" when ``head`` looks like UTF-16 text without a mark."""
    pairs = len(head) // 2
    if pairs < 2 or (len(head) % 2 and len(head) < _HEAD):
        return None  # a whole file of odd length is no UTF-16 text (b"!\0\n\0\n\0\n")
    even, odd = head[0 : 2 * pairs : 2], head[1 : 2 * pairs : 2]
    nul_even, nul_odd = even.count(0), odd.count(0)
    for order, nuls, others, chars in (
        ("utf-16-le", nul_odd, nul_even, even),
        ("utf-16-be", nul_even, nul_odd, odd),
    ):
        # ASCII characters with a NUL beside each: most of them visible ones ("{", "a",
        # ","), not a file of NULs and line breaks that happens to alternate, and at least
        # four of them (the smallest record, '{"a":1}', has seven): b"\x00\n\x00!" is two
        # UTF-8 lines, not the UTF-16 text "\n!"
        visible = sum(1 for b in chars if 0x21 <= b <= 0x7E)
        enough = visible >= max(4, 0.25 * pairs)
        if nuls >= 0.3 * pairs and others <= 0.02 * pairs and enough:
            return order
    return None


def _file_encoding(path: Path, encoding: str) -> str:
    try:
        with _open_binary(path, counted=False) as fh:
            head = fh.read(_HEAD)
    except _CORRUPT:
        return encoding  # the read proper reports the damage
    return _bom_encoding(head, encoding)


def _ascii_lines(encoding: str) -> bool:
    """Whether lines of ``encoding`` can be split on the byte ``\\n`` (UTF-8, Latin-1, ...)."""
    probe = '\n\r\t ,"{}[]:'
    try:
        return probe.encode(encoding) == probe.encode("ascii")
    except (UnicodeError, LookupError):
        return False


def _decode_whole(data: bytes, encoding: str) -> str:
    """Decode a whole file's bytes, honouring a byte-order mark (raises UnicodeDecodeError)."""
    return data.decode(_bom_encoding(data[:_HEAD], encoding))


def _strip_bom(raw: bytes) -> bytes:
    return raw[len(codecs.BOM_UTF8) :] if raw.startswith(codecs.BOM_UTF8) else raw


def _json_kind(value: Any) -> str:
    return {list: "an array", str: "a string", bool: "a boolean", type(None): "null"}.get(
        type(value), "a number"
    )


# Damaged gzip data: nothing after it can be read, so the file ends with one error record.
_CORRUPT = (EOFError, zlib.error, gzip.BadGzipFile)


def _corrupt(after: int, exc: BaseException) -> _Bad:
    return _Bad(f"damaged compressed data after line {after}; the rest of the file is lost: {exc}")


def _numbered(fh: _stdio.BufferedIOBase) -> Iterator[tuple[int, bytes]]:
    """1-based numbered lines of a binary file; damaged gzip data raises :class:`_Bad`."""
    lines = iter(fh)
    lineno = 0
    while True:
        try:
            raw = next(lines)
        except StopIteration:
            return
        except _CORRUPT as exc:
            raise _corrupt(lineno, exc) from None
        lineno += 1
        yield lineno, raw


def _transcoded(fh: _stdio.BufferedIOBase, encoding: str) -> Iterator[tuple[int, bytes]]:
    """Numbered lines of a file whose encoding is not ASCII-compatible (UTF-16, UTF-32),
    re-encoded as UTF-8; text that cannot be decoded ends the file with :class:`_Bad`."""
    text = _stdio.TextIOWrapper(fh, encoding=encoding, newline="\n")
    lineno = 0
    while True:
        try:
            line = text.readline()
        except UnicodeError as exc:
            problem = f"undecodable bytes (not valid {encoding}) after line {lineno}"
            reason = getattr(exc, "reason", exc)
            raise _Bad(f"{problem}; the rest of the file is lost: {reason}") from None
        except _CORRUPT as exc:
            raise _corrupt(lineno, exc) from None
        if not line:
            return
        lineno += 1
        yield lineno, line.encode("utf-8", "surrogatepass")


class _LineSource:
    """Numbered byte lines of a text file in an encoding they can be decoded with.

    A byte-order mark decides the encoding (see :data:`_BOMS`); lines of UTF-16 and UTF-32
    files are re-encoded to UTF-8 so every reader splits and decodes them the same way.
    """

    def __init__(self, path: Path, encoding: str) -> None:
        self.path = path
        found = _file_encoding(path, encoding)
        self._sig = found == "utf-8-sig"
        self._native = self._sig or _ascii_lines(found)
        self._found = found
        self.encoding = "utf-8" if self._sig or not self._native else found

    def __enter__(self) -> Iterator[tuple[int, bytes]]:
        self._fh = _open_binary(self.path)
        if not self._native:
            return _transcoded(self._fh, self._found)
        lines = _numbered(self._fh)
        return self._without_bom(lines) if self._sig else lines

    @staticmethod
    def _without_bom(lines: Iterator[tuple[int, bytes]]) -> Iterator[tuple[int, bytes]]:
        for lineno, raw in lines:
            yield lineno, _strip_bom(raw) if lineno == 1 else raw

    def __exit__(self, *exc: Any) -> None:
        self._fh.close()


def _iter_jsonl(path: Path, label: str, encoding: str) -> Iterator[_Raw]:
    lineno = 0
    source = _LineSource(path, encoding)
    with source as lines:
        try:
            for lineno, raw in lines:
                if raw.strip():  # blank lines are not records
                    yield _Raw(f"{label}:{lineno}", _json_line(raw, source.encoding))
        except _Bad as bad:
            yield _Raw(f"{label}:{lineno + 1}", bad)


def _json_line(raw: bytes, encoding: str) -> dict[str, Any] | _Bad:
    try:
        line = raw.decode(encoding)
    except UnicodeDecodeError as exc:
        return _Bad(f"undecodable bytes (not valid {encoding}) at byte {exc.start}")
    try:
        value = json.loads(line)
    except json.JSONDecodeError as exc:
        return _Bad(f"malformed JSON: {exc.msg} at column {exc.colno}")
    except (ValueError, RecursionError) as exc:
        return _Bad(f"malformed JSON: {exc}")
    if not isinstance(value, dict):
        return _Bad(f"expected a JSON object, got {_json_kind(value)}")
    return value


def _iter_json(path: Path, label: str, encoding: str) -> Iterator[_Raw]:
    # A JSON array cannot be streamed without a streaming parser; use JSONL for big data.
    try:
        with _open_binary(path) as fh:
            data = fh.read()
    except _CORRUPT as exc:
        yield _Raw(label, _corrupt(0, exc))
        return
    try:
        value = json.loads(_decode_whole(data, encoding))
    except UnicodeDecodeError as exc:
        problem = f"undecodable bytes (not valid {encoding}) at byte {exc.start}"
        yield _Raw(label, _Bad(problem))
        return
    except (ValueError, RecursionError) as exc:
        yield _Raw(label, _Bad(f"malformed JSON: {exc}"))
        return
    if isinstance(value, dict):
        yield _Raw(label, value)
    elif isinstance(value, list):
        for i, item in enumerate(value):
            if isinstance(item, dict):
                yield _Raw(f"{label}[{i}]", item)
            else:
                yield _Raw(f"{label}[{i}]", _Bad(f"expected a JSON object, got {_json_kind(item)}"))
    else:
        yield _Raw(label, _Bad(f"expected a JSON array of objects, got {_json_kind(value)}"))


_FIELD_LIMIT = 2**31 - 1  # texts of many MB must fit in one CSV field


class _CsvLines:
    """The decoded lines fed to :func:`csv.reader`, numbered, with the lines of the row being
    read kept so that a row the reader rejects can be read again from its second line."""

    def __init__(self, lines: Iterator[tuple[int, bytes]], encoding: str) -> None:
        self._lines = lines
        self._encoding = encoding
        self._again: list[tuple[int, str]] = []  # pushed back, last first
        self.row: list[tuple[int, str]] = []  # (line number, text) of the row being read
        self.bad: dict[int, int] = {}  # line number -> byte offset of undecodable bytes
        self.damage: _Bad | None = None
        self.last = 0  # number of the last line read from the file

    def __iter__(self) -> _CsvLines:
        return self

    def __next__(self) -> str:
        if self._again:
            item = self._again.pop()
        else:
            try:
                lineno, raw = next(self._lines)
            except _Bad as bad:
                self.damage = bad
                raise StopIteration from None
            self.last = lineno
            try:
                text = raw.decode(self._encoding)
            except UnicodeDecodeError as exc:
                self.bad[lineno] = exc.start
                text = raw.decode(self._encoding, errors="replace")
            item = (lineno, text)
        self.row.append(item)
        return item[1]

    def read_again(self, items: list[tuple[int, str]]) -> None:
        self._again.extend(reversed(items))


def _iter_csv(path: Path, label: str, encoding: str, delimiter: str) -> Iterator[_Raw]:
    if csv.field_size_limit() < _FIELD_LIMIT:
        csv.field_size_limit(_FIELD_LIMIT)
    source = _LineSource(path, encoding)
    encoding = source.encoding
    with source as numbered:
        lines = _CsvLines(numbered, encoding)
        # TSV as IANA text/tab-separated-values: no quoting, so a quote that opens a field
        # cannot swallow the lines after it; fields with tabs or newlines need CSV. Strict
        # mode makes a quote that is never closed (or closed mid-field) an error instead of
        # silently swallowing the records after it.
        quoting = csv.QUOTE_MINIMAL if delimiter == "," else csv.QUOTE_NONE
        reader = csv.reader(lines, delimiter=delimiter, quoting=quoting, strict=True)
        try:
            header = next(reader)
        except StopIteration:
            header = None
        except csv.Error as exc:
            yield _Raw(f"{label}:1", _Bad(f"malformed header row, the file cannot be read: {exc}"))
            header = None
        # A column named twice cannot be told apart: every row says so, naming it.
        twice = _named_twice(header or [], "the header row")
        while header is not None:
            lines.row = []
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                # Most often a quote opened and never closed: the row is the line it opened
                # on; the lines it swallowed are read again as rows of their own.
                (start, _), *swallowed = lines.row or [(lines.last + 1, "")]
                problem = f"malformed {delimiter!r}-separated row: {exc}"
                if swallowed and "end of data" in str(exc):
                    problem += " (a quote opened in this row is never closed)"
                yield _Raw(f"{label}:{start}", _Bad(problem))
                lines.read_again(swallowed)
                continue
            if not lines.row:
                break
            start, last = lines.row[0][0], lines.row[-1][0]
            source_label = f"{label}:{start}"
            broken = [n for n in range(start, last + 1) if n in lines.bad]
            if broken:
                problem = (
                    f"undecodable bytes (not valid {encoding}) in line {broken[0]} "
                    f"at byte {lines.bad[broken[0]]}"
                )
                yield _Raw(source_label, _Bad(problem))
            elif not row:
                continue  # blank line
            elif len(row) != len(header):
                problem = f"expected {len(header)} fields as in the header, got {len(row)}"
                yield _Raw(source_label, _Bad(problem))
            elif twice is not None:
                yield _Raw(source_label, twice)
            else:
                yield _Raw(source_label, dict(zip(header, row, strict=True)))
            for n in broken:
                del lines.bad[n]
        if lines.damage is not None:
            yield _Raw(f"{label}:{lines.last + 1}", lines.damage)


def header_fields(path: Path, fmt: str | None, encoding: str) -> list[str] | None:
    """The column names of a CSV/TSV header row or a parquet schema; None for other
    formats and for a file whose header cannot be read (its records report that)."""
    try:
        fmt = _format_of(path, fmt)
    except InputError:
        return None
    try:
        if fmt == "parquet":
            import pyarrow.parquet as pq

            return list(pq.read_schema(path).names)
        if fmt not in ("csv", "tsv"):
            return None
        source = _LineSource(path, encoding)
        with source as lines:
            first = next(lines, None)
        if first is None:
            return None
        text = first[1].decode(source.encoding)
        quoting = csv.QUOTE_MINIMAL if fmt == "csv" else csv.QUOTE_NONE
        row = next(csv.reader([text], delimiter="," if fmt == "csv" else "\t", quoting=quoting))
        return [name.strip("\r\n") for name in row]
    except Exception:  # noqa: BLE001 - a damaged file: its records say what is wrong
        return None


def _named_twice(names: list[str], where: str) -> _Bad | None:
    """The problem of a header that names a column more than once (None if none does)."""
    seen: dict[str, int] = {}
    for i, name in enumerate(names, 1):
        if name in seen:
            return _Bad(
                f"{where} names the column {name!r} twice (columns {seen[name]} and {i}), so "
                "its rows cannot be read unambiguously; rename one of them",
                name,
            )
        seen[name] = i
    return None


def _iter_parquet(path: Path, label: str) -> Iterator[_Raw]:
    """Rows of a parquet file, row group by row group.

    A file that cannot be opened (empty, not parquet, a damaged footer) is one error record;
    a row group that cannot be read (a damaged page) gives one error record for each of its
    rows not read yet (the footer says how many it holds), each naming the row group, and
    the next row group is read as usual.
    """
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise missing_extra("reading parquet files", "parquet") from None
    try:
        parquet = pq.ParquetFile(path)
        meta = parquet.metadata
        names = list(parquet.schema_arrow.names)
    except Exception as exc:  # noqa: BLE001 - pyarrow raises several kinds on damaged files
        yield _Raw(label, _Bad(f"unreadable parquet file: {_one_line(exc)}"))
        return
    meter = METER.get()
    size, total_rows = path.stat().st_size, max(meta.num_rows, 1)
    twice = _named_twice(names, "the file's schema")
    try:
        first = 0  # file row number of the row group's first row
        for group in range(meta.num_row_groups):
            n_rows = meta.row_group(group).num_rows
            if meter is not None:  # pyarrow reads the file itself: count by rows
                meter.add(size * n_rows // total_rows)
            index = first
            if twice is not None:
                for index in range(first, first + n_rows):
                    yield _Raw(f"{label} row {index}", twice)
                first += n_rows
                continue
            try:
                for batch in parquet.iter_batches(batch_size=_BATCH, row_groups=[group]):
                    for row in batch.to_pylist():
                        yield _Raw(f"{label} row {index}", row)
                        index += 1
            except Exception as exc:  # noqa: BLE001 - a damaged page, whatever pyarrow says
                problem = (
                    f"row group {group} (rows {first} to {first + n_rows - 1}) could not be "
                    f"read, this row is lost: {_one_line(exc)}"
                )
                for lost in range(index, max(first + n_rows, index + 1)):
                    yield _Raw(f"{label} row {lost}", _Bad(problem))
            first += n_rows
    finally:
        parquet.close()


def _one_line(exc: BaseException) -> str:
    # pyarrow's messages span lines; a record's error is one line
    return f"{type(exc).__name__}: {' '.join(str(exc).split())}"


def _read_txt(path: Path, source: str, ident: str, encoding: str) -> _Raw:
    try:
        with _open_binary(path) as fh:
            data = fh.read()
    except _CORRUPT as exc:
        return _Raw(source, _corrupt(0, exc), ident)
    try:
        text = _decode_whole(data, encoding)
    except UnicodeDecodeError as exc:
        problem = f"undecodable bytes (not valid {encoding}) at byte {exc.start}"
        return _Raw(source, _Bad(problem), ident)
    return _Raw(source, Article(text=text, id=ident, meta={"path": str(path)}), ident)


def _format_of(path: Path, fmt: str | None) -> str:
    if fmt is not None:
        return fmt
    name = path.name.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    for candidate, endings in FORMATS.items():
        if name.endswith(endings):
            return candidate
    allowed = ", ".join(e for endings in FORMATS.values() for e in endings)
    raise InputError(
        f"cannot tell the format of {str(path)!r} from its name; expected one of {allowed} "
        f"(optionally .gz), or pass format= one of {', '.join(FORMATS)}"
    )


def _dir_files(path: Path, fmt: str | None) -> list[tuple[Path, str]]:
    endings = FORMATS[fmt or "txt"]
    found = [
        (p, p.relative_to(path).as_posix())
        for p in path.rglob("*")
        if p.is_file() and p.name.lower().removesuffix(".gz").endswith(endings)
    ]
    if not found:
        raise InputError(
            f"folder {str(path)!r} holds no {'/'.join(endings)} files; pass a folder of .txt "
            "files, a file, or format= naming the files' format"
        )
    return sorted(found, key=lambda pair: pair[1])


def _iter_path(path: Path, fmt: str | None, encoding: str) -> Iterator[_Raw]:
    label = str(path)
    if path.is_dir():
        for file, rel in _dir_files(path, fmt):
            sub = _format_of(file, fmt)
            if sub == "txt":
                yield _read_txt(file, os.path.join(label, rel), rel, encoding)
            else:
                yield from _iter_file(file, sub, os.path.join(label, rel), encoding)
        return
    fmt = _format_of(path, fmt)
    if fmt == "txt":
        yield _read_txt(path, label, path.name, encoding)
    else:
        yield from _iter_file(path, fmt, label, encoding)


def _iter_file(path: Path, fmt: str, label: str, encoding: str) -> Iterator[_Raw]:
    if fmt == "jsonl":
        raws = _iter_jsonl(path, label, encoding)
    elif fmt == "json":
        raws = _iter_json(path, label, encoding)
    elif fmt in ("csv", "tsv"):
        raws = _iter_csv(path, label, encoding, "," if fmt == "csv" else "\t")
    else:
        raws = _iter_parquet(path, label)
    for raw in raws:
        yield _Raw(raw.source, raw.value, raw.default_id, True)


def _iter_dataframe(frame: Any, first: int = 0) -> Iterator[_Raw]:
    for start in range(0, len(frame), _BATCH):
        rows = frame.iloc[start : start + _BATCH].to_dict("records")
        for offset, row in enumerate(rows):
            yield _Raw(f"row {first + start + offset}", row)


def _iter_items(items: Iterable[Any], first: int = 0) -> Iterator[_Raw]:
    for i, item in enumerate(items, first):
        yield _Raw(f"item {i}", item)


def special_kind(path: Path) -> str | None:
    """What an existing path that is neither a regular file nor a folder is, else None."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return None
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"
