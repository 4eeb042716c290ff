"""Fast, exact VADER scores: vaderSentiment 3.3.2's results, many times faster.

vaderSentiment scores one sentence at a time in pure Python, lower-casing the whole token
list again for every check of every lexicon word. :func:`compound_scores` computes the same
numbers for a batch of sentences with most of the work in C-level passes and numpy:

- each distinct raw token is stripped, lower-cased and classified once, then memoised;
- the tokens of the batch become one integer array; lexicon hits, negations, boosters and
  other rule words are found with numpy;
- a lexicon word with no rule word within three tokens before or two after it (four in five
  hits in news) is worth exactly its lexicon valence; only the others run the full rules;
- sums, punctuation emphasis and normalisation are vectorised; the per-sentence sums use
  Python's own ``sum`` so the floats match on every Python version.

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
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from itertools import chain, compress, islice, repeat

import numpy as np

from .exceptions import MSG_BARE_STR, InputError, missing_extra, record_error

__all__ = ["compound_scores", "polarity_scores", "polarity_array"]

logger = logging.getLogger(__name__)

# The token memo is dropped when it grows past this many entries, so a stream of millions
# of articles cannot grow it without bound.
_TOKEN_MEMO_LIMIT = 500_000
# Sentences scored per numpy pass: large enough to amortise the passes, small enough that
# the token arrays of one chunk stay a few MB.
_CHUNK = 20_000

_PUNCTUATION = string.punctuation

# Word classes, as bit flags in _Tables.flags.
_HIT = 1  # a lexicon word that is not a booster: may carry a valence
_RULE = 2  # a word some rule reacts to when it is near a lexicon word
_BUT = 4  # "but": the contrast rule rescales the whole sentence

# Multi-word keys match on whole-token sequences; these frequent words never start a match
# alone, so they need not force the full rules (every key keeps another, rarer word).
_FUNCTION_WORDS = frozenset({"the", "of", "to", "for", "a", "in", "on"})


class _Tables:
    """vaderSentiment's lexicon, emoji table and rule words, and the token memo."""

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
        self.scoring_words = frozenset(w for w in self.lexicon if w not in self.booster)

        # Words near which a lexicon word's valence can differ from its lexicon entry.
        idiom_words: set[str] = set()
        anchors: set[str] = set()
        for phrase in list(self.special) + list(self.booster):
            words = phrase.split(" ")
            if len(words) > 1:
                idiom_words.update(words)
                rare = [w for w in words if w not in _FUNCTION_WORDS]
                anchors.update(rare or words)
        self.idiom_words = frozenset(idiom_words)
        rule_words = (
            {w for w in self.booster if " " not in w}
            | set(self.negate)
            | {"no", "least", "so", "this", "never", "without", "kind"}
            | anchors
        )

        # Word id -> flags and lexicon valence; id 0 is every word no rule cares about.
        self.word_ids: dict[str, int] = {}
        flags: list[int] = [0]
        valences: list[float] = [0.0]
        for word in sorted(self.scoring_words | rule_words | {"but"}):
            self.word_ids[word] = len(flags)
            flags.append(
                (_HIT if word in self.scoring_words else 0)
                | (_RULE if word in rule_words else 0)
                | (_BUT if word == "but" else 0)
            )
            valences.append(self.lexicon.get(word, 0.0))
        self.flags = np.array(flags, dtype=np.uint8)
        self.valences = np.array(valences, dtype=np.float64)
        self.flag_list = flags
        self.valence_list = valences
        # Raw token -> word id * 2 + (token is upper case); raw token -> lowered token.
        self.codes: dict[str, int] = {}
        self.lowered: dict[str, str] = {}

    def learn(self, tokens: Iterable[str]) -> None:
        """Memoise the tokens not seen before."""
        codes = self.codes
        lowered = self.lowered
        word_ids = self.word_ids
        for token in set(tokens).difference(codes):
            stripped = token.strip(_PUNCTUATION)
            low = (token if len(stripped) <= 2 else stripped).lower()
            word_id = word_ids.get(low)
            if word_id is None and "n't" in low:
                # Any word holding "n't" negates: an open class, added as met.
                word_id = word_ids[low] = len(self.flag_list)
                self.flag_list.append(_RULE)
                self.valence_list.append(0.0)
                self.flags = np.array(self.flag_list, dtype=np.uint8)
                self.valences = np.array(self.valence_list, dtype=np.float64)
            lowered[token] = low
            codes[token] = 2 * (word_id or 0) + token.isupper()

    def forget_if_full(self) -> None:
        if len(self.codes) > _TOKEN_MEMO_LIMIT:
            self.codes.clear()
            self.lowered.clear()


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


