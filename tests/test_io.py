"""Readers lose nothing: one Record per input record, in order, with clear errors."""

from __future__ import annotations

import csv
import gzip
import itertools
import json
import sys
import tempfile
import tracemalloc
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsanalytics import Article, InputError, MissingDependencyError
from newsanalytics.io import (
    ArticleCorpus,
    Record,
    is_one_shot,
    parse_date,
    read_articles,
    sample_path,
)

UTC = timezone.utc


def write_jsonl(path: Path, rows: list) -> Path:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


def read(source, **kwargs) -> list[Record]:
    return list(read_articles(source, **kwargs))


# --------------------------------------------------------------------------------------------
# The shared datasets load with the right record counts


@pytest.fixture(scope="module")
def reuters(data_file) -> list[Record]:
    return read(data_file("reuters21578/reuters21578.jsonl.gz"))


def test_bbc_news_loads_all_2225_articles(data_file):
    records = read(data_file("bbc_news/bbc_news.jsonl"))
    assert len(records) == 2225
    assert {r.status for r in records} == {"ok"}
    assert all(r.article.title and r.article.meta["category"] for r in records)


def test_reuters_loads_all_21578_records(reuters):
    assert len(reuters) == 21578
    assert [r.index for r in reuters] == list(range(21578))


def test_reuters_bodiless_briefs_are_analysed_from_their_headline(reuters):
    statuses = {r.status for r in reuters}
    assert statuses == {"ok", "empty"}
    briefs = [r for r in reuters if not r.article.text.strip()]
    headed = [r for r in briefs if r.article.title and r.article.title.strip()]
    # a brief with a headline is text (analysed from its title), one without is empty
    assert headed and all(r.status == "ok" for r in headed)
    assert all("the title alone is analysed" in r.warning for r in headed)
    assert all(r.status == "empty" for r in briefs if r not in headed)
    assert all(r.article.text.strip() or r in briefs for r in reuters if r.status == "ok")


def test_reuters_ids_and_titles_come_from_the_records(reuters, data_file):
    with gzip.open(data_file("reuters21578/reuters21578.jsonl.gz"), "rt") as fh:
        first = json.loads(fh.readline())
    assert reuters[0].id == str(first["newid"])
    assert reuters[0].article.title == first["title"]
    assert reuters[0].article.meta["topics"] == first["topics"]
    assert len({r.id for r in reuters}) == len(reuters)


def test_reuters_dates_parse_for_nearly_all_records(reuters):
    dates = [r.article.date for r in reuters if r.article.date is not None]
    assert len(dates) >= 0.999 * len(reuters)
    assert all(d.tzinfo is UTC and d.year == 1987 for d in dates)
    undated = [r for r in reuters if r.article.date is None]
    assert all("field 'date'" in r.warning and r.status != "error" for r in undated)


def test_huffpost_loads_10000_with_headline_as_title(data_file):
    path = data_file("huffpost_sample/news_category_sample.jsonl")
    records = read(path)
    first = json.loads(path.open(encoding="utf-8").readline())
    assert len(records) == 10000
    assert {r.status for r in records} == {"ok"}
    assert records[0].article.title == first["headline"]
    assert records[0].article.text == first["short_description"]
    assert set(records[0].article.meta) == {"category", "authors", "link"}
    assert all(2018 <= r.article.date.year <= 2022 for r in records)


def test_newsmtsc_train_loads_7758_sentences_with_explicit_fields(data_file):
    path = data_file("newsmtsc/train.jsonl")
    records = read(path, text_field="sentence_normalized", id_field="primary_gid")
    first = json.loads(path.open(encoding="utf-8").readline())
    assert len(records) == 7758
    assert {r.status for r in records} == {"ok"}
    assert records[0].id == first["primary_gid"]
    assert records[0].article.meta["targets"] == first["targets"]


def test_seed_folder_reads_as_one_article_per_txt_file(shared_data, seed_text):
    records = read(shared_data / "seed")
    assert [r.id for r in records] == ["000_6671fced28da8be4.txt"]
    assert records[0].article.text == seed_text


