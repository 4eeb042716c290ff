"""Fast, exact VADER scores: vaderSentiment 3.3.2's results, several times faster.

vaderSentiment scores one sentence at a time in pure Python, lower-casing the whole token
list again for every check of every lexicon word. This module computes the same numbers
with the work moved out of the inner loop:

- each distinct raw token is stripped and lower-cased once and memoised;
- a sentence whose tokens miss the lexicon entirely (a third of news sentences) is answered
  from one C-level set test;
- the rules run only at lexicon positions, on one lower-cased token list;
- emoji translation runs only on sentences that hold an emoji character.

The rules are vaderSentiment's, quirks included, because callers compare scores with the
reference bit for bit: ``no`` before a lexicon word, the ``this``/``so`` boost that fires on
the word just before the scored one at distance three, ``but`` scaling the *first equal
value* in the list instead of the current one, the caps bonus subtracted from a zero
valence, an emoji description glued to the word that follows it, rounded output. The
lexicon, emoji table, booster words, negations and special cases are read from the installed
vaderSentiment package at run time; nothing of it is copied here.

Examples
--------
>>> from newsanalytics._vader import compound_scores, polarity_scores
>>> polarity_scores("The book was good.")
{'neg': 0.0, 'neu': 0.508, 'pos': 0.492, 'compound': 0.4404}
>>> compound_scores(["Not bad at all", "The sky is blue."]).tolist()
[0.431, 0.0]
"""

from __future__ import annotations

import logging
import math
import string
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources

import numpy as np

from .exceptions import MSG_BARE_STR, InputError, missing_extra, record_error

__all__ = ["compound_scores", "polarity_scores", "polarity_array"]

logger = logging.getLogger(__name__)

# The memo of stripped, lower-cased tokens is dropped when it grows past this many entries,
# so a stream of millions of articles cannot grow it without bound.
_TOKEN_MEMO_LIMIT = 500_000

_PUNCTUATION = string.punctuation


class _Tables:
    """vaderSentiment's lexicon, emoji table and rule constants, loaded once."""

    def __init__(self) -> None:
        try:
            from vaderSentiment import vaderSentiment as reference
        except ImportError as exc:  # pragma: no cover - vaderSentiment is a core dependency
            raise missing_extra("VADER sentiment scoring", "vaderSentiment") from exc
        package = resources.files("vaderSentiment")
        lexicon_text = (package / "vader_lexicon.txt").read_bytes().decode("utf-8")
        emoji_text = (package / "emoji_utf8_lexicon.txt").read_bytes().decode("utf-8")

        # Parsed exactly as vaderSentiment parses them (later duplicates win).
        self.lexicon: dict[str, float] = {}
        for line in lexicon_text.rstrip("\n").split("\n"):
            if not line:
                continue
            word, measure = line.strip().split("\t")[0:2]
            self.lexicon[word] = float(measure)
        emojis: dict[str, str] = {}
        for line in emoji_text.rstrip("\n").split("\n"):
            emoji, description = line.strip().split("\t")[0:2]
            emojis[emoji] = description
        # vaderSentiment walks the text one code point at a time, so only single code point
        # keys can ever match; the longer sequences in the table are dead entries.
        self.emojis = {key: value for key, value in emojis.items() if len(key) == 1}
        # A set test beats a regex character class here: sre scans astral ranges slowly.
        self.emoji_chars = frozenset(self.emojis)

        self.booster: dict[str, float] = dict(reference.BOOSTER_DICT)
        self.negate: frozenset[str] = frozenset(reference.NEGATE)
        self.special: dict[str, float] = dict(reference.SPECIAL_CASES)
        self.c_incr: float = reference.C_INCR
        self.n_scalar: float = reference.N_SCALAR
        # Single booster words score 0 themselves; the lexicon holds none of them today, but
        # a sentence can only score non-zero through a lexicon word that is not a booster.
        self.scoring_words = frozenset(w for w in self.lexicon if w not in self.booster)
        # Words of the multi-word special cases and boosters: the idiom check can only
        # change a valence when one of them sits in the six-token window.
        idiom_words: set[str] = set()
        for phrase in list(self.special) + list(self.booster):
            if " " in phrase:
                idiom_words.update(phrase.split(" "))
        self.idiom_words = frozenset(idiom_words)
        self.memo: dict[str, str] = {}


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    return _Tables()


