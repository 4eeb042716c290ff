"""Check that actor extraction gives identical outputs before and after a change.

Extracts every mention (all :class:`newsanalytics.types.Mention` fields) and the
``dateline_location`` of: the first 3,000 non-empty Reuters-21578 bodies (as they run on the
wire: headline, dateline, body), all BBC News articles, the bundled HuffPost sample (title and
text) and the seed story. ``--save PATH`` writes them to a JSON file; ``--compare PATH``
compares with a saved file and prints how many documents differ (0 when nothing changed) and
the first differences.

    python benchmarks/check_actors_identical.py --save /tmp/actors_before.json
    python benchmarks/check_actors_identical.py --compare /tmp/actors_before.json
    python benchmarks/check_actors_identical.py --compare /tmp/actors_before.json --batch

``--batch`` extracts by the batch path (``ActorExtractor.extract_documents``), which must
give what ``extract_document`` gives each document alone.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from pathlib import Path

from _held_out import held_out_ids
from _reuters import records, wire_text

from newsanalytics import io as na_io
from newsanalytics import text as na_text
from newsanalytics.actors import ActorExtractor

HERE = Path(__file__).resolve().parent
SEED = "seed/000_6671fced28da8be4.txt"


def corpus(data: Path, n_reuters: int) -> list[tuple[str, str]]:
    """``(document id, text)`` pairs of all the documents checked."""
    docs: list[tuple[str, str]] = []
    for rec in records(data):
        if rec.get("body"):
            docs.append((f"reuters:{rec['newid']}", wire_text(rec)))
            if len(docs) >= n_reuters:
                break
    with open(data / "bbc_news" / "bbc_news.jsonl", encoding="utf-8") as fh:
        for k, line in enumerate(fh):
            rec = json.loads(line)
            docs.append((f"bbc:{rec.get('id', k)}", rec["text"]))
    with open(na_io.sample_path(), encoding="utf-8") as fh:
        for k, line in enumerate(fh):
            rec = json.loads(line)
            text = f"{rec.get('title') or ''}\n\n{rec.get('text') or ''}"
            docs.append((f"huffpost:{rec.get('id', k)}", text))
    seed = data / SEED
    docs.append(("seed", seed.read_text(encoding="utf-8")))
    return docs


def extract_all(docs: list[tuple[str, str]], batch: bool = False) -> dict[str, dict]:
    ex = ActorExtractor()
    parsed = [na_text.parse(text) for _, text in docs]
    found = ex.extract_documents(parsed) if batch else map(ex.extract_document, parsed)
    out = {}
    for (doc_id, _), doc, got in zip(docs, parsed, found, strict=True):
        mentions = [list(dataclasses.astuple(m)) for m in got]
        out[doc_id] = {"mentions": mentions, "dateline": ex.dateline_location(doc)}
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=HERE.parents[1] / "shared" / "data")
    parser.add_argument("--reuters", type=int, default=3000, help="Reuters bodies to check")
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", type=Path, help="write the outputs to this JSON file")
    group.add_argument("--compare", type=Path, help="compare the outputs with this JSON file")
    parser.add_argument("--show", type=int, default=5, help="differences to print")
    parser.add_argument(
        "--batch", action="store_true", help="extract by the batch path (extract_documents)"
    )
    args = parser.parse_args()

    docs = corpus(args.data, args.reuters)
    got = extract_all(docs, args.batch)
    n_mentions = sum(len(v["mentions"]) for v in got.values())
    print(f"{len(got)} documents, {n_mentions} mentions")
    if args.save:
        args.save.write_text(json.dumps(got, ensure_ascii=False), encoding="utf-8")
        print(f"saved to {args.save}")
        return 0
    want = json.loads(args.compare.read_text(encoding="utf-8"))
    differ = [k for k in sorted(set(want) | set(got)) if want.get(k) != got.get(k)]
    hidden = held_out_ids(args.data)
    readable = [k for k in differ if k not in hidden]
    print(
        f"documents whose output differs: {len(differ)} ({len(differ) - len(readable)} held out:"
        " report read-set or Reuters TEST stories, not shown)"
    )
    for k in readable[: args.show]:
        before, after = want.get(k) or {}, got.get(k) or {}
        print(f"--- {k}")
        if before.get("dateline") != after.get("dateline"):
            print(f"  dateline: {before.get('dateline')!r} -> {after.get('dateline')!r}")
        old = [tuple(m) for m in before.get("mentions", [])]
        new = [tuple(m) for m in after.get("mentions", [])]
        for m in [m for m in old if m not in new][:5]:
            print(f"  - {m}")
        for m in [m for m in new if m not in old][:5]:
            print(f"  + {m}")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
