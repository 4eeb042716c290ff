"""scripts/train_actor_typer.py builds the same typer from the same input, run after run.

The shipped weights can only be rebuilt if the script is a function of its input text, the
library code it collects candidates with and its settings (issue 12: the rebuild at the
commit the manifest names gives the shipped arrays bit for bit). Here the whole script, with
the shipped settings, runs twice on a small fixed data folder in two processes with other
string-hash seeds (set and dict orders of strings differ between them), and both runs must
write the same arrays and manifest."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("sklearn")
pytest.importorskip("scipy")

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "train_actor_typer.py"

#: The shipped typer's settings (its manifest's ``training`` and ``thresholds``).
SHIPPED = (
    "--mask-weight 2 --mask-words --surnames --person-mask-weight 3 --person-mask-said "
    "--drop 0.5 --drop-demonym 0.1 --drop-known 0.8 --drop-other 0.8 --retype 0.5 "
    "--take 0.85 --take-head 0.7"
).split()

HUFFPOST = [
    (
        "Senator Bob Corker Says He Will Not Run Again",
        "Corker said he would leave the "
        "Senate. Mr. Corker spoke to reporters in Nashville, Tennessee.",
        "Jane Okafor",
    ),
    (
        "Microsoft Buys Startup For $2 Billion",
        "Microsoft Corp said on Monday it would buy "
        "Acme Analytics, a Seattle software company. Satya Nadella praised its engineers.",
        "Tom Baxter, AP",
    ),
    (
        "Protests Spread Across France",
        "Thousands marched in Paris and Lyon on Saturday. "
        "President Emmanuel Macron said the government would listen.",
        "Marie Dupont",
    ),
    (
        "Kamala Harris Visits Germany",
        "Vice President Kamala Harris met Chancellor Olaf "
        "Scholz in Berlin. Harris said the talks went well.",
        "Ed Stern",
    ),
    (
        "The FBI Opens An Inquiry",
        "The Federal Bureau of Investigation said it was looking "
        "into the leak. Its director, Christopher Wray, declined to comment.",
        "Ann Lee",
    ),
    (
        "Nintendo Sales Jump",
        "Nintendo said its profits rose. Shares of Nintendo climbed "
        "in Tokyo, and Sony employees were not surprised.",
        "Ken Ito",
    ),
]
NEWSMTSC = [
    "Winner wrote that she had a private meeting with the Republican lawmaker's director.",
    "Trump told reporters in Washington that the Democrats were wrong about Russia.",
    "Pelosi said the House would vote on the bill, and Schumer agreed.",
    "The Pentagon and NATO officials met in Brussels to discuss Ukraine.",
]
VADER = [
    "On Dec. 19, New York City's Union Square Business Improvement District plans a race.",
    "Mayor Michael Bloomberg said the city of New York would pay for it.",
    "General Motors and Ford Motor Co reported losses in Detroit.",
]


def _data(root: Path) -> Path:
    data = root / "data"
    (data / "huffpost_sample").mkdir(parents=True)
    (data / "newsmtsc").mkdir()
    (data / "vader_groundtruth").mkdir()
    with open(data / "huffpost_sample" / "news_category_sample.jsonl", "w") as fh:
        for head, desc, authors in HUFFPOST:
            rec = {"headline": head, "short_description": desc, "authors": authors}
            fh.write(json.dumps(rec) + "\n")
    with open(data / "newsmtsc" / "train.jsonl", "w") as fh:
        for s in NEWSMTSC + NEWSMTSC[:1]:  # a repeated sentence is read once
            fh.write(json.dumps({"sentence_normalized": s}) + "\n")
    (data / "vader_groundtruth" / "nytEditorialSnippets_GroundTruth.txt").write_text(
        "".join(f"1_{k}\t0.5\t{s}\n" for k, s in enumerate(VADER)), encoding="utf-8"
    )
    return data


def _build(data: Path, out: Path, hash_seed: str, threads: str) -> tuple[dict, dict]:
    env = dict(os.environ, PYTHONHASHSEED=hash_seed, PYTHONPATH=str(ROOT / "src"))
    env.update(OMP_NUM_THREADS=threads, OPENBLAS_NUM_THREADS=threads)
    cmd = [sys.executable, str(SCRIPT), "--data", str(data), "--out", str(out), *SHIPPED]
    subprocess.run(cmd, check=True, env=env, cwd=ROOT, capture_output=True, timeout=600)
    with np.load(out / "actor_typer.npz") as z:
        arrays = {k: z[k] for k in z.files}
    return arrays, json.loads((out / "actor_typer.json").read_text(encoding="utf-8"))


def test_training_script_output_is_deterministic(tmp_path):
    data = _data(tmp_path)
    a, ma = _build(data, tmp_path / "a", "1", "1")
    b, mb = _build(data, tmp_path / "b", "2", "3")
    assert ma == mb
    assert a.keys() == b.keys() == {"columns", "rows", "bias", "surnames"}
    for k in a:
        assert a[k].dtype == b[k].dtype and np.array_equal(a[k], b[k]), k
    # the run learnt something from the text: every class labelled, weights not all zero
    tr = ma["training"]
    assert tr["texts"] == len(HUFFPOST) + len(NEWSMTSC) + len(VADER)
    assert tr["candidates"] > 30 and tr["labelled"] > 20
    assert len(a["columns"]) > 100 and np.abs(a["rows"]).max() > 0.01
    # the authors' surnames and the full names' surnames the text writes are the list
    assert {"okafor", "baxter", "corker"} <= set(a["surnames"].tolist())
    assert ma["thresholds"]["drop_demonym"] == 0.1
    # the manifest says what a rebuild must match
    assert ma["build"]["threads"] == 2
    assert {"code_commit", "numpy", "scipy", "scikit-learn"} <= ma["build"].keys()


def test_training_fits_with_the_pinned_thread_count_whatever_the_environment(monkeypatch):
    sys.path.insert(0, str(ROOT / "scripts"))
    import train_actor_typer as tr
    from threadpoolctl import threadpool_info, threadpool_limits

    seen = []
    monkeypatch.setattr(tr, "build", lambda args: seen.append(threadpool_info()))
    monkeypatch.setattr(sys, "argv", ["train_actor_typer.py", "--no-save"])
    with threadpool_limits(limits=1):  # as OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 would
        tr.main()
    pools = seen[0]
    assert pools and {p["user_api"] for p in pools} >= {"blas"}
    assert all(p["num_threads"] == tr.THREADS == 2 for p in pools)
