"""A self-contained static HTML report of an :class:`AnalysisResult`.

One file, readable offline and safe to mail around: styles inline, charts embedded as base64
PNG, no scripts, no external URLs, every piece of text escaped. It shows the top topics and
their prevalence over time, the most-mentioned actors with their sentiment over time, an
actor x topic heat map and, for each top actor, the most positive and most negative sentences
behind the numbers so that a reader can check them.
"""

from __future__ import annotations

import base64
import html
import io
import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from ._version import __version__
from .exceptions import InputError, MissingDependencyError
from .tracking import _to_utc, track, track_topics

if TYPE_CHECKING:  # pragma: no cover
    from .pipeline import AnalysisResult

__all__ = ["render_report", "write_report"]

logger = logging.getLogger(__name__)
logger.addHandler(logging.NullHandler())

_FREQ_NAMES = {"D": "daily", "W": "weekly", "M": "monthly", "Q": "quarterly", "Y": "yearly"}

_CSS = """
body { font-family: -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: #222;
       margin: 0; background: #f6f6f4; line-height: 1.45; }
main { max-width: 1120px; margin: 0 auto; padding: 24px 32px 48px; background: #fff; }
h1 { font-size: 1.8em; margin: 0.2em 0 0.1em; }
h2 { font-size: 1.35em; margin-top: 1.8em; border-bottom: 2px solid #e4e4e0; padding-bottom: 4px; }
h3 { font-size: 1.1em; margin: 1.4em 0 0.4em; }
.sub { color: #666; margin: 0 0 1em; }
.facts { display: flex; flex-wrap: wrap; gap: 10px; margin: 16px 0; padding: 0; }
.facts li { list-style: none; background: #f1f3f6; border-radius: 6px; padding: 8px 14px; }
.facts b { display: block; font-size: 1.35em; }
.note { background: #fff8e1; border-left: 4px solid #f0b400; padding: 8px 14px; margin: 10px 0; }
table { border-collapse: collapse; margin: 8px 0 16px; font-size: 0.95em; }
th, td { padding: 4px 12px; border-bottom: 1px solid #e6e6e6; text-align: left; }
th { background: #f4f4f4; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.pos { color: #1f5fa8; font-weight: 600; }
.neg { color: #b2182b; font-weight: 600; }
.neu { color: #666; }
img.chart { max-width: 100%; height: auto; border: 1px solid #eee; margin: 6px 0; }
.caption { color: #555; font-size: 0.9em; margin: 2px 0 14px; }
.evidence { display: grid; grid-template-columns: 1fr 1fr; gap: 18px; }
.evidence h4 { margin: 4px 0; font-size: 0.95em; }
.evidence ol { margin: 0; padding-left: 1.3em; }
.evidence li { margin-bottom: 8px; }
.meta { color: #666; font-size: 0.85em; }
mark { background: #fff1a8; padding: 0 1px; }
footer { color: #666; font-size: 0.85em; margin-top: 36px; border-top: 1px solid #ddd; }
"""


