"""Tracking over time: actor sentiment and topic prevalence as tidy period series.

:func:`track` turns the article-level actor table of an :class:`AnalysisResult` into one row
per period and actor, with an interval around each period's sentiment; :func:`track_topics`
does the same for topic prevalence. Both start from ``result.articles["date"]``: articles
without a date (or not ``"ok"``) cannot be placed in a period and are left out (logged).

How a period's sentiment is computed
------------------------------------
Each article contributes one row per actor: the actor's mean sentiment over its mentions in
that article, ``s_i``, and its mention count, ``m_i``. A period's sentiment is the
mention-weighted mean of those article-level values,

    sentiment = sum(w_i * s_i) / sum(w_i),   w_i = m_i,

which equals the mean over all of the period's mentions. Within a topic (``topic=``), an
article counts by its share of that topic: ``w_i = share_i * m_i``, so an article that is 70%
about drug policy contributes 70% of its mentions to the drug-policy series.

Intervals
---------
The unit of resampling is the article, not the mention: mentions in one article share a
writer and a stance, so treating them as independent would make intervals too narrow.
``method="bootstrap"`` (default) resamples the period's articles with replacement and takes
percentiles of the weighted mean, expanded for small samples (Hesterberg 2015, "What teachers
should know about the bootstrap", section 4.5); ``method="analytic"`` uses the linearised (delta-method)
variance of the ratio estimator with a Student t quantile on ``k - 1`` degrees of freedom.
A period with fewer than two articles gets no interval (NaN): one article says nothing about
how much articles vary. On simulated weeks of 50 articles both intervals cover the true mean
at their nominal rate (tests/test_tracking.py); with about 10 articles a 95% interval covers
about 91-92% of the time, so read thin periods with care.
"""

from __future__ import annotations

import difflib
import functools
import logging
import zlib
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from .exceptions import InputError

if TYPE_CHECKING:  # pragma: no cover
    from .pipeline import AnalysisResult

__all__ = ["track", "track_topics", "SERIES_COLUMNS", "TOPIC_SERIES_COLUMNS"]

logger = logging.getLogger(__name__)
logger.addHandler(logging.NullHandler())

SERIES_COLUMNS = [
    "period",
    "actor",
    "n_articles",
    "n_mentions",
    "sentiment",
    "ci_low",
    "ci_high",
    "enough",
]
TOPIC_SERIES_COLUMNS = ["period", "topic", "n_articles", "share"]
_METHODS = ("bootstrap", "analytic")
# pandas offset aliases (used by resample) that to_period spells differently.
_PERIOD_ALIASES = {"ME": "M", "MS": "M", "QE": "Q", "QS": "Q", "YE": "Y", "YS": "Y", "A": "Y"}


