"""The fast paths compute exactly what their slow references compute.

Actor-sentiment scoring has a fast path (a batch's logits from prefix sums over token
arrays, no loop over targets) and a reference path (named features, token by token, times
the weights), kept as private functions. These tests hold the fast one to the reference, on
every NewsMTSC dev target, on the mentions of long wire stories, on edge cases and on random
sentences, check that its cost is linear in the names of a sentence, and that the pipeline's
mention scores are the scorer's.
"""

from __future__ import annotations

import gzip
import itertools
import json
import re
import zlib

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsanalytics.sentiment import ActorSentiment, _featurizer, _spans
from newsanalytics.sentiment import _features as feat
from newsanalytics.sentiment._tone import shift_prior

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
    "Senator Paul Whitcombe called her handling of interest rates reckless.",
    "Kerry was criticized by Rubio, who was praised by the Mexican press in the Americas.",
    "İstanbul’s MAYOR, ΟΔΟΣ and Straße were praised; but “the critics” said ‘nothing’ bad.",
    "Crowds denounced the war in Iraq; Nintendo dominates the market that Sony criticized.",
    "He accused groups like the Club for Growth, including Heritage Action, of opposing it.",
    "FBI Search Of CIA Leak Suspect Turned Up Photos As Obama Praises Merkel Aides",
]


def _every_span(text):
    """Targets at every token, every pair of tokens, empty spans and whitespace."""
    spans = [m.span() for m in feat._TOKEN.finditer(text)]
    out = [(text, a, b) for a, b in spans]
    out += [(text, a, d) for (a, _), (_, d) in zip(spans, spans[1:], strict=False)]
    out += [(text, k, k) for k in range(0, len(text) + 1, 7)]
    return out or [(text, 0, len(text))]


@pytest.fixture(scope="module")
def scorer() -> ActorSentiment:
    model = ActorSentiment()
    model._ensure_model()
    return model


def _fresh(model: ActorSentiment) -> _featurizer.FastScorer:
    """A fast scorer with an empty word memo, over the model's weights."""
    return _featurizer.FastScorer(
        model.coef_,
        model.intercept_,
        model.vocabulary_,
        vectors=model._vectors,
        **model._settings,
    )


def _assert_fast_equals_reference(fast, targets):
    got = fast.logits(targets)
    want, _ = fast.reference_logits(targets)
    np.testing.assert_allclose(got, want, rtol=0, atol=1e-9)


