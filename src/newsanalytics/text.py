"""News-aware text layer: normalisation, boilerplate, sentences and tokens, all with offsets.

The pipeline calls :func:`parse` once per article. It returns a :class:`Document` holding

- ``text``: the normalised text (Unicode NFC, HTML tags and character entities removed), with
  an offset map back to the original string (``Document.to_raw`` / ``Document.to_clean``);
- ``sentences``: the prose sentences, with offsets into the *original* string;
- ``boilerplate``: the spans of wire furniture kept out of the prose (datelines such as
  ``"ANTIGUA, Guatemala, (Reuters) -"``, a trailing ``"REUTER"``, bylines, repeated photo
  captions);
- ``headings``: which sentences are headlines or section heads (lines without final
  punctuation).

Everything runs in time linear in the input length: one pass of compiled regular expressions
over lines and sentence-final punctuation, with a bounded look-back for abbreviations.

:func:`tokenize` gives original-case word tokens with offsets (actors, sentiment);
:func:`topic_tokens` gives lower-cased, stop-worded tokens for topic vectors and is written to
be as cheap as a single ``re.findall`` plus set look-ups.
"""

from __future__ import annotations

import html
import re
import string
import unicodedata
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from importlib import resources
from itertools import filterfalse

from . import _words
from ._textlines import _Line, _lines, _strip_span, _trailers
from .exceptions import InputError
from .types import Sentence, Token

__all__ = ["Document", "parse", "split_sentences", "tokenize", "topic_tokens", "STOPWORDS"]


def _load_stopwords() -> frozenset[str]:
    ref = resources.files("newsanalytics").joinpath("data", "text", "stopwords.txt")
    words = ref.read_text(encoding="utf-8")
    listed = {w for line in words.splitlines() for w in line.split("#")[0].split()}
    # Month and weekday names and abbreviations, from the shared lists; not the month names
    # that are everyday words ("march", "may").
    dates = [*_words.MONTH_WORDS, *_words.WEEKDAYS]
    return frozenset(listed | {w.lower() for w in dates if w not in _words.MONTHS_EVERYDAY})


# English function words, contractions, reporting verbs, wire-service jargon, weekday and
# month names: frequent in news bodies and silent about what they are about.
STOPWORDS: frozenset[str] = _load_stopwords()
"""Lower-cased words dropped by :func:`topic_tokens` (contractions use the ASCII apostrophe)."""
# What topic_tokens drops from the tokens of its ASCII pattern: the stop words and the
# one-character tokens, which that pattern only finds as the letters a-z.
_ASCII_DROPPED: frozenset[str] = STOPWORDS | frozenset(string.ascii_lowercase)

# --------------------------------------------------------------------------------------
# Normalisation: HTML and entities, then NFC, with a piecewise offset map.
# --------------------------------------------------------------------------------------
_HTML_TAG_NAMES = frozenset(
    """a abbr address article aside audio b big blockquote body br button caption center cite
    code col colgroup dd del details dfn div dl dt em embed fieldset figcaption figure font
    footer form h1 h2 h3 h4 h5 h6 head header hr html i iframe img input ins kbd label legend
    li link main mark meta nav noscript ol optgroup option p picture pre q s section select
    small source span strike strong sub summary sup table tbody td textarea tfoot th thead
    time title tr tt u ul video wbr""".split()
)
_BLOCK_TAG_NAMES = frozenset(
    """br address article aside blockquote body caption dd div dl dt fieldset figcaption figure
    footer form h1 h2 h3 h4 h5 h6 header hr html li main nav ol p pre section table tbody
    td tfoot th thead title tr ul""".split()
)
# Evidence that a text really is HTML: a closing tag, <br>, or a known tag with attributes.
# Without it, "<...>" is left alone: Reuters writes tickers as "<BP>" and names as "<Morgan
# Stanley & Co>", and "<S>" is Sears, not strike-through.
_HTML_EVIDENCE_RE = re.compile(
    r"</(?:" + "|".join(sorted(_HTML_TAG_NAMES, key=len, reverse=True)) + r")\s*>"
    r"|<br\s*/?>|<(?:a|p|div|span|img|font|meta|link)\s+[a-zA-Z-]+\s*=",
    re.IGNORECASE,
)
# Lower-case opening tags also give HTML away (tickers are upper case: "<P>" is Phillips).
_LOWER_CASE_TAGS = ("<p>", "<p ", "<div", "<span", "<li>", "<td")
_MARKUP_RE = re.compile(
    r"(?P<open><!--|<(?P<raw>script|style)\b[^<>]{0,2000}>)"
    r"|(?P<tag></?(?P<name>[A-Za-z][A-Za-z0-9]{0,15})(?:\s[^<>]{0,2000})?/?>)"
    r"|(?P<ent>&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)",
    re.IGNORECASE,
)
_ENTITY_RE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# Where the content of a comment, <script> or <style> ends.
_CLOSERS_RE = {
    "<!--": re.compile(r"-->"),
    "script": re.compile(r"</script\s*>", re.IGNORECASE),
    "style": re.compile(r"</style\s*>", re.IGNORECASE),
}
_NONSPACE_RE = re.compile(r"\S+")