# --------------------------------------------------------------------------- public API
def track(
    result: AnalysisResult,
    freq: str = "W",
    topic: str | None = None,
    min_mentions: int = 5,
    *,
    actors: Iterable[str] | None = None,
    top: int | None = None,
    ci: float = 0.95,
    method: str = "bootstrap",
    n_boot: int = 1000,
    random_state: int | None = 0,
    smooth: int | None = None,
    flag_shifts: bool = False,
    fill: bool = False,
) -> pd.DataFrame:
    """Sentiment toward each actor per period, with intervals, optionally within a topic.

    Parameters
    ----------
    result : AnalysisResult
        Output of :func:`newsanalytics.analyze` (or ``AnalysisResult.from_jsonl``).
    freq : str, default "W"
        Period length as a pandas period alias: ``"D"``, ``"W"`` (weeks starting Monday),
        ``"M"``, ``"Q"``, ``"Y"``; ``"W-SAT"`` etc. choose the week's last day.
    topic : str, optional
        Track sentiment within this topic: each article counts by its share of the topic
        (weight = share x mentions). Must be one of ``result.topic_names``.
    min_mentions : int, default 5
        Periods with fewer (weighted) mentions are kept but marked ``enough=False``.
    actors : iterable of str, optional
        Actor names (as in ``result.actors["actor"]``) to track. Unknown names raise
        :class:`InputError` with close matches.
    top : int, optional
        Track the ``top`` most-mentioned actors (over the whole result, or within ``topic``).
        Ignored when ``actors`` is given. With neither, every actor is tracked.
    ci : float, default 0.95
        Confidence level of the interval.
    method : {"bootstrap", "analytic"}, default "bootstrap"
        Article-level percentile bootstrap, or the delta-method interval (see module notes).
    n_boot : int, default 1000
        Bootstrap resamples per period and actor.
    random_state : int or None, default 0
        Seed of the bootstrap. Each (actor, period) draws from its own stream derived from
        the seed, so an actor's intervals do not depend on which other actors are tracked.
    smooth : int, optional
        Add ``sentiment_smooth``: the mention-weighted mean over a trailing window of this
        many periods (empty periods contribute nothing).
    flag_shifts : bool, default False
        Add ``shift``: True where this period's sentiment differs at level ``ci`` from the
        pooled sentiment of the window just before it (the ``smooth`` previous periods, else
        the previous one). The test is a two-sample z test on the analytic standard errors;
        the period and the window each need ``min_mentions`` mentions and two articles, so
        only periods with data are flagged. Expect ``1 - ci`` false flags per tested period:
        treat flags as prompts to read, not findings.
    fill : bool, default False
        Also give the periods in which an actor has no mentions (``n_mentions=0``, no
        sentiment), so every actor has a row for every period from the first to the last
        dated article. By default those rows are left out: an archive of years in weeks
        would otherwise hold a row for every actor in every week.

    Returns
    -------
    DataFrame
        One row per actor and period in which the actor is mentioned (every period from the
        first to the last dated article with ``fill=True``), sorted by actor (most
        mentioned first) then period. Columns: ``period`` (Timestamp, UTC, start of the
        period), ``actor``, ``topic`` (only with ``topic=``), ``n_articles``, ``n_mentions``,
        ``sentiment``, ``ci_low``, ``ci_high``, ``enough`` and, when asked for,
        ``sentiment_smooth`` and ``shift``. With ``topic=`` the counts are share-weighted
        (floats). ``attrs`` records the parameters.

    Warns
    -----
    NewsAnalyticsWarning
        When nothing can be tracked, saying why: no articles, none analysed (status
        ``"ok"``), none dated, or no actor mentioned.

    Examples
    --------
    >>> import newsanalytics as na
    >>> res = na.analyze([{"text": "Kerry praised the OAS.", "date": "2013-06-05"}])
    >>> series = na.track(res, freq="W", min_mentions=1)
    >>> list(series.columns[:5])
    ['period', 'actor', 'n_articles', 'n_mentions', 'sentiment']
    """
    _check_result(result, "track")
    period_freq = _period_freq(freq)
    _check_track_params(min_mentions, top, ci, method, n_boot, smooth)
    _say_why_empty(result, actors_needed=True)
    rows = _actor_rows(result, period_freq, topic)
    names = _select_actors(result, rows, actors, top)
    grid = _period_grid(result, period_freq)
    base_seed = _base_seed(random_state)

    ordinals = grid.asi8 if len(grid) else np.empty(0, dtype="int64")
    if len(rows):
        rows = rows.assign(pos=grid.get_indexer(pd.PeriodIndex(rows["period"], freq=grid.freq)))
        rows = rows.sort_values(["actor", "pos"], kind="stable")
        by_actor = rows.groupby("actor", sort=False).indices
    else:
        by_actor = {}
    arrays = {
        "pos": rows["pos"].to_numpy(dtype="int64") if len(rows) else np.empty(0, dtype="int64"),
        "weight": rows["weight"].to_numpy(dtype=float),
        "sentiment": rows["sentiment"].to_numpy(dtype=float),
        "share": rows["share"].to_numpy(dtype=float),
    }
    nothing = np.empty(0, dtype="int64")
    parts = [
        _actor_series(
            name,
            {k: v[by_actor.get(name, nothing)] for k, v in arrays.items()},
            ordinals,
            min_mentions=min_mentions,
            ci=ci,
            method=method,
            n_boot=n_boot,
            seed=base_seed,
            smooth=smooth,
            flag_shifts=flag_shifts,
        )
        for name in names
    ]
    columns = list(SERIES_COLUMNS)
    if smooth is not None:
        columns.append("sentiment_smooth")
    if flag_shifts:
        columns.append("shift")
    n = len(grid)
    data: dict[str, Any] = {
        "period": np.tile(_period_starts(grid), len(names)),
        "actor": np.repeat(np.asarray(names, dtype=object), n),
    }
    for col in columns[2:]:
        values = np.concatenate([p[col] for p in parts]) if parts else np.empty(0)
        if col in ("n_articles", "n_mentions") and topic is None:
            values = values.astype("int64")
        elif col in ("enough", "shift"):
            values = values.astype(bool)
        data[col] = values
    out = pd.DataFrame(data, columns=columns)
    out["period"] = pd.to_datetime(out["period"], utc=True).astype("datetime64[ns, UTC]")
    if topic is not None:
        out.insert(2, "topic", topic)
    out = out[[c for c in out.columns if c in columns or c == "topic"]]
    if not fill:
        # smoothing and shift flags were computed on the full grid; only the rows go
        out = out[out["n_mentions"] > 0].reset_index(drop=True)
    out.attrs.update(
        {
            "freq": freq,
            "topic": topic,
            "min_mentions": min_mentions,
            "ci": ci,
            "method": method,
            "smooth": smooth,
            "fill": fill,
        }
    )
    return out


