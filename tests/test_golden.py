"""Golden outputs: the pipeline gives exactly the stored outputs on a fixed sample of real texts.

A refactoring must leave ``tests/golden/expected.json`` as it is. A change meant to alter
outputs regenerates it (``python tests/golden/regenerate.py``), and its diff is read and
committed with the change. The shipped data files must also be what their build scripts
make of their sources.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
GOLDEN = REPO / "tests" / "golden"
PACKAGE = REPO / "src" / "newsanalytics"


def _load_regenerate():
    spec = importlib.util.spec_from_file_location("golden_regenerate", GOLDEN / "regenerate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


regenerate = _load_regenerate()


@pytest.fixture(scope="module")
def golden_data(shared_data: Path, data_file) -> Path:
    for relpath in (regenerate.SEED, regenerate.HUFFPOST, *regenerate.NEWSMTSC):
        data_file(relpath)
    return shared_data


def test_pipeline_outputs_equal_the_stored_golden_outputs(golden_data):
    want = json.loads(regenerate.EXPECTED.read_text(encoding="utf-8"))
    got = regenerate.compute(golden_data)
    diff = regenerate.differences(want, got)
    assert not diff, (
        "outputs differ from tests/golden/expected.json (if the change is meant, run "
        "`python tests/golden/regenerate.py` and read the diff):\n" + "\n".join(diff)
    )
    # The stored file is exactly what the regenerating script writes.
    assert regenerate.dumps(got) == regenerate.EXPECTED.read_text(encoding="utf-8")


def test_golden_sample_holds_no_held_out_or_evaluate_only_text():
    assert max(regenerate.HUFFPOST_LINES) < 9000
    assert not any("reuters" in p or "bbc" in p for p in regenerate.NEWSMTSC)


def test_word_lists_are_what_the_build_script_makes(tmp_path):
    script = REPO / "scripts" / "build_word_lists.py"
    shared, sentiment = tmp_path / "shared", tmp_path / "sentiment"
    subprocess.run(
        [sys.executable, str(script), "--out-shared", str(shared), "--out-sentiment", str(sentiment)],
        check=True,
        capture_output=True,
    )
    for built, shipped in (
        (shared / "words.json", PACKAGE / "data" / "words.json"),
        (sentiment / "words.json", PACKAGE / "sentiment" / "data" / "words.json"),
    ):
        assert built.read_bytes() == shipped.read_bytes(), shipped


def test_actor_gazetteers_are_what_the_build_script_makes(shared_data, data_file, tmp_path):
    for relpath in (
        "huffpost_sample/news_category_sample.jsonl",
        "newsmtsc/train_flat.jsonl",
    ):
        data_file(relpath)
    script = REPO / "scripts" / "build_actors_gazetteer.py"
    subprocess.run(
        [sys.executable, str(script), "--data", str(shared_data), "--out", str(tmp_path)],
        check=True,
        capture_output=True,
    )
    shipped = PACKAGE / "actors" / "data"
    built = sorted(p.name for p in tmp_path.glob("*.json"))
    assert built == sorted(p.name for p in shipped.glob("*.json"))
    for name in built:
        assert (tmp_path / name).read_bytes() == (shipped / name).read_bytes(), name
