"""Specification of the fast VADER scorer: vaderSentiment's scores, bit for bit.

vaderSentiment stays the reference: every test scores the same text with both and asks for
equal floats (vaderSentiment's rounding included). The full comparison over every
ground-truth and NewsMTSC sentence, and the speed ratio, are in benchmarks/bench_vader.py.
"""

from __future__ import annotations

import json
import math

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from newsanalytics.exceptions import InputError
from newsanalytics.sentiment import _vader
from newsanalytics.sentiment._vader import compound_scores, polarity_array, polarity_scores

GROUND_TRUTH = [
    "amazonReviewSnippets_GroundTruth.txt",
    "movieReviewSnippets_GroundTruth.txt",
    "nytEditorialSnippets_GroundTruth.txt",
    "tweets_GroundTruth.txt",
]
NEWSMTSC_DEV = ["dev_mt.jsonl", "dev_rw.jsonl", "dev_mt_flat.jsonl", "dev_rw_flat.jsonl"]


@pytest.fixture(scope="module")
def reference() -> SentimentIntensityAnalyzer:
    return SentimentIntensityAnalyzer()


def reference_compounds(reference, sentences) -> np.ndarray:
    return np.array([reference.polarity_scores(s)["compound"] for s in sentences])


def assert_same_scores(reference, sentences: list[str]) -> None:
    """Equal floats for every sentence: compound in batch, all four scores in batch and
    one by one."""
    expected = [reference.polarity_scores(s) for s in sentences]
    got = compound_scores(sentences)
    assert got.dtype == np.float64 and got.shape == (len(sentences),)
    wrong = [
        (s, e["compound"], g)
        for s, e, g in zip(sentences, expected, got.tolist(), strict=True)
        if e["compound"] != g
    ]
    assert not wrong, wrong[:5]
    rows = polarity_array(sentences)
    assert rows.dtype == np.float64 and rows.shape == (len(sentences), 4)
    wrong_rows = [
        (s, e, row)
        for s, e, row in zip(sentences, expected, rows.tolist(), strict=True)
        if [e["neg"], e["neu"], e["pos"], e["compound"]] != row
    ]
    assert not wrong_rows, wrong_rows[:5]
    wrong_dicts = [
        (s, e) for s, e in zip(sentences, expected, strict=True) if polarity_scores(s) != e
    ]
    assert not wrong_dicts, wrong_dicts[:5]


@pytest.fixture(scope="module")
def newsmtsc_dev(data_file) -> list[str]:
    sentences = []
    for name in NEWSMTSC_DEV:
        key = "sentence" if name.endswith("_flat.jsonl") else "sentence_normalized"
        with open(data_file(f"newsmtsc/{name}"), encoding="utf-8") as lines:
            sentences += [json.loads(line)[key] for line in lines]
    return sentences


def ground_truth_sample(data_file, name: str) -> list[str]:
    """Every fifth snippet of a VADER ground-truth file (TSV: id, mean rating, text)."""
    with open(data_file(f"vader_groundtruth/{name}"), encoding="utf-8") as lines:
        return [line.rstrip("\n").split("\t")[2] for line in list(lines)[::5]]


# --------------------------------------------------------------------------------------
# Real sentences
# --------------------------------------------------------------------------------------


def test_scores_equal_vader_on_every_newsmtsc_dev_sentence(reference, newsmtsc_dev):
    assert len(newsmtsc_dev) > 1000
    assert_same_scores(reference, newsmtsc_dev)


@pytest.mark.parametrize("name", GROUND_TRUTH)
def test_scores_equal_vader_on_ground_truth_sample(reference, data_file, name):
    sentences = ground_truth_sample(data_file, name)
    assert len(sentences) > 500
    assert_same_scores(reference, sentences)


def test_news_sentences_get_non_zero_scores(newsmtsc_dev):
    # Guards the equality tests against a scorer (and reference) that returns zeros.
    scores = compound_scores(newsmtsc_dev)
    assert (scores > 0).mean() > 0.2 and (scores < 0).mean() > 0.1


# --------------------------------------------------------------------------------------
# The rules, one by one, including vaderSentiment's quirks
# --------------------------------------------------------------------------------------

