"""Patterns rewritten for speed find exactly what their plain forms find.

A regex that opens with a look-behind or a word boundary is tried at every position of the
text; written to open with a character set or a literal it lets the engine skip ahead, and
one searched for only near the spots where it can end is not run over the whole text. These
tests hold each fast form to the plain one, on real stories (Reuters, BBC) and random texts.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsanalytics import NewsVectorizer, _textlines
from newsanalytics import text as na_text
from newsanalytics.actors import _context
from newsanalytics.text import topic_tokens

# The sentence-end candidates as first written: a run of marks not preceded by a mark.
PLAIN_CANDIDATE_RE = re.compile(r"(?<![.!?\u2026])[.!?\u2026]+[\"'\u201d\u2019)\]\u00bb]*(?=\s)")

# The two trailer patterns as one alternation, as first written.
PLAIN_TRAILER_RE = re.compile(
    f"{_textlines._WIRE_TRAILER_RE.pattern}|{_textlines._CREDIT_TRAILER_RE.pattern}"
)
TRAILER_PIECES = [
    "REUTER", "REUTERS", "Reuters", "reuter", "REUTERM", "^M", "\x03", ".", "(Reporting by Jo Li",
    "(Additional reporting by Al", "(Editing by Bo)", ")", "(", "said", "Kerry", "S",
]
TRAILER_SEPARATORS = ["", " ", "  ", "\t", "\n", "\n\n", ". ", "\u201d ", "; "]

PIECES = [
    "analyst", "analysts", "economist", "strategist", "trader", "dealer", "law", "firm",
    "firms", "Firm", "of", "at", "with", "consulting", "investment", "securities", "Smith",
    "Goldman", "A", "xanalyst", "U.S.", "Inc.", "?!", "...", "\u2026", ".\u201d", "'.", ".)",
]
SEPARATORS = [" ", "  ", ", ", ". ", "\n", "", ".", "? ", "\t"]


def _joined(pieces: list[str], separators: list[str], max_size: int) -> st.SearchStrategy[str]:
    """Texts made of ``pieces``, each followed by one of ``separators``."""
    pairs = st.tuples(st.sampled_from(pieces), st.sampled_from(separators))
    return st.lists(pairs, max_size=max_size).map(lambda ps: "".join(a + b for a, b in ps))


_texts = _joined(PIECES, SEPARATORS, 30)
_trailer_texts = _joined(TRAILER_PIECES, TRAILER_SEPARATORS, 12)


def _same_as_plain(text: str) -> None:
    for pattern in (_context._FIRM_CONTEXT_RE, _context._EMPLOYER_CONTEXT_RE):
        spots = _context._context_ends(text)
        fast = [m.span() for m in _context._context_matches(pattern, text, spots)]
        assert fast == [m.span() for m in pattern.finditer(text)]
    for stop in {len(text), len(text.rstrip()), len(text) // 2}:
        lo = max(0, stop - 500)
        fast = _textlines._trailer(text, lo, stop)
        plain = PLAIN_TRAILER_RE.search(text, lo, stop)
        assert (fast and fast.span()) == (plain and plain.span())
    for lo, hi in ((0, len(text)), (1, len(text) - 1)):
        fast = [m.span() for m in na_text._CANDIDATE_RE.finditer(text, lo, hi)]
        assert fast == [m.span() for m in PLAIN_CANDIDATE_RE.finditer(text, lo, hi)]


def test_fast_patterns_find_what_the_plain_ones_find_in_real_stories(wire_stories):
    for text in wire_stories:
        _same_as_plain(text)


@settings(max_examples=500, deadline=None)
@given(_texts)
def test_fast_patterns_find_what_the_plain_ones_find_in_random_texts(text):
    _same_as_plain(text)


@settings(max_examples=800, deadline=None)
@given(_trailer_texts)
def test_the_trailer_is_what_one_search_of_both_patterns_finds_in_random_texts(text):
    _same_as_plain(text)


@pytest.mark.parametrize(
    "text",
    ["Oil rose.\n  REUTER\n^M\x03", "Oil rose.  Reuters. ", "REUTER", "x\tREUTERS \n",
     "Oil rose. (Reporting by Jo Li; Editing by Bo) \n", "(Editing by Bo)\nREUTER"],
)
def test_wire_trailers_and_credits_are_found_whole(text):
    _same_as_plain(text)


@pytest.mark.parametrize(
    "text",
    [
        "He joined the consulting firm of Smith, Jones and Brown.",
        "said strategists with Goldman and analysts at Acme, and a trader with First Boston.",
        "The law firm Kronish, Lieb and Weiner; the firm of Smith and Day; economists at ABN.",
    ],
)
def test_the_longest_contexts_are_found_whole(text):
    _same_as_plain(text)


def test_an_employer_context_is_found_where_the_firm_follows():
    text = "said Jim Smith, an analyst with Dean Witter Reynolds. Oil rose."
    spots = _context._context_ends(text)
    found = [
        m.group() for m in _context._context_matches(_context._EMPLOYER_CONTEXT_RE, text, spots)
    ]
    assert found == ["analyst with "]


def test_vectorizer_common_path_reads_words_and_two_word_phrases_as_written(wire_stories):
    """NewsVectorizer.analyze reads a vectorizer with no senses and no phrase of three words
    or more by C-level maps (each token's column, each token's phrases by their first word).
    It must give what its definition says: each token in the vocabulary, and each two-word
    phrase of the vocabulary right after its second word, in reading order."""
    docs = wire_stories[:400]
    vec = NewsVectorizer(phrase_min_count=3).fit(docs)
    vocab = vec.vocabulary_
    assert not vec._long_grams and not vec._senses
    assert any(" " in term for term in vocab)  # phrases were learnt: the bigram branch runs
    for doc in wire_stories[:700]:
        toks = topic_tokens(doc)
        expected = []
        for j, tok in enumerate(toks):
            if tok in vocab:
                expected.append(tok)
            if j and f"{toks[j - 1]} {tok}" in vocab:
                expected.append(f"{toks[j - 1]} {tok}")
        assert vec.analyze(doc) == expected


def _forms(split) -> list[tuple[str, ...]]:
    """The plain form list of a sense's split forms (``_SenseRules._split``): the one-word
    forms and every longer form."""
    words, _, by_head = split
    return [(g,) for g in words] + [g for grams in by_head.values() for g in grams]


def _plain_features(vec: NewsVectorizer, toks: list[str]) -> list[str]:
    """NewsVectorizer.analyze by its definition, token by token: at each token its senses in
    the vocabulary (a one-word sense takes the word's place), else the token when it is in the
    vocabulary; then the two-word phrase it ends; then the longer phrases it ends. A sense's
    conditions are read with ``_SenseRules._has`` on the plain form lists."""
    vocab = vec.vocabulary_
    rules = vec._senses
    at: dict[int, list[tuple[int, str]]] = {}
    for j, tok in enumerate(toks):
        for gram, i in rules.first.get(tok, []):
            n = len(gram)
            if tuple(toks[j : j + n]) != gram:
                continue
            w = rules.window[i]
            ctx = toks[max(0, j - w) : j] + toks[j + n : j + n + w]
            near, not_near = rules._near[i], rules._not_near[i]
            if near is not None and not rules._has(ctx, _forms(near)):
                continue
            if not_near is not None and rules._has(ctx, _forms(not_near)):
                continue
            at.setdefault(j, []).append((n, rules.keys[i]))
    phrases = [tuple(p.split()) for p in vocab if " " in p]
    out = []
    for j, tok in enumerate(toks):
        kept = [(n, k) for n, k in at.get(j, []) if k in vocab]
        out += [k for _, k in kept]
        if tok in vocab and not any(n == 1 for n, _ in kept):
            out.append(tok)
        if j and f"{toks[j - 1]} {tok}" in vocab:
            out.append(f"{toks[j - 1]} {tok}")
        out += [
            " ".join(g) for g in phrases if len(g) > 2 and tuple(toks[j - len(g) + 1 : j + 1]) == g
        ]
    return out


def test_vectorizer_reads_senses_and_long_phrases_as_written(wire_stories):
    """The shipped model's vectorizer (senses, phrases of three words) reads only the tokens
    that start a sense or a phrase one by one, and a sense's long condition forms only where
    one of their first words stands near: it must give what its definition says."""
    from newsanalytics import TopicModel

    vec = TopicModel.default().vectorizer_
    assert vec._long_grams and vec._senses
    n_senses = 0
    for doc in wire_stories[:400]:
        toks = topic_tokens(doc)
        features = vec.analyze(doc)
        n_senses += sum(f in vec._senses.keys for f in features)
        assert features == _plain_features(vec, toks)
    assert n_senses  # senses were found: their branch ran