class _Builder:
    """Accumulates the clean text as pieces, each tied to a raw span."""

    __slots__ = ("parts", "cs", "rs", "cl", "rl", "pos")

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.cs: list[int] = []
        self.rs: list[int] = []
        self.cl: list[int] = []
        self.rl: list[int] = []
        self.pos = 0

    def add(self, piece: str, raw_start: int, raw_end: int) -> None:
        n = len(piece)
        if n == raw_end - raw_start and self.cs and self.cl[-1] == self.rl[-1]:
            # Merge copies of the same length (identity stretches) into one piece.
            if self.rs[-1] + self.rl[-1] == raw_start:
                self.cl[-1] += n
                self.rl[-1] += n
                self.parts.append(piece)
                self.pos += n
                return
        self.parts.append(piece)
        self.cs.append(self.pos)
        self.rs.append(raw_start)
        self.cl.append(n)
        self.rl.append(raw_end - raw_start)
        self.pos += n

    def add_text(self, raw: str, start: int, end: int) -> None:
        """Add ``raw[start:end]``, NFC-normalising the words that need it."""
        chunk = raw[start:end]
        if chunk.isascii() or unicodedata.is_normalized("NFC", chunk):
            self.add(chunk, start, end)
            return
        pos = start
        for m in _NONSPACE_RE.finditer(raw, start, end):
            word = m.group()
            if unicodedata.is_normalized("NFC", word):
                continue
            if m.start() > pos:
                self.add(raw[pos : m.start()], pos, m.start())
            self.add(unicodedata.normalize("NFC", word), m.start(), m.end())
            pos = m.end()
        if pos < end:
            self.add(raw[pos:end], pos, end)


def _normalise(raw: str) -> tuple[str, _OffsetMap | None, bool]:
    """Return the clean text, the piece map (None when the text is unchanged) and whether
    the input was HTML."""
    is_html = "<" in raw and (
        _HTML_EVIDENCE_RE.search(raw) is not None or any(t in raw for t in _LOWER_CASE_TAGS)
    )
    has_entity = "&" in raw
    if not is_html and not has_entity and (raw.isascii() or unicodedata.is_normalized("NFC", raw)):
        return raw, None, False
    b = _Builder()
    pos = 0
    if is_html or has_entity:
        pattern = _MARKUP_RE if is_html else _ENTITY_RE
        unclosed: set[str] = set()  # closers known to be absent: keeps the scan linear
        scan = 0
        while True:
            m = pattern.search(raw, scan)
            if m is None:
                break
            end = scan = m.end()
            if not is_html or m.group("ent") is not None:
                replacement = html.unescape(m.group())
                if replacement == m.group():
                    continue
                replacement = unicodedata.normalize("NFC", replacement)
            elif m.group("open") is not None:
                # A comment, script or style: drop it with its content when it is closed.
                key = "<!--" if m.group("raw") is None else m.group("raw").lower()
                close = None if key in unclosed else _CLOSERS_RE[key].search(raw, end)
                if close is None:
                    unclosed.add(key)
                else:
                    end = scan = close.end()
                replacement = ""
            else:
                name = m.group("name").lower()
                if name not in _HTML_TAG_NAMES:
                    continue
                if name in _BLOCK_TAG_NAMES:
                    replacement = "\n\n"
                else:
                    replacement = ""
            start = m.start()
            if start > pos:
                b.add_text(raw, pos, start)
            b.add(replacement, start, end)
            pos = end
    if pos < len(raw):
        b.add_text(raw, pos, len(raw))
    text = "".join(b.parts)
    if len(b.cs) <= 1 and (not b.cs or b.cl[0] == b.rl[0]):
        return text, None, is_html
    return text, _OffsetMap(b.cs, b.rs, b.cl, b.rl), is_html


