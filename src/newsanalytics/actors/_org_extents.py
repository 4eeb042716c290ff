"""Where an organisation's name starts and ends, where the runs of capitalised words cut it.

A company's legal form closes its name: the words after it are no part of the name, and an
"and Co" before it is. "Merrill Lynch and Co Inc": the runs stop at the known name and leave
"Co Inc", a name of legal forms alone, as a second company; "As president of Acme Corp I
assume": the pronoun after the legal form is glued on ("Acme Corp I"). A nation's adjective
opens the name of a body it heads ("the Scottish Rugby Union", where the runs split off the
demonym before a word that is also a town's name). A company named with its founder's
possessive ("Moody's Investors Service Inc") keeps it, where the runs drop it as a sentence's
everyday first word; a body named with a plural possessive ("the Musicians' Union") is one
name (``_plural_bodies``). A newspaper's weekday or "Daily" opens its name ("yesterday's Sunday
Times", where the runs drop the weekday as a date and keep "Times", The Times).
"""

from __future__ import annotations

import re

from ._candidate import _Cand
from ._plural_bodies import plural_bodies
from ._tokens import next_words, prev_word
from ._words import CORP_SUFFIXES, DATES, MASTHEADS, ORG_WORDS, PERIODICALS

__all__ = ["org_extents"]

_FORMS = "|".join(sorted((re.escape(f) for f in CORP_SUFFIXES), key=len, reverse=True))
_SP = r"(?:[ \t]+\n?|\n)[ \t]*"  # a space, perhaps a wire line's end: never a blank line
# After a company's name: "and Co", "& Co.", "and Co Inc", "and Company Ltd".
_AND_CO_RE = re.compile(
    rf"{_SP}(?:and|&){_SP}(?:Co(?![\w-])\.?|Company(?![\w-]))(?:{_SP}(?:{_FORMS})(?!\w))*"
)


def org_extents(text: str, cands: list[_Cand]) -> list[_Cand]:
    """``cands`` with each company's name ending at its legal form (:func:`_legal_form_end`),
    the demonyms that open a body's name in it (:func:`_demonym_heads`) and a founder's
    possessive before a company's name (:func:`_possessive_head`). One pass: the rules
    read organisations only."""
    out: list[_Cand] = []
    tail_at = upto = -1  # where the last "and Co" taken in starts and ends
    last_end = -1  # where the names before end
    for c in cands:
        if tail_at <= c.start < upto:
            continue  # "Co Inc" of "Merrill Lynch and Co Inc": now inside the name
        if out and c.type == "location" and _of_the_place(text, out[-1], c):
            continue  # "the Land Bank of the Philippines": now inside the name
        if c.type == "organization":
            end = c.end
            if _legal_form_end(text, c):
                tail_at, upto = end, c.end
            if out and c.entry is None:
                _demonym_heads(text, c, out)
            if c.prev == "'s" and c.entry is None:
                _possessive_head(text, c, last_end)
            elif c.prev.title() in PERIODICALS:
                _periodical_head(text, c, last_end)
        out.append(c)
        last_end = max(last_end, c.end)
    return plural_bodies(text, out)  # "the Musicians' Union"


# "of the" between a body's name and a place's: "Equitable Life Assurance Society of the United
# States", "Land Bank of the Philippines" (where "of" alone is in the runs' names already).
_OF_THE_RE = re.compile(rf"{_SP}of{_SP}the{_SP}")


def _of_the_place(text: str, org: _Cand, c: _Cand) -> bool:
    """True, with ``org`` extended over it, when the place ``c`` (a country's or a state's
    name) ends the name of the body ``org`` before it with "of the": one organisation, no
    place of its own (as "University of Surrey" is)."""
    if (
        org.type != "organization"
        or org.tokens[-1] not in ORG_WORDS
        or org.tokens[-1] == "Government"  # "Government of the United Kingdom": the state's
        or c.entry is None
        or c.entry.kind != "name"
        or org.sentence != c.sentence
        or _OF_THE_RE.fullmatch(text, org.end, c.start) is None
    ):
        return False
    tokens = [*org.tokens, "of", "the", *c.tokens]
    if org.canonical != " ".join(tokens):
        org.canonical, org.entry = " ".join(tokens), None  # its own body: not "Supreme Court"
    org.tokens, org.end, org.nxt = tokens, c.end, c.nxt
    return True


# "Moody's " right before an organisation's name: the possessive word, capitalised.
_POSSESSOR_RE = re.compile(r"(?<![\w'])[A-Z][a-z]+'s[ \t]$")
# "It's Acme Corp that pays", "Today's Acme Corp meeting": a contraction or a day, no founder.
_NO_POSSESSOR = frozenset(
    "It There Here What That Who Where How Let He She This Today Tonight Tomorrow Yesterday".split()
)


