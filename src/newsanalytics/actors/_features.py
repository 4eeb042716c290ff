"""The learned typer's features of a candidate span, as strings and as their CRC-32 codes.

:func:`span_features` gives the feature strings the model was trained on (the training
script's and the tests' reference); :func:`span_codes` gives their CRC-32 codes in the same
order, as the typer scores them, from tables kept across articles: the spelling features of
each name (:class:`_SpellingCache`) and the codes of the context features, which recur
("c:p1=of", "c:sport&shape=X"), so that a feature string is built and hashed once.
"""

from __future__ import annotations

import re
import struct
import zlib
from array import array
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from ._words import (
    COMMON_GIVEN_NAMES,
    CORP_SUFFIXES,
    FACILITY_WORDS,
    NAME_PARTICLES,
    NOT_ACTORS,
    ORG_WORDS,
    PERSON_SUFFIXES,
    WATERS,
)

if TYPE_CHECKING:
    from ._candidate import _Cand
    from ._cues import ArticleCues
    from ._gazetteer import Entry, Gazetteer

__all__ = ["span_codes", "span_feature_parts", "span_features"]

_SHAPE_RE = (
    (re.compile(r"^[A-Z][a-z]+$"), "X"),
    (re.compile(r"^[A-Z]{2,}$"), "A"),
    (re.compile(r"^(?:[A-Za-z]\.)+$"), "D"),
    (re.compile(r"^[A-Z][a-z]+(?:-[A-Z][a-z]+)+$"), "XH"),
    (re.compile(r"^[A-Za-z]+-[a-z]+$"), "xh"),
    (re.compile(r"^[a-z]+[A-Z]\w*$"), "m"),
    (re.compile(r"^[A-Z][a-z]+[A-Z]\w*$"), "C"),
    (re.compile(r"^\w+\.[a-z]{2,5}$"), "U"),
    (re.compile(r"^[A-Z][a-z]*\.$"), "Ab"),
    (re.compile(r"\d"), "9"),
)


@lru_cache(maxsize=65536)
def _shape(tok: str) -> str:
    for rx, code in _SHAPE_RE:
        if rx.search(tok):
            return code
    return "o"


_HYPHENATED_RE = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)+\Z")


def hyphenated_given(word: str, first_names: frozenset[str]) -> bool:
    """True when ``word`` is a hyphenated given name whose first part is a given name:
    "Jean-Marie", "Hans-Dietrich", "Mary-Kate" (the list holds each part, never the
    compound; "Coca-Cola", "Rolls-Royce" start with no given name, "Al-Jazeera" with a
    particle)."""
    head = word.partition("-")[0]
    return (
        head in first_names
        and head.casefold() not in NAME_PARTICLES
        and _HYPHENATED_RE.match(word) is not None
    )


def _written_lower(text: str, word: str) -> bool:
    """True when ``word`` (lower case) occurs in ``text`` as a word of its own."""
    i = text.find(word)
    n = len(word)
    while i >= 0:
        if (i == 0 or not text[i - 1].isalnum()) and not text[i + n : i + n + 1].isalnum():
            return True
        i = text.find(word, i + 1)
    return False


# The word before a word, read backwards: the words are as ``re.findall`` of
# ``[\w'\u2019.\-]+|[^\w\s]`` gives them (a run of those characters, or any other character
# but a blank), reversed (tests/test_speed_paths.py holds one to the other).
_BACK_WORDS_RE = re.compile(
    r"\s*([\w'\u2019.\-]+(?![\w'\u2019.\-])|[^\w\s'\u2019.\-])"
    r"\s*([\w'\u2019.\-]+(?![\w'\u2019.\-])|[^\w\s'\u2019.\-])"
)


class _SpellingCache:
    """The spelling features of the names seen (with their CRC-32 codes), for one gazetteer
    and surname list: ``state`` is ``(gazetteer, surnames, table)``, replaced whole (so a
    thread reading it never mixes one gazetteer's table with another's)."""

    __slots__ = ("state",)

    def __init__(self) -> None:
        self.state: tuple[Gazetteer | None, frozenset[str] | None, dict] = (None, None, {})

    @property
    def table(self) -> dict[tuple, tuple[tuple[str, ...], str, str, tuple[int, ...]]]:
        return self.state[2]