def track_topics(result: AnalysisResult, freq: str = "W") -> pd.DataFrame:
    """Topic prevalence per period: the mean topic share of the period's ok, dated articles.

    Parameters
    ----------
    result : AnalysisResult
        Output of :func:`newsanalytics.analyze`.
    freq : str, default "W"
        Period alias, as for :func:`track`.

    Returns
    -------
    DataFrame
        One row per period and topic, every period from the first to the last dated article:
        ``period`` (Timestamp, UTC, period start), ``topic``, ``n_articles`` (ok articles
        dated in the period), ``share`` (their mean share of the topic; NaN without
        articles). Shares of one period sum to 1 minus the period's mean "other" share
        (what no named topic covers, see :meth:`newsanalytics.TopicModel.score`).

    Examples
    --------
    >>> import newsanalytics as na
    >>> res = na.analyze([{"text": "The central bank raised rates.", "date": "1987-03-02"}])
    >>> prevalence = na.track_topics(res, freq="M")
    >>> list(prevalence.columns)
    ['period', 'topic', 'n_articles', 'share']
    """
    _check_result(result, "track_topics")
    period_freq = _period_freq(freq)
    _say_why_empty(result, actors_needed=False)
    names = result.topic_names
    grid = _period_grid(result, period_freq)
    if not names or len(grid) == 0:
        out = pd.DataFrame(
            {
                "period": pd.Series(dtype="datetime64[ns, UTC]"),
                "topic": pd.Series(dtype=object),
                "n_articles": pd.Series(dtype="int64"),
                "share": pd.Series(dtype=float),
            }
        )
        out.attrs["freq"] = freq
        return out
    dated = _dated_ok_articles(result, period_freq)
    topics = result.topics.assign(id=result.topics["id"].astype(str))
    merged = dated.merge(topics, on="id", how="inner")
    counts = merged.groupby("period").size().reindex(grid, fill_value=0)
    means = merged.groupby("period")[names].mean().reindex(grid)
    starts = _period_starts(grid)
    out = pd.DataFrame(
        {
            "period": np.repeat(starts, len(names)),
            "topic": np.tile(np.asarray(names, dtype=object), len(grid)),
            "n_articles": np.repeat(counts.to_numpy(dtype="int64"), len(names)),
            "share": means.to_numpy(dtype=float).ravel(),
        }
    )
    out.attrs["freq"] = freq
    return out


# --------------------------------------------------------------------------- preparation
def _period_freq(freq: str) -> str:
    if not isinstance(freq, str) or not freq:
        raise InputError(f"freq must be a pandas period alias such as 'W' or 'M', got {freq!r}")
    alias = _PERIOD_ALIASES.get(freq.upper(), freq)
    try:
        pd.Period("2000-01-01", freq=alias)
    except (ValueError, TypeError) as exc:
        raise InputError(
            f"freq={freq!r} is not a period alias; use 'D', 'W', 'M', 'Q' or 'Y' "
            f"(or e.g. 'W-SAT' for weeks ending Saturday)"
        ) from exc
    return alias