def test_bundled_sample_loads_and_is_small():
    path = sample_path()
    records = read(path)
    assert path.stat().st_size < 1_000_000
    assert 1000 <= len(records) <= 2000
    assert {r.status for r in records} == {"ok"}
    assert {r.article.date.year for r in records} == {2018, 2019, 2020, 2021, 2022}
    assert all(r.id.startswith("huffpost-") for r in records)


# --------------------------------------------------------------------------------------------
# One record per input record, in order


def test_jsonl_records_keep_input_order_and_line_numbers(tmp_path):
    path = write_jsonl(tmp_path / "a.jsonl", [{"text": f"story {i}"} for i in range(5)])
    records = read(path)
    assert [r.article.text for r in records] == [f"story {i}" for i in range(5)]
    assert [r.index for r in records] == list(range(5))
    assert records[2].source == f"{path}:3"


def test_blank_lines_are_not_records_but_count_for_line_numbers(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text('{"text": "one"}\n\n   \n{"text": "two"}\n', encoding="utf-8")
    records = read(path)
    assert [r.article.text for r in records] == ["one", "two"]
    assert records[1].source.endswith(":4")


def test_missing_ids_default_to_the_record_index(tmp_path):
    records = read([{"text": "a"}, {"text": "b", "id": 7}, {"text": "c"}])
    # named by position as "item N": a bare "0" could be another record's own id
    assert [r.id for r in records] == ["item 0", "7", "item 2"]


def test_other_fields_are_kept_in_meta():
    (record,) = read([{"id": "x", "text": "t", "category": "POLITICS", "tags": ["a"]}])
    assert record.article.meta == {"category": "POLITICS", "tags": ["a"]}


def test_headline_and_short_description_map_to_title_and_text():
    (record,) = read([{"headline": "H", "short_description": "S", "link": "L"}])
    assert (record.article.title, record.article.text) == ("H", "S")


def test_field_names_are_detected_case_insensitively():
    (record,) = read([{"Title": "T", "Body": "B", "ID": "i1", "Published": "2022-09-23"}])
    assert (record.article.title, record.article.text, record.id) == ("T", "B", "i1")
    assert record.article.date == datetime(2022, 9, 23, tzinfo=UTC)


def test_explicit_fields_override_detection():
    rec = {"text": "not this", "sentence_normalized": "this", "gid": "g1"}
    (record,) = read([rec], text_field="sentence_normalized", id_field="gid")
    assert (record.article.text, record.id) == ("this", "g1")
    assert record.article.meta == {"text": "not this"}


# --------------------------------------------------------------------------------------------
# Bad input: empty, error, and errors="raise"


@pytest.mark.parametrize("text", ["", "   ", "\n\t  \n"])
def test_empty_or_whitespace_text_is_status_empty(text):
    (record,) = read([{"id": "a", "text": text}])
    assert record.status == "empty"
    assert record.error is None and record.article.id == "a"


def test_null_text_is_status_empty():
    (record,) = read([{"id": "a", "body": None}])
    assert record.status == "empty"
    assert "null" in record.warning


@pytest.mark.parametrize("value", [42, 3.5, ["a", "list"], {"a": 1}, True])
def test_text_of_the_wrong_type_is_an_error_naming_record_and_field(value):
    (record,) = read([{"id": "a7", "body": value}])
    assert record.status == "error"
    assert "'a7'" in record.error and "field 'body'" in record.error
    assert record.article.id == "a7"  # the row still says which article it was


def test_missing_text_field_is_an_error_listing_the_names_tried():
    (record,) = read([{"id": "a", "headline": "only a title"}])
    assert record.status == "error"
    assert "no text field" in record.error and "short_description" in record.error
    assert record.article.title == "only a title"


def test_an_explicit_text_field_missing_from_a_record_is_an_error_naming_it():
    records = read([{"text": "t"}], text_field="nope")
    assert records[0].status == "error"
    assert "field 'nope'" in records[0].error


@pytest.mark.parametrize(
    ("field", "said"),
    [("title_field", "field is missing; no title"), ("id_field", "field is missing; using")],
)
def test_an_explicit_title_or_id_field_missing_is_a_warning_naming_it(field, said):
    (record,) = read([{"text": "t"}], **{field: "nope"})
    assert record.status == "ok" and record.error is None
    assert f"field 'nope': {said}" in record.warning
    assert record.missing == ("nope",)
    assert record.id == "item 0" and record.article.title is None


def test_a_missing_date_field_is_a_missing_date_with_a_warning():
    (record,) = read([{"text": "t"}], date_field="published")
    assert record.status == "ok" and record.article.date is None
    assert "field 'published': field is missing; date left empty" in record.warning
    assert record.missing == ("published",)


def test_malformed_json_line_is_an_error_and_the_file_continues(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text('{"text": "one"}\n{"text": "two",\n{"text": "three"}\n', encoding="utf-8")
    records = read(path)
    assert [r.status for r in records] == ["ok", "error", "ok"]
    assert records[1].error.startswith(f"record {path}:2: malformed JSON")
    assert records[1].article is None


@pytest.mark.parametrize("line", ['["a list"]', '"a string"', "42", "null"])
def test_json_line_that_is_not_an_object_is_an_error(tmp_path, line):
    path = tmp_path / "a.jsonl"
    path.write_text(f'{line}\n{{"text": "ok"}}\n', encoding="utf-8")
    records = read(path)
    assert [r.status for r in records] == ["error", "ok"]
    assert "expected a JSON object" in records[0].error and ":1" in records[0].error


def test_undecodable_bytes_spoil_only_their_own_line(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_bytes(b'{"text": "caf\xc3\xa9"}\n{"text": "caf\xe9"}\n{"text": "three"}\n')
    records = read(path)
    assert [r.status for r in records] == ["ok", "error", "ok"]
    assert records[0].article.text == "café"
    assert f"{path}:2" in records[1].error and "undecodable" in records[1].error


def test_other_encodings_can_be_named(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_bytes('{"text": "café"}\n'.encode("latin-1"))
    assert read(path, encoding="latin-1")[0].article.text == "café"


def test_items_that_are_not_records_are_errors():
    records = read(["a text", 42, None, {"text": "b"}])
    assert [r.status for r in records] == ["ok", "error", "error", "ok"]
    assert records[1].error.startswith("record item 1:")


def test_duplicate_ids_make_the_later_record_an_error_naming_both(tmp_path):
    path = write_jsonl(tmp_path / "a.jsonl", [{"id": "x", "text": "1"}, {"id": "x", "text": "2"}])
    first, second = read(path)
    assert first.status == "ok"
    assert second.status == "error"
    assert f"{path}:1" in second.error and f"{path}:2" in second.error and "'x'" in second.error


def test_errors_raise_raises_input_error_with_the_same_message():
    bad = [{"text": "fine"}, {"id": "b", "text": 5}]
    (coerced,) = [r for r in read(bad) if r.status == "error"]
    with pytest.raises(InputError) as excinfo:
        read(bad, errors="raise")
    assert str(excinfo.value) == coerced.error


def test_errors_raise_does_not_raise_on_empty_text():
    assert read([{"text": ""}], errors="raise")[0].status == "empty"


@pytest.mark.parametrize(
    "kwargs", [{"errors": "ignore"}, {"format": "xml"}, {"encoding": "no-such-codec"}]
)
def test_bad_arguments_are_refused_at_call_time(kwargs):
    with pytest.raises(InputError):
        read_articles([], **kwargs)


def test_a_bare_str_is_a_path_and_a_missing_one_says_how_to_pass_text():
    with pytest.raises(InputError, match=r"list"):
        read_articles("Kerry met Jaua in Guatemala.")


@pytest.mark.parametrize("source", [{"text": "a"}, Article("a"), b"bytes", 42])
def test_sources_that_are_not_collections_of_records_are_refused(source):
    with pytest.raises(InputError):
        read_articles(source)


def test_unknown_file_suffix_is_refused_unless_format_is_given(tmp_path):
    path = write_jsonl(tmp_path / "a.data", [{"text": "t"}])
    with pytest.raises(InputError, match="format="):
        read_articles(path)
    assert read(path, format="jsonl")[0].article.text == "t"


def test_very_long_texts_are_read_whole(tmp_path):
    text = "Kerry met Jaua. " * 400_000  # 6.4 MB
    path = write_jsonl(tmp_path / "a.jsonl", [{"text": text}, {"text": "short"}])
    records = read(path)
    assert records[0].article.text == text and records[1].article.text == "short"


# --------------------------------------------------------------------------------------------
# Dates


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2022-09-23", datetime(2022, 9, 23)),
        ("2022-09-23T15:38:26", datetime(2022, 9, 23, 15, 38, 26)),
        ("2022-09-23T15:38:26Z", datetime(2022, 9, 23, 15, 38, 26)),
        ("2022-09-23 15:38:26.5+02:00", datetime(2022, 9, 23, 13, 38, 26, 500000)),
        ("2022-09-23T15:38-0500", datetime(2022, 9, 23, 20, 38)),
        ("20220923", datetime(2022, 9, 23)),
        ("26-FEB-1987 15:38:26.23", datetime(1987, 2, 26, 15, 38, 26, 230000)),
        ("5-MAR-1987 09:12:14.05 RM", datetime(1987, 3, 5, 9, 12, 14, 50000)),
        ("1-Jan-96", datetime(1996, 1, 1)),
        ("1-Jan-05", datetime(2005, 1, 1)),
        ("26 February 1987", datetime(1987, 2, 26)),
        ("Tue, 26 Feb 1987 15:38:26 GMT", datetime(1987, 2, 26, 15, 38, 26)),
        ("Tue, 26 Feb 1987 15:38:26 -0500", datetime(1987, 2, 26, 20, 38, 26)),
        ("February 26, 1987", datetime(1987, 2, 26)),
        ("Thursday, Feb. 26, 1987 3:38 PM", datetime(1987, 2, 26, 15, 38)),
        ("1000000000", datetime(2001, 9, 9, 1, 46, 40)),
        (1_000_000_000, datetime(2001, 9, 9, 1, 46, 40)),
        (1_000_000_000.5, datetime(2001, 9, 9, 1, 46, 40, 500000)),
        (1_000_000_000_000, datetime(2001, 9, 9, 1, 46, 40)),
        (datetime(1987, 2, 26, 15, 38), datetime(1987, 2, 26, 15, 38)),
        (
            datetime(1987, 2, 26, 15, 38, tzinfo=timezone(timedelta(hours=-5))),
            datetime(1987, 2, 26, 20, 38),
        ),
        (date(1987, 2, 26), datetime(1987, 2, 26)),
        (pd.Timestamp("1987-02-26 15:38", tz="US/Eastern"), datetime(1987, 2, 26, 20, 38)),
    ],
)
def test_parse_date_reads_news_formats_to_utc(value, expected):
    parsed = parse_date(value)
    assert parsed == expected.replace(tzinfo=UTC)
    assert parsed.tzinfo is UTC


@pytest.mark.parametrize("value", [None, "", "  ", float("nan"), pd.NaT])
def test_parse_date_returns_none_for_missing_values(value):
    assert parse_date(value) is None


@pytest.mark.parametrize("value", ["31/31/99", "yesterday", "2022-13-01", "32-JAN-1987", [2022]])
def test_parse_date_raises_value_error_when_unparsable(value):
    with pytest.raises(ValueError):
        parse_date(value)


def test_unparsable_date_keeps_the_article_and_says_so():
    (record,) = read([{"id": "a", "text": "t", "date": "31/31/99"}])
    assert record.status == "ok"
    assert record.article.date is None
    assert "field 'date'" in record.warning and "31/31/99" in record.warning


# --------------------------------------------------------------------------------------------
# Formats and source kinds


def test_gzipped_jsonl_reads_like_plain_jsonl(tmp_path):
    rows = [{"id": str(i), "text": f"story {i}"} for i in range(3)]
    plain = write_jsonl(tmp_path / "a.jsonl", rows)
    packed = tmp_path / "a.jsonl.gz"
    packed.write_bytes(gzip.compress(plain.read_bytes()))
    assert [r.article for r in read(packed)] == [r.article for r in read(plain)]


def test_damaged_gzip_data_ends_the_file_with_one_error_record(tmp_path):
    data = gzip.compress(b"".join(b'{"text": "story %d"}\n' % i for i in range(2000)))
    path = tmp_path / "a.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    records = read(path)
    assert len(records) > 1 and all(r.status == "ok" for r in records[:-1])
    assert records[-1].status == "error" and "damaged compressed data" in records[-1].error


def test_tsv_keeps_quotes_as_text(tmp_path):
    path = tmp_path / "a.tsv"
    path.write_text('id\ttext\na\t"Quoted," he said.\nb\tnext\n', encoding="utf-8")
    assert [r.article.text for r in read(path)] == ['"Quoted," he said.', "next"]


def test_json_array_file(tmp_path):
    path = tmp_path / "a.json"
    path.write_text(json.dumps([{"text": "a"}, {"text": "b"}, 3]), encoding="utf-8")
    records = read(path)
    assert [r.status for r in records] == ["ok", "ok", "error"]
    assert records[2].source == f"{path}[2]"


def test_csv_with_quoted_newlines_reports_the_line_each_row_starts_on(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text('id,title,text\n1,A,"line one\nline two"\n2,B,plain\n', encoding="utf-8")
    records = read(path)
    assert [r.article.text for r in records] == ["line one\nline two", "plain"]
    assert [r.source for r in records] == [f"{path}:2", f"{path}:4"]


def test_csv_row_with_the_wrong_number_of_fields_is_an_error(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text("id,text\n1,fine\n2,too,many\n3,fine\n", encoding="utf-8")
    assert [r.status for r in read(path)] == ["ok", "error", "ok"]


def test_csv_undecodable_row_is_an_error_and_the_file_continues(tmp_path):
    path = tmp_path / "a.csv"
    path.write_bytes(b"id,text\n1,caf\xc3\xa9\n2,caf\xe9\n3,three\n")
    records = read(path)
    assert [r.status for r in records] == ["ok", "error", "ok"]
    assert "line 3" in records[1].error


def test_csv_fields_of_megabytes_are_read(tmp_path):
    text = "x" * 2_000_000
    path = tmp_path / "a.csv"
    pd.DataFrame({"text": [text, "b"]}).to_csv(path, index=False)
    assert read(path)[0].article.text == text


def test_tsv(tmp_path):
    path = tmp_path / "a.tsv"
    path.write_text("id\ttext\na\tone\nb\ttwo\n", encoding="utf-8")
    assert [(r.id, r.article.text) for r in read(path)] == [("a", "one"), ("b", "two")]


def test_parquet_streams_record_batches(tmp_path):
    frame = pd.DataFrame(
        {
            "id": [f"a{i}" for i in range(10_000)],
            "text": ["story"] * 10_000,
            "date": pd.date_range("2020-01-01", periods=10_000, freq="h"),
        }
    )
    path = tmp_path / "a.parquet"
    frame.to_parquet(path)
    records = read(path)
    assert [r.id for r in records] == list(frame["id"])
    assert records[-1].article.date == frame["date"].iloc[-1].to_pydatetime().replace(tzinfo=UTC)
    assert records[5000].source == f"{path} row 5000"


def test_parquet_without_pyarrow_names_the_extra(tmp_path, monkeypatch):
    path = tmp_path / "a.parquet"
    path.write_bytes(b"PAR1")
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    with pytest.raises(MissingDependencyError, match=r"newsanalytics\[parquet\]"):
        read(path)


def test_dataframe_rows_with_missing_values():
    frame = pd.DataFrame(
        {
            "text": ["a", None, "c"],
            "title": ["A", "B", None],
            "date": [pd.Timestamp("2022-09-23"), pd.NaT, pd.Timestamp("2022-09-24")],
        }
    )
    records = read(frame)
    # row 1 has no text but a title: it is analysed from its title
    assert [r.status for r in records] == ["ok", "ok", "ok"]
    assert "the title alone is analysed" in records[1].warning
    assert [r.source for r in records] == ["row 0", "row 1", "row 2"]
    assert [r.id for r in records] == ["row 0", "row 1", "row 2"]
    assert records[2].article.title is None
    assert records[0].article.date == datetime(2022, 9, 23, tzinfo=UTC)


def test_list_of_str_is_a_list_of_texts():
    records = read(["Kerry met Jaua.", "  "])
    assert [(r.id, r.status) for r in records] == [("item 0", "ok"), ("item 1", "empty")]


def test_articles_pass_through_and_get_default_ids():
    given_article = Article("Kerry met Jaua.", id="k1", date=datetime(1987, 2, 26))
    records = read([given_article, Article("No id.")])
    assert records[0].article.id == "k1"
    assert records[0].article.date == datetime(1987, 2, 26, tzinfo=UTC)
    assert records[1].article.id == "item 1"


def test_generators_are_read_once():
    assert len(read({"text": str(i)} for i in range(3))) == 3


def test_a_list_of_paths_is_read_in_order_with_one_index(tmp_path):
    a = write_jsonl(tmp_path / "a.jsonl", [{"text": "a0"}, {"text": "a1"}])
    b = tmp_path / "b.csv"
    b.write_text("text\nb0\n", encoding="utf-8")
    records = read([a, b])
    assert [r.article.text for r in records] == ["a0", "a1", "b0"]
    assert [r.index for r in records] == [0, 1, 2]
    # records of files without ids are named by file and line, which no position can equal
    assert [r.id for r in records] == [f"{a}:1", f"{a}:2", f"{b}:2"]


def test_folder_of_txt_files_is_sorted_with_relative_names_as_ids(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "b.txt").write_text("bee", encoding="utf-8")
    (tmp_path / "a.txt").write_text("ay", encoding="utf-8")
    (tmp_path / "sub" / "c.txt").write_text("sea", encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"caf\xe9")
    records = read(tmp_path)
    assert [r.id for r in records] == ["a.txt", "b.txt", "bad.txt", "sub/c.txt"]
    assert [r.status for r in records] == ["ok", "ok", "error", "ok"]


def test_empty_folder_is_refused(tmp_path):
    with pytest.raises(InputError, match="no .txt files"):
        read_articles(tmp_path)


# --------------------------------------------------------------------------------------------
# Re-iterable streaming corpus


def test_article_corpus_gives_the_same_articles_on_every_pass(tmp_path):
    path = write_jsonl(tmp_path / "a.jsonl", [{"text": f"s{i}"} for i in range(4)])
    corpus = ArticleCorpus(path)
    assert list(corpus) == list(corpus)
    assert list(corpus.texts()) == list(corpus.texts()) == ["s0", "s1", "s2", "s3"]


def test_article_corpus_reopens_the_file_on_each_pass(tmp_path):
    path = write_jsonl(tmp_path / "a.jsonl", [{"text": "first"}])
    corpus = ArticleCorpus(path)
    assert [a.text for a in corpus] == ["first"]
    write_jsonl(path, [{"text": "first"}, {"text": "second"}])
    assert [a.text for a in corpus] == ["first", "second"]


def test_article_corpus_yields_only_ok_articles_and_records_shows_all():
    corpus = ArticleCorpus([{"text": "a"}, {"text": ""}, {"text": 3}])
    assert [a.text for a in corpus] == ["a"]
    assert [r.status for r in corpus.records()] == ["ok", "empty", "error"]


def test_article_corpus_refuses_one_shot_input():
    with pytest.raises(InputError, match="one-shot"):
        ArticleCorpus(x for x in ["a", "b"])


def test_article_corpus_checks_the_path_up_front(tmp_path):
    with pytest.raises(InputError):
        ArticleCorpus(tmp_path / "missing.jsonl")


def test_reading_a_file_streams_instead_of_loading_it(tmp_path):
    path = write_jsonl(tmp_path / "a.jsonl", [{"text": "x" * 2000} for _ in range(2000)])
    tracemalloc.start()
    try:
        n = sum(1 for _ in ArticleCorpus(path))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert n == 2000
    assert peak < path.stat().st_size / 4


def test_iterables_are_pulled_lazily():
    endless = ({"text": f"story {i}"} for i in itertools.count())
    first = list(itertools.islice(read_articles(endless), 3))
    assert [r.article.text for r in first] == ["story 0", "story 1", "story 2"]


def test_is_one_shot_tells_iterators_from_collections(tmp_path):
    path = write_jsonl(tmp_path / "a.jsonl", [{"text": "a"}])
    assert is_one_shot(iter([1])) and is_one_shot(x for x in [1])
    assert not is_one_shot([1]) and not is_one_shot(ArticleCorpus(path))
    assert not is_one_shot(pd.DataFrame({"text": ["a"]}))


# --------------------------------------------------------------------------------------------
# Properties

texts = st.text(st.characters(codec=None), max_size=200)


@given(st.lists(st.one_of(texts, st.none(), st.integers()), max_size=20))
def test_any_text_values_give_exactly_one_record_each(values):
    records = read([{"text": value} for value in values])
    assert len(records) == len(values)
    assert all(r.status in ("ok", "empty", "error") for r in records)


@given(st.one_of(texts, st.from_regex(r"\d{1,2}[- ][A-Za-z]{3}[- ]\d{2,4}.*", fullmatch=True)))
def test_parse_date_gives_utc_or_value_error_for_any_string(value):
    try:
        parsed = parse_date(value)
    except ValueError:
        return
    assert parsed is None or parsed.tzinfo is UTC


@settings(suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.lists(texts, max_size=20))
def test_any_unicode_in_a_jsonl_file_gives_one_record_per_line(values):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "a.jsonl"
        lines = [json.dumps({"text": v}, ensure_ascii=False) for v in values]
        path.write_bytes("".join(line + "\n" for line in lines).encode("utf-8", "surrogatepass"))
        records = read(path)
    assert len(records) == len(values)
    for value, record in zip(values, records, strict=True):
        assert record.status == "error" or record.article.text == value


@settings(suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.lists(texts, max_size=20))
def test_any_unicode_in_a_csv_file_gives_one_record_per_row(values):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "a.csv"
        with path.open("w", encoding="utf-8", errors="surrogatepass", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(["id", "text"])
            writer.writerows([i, value] for i, value in enumerate(values))
        records = read(path)
    assert len(records) == len(values)
    for value, record in zip(values, records, strict=True):
        assert record.status == "error" or record.article.text == value


@settings(suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.lists(st.binary(min_size=1, max_size=60).filter(lambda b: b"\n" not in b), max_size=20))
def test_arbitrary_bytes_give_one_record_per_non_blank_line(lines):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "a.jsonl"
        path.write_bytes(b"".join(line + b"\n" for line in lines))
        records = read(path)
    assert len(records) == sum(1 for line in lines if line.strip())


def test_corpus_texts_of_a_title_only_record_are_its_title():
    corpus = ArticleCorpus([{"title": "Kerry meets the OAS", "text": ""}, {"text": "Obama spoke."}])
    assert list(corpus.texts()) == ["Kerry meets the OAS", "Obama spoke."]


def test_a_tiny_file_of_odd_length_is_not_taken_for_utf16(tmp_path):
    """b'!\\0\\n\\0\\n\\0\\n' (7 bytes) was read as UTF-16 and gave 1 record for 3 lines."""
    from newsanalytics.io import read_articles

    path = tmp_path / "a.jsonl"
    path.write_bytes(b"!\x00\n\x00\n\x00\n")
    assert len(list(read_articles(path))) == 3


def test_a_tiny_file_with_fewer_than_four_visible_characters_is_not_taken_for_utf16(tmp_path):
    """b'\\0\\n\\0!' (4 bytes, found by the fuzz test) was read as the UTF-16 text '\\n!' and
    gave 1 record for 2 lines; a UTF-16 file without a BOM still is read as UTF-16."""
    from newsanalytics.io import read_articles

    path = tmp_path / "a.jsonl"
    path.write_bytes(b"\x00\n\x00!")
    assert len(list(read_articles(path))) == 2
    path.write_bytes('{"text": "Obama spoke."}\n{"text": "Kerry met."}\n'.encode("utf-16-le"))
    assert [r.article.text for r in read_articles(path)] == ["Obama spoke.", "Kerry met."]
