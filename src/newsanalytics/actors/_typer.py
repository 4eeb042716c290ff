"""The learned span typer: person, organisation, location or no actor, for each candidate.

A multinomial logistic regression over hashed features of a candidate span: its spelling
(shape, suffixes, legal forms, known given names, gazetteer hits, headline and sentence
position) and its context (the words around it; cue words anywhere in the article: "Mr X",
"X said", "shares of X", "in X", "mayor of X", "beat X", "X's chief executive"); and whether a
one-word name is a surname the training text wrote in full ("Corker": "Bob Corker"). The
weights are learnt by distant supervision (``scripts/train_actor_typer.py``) and shipped as
arrays (``data/typer/actor_typer.npz``, with the surname list) and a JSON manifest
(``data/typer/actor_typer.json``): no pickle.

Features are strings hashed with CRC-32 into ``2 ** bits`` columns; a candidate's score is the
sum of its columns' weight rows (one ``numpy.add.reduceat`` per article).
"""

from __future__ import annotations

import json
import re
import zlib
from bisect import bisect_left
from collections.abc import Callable
from functools import lru_cache
from importlib import resources
from itertools import accumulate, chain, compress
from typing import TYPE_CHECKING

import numpy as np

from ._runs import _display
from ._words import CORP_SUFFIXES, NAME_PARTICLES, NOT_ACTORS, ORG_WORDS, PERSON_SUFFIXES

#: ``search(pos)``: the first match at or after ``pos``, as ``Pattern.search(text, pos)``.
Searcher = Callable[[int], "re.Match[str] | None"]

if TYPE_CHECKING:
    from ._gazetteer import Entry, Gazetteer
    from ._runs import _Cand

__all__ = ["CLASSES", "ArticleCues", "SpanTyper", "span_features", "load_typer"]

CLASSES = ("none", "person", "organization", "location")
#: Words after a demonym that make it stand for its state ("Japanese officials").
STATE_WORDS = frozenset(
    "government officials authorities troops forces embassy army military police leader "
    "leaders president prime foreign defense defence state navy air".split()
)

_NAME = r"([A-Z][\w'\u2019&\-]*)"
# The name a name-first pattern opens with, taken whole (possessive): what follows it there
# (',', a blank, "'s ") cannot continue a name, so a shorter name never matches where the
# whole one fails, and re need not try each (tests/test_actors_speed.py holds them to _NAME).
_NAME_RUN = r"([A-Z][\w'\u2019&\-]*+)"