def _translate_emojis(text: str, tables: _Tables) -> str:
    """Replace each emoji by its description, spaced as vaderSentiment spaces it.

    A space goes before a description unless it starts the text or follows a plain space;
    nothing goes after it, so the next character is glued on (vaderSentiment's behaviour).
    """
    emojis = tables.emojis
    parts = []
    previous = " "
    for char in text:
        description = emojis.get(char)
        if description is None:
            parts.append(char)
        else:
            if previous != " ":
                parts.append(" ")
            parts.append(description)
        previous = char
    return "".join(parts)


def _lower_tokens(tokens: list[str], memo: dict[str, str]) -> list[str]:
    """Strip edge punctuation (unless that leaves two characters or fewer) and lower-case."""
    try:
        return list(map(memo.__getitem__, tokens))
    except KeyError:
        pass
    if len(memo) > _TOKEN_MEMO_LIMIT:
        memo.clear()
    for token in tokens:
        if token not in memo:
            stripped = token.strip(_PUNCTUATION)
            memo[token] = (token if len(stripped) <= 2 else stripped).lower()
    return list(map(memo.__getitem__, tokens))


def _idiom_valence(valence: float, low: list[str], i: int, tables: _Tables) -> float:
    """vaderSentiment's special-case idioms and multi-word boosters around position ``i``."""
    special = tables.special
    w3, w2, w1, w0 = low[i - 3], low[i - 2], low[i - 1], low[i]
    for seq in (f"{w1} {w0}", f"{w2} {w1} {w0}", f"{w2} {w1}", f"{w3} {w2} {w1}", f"{w3} {w2}"):
        if seq in special:
            valence = special[seq]
            break
    n = len(low)
    if n - 1 > i:
        seq = f"{w0} {low[i + 1]}"
        if seq in special:
            valence = special[seq]
    if n - 1 > i + 1:
        seq = f"{w0} {low[i + 1]} {low[i + 2]}"
        if seq in special:
            valence = special[seq]
    booster = tables.booster
    for seq in (f"{w3} {w2} {w1}", f"{w3} {w2}", f"{w2} {w1}"):
        if seq in booster:
            valence = valence + booster[seq]
    return valence


def _negated(word: str, negate: frozenset[str]) -> bool:
    return word in negate or "n't" in word


