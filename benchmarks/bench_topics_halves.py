"""The default-model change rule in one line per model: tune halves and a new tune batch.

A change to the default topic model is kept only if it does not lose, for models rebuilt with
random states 0, 1 and 2 (``scripts/build_default_topic_model.py --random-state K --out
DIR``), on either half of the older tune rows nor on the newest tune batch. This prints, per
model directory, for each part: the reader's pick and right-or-defensible counts on the topic
read set (first named topic; an abstention counts as "none") and drug policy as first named
topic on the drug-policy read set (true positives / named / the reader's ``main`` stories).

Parts: the ``tune`` rows of every batch but ``--new`` split in two halves by the first byte
of the sha1 of the story id (``A`` even, ``B`` odd), and the ``--new`` batch (``N``). Only
``tune`` rows are read (``report`` rows are never looked at here).

Usage::

    nice -n 10 /work/venv/bin/python benchmarks/bench_topics_halves.py [--new BATCH]
        default /tmp/model_rs1 /tmp/model_rs2
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import warnings
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_topics_read import DRUG, READSETS, read, story_text  # noqa: E402

NEW_BATCH = "tune-stop23"


def part(row: dict, new: str) -> str:
    """``"N"`` for a row of batch ``new``, else half ``"A"`` or ``"B"`` by the sha1 of its id."""
    if row.get("batch") == new:
        return "N"
    return "A" if hashlib.sha1(row["story_id"].encode()).digest()[0] % 2 == 0 else "B"


def first(tops: list[str]) -> str:
    return tops[0] if tops else "none"


def evaluate(model, new: str = NEW_BATCH) -> dict[str, dict[str, int]]:
    """Per part (``A``, ``B``, ``N``): counts ``n``, ``pick``, ``right`` (topic rows) and
    ``drug_n``, ``drug_tp``, ``drug_named``, ``drug_main`` (drug-policy rows)."""
    trows = [r for r in read(READSETS / "topics_gold.jsonl") if r["split"] == "tune"]
    drows = [r for r in read(READSETS / "drug_policy_gold.jsonl") if r["split"] == "tune"]
    ttops = model.top_topics([story_text(r["source"], r["story_id"]) for r in trows])
    dtops = model.top_topics([story_text(r["source"], r["story_id"]) for r in drows])
    out: dict[str, dict[str, int]] = {}
    for name in "ABN":
        c = dict.fromkeys(("n", "pick", "right", "drug_n", "drug_tp", "drug_named"), 0)
        c["drug_main"] = 0
        for r, tops in zip(trows, ttops, strict=True):
            if part(r, new) == name:
                c["n"] += 1
                c["pick"] += first(tops) == r["pick"]
                c["right"] += first(tops) in {r["pick"], *r["acceptable"]}
        for r, tops in zip(drows, dtops, strict=True):
            if part(r, new) == name:
                named, main = first(tops) == DRUG, r["drug_policy"] == "main"
                c["drug_n"] += 1
                c["drug_named"] += named
                c["drug_main"] += main
                c["drug_tp"] += named and main
        out[name] = c
    return out


def line(res: dict[str, dict[str, int]]) -> str:
    return "  ".join(
        f"{k}: pick {c['pick']}/{c['n']} rd {c['right']}/{c['n']} "
        f"drug {c['drug_tp']}/{c['drug_named']}/{c['drug_main']}"
        for k, c in res.items()
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("models", nargs="+", help="saved TopicModel directories, or 'default'")
    parser.add_argument("--new", default=NEW_BATCH, help="the newest tune batch (part N)")
    args = parser.parse_args(argv)

    from newsanalytics import TopicModel

    warnings.simplefilter("ignore")  # thin-topic and seed warnings of loaded models
    print("part: pick, right or defensible (topic rows); drug: true positives/named/main")
    for path in args.models:
        model = TopicModel.default() if path == "default" else TopicModel.load(path)
        print(f"{Path(path).name:>16s}  {line(evaluate(model, args.new))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
