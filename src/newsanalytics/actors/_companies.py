"""Companies by the names the wire and the article give them.

A name the wire marks ``<...>`` is one company's, whole (:func:`marked_names`); a company
the article names with its legal form stands for itself by the words before it elsewhere
("Texas Air Corp ... Texas Air": :func:`company_short_names`).
"""

from __future__ import annotations

import re

from ._candidate import _Cand
from ._cands import org_candidate
from ._context import _LONE_AFTER_RE, _in_name
from ._find import word_sequences
from ._lexicon import Lexicon
from ._names import _COMPANY_TAIL, _LEGAL_ENDS
from ._tokens import _sentence_of, next_words
from ._words import CORP_SUFFIXES, SMALL_WORDS

__all__ = ["company_short_names", "marked_names"]

# A company's name as the wire marks it: "<Nippon Life Insurance Co>", "<Airbus Industrie>".
_MARKED_RE = re.compile(r"<([A-Z][^<>()\n]*(?:\n[^<>()\n]*)?)>")
# Words a company's name may hold in lower case ("Bank of Canada", "Fichtel und Sachs AG").
_NAME_JOINERS = frozenset(
    "and of de du des la le di del da das do dos fuer für und et y e van von der den the for"
    " on in & &amp;".split()
)


def _marked_words(inner: str) -> list[str] | None:
    """The words of a name marked ``<...>``, or None when the marks hold no one name
    (a ticker "<GY>" or "<PHAB ST>", a description "<Nova, an Alberta Corp>")."""
    words = inner.split()
    if len(words) < 2 or len(words) > 12:
        return None  # one word: ticker_marks reads it; long: a phrase, not a name
    for k, w in enumerate(words):
        if k and words[k - 1][-1] == "," and w.lower() in ("a", "an", "the"):
            return None  # "<Nova, An Alberta Corp>": a name and what it is
        if w[0].isupper() or w[0].isdigit() or w.rstrip(",") in _NAME_JOINERS:
            continue
        return None
    if words[-1].rstrip(",") in _NAME_JOINERS or " - " in inner:
        return None
    if inner.upper() == inner and len(words[-1]) <= 3 and words[-1] not in CORP_SUFFIXES:
        return None  # "<PHAB ST>", "<REED L>": a ticker and its exchange
    return words


def marked_names(
    text: str, cands: list[_Cand], lex: Lexicon, ends: list[int], index: list[int]
) -> list[_Cand]:
    """A name the wire marks as a company's, ``<...>``, is one organisation, whole.

    "<Royal Bank of Canada>", "<Hong Kong and Shanghai Banking Corp>", "<Credit Suisse First
    Boston Ltd>": the marks give the name's extent, which the runs split or cut short, and
    its type, which the learned typer does not override (``sure``). A leading "The", a
    possessive or a full stop inside the marks is no part of it ("<The Ceco Corp>", "<MEPC
    Plc's>", "<Boston Ventures Limited Partnership.>"), a legal form's own full stop is
    ("<Trident Seafoods Corp.>", "<Moody's Japan K.K.>"). A candidate that already spans the whole name keeps its
    reading ("<Mitsubishi Corp>": Mitsubishi).
    """
    marked = []
    for m in _MARKED_RE.finditer(text):
        start, stop = m.span(1)
        inner = m.group(1).rstrip()
        stop = start + len(inner)
        if inner.startswith(("The ", "The\n")):
            inner, start = inner[4:], start + 4
        for tail in ("'s", "\u2019s", "'", "\u2019"):
            if inner.endswith(tail):
                inner, stop = inner[: -len(tail)], stop - len(tail)
                break
        last = inner.rsplit(None, 1)[-1]
        if last[-1:] == "." and last not in CORP_SUFFIXES and "." not in last[:-1]:
            inner, stop = inner[:-1], stop - 1
        words = _marked_words(inner)
        if words is not None and _sentence_of(ends, index, start) == _sentence_of(
            ends, index, stop - 1
        ):
            marked.append((start, stop, words))  # a name split by a sentence break: as it was
    if not marked:
        return headline_tickers(text, cands, lex, ends, index)
    whole = {(c.start, c.end): c for c in cands if c.type == "organization"}
    out = [c for c in cands if not any(s < c.end and c.start < e for s, e, _ in marked)]
    for start, stop, words in marked:
        c = whole.get((start, stop))
        if c is not None:
            c.sure = True
            out.append(c)
            continue
        tokens = [w.rstrip(",") for w in words]
        known = lex.lookup(tokens, all_caps=False)
        if known is not None and known.type != "organization":
            known = None
        before = text[max(0, start - 30) : start - 1].split()
        out.append(
            _Cand(
                start,
                stop,
                _sentence_of(ends, index, start),
                tokens,
                "organization",
                known.canonical if known is not None else " ".join(words),
                known,
                prev=before[-1].lower() if before else "",
                nxt=next_words(text, stop + 1 if text.startswith(">", stop) else stop),
                sure=True,
            )
        )
    out.sort(key=lambda c: c.start)
    return headline_tickers(text, out, lex, ends, index)


