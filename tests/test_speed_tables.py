"""The result tables built from columns equal those pandas builds the plain way.

``_tables.actor_tables`` builds a batch's mentions and actors tables from typed arrays and
groups the actors in Python; ``_tables.actor_tables_plain`` is the plain pandas form (a frame
of lists, ``groupby(sort=False).agg``, ``_typed``). ``_result._concat_keeping_categories``
joins only the columns whose categories differ with ``union_categoricals``;
``_concat_then_categories`` is its plain form (``pd.concat``, then the union). These tests
hold each to its plain form, exactly (values, dtypes, categories in order, index), on real
stories and on random columns.
"""

from __future__ import annotations

import gzip
import itertools
import json

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsanalytics as na
from newsanalytics import _analysis, _result, _tables
from newsanalytics.sentiment import ActorSentiment
from newsanalytics.types import Mention


def assert_same_table(got: pd.DataFrame, want: pd.DataFrame) -> None:
    """Equal values, dtypes, column and row index; categories in the same order."""
    pd.testing.assert_frame_equal(got, want, check_exact=True, check_column_type=True)
    assert list(got.dtypes) == list(want.dtypes)
    for col in want.columns:
        if isinstance(want[col].dtype, pd.CategoricalDtype):
            assert list(got[col].cat.categories) == list(want[col].cat.categories), col
            assert got[col].cat.codes.dtype == want[col].cat.codes.dtype, col
        elif want[col].dtype == object:
            assert [type(v) for v in got[col]] == [type(v) for v in want[col]], col


@pytest.fixture(scope="module")
def stories(data_file) -> list[dict]:
    """300 Reuters-21578 bodies (with their headlines) and 300 HuffPost items."""
    out = []
    with gzip.open(data_file("reuters21578/reuters21578.jsonl.gz"), "rt", encoding="utf-8") as fh:
        for line in itertools.islice(fh, 1000):
            rec = json.loads(line)
            if (rec.get("body") or "").strip():
                out.append({"id": rec["newid"], "title": rec.get("title"), "text": rec["body"]})
    out = out[:300]
    with open(data_file("huffpost_sample/news_category_sample.jsonl"), encoding="utf-8") as fh:
        for k, line in enumerate(itertools.islice(fh, 300)):
            rec = json.loads(line)
            out.append({"id": f"h{k}", "title": rec["headline"], "text": rec["short_description"]})
    return out


def _analyze_comparing(
    monkeypatch, records, plain_batches: list | None = None, **kwargs
) -> tuple[na.AnalysisResult, int]:
    """``analyze`` with every batch's tables built both ways and compared; the batches that
    ``actor_tables`` left to the plain way are appended to ``plain_batches``."""
    calls = []
    plain = _tables.actor_tables_plain
    fell_back = [] if plain_batches is None else plain_batches

    def both(*args):
        got = _tables.actor_tables(*args)
        want = plain(*args)
        for g, w in zip(got, want, strict=True):
            assert_same_table(g, w)
        calls.append(len(got[1]))
        return got

    def plain_spy(*args):
        fell_back.append(len(args[2]))
        return plain(*args)

    monkeypatch.setattr(_analysis, "actor_tables", both)
    monkeypatch.setattr(_tables, "actor_tables_plain", plain_spy)
    result = na.analyze(records, batch_size=100, **kwargs)
    return result, sum(calls)


def test_actor_tables_equal_the_plain_pandas_tables_on_real_stories(stories, monkeypatch):
    fell_back: list[int] = []
    result, n = _analyze_comparing(monkeypatch, stories, fell_back)
    assert n == len(result.mentions) > 3000
    assert fell_back == []  # the default extractor's mentions take the typed path
    assert result.actors["country"].notna().any() and result.actors["country"].isna().any()
    assert (result.mentions["field"] == "title").any()


def test_actor_tables_equal_the_plain_tables_with_sentence_vader_scores(stories, monkeypatch):
    # Without class probabilities the label comes from the mean score.
    _, n = _analyze_comparing(monkeypatch, stories[:150], scorer=ActorSentiment(method="vader"))
    assert n > 800


class _OddExtractor:
    """Mentions of kinds the typed path leaves to pandas: no actor id, a type of its own,
    a number for a country, missing countries before a present one."""

    def __init__(self, odd: str) -> None:
        self.odd = odd

    def extract_document(self, doc):
        text = doc.raw
        out = []
        for k, word in enumerate(w for w in text.split() if w[:1].isupper()):
            start = text.find(word)
            extra = {}
            if self.odd == "actor_id":
                extra["actor_id"] = None if k % 2 else word.lower()
            if self.odd == "country":
                extra["country"] = 7 if k == 1 else None
            if self.odd == "late country":
                extra["country"] = None if k < 2 else f"C{k}"
            kind = "misc" if self.odd == "type" and k % 3 == 0 else "person"
            out.append(Mention(word[:2], kind, word, start, start + len(word), 0, **extra))
        return out


