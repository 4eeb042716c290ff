"""benchmarks/bench_topics_read.py: which parts of the drug-policy rows it reports."""

import pytest


@pytest.fixture
def bench(repo_module):
    return repo_module("benchmarks", "bench_topics_read")


def _row(source, story_id, batch=None, drawn=None):
    row = {"source": source, "story_id": story_id, "drug_policy": "no", "kind": "other"}
    if batch:
        row["batch"] = batch
    if drawn:
        row["drawn"] = drawn
    return row


def test_one_batch_drawn_two_ways_is_reported_by_way(bench):
    rows = [
        _row("bbc", "a", "stop38", "every story with an illicit-drug word"),
        _row("reuters", "1", "stop38", "78 drawn at random of those with a drug word"),
        _row("reuters", "2", "stop38", "every story with an illicit-drug word"),
    ]
    groups = bench.drug_groups(rows, "report", by_batch=False)
    assert groups[0] == ("== drug policy, report", [0, 1, 2])
    assert [idx for _, idx in groups[1:]] == [[0, 2], [1]]
    assert all(head.startswith("  drawn: ") for head, _ in groups[1:])


def test_every_batch_is_reported_by_batch_not_by_way(bench):
    rows = [
        _row("bbc", "a", "stop38", "every story with an illicit-drug word"),
        _row("reuters", "1", "stop38", "78 drawn at random of those with a drug word"),
        _row("huffpost", "huffpost-12"),
        _row("huffpost", "huffpost-9012"),
    ]
    groups = bench.drug_groups(rows, "report", by_batch=True)
    heads = [head for head, _ in groups]
    assert heads == [
        "== drug policy, report",
        "  training text (HuffPost lines 0-8999)",
        "  unseen",
        "  batch initial",
        "  batch stop38",
    ]
    assert groups[-1][1] == [0, 1] and groups[1][1] == [2]


def test_the_stop38_rows_fall_in_two_ways(bench):
    rows = bench.read(bench.READSETS / "drug_policy_gold.jsonl")
    rows = [r for r in rows if r.get("batch") == "stop38"]
    groups = bench.drug_groups(rows, "report", by_batch=False)
    assert [len(idx) for _, idx in groups] == [100, 22, 78]
