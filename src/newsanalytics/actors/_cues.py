"""Article cues: what an article says anywhere about its capitalised words.

The cue patterns of the span typer ("Mr X", "X said", "shares of X", "in X", "mayor of X",
"beat X", "X's chief executive", "X, the Italian dairy company", "X ... its") and their fast
search: the keyword-led patterns are tried only where one of their keywords starts a word, the
name-first ones only at names that end before one of their keywords (tests/test_actors_speed.py
holds every cue to ``re.findall`` of its pattern). :class:`ArticleCues` holds one article's
matches for :func:`._features.span_features`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable

from ._lockstep import BATCH_SIZE

__all__ = ["ArticleCues"]

#: ``search(pos)``: the first match at or after ``pos``, as ``Pattern.search(text, pos)``.
Searcher = Callable[[int], "re.Match[str] | None"]

_NAME = r"([A-Z][\w'\u2019&\-]*)"
# The name a name-first pattern opens with, taken whole (a look-ahead does what a possessive
# '*+' would; Python 3.10 lacks those): what follows it there (',', a blank, "'s ") cannot
# continue a name, so a shorter name never matches where the whole one fails
# (tests/test_actors_speed.py holds them to _NAME).
_NAME_RUN = r"([A-Z][\w'\u2019&\-]*(?![\w'\u2019&\-]))"

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
# "Parmalat, the Italian dairy company", "Titan, a California-based company", "Yahoo, one of
# the net's most iconic companies": an apposition that makes the name an organisation's (not
# "Smith, a member of the club", "Jones, the club captain").
_ORG_APPOS_RE = re.compile(
    _NAME_RUN + r",\s+(?:the|a|an|one\s+of\s+the)\s+"
    r"(?:(?!(?:of|for|at|in|with|and|who|whose)\s)[\w\-'\u2019]+\s+){0,4}?"
    r"(?:company|companies|firm|firms|corporation|conglomerate|maker|manufacturer|retailer"
    r"|chain|bank|lender|insurer|carrier|airline|giant|operator|broadcaster|network|brokerage"
    r"|subsidiary|utility|startup|studio|newspaper|club|side)\b"
    r"(?!['\u2019]s|\s+(?:of|captain|chairman|president|director|executive|spokes\w+|official"
    r"|owner|founder|boss|manager|coach|leader|chief|head|member|analyst|worker|employee)\b)"
)
# "Nintendo first launched its", "Nintendo is confident it will keep its", "Airbnb, which":
# the name is what the sentence then calls "its" or "which" (a few lower-case words between,
# no article and no person's pronoun: not "Smith said the company lost its way").
_ITS_RE = re.compile(
    _NAME_RUN + r"(?:,\s+which\b|\s+(?:(?!(?:the|a|an|he|she|his|her|him|they|their)\s)"
    r"[a-z]+\s+){1,6}?its\b)"
)
# "shares of X", "X's shareholders": one alternation, the keyword first, then the name first.
_ORG_WORDS = (
    "shares of|shares in|stake in|unit of|subsidiary of|merger with|acquisition of"
    "|takeover of|bid for|rival|analysts at|owner of|to buy|acquire|acquired|bought"
)
_ORG_CUE_RE = re.compile(rf"\b(?:{_ORG_WORDS})\s+(?:the\s+)?" + _NAME)
_ORG_BY_WORDS = (
    "shares|stock|shareholders|chief executive|chief operating officer|chief financial officer|CEO"
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
# A text is read as bytes: every byte but a letter made a blank (so split() gives the runs
# of letters), and the lowered first word of any keyword, also with a blank either side.
_LETTERS_ONLY = bytes(k if chr(k).isascii() and chr(k).isalpha() else 32 for k in range(256))
_MAY_BE_KEYWORD = frozenset(w.lower().encode() for w in (*_FIRST_WORDS, *_SPORT_FIRST_WORDS))
_BLANKED = {word: b" " + word + b" " for word in _MAY_BE_KEYWORD}
_SPORT_BYTES = frozenset(w.encode() for w in _SPORT_FIRST_WORDS)
# The texts last read and their runs, by the text's id (the text is kept in the entry, so
# its id is not reused while there): as many as a batch of the lock-step path holds.
_RUNS_OF: dict[int, tuple[str, bytes, list[bytes]]] = {}
_RUNS_KEPT = 2 * BATCH_SIZE


def letter_runs(text: str) -> tuple[bytes, list[bytes]]:
    """``text`` as bytes, one a character ("?" for any that is not ASCII), lowered, every
    byte but an ASCII letter a blank, with a blank either side; and its runs of letters
    (``split()``). The last :data:`_RUNS_KEPT` texts' are kept: the club and arts rules
    ask for the runs of the articles whose cues were read, a stage later on the batch path
    (splitting is most of what either costs)."""
    kept = _RUNS_OF.get(id(text))
    if kept is not None and kept[0] is text:
        return kept[1], kept[2]
    runs = b" " + text.encode("ascii", "replace").lower().translate(_LETTERS_ONLY) + b" "
    words = runs.split()
    if len(_RUNS_OF) >= _RUNS_KEPT:
        del _RUNS_OF[next(iter(_RUNS_OF))]  # the oldest
    _RUNS_OF[id(text)] = (text, runs, words)
    return runs, words


def _keyword_starts(text: str) -> dict[str, list[int]]:
    """Where a keyword of each cue pattern of :data:`_STARTS_OF` (keyword-led, name-first,
    sport) starts a word of ``text``.

    A pattern opening with ``\b(?:kw1|kw2 ...)`` can match only where a run of letters
    starts that is a keyword's first word: the character before is no word character, and
    after the word the pattern wants no letter (a space, a full stop, a word boundary).
    Sport words are matched in any case, so looked up in lower case (where
    :func:`_sport_by_starts`: ignoring case, other characters such as the long s match
    ASCII letters too).

    The text is read as bytes, one a character ("?" for any that is not ASCII), lowered,
    every byte but a letter made a blank: split() gives the runs of letters, only those
    whose spelling may be a keyword are looked at, and each is found after the one before
    (no Python step per word).
    """
    starts: dict[str, list[int]] = {name: [] for name in _STARTS_OF}
    # Blanks around, so that each run of letters is " run " in it, at its start in text.
    runs, words = letter_runs(text)
    may = list(filter(_MAY_BE_KEYWORD.__contains__, words))  # no Python step a word
    if not may:
        return starts
    get, find = _FIRST_WORDS.get, runs.find
    sport = starts["sport"] if _sport_by_starts(text) else None
    p = 0
    for word in may:
        # The next " word " is this run: an earlier one after the last would be in ``may``.
        p = find(_BLANKED[word], p)
        names = get(text[p : p + len(word)])
        if names is not None:
            for name in names:
                starts[name].append(p)
        if sport is not None and word in _SPORT_BYTES:
            sport.append(p)
        p += len(word) + 1
    return starts


# The characters other than ASCII letters that re, ignoring case, matches to an ASCII
# letter: dotted capital I, dotless i, long s, Kelvin sign (tests/test_actors_speed.py
# holds this to a search of every character).
_CASED_AS_ASCII = ("\u0130", "\u0131", "\u017f", "\u212a")


def _sport_by_starts(text: str) -> bool:
    """Whether the sport words of ``text`` are found at :func:`_keyword_starts`' sport
    starts: no character of it but an ASCII letter matches a letter of them ignoring case."""
    return text.isascii() or not any(ch in text for ch in _CASED_AS_ASCII)


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


# "its" opens with a literal, which re finds much faster than "\sits" (the blank is checked).
_ITS_WORD_RE = re.compile(r"its\b")
_COMMA_WHICH_RE = re.compile(r",\s+which\b")
# An ASCII byte that may stand between a name and its "its" (a lower-case letter or a blank)
# becomes a blank, any other a "#": rfind("#") then finds where that stretch starts.
_STRETCH_BYTES = bytes(
    32 if chr(k).isspace() or "a" <= chr(k) <= "z" else 35 for k in range(256)
)


# What follows the name in an apposition cue: a comma and the rest of the pattern.
_APPOS_TAIL_RE = re.compile(_APPOS_RE.pattern.removeprefix(_NAME_RUN))
_ORG_APPOS_TAIL_RE = re.compile(_ORG_APPOS_RE.pattern.removeprefix(_NAME_RUN))
# The comma of each: the rest of the pattern is a lookahead, so re's finditer finds every
# comma that opens one (consecutive ones too), skipping ahead to the next comma in C.
_APPOS_COMMA_RE = re.compile(f",(?={_APPOS_TAIL_RE.pattern.removeprefix(',')})")
_ORG_APPOS_COMMA_RE = re.compile(f",(?={_ORG_APPOS_TAIL_RE.pattern.removeprefix(',')})")


def _appos_ends(text: str) -> tuple[list[int], list[int]]:
    """Where a name may end before an apposition of _APPOS_RE and of _ORG_APPOS_RE: at a
    comma (not the text's first character) that the rest of the pattern matches from
    (found by the comma, which re looks for much faster than for a capital that opens a
    name)."""
    person = [m.start() for m in _APPOS_COMMA_RE.finditer(text, 1)]
    org = [m.start() for m in _ORG_APPOS_COMMA_RE.finditer(text, 1)]
    return person, org


def _its_ends(text: str) -> list[int]:
    """Where a name may end before _ITS_RE's ", which" or "... its".

    Between the name and "its" come only blanks and lower-case words, and a word after a
    blank starts in lower case, so holds no capital: the name is the run that ends at the
    first blank of the stretch of lower-case letters and blanks before "its".
    """
    ends = [m.start() for m in _COMMA_WHICH_RE.finditer(text) if m.start() > 0]
    its = [  # the blank before each "its"
        m.start() - 1
        for m in _ITS_WORD_RE.finditer(text)
        if m.start() > 0 and text[m.start() - 1].isspace()
    ]
    if not its:
        return ends
    marks = text.encode("ascii").translate(_STRETCH_BYTES) if text.isascii() else None
    for p in its:
        if marks is not None:
            k = marks.rfind(b"#", 0, p) + 1
        else:
            k = p
            while k > 0 and (text[k - 1].isspace() or "a" <= text[k - 1] <= "z"):
                k -= 1
        while not text[k].isspace():
            k += 1  # the name's lower-case tail, up to the first blank
        if k > 0:
            ends.append(k)
    return sorted(set(ends))


# _NAME's characters, read backwards from where a name ends (on the reversed text before it).
_NAME_CHARS_RE = re.compile(r"[\w'\u2019&\-]*")
#: How far back one match reads; a longer run is followed on character by character.
_RUN_WINDOW = 64


def _name_runs(text: str, ends: list[int]) -> tuple[list[int], list[int]]:
    """The starts and ends of the runs of name characters that end at ``ends`` (an end after
    a character that is not a name character has no run and is left out)."""
    runs, run_ends = [], []
    back = _NAME_CHARS_RE.match
    for e in ends:
        lo = max(0, e - _RUN_WINDOW)
        r = e - back(text[lo:e][::-1]).end()
        if r == e:
            continue
        if r == lo:
            while r > 0 and _is_name_char(text[r - 1]):
                r -= 1
        runs.append(r)
        run_ends.append(e)
    return runs, run_ends


def _search_before(pattern: re.Pattern[str], text: str, ends: list[int]) -> Searcher:
    """``pattern.search(text, pos)`` for a pattern opening with _NAME_RUN that can match only
    where that name ends at one of ``ends``.

    The name is the whole run of name characters from its capital, so every capital of a
    run gives a match with the same end, or none: the first capital at or after ``pos``
    (which may fall inside a run: "Inc-Holdings" after a match ending at "Inc") is tried.
    """
    runs, run_ends = _name_runs(text, ends)

    def search(pos: int) -> re.Match[str] | None:
        for k in range(bisect_left(run_ends, pos + 1), len(runs)):
            r, e = runs[k], run_ends[k]
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


def _findall_at(
    pattern: re.Pattern[str], text: str, starts: list[int], most: int = -1
) -> list[str]:
    """``_findall([_search_at(pattern, text, starts)])`` in one loop (no search closure
    called per match, no alternation step): at most ``most`` matches when ``most`` > 0."""
    if not starts:
        return []  # most articles: no keyword of most patterns
    out: list[str] = []
    match = pattern.match
    k, n = 0, len(starts)
    while k < n:
        m = match(text, starts[k])
        if m is None:
            k += 1
            continue
        out.append(next(filter(None, m.groups()), ""))
        if len(out) == most:
            return out
        pos = m.end() if m.end() > m.start() else m.end() + 1
        k = bisect_left(starts, pos, k + 1)
    return out


def _findall_before(pattern: re.Pattern[str], text: str, ends: list[int]) -> list[str]:
    """``_findall([_search_before(pattern, text, ends)])`` in one loop (no search closure
    called per match, no alternation step)."""
    if not ends:
        return []
    runs, run_ends = _name_runs(text, ends)
    out: list[str] = []
    match, capital_at = pattern.match, _CAPITAL_RE.search
    pos = 0
    k, n = 0, len(runs)
    while k < n:
        e = run_ends[k]
        capital = capital_at(text, max(pos, runs[k]), e)
        m = None if capital is None else match(text, capital.start())
        if m is None:
            k += 1
            continue
        out.append(next(filter(None, m.groups()), ""))
        pos = m.end() if m.end() > m.start() else m.end() + 1
        k = bisect_left(run_ends, pos + 1)
    return out


class ArticleCues:
    """What the article says about capitalised words anywhere in it (the cue patterns'
    matches, as ``re.findall`` finds them)."""

    __slots__ = (
        "text", "titled", "said", "who", "appos", "org", "org_appos", "its", "place", "team",
        "flags", "heads", "low",
    )

    def __init__(self, text: str) -> None:
        self.text = text
        self.heads: set[str] = set()  # first words of the article's longer candidates
        self.low: dict[str, bool] = {}  # word -> written in lower case in the article
        at = _keyword_starts(text)

        def keyed(name: str, most: int = -1) -> list[str]:
            return _findall_at(_KEYWORD_CUES[name][0], text, at[name], most)

        def either(pattern: re.Pattern[str], names: str, keyed: str, first: bool) -> list[str]:
            """The alternation of a name-first ``pattern`` before the keywords of ``names``
            and the keyword-led cue ``keyed`` (``first``: the name-first part first), as
            one part alone where the other has nowhere to match."""
            ends, starts = _name_ends(text, at, (names,)), at[keyed]
            if not starts:
                return _findall_before(pattern, text, ends)
            if not ends:
                return _findall_at(_KEYWORD_CUES[keyed][0], text, starts)
            parts = [
                _search_before(pattern, text, ends),
                _search_at(_KEYWORD_CUES[keyed][0], text, starts),
            ]
            return _findall(parts if first else parts[::-1])

        self.titled = set(keyed("titled"))
        self.said = set(either(_SAID_RE, "said_by", "said", True))
        self.who = set(_findall_before(_HE_SAID_RE, text, _name_ends(text, at, ("who", "his"))))
        self.org = set(either(_ORG_AFTER_RE, "org_by", "org", False))
        # "Sun's chief operating officer": the name run holds the possessive; the name is Sun.
        self.org.update([n[:-2] for n in self.org if n.endswith(("'s", "\u2019s"))])
        if ", " in text:
            person, org = _appos_ends(text)
            self.appos = set(_findall_before(_APPOS_RE, text, person))
            self.org_appos = set(_findall_before(_ORG_APPOS_RE, text, org))
        else:
            self.appos, self.org_appos = set(), set()
        if "its" in text or "which" in text:
            self.its = set(_findall_before(_ITS_RE, text, _its_ends(text)))
        else:
            self.its = set()
        self.place = set(keyed("place"))
        self.team = set(keyed("team"))
        flags = []
        # Only whether there are two matches matters: the search stops at the second.
        sport = (
            _findall_at(_SPORT_RE, text, at["sport"], 2)
            if _sport_by_starts(text)
            else _SPORT_RE.findall(text)
        )
        if len(sport) >= 2:
            flags.append("sport")
        if len(keyed("biz", 2)) >= 2:
            flags.append("biz")
        self.flags = tuple(flags)