# --------------------------------------------------------------------------------------
# Boilerplate patterns.
# --------------------------------------------------------------------------------------
# A month's abbreviation ("May" for May), with or without the rest of its name.
_MONTH = (
    r"(?i:"
    + "|".join(a for row in _words.MONTHS for a in (row[1:] or row[:1]))
    + r")[A-Za-z]{0,6}\.?"
)
# "ANTIGUA, Guatemala,  (Reuters) –", "NEW YORK, Feb 26 -", "WASHINGTON (AP) --",
# "LONDON, March 3 (Reuters) -", "SAN JOSE, Calif. —", "Washington (CNN)—". Not "NEW DELHI:":
# a colon is as often a transcript's speaker label ("MORGAN: Yes, we...").
_DATELINE_RE = re.compile(
    r"(?P<place>[A-Z][A-Za-z'.\-]*[A-Za-z.](?:[ \u00a0][A-Z][A-Za-z'.\-]*){0,4}"
    r"(?:,[ \u00a0]*[A-Z][A-Za-z'.\-]*(?:[ \u00a0][A-Z][A-Za-z'.\-]*){0,3}){0,2})"
    r",?\s*(?P<date>" + _MONTH + r"[ \u00a0]+\d{1,2}(?:,?[ \u00a0]+\d{4})?,?\s*)?"
    r"(?P<agency>\([A-Za-z][A-Za-z .&/\-]{0,40}\)\s*)?"
    r"(?:-{1,2}\s+|[\u2013\u2014]\s*)"
)
# Sources a dateline credits in capitals in parentheses (a credit not in capitals passes).
_CAPS_AGENCIES = frozenset(_words.tagged("news_agencies", "dateline"))
# Labels that look like a dateline ("NOTE: ...") but are not places.
_NOT_PLACES = frozenset(
    "NOTE NOTES UPDATE UPDATED BREAKING WARNING CORRECTION CLARIFICATION EDITOR'S EXCLUSIVE "
    "WATCH LISTEN READ MORE PHOTOS VIDEO Q A".split()
)
# A byline on a line of its own: "By Jane Doe", "By Jane Doe and John Roe, Reuters".
_NAME = (
    r"[A-Z][\w.'\u2019\-]*(?:[ \u00a0]+(?:[A-Z][\w.'\u2019\-]*|"
    + "|".join(_words.tagged("name_particles", "byline"))
    + r")){0,4}"
)
_BYLINE_RE = re.compile(
    r"(?:By|BY|by)[ \u00a0]+"
    + _NAME
    + r"(?:(?:,[ \u00a0]*|[ \u00a0]+(?:and|&)[ \u00a0]+)"
    + _NAME
    + r"){0,3}"
    r"(?:[ \u00a0]*(?:,|\||-|\u2013|\u2014)[ \u00a0]*[^\n.!?]{1,60})?"
)
_CAPTION_RE = re.compile(
    r"(?:\(?(?:Photo|Photograph|Picture|Image|File photo|Video)\b[^\n]{0,150}"
    r"|[^\n]{0,150}\b(?:Photo|Picture|Image)[ \u00a0]*(?:by|credit|:)[^\n]{0,100})",
    re.IGNORECASE,
)
# Trailing wire furniture: "REUTER", "Reuters", "(Reporting by ...; Editing by ...)".
_TERMINAL = ".!?\u2026"
# Block kinds: prose (headings included) is split into sentences, the rest is boilerplate.
_PROSE, _BYLINE, _CAPTION, _WEB = range(4)
_CLOSERS = "\"'\u201d\u2019)]\u00bb"
_HEADING_ENDS = _TERMINAL + _CLOSERS + ",;:"
_OPENERS = "\"'\u201c\u2018([\u00ab"
_LEADING_MARKS = _OPENERS + "_*-\u2013\u2014/"
_HAS_WORD_RE = re.compile(r"\w")
# Web-page furniture that scraped articles carry on lines of their own.
_WEB_BOILERPLATE = frozenset(
    (
        "advertisement", "advertising", "story continues below", "story continued below",
        "continue reading the main story", "advertisement continue reading the main story",
        "sign up for our newsletter", "read more", "related", "related coverage",
        "related articles", "share this article", "share", "click here", "subscribe",
        "listen", "watch", "scroll to continue with content", "supported by",
        "skip to main content",
    )
)  # fmt: skip

