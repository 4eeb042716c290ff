"""The default topic model against what readers picked: the topic read set and drug policy.

Read sets (``benchmarks/readsets/``, see its README and ``topic_decisions.md``):

- ``topics_gold.jsonl``: 160 stories (BBC, HuffPost held-out lines, Reuters TEST), the topic a
  reader picks from the default taxonomy (``pick``) and the topics a reader would accept as
  top (``acceptable``) or as substantially present (``secondary``); later batches add report
  rows (``stop21``, ``stop22``, ``stop23``) and tune rows (``tune-stop21``, ``tune-stop23``,
  ``tune-stop43``, ``tune-stop44``, ``tune-stop45``, ``tune-stop46``, ``tune-stop47``: BBC,
  Reuters TRAIN, HuffPost lines 0-8999).
- ``drug_policy_gold.jsonl``: 188 stories that say drug(s), read as drug policy main /
  secondary / no; then tune rows drawn by an illicit-drug word (HuffPost lines 0-8999, Reuters
  TRAIN), report rows of batch ``stop23``: the 31 report-pool stories with an illicit-drug
  word but not drug(s), and tune rows of batch ``tune-stop23``: 20 Reuters TRAIN stories with
  drug(s) or such a word in a seeded order (their ``drawn`` field says how); report rows of
  batch ``stop38`` (drug-policy rows only): 100 stories outside the model's training text
  (BBC, Reuters of any split) in no earlier read set, every one with an illicit-drug or doping
  word and 78 of 89 with only a drug... word. ``--split report --batch stop38`` reports them
  alone, also by how each row was drawn. Batches ``stop41`` (report) and ``tune-stop41``
  (tune): the 79 stories of the same unseen pools left in no read set with a drug...,
  illicit-drug, doping, pharmaceutical... or prescription... word, split alternately (all
  read as not drug policy: they measure leakage from medicines and pharma business).

Printed per split (``tune`` rows may be looked at and tuned on; ``report`` rows are reported
once): the reader's pick share (the model's first named topic is the pick), right or
defensible (the pick or an acceptable topic), a calibration table by top share, abstentions
(no named topic: counted as wrong unless the reader's pick is "none"), the further (second,
third) topics the model names (``top_topics``) and the share of them the reader lists as
pick, acceptable or secondary (precision), how many of the reader's secondary topics the
model names (first or further), the same by shares alone (``min_evidence=0``, the rule
before further topics needed seed words of their own) as an anchor, a table by the
second-largest named share (stories, share
whose second topic the reader lists, how many the model names, named and listed), and the
drug-policy precision and recall of "drug
policy is the first named topic" (strict: positives are the ``main`` stories and every other
story named drug policy is a false positive; lenient: ``secondary`` stories are neither
required nor counted against), over every drug-policy row of the split and batch (printed even
when the batch has no topic rows), and without ``--batch`` also by batch. Background leakage:
the mean drug-policy share over the topic read set's stories that the reader did not file under
drug policy.

Each split is also printed in two parts: stories that are the default model's training text
(HuffPost lines 0-8999, which scripts/build_default_topic_model.py reads) and unseen stories
(BBC, Reuters, HuffPost lines 9000-9999). Most tune drug-policy stories are training text, so
the tune figures overstate how the model reads unseen news; the unseen part is the one to
watch.

Rows carry an optional ``batch`` (a later report-only reading, e.g. ``stop21``; see the read
sets' README); rows without one are the first batch, ``initial``. ``--batch NAME`` keeps only
that batch's rows (default: every batch).

Usage::

    nice -n 10 /work/venv/bin/python benchmarks/bench_topics_read.py [--split tune|report|all]
        [--batch NAME] [--model DIR] [--min-evidence K] [--show-errors]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
READSETS = HERE / "readsets"
sys.path.insert(0, str(READSETS))

from stories import load_story  # noqa: E402

DRUG = "drug policy"
BINS = [(0.0, 0.3), (0.3, 0.5), (0.5, 0.7), (0.7, 1.01)]
SECOND_BINS = [(0.0, 0.05), (0.05, 0.1), (0.1, 0.15), (0.15, 0.2), (0.2, 0.3), (0.3, 1.01)]


def story_text(source: str, story_id: str, headline_only: bool = False) -> str:
    fields = load_story(source, story_id)
    title = (fields.get("title") or "").strip()
    if headline_only:
        return title
    return f"{title}\n\n{fields['text']}" if title else fields["text"]


FIRST_BATCH = "initial"
# The default model trains on HuffPost sample lines 0-8999 (scripts/build_default_topic_model.py):
# a tune story from those lines is its training text, and how the model reads it overstates
# how it reads unseen news.
TRAINING_LINES = 9000


def in_training(row: dict) -> bool:
    """Whether a read-set story is text the default model was trained on."""
    if row["source"] != "huffpost":
        return False
    number = str(row["story_id"]).rsplit("-", 1)[-1]
    return number.isdigit() and int(number) < TRAINING_LINES


def read(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def in_batch(row: dict, batch: str | None) -> bool:
    """Whether a read-set row belongs to ``batch`` (None: every batch)."""
    return batch is None or row.get("batch", FIRST_BATCH) == batch


def predict(
    model, texts: list[str], min_evidence: float | None = None
) -> tuple[np.ndarray, list[list[str]], list[str]]:
    """Named shares, the named topics the model gives each text (first = top), and names.
    ``min_evidence``: passed to ``top_topics`` (None: its default)."""
    scores = model.score(texts)
    names = [c for c in scores.columns if c in model.taxonomy_.names]
    if hasattr(model, "top_topics"):
        kw = {} if min_evidence is None else {"min_evidence": min_evidence}
        tops = model.top_topics(texts, **kw)
    else:  # the rule of AnalysisResult.records before abstention existed
        tops = []
        for row in scores[names].to_numpy(dtype=float):
            if not np.isfinite(row).all():
                tops.append([])
                continue
            order = np.argsort(-row, kind="stable")
            top = [names[j] for j in order[:3] if row[j] >= 0.05] or [names[order[0]]]
            tops.append(top)
    return scores[names].to_numpy(dtype=float), tops, names


def topic_report(rows: list[dict], shares, tops, names, show_errors: bool) -> dict:
    n = len(rows)
    pick = right = answered = 0
    bins = {b: [0, 0, 0] for b in BINS}  # n, pick, defensible
    second_n = second_ok = 0
    sec_total = sec_found = sec_further = 0
    # by the second-largest named share: stories, second topic listed by the reader,
    # named by the model, named and listed
    second_bins = {b: [0, 0, 0, 0] for b in SECOND_BINS}
    errors = []
    for r, row, top in zip(rows, shares, tops, strict=True):
        ok_set = {r["pick"], *r["acceptable"]}
        first = top[0] if top else "none"
        is_pick = first == r["pick"]
        is_right = first in ok_set
        pick += is_pick
        right += is_right
        answered += bool(top)
        top_share = float(np.nanmax(row)) if np.isfinite(row).any() else 0.0
        for lo, hi in BINS:
            if lo <= top_share < hi:
                bins[(lo, hi)][0] += 1
                bins[(lo, hi)][1] += is_pick
                bins[(lo, hi)][2] += is_right
        listed = {r["pick"], *r["acceptable"], *r["secondary"]}
        for extra in top[1:]:
            second_n += 1
            second_ok += extra in listed
        sec_total += len(r["secondary"])
        sec_found += sum(t in top for t in r["secondary"])
        sec_further += sum(t in top[1:] for t in r["secondary"])
        if np.isfinite(row).all() and len(row) > 1:
            order = np.argsort(-row, kind="stable")
            second, second_share = names[order[1]], float(row[order[1]])
            for lo, hi in SECOND_BINS:
                if lo <= second_share < hi:
                    cell = second_bins[(lo, hi)]
                    cell[0] += 1
                    cell[1] += second in listed
                    cell[2] += second in top[1:]
                    cell[3] += second in top[1:] and second in listed
        if not is_right:
            errors.append((r["source"], r["story_id"], r["pick"], top, round(top_share, 2)))
    out = {
        "n": n,
        "pick": pick / n,
        "right_or_defensible": right / n,
        "answered": answered / n,
        "answered_right": right / max(answered, 1),
        "second_topics": second_n,
        "second_topics_ok": second_ok / max(second_n, 1),
        "reader_secondaries": sec_total,
        "reader_secondaries_named": sec_found,
        "reader_secondaries_further": sec_further,
        "second_bins": second_bins,
        "bins": bins,
    }
    if show_errors:
        out["errors"] = errors
    return out


def drug_report(rows: list[dict], tops, shares, names) -> dict:
    j = names.index(DRUG)
    pred = [bool(t) and t[0] == DRUG for t in tops]
    main = [r["drug_policy"] == "main" for r in rows]
    sec = [r["drug_policy"] == "secondary" for r in rows]
    tp = sum(p and m for p, m in zip(pred, main, strict=True))
    fp_strict = sum(p and not m for p, m in zip(pred, main, strict=True))
    fp_lenient = sum(p and not m and not s for p, m, s in zip(pred, main, sec, strict=True))
    wrong = {}
    for r, p, m, s in zip(rows, pred, main, sec, strict=True):
        if p and not m and not s:
            wrong[r["kind"]] = wrong.get(r["kind"], 0) + 1
    missed = [
        (r["source"], r["story_id"], t[:2], round(float(sh[j]), 2))
        for r, p, m, t, sh in zip(rows, pred, main, tops, shares, strict=True)
        if m and not p
    ]
    return {
        "n": len(rows),
        "main": sum(main),
        "secondary": sum(sec),
        "predicted": sum(pred),
        "tp": tp,
        "precision_strict": tp / max(tp + fp_strict, 1),
        "precision_lenient": tp / max(tp + fp_lenient, 1),
        "recall": tp / max(sum(main), 1),
        "false_positive_kinds": wrong,
        "missed": missed,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=["tune", "report", "all"], default="tune")
    parser.add_argument("--model", type=Path, default=None, help="a saved TopicModel directory")
    parser.add_argument("--show-errors", action="store_true")
    parser.add_argument(
        "--batch",
        default=None,
        help=f"only the rows of this batch (rows without one are {FIRST_BATCH!r}); default all",
    )
    parser.add_argument(
        "--headlines",
        action="store_true",
        help="read only the headline (BBC title, HuffPost headline; Reuters rows are skipped)",
    )
    parser.add_argument(
        "--min-evidence",
        type=float,
        default=None,
        help="seed words a further topic needs (top_topics' min_evidence; 0: shares alone)",
    )
    parser.add_argument(
        "--held-out",
        action="store_true",
        help="the model was built without the tune stories (build_default_topic_model.py "
        "--hold-out-tune): count every story as unseen",
    )
    args = parser.parse_args(argv)
    if args.held_out:
        global TRAINING_LINES
        TRAINING_LINES = 0

    from newsanalytics import TopicModel

    model = TopicModel.load(args.model) if args.model else TopicModel.default()
    splits = ["tune", "report"] if args.split == "all" else [args.split]

    gold = read(READSETS / "topics_gold.jsonl")
    drugs = read(READSETS / "drug_policy_gold.jsonl")
    for split in splits:
        rows = [r for r in gold if r["split"] == split and in_batch(r, args.batch)]
        drows = [] if args.headlines else [r for r in drugs if r["split"] == split]
        drows = [r for r in drows if in_batch(r, args.batch)]
        if not rows:
            print(f"== topics read set, {split}: no rows (batch {args.batch})")
            drug_section(model, drows, split, args.batch is None, args.show_errors)
            continue
        if args.headlines:
            rows = [r for r in rows if r["source"] != "reuters"]
        texts = [story_text(r["source"], r["story_id"], args.headlines) for r in rows]
        shares, tops, names = predict(model, texts, args.min_evidence)
        rep = topic_report(rows, shares, tops, names, args.show_errors)
        what = "headlines only" if args.headlines else "headline and text"
        print(f"== topics read set, {split}, {what}: {rep['n']} stories")
        print(
            f"reader's pick {rep['pick']:.3f}  right or defensible {rep['right_or_defensible']:.3f}"
            f"  answered {rep['answered']:.3f} (right when answered {rep['answered_right']:.3f})"
        )
        print(
            f"further topics named: {rep['second_topics']}, listed by the reader (precision) "
            f"{rep['second_topics_ok']:.3f}; reader's secondary topics "
            f"{rep['reader_secondaries']}: named {rep['reader_secondaries_named']} "
            f"({rep['reader_secondaries_further']} as a further topic)"
        )
        if args.min_evidence != 0 and hasattr(model, "top_topics"):
            # anchor, same run: further topics by shares alone (the rule before evidence)
            _, alone, _ = predict(model, texts, 0)
            base = topic_report(rows, shares, alone, names, False)
            print(
                f"  shares alone (min_evidence 0): further topics {base['second_topics']}, "
                f"listed {base['second_topics_ok']:.3f}; reader's secondaries named "
                f"{base['reader_secondaries_named']} ({base['reader_secondaries_further']} "
                "as a further topic)"
            )
        print("second share   n  listed  named  named&listed")
        for (lo, hi), (n, ok, named, both) in rep["second_bins"].items():
            if n:
                print(f"[{lo:.2f}, {min(hi, 1.0):.2f}) {n:4d}  {ok / n:.2f}  {named:5d}  {both:5d}")
        print("top share      n   pick  defensible")
        for (lo, hi), (n, p, d) in rep["bins"].items():
            if n:
                print(f"[{lo:.1f}, {min(hi, 1.0):.1f})  {n:4d}  {p / n:.2f}  {d / n:.2f}")
        for src in ("bbc", "huffpost", "reuters"):
            idx = [i for i, r in enumerate(rows) if r["source"] == src]
            if not idx:
                continue
            sub = topic_report(
                [rows[i] for i in idx], shares[idx], [tops[i] for i in idx], names, False
            )
            print(
                f"  {src:9s} n={sub['n']:3d} pick {sub['pick']:.3f} "
                f"defensible {sub['right_or_defensible']:.3f}"
            )
        for seen in (True, False):
            idx = [i for i, r in enumerate(rows) if in_training(r) == seen]
            if not idx:
                continue
            sub = topic_report(
                [rows[i] for i in idx], shares[idx], [tops[i] for i in idx], names, False
            )
            what = "training text" if seen else "unseen"
            print(
                f"  {what:13s} n={sub['n']:3d} pick {sub['pick']:.3f} "
                f"defensible {sub['right_or_defensible']:.3f}"
            )
        not_drug = [i for i, r in enumerate(rows) if r["pick"] != DRUG]
        leak = np.nansum(shares[not_drug, names.index(DRUG)])
        print(f"drug-policy share over {len(not_drug)} non-drug stories: sum {leak:.2f}")
        for e in rep.get("errors", []):
            print("  wrong:", e)
        drug_section(model, drows, split, args.batch is None, args.show_errors)
    return 0


def drug_groups(drows: list[dict], split: str, by_batch: bool) -> list[tuple[str, list[int]]]:
    """(heading, row indices) of the parts of ``drows`` the drug-policy report prints: all,
    training text and unseen (when both occur), each batch (``by_batch``, when several), and,
    for one batch alone (not ``by_batch``) whose rows were drawn in several ways (their
    ``drawn`` field, as stop38's illicit-word and drug-word-only strata), each way."""
    groups = [(f"== drug policy, {split}", list(range(len(drows))))]
    for seen in (True, False):
        idx = [i for i, r in enumerate(drows) if in_training(r) == seen]
        if idx and len(idx) < len(drows):
            what = "training text (HuffPost lines 0-8999)" if seen else "unseen"
            groups.append((f"  {what}", idx))
    if by_batch:
        batches = sorted({r.get("batch", FIRST_BATCH) for r in drows})
        if len(batches) > 1:
            for b in batches:
                idx = [i for i, r in enumerate(drows) if r.get("batch", FIRST_BATCH) == b]
                groups.append((f"  batch {b}", idx))
    elif len({r.get("batch", FIRST_BATCH) for r in drows}) == 1:
        ways = list(dict.fromkeys(r["drawn"] for r in drows if r.get("drawn")))
        if len(ways) > 1:
            for way in ways:
                idx = [i for i, r in enumerate(drows) if r.get("drawn") == way]
                short = way if len(way) <= 60 else way[:57] + "..."
                groups.append((f"  drawn: {short}", idx))
    return groups


def drug_section(model, drows: list[dict], split: str, by_batch: bool, show_errors: bool) -> None:
    """Print the drug-policy report of ``drows`` (and, if ``by_batch``, of each batch in it);
    printed after the topic read set's section of the same split."""
    if not drows:
        return
    dshares, dtops, names = predict(model, [story_text(r["source"], r["story_id"]) for r in drows])
    for head, idx in drug_groups(drows, split, by_batch):
        dr = drug_report([drows[i] for i in idx], [dtops[i] for i in idx], dshares[idx], names)
        print(
            f"{head}: {dr['n']} stories ({dr['main']} main, "
            f"{dr['secondary']} secondary); named drug policy {dr['predicted']}"
        )
        print(
            f"{' ' * (len(head) - len(head.lstrip()))}precision strict "
            f"{dr['precision_strict']:.3f} lenient {dr['precision_lenient']:.3f}"
            f"  recall {dr['recall']:.3f}  false positives by kind {dr['false_positive_kinds']}"
        )
        if show_errors and head.startswith("=="):
            for m in dr["missed"]:
                print("  missed:", m)


if __name__ == "__main__":
    sys.exit(main())
