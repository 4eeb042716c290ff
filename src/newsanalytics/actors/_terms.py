"""Abbreviations of everyday terms and units: "Sibor", "the LC facility", "per CWT".

Capitals make an abbreviation look like a body's name, and the typer, seeing "the LC
facility" or "basis points over Sibor", reads an organisation. What the article says of it
tells the term from the body:

- it spells the abbreviation out in lower-case words: "Singapore interbank offered rate
  (Sibor)", "a revolving letter of credit facility ... the LC facility" (the same noun of
  four letters or more after both, not "BT is ... broadband technology is"; its letters open
  the words of the phrase, "of" and the like skipped; a word may give more than one letter:
  "interbank" gives "ib"); a body's name is written with capitals ("Minneapolis Grain Exchange
  (MGE)"), and a phrase whose last word is a body's noun ("the state oil company (NOC)")
  names one;
- it follows "per": "one dlr per CWT", "100 dlrs per MT": a unit;
- it follows a radio station's name: "Radio 4 LW", a waveband.

Only a one-word candidate that no gazetteer knows: "the BBC" and "per OPEC member" stay.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ._candidate import _Cand
from ._lexicon import Lexicon
from ._words import AGENT_NOUNS, BODY_NOUNS, ORG_WORDS

__all__ = ["term_abbreviations"]

# The shape of an abbreviation: two to six letters, capitals first ("LC", "CWT", "Sibor").
_ABBR_RE = re.compile(r"[A-Z][A-Z]{1,5}|[A-Z][a-z]{2,4}|[A-Z]{2,4}[a-z]{1,3}")
# Words a phrase's initials skip.
_LINKS = frozenset("of the for and on in to a an at by".split())
# Last words of a phrase that names a body, not a term ("the state oil company (NOC)").
_BODY_HEADS = (
    frozenset(w.lower() for w in ORG_WORDS)
    | frozenset(w.lower() for w in BODY_NOUNS)
    | AGENT_NOUNS
    | frozenset(
        "company firm bank group agency party union ministry department council committee"
        " board authority commission office exchange fund association institute"
        " organisation organization corporation body service army force forces movement"
        " front court team club unit station network channel newspaper".split()
    )
)
# Words after an abbreviation that say nothing of what it abbreviates ("BT is set to").
_FUNCTION_WORDS = frozenset(
    "said says will would could should have were that this which also been with from"
    " into when what they them then than".split()
)
_WORD_RE = re.compile(r"[A-Za-z][\w'\-]*")
# Wavebands after a radio station's name: "BBC1, Radio 4 LW and this website".
_WAVEBANDS = frozenset(("LW", "MW", "FM", "AM", "DAB", "SW"))
_STATION_BEFORE_RE = re.compile(r"\bRadio(?: [A-Z0-9][\w]*){1,2} \Z")


def _spells(letters: str, words: list[str]) -> bool:
    """True when ``letters`` (lower case) are the openings of ``words`` in order: each word
    gives its first letter or more of its opening, or its first letter and the opening of a
    part inside it ("interbank": "ib"); a link word may give none."""
    if not words:
        return not letters
    if not letters:
        return all(w in _LINKS for w in words)
    w, rest = words[0], words[1:]
    if w in _LINKS and _spells(letters, rest):
        return True
    if w[0] != letters[0]:
        return False
    k = 1
    while k <= len(w) and k <= len(letters) and w[k - 1] == letters[k - 1]:
        if _spells(letters[k:], rest):
            return True
        k += 1
    # a compound's second part: "interbank" gives "ib"
    return len(letters) > 1 and letters[1] in w[2:] and _spells(letters[2:], rest)


def _defined_lower(text: str, word: str) -> bool:
    """True when ``text`` spells ``word`` out in lower-case words before it in brackets:
    "Singapore interbank offered rate (Sibor)"."""
    at = text.find(f"({word})")
    while at >= 0:
        before = _WORD_RE.findall(text[max(0, at - 80) : at])[-8:]
        if before and before[-1].islower() and before[-1] not in _BODY_HEADS:
            letters = word.lower()
            for k in range(len(before) - 1, -1, -1):
                phrase = [w.lower() for w in before[k:]]
                if phrase[0] in _LINKS:
                    continue
                if _spells(letters, phrase):
                    # The lower-case words carry it: at most its first word capitalised.
                    return all(w.islower() for w in before[k + 1 :])
        at = text.find(f"({word})", at + 1)
    return False


@lru_cache(maxsize=512)
def _phrase_re(word: str) -> re.Pattern[str]:
    """Lower-case words whose first letters spell ``word``, links between them allowed."""
    links = r"(?:[ \t\n]+(?:of|the|for|and|on|in|to|a|an))?"
    parts = [rf"{ch}[a-z]+" for ch in word.lower()]
    return re.compile(r"(?<![\w\-])" + (links + r"[ \t\n]+").join(parts) + r"(?![\w\-])")


def _phrase_here(text: str, word: str, head: str) -> bool:
    """True when ``text`` holds lower-case words whose first letters spell the capitals-only
    ``word`` and the same word ``head`` follows both: "letter of credit facility ... the LC
    facility"."""
    if text.count(head) < 2:
        return False  # the noun after the abbreviation is nowhere else (most articles)
    for m in _phrase_re(word).finditer(text):
        words = m.group().split()
        if words[-1] in _BODY_HEADS:
            continue
        if _WORD_RE.findall(text, m.end(), m.end() + len(head) + 3)[:1] == [head]:
            return True
    return False


def term_abbreviations(text: str, cands: list[_Cand], lex: Lexicon) -> list[_Cand]:
    """``cands`` without the one-word candidates that abbreviate an everyday term or a
    unit (see the module docstring)."""
    terms: dict[str, bool] = {}  # each abbreviation's reading, once per article
    drop: set[int] = set()
    for k, c in enumerate(cands):
        if len(c.tokens) != 1 or c.entry is not None or c.sure:
            continue
        word = c.tokens[0]
        if _ABBR_RE.fullmatch(word) is None:
            continue
        if c.prev == "per" and word.isupper():
            drop.add(k)  # "one dlr per CWT": a unit
            continue
        if word in _WAVEBANDS and _STATION_BEFORE_RE.search(text, max(0, c.start - 24), c.start):
            drop.add(k)  # "Radio 4 LW", "Radio Clyde FM": a station's waveband
            continue
        term = terms.get(word)
        if term is None:
            term = terms[word] = (f"({word})" in text and _defined_lower(text, word)) or (
                word.isupper()
                and bool(head := c.nxt.split(" ", 1)[0])
                and head.islower()
                and len(head) > 3
                and head not in _FUNCTION_WORDS
                and _phrase_here(text, word, head)
            )
        if term:
            drop.add(k)
    if not drop:
        return cands
    return [c for k, c in enumerate(cands) if k not in drop]
