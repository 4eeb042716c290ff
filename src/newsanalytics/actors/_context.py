"""What the article's text says around a name: the context rules resolution consults.

A one-word name nobody introduced is typed by the words around any of its occurrences
(:func:`lone_word_kind`: a company's, a place's, a person's, or a counted thing's); a table
row's label is no name (:func:`table_label`); partnerships ("Goldman, Sachs and Co") and names
after "analyst with" are one firm (:func:`partnership_firms`); wire tickers mark companies
(:func:`ticker_marks`); an unknown word glued before a known organisation opens its longer
name ("the Sunday Telegraph": :func:`glued_names`); a name the article presents as a film,
a book or an album is nobody (:func:`named_works`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

from .._words import MONTH_WORDS
from ._cands import org_candidate
from ._find import at_boundary, occurrences, whole_words
from ._gazetteer import fold_word
from ._lexicon import Lexicon
from ._places import load_cities
from ._runs import _Cand
from ._tokens import _display, display_of
from ._words import (
    BODY_NOUNS,
    CITY_LOCATIVES,
    COMPANY,
    CORP_SUFFIXES,
    DATES,
    EMPLOYER_WORDS,
    FIRM_EMPLOYERS,
    FIRM_ENDS,
    LIST_STATES,
    NUMBER_WORDS,
    ORG_WORDS,
    PERIODICALS,
    POSSESSIVE_COMPANY,
    SMALL_WORDS,
    TOWN_AFTER,
    TRADE,
    alternation,
)

__all__ = [
    "company_by_context",
    "glued_names",
    "lone_word_kind",
    "named_works",
    "short_org_names",
    "partnership_firms",
    "product_names",
    "table_label",
    "ticker_marks",
]

# A capitalised word glued before a name, after a lower-case word or "The": "told the Sunday
# Telegraph", "The Sunday Telegraph said".
_GLUED_RE = re.compile(r"(?<![\w'\u2019.\-])(?:[a-z]+,?|The) ([A-Z][A-Za-z]+) $")
_ARTICLES = frozenset(("The", "A", "An", "THE"))

# Context that marks a one-word name as a company's, around any of its occurrences in the
# article: "Conrail said its offering", "Keycorp shares", "Petro-Canada, Canada's
# state-owned oil company,", "French sugar group Beghin-Say", "agreed to buy DatagraphiX".
_BODY_NOUNS = f"(?:{alternation(BODY_NOUNS)})"
_ORG_AFTER_RE = re.compile(
    r"(?:\s+(?:also\s+|earlier\s+|previously\s+)?said\s+(?:that\s+)?(?:its\b|it\s+(?:has\s+|"
    r"had\s+|have\s+)?(?:agreed|signed|completed|acquired|sold|bought|filed|raised|lowered|"
    r"reduced|increased|plans|expects|intends|will\s+(?:buy|sell|acquire|pay|offer|redeem|"
    r"issue|close|raise|cut))\b)"
    r"|['’]s(?:\s+[A-Z][\w&-]*){0,3}\s+(?:" + alternation(POSSESSIVE_COMPANY) + r")\b"
    r"|['’]s\s+(?:shares|stock|stake|subsidiary|unit|plants?|board|shareholders|"
    r"stockholders|directors|earnings|profits?|revenues?|sales|offer|bid|takeover)\b"
    r"|\s+(?:stockholders|shareholders)\b"
    r"|\s+(?:shares|stock)\s+(?:rose|fell|jumped|dropped|slipped|closed|were|are|gained|"
    r"lost|traded|of)\b"  # "Keycorp shares rose", not "Smith shares a video"
    r"|,?\s+(?:rose|fell|added|gained|lost|firmed|eased|dropped|slipped|climbed|jumped|surged"
    r"|declined|advanced|up|down|off)\s+(?:\d+-)?\d/\d{1,2}\b"  # "Cominco added 1/4": a stock
    r"|\s+(?:has\s+|had\s+)?(?:agreed\s+(?:in\s+principle\s+)?to\s+|will\s+|plans\s+to\s+)"
    r"(?:buy|acquire|sell|merge|purchase)\b"
    r"|,\s+(?:(?:a|an|the)\s+|[A-Z][\w.-]*['’]s\s+)(?:[\w-]+\s+){0,4}?" + _BODY_NOUNS + r"\b)"
)
_ORG_BEFORE_RE = re.compile(
    r"(?:\b(?:acquire|acquired|acquiring|acquisition\s+of|buy|bought|buying|purchase|"
    r"purchased|merge\s+with|merger\s+with|stake\s+in|[Ss]hares\s+of|owned\s+by|"
    r"subsidiary\s+of|unit\s+of|" + _BODY_NOUNS + r")\s+)$"
)
# "615 mln Ecus", "6,873 Jeeps": a counted thing, not anyone's name ("Jan. 8, Bowie" is).
_COUNTED_RE = re.compile(
    r"(?<![\w.,-])(?!(?:1[89]|20)\d\d\b)\d(?:[\d,.]*\d)?\s+(?:(?:mln|million|billion|thousand)\s+)?$"
)
# "the province of Heilongjiang", "Guangdong province": a place.
_PLACE_BEFORE_RE = re.compile(
    r"\b(?:province|state|city|region|island|port|town|village|county|district|prefecture|"
    r"municipality|capital) of\s+$"
)
_PLACE_AFTER_RE = re.compile(r"\s+(?:province|prefecture|county|district|region)\b")
# A possessive after the name: "the true state of Parmalat's finances" is no place's state.
_OWNS = ("'s", "’s")
# "Chairman W.A. Kistler", "Mr Simon": a person (even when he speaks for "its" company).
_PERSON_BEFORE_RE = re.compile(
    r"(?:\b(?i:chairman|president|minister|director|spokesman|spokeswoman|analyst|executive|"
    r"officer|manager|secretary|governor|senator|economist|treasurer|mr|mrs|ms|dr|sir|lord)"
    r"\.?\s+|\b[A-Z]\.\s*)(?:[A-Z]\.\s*)*$"
)
# "Simon said he", "Li, who", "Nogales, 54,": a person.
_PERSON_AFTER_RE = re.compile(
    r"(?:\s+(?:also\s+)?(?:said|says|told)\s+(?:that\s+)?(?:he|his|she|her)\b"
    r"|\s+[a-z]+\s+(?:his|her|him|himself|herself)\b|,\s+who\b|,\s+\d{2},)"
)

# A name that speaks or acts is no work's title ("a downloaded movie NEC is showing").
_SPEAKS_RE = re.compile(r"\s+(?:is|was|has|had|says|said|will|would)\b")
_OF_BEFORE_RE = re.compile(r"\bof +(?:[\w-]+ +){0,3}$")  # unless "of" makes it an object
# A work's name, by the words the article puts around it: "the film Vera Drake", "debut
# album Boy", "her role in Closer", "Vera Drake, Mike Leigh's tale about", "The Aviator,
# starring Leonardo DiCaprio"; not "the film, Vinod Pande", "Mike Nichols' Closer", "Spike
# Lee, starring in seven films". Nouns that are also verbs ("show", "play", "book") are left
# out: "polls show Obama leading". Before a title, a kind of work; after one, also words
# that only describe a work ("Mike Leigh's tale").
_WORK_KINDS = (
    "film|movie|novel|album|musical|sitcom|documentary|sequel|thriller|blockbuster|biopic|memoir"
)
_WORK_NOUNS = rf"(?:{_WORK_KINDS}|tale|drama|comedy|masterpiece)"
# Also, before a title only, kinds of work that are no verbs and seldom stand before a
# person's name: "gritty drama Wasp", "comedy Sideways", "BBC series Ballykissangel", "opera
# Carmen", "television shows Motormouth", "TV soap Brookside", "the low-budget L'Esquive" (not
# "polls show", "play England").
_WORK_BEFORE_RE = re.compile(
    rf"\b(?:{_WORK_KINDS}|drama|comedy|opera|series|soaps?|serials?|sitcoms|(?:low|big)-budget"
    r"|(?:TV|television) +(?:shows?|programmes?)"
    r"|(?:board|video|computer|card) +games?"  # "the board game Cluedo": a game, no one
    r"|(?:role|roles|starring|starred|stars|star|cameo|performances?|actor|actress) +in"
    r") +(?:The +)?$"
)
_WORK_AFTER_RE = re.compile(
    r",?\s+\(?(?:directed\s+by|starring\b(?!\s+(?:in|as|alongside)\b))"
    r"|,\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}['’]s\s+(?:[a-z-]+\s+)?" + _WORK_NOUNS + r"\b"
    # "Grange Hill, the school-based drama serial which": the kind of work heads the apposition
    r"|,\s+the\s+(?:(?!(?:of|at|in|on|for|with|by|to|and|from|behind|who)\b)[\w-]+\s+){0,3}"
    rf"(?:{_WORK_KINDS}|drama|comedy|series|soap|serial|programme)"
    r"(?=\s*[,.;)]|\s+(?:which|that|about|set|starring|written|directed|created|first)\b)"
)

# The rest of a table row after its label: figures, "nil", "unch", "vs", dashes.
# Cells are separated by blanks, so a row splits into cells one way only (no backtracking
# blow-up on long rows of figures or dashes).
_ROW_CELL = r"(?:[-+]?[.,]?\d[\d.,/]*%?|nil|unch|n\.?a\.?|vs\.?|-+|[()])"
_ROW_REST_RE = re.compile(
    r"[ \t]*(?=[^\n]*?(?:\d|\bnil\b|\bunch\b))"  # at least one figure, "nil" or "unch"
    rf"{_ROW_CELL}(?:[ \t]+{_ROW_CELL})*[ \t]*(?:\n|$)"
)


def table_label(text: str, c: _Cand) -> bool:
    """True when the candidate opens a line whose rest is figures: a table row's label."""
    # Only blanks from the line's start: read back from the name to the line break, not
    # the whole line (a paragraph is one long line).
    k = c.start
    while k > 0 and text[k - 1] != "\n":
        if not text[k - 1].isspace():
            return False
        k -= 1
    return _ROW_REST_RE.match(text, c.end) is not None


