"""Specification of the HTML report: one static self-contained page a reader can check."""

from __future__ import annotations

import base64
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from newsanalytics.pipeline import AnalysisResult
from newsanalytics.report import render_report, write_report

HOSTILE_NAME = "<script>alert(1)</script>"


def synthetic_result(n=300, seed=0, *, dated=True, mentions=True) -> AnalysisResult:
    """Dated articles with four actors of known tone, topic shares and mention sentences."""
    rng = np.random.default_rng(seed)
    ids = [f"a{i}" for i in range(n)]
    dates = pd.Timestamp("1987-02-26", tz="UTC") + pd.to_timedelta(rng.integers(0, 220, n), "D")
    articles = pd.DataFrame(
        {
            "id": ids,
            "date": dates if dated else pd.NaT,
            "title": [f"Story {i} & <co>" for i in range(n)],
            "status": "ok",
            "error": None,
            "warning": None,
            "n_sentences": 5,
            "n_mentions": 3,
            "tone": 0.0,
        }
    )
    people = {
        "OAS": (0.3, "organization"),
        "Kerry": (-0.2, "person"),
        "Venezuela": (0.0, "location"),
        HOSTILE_NAME: (0.1, "person"),
    }
    actor_rows, mention_rows = [], []
    for aid in ids:
        for name, (mu, kind) in people.items():
            if rng.random() < 0.5:
                k = int(rng.integers(1, 4))
                scores = np.clip(rng.normal(mu, 0.4, k), -1, 1)
                actor_rows.append(
                    (aid, name, name, kind, k, float(scores.mean()), float(scores.std()), "neutral")
                )
                for j, s in enumerate(scores):
                    text = f"In sentence {j} of {aid}, {name} was described with score {s:.3f}."
                    mention_rows.append(
                        (aid, name, name, kind, name, j, 0, len(name), float(s), text)
                    )
    actors = pd.DataFrame(
        actor_rows,
        columns=[
            "id",
            "actor",
            "actor_id",
            "type",
            "mentions",
            "sentiment",
            "sentiment_std",
            "label",
        ],
    )
    names = ["drug policy", "diplomacy", "trade", "elections", "human rights"]
    shares = rng.dirichlet(np.full(5, 0.5), size=n)
    topics = pd.DataFrame(shares, columns=names).assign(id=ids)[["id", *names]]
    result = AnalysisResult(articles=articles, topics=topics, actors=actors)
    if mentions:
        result.mentions = pd.DataFrame(
            mention_rows,
            columns=[
                "id", "actor", "actor_id", "type", "text", "sentence", "start", "end",
                "sentiment", "sentence_text",
            ],
        )  # fmt: skip
    return result


@pytest.fixture(scope="module")
def result() -> AnalysisResult:
    return synthetic_result()


@pytest.fixture(scope="module")
def page(result) -> str:
    return render_report(result, title="Synthetic & <test>", top_actors=4)


def embedded_images(html_text: str) -> list[bytes]:
    return [
        base64.b64decode(m) for m in re.findall(r'src="data:image/png;base64,([^"]+)"', html_text)
    ]


def test_report_is_one_self_contained_page(page):
    assert page.startswith("<!DOCTYPE html>")
    assert "http://" not in page and "https://" not in page
    assert "<script" not in page and "<link" not in page
    images = embedded_images(page)
    assert len(images) == 3  # topic prevalence, actor timelines, actor x topic heat map
    assert all(img.startswith(b"\x89PNG") for img in images)


def test_report_escapes_all_text(page):
    assert HOSTILE_NAME not in page
    assert "alert(1)" in page  # shown, escaped
    assert "<title>Synthetic &amp; &lt;test&gt;</title>" in page


def test_report_lists_top_topics_and_actors_with_their_numbers(page, result):
    for topic in result.topic_names:
        assert f"<td>{topic}</td>" in page
    kerry = result.actors[result.actors["actor"] == "Kerry"]
    expected = (kerry["mentions"] * kerry["sentiment"]).sum() / kerry["mentions"].sum()
    row = re.search(r"<td>Kerry</td>.*?</tr>", page).group(0)
    assert f"{kerry['mentions'].sum():,}" in row
    assert f"{expected:+.2f}" in row


