"""Check that topic scoring gives identical shares before and after a change.

Scores, with the shipped model, the first ``--reuters`` non-empty Reuters-21578 bodies (as
``analyze`` reads them: headline, blank line, body), the first ``--bbc`` BBC News articles and
the bundled HuffPost sample, and keeps each document's shares of every topic (the background
"other" included) and its evidence. ``--save PATH`` writes them to a ``.npz`` file (no
pickle); ``--compare PATH`` compares with a saved file and prints the largest difference
(0 when nothing changed) and how many documents differ beyond ``--atol``.

    python benchmarks/check_topics_identical.py --save /tmp/topics_before.npz
    python benchmarks/check_topics_identical.py --compare /tmp/topics_before.npz
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
from _reuters import records

from newsanalytics import TopicModel
from newsanalytics import io as na_io

HERE = Path(__file__).resolve().parent


def corpus(data: Path, n_reuters: int, n_bbc: int) -> list[str]:
    texts: list[str] = []
    for rec in records(data):
        if (rec.get("body") or "").strip():
            title = rec.get("title") or ""
            texts.append(f"{title}\n\n{rec['body']}" if title else rec["body"])
            if len(texts) >= n_reuters:
                break
    with open(data / "bbc_news" / "bbc_news.jsonl", encoding="utf-8") as fh:
        for k, line in enumerate(fh):
            if k >= n_bbc:
                break
            rec = json.loads(line)
            texts.append(f"{rec['title']}\n\n{rec['text']}")
    with open(na_io.sample_path(), encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            texts.append(f"{rec.get('title') or ''}\n\n{rec.get('text') or ''}")
    return texts


def score(texts: list[str]) -> dict[str, np.ndarray]:
    model = TopicModel.default()
    shares = model.score(texts)
    counts = model.vectorizer_.transform(texts)
    return {
        "shares": shares.to_numpy(dtype=float),
        "columns": np.array(list(shares.columns), dtype=str),
        "counts_data": counts.data,
        "counts_indices": counts.indices.astype(np.int64),
        "counts_indptr": counts.indptr.astype(np.int64),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=HERE.parents[1] / "shared" / "data")
    parser.add_argument("--reuters", type=int, default=1000, help="Reuters bodies to score")
    parser.add_argument("--bbc", type=int, default=300, help="BBC articles to score")
    parser.add_argument("--atol", type=float, default=1e-12)
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", type=Path, help="write the shares to this .npz file")
    group.add_argument("--compare", type=Path, help="compare the shares with this .npz file")
    args = parser.parse_args()
    texts = corpus(args.data, args.reuters, args.bbc)
    got = score(texts)
    print(f"{len(texts)} documents, {got['shares'].shape[1]} topic columns")
    if args.save:
        np.savez(args.save, **got)
        print(f"saved to {args.save}")
        return 0
    with np.load(args.compare, allow_pickle=False) as saved:
        before = {k: saved[k] for k in saved.files}
    if before["shares"].shape != got["shares"].shape or not np.array_equal(
        before["columns"], got["columns"]
    ):
        print("the topic columns differ")
        return 1
    same_counts = all(
        np.array_equal(before[k], got[k])
        for k in ("counts_data", "counts_indices", "counts_indptr")
    )
    diff = np.abs(before["shares"] - got["shares"])
    n_diff = int((diff > args.atol).any(axis=1).sum())
    print(f"counts identical: {same_counts}")
    print(f"largest share difference: {diff.max():.3g}")
    print(f"documents whose shares differ by more than {args.atol:g}: {n_diff}")
    return 0 if same_counts and n_diff == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
