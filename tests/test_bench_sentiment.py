"""benchmarks/bench_sentiment.py's read-set diagnostics."""

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"


def _bench():
    sys.path.insert(0, str(BENCH))
    try:
        import bench_sentiment
    finally:
        sys.path.remove(str(BENCH))
    return bench_sentiment


def test_evaluation_attached_splits_mentions_by_the_neutral_prior_feature():
    s1 = "Critics condemned Smith for the disastrous plan."
    s2 = "Smith was ruled out for eight weeks after an operation."
    got = _bench().evaluation_attached([(s1, 18, 23), (s2, 0, 5)])
    assert got.tolist() == [True, False]