def test_report_quotes_the_most_positive_and_negative_sentence_of_each_top_actor(page, result):
    oas = result.mentions[result.mentions["actor"] == "OAS"]
    for sentence in (
        oas.loc[oas["sentiment"].idxmax(), "sentence_text"],
        oas.loc[oas["sentiment"].idxmin(), "sentence_text"],
    ):
        marked = sentence.replace("OAS", "<mark>OAS</mark>", 1)
        assert marked in page


def test_report_without_dates_says_so_and_keeps_the_tables():
    page = render_report(synthetic_result(80, dated=False))
    assert "No article has a date" in page
    assert "<td>Kerry</td>" in page
    assert len(embedded_images(page)) == 1  # only the heat map needs no dates


def test_report_without_mentions_says_the_sentences_are_unavailable():
    page = render_report(synthetic_result(80, mentions=False), top_actors=2)
    assert "no mentions table" in page
    assert "<mark>" not in page


def test_report_without_actors_or_topics_says_so():
    bare = synthetic_result(40)
    bare.actors = bare.actors.iloc[0:0]
    bare.mentions = bare.mentions.iloc[0:0]
    bare.topics = pd.DataFrame({"id": []})
    page = render_report(bare)
    assert "No actors were found" in page
    assert "no topic shares" in page


def test_report_of_an_empty_result_renders():
    page = render_report(AnalysisResult())
    assert "no articles were given" in page


def test_report_without_matplotlib_keeps_the_tables(result, monkeypatch):
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    page = render_report(result, top_actors=2)
    assert "newsanalytics[plot]" in page
    assert not embedded_images(page)
    assert "<td>OAS</td>" in page


def test_write_report_writes_utf8_and_returns_the_path(tmp_path):
    small = synthetic_result(40)
    out = write_report(small, tmp_path / "r.html", title="Caf\u00e9")
    assert out == tmp_path / "r.html"
    assert "Caf\u00e9" in out.read_text(encoding="utf-8")


# --------------------------------------------------------------------------- in a browser
def chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    reason = "headless Chromium is not installed (apt-get install chromium)"
    if os.environ.get("NEWSANALYTICS_REQUIRE_DATA") == "1":
        pytest.fail(f"NEWSANALYTICS_REQUIRE_DATA=1 but {reason}")
    pytest.skip(reason)


def screenshot(html_path: Path, tmp_path: Path, height: int = 2000) -> np.ndarray:
    """Render a page in headless Chromium; return the screenshot as an RGB float array."""
    image = pytest.importorskip("matplotlib.image")
    png = tmp_path / "shot.png"
    cmd = [
        chromium(),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={tmp_path / 'profile'}",
        f"--screenshot={png}",
        f"--window-size=1200,{height}",
        html_path.resolve().as_uri(),
    ]
    subprocess.run(cmd, check=True, capture_output=True, timeout=120)
    return image.imread(png)[..., :3]


def assert_not_blank(pixels: np.ndarray) -> None:
    background = pixels[5, 5]
    differs = np.abs(pixels - background).max(axis=-1) > 0.1
    assert differs.mean() > 0.05, "the page is (nearly) blank"
    # Charts are in colour; text and tables alone are grey.
    saturation = pixels.max(axis=-1) - pixels.min(axis=-1)
    assert (saturation > 0.3).mean() > 0.01, "no coloured chart is visible"


def test_report_renders_in_headless_chromium(page, tmp_path):
    html_path = tmp_path / "report.html"
    html_path.write_text(page, encoding="utf-8")
    assert_not_blank(screenshot(html_path, tmp_path))