@pytest.mark.parametrize("odd", ["actor_id", "country", "late country", "type", "none"])
def test_actor_tables_equal_the_plain_tables_for_any_extractors_mentions(monkeypatch, odd):
    texts = ["Kerry met Maduro and Kerry met Obama in Caracas.", "Obama, Obama and Ortega."]
    fell_back: list[int] = []
    _, n = _analyze_comparing(monkeypatch, texts, fell_back, extractor=_OddExtractor(odd))
    assert n == 8
    # A missing id, a type of its own or a number for a country is left to pandas.
    assert bool(fell_back) == (odd in ("actor_id", "country", "type"))


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(0, 3),  # article row
            st.sampled_from(["Kerry", "OAS", "Mexico", "Maduro"]),
            st.sampled_from(["person", "organization", "location"]),
            st.sampled_from([None, None, "Mexico", "United States"]),
            st.sampled_from([0.0, 0.1, 1 / 3, 0.7, 0.2 + 0.1]),
        ),
        min_size=1,
        max_size=40,
    ),
    st.booleans(),
)
def test_actor_tables_equal_the_plain_tables_on_random_columns(rows, with_proba):
    """Groups in order of first appearance, first id and type, first present country,
    means and spreads of repeated floats, labels from mean probabilities or scores."""
    n = len(rows)
    rng = np.random.default_rng(n)
    proba = rng.dirichlet([1.0, 1.0, 1.0], size=n) if with_proba else None
    scores = [r[4] for r in rows] if proba is None else np.clip(proba[:, 2] - proba[:, 0], -1, 1)
    cols = {
        "id": [f"a{r[0]}" for r in rows],
        "actor": [r[1] for r in rows],
        "actor_id": [r[1].lower() for r in rows],
        "type": [r[2] for r in rows],
        "field": ["text"] * n,
        "text": [r[1] for r in rows],
        "sentence": list(range(n)),
        "start": [0] * n,
        "end": [5] * n,
        "sentiment": np.asarray(scores, dtype=float),
        "sentence_text": [k % 3 for k in range(n)],
        "start_in_sentence": [0] * n,
        "end_in_sentence": [5] * n,
    }
    args = (cols, ["s0", "s1", "s2"], [r[0] for r in rows], [r[3] for r in rows], proba, None)
    for got, want in zip(
        _tables.actor_tables(*args), _tables.actor_tables_plain(*args), strict=True
    ):
        assert_same_table(got, want)


def test_joined_batches_keep_categories_as_pandas_then_union_categoricals_does(stories):
    parts = [na.analyze(stories[k : k + 120]) for k in range(0, 600, 120)]
    for name in ("articles", "topics", "actors", "mentions", "topic_evidence"):
        frames = [getattr(p, name) for p in parts]
        got = _result._concat_keeping_categories(frames)
        assert_same_table(got, _result._concat_then_categories(frames))
    joined = _result._concat_keeping_categories([p.mentions for p in parts])
    assert isinstance(joined["sentence_text"].dtype, pd.CategoricalDtype)


@pytest.mark.parametrize(
    "second",
    [["b", "a"], ["a", "b"], ["c", "a"], ["a", "b", "c"]],
)
def test_categorical_columns_join_as_pandas_joins_them(second):
    """The same categories (in any order), new ones, more of them; and columns that differ."""
    first = pd.DataFrame(
        {"n": [1, 2], "c": pd.Categorical(["a", "b"]), "s": pd.Series(["x", "y"], dtype=str)}
    )
    other = pd.DataFrame(
        {"n": [3], "c": pd.Categorical([second[0]], categories=second), "s": ["z"]}
    )
    frames = [first, other, first]
    assert_same_table(
        _result._concat_keeping_categories(frames), _result._concat_then_categories(frames)
    )
    wider = [first, other.assign(extra=1.5)]
    assert_same_table(
        _result._concat_keeping_categories(wider), _result._concat_then_categories(wider)
    )


def _both_mention_paths(monkeypatch, records, **kwargs) -> None:
    """``analyze`` with the mention columns built by arrays and mention by mention (the
    loop that offsets of other kinds take): the same tables and warnings."""
    got = na.analyze(records, batch_size=100, **kwargs)
    with monkeypatch.context() as m:
        m.setattr(_analysis, "_mention_offsets", lambda *args: None)
        want = na.analyze(records, batch_size=100, **kwargs)
    for name in ("articles", "actors", "mentions"):
        assert_same_table(getattr(got, name), getattr(want, name))


def test_mention_arrays_equal_the_mention_loop_on_real_stories(stories, monkeypatch):
    # HTML too: its offsets into the raw text are mapped to the clean text's.
    html = [
        {"id": "x1", "title": "Kerry in <i>Caracas</i>", "text": "<p>John Kerry met &amp; "
         "praised <b>Nicolas Maduro</b> in Caracas.</p><p>Obama &mdash; and Kerry &mdash; "
         "spoke to Reuters.</p>"},
        {"id": "x2", "text": "<div>Angela Merkel &amp; Barack Obama met in Berlin.</div>"},
    ]
    _both_mention_paths(monkeypatch, stories + html)


def test_mention_arrays_equal_the_mention_loop_past_sentences(monkeypatch):
    # Every mention in sentence 0: those of later sentences reach past it (clipped, warned).
    texts = ["Kerry met Maduro. Then Kerry met Obama in Caracas.", "Obama, Obama and Ortega."]
    _both_mention_paths(monkeypatch, texts, extractor=_OddExtractor("none"))
    res = na.analyze(texts, extractor=_OddExtractor("none"))
    assert res.articles["warning"].str.contains("reach past").any()