# --------------------------------------------------------------------------- public API
def render_report(
    result: AnalysisResult,
    *,
    title: str = "News analysis report",
    freq: str = "W",
    top_actors: int = 8,
    top_topics: int = 8,
    min_mentions: int = 5,
    n_examples: int = 3,
    random_state: int | None = 0,
) -> str:
    """Render a result as one self-contained static HTML page.

    Parameters
    ----------
    result : AnalysisResult
        Output of :func:`newsanalytics.analyze` (or ``AnalysisResult.from_jsonl``; without a
        mentions table the example sentences are left out, and the page says so).
    title : str, default "News analysis report"
        Page title.
    freq : str, default "W"
        Period of the timelines, as for :func:`newsanalytics.track`.
    top_actors : int, default 8
        How many of the most-mentioned actors get a timeline and example sentences.
    top_topics : int, default 8
        How many topics the topic table lists.
    min_mentions : int, default 5
        Periods with fewer mentions are drawn as hollow markers without an interval.
    n_examples : int, default 3
        Most positive and most negative sentences shown per actor.
    random_state : int or None, default 0
        Seed of the bootstrap intervals.

    Returns
    -------
    str
        The HTML document. Charts need the ``plot`` extra (matplotlib); without it the page
        keeps its tables and says the charts are missing.

    Examples
    --------
    >>> import newsanalytics as na
    >>> from newsanalytics.report import render_report
    >>> res = na.analyze([{"text": "Kerry praised the OAS.", "date": "2013-06-05"}])
    >>> page = render_report(res, title="Seed story")
    >>> page.startswith("<!DOCTYPE html>")
    True
    """
    for name, value in (("top_actors", top_actors), ("top_topics", top_topics)):
        if not isinstance(value, (int, np.integer)) or value < 1:
            raise InputError(f"{name} must be a positive int, got {value!r}")
    page = _Page(title)
    facts = _facts(result)
    page.add(f"<h1>{_e(title)}</h1>")
    page.add(f'<p class="sub">{_e(facts["range"])}</p>')
    page.add(_facts_list(facts))
    for note in _data_notes(result, facts):
        page.note(note)
    page.add(_not_analysed(result))

    charts = _Charts(page)
    period_name = _FREQ_NAMES.get(freq.upper().split("-")[0], f"per period ({freq})")

    # Topics
    page.add("<h2>Topics</h2>")
    topic_table = _topic_table(result)
    if topic_table.empty:
        page.note("This result has no topic shares, so there is nothing to show about topics.")
    else:
        page.add(
            _table(
                topic_table.head(top_topics),
                {
                    "topic": "topic",
                    "mean_share": "mean share",
                    "n_top": "articles where it leads",
                },
                formats={"mean_share": "{:.1%}", "n_top": "{:,}"},
            )
        )
        if facts["n_dated"]:
            charts.add(
                lambda plot: plot.plot_topic_prevalence(track_topics(result, freq=freq)),
                alt=f"{period_name} topic prevalence",
                caption=(
                    f"Topic prevalence, {period_name}: the mean topic share of the period's "
                    "articles (stacked to 100%), with the number of articles underneath. "
                    "Thin periods (few articles) are noisy."
                ),
            )

    # Actors
    page.add("<h2>Actors</h2>")
    actor_table = _actor_table(result)
    if actor_table.empty:
        page.note("No actors were found in this result.")
        names: list[str] = []
    else:
        names = actor_table["actor"].head(top_actors).tolist()
        page.add(
            "<p>The most-mentioned actors. Sentiment is the mean over all mentions of the "
            "actor, from -1 (hostile) to +1 (favourable).</p>"
        )
        page.add(
            _table(
                actor_table.head(max(top_actors, 15)),
                {
                    "actor": "actor",
                    "type": "type",
                    "n_articles": "articles",
                    "mentions": "mentions",
                    "sentiment": "sentiment",
                },
                formats={"n_articles": "{:,}", "mentions": "{:,}"},
                sentiment="sentiment",
            )
        )
        if facts["n_dated"]:
            series = track(
                result,
                freq=freq,
                min_mentions=min_mentions,
                actors=names,
                random_state=random_state,
            )
            coarser = _coarser_freq(series, freq)
            if coarser:
                page.note(
                    f"Most {period_name} periods have fewer than {min_mentions} mentions of "
                    f"these actors, so the lines are mostly hollow markers; a coarser period "
                    f"(freq={coarser!r}) gives steadier estimates."
                )
            charts.add(
                lambda plot: plot.plot_actor_timeline(series, actors=names),
                alt=f"{period_name} sentiment of the top actors",
                caption=(
                    f"Sentiment toward the top actors, {period_name}. Line: mention-weighted "
                    "mean sentiment; band: 95% bootstrap interval over articles; bars (right "
                    f"axis): mentions. Hollow markers and hatched bars: fewer than "
                    f"{min_mentions} mentions in the period, too few to read much into."
                ),
            )
        if not topic_table.empty:
            charts.add(
                lambda plot: plot.plot_actor_topic_heatmap(
                    result, actors=names, topics=topic_table["topic"].head(10).tolist()
                ),
                alt="sentiment toward each actor within each topic",
                caption=(
                    "Sentiment toward each actor within each topic: articles count by their "
                    "topic share. Grey cells have too few mentions to show."
                ),
            )

    # Evidence
    if names:
        page.add("<h2>Behind the numbers</h2>")
        if not _has_mentions(result):
            page.note(
                "This result has no mentions table (results rebuilt from JSONL keep only "
                "article-level scores), so the sentences behind the scores cannot be shown."
            )
        else:
            page.add(
                "<p>For each top actor, the sentences where it is portrayed most positively "
                "and most negatively, with the score of that mention, so the numbers above "
                "can be checked against the text.</p>"
            )
            for name in names:
                page.add(_evidence(result, name, n_examples))

    page.add(_methods(freq, min_mentions))
    return page.render()