# --------------------------------------------------------------------------- Reuters-21578
def reuters_sample(path: Path, n: int = 1500) -> list[dict[str, str]]:
    """Every k-th dated Reuters story, so the sample spans February-October 1987."""
    import gzip
    import json

    records = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec.get("body") and rec.get("date"):
                records.append(
                    {
                        "id": str(rec["newid"]),
                        "title": rec.get("title") or "",
                        "text": rec["body"],
                        "date": rec["date"],
                    }
                )
    return records[:: max(1, len(records) // n)][:n]


@pytest.fixture(scope="module")
def reuters(data_file) -> AnalysisResult:
    import newsanalytics as na

    sample = reuters_sample(data_file("reuters21578/reuters21578.jsonl.gz"))
    return na.analyze(sample)


@pytest.fixture(scope="module")
def reuters_page(reuters) -> str:
    return render_report(reuters, title="Reuters-21578, 1987", freq="W", top_actors=6)


@pytest.mark.data
def test_reuters_weekly_series_span_1987_and_carry_intervals(reuters):
    from newsanalytics.tracking import track

    series = track(reuters, freq="W", top=3, min_mentions=5)
    assert series["period"].min() < pd.Timestamp("1987-03-01", tz="UTC")
    assert series["period"].max() > pd.Timestamp("1987-10-01", tz="UTC")
    top = series[series["actor"] == series["actor"].iloc[0]]
    solid = top[top["enough"]]
    assert len(solid) >= 5
    assert (solid["ci_low"] <= solid["sentiment"]).all()
    assert (solid["sentiment"] <= solid["ci_high"]).all()


@pytest.mark.data
def test_reuters_report_shows_weekly_actor_sentiment_and_topic_prevalence(reuters, reuters_page):
    totals = reuters.actors.groupby("actor")["mentions"].sum().sort_values(ascending=False)
    for actor in totals.index[:6]:
        assert f"<h3>{actor} " in reuters_page  # evidence sentences for each top actor
    assert 'alt="weekly sentiment of the top actors"' in reuters_page
    assert 'alt="weekly topic prevalence"' in reuters_page
    assert reuters_page.count("<mark>") >= 6 * 2


@pytest.mark.data
def test_reuters_report_renders_in_headless_chromium(reuters_page, tmp_path):
    html_path = tmp_path / "reuters.html"
    html_path.write_text(reuters_page, encoding="utf-8")
    assert_not_blank(screenshot(html_path, tmp_path, height=3000))


def test_report_suggests_a_coarser_period_when_most_periods_are_thin():
    thin = render_report(synthetic_result(120), freq="D", top_actors=1)
    assert "freq=&#x27;W&#x27;" in thin
    steady = render_report(synthetic_result(120), freq="Q", top_actors=1)
    assert "coarser period" not in steady


def test_report_is_deterministic():
    small = synthetic_result(60, seed=4)
    assert render_report(small, top_actors=2) == render_report(small, top_actors=2)


# ------------------------------------------------------------------ NaN shares, empty groups
def _copy(res: AnalysisResult) -> AnalysisResult:
    return AnalysisResult(
        res.articles.copy(), res.topics.copy(), res.actors.copy(), res.mentions.copy()
    )


@pytest.mark.parametrize(
    "case", ["one article without shares", "no shares at all", "no sentiment", "no topic rows"]
)
def test_report_renders_nan_shares_and_empty_groups(case):
    res = _copy(synthetic_result(n=60))
    names = res.topic_names
    if case == "one article without shares":  # a fitted model's article with no known word
        res.topics.loc[0, names] = np.nan
    elif case == "no shares at all":
        res.topics.loc[:, names] = np.nan
    elif case == "no sentiment":
        res.actors["sentiment"] = np.nan
        res.mentions["sentiment"] = np.nan
    else:
        res.topics = res.topics.iloc[0:0]
    page = render_report(res, min_mentions=1)
    assert page.startswith("<!DOCTYPE html>") and "</html>" in page
    if case == "no shares at all":
        assert "no topic shares" in page


def test_cli_report_with_a_fitted_taxonomy_and_articles_without_known_words(tmp_path):
    import json

    from newsanalytics.cli import main

    src = tmp_path / "in.jsonl"
    texts = ["The election vote was held.", "A diplomat went to the summit."] * 6
    texts += ["Browder tweeted about the saga in Madrid."]  # no word of the topics' vocabulary
    src.write_text(
        "".join(
            json.dumps({"id": f"s{i}", "date": f"2018-05-{1 + i:02d}", "text": t}) + "\n"
            for i, t in enumerate(texts)
        )
    )
    taxonomy = tmp_path / "topics.json"
    taxonomy.write_text(json.dumps({"elections": ["election", "vote"], "diplomacy": ["diplomat"]}))
    out = tmp_path / "r.html"
    assert main(["-q", "report", str(src), "--taxonomy", str(taxonomy), "-o", str(out)]) == 0
    assert "elections" in out.read_text()