# A known city or region name in a place's context: "in Rochester", "Syracuse, Rochester and
# Buffalo, N.Y.", "Sabah and Sarawak" (its neighbour in the list is a place too).
_LOCATIVE_RE = re.compile(rf"\b(?:{alternation(CITY_LOCATIVES)})\s+$")
_LIST_BEFORE_RE = re.compile(
    r"([A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2})(?:,\s*(?:and|or)?|\s+and|\s+or)\s+$"
)
_LIST_AFTER_RE = re.compile(
    r"(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)([A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2})"
)
# "Scientific Micro Systems GmbH, Augsburg,": the town after a company's name.
_AFTER_COMPANY_RE = re.compile(rf"\b(?:{alternation(TOWN_AFTER)})\.?,\s+$")


def _among_places(before: str, after: str, places: frozenset[str], lex: Lexicon) -> bool:
    if _LOCATIVE_RE.search(before) or _AFTER_COMPANY_RE.search(before):
        return True
    for m in (_LIST_BEFORE_RE.search(before), _LIST_AFTER_RE.match(after)):
        if m is None:
            continue
        words = m.group(1).rstrip(".,").split()
        # the neighbour itself, or the end of it ("Prince Edward Island" in "... Edward
        # Island"), or its start ("Buffalo, N.Y.")
        spans = [words[k:] for k in range(len(words))] + [words[:k] for k in range(1, len(words))]
        for span in spans:
            other = " ".join(span)
            if other in places or other.rstrip(".") in LIST_STATES:
                return True
            known = lex.lookup(span, all_caps=False)
            if known is not None and known.type == "location":
                return True
    return False


