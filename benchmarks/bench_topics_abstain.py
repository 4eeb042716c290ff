"""Does the topic model abstain on sentences that have no subject?

Abstention (``newsanalytics.topics._shares``): an article whose largest named share is below
``MIN_TOP_SHARE`` gets no named topic. The topic read sets cannot measure it: no tune story's
pick is "none". This bench reads :data:`NO_SUBJECT`, twelve sentences written for it (before
any model ran on them) that a reader files under no topic of any taxonomy: reported speech,
dates, hedges. For each it prints the largest named share and its topic, the other
(background) share, how many different seed words of that topic the sentence has
(``TopicModel.topic_evidence``) and whether ``top_topics`` names a topic, then how many of
the twelve got one (the aim: none).

Usage::

    nice -n 10 /work/venv/bin/python benchmarks/bench_topics_abstain.py [--model DIR ...]
"""

from __future__ import annotations

import argparse
import warnings

NO_SUBJECT = [
    "He said it would happen next week.",
    "She told reporters she was not sure.",
    "They will meet again on Tuesday.",
    "It was not immediately clear what he meant.",
    "The statement gave no further details.",
    "More details are expected later.",
    "We will see what happens.",
    "That is what they told us.",
    "It is the first time this has happened.",
    "Officials said the decision was made on Monday.",
    "The report was released on Thursday.",
    "Nobody knows what comes next.",
]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--model", action="append", help="a saved TopicModel directory (repeatable)"
    )
    args = parser.parse_args(argv)

    from newsanalytics import TopicModel

    for path in args.model or [None]:
        model = TopicModel.default() if path is None else TopicModel.load(path)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # the sentence without a known word is expected
            shares = model.score(NO_SUBJECT, other=True)
            evidence = model.topic_evidence(NO_SUBJECT)
            named = model.top_topics(NO_SUBJECT)
        print(f"== {path or 'default model'}")
        print(f"{'top share':>9} {'other':>6} {'seeds':>5}  named  {'top topic':<28} sentence")
        for i, text in enumerate(NO_SUBJECT):
            row = shares.iloc[i].drop("other")
            top = str(row.idxmax())
            print(
                f"{row.max():9.2f} {shares['other'].iloc[i]:6.2f} {int(evidence.iloc[i][top]):5d}"
                f"  {'yes' if named[i] else 'no':<5}  {top:<28} {text}"
            )
        print(f"named a topic: {sum(bool(t) for t in named)} of {len(NO_SUBJECT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