def _valences(tokens: list[str], low: list[str], tables: _Tables) -> tuple[list[float], list[int]]:
    """The non-zero valences after every rule, in token order, and their positions."""
    lexicon = tables.lexicon
    booster = tables.booster
    negate = tables.negate
    c_incr = tables.c_incr
    n_scalar = tables.n_scalar
    idiom_words = tables.idiom_words
    n = len(low)
    upper_count = sum(map(str.isupper, tokens))
    cap_diff = 0 < n - upper_count < n

    values: list[float] = []
    positions: list[int] = []
    for i, word in enumerate(low):
        if word not in lexicon or word in booster:
            continue
        nxt = low[i + 1] if i < n - 1 else None
        if word == "kind" and nxt == "of":
            continue
        valence = lexicon[word]
        w1 = low[i - 1] if i > 0 else None
        w2 = low[i - 2] if i > 1 else None
        w3 = low[i - 3] if i > 2 else None
        if word == "no" and nxt is not None and nxt in lexicon:
            valence = 0.0
        if w1 == "no" or w2 == "no" or (w3 == "no" and w1 in ("or", "nor")):
            valence = lexicon[word] * n_scalar
        if cap_diff and tokens[i].isupper():
            if valence > 0:
                valence += c_incr
            else:
                valence -= c_incr

        # Preceding words at distance 1, 2, 3 that are not lexicon words themselves.
        if w1 is not None and w1 not in lexicon:
            scalar = 0.0
            if w1 in booster:
                scalar = booster[w1]
                if valence < 0:
                    scalar *= -1
                if cap_diff and tokens[i - 1].isupper():
                    scalar = scalar + c_incr if valence > 0 else scalar - c_incr
            valence = valence + scalar
            if _negated(w1, negate):
                valence = valence * n_scalar
        if w2 is not None and w2 not in lexicon:
            scalar = 0.0
            if w2 in booster:
                scalar = booster[w2]
                if valence < 0:
                    scalar *= -1
                if cap_diff and tokens[i - 2].isupper():
                    scalar = scalar + c_incr if valence > 0 else scalar - c_incr
                if scalar != 0:
                    scalar = scalar * 0.95
            valence = valence + scalar
            if w2 == "never" and (w1 == "so" or w1 == "this"):
                valence = valence * 1.25
            elif w2 == "without" and w1 == "doubt":
                pass
            elif _negated(w2, negate):
                valence = valence * n_scalar
        if w3 is not None and w3 not in lexicon:
            scalar = 0.0
            if w3 in booster:
                scalar = booster[w3]
                if valence < 0:
                    scalar *= -1
                if cap_diff and tokens[i - 3].isupper():
                    scalar = scalar + c_incr if valence > 0 else scalar - c_incr
                if scalar != 0:
                    scalar = scalar * 0.9
            valence = valence + scalar
            # vaderSentiment's precedence: the so/this test on w1 stands alone.
            if (w3 == "never" and (w2 == "so" or w2 == "this")) or (w1 == "so" or w1 == "this"):
                valence = valence * 1.25
            elif w3 == "without" and (w2 == "doubt" or w1 == "doubt"):
                pass
            elif _negated(w3, negate):
                valence = valence * n_scalar
            if not idiom_words.isdisjoint(low[i - 3 : i + 3]):
                valence = _idiom_valence(valence, low, i, tables)

        if w1 == "least" and w1 not in lexicon:
            if w2 is None or (w2 != "at" and w2 != "very"):
                valence = valence * n_scalar

        if valence != 0:
            values.append(valence)
            positions.append(i)

    if "but" in low:
        _but_rule(values, positions, low.index("but"))
    return values, positions


def _but_rule(values: list[float], positions: list[int], but_at: int) -> None:
    """Halve valences before the first ``but`` and raise those after it by half, in place.

    vaderSentiment looks each value up with ``list.index``, so it scales the first position
    holding an equal value, which may be an earlier, already scaled one. Zeros never change,
    so searching among the non-zero values alone finds the same position.
    """
    for j in range(len(values)):
        value = values[j]
        k = values.index(value)
        if positions[k] < but_at:
            values[k] = value * 0.5
        elif positions[k] > but_at:
            values[k] = value * 1.5


def _punctuation_amplifier(text: str) -> float:
    ep_count = text.count("!")
    if ep_count > 4:
        ep_count = 4
    qm_count = text.count("?")
    qm_amplifier = 0
    if qm_count > 1:
        qm_amplifier = qm_count * 0.18 if qm_count <= 3 else 0.96
    return ep_count * 0.292 + qm_amplifier


def _compound(values: list[float], text: str) -> tuple[float, float]:
    """Unrounded compound score and the punctuation amplifier."""
    sum_s = float(sum(values))
    amplifier = _punctuation_amplifier(text)
    if sum_s > 0:
        sum_s += amplifier
    elif sum_s < 0:
        sum_s -= amplifier
    compound = sum_s / math.sqrt((sum_s * sum_s) + 15)
    if compound < -1.0:
        compound = -1.0
    elif compound > 1.0:
        compound = 1.0
    return compound, amplifier


def _prepare(text: str, tables: _Tables) -> tuple[str, list[str], list[str]]:
    if not text.isascii() and not tables.emoji_chars.isdisjoint(text):
        text = _translate_emojis(text, tables)
    tokens = text.split()
    return text, tokens, _lower_tokens(tokens, tables.memo)