def write_report(result: AnalysisResult, path: str | os.PathLike[str], **kwargs: Any) -> Path:
    """Render :func:`render_report` and write it to ``path`` (UTF-8); return the path.

    Examples
    --------
    >>> import newsanalytics as na
    >>> from newsanalytics.report import write_report
    >>> res = na.analyze(["Kerry praised the OAS."])
    >>> write_report(res, "report.html")  # doctest: +SKIP
    PosixPath('report.html')
    """
    out = Path(path)
    out.write_text(render_report(result, **kwargs), encoding="utf-8")
    return out


# --------------------------------------------------------------------------- page building
def _e(value: Any) -> str:
    return html.escape("" if value is None else str(value), quote=True)


class _Page:
    def __init__(self, title: str) -> None:
        self.title = title
        self.parts: list[str] = []

    def add(self, fragment: str) -> None:
        self.parts.append(fragment)

    def note(self, text: str) -> None:
        self.parts.append(f'<p class="note">{_e(text)}</p>')

    def render(self) -> str:
        body = "\n".join(self.parts)
        return (
            '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<meta name="generator" content="newsanalytics {_e(__version__)}">\n'
            f"<title>{_e(self.title)}</title>\n<style>{_CSS}</style>\n</head>\n"
            f"<body>\n<main>\n{body}\n</main>\n</body>\n</html>\n"
        )


class _Charts:
    """Adds charts as embedded PNGs; notes once if matplotlib is missing."""

    def __init__(self, page: _Page) -> None:
        self.page = page
        self.missing = False

    def add(self, draw: Any, *, alt: str, caption: str) -> None:
        if self.missing:
            return
        try:
            from . import plot

            fig = draw(plot)
        except MissingDependencyError as exc:
            self.missing = True
            self.page.note(f"Charts are left out: {exc}")
            return
        buf = io.BytesIO()
        fig.savefig(buf, format="png", dpi=100)
        data = base64.b64encode(buf.getvalue()).decode("ascii")
        self.page.add(f'<img class="chart" alt="{_e(alt)}" src="data:image/png;base64,{data}">')
        self.page.add(f'<p class="caption">{_e(caption)}</p>')