RULE_CASES = {
    "negation": "The plan is not good.",
    "contraction negation": "The plan isn't good and wasn't cheap, shouldn't've failed.",
    "no before a lexicon word": "No good deed, no love, no or nor hope.",
    "no alone": "No.",
    "booster": "The plan is very good and extremely bad.",
    "dampener": "The plan is somewhat good, kinda bad, sort of fine.",
    "caps emphasis": "The plan is VERY GOOD but the TEAM is bad.",
    "all caps": "THE PLAN IS GOOD.",
    "caps on a zero valence": "NO GOOD deed here, no.",
    "but": "The food was good, but the service was awful.",
    "but with repeated values": "good good but good good bad bad",
    "least": "The least good plan, at least good, very least good.",
    "kind of": "It was kind of good and kind people came.",
    "never so": "Never so good, never this bad, this good.",
    "without doubt": "Without a doubt an excellent idea, without doubt good.",
    "idioms": "The bus stop was the bomb, yeah right, a kiss of death, to die for.",
    "booster bigram": "It is sort of great and just enough good.",
    "exclamations": "Good!!!!! Great!",
    "question marks": "Good?? Really??? Bad????",
    "emoji": "Catch utf-8 emoji such as 💘 and 💋 and 😁",
    "emoji glued to words": "good😁great 🔛!x",
    "emoticons": "Make sure you :) or :D today! :-(",
    "punctuation stripping": "'good' (bad) ..ok.. !! a! -- :( ",
    "whitespace": "good\u00a0bad\u2003nice\u3000awful\x1cfine",
    "non-ascii case": "İYİ GOOD ÉCOLE bad Σ σ ς ß",
    "lone surrogates": "\ud83d good \udc4d bad\udfff",
    "long punctuation runs": "!!!!!!!!!!!!good!!!!!!!!!! ((((((bad)))))))) ...........",
    "unknown n't words": "It shouldn't've been good, ain't bad, can'tstand it, n't good",
    "cjk and dashes": "这是 good — “great” 很好 bad…",
    "empty": "",
    "blank": "   \n\t ",
}


@pytest.mark.parametrize("text", RULE_CASES.values(), ids=RULE_CASES.keys())
def test_rule_case_equals_vader(reference, text):
    assert_same_scores(reference, [text])


def test_a_token_longer_than_65535_characters_scores_as_vader(reference):
    text = "GOOD " + "x" * 70_000 + "Good bad " + "Y" * 70_000 + " NOT"
    assert_same_scores(reference, [text, "good"])


def test_no_code_point_above_the_whitespace_table_is_whitespace():
    # The tokenizer's whitespace table stops at _SPACE_LIMIT; str.split() must agree.
    import sys

    assert not any(chr(c).isspace() for c in range(_vader._SPACE_LIMIT, sys.maxunicode + 1))


def test_sentence_without_lexicon_words_is_neutral(reference):
    assert polarity_scores(
        "The minister met the delegation on Tuesday."
    ) == reference.polarity_scores("The minister met the delegation on Tuesday.")
    assert compound_scores(["The minister met the delegation on Tuesday."]).tolist() == [0.0]


# --------------------------------------------------------------------------------------
# Arbitrary text
# --------------------------------------------------------------------------------------

WORDS = [
    "good", "bad", "great", "awful", "love", "hate", "no", "not", "never", "isn't", "don't",
    "NOT", "GOOD", "Bad", "very", "VERY", "extremely", "kinda", "kind", "of", "sort", "so",
    "this", "but", "BUT", "least", "at", "without", "doubt", "the", "shit", "bomb", "bus",
    "stop", "yeah", "right", "kiss", "death", "die", "for", "to", "or", "nor", "just",
    "enough", "lol", ":)", ":(", ":D", "😁", "💘", "🔛", "©", "!", "!!", "?", "??", "...",
    "'good'", "good,", "(bad)", "Obama’s", "“great”", "n't", "wouldn't", "cAnT", "İ",
]  # fmt: skip
SEPARATORS = [" ", " ", " ", "  ", "\n", "\t", "\u00a0", "", ",", "!", "?"]