_SPELLING_CACHE = _SpellingCache()
#: Names whose spelling features are kept (about 1 kB each at most), then forgotten.
SPELLING_CACHE_SIZE = 20_000


def span_features(
    text: str,
    c: _Cand,
    gaz: Gazetteer,
    cues: ArticleCues,
    inside_org: bool,
    rule: str | None,
    resolved: bool,
    surnames: frozenset[str] = frozenset(),
) -> list[str]:
    """The feature strings of candidate ``c``: :func:`span_feature_parts`' spelling
    features, then its context features."""
    spelling, _, context = span_feature_parts(
        text, c, gaz, cues, inside_org, rule, resolved, surnames
    )
    return [*spelling, *context]


def span_feature_parts(
    text: str,
    c: _Cand,
    gaz: Gazetteer,
    cues: ArticleCues,
    inside_org: bool,
    rule: str | None,
    resolved: bool,
    surnames: frozenset[str] = frozenset(),
) -> tuple[tuple[str, ...], tuple[int, ...], list[str]]:
    """The feature strings of candidate ``c`` in two parts: the spelling features (kept
    across articles, with their CRC-32 codes) and the context features.

    Prefixes: ``s:`` spelling, ``c:`` context (the two co-training views), ``r:`` what the
    rules decided (``rule``: their type or None; ``resolved``: the actor is another name of
    the article, e.g. a surname resolved to the full name). ``surnames`` (lower case): the
    surnames of full names in the training text; a one-word name among them is
    ``s:surname``.
    """
    toks = _words_of(c.tokens)
    spelling, shapes, gz, codes, _ = _spelling_of(
        text, c, toks, gaz, cues, inside_org, rule, resolved, surnames
    )
    f = _local_features(c.prev, _before_first(text, c.start), c.nxt, gaz)
    f += [f"c:{cue}" for cue in _cues_of(toks[0], toks[-1], cues)]
    f += _flag_features(cues.flags, shapes, gz, _plural(toks))
    return spelling, codes, f


def span_codes(
    text: str,
    c: _Cand,
    gaz: Gazetteer,
    cues: ArticleCues,
    inside_org: bool,
    rule: str | None,
    resolved: bool,
    surnames: frozenset[str] = frozenset(),
) -> bytes:
    """The CRC-32 codes of :func:`span_features` (the same features, in the same order), as
    native int64 bytes (``numpy.frombuffer`` reads the codes of a whole article at once).

    Each part comes from a table kept across articles (the tables are pure functions of
    their keys and of the gazetteer): the spelling features' codes by name, the codes of
    the word before and of the words after the candidate by those words, those of the
    article's flags by the flags, shapes and gazetteer code; the cue features' codes are
    constants.
    """
    toks = _words_of(c.tokens)
    hit = _spelling_of(text, c, toks, gaz, cues, inside_org, rule, resolved, surnames)
    owner, prevs, nexts, flagged, pairs = _CONTEXT_CODES.state
    if owner is not gaz:
        prevs, nexts, flagged, pairs = {}, {}, {}, {}
        _CONTEXT_CODES.state = (gaz, prevs, nexts, flagged, pairs)
    prev = c.prev
    p1 = prevs.get(prev)
    if p1 is None:
        _make_room(prevs)
        title = _P1TITLE if _after_title(prev, gaz) else b""
        p1 = prevs[prev] = (_pack1(_crc(f"c:p1={prev}")), title)
    n = nexts.get(c.nxt)
    if n is None:
        _make_room(nexts)
        n = nexts[c.nxt] = _pack(map(_crc, _next_features(c.nxt, gaz)))
    before = _before_first(text, c.start)
    if before is None:
        p2 = b""
    else:
        p2 = pairs.get((before, prev))
        if p2 is None:
            _make_room(pairs)
            p2 = pairs[before, prev] = _pack1(_crc(_p2_feature(before, prev)))
    out = [hit[4], p1[0], p2, n, p1[1]]
    for cue in _cues_of(toks[0], toks[-1], cues):
        out.append(_CUE_CODES[cue])
    if cues.flags:
        key = (cues.flags, hit[1], hit[2], _plural(toks))
        flags = flagged.get(key)
        if flags is None:
            _make_room(flagged)
            flags = flagged[key] = _pack(map(_crc, _flag_features(*key)))
        out.append(flags)
    return b"".join(out)


