"""What a cold start builds quickly equals what the plain loops build.

``FastScorer._build`` fills its weight tables (per-word, per-stem and per-pair weights, the
projected word vectors) with one fancy assignment per table; the loops below are the plain
form, one row per feature, that it replaced. These tests hold every table to the loops',
exactly, on the shipped model and on a small model whose pair words hold "_".
"""

from __future__ import annotations

import numpy as np
import pytest

from newsanalytics.sentiment import _features as F
from newsanalytics.sentiment._featurizer import (
    NEG_KIND,
    PAIR_KINDS,
    RANGE_KINDS,
    STEM_KINDS,
    TOKEN_KINDS,
    FastScorer,
)
from newsanalytics.sentiment._model_dir import _load_shipped, _shipped_settings


def plain_tables(s: FastScorer) -> dict[str, np.ndarray]:
    """The tables of ``s`` as the loops filled them: one row per vocabulary entry."""
    coef = s.coef[[0, 2]] - s.coef[1]
    words = {w: i for w, i in s._words.items() if i < s.n_model_words}
    stems = s._stems
    pairs = {int(k): p for p, k in enumerate(s._pair_keys)}
    out: dict[str, np.ndarray] = {}
    for kind in (*RANGE_KINDS, *TOKEN_KINDS, NEG_KIND):
        out[f"range {kind}"] = np.zeros((len(words), 2))
    for kind in STEM_KINDS:
        out[f"stem {kind}"] = np.zeros((len(stems), 2))
    for kind in PAIR_KINDS:
        out[f"pair {kind}"] = np.zeros((len(pairs) + 1, 2))
    for name, j in s.vocabulary.items():
        kind, _, body = name.partition(":")
        if f"range {kind}" in out:
            out[f"range {kind}"][words[body]] = coef[:, j]
        elif f"stem {kind}" in out:
            out[f"stem {kind}"][stems[body]] = coef[:, j]
        elif f"pair {kind}" in out:
            cut = body.find("_")
            while cut >= 0:
                key = words[body[:cut]] * (1 << 32) + words[body[cut + 1 :]]
                out[f"pair {kind}"][pairs[key]] = coef[:, j]
                cut = body.find("_", cut + 1)
    if s.vectors is not None:
        vec, index = s.vectors
        for part in F.VECTOR_PARTS:
            wpart = np.zeros((2, vec.shape[1]))
            for k in range(vec.shape[1]):
                j = s.vocabulary.get(f"e{part}:{k}")
                if j is not None:
                    wpart[:, k] = coef[:, j]
            proj = np.zeros((len(words), 2))
            for w, r in index.items():
                proj[words[w]] = vec[r] @ wpart.T
            out[f"vector {part}"] = proj * s.vector_value
    return out


def built_tables(s: FastScorer) -> dict[str, np.ndarray]:
    out = {f"range {k}": v for k, v in s.range_w.items()}
    out.update((f"stem {k}", v) for k, v in s.stem_w.items())
    out.update((f"pair {k}", v) for k, v in s.pair_w.items())
    out.update((f"vector {k}", v) for k, v in s.vector_w.items())
    return out


def assert_same_tables(s: FastScorer) -> None:
    want, got = plain_tables(s), built_tables(s)
    assert sorted(got) == sorted(want)
    for name, table in want.items():
        assert got[name].shape == table.shape, name
        # The loop projects one vector at a time, the build all at once: the same sums
        # up to rounding; every other table is copied weights, so equal bit for bit.
        if name.startswith("vector"):
            np.testing.assert_allclose(got[name], table, rtol=1e-12, atol=1e-15, err_msg=name)
        else:
            np.testing.assert_array_equal(got[name], table, err_msg=name)


def test_shipped_scorer_tables_equal_the_plain_loops():
    state = _load_shipped()
    scorer = FastScorer(
        state["coef"],
        state["intercept"],
        state["vocabulary"],
        vectors=state.get("vectors"),
        **_shipped_settings(),
    )
    assert_same_tables(scorer)


@pytest.mark.parametrize("with_vectors", [False, True])
def test_small_scorer_tables_equal_the_plain_loops(with_vectors):
    rng = np.random.default_rng(0)
    names = (
        "u:good u:bad cl:good cr:awful t:minister neg:good tl:the tr:said sl:prais sr:critic "
        "b:very_good b:not_bad b:x_y_z b:good_x_y tl2:the_minister tr2:said_that lex eu:0 "
        "et:1 ecl:0"
    ).split()
    vocabulary = {name: j for j, name in enumerate(names)}
    coef = rng.normal(size=(3, len(names)))
    vectors = None
    if with_vectors:
        index = {"good": 0, "awful": 1, "minister": 2, "unseen": 3}
        vectors = (rng.normal(size=(4, 2)), index)
    scorer = FastScorer(coef, rng.normal(size=3), vocabulary, vectors=vectors, vector_value=0.5)
    assert_same_tables(scorer)
    assert scorer.pair_w["b"].any()