# --------------------------------------------------------------------------------------
# Sentence boundaries.
# --------------------------------------------------------------------------------------
# The look-behind anchors a candidate at the start of a run of marks, so a long run is
# scanned once rather than once per mark.
# Written to start with a character set (the look-behind after the first mark): the regex
# engine then skips ahead to the next mark instead of trying every position.
_CANDIDATE_RE = re.compile(
    r"[.!?\u2026](?<![.!?\u2026][.!?\u2026])[.!?\u2026]*[\"'\u201d\u2019)\]\u00bb]*(?=\s)"
)
_SPACE_RE = re.compile(r"\s*")
_NEXT_WORD_RE = re.compile(r"[\"'\u201c\u2018(\[\u00ab]*(\w*)")
# Abbreviations that (almost) never end a sentence: titles before names, "No. 5", "vs.".
_TITLE_ABBREVIATIONS = frozenset(_words.tagged("abbreviations", "title"))
# Abbreviations that may end a sentence: followed by a usual sentence opener, they do.
_OTHER_ABBREVIATIONS = frozenset(
    [
        *_words.MONTH_ABBREVIATIONS,
        *_words.tagged("company_forms", "final"),
        *_words.tagged("abbreviations", "final"),
        *_words.tagged("state_names", "sentence"),
    ]
)
# A legal form opens no sentence: "(F.E.) Ltd", "Int. Pet. (GB) Ltd" stand inside a name.
_LEGAL_FORM_NEXT_RE = re.compile(
    r"(?:\([^()\n]{1,12}\)\s+)?(?:"
    + "|".join(w.rstrip(".") for w in _words.tagged("company_forms", "final"))
    + r")\b(?![-'\u2019])"
)
_SENTENCE_OPENERS = frozenset(
    """The A An He She It They We I You His Her Its Their Our My Your This That These Those
    There Here In On At For But And Or So If When While After Before As Although Though
    However Meanwhile Also Some Many Most All No Not One Two Both Each Other Such Under Over
    With Without From By During Since Until Last Earlier Later Separately What Why How Who
    Where Which Yet Still Even Only Then Now To Mr Mrs Ms Dr Shares Analysts Officials
    Sources Police""".split()
)


def _is_boundary(text: str, punct_start: int, punct_end: int, nxt: int, lo: int) -> bool:
    """Decide whether the punctuation at ``text[punct_start:punct_end]`` ends a sentence.

    ``nxt`` is the first non-space character after it (inside the same block), ``lo`` the
    start of the current sentence (the look-back never crosses it).
    """
    c = text[nxt]
    if c.islower() or c in ",;:":
        return False
    if c in _OPENERS:
        # '... at 16 ... "watching' and 'a U.S. “war on terror”' go on; '"We' starts anew.
        k = nxt + 1
        while k < len(text) and k < nxt + 4 and text[k] in _OPENERS:
            k += 1
        if k < len(text) and text[k].islower():
            return False
    core = text[punct_start:punct_end].rstrip(_CLOSERS)
    if core == "." and (
        _LEGAL_FORM_NEXT_RE.match(text, nxt) is not None
        or _in_company_bracket(text, punct_start, punct_end, lo)
    ):
        return False
    if core != ".":
        # "?", "!", "...", "?!": a boundary unless the next word is lower case (checked above).
        return True
    if punct_end > punct_start + 1:
        # "word." followed by a closing quote or bracket: the quotation ends the sentence.
        return True
    # A single period right after a word: look back at that word (bounded, so linear time).
    k = punct_start
    floor = max(lo, punct_start - 40)
    while k > floor and not text[k - 1].isspace():
        k -= 1
    word = text[k:punct_start].lstrip(_LEADING_MARKS)
    if not word:
        return True
    if k == lo and len(word) <= 2 and (word.isdigit() or word.isalpha()):
        return False  # a list marker opening the sentence: "1. The economy", "a. Taxes"
    if word in _TITLE_ABBREVIATIONS:
        return False
    abbreviation = (
        word in _OTHER_ABBREVIATIONS
        or (len(word) == 1 and word.isalpha())
        or ("." in word and word.replace(".", "").isalpha() and len(word) <= 9)
    )
    if not abbreviation:
        return True
    if c in _OPENERS:
        return True
    m = _NEXT_WORD_RE.match(text, nxt)
    return m is not None and m.group(1) in _SENTENCE_OPENERS