# The cue patterns that open with a keyword ("Mr X", "said X", "shares of X", "in X") are
# tried only where one of their keywords starts a word (see _KEYWORD_CUES): re would try
# them at every position of the article. Each must open with ``\b(?:<its words>)``;
# tests/test_actors_speed.py holds the cues to re.findall of the patterns.
_TITLE_WORDS = (
    "Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Col|Lt|Maj|Capt|Adm|Sgt|Prof|Sir|Lord|Lady|Rev"
    "|President|Senator|Governor|General|Judge|Justice|King|Queen|Prince|Princess|coach"
    "|striker|quarterback|pitcher|midfielder|actor|actress|singer|rapper|star|chairman"
    "|spokesman|spokeswoman|executive|director|CEO|minister|secretary"
)
_TITLE_CUE_RE = re.compile(
    rf"\b(?:{_TITLE_WORDS})\.?\s+(?:[A-Z][\w'\u2019\-]*\.?\s+){{0,2}}" + _NAME
)
# "X said", "said X", "quoted X": one alternation, the name first, then the keyword first.
_SAID_BY_WORDS = (
    "said|says|told|added|argued|wrote|insisted|denied|admitted|tweeted"
    "|stated|explained|noted|warned|revealed|claimed|recalled|replied|testified|acknowledged"
    "|complained|conceded|asked|urged"
)
_SAID_RE = re.compile(_NAME_RUN + rf"\s+(?:{_SAID_BY_WORDS})\b")
_SAID_WORDS = "said|says|quoted|quoting"
_SAID_AFTER_RE = re.compile(
    r"\b(?:said|says)\s+(?:[A-Z][\w'\u2019\-]*\s+)?" + _NAME + r"\b(?!\s+[A-Z])"
    r"|\b(?:quoted|quoting)\s+" + _NAME + r"\b(?!\s+[A-Z])"
)
# A name ends where the characters of _NAME do, so one name serves both endings.
_WHO_WORDS = "who|whose"
_HIS_WORDS = "his|her|himself|herself"
_HE_SAID_RE = re.compile(
    _NAME_RUN + rf"(?:,?\s+(?:{_WHO_WORDS})\b|\s+(?:and\s+|[a-z]+\s+)(?:{_HIS_WORDS})\b)"
)
# "Clark, the vice chairman,", "Smith, 45,": an apposition that makes the name a person's.
_APPOS_RE = re.compile(
    _NAME_RUN + r",\s+(?:(?:the|a|an|its|their)\s+(?:[a-z][\w\-'\u2019]*\s+){0,3}"
    r"(?:chairman|chairwoman|president|director|executive|officer|spokesman|spokeswoman"
    r"|minister|secretary|analyst|economist|professor|chief|head|founder|leader|lawyer"
    r"|coach|manager|governor|senator|mayor|author|actor|actress|singer|partner)\b"
    r"|\d{1,3},)"
)
# "shares of X", "X's shareholders": one alternation, the keyword first, then the name first.
_ORG_WORDS = (
    "shares of|shares in|stake in|unit of|subsidiary of|merger with|acquisition of"
    "|takeover of|bid for|rival|analysts at|owner of|to buy|acquire|acquired|bought"
)
_ORG_CUE_RE = re.compile(rf"\b(?:{_ORG_WORDS})\s+(?:the\s+)?" + _NAME)
_ORG_BY_WORDS = (
    "shares|stock|shareholders|chief executive|CEO"
    "|board|profits?|sales|revenues?|earnings|spokesman|spokeswoman|subsidiary|unit"
    "|Inc|Corp|Co|Ltd|Group|Holdings|plc|AG|SA|GmbH|NV|Plc"
)
_ORG_AFTER_RE = re.compile(_NAME_RUN + rf"(?:['\u2019]s)?\s+(?:{_ORG_BY_WORDS})\b")
_PLACE_WORDS = "in|from|near|across|throughout|outside|around|to"
_PLACE_OF_WORDS = "mayor|governor|city|town|streets|residents|capital|suburbs|province|state"
_PLACE_CUE_RE = re.compile(
    rf"\b(?:{_PLACE_WORDS})\s+" + _NAME + rf"|\b(?:{_PLACE_OF_WORDS})\s+of\s+" + _NAME
)
_TEAM_WORDS = (
    r"beat|beats|defeated|lost to|against|vs\.?|v|coach of|signed with|joined|played for"
)
_TEAM_CUE_RE = re.compile(rf"\b(?:{_TEAM_WORDS})\s+(?:the\s+)?" + _NAME)
_SPORT_WORDS = (
    "coach|season|scored|goals?|inning|quarterback|match|league|striker|touchdown"
    "|playoffs?|championship|tournament|points|rebounds|midfielder"
)
_SPORT_RE = re.compile(rf"\b(?:{_SPORT_WORDS})\b", re.I)
_BIZ_WORDS = (
    "shares|profits?|company|stock|Inc|Corp|quarter|revenues?|analysts|investors|market"
)
_BIZ_RE = re.compile(rf"\b(?:{_BIZ_WORDS})\b")
# Each keyword-led cue pattern with its keywords, by the ArticleCues attribute it fills.
_KEYWORD_CUES = {
    "titled": (_TITLE_CUE_RE, _TITLE_WORDS),
    "said": (_SAID_AFTER_RE, _SAID_WORDS),
    "org": (_ORG_CUE_RE, _ORG_WORDS),
    "place": (_PLACE_CUE_RE, f"{_PLACE_WORDS}|{_PLACE_OF_WORDS}"),
    "team": (_TEAM_CUE_RE, _TEAM_WORDS),
    "biz": (_BIZ_RE, _BIZ_WORDS),
}
# The name-first cue patterns ("X said", "X, who", "X and his", "X's shares") are tried only
# at the names that the whitespace before one of their keywords ends (see _name_ends):
# re would try them at every capital letter of the article, and its scan for one costs
# about as much as the patterns. ("X, the chairman," matches after most commas: left to re.)
_NAME_FIRST_CUES = {
    "said_by": (_SAID_RE, _SAID_BY_WORDS),
    "who": (_HE_SAID_RE, _WHO_WORDS),
    "his": (_HE_SAID_RE, _HIS_WORDS),
    "org_by": (_ORG_AFTER_RE, _ORG_BY_WORDS),
}
_LETTERS_RE = re.compile(r"[A-Za-z]+")


