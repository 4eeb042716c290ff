"""Where the tokens of a batch's text are (private): the featuriser's one tokenising pass.

:func:`_token_spans` gives the start and end of every token of the sentiment tokenizer
(:data:`._features._TOKEN`) in a text, and the tokens lower-cased, as :func:`_split_lowered`
(the tokenizer's pattern as a capturing split, gaps and tokens alternating) gives them; a
test holds the two equal on random and real text.
"""

from __future__ import annotations

import re

import numpy as np

from . import _features as F

# The tokenizer's pattern as one capturing group: re.split then alternates gaps and tokens.
_SPLIT = re.compile("(" + F._TOKEN.pattern + ")")
# The same on ASCII text, a fifth faster: \w, \s and \b read ASCII alike either way, but
# for the information separators \x1c-\x1f, which only Unicode's \s holds.
_SPLIT_ASCII = re.compile(_SPLIT.pattern, re.ASCII)
_UNICODE_SPACES = ("\x1c", "\x1d", "\x1e", "\x1f")
# The tokens alone, on ASCII text (see _token_spans), and the bytes ASCII's \s holds.
_TOKEN_ASCII = re.compile(F._TOKEN.pattern, re.ASCII)
_ASCII_SPACE = np.zeros(256, dtype=bool)
_ASCII_SPACE[[ord(c) for c in " \t\n\r\x0b\x0c"]] = True


def _token_spans(text: str) -> tuple[np.ndarray, np.ndarray, list[str]]:
    r"""Where each token of ``_SPLIT.split(text)`` starts and ends in ``text``, and the tokens
    lower-cased as :func:`_split_lowered` gives them.

    Where :func:`_split_lowered` lower-cases an ASCII text whole and splits it by the ASCII
    pattern, the tokens alone are found (no gap strings): every character that is not
    whitespace (ASCII's ``\s``) is in a token (the pattern's last branch takes any other
    single character), so the k-th token starts at the first non-whitespace character
    after those of the tokens before it. Elsewhere, the lengths of the split's gaps and
    tokens give the offsets.
    """
    if text.isascii() and "'S" not in text and not any(c in text for c in _UNICODE_SPACES):
        low = text.lower()
        words = _TOKEN_ASCII.findall(low)
        lens = np.fromiter(map(len, words), dtype=np.int64, count=len(words))
        codes = np.frombuffer(low.encode("ascii"), dtype=np.uint8)
        solid = np.flatnonzero(~_ASCII_SPACE[codes])
        starts = solid[np.cumsum(lens) - lens].astype(np.int64, copy=False)
        return starts, starts + lens, words
    parts, words = _split_lowered(text)
    offsets = np.cumsum(np.fromiter(map(len, parts), dtype=np.int64, count=len(parts)))
    return offsets[0:-1:2], offsets[1::2], words


def _split_lowered(text: str) -> tuple[list[str], list[str]]:
    """``_SPLIT.split(text)`` (gaps and tokens alternating, their lengths those of
    ``text``'s) and its tokens lower-cased as :func:`_lowered` does.

    An ASCII text without "'S" is lower-cased whole and split once: lower-casing ASCII keeps
    every length and every ``\\w``, ``\\s`` and ``\\b``, and the pattern's one cased letter is
    the s of "'s", so the tokens are the same, lower-cased, without a ``str.lower`` call each.
    An ASCII text is split by the ASCII pattern where that reads it alike.
    """
    ascii_ = text.isascii()
    pattern = _SPLIT
    if ascii_ and not any(c in text for c in _UNICODE_SPACES):
        pattern = _SPLIT_ASCII
    if ascii_ and "'S" not in text:
        parts = pattern.split(text.lower())
        return parts, parts[1::2]
    parts = pattern.split(text)
    return parts, _lowered(parts[1::2], "’" in text)


def _lowered(tokens: list[str], curly: bool) -> list[str]:
    """Each token lower-cased alone, with ’ as ' if the text holds one (``curly``), as
    :func:`_features.tokenize` does."""
    words = list(map(str.lower, tokens))
    return [w.replace("’", "'") for w in words] if curly else words


def _first_letter_case(text: str, starts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Whether the character of ``text`` at each token start is upper case, and whether
    lower case."""
    if not len(starts):
        return np.zeros(0, dtype=bool), np.zeros(0, dtype=bool)
    if text.isascii():  # a byte per character
        codes = np.frombuffer(text.encode("ascii"), dtype=np.uint8)[starts]
    else:
        codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)[starts]
    upper = (codes >= 65) & (codes <= 90)
    lower = (codes >= 97) & (codes <= 122)
    wide = codes >= 128
    if wide.any():
        uniq, inv = np.unique(codes[wide], return_inverse=True)
        chars = [chr(c) for c in uniq.tolist()]
        upper[wide] = np.array([c.isupper() for c in chars])[inv]
        lower[wide] = np.array([c.islower() for c in chars])[inv]
    return upper, lower