def _make_room(table: dict) -> None:
    """Forget a table of codes that is full (:data:`CONTEXT_CACHE_SIZE`)."""
    if len(table) >= CONTEXT_CACHE_SIZE:
        table.clear()


def _words_of(tokens: list[str]) -> list[str]:
    """A name's words without "'s" (all of them when that is all it has)."""
    if "'s" not in tokens:
        return tokens
    return [t for t in tokens if t != "'s"] or list(tokens)


def _crc(feature: str) -> int:
    """The code of a feature string: the CRC-32 of its UTF-8 bytes (the typer's hashing)."""
    return zlib.crc32(feature.encode("utf-8"))


def _pack(codes: Iterable[int]) -> bytes:
    """Codes as native int64 bytes."""
    return array("q", codes).tobytes()


_pack1 = struct.Struct("q").pack


class _ContextCodes:
    """The codes of the context features seen, for one gazetteer: ``state`` is
    ``(gazetteer, prevs, nexts, flagged, pairs)``, replaced whole (as
    :class:`_SpellingCache`'s): ``prevs`` by the word before a candidate (its "c:p1" code
    and its "c:p1title" code or nothing), ``nexts`` by the words after it, ``flagged`` by
    the article's flags, the shapes, the gazetteer code and the plural of a one-word name,
    ``pairs`` by the two words before it (its "c:p2" code; see :func:`span_codes`)."""

    __slots__ = ("state",)

    def __init__(self) -> None:
        self.state: tuple[Gazetteer | None, dict, dict, dict, dict] = (None, {}, {}, {}, {})


_CONTEXT_CODES = _ContextCodes()
#: Words and flags whose codes are kept (a few hundred bytes each), then forgotten.
CONTEXT_CACHE_SIZE = 50_000
_CUES = ("titled", "its", "said", "who", "appos", "orgcue", "placecue", "teamcue")
_CUE_CODES = {cue: _pack1(_crc(f"c:{cue}")) for cue in _CUES}
_P1TITLE = _pack1(_crc("c:p1title"))


def _spelling_of(
    text: str,
    c: _Cand,
    toks: list[str],
    gaz: Gazetteer,
    cues: ArticleCues,
    inside_org: bool,
    rule: str | None,
    resolved: bool,
    surnames: frozenset[str],
) -> tuple[tuple[str, ...], str, str, tuple[int, ...], bytes]:
    """The spelling features of ``c`` (``toks``: its words without "'s"), the word shapes,
    the gazetteer code and the features' CRC-32 codes (also as :func:`_pack` gives them):
    kept across articles, so that the typer builds and hashes them once for a name it has
    seen."""
    first = toks[0]
    fl = first.casefold()
    n = len(toks)
    e = c.entry
    # What the spelling features read of the article: the rest is the name's own, so they
    # are kept across articles (names recur: "U.S.", "Reuters", the article's own people).
    other = n == 1 and fl in cues.heads
    acronym = e is not None and e.kind == "acronym" and _unexpanded(e, text)
    low = cues.low.get(fl) if n == 1 else False
    if low is None:
        low = cues.low[fl] = _written_lower(cues.text, fl)
    cache = _SPELLING_CACHE
    owner, names, table = cache.state
    if owner is not gaz or names is not surnames or len(table) >= SPELLING_CACHE_SIZE:
        table = {}
        cache.state = (gaz, surnames, table)
    # The entry enters the features by its type and kind alone (and ``acronym``): keyed by
    # them, not by the entry (whose dataclass hash is a Python call).
    kind = (e.type, e.kind) if e is not None else None
    key = (tuple(c.tokens), kind, c.heading, c.initial, inside_org, rule, resolved)
    key += (other, acronym, low)
    hit = table.get(key)
    if hit is None:
        spelling, shapes, gz = _spelling(
            toks, c, gaz, inside_org, rule, resolved, surnames, other, acronym, low
        )
        codes = tuple(map(_crc, spelling))
        hit = table[key] = (spelling, shapes, gz, codes, _pack(codes))
    return hit


