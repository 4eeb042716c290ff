"""Specification of ``track`` and ``track_topics``: period series of actor sentiment and topics."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from newsanalytics.exceptions import InputError, NewsAnalyticsWarning
from newsanalytics.pipeline import AnalysisResult
from newsanalytics.tracking import track, track_topics


def make_result(articles, actors, topics=None) -> AnalysisResult:
    """A result from compact rows: articles (id, date[, status]), actors (id, actor, m, s)."""
    arts = pd.DataFrame(
        {
            "id": [a[0] for a in articles],
            "date": pd.to_datetime([a[1] for a in articles], utc=True),
            "title": [f"title {a[0]}" for a in articles],
            "status": [a[2] if len(a) > 2 else "ok" for a in articles],
            "error": None,
            "warning": None,
            "n_sentences": 1,
            "n_mentions": 0,
            "tone": 0.0,
        }
    )
    acts = pd.DataFrame(
        {
            "id": [r[0] for r in actors],
            "actor": [r[1] for r in actors],
            "actor_id": None,
            "type": "organization",
            "mentions": [r[2] for r in actors],
            "sentiment": [r[3] for r in actors],
            "sentiment_std": np.nan,
            "label": "neutral",
        }
    )
    tops = pd.DataFrame(topics) if topics is not None else pd.DataFrame({"id": []})
    return AnalysisResult(articles=arts, topics=tops, actors=acts)


@pytest.fixture
def small():
    # Two weeks (Mon 2020-01-06, Mon 2020-01-13) and an empty week in between to 2020-01-20.
    return make_result(
        articles=[
            ("a", "2020-01-06"),
            ("b", "2020-01-08"),
            ("c", "2020-01-09"),
            ("d", "2020-01-21"),
            ("e", None),
            ("f", "2020-01-07", "error"),
        ],
        actors=[
            ("a", "OAS", 2, 0.5),
            ("b", "OAS", 3, -0.1),
            ("c", "OAS", 1, 0.2),
            ("a", "Kerry", 1, -0.4),
            ("d", "OAS", 4, 0.6),
            ("e", "OAS", 9, -0.9),
            ("f", "OAS", 9, -0.9),
        ],
        topics={
            "id": ["a", "b", "c", "d", "e"],
            "drugs": [0.7, 0.2, 0.5, 1.0, 0.4],
            "trade": [0.3, 0.8, 0.5, 0.0, 0.6],
        },
    )


def row(series: pd.DataFrame, actor: str, period: str) -> pd.Series:
    hit = series[(series["actor"] == actor) & (series["period"] == pd.Timestamp(period, tz="UTC"))]
    assert len(hit) == 1, hit
    return hit.iloc[0]


def test_period_sentiment_is_the_mention_weighted_mean_of_article_sentiments(small):
    series = track(small, freq="W", min_mentions=1)
    week = row(series, "OAS", "2020-01-06")
    assert week["n_articles"] == 3
    assert week["n_mentions"] == 6
    assert week["sentiment"] == pytest.approx((2 * 0.5 + 3 * -0.1 + 1 * 0.2) / 6)


def test_topic_series_weights_each_article_by_share_times_mentions(small):
    series = track(small, freq="W", topic="drugs", min_mentions=1)
    week = row(series, "OAS", "2020-01-06")
    weights = np.array([0.7 * 2, 0.2 * 3, 0.5 * 1])
    sentiments = np.array([0.5, -0.1, 0.2])
    assert week["topic"] == "drugs"
    assert week["n_mentions"] == pytest.approx(weights.sum())
    assert week["n_articles"] == pytest.approx(0.7 + 0.2 + 0.5)
    assert week["sentiment"] == pytest.approx((weights * sentiments).sum() / weights.sum())


def test_topic_with_zero_share_contributes_nothing(small):
    series = track(small, freq="W", topic="trade", min_mentions=1, fill=True)
    week = row(series, "OAS", "2020-01-20")
    assert week["n_mentions"] == 0
    assert np.isnan(week["sentiment"])


def test_periods_with_few_mentions_are_marked_not_dropped(small):
    series = track(small, freq="W", min_mentions=5, fill=True)
    oas = series[series["actor"] == "OAS"].set_index("period")
    assert len(oas) == 3  # the empty middle week is there too (fill=True)
    assert oas["enough"].tolist() == [True, False, False]
    assert oas["n_mentions"].tolist() == [6, 0, 4]
    assert oas["sentiment"].iloc[2] == pytest.approx(0.6)


def test_periods_without_mentions_are_left_out_unless_filled(small):
    sparse = track(small, freq="W", min_mentions=1)
    oas = sparse[sparse["actor"] == "OAS"]
    assert oas["n_mentions"].tolist() == [6, 4]  # the empty middle week is not a row
    assert (sparse["n_mentions"] > 0).all()
    filled = track(small, freq="W", min_mentions=1, fill=True)
    assert len(filled) > len(sparse)
    # the rows both have are the same rows
    kept = filled[filled["n_mentions"] > 0].reset_index(drop=True)
    pd.testing.assert_frame_equal(kept, sparse, check_like=True)


def test_smoothing_over_an_empty_period_is_the_same_without_fill(small):
    sparse = track(small, freq="W", smooth=2, min_mentions=1)
    oas = sparse[sparse["actor"] == "OAS"]
    assert oas["sentiment_smooth"].iloc[1] == pytest.approx(0.6)  # window: empty week + week 3


def test_undated_and_failed_articles_are_left_out(small):
    series = track(small, freq="W", min_mentions=1)
    assert series.loc[series["actor"] == "OAS", "n_mentions"].sum() == 6 + 4


def test_period_is_the_utc_start_of_the_period(small):
    weekly = track(small, freq="W")
    assert set(weekly["period"].dt.day_of_week) == {0}  # weeks start on Monday
    monthly = track(small, freq="M")
    assert list(monthly["period"].unique()) == [pd.Timestamp("2020-01-01", tz="UTC")]
    assert str(monthly["period"].dt.tz) == "UTC"


def test_actors_are_sorted_most_mentioned_first_and_top_limits_them(small):
    series = track(small)
    assert list(dict.fromkeys(series["actor"])) == ["OAS", "Kerry"]
    assert set(track(small, top=1)["actor"]) == {"OAS"}
    assert set(track(small, actors=["Kerry"])["actor"]) == {"Kerry"}


def test_unknown_actor_is_refused_with_close_matches(small):
    with pytest.raises(InputError, match="Kerry"):
        track(small, actors=["Kery"])


@pytest.mark.parametrize(
    "kwargs",
    [
        {"topic": "sports"},
        {"freq": "fortnight"},
        {"method": "jackknife"},
        {"ci": 95},
        {"smooth": 0},
        {"min_mentions": -1},
    ],
)
def test_bad_arguments_raise_input_error(small, kwargs):
    with pytest.raises(InputError):
        track(small, **kwargs)


def test_single_article_periods_get_no_interval(small):
    series = track(small, freq="W", min_mentions=1)
    week = row(series, "OAS", "2020-01-20")
    assert np.isnan(week["ci_low"]) and np.isnan(week["ci_high"])


def test_empty_result_gives_empty_series_with_the_columns():
    with pytest.warns(NewsAnalyticsWarning, match="holds no articles"):
        series = track(AnalysisResult())
    assert len(series) == 0
    assert {"period", "actor", "n_mentions", "sentiment", "ci_low", "ci_high"} <= set(series)


def test_smoothing_is_a_trailing_mention_weighted_mean(small):
    series = track(small, freq="W", smooth=2, min_mentions=1, fill=True)
    oas = series[series["actor"] == "OAS"]
    # The window ending at the third week holds the empty second week and the third week.
    assert oas["sentiment_smooth"].iloc[2] == pytest.approx(0.6)
    assert oas["sentiment_smooth"].iloc[1] == pytest.approx(oas["sentiment"].iloc[0])


# --------------------------------------------------------------------------- synthetic series
def synthetic_series(means, n_articles, seed, *, concentration=4.0):
    """One actor over len(means) weeks; article sentiments in [-1, 1] with the given means.

    Mention counts are drawn independently of sentiment, so the mention-weighted mean of a
    week targets the week's mean.
    """
    rng = np.random.default_rng(seed)
    start = pd.Timestamp("2001-01-01", tz="UTC")
    articles, actors = [], []
    for week, mu in enumerate(means):
        p = (mu + 1) / 2
        s = 2 * rng.beta(concentration * p, concentration * (1 - p), size=n_articles) - 1
        m = rng.integers(1, 6, size=n_articles)
        for j in range(n_articles):
            aid = f"{week}-{j}"
            articles.append((aid, start + pd.Timedelta(weeks=week, days=j % 7)))
            actors.append((aid, "Actor", int(m[j]), float(s[j])))
    return make_result(articles, actors)


@pytest.fixture(scope="module")
def long_series():
    # 400 independent weeks with known, varying means: one simulated estimate per week.
    means = 0.6 * np.sin(np.arange(400) / 7.0)
    return means, synthetic_series(means, n_articles=50, seed=1)


@pytest.mark.parametrize(
    ("method", "ci"),
    [("bootstrap", 0.95), ("bootstrap", 0.5), ("analytic", 0.95), ("analytic", 0.5)],
)
def test_interval_covers_the_true_mean_at_its_nominal_rate(long_series, method, ci):
    means, result = long_series
    series = track(result, freq="W", method=method, ci=ci, n_boot=400, min_mentions=1)
    assert len(series) == len(means)
    covered = (series["ci_low"].to_numpy() <= means) & (means <= series["ci_high"].to_numpy())
    assert covered.mean() == pytest.approx(ci, abs=0.03)


def test_bootstrap_is_deterministic_and_independent_of_the_other_actors(small):
    a = track(small, n_boot=200, random_state=3)
    b = track(small, n_boot=200, random_state=3, actors=["OAS"])
    pd.testing.assert_frame_equal(
        a[a["actor"] == "OAS"].reset_index(drop=True), b.reset_index(drop=True)
    )


def test_shift_flags_a_step_change_and_little_else():
    means = np.r_[np.full(15, -0.4), np.full(15, 0.4)]
    result = synthetic_series(means, n_articles=25, seed=2)
    series = track(result, freq="W", flag_shifts=True, method="analytic", min_mentions=1)
    flags = series["shift"].to_numpy()
    assert flags[15]
    assert flags.sum() <= 3


def test_track_reads_results_rebuilt_from_jsonl(small, tmp_path):
    path = small.to_jsonl(tmp_path / "r.jsonl")
    rebuilt = AnalysisResult.from_jsonl(path)
    before = track(small, method="analytic", min_mentions=1)
    after = track(rebuilt, method="analytic", min_mentions=1)
    pd.testing.assert_frame_equal(before, after, check_dtype=False, atol=1e-5)


# --------------------------------------------------------------------------- topics
def test_topic_prevalence_is_the_mean_share_of_the_period_articles(small):
    prevalence = track_topics(small, freq="W")
    first = prevalence[prevalence["period"] == pd.Timestamp("2020-01-06", tz="UTC")]
    drugs = first[first["topic"] == "drugs"].iloc[0]
    assert drugs["n_articles"] == 3
    assert drugs["share"] == pytest.approx((0.7 + 0.2 + 0.5) / 3)
    assert first["share"].sum() == pytest.approx(1.0)


def test_topic_prevalence_keeps_empty_periods(small):
    prevalence = track_topics(small, freq="W")
    assert prevalence["period"].nunique() == 3
    empty = prevalence[prevalence["n_articles"] == 0]
    assert len(empty) == 2 and empty["share"].isna().all()


def test_topic_prevalence_without_topics_or_dates_is_empty():
    with pytest.warns(NewsAnalyticsWarning, match="holds no articles"):
        assert track_topics(AnalysisResult()).empty


def test_shift_compares_a_period_with_the_pooled_window_before_it():
    means = np.r_[np.full(12, 0.5), np.full(12, -0.5)]
    result = synthetic_series(means, n_articles=25, seed=3)
    series = track(result, freq="W", smooth=4, flag_shifts=True, method="analytic", min_mentions=1)
    flags = series["shift"].to_numpy()
    assert flags[12]  # the first low week against the four high weeks before it
    assert not flags[:4].any()  # no full window before the fifth week
    assert (series.loc[series["shift"], "n_mentions"] >= 1).all()


def test_string_dates_in_mixed_iso_forms_are_all_parsed(small):
    mixed = small.articles.copy()
    mixed["date"] = ["2020-01-06T10:00:00.250000+00:00", "2020-01-08T09:00:00+00:00",
                     "2020-01-09", "2020-01-21T00:00:00Z", None, "2020-01-07"]  # fmt: skip
    as_strings = AnalysisResult(articles=mixed, topics=small.topics, actors=small.actors)
    pd.testing.assert_frame_equal(
        track(as_strings, min_mentions=1, method="analytic"),
        track(small, min_mentions=1, method="analytic"),
    )
