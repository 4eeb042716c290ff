"""Throughput of the text layer against vaderSentiment's own sentence throughput.

On the first N non-empty Reuters-21578 bodies (default 3,000) this measures, on one core:

- ``parse`` (normalisation, boilerplate, sentence splitting): documents/s and sentences/s;
- ``tokenize`` of every sentence (original-case tokens with offsets): tokens/s;
- ``topic_tokens`` of every body: tokens/s;
- the three together, the text layer as the pipeline runs it;
- the anchor: ``SentimentIntensityAnalyzer().polarity_scores`` on the same sentences.

Ratios are ours over VADER's, measured in the same run.

Usage::

    nice -n 10 python benchmarks/bench_text.py [--n 3000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import gzip
import json
import platform
import time
from pathlib import Path

from newsanalytics.text import parse, tokenize, topic_tokens

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def load_bodies(n: int, path: Path) -> list[str]:
    bodies: list[str] = []
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            body = json.loads(line).get("body") or ""
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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--n", type=int, default=3000, help="number of non-empty bodies")
    ap.add_argument("--repeat", type=int, default=3, help="best of this many runs (ours)")
    ap.add_argument("--data", type=Path, default=DATA / "reuters21578" / "reuters21578.jsonl.gz")
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
    t0 = time.perf_counter()
    for t in texts:
        analyzer.polarity_scores(t)
    t_vader = time.perf_counter() - t0

    n_sent = len(sentences)
    print(f"python {platform.python_version()}, one core; {len(bodies)} Reuters-21578 bodies,")
    print(f"{n_chars:,} chars, {n_sent:,} sentences, {n_tokens:,} tokens, {n_topic:,} topic tokens")
    print(f"ours: best of {args.repeat} runs; VADER: one run\n")
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


if __name__ == "__main__":
    main()