def _before_first(text: str, start: int) -> str | None:
    """The word before the word before ``start`` (case folded), None when there is none
    within 30 characters: the first of the last two words ``re.findall`` finds there."""
    m = _BACK_WORDS_RE.match(text[max(0, start - 30) : start][::-1])
    return None if m is None else m.group(2)[::-1].casefold()


def _local_features(prev: str, before: str | None, nxt: str, gaz: Gazetteer) -> list[str]:
    """The context features of the words around a candidate: ``prev`` before it, ``before``
    before that (see :func:`_before_first`), ``nxt`` after it."""
    f = [f"c:p1={prev}"]
    if before is not None:
        f.append(_p2_feature(before, prev))
    f += _next_features(nxt, gaz)
    if _after_title(prev, gaz):
        f.append("c:p1title")
    return f


def _p2_feature(before: str, prev: str) -> str:
    return f"c:p2={before} {prev}"


def _next_features(nxt: str, gaz: Gazetteer) -> list[str]:
    """The context features of the words after a candidate."""
    after = nxt.split(" ")
    f = [f"c:n1={after[0]}"]
    if len(after) > 1:
        f.append(f"c:n2={after[0]} {after[1]}")
    if after[0] in gaz.title_first_keys:
        f.append("c:n1title")
    return f


def _cues_of(first: str, last: str, cues: ArticleCues) -> list[str]:
    """The article's cues about a name from ``first`` to ``last`` (see :data:`_CUES`)."""
    f = []
    if first in cues.titled or last in cues.titled:
        f.append("titled")
    if last in cues.its:
        f.append("its")  # "Nintendo said its", "Airbnb, which": not a person's "said"
    elif last in cues.said or first in cues.said:
        f.append("said")
    if last in cues.who:
        f.append("who")
    if last in cues.appos:
        f.append("appos")
    if first in cues.org or last in cues.org or last in cues.org_appos:
        f.append("orgcue")
    if first in cues.place:
        f.append("placecue")
    if first in cues.team or last in cues.team:
        f.append("teamcue")
    return f


def _plural(toks: list[str]) -> bool | None:
    """Whether a one-word name ends in "s" (None for a longer name)."""
    return toks[0].casefold().endswith("s") if len(toks) == 1 else None


def _flag_features(flags: tuple[str, ...], shapes: str, gz: str, plural: bool | None) -> list[str]:
    """The article's flags ("sport", "biz") with the shapes, the gazetteer code and (for a
    one-word name, ``plural`` not None) whether it ends in "s"."""
    f = []
    for flag in flags:
        f.append(f"c:{flag}&shape={shapes}")
        f.append(f"c:{flag}&gaz={gz}")
        if plural is not None:
            f.append(f"c:{flag}&plural={plural}")
    return f


