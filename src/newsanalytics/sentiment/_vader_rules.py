"""The one VADER rulebook: vaderSentiment's tables, and the rules that score one lexicon word.

:func:`rulebook` reads the lexicon, booster words, negations, special cases and constants
from the installed vaderSentiment package at run time (nothing of them is copied here);
both the VADER scorer (:mod:`newsanalytics.sentiment._vader`) and the actor-sentiment
features (:mod:`newsanalytics.sentiment._features`) read them from it. :class:`_Tables`
adds the emoji table and builds the word-id columns and the hash tables of the numpy
tokenizer, with the token memo. The functions below are the plain transcription of
vaderSentiment's rules for one sentence, quirks included (see
:mod:`newsanalytics.sentiment._vader`); the batch scorer there vectorises the same steps
and falls back on these for the rare idioms and for "but".
"""

from __future__ import annotations

import string
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np

from ..exceptions import missing_extra

_PUNCTUATION = string.punctuation

# Bases of the polynomial token hash modulo 2**32 (odd, so invertible); the first one under
# which the vocabulary has no collision is used.
_HASH_BASES = (0x9E3779B1, 0x85EBCA77, 0xC2B2AE3D, 0x27D4EB2F)
# No code point at or above this one is whitespace for str.split().
_SPACE_LIMIT = 0x3001
# The vocabulary hash table has 2**_TABLE_BITS slots (one in sixteen used).
_TABLE_BITS = 17
# Character class bit of whitespace (see _Tables.char_class).
_SPACE_CLASS = 1 << 31


def _pack(*word_ids):
    """Word ids (arrays or ints, each below 2**21) packed into one int64 per position."""
    packed = word_ids[0]
    for word_id in word_ids[1:]:
        packed = packed * (1 << 21) + word_id
    return packed


def _slot(hashes):
    """Slot of a 32-bit hash (int or uint32 array) in the vocabulary table."""
    if isinstance(hashes, int):
        return (hashes * 0x9E3779B1 % 2**32) >> (32 - _TABLE_BITS)
    return (hashes * np.uint32(0x9E3779B1)) >> np.uint32(32 - _TABLE_BITS)


def _ascii_hash(word: str, base: int) -> int:
    """sum(ord(word[k]) * base**k) modulo 2**32, as the tokenizer hashes a token."""
    value = 0
    for char in reversed(word):
        value = (value * base + ord(char)) % 2**32
    return value


# Words the rules name; those that act by themselves near a lexicon word.
_RULE_WORDS = ("no", "so", "this", "never", "without", "least", "kind")
_NAMED = (
    "no", "or", "nor", "so", "this", "never", "without", "doubt", "least", "at", "very",
    "kind", "of", "but",
)  # fmt: skip

# Multi-word keys match on whole-token sequences; these frequent words never start a match
# alone, so they need not force the full rules (every key keeps another, rarer word).
_FUNCTION_WORDS = frozenset({"the", "of", "to", "for", "a", "in", "on"})


@dataclass(frozen=True)
class Rulebook:
    """vaderSentiment's rules: its lexicon, rule words and constants, read from the package."""

    lexicon: dict[str, float]  # word -> mean valence, parsed as vaderSentiment parses it
    booster: dict[str, float]  # booster word or phrase -> B_INCR or B_DECR
    negate: frozenset[str]  # negation words
    special: dict[str, float]  # special-case idioms -> valence
    b_incr: float  # a booster's push (B_INCR; B_DECR is its negative)
    c_incr: float  # the push of a word in capitals among lower-case ones (C_INCR)
    n_scalar: float  # the factor of a negated valence (N_SCALAR)