@pytest.fixture(scope="module")
def dev_targets(data_file) -> list[tuple[str, int, int]]:
    out = []
    for split in ("dev_rw", "dev_mt"):
        with open(data_file(f"newsmtsc/{split}_flat.jsonl"), encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                out.append((rec["sentence"], rec["from"], rec["to"]))
    return out


def test_fast_logits_equal_the_named_feature_reference_on_newsmtsc_dev(scorer, dev_targets):
    _assert_fast_equals_reference(_fresh(scorer), dev_targets)


def test_fast_logits_equal_the_reference_on_the_mentions_of_long_news_stories(scorer, data_file):
    # The mentions the pipeline finds in long wire stories, as one batch: many long
    # sentences share the batch's token arrays and prefix sums, and names crowd them.
    from newsanalytics import analyze

    records = []
    with gzip.open(data_file("reuters21578/reuters21578.jsonl.gz"), "rt") as fh:
        for line in fh:
            body = json.loads(line).get("body") or ""
            if len(body) >= 2000:
                records.append(body)
            if len(records) == 40:
                break
    m = analyze(records, scorer=ActorSentiment(method="vader"), n_jobs=1).mentions
    spans = zip(m["sentence_text"], m["start_in_sentence"], m["end_in_sentence"], strict=True)
    targets = [(s, int(a), int(b)) for s, a, b in spans]
    assert len(targets) > 500
    _assert_fast_equals_reference(_fresh(scorer), targets)


def test_fast_logits_equal_the_reference_at_every_span_of_edge_sentences(scorer):
    targets = [t for text in EDGE_SENTENCES for t in _every_span(text)]
    _assert_fast_equals_reference(_fresh(scorer), targets)


def test_fast_logits_do_not_depend_on_the_batch_a_target_comes_in(scorer, dev_targets):
    fast = _fresh(scorer)
    together = fast.logits(dev_targets[:200])
    alone = np.vstack([fast.logits([t]) for t in dev_targets[:200]])
    np.testing.assert_allclose(together, alone, rtol=0, atol=1e-9)


def test_predict_proba_is_the_softmax_of_the_calibrated_reference_logits(scorer, dev_targets):
    proba = scorer.predict_proba(dev_targets)
    z, feats = _fresh(scorer).reference_logits(dev_targets)
    cal = scorer.calibration_
    z = z @ cal[:, :2].T + cal[:, 2]
    expected = np.exp(z - z.max(axis=1, keepdims=True))
    expected /= expected.sum(axis=1, keepdims=True)
    if scorer.isotonic_ is not None:
        from newsanalytics.sentiment._calibration import apply_isotonic

        expected = apply_isotonic(scorer.isotonic_, expected)
    expected = shift_prior(expected, scorer.neutral_weight)  # the neutral prior, (1, w, 1)
    # the role rule, by the flags of the named features (the reference's own)
    from newsanalytics.sentiment._roles import reference_flags, shift_sources

    expected = shift_sources(
        expected, reference_flags(feats), scorer.source_weight, scorer.unattached_weight
    )
    # The logits agree to about 1e-13 (summation order); a steep isotonic step can make
    # that 1e-12 in a probability (the shipped model of features version 3, one target of
    # 785), so the tolerance is the logit tests' own.
    np.testing.assert_allclose(proba, expected, rtol=0, atol=1e-9)


def test_word_memo_stays_bounded_without_changing_logits(scorer, dev_targets, monkeypatch):
    fresh = _fresh(scorer)
    monkeypatch.setattr(_featurizer, "_MEMO_MAX", fresh.n_model_words + 50)
    for lo in range(0, 300, 30):
        _assert_fast_equals_reference(fresh, dev_targets[lo : lo + 30])
        # past the bound the unseen words are forgotten before a batch adds its own
        assert len(fresh._words) <= fresh.n_model_words + 50 + 30 * 60


def test_the_featuriser_cost_is_linear_in_the_names_of_one_sentence(scorer):
    # A sentence of n names with every name a target: the work per target must not grow
    # with the sentence (issue 16's name flood). Peak memory of scoring, n vs 4n names.
    import tracemalloc

    def peak(n):
        text = ", ".join(["Kerry"] * n) + " met."
        targets = [(text, 7 * k, 7 * k + 5) for k in range(n)]
        fast = _fresh(scorer)
        fast.logits(targets[:1])
        tracemalloc.start()
        fast.logits(targets)
        _, top = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        return top

    small, large = peak(1000), peak(4000)
    assert large < 6 * small  # linear: about 4x; quadratic: 16x


_WORDS = st.sampled_from(
    "Obama Merkel praised criticized called not never but however good bad very hardly he "
    "she said “ ” \" ' 's Trump's don't , ; : ( ) - — the a of to in by was 12 U.S. "
    "snake_case according Mexican drug cartels".split()
)


@pytest.fixture(scope="module")
def fast(scorer) -> _featurizer.FastScorer:
    return _fresh(scorer)


@settings(max_examples=150, deadline=None)
@given(words=st.lists(_WORDS, max_size=25), data=st.data())
def test_fast_path_equals_reference_on_random_sentences(fast, words, data):
    text = " ".join(words)
    a = data.draw(st.integers(0, len(text)))
    b = data.draw(st.integers(a, len(text)))
    targets = [(text, a, b), *_every_span(text)]
    _assert_fast_equals_reference(fast, targets)


_QUOTED_WORDS = st.sampled_from('“ ” ‘ " " " Obama said good bad not , but'.split())


@settings(max_examples=150, deadline=None)
@given(sentences=st.lists(st.lists(_QUOTED_WORDS, max_size=12), min_size=1, max_size=5))
def test_quotations_close_at_the_end_of_their_sentence_in_a_batch(fast, sentences):
    # Several sentences thick with quotation marks in one batch: the quotation state the
    # fast path carries from mark to mark (array operations, no loop) starts closed in each
    # sentence, as the reference reads each sentence alone.
    targets = [t for words in sentences for t in _every_span(" ".join(words))]
    _assert_fast_equals_reference(fast, targets)


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
    # each with its actor's type, as analyze passes it (the neutral prior of places)
    types = [str(t) for t in m["type"]]
    assert "location" in types
    np.testing.assert_array_equal(m["sentiment"].to_numpy(), parts.scorer.score(targets, types))


def test_a_copied_scorer_leaves_its_lookup_tables_behind(dev_targets):
    import copy

    model = ActorSentiment()
    model.predict_proba(dev_targets[:50])
    fast = model._scorer
    clone = copy.deepcopy(fast)  # what pickling to a worker process does
    assert len(clone._words) == clone.n_model_words  # the memo of unseen words is not copied
    np.testing.assert_array_equal(clone.logits(dev_targets[:50]), fast.logits(dev_targets[:50]))


def test_chunks_keep_a_sentences_targets_together_and_change_nothing(dev_targets, monkeypatch):
    from newsanalytics.sentiment import _scorer

    targets = dev_targets[:300]
    whole = ActorSentiment().predict_proba(targets)
    chunks = _scorer._chunks(targets, 40)
    assert sorted(np.concatenate(chunks).tolist()) == list(range(300))
    for idx in chunks:  # no sentence in two chunks
        inside = {targets[i][0] for i in idx}
        assert not any(
            targets[i][0] in inside for other in chunks if other is not idx for i in other
        )
    monkeypatch.setattr(_scorer, "_CHUNK", 40)
    chunked = ActorSentiment().predict_proba(targets)
    # Range sums are differences of prefix sums over the batch, so a target's logits round
    # by where it sits in its batch (up to ~5e-13 on these); the steepest step of the
    # isotonic maps carries that to ~5e-12 in the probabilities. The labels are the same.
    np.testing.assert_allclose(chunked, whole, rtol=0, atol=1e-10)
    np.testing.assert_array_equal(chunked.argmax(axis=1), whole.argmax(axis=1))


_TOKEN_CHARS = st.text(alphabet=st.sampled_from(list("abSs'’ _-.\n1é")), max_size=40)


@settings(max_examples=300, deadline=None)
@given(text=_TOKEN_CHARS)
def test_tokens_split_the_possessive_s_and_keep_other_apostrophes_in_the_word(text):
    # The definition the one-pass pattern must meet: a word run followed by a lower-case
    # "'s" that ends a word stands alone; otherwise it takes its apostrophe-joined parts.
    import re

    definition = re.compile(r"\w+(?=['’]s\b)|['’]s\b|\w+(?:['’]\w+)*|[^\w\s]")
    assert feat._TOKEN.findall(text) == definition.findall(text)


def test_scorers_of_the_shipped_model_share_its_tables_but_not_their_memos(scorer, dev_targets):
    a, b = ActorSentiment(), ActorSentiment()
    a.predict_proba(dev_targets[:100])
    b._ensure_model()
    fa, fb = a._scorer, b._scorer
    assert fa._stackT is fb._stackT  # built once per process
    assert fa._words is not fb._words
    assert len(fb._words) == fb.n_model_words  # a's unseen words stay a's
    np.testing.assert_array_equal(fb.logits(dev_targets[:100]), fa.logits(dev_targets[:100]))
    _assert_fast_equals_reference(fb, dev_targets[100:300])


# With the whitespace that only Unicode's \s holds (\x1c-\x1f) and the rest of ASCII's.
_ASCII_CHARS = st.text(
    alphabet=st.sampled_from(list("abSsXI'\" _-.\n1\t\x0b\x0c\r\x1c\x1d\x1e\x1f")), max_size=40
)


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(_ASCII_CHARS, _TOKEN_CHARS))
def test_the_batch_split_gives_the_tokens_lowered_one_by_one(text):
    # The whole-text lower-casing of ASCII texts must give the per-token one's tokens and
    # gap lengths, "'S" (the pattern's cased letter) and non-ASCII text included.
    parts, words = _spans._split_lowered(text)
    want = _spans._SPLIT.split(text)
    assert list(map(len, parts)) == list(map(len, want))
    assert words == _spans._lowered(want[1::2], "’" in text)
    assert words == feat.tokenize(text)[0]