def lone_word_kind(text: str, token: str, lex: Lexicon) -> str:
    """What an unintroduced one-word name guessed as a person is, by its article's context.

    Returns ``"person"``, ``"place"`` ("the province of Heilongjiang"), ``"none"`` (a
    counted thing: "615 mln Ecus"), or the canonical
    name of an organisation: a known acronym written in Title case ("Opec" -> OPEC), or the
    word itself where company context surrounds it and no person context does.
    """
    if token.lower() in NUMBER_WORDS:  # "Thirteen of the 82 are affiliates"
        return "none"
    # Three letters are too often a name ("Gao" is not the GAO); four and more rarely are.
    if 3 < len(token) <= 6 and token.isalpha() and token[0].isupper() and token[1:].islower():
        known = lex.lookup((token.upper(),), all_caps=False)
        if known is not None and known.type == "organization" and known.kind == "acronym":
            return known.canonical
    places = lex.gaz.place_names
    maybe_place = token in places
    org = place = counted = 0
    for before, after in _contexts(text, token):
        if _PERSON_AFTER_RE.match(after) or _PERSON_BEFORE_RE.search(before):
            return "person"
        if _ORG_AFTER_RE.match(after) or _ORG_BEFORE_RE.search(before):
            org += 1
        elif (
            _PLACE_BEFORE_RE.search(before) and after[:2] not in _OWNS  # "state of X's finances"
        ) or _PLACE_AFTER_RE.match(after):
            place += 1
        elif maybe_place and _among_places(before, after, places, lex):
            place += 1
        elif _COUNTED_RE.search(before):
            counted += 1
    if org:
        return token
    if place:
        return "place"
    return "none" if counted else "person"


def company_by_context(text: str, name: str, surname: str, said: bool = True) -> bool:
    """True when ``name`` reads as a company's somewhere in ``text`` ("Kerr Mcgee said its",
    "shares of Kerr Mcgee") and neither it nor its last word ``surname`` reads as a
    person's anywhere ("Kerr Mcgee said he", "Mr Mcgee", "Mcgee, 54,"). Without ``said``,
    "X said its" is no company context (a chairman or an investor is written so too:
    "Icahn said its")."""
    if not any(_company_cue(b, a, said) for b, a in _contexts(text, name)):
        return False
    return not any(
        _PERSON_AFTER_RE.match(a) or _PERSON_BEFORE_RE.search(b)
        for word in dict.fromkeys((name, surname))  # once where the name is one word
        for b, a in _contexts(text, word)
    )


def _company_cue(before: str, after: str, said: bool = True) -> bool:
    """Company context around a name, but not "producer X" nor "X, a pork producer" (a film's
    or a farm's producer is a person) nor "X, the news agency APS" (the apposition's is APS)."""
    m = _ORG_AFTER_RE.match(after)
    if m is not None and not m.group().endswith("producer") and (said or "said" not in m.group()):
        nxt = after[m.end() : m.end() + 2]
        if not (nxt[:1].isspace() and nxt[1:].isupper()):
            return True
    m = _ORG_BEFORE_RE.search(before)
    return m is not None and "producer" not in m.group()


