"""Throughput of the text layer against vaderSentiment's own sentence throughput.

On the first N non-empty Reuters-21578 bodies (default 3,000) this measures, on one core:

- ``parse`` (normalisation, boilerplate, sentence splitting): documents/s and sentences/s;
- ``tokenize`` of every sentence (original-case tokens with offsets): tokens/s;
- ``topic_tokens`` of every body: tokens/s;
- the three together, the text layer as the pipeline runs it;
- the anchor: ``SentimentIntensityAnalyzer().polarity_scores`` on the same sentences.

Ratios are ours over VADER's, measured in the same run.

Second, a segmentation check: NewsMTSC's dev sentences (``dev_rw`` + ``dev_mt``), regrouped
by source article in sentence order and joined with a space, are split again; the table gives
the precision, recall and F1 of exact sentence spans against NewsMTSC's own segmentation,
for our splitter and for a naive ``[.!?]``-regex splitter measured in the same run. NewsMTSC's
segmentation is itself imperfect (headlines glued to first sentences, a break after "Sen."),
so 1.0 is out of reach; the naive splitter is the anchor. The train file was used to look
at errors while developing; the dev files are the report.

Usage::

    nice -n 10 python benchmarks/bench_text.py [--n 3000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import platform
import re
import time
from collections import defaultdict
from pathlib import Path

from _reuters import records

from newsanalytics.text import parse, tokenize, topic_tokens

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def load_bodies(n: int, path: Path) -> list[str]:
    bodies: list[str] = []
    for rec in records(path=path):
        body = rec.get("body") or ""
        if body.strip():
            bodies.append(body)
            if len(bodies) == n:
                break
    return bodies


def best_of(repeat: int, fn) -> tuple[float, object]:
    best, out = float("inf"), None
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - t0)
    return best, out


_NAIVE_RE = re.compile(r"[^.!?\n]+(?:[.!?]+[\"'\u201d\u2019)]*|$)")


def naive_spans(text: str) -> list[tuple[int, int]]:
    """The anchor: cut after every run of . ! ? (and closing quotes) or newline."""
    out = []
    for m in _NAIVE_RE.finditer(text):
        chunk = m.group()
        s = m.start() + len(chunk) - len(chunk.lstrip())
        e = m.end() - (len(chunk) - len(chunk.rstrip()))
        if s < e:
            out.append((s, e))
    return out


def ours_spans(text: str) -> list[tuple[int, int]]:
    return [(s.start, s.end) for s in parse(text).sentences]


def newsmtsc_articles(folder: Path, files: list[str]) -> list[tuple[str, list[tuple[int, int]]]]:
    """Rebuild article texts from NewsMTSC sentences: (text, gold sentence spans)."""
    by_article: dict[tuple[str, ...], dict[int, str]] = defaultdict(dict)
    for name in files:
        with open(folder / name, encoding="utf-8") as f:
            for line in f:
                rec = json.loads(line)
                parts = rec["primary_gid"].split("_")
                by_article[tuple(parts[:3])][int(parts[3])] = rec["sentence_normalized"].strip()
    out = []
    for sentences in by_article.values():
        text, spans = "", []
        for k in sorted(sentences):
            if text:
                text += " "
            spans.append((len(text), len(text) + len(sentences[k])))
            text += sentences[k]
        out.append((text, spans))
    return out


def segmentation_scores(articles, split) -> tuple[float, float, float]:
    n_gold = n_pred = n_hit = 0
    for text, gold in articles:
        pred = set(split(text))
        n_gold += len(gold)
        n_pred += len(pred)
        n_hit += len(pred & set(gold))
    p, r = n_hit / n_pred, n_hit / n_gold
    return p, r, 2 * p * r / (p + r)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--n", type=int, default=3000, help="number of non-empty bodies")
    ap.add_argument("--repeat", type=int, default=3, help="best of this many runs (ours)")
    ap.add_argument("--data", type=Path, default=DATA / "reuters21578" / "reuters21578.jsonl.gz")
    ap.add_argument("--newsmtsc", type=Path, default=DATA / "newsmtsc")
    args = ap.parse_args()

    bodies = load_bodies(args.n, args.data)
    n_chars = sum(map(len, bodies))

    t_parse, docs = best_of(args.repeat, lambda: [parse(b) for b in bodies])
    sentences = [s for d in docs for s in d.sentences]
    t_tok, toks = best_of(
        args.repeat, lambda: [tokenize(s.text, offset=s.start) for s in sentences]
    )
    n_tokens = sum(map(len, toks))
    t_topic, topic = best_of(args.repeat, lambda: [topic_tokens(d.text) for d in docs])
    n_topic = sum(map(len, topic))

    def layer() -> int:
        n = 0
        for b in bodies:
            d = parse(b)
            for s in d.sentences:
                n += len(tokenize(s.text, offset=s.start))
            topic_tokens(d.text)
        return n

    t_all, _ = best_of(args.repeat, layer)

    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    analyzer = SentimentIntensityAnalyzer()
    texts = [s.text for s in sentences]
    t_vader, _ = best_of(args.repeat, lambda: [analyzer.polarity_scores(t) for t in texts])

    n_sent = len(sentences)
    print(f"python {platform.python_version()}, one core; {len(bodies)} Reuters-21578 bodies,")
    print(f"{n_chars:,} chars, {n_sent:,} sentences, {n_tokens:,} tokens, {n_topic:,} topic tokens")
    print(f"best of {args.repeat} runs each\n")
    rows = [
        ("parse", t_parse, f"{len(bodies) / t_parse:,.0f} docs/s", n_sent / t_parse, None),
        ("tokenize (sentences)", t_tok, "", n_sent / t_tok, n_tokens / t_tok),
        ("topic_tokens (bodies)", t_topic, "", None, n_topic / t_topic),
        ("parse+tokenize+topic_tokens", t_all, f"{len(bodies) / t_all:,.0f} docs/s", n_sent / t_all,
         n_tokens / t_all),
        ("VADER polarity_scores", t_vader, "", n_sent / t_vader, n_tokens / t_vader),
    ]  # fmt: skip
    print(f"{'stage':30s} {'seconds':>8s} {'sentences/s':>12s} {'tokens/s':>12s}  note")
    for name, secs, note, sps, tps in rows:
        sps_s = f"{sps:12,.0f}" if sps else f"{'':>12s}"
        tps_s = f"{tps:12,.0f}" if tps else f"{'':>12s}"
        print(f"{name:30s} {secs:8.3f} {sps_s} {tps_s}  {note}")
    print()
    print(f"ratio text layer / VADER, sentences/s: {t_vader / t_all:.1f}x")
    print(f"ratio parse alone / VADER, sentences/s: {t_vader / t_parse:.1f}x")
    print(f"share of a parse+VADER pass spent in the text layer: {t_all / (t_all + t_vader):.1%}")

    if args.newsmtsc.is_dir():
        articles = newsmtsc_articles(args.newsmtsc, ["dev_rw.jsonl", "dev_mt.jsonl"])
        n_gold = sum(len(g) for _, g in articles)
        print(f"\nsegmentation vs NewsMTSC dev ({len(articles)} articles, {n_gold} sentences)")
        print(f"{'splitter':10s} {'precision':>9s} {'recall':>7s} {'F1':>6s}")
        scores = {}
        for name, split in (("ours", ours_spans), ("naive", naive_spans)):
            scores[name] = segmentation_scores(articles, split)
            p, r, f1 = scores[name]
            print(f"{name:10s} {p:9.3f} {r:7.3f} {f1:6.3f}")
        print(f"F1 ratio ours / naive: {scores['ours'][2] / scores['naive'][2]:.2f}x")


if __name__ == "__main__":
    main()
