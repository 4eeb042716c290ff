"""Names that continue past a known organisation: its station ("BBC Radio 4") or its
regional arm ("Nintendo Europe"); and names that an acronym after them spells out in full
("National Security Council (NSC)").

The scanner stops a run of capitalised words at a number, and resolution reads a region
after a known company as the place; a reader takes either as part of one longer name, the
organisation's own unit. For the same reason a broadcaster named by a station word and its
number alone ("Channel 4", "Radio 4") and a body named after its head's office ("the
Information Commissioner's Office": the scanner stops at the possessive) are added whole.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import accumulate

from ._candidate import _Cand
from ._gazetteer import load_gazetteer
from ._tokens import _display, _sentence_of
from ._words import CORP_SUFFIXES, ORG_WORDS, alternation

__all__ = ["acronym_extents", "bracketed_arms", "organisation_units"]

# The last word of a broadcaster's name that a channel number may follow: "BBC Radio 4",
# "BBC News 24", "Channel 4" (not "Nintendo 64", a product).
_STATION_WORDS = frozenset({"Radio", "News", "Channel", "TV"})
_NUMBER_RE = re.compile(r" (\d{1,3})(?![\w,/%\-]|[.:]\d)")  # not "Radio 4.5", "News 10:30"
# A broadcaster named by a station word and its number alone: "Channel 4", "Radio 4" (the
# scanner stops at the number and drops the everyday word before it).
_STATION_RE = re.compile(r"(?<![\w&.\-])(Channel|Radio) (\d{1,2})(?![\w,/%\-]|[.:]\d)")
# A body named after its head's office: "the Information Commissioner's Office", "the
# Attorney General's Office" (the scanner stops at the possessive).
_OFFICE_RE = re.compile(
    r"(?<![\w&.\-])(?:(?!The )[A-Z][a-z]+ ){1,3}(?:Commissioner|Ombudsman|General|Registrar"
    r"|Comptroller|Auditor|Inspector|Prosecutor|Advocate|Controller|Coroner)['\u2019]s"
    r" (?:Office|Department|Bureau)(?![\w\-])"
)
_OFFICES = frozenset((" Office", "artment", " Bureau"))  # the last 7 characters of the name
# A broadcaster's name: one or two capitalised words and "TV", after a lower-case word.
_TV_RE = re.compile(r"(?<=[a-z,] )(?:[A-Z][a-z]+ ){1,2}TV(?![\w\-])")
# A lower-case noun after a name that makes it a modifier: "Transatlantic TV howlers", "TV
# series"; not a verb ("is", "has", "was", "says").
_MODIFIED_RE = re.compile(
    r" (?!(?:is|has|was|says|does)\b)(?:[a-z]+s|series|show|programme|channel|drama|network"
    r"|station|studio|licence|deal|coverage|footage|production)\b"
)
# Regions a company names its arm after: "Nintendo Europe", "eBay UK", "Sony America".
_REGIONS = ("Europe", "Asia", "America", "UK")
_REGION_RE = re.compile(rf" ({'|'.join(_REGIONS)})(?: ({alternation(CORP_SUFFIXES)}))?(?![\w\-])")

# A company's arm named in brackets before its legal form: "Takugin International (Asia) Ltd",
# "Nikko Securities Co (Europe) Ltd", "Cheung Kong (Holdings) Ltd".
_BRACKET_RE = re.compile(
    r"\(([A-Z][\w.&'\-]*(?: [A-Z][\w.&'\-]*){0,2})\)"  # opens with "(": a quick scan
    r"(?:[ \t]+|[ \t]*\n[ \t]*)"
    rf"({alternation(CORP_SUFFIXES)})(?![\w\-])"
)
# The word before a position, one blank (a space, a line break) after it.
_WORD_BEFORE_RE = re.compile(r"(\S+)[ \t\n]?\Z")
_NAME_WORD_RE = re.compile(r"[A-Z][\w&.\-]*\Z")
_OPENERS = frozenset("<(\"'\u201c")
_AFTER_AND = frozenset({"Co", "Co.", "Sons", "Company", "Partners"})


def _name_start(text: str, end: int) -> int:
    """Where the company name ending at ``end`` starts: back over its capitalised words,
    "of" after an organisation word ("Union Bank of Switzerland") and "and" before "Co" or
    "Sons" ("C. Itoh and Co"); a legal form, a possessive, a lower-case word or a
    punctuation mark ends the walk."""
    start = end
    first = ""
    for _ in range(8):
        m = _WORD_BEFORE_RE.search(text, max(0, start - 40), start)
        if m is None:
            break
        w = m.group(1)
        if w in ("and", "&") and first in _AFTER_AND or w == "of" and first:
            b = _WORD_BEFORE_RE.search(text, max(0, m.start() - 40), m.start())
            if b is None or not _NAME_WORD_RE.match(b.group(1)) or b.group(1) in CORP_SUFFIXES:
                break
            if w == "of" and b.group(1) not in ORG_WORDS:
                break
            start, first = b.start(), b.group(1)
            continue
        opens = w[:1] in _OPENERS  # "<Toshiba Information Systems (U.K.) Ltd"
        if opens:
            w = w[1:]
        if (
            not _NAME_WORD_RE.match(w)
            or (first and w in CORP_SUFFIXES)  # "Hongkong Ltd and Takugin International"
            or w.rsplit("-", 1)[-1].islower()  # "Hong Kong-based"
        ):
            break
        start, first = m.end(1) - len(w), w
        if opens:
            break
    if text[start : start + 3] in ("The", "the") and text[start + 3 : start + 4].isspace():
        start += 4
    return start


def _before_blanks(text: str, i: int) -> int:
    """Where the blanks (spaces, tabs, line breaks) right before ``i`` in ``text`` start."""
    while i > 0 and text[i - 1] in " \t\n":
        i -= 1
    return i


class _ByStart:
    """The candidates of an article looked up by where they start, so that each bracket or
    acronym reads the few near it, not all of them (thousands in a long article)."""

    def __init__(self, cands: list[_Cand]) -> None:
        self.cands = cands
        self.order = sorted(range(len(cands)), key=lambda k: cands[k].start)
        self.starts = [cands[k].start for k in self.order]
        self.longest = max((c.end - c.start for c in cands), default=0)
        self.in_order = self.order == list(range(len(cands)))

    def starting(self, lo: int, hi: int) -> list[_Cand]:
        """The candidates that start in ``[lo, hi)``, in their order in the list."""
        a, b = bisect_left(self.starts, lo), bisect_left(self.starts, hi)
        return [self.cands[k] for k in sorted(self.order[a:b])]

    def reaching(self, lo: int, hi: int) -> list[_Cand]:
        """The candidates that may overlap ``[lo, hi)``: those starting no further before it
        than the longest candidate is long, in their order in the list."""
        return self.starting(lo - self.longest, hi)


def _outside(cands: list[_Cand], spans: list[tuple[int, int]], *, whole: bool) -> list[_Cand]:
    """``cands`` but those that start inside one of ``spans`` (or, with ``whole``, lie
    inside one), in their order."""
    spans = sorted(spans)
    los = [lo for lo, _ in spans]
    reach = list(accumulate((hi for _, hi in spans), max))  # the furthest end so far
    out = []
    for c in cands:
        k = bisect_right(los, c.start) - 1
        if k < 0 or (reach[k] < c.end if whole else reach[k] <= c.start):
            out.append(c)
    return out


def bracketed_arms(text: str, cands: list[_Cand], ends: list[int], index: list[int]) -> list[_Cand]:
    """``cands`` with a name, its bracketed arm and the legal form after it made one
    organisation: "Takugin International (Asia) Ltd", not the place "Asia".

    The scanner's runs of capitalised words stop at a bracket; a legal form right after the
    bracket closes one company's name, and the capitalised words before the bracket open it.

    Parameters
    ----------
    text : str
        The article text the candidates index into.
    cands : list of _Cand
        The article's candidates.
    ends, index : list of int
        Where each sentence ends in ``text``, and its index.

    Returns
    -------
    list of _Cand
        The candidates, those inside a joined name replaced by it.
    """
    found: list[_Cand] = []
    by_start: _ByStart | None = None  # built at the first name found (most brackets hold none)
    for m in _BRACKET_RE.finditer(text):
        end = _before_blanks(text, m.start())
        gap = text[end : m.start()]
        if (
            not gap
            or gap.count("\n") > 1
            or not (text[end - 1 : end].isalpha() or text[end - 1 : end] == ".")
        ):
            continue  # the name ends a blank (at most one line break) before the bracket
        start = _name_start(text, end)
        sentence = _sentence_of(ends, index, start)
        if start >= end or _sentence_of(ends, index, m.end() - 1) != sentence:
            continue  # a name stays inside its sentence
        # A known name with a link in it: "Cable and Wireless". Each one moves ``start`` back;
        # in a list in order of start no later one can move it again, out of order one can.
        if by_start is None:
            by_start = _ByStart(cands)
        holding = by_start.reaching(start, start) if by_start.in_order else cands
        for c in holding:
            if c.start < start < c.end:
                start = c.start
        words = text[start:end].split()
        tokens = [*words, f"({m.group(1)})", m.group(2)]
        inside = by_start.starting(start, m.end())
        first = inside[0] if inside and inside[0].start == start else None
        name = f"{_display(words)} ({m.group(1)}) {m.group(2)}"
        cand = _Cand(start, m.end(), sentence, tokens, "organization", name)
        if first is not None:
            # Not its heading flag: a sentence cut at "(H.K." looks like a Title Case line.
            cand.initial, cand.prev = first.initial, first.prev
        found.append(cand)
    if not found:
        return cands
    kept = _outside(cands, [(c.start, c.end) for c in found], whole=False)
    return sorted([*kept, *found], key=lambda c: c.start)


def organisation_units(
    text: str, cands: list[_Cand], ends: list[int], index: list[int]
) -> list[_Cand]:
    """``cands`` with a station number or a regional arm joined to the organisation before it,
    and a broadcaster named by a station word and its number alone ("Channel 4") added.

    Parameters
    ----------
    text : str
        The article text the candidates index into.
    cands : list of _Cand
        The article's candidates.
    ends, index : list of int
        Where each sentence ends in ``text``, and its index.

    Returns
    -------
    list of _Cand
        The candidates, a region's own candidate dropped where it joined a company.
    """
    drop: set[int] = set()
    for c in cands:
        if c.type != "organization":
            continue
        m = None
        if c.tokens[-1] in _STATION_WORDS:
            m = _NUMBER_RE.match(text, c.end)
        elif c.entry is not None and c.entry.kind != "place":
            m = _REGION_RE.match(text, c.end)
        if m is None:
            continue
        words = [w for w in m.groups() if w]  # "Salomon Brothers Asia Ltd": one name
        end = m.end()
        base = c.canonical if c.canonical and c.canonical.endswith(c.tokens[-1]) else None
        c.canonical = f"{base or ' '.join(c.tokens)} {' '.join(words)}"
        c.tokens = [*c.tokens, *words]
        c.end = end
        drop.add(m.start(1))
    if drop:
        cands = [c for c in cands if c.start not in drop]
    if "Channel " in text or "Radio " in text:
        cands = _bodies(_STATION_RE, text, cands, ends, index)
    if "s Office" in text or "s Department" in text or "s Bureau" in text:
        cands = _bodies(_OFFICE_RE, text, cands, ends, index)
        cands = _lower_offices(text, cands, ends, index)
    if " TV" in text:
        cands = _tv_stations(text, cands, ends, index)
    return cands


def _tv_stations(text: str, cands: list[_Cand], ends: list[int], index: list[int]) -> list[_Cand]:
    """``cands`` with each broadcaster named by one or two capitalised words, none an
    everyday word, and "TV" after a lower-case word, that no candidate touches ("chairman of
    Mersey TV": the scanner reads no name with "TV" in it), as an organisation."""
    found = []
    common = load_gazetteer().common_words
    for m in _TV_RE.finditer(text):
        start, end = m.span()
        words = m.group().split()[:-1]
        before = text[max(0, start - 30) : start].split()[-1:]
        if (
            not before
            or not before[0].islower()  # "Internet Protocol TV"
            or any(w.lower() in common for w in words)  # "State TV", "Appears On TV"
            or any(c.start < end and start < c.end for c in cands)  # "BBC TV": a candidate
            or _MODIFIED_RE.match(text, end)  # "Transatlantic TV howlers": a modifier
        ):
            continue
        sentence = _sentence_of(ends, index, start)
        cand = _Cand(start, end, sentence, m.group().split(), "organization")
        cand.canonical, cand.sure = m.group(), True
        found.append(cand)
    if not found:
        return cands
    return sorted([*cands, *found], key=lambda c: c.start)


def _lower_offices(
    text: str, cands: list[_Cand], ends: list[int], index: list[int]
) -> list[_Cand]:
    """``cands`` with the lower-case mentions of each head's office the article names in
    capitals ("The information commissioner's office says ... the Information Commissioner's
    Office said"), as that office; not inside another candidate."""
    names = {c.canonical for c in cands if c.sure and c.canonical and c.canonical[-7:] in _OFFICES}
    found = []
    lowered = text.lower()
    for name in names:
        low = name.lower()
        if low not in lowered:
            continue
        pattern = re.compile(
            r"(?<![\w&.\-])" + re.escape(low).replace("'", "['\u2019]") + r"(?![\w\-])"
        )
        for m in pattern.finditer(text):
            start, end = m.span()
            if any(c.start < end and start < c.end for c in cands):
                continue
            sentence = _sentence_of(ends, index, start)
            cand = _Cand(start, end, sentence, m.group().split(), "organization")
            cand.canonical, cand.sure = name, True
            found.append(cand)
    if not found:
        return cands
    return sorted([*cands, *found], key=lambda c: c.start)


def _bodies(
    pattern: re.Pattern[str], text: str, cands: list[_Cand], ends: list[int], index: list[int]
) -> list[_Cand]:
    """``cands`` with each organisation ``pattern`` finds ("Channel 4", "Information
    Commissioner's Office") in place of the candidates inside it ("Information
    Commissioner"), in order of start; not where a candidate reaches past it ("BBC Radio 4"
    is joined to the broadcaster already)."""
    found = []
    inside: set[int] = set()
    for m in pattern.finditer(text):
        start, end = m.start(), m.end()
        over = [k for k, c in enumerate(cands) if c.start < end and start < c.end]
        if any(cands[k].start < start or cands[k].end > end for k in over):
            continue  # "BBC Radio 4": joined to the broadcaster already
        inside.update(over)
        name = " ".join(m.group().split()).replace(" 's", "'s").replace("\u2019s", "'s")
        tokens = name.replace("'s", " 's").split()
        cand = _Cand(start, end, _sentence_of(ends, index, start), tokens, "organization")
        cand.canonical, cand.sure = name, True
        found.append(cand)
    if not found:
        return cands
    kept = [c for k, c in enumerate(cands) if k not in inside]
    return sorted([*kept, *found], key=lambda c: c.start)


# An acronym defined in brackets right after a name: "(NSC)", "(IFPI)".
_ACRONYM_RE = re.compile(r"\(([A-Z]{2,7})\)")
# The words a name's initials skip: "International Committee of the Red Cross (ICRC)".
_LINKS = frozenset({"of", "the", "for", "and", "&", "de", "du", "des", "on"})
_CAP_WORD_RE = re.compile(r"[A-Z][\w'&.\-]*\Z")
_NON_BLANK_RE = re.compile(r"\S+")


def _initials(words: list[str], hyphens: bool) -> str:
    """The capitals that open ``words`` (and, with ``hyphens``, each hyphenated part)."""
    parts = [p for w in words for p in (w.split("-") if hyphens else (w,))]
    return "".join(p[0] for p in parts if p[:1].isupper())


def acronym_extents(
    text: str, cands: list[_Cand], ends: list[int], index: list[int]
) -> list[_Cand]:
    """``cands`` with an organisation's name that the text spells out before its acronym
    made one organisation: "National Security Council (NSC)", not the "Security Council";
    "Development Bank of the Philippines (DBP)", not "Development Bank" and the place.

    The acronym's letters are the initials of the name's capitalised words (or of their
    hyphenated parts: "National Hi-Tech Crime Unit (NHTCU)"), which fixes where the name
    starts. Only where candidates lie inside that name, none as long, and none crosses its
    edges ("U.S. Commodity Credit Corporation (CCC)" stays as it is), and only a
    name with an organisation's word ("Council", "Bank") or candidate in it: not "Gross
    Domestic Product (GDP)". A known organisation named after "of" inside it stays as it
    is ("Commission of the European Communities (CEC)": the article is about the European
    Community too).

    Parameters
    ----------
    text : str
        The article text the candidates index into.
    cands : list of _Cand
        The article's candidates.
    ends, index : list of int
        Where each sentence ends in ``text``, and its index.

    Returns
    -------
    list of _Cand
        The candidates, those inside a spelt-out name replaced by it.
    """
    found: list[_Cand] = []
    by_start: _ByStart | None = None  # built at the first name found (most brackets hold none)
    for m in _ACRONYM_RE.finditer(text):
        acronym = m.group(1)
        end = _before_blanks(text, m.start())
        if text[end : m.start()].count("\n") > 1:
            continue
        if text[end - 1 : end] in ("'", "\u2019"):  # "Incomes Data Services' (IDS)"
            end -= 1
        elif text[end - 2 : end] in ("'s", "\u2019s"):  # "Disasters Emergency Committee's (DEC)"
            end -= 2
        words = [
            (w.group(), w.start()) for w in _NON_BLANK_RE.finditer(text[max(0, end - 160) : end])
        ]
        offset = max(0, end - 160)
        start = None
        k = len(words)
        while k > 0:
            w = words[k - 1][0]
            if not (_CAP_WORD_RE.match(w) or (w in _LINKS and k < len(words))):
                break
            k -= 1
            if w in _LINKS:
                continue
            names = [x for x, _ in words[k:]]
            if acronym in (_initials(names, False), _initials(names, True)):
                start = offset + words[k][1]
                break
        if start is None or " " not in text[start:end].replace("\n", " "):
            continue
        if by_start is None:
            by_start = _ByStart(cands)
        near = by_start.reaching(start, end)
        if any(c.start < start < c.end or c.start < end < c.end for c in near):
            continue  # a longer name holds it, or it crosses one
        inside = [c for c in by_start.starting(start, end) if c.end <= end]
        if not inside or any(c.start == start and c.end == end for c in inside):
            continue  # no name, or one already as long ("Gulf Co-operation Council (GCC)")
        if any(
            c.start > start
            and c.entry is not None
            and c.entry.type == "organization"
            and text[max(0, c.start - 5) : c.start].split()[-1:] in (["of"], ["the"], ["for"])
            for c in inside
        ):
            continue  # "Commission of the European Communities (CEC)": both are actors
        tokens = text[start:end].split()
        if ORG_WORDS.isdisjoint(tokens) and all(c.type != "organization" for c in inside):
            continue  # "Gross Domestic Product (GDP)", "European Monetary System (EMS)"
        cand = _Cand(start, end, _sentence_of(ends, index, start), tokens, "organization")
        cand.canonical = _display(tokens)
        first = inside[0]
        before = text[max(0, start - 30) : start].split()
        cand.prev = first.prev if first.start == start else before[-1].lower() if before else ""
        cand.initial, cand.heading = first.start == start and first.initial, first.heading
        cand.nxt = inside[-1].nxt
        found.append(cand)
    if not found:
        return cands
    kept = _outside(cands, [(c.start, c.end) for c in found], whole=True)
    return sorted([*kept, *found], key=lambda c: c.start)
