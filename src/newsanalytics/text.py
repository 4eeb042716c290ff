"""News-aware text layer: normalisation, sentences and tokens, all with offsets.

PROVISIONAL minimal implementation; the text-layer work replaces the internals and keeps
these public names and signatures:

- ``parse(raw) -> Document``: normalised text, sentences (offsets into ``raw``), maps.
- ``split_sentences(raw) -> list[Sentence]``
- ``tokenize(text, offset=0) -> list[Token]``: original-case tokens with offsets.
- ``topic_tokens(text) -> list[str]``: lower-cased, stop-worded tokens for topic vectors.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .types import Sentence, Token

__all__ = ["Document", "parse", "split_sentences", "tokenize", "topic_tokens", "STOPWORDS"]

_SENT_RE = re.compile(r"[^.!?\n]+(?:[.!?]+[\"'\u201d\u2019)]*|$)", re.MULTILINE)
_TOKEN_RE = re.compile(r"\w+(?:[-'\u2019.]\w+)*", re.UNICODE)

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS as _SK_STOP  # noqa: E402

STOPWORDS: frozenset[str] = frozenset(_SK_STOP) | {"said", "says", "reuters", "reuter", "mln"}


@dataclass(frozen=True, slots=True)
class Document:
    """A parsed article text.

    Attributes
    ----------
    raw : str
        The original text.
    text : str
        The normalised text (NFC, HTML removed). Same length as ``raw`` when nothing changed.
    sentences : list of Sentence
        Prose sentences; offsets index into ``raw``, ``Sentence.text`` is normalised.
    """

    raw: str
    text: str
    sentences: list[Sentence]

    def to_raw(self, i: int) -> int:
        """Map an offset into ``text`` to the matching offset into ``raw``."""
        return i

    def to_clean(self, j: int) -> int:
        """Map an offset into ``raw`` to the matching offset into ``text``."""
        return j


def parse(raw: str) -> Document:
    """Normalise ``raw`` and split it into sentences, keeping offsets into ``raw``."""
    text = unicodedata.normalize("NFC", raw)
    if len(text) != len(raw):
        text = raw
    return Document(raw=raw, text=text, sentences=split_sentences(raw))


def split_sentences(raw: str) -> list[Sentence]:
    """Split ``raw`` into sentences with offsets into ``raw``."""
    out: list[Sentence] = []
    for m in _SENT_RE.finditer(raw):
        s, e = m.start(), m.end()
        while s < e and raw[s].isspace():
            s += 1
        while e > s and raw[e - 1].isspace():
            e -= 1
        if s < e:
            out.append(Sentence(index=len(out), start=s, end=e, text=raw[s:e]))
    return out


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Original-case word tokens of ``text``; offsets are shifted by ``offset``."""
    return [Token(m.group(), m.start() + offset, m.end() + offset) for m in _TOKEN_RE.finditer(text)]


def topic_tokens(text: str) -> list[str]:
    """Lower-cased, stop-worded alphabetic tokens for topic vectors."""
    toks = (m.group().lower() for m in _TOKEN_RE.finditer(text))
    return [t for t in toks if len(t) > 1 and t not in STOPWORDS and not t[0].isdigit()]