@lru_cache(maxsize=1)
def rulebook() -> Rulebook:
    """vaderSentiment's rules, read from the installed package once per process."""
    try:
        from vaderSentiment import vaderSentiment as reference
    except ImportError as exc:  # pragma: no cover - vaderSentiment is a core dependency
        raise missing_extra("VADER sentiment scoring", "vaderSentiment") from exc
    package = resources.files("vaderSentiment")
    lexicon_text = (package / "vader_lexicon.txt").read_bytes().decode("utf-8")
    # Parsed exactly as vaderSentiment parses it (later duplicates win).
    lexicon: dict[str, float] = {}
    for line in lexicon_text.rstrip("\n").split("\n"):
        if not line:
            continue
        word, measure = line.strip().split("\t")[0:2]
        lexicon[word] = float(measure)
    return Rulebook(
        lexicon=lexicon,
        booster=dict(reference.BOOSTER_DICT),
        negate=frozenset(reference.NEGATE),
        special=dict(reference.SPECIAL_CASES),
        b_incr=reference.B_INCR,
        c_incr=reference.C_INCR,
        n_scalar=reference.N_SCALAR,
    )


class _Tables:
    """The :class:`Rulebook`, the emoji table, and the scorer's tables and token memo."""

    def __init__(self) -> None:
        rules = rulebook()
        package = resources.files("vaderSentiment")
        emoji_text = (package / "emoji_utf8_lexicon.txt").read_bytes().decode("utf-8")
        self.lexicon: dict[str, float] = rules.lexicon
        emojis: dict[str, str] = {}
        for line in emoji_text.rstrip("\n").split("\n"):
            emoji, description = line.strip().split("\t")[0:2]
            emojis[emoji] = description
        # vaderSentiment walks the text one code point at a time, so only single code point
        # keys can ever match; the longer sequences in the table are dead entries.
        self.emojis = {key: value for key, value in emojis.items() if len(key) == 1}
        # A set test beats a regex character class here: sre scans astral ranges slowly.
        self.emoji_chars = frozenset(self.emojis)

        self.booster: dict[str, float] = rules.booster
        self.negate: frozenset[str] = rules.negate
        self.special: dict[str, float] = rules.special
        self.c_incr: float = rules.c_incr
        self.n_scalar: float = rules.n_scalar
        self.scoring_words = frozenset(w for w in self.lexicon if w not in self.booster)

        # Multi-word special cases and boosters match whole-token sequences. Each holds a
        # word rarer than "the"/"of"/"to"/"for"; without one in reach no idiom can apply.
        idiom_words: set[str] = set()
        anchors: set[str] = set()
        for phrase in list(self.special) + list(self.booster):
            words = phrase.split(" ")
            if len(words) > 1:
                idiom_words.update(words)
                rare = [w for w in words if w not in _FUNCTION_WORDS]
                anchors.update(rare or words)
        self.idiom_words = frozenset(idiom_words)

        # Word ids for the batch scorer: id 0 is every word no rule looks at; the others
        # carry the properties the rules test, one numpy column each (see columns()).
        self.word_ids: dict[str, int] = {}
        self._rows: list[tuple[float, bool, float, bool, bool, bool, bool]] = [
            (0.0, False, 0.0, False, False, False, False)
        ]
        vocabulary = (
            set(self.lexicon)
            | {w for w in self.booster if " " not in w}
            | set(self.negate)
            | idiom_words
            | set(_NAMED)
        )
        for word in sorted(vocabulary):
            self._add_word(word)
        self.named = {word: self.word_ids[word] for word in _NAMED}
        # Multi-word special cases and boosters as packed word-id pairs and triples.
        phrases = [p.split(" ") for p in list(self.special) + list(self.booster) if " " in p]
        self.idiom_pairs = np.array(
            sorted(_pack(*(self.word_ids[w] for w in p)) for p in phrases if len(p) == 2),
            dtype=np.int64,
        )
        self.idiom_triples = np.array(
            sorted(_pack(*(self.word_ids[w] for w in p)) for p in phrases if len(p) == 3),
            dtype=np.int64,
        )
        self._build_char_tables()
        self._column_cache: tuple[int, dict[str, np.ndarray]] = (0, {})
        self.columns()
        # The token memo: raw token -> word id * 2 + (token is upper case), and raw token
        # -> stripped, lower-cased token (see memo()).
        self._memo: tuple[dict[str, int], dict[str, str]] = ({}, {})

    def _add_word(self, word: str) -> int:
        word_id = self.word_ids[word] = len(self._rows)
        self._rows.append(
            (
                self.lexicon.get(word, 0.0),
                word in self.lexicon,
                self.booster.get(word, 0.0),
                word in self.booster,
                _negated(word, self.negate),
                word in self.scoring_words,
                word in self.idiom_words and word not in _FUNCTION_WORDS,
            )
        )
        return word_id

    def _build_char_tables(self) -> None:
        """Tables for the numpy tokenizer: character classes, emoji, vocabulary hashes."""
        # str.split() splits on exactly the code points str.isspace() accepts, all of them
        # below U+3001 (a test checks every code point).
        self.space = np.array([chr(c).isspace() for c in range(_SPACE_LIMIT + 1)])
        self.space[_SPACE_LIMIT] = False
        self.punct = np.zeros(129, dtype=bool)
        self.punct[[ord(c) for c in _PUNCTUATION]] = True
        # Character classes in one lookup: 1 per ASCII upper-case letter, 2**16 per ASCII
        # lower-case letter (the per-token counts), 2**31 for whitespace.
        self.char_class = np.zeros(_SPACE_LIMIT + 1, dtype=np.uint32)
        self.char_class[ord("A") : ord("Z") + 1] = 1
        self.char_class[ord("a") : ord("z") + 1] = 1 << 16
        self.char_class[self.space] = _SPACE_CLASS
        bmp = [ord(c) for c in self.emojis if ord(c) < 0x10000]
        self.bmp_emoji = np.zeros(0x10000, dtype=bool)
        self.bmp_emoji[bmp] = True
        self.lowest_emoji = min(map(ord, self.emojis))
        self.astral_emoji = np.array(sorted(ord(c) for c in self.emojis if ord(c) >= 0x10000))
        # Non-ASCII BMP code points that str.lower() and str.isupper() ignore (quotes,
        # dashes, CJK...) and no vocabulary word holds: tokens with only these beyond ASCII
        # take the vectorised path. Everything else goes through the per-token memo.
        in_words = {c for w in self.word_ids for c in w if ord(c) >= 128}
        self.plain_char = np.zeros(0x10001, dtype=bool)
        for c in map(chr, range(128, 0x10000)):
            self.plain_char[ord(c)] = not (
                c.islower() or c.isupper() or c.istitle() or c.lower() != c or c in in_words
            )

        # ASCII vocabulary words by polynomial hash, in an open-addressing table; a hash
        # match is confirmed character by character.
        words = sorted(w for w in self.word_ids if w.isascii() and w)
        for base in _HASH_BASES:  # pragma: no branch - the first base has no collision
            hashes = [_ascii_hash(w, base) for w in words]
            if len(set(hashes)) == len(hashes):
                break
        else:  # pragma: no cover
            raise RuntimeError("every hash base has a collision in the VADER vocabulary")
        self.hash_base = base
        self.hash_inverse = pow(base, -1, 2**32)
        self.vocab_id = np.array([self.word_ids[w] for w in words], dtype=np.intp)
        self.vocab_len = np.array([len(w) for w in words], dtype=np.intp)
        self.vocab_offset = np.cumsum(self.vocab_len) - self.vocab_len
        self.vocab_chars = np.array([ord(c) for w in words for c in w], dtype=np.uint32)
        slots = 1 << _TABLE_BITS
        self.slot_hash = np.zeros(slots, dtype=np.uint32)
        self.slot_row = np.full(slots, -1, dtype=np.intp)
        self.probes = 1
        for row, h in enumerate(hashes):
            slot = _slot(h)
            probes = 1
            while self.slot_row[slot] >= 0:
                slot = (slot + 1) % slots
                probes += 1
            self.slot_hash[slot] = h
            self.slot_row[slot] = row
            self.probes = max(self.probes, probes)
        self._powers = (np.ones(1, dtype=np.uint32), np.ones(1, dtype=np.uint32))

    def find_hashes(self, hashes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Vocabulary rows whose hash equals some of ``hashes``, and which of ``hashes``."""
        with np.errstate(over="ignore"):
            slot = _slot(hashes)
        # Most slots are empty: only tokens landing on a used one look further.
        todo = np.flatnonzero(self.slot_row[slot] >= 0)
        slot = slot[todo].astype(np.intp)
        rows = []
        which = []
        mask = (1 << _TABLE_BITS) - 1
        for _ in range(self.probes):
            row = self.slot_row[slot]
            occupied = row >= 0
            found = occupied & (self.slot_hash[slot] == hashes[todo])
            rows.append(row[found])
            which.append(todo[found])
            more = occupied & ~found
            todo = todo[more]
            slot = (slot[more] + 1) & mask
        return np.concatenate(rows), np.concatenate(which)

    def powers(self, size: int) -> tuple[np.ndarray, np.ndarray]:
        """``base**k`` and ``base**-k`` modulo 2**32 for k < size."""
        if self._powers[0].size < size:
            size = max(size, 2 * self._powers[0].size)
            with np.errstate(over="ignore"):
                up = np.full(size, self.hash_base, dtype=np.uint32)
                up[0] = 1
                down = np.full(size, self.hash_inverse, dtype=np.uint32)
                down[0] = 1
                self._powers = (np.cumprod(up, dtype=np.uint32), np.cumprod(down, dtype=np.uint32))
        return self._powers

    def columns(self) -> dict[str, np.ndarray]:
        """Word properties by word id, plus a last row for "no word" (before a sentence)."""
        size, cached = self._column_cache
        if size != len(self._rows):
            rows = [*self._rows, (0.0, False, 0.0, False, False, False, False)]
            names = ("valence", "is_lex", "boost", "is_boost", "is_neg", "is_hit", "anchor")
            cached = {name: np.array([row[k] for row in rows]) for k, name in enumerate(names)}
            cached["none"] = np.intp(len(rows) - 1)
            # Words that can change the valence of a lexicon word up to three tokens after
            # or two before them (the partners "or", "at", "of", "doubt" only act with one).
            rule = cached["is_boost"] | cached["is_neg"] | cached["anchor"]
            rule[[self.word_ids[w] for w in _RULE_WORDS]] = True
            cached["rule"] = rule
            self._column_cache = (len(self._rows), cached)
        return cached

    def memo(self, limit: int) -> tuple[dict[str, int], dict[str, str]]:
        """The token memo (codes, lowered tokens), emptied once it holds over ``limit`` tokens.

        Callers keep the pair they got: a full memo is replaced, not cleared, so a thread
        still reading the old one is not disturbed.
        """
        if len(self._memo[0]) > limit:
            self._memo = ({}, {})
        return self._memo

    def lookup(self, tokens: list[str], memo_limit: int) -> tuple[list[int], list[str]]:
        """Codes and stripped, lower-cased forms of ``tokens``, memoised.

        The scorer passes its memo bound (``_vader._TOKEN_MEMO_LIMIT``) with each call.
        """
        codes, lowered = self.memo(memo_limit)
        try:
            return list(map(codes.__getitem__, tokens)), list(map(lowered.__getitem__, tokens))
        except KeyError:
            self._learn(tokens, codes, lowered)
            return list(map(codes.__getitem__, tokens)), list(map(lowered.__getitem__, tokens))

    def _learn(self, tokens: Iterable[str], codes: dict[str, int], lowered: dict[str, str]) -> None:
        """Memoise the tokens not seen before."""
        word_ids = self.word_ids
        for token in set(tokens).difference(codes):
            stripped = token.strip(_PUNCTUATION)
            low = (token if len(stripped) <= 2 else stripped).lower()
            word_id = word_ids.get(low)
            if word_id is None and "n't" in low:
                # Any word holding "n't" negates: an open class, added as met.
                word_id = self._add_word(low)
            lowered[token] = low
            codes[token] = 2 * (word_id or 0) + token.isupper()


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
