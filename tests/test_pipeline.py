"""``analyze`` and :class:`AnalysisResult`: the contract of DESIGN.md, on real text."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import newsanalytics as na
from newsanalytics.exceptions import InputError
from newsanalytics.pipeline import ARTICLE_COLUMNS, analyze_to


@pytest.fixture(scope="module")
def seed_result(seed_text):
    return na.analyze([{"id": "seed", "text": seed_text, "date": "2013-06-04"}])


def test_articles_table_has_the_documented_columns(seed_result):
    assert list(seed_result.articles.columns) == ARTICLE_COLUMNS
    row = seed_result.articles.iloc[0]
    assert row["status"] == "ok" and row["id"] == "seed"
    assert row["n_sentences"] > 20
    assert -1.0 <= row["tone"] <= 1.0


def test_seed_story_top_topics_are_diplomacy_and_drug_policy(seed_result):
    shares = seed_result.topics.set_index("id").loc["seed"].sort_values(ascending=False)
    assert set(shares.index[:2]) == {"drug policy", "diplomacy"}


def test_topic_shares_sum_to_one_with_the_other_share_per_ok_article(seed_result):
    values = seed_result.topics[seed_result.topic_names].to_numpy(dtype=float)
    assert np.all(values >= 0) and np.all(values <= 1)
    # the named shares leave the default model's background topics the "other" share
    assert np.all(values.sum(axis=1) <= 1.0 + 1e-6) and np.all(values.sum(axis=1) > 0.5)


def test_seed_story_actors_are_resolved(seed_result):
    actors = set(seed_result.actors["actor"])
    for name in ["John Kerry", "Organization of American States", "United States", "Venezuela"]:
        assert name in actors
    assert "Kerry" not in actors and "OAS" not in actors


def test_mentions_keep_offsets_into_the_article_text(seed_result, seed_text):
    for m in seed_result.mentions.itertuples():
        assert seed_text[m.start : m.end] == m.text


def test_actor_rows_aggregate_their_mentions(seed_result):
    per_actor = seed_result.mentions.groupby("actor")["sentiment"].agg(["size", "mean"])
    actors = seed_result.actors.set_index("actor")
    for name, row in per_actor.iterrows():
        assert actors.loc[name, "mentions"] == row["size"]
        assert actors.loc[name, "sentiment"] == pytest.approx(row["mean"])
    assert set(actors["label"]) <= {"negative", "neutral", "positive"}
    assert actors["sentiment"].between(-1, 1).all()


def test_one_row_per_input_record_in_input_order_with_bad_records():
    records = [
        {"id": "a", "text": "The OAS met in Guatemala."},
        {"id": "b", "text": "   "},
        {"id": "c", "text": 42},
        {"id": "a", "text": "A duplicate id."},
        {"id": "d", "text": "Maduro criticized the United States."},
    ]
    res = na.analyze(records)
    assert list(res.articles["status"]) == ["ok", "empty", "error", "error", "ok"]
    errors = res.articles["error"].tolist()
    assert "'text'" in errors[2] or "text" in errors[2]
    assert set(res.topics["id"]) == {"a", "d"}


def test_errors_raise_stops_at_the_first_bad_record():
    with pytest.raises(na.InputError):
        na.analyze([{"id": "x", "text": 5}], errors="raise")


def test_a_single_string_is_one_article():
    res = na.analyze("John Kerry met Venezuelan Foreign Minister Elias Jaua.")
    assert len(res.articles) == 1
    assert {"John Kerry", "Elias Jaua", "Venezuela"} <= set(res.actors["actor"])


def test_output_is_deterministic(seed_text):
    a = na.analyze([seed_text])
    b = na.analyze([seed_text])
    pd.testing.assert_frame_equal(a.actors, b.actors)
    pd.testing.assert_frame_equal(a.topics, b.topics)


def test_to_jsonl_writes_the_cli_schema(seed_result, tmp_path):
    path = seed_result.to_jsonl(tmp_path / "out.jsonl")
    rec = json.loads(path.read_text().splitlines()[0])
    assert set(rec) >= {
        "id",
        "date",
        "title",
        "status",
        "error",
        "tone",
        "topics",
        "top_topics",
        "actors",
    }
    assert rec["top_topics"][0] in rec["topics"]
    assert set(rec["actors"][0]) >= {"name", "type", "mentions", "sentiment", "label"}
    assert rec["date"].startswith("2013-06-04")


def test_jsonl_round_trip_keeps_articles_topics_and_actors(seed_result, tmp_path):
    back = na.AnalysisResult.from_jsonl(seed_result.to_jsonl(tmp_path / "out.jsonl"))
    assert list(back.articles["id"]) == ["seed"]
    assert back.articles["date"].iloc[0] == seed_result.articles["date"].iloc[0]
    assert len(back.actors) == len(seed_result.actors)
    np.testing.assert_allclose(
        back.topics[seed_result.topic_names].to_numpy(float),
        seed_result.topics[seed_result.topic_names].to_numpy(float),
        atol=1e-6,
    )


def test_to_parquet_and_to_csv(seed_result, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    table = pq.read_table(seed_result.to_parquet(tmp_path / "out.parquet"))
    assert table.num_rows == 1
    folder = seed_result.to_csv(tmp_path / "tables")
    assert {p.name for p in folder.iterdir()} == {
        "articles.csv",
        "topics.csv",
        "actors.csv",
        "mentions.csv",
    }


def _texts(n):
    base = [
        "John Kerry met Venezuelan Foreign Minister Elias Jaua in Guatemala.",
        "The OAS urged a reconsideration of global drug policy.",
        "",
        "Maduro accused the United States of seeking to destabilize the country.",
    ]
    return [{"id": f"r{i}", "text": base[i % len(base)]} for i in range(n)]


def test_analyze_to_streams_the_same_rows_as_analyze(tmp_path):
    records = _texts(10)
    out = tmp_path / "out.jsonl"
    counts = analyze_to(records, out, batch_size=3)
    assert counts["ok"] == 8 and counts["empty"] == 2
    streamed = [json.loads(line) for line in out.read_text().splitlines()]
    in_memory = list(na.analyze(records).records())
    assert streamed == json.loads(json.dumps(in_memory))


def test_analyze_to_resume_neither_loses_nor_duplicates(tmp_path):
    records = _texts(9)
    out = tmp_path / "out.jsonl"
    analyze_to(records, out, batch_size=2)
    # a run interrupted after 4 records, in the middle of writing the 5th
    lines = out.read_text().splitlines(keepends=True)
    out.write_text("".join(lines[:4]) + lines[4][:17])
    counts = analyze_to(records, out, resume=True, batch_size=2)
    assert counts["skipped"] == 4
    ids = [json.loads(line)["id"] for line in out.read_text().splitlines()]
    assert ids == [r["id"] for r in records]


def test_n_jobs_gives_the_same_result_as_one_process():
    records = _texts(12)
    one = na.analyze(records, batch_size=4)
    two = na.analyze(records, batch_size=4, n_jobs=2)
    pd.testing.assert_frame_equal(one.articles, two.articles)
    pd.testing.assert_frame_equal(one.actors, two.actors)
    pd.testing.assert_frame_equal(one.topics, two.topics)


def test_custom_taxonomy_without_model_fits_on_the_input(data_file):
    import itertools

    path = data_file("bbc_news/bbc_news.jsonl")
    with open(path, encoding="utf-8") as fh:
        rows = [json.loads(line) for line in itertools.islice(fh, 0, 2225, 9)]
    tax = {"sport": ["match", "team", "cup"], "business": ["shares", "profit", "market"]}
    res = na.analyze(rows, taxonomy=tax, id_field="id")
    assert res.topic_names[:2] == ["sport", "business"]
    top = res.topics.set_index("id")[["sport", "business"]].idxmax(axis=1)
    truth = pd.Series({r["id"]: r["category"] for r in rows})
    mask = truth.isin(["sport", "business"])
    assert (top[truth[mask].index] == truth[mask]).mean() > 0.8


def test_path_input_reads_files(data_file):
    res = na.analyze(Path(data_file("seed/000_6671fced28da8be4.txt")))
    assert res.articles["status"].tolist() == ["ok"]


def test_dateline_location_says_where_a_wire_story_was_filed():
    res = na.analyze(
        [
            "TOKYO, March 3 - Japan's exports rose in February, officials said.",
            "Exports rose in February, officials said.",
        ]
    )
    assert res.articles["dateline_location"].tolist()[0] == "Japan"
    assert pd.isna(res.articles["dateline_location"].tolist()[1])


def test_topic_shares_sum_to_one_with_the_other_column():
    """DESIGN: result.topics holds the named topics and "other" (the corpus background),
    summing to 1 per ok article; "other" is never one of the top topics."""
    res = na.analyze(["Kerry met Jaua in Guatemala.", "Wheat prices fell.", ""])
    assert res.topic_names[-1] == "other"
    ok = res.articles["status"].eq("ok").to_numpy()
    shares = res.topics.drop(columns="id").to_numpy(float)
    np.testing.assert_allclose(shares.sum(axis=1), 1.0, atol=1e-5)
    assert ok.sum() == len(shares) == 2
    assert all("other" not in rec["top_topics"] for rec in res.records())


def test_resume_refuses_another_batch_size(tmp_path):
    # Lone surnames are resolved per batch, so rows depend on batch_size: a run resumed
    # with another batch_size would mix two readings in one output.
    records = _texts(9)
    out = tmp_path / "out.jsonl"
    analyze_to(records, out, batch_size=2)
    lines = out.read_text().splitlines(keepends=True)
    out.write_text("".join(lines[:4]))
    with pytest.raises(InputError, match="batch_size"):
        analyze_to(records, out, resume=True, batch_size=3)
    assert out.read_text() == "".join(lines[:4])  # untouched
    counts = analyze_to(records, out, resume=True, batch_size=2)
    assert counts["skipped"] == 4


def test_a_taxonomy_topic_named_other_is_not_doubled():
    """A user topic called "other" keeps its name; no background column is added beside it
    (score(other=True) would have given two "other" columns)."""
    docs = [
        "The cartel smuggled cocaine.",
        "Diplomats met at the summit.",
        "Police seized heroin from a cartel.",
        "The minister met diplomats.",
    ]
    tax = {"drugs": ["cocaine", "heroin", "cartel"], "other": ["summit", "diplomats"]}
    res = na.analyze(docs, taxonomy=tax)
    assert list(res.topics.columns) == ["id", "drugs", "other"]
    # the user's topic's shares, not the background's written over them
    mine = na.TopicModel(taxonomy=tax, random_state=0).fit(docs).score(docs)
    np.testing.assert_allclose(res.topics["other"], mine["other"], atol=1e-6)