def _check_str(sentence: object, record: object) -> None:
    if not isinstance(sentence, str):
        raise InputError(
            record_error(record, f"expected a str sentence, got {type(sentence).__name__}")
        )


def compound_scores(sentences: Sequence[str]) -> np.ndarray:
    """VADER compound score of each sentence, equal to vaderSentiment's.

    Parameters
    ----------
    sentences : sequence of str
        The sentences to score (any iterable of str works).

    Returns
    -------
    numpy.ndarray of float64, shape (n_sentences,)
        ``SentimentIntensityAnalyzer().polarity_scores(s)["compound"]`` for each sentence,
        rounded to four decimals as vaderSentiment rounds it.

    Examples
    --------
    >>> compound_scores(["VADER is smart, handsome, and funny!", "No comment."]).tolist()
    [0.8439, -0.296]
    """
    if isinstance(sentences, str):
        raise InputError(MSG_BARE_STR.format(what="compound_scores", what_arg="sentence"))
    tables = _tables()
    scoring_words = tables.scoring_words
    out = []
    append = out.append
    for record, sentence in enumerate(sentences):
        _check_str(sentence, record)
        text, tokens, low = _prepare(sentence, tables)
        if scoring_words.isdisjoint(low):
            append(0.0)
            continue
        values, _ = _valences(tokens, low, tables)
        append(round(_compound(values, text)[0], 4))
    return np.array(out, dtype=np.float64)


def _polarity(sentence: str, tables: _Tables) -> tuple[float, float, float, float]:
    text, tokens, low = _prepare(sentence, tables)
    n = len(low)
    if not n:
        return 0.0, 0.0, 0.0, 0.0
    if tables.scoring_words.isdisjoint(low):
        return 0.0, 1.0, 0.0, 0.0
    values, _ = _valences(tokens, low, tables)
    compound, amplifier = _compound(values, text)
    pos_sum = 0.0
    neg_sum = 0.0
    for value in values:
        if value > 0:
            pos_sum += float(value) + 1
        elif value < 0:
            neg_sum += float(value) - 1
    neu_count = n - len(values)
    if pos_sum > math.fabs(neg_sum):
        pos_sum += amplifier
    elif pos_sum < math.fabs(neg_sum):
        neg_sum -= amplifier
    total = pos_sum + math.fabs(neg_sum) + neu_count
    return (
        round(math.fabs(neg_sum / total), 3),
        round(math.fabs(neu_count / total), 3),
        round(math.fabs(pos_sum / total), 3),
        round(compound, 4),
    )


def polarity_scores(sentence: str) -> dict[str, float]:
    """VADER's neg/neu/pos/compound scores of one sentence, equal to vaderSentiment's.

    Parameters
    ----------
    sentence : str
        The sentence to score.

    Returns
    -------
    dict
        Keys ``neg``, ``neu``, ``pos`` (rounded to 3 decimals) and ``compound`` (rounded
        to 4), the same dict ``SentimentIntensityAnalyzer().polarity_scores`` returns.

    Examples
    --------
    >>> polarity_scores("Today SUX!")
    {'neg': 0.779, 'neu': 0.221, 'pos': 0.0, 'compound': -0.5461}
    """
    _check_str(sentence, "sentence")
    neg, neu, pos, compound = _polarity(sentence, _tables())
    return {"neg": neg, "neu": neu, "pos": pos, "compound": compound}


def polarity_array(sentences: Sequence[str]) -> np.ndarray:
    """neg, neu, pos and compound of each sentence as an ``(n_sentences, 4)`` float64 array.

    Examples
    --------
    >>> polarity_array(["The book was good."]).tolist()
    [[0.0, 0.508, 0.492, 0.4404]]
    """
    if isinstance(sentences, str):
        raise InputError(MSG_BARE_STR.format(what="polarity_array", what_arg="sentence"))
    tables = _tables()
    rows = []
    for record, sentence in enumerate(sentences):
        _check_str(sentence, record)
        rows.append(_polarity(sentence, tables))
    return np.array(rows, dtype=np.float64).reshape(len(rows), 4)