def _table(
    frame: pd.DataFrame,
    columns: dict[str, str],
    *,
    formats: dict[str, str] | None = None,
    sentiment: str | None = None,
) -> str:
    formats = formats or {}
    head = "".join(f"<th>{_e(label)}</th>" for label in columns.values())
    rows = []
    for rec in frame.to_dict("records"):
        cells = []
        for col in columns:
            value = rec[col]
            if col == sentiment:
                cells.append(f'<td class="num">{_score(value)}</td>')
            elif col in formats:
                cells.append(f'<td class="num">{_e(formats[col].format(value))}</td>')
            else:
                cells.append(f"<td>{_e(value)}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def _score(value: Any) -> str:
    v = float(value) if value is not None else float("nan")
    if not np.isfinite(v):
        return '<span class="neu">n/a</span>'
    cls = "pos" if v >= 0.05 else "neg" if v <= -0.05 else "neu"
    return f'<span class="{cls}">{v:+.2f}</span>'


# --------------------------------------------------------------------------- content
def _ok_articles(result: AnalysisResult) -> pd.DataFrame:
    arts = result.articles
    if not len(arts):
        return arts
    return arts[arts["status"] == "ok"]


def _facts(result: AnalysisResult) -> dict[str, Any]:
    arts = result.articles
    status = arts["status"].value_counts().to_dict() if len(arts) else {}
    ok = _ok_articles(result)
    dates = _to_utc(ok["date"]) if len(ok) else pd.Series([])
    dated = dates.dropna()
    if len(dated):
        first, last = dated.min(), dated.max()
        span = f"{len(dated):,} dated articles from {first:%d %b %Y} to {last:%d %b %Y}"
    else:
        span = "no article has a date"
    acts = result.actors
    return {
        "n_articles": len(arts),
        "status": status,
        "n_ok": len(ok),
        "n_dated": len(dated),
        "n_undated": len(ok) - len(dated),
        "range": span,
        "n_actors": acts["actor"].nunique() if len(acts) else 0,
        "n_mentions": int(pd.to_numeric(acts["mentions"]).sum()) if len(acts) else 0,
        "n_topics": len(result.topic_names),
    }


def _facts_list(facts: dict[str, Any]) -> str:
    status = facts["status"]
    not_ok = ", ".join(f"{n:,} {s}" for s, n in sorted(status.items()) if s != "ok")
    items = [
        (f"{facts['n_articles']:,}", "articles" + (f" ({not_ok})" if not_ok else "")),
        (f"{facts['n_ok']:,}", "analysed"),
        (f"{facts['n_topics']:,}", "topics"),
        (f"{facts['n_actors']:,}", "actors"),
        (f"{facts['n_mentions']:,}", "actor mentions"),
    ]
    lis = "".join(f"<li><b>{_e(big)}</b>{_e(small)}</li>" for big, small in items)
    return f'<ul class="facts">{lis}</ul>'


def _data_notes(result: AnalysisResult, facts: dict[str, Any]) -> list[str]:
    notes = []
    if facts["n_articles"] == 0:
        notes.append("The result is empty: no articles were given.")
    elif facts["n_ok"] == 0:
        notes.append("No article could be analysed; the records below say why.")
    if facts["n_ok"] and facts["n_dated"] == 0:
        notes.append(
            "No article has a date, so there are no timelines; give dates (e.g. a 'date' "
            "field or --date-field) to track actors and topics over time."
        )
    elif facts["n_undated"]:
        n = facts["n_undated"]
        notes.append(
            f"{n:,} analysed {'article has' if n == 1 else 'articles have'} no date; "
            f"{'it counts' if n == 1 else 'they count'} in the tables but not in the timelines."
        )
    return notes


_MAX_ERRORS_SHOWN = 20


def _not_analysed(result: AnalysisResult) -> str:
    """The statuses of the records, and the first errors, when some were not analysed."""
    arts = result.articles
    if not len(arts) or (arts["status"] == "ok").all():
        return ""
    counts = arts["status"].astype(str).value_counts()
    statuses = pd.DataFrame({"status": counts.index, "records": counts.to_numpy()})
    parts = [
        "<h2>Records not analysed</h2>",
        "<p>Every input record is a row of the result; these are the records by status.</p>",
        _table(statuses, {"status": "status", "records": "records"}, formats={"records": "{:,}"}),
    ]
    errors = arts[arts["status"] == "error"]
    if len(errors):
        shown = errors.head(_MAX_ERRORS_SHOWN)
        more = len(errors) - len(shown)
        parts.append(
            f"<p>The {'first ' if more else ''}{len(shown):,} of {len(errors):,} errors "
            "(each names its record and field):</p>"
        )
        parts.append(_table(shown.astype({"id": str}), {"id": "id", "error": "error"}))
    return "".join(parts)


def _topic_table(result: AnalysisResult) -> pd.DataFrame:
    names = result.topic_names
    if not names or not len(result.topics):
        return pd.DataFrame(columns=["topic", "mean_share", "n_top"])
    shares = result.topics[names].apply(pd.to_numeric, errors="coerce")
    # An article with no known word is all "other" for a TopicModel (NaN shares from other
    # scorers: it leads no topic and counts in no mean); with no shares there is nothing to
    # show.
    shares = shares[shares.notna().any(axis=1)]
    if not len(shares):
        return pd.DataFrame(columns=["topic", "mean_share", "n_top"])
    leading = shares.idxmax(axis=1).value_counts()
    table = pd.DataFrame(
        {
            "topic": names,
            "mean_share": shares.mean().to_numpy(),
            "n_top": [int(leading.get(n, 0)) for n in names],
        }
    )
    return table.sort_values(["mean_share", "topic"], ascending=[False, True], ignore_index=True)


def _actor_table(result: AnalysisResult) -> pd.DataFrame:
    acts = result.actors
    if not len(acts):
        return pd.DataFrame(columns=["actor", "type", "n_articles", "mentions", "sentiment"])
    ok_ids = set(_ok_articles(result)["id"].astype(str))
    acts = acts[acts["id"].astype(str).isin(ok_ids)]
    frame = pd.DataFrame(
        {
            "actor": acts["actor"].astype(str).to_numpy(),
            "type": acts["type"].to_numpy(),
            "m": pd.to_numeric(acts["mentions"], errors="coerce").fillna(0).to_numpy(),
            "s": pd.to_numeric(acts["sentiment"], errors="coerce").to_numpy(),
        }
    )
    frame["ms"] = frame["m"] * frame["s"]
    frame["m_scored"] = frame["m"].where(frame["s"].notna(), 0)
    grouped = frame.groupby("actor", sort=False)
    table = pd.DataFrame(
        {
            "type": grouped["type"].agg(lambda t: t.mode().iat[0] if len(t.mode()) else ""),
            "n_articles": grouped.size(),
            "mentions": grouped["m"].sum().astype("int64"),
            "sentiment": grouped["ms"].sum() / grouped["m_scored"].sum().replace(0, np.nan),
        }
    ).reset_index()
    return table.sort_values(["mentions", "actor"], ascending=[False, True], ignore_index=True)


_COARSER = {"D": "W", "W": "M", "M": "Q", "Q": "Y"}


def _coarser_freq(series: pd.DataFrame, freq: str) -> str | None:
    """A coarser period alias when most periods with mentions are below ``min_mentions``."""
    seen = series[series["n_mentions"] > 0]
    if not len(seen) or seen["enough"].mean() >= 0.5:
        return None
    return _COARSER.get(freq.upper().split("-")[0])


def _has_mentions(result: AnalysisResult) -> bool:
    m = result.mentions
    return bool(len(m)) and {"actor", "sentiment", "sentence_text"} <= set(m.columns)


def _evidence(result: AnalysisResult, name: str, n_examples: int) -> str:
    m = result.mentions
    rows = m[(m["actor"].astype(str) == name)].copy()
    rows["sentiment"] = pd.to_numeric(rows["sentiment"], errors="coerce")
    rows = rows[rows["sentiment"].notna() & rows["sentence_text"].notna()]
    arts = result.articles[["id", "title", "date"]].assign(id=result.articles["id"].astype(str))
    rows = rows.assign(id=rows["id"].astype(str)).merge(arts, on="id", how="left")
    best = rows.sort_values("sentiment", ascending=False, kind="stable")
    best = best[best["sentiment"] > 0].drop_duplicates("sentence_text").head(n_examples)
    worst = rows.sort_values("sentiment", ascending=True, kind="stable")
    worst = worst[worst["sentiment"] < 0].drop_duplicates("sentence_text").head(n_examples)
    n = len(rows)
    parts = [f'<h3>{_e(name)} <span class="meta">({n:,} scored mentions)</span></h3>']
    parts.append('<div class="evidence">')
    for label, chosen, empty in (
        ("Most positive", best, "No positive mention."),
        ("Most negative", worst, "No negative mention."),
    ):
        parts.append(f"<div><h4>{label}</h4>")
        if chosen.empty:
            parts.append(f'<p class="meta">{empty}</p>')
        else:
            items = "".join(_evidence_item(rec) for rec in chosen.to_dict("records"))
            parts.append(f"<ol>{items}</ol>")
        parts.append("</div>")
    parts.append("</div>")
    return "".join(parts)


def _is_span(start: Any, end: Any, n: int) -> bool:
    try:
        return 0 <= int(start) < int(end) <= n
    except (TypeError, ValueError):
        return False


def _evidence_item(rec: dict[str, Any]) -> str:
    sentence = str(rec["sentence_text"])
    start, end = rec.get("start_in_sentence"), rec.get("end_in_sentence")
    if not _is_span(start, end, len(sentence)):
        # Results read back from JSONL carry no span: mark the first occurrence instead.
        mention = str(rec.get("text") or "")
        start = sentence.find(mention) if mention else -1
        end = start + len(mention)
    if start >= 0:
        start, end = int(start), int(end)
        quoted = (
            _e(sentence[:start]) + f"<mark>{_e(sentence[start:end])}</mark>" + _e(sentence[end:])
        )
    else:
        quoted = _e(sentence)
    source = []
    title = rec.get("title")
    if isinstance(title, str) and title.strip():
        source.append(f"\u201c{title.strip()}\u201d")
    date = pd.to_datetime(rec.get("date"), utc=True, errors="coerce")
    if date is not None and not pd.isna(date):
        source.append(f"{date:%d %b %Y}")
    source.append(f"article {rec['id']}")
    return (
        f"<li>{_score(rec['sentiment'])} {quoted}"
        f'<br><span class="meta">{_e(", ".join(source))}</span></li>'
    )


def _methods(freq: str, min_mentions: int) -> str:
    return (
        "<footer><h3>How these numbers are made</h3><p>"
        + _e(
            "Each article gets topic shares that sum to one and, for every actor it names, the "
            "mean sentiment of the actor's mentions (-1 to +1). A period's sentiment toward an "
            "actor is the mention-weighted mean over its articles, which is the mean over all "
            "mentions in the period. Intervals come from resampling whole articles "
            "(bootstrap), since mentions in one article are not independent. Within a topic, "
            "articles count by their topic share. Periods (freq="
            f"{freq!r}) with fewer than {min_mentions} mentions are shown but marked. "
            "Sentiment is machine-scored: read the example sentences before quoting a number."
        )
        + f"</p><p>Generated by newsanalytics {_e(__version__)}.</p></footer>"
    )
