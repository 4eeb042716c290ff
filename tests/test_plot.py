"""Specification of the plots: each returns a Figure, draws what it says, touches no globals."""

from __future__ import annotations

import io
import sys

import numpy as np
import pandas as pd
import pytest

matplotlib = pytest.importorskip("matplotlib")

from matplotlib.figure import Figure  # noqa: E402

from newsanalytics.exceptions import (  # noqa: E402
    InputError,
    MissingDependencyError,
    NewsAnalyticsWarning,
)
from newsanalytics.pipeline import AnalysisResult  # noqa: E402
from newsanalytics.plot import (  # noqa: E402
    actor_topic_sentiment,
    plot_actor_timeline,
    plot_actor_topic_heatmap,
    plot_topic_prevalence,
)
from newsanalytics.tracking import track, track_topics  # noqa: E402


@pytest.fixture(scope="module")
def result() -> AnalysisResult:
    """Three actors over ten weeks, four topics; 'Rare' has few mentions per week."""
    rng = np.random.default_rng(0)
    n = 200
    ids = [f"a{i}" for i in range(n)]
    dates = pd.Timestamp("2020-01-06", tz="UTC") + pd.to_timedelta(rng.integers(0, 70, n), "D")
    articles = pd.DataFrame(
        {
            "id": ids,
            "date": dates,
            "title": [f"Story {i}" for i in range(n)],
            "status": "ok",
            "error": None,
            "warning": None,
            "n_sentences": 5,
            "n_mentions": 3,
            "tone": 0.0,
        }
    )
    rows = []
    for i, aid in enumerate(ids):
        rows.append((aid, "OAS", int(rng.integers(1, 4)), float(rng.uniform(-0.2, 0.8))))
        if i % 2:
            rows.append((aid, "Kerry", int(rng.integers(1, 3)), float(rng.uniform(-0.8, 0.2))))
        if i % 25 == 0:
            rows.append((aid, "Rare", 1, 0.1))
    actors = pd.DataFrame(rows, columns=["id", "actor", "mentions", "sentiment"]).assign(
        actor_id=None, type="organization", sentiment_std=np.nan, label="neutral"
    )
    shares = rng.dirichlet(np.ones(4), size=n)
    names = ["drugs", "trade", "diplomacy", "elections"]
    topics = pd.DataFrame(shares, columns=names).assign(id=ids)[["id", *names]]
    return AnalysisResult(articles=articles, topics=topics, actors=actors)


@pytest.fixture(scope="module")
def series(result) -> pd.DataFrame:
    return track(result, freq="W", min_mentions=5, n_boot=200)


def png_bytes(fig: Figure) -> bytes:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=50)
    return buf.getvalue()


def test_timeline_returns_a_figure_with_one_panel_per_actor(series):
    fig = plot_actor_timeline(series, actors=["OAS", "Kerry", "Rare"])
    assert isinstance(fig, Figure)
    titled = [ax.get_title(loc="left") for ax in fig.axes if ax.get_title(loc="left")]
    assert [t.split()[0] for t in titled] == ["OAS", "Kerry", "Rare"]
    assert png_bytes(fig).startswith(b"\x89PNG")


def test_timeline_draws_low_count_periods_as_hollow_markers(series):
    fig = plot_actor_timeline(series, actors=["Rare"])
    rare = series[series["actor"] == "Rare"]
    low_with_value = int((~rare["enough"] & rare["sentiment"].notna()).sum())
    assert low_with_value > 0
    hollow = [
        line
        for ax in fig.axes
        for line in ax.get_lines()
        if line.get_markerfacecolor() == "white" and len(line.get_xdata())
    ]
    assert sum(len(line.get_xdata()) for line in hollow) == low_with_value


def test_timeline_bands_only_cover_periods_with_enough_mentions(series):
    fig = plot_actor_timeline(series, actors=["Rare"])
    bands = [c for ax in fig.axes for c in ax.collections if c.get_paths()]
    assert not bands  # every Rare week is below min_mentions


def test_timeline_on_a_given_axes_draws_there(series):
    fig = Figure()
    ax = fig.subplots()
    out = plot_actor_timeline(series, actors=["OAS", "Kerry"], ax=ax)
    assert out is fig
    assert len(ax.get_lines()) > 0
    assert ax.get_legend() is not None