def _check_track_params(
    min_mentions: float, top: int | None, ci: float, method: str, n_boot: int, smooth: int | None
) -> None:
    if min_mentions < 0:
        raise InputError(f"min_mentions must be >= 0, got {min_mentions!r}")
    if top is not None and (not isinstance(top, (int, np.integer)) or top < 1):
        raise InputError(f"top must be a positive int or None, got {top!r}")
    if not 0 < ci < 1:
        raise InputError(f"ci must be a level strictly between 0 and 1 (e.g. 0.95), got {ci!r}")
    if method not in _METHODS:
        raise InputError(f"method must be one of {_METHODS}, got {method!r}")
    if not isinstance(n_boot, (int, np.integer)) or n_boot < 10:
        raise InputError(f"n_boot must be an int >= 10, got {n_boot!r}")
    if smooth is not None and (not isinstance(smooth, (int, np.integer)) or smooth < 1):
        raise InputError(f"smooth must be a positive number of periods or None, got {smooth!r}")


def _to_utc(values: pd.Series) -> pd.Series:
    """Dates as UTC timestamps (NaT where missing or unparseable).

    Strings are parsed one by one (``format="mixed"``): ISO dates with and without
    fractional seconds often sit in one column, and a single inferred format would turn the
    odd ones into NaT.
    """
    if isinstance(values.dtype, pd.DatetimeTZDtype) or pd.api.types.is_datetime64_dtype(values):
        return pd.to_datetime(values, utc=True)
    return pd.to_datetime(values, utc=True, errors="coerce", format="mixed")


def _check_result(result: Any, name: str) -> None:
    """Refuse what is not an analysis result, saying what to pass instead."""
    import os

    from .exceptions import InputError

    if isinstance(result, str | os.PathLike):
        raise InputError(
            f"{name}() takes the AnalysisResult of na.analyze, got the path {str(result)!r}; "
            "to track a JSONL file written by analyze, pass "
            "na.AnalysisResult.from_jsonl(path)"
        )
    if not all(hasattr(result, t) for t in ("articles", "actors", "topics")):
        raise InputError(
            f"{name}() takes the AnalysisResult of na.analyze, got {type(result).__name__}"
        )


def _say_why_empty(result: AnalysisResult, *, actors_needed: bool) -> None:
    """Warn when nothing can be tracked, and why: a series without rows says nothing."""
    import warnings

    from .exceptions import NewsAnalyticsWarning

    arts = result.articles
    ok = arts[arts["status"] == "ok"] if len(arts) else arts
    if not len(arts):
        reason = "the result holds no articles"
    elif not len(ok):
        reason = f"none of its {len(arts):,} articles was analysed (status 'ok')"
    elif _to_utc(ok["date"]).isna().all():
        reason = (
            f"none of its {len(ok):,} analysed articles has a date (name the field that "
            "holds the dates with date_field= / --date-field when analysing)"
        )
    elif actors_needed and not len(result.actors):
        reason = f"no actor is mentioned in its {len(ok):,} analysed articles"
    else:
        return
    warnings.warn(NewsAnalyticsWarning(f"nothing to track: {reason}"), stacklevel=3)


def _dated_ok_articles(result: AnalysisResult, period_freq: str) -> pd.DataFrame:
    """``id`` (str) and ``period`` (Period) of the ok articles that have a date."""
    arts = result.articles
    if not len(arts):
        return pd.DataFrame({"id": pd.Series(dtype=object), "period": pd.Series(dtype=object)})
    ok = arts[arts["status"] == "ok"]
    dates = _to_utc(ok["date"])
    n_undated = int(dates.isna().sum())
    if n_undated:
        logger.info("%d of %d ok articles have no date and are left out", n_undated, len(ok))
    keep = dates.notna()
    naive = dates[keep].dt.tz_convert("UTC").dt.tz_localize(None)
    return pd.DataFrame(
        {"id": ok.loc[keep, "id"].astype(str).to_numpy(), "period": naive.dt.to_period(period_freq)}
    )


def _period_grid(result: AnalysisResult, period_freq: str) -> pd.PeriodIndex:
    dated = _dated_ok_articles(result, period_freq)
    if not len(dated):
        return pd.PeriodIndex([], freq=period_freq)
    return pd.period_range(dated["period"].min(), dated["period"].max(), freq=period_freq)


def _period_starts(grid: pd.PeriodIndex) -> pd.DatetimeIndex:
    return grid.start_time.tz_localize("UTC")


