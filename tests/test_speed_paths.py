"""The fast paths compute exactly what their slow references compute.

Actor-sentiment featurisation has a fast path (columns looked up directly, sentence
analysis without per-token loops) and a reference path (named features, token by token),
kept as private functions. These tests hold the fast one to the reference entry for entry,
on every NewsMTSC dev target, on edge cases and on random sentences, and check that the
pipeline's mention scores are the scorer's.
"""

from __future__ import annotations

import gzip
import json

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsanalytics.sentiment import ActorSentiment, _featurizer
from newsanalytics.sentiment import _features as feat

SLOTS = [s for s in feat._Sentence.__slots__]

EDGE_SENTENCES = [
    "",
    "   ",
    "Obama praised Merkel but criticized Putin.",
    "“He was not willing to meet,” Smith said, but Jones didn't agree.",
    'He said "it is not a good deal" and left; "really"',
    "Trump's aides and O'Neill's lawyer met Bob’s team; it's the snake_case_word's turn.",
    "The 's is odd, and ’s too — very very good - hardly bad (really) [no].",
    "No no never not good; however the deal, though small, was extremely great.",
    "IBM and AT&T: the U.S. fined them $5 mln but praised them.",
]


def _compare_sentences(texts):
    for text in texts:
        fast, ref = feat._Sentence(text), feat._ReferenceSentence(text)
        for slot in SLOTS:
            assert getattr(fast, slot) == getattr(ref, slot), (text, slot)


def _assert_same_matrix(a, b):
    assert a.shape == b.shape
    np.testing.assert_array_equal(a.indptr, b.indptr)
    np.testing.assert_array_equal(a.indices, b.indices)
    np.testing.assert_array_equal(a.data, b.data)


def _every_span(text):
    """Targets at every token, every pair of tokens, empty spans and whitespace."""
    spans = [m.span() for m in feat._TOKEN.finditer(text)]
    out = [(text, a, b) for a, b in spans]
    out += [(text, a, d) for (a, _), (_, d) in zip(spans, spans[1:], strict=False)]
    out += [(text, k, k) for k in range(0, len(text) + 1, 7)]
    return out or [(text, 0, len(text))]


@pytest.fixture(scope="module")
def featurizer() -> _featurizer.Featurizer:
    scorer = ActorSentiment()
    scorer._ensure_model()
    # A fresh featurizer: its word memo and bigram table start empty.
    return _featurizer.Featurizer(scorer.vocabulary_)


@pytest.fixture(scope="module")
def dev_targets(data_file) -> list[tuple[str, int, int]]:
    out = []
    for split in ("dev_rw", "dev_mt"):
        with open(data_file(f"newsmtsc/{split}_flat.jsonl"), encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                out.append((rec["sentence"], rec["from"], rec["to"]))
    return out


def test_fast_sentence_analysis_equals_the_reference_on_newsmtsc_dev(dev_targets):
    _compare_sentences(dict.fromkeys(s for s, _, _ in dev_targets))


def test_fast_sentence_analysis_equals_the_reference_on_edge_cases():
    _compare_sentences(EDGE_SENTENCES)


def test_fast_feature_matrix_equals_the_named_feature_reference_on_newsmtsc_dev(
    featurizer, dev_targets
):
    _assert_same_matrix(featurizer.matrix(dev_targets), featurizer._matrix_reference(dev_targets))


def test_fast_feature_matrix_equals_the_reference_at_every_span_of_edge_sentences(featurizer):
    targets = [t for text in EDGE_SENTENCES for t in _every_span(text)]
    _assert_same_matrix(featurizer.matrix(targets), featurizer._matrix_reference(targets))


def test_predict_proba_is_the_softmax_of_the_reference_features(dev_targets):
    scorer = ActorSentiment()
    proba = scorer.predict_proba(dev_targets)
    x = scorer._featurizer._matrix_reference(dev_targets)
    logits = x @ scorer._coefT + scorer.intercept_
    expected = np.exp(logits - logits.max(axis=1, keepdims=True))
    expected /= expected.sum(axis=1, keepdims=True)
    np.testing.assert_array_equal(proba, expected)


def test_word_memo_stays_bounded_without_changing_features(featurizer, dev_targets, monkeypatch):
    monkeypatch.setattr(_featurizer, "_MEMO_MAX", 50)
    fresh = _featurizer.Featurizer(featurizer.vocabulary)
    targets = dev_targets[:300]
    _assert_same_matrix(fresh.matrix(targets), fresh._matrix_reference(targets))
    assert len(fresh._word_memo) <= 50 + 200  # cleared once past the bound, per sentence


def test_bigram_table_finds_names_whose_words_hold_underscores():
    vocab = {"b:snake_case_word": 0, "b:a_b": 1, "u:a": 2}
    table = _featurizer._bigram_table(vocab)
    assert table["snake"]["case_word"] == 0
    assert table["snake_case"]["word"] == 0
    assert table["a"]["b"] == 1
    assert "u" not in table


_WORDS = st.sampled_from(
    "Obama Merkel praised criticized not never but however good bad very hardly he she "
    "said “ ” \" ' 's Trump's don't , ; : ( ) - — the a of to in 12 U.S. snake_case".split()
)


@settings(max_examples=200, deadline=None)
@given(words=st.lists(_WORDS, max_size=25), data=st.data())
def test_fast_path_equals_reference_on_random_sentences(featurizer, words, data):
    text = " ".join(words)
    a = data.draw(st.integers(0, len(text)))
    b = data.draw(st.integers(a, len(text)))
    _compare_sentences([text])
    targets = [(text, a, b), *_every_span(text)]
    _assert_same_matrix(featurizer.matrix(targets), featurizer._matrix_reference(targets))


def test_pipeline_mentions_carry_the_scorers_scores_of_their_targets(data_file):
    from newsanalytics import analyze
    from newsanalytics.pipeline import build_components

    records = []
    with gzip.open(data_file("reuters21578/reuters21578.jsonl.gz"), "rt") as fh:
        for line in fh:
            rec = json.loads(line)
            if (rec.get("body") or "").strip():
                records.append({"id": str(rec["newid"]), "text": rec["body"]})
            if len(records) == 60:
                break
    parts = build_components()
    result = analyze(
        records, model=parts.topic_model, extractor=parts.extractor, scorer=parts.scorer
    )
    m = result.mentions
    assert len(m) > 100
    spans = (m["sentence_text"], m["start_in_sentence"], m["end_in_sentence"])
    targets = list(zip(*spans, strict=True))
    np.testing.assert_array_equal(m["sentiment"].to_numpy(), parts.scorer.score(targets))


def test_a_copied_scorer_leaves_its_lookup_caches_behind(dev_targets):
    import copy

    scorer = ActorSentiment()
    scorer.predict_proba(dev_targets[:50])
    assert scorer._featurizer._word_memo
    clone = copy.deepcopy(scorer)  # what pickling to a worker process does
    assert not clone._featurizer._word_memo and clone._featurizer._bigrams is None
    np.testing.assert_array_equal(
        clone.predict_proba(dev_targets[:50]), scorer.predict_proba(dev_targets[:50])
    )
