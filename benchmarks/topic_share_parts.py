"""Where a topic share comes from: the classifier, the LDA fold-in and the article's seeds.

A named topic's share (``newsanalytics.topics``) mixes three parts: the self-trained
classifier's probability (weight ``blend``, more for texts shorter than the classifier's
reading length), the LDA fold-in (the rest) and then the article's own seed counts (weight
``seed_weight``, normalised over the named topics). For the ``tune`` stories the default
model gets wrong (topic read set: first named topic not the reader's pick or an acceptable
one; drug-policy read set: drug policy first but not ``main``, or ``main`` but not first),
or for stories named ``source:story_id``, this prints the three largest shares and each
one's parts, so one can see which part decided (e.g. politics at classifier 0.99, drug policy
0.00, on a story about extraditing a president for drug trafficking).

It reads the model's fitted arrays the way ``TopicModel`` does at transform time (private
attributes; a diagnostic, not an API). ``report`` rows are never listed here.

Usage::

    nice -n 10 /work/venv/bin/python benchmarks/topic_share_parts.py [--model DIR]
        [--errors topics|drugs] [source:story_id ...]
"""

from __future__ import annotations

import argparse
import sys
import warnings
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_topics_read import DRUG, READSETS, read, story_text  # noqa: E402


def parts(model, text: str) -> tuple[float, np.ndarray, np.ndarray, np.ndarray]:
    """The classifier's weight in the mix, and per topic its probability, the LDA fold-in
    and the seed evidence (named topics; sum of log(1 + count) * idf over seeds; a company
    name's words left out as the model leaves them, ``_scoring.seed_counts``)."""
    from newsanalytics.topics._scoring import seed_counts
    from newsanalytics.topics._seeded_lda import fold_in, seed_evidence

    x, chunks, _ = model.vectorizer_.transform_chunks([text], model.chunk_size_)
    theta = fold_in(
        x,
        model.topic_word_.astype(np.float64),
        model.alpha_.astype(np.float64),
        model.fold_in_iter,
    )[0]
    blend = 1.0 - (1.0 - model.blend) * min(1.0, float(x.sum()) / model.chunk_size_)
    proba = model._classifier_proba(chunks)
    weight = np.asarray(chunks.sum(axis=1)).ravel()
    proba = (weight[:, None] * proba).sum(axis=0) / max(weight.sum(), 1e-12)
    seen = seed_counts(model, x, [text])
    evidence = seed_evidence(seen, model._seed_weights(), model.idf_)[0]
    return blend, proba, theta, evidence


def show(model, label: str, text: str) -> None:
    names = model.topic_names_
    blend, proba, theta, ev = parts(model, text)
    shares = model.score([text]).iloc[0].to_numpy(dtype=float)[: len(names)]
    seed_part = ev / ev.sum() if ev.sum() else np.zeros_like(ev)
    print(f"{label}  (classifier weight {blend:.2f}, {len(text.split())} words)")
    for j in np.argsort(-np.nan_to_num(shares), kind="stable")[:3]:
        seed = seed_part[j] if j < len(seed_part) else 0.0
        print(
            f"    {names[j]:28s} share {shares[j]:.2f}  classifier {proba[j]:.2f}  "
            f"fold-in {theta[j]:.2f}  seeds {seed:.2f}"
        )


def tune_errors(model, which: str) -> list[tuple[str, str, str]]:
    """``(label, source, story_id)`` of the tune stories the model gets wrong."""
    first = lambda tops: tops[0] if tops else "none"  # noqa: E731
    if which == "topics":
        rows = [r for r in read(READSETS / "topics_gold.jsonl") if r["split"] == "tune"]
        tops = model.top_topics([story_text(r["source"], r["story_id"]) for r in rows])
        return [
            (f"{r['story_id']} pick {r['pick']!r} got {first(t)!r}", r["source"], r["story_id"])
            for r, t in zip(rows, tops, strict=True)
            if first(t) not in {r["pick"], *r["acceptable"]}
        ]
    rows = [r for r in read(READSETS / "drug_policy_gold.jsonl") if r["split"] == "tune"]
    tops = model.top_topics([story_text(r["source"], r["story_id"]) for r in rows])
    return [
        (f"{r['story_id']} drug policy {r['drug_policy']!r} got {first(t)!r}", *key)
        for r, t in zip(rows, tops, strict=True)
        if (first(t) == DRUG) != (r["drug_policy"] == "main")
        and (key := (r["source"], r["story_id"]))
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("stories", nargs="*", help="source:story_id, e.g. huffpost:huffpost-1177")
    parser.add_argument("--model", default="default", help="a saved TopicModel directory")
    parser.add_argument("--errors", choices=["topics", "drugs"], default=None)
    args = parser.parse_args(argv)

    from newsanalytics import TopicModel

    warnings.simplefilter("ignore")
    model = TopicModel.default() if args.model == "default" else TopicModel.load(args.model)
    todo = [(s, *s.split(":", 1)) for s in args.stories]
    if args.errors:
        todo += tune_errors(model, args.errors)
    for label, source, story_id in todo:
        show(model, f"{source} {label}", story_text(source, story_id))
    return 0


if __name__ == "__main__":
    sys.exit(main())
