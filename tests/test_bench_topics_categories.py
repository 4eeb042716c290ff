"""benchmarks/bench_topics_categories.py: its category mappings and scoring."""

import pytest

from newsanalytics import Taxonomy


@pytest.fixture
def bench(repo_module):
    return repo_module("benchmarks", "bench_topics_categories")


def test_every_mapped_topic_is_a_default_taxonomy_topic(bench):
    names = set(Taxonomy.default().names)
    for mapping in (bench.REUTERS_MAP, bench.HUFFPOST_MAP):
        for category, (pick, acceptable) in mapping.items():
            assert pick in names, category
            assert set(acceptable) <= names, category
            assert pick not in acceptable, category


class _Model:
    """A stand-in for TopicModel: the first named topics are given."""

    def __init__(self, tops):
        self.tops = tops

    def top_topics(self, texts):
        assert len(texts) == len(self.tops)
        return self.tops


def test_evaluate_counts_pick_defensible_and_abstentions(bench):
    stories = [("earn", "a"), ("earn", "b"), ("acq", "c"), ("ship", "d"), ("earn", "e")]
    tops = [["business"], ["economy and markets", "business"], [], ["business"]]
    rep = bench.evaluate(_Model(tops), stories, bench.REUTERS_MAP)  # "ship" is not mapped
    assert rep["n"] == 4
    assert rep["pick"] == 2 / 4  # earn a, earn e
    assert rep["right"] == 3 / 4  # + economy and markets, acceptable for earn
    assert rep["abstained"] == 1
    assert rep["by_category"]["earn"] == [3, 2, 3]
    assert rep["confusion"]["business"]["none"] == 1


def test_huffpost_reads_only_lines_before_the_held_out_ones(data_file, bench):
    data_file("huffpost_sample/news_category_sample.jsonl")
    stories = bench.load_huffpost()
    assert len(stories) == 9000  # of 10,000: lines 9000-9999 are held out


def test_reuters_stories_have_one_category(data_file, bench):
    data_file("reuters21578/reuters21578.jsonl.gz")
    stories = bench.load_reuters()
    assert len(stories) > 5000
    assert {c for c, _ in stories} - set(bench.REUTERS_MAP) == {"ship"}


def test_reuters_stories_leave_out_the_read_sets_report_stories(data_file, bench, repo_module):
    """This tune-side bench never reads a story a read set reports on (stop38's drug-policy
    rows include Reuters TRAIN stories with one category)."""
    data_file("reuters21578/reuters21578.jsonl.gz")
    reuters = repo_module("benchmarks", "_reuters")
    held = repo_module("benchmarks", "_held_out").held_out_ids(bench.DATA)
    bodies = {
        (rec.get("body") or "").strip()
        for rec in reuters.records(bench.DATA)
        if f"reuters:{rec['newid']}" in held and rec.get("lewissplit") == "TRAIN"
    }
    assert bodies
    assert not bodies & {body for _, body in bench.load_reuters()}