def _first_words(cues: dict[str, tuple[re.Pattern[str], str]]) -> dict[str, tuple[str, ...]]:
    """The word each keyword starts with ("shares" of "shares of"; "goal" and "goals" of
    "goals?"), to the cue patterns that may match there."""
    table: dict[str, tuple[str, ...]] = {}
    for name, (_, words) in cues.items():
        for keyword in words.split("|"):
            first = _LETTERS_RE.match(keyword).group()
            optional = keyword[len(first) : len(first) + 1] == "?"
            for word in {first, first[:-1]} if optional else {first}:
                if name not in table.get(word, ()):
                    table[word] = (*table.get(word, ()), name)
    return table


_FIRST_WORDS = _first_words({**_KEYWORD_CUES, **_NAME_FIRST_CUES})
#: What :func:`_keyword_starts` gives the starts of.
_STARTS_OF = (*_KEYWORD_CUES, *_NAME_FIRST_CUES, "sport")
_SPORT_FIRST_WORDS = frozenset(_first_words({"sport": (_SPORT_RE, _SPORT_WORDS)}))
# An ASCII text is read as bytes: whether each byte is a letter, every other byte made a
# blank (so split() gives the runs of letters), and the lowered first word of any keyword.
_IS_LETTER = np.zeros(256, dtype=bool)
_IS_LETTER[list(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")] = True
_LETTERS_ONLY = bytes(k if _IS_LETTER[k] else 32 for k in range(256))
_MAY_BE_KEYWORD = frozenset(w.lower().encode() for w in (*_FIRST_WORDS, *_SPORT_FIRST_WORDS))
_SPORT_BYTES = frozenset(w.encode() for w in _SPORT_FIRST_WORDS)


def _keyword_starts(text: str) -> dict[str, list[int]]:
    """Where a keyword of each keyword-led cue pattern starts a word of ``text``.

    A pattern opening with ``\b(?:kw1|kw2 ...)`` can match only where a run of letters
    starts that is a keyword's first word: the character before is no word character, and
    after the word the pattern wants no letter (a space, a full stop, a word boundary).
    Sport words are matched in any case, so looked up in lower case (on an ASCII text: in
    another, ignoring case also matches letters such as the long s).
    """
    starts: dict[str, list[int]] = {name: [] for name in _STARTS_OF}
    get = _FIRST_WORDS.get
    if text.isascii():
        # The same starts, with no Python step per word: numpy finds where each run of letters
        # starts, and only the runs whose lowered spelling may be a keyword are looked at.
        raw = text.encode("ascii")
        letter = _IS_LETTER[np.frombuffer(raw, dtype=np.uint8)]
        at = (np.flatnonzero(letter[1:] > letter[:-1]) + 1).tolist()
        if letter[:1].any():
            at.insert(0, 0)
        low = raw.lower().translate(_LETTERS_ONLY).split()
        sport = starts["sport"]
        for k in compress(range(len(low)), map(_MAY_BE_KEYWORD.__contains__, low)):
            word, p = low[k], at[k]
            names = get(text[p : p + len(word)])
            if names is not None:
                for name in names:
                    starts[name].append(p)
            if word in _SPORT_BYTES:
                sport.append(p)
        return starts
    for m in _LETTERS_RE.finditer(text):  # no sport word here: ArticleCues uses _SPORT_RE
        names = get(m.group())
        if names is not None:
            for name in names:
                starts[name].append(m.start())
    return starts


def _search_at(pattern: re.Pattern[str], text: str, starts: list[int]) -> Searcher:
    """``pattern.search(text, pos)`` for a pattern that matches only at one of ``starts``."""

    def search(pos: int) -> re.Match[str] | None:
        for k in range(bisect_left(starts, pos), len(starts)):
            m = pattern.match(text, starts[k])
            if m is not None:
                return m
        return None

    return search


_CAPITAL_RE = re.compile("[A-Z]")


def _is_name_char(ch: str) -> bool:
    """Whether ``ch`` is one of _NAME's ``[\\w'\u2019&\\-]`` (``\\w``: alphanumeric or "_")."""
    return ch.isalnum() or ch in "_'\u2019&-"


def _space_before(text: str, end: int) -> int:
    """Where the whitespace that ends at ``end`` starts (-1: there is none)."""
    k = end
    while k > 0 and text[k - 1].isspace():
        k -= 1
    return k if k < end else -1


def _name_ends(text: str, at: dict[str, list[int]], names: tuple[str, ...]) -> list[int]:
    """Where a name may end before a keyword of the name-first cues ``names``: before the
    whitespace that precedes the keyword; for "who", before a comma there too; for "his",
    before the whitespace and lower-case word ("and", "said") that precede it."""
    ends = []
    for name in names:
        for q in at[name]:
            e = _space_before(text, q)
            if name == "who" and e > 0 and text[e - 1] == ",":
                e -= 1
            elif name == "his":
                k = e
                while k > 0 and "a" <= text[k - 1] <= "z":
                    k -= 1
                e = _space_before(text, k) if 0 <= k < e else -1
            if e > 0:
                ends.append(e)
    return sorted(set(ends))


def _search_before(pattern: re.Pattern[str], text: str, ends: list[int]) -> Searcher:
    """``pattern.search(text, pos)`` for a pattern opening with _NAME_RUN that can match only
    where that name ends at one of ``ends``.

    The name is the whole run of name characters from its capital, so every capital of a
    run gives a match with the same end, or none: the first capital at or after ``pos``
    (which may fall inside a run: "Inc-Holdings" after a match ending at "Inc") is tried.
    """
    runs, run_ends = [], []
    for e in ends:
        if _is_name_char(text[e - 1]):
            r = e - 1
            while r > 0 and _is_name_char(text[r - 1]):
                r -= 1
            runs.append((r, e))
            run_ends.append(e)

    def search(pos: int) -> re.Match[str] | None:
        for k in range(bisect_left(run_ends, pos + 1), len(runs)):
            r, e = runs[k]
            capital = _CAPITAL_RE.search(text, max(pos, r), e)
            if capital is not None:
                m = pattern.match(text, capital.start())
                if m is not None:
                    return m
        return None

    return search


def _findall(searches: list[Searcher]) -> list[str]:
    """The first non-empty group of each match of an alternation ``p1|p2|...``, given each
    part's ``search(pos)``.

    The same matches as ``re.findall`` of the alternation (leftmost first, none overlapping,
    the earlier part winning a tie), each part searched for on its own: a part then starts
    with a character set that ``re`` can skip ahead to, or is tried at its keywords only.
    """
    found = [search(0) for search in searches]
    out = []
    pos = 0
    while True:
        best = None
        for k, m in enumerate(found):
            if m is not None and m.start() < pos:
                m = found[k] = searches[k](pos)
            if m is not None and (best is None or m.start() < best.start()):
                best = m
        if best is None:
            return out
        out.append(next(filter(None, best.groups()), ""))
        pos = best.end() if best.end() > best.start() else best.end() + 1


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


class ArticleCues:
    """What the article says about capitalised words anywhere in it (the cue patterns'
    matches, as ``re.findall`` finds them)."""

    __slots__ = (
        "text", "titled", "said", "who", "appos", "org", "place", "team", "flags", "heads", "low"
    )

    def __init__(self, text: str) -> None:
        self.text = text
        self.heads: set[str] = set()  # first words of the article's longer candidates
        self.low: dict[str, bool] = {}  # word -> written in lower case in the article
        at = _keyword_starts(text)

        def keyed(name: str) -> Searcher:
            return _search_at(_KEYWORD_CUES[name][0], text, at[name])

        self.titled = set(_findall([keyed("titled")]))
        def before(pattern: re.Pattern[str], *names: str) -> Searcher:
            return _search_before(pattern, text, _name_ends(text, at, names))

        self.said = set(_findall([before(_SAID_RE, "said_by"), keyed("said")]))
        self.who = set(_findall([before(_HE_SAID_RE, "who", "his")]))
        self.appos = set(_APPOS_RE.findall(text)) if ", " in text else set()
        self.org = set(_findall([keyed("org"), before(_ORG_AFTER_RE, "org_by")]))
        self.place = set(_findall([keyed("place")]))
        self.team = set(_findall([keyed("team")]))
        flags = []
        sport = (
            _findall([_search_at(_SPORT_RE, text, at["sport"])])
            if text.isascii()
            else _SPORT_RE.findall(text)
        )
        if len(sport) >= 2:
            flags.append("sport")
        if len(_findall([keyed("biz")])) >= 2:
            flags.append("biz")
        self.flags = flags


def _written_lower(text: str, word: str) -> bool:
    """True when ``word`` (lower case) occurs in ``text`` as a word of its own."""
    i = text.find(word)
    n = len(word)
    while i >= 0:
        if (i == 0 or not text[i - 1].isalnum()) and not text[i + n : i + n + 1].isalnum():
            return True
        i = text.find(word, i + 1)
    return False


_BEFORE_RE = re.compile(r"[\w'\u2019.\-]+|[^\w\s]")


def _before_words(text: str, start: int) -> list[str]:
    return _BEFORE_RE.findall(text, max(0, start - 30), start)[-2:]


class _SpellingCache:
    """The spelling features of the names seen, for one gazetteer and surname list:
    ``state`` is ``(gazetteer, surnames, table)``, replaced whole (so a thread reading it
    never mixes one gazetteer's table with another's)."""

    __slots__ = ("state",)

    def __init__(self) -> None:
        self.state: tuple[Gazetteer | None, frozenset[str] | None, dict] = (None, None, {})

    @property
    def table(self) -> dict[tuple, tuple[tuple[str, ...], str, str]]:
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
    """The feature strings of candidate ``c``.

    Prefixes: ``s:`` spelling, ``c:`` context (the two co-training views), ``r:`` what the
    rules decided (``rule``: their type or None; ``resolved``: the actor is another name of
    the article, e.g. a surname resolved to the full name). ``surnames`` (lower case): the
    surnames of full names in the training text; a one-word name among them is
    ``s:surname``.
    """
    toks = [t for t in c.tokens if t != "'s"] or list(c.tokens)
    n = len(toks)
    first, last = toks[0], toks[-1]
    fl, ll = first.casefold(), last.casefold()
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
    key = (tuple(c.tokens), e, c.heading, c.initial, inside_org, rule, resolved)
    key += (other, acronym, low)
    hit = table.get(key)
    if hit is None:
        hit = table[key] = _spelling(
            toks, c, gaz, inside_org, rule, resolved, surnames, other, acronym, low
        )
    spelling, shapes, gz = hit
    f = list(spelling)
    # context view
    prev = c.prev
    nxt = c.nxt.split(" ")
    before = _before_words(text, c.start)
    f.append(f"c:p1={prev}")
    if len(before) == 2:
        f.append(f"c:p2={before[0].casefold()} {prev}")
    f.append(f"c:n1={nxt[0]}")
    if len(nxt) > 1:
        f.append(f"c:n2={nxt[0]} {nxt[1]}")
    if nxt[0] in gaz.title_first_keys:
        f.append("c:n1title")
    if _after_title(prev, gaz):
        f.append("c:p1title")
    if first in cues.titled or last in cues.titled:
        f.append("c:titled")
    if last in cues.said or first in cues.said:
        f.append("c:said")
    if last in cues.who:
        f.append("c:who")
    if last in cues.appos:
        f.append("c:appos")
    if first in cues.org or last in cues.org:
        f.append("c:orgcue")
    if first in cues.place:
        f.append("c:placecue")
    if first in cues.team or last in cues.team:
        f.append("c:teamcue")
    for flag in cues.flags:
        f.append(f"c:{flag}&shape={shapes}")
        f.append(f"c:{flag}&gaz={gz}")
        if n == 1:
            f.append(f"c:{flag}&plural={ll.endswith('s')}")
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
    fn = first in first_names
    if fn:
        f.append(f"s:fname&n={min(n, 3)}")
    if n > 1 and last in first_names:
        f.append("s:lastfname")
    if not first_names.isdisjoint(toks[1:-1]):
        f.append("s:midfname")
    ncommon = sum(
        1
        for t in toks
        if t.casefold() in common and t not in first_names and t not in NAME_PARTICLES
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


_HASH_CACHE: dict[str, int] = {}


def _crc_codes(feats: list[str]) -> list[int]:
    """The CRC-32 of each feature string (memoised: the same strings recur across articles)."""
    cache = _HASH_CACHE
    codes = list(map(cache.get, feats))
    if None in codes:
        if len(cache) > 500_000:
            cache.clear()
        for k, h in enumerate(codes):
            if h is None:
                s = feats[k]
                codes[k] = cache[s] = zlib.crc32(s.encode("utf-8"))
    return codes


def hash_features(feats: list[str], mask: int) -> list[int]:
    """The hashed columns of a candidate's features."""
    return [h & mask for h in _crc_codes(feats)]


class SpanTyper:
    """Weights ``W`` (columns x classes), bias ``b`` and the decision thresholds."""

    def __init__(self, weights: np.ndarray, bias: np.ndarray, manifest: dict) -> None:
        self.W = weights
        self.b = bias
        self.bits = int(manifest["hash_bits"])
        self.mask = (1 << self.bits) - 1
        self.thresholds = dict(manifest["thresholds"])
        self.manifest = manifest
        self.surnames: frozenset[str] = frozenset()

    def proba(self, feature_lists: list[list[str]]) -> np.ndarray:
        """Class probabilities, one row per candidate (columns in :data:`CLASSES` order)."""
        if not feature_lists:
            return np.zeros((0, len(CLASSES)))
        # The columns of all candidates at once (as hash_features gives them, list by list).
        idx = np.array(_crc_codes(list(chain.from_iterable(feature_lists))), dtype=np.int64)
        idx &= self.mask
        starts = list(accumulate(map(len, feature_lists[:-1]), initial=0))
        z = np.add.reduceat(self.W.take(idx, axis=0), starts, axis=0)
        z += self.b
        z -= z.max(axis=1, keepdims=True)
        np.exp(z, out=z)
        z /= z.sum(axis=1, keepdims=True)
        return z


@lru_cache(maxsize=1)
def load_typer() -> SpanTyper | None:
    """The shipped typer, or None when the package carries no weights."""
    base = resources.files("newsanalytics.actors").joinpath("data", "typer")
    try:
        manifest = json.loads(base.joinpath("actor_typer.json").read_text(encoding="utf-8"))
        with base.joinpath("actor_typer.npz").open("rb") as fh:
            arrays = np.load(fh, allow_pickle=False)
            cols, rows, bias = arrays["columns"], arrays["rows"], arrays["bias"]
            surnames = arrays["surnames"].tolist() if "surnames" in arrays.files else []
    except FileNotFoundError:
        return None
    W = np.zeros((1 << int(manifest["hash_bits"]), len(CLASSES)), dtype=np.float64)
    W[cols] = rows
    typer = SpanTyper(W, bias.astype(np.float64), manifest)
    typer.surnames = frozenset(surnames)
    return typer


# Gazetteer kinds the learned typer is not asked about outside headlines and longer names.
_SURE_KINDS = frozenset(("name", "alias"))


def apply_typer(
    text: str,
    decided: list[tuple[_Cand, str | None, str | None]],
    gaz: Gazetteer,
    typer: SpanTyper | None,
    collect: list | None,
    placed: dict[int, str | None] | None = None,
    from_ner: bool = False,
) -> list[tuple[_Cand, str | None, str | None]]:
    """The learned typer's word on each candidate: keep, retype, drop or take up.

    A candidate the rules typed is dropped when the typer puts "no actor" above the
    ``drop`` threshold (a person or a name in a headline; ``drop_other`` for other
    names, ``drop_demonym`` for demonyms, ``drop_known`` for other gazetteer names), and
    retyped (when no gazetteer names it) when another type passes
    ``retype``; a candidate the rules left unresolved becomes an actor of the typer's type
    above ``take``. With ``collect`` (training), the features and the rules' decision of
    every candidate are appended to it instead. A candidate in ``placed`` (read as a
    city by the placer, from its context and the article's countries) is left as it is.
    With ``from_ner`` (the spaCy backend), a span spaCy labelled is dropped only at the
    ``drop_known`` threshold, as a gazetteer name is: another model has already read it.
    """
    if not decided:
        return decided
    cues = ArticleCues(text)
    cues.heads = {
        c.tokens[0].casefold() for c, _, _ in decided if len(c.tokens) > 1 and not c.heading
    }
    orgs = [(c.start, c.end) for c, _, t in decided if t == "organization"]
    feats = []
    asked = []  # the candidates the typer is asked about
    memo: dict[tuple, list[str]] = {}
    for k, (c, actor, atype) in enumerate(decided):
        inside = any(
            s <= c.start and c.end <= e and (s, e) != (c.start, c.end) for s, e in orgs
        )
        e = c.entry
        if collect is None and placed and id(c) in placed and not inside:
            continue  # "Glasgow", "Paris, Texas": the placer has read it already
        if (
            collect is None
            and not inside
            and e is not None
            and e.kind in _SURE_KINDS
            and not c.heading
        ):
            continue  # "Venezuela", "the Senate": a gazetteer name the typer never drops
        # A name repeated in the same context ("Labour said", "Labour said") once.
        resolved = actor is not None and actor != _display(c.tokens)
        key = (*c.tokens, c.prev, c.nxt, c.heading, c.initial, inside, e, atype, resolved)
        f = memo.get(key)
        if f is None:
            f = memo[key] = span_features(
                text, c, gaz, cues, inside, atype, resolved, typer.surnames if typer else frozenset()
            )
        feats.append(f)
        asked.append(k)
    if collect is not None:
        collect.extend(
            (c, actor, atype, f) for (c, actor, atype), f in zip(decided, feats, strict=True)
        )
        return decided
    assert typer is not None
    proba = typer.proba(feats).tolist()
    th = typer.thresholds
    t_drop, t_retype, t_take = th["drop"], th["retype"], th["take"]
    t_drop_known, t_drop_other = th["drop_known"], th["drop_other"]
    t_drop_demonym = th["drop_demonym"]
    t_take_head = th.get("take_head", 2.0)  # older manifests: never take up a headline name
    out = list(decided)
    for k, p in zip(asked, proba, strict=True):
        c, actor, atype = decided[k]
        best = max(range(4), key=p.__getitem__)
        if atype is None:
            # A headline's or a sentence's first word: its capital says nothing of a name.
            lone_start = c.initial and len(c.tokens) == 1
            if best and p[best] >= (t_take_head if c.heading or lone_start else t_take):
                actor, atype = _display(c.tokens), CLASSES[best]
        elif p[0] >= (
            (
                (2.0 if _for_state(c, gaz) else t_drop_demonym)
                if c.entry.kind == "demonym"
                else t_drop_known
            )
            if c.entry is not None
            else t_drop_known
            if from_ner and c.strong
            else t_drop
            if atype == "person" or c.heading
            else t_drop_other
        ):
            actor = atype = None
        elif (
            atype == "person"
            and best > 1
            and c.entry is None
            and p[best] >= t_retype
            and actor == _display(c.tokens)
        ):
            actor, atype = actor, CLASSES[best]  # "the Pistons", "Nintendo said"
        out[k] = (c, actor, atype)
    return out


def _for_state(c: _Cand, gaz: Gazetteer) -> bool:
    """A demonym that stands for its state: "Japanese officials", "Swiss Finance Minister"."""
    nxt = c.nxt.split(" ")[0]
    return nxt in STATE_WORDS or nxt.casefold() in gaz.title_first_keys
