"""Hostile and unlucky input (issue 16): the input is sacred, records are kept apart."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pandas as pd
import pytest

import newsanalytics as na
from newsanalytics.cli import main

_RECORDS = [{"id": f"r{i}", "text": "John Kerry praised the OAS."} for i in range(3)]


def _write_input(path: Path) -> bytes:
    data = "".join(json.dumps(r) + "\n" for r in _RECORDS).encode()
    path.write_bytes(data)
    return data


# ------------------------------------------------------------------ the input is sacred
def _same_file_outputs(tmp_path: Path) -> dict[str, Path]:
    src = tmp_path / "same.jsonl"
    symlink = tmp_path / "link.jsonl"
    symlink.symlink_to(src)
    hardlink = tmp_path / "hard.jsonl"
    _write_input(src)
    os.link(src, hardlink)
    (tmp_path / "sub").mkdir()
    return {
        "same path": src,
        "symbolic link": symlink,
        "hard link": hardlink,
        "through ..": tmp_path / "sub" / ".." / "same.jsonl",
    }


@pytest.mark.parametrize("how", ["same path", "symbolic link", "hard link", "through .."])
def test_cli_refuses_an_output_that_is_the_input(tmp_path, how, capsys):
    out = _same_file_outputs(tmp_path)[how]
    src = tmp_path / "same.jsonl"
    before = src.read_bytes()
    assert main(["-q", "analyze", str(src), "-o", str(out)]) == 2
    assert src.read_bytes() == before
    assert "is the input" in capsys.readouterr().err


def test_cli_refuses_a_csv_output_whose_side_tables_overwrite_the_input(tmp_path):
    src = tmp_path / "o.actors.csv"
    src.write_text('id,text\n1,"John Kerry praised the OAS."\n')
    before = src.read_bytes()
    assert main(["-q", "analyze", str(src), "-o", str(tmp_path / "o.csv")]) == 2
    assert src.read_bytes() == before


def test_cli_report_and_track_refuse_to_overwrite_their_input(tmp_path):
    src = tmp_path / "in.jsonl"
    before = _write_input(src)
    assert main(["-q", "report", str(src), "-o", str(src)]) == 2
    assert main(["-q", "track", str(src), "-o", str(src)]) == 2
    assert src.read_bytes() == before


def test_analyze_to_refuses_an_output_that_is_the_input(tmp_path):
    src = tmp_path / "x.jsonl"
    before = _write_input(src)
    with pytest.raises(na.InputError, match="is the input"):
        na.analyze_to(Path(src), str(src))
    with pytest.raises(na.InputError, match="is the input"):
        na.analyze_to([Path(src)], tmp_path / "sub" / ".." / "x.jsonl", resume=True)
    assert src.read_bytes() == before


# ------------------------------------------------------------------ ids never merge rows
def _numbered_jsonl(path: Path, broken_line: int | None = None) -> None:
    lines = [
        json.dumps({"id": i, "text": f"John Kerry praised the OAS in story {i}."})
        for i in range(1, 6)
    ]
    if broken_line is not None:
        lines[broken_line - 1] = '{"id": 3, "text": "broken'
    path.write_text("\n".join(lines) + "\n")


def test_a_broken_line_never_takes_the_results_of_a_real_record(tmp_path):
    src = tmp_path / "in.jsonl"
    _numbered_jsonl(src, broken_line=3)
    arts = na.analyze(src).articles
    assert list(arts["status"]) == ["ok", "ok", "error", "ok", "ok"]
    # the broken line's fallback id is its file and line, not a position another id can hold
    assert list(arts["id"]) == ["1", "2", f"{src}:3", "4", "5"]
    ok = arts[arts["status"] == "ok"]
    assert ok["tone"].notna().all() and (ok["n_mentions"] > 0).all()
    assert arts.loc[2, "n_mentions"] == 0 and pd.isna(arts.loc[2, "tone"])


def test_records_without_ids_in_a_file_are_named_by_file_and_line(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(
        '{"text": "John Kerry praised the OAS."}\n{"id": "in.jsonl:1", "text": "Obama spoke."}\n'
        '{"id": "0", "text": "Merkel spoke."}\n'
    )
    arts = na.analyze(src).articles
    assert list(arts["id"]) == [f"{src}:1", "in.jsonl:1", "0"]
    assert list(arts["status"]) == ["ok", "ok", "ok"]


def test_a_duplicate_id_stays_a_row_of_its_own_and_merges_nothing():
    records = [
        {"id": "a", "text": "John Kerry praised the OAS."},
        {"id": "a", "text": "Angela Merkel criticized Vladimir Putin."},
        {"id": "b", "text": "Barack Obama spoke."},
    ]
    res = na.analyze(records)
    arts = res.articles
    assert list(arts["id"]) == ["a", "a", "b"]
    assert list(arts["status"]) == ["ok", "error", "ok"]
    assert "duplicate id 'a'" in arts.loc[1, "error"]
    assert arts.loc[0, "tone"] > 0 and arts.loc[0, "n_mentions"] == 2
    assert set(res.actors.loc[res.actors["id"] == "a", "actor"]) == {
        "John Kerry",
        "Organization of American States",
    }


# ------------------------------------------------------------------ bounded cost per record
def test_a_flood_of_names_is_capped_per_sentence_with_a_warning():
    from newsanalytics.pipeline import MAX_MENTIONS_PER_SENTENCE

    flood = ", ".join(["Kerry"] * 300) + " met."
    res = na.analyze([flood, "John Kerry praised the OAS."])
    row = res.articles.loc[0]
    assert row["status"] == "ok"
    assert row["n_mentions"] == MAX_MENTIONS_PER_SENTENCE
    assert (
        f"236 of 300 actor mentions left out: at most {MAX_MENTIONS_PER_SENTENCE}" in row["warning"]
    )
    assert (res.mentions["id"] == "item 0").sum() == MAX_MENTIONS_PER_SENTENCE
    assert res.articles.loc[1, "n_mentions"] == 2 and pd.isna(res.articles.loc[1, "warning"])


def test_mentions_are_capped_per_article():
    from newsanalytics.pipeline import MAX_MENTIONS_PER_ARTICLE, MAX_MENTIONS_PER_SENTENCE

    n_sentences = MAX_MENTIONS_PER_ARTICLE // MAX_MENTIONS_PER_SENTENCE + 2
    sentence = ", ".join(["Kerry"] * MAX_MENTIONS_PER_SENTENCE) + " met."
    res = na.analyze([" ".join([sentence] * n_sentences)])
    assert res.articles.loc[0, "n_mentions"] == MAX_MENTIONS_PER_ARTICLE
    assert "per article are scored" in res.articles.loc[0, "warning"]
    assert len(res.mentions) == MAX_MENTIONS_PER_ARTICLE


def test_a_sentence_text_is_stored_once_not_once_per_mention():
    texts = ["John Kerry met Elias Jaua and Nicolas Maduro.", "Obama met Merkel. Obama left."]
    res = na.analyze(texts, batch_size=1)
    column = res.mentions["sentence_text"]
    assert isinstance(column.dtype, pd.CategoricalDtype)  # across batches too
    assert len(column.cat.categories) == 3 < len(column)
    assert list(column.astype(str)[:3]) == [texts[0]] * 3


class _FailingScorer:
    """A scorer that runs out of memory on one sentence, as pyarrow did on a name flood."""

    method = "custom"

    def score(self, targets):
        pa = pytest.importorskip("pyarrow")
        if any("BOOM" in sentence for sentence, _, _ in targets):
            raise pa.lib.ArrowMemoryError("malloc of size 4294967296 failed")
        return [0.0] * len(targets)


def test_a_failure_inside_one_record_is_that_records_error_row_only():
    texts = ["John Kerry praised the OAS.", "BOOM said Barack Obama.", "Angela Merkel spoke."]
    res = na.analyze(texts, scorer=_FailingScorer(), batch_size=8)
    arts = res.articles
    assert list(arts["status"]) == ["ok", "error", "ok"]
    assert "ArrowMemoryError" in arts.loc[1, "error"] and "item 1" in arts.loc[1, "error"]
    assert set(res.mentions["id"]) == {"item 0", "item 2"}
    assert list(arts["n_mentions"]) == [2, 0, 1]


# ------------------------------------------------------------------ unreadable parquet
def _parquet(path: Path, n: int = 10, row_group_size: int = 4) -> Path:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    table = pa.table(
        {
            "id": [f"p{i}" for i in range(n)],
            "text": [f"John Kerry praised the OAS in story {i}. " * 5 for i in range(n)],
        }
    )
    pq.write_table(table, path, row_group_size=row_group_size, compression="snappy")
    return path


def _damage_row_group(path: Path, group: int) -> None:
    import pyarrow.parquet as pq

    column = pq.ParquetFile(path).metadata.row_group(group).column(1)
    data = bytearray(path.read_bytes())
    start = column.data_page_offset
    data[start : start + column.total_compressed_size // 3] = b"\x07" * (
        column.total_compressed_size // 3
    )
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("content", [b"", b"PAR1 this is not parquet at all", b"\x00" * 64])
def test_an_unreadable_parquet_file_is_an_error_row_and_the_rest_goes_on(tmp_path, content):
    good = tmp_path / "good.jsonl"
    _write_input(good)
    bad = tmp_path / "bad.parquet"
    bad.write_bytes(content)
    arts = na.analyze([good, bad, _parquet(tmp_path / "fine.parquet", n=2)]).articles
    assert list(arts["status"]) == ["ok"] * 3 + ["error"] + ["ok"] * 2
    assert f"record {bad}: unreadable parquet file" in arts.loc[3, "error"]


def test_a_damaged_row_group_is_one_error_row_per_record_it_held(tmp_path):
    path = _parquet(tmp_path / "damaged.parquet", n=10, row_group_size=4)
    _damage_row_group(path, 1)
    arts = na.analyze(path).articles
    # one row per input record, also for the 4 records of the damaged row group
    assert len(arts) == 10
    assert list(arts["id"][:4]) == ["p0", "p1", "p2", "p3"]
    assert list(arts["id"][4:8]) == [f"{path} row {i}" for i in range(4, 8)]
    assert list(arts["id"][8:]) == ["p8", "p9"]
    assert list(arts["status"]) == ["ok"] * 4 + ["error"] * 4 + ["ok"] * 2
    for i in range(4, 8):
        assert (
            f"record {path} row {i}: row group 1 (rows 4 to 7) could not be read"
            in (arts.loc[i, "error"])
        )
        assert "\n" not in arts.loc[i, "error"]


@pytest.mark.parametrize("command", ["analyze", "report"])
def test_cli_keeps_the_good_inputs_beside_a_corrupt_parquet(tmp_path, command, capsys):
    good = tmp_path / "good.jsonl"
    _write_input(good)
    bad = tmp_path / "bad.parquet"
    bad.write_bytes(b"")
    out = tmp_path / ("o.jsonl" if command == "analyze" else "o.html")
    assert main(["-q", command, str(good), str(bad), "-o", str(out)]) == 1
    if command == "analyze":
        rows = [json.loads(line) for line in out.read_text().splitlines()]
        assert [r["status"] for r in rows] == ["ok", "ok", "ok", "error"]
    else:
        assert out.stat().st_size > 0


# ------------------------------------------------------------------ readers never corrupt
@pytest.mark.parametrize(
    ("value", "year"), [("0001-01-01T00:00:00Z", 1), ("0099-12-31", 99), ("00010101", 1)]
)
def test_four_digit_iso_years_are_taken_as_written(value, year):
    from newsanalytics.io import parse_date

    assert parse_date(value).year == year


def test_year_zero_is_no_date():
    from newsanalytics.io import parse_date

    with pytest.raises(ValueError, match="year 0"):
        parse_date("0000-01-01")


def test_dates_outside_what_pandas_holds_are_left_empty_with_a_warning():
    records = [
        {"id": "a", "text": "Kerry met Jaua.", "date": "0001-01-01T00:00:00Z"},
        {"id": "b", "text": "Kerry met Jaua.", "date": "0000-01-01"},
        {"id": "c", "text": "Kerry met Jaua.", "date": "2013-06-05"},
    ]
    arts = na.analyze(records).articles
    assert str(arts["date"].dtype) == "datetime64[ns, UTC]"
    assert list(arts["status"]) == ["ok", "ok", "ok"]
    assert arts["date"].isna().tolist() == [True, True, False]
    assert "0001-01-01" in arts.loc[0, "warning"] and "0000-01-01" in arts.loc[1, "warning"]


def test_an_unterminated_csv_quote_does_not_swallow_the_next_record(tmp_path):
    path = tmp_path / "in.csv"
    path.write_text('id,text\n1,"Kerry met Jaua.\n2,Obama spoke.\n3,Merkel spoke.\n')
    records = list(na.read_articles(path))
    assert [(r.id, r.status) for r in records] == [(f"{path}:2", "error"), ("2", "ok"), ("3", "ok")]
    assert "never closed" in records[0].error
    assert records[1].article.text == "Obama spoke."


def test_a_quote_closed_mid_field_is_an_error_and_the_lines_it_swallowed_are_read(tmp_path):
    path = tmp_path / "in.csv"
    path.write_text('id,text\n1,"Kerry met\n2,Jaua" here\n3,"Obama, spoke."\n')
    records = list(na.read_articles(path))
    assert [r.status for r in records] == ["error", "ok", "ok"]
    assert [r.source for r in records] == [f"{path}:2", f"{path}:3", f"{path}:4"]
    assert records[2].article.text == "Obama, spoke."


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32", "utf-8-sig"])
@pytest.mark.parametrize("suffix", [".jsonl", ".csv", ".json", ".txt"])
def test_files_with_a_byte_order_mark_are_read_in_its_encoding(tmp_path, encoding, suffix):
    texts = ["Kerry met Jaua in Guatemala.", "Obama and Señor Pérez spoke."]
    if suffix == ".jsonl":
        content = "".join(json.dumps({"text": t}, ensure_ascii=False) + "\n" for t in texts)
    elif suffix == ".csv":
        content = "text\n" + "".join(f'"{t}"\n' for t in texts)
    elif suffix == ".json":
        content = json.dumps([{"text": t} for t in texts], ensure_ascii=False)
    else:
        texts = texts[:1]
        content = texts[0]
    data = content.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data  # the big-endian codec writes no mark of its own
    path = tmp_path / f"in{suffix}"
    path.write_bytes(data)
    records = list(na.read_articles(path))  # default encoding: utf-8
    assert [r.status for r in records] == ["ok"] * len(texts)
    assert [r.article.text for r in records] == texts


def test_encoding_names_the_encoding_of_files_without_a_mark(tmp_path, capsys):
    path = tmp_path / "in.jsonl"
    path.write_bytes('{"id": "a", "text": "Señor Pérez met Kerry."}\n'.encode("latin-1"))
    assert na.read_articles(path).__next__().status == "error"
    arts = na.analyze(Path(path), encoding="latin-1").articles
    assert arts.loc[0, "status"] == "ok"
    wide = tmp_path / "in16.csv"
    wide.write_bytes("text\nKerry met Jaua.\n".encode("utf-16-le"))
    assert [r.status for r in na.read_articles(wide, encoding="utf-16-le")] == ["ok"]
    out = tmp_path / "o.jsonl"
    assert main(["-q", "analyze", str(path), "-o", str(out), "--encoding", "latin-1"]) == 0
    assert main(["-q", "analyze", str(path), "-o", str(out), "--encoding", "nope"]) == 2


# ------------------------------------------------------------------ workers die with parent
_SLOW_PARENT = """
import sys
from pathlib import Path
import newsanalytics as na
na.analyze_to(Path(sys.argv[1]), sys.argv[2], n_jobs=2, batch_size=8)
"""


def _children(pid: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:  # field 4 of stat: the parent's pid
            found.append(int(stat.parent.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc")
def test_workers_exit_when_their_parent_is_killed(tmp_path):
    import signal
    import subprocess
    import sys
    import time

    src = tmp_path / "in.jsonl"
    story = "John Kerry praised the OAS. " * 40
    src.write_text("".join(json.dumps({"text": f"{story} {i}"}) + "\n" for i in range(20000)))
    script = tmp_path / "parent.py"
    script.write_text(_SLOW_PARENT)
    parent = subprocess.Popen([sys.executable, str(script), str(src), str(tmp_path / "o.jsonl")])
    workers: list[int] = []
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            # the output is opened just before the pool starts: wait for the workers too
            workers = [w for w in _children(parent.pid) if _alive(w)]
            if (tmp_path / "o.jsonl").exists() and len(workers) >= 2:
                break
            time.sleep(0.2)
        assert len(workers) >= 2, "the pool did not start"
        os.kill(parent.pid, signal.SIGKILL)
        parent.wait()
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and any(_alive(w) for w in workers):
            time.sleep(0.2)
        assert not [w for w in workers if _alive(w)]
    finally:
        parent.kill()
        for w in workers:  # never leave a stray worker behind, even when the test fails
            if _alive(w):
                os.kill(w, signal.SIGKILL)


# ------------------------------------------------------------------ resume checks its input
def _stories(path: Path, n: int) -> Path:
    path.write_text(
        "".join(
            json.dumps({"id": f"s{i}", "text": f"John Kerry praised the OAS, story {i}."}) + "\n"
            for i in range(n)
        )
    )
    return path


def test_resume_refuses_an_output_written_from_another_input(tmp_path, capsys):
    big, small = _stories(tmp_path / "big.jsonl", 12), _stories(tmp_path / "small.jsonl", 4)
    out = tmp_path / "out.jsonl"
    assert main(["-q", "analyze", str(big), "-o", str(out)]) == 0
    before = out.read_bytes()
    assert main(["analyze", str(small), "-o", str(out), "--resume"]) == 2
    err = capsys.readouterr().err
    assert "another input or with other settings" in err and "input.files" in err
    assert out.read_bytes() == before


def test_resume_refuses_other_settings(tmp_path, capsys):
    src = _stories(tmp_path / "in.jsonl", 6)
    out = tmp_path / "out.jsonl"
    assert main(["-q", "analyze", str(src), "-o", str(out)]) == 0
    out.write_text("".join(out.read_text().splitlines(keepends=True)[:2]))
    before = out.read_bytes()
    assert (
        main(["-q", "analyze", str(src), "-o", str(out), "--resume", "--sentiment", "vader"]) == 2
    )
    assert "settings.scorer" in capsys.readouterr().err
    assert out.read_bytes() == before


def test_resume_refuses_an_output_without_a_fingerprint(tmp_path, capsys):
    src = _stories(tmp_path / "in.jsonl", 4)
    out = tmp_path / "out.jsonl"
    out.write_text('{"id": "x"}\n' * 30)  # not written by this run (or by an older version)
    assert main(["-q", "analyze", str(src), "-o", str(out), "--resume"]) == 2
    assert "resume.json" in capsys.readouterr().err
    assert out.read_text() == '{"id": "x"}\n' * 30


def test_resume_of_the_same_input_continues_byte_identically(tmp_path):
    src = _stories(tmp_path / "in.jsonl", 9)
    whole, out = tmp_path / "whole.jsonl", tmp_path / "out.jsonl"
    assert main(["-q", "analyze", str(src), "-o", str(whole)]) == 0
    assert main(["-q", "analyze", str(src), "-o", str(out), "--batch-size", "2"]) == 0
    lines = out.read_bytes().splitlines(keepends=True)
    out.write_bytes(b"".join(lines[:5]) + lines[5][:9])  # interrupted in the 6th row
    # the same batch size (it is part of the resume fingerprint), now on two processes
    resume = ["-q", "analyze", str(src), "-o", str(out), "--resume", "--batch-size", "2"]
    assert main([*resume, "--n-jobs", "2"]) == 0
    assert out.read_bytes() == whole.read_bytes()


# ------------------------------------------------------------------ ids, caps, encodings
def test_in_memory_fallback_ids_never_take_another_records_id():
    records = [
        {"id": "1", "text": "John Kerry praised the OAS."},
        {"text": "Barack Obama spoke."},  # position 1: its fallback must not be "1"
        {"id": "0", "text": "Angela Merkel spoke."},
    ]
    arts = na.analyze(records).articles
    assert list(arts["status"]) == ["ok", "ok", "ok"]
    assert list(arts["id"]) == ["1", "item 1", "0"]
    frame = pd.DataFrame({"id": ["1", None, "0"], "text": [r["text"] for r in records]})
    assert list(na.analyze(frame).articles["id"]) == ["1", "row 1", "0"]


def test_a_text_over_the_cap_is_cut_with_a_warning_and_stays_ok():
    from newsanalytics.pipeline import MAX_TEXT_CHARS

    long = "John Kerry praised the OAS. " * (MAX_TEXT_CHARS // 28 + 100)
    res = na.analyze([long, "Barack Obama spoke."])
    row = res.articles.loc[0]
    assert row["status"] == "ok"
    assert (
        f"{len(long):,} characters, more than the {MAX_TEXT_CHARS:,} analysed" in (row["warning"])
    )
    assert "record item 0, field 'text'" in row["warning"]
    m = res.mentions[res.mentions["id"] == "item 0"]
    assert len(m) and m["end"].max() <= MAX_TEXT_CHARS  # nothing past the cap is analysed
    assert res.articles.loc[1, "warning"] is None or "characters" not in str(
        res.articles.loc[1, "warning"]
    )


def test_a_title_over_the_cap_is_cut_with_a_warning():
    from newsanalytics.pipeline import MAX_TITLE_CHARS

    res = na.analyze([{"title": "Kerry " * MAX_TITLE_CHARS, "text": "Kerry spoke."}])
    row = res.articles.loc[0]
    assert row["status"] == "ok" and "field 'title'" in row["warning"]
    titles = res.mentions[res.mentions["field"] == "title"]
    assert titles["end"].max() <= MAX_TITLE_CHARS


def test_a_csv_header_naming_a_column_twice_is_an_error_naming_it(tmp_path):
    src = tmp_path / "dup.csv"
    src.write_text("id,text,text\n1,John Kerry spoke.,b\n2,Obama spoke.,d\n", encoding="utf-8")
    arts = na.analyze(src).articles
    assert list(arts["status"]) == ["error", "error"]  # one row per record, none merged
    for line, err in zip((2, 3), arts["error"], strict=True):
        assert f"record {src}:{line}, field 'text'" in err
        assert "names the column 'text' twice (columns 2 and 3)" in err


@pytest.mark.parametrize("codec", ["hex", "rot13", "no-such-codec"])
def test_an_encoding_that_cannot_read_text_is_refused_up_front(tmp_path, codec, capsys):
    src = _stories(tmp_path / "in.jsonl", 2)
    with pytest.raises(na.InputError, match=codec):
        na.analyze(src, encoding=codec)
    out = tmp_path / "o.jsonl"
    assert main(["-q", "analyze", str(src), "-o", str(out), "--encoding", codec]) == 2
    err = capsys.readouterr().err
    assert "--encoding" in err and codec in err and "Traceback" not in err
    assert not out.exists()


@pytest.mark.parametrize(
    ("codec", "given"),
    [
        ("utf-16-le", "utf-8"),
        ("utf-16-be", "utf-8"),
        ("utf-16-le", "utf-16"),
        ("utf-16-be", "utf-16"),
    ],
)
def test_utf16_without_a_byte_order_mark_is_read(tmp_path, codec, given):
    lines = [
        {"id": "a", "text": "John Kerry praised the OAS."},
        {"id": "b", "text": "Élias Jaua spoke."},
    ]
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in lines).encode(codec)
    src = tmp_path / "in.jsonl"
    src.write_bytes(data)
    arts = na.analyze(src, encoding=given).articles
    assert list(arts["id"]) == ["a", "b"] and list(arts["status"]) == ["ok", "ok"]
    csv_src = tmp_path / "in.csv"
    csv_src.write_bytes("id,text\na,Kerry spoke.\n".encode(codec))
    assert list(na.analyze(csv_src, encoding=given).articles["status"]) == ["ok"]


@pytest.mark.parametrize("changed", ["model", "aliases"])
def test_resume_refuses_a_model_or_alias_file_changed_in_place(tmp_path, changed, capsys):
    import shutil

    import newsanalytics.topics as topics

    model = tmp_path / "model"
    shutil.copytree(Path(topics.__file__).parent / "data" / "default_model", model)
    aliases = tmp_path / "aliases.json"
    aliases.write_text(json.dumps({"Organization of American States": ["the OAS"]}))
    src = _stories(tmp_path / "in.jsonl", 6)
    out = tmp_path / "out.jsonl"
    args = ["-q", "analyze", str(src), "-o", str(out), "--model", str(model)]
    args += ["--aliases", str(aliases)]
    assert main(args) == 0
    out.write_text("".join(out.read_text().splitlines(keepends=True)[:2]))
    before = out.read_bytes()
    if changed == "model":  # the same path, re-fitted (here: its manifest edited)
        manifest = json.loads((model / "manifest.json").read_text())
        manifest["refitted"] = True
        (model / "manifest.json").write_text(json.dumps(manifest))
    else:
        aliases.write_text(json.dumps({"United States": ["Washington"]}))
    assert main([*args, "--resume"]) == 2
    err = capsys.readouterr().err
    assert f"settings.{changed}.sha256" in err and "run without resume" in err
    assert out.read_bytes() == before


def test_a_failure_inside_the_analysis_names_the_record_and_field():
    from newsanalytics.actors import ActorExtractor

    class Fragile(ActorExtractor):
        def extract_document(self, doc):
            if "Kerry" in doc.raw:
                raise RuntimeError("boom")
            return super().extract_document(doc)

    arts = na.analyze(["John Kerry spoke.", "Barack Obama spoke."], extractor=Fragile()).articles
    assert list(arts["status"]) == ["error", "ok"]
    assert arts.loc[0, "error"] == (
        "record item 0, field 'text': actor extraction failed: RuntimeError: boom"
    )


@pytest.mark.parametrize("data", [b"\x00\n\x00\n", b"\n\x00\n\x00" * 8, b"\x00\x00\n" * 5])
def test_nul_bytes_alone_are_not_taken_for_utf16(tmp_path, data):
    # found by the fuzz test: NULs and line breaks alternating are no UTF-16 text, and
    # reading them as such would lose the lines
    src = tmp_path / "in.jsonl"
    src.write_bytes(data)
    lines = [line for line in data.split(b"\n") if line.strip()]
    arts = na.analyze(src).articles
    assert len(arts) == len(lines) and (arts["status"] == "error").all()