def _actor_rows(result: AnalysisResult, period_freq: str, topic: str | None) -> pd.DataFrame:
    """One row per dated ok article and actor: actor, id, period, weight, sentiment, share."""
    if topic is not None and topic not in result.topic_names:
        raise InputError(
            f"topic={topic!r} is not a topic of this result; allowed: {result.topic_names}"
        )
    dated = _dated_ok_articles(result, period_freq)
    acts = result.actors
    if not len(acts) or not len(dated):
        return pd.DataFrame(
            columns=["id", "actor", "period", "mentions", "share", "weight", "sentiment"]
        )
    acts = pd.DataFrame(
        {
            "id": acts["id"].astype(str).to_numpy(),
            "actor": acts["actor"].astype(str).to_numpy(),
            "mentions": pd.to_numeric(acts["mentions"], errors="coerce").fillna(0).to_numpy(),
            "sentiment": pd.to_numeric(acts["sentiment"], errors="coerce").to_numpy(),
        }
    )
    rows = acts.merge(dated, on="id", how="inner")
    if topic is None:
        rows["share"] = 1.0
    else:
        shares = pd.DataFrame(
            {
                "id": result.topics["id"].astype(str).to_numpy(),
                "share": pd.to_numeric(result.topics[topic], errors="coerce").to_numpy(),
            }
        )
        rows = rows.merge(shares, on="id", how="inner")
        rows["share"] = rows["share"].fillna(0.0)
    rows["weight"] = rows["share"] * rows["mentions"]
    return rows


def _select_actors(
    result: AnalysisResult,
    rows: pd.DataFrame,
    actors: Iterable[str] | None,
    top: int | None,
) -> list[str]:
    """Actor names to track, most mentioned first."""
    totals = rows.groupby("actor")["weight"].sum() if len(rows) else pd.Series(dtype=float)
    ranked = sorted(totals.index, key=lambda a: (-totals[a], a))
    if actors is not None:
        if isinstance(actors, str):
            actors = [actors]
        wanted = list(dict.fromkeys(actors))
        known = set(result.actors["actor"].astype(str)) if len(result.actors) else set()
        unknown = [a for a in wanted if a not in known]
        if unknown:
            hints = {a: difflib.get_close_matches(a, sorted(known), n=3) for a in unknown}
            raise InputError(
                f"actors not found in result.actors['actor']: {unknown}; close matches: {hints}"
            )
        return sorted(wanted, key=lambda a: (-totals.get(a, 0.0), a))
    if top is not None:
        return ranked[:top]
    return ranked


def _base_seed(random_state: int | None) -> int:
    if random_state is None:
        return int(np.random.SeedSequence().entropy % (2**63))
    if not isinstance(random_state, (int, np.integer)) or random_state < 0:
        raise InputError(f"random_state must be a non-negative int or None, got {random_state!r}")
    return int(random_state)


# --------------------------------------------------------------------------- estimation
def _actor_series(
    name: str,
    rows: dict[str, np.ndarray],
    ordinals: np.ndarray,
    *,
    min_mentions: float,
    ci: float,
    method: str,
    n_boot: int,
    seed: int,
    smooth: int | None,
    flag_shifts: bool,
) -> dict[str, np.ndarray]:
    """One actor's rows (arrays sorted by period position ``pos``) -> its series columns."""
    n = len(ordinals)
    pos, weight, sentiment = rows["pos"], rows["weight"], rows["sentiment"]
    n_articles = np.bincount(pos, weights=rows["share"], minlength=n)
    n_mentions = np.bincount(pos, weights=weight, minlength=n)

    usable = np.isfinite(sentiment) & (weight > 0)
    pos, w_all, s_all = pos[usable], weight[usable], sentiment[usable]
    sum_w = np.bincount(pos, weights=w_all, minlength=n)
    sum_ws = np.bincount(pos, weights=w_all * s_all, minlength=n)
    with np.errstate(invalid="ignore", divide="ignore"):
        est = np.where(sum_w > 0, sum_ws / np.where(sum_w > 0, sum_w, 1.0), np.nan)
    lo = np.full(n, np.nan)
    hi = np.full(n, np.nan)
    # Per period: arrays (weights, sentiments) of the articles usable for estimation.
    empty = (np.empty(0), np.empty(0))
    samples: list[tuple[np.ndarray, np.ndarray]] = [empty] * n
    actor_key = zlib.crc32(name.encode("utf-8"))
    periods, starts, counts = np.unique(pos, return_index=True, return_counts=True)
    for i, start, count in zip(periods, starts, counts, strict=True):
        w, s = w_all[start : start + count], s_all[start : start + count]
        samples[i] = (w, s)
        if count < 2:
            continue
        if method == "bootstrap":
            rng = np.random.default_rng([seed, actor_key, int(ordinals[i]) & 0xFFFFFFFF])
            lo[i], hi[i] = _bootstrap_interval(w, s, ci, n_boot, rng)
        else:
            lo[i], hi[i] = _analytic_interval(w, s, ci)
    out = {
        "n_articles": n_articles,
        "n_mentions": n_mentions,
        "sentiment": est,
        "ci_low": lo,
        "ci_high": hi,
        "enough": n_mentions >= min_mentions,
    }
    if smooth is not None:
        out["sentiment_smooth"] = _rolling_ratio(sum_ws, sum_w, smooth)
    if flag_shifts:
        out["shift"] = _shift_flags(samples, window=smooth or 1, ci=ci, min_mentions=min_mentions)
    return out