def _split_spans(text):
    """Each token's start and end in ``text`` from the lengths of the capturing split's
    gaps and tokens (the plain way), and the tokens lower-cased."""
    parts, words = _spans._split_lowered(text)
    ends = list(itertools.accumulate(map(len, parts)))
    return ends[0:-1:2], ends[1::2], words


@settings(max_examples=400, deadline=None)
@given(text=st.one_of(_ASCII_CHARS, _TOKEN_CHARS, st.text(max_size=40)))
def test_token_spans_are_those_of_the_split(text):
    # ASCII texts take the tokens-only path (offsets from the non-whitespace characters);
    # the others, "'S" and the separators \x1c-\x1f among them, the split's.
    starts, ends, words = _spans._token_spans(text)
    assert starts.dtype == ends.dtype == np.int64
    assert (starts.tolist(), ends.tolist(), words) == _split_spans(text)


def test_token_spans_are_those_of_the_split_on_long_stories(wire_stories):
    for text in (wire_stories[0], "\n".join(wire_stories[:300]), "\n".join(wire_stories[-300:])):
        starts, ends, words = _spans._token_spans(text)
        assert (starts.tolist(), ends.tolist(), words) == _split_spans(text)


def test_fast_logits_equal_the_reference_on_ascii_and_capital_possessive_sentences(scorer):
    for text in (
        "REUTER'S CHIEF'S AIDE SAID IT'S O'NEILL'S DEAL, NOT OBAMA'S; Merkel's aide praised it.",
        "Obama's aides praised Merkel's plan but criticized PUTIN'S.",
        "Obama's aides praised Merkel's plan but criticized Putin's.",
    ):
        _assert_fast_equals_reference(_fresh(scorer), _every_span(text))


