"""Fast, exact VADER scores: vaderSentiment 3.3.2's results, over ten times faster.

vaderSentiment scores one sentence at a time in pure Python, lower-casing the whole token
list again for every check of every lexicon word. :func:`compound_scores` computes the same
numbers for a batch of sentences in pure Python and numpy, a chunk of sentences at a time:

- the chunk becomes one array of code points; whitespace splitting, edge-punctuation
  stripping, lower-casing and caps detection are array operations, and each token's word is
  found by a polynomial hash in an open-addressing table of vaderSentiment's vocabulary
  (every match confirmed character by character). The rare tokens with cased non-ASCII
  characters, and unknown words holding "n't", go through a per-token memo instead;
- a lexicon word with no rule word from three tokens before it to two after (four hits in
  five) is worth exactly its lexicon valence; the others run the rules, vectorised step by
  step in vaderSentiment's order, so each float operation is the same one;
- the few hits inside a special-case idiom, and sentences holding "but", take the
  one-sentence rules; the per-sentence sums use Python's own ``sum``, so the floats match
  on every Python version (3.12 compensates its float sums);
- punctuation emphasis, normalisation and rounding are vectorised, rounding exactly as
  Python's ``round`` does.

:func:`polarity_scores` is the plain one-sentence transcription of the rules (neg, neu,
pos and compound); the batch scorer falls back on its pieces.

The rules are vaderSentiment's, quirks included, because callers compare scores with the
reference bit for bit: ``no`` before a lexicon word, the ``this``/``so`` boost that fires on
the word just before the scored one at distance three, ``but`` scaling the *first equal
value* in the list instead of the current one, the caps bonus subtracted from a zero
valence, an emoji description glued to the word that follows it, rounded output. The
lexicon, emoji table, booster words, negations and special cases are read from the installed
vaderSentiment package at run time; nothing of it is copied here.

The tables (lexicon, emoji, rule words, tokenizer tables) and the rules that score one
lexicon word live in :mod:`newsanalytics.sentiment._vader_rules`; this module holds the public
functions, the one-sentence scorer and the batch path.

Examples
--------
>>> from newsanalytics.sentiment._vader import compound_scores, polarity_scores
>>> polarity_scores("The book was good.")
{'neg': 0.0, 'neu': 0.508, 'pos': 0.492, 'compound': 0.4404}
>>> compound_scores(["Not bad at all", "The sky is blue."]).tolist()
[0.431, 0.0]
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator
from itertools import islice, repeat

import numpy as np

from ..exceptions import InputError, one_item, record_error
from ._vader_rules import (
    _SPACE_CLASS,
    _but_rule,
    _pack,
    _punctuation_amplifier,
    _Tables,
    _tables,
    _translate_emojis,
    _valence_at,
    _valences,
)

# The tokenizer's whitespace table stops here; tests check str.split() agrees above it.
from ._vader_rules import _SPACE_LIMIT as _SPACE_LIMIT

__all__ = ["compound_scores", "polarity_scores", "polarity_array"]

# The token memo is dropped when it grows past this many entries, so a stream of millions
# of articles cannot grow it without bound.
_TOKEN_MEMO_LIMIT = 500_000
# Sentences and characters scored per numpy pass: enough to amortise the passes, few
# enough that the arrays of one chunk stay a few MB (a longer text is a chunk of its own).
_CHUNK = 4_096
_CHUNK_CHARS = 1 << 20


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
    return text, tokens, tables.lookup(tokens, _TOKEN_MEMO_LIMIT)[1]


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


def _chunk_codes(
    texts: list[str], tables: _Tables, translated: bool = False
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Token codes (word id * 2 + upper case), token counts and punctuation emphasis.

    The tokens are those of ``text.split()`` with vaderSentiment's punctuation stripping;
    the work is done on the code points of the whole chunk at once. Tokens of ASCII and
    uncased characters are looked up by hash (confirmed char by char); other tokens, and
    unknown words holding "n't", go through the per-token memo. Returns the codes, the
    number of tokens of each text and vaderSentiment's "!"/"?" amplifier of each text.
    ``texts`` is the caller's own list: a text holding an emoji is replaced in it by its
    translation.
    """
    n_texts = len(texts)
    big = "\n".join(texts)
    ascii_only = big.isascii()
    # surrogatepass: a lone surrogate (JSON can hold one) is a code point like any other.
    points = np.frombuffer(big.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    lengths = np.fromiter(map(len, texts), np.intp, n_texts)
    text_end = np.cumsum(lengths + 1) - 1  # where the separator after each text sits
    if not ascii_only:
        high = np.flatnonzero(points >= 128)
        high_points = points[high]
        is_emoji = np.where(
            high_points < 0x10000,
            tables.bmp_emoji[np.minimum(high_points, 0xFFFF)],
            np.isin(high_points, tables.astral_emoji),
        )
        if is_emoji.any() and not translated:
            hit_texts = np.searchsorted(text_end, high[is_emoji], side="right")
            for k in np.unique(hit_texts).tolist():
                texts[k] = _translate_emojis(texts[k], tables)
            return _chunk_codes(texts, tables, translated=True)
    size = points.size

    char_class = np.take(tables.char_class, points, mode="clip")
    solid = char_class < _SPACE_CLASS
    # Tokens start and end where solid and whitespace characters meet.
    edges = np.flatnonzero(solid[1:] != solid[:-1]) + 1
    if size and solid[0]:
        edges = np.concatenate([[0], edges])
    if size and solid[-1]:
        edges = np.concatenate([edges, [size]])
    tok_start = edges[0::2]
    tok_end = edges[1::2]
    counts = np.diff(np.searchsorted(tok_start, text_end), prepend=0)

    # Strip edge punctuation unless two characters or fewer would remain. Few tokens have
    # any, and rarely more than a mark or two at an edge: step over those, search the rest.
    def is_punct(where: np.ndarray) -> np.ndarray:
        return np.take(tables.punct, points[where], mode="clip")

    first_core = tok_start.copy()
    last_core = tok_end - 1
    lead = np.flatnonzero(is_punct(tok_start))
    trail = np.flatnonzero(is_punct(last_core))
    for _ in range(8):
        first_core[lead] += 1
        lead = lead[first_core[lead] < tok_end[lead]]
        lead = lead[is_punct(first_core[lead])]
        last_core[trail] -= 1
        trail = trail[last_core[trail] >= tok_start[trail]]
        trail = trail[is_punct(last_core[trail])]
    if lead.size or trail.size:
        core = np.flatnonzero(solid & ~np.take(tables.punct, points, mode="clip"))
        core_end = np.append(core, size)
        first_core[lead] = core_end[np.searchsorted(core, first_core[lead])]
        last_core[trail] = np.append(-1, core)[np.searchsorted(core, last_core[trail], "right")]
    has_core = first_core < tok_end
    keep = ~has_core | (last_core + 1 - first_core <= 2)
    span_start = np.where(keep, tok_start, first_core)
    span_end = np.where(keep, tok_end, last_core + 1)

    # Upper and lower-case letters per token, from one running sum of two 16-bit fields
    # (unsigned arithmetic wraps, differences stay exact for tokens under 65536 chars;
    # the whitespace bit never falls inside a token).
    letters = char_class
    before = np.zeros(size + 1, dtype=np.uint32)
    np.cumsum(letters, dtype=np.uint32, out=before[1:])
    per_token = before[tok_end] - before[tok_start]
    n_upper = per_token & 0xFFFF
    n_lower = per_token >> 16
    if tok_start.size and (tok_end - tok_start).max() >= 1 << 16:  # pragma: no cover
        wide = np.zeros(size + 1, dtype=np.int64)
        np.cumsum(letters & 0xFFFF, out=wide[1:])
        n_upper = wide[tok_end] - wide[tok_start]
        np.cumsum((letters >> 16) & 0x7FFF, out=wide[1:])
        n_lower = wide[tok_end] - wide[tok_start]
    upper = (n_upper > 0) & (n_lower == 0)
    lowered = points + ((letters & 1) << 5)

    # Tokens holding a cased or otherwise special non-ASCII character need the memo.
    special = np.zeros(tok_start.size, dtype=bool)
    if not ascii_only:
        odd = high[~tables.plain_char[np.minimum(high_points, 0x10000)]]
        special[np.searchsorted(tok_start, odd, side="right") - 1] = True

    up, down = tables.powers(size + 1)
    prefix = np.zeros(size + 1, dtype=np.uint32)
    with np.errstate(over="ignore"):
        np.cumsum(lowered * up[:size], dtype=np.uint32, out=prefix[1:])
        token_hash = (prefix[span_end] - prefix[span_start]) * down[span_start]
    row, candidate = tables.find_hashes(token_hash)
    length = (span_end - span_start)[candidate]
    same_length = tables.vocab_len[row] == length
    row = row[same_length]
    candidate = candidate[same_length]
    length = length[same_length]
    word_id = np.zeros(tok_start.size, dtype=np.intp)
    if candidate.size:
        first = np.cumsum(length) - length
        offset = np.arange(int(length.sum())) - np.repeat(first, length)
        token_chars = lowered[np.repeat(span_start[candidate], length) + offset]
        word_chars = tables.vocab_chars[np.repeat(tables.vocab_offset[row], length) + offset]
        confirmed = np.add.reduceat(token_chars != word_chars, first) == 0
        word_id[candidate[confirmed]] = tables.vocab_id[row[confirmed]]
    codes = 2 * word_id + upper

    # "n't" anywhere in an unknown word makes it a negation: those go through the memo.
    if "'" in big:
        apostrophe = np.flatnonzero(points == ord("'"))
        apostrophe = apostrophe[(apostrophe > 0) & (apostrophe < size - 1)]
        nt = (
            apostrophe[
                (lowered[apostrophe - 1] == ord("n")) & (lowered[apostrophe + 1] == ord("t"))
            ]
            - 1
        )
        holder = np.searchsorted(tok_start, nt, side="right") - 1
        inside = (nt >= span_start[holder]) & (nt + 3 <= span_end[holder])
        holder = holder[inside]
        special[holder[word_id[holder] == 0]] = True
    fallback = np.flatnonzero(special)
    if fallback.size:
        tokens = [
            big[a:b]
            for a, b in zip(tok_start[fallback].tolist(), tok_end[fallback].tolist(), strict=True)
        ]
        codes[fallback] = tables.lookup(tokens, _TOKEN_MEMO_LIMIT)[0]

    # vaderSentiment's emphasis: 0.292 per "!" (four at most), 0.18 per "?" from two to
    # three, 0.96 from four.
    def per_text(char: str) -> np.ndarray:
        if char not in big:
            return np.zeros(n_texts, dtype=np.intp)
        where = np.flatnonzero(points == ord(char))
        return np.bincount(np.searchsorted(text_end, where, side="right"), minlength=n_texts)

    questions = per_text("?")
    amplifier = np.minimum(per_text("!"), 4) * 0.292 + np.where(
        questions > 1, np.where(questions <= 3, questions * 0.18, 0.96), 0.0
    )
    return codes, counts, amplifier


def _sentence_lists(text: str, tables: _Tables) -> tuple[list[str], list[str]]:
    """Raw and lowered tokens of an (emoji-translated) text, for the per-sentence rules."""
    tokens = text.split()
    return tokens, tables.lookup(tokens, _TOKEN_MEMO_LIMIT)[1]


def _chunk_values(
    texts: list[str], tables: _Tables
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Every non-zero valence of a chunk after all rules, "but" included, in token order.

    Returns the valences, the text each belongs to, the number of tokens of each text and
    the "!"/"?" amplifier of each text.
    """
    codes, counts, amplifier = _chunk_codes(texts, tables)
    col = tables.columns()
    word_ids = codes >> 1
    hit_pos = np.flatnonzero(col["is_hit"][word_ids])
    ends = np.cumsum(counts)
    starts = ends - counts
    hit_sent = np.searchsorted(ends, hit_pos, side="right")
    # A hit is plain, worth exactly its lexicon valence, when it is not in caps and no rule
    # word lies from three tokens before it to two after (neighbouring sentences included,
    # which only sends a few plain hits through the rules). Four hits in five are plain.
    n_tokens = word_ids.size
    rule_before = np.zeros(n_tokens + 1, dtype=np.intp)
    np.cumsum(col["rule"][word_ids], out=rule_before[1:])
    near_rule = (
        rule_before[np.minimum(hit_pos + 3, n_tokens)] - rule_before[np.maximum(hit_pos - 3, 0)]
    ) > 0
    ruled = np.flatnonzero(near_rule | ((codes[hit_pos] & 1) == 1))
    values = col["valence"][word_ids[hit_pos]]
    if ruled.size:
        values[ruled] = _rule_valences(
            hit_pos[ruled], hit_sent[ruled], starts, ends, word_ids, codes & 1, col, texts, tables
        )
    kept = np.flatnonzero(values)
    values = values[kept]
    hit_sent = hit_sent[kept]
    hit_pos = hit_pos[kept]

    but_pos = np.flatnonzero(word_ids == tables.named["but"])
    if but_pos.size:
        but_sents, first_but = np.unique(
            np.searchsorted(ends, but_pos, side="right"), return_index=True
        )
        but_at = (but_pos[first_but] - starts[but_sents]).tolist()
        lo = np.searchsorted(hit_sent, but_sents, side="left").tolist()
        hi = np.searchsorted(hit_sent, but_sents, side="right").tolist()
        rel = (hit_pos - starts[hit_sent]).tolist()
        value_list = values.tolist()
        for at, a, b in zip(but_at, lo, hi, strict=True):
            if b > a:
                sentence_values = value_list[a:b]
                _but_rule(sentence_values, rel[a:b], at)
                values[a:b] = sentence_values
    return values, hit_sent, counts, amplifier


def _sentence_sums(values: np.ndarray, hit_sent: np.ndarray, n_texts: int) -> np.ndarray:
    """Sum of each text's valences, with Python's ``sum`` as vaderSentiment sums them."""
    sums = np.zeros(n_texts, dtype=np.float64)
    n_values = np.bincount(hit_sent, minlength=n_texts)
    first = np.cumsum(n_values) - n_values
    single = n_values == 1
    sums[single] = values[first[single]]
    # Python's, not numpy's: its rounding (compensated from 3.12 on) is the reference's.
    multi = np.flatnonzero(n_values > 1)
    if multi.size:
        value_list = values.tolist()
        slices = map(slice, first[multi].tolist(), (first + n_values)[multi].tolist())
        sums[multi] = list(map(float, map(sum, map(value_list.__getitem__, slices))))
    return sums


def _compound(sums: np.ndarray, amplifier: np.ndarray) -> np.ndarray:
    """Rounded compound scores from valence sums: emphasis, normalisation, rounding."""
    out = np.zeros(sums.size, dtype=np.float64)
    scored = np.flatnonzero(sums)
    if scored.size:
        total = sums[scored]
        emphasis = amplifier[scored]
        total = np.where(total > 0, total + emphasis, total - emphasis)
        out[scored] = _round(np.clip(total / np.sqrt(total * total + 15), -1.0, 1.0), 4)
    return out


def _chunk_compound(texts: list[str], tables: _Tables) -> np.ndarray:
    """Rounded compound scores of a list of str, as vaderSentiment computes them."""
    values, hit_sent, _, amplifier = _chunk_values(texts, tables)
    return _compound(_sentence_sums(values, hit_sent, len(texts)), amplifier)


def _chunk_polarity(texts: list[str], tables: _Tables) -> np.ndarray:
    """neg, neu, pos and compound of a list of str, as vaderSentiment computes them."""
    n_texts = len(texts)
    values, hit_sent, counts, amplifier = _chunk_values(texts, tables)
    compound = _compound(_sentence_sums(values, hit_sent, n_texts), amplifier)
    # vaderSentiment adds (value + 1) for each positive and (value - 1) for each negative
    # value, one after the other: round k adds every text's k-th such value.
    pos_sum = np.zeros(n_texts, dtype=np.float64)
    neg_sum = np.zeros(n_texts, dtype=np.float64)
    for side, shifted, total in ((values > 0, 1.0, pos_sum), (values < 0, -1.0, neg_sum)):
        owner = hit_sent[side]
        terms = values[side] + shifted
        n_terms = np.bincount(owner, minlength=n_texts)
        rank = np.arange(owner.size) - (np.cumsum(n_terms) - n_terms)[owner]
        for k in range(int(n_terms.max(initial=0))):
            at = rank == k
            total[owner[at]] += terms[at]
    neutral = (counts - np.bincount(hit_sent, minlength=n_texts)).astype(np.float64)
    more_pos = pos_sum > np.fabs(neg_sum)
    more_neg = pos_sum < np.fabs(neg_sum)
    pos_sum = np.where(more_pos, pos_sum + amplifier, pos_sum)
    neg_sum = np.where(more_neg, neg_sum - amplifier, neg_sum)
    total = pos_sum + np.fabs(neg_sum) + neutral
    out = np.zeros((n_texts, 4), dtype=np.float64)
    has_tokens = counts > 0
    with np.errstate(invalid="ignore", divide="ignore"):
        out[:, 0] = np.where(has_tokens, _round(np.fabs(neg_sum / total), 3), 0.0)
        out[:, 1] = np.where(has_tokens, _round(np.fabs(neutral / total), 3), 0.0)
        out[:, 2] = np.where(has_tokens, _round(np.fabs(pos_sum / total), 3), 0.0)
    out[:, 3] = compound
    return out


def _round(values: np.ndarray, digits: int) -> np.ndarray:
    """``round(v, digits)`` for each value, bit for bit as Python rounds it.

    Python rounds the exact binary value half to even, then takes the nearest double.
    ``rint(v * 10**digits) / 10**digits`` gives the same double unless ``v * 10**digits``
    lies within its own rounding error of a half; those few go through ``round``.
    """
    scale = 10.0**digits
    scaled = values * scale
    out = np.rint(scaled) / scale
    near_half = np.flatnonzero(np.abs(np.abs(scaled - np.trunc(scaled)) - 0.5) < 1e-6)
    if near_half.size:
        out[near_half] = [round(v, digits) for v in values[near_half].tolist()]
    return out


def _rule_valences(
    hit_pos: np.ndarray,
    hit_sent: np.ndarray,
    starts: np.ndarray,
    ends: np.ndarray,
    word_ids: np.ndarray,
    upper: np.ndarray,
    col: dict[str, np.ndarray],
    texts: list[str],
    tables: _Tables,
) -> np.ndarray:
    """Valence of every lexicon hit after the word rules, vectorised (``but`` excluded).

    Each step is the elementwise form of one step of :func:`_valence_at`, in the same order,
    so the floats are identical. Hits near an idiom word take :func:`_valence_at` itself.
    """
    c_incr = tables.c_incr
    n_scalar = tables.n_scalar
    named = tables.named
    none = col["none"]
    is_lex = col["is_lex"]
    is_boost = col["is_boost"]
    boost = col["boost"]
    is_neg = col["is_neg"]
    start = starts[hit_sent]
    end = ends[hit_sent]
    rel = hit_pos - start
    n_tokens = word_ids.size

    upper_before = np.zeros(n_tokens + 1, dtype=np.intp)
    np.cumsum(upper, out=upper_before[1:])
    n_upper = upper_before[end] - upper_before[start]
    cap_diff = (n_upper > 0) & (n_upper < end - start)

    def word_at(offset: int) -> tuple[np.ndarray, np.ndarray]:
        """Word ids (``none`` outside the sentence) and upper-case flags at an offset."""
        pos = hit_pos + offset
        inside = (pos >= start) & (pos < end)
        pos = np.where(inside, pos, 0)
        return np.where(inside, word_ids[pos], none), inside & (upper[pos] == 1)

    w0 = word_ids[hit_pos]
    w1, up1 = word_at(-1)
    w2, up2 = word_at(-2)
    w3, up3 = word_at(-3)
    n1, _ = word_at(1)

    def is_(ids: np.ndarray, *words: str) -> np.ndarray:
        out = ids == named[words[0]]
        for word in words[1:]:
            out |= ids == named[word]
        return out

    lexicon_value = col["valence"][w0]
    valence = np.where(is_(w0, "no") & is_lex[n1], 0.0, lexicon_value)
    negated_by_no = is_(w1, "no") | is_(w2, "no") | (is_(w3, "no") & is_(w1, "or", "nor"))
    valence = np.where(negated_by_no, lexicon_value * n_scalar, valence)
    caps = cap_diff & (upper[hit_pos] == 1)
    valence = np.where(caps, np.where(valence > 0, valence + c_incr, valence - c_incr), valence)

    def boosted(valence: np.ndarray, w: np.ndarray, up: np.ndarray, damp: float) -> np.ndarray:
        scalar = np.where(valence < 0, boost[w] * -1, boost[w])
        capped = cap_diff & up
        scalar = np.where(
            capped & is_boost[w], np.where(valence > 0, scalar + c_incr, scalar - c_incr), scalar
        )
        if damp != 1.0:
            scalar = np.where(scalar != 0, scalar * damp, scalar)
        return np.where(is_boost[w], scalar, 0.0)

    in_block = (w1 != none) & ~is_lex[w1]
    valence = np.where(in_block, valence + boosted(valence, w1, up1, 1.0), valence)
    valence = np.where(in_block & is_neg[w1], valence * n_scalar, valence)

    in_block = (w2 != none) & ~is_lex[w2]
    valence = np.where(in_block, valence + boosted(valence, w2, up2, 0.95), valence)
    boost_125 = is_(w2, "never") & is_(w1, "so", "this")
    spared = is_(w2, "without") & is_(w1, "doubt")
    valence = np.where(in_block & boost_125, valence * 1.25, valence)
    valence = np.where(in_block & ~boost_125 & ~spared & is_neg[w2], valence * n_scalar, valence)

    in_block = (w3 != none) & ~is_lex[w3]
    valence = np.where(in_block, valence + boosted(valence, w3, up3, 0.9), valence)
    boost_125 = (is_(w3, "never") & is_(w2, "so", "this")) | is_(w1, "so", "this")
    spared = is_(w3, "without") & (is_(w2, "doubt") | is_(w1, "doubt"))
    valence = np.where(in_block & boost_125, valence * 1.25, valence)
    valence = np.where(in_block & ~boost_125 & ~spared & is_neg[w3], valence * n_scalar, valence)

    least = is_(w1, "least") & ~is_lex[w1] & ~is_(w2, "at", "very")
    valence = np.where(least, valence * n_scalar, valence)
    valence = np.where(is_(w0, "kind") & is_(n1, "of"), 0.0, valence)

    # Idioms apply where a special case or multi-word booster matches around the hit (a
    # hit in a thousand): those take the one-sentence rules.
    n2, _ = word_at(2)
    pairs = np.concatenate([_pack(w1, w0), _pack(w2, w1), _pack(w3, w2), _pack(w0, n1)])
    triples = np.concatenate([_pack(w2, w1, w0), _pack(w3, w2, w1), _pack(w0, n1, n2)])
    matched = np.isin(pairs, tables.idiom_pairs).reshape(4, -1).any(0)
    matched |= np.isin(triples, tables.idiom_triples).reshape(3, -1).any(0)
    idiom_hits = np.flatnonzero(in_block & matched)
    if idiom_hits.size:
        for h, s, i, cap in zip(
            idiom_hits.tolist(),
            hit_sent[idiom_hits].tolist(),
            rel[idiom_hits].tolist(),
            cap_diff[idiom_hits].tolist(),
            strict=True,
        ):
            tokens, low = _sentence_lists(texts[s], tables)
            valence[h] = _valence_at(i, tokens, low, cap, tables)
    return valence


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
    tables = _tables()
    scores = [_chunk_compound(texts, tables) for texts in _chunks(sentences, "compound_scores")]
    return np.concatenate([np.zeros(0, dtype=np.float64), *scores])


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
    """neg, neu, pos and compound of each sentence, equal to vaderSentiment's, as an array.

    Parameters
    ----------
    sentences : iterable of str
        The sentences to score; read in chunks, so a generator works.

    Returns
    -------
    numpy.ndarray of float64, shape (n_sentences, 4)
        Columns neg, neu, pos, compound: the values of
        ``SentimentIntensityAnalyzer().polarity_scores(s)`` for each sentence.

    Raises
    ------
    InputError
        If ``sentences`` is a single str or holds something that is not a str.

    Examples
    --------
    >>> polarity_array(["The book was good."]).tolist()
    [[0.0, 0.508, 0.492, 0.4404]]
    """
    tables = _tables()
    rows = [_chunk_polarity(texts, tables) for texts in _chunks(sentences, "polarity_array")]
    return np.concatenate([np.zeros((0, 4), dtype=np.float64), *rows])


def _chunks(sentences: Iterable[str], what: str) -> Iterator[list[str]]:
    """Lists of at most _CHUNK sentences and about _CHUNK_CHARS characters, checked."""
    if isinstance(sentences, str):
        raise one_item(what, "sentences", "sentence")
    iterator = iter(sentences)
    done = 0
    while True:
        texts = list(islice(iterator, _CHUNK))
        if not texts:
            return
        if not all(map(isinstance, texts, repeat(str))):
            for k, text in enumerate(texts):
                _check_str(text, done + k)
        lengths = np.cumsum(np.fromiter(map(len, texts), np.intp, len(texts)))
        start = 0
        while start < len(texts):
            # At least one text, then as many as fit in _CHUNK_CHARS.
            limit = (lengths[start - 1] if start else 0) + _CHUNK_CHARS
            stop = max(start + 1, int(np.searchsorted(lengths, limit, side="right")))
            yield texts[start:stop]
            start = stop
        done += len(texts)
