"""Bucketed errors of the actor extractor on the gold read set's ``tune`` part only.

Every miss and false positive of ``ActorExtractor`` (exact spans, as in
``bench_actors_gold.py``) is put in one bucket:

- miss / no candidate: no rule candidate overlaps the gold span;
- miss / candidate boundary: candidates overlap it, none with its exact offsets;
- miss / rules left it: an exact candidate, the rules gave it no actor;
- miss / typer dropped: an exact candidate the rules made an actor, the typer dropped;
- type wrong: an exact match with another type (gold -> predicted);
- false positive / boundary: the prediction overlaps a gold span;
- false positive / junk: it overlaps none (by predicted type).

The report part is never read here. Usage::

    python benchmarks/actor_errors.py [--show BUCKET] [--n 40]
"""

from __future__ import annotations

import argparse
from collections import Counter

from bench_actors_gold import load_gold, ours

from newsanalytics import text as na_text
from newsanalytics.actors import ActorExtractor


def buckets(stories, ex, rules):
    out = []
    for st in stories:
        if st["split"] != "tune":
            continue
        text = st["text"]
        pred = ours(ex, text)
        rpred = {(s, e) for s, e, _ in ours(rules, text)}
        scanner = rules._scanner()
        cands = rules._rule_candidates(rules_doc(text), scanner)
        cspans = {(c.start, c.end) for c in cands}
        gold = st["gold"]
        exact = {(s, e): (t, o) for s, e, t, o in gold}
        pspans = {(s, e): t for s, e, t in pred}
        for s, e, t, o in gold:
            if o:
                continue
            if (s, e) in pspans:
                if pspans[(s, e)] != t:
                    out.append((f"type {t}->{pspans[(s, e)]}", text[s:e], st["id"]))
                continue
            if any(cs < e and s < ce for cs, ce in cspans):
                if (s, e) not in cspans:
                    b = "miss/candidate boundary"
                elif (s, e) in rpred:
                    b = "miss/typer dropped"
                else:
                    b = "miss/rules left it"
            else:
                b = "miss/no candidate"
            out.append((f"{b} ({t})", text[s:e], st["id"]))
        for s, e, t in pred:
            if (s, e) in exact:
                continue
            if any(gs < e and s < ge for gs, ge, _, _ in gold):
                out.append((f"fp/boundary ({t})", text[s:e], st["id"]))
            else:
                out.append((f"fp/junk ({t})", text[s:e], st["id"]))
    return out


def rules_doc(text):
    return na_text.parse(text)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--show", default=None)
    ap.add_argument("--n", type=int, default=40)
    args = ap.parse_args()
    stories = load_gold()
    rows = buckets(stories, ActorExtractor(), ActorExtractor(model=False))
    cnt = Counter(b for b, _, _ in rows)
    for b, n in sorted(cnt.items(), key=lambda x: -x[1]):
        print(f"{n:5d}  {b}")
    if args.show:
        sel = [r for r in rows if args.show in r[0]]
        for b, s, i in sel[: args.n]:
            print(f"  {b} | {s!r} | {i}")


if __name__ == "__main__":
    main()
