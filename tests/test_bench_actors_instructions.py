"""benchmarks/bench_actors_instructions.py: reading cachegrind's summary."""

# cachegrind's standard error after a run with --cache-sim=yes --branch-sim=yes (the
# summary lines of a run of this benchmark, stop 42).
SIMULATED = """\
==17784== I   refs:      14,826,456,546
==17784== I1  misses:       205,908,721
==17784== LLi misses:           135,508
==17784== I1  miss rate:           1.39%
==17784== D   refs:       6,398,914,406  (4,351,763,827 rd   + 2,047,150,579 wr)
==17784== D1  misses:       149,874,744  (  130,111,861 rd   +    19,762,883 wr)
==17784== LLd misses:         3,395,852  (    1,365,441 rd   +     2,030,411 wr)
==17784== LL misses:          3,531,360  (    1,500,949 rd   +     2,030,411 wr)
==17784== Branches:       2,531,635,589  (2,142,921,792 cond +   388,713,797 ind)
==17784== Mispredicts:      284,064,395  (  143,175,866 cond +   140,888,529 ind)
==17784== Mispred rate:            11.2% (          6.7%     +          36.2%   )
"""


def test_parse_counts_reads_simulated_run(repo_module):
    parse = repo_module("benchmarks", "bench_actors_instructions").parse_counts
    assert parse(SIMULATED) == {
        "instructions": 14_826_456_546,
        "I1 misses": 205_908_721,
        "D1 misses": 149_874_744,
        "mispredictions": 284_064_395,
        "cond mispredictions": 143_175_866,
        "ind mispredictions": 140_888_529,
    }


def test_parse_counts_reads_instructions_alone(repo_module):
    # Without the simulation (--cache-sim=no) the summary has the instructions only.
    parse = repo_module("benchmarks", "bench_actors_instructions").parse_counts
    assert parse("==1== \n==1== I   refs:      2,297,000,123\n") == {"instructions": 2_297_000_123}