def _props_one_by_one(words):
    ref = np.array([_featurizer._word_props(w) for w in words], dtype=np.float64)
    return ref.reshape(-1, len(_featurizer._PROPS))


def test_word_properties_of_a_batch_equal_those_of_each_word(scorer):
    # The model's words (every listed word among them) and words of real sentences: the
    # properties found for all at once are each word's own.
    words = list(_fresh(scorer)._words)
    words += [w for text in EDGE_SENTENCES for w in feat.tokenize(text)[0]]
    words += ["attacked", "praises", "was", "criticizing", "don't", "mr", "isn't", "'s"]
    props, flags = _featurizer._prop_arrays(words)
    want = _props_one_by_one(words)
    np.testing.assert_array_equal(props, want[:, :2])
    np.testing.assert_array_equal(flags, want[:, 2:])


@settings(max_examples=200, deadline=None)
@given(words=st.lists(st.text(alphabet=st.sampled_from(list("acdeilnrstu'’_1é")), max_size=12)))
def test_word_properties_of_random_words_equal_those_of_each_word(words):
    props, flags = _featurizer._prop_arrays(words)
    want = _props_one_by_one(words)
    np.testing.assert_array_equal(props, want[:, :2])
    np.testing.assert_array_equal(flags, want[:, 2:])


def _typer_calls(stories):
    """The arguments of every ``span_codes`` call the extractor makes on ``stories``
    (``span_features`` takes the same)."""
    from newsanalytics import text as na_text
    from newsanalytics.actors import ActorExtractor, _typer

    calls = []
    plain = _typer.span_codes

    def spy(*args):
        calls.append(args)
        return plain(*args)

    extractor = ActorExtractor()
    _typer.span_codes = spy
    try:
        for story in stories:
            extractor.extract_document(na_text.parse(story))
    finally:
        _typer.span_codes = plain
    return calls


