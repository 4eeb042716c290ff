"""benchmarks/_held_out.py: the documents the check scripts keep out of sight."""

import json
from pathlib import Path

READSETS = Path(__file__).resolve().parents[1] / "benchmarks" / "readsets"


def test_reuters_test_and_report_stories_are_held_out_and_nothing_else(repo_module, shared_data):
    held = repo_module("benchmarks", "_held_out").held_out_ids(shared_data)
    reuters = repo_module("benchmarks", "_reuters")
    splits = {}
    for rec in reuters.records(shared_data):
        splits[f"reuters:{rec['newid']}"] = rec.get("lewissplit")
    assert {k for k, s in splits.items() if s == "TEST"} <= held
    report, tune = set(), set()  # a story reported on in any read set is held out in all
    for path in READSETS.glob("*.jsonl"):
        with open(path, encoding="utf-8") as fh:
            for row in map(json.loads, fh):
                if row.get("source") in ("bbc", "reuters"):
                    key = f"{row['source']}:{row['story_id']}"
                    (report if row["split"] == "report" else tune).add(key)
    assert report and report <= held
    unseen_tune = {k for k in tune - report if splits.get(k) != "TEST"}
    assert unseen_tune and not unseen_tune & held
    train = {k for k, s in splits.items() if s == "TRAIN"}
    assert train & report  # the drug-policy report batch stop38 reads Reuters TRAIN stories
    assert train & held == train & report
    assert not any(k.startswith("huffpost:") for k in held)


def test_check_analyze_identical_prints_no_held_out_row(repo_module, shared_data, capsys):
    check = repo_module("benchmarks", "check_analyze_identical")
    held = sorted(repo_module("benchmarks", "_held_out").held_out_ids(shared_data))
    hidden = next(k for k in held if k.startswith("reuters:"))
    table = {"columns": ["id", "actor"], "dtypes": ["object", "object"]}
    want = {"actors": {**table, "rows": [[hidden, "Secret Co"], ["huffpost:1", "Open Co"]]}}
    got = {"actors": {**table, "rows": [[hidden, "Secret Inc"], ["huffpost:1", "Open Inc"]]}}
    assert check.compare(want, got, show=5, data=shared_data) == 1
    out = capsys.readouterr().out
    assert "rows that differ: 2" in out and "1 of them held out" in out
    assert "Open Inc" in out and "Secret" not in out
