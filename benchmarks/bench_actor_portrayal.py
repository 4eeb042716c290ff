"""Actor-level sentiment against a reader's portrayal of each actor in a story.

Reads benchmarks/readsets/actor_portrayal_tune_stop46.jsonl (one row per actor of a story:
how the story portrays it as a whole, read before any scorer ran on the stories; see
readsets/draw_actor_portrayal.py), analyses the stories with :func:`newsanalytics.analyze`
(the default scorer) and compares the ``actors`` table's ``label`` with the reader's:
agreement, macro-F1, the confusion table and polar precision / recall. ``--show`` prints
each disagreement with the actor's mention scores (tune rows only).

    PYTHONPATH=src OMP_NUM_THREADS=1 python benchmarks/bench_actor_portrayal.py [--show]
"""

import argparse
import json
import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "readsets"))
from stories import load_story  # noqa: E402

import newsanalytics  # noqa: E402

LABELS = ("negative", "neutral", "positive")
DEFAULT = HERE / "readsets" / "actor_portrayal_tune_stop46.jsonl"


def read_rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]


def analyse(rows: list[dict], scorer=None) -> newsanalytics.AnalysisResult:
    """The analysis of every story of ``rows``, ids ``source:story_id``."""
    stories = dict.fromkeys((r["source"], r["story_id"]) for r in rows)
    records = []
    for src, sid in stories:
        fields = load_story(src, sid)
        records.append({"id": f"{src}:{sid}", "title": fields.get("title") or "", **fields})
    return newsanalytics.analyze(records, scorer=scorer)


def report(gold: list[str], pred: list[str], name: str) -> None:
    g = np.array([LABELS.index(x) for x in gold])
    p = np.array([LABELS.index(x) for x in pred])
    conf = np.zeros((3, 3), dtype=int)
    np.add.at(conf, (g, p), 1)
    f1 = []
    for k in range(3):
        tp = conf[k, k]
        prec = tp / max(conf[:, k].sum(), 1)
        rec = tp / max(conf[k].sum(), 1)
        f1.append(0.0 if tp == 0 else 2 * prec * rec / (prec + rec))
    polar_pred = (p != 1).sum()
    polar_gold = (g != 1).sum()
    hit = ((p == g) & (g != 1)).sum()
    print(
        f"{name}: agreement {np.mean(g == p):.3f} ({(g == p).sum()}/{len(g)}), macro-F1 "
        f"{np.mean(f1):.3f}, polar precision {hit}/{polar_pred}, polar recall {hit}/{polar_gold}"
    )
    print("  reader \\ library  " + "  ".join(f"{x:>8}" for x in LABELS))
    for k in range(3):
        print(f"  {LABELS[k]:>16}  " + "  ".join(f"{c:8d}" for c in conf[k]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rows", default=str(DEFAULT))
    ap.add_argument("--show", action="store_true", help="print each disagreement")
    args = ap.parse_args()
    rows = read_rows(Path(args.rows))
    res = analyse(rows)
    actors = res.actors.set_index(["id", "actor"])
    gold, pred, hard = [], [], []
    for r in rows:
        key = (f"{r['source']}:{r['story_id']}", r["actor"])
        if key not in actors.index:
            print("not found:", key)
            continue
        a = actors.loc[key]
        gold.append(r["label"])
        pred.append(str(a["label"]))
        hard.append(bool(r.get("hard")))
        if args.show and gold[-1] != pred[-1]:
            ms = res.mentions[(res.mentions["id"] == key[0]) & (res.mentions["actor"] == key[1])]
            scores = " ".join(f"{s:+.2f}" for s in ms["sentiment"])
            print(
                f"{key}: reader {r['label']}, library {pred[-1]} "
                f"({a['sentiment']:+.2f}: {scores})"
            )
    report(gold, pred, f"actors ({len(gold)} of {len(rows)} read)")
    if any(hard):
        keep = [i for i, h in enumerate(hard) if not h]
        report([gold[i] for i in keep], [pred[i] for i in keep], "  without hard rows")


if __name__ == "__main__":
    main()