def _forget_typer_tables():
    """Empty the tables the typer's features are kept in across articles."""
    from newsanalytics.actors import _features

    _features._SPELLING_CACHE = _features._SpellingCache()
    _features._CONTEXT_CODES = _features._ContextCodes()


def _crc_codes(strings):
    return [zlib.crc32(f.encode("utf-8")) for f in strings]


def _codes(packed):
    """The codes ``span_codes`` gives as int64 bytes."""
    return np.frombuffer(packed, dtype=np.int64).tolist()


def test_spelling_features_kept_across_articles_are_those_read_afresh(wire_stories):
    """The typer's spelling features of a name are kept across articles (keyed by the name,
    its gazetteer entry, position, rule decision and what they read of the article), and so
    are the codes of its context features: each candidate of 400 real stories gets the
    features and codes it gets with nothing kept."""
    from newsanalytics.actors import _features

    calls = _typer_calls(wire_stories[:250] + wire_stories[-150:])
    assert len(calls) > 2000
    _forget_typer_tables()
    spelling, context = _features._SPELLING_CACHE, _features._CONTEXT_CODES
    hits = 0
    for args in calls:
        _features._SPELLING_CACHE, _features._CONTEXT_CODES = spelling, context
        before = len(spelling.table)
        got = _features.span_features(*args)
        hits += len(spelling.table) == before
        got_codes = _codes(_features.span_codes(*args))
        _forget_typer_tables()
        want = _features.span_features(*args)
        assert got == want, (args[1].tokens, got, want)
        assert got_codes == _crc_codes(want), (args[1].tokens, want)
    _forget_typer_tables()
    assert hits > len(calls) // 4  # the kept features were used


def test_typer_probabilities_of_kept_codes_equal_those_of_the_feature_strings(wire_stories):
    """The typer scores the codes of a candidate's features taken from tables kept across
    articles: bit for bit the probabilities of hashing every feature string, article by
    article, with the tables kept and read afresh."""
    from newsanalytics.actors import _features, _typer

    calls = _typer_calls(wire_stories[:120])
    typer = _typer.load_typer()
    by_article: dict[int, list] = {}
    for args in calls:
        by_article.setdefault(id(args[3]), []).append(args)  # args[3]: the article's cues
    assert len(by_article) > 50
    for fresh in (False, True):
        for group in by_article.values():
            if fresh:
                _forget_typer_tables()
            codes = [_features.span_codes(*args) for args in group]
            parts = [_features.span_feature_parts(*args) for args in group]
            strings = [_features.span_features(*args) for args in group]
            assert [[*p[0], *p[2]] for p in parts] == strings
            assert [_codes(c) for c in codes] == [_crc_codes(s) for s in strings]
            for p in parts:
                assert list(p[1]) == _crc_codes(p[0])
            got, want = typer.proba_of_codes(codes), typer.proba(strings)
            assert got.tobytes() == want.tobytes()
    _forget_typer_tables()


_WORDS_RE = re.compile(r"[\w'\u2019.\-]+|[^\w\s]")


def _plain_before_first(text, start):
    words = _WORDS_RE.findall(text, max(0, start - 30), start)
    return words[-2].casefold() if len(words) >= 2 else None


@settings(max_examples=500, deadline=None)
@given(
    text=st.text(
        alphabet=st.sampled_from(list("ab Z.'\u2019-_,;:\n\t\u00a0\u00e91\u212a()\"")), max_size=45
    ),
    at=st.integers(0, 45),
)
def test_the_word_before_the_word_before_is_what_findall_gives(text, at):
    # The typer reads the two words before a candidate backwards (one match, no scan of the
    # 30 characters before it): the same word as re.findall reading forwards, cut where
    # the 30 characters start.
    from newsanalytics.actors import _features

    start = min(at, len(text))
    assert _features._before_first(text, start) == _plain_before_first(text, start)


def test_the_word_before_the_word_before_in_real_stories(wire_stories):
    from newsanalytics.actors import _features

    for text in wire_stories[:200]:
        for start in range(0, len(text), 7):
            assert _features._before_first(text, start) == _plain_before_first(text, start)