wordy_text = st.lists(
    st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)), max_size=30
).map(lambda pairs: "".join(w + s for w, s in pairs))


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(wordy_text, min_size=1, max_size=8))
def test_rule_words_in_any_order_score_as_vader(reference, sentences):
    assert_same_scores(reference, sentences)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.text(), min_size=1, max_size=5))
def test_arbitrary_unicode_text_scores_as_vader(reference, sentences):
    assert_same_scores(reference, sentences)


EMOJI = sorted(SentimentIntensityAnalyzer().emojis)[::40]
# Sequences of several code points too: vaderSentiment translates them piece by piece.
emoji_text = st.lists(
    st.sampled_from([*EMOJI, "good", "BAD", "not", "but", " ", "  ", "!", "?", "'"]),
    max_size=40,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.lists(emoji_text, min_size=1, max_size=5))
def test_text_with_emoji_scores_as_vader(reference, sentences):
    assert_same_scores(reference, sentences)


@settings(max_examples=300, deadline=None)
@given(st.floats(min_value=-1.0, max_value=1.0))
def test_vectorised_rounding_is_pythons(value):
    got = _vader._round(np.array([value, value / 3, value * 0.9999]), 4).tolist()
    assert got == [round(value, 4), round(value / 3, 4), round(value * 0.9999, 4)]


def test_rounding_is_pythons_on_near_ties():
    ties = (np.arange(-10000, 10000) + 0.5) / 1e4
    values = np.concatenate([ties, np.nextafter(ties, 2), np.nextafter(ties, -2)])
    assert _vader._round(values, 4).tolist() == [round(v, 4) for v in values.tolist()]


# --------------------------------------------------------------------------------------
# Batches, memo and input handling
# --------------------------------------------------------------------------------------


def test_batch_over_several_chunks_equals_one_by_one(monkeypatch, newsmtsc_dev):
    sentences = newsmtsc_dev[:300] + list(RULE_CASES.values())
    one_by_one = [compound_scores([s])[0] for s in sentences]
    monkeypatch.setattr(_vader, "_CHUNK", 7)
    assert compound_scores(iter(sentences)).tolist() == one_by_one


def test_batch_split_by_characters_equals_one_by_one(monkeypatch, newsmtsc_dev):
    sentences = newsmtsc_dev[:100] + ["good " * 100, "", "bad"]
    one_by_one = [compound_scores([s])[0] for s in sentences]
    monkeypatch.setattr(_vader, "_CHUNK_CHARS", 300)
    assert compound_scores(sentences).tolist() == one_by_one


def test_scores_survive_the_token_memo_being_dropped(monkeypatch, reference, newsmtsc_dev):
    monkeypatch.setattr(_vader, "_TOKEN_MEMO_LIMIT", 0)
    sentences = newsmtsc_dev[:200] + ["“Don’t” go, İstanbul isn't bad"]
    assert compound_scores(sentences).tolist() == reference_compounds(reference, sentences).tolist()


def test_polarity_array_holds_neg_neu_pos_compound(reference):
    sentences = ["The book was good.", "Not bad at all", ""]
    rows = polarity_array(sentences)
    assert rows.shape == (3, 4)
    for row, sentence in zip(rows.tolist(), sentences, strict=True):
        expected = reference.polarity_scores(sentence)
        assert row == [expected[k] for k in ("neg", "neu", "pos", "compound")]


def test_empty_batch_gives_empty_array():
    scores = compound_scores([])
    assert scores.dtype == np.float64 and scores.shape == (0,)


def test_bare_string_is_refused():
    with pytest.raises(InputError, match="single str"):
        compound_scores("The book was good.")


def test_non_string_sentence_is_refused_naming_its_record():
    with pytest.raises(InputError, match="record 2"):
        compound_scores(["good", "bad", None])
    with pytest.raises(InputError, match="expected a str"):
        polarity_scores(b"good")  # type: ignore[arg-type]


def test_lexicon_comes_from_the_installed_vader_package(reference):
    tables = _vader._tables()
    assert tables.lexicon == reference.lexicon
    single = {k: v for k, v in reference.emojis.items() if len(k) == 1}
    assert tables.emojis == single


def test_scores_are_finite_and_bounded(newsmtsc_dev):
    scores = compound_scores(newsmtsc_dev)
    assert all(math.isfinite(s) and -1.0 <= s <= 1.0 for s in scores.tolist())