_JOINED_BEFORE_RE = re.compile(r"[A-Z][\w.&'-]*\s+of\s+$")


def company_short_names(
    text: str, cands: list[_Cand], lex: Lexicon, ends: list[int], index: list[int]
) -> list[_Cand]:
    """A company the article names with its legal form is its name without it, elsewhere.

    "Texas Air Corp ... Texas Air acquired", "Eli Lilly and Co ... Eli Lilly's patent",
    "American Dynamics Corp ... American Dynamics said", "Cable and Wireless Plc ... Cable
    and Wireless", and a name the wire marked once ("<General Partners> ... General
    Partners said"): the name's words before its legal form and company words, two or more of
    them, stand for the company wherever the article writes them alone, whatever the runs
    made of them (a place and a word, a person's name, nothing). Not a name the gazetteer
    knows as something else ("Hong Kong" of "Hong Kong Land Co"), nor one inside a longer
    name or running into the next capitalised word ("Texas Air Lines").
    """
    cores: dict[str, str] = {}
    ones: dict[str, str | None] = {}  # one-word cores: the gazetteer's body of the word
    for c in cands:
        if c.sure and c.type == "organization" and c.canonical and len(c.tokens) > 1:
            # "<General Partners> ... General Partners said": the wire marked it once.
            if c.tokens[-1] not in _LEGAL_ENDS and lex.lookup(c.tokens, all_caps=False) is None:
                cores.setdefault(" ".join(t.rstrip(",") for t in c.tokens), c.canonical)
        if (
            c.type != "organization"
            or not c.canonical
            or len(c.tokens) < 3
            or c.tokens[-1] not in _LEGAL_ENDS
        ):
            continue
        core = [t.rstrip(",") for t in c.tokens]
        while len(core) > 1 and (core[-1] in _COMPANY_TAIL or core[-1] in ("and", "&")):
            core.pop()
        if not core or len(core) == len(c.tokens):
            continue
        if not all(t[0].isupper() or t in ("and", "&", "of") for t in core):
            continue
        known = lex.lookup(core, all_caps=False)
        if known is not None and known.type != "organization":
            continue  # "Hong Kong Land Co" ... "Hong Kong": the place
        if len(core) < 2:
            # One word only where the gazetteer names another body by it: "Arsenal
            # Holdings Inc ... a 20 pct interest in Arsenal" (not the football club).
            if known is None or known.canonical == c.canonical or c.tokens[-1] not in CORP_SUFFIXES:
                continue
            if ones.setdefault(core[0], known.canonical) is None:
                continue
        if core[-1] in ("and", "&", "of"):
            continue
        name = c.canonical
        if name.endswith(".") and c.tokens[-1] in CORP_SUFFIXES:
            name = name[:-1]  # "Burns Fry Ltd." as "Burns Fry Ltd" (its full stop goes later)
        if len(core) < 2 and cores.get(core[0], name) != name:
            ones[core[0]] = None  # two companies of one word: "Exxon Capital Corp", "Exxon Oil Co"
        cores.setdefault(" ".join(core), name)
    if ones:
        # Not where the article names the gazetteer's own body too ("Exxon Corp ... Exxon
        # Capital Corp ... Exxon said": Exxon), nor for two companies of the one word.
        named = {c.canonical for c in cands if c.type == "organization" and len(c.tokens) > 1}
        for word, known in ones.items():
            if known is None or known in named:
                del cores[word]
    if not cores:
        return cands
    spans = sorted((c.start, c.end, c.type, c.canonical) for c in cands)
    found = []
    # The matches of one pattern of the cores, longest first, their words joined by \s+
    # (``(?<![\w&'\u2019-])(?:cores)\b``), found without compiling it for each article.
    for s, e in word_sequences(text, sorted(cores, key=len, reverse=True), "&'\u2019-"):
        if (
            not _LONE_AFTER_RE.match(text, e)
            or _in_name(text, s)
            or _JOINED_BEFORE_RE.search(text, max(0, s - 40), s)
        ):
            continue  # "Texas Air Lines", "Bank of New England": part of another name
        inside = [x for x in spans if x[0] < e and s < x[1]]
        if any(x[0] < s or x[1] > e for x in inside):
            continue  # a longer name holds it ("Texas Air Corp" itself)
        if text[s - 1 : s] == "<" and " " not in text[s:e]:
            continue  # a ticker: "British Petroleum Co Plc <BP.L>"
        name = cores[" ".join(text[s:e].split())]
        if any(x[:3] == (s, e, "organization") and x[3] in (name, None) for x in inside):
            continue  # read so already (not as the football club Arsenal)
        found.append((s, e, name))
    if not found:
        return cands
    out = [c for c in cands if not any(s <= c.start and c.end <= e for s, e, _ in found)]
    for s, e, name in found:
        out.append(org_candidate(text, ends, index, (s, e), text[s:e].split(), name, sure=True))
    out.sort(key=lambda c: c.start)
    return out