def _in_company_bracket(text: str, punct_start: int, punct_end: int, lo: int) -> bool:
    """Whether a full stop lies inside a Reuters "<S.G. Warburg and Co (Japan) Ltd>"."""
    opened = text.rfind("<", max(lo, punct_start - 60), punct_start)
    if opened < 0 or ">" in text[opened:punct_start] or not text[opened + 1].isupper():
        return False
    closed = text.find(">", punct_end, punct_end + 60)
    gap = text[punct_end:closed]
    return closed > 0 and not text[closed - 1].isspace() and "<" not in gap and "\n\n" not in gap


class _OffsetMap:
    """Piecewise map between clean and raw offsets.

    Piece ``k`` covers ``text[cs[k] : cs[k] + cl[k]]`` and ``raw[rs[k] : rs[k] + rl[k]]``;
    pieces of equal length are copies (offsets shift), the others replacements (an entity,
    a removed tag, an NFC-composed word), inside which offsets scale.
    """

    __slots__ = ("cs", "rs", "cl", "rl")

    def __init__(self, cs: list[int], rs: list[int], cl: list[int], rl: list[int]) -> None:
        self.cs, self.rs, self.cl, self.rl = cs, rs, cl, rl

    def to_raw(self, i: int, end: bool = False) -> int:
        cs, rs, cl, rl = self.cs, self.rs, self.cl, self.rl
        if end and i > 0:
            # The raw end of character i - 1: the piece holding it is the last one starting
            # at or before it (removed tags there come first, being empty).
            k = bisect_right(cs, i - 1) - 1
            d = i - cs[k]
            if cl[k] == rl[k]:
                return rs[k] + d
            return rs[k] + (rl[k] if d >= cl[k] else -(-d * rl[k] // cl[k]))
        k = bisect_right(cs, i) - 1
        if k < 0:
            return i
        d = i - cs[k]
        if cl[k] == rl[k]:
            return rs[k] + d
        if d >= cl[k]:
            return rs[k] + rl[k] + (d - cl[k])
        return rs[k] + d * rl[k] // cl[k]

    def to_clean(self, j: int) -> int:
        cs, rs, cl, rl = self.cs, self.rs, self.cl, self.rl
        k = bisect_right(rs, j) - 1
        if k < 0:
            return j
        d = j - rs[k]
        if cl[k] == rl[k]:
            return cs[k] + d
        if d >= rl[k]:
            return cs[k] + cl[k]
        return cs[k] + d * cl[k] // rl[k]


@dataclass(frozen=True, slots=True)
class Document:
    """A parsed article text.

    Attributes
    ----------
    raw : str
        The original text.
    text : str
        The normalised text: Unicode NFC, HTML tags and character entities removed. It is
        ``raw`` itself when nothing needed normalising (the usual case for wire text).
    sentences : list of Sentence
        The prose sentences, headings included, boilerplate excluded. ``start``/``end`` index
        into ``raw``; ``Sentence.text`` is the normalised sentence text.
    headings : frozenset of int
        Indices of the sentences that are headlines or section heads (a line of its own
        without final punctuation, such as ``"CONCERN OVER VENEZUELA"``).
    boilerplate : list of (int, int)
        ``(start, end)`` spans of ``raw`` recognised as wire furniture and kept out of the
        sentences: datelines, bylines, repeated photo captions, a trailing ``"REUTER"``.
    title : str or None
        The first line when it is a heading standing on its own (normalised text).
    dateline : str or None
        The dateline when one was found (normalised text), e.g.
        ``"ANTIGUA, Guatemala,  (Reuters) –"``.
    byline : str or None
        The first byline found, e.g. ``"By Jane Doe"``.

    Examples
    --------
    >>> doc = parse("WASHINGTON (Reuters) - Mr. Smith went to the U.S. Senate. He spoke.")
    >>> [s.text for s in doc.sentences]
    ['Mr. Smith went to the U.S. Senate.', 'He spoke.']
    >>> doc.dateline
    'WASHINGTON (Reuters) -'
    >>> doc = parse("Caf&eacute; <b>news</b>")
    >>> doc.text, doc.to_raw(5), doc.to_clean(len(doc.raw))
    ('Café news', 15, 9)
    """

    raw: str
    text: str
    sentences: list[Sentence]
    headings: frozenset[int] = frozenset()
    boilerplate: list[tuple[int, int]] = field(default_factory=list)
    title: str | None = None
    dateline: str | None = None
    byline: str | None = None
    _map: _OffsetMap | None = field(default=None, repr=False, compare=False)

    @property
    def aligned(self) -> bool:
        """Whether offsets into ``text`` and ``raw`` coincide (``to_raw``, ``to_clean`` clamp)."""
        return self._map is None

    def to_raw(self, i: int, *, end: bool = False) -> int:
        """Map an offset into ``text`` to the matching offset into ``raw``.

        Parameters
        ----------
        i : int
            Offset into ``text`` (clamped to ``[0, len(text)]``).
        end : bool, default False
            Map ``i`` as the end of a span: the result is the raw end of character ``i - 1``,
            so a span never swallows markup that follows it.

        Returns
        -------
        int
            Offset into ``raw``; monotone non-decreasing in ``i``.
        """
        i = min(max(i, 0), len(self.text))
        return i if self._map is None else self._map.to_raw(i, end)

    def to_clean(self, j: int) -> int:
        """Map an offset into ``raw`` to the matching offset into ``text``.

        An offset inside removed markup maps to where the markup stood in ``text``.
        """
        j = min(max(j, 0), len(self.raw))
        return j if self._map is None else self._map.to_clean(j)


def _is_caps_heading(s: str) -> bool:
    return len(s) <= 120 and s.isupper() and sum(ch.isupper() for ch in s[:40]) >= 3


_WRAP_MARKS = ".!?\u2026:;"  # a line ending in one is not wrapped


def _ends_terminal(text: str, start: int, end: int, marks: str = _WRAP_MARKS) -> bool:
    """Whether ``text[start:end]`` ends with sentence-final punctuation (closers skipped)."""
    k = end - 1
    while k > start and text[k] in _CLOSERS:
        k -= 1
    return text[k] in marks


def parse(raw: str) -> Document:
    """Normalise ``raw``, recognise wire boilerplate and split the prose into sentences.

    Parameters
    ----------
    raw : str
        An article text: plain text, Reuters-style hard-wrapped text, or HTML.

    Returns
    -------
    Document
        Normalised text, sentences with offsets into ``raw``, headings and boilerplate.

    Examples
    --------
    >>> doc = parse("Kerry lands\\n\\nANTIGUA, Guatemala (Reuters) - U.S. Secretary of State "
    ...             "John Kerry arrived. He met Gen. Perez.\\nREUTER")
    >>> [s.text for s in doc.sentences]
    ['Kerry lands', 'U.S. Secretary of State John Kerry arrived.', 'He met Gen. Perez.']
    >>> sorted(doc.headings), doc.title
    ([0], 'Kerry lands')
    """
    if not isinstance(raw, str):
        raise InputError(f"parse() expects the article text as a str, got {type(raw).__name__}")
    text, doc_map, is_html = _normalise(raw)
    to_raw = _identity if doc_map is None else doc_map.to_raw
    stop, boiler = _trailers(text)
    lines = _lines(text, stop)
    blocks, byline = _blocks(text, lines, is_html)
    dateline = _dateline(text, blocks)
    if dateline is not None:
        boiler.append(dateline)

    sentences: list[Sentence] = []
    headings: set[int] = set()
    title: str | None = None
    for bi, (bstart, bend, kind) in enumerate(blocks):
        if kind != _PROSE:
            boiler.append((bstart, bend))
            continue
        first = len(sentences)
        sstart = bstart
        for m in _CANDIDATE_RE.finditer(text, bstart, bend):
            nxt = _SPACE_RE.match(text, m.end(), bend).end()
            if nxt >= bend:
                break
            if _is_boundary(text, m.start(), m.end(), nxt, sstart):
                _add_sentence(sentences, text, sstart, m.end(), to_raw)
                sstart = nxt
        _add_sentence(sentences, text, sstart, bend, to_raw)
        if len(sentences) == first + 1 and text[bend - 1] not in _HEADING_ENDS:
            headings.add(first)
            if bi == 0 and lines[0].start == bstart:
                title = sentences[first].text
    boiler.sort()
    return Document(
        raw,
        text,
        sentences,
        frozenset(headings),
        [(to_raw(s), to_raw(e, True)) for s, e in boiler if e > s],
        title,
        None if dateline is None else text[dateline[0] : dateline[1]],
        byline,
        _map=doc_map,
    )


def _blocks(
    text: str, lines: list[_Line], is_html: bool = False
) -> tuple[list[list[int]], str | None]:
    """Group lines into blocks ``[start, end, kind]``: paragraphs and standalone lines.

    In HTML, line breaks and indentation of the source mean nothing: paragraphs come from
    the block tags (replaced by blank lines in the clean text) and ``<br>``.
    """
    texts = [text[ln.start : ln.end] for ln in lines]  # "" for a blank line
    # Captions: short unpunctuated lines that occur more than once ("John Kerry" x3); a
    # line is counted (in C) whatever its length, and read as a caption only up to 80.
    counts = Counter(texts)
    # Hard-wrapped text (Reuters bodies): a single newline is a space, not a break. No line
    # but the last over 100 characters, and lines that run on into the next one: the first
    # two such (one, 50 characters or more) decide, so the count stops there.
    max_len = max(map(len, texts[:-1]), default=0)
    wraps = 0
    for i in range(len(lines) - 1) if max_len <= 100 else ():
        s = texts[i]
        n = len(s)
        if not n:
            continue
        b = lines[i + 1]
        if b.end > b.start and not b.indented:
            last = s[-1]  # _ends_terminal, its common case (no closer to skip) inline
            if last in _CLOSERS:
                ends = _ends_terminal(text, lines[i].start, lines[i].end)
            else:
                ends = last in _WRAP_MARKS
            if not ends:
                wraps += 2 if n >= 50 else 1
                if wraps >= 2:
                    break
    wrapped = wraps >= 2 and max_len <= 100

    blocks: list[list[int]] = []
    byline: str | None = None
    prev_blank = True
    prev_standalone = False
    for li, ln in enumerate(lines):
        if ln.end == ln.start:
            prev_blank = True
            continue
        s = texts[li]
        kind = _PROSE
        standalone = False
        last = s[-1]
        if last not in _TERMINAL and last not in _CLOSERS:
            if counts[s] >= 2 and len(s) <= 80 and _is_caption(text, lines, li, s):
                kind, standalone = _CAPTION, True
            elif s[:2] in ("By", "BY", "by") and len(s) <= 120 and _BYLINE_RE.fullmatch(s):
                kind, standalone = _BYLINE, True
                if byline is None:
                    byline = s
            elif len(s) <= 50 and s.lower().rstrip(" :") in _WEB_BOILERPLATE:
                kind, standalone = _WEB, True
            elif s.isupper() and _is_caps_heading(s):
                standalone = True
        if (
            kind == _PROSE
            and prev_blank
            and len(s) <= 150
            and last not in _TERMINAL
            and _CAPTION_RE.fullmatch(s)
        ):
            kind, standalone = _CAPTION, True
        if (
            prev_blank
            or standalone
            or prev_standalone
            or not blocks
            or (not is_html and (ln.indented or (not wrapped and not s[0].islower())))
        ):
            blocks.append([ln.start, ln.end, kind])
        else:
            blocks[-1][1] = ln.end
        prev_blank = False
        prev_standalone = standalone
    return blocks, byline


def _dateline(text: str, blocks: list[list[int]]) -> tuple[int, int] | None:
    """Find a dateline at the start of the first prose paragraphs and cut it off its block.

    Headings and captions may precede it (the seed story has a title and a caption first).
    """
    seen_prose = 0
    for blk in blocks[:6]:
        if blk[2] != _PROSE:
            continue
        m = _DATELINE_RE.match(text, blk[0], blk[1])
        if m is not None and m.end() < blk[1] and _plausible_dateline(m):
            blk[0] = m.end()
            return _strip_span(text, m.start(), m.end())
        if _ends_terminal(text, blk[0], blk[1], _TERMINAL):
            seen_prose += 1
            if seen_prose >= 2:
                break
    return None


def _identity(i: int, end: bool = False) -> int:
    return i


def _is_caption(text: str, lines: list[_Line], li: int, s: str) -> bool:
    """A repeated short line is a caption when it stands apart from the prose around it.

    Each neighbour must be blank or the same caption, so a line repeated inside wrapped
    paragraphs (wire bodies sometimes carry their story twice) is not mistaken for one.
    """
    if len(s.split()) > 10 or _HAS_WORD_RE.search(s) is None:
        return False
    for k in (li - 1, li + 1):
        if 0 <= k < len(lines):
            nb = lines[k]
            if nb.end > nb.start and text[nb.start : nb.end] != s:
                return False
    return True


def _plausible_dateline(m: re.Match[str]) -> bool:
    place = m.group("place")
    if len(m.group(0)) > 100:
        return False
    head = place.split(",")[0]
    if head in _NOT_PLACES:
        return False
    agency = m.group("agency")
    if agency:
        # "(Reuters)", "(AP)"; not a ticker such as "Gould Inc (GLD) -".
        name = agency.strip()[1:-1]
        return name in _CAPS_AGENCIES or not name.isupper()
    if m.group("date"):
        return True
    return head.upper() == head and sum(ch.isupper() for ch in head) >= 3


def _add_sentence(out: list[Sentence], text: str, start: int, end: int, to_raw) -> None:
    start, end = _strip_span(text, start, end)
    if start >= end or _HAS_WORD_RE.search(text, start, end) is None:
        return
    out.append(Sentence(len(out), to_raw(start), to_raw(end, True), text[start:end]))


def split_sentences(raw: str) -> list[Sentence]:
    """Split ``raw`` into prose sentences with offsets into ``raw``.

    Shorthand for ``parse(raw).sentences``.

    Examples
    --------
    >>> [s.text for s in split_sentences("George W. Bush met Mr. Blair. It was 5.93 pct.")]
    ['George W. Bush met Mr. Blair.', 'It was 5.93 pct.']
    """
    return parse(raw).sentences


# --------------------------------------------------------------------------------------
# Tokens.
# --------------------------------------------------------------------------------------
_TOKEN_RE = re.compile(
    r"[^\W\d_](?:\.[^\W\d_])+\.?(?!\w)"  # U.S. U.S a.m. U.N.
    r"|\d+(?:[.,:/]\d+)+"  # 5.93 1,750 1986/87 15:38
    r"|['\u2019][sS](?!\w)"  # possessive clitic, split off: Obama 's
    r"|\w+(?:[-'\u2019](?![sS](?!\w))\w+)*"  # words, drug-related, don't, won't, 35-nation
)
_TOPIC_RE = re.compile(
    r"[^\W\d_](?:\.[^\W\d_])+"  # u.s / u.s. -> "u.s"
    r"|[^\W\d_]\w*(?:'(?!s(?!\w))[^\W\d_]+)?"  # words and contractions, possessive dropped
)
# The same on a lower-cased ASCII text, where a letter is [a-z]: re matches ASCII classes
# faster than Unicode ones (tests/test_speed_sweeps.py holds the two equal).
_TOPIC_ASCII_RE = re.compile(r"[a-z](?:\.[a-z])+|[a-z]\w*(?:'(?!s(?!\w))[a-z]+)?", re.ASCII)


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Original-case word tokens of ``text`` with offsets shifted by ``offset``.

    Keeps dotted abbreviations (``"U.S."``), decimals and thousands (``"5.93"``,
    ``"1,750"``), hyphenated words and contractions (``"don't"``, ``"won’t"``) whole, and
    splits the possessive ``'s`` off its noun. Punctuation is not returned.

    Examples
    --------
    >>> [t.text for t in tokenize("The U.S. official’s drug-related data: 5.93 pct, don't.")]
    ['The', 'U.S.', 'official', '’s', 'drug-related', 'data', '5.93', 'pct', "don't"]
    >>> tokenize("Kerry", offset=10)[0].start
    10
    """
    return [
        Token(m.group(), m.start() + offset, m.end() + offset) for m in _TOKEN_RE.finditer(text)
    ]


def topic_tokens(text: str) -> list[str]:
    """Lower-cased, stop-worded tokens for topic vectors.

    Numbers, one-character tokens and :data:`STOPWORDS` are dropped; hyphenated words are
    split (``"drug-related"`` gives ``"drug"``, ``"related"``); the possessive ``'s`` is
    dropped; ``"U.S."`` becomes ``"u.s"``. Phrases are left to the caller.

    Examples
    --------
    >>> topic_tokens("The OAS’s drug-related report, said the U.S. official in 2013.")
    ['oas', 'drug', 'related', 'report', 'u.s', 'official']
    """
    lowered = text.lower()
    if lowered.isascii():
        # A one-character token of the ASCII pattern is a letter a-z: one set test drops it
        # with the stop words (tests/test_speed_sweeps.py holds this to the plain filter).
        return list(filterfalse(_ASCII_DROPPED.__contains__, _TOPIC_ASCII_RE.findall(lowered)))
    found = _TOPIC_RE.findall(lowered.replace("\u2019", "'"))
    stop = STOPWORDS
    return [t for t in found if len(t) > 1 and t not in stop]
