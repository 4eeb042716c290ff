"""What a new user expects (issue 15): no silent wrong answers, a CLI that matches the README,
tidy typed outputs."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd
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


# ------------------------------------------------------------------ title and id fields never found
@pytest.mark.parametrize(
    ("option", "flag"), [("title_field", "--title-field"), ("id_field", "--id-field")]
)
def test_a_title_or_id_field_never_found_warns_naming_it_and_analyses_anyway(
    tmp_path, capsys, option, flag
):
    records = [{"id": f"s{i}", "text": "John Kerry praised the OAS."} for i in range(3)]
    with pytest.warns(na.NewsAnalyticsWarning, match=f"{option} 'headlin' was not found in any"):
        arts = na.analyze(records, **{option: "headlin"}).articles
    assert arts["status"].tolist() == ["ok"] * 3  # not three error rows
    assert arts["warning"].str.contains("field 'headlin': field is missing").all()
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in records))
    out = tmp_path / "o.jsonl"
    assert main(["-q", "analyze", str(src), "-o", str(out), flag, "headlin"]) == 0
    assert capsys.readouterr().err.count(f"{option} 'headlin' was not found") == 1


@pytest.mark.parametrize("suffix", [".csv", ".parquet"])
def test_fields_are_checked_against_a_header_before_the_input_is_read(tmp_path, suffix, capsys):
    frame = pd.DataFrame({"id": ["a", "b"], "body": ["John Kerry praised the OAS.", "Hi."]})
    src = tmp_path / f"in{suffix}"
    if suffix == ".csv":
        frame.to_csv(src, index=False)
    else:
        pytest.importorskip("pyarrow")
        frame.to_parquet(src)
    with pytest.raises(na.InputError, match=r"text_field 'text' is not a column of .*: id, body"):
        na.analyze(src, text_field="text")  # every row would be an error: refused up front
    out = tmp_path / "o.jsonl"
    assert main(["-q", "analyze", str(src), "-o", str(out), "--text-field", "text"]) == 2
    assert "'text' is not a column" in capsys.readouterr().err and not out.exists()
    with pytest.warns(na.NewsAnalyticsWarning, match="title_field 'headline' is not a column"):
        arts = na.analyze(src, text_field="body", title_field="headline").articles
    assert arts["status"].tolist() == ["ok", "ok"]
    args = ["-q", "analyze", str(src), "-o", str(out), "--text-field", "body"]
    assert main([*args, "--title-field", "headline"]) == 0
    err = capsys.readouterr().err
    assert err.count("headline") == 1  # said once, up front, not again at the end


def test_n_jobs_above_the_cores_is_capped_with_a_warning(monkeypatch):
    import os

    monkeypatch.setattr(os, "cpu_count", lambda: 1)
    with pytest.warns(na.NewsAnalyticsWarning, match="n_jobs=8 is more than the 1 cores"):
        arts = na.analyze(["John Kerry praised the OAS."], n_jobs=8).articles
    assert arts["status"].tolist() == ["ok"]
    with pytest.raises(na.InputError, match="n_jobs"):
        na.analyze(["x"], n_jobs=0)


def test_n_jobs_none_is_one_process_as_in_scikit_learn(tmp_path):
    # TopicModel(n_jobs=None) is accepted; analyze and analyze_to read None the same way.
    texts = ["John Kerry praised the OAS.", "Nicolas Maduro criticized John Kerry."]
    none = na.analyze(texts, n_jobs=None)
    one = na.analyze(texts, n_jobs=1)
    pd.testing.assert_frame_equal(none.articles, one.articles)
    pd.testing.assert_frame_equal(none.actors, one.actors)
    counts = na.analyze_to(texts, tmp_path / "o.jsonl", n_jobs=None)
    assert counts["ok"] == 2
    with pytest.raises(na.InputError, match="n_jobs"):
        na.analyze(["x"], n_jobs="2")


# ------------------------------------------------------------------ title-only records
def test_a_record_with_a_title_and_no_text_is_analysed_from_its_title():
    records = [
        {"id": "a", "title": "John Kerry praises the OAS", "text": ""},
        {"id": "b", "title": "Angela Merkel meets Vladimir Putin", "text": None},
        {"id": "c", "text": "  "},
    ]
    res = na.analyze(records)
    arts = res.articles
    assert arts["status"].tolist() == ["ok", "ok", "empty"]
    assert arts.loc[0, "n_mentions"] > 0 and arts.loc[1, "n_mentions"] > 0
    assert "the title alone is analysed" in arts.loc[0, "warning"]
    assert set(res.mentions.loc[res.mentions["id"] == "a", "field"]) == {"title"}
    assert set(res.actors.loc[res.actors["id"] == "b", "actor"]) >= {"Angela Merkel"}
    assert set(res.topics["id"]) == {"a", "b"}


# ------------------------------------------------------------------ empty results are typed
def test_an_empty_input_gives_typed_tables_with_every_column(tmp_path):
    full = na.analyze(["John Kerry praised the OAS in Washington on Monday."])
    for empty in (na.analyze([]), na.analyze(["  "]), na.analyze([{"text": 3}])):
        for name in ("articles", "topics", "actors", "mentions"):
            want, got = getattr(full, name), getattr(empty, name)
            assert list(got.columns) == list(want.columns), name
            for col in ("id", "actor", "text", "sentiment", "tone", "n_mentions", "date"):
                if col in want.columns:
                    assert str(got[col].dtype) == str(want[col].dtype), (name, col)
        assert str(empty.topics[full.topic_names[0]].dtype) == "float64"


@pytest.mark.parametrize("suffix", [".csv", ".parquet", ".jsonl"])
def test_cli_on_an_empty_input_writes_a_header_only_file(tmp_path, suffix):
    if suffix == ".parquet":
        pytest.importorskip("pyarrow")
    src = tmp_path / "empty.jsonl"
    src.write_text("")
    out = tmp_path / f"o{suffix}"
    assert main(["-q", "analyze", str(src), "-o", str(out)]) == 0
    assert out.is_file()
    if suffix == ".csv":
        header = out.read_text().splitlines()
        assert len(header) == 1 and header[0].startswith("id,date,title,status")
        assert "topic:drug policy" in header[0]
        mentions = out.with_name("o.mentions.csv").read_text().splitlines()
        assert mentions == [",".join(na.pipeline.MENTION_COLUMNS)]
    elif suffix == ".parquet":
        back = pd.read_parquet(out)
        assert len(back) == 0 and str(back["date"].dtype) == "datetime64[ns, UTC]"
        assert "topic:drug policy" in back.columns
    else:
        assert out.read_text() == ""


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
        "".join(
            json.dumps({"id": i, "text": "John Kerry praised the OAS."}) + "\n" for i in range(3)
        )
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


# ------------------------------------------------------------------ tidy typed outputs
_RECORDS = [
    {"id": "a", "text": "John Kerry praised the OAS.", "date": "2013-06-05T10:00:00+02:00"},
    {"id": "b", "text": "Angela Merkel criticized Vladimir Putin.", "date": "2013-06-06"},
    {"id": "c", "text": 5},
    {"id": "d", "text": "  "},
]


@pytest.fixture(scope="module")
def typed_result():
    return na.analyze(_RECORDS)


@pytest.mark.parametrize(
    "date",
    ["2013-06-05", pd.Timestamp("2013-06-05"), pd.Timestamp("2013-06-05").date(), 1370390400, None],
)
def test_dates_are_always_utc_nanoseconds(date):
    arts = na.analyze([{"text": "Kerry met Jaua.", "date": date}]).articles
    assert str(arts["date"].dtype) == "datetime64[ns, UTC]"


def test_status_type_and_label_are_categories(typed_result):
    assert list(typed_result.articles["status"].cat.categories) == ["ok", "empty", "error"]
    assert list(typed_result.articles["status"]) == ["ok", "ok", "error", "empty"]
    for table in (typed_result.actors, typed_result.mentions):
        assert list(table["type"].cat.categories) == ["person", "organization", "location"]
    assert list(typed_result.actors["label"].cat.categories) == ["negative", "neutral", "positive"]
    empty = na.AnalysisResult()
    assert isinstance(empty.articles["status"].dtype, pd.CategoricalDtype)


def test_mention_offsets_inside_the_sentence_say_so_in_their_names(typed_result):
    m = typed_result.mentions
    assert "sentence_start" not in m and "sentence_end" not in m
    for rec in m.to_dict("records"):
        span = rec["sentence_text"][rec["start_in_sentence"] : rec["end_in_sentence"]]
        assert span == rec["text"]


def test_to_parquet_writes_the_typed_tidy_tables(typed_result, tmp_path):
    pytest.importorskip("pyarrow")
    out = typed_result.to_parquet(tmp_path / "res.parquet")
    articles = pd.read_parquet(out)
    assert str(articles["date"].dtype) == "datetime64[ns, UTC]"
    assert articles["date"].iloc[0] == pd.Timestamp("2013-06-05 08:00", tz="UTC")
    assert isinstance(articles["status"].dtype, pd.CategoricalDtype)
    assert [c for c in articles if c.startswith("topic:")] == [
        f"topic:{n}" for n in typed_result.topic_names
    ]
    actors = pd.read_parquet(tmp_path / "res.actors.parquet")
    mentions = pd.read_parquet(tmp_path / "res.mentions.parquet")
    assert len(actors) == len(typed_result.actors) and len(mentions) == len(typed_result.mentions)
    assert isinstance(mentions["sentence_text"].dtype, pd.CategoricalDtype)
    folder = typed_result.to_parquet(tmp_path / "tables")
    assert sorted(p.name for p in folder.iterdir()) == [
        "actors.parquet",
        "articles.parquet",
        "mentions.parquet",
        "topics.parquet",
    ]
    topics = pd.read_parquet(folder / "topics.parquet")
    assert list(topics["id"]) == ["a", "b"]


def test_cli_parquet_output_is_the_same_tidy_tables(tmp_path):
    pytest.importorskip("pyarrow")
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in _RECORDS))
    out = tmp_path / "out.parquet"
    assert main(["-q", "analyze", str(src), "-o", str(out), "--batch-size", "1"]) == 1
    streamed = pd.read_parquet(out)
    whole = na.analyze(Path(src))
    whole.to_parquet(tmp_path / "whole.parquet")
    pd.testing.assert_frame_equal(streamed, pd.read_parquet(tmp_path / "whole.parquet"))
    for side in ("actors", "mentions"):
        pd.testing.assert_frame_equal(
            pd.read_parquet(tmp_path / f"out.{side}.parquet"),
            pd.read_parquet(tmp_path / f"whole.{side}.parquet"),
        )


def test_dir_shows_only_the_public_api():
    names = dir(na)
    assert names == sorted(na.__all__)
    assert not {"Any", "TYPE_CHECKING", "annotations", "importlib", "logging"} & set(names)


# ------------------------------------------------------------------ headlines are analysed
_TITLED = {
    "id": "k",
    "title": "Kerry Meets Jaua In Guatemala",
    "text": "John Kerry met Venezuelan Foreign Minister Elias Jaua. They talked for hours.",
}


def test_a_headline_is_analysed_for_actors_with_offsets_into_it():
    res = na.analyze([_TITLED])
    m = res.mentions
    title = m[m["field"] == "title"]
    assert set(title["actor"]) >= {"John Kerry", "Elias Jaua"}  # resolved with the text
    for rec in title.to_dict("records"):
        assert _TITLED["title"][rec["start"] : rec["end"]] == rec["text"]
        assert rec["sentence"] == 0
    for rec in m[m["field"] == "text"].to_dict("records"):
        assert _TITLED["text"][rec["start"] : rec["end"]] == rec["text"]
    kerry = res.actors.set_index("actor").loc["John Kerry"]
    assert kerry["mentions"] == 2  # one in the headline, one in the text


def test_a_headline_changes_nothing_about_the_text():
    with_title = na.analyze([_TITLED]).articles.loc[0]
    without = na.analyze([{**_TITLED, "title": None}]).articles.loc[0]
    assert with_title["n_sentences"] == without["n_sentences"] == 2
    assert with_title["tone"] == without["tone"]
    text_only = na.analyze([{**_TITLED, "title": None}]).mentions
    text_part = na.analyze([_TITLED]).mentions.query("field == 'text'")
    columns = ["actor", "text", "sentence", "start", "end"]
    pd.testing.assert_frame_equal(
        text_part[columns].reset_index(drop=True), text_only[columns].reset_index(drop=True)
    )


def test_an_all_caps_headline_is_not_taken_for_a_dateline():
    rec = {
        "title": "CHINA, KENYA IN ELECTRONIC GOODS JOINT VENTURE",
        "text": "Kenya and China agreed.",
    }
    assert pd.isna(na.analyze([rec]).articles.loc[0, "dateline_location"])
    wire = {"title": "TALKS BEGIN", "text": "TOKYO, March 3 - Japan's exports rose."}
    assert na.analyze([wire]).articles.loc[0, "dateline_location"] == "Japan"


def test_a_headline_repeated_at_the_start_of_the_text_is_read_once():
    rec = {"title": "Kerry lands", "text": "Kerry lands\n\nJohn Kerry arrived in Guatemala."}
    m = na.analyze([rec]).mentions
    assert set(m["field"]) == {"text"}


# ------------------------------------------------------------------ the progress bar
def _draw_every_update(monkeypatch):
    """The bars ``analyze`` makes draw every update (not only those 0.1 s apart).

    tqdm reads its ``TQDM_*`` environment variables once, when it is first imported, so
    setting ``TQDM_MININTERVAL`` in a test works only when no earlier test imported tqdm: in
    a whole run the bars kept their 0.1 s interval, and a fast ``analyze`` finished every
    batch within it (CI once showed only the bar's initial frame).
    """
    import tqdm.auto

    base = tqdm.auto.tqdm

    class EveryUpdate(base):  # type: ignore[misc, valid-type]
        def __init__(self, *args, **kwargs):
            kwargs.setdefault("mininterval", 0)
            kwargs.setdefault("miniters", 1)
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(tqdm.auto, "tqdm", EveryUpdate)


def test_progress_over_files_has_a_total_in_bytes_and_an_eta(tmp_path, capsys, monkeypatch):
    _draw_every_update(monkeypatch)
    src = tmp_path / "in.jsonl"
    src.write_text(
        "".join(
            json.dumps({"text": f"John Kerry praised the OAS, story {i}."}) + "\n"
            for i in range(300)
        )
    )
    na.analyze(src, progress=True, batch_size=50)
    shown = capsys.readouterr().err.replace("\r", "\n")
    size = f"{src.stat().st_size / 1000:.1f} kB"
    # a percentage, the bytes read of the total and the articles so far, each number with
    # a space before its unit, and the time remaining (tqdm shows what it has time to)
    assert re.search(rf"\d+%\|.*\| \d+\.\d kB of {size}, \d+ articles \[00:\d\d<00:\d\d\]", shown)


def test_progress_over_parquet_has_a_total_in_bytes(tmp_path, capsys, monkeypatch):
    pytest.importorskip("pyarrow")
    _draw_every_update(monkeypatch)
    src = tmp_path / "in.parquet"
    texts = [f"John Kerry praised the OAS, story {i}." for i in range(200)]
    pd.DataFrame({"text": texts}).to_parquet(src, row_group_size=50)
    na.analyze(src, progress=True, batch_size=50)
    shown = capsys.readouterr().err.replace("\r", "\n")
    size = f"{src.stat().st_size / 1000:.1f} kB"
    # A percentage over the file's size in bytes; which updates a loaded machine draws (the
    # last one among them or not) is tqdm's choice, so the final 100% is not asserted.
    assert re.search(rf"\d+%\|.*\| [\d.]+ k?B of {size}, \d+ articles", shown), shown


def test_progress_over_a_list_counts_articles_out_of_its_length(capsys, monkeypatch):
    _draw_every_update(monkeypatch)
    na.analyze(["John Kerry praised the OAS."] * 20, progress=True, batch_size=10)
    shown = capsys.readouterr().err.replace("\r", "\n")
    assert re.search(r"\d+/20 \[.*<.* articles/s\]", shown)


# ------------------------------------------------------------------ report on failed input
def test_report_on_failed_input_prints_the_first_error_and_the_page_shows_them(tmp_path, capsys):
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "a", "text": 5}\n{not json\n')
    out = tmp_path / "r.html"
    assert main(["report", str(src), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "0 ok, 0 empty, 2 error" in err
    assert "first error: record " in err and "field 'text'" in err
    page = out.read_text()
    assert "Records not analysed" in page
    assert "malformed JSON" in page and "expected a string, got a number 5" in page


def test_analyze_a_long_str_is_one_text_not_a_path():
    """A str longer than a file name may be (255 bytes) is analysed as one article's text:
    sizing it up as a path for the progress bar raised OSError 'File name too long'."""
    text = "Kerry met Jaua in Guatemala on Tuesday. " * 20
    for progress in (False, True):
        result = na.analyze(text, progress=progress)
        assert list(result.articles["status"]) == ["ok"]
        assert {"John Kerry", "Guatemala"} <= set(result.actors["actor"])