# A wire headline that opens with a company's name and its ticker: "AMERICAN PACESETTER <AEC>
# 4TH QTR NET" (words of letters only: "INVESTORS HAVE 12.9 PCT OF EXOVIR <EXO>" is none).
_HEAD_TICKER_RE = re.compile(
    r"((?:THE )?[A-Z][A-Z&.'-]*(?: [A-Z&][A-Z&.'-]*){0,5}) <([A-Z][A-Z0-9.-]{0,9})>"
)
# The legal forms as written in mixed case: "INC" -> "Inc", "COS" -> "Cos"; of two ("Plc",
# "plc"), the capitalised one, as the wire writes it (not whichever the set's order, which
# varies from run to run with the hash seed, gives last).
_FORMS = {
    f.upper().rstrip("."): f.rstrip(".")
    for f in sorted(CORP_SUFFIXES, key=lambda f: (f[:1].isupper(), f))
    if not f.isupper()
}


def headline_tickers(
    text: str, cands: list[_Cand], lex: Lexicon, ends: list[int], index: list[int]
) -> list[_Cand]:
    """The company a wire headline names before its ticker, when the story names it nowhere
    else: "AMERICAN PACESETTER <AEC> 4TH QTR NET" over a table of figures is American
    Pacesetter's. A body that names the company (its first word: "Cobanco Inc said") keeps
    its own spelling, and the headline's shorter one is no second actor; so does one that
    names it by its ticker ("PS NEW MEXICO <PNM> ... PNM said"). The ticker opens
    with the name's first letter ("LAROCHE STARTS BID FOR NECO <NECO>": the ticker is Neco's,
    the words before it no name)."""
    m = _HEAD_TICKER_RE.match(text)
    if m is None:
        return cands
    start, stop = m.span(1)
    words = m.group(1).split()
    if words[0] == "THE":
        words, start = words[1:], start + 4
    if words[-1][-2:] in ("'S", "\u2019S") and len(words[-1]) > 3:
        words[-1], stop = words[-1][:-2], stop - 2  # "UAL'S <UAL> UNIT": UAL's unit
    if words[0][0] != m.group(2)[0] or len(words) == 1 and words[0] in _FORMS:
        return cands
    if any(c.start < stop and start < c.end and c.type == "organization" for c in cands):
        return cands
    line = text.find("\n", stop)
    if (
        line < 0
        or words[0].casefold() in text[line:].casefold()
        or re.search(rf"\b{re.escape(m.group(2))}\b", text[line:])
    ):
        return cands  # a headline alone, or a body that names the company ("PNM said")
    out = [c for c in cands if not (c.start < stop and start < c.end)]
    last = len(words) - 1
    name = " ".join(_cased(w, 0 < k < last, lex.gaz.common_words) for k, w in enumerate(words))
    out.append(
        _Cand(
            start,
            stop,
            _sentence_of(ends, index, start),
            words,
            "organization",
            name,
            heading=True,
            nxt=next_words(text, stop),
            sure=True,
        )
    )
    out.sort(key=lambda c: c.start)
    return out


def _cased(word: str, inner: bool, common: frozenset[str]) -> str:
    """An all-caps headline word as a name writes it: a legal form ("Inc"), a small word
    inside the name ("and", "of"), an acronym (three letters or fewer, no everyday word:
    "ADC") or a word ("Pacesetter", "Brown-Forman", "Oil")."""
    if word in _FORMS:
        return _FORMS[word]
    low = word.lower()
    if inner and low in SMALL_WORDS:
        return low
    if "." in word or len(word) <= 3 and low not in common:
        return word
    return "-".join(p[:1] + p[1:].lower() for p in word.split("-"))
