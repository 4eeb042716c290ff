"""The golden regression outputs of the whole pipeline: compute them, write them, diff them.

A fixed sample of texts we may ship derived data from (the seed story, HuffPost sample
records from lines 0-8999, NewsMTSC sentences; never Reuters or BBC, which are evaluate-only)
goes through :func:`newsanalytics.analyze` on the embedded defaults; every article row,
topic share, actor row and mention (with its offsets and sentiment) is recorded, and the
NewsMTSC targets are scored by :class:`newsanalytics.ActorSentiment` directly. Floats are
rounded to :data:`DIGITS` decimals so platform float noise does not flip them.

``tests/test_golden.py`` compares the library's outputs with ``expected.json`` beside this
file. After a change that is *meant* to change outputs, regenerate the file, read its diff
and commit it with the change:

    python tests/golden/regenerate.py [--data ../shared/data]

The texts are read from the shared data folder at run time; only the outputs are stored.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
EXPECTED = HERE / "expected.json"
DEFAULT_DATA = HERE.parents[2] / "shared" / "data"

DIGITS = 6
SEED = "seed/000_6671fced28da8be4.txt"
HUFFPOST = "huffpost_sample/news_category_sample.jsonl"
# Lines 9000-9999 of the HuffPost sample are the held-out reading pool: never used here.
HUFFPOST_LINES = range(0, 9000, 45)
NEWSMTSC = ("newsmtsc/dev_rw_flat.jsonl", "newsmtsc/dev_mt_flat.jsonl")
NEWSMTSC_SENTENCES = 100  # distinct sentences from each file, in file order

# The fields recorded, in this order (a column the pipeline adds later is not compared).
ARTICLE_FIELDS = (
    "date",
    "title",
    "status",
    "error",
    "warning",
    "n_sentences",
    "n_mentions",
    "tone",
    "dateline_location",
)
ACTOR_FIELDS = ("actor", "actor_id", "type", "country", "mentions", "sentiment", "sentiment_std", "label")
MENTION_FIELDS = (
    "actor",
    "type",
    "field",
    "text",
    "sentence",
    "start",
    "end",
    "sentiment",
    "start_in_sentence",
    "end_in_sentence",
)
TARGET_FIELDS = ("id", "start", "end", "p_negative", "p_neutral", "p_positive")


def sample(data: Path) -> tuple[list[dict[str, Any]], list[tuple[str, str, int, int]]]:
    """The records analysed, and the NewsMTSC targets ``(record id, sentence, start, end)``."""
    records: list[dict[str, Any]] = [
        {"id": "seed", "text": (data / SEED).read_text(encoding="utf-8")}
    ]
    wanted = set(HUFFPOST_LINES)
    with open(data / HUFFPOST, encoding="utf-8") as fh:
        for k, line in enumerate(fh):
            if k >= HUFFPOST_LINES.stop:
                break
            if k in wanted:
                rec = json.loads(line)
                records.append(
                    {
                        "id": f"huffpost-{k}",
                        "title": rec.get("headline") or "",
                        "text": rec.get("short_description") or "",
                        "date": rec.get("date"),
                    }
                )
    targets: list[tuple[str, str, int, int]] = []
    for name in NEWSMTSC:
        split = Path(name).stem.replace("_flat", "")
        ids: dict[str, str] = {}
        with open(data / name, encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                sentence = rec["sentence"]
                if sentence not in ids:
                    if len(ids) >= NEWSMTSC_SENTENCES:
                        continue
                    ids[sentence] = f"newsmtsc-{split}-{len(ids)}"
                    records.append({"id": ids[sentence], "text": sentence})
                targets.append((ids[sentence], sentence, int(rec["from"]), int(rec["to"])))
    return records, targets


def _value(v: Any) -> Any:
    """A JSON value: floats rounded (no -0.0), NaN and missing values as None."""
    import pandas as pd

    if v is None or (not isinstance(v, (list, tuple)) and pd.isna(v)):
        return None  # None, NaN, NaT
    if hasattr(v, "isoformat"):
        return v.isoformat()
    if hasattr(v, "item"):  # numpy scalars
        v = v.item()
    if isinstance(v, float):
        return round(v, DIGITS) + 0.0
    return v


def _rows(frame: Any, fields: tuple[str, ...]) -> dict[str, list[list[Any]]]:
    """Rows of ``frame`` by record id, each the listed fields in order."""
    missing = [f for f in fields if f not in frame.columns]
    if missing:
        raise KeyError(f"result table lacks the golden fields {missing}")
    out: dict[str, list[list[Any]]] = {}
    for rid, *values in frame[["id", *fields]].itertuples(index=False, name=None):
        out.setdefault(rid, []).append([_value(v) for v in values])
    return out


def compute(data: Path) -> dict[str, Any]:
    """Run the sample through the pipeline and the sentiment scorer; the golden structure."""
    import newsanalytics as na

    records, targets = sample(data)
    result = na.analyze(records)
    topic_names = list(result.topic_names)
    articles = _rows(result.articles, ARTICLE_FIELDS)
    actors = _rows(result.actors, ACTOR_FIELDS)
    mentions = _rows(result.mentions, MENTION_FIELDS)
    topics = {
        rid: [_value(v) for v in shares]
        for rid, *shares in result.topics[["id", *topic_names]].itertuples(index=False, name=None)
    }
    top = {r["id"]: list(r.get("top_topics") or []) for r in result.records()}
    out_records = []
    for rec in records:
        rid = rec["id"]
        (article,) = articles[rid]
        out_records.append(
            {
                "id": rid,
                "article": article,
                "topics": topics.get(rid),
                "top_topics": top.get(rid),
                "actors": actors.get(rid, []),
                "mentions": mentions.get(rid, []),
            }
        )
    proba = na.ActorSentiment().predict_proba([(s, a, b) for _, s, a, b in targets])
    return {
        "fields": {
            "article": list(ARTICLE_FIELDS),
            "actors": list(ACTOR_FIELDS),
            "mentions": list(MENTION_FIELDS),
            "targets": list(TARGET_FIELDS),
        },
        "topic_names": topic_names,
        "records": out_records,
        "targets": [
            [rid, a, b, *(_value(p) for p in row)]
            for (rid, _, a, b), row in zip(targets, proba.tolist(), strict=True)
        ],
    }


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def dumps(golden: dict[str, Any]) -> str:
    """The golden structure as JSON text, one line per table row, so diffs read well."""
    lines = ["{"]
    lines.append(f'"fields": {_dump(golden["fields"])},')
    lines.append(f'"topic_names": {_dump(golden["topic_names"])},')
    lines.append('"records": [')
    recs = golden["records"]
    for i, rec in enumerate(recs):
        parts = [f'{{"id": {_dump(rec["id"])},']
        parts.append(f' "article": {_dump(rec["article"])},')
        parts.append(f' "topics": {_dump(rec["topics"])},')
        parts.append(f' "top_topics": {_dump(rec["top_topics"])},')
        for key in ("actors", "mentions"):
            rows = rec[key]
            end = "," if key == "actors" else ""
            if not rows:
                parts.append(f' "{key}": []{end}')
                continue
            parts.append(f' "{key}": [')
            parts.extend(f"  {_dump(r)}," for r in rows[:-1])
            parts.append(f"  {_dump(rows[-1])}]{end}")
        parts[-1] += "}" + ("," if i < len(recs) - 1 else "")
        lines.extend(parts)
    lines.append("],")
    lines.append('"targets": [')
    targets = golden["targets"]
    lines.extend(f"{_dump(t)}," for t in targets[:-1])
    lines.append(f"{_dump(targets[-1])}]" if targets else "]")
    lines.append("}")
    return "\n".join(lines) + "\n"


def differences(want: dict[str, Any], got: dict[str, Any], limit: int = 30) -> list[str]:
    """Readable differences between two golden structures: which record, which field."""
    out: list[str] = []
    for key in ("fields", "topic_names"):
        if want.get(key) != got.get(key):
            out.append(f"{key}: expected {want.get(key)}, got {got.get(key)}")
    want_recs = {r["id"]: r for r in want.get("records", [])}
    got_recs = {r["id"]: r for r in got.get("records", [])}
    for rid in [*want_recs, *(k for k in got_recs if k not in want_recs)]:
        w, g = want_recs.get(rid), got_recs.get(rid)
        if w is None or g is None:
            out.append(f"record {rid}: {'missing' if g is None else 'unexpected'}")
            continue
        for field in ("article", "topics", "top_topics"):
            if w.get(field) != g.get(field):
                names = want["fields"]["article"] if field == "article" else want["topic_names"]
                if isinstance(w.get(field), list) and isinstance(g.get(field), list):
                    diff = [
                        f"{names[k] if field != 'top_topics' and k < len(names) else k}: "
                        f"{a!r} -> {b!r}"
                        for k, (a, b) in enumerate(zip(w[field], g[field], strict=False))
                        if a != b
                    ]
                    if len(w[field]) != len(g[field]):
                        diff.append(f"length {len(w[field])} -> {len(g[field])}")
                else:
                    diff = [f"{w.get(field)!r} -> {g.get(field)!r}"]
                out.append(f"record {rid}, {field}: " + "; ".join(diff))
        for field in ("actors", "mentions"):
            wr = [tuple(r) for r in w.get(field, [])]
            gr = [tuple(r) for r in g.get(field, [])]
            if wr != gr:
                lost = [r for r in wr if r not in gr]
                new = [r for r in gr if r not in wr]
                out.append(f"record {rid}, {field}: - {lost} + {new}")
    wt = {tuple(t[:3]): t for t in want.get("targets", [])}
    gt = {tuple(t[:3]): t for t in got.get("targets", [])}
    for key in [*wt, *(k for k in gt if k not in wt)]:
        if wt.get(key) != gt.get(key):
            out.append(f"target {key}: {wt.get(key)} -> {gt.get(key)}")
    if len(out) > limit:
        out = [*out[:limit], f"... and {len(out) - limit} more"]
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=EXPECTED)
    args = parser.parse_args()
    golden = compute(args.data)
    text = dumps(golden)
    if args.out.exists():
        old = json.loads(args.out.read_text(encoding="utf-8"))
        diff = differences(old, golden)
        print("\n".join(diff) if diff else "no output changed")
    args.out.write_text(text, encoding="utf-8")
    n_mentions = sum(len(r["mentions"]) for r in golden["records"])
    print(
        f"wrote {args.out}: {len(golden['records'])} records, {n_mentions} mentions, "
        f"{len(golden['targets'])} targets"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