def _possessive_head(text: str, c: _Cand, last_end: int) -> None:
    """An unknown company's name ``c`` with its legal form right after a capitalised
    possessive that is no candidate of its own (none ends after ``last_end``) starts with it:
    "Moody's Investors Service Inc" (not "Boeing's Commercial Airplane Co", "Britain's
    Imperial Chemical Industries Plc": names the runs read; not "Friday's Acme Corp
    meeting", "the Bank's Monetary Policy Committee")."""
    if c.tokens[-1] not in CORP_SUFFIXES or last_end >= c.start:
        return
    m = _POSSESSOR_RE.search(text, max(0, c.start - 20), c.start)
    word = m.group().rstrip() if m is not None else ""
    if (
        word
        and m.start() >= last_end
        and word[:-2] not in DATES
        and word[:-2] not in CORP_SUFFIXES
        and word[:-2] not in _NO_POSSESSOR
    ):
        if c.canonical == " ".join(c.tokens):
            c.canonical = f"{word} {c.canonical}"
        c.start, c.tokens = m.start(), [word[:-2], "'s", *c.tokens]
        c.prev = prev_word(text, c.start)


# The newspapers' words that a known paper's name may follow: "Sunday Times", "Sunday
# Telegraph" (The Times's and The Telegraph's Sunday titles), "Daily Mirror".
_PAPERS = MASTHEADS | {"Times", "Express", "Post", "Independent", "Star", "Sport", "Record"}


def _periodical_head(text: str, c: _Cand, last_end: int) -> None:
    """A paper's name ``c`` ("Times", "Telegraph") right after a capitalised weekday or
    "Daily"/"Evening" that is no candidate of its own (none ends after ``last_end``) starts
    with it: "yesterday's Sunday Times" is the Sunday paper, not The Times."""
    if len(c.tokens) != 1 or c.tokens[0] not in _PAPERS:
        return
    start = c.start - len(c.prev) - 1
    word = text[start : c.start - 1]
    if start <= last_end or word not in PERIODICALS or text[c.start - 1] != " ":
        return
    c.canonical = f"{word} {c.tokens[0]}"
    c.entry, c.start, c.tokens = None, start, [word, *c.tokens]
    c.prev = prev_word(text, start)


def _demonym_heads(text: str, c: _Cand, out: list[_Cand]) -> None:
    """A demonym right before an unknown organisation's name ``c`` that ends in an
    organisation's word is the name's first word: "the Scottish Rugby Union", "a Welsh Rugby
    Football Union official" (one body, not Scotland and a "Rugby Union"), "Canadian Pacific
    Ltd". ``out``: the candidates before ``c``, whose demonyms it takes in."""
    if c.tokens[-1] not in ORG_WORDS:
        return
    # "the Albanian Macedonian Bulgarian Oil Corporation": each demonym before it, in turn.
    while (
        out
        and (a := out[-1]).type == "location"
        and a.entry is not None
        and a.entry.kind == "demonym"
        and a.sentence == c.sentence
        and text[a.end : c.start] == " "
    ):
        tokens = [*a.tokens, *c.tokens]
        if c.canonical == " ".join(c.tokens):
            c.canonical = " ".join(tokens)
        c.start, c.tokens, c.prev, c.initial = a.start, tokens, a.prev, a.initial
        out.pop()


def _legal_form_end(text: str, c: _Cand) -> bool:
    """End the organisation ``c`` at its legal form; True when it took in an "and Co".

    A single capital letter after the legal form is dropped from the name ("Acme Corp I
    assume", "Acme Corp A shares"); an organisation's name followed by "and Co" takes it in,
    with the legal forms after it ("Merrill Lynch and Co Inc": one company, named as the
    known name is, not "Merrill Lynch" and "Co Inc"; the caller drops the candidates inside).
    """
    toks = c.tokens
    if (
        len(toks) >= 3
        and len(toks[-1]) == 1
        and toks[-1].isupper()
        and toks[-2] in CORP_SUFFIXES
        and text[c.end - 2 : c.end - 1].isspace()
    ):
        if c.canonical is not None and c.canonical.endswith(" " + toks[-1]):
            c.canonical = c.canonical[:-2]
        c.tokens = toks = toks[:-1]
        c.end = c.start + len(text[c.start : c.end - 1].rstrip())
        c.nxt = next_words(text, c.end)
    if toks[-1] in CORP_SUFFIXES or "Co" not in text[c.end : c.end + 16]:
        return False  # cheaper than the pattern at every name
    m = _AND_CO_RE.match(text, c.end)
    if m is None:
        return False
    tail = m.group().split()
    if c.entry is None and c.canonical == " ".join(toks):
        c.canonical = " ".join((*toks, *tail))
    c.tokens = [*toks, *tail]
    c.end = m.end()
    c.nxt = next_words(text, c.end)
    return True
