"""The default model's first named topic against news categories mapped to the default taxonomy.

A tune-side instrument (issue 14): its stories may be looked at and tuned on.

- Reuters-21578 lewissplit TRAIN stories with exactly one category (the TEST stories are
  evaluate-only and never read here), body text as the read sets read it (``stories.py``),
  less the TRAIN stories of the read sets' report rows (``_held_out.held_out_ids``: the
  drug-policy batch stop38 reports on some).
- HuffPost News Category sample, lines 0-8999 (9000-9999 are held out and never read):
  headline + short description. These lines are the default model's training text
  (scripts/build_default_topic_model.py), so its figures overstate how the model reads
  unseen news; Reuters is the unseen part.

The mappings below were written from what each category means, before this script was run
on any story; categories that name no single topic of the default taxonomy (Reuters ``ship``;
HuffPost ``U.S. NEWS``, ``WORLD NEWS``, ``MEDIA``, ``WEIRD NEWS``, ``IMPACT``, ``MONEY`` and
the identity sections) are left out. Each mapped category names the topic a reader would
file it under (``pick``) and, following benchmarks/readsets/topic_decisions.md, the topics a
reader would defend as top (``acceptable``: company results -> business, acceptable economy
and markets; commodity quotes -> economy and markets, acceptable business; late-night comedy
-> arts and entertainment, acceptable politics and government; ...).

Printed per mapping: accuracy of the first named topic (the category's pick), right or
defensible (pick or acceptable), abstentions (no named topic: counted wrong), accuracy per
source category, and the confusion by picked topic (what the model named first instead).

Usage::

    nice -n 10 /work/venv/bin/python benchmarks/bench_topics_categories.py
        [--only reuters huffpost] [--model DIR] [--examples N]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

from _held_out import held_out_ids
from _reuters import records

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"
HUFFPOST_LINES = 9000  # lines 9000-9999 are held out: never read

ECON = "economy and markets"
BIZ = "business"
AGRI = "agriculture and food"
ENERGY = "energy"
ARTS = "arts and entertainment"
LIFE = "lifestyle and leisure"
POL = "politics and government"

# category -> (pick, acceptable); written before any run, from the category's meaning.
_AGRI_COMMODITY = (AGRI, (ECON, "trade"))
_METAL = (ECON, (BIZ,))
_MACRO = (ECON, ("public budget and finance",))
REUTERS_MAP: dict[str, tuple[str, tuple[str, ...]]] = {
    "earn": (BIZ, (ECON,)),
    "acq": (BIZ, ()),
    "trade": ("trade", (ECON,)),
    "crude": (ENERGY, (ECON,)),
    "nat-gas": (ENERGY, (ECON, BIZ)),
    "gas": (ENERGY, (ECON, BIZ)),
    "fuel": (ENERGY, (ECON, BIZ)),
    "heat": (ENERGY, (ECON, BIZ)),
    "jet": (ENERGY, (ECON, BIZ)),
    "pet-chem": (ENERGY, (BIZ, ECON)),
    "money-fx": (ECON, ()),
    "interest": (ECON, ()),
    "money-supply": (ECON, ()),
    "dlr": (ECON, ()),
    "rand": (ECON, ()),
    "reserves": (ECON, ()),
    "gnp": _MACRO,
    "cpi": _MACRO,
    "wpi": _MACRO,
    "ipi": _MACRO,
    "lei": _MACRO,
    "cpu": _MACRO,
    "housing": _MACRO,
    "inventories": _MACRO,
    "income": _MACRO,
    "instal-debt": _MACRO,
    "bop": (ECON, ("trade",)),
    "retail": (ECON, (BIZ,)),
    "jobs": (ECON, ("labour",)),
    "gold": _METAL,
    "silver": _METAL,
    "platinum": _METAL,
    "copper": _METAL,
    "alum": _METAL,
    "tin": _METAL,
    "zinc": _METAL,
    "lead": _METAL,
    "nickel": _METAL,
    "strategic-metal": _METAL,
    "iron-steel": _METAL,
    "rubber": (ECON, (BIZ, AGRI)),
    "lumber": (ECON, (BIZ,)),
    "grain": _AGRI_COMMODITY,
    "sugar": _AGRI_COMMODITY,
    "coffee": _AGRI_COMMODITY,
    "cocoa": _AGRI_COMMODITY,
    "tea": _AGRI_COMMODITY,
    "veg-oil": _AGRI_COMMODITY,
    "oilseed": _AGRI_COMMODITY,
    "meal-feed": _AGRI_COMMODITY,
    "cotton": _AGRI_COMMODITY,
    "wool": _AGRI_COMMODITY,
    "orange": _AGRI_COMMODITY,
    "potato": _AGRI_COMMODITY,
    "livestock": _AGRI_COMMODITY,
    "l-cattle": _AGRI_COMMODITY,
    "carcass": _AGRI_COMMODITY,
}

HUFFPOST_MAP: dict[str, tuple[str, tuple[str, ...]]] = {
    "POLITICS": (POL, ("elections",)),
    "ENTERTAINMENT": (ARTS, ()),
    "COMEDY": (ARTS, (POL,)),
    "CULTURE & ARTS": (ARTS, ()),
    "SPORTS": ("sports", ()),
    "CRIME": ("crime and justice", ()),
    "ENVIRONMENT": ("environment and climate", ()),
    "WELLNESS": ("health", (LIFE,)),
    "BUSINESS": (BIZ, (ECON,)),
    "TECH": ("technology", ()),
    "SCIENCE": ("science", ()),
    "RELIGION": ("religion", ()),
    "EDUCATION": ("education", ()),
    "STYLE & BEAUTY": (LIFE, (ARTS,)),
    "HOME & LIVING": (LIFE, ()),
    "PARENTING": (LIFE, ()),
    "FOOD & DRINK": (LIFE, (AGRI,)),
    "TRAVEL": (LIFE, ()),
    "WEDDINGS": (LIFE, ()),
}


def load_reuters() -> list[tuple[str, str]]:
    """(category, body) of the Reuters TRAIN stories with exactly one category and a body, less
    those a read set reports on (``held_out_ids``) and their repeats (the same body under
    another id)."""
    held = held_out_ids(DATA)
    recs = list(records(DATA))
    hidden = {(r.get("body") or "").strip() for r in recs if f"reuters:{r['newid']}" in held}
    out = []
    for rec in recs:
        topics = rec.get("topics") or []
        body = (rec.get("body") or "").strip()
        if body in hidden:
            continue
        if rec.get("lewissplit") == "TRAIN" and len(topics) == 1 and body:
            out.append((topics[0], body))
    return out


def load_huffpost() -> list[tuple[str, str]]:
    """(category, headline + short description) of the HuffPost sample's lines 0-8999."""
    out = []
    path = DATA / "huffpost_sample" / "news_category_sample.jsonl"
    with open(path, encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i >= HUFFPOST_LINES:
                break  # the held-out lines are never read
            rec = json.loads(line)
            out.append((rec["category"], f"{rec['headline']}\n\n{rec['short_description']}"))
    return out


def evaluate(model, stories, mapping) -> dict:
    """First named topics of the mapped stories against the mapping."""
    kept = [(c, t) for c, t in stories if c in mapping]
    tops = model.top_topics([t for _, t in kept])
    firsts = [top[0] if top else "none" for top in tops]
    by_cat: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    confusion: dict[str, Counter] = defaultdict(Counter)
    n = pick = right = abstained = 0
    for (cat, _), first in zip(kept, firsts, strict=True):
        want, ok = mapping[cat]
        is_pick = first == want
        is_right = is_pick or first in ok
        n += 1
        pick += is_pick
        right += is_right
        abstained += first == "none"
        cell = by_cat[cat]
        cell[0] += 1
        cell[1] += is_pick
        cell[2] += is_right
        confusion[want][first] += 1
    return {
        "n": n,
        "pick": pick / max(n, 1),
        "right": right / max(n, 1),
        "abstained": abstained,
        "by_category": dict(by_cat),
        "confusion": confusion,
        "firsts": firsts,
        "kept": kept,
    }


def show(name: str, rep: dict, mapping, examples: int) -> None:
    print(f"== {name}: {rep['n']} stories in mapped categories")
    print(
        f"first topic = mapped pick {rep['pick']:.3f}  right or defensible {rep['right']:.3f}"
        f"  abstained {rep['abstained']}"
    )
    print("category          n   pick  defensible  -> topic")
    for cat, (n, p, r) in sorted(rep["by_category"].items(), key=lambda kv: -kv[1][0]):
        print(f"  {cat:15s} {n:5d}  {p / n:.3f}  {r / n:.3f}   {mapping[cat][0]}")
    print("confusion by mapped pick (first topic named: count)")
    for want, cnt in sorted(rep["confusion"].items(), key=lambda kv: -sum(kv[1].values())):
        total = sum(cnt.values())
        others = ", ".join(f"{t} {c}" for t, c in cnt.most_common() if t != want)
        print(f"  {want} ({total}, right {cnt[want]}): {others}")
    if examples:
        shown = 0
        for (cat, text), first in zip(rep["kept"], rep["firsts"], strict=True):
            want, ok = mapping[cat]
            if first != want and first not in ok:
                print(f"  wrong [{cat} -> {first}]: {' '.join(text.split())[:160]}")
                shown += 1
                if shown >= examples:
                    break


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="+", choices=["reuters", "huffpost"], default=None)
    parser.add_argument("--model", type=Path, default=None, help="a saved TopicModel directory")
    parser.add_argument("--examples", type=int, default=0, help="print N wrong stories per set")
    args = parser.parse_args(argv)

    from newsanalytics import TopicModel

    model = TopicModel.load(args.model) if args.model else TopicModel.default()
    only = set(args.only or ["reuters", "huffpost"])
    if "reuters" in only:
        rep = evaluate(model, load_reuters(), REUTERS_MAP)
        show("Reuters-21578 TRAIN, one category", rep, REUTERS_MAP, args.examples)
    if "huffpost" in only:
        rep = evaluate(model, load_huffpost(), HUFFPOST_MAP)
        show("HuffPost lines 0-8999 (training text)", rep, HUFFPOST_MAP, args.examples)
    return 0


if __name__ == "__main__":
    sys.exit(main())
