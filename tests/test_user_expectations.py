"""What a new user expects (issue 15): no silent wrong answers, a CLI that matches the README,
tidy typed outputs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newsanalytics as na
from newsanalytics.cli import main


# ------------------------------------------------------------------ a str that is a path
@pytest.mark.parametrize(
    "given", ["news.jsonl", "news.jsonl.gz", "archive/2020.csv", "data/stories", "x.parquet"]
)
def test_a_str_that_looks_like_a_path_is_refused(given, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # none of them exists: they only look like paths
    for call in (na.analyze, lambda a: na.analyze_to(a, tmp_path / "o.jsonl")):
        with pytest.raises(na.InputError, match=r"Path\(.*\[text\]"):
            call(given)


def test_a_str_that_names_an_existing_file_is_refused(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("README").write_text("John Kerry praised the OAS.")
    with pytest.raises(na.InputError, match=r"Path\('README'\)"):
        na.analyze("README")


@pytest.mark.parametrize("text", ["Kerry met Jaua.", "Brexit", "24/7 news about the war"])
def test_a_str_that_is_text_is_still_one_article(text):
    assert na.analyze(text).articles["status"].tolist() == ["ok"]


# ------------------------------------------------------------------ a date field never found
def test_a_missing_date_field_leaves_dates_empty_and_warns_once():
    records = [{"id": str(i), "text": "John Kerry praised the OAS."} for i in range(4)]
    with pytest.warns(na.NewsAnalyticsWarning, match="'published' was not found in any of the 4"):
        arts = na.analyze(records, date_field="published").articles
    assert arts["status"].tolist() == ["ok"] * 4
    assert arts["date"].isna().all()
    assert arts["warning"].str.contains("field 'published': field is missing").all()


def test_a_date_field_found_in_some_records_gives_no_global_warning(recwarn):
    records = [
        {"id": "a", "text": "John Kerry praised the OAS.", "published": "2013-06-05"},
        {"id": "b", "text": "John Kerry praised the OAS."},
    ]
    arts = na.analyze(records, date_field="published").articles
    assert not [w for w in recwarn if issubclass(w.category, na.NewsAnalyticsWarning)]
    assert arts["date"].notna().tolist() == [True, False]


def test_cli_says_once_that_the_date_field_was_never_found(tmp_path, capsys):
    src = tmp_path / "in.jsonl"
    src.write_text(
        "".join(json.dumps({"id": i, "text": "John Kerry praised the OAS."}) + "\n" for i in range(3))
    )
    out = tmp_path / "o.jsonl"
    args = ["-q", "analyze", str(src), "-o", str(out), "--date-field", "published"]
    assert main(args) == 0
    err = capsys.readouterr().err
    assert err.count("'published' was not found") == 1
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["status"] for r in rows] == ["ok"] * 3 and all(r["date"] is None for r in rows)


# ------------------------------------------------------------------ track says why it is empty
def test_cli_track_on_raw_input_says_to_analyse_first(tmp_path, capsys):
    src = tmp_path / "news.jsonl"
    src.write_text(json.dumps({"id": 1, "text": "John Kerry praised the OAS."}) + "\n")
    assert main(["-q", "track", str(src), "-o", str(tmp_path / "s.csv")]) == 2
    err = capsys.readouterr().err
    assert "not the output of `newsanalytics analyze`" in err and "news.jsonl:1" in err
    assert not (tmp_path / "s.csv").exists()


def test_track_on_an_undated_result_says_why_it_is_empty():
    res = na.analyze(["John Kerry praised the OAS.", "Kerry met Maduro."])
    with pytest.warns(na.NewsAnalyticsWarning, match="none of its 2 analysed articles has a date"):
        series = na.track(res, min_mentions=1)
    assert series.empty
    with pytest.warns(na.NewsAnalyticsWarning, match="has a date"):
        assert na.track_topics(res).empty


def test_track_on_a_failed_result_says_why():
    res = na.analyze([{"id": "a", "text": 5}])
    with pytest.warns(na.NewsAnalyticsWarning, match="none of its 1 articles was analysed"):
        na.track(res)


def test_cli_track_of_undated_output_says_why(tmp_path, capsys):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": 1, "text": "John Kerry praised the OAS."}) + "\n")
    out = tmp_path / "o.jsonl"
    assert main(["-q", "analyze", str(src), "-o", str(out)]) == 0
    assert main(["-q", "track", str(out), "-o", str(tmp_path / "s.csv")]) == 0
    assert "warning: nothing to track: none of its 1 analysed articles has a date" in (
        capsys.readouterr().err
    )