def _cap_differential(tokens: list[str]) -> bool:
    """Whether some but not all tokens are upper case (caps then add emphasis)."""
    upper_count = sum(map(str.isupper, tokens))
    return 0 < len(tokens) - upper_count < len(tokens)


def _valence_at(
    i: int, tokens: list[str], low: list[str], cap_diff: bool, tables: _Tables
) -> float:
    """Valence of the lexicon word at position ``i`` after every vaderSentiment rule."""
    lexicon = tables.lexicon
    booster = tables.booster
    negate = tables.negate
    c_incr = tables.c_incr
    n_scalar = tables.n_scalar
    n = len(low)
    word = low[i]
    nxt = low[i + 1] if i < n - 1 else None
    if word == "kind" and nxt == "of":
        return 0.0
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
        if not tables.idiom_words.isdisjoint(low[i - 3 : i + 3]):
            valence = _idiom_valence(valence, low, i, tables)

    if w1 == "least" and w1 not in lexicon:
        if w2 is None or (w2 != "at" and w2 != "very"):
            valence = valence * n_scalar
    return valence


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


def _check_str(sentence: object, record: object) -> None:
    if not isinstance(sentence, str):
        raise InputError(
            record_error(record, f"expected a str sentence, got {type(sentence).__name__}")
        )


# ---------------------------------------------------------------------------------------
# One sentence at a time: the plain transcription, used by polarity_scores and as the slow
# path of the batch scorer.


def _sentence_tokens(text: str, tables: _Tables) -> tuple[str, list[str], list[str]]:
    if not text.isascii() and not tables.emoji_chars.isdisjoint(text):
        text = _translate_emojis(text, tables)
    tokens = text.split()
    try:
        return text, tokens, list(map(tables.lowered.__getitem__, tokens))
    except KeyError:
        tables.forget_if_full()
        tables.learn(tokens)
        return text, tokens, list(map(tables.lowered.__getitem__, tokens))


def _valences(tokens: list[str], low: list[str], tables: _Tables) -> list[float]:
    """The non-zero valences of a sentence after every rule, in token order."""
    scoring_words = tables.scoring_words
    cap_diff = _cap_differential(tokens)
    values: list[float] = []
    positions: list[int] = []
    for i, word in enumerate(low):
        if word in scoring_words:
            valence = _valence_at(i, tokens, low, cap_diff, tables)
            if valence != 0:
                values.append(valence)
                positions.append(i)
    if "but" in low:
        _but_rule(values, positions, low.index("but"))
    return values


def _polarity(sentence: str, tables: _Tables) -> tuple[float, float, float, float]:
    text, tokens, low = _sentence_tokens(sentence, tables)
    n = len(low)
    if not n:
        return 0.0, 0.0, 0.0, 0.0
    values = _valences(tokens, low, tables)
    sum_s = float(sum(values))
    amplifier = _punctuation_amplifier(text)
    if sum_s > 0:
        sum_s += amplifier
    elif sum_s < 0:
        sum_s -= amplifier
    compound = min(max(sum_s / math.sqrt((sum_s * sum_s) + 15), -1.0), 1.0)
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


# ---------------------------------------------------------------------------------------
# A batch at a time.