def _bootstrap_interval(
    w: np.ndarray, s: np.ndarray, ci: float, n_boot: int, rng: np.random.Generator
) -> tuple[float, float]:
    """Expanded percentile interval of the weighted mean, resampling articles.

    The plain percentile interval is too narrow with few articles (it ignores the ``k - 1``
    degrees of freedom); Hesterberg's expansion widens the percentiles so that the interval
    matches a t interval's width in the normal case.
    """
    k = len(w)
    idx = rng.integers(0, k, size=(n_boot, k))
    ws = w * s
    stats = ws[idx].sum(axis=1) / w[idx].sum(axis=1)
    alpha = _expanded_tail(ci, k)
    low, high = np.quantile(stats, [alpha, 1.0 - alpha])
    return float(low), float(high)


def _ratio_se(w: np.ndarray, s: np.ndarray) -> tuple[float, float]:
    """Weighted mean and its linearised (delta-method) standard error over articles."""
    k = len(w)
    total = w.sum()
    mean = float((w * s).sum() / total)
    if k < 2:
        return mean, float("nan")
    resid = w * (s - mean)
    var = k / (k - 1) * float((resid**2).sum()) / total**2
    return mean, float(np.sqrt(var))


@functools.lru_cache(maxsize=4096)
def _t_quantile(ci: float, df: int) -> float:
    from scipy.stats import t as student_t

    return float(student_t.ppf(0.5 + ci / 2.0, df=df))


@functools.lru_cache(maxsize=4096)
def _expanded_tail(ci: float, k: int) -> float:
    from scipy.stats import norm

    return float(norm.cdf(-np.sqrt(k / (k - 1)) * _t_quantile(ci, k - 1)))


def _analytic_interval(w: np.ndarray, s: np.ndarray, ci: float) -> tuple[float, float]:
    mean, se = _ratio_se(w, s)
    q = _t_quantile(ci, len(w) - 1)
    return max(mean - q * se, -1.0), min(mean + q * se, 1.0)


def _rolling_ratio(sum_ws: np.ndarray, sum_w: np.ndarray, window: int) -> np.ndarray:
    kernel = np.ones(window)
    num = np.convolve(sum_ws, kernel)[: len(sum_ws)]
    den = np.convolve(sum_w, kernel)[: len(sum_w)]
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(den > 0, num / np.where(den > 0, den, 1.0), np.nan)


def _shift_flags(
    samples: Sequence[tuple[np.ndarray, np.ndarray]],
    *,
    window: int,
    ci: float,
    min_mentions: float,
) -> np.ndarray:
    from scipy.stats import norm

    z_crit = float(norm.ppf(0.5 + ci / 2.0))
    n = len(samples)
    flags = np.zeros(n, dtype=bool)

    def pooled(start: int, stop: int) -> tuple[np.ndarray, np.ndarray]:
        ws = [samples[j][0] for j in range(start, stop)]
        ss = [samples[j][1] for j in range(start, stop)]
        return np.concatenate(ws), np.concatenate(ss)

    for t in range(window, n):
        w_cur, s_cur = samples[t]
        w_prev, s_prev = pooled(t - window, t)
        if len(w_cur) < 2 or len(w_prev) < 2:
            continue
        if w_cur.sum() < min_mentions or w_prev.sum() < min_mentions:
            continue
        m_cur, se_cur = _ratio_se(w_cur, s_cur)
        m_prev, se_prev = _ratio_se(w_prev, s_prev)
        se = np.hypot(se_cur, se_prev)
        if se > 0 and abs(m_cur - m_prev) / se > z_crit:
            flags[t] = True
        elif se == 0 and m_cur != m_prev:
            flags[t] = True
    return flags
