"""Plots of tracked series: actor sentiment timelines, topic prevalence, actor x topic heat map.

Needs the optional extra ``plot`` (matplotlib). Every function builds a
:class:`matplotlib.figure.Figure` directly, without pyplot, so nothing here touches the global
backend or pyplot's figure registry, and nothing is shown: save the figure
(``fig.savefig("x.png")``) or let a notebook display it.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from .exceptions import InputError, missing_extra

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    from .pipeline import AnalysisResult

__all__ = ["plot_actor_timeline", "plot_topic_prevalence", "plot_actor_topic_heatmap"]

logger = logging.getLogger(__name__)
logger.addHandler(logging.NullHandler())

_MAX_DEFAULT_ACTORS = 8
_MAX_DEFAULT_TOPICS = 10
_LOW_COLOR = "#9a9a9a"


def _matplotlib() -> Any:
    """Import matplotlib lazily; a clear error names the extra when it is missing."""
    try:
        import matplotlib
        import matplotlib.dates  # noqa: F401
        import matplotlib.figure  # noqa: F401
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise missing_extra("plotting", "plot") from exc
    return matplotlib


def _require_columns(frame: pd.DataFrame, columns: Sequence[str], what: str) -> None:
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise InputError(f"{what} lacks columns {missing}; expected at least {list(columns)}")


def _naive_utc(values: pd.Series) -> pd.Series:
    dates = pd.to_datetime(values, utc=True)
    return dates.dt.tz_localize(None)


def _with_empty_periods(series: pd.DataFrame) -> pd.DataFrame:
    """Every actor in every period of its series, so a period without mentions is a gap
    in the line (``track`` leaves those rows out unless ``fill=True``)."""
    freq = series.attrs.get("freq")
    if not len(series) or not isinstance(freq, str):
        return series
    alias = _period_alias(freq)
    periods = _naive_utc(series["period"]).dt.to_period(alias)
    grid = pd.period_range(periods.min(), periods.max(), freq=alias)
    starts = pd.Series(grid.start_time.tz_localize("UTC")).astype(series["period"].dtype)
    actors = list(dict.fromkeys(series["actor"]))
    full = pd.DataFrame(
        {
            "actor": np.repeat(np.asarray(actors, dtype=object), len(grid)),
            "period": np.tile(starts.to_numpy(), len(actors)),
        }
    )
    out = full.merge(series, on=["actor", "period"], how="left")
    for col in ("n_mentions", "n_articles"):
        if col in out:
            out[col] = out[col].fillna(0)
    if "enough" in out:
        out["enough"] = out["enough"].fillna(False).astype(bool)
    if "topic" in series:
        out["topic"] = series["topic"].iloc[0]
    out.attrs.update(series.attrs)
    return out[[*series.columns]]


def _period_width(series: pd.DataFrame, starts: pd.Series) -> pd.Timedelta:
    """Length of one period, from the frequency recorded by ``track`` or the spacing seen."""
    freq = series.attrs.get("freq")
    if isinstance(freq, str):
        try:
            first = pd.Period(starts.min(), freq=_period_alias(freq))
            return first.end_time - first.start_time + pd.Timedelta(1, "ns")
        except (ValueError, TypeError):
            pass
    unique = np.sort(starts.unique())
    if len(unique) > 1:
        return pd.Timedelta(np.diff(unique).min())
    return pd.Timedelta(days=7)


def _period_alias(freq: str) -> str:
    from .tracking import _period_freq

    return _period_freq(freq)


def _date_axis(ax: Axes) -> None:
    mpl = _matplotlib()
    locator = mpl.dates.AutoDateLocator(minticks=3, maxticks=8)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mpl.dates.ConciseDateFormatter(locator))


def _colors(n: int) -> list[Any]:
    mpl = _matplotlib()
    # tab10 without its grey, which reads as "missing" or "other".
    palette = [mpl.colormaps["tab10"](i) for i in range(10) if i != 7]
    palette += [mpl.colormaps["tab20"](i) for i in range(1, 20, 2) if i != 15]
    return [palette[i % len(palette)] for i in range(n)]


# --------------------------------------------------------------------------- timelines
def plot_actor_timeline(
    series: pd.DataFrame,
    actors: Iterable[str] | None = None,
    ax: Axes | None = None,
) -> Figure:
    """Sentiment toward actors over time: lines, interval bands and mention counts.

    Periods with too few mentions (``enough`` False) are drawn as hollow markers without a
    band and with grey hatched count bars; periods without mentions leave a gap.

    Parameters
    ----------
    series : DataFrame
        Output of :func:`newsanalytics.track` (``period, actor, n_mentions, sentiment,
        ci_low, ci_high``; ``enough``, ``sentiment_smooth`` and ``shift`` are used if present).
    actors : iterable of str, optional
        Actors to draw, in this order. Default: the first eight actors of ``series`` (``track``
        lists the most mentioned first).
    ax : matplotlib Axes, optional
        Draw every actor on this axes (mention counts on a twin axis). Without it, a new
        figure gets one panel per actor, sharing the sentiment scale.

    Returns
    -------
    matplotlib.figure.Figure

    Examples
    --------
    >>> import newsanalytics as na
    >>> from newsanalytics.plot import plot_actor_timeline
    >>> res = na.analyze([{"text": "Kerry praised the OAS.", "date": "2013-06-05"}])
    >>> fig = plot_actor_timeline(na.track(res, min_mentions=1))
    >>> fig.savefig("timeline.png")  # doctest: +SKIP
    """
    mpl = _matplotlib()
    _require_columns(
        series, ["period", "actor", "n_mentions", "sentiment", "ci_low", "ci_high"], "series"
    )
    names = _pick_actors(series, actors)
    topic = series["topic"].iloc[0] if "topic" in series and len(series) else None
    min_mentions = series.attrs.get("min_mentions")
    ci = series.attrs.get("ci", 0.95)
    series = _with_empty_periods(series)
    data = series.assign(_x=_naive_utc(series["period"]))
    width = _period_width(series, data["_x"]) if len(data) else pd.Timedelta(days=7)
    data["_x"] = data["_x"] + width / 2
    enough = data["enough"] if "enough" in data else pd.Series(True, index=data.index)
    data["_enough"] = enough.astype(bool)
    lim = _sentiment_limit(data[data["actor"].isin(names)])
    colors = _colors(len(names))

    if ax is None:
        ncols = 1 if len(names) <= 2 else 2
        nrows = max(1, -(-len(names) // ncols))
        fig = mpl.figure.Figure(figsize=(6.2 * ncols, 2.5 * nrows + 0.9), layout="constrained")
        axes = fig.subplots(nrows, ncols, sharex=True, sharey=True, squeeze=False).ravel()
        for j, extra in enumerate(axes[len(names) :], start=len(names)):
            extra.set_visible(False)
            if j >= ncols:  # the panel above now ends its column: give it the date labels
                axes[j - ncols].xaxis.set_tick_params(labelbottom=True)
        for i, name in enumerate(names):
            panel = axes[i]
            twin = panel.twinx()
            _draw_actor(panel, twin, data[data["actor"] == name], colors[i], width, 0.0, 0.8)
            total = data.loc[data["actor"] == name, "n_mentions"].sum()
            panel.set_title(_panel_title(name, total, topic), fontsize=10, loc="left")
            panel.set_ylim(-lim, lim)
            if i % ncols == 0:
                panel.set_ylabel("sentiment")
            if i % ncols == ncols - 1 or i == len(names) - 1:
                twin.set_ylabel("mentions", color="#777777")
            _date_axis(panel)
        if not names:
            axes[0].set_visible(True)
            axes[0].text(0.5, 0.5, "no actors to plot", ha="center", va="center")
        legend_ax = fig
    else:
        fig = ax.figure
        twin = ax.twinx()
        share = 0.8 / max(len(names), 1)
        for i, name in enumerate(names):
            offset = (i - (len(names) - 1) / 2) * share
            _draw_actor(ax, twin, data[data["actor"] == name], colors[i], width, offset, share)
        ax.set_ylim(-lim, lim)
        ax.set_ylabel("sentiment" if topic is None else f"sentiment within {topic!r}")
        twin.set_ylabel("mentions", color="#777777")
        _date_axis(ax)
        legend_ax = ax
    _timeline_legend(legend_ax, names, colors, ci, min_mentions, data, single=ax is not None)
    return fig


def _panel_title(name: str, total: float, topic: str | None) -> str:
    if topic is None:
        return f"{name}  ({_count(total)} mentions)"
    return f"{name} in {topic!r}  ({_count(total)} share-weighted mentions)"


def _pick_actors(series: pd.DataFrame, actors: Iterable[str] | None) -> list[str]:
    present = list(dict.fromkeys(series["actor"].astype(str)))
    if actors is None:
        if len(present) > _MAX_DEFAULT_ACTORS:
            logger.info("plotting the first %d of %d actors", _MAX_DEFAULT_ACTORS, len(present))
        return present[:_MAX_DEFAULT_ACTORS]
    if isinstance(actors, str):
        actors = [actors]
    names = list(dict.fromkeys(actors))
    unknown = [a for a in names if a not in present]
    if unknown:
        raise InputError(f"actors not in the series: {unknown}; available: {present[:20]}")
    return names


def _sentiment_limit(data: pd.DataFrame) -> float:
    values = data[["sentiment", "ci_low", "ci_high"]].to_numpy(dtype=float).ravel()
    values = values[np.isfinite(values)]
    if not len(values):
        return 1.0
    return float(min(1.05, max(0.25, np.abs(values).max() * 1.1)))


def _count(x: float) -> str:
    return f"{int(round(x)):,}" if abs(x - round(x)) < 1e-9 else f"{x:,.1f}"


def _draw_actor(
    ax: Axes,
    twin: Axes,
    df: pd.DataFrame,
    color: Any,
    width: pd.Timedelta,
    offset: float,
    share: float,
) -> None:
    x = df["_x"].to_numpy()
    s = df["sentiment"].to_numpy(dtype=float)
    lo = df["ci_low"].to_numpy(dtype=float)
    hi = df["ci_high"].to_numpy(dtype=float)
    ok = df["_enough"].to_numpy(dtype=bool)
    counts = df["n_mentions"].to_numpy(dtype=float)

    bar_x = x + width * offset
    twin.bar(bar_x[ok], counts[ok], width=width * share, color=color, alpha=0.22, lw=0)
    twin.bar(
        bar_x[~ok],
        counts[~ok],
        width=width * share,
        color="none",
        edgecolor=_LOW_COLOR,
        hatch="////",
        lw=0.5,
    )
    # Bars stay in the lower third, under the lines; several actors share one count scale.
    top = 3.0 * (counts.max() if len(counts) and counts.max() > 0 else 1.0)
    if twin.get_autoscaley_on():
        twin.set_ylim(0, top)
    else:
        twin.set_ylim(0, max(top, twin.get_ylim()[1]))
    twin.tick_params(axis="y", colors="#777777", labelsize=8)
    twin.yaxis.set_major_locator(_matplotlib().ticker.MaxNLocator(nbins=4, integer=True))
    ax.set_zorder(twin.get_zorder() + 1)
    ax.patch.set_visible(False)

    ax.axhline(0.0, color="#444444", lw=0.6, zorder=1)
    ax.fill_between(
        x, np.where(ok, lo, np.nan), np.where(ok, hi, np.nan), color=color, alpha=0.2, lw=0
    )
    # A band needs two neighbouring periods; an isolated period gets an error bar instead.
    prev_ok = np.r_[False, ok[:-1]]
    next_ok = np.r_[ok[1:], False]
    alone = ok & ~prev_ok & ~next_ok & np.isfinite(lo) & np.isfinite(hi)
    if alone.any():
        ax.errorbar(
            x[alone],
            s[alone],
            yerr=[s[alone] - lo[alone], hi[alone] - s[alone]],
            fmt="none",
            ecolor=color,
            alpha=0.5,
            elinewidth=2.5,
            capsize=0,
        )
    ax.plot(x, s, color=color, lw=0.8, ls=":", zorder=2)
    ax.plot(x, np.where(ok, s, np.nan), color=color, lw=1.8, marker="o", ms=3.5, zorder=3)
    low = ~ok & np.isfinite(s)
    ax.plot(
        x[low], s[low], ls="none", marker="o", ms=4.5, mfc="white", mec=color, mew=1.0, zorder=3
    )
    if "sentiment_smooth" in df:
        ax.plot(x, df["sentiment_smooth"].to_numpy(dtype=float), color=color, lw=2.6, alpha=0.5)
    if "shift" in df:
        flag = df["shift"].to_numpy(dtype=bool)
        ax.plot(x[flag], s[flag], ls="none", marker="D", ms=8, mfc="none", mec="black", mew=1.2)
    ax.grid(axis="y", color="#dddddd", lw=0.5)


def _timeline_legend(
    target: Any,
    names: list[str],
    colors: list[Any],
    ci: float,
    min_mentions: Any,
    data: pd.DataFrame,
    *,
    single: bool,
) -> None:
    _matplotlib()
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    ink = "#333333"
    handles = []
    if single:
        handles += [
            Line2D([], [], color=c, lw=1.8, marker="o", ms=3.5, label=n)
            for n, c in zip(names, colors, strict=True)
        ]
    handles += [
        Line2D([], [], color=ink, lw=1.8, marker="o", ms=3.5, label="sentiment"),
        Patch(color=ink, alpha=0.3, lw=0, label=f"{ci:.0%} interval"),
        Patch(facecolor="#e4e4e4", edgecolor="#9a9a9a", lw=0.5, label="mentions (right axis)"),
    ]
    if (~data["_enough"]).any():
        low = f"< {min_mentions} mentions" if min_mentions is not None else "too few mentions"
        handles.append(
            Line2D([], [], ls="none", marker="o", ms=4.5, mfc="white", mec=ink, label=low)
        )
    if "sentiment_smooth" in data:
        handles.append(Line2D([], [], color=ink, lw=2.6, alpha=0.5, label="smoothed"))
    if "shift" in data and data["shift"].any():
        handles.append(
            Line2D([], [], ls="none", marker="D", ms=7, mfc="none", mec="black", label="shift")
        )
    if single:
        target.legend(handles=handles, fontsize=8, loc="upper left", ncols=2, framealpha=0.8)
    else:
        width = target.get_figwidth()
        ncols = min(len(handles), max(2, int(width / 2.1)))
        target.legend(handles=handles, loc="outside upper center", ncols=ncols, fontsize=9)


# --------------------------------------------------------------------------- topics
def plot_topic_prevalence(
    topic_series: pd.DataFrame,
    topics: Iterable[str] | None = None,
) -> Figure:
    """Topic prevalence over time as stacked bars, with article counts underneath.

    Bars rather than areas: news archives often have empty or thin periods, and an area
    would interpolate across them.

    Parameters
    ----------
    topic_series : DataFrame
        Output of :func:`newsanalytics.track_topics` (``period, topic, n_articles, share``).
    topics : iterable of str, optional
        Topics to stack. Default: every topic if there are at most ten, else the nine with
        the highest mean share plus an ``other`` band holding the rest.

    Returns
    -------
    matplotlib.figure.Figure

    Examples
    --------
    >>> import newsanalytics as na
    >>> from newsanalytics.plot import plot_topic_prevalence
    >>> res = na.analyze([{"text": "The central bank raised rates.", "date": "1987-03-02"}])
    >>> fig = plot_topic_prevalence(na.track_topics(res))
    """
    mpl = _matplotlib()
    _require_columns(topic_series, ["period", "topic", "n_articles", "share"], "topic_series")
    wide = topic_series.pivot_table(
        index="period", columns="topic", values="share", aggfunc="first", dropna=False, sort=True
    )
    counts = topic_series.groupby("period")["n_articles"].first().reindex(wide.index)
    order = wide.mean().sort_values(ascending=False).index.tolist()
    if topics is not None:
        chosen = [topics] if isinstance(topics, str) else list(dict.fromkeys(topics))
        unknown = [t for t in chosen if t not in wide.columns]
        if unknown:
            raise InputError(f"topics not in the series: {unknown}; available: {order}")
        bands = wide[chosen]
    elif len(order) > _MAX_DEFAULT_TOPICS:
        keep = order[: _MAX_DEFAULT_TOPICS - 1]
        bands = wide[keep].assign(other=wide[order[len(keep) :]].sum(axis=1, min_count=1))
    else:
        bands = wide[order]

    fig = mpl.figure.Figure(figsize=(11, 5.2), layout="constrained")
    top_ax, count_ax = fig.subplots(2, 1, sharex=True, height_ratios=[3.2, 1])
    if len(bands):
        starts = _naive_utc(pd.Series(bands.index))
        width = _period_width(topic_series, starts)
        x = (starts + width / 2).to_numpy()
        values = bands.fillna(0.0).to_numpy(dtype=float).T
        colors = _colors(values.shape[0])
        if "other" in bands.columns and topics is None:
            colors[-1] = "#cccccc"
        bottom = np.zeros(values.shape[1])
        for label, row, color in zip(bands.columns, values, colors, strict=True):
            top_ax.bar(x, row, width=width * 0.9, bottom=bottom, color=color, label=label, lw=0)
            bottom += row
        count_ax.bar(x, counts.to_numpy(dtype=float), width=width * 0.8, color="#777777")
        handles, labels = top_ax.get_legend_handles_labels()
        top_ax.legend(
            handles[::-1], labels[::-1], loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=9
        )
        top_ax.set_xlim(x.min() - width / 2, x.max() + width / 2)
        _date_axis(count_ax)
    else:
        top_ax.text(0.5, 0.5, "no dated articles with topics", ha="center", va="center")
    top_ax.set_ylim(0, 1 if topics is None else None)
    top_ax.set_ylabel("mean topic share")
    top_ax.yaxis.set_major_formatter(mpl.ticker.PercentFormatter(1.0))
    count_ax.set_ylabel("articles")
    return fig


# --------------------------------------------------------------------------- heat map
def actor_topic_sentiment(
    result: AnalysisResult, actors: Iterable[str] | None = None
) -> pd.DataFrame:
    """Tidy actor x topic table: ``actor, topic, weight, sentiment``.

    ``weight`` sums topic share x mentions over the articles with topic shares (the ok
    ones); ``sentiment`` is the correspondingly weighted mean of the article-level actor
    sentiments. ``actors`` limits the table to these names.
    """
    names = result.topic_names
    acts = result.actors
    empty = pd.DataFrame(
        {
            "actor": pd.Series(dtype=object),
            "topic": pd.Series(dtype=object),
            "weight": pd.Series(dtype=float),
            "sentiment": pd.Series(dtype=float),
        }
    )
    if not names or not len(acts) or not len(result.topics):
        return empty
    left = pd.DataFrame(
        {
            "id": acts["id"].astype(str).to_numpy(),
            "actor": acts["actor"].astype(str).to_numpy(),
            "m": pd.to_numeric(acts["mentions"], errors="coerce").fillna(0).to_numpy(),
            "s": pd.to_numeric(acts["sentiment"], errors="coerce").to_numpy(),
        }
    )
    left = left[np.isfinite(left["s"])]
    if actors is not None:
        left = left[left["actor"].isin([actors] if isinstance(actors, str) else list(actors))]
    shares = result.topics.assign(id=result.topics["id"].astype(str))
    long = left.merge(shares, on="id", how="inner").melt(
        id_vars=["id", "actor", "m", "s"], value_vars=names, var_name="topic", value_name="share"
    )
    long["w"] = pd.to_numeric(long["share"], errors="coerce").fillna(0.0) * long["m"]
    long["ws"] = long["w"] * long["s"]
    agg = long.groupby(["actor", "topic"], sort=False)[["w", "ws"]].sum().reset_index()
    with np.errstate(invalid="ignore", divide="ignore"):
        agg["sentiment"] = np.where(agg["w"] > 0, agg["ws"] / agg["w"], np.nan)
    return agg.rename(columns={"w": "weight"})[["actor", "topic", "weight", "sentiment"]]


def plot_actor_topic_heatmap(
    result: AnalysisResult,
    actors: Iterable[str] | None = None,
    topics: Iterable[str] | None = None,
    *,
    min_mentions: float = 3.0,
) -> Figure:
    """Heat map of sentiment toward each actor within each topic.

    A cell is the mean of the actor's article-level sentiments weighted by topic share x
    mentions (as in ``track(..., topic=...)``). Cells with fewer than ``min_mentions``
    share-weighted mentions are greyed out and left unlabelled.

    Parameters
    ----------
    result : AnalysisResult
        Output of :func:`newsanalytics.analyze`.
    actors : iterable of str, optional
        Rows, in order. Default: the twelve most-mentioned actors.
    topics : iterable of str, optional
        Columns, in order. Default: the ten topics with the most weighted mentions of the
        chosen actors.
    min_mentions : float, default 3
        Minimum share-weighted mentions for a cell to be shown.

    Returns
    -------
    matplotlib.figure.Figure

    Examples
    --------
    >>> import newsanalytics as na
    >>> from newsanalytics.plot import plot_actor_topic_heatmap
    >>> res = na.analyze(["Kerry praised the OAS. The OAS criticised Venezuela."])
    >>> fig = plot_actor_topic_heatmap(res, min_mentions=1)
    """
    mpl = _matplotlib()
    totals = (
        result.actors.groupby(result.actors["actor"].astype(str))["mentions"].sum()
        if len(result.actors)
        else pd.Series(dtype=float)
    )
    if actors is None:
        rows = totals.sort_values(ascending=False, kind="stable").index[:12].tolist()
    else:
        rows = [actors] if isinstance(actors, str) else list(dict.fromkeys(actors))
        unknown = [a for a in rows if a not in totals.index]
        if unknown:
            raise InputError(f"actors not in result.actors: {unknown}")
    sub = actor_topic_sentiment(result, actors=rows)
    if topics is None:
        cols = sub.groupby("topic")["weight"].sum().sort_values(ascending=False).index[:10].tolist()
    else:
        cols = [topics] if isinstance(topics, str) else list(dict.fromkeys(topics))
        unknown = [t for t in cols if t not in result.topic_names]
        if unknown:
            raise InputError(f"topics not in the result: {unknown}; allowed: {result.topic_names}")

    fig = mpl.figure.Figure(
        figsize=(max(5.0, 1.0 * len(cols) + 3.5), max(2.5, 0.42 * len(rows) + 2.0)),
        layout="constrained",
    )
    ax = fig.subplots()
    if not rows or not cols:
        ax.text(0.5, 0.5, "no actors or topics to show", ha="center", va="center")
        ax.set_axis_off()
        return fig
    sentiment = sub.pivot_table(index="actor", columns="topic", values="sentiment", aggfunc="first")
    weight = sub.pivot_table(index="actor", columns="topic", values="weight", aggfunc="first")
    sentiment = sentiment.reindex(index=rows, columns=cols)
    weight = weight.reindex(index=rows, columns=cols).fillna(0.0)
    values = sentiment.to_numpy(dtype=float)
    hidden = (weight.to_numpy(dtype=float) < min_mentions) | ~np.isfinite(values)
    masked = np.ma.masked_array(values, mask=hidden)
    finite = np.abs(values[~hidden]) if (~hidden).any() else np.array([0.0])
    # A floor on the colour scale keeps small differences (news wire tone rarely strays far
    # from zero) from looking dramatic.
    lim = float(max(0.3, finite.max()))
    cmap = mpl.colormaps["RdBu"].with_extremes(bad="#e6e6e6")
    image = ax.imshow(masked, cmap=cmap, vmin=-lim, vmax=lim, aspect="auto")
    for (i, j), v in np.ndenumerate(values):
        if not hidden[i, j]:
            ink = "white" if abs(v) > 0.6 * lim else "#222222"
            ax.text(j, i, f"{v:+.2f}", ha="center", va="center", fontsize=8, color=ink)
    ax.set_xticks(range(len(cols)), cols, rotation=35, ha="right")
    ax.set_yticks(range(len(rows)), rows)
    ax.tick_params(length=0)
    fig.colorbar(image, ax=ax, label="sentiment (share-weighted)", shrink=0.8)
    ax.set_title(
        f"Grey: fewer than {min_mentions:g} share-weighted mentions", fontsize=9, loc="left"
    )
    return fig