def _chunk_compound(texts: list[str], tables: _Tables) -> np.ndarray:
    """Rounded compound scores of a list of str, as vaderSentiment computes them.

    ``texts`` is the caller's own list: sentences holding an emoji are replaced in it by
    their translation.
    """
    n_texts = len(texts)
    emoji_chars = tables.emoji_chars
    for k in compress(range(n_texts), map(_not_ascii, texts)):
        if not emoji_chars.isdisjoint(texts[k]):
            texts[k] = _translate_emojis(texts[k], tables)
    token_lists = list(map(str.split, texts))
    counts = np.fromiter(map(len, token_lists), dtype=np.intp, count=n_texts)
    n_tokens = int(counts.sum())
    tables.forget_if_full()
    memo = tables.codes
    try:
        codes = np.fromiter(
            map(memo.__getitem__, chain.from_iterable(token_lists)), np.intp, n_tokens
        )
    except KeyError:
        tables.learn(chain.from_iterable(token_lists))
        codes = np.fromiter(
            map(memo.__getitem__, chain.from_iterable(token_lists)), np.intp, n_tokens
        )
    word_ids = codes >> 1
    flags = tables.flags[word_ids]
    hit_pos = np.flatnonzero(flags & _HIT)
    if not hit_pos.size:
        return np.zeros(n_texts, dtype=np.float64)

    ends = np.cumsum(counts)
    starts = ends - counts
    hit_sent = np.searchsorted(ends, hit_pos, side="right")
    # A hit is plain, worth exactly its lexicon valence, when it is not in caps and no rule
    # word lies from three tokens before it to two after (neighbouring sentences included,
    # which only sends a few plain hits down the full rules).
    rule_before = np.zeros(n_tokens + 1, dtype=np.intp)
    np.cumsum((flags & _RULE) != 0, out=rule_before[1:])
    window = rule_before[np.minimum(hit_pos + 3, n_tokens)] - rule_before[
        np.maximum(hit_pos - 3, 0)
    ]
    plain = (window == 0) & ((codes[hit_pos] & 1) == 0)
    slow = np.zeros(n_texts, dtype=bool)
    slow[hit_sent[~plain]] = True
    slow[np.searchsorted(ends, np.flatnonzero(flags & _BUT), side="right")] = True

    hit_values = tables.valences[word_ids[hit_pos]]
    n_hits = np.bincount(hit_sent, minlength=n_texts)
    first_hit = np.cumsum(n_hits) - n_hits
    sums = np.zeros(n_texts, dtype=np.float64)
    single = ~slow & (n_hits == 1)
    sums[single] = hit_values[first_hit[single]]
    # Python's sum, not numpy's: its rounding (compensated from 3.12 on) is the reference's.
    value_list = hit_values.tolist()
    multi = np.flatnonzero(~slow & (n_hits > 1))
    if multi.size:
        slices = map(slice, first_hit[multi].tolist(), (first_hit + n_hits)[multi].tolist())
        sums[multi] = list(map(sum, map(value_list.__getitem__, slices)))
    slow_sents = np.flatnonzero(slow).tolist()
    if slow_sents:
        lowered = tables.lowered
        plain_list = plain.tolist()
        rel_list = (hit_pos - starts[hit_sent]).tolist()
        first_list = first_hit.tolist()
        n_hits_list = n_hits.tolist()
        for s in slow_sents:
            tokens = token_lists[s]
            low = list(map(lowered.__getitem__, tokens))
            cap_diff = _cap_differential(tokens)
            values: list[float] = []
            positions: list[int] = []
            for h in range(first_list[s], first_list[s] + n_hits_list[s]):
                i = rel_list[h]
                if plain_list[h]:
                    valence = value_list[h]
                else:
                    valence = _valence_at(i, tokens, low, cap_diff, tables)
                if valence != 0:
                    values.append(valence)
                    positions.append(i)
            if "but" in low:
                _but_rule(values, positions, low.index("but"))
            sums[s] = float(sum(values))

    scored = np.flatnonzero(sums)
    if not scored.size:
        return sums
    scored_texts = [texts[k] for k in scored.tolist()]
    exclamations = np.fromiter(map(str.count, scored_texts, repeat("!")), np.intp, scored.size)
    questions = np.fromiter(map(str.count, scored_texts, repeat("?")), np.intp, scored.size)
    amplifier = np.minimum(exclamations, 4) * 0.292 + np.where(
        questions > 1, np.where(questions <= 3, questions * 0.18, 0.96), 0.0
    )
    total = sums[scored]
    total = np.where(total > 0, total + amplifier, total - amplifier)
    compound = np.clip(total / np.sqrt(total * total + 15), -1.0, 1.0)
    out = np.zeros(n_texts, dtype=np.float64)
    out[scored] = list(map(round, compound.tolist(), repeat(4)))
    return out


def _not_ascii(text: str) -> bool:
    return not text.isascii()


def compound_scores(sentences: Iterable[str]) -> np.ndarray:
    """VADER compound score of each sentence, equal to vaderSentiment's.

    Parameters
    ----------
    sentences : iterable of str
        The sentences to score; read in chunks, so a generator works.

    Returns
    -------
    numpy.ndarray of float64, shape (n_sentences,)
        ``SentimentIntensityAnalyzer().polarity_scores(s)["compound"]`` for each sentence,
        rounded to four decimals as vaderSentiment rounds it.

    Raises
    ------
    InputError
        If ``sentences`` is a single str or holds something that is not a str.

    Examples
    --------
    >>> compound_scores(["VADER is smart, handsome, and funny!", "No comment."]).tolist()
    [0.8439, -0.296]
    """
    if isinstance(sentences, str):
        raise InputError(MSG_BARE_STR.format(what="compound_scores", what_arg="sentence"))
    tables = _tables()
    iterator = iter(sentences)
    scores: list[np.ndarray] = [np.zeros(0, dtype=np.float64)]
    done = 0
    while True:
        texts = list(islice(iterator, _CHUNK))
        if not texts:
            break
        if not all(map(isinstance, texts, repeat(str))):
            for k, text in enumerate(texts):
                _check_str(text, done + k)
        scores.append(_chunk_compound(texts, tables))
        done += len(texts)
    return np.concatenate(scores)


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


def polarity_array(sentences: Iterable[str]) -> np.ndarray:
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