def _contexts(text: str, name: str) -> Iterator[tuple[str, str]]:
    """The 40 characters before and the 120 after each whole-word occurrence of ``name``."""
    size, n = len(name), len(text)
    at = text.find(name)
    while at >= 0:  # str.find: no pattern per name
        end = at + size
        if (at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "_'’-")) and (
            end == n or not (text[end].isalnum() or text[end] in "_-")
        ):
            yield text[max(0, at - 40) : at], text[end : end + 120]
        at = text.find(name, at + 1)


# "Goldman, Sachs and Co", "Kidder, Peabody and Co Inc", "Baker, Fentress and Co": one firm
# named after its partners, not people.
_CAP = r"[A-Z][\w'&.\-]*"
_FIRM_END = f"(?:{alternation(FIRM_ENDS)})"
_FIRM_RE = re.compile(
    rf"{_CAP}(?: {_CAP})?(?:, {_CAP}(?: {_CAP})?)+,? (?:and|&) (?:{_CAP} )*?"
    rf"{_FIRM_END}\b\.?(?: Inc\b\.?)?"
)


_FIRM_END_RE = re.compile(rf" (?:and|&) (?:[A-Z][\w'&.\-]* )*?{_FIRM_END}\b")


# "the law firm of Kronish, Lieb, Weiner and Hellman", "analyst with Morgan Olmstead,
# Kennedy and Gardner", "economist at Credit Suisse Buckmaster and Moore": partners' names
# after words that announce a firm, without "and Co" at the end.
_FIRM_CONTEXT_RE = re.compile(
    r"\b(?:(?:law |brokerage |investment |securities |accounting |consulting )?firm of"
    r"|(?:law |brokerage |investment |securities |accounting |consulting )firm"
    rf"|(?:{alternation(FIRM_EMPLOYERS)})s? (?:at|with)) (?=[A-Z])"
)
_EMPLOYER_CONTEXT_RE = re.compile(rf"\b(?:{alternation(EMPLOYER_WORDS)})s? (?:at|with) (?=[A-Z])")
# Every match of the two context patterns above ends in "at", "of", "with" or "firm", a
# space and a capital, and holds no other such spot (its words are written in lower case):
# found by this pattern, which starts with a literal, each match is searched for only in
# the few characters before one (see _context_matches).
_CONTEXT_END_RE = re.compile(r" (?=[A-Z])(?:(?<=at )|(?<=of )|(?<=with )|(?<=firm ))")
_CONTEXT_WIDTH = max(map(len, (*EMPLOYER_WORDS, "consulting firm of"))) + len("s with ")
_CAP_RUN_RE = re.compile(rf"{_CAP}(?: {_CAP}){{0,3}}")
_FIRM_LIST_RE = re.compile(
    rf"{_CAP}(?: {_CAP}){{0,2}}(?:, {_CAP}(?: {_CAP})?)*,? (?:and|&) {_CAP}(?: {_CAP})?"
)


def _context_ends(text: str) -> list[int]:
    """Where a match of :data:`_FIRM_CONTEXT_RE` or :data:`_EMPLOYER_CONTEXT_RE` may end."""
    return [spot.end() for spot in _CONTEXT_END_RE.finditer(text)]