def test_timeline_refuses_unknown_actors(series):
    with pytest.raises(InputError, match="Nobody"):
        plot_actor_timeline(series, actors=["Nobody"])


def test_plots_neither_show_nor_change_global_state(result, series):
    import matplotlib.pyplot as plt

    backend = matplotlib.get_backend()
    before = plt.get_fignums()
    plot_actor_timeline(series)
    plot_topic_prevalence(track_topics(result))
    plot_actor_topic_heatmap(result)
    assert plt.get_fignums() == before
    assert matplotlib.get_backend() == backend


def test_topic_prevalence_stacks_one_band_per_topic(result):
    fig = plot_topic_prevalence(track_topics(result))
    legend = fig.axes[0].get_legend()
    assert sorted(t.get_text() for t in legend.get_texts()) == sorted(result.topic_names)


def test_topic_prevalence_groups_the_tail_into_other():
    periods = pd.date_range("2020-01-06", periods=3, freq="7D", tz="UTC")
    topics = [f"t{i}" for i in range(14)]
    shares = np.full(14, 1 / 14)
    tidy = pd.DataFrame(
        [(p, t, 4, s) for p in periods for t, s in zip(topics, shares, strict=True)],
        columns=["period", "topic", "n_articles", "share"],
    )
    fig = plot_topic_prevalence(tidy)
    labels = [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
    assert "other" in labels and len(labels) == 10


def test_heatmap_cells_are_share_weighted_sentiments(result):
    table = actor_topic_sentiment(result)
    acts = result.actors[result.actors["actor"] == "Kerry"].merge(result.topics, on="id")
    w = acts["drugs"] * acts["mentions"]
    expected = (w * acts["sentiment"]).sum() / w.sum()
    cell = table[(table["actor"] == "Kerry") & (table["topic"] == "drugs")].iloc[0]
    assert cell["sentiment"] == pytest.approx(expected)
    assert cell["weight"] == pytest.approx(w.sum())

    fig = plot_actor_topic_heatmap(result, actors=["Kerry"], topics=["drugs"])
    image = fig.axes[0].get_images()[0].get_array()
    assert float(image[0, 0]) == pytest.approx(expected)


def test_heatmap_greys_out_cells_with_few_mentions(result):
    fig = plot_actor_topic_heatmap(result, actors=["OAS", "Rare"], min_mentions=5)
    image = fig.axes[0].get_images()[0].get_array()
    assert not image.mask[0].any()
    assert image.mask[1].all()


def test_plots_without_matplotlib_name_the_extra(series, monkeypatch):
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    with pytest.raises(MissingDependencyError, match="plot"):
        plot_actor_timeline(series)


def test_empty_inputs_still_give_a_figure():
    empty = AnalysisResult()
    with pytest.warns(NewsAnalyticsWarning):
        assert isinstance(plot_actor_timeline(track(empty)), Figure)
        assert isinstance(plot_topic_prevalence(track_topics(empty)), Figure)
    assert isinstance(plot_actor_topic_heatmap(empty), Figure)


def test_topic_timelines_say_which_topic(result):
    series = track(result, topic="drugs", min_mentions=2, n_boot=100)
    fig = plot_actor_timeline(series, actors=["OAS"])
    assert "'drugs'" in fig.axes[0].get_title(loc="left")


def test_a_sparse_series_is_drawn_as_the_filled_one():
    from newsanalytics.plot import _with_empty_periods

    result = AnalysisResult(
        articles=pd.DataFrame(
            {
                "id": ["a", "b"],
                "date": pd.to_datetime(["2020-01-06", "2020-01-20"], utc=True),
                "status": "ok",
            }
        ),
        actors=pd.DataFrame({"id": ["a", "b"], "actor": "OAS", "mentions": 2, "sentiment": 0.5}),
    )
    sparse = track(result, freq="W", min_mentions=1)
    filled = track(result, freq="W", min_mentions=1, fill=True)
    assert len(sparse) == 2 and len(filled) == 3
    pd.testing.assert_frame_equal(_with_empty_periods(sparse), filled, check_dtype=False)
