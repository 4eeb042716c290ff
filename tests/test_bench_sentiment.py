"""benchmarks/bench_sentiment.py's read-set diagnostics."""


def test_evaluation_attached_splits_mentions_by_the_neutral_prior_feature(repo_module):
    s1 = "Critics condemned Smith for the disastrous plan."
    s2 = "Smith was ruled out for eight weeks after an operation."
    got = repo_module("benchmarks", "bench_sentiment").evaluation_attached(
        [(s1, 18, 23), (s2, 0, 5)]
    )
    assert got.tolist() == [True, False]
