"""Fuzzing the readers and ``analyze``: arbitrary bytes and JSON shapes never escape as an
exception, and every input record comes out as exactly one row."""

from __future__ import annotations

import codecs
import contextlib
import csv
import io
import json
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import newsanalytics as na
from newsanalytics.pipeline import build_components

FUZZ = settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
# A byte-order mark makes a file another encoding, with other line breaks; files that start
# with one are read in that encoding (tested in test_hostile_input).
_MARKS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_BE)

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=40),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=12,
)
# Records with the usual field names, holding anything.
records = st.dictionaries(
    st.sampled_from(["id", "text", "title", "date", "body", "headline", "other"])
    | st.text(max_size=8),
    json_values,
    max_size=5,
)
texts = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60
)  # encodable as UTF-8


@pytest.fixture(scope="module")
def parts():
    return build_components()


def _analyze(source, parts):
    return na.analyze(
        source, model=parts.topic_model, extractor=parts.extractor, scorer=parts.scorer
    )


@contextlib.contextmanager
def _written(data: bytes, suffix: str) -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="na-fuzz-") as folder:
        path = Path(folder) / f"in{suffix}"
        path.write_bytes(data)
        yield path


# ------------------------------------------------------------------ JSONL
@FUZZ
@given(
    lines=st.lists(
        st.binary(max_size=60).filter(lambda b: b"\n" not in b)
        | records.map(lambda r: json.dumps(r).encode())
        | json_values.map(lambda v: json.dumps(v).encode()),
        max_size=8,
    )
)
def test_jsonl_of_arbitrary_lines_gives_one_row_per_non_blank_line(lines, parts):
    data = b"\n".join(lines)
    assume(not data.startswith(_MARKS))
    expected = sum(1 for line in data.split(b"\n") if line.strip())
    with _written(data, ".jsonl") as path:
        assert len(list(na.read_articles(path))) == expected
        assert len(_analyze(path, parts).articles) == expected


# ------------------------------------------------------------------ CSV
@FUZZ
@given(rows=st.lists(st.tuples(texts, texts), max_size=8))
def test_csv_written_by_a_csv_writer_gives_one_row_per_record(rows, parts):
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["id", "text"])
    writer.writerows(rows)
    with _written(buffer.getvalue().encode("utf-8"), ".csv") as path:
        read = list(na.read_articles(path))
        assert len(read) == len(rows)
        for rec, (_, text) in zip(read, rows, strict=True):
            if rec.status != "error":  # a repeated id is an error row of its own
                assert rec.article.text == text
        assert len(_analyze(path, parts).articles) == len(rows)


@FUZZ
@given(data=st.binary(max_size=300))
def test_arbitrary_bytes_as_csv_never_raise(data, parts):
    with _written(data, ".csv") as path:
        read = list(na.read_articles(path))
        assert all(r.status in ("ok", "empty", "error") for r in read)
        assert len(_analyze(path, parts).articles) == len(read)


# ------------------------------------------------------------------ parquet
@FUZZ
@given(data=st.binary(max_size=300))
def test_arbitrary_bytes_as_parquet_are_one_error_row(data, parts):
    with _written(data, ".parquet") as path:
        arts = _analyze(path, parts).articles
    assert len(arts) >= 1 and set(arts["status"]) <= {"ok", "empty", "error"}


@FUZZ
@given(
    rows=st.lists(
        st.fixed_dictionaries(
            {"id": st.none() | st.text(max_size=8), "text": st.none() | texts},
            optional={"date": st.none() | st.text(max_size=20)},
        ),
        min_size=1,
        max_size=8,
    )
)
def test_parquet_tables_give_one_row_per_table_row(rows, parts):
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    with _written(b"", ".parquet") as path:
        pq.write_table(pa.Table.from_pylist(rows), path, row_group_size=3)
        assert len(_analyze(path, parts).articles) == len(rows)


# ------------------------------------------------------------------ analyze
@FUZZ
@given(items=st.lists(records | json_values | texts, max_size=8))
def test_analyze_gives_one_row_per_item_of_any_shape(items, parts):
    assume(not any(isinstance(i, str) and i and Path(i).exists() for i in items))
    res = _analyze(items, parts)
    assert len(res.articles) == len(items)
    assert set(res.articles["status"]) <= {"ok", "empty", "error"}