def _context_matches(
    pattern: re.Pattern[str], text: str, spots: list[int]
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for :data:`_FIRM_CONTEXT_RE` or
    :data:`_EMPLOYER_CONTEXT_RE`, searched for only before the ``spots`` of
    :func:`_context_ends` (the patterns start with a word boundary and an alternation:
    ``finditer`` would try them at every position of the text)."""
    pos = 0
    for end in spots:
        # A match ending here starts at most _CONTEXT_WIDTH before; none ends before
        # (those were searched for at their own spot), none ends after (its words hold
        # no spot), so the first match in the window is the next match of finditer.
        m = pattern.search(text, max(pos, end - _CONTEXT_WIDTH), end + 1)
        if m is not None:
            yield m
            pos = m.end()


def _within_sentence(text: str, m: re.Match[str], ends: list[int]) -> tuple[int, str]:
    """The match cut at the end of its sentence, as the text layer split them ("a trader at
    Kistler. Oil rose" -> "Kistler"), without the sentence's full stop."""
    k = bisect_right(ends, m.start())
    stop = min(m.end(), ends[k]) if k < len(ends) else m.end()
    found = text[m.start() : stop].rstrip().rstrip(".")
    return m.start() + len(found), found


def _known_name(name: str, lex: Lexicon) -> bool:
    """A partner's name that is a known place or organisation ("Japan", "Morgan Stanley")."""
    known = lex.lookup(name.split(), all_caps=False) if name else None
    return known is not None and known.type in ("location", "organization")


def _after_listed_firm(m: re.Match) -> re.Match | None:
    """The partnership in ``m`` without the names a list puts before it.

    A part that ends in a legal form or an abbreviation closes a name of its own:
    "Lambert Inc, Kidder Peabody and Co" lists two firms, "Salem, Ore., and Consolidated
    Insurance Services Inc" a town and a firm. What follows the last such part is a
    partnership only if it still reads as one ("Smith Barney, Harris Upham and Co").
    """
    parts = m.group().split(", ")
    cut = 0
    for k, part in enumerate(parts[:-1]):
        last = part.rsplit(" ", 1)[-1]
        if last in CORP_SUFFIXES or last.endswith("."):
            cut = k + 1
    if not cut:
        return m
    start = m.start() + len(", ".join(parts[:cut])) + 2
    return _FIRM_RE.match(m.string, start, m.end())


_PARTNER_SPLIT_RE = re.compile(r",\s*(?:and |& )?|\s+(?:and|&)\s+")


def partnership_firms(text: str, cands: list[_Cand], lex: Lexicon, ends: list[int]) -> list[_Cand]:
    """Replace the candidates inside a partnership's name by one organisation.

    ``ends`` are the sentence ends of ``text``: a firm's name never runs past one.
    """
    firms = []
    matches = []
    end = 0
    for a in _FIRM_END_RE.finditer(text):  # cheap: the regex starts with a literal
        if a.end() > end:
            lo = max(end, a.start() - 120)
            while (m := _FIRM_RE.search(text, lo, a.end() + 8)) is not None:
                firm_m = _after_listed_firm(m)
                if firm_m is not None:
                    matches.append((firm_m.start(), firm_m.end(), firm_m.group()))
                    end = firm_m.end()
                    break
                lo = m.end()  # a list of firms, none a partnership: look past it
    employer = any(w in text for w in EMPLOYER_WORDS)
    firm = (employer or "firm" in text) and (" and " in text or " & " in text)
    spots = _context_ends(text) if employer or firm else []
    if firm:
        for a in _context_matches(_FIRM_CONTEXT_RE, text, spots):
            m = _FIRM_LIST_RE.match(text, a.end())
            if m is None or any(x[0] <= m.start() < x[1] for x in matches):
                continue
            stop, found = _within_sentence(text, m, ends)
            partners = _PARTNER_SPLIT_RE.split(found)
            if any(_known_name(p, lex) for p in partners):
                continue  # "the firm Goldman Sachs and Morgan Stanley": known names
            matches.append((m.start(), stop, found))
    # "analyst with Dean Witter Reynolds": whatever capitalised name follows is the firm,
    # unless it is a known place or person.
    for a in _context_matches(_EMPLOYER_CONTEXT_RE, text, spots) if employer else ():
        m = _CAP_RUN_RE.match(text, a.end())
        if m is None or any(x[0] <= m.start() < x[1] for x in matches):
            continue
        stop, found = _within_sentence(text, m, ends)
        known = lex.lookup(found.split(), all_caps=False)
        if known is not None and known.type != "organization":
            continue
        matches.append((m.start(), stop, found))
    matches.sort()
    for start, stop, found in matches:
        words = [w.strip(",") for w in found.split()]
        core = [w for w in words if w not in ("and", "&") and w not in COMPANY]
        known = lex.lookup(core, all_caps=False) if core else None
        name = known.canonical if known is not None and known.type == "organization" else None
        firms.append((start, stop, name or found))
    if not firms:
        return cands
    out = []
    k = 0
    for c in sorted(cands, key=lambda c: c.start):
        while k < len(firms) and firms[k][1] <= c.start:
            k += 1
        if k < len(firms) and firms[k][0] <= c.start < firms[k][1]:
            start, end, name = firms[k]
            if not out or out[-1].start != start:
                words = name.replace(",", "").split()
                out.append(_Cand(start, end, c.sentence, words, "organization", name))
            continue
        out.append(c)
    return out


_TICKER_RE = re.compile(r"[ \t]*<[A-Z0-9][A-Z0-9.\-]{0,9}>")


def ticker_marks(text: str, cands: list[_Cand]) -> list[_Cand]:
    """Wire copy marks companies: "Swissair <SWSZ.Z> said", "Sweden's <Nordbanken>".

    Returns the candidates without the tickers themselves ("<GY>"): markup, no name the
    typer may take up.
    """
    out = []
    for c in cands:
        if c.type not in (None, "person") or c.canonical is not None:
            out.append(c)
            continue
        inside = c.start > 0 and text[c.start - 1] == "<"
        if inside and text[c.end : c.end + 1] == ">" and c.tokens[0].isupper():
            continue  # the ticker itself: "<GY>"
        if inside or _TICKER_RE.match(text, c.end):
            c.type, c.canonical, c.guess = "organization", _display(c.tokens), None
        out.append(c)
    return out


def glued_names(text: str, cands: list[_Cand], lex: Lexicon) -> list[_Cand]:
    """A known organisation's name with an unknown word before it is a longer name.

    "the Sunday Telegraph", "the NY Times": a capitalised word in mid-sentence that names
    nothing on its own (no candidate, no gazetteer entry, given name, title or organisation
    word), directly before a known organisation, opens that organisation's own longer name:
    the two are one unknown organisation, and the known one is no mention.
    """
    gaz = lex.gaz
    ending = {c.end: c for c in cands}
    # "the Trump White House": a person's name before an organisation's is no part of it.
    people = {c.tokens[-1] for c in cands if c.type == "person"}
    dropped: set[int] = set()
    for c in cands:
        if c.type != "organization" or c.entry is None or c.heading or c.start < 2:
            continue
        m = _GLUED_RE.search(text, max(0, c.start - 30), c.start)
        if m is None:
            continue
        word = m.group(1)
        other = ending.get(m.end(1))
        if other is not None and (other.type or other.entry or other.start != m.start(1)):
            continue  # "US Federal Reserve": a name of its own before the known one
        if (
            word in _ARTICLES
            or word in people
            or word.casefold() in gaz.people_short
            or word in MONTH_WORDS  # "a March White House visit"
            or word in gaz.first_names
            or word in ORG_WORDS
            or fold_word(word) in gaz.title_first_keys
            or lex.lookup((word,), all_caps=False) is not None
        ):
            continue
        c.start = m.start(1)
        c.tokens = [word, *c.tokens]
        c.canonical = _display(c.tokens)
        c.entry = None
        c.prev = text[max(0, c.start - 30) : c.start].split()[-1].lower()
        if other is not None:
            dropped.add(id(other))  # "NY", left unresolved, is part of "NY Times"
    return [c for c in cands if id(c) not in dropped] if dropped else cands


def named_works(
    text: str, decided: list[tuple[_Cand, str | None, str | None]]
) -> list[tuple[_Cand, str | None, str | None]]:
    """Names the article itself presents as a work (a film, a book, an album): nobody.

    "his role in Vera Drake", "Vera Drake, Mike Leigh's tale about...", "the film Black
    Friday", "The Aviator, starring Leonardo DiCaprio": a person or organisation name no
    gazetteer knows, written once with such words around it, is a work's title wherever the
    article writes it, and none of its mentions is an actor.
    """
    works: set[str] = set()
    for c, actor, atype in decided:
        if c.entry is not None or atype not in ("person", "organization"):
            continue
        if actor in works or actor != display_of(tuple(c.tokens)):
            continue
        after = text[c.end : c.end + 80]
        kind = None if after.startswith(("'", "’")) else _WORK_BEFORE_RE.search(
            text, max(0, c.start - 40), c.start
        )
        if (
            kind
            and (
                not _SPEAKS_RE.match(after)  # "the creator of TV soap Brookside has written"
                or _OF_BEFORE_RE.search(text, max(0, kind.start() - 40), kind.start())
            )
        ) or _WORK_AFTER_RE.match(after):
            works.add(actor)  # type: ignore[arg-type]
    if not works:
        return decided
    return [(c, None, None) if c.entry is None and a in works else (c, a, t) for c, a, t in decided]


# A product's name after its maker's: "Nintendo DS", "Sony PSP", "Apple iPod", "Sony
# PlayStation": all capitals, or a capital or digit inside the word (not "Microsoft Xbox").
# Not a surname with an inner capital ("McCartney", "DeGeneres", "MacLeod").
_PRODUCT_RE = re.compile(
    r"[A-Z]{2,5}|(?!Mc|Mac|De|Di|Da|Du|La|Le|Van|Von)[A-Z][a-z]+[A-Z0-9]\w*|[a-z]+[A-Z]\w+"
)

_COMPANY_FOLDED = frozenset(w.casefold() for w in COMPANY)


def product_names(text: str, cands: list[_Cand], lex: Lexicon) -> list[_Cand]:
    """A name the article writes right after its maker's is a product: nobody.

    "Nintendo DS ... the DS will appeal": an unknown all-capitals or inner-capital word
    directly after an organisation's name (a known organisation, or a name the article also
    writes alone: "Nintendo") is the maker's product, and so is "Nintendo DS" read as one
    name: none of them is an actor. Not a place, a known name, a given name, a title or an
    organisation word or legal form ("Nintendo Europe", "BBC Radio", "IBM UK", "GMBH").
    """
    gaz = lex.gaz
    starting = {c.start: c for c in cands}
    alone: dict[tuple[str, ...], _Cand] = {}
    for c in cands:
        if c.type in (None, "organization"):
            alone.setdefault(tuple(c.tokens), c)
    # "the Bank of England MPC": the initials of a name in the article are that name (read
    # only when a word after a maker passes the checks before them).
    initials: set[str] | None = None
    makers: dict[str, _Cand] = {}
    for c in cands:
        if c.entry is None and len(c.tokens) > 1:
            word, maker = c.tokens[-1], alone.get(tuple(c.tokens[:-1]))  # "Nintendo DS"
        elif c.type == "organization" and c.entry is not None and text[c.end : c.end + 1] == " ":
            o = starting.get(c.end + 1)  # "Sony" then "PSP"
            if o is None or o.entry is not None or len(o.tokens) != 1:
                continue
            word, maker = o.tokens[0], c
        else:
            continue
        if (
            maker is None
            or maker.tokens[0] in gaz.first_names  # "Frank Field MP", a person
            or _PRODUCT_RE.fullmatch(word) is None
            or word in ORG_WORDS
        ):
            continue
        if initials is None:
            initials = {"".join(t[0] for t in c.tokens if t[:1].isupper()) for c in cands}
        if (
            word in initials
            or word.casefold() in _COMPANY_FOLDED
            or word in gaz.first_names
            or fold_word(word) in gaz.title_first_keys
            or lex.lookup((word,), all_caps=False) is not None
        ):
            continue
        makers[word] = maker
    if not makers:
        return cands
    # "the DS", and "Nintendo DS" read as one name: the product, nobody ("Frank Field MP"
    # after "Labour MP" stays); the known maker's name inside "Nintendo DS" is no mention.
    inside = set()
    for c in cands:
        o = starting.get(c.end + 1)
        if c.entry is not None and o is not None and o.entry is None and o.tokens[0] in makers:
            inside.add(id(c))
    return [
        c
        for c in cands
        if id(c) not in inside
        and (
            c.entry is not None
            or c.tokens[-1] not in makers
            or (len(c.tokens) > 1 and c.tokens[:-1] != makers[c.tokens[-1]].tokens)
        )
    ]


# The word right before a lone word, on its own line (a wrapped line's break is a space in
# the normalised text; a headline's end is not part of the body's first name).
_IN_NAME_BEFORE_RE = re.compile(r"([-']|[A-Z][\w'&]*)[^\S\n]*\Z")


def _in_name(text: str, start: int) -> bool:
    """True when a capitalised word or a hyphen comes right before ``start`` ("King World"),
    not a small word opening the sentence ("With United battling")."""
    m = _IN_NAME_BEFORE_RE.search(text[max(0, start - 40) : start])
    return m is not None and m.group(1).lower() not in SMALL_WORDS


_LONE_AFTER_RE = re.compile(r"(?:'s)?(?!\s+[A-Z0-9]|-[A-Z0-9])")


# Words that open a sentence as often as a name: "All Blacks ... All three players".
_QUANTIFIERS = frozenset(
    "all both each every any some no none many most more few such other another".split()
)


def short_org_names(
    text: str, cands: list[_Cand], lex: Lexicon, ends: list[int], index: list[int]
) -> list[_Cand]:
    """A lone everyday word that opens an organisation the article names in full is it.

    "Sun Microsystems has launched ... maintained by Sun. Sun likened ...": the scanner drops
    "Sun" as an everyday word, but in an article that names Sun Microsystems each lone
    capitalised "Sun" is the company. Only the first word of a company's name (not of a
    body's: "House Judiciary Committee" ... "the House intelligence committee") that the
    gazetteer does not know as something else, an everyday word (a distinctive one is
    resolved already), and only where no other candidate covers it.

    Parameters
    ----------
    text : str
        The normalised text.
    cands : list of _Cand
        The article's candidates.
    lex : Lexicon
        The lexicon (common words, organisation words).
    ends, index : list of int
        Where each sentence ends in ``text``, and its index.

    Returns
    -------
    list of _Cand
        ``cands`` with the lone short forms added.
    """
    gaz = lex.gaz
    firsts: dict[str, str] = {}
    placed: dict[str, str] = {}  # "Texas Instruments": a company named after a place
    for c in cands:
        if c.type != "organization" or len(c.tokens) < 2 or not c.canonical:
            continue
        word = c.tokens[0]
        if (
            len(word) > 2
            and word.isalpha()
            and word[0].isupper()
            and word[1:].islower()
            and word.lower() in gaz.common_words
            and word not in ORG_WORDS
            # "Sunday Telegraph" ... "the Mail on Sunday", "Evening prices": the day's word
            and word not in DATES
            and word not in PERIODICALS
            and word.lower() not in SMALL_WORDS  # "But David Healy of Drexel ..."
            and word.lower() not in _QUANTIFIERS  # "All Blacks ... All three players"
            and word not in gaz.first_names
            and lex.lookup((word,), all_caps=False) is None
            # "House Judiciary Committee" ... "the House"; but "Jet Airways" ... "Jet"
            and not _body_name(c, TRADE if _by_trade(c.tokens) else frozenset())
            and c.tokens[1] != "of"  # "House of Commons" ... "The House voted"
        ):
            firsts.setdefault(word, c.canonical)
        elif _company_of_place(c, lex):
            placed.setdefault(word, c.canonical)
    for word in list(placed):
        if _names_place(text, word):
            del placed[word]  # "in Texas", "Dallas, Texas": the article names the place too
    for c in cands:
        if len(c.tokens) != 1:
            continue
        word = c.tokens[0]
        if c.type is None and word in firsts and not _in_name(text, c.start):
            c.type, c.canonical = "organization", firsts[word]  # untyped: "by Sun."
        elif c.type == "location" and word in placed and _firm_use(text, c):
            c.type, c.canonical, c.entry = "organization", placed[word], None  # "said Texas"
    if not firsts or not ends:
        return cands
    spans = sorted((c.start, c.end) for c in cands)
    starts = [s for s, _ in spans]
    added: list[_Cand] = []
    # Each word's whole-word occurrences, by str.find: what one pattern of all the words
    # (``\b(?:words)\b``) finds, without compiling a pattern per article.
    for s, e, word in whole_words(text, firsts):
        name = firsts[word]
        if not _LONE_AFTER_RE.match(text, e) or _in_name(text, s):
            continue  # "Sun Grid", "King World", "Broker's Choice": part of another name
        k = bisect_right(starts, s) - 1
        if k >= 0 and spans[k][1] > s:
            continue  # inside a longer name ("Sun Microsystems", "The Sun Grid")
        if k + 1 < len(spans) and spans[k + 1][0] < e:
            continue
        added.append(org_candidate(text, ends, index, (s, e), [word], name))
    if not added:
        return cands
    return sorted([*cands, *added], key=lambda c: c.start)


# Before a lone place name, and after it, where it is the place ("in Texas", "Dallas,
# Texas", "the state of Texas", "Texas governor").
_PLACE_BEFORE_USE_RE = re.compile(
    r"(?:\b(?i:in|from|across|around|into|near|throughout|to|of|outside|state|west|east|north|"
    r"south|central|western|eastern|northern|southern)\s+(?:the\s+)?|[A-Z][a-z]+,?\s+(?:and\s+)?)$"
)
_PLACE_AFTER_USE_RE = re.compile(r"(?:'s)?\s+(?i:state|governor)\b")
# Around a lone place name where a company is meant: "said Texas", "Texas, which makes".
_FIRM_BEFORE_RE = re.compile(r"\b(?:said|at|by|with)\s+$")
_FIRM_AFTER_RE = re.compile(
    r"(?:'s)?,?\s+(?:which|said|says|is|has|was|will|would|plans|expects|reported|makes)\b"
)


def _firm_use(text: str, c: _Cand) -> bool:
    """True when a lone place name ``c`` stands where a company does ("said Texas")."""
    return bool(
        _LONE_AFTER_RE.match(text, c.end)
        and (
            _FIRM_BEFORE_RE.search(text[max(0, c.start - 12) : c.start])
            or _FIRM_AFTER_RE.match(text, c.end)
        )
    )


def _names_place(text: str, word: str) -> bool:
    """True when a lone ``word`` of ``text`` is used as a place somewhere."""
    # The matches of rf"\b{re.escape(word)}\b" (left to right, none overlapping), found
    # without a pattern compiled for each word.
    size, last = len(word), 0
    for s in occurrences(text, word):
        e = s + size
        if s < last or not (at_boundary(text, s) and at_boundary(text, e)):
            continue
        last = e
        if not _LONE_AFTER_RE.match(text, e):
            continue  # "of Texas Instruments": the company's full name
        if _PLACE_BEFORE_USE_RE.search(text[max(0, s - 30) : s]) or _PLACE_AFTER_USE_RE.match(
            text, e
        ):
            return True
    return False


def _by_trade(tokens: list[str]) -> bool:
    """A business's name by its trade word, in capitalised words ("Jet Airways"; not "Angels
    on Radio")."""
    return tokens[-1] in TRADE and all(t[:1].isupper() for t in tokens)


def _body_name(c: _Cand, firms: frozenset[str] = frozenset()) -> bool:
    """True for a body's name, not a company's: an organisation word after its first word
    that is no company's (nor in ``firms``: "Jet Airways") ("House Judiciary Committee",
    "Texas Railroad Commission")."""
    return any(t in ORG_WORDS and t not in COMPANY and t not in firms for t in c.tokens[1:])


def _company_of_place(c: _Cand, lex: Lexicon) -> bool:
    """True for a company named after a region ("Texas Instruments"), not a country, a
    capital or a nationality ("China Mobile", "Washington Post", "American Airlines")."""
    word = c.tokens[0]
    if word in ORG_WORDS or _body_name(c):
        return False
    entry = lex.lookup((word,), all_caps=False)
    return (
        entry is not None
        and entry.type == "location"
        and entry.kind == "name"
        and word not in load_cities().countries
    )
