"""The topic vectorizer's batch rows are its rows read one text at a time.

``NewsVectorizer._rows`` reads a batch of texts at once (one token table, phrases found by
array operations, senses only where a token starts one); ``_row`` reads one text, token by
token, and is the reference. Held equal on real stories (the shipped model's vocabulary,
phrases and senses), on edge texts, and on random texts made of the words its phrases and
senses start and end with, where phrases, senses and text boundaries meet most.
"""

from __future__ import annotations

import numpy as np
import pytest
import scipy.sparse as sp
from hypothesis import given, settings
from hypothesis import strategies as st

from newsanalytics.topics import TopicModel

EDGE_TEXTS = [
    "",
    "   ",
    "drug policy",
    "war on drugs war on drugs",
    "Police seized cocaine and heroin; the cartel's coke.",
    "The foreign minister met the foreign minister. Human rights, human rights.",
    "1986 5.93 a b c",
]


@pytest.fixture(scope="module")
def vectorizer():
    return TopicModel.default().vectorizer_


def _one_by_one(vec, texts):
    return [vec._row(t) for t in texts]


def _batch(vec, texts):
    sizes, cols = vec._rows(texts)
    assert cols.dtype == np.int32 and len(sizes) == len(texts)
    return [c.tolist() for c in np.split(cols, np.cumsum(sizes)[:-1])] if texts else []


def test_batch_rows_equal_rows_one_text_at_a_time_on_real_stories(vectorizer, wire_stories):
    texts = ["", *wire_stories, *EDGE_TEXTS]
    want = _one_by_one(vectorizer, texts)
    assert sum(map(len, want)) > 100_000
    assert _batch(vectorizer, texts) == want


@pytest.mark.parametrize("texts", [[], [""], ["", ""], EDGE_TEXTS, EDGE_TEXTS[::-1]])
def test_batch_rows_of_edge_batches(vectorizer, texts):
    assert _batch(vectorizer, texts) == _one_by_one(vectorizer, texts)


def _words(vec):
    """Words that start or end a phrase or a sense of the vectorizer, and a few others."""
    out = set(vec._follow)
    for rest in vec._follow.values():
        out.update(w for w in rest if " " not in w)
    out.update(vec._long_grams)
    out.update(vec._senses.first)
    for sense in vec._senses._near + vec._senses._not_near:
        if sense is not None:
            out.update(sense[0])
    return sorted(out)[:400] + ["said", "the", "police", "drug", "policy", "war", "drugs"]


@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_batch_rows_equal_rows_on_random_texts_of_phrase_and_sense_words(vectorizer, data):
    words = st.sampled_from(_words(vectorizer))
    texts = data.draw(st.lists(st.lists(words, max_size=30).map(" ".join), min_size=1, max_size=6))
    assert _batch(vectorizer, texts) == _one_by_one(vectorizer, texts)


def test_count_blocks_equal_the_counts_of_rows_one_by_one(vectorizer, wire_stories):
    texts = wire_stories[:120]
    want = vectorizer._count_matrix(_one_by_one(vectorizer, texts))
    for size in (1, 7, 4096):
        blocks = list(vectorizer.transform_blocks(texts, size))
        got = blocks[0] if len(blocks) == 1 else sp.vstack(blocks, format="csr")
        assert (got != want).nnz == 0


def test_phrases_and_senses_do_not_reach_across_texts(vectorizer):
    # Each phrase cut between two texts of a batch at every place: no text has it.
    phrases = [p.split() for p in vectorizer.phrases_ if len(p.split()) > 2]
    phrases += [p.split() for p in vectorizer.phrases_[:50]]
    assert any(len(p) > 2 for p in phrases)
    texts = []
    for words in phrases:
        for cut in range(1, len(words)):
            texts += [" ".join(words[:cut]), " ".join(words[cut:])]
    texts += [w for sense in vectorizer._senses.first for w in (sense, "police seized")]
    assert _batch(vectorizer, texts) == _one_by_one(vectorizer, texts)