def _spelling(
    toks: list[str],
    c: _Cand,
    gaz: Gazetteer,
    inside_org: bool,
    rule: str | None,
    resolved: bool,
    surnames: frozenset[str],
    other: bool,
    acronym: bool,
    low: bool,
) -> tuple[tuple[str, ...], str, str]:
    """The spelling features of :func:`span_features` (what comes before the context
    view), given what they read of the article (``other``: the one word starts a longer
    name of it; ``acronym``: an acronym whose words it never spells out; ``low``: the one
    word is written in lower case in it); with the word shapes and the gazetteer code."""
    n = len(toks)
    first, last = toks[0], toks[-1]
    fl, ll = first.casefold(), last.casefold()
    common = gaz.common_words
    first_names = gaz.first_names
    f = [f"s:n={min(n, 5)}"]
    if resolved:
        f.append(f"r:resolved={rule}")
    if other:
        f.append("c:first_of_other")  # "Nintendo" beside "Nintendo DS", "Nintendo Europe"
    e = c.entry
    gz = f"{e.type}:{e.kind}" if e is not None else "none"
    f.append(f"s:gaz={gz}")
    if acronym:
        f.append("s:acr_unexpanded")
    shapes = "".join(_shape(t) for t in toks[:4])
    f.append(f"s:shape={shapes}")
    for t in toks[:5]:
        f.append(f"s:w={t.casefold()}")
    if n > 1:
        f.append(f"s:first={fl}")
        f.append(f"s:last={ll}")
    else:
        f.append(f"s:one={fl}")
        if fl in surnames:
            f.append("s:surname")  # "Corker" alone, the training text had "Bob Corker"
    if len(ll) > 3:
        f.append(f"s:suf3={ll[-3:]}")
        f.append(f"s:suf4={ll[-4:]}")
    # an everyday word that is also a given name, before a surname: "Will Smith", "Joy Behar"
    fn = first in first_names or (n > 1 and hyphenated_given(first, first_names)) or (
        n == 2
        and first in COMMON_GIVEN_NAMES
        and ll not in common
        and not (ll.endswith("s") and ll[:-1] in common)  # "Crystal Cruises"
        and last not in FACILITY_WORDS
        and last not in WATERS  # "Hope Creek"
    )
    if fn:
        f.append(f"s:fname&n={min(n, 3)}")
    if n > 1 and last in first_names:
        f.append("s:lastfname")
    if not first_names.isdisjoint(toks[1:-1]):
        f.append("s:midfname")
    ncommon = sum(
        1
        for t in toks
        if t.casefold() in common
        and t not in first_names
        and t not in NAME_PARTICLES
        and not (fn and t == first)
    )
    if ncommon:
        f.append(f"s:common={'all' if ncommon == n else 'some'}")
        if n == 1 and c.heading:
            f.append("s:common&head")
    if n >= 4:
        f.append(f"s:long&common={min(ncommon, 3)}")
    if not ORG_WORDS.isdisjoint(toks):
        f.append("s:orgword")
        if any(
            name_key_first(a, gaz) and b in first_names
            for a, b in zip(toks, toks[1:], strict=False)
        ):
            f.append("s:orgword&title")  # "Central Bank Governor Maria Delgado"
        if fn and n > 2:
            f.append("s:orgword&fname")
    if last in CORP_SUFFIXES:
        f.append("s:corp")
    if last in NOT_ACTORS:
        f.append("s:notactor")
    if last in PERSON_SUFFIXES:
        f.append("s:jr")
    if ll.endswith("s") and not ll.endswith("ss") and n <= 2:
        f.append("s:plural")
    if gaz.people.get(" ".join(toks).casefold()) or (n == 1 and fl in gaz.people_short):
        f.append("s:knownperson")
    if fl in gaz.place_names:
        f.append("s:placename")
    if any(name_key_first(t, gaz) for t in toks):
        f.append("s:titleword")
    if c.heading:
        f.append("s:head")
        f.append(f"s:head&shape={shapes}")
    if c.initial:
        f.append("s:initial")
    if inside_org:
        f.append("s:inside_org")
        f.append(f"s:inside_org&gaz={gz}")
    if low:
        f.append("s:lower_in_article")
    return tuple(f), shapes, gz


def _unexpanded(e: Entry, text: str) -> bool:
    """An acronym whose name's capitalised words (not "Bank", "Corp") the text never has."""
    words = [w for w in e.canonical.split() if w[:1].isupper() and w not in ORG_WORDS]
    return bool(words) and not any(w in text for w in words)


def _after_title(prev: str, gaz: Gazetteer) -> bool:
    """The word before a candidate ends a title ("Gen.", "coach"); not "of" ("shares of X",
    "mayor of X") nor a sentence's start (no word)."""
    if not prev or prev == "of":
        return False
    return prev.rstrip(".") in gaz.title_last_words or prev in gaz.title_last_words


def name_key_first(word: str, gaz: Gazetteer) -> bool:
    """A title word ("Governor", "Coach", "All-Star") inside a name."""
    return word.casefold().rstrip(".") in gaz.title_first_keys and word not in gaz.first_names
