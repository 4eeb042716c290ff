"""Context tokens around a run of capitalised words, and word tests the run segmenter uses.

Shared by :mod:`newsanalytics.actors._scan` (the sentence scanner) and
:mod:`newsanalytics.actors._runs` (the segmenter).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from ._gazetteer import name_key
from ._words import (
    AGENT_NOUNS,
    AND,
    CASED_FORMS,
    COMPANY,
    CORP_SUFFIXES,
    NOT_IN_COMPANY,
    ORG_WORDS,
    US_STATES,
    WORD_ENDINGS,
)

if TYPE_CHECKING:
    from ._candidate import _Cand
    from ._gazetteer import Entry


@dataclass(slots=True)
class _Run:
    """A run of capitalised words with its context, while it is being segmented."""

    toks: list[str]  # the run's words with a few words of context on each side
    run: list[int]
    sent: int
    out: list[_Cand]
    heading: bool
    initial: bool
    prev: str
    nxt: str
    words: list[str]  # the run's words: ``[toks[k] for k in run]``
    # Where the word ``toks[k]`` of the run lies in the text: ``base + starts[k - offs]`` to
    # ``base + ends[k - offs]`` (the context words have no offsets).
    base: int
    offs: int
    starts: list[int]
    ends: list[int]

    def start(self, k: int) -> int:
        """The offset in the text where the run's token ``toks[k]`` starts."""
        return self.base + self.starts[k - self.offs]

    def end(self, k: int) -> int:
        """The offset in the text where the run's token ``toks[k]`` ends."""
        return self.base + self.ends[k - self.offs]


_QUOTES = frozenset("\"'\u201c\u201d\u2018\u2019()[]:\u2013\u2014-")
_CTX_TOKEN = r"['\u2019][sS]\b|[^\W\d_][\w'\u2019.\-]*(?<![.'\u2019])|\d\S*|[^\w\s]"
_CTX_RE = re.compile(_CTX_TOKEN)
# The first two context tokens after a position: ``_CTX_RE.findall(...)[:2]`` without
# tokenizing the rest (findall skips nothing but white space and "_" between tokens).
_NEXT2_RE = re.compile(rf"[\s_]*({_CTX_TOKEN})(?:[\s_]*({_CTX_TOKEN}))?")


_INFLECTIONS = (
    ("s", ""),
    ("es", ""),
    ("ed", ""),
    ("ed", "e"),
    ("ing", ""),
    ("ing", "e"),
    ("ly", ""),
    ("ies", "y"),
)


@lru_cache(maxsize=65536)
def _inflected(low: str, common: frozenset[str]) -> bool:
    if len(low) > 6 and low.endswith(WORD_ENDINGS):
        return True
    return any(
        low.endswith(suffix) and low[: len(low) - len(suffix)] + extra in common
        for suffix, extra in _INFLECTIONS
    )


def _until_possessive(words: list[str], j: int, n: int) -> list[str]:
    out = []
    while j < n and words[j] != "'s":
        out.append(words[j])
        j += 1
    return out


def _attribute(w: str, heading: bool = False) -> bool:
    """ "-based", "-led", "-held": a hyphenated attribute, not a name ("Moon Jae-in" is one).

    In a Title Case headline the attribute is capitalised too: "Russia-Linked", "Saudi-Led",
    "Trump-Loving" (a participle: not "Jean-Claude", "Al-Hakim").
    """
    tail = w.rpartition("-")[2]
    if heading and tail[:1].isupper() and tail[1:].islower():
        low = tail.lower()
        return low == "led" or (len(low) > 4 and low.endswith(("ed", "ing")))
    return tail.islower() and (len(tail) > 2 or tail not in ("in", "un", "il"))


def _next_words(toks: list[str], k: int) -> str:
    """The next two tokens after a run, lower-cased ("said", ", who")."""
    n = len(toks)
    if k + 1 < n:
        return f"{toks[k]} {toks[k + 1]}".lower()
    return toks[k].lower() if k < n else ""


def _line_start(text: str, lo: int, pos: int) -> bool:
    """True when ``pos`` starts a line: table rows and wrapped lines capitalise labels too."""
    nl = text.rfind("\n", max(lo, pos - 16), pos)  # indentation is short
    return nl >= 0 and not text[nl + 1 : pos].strip()


def _next_two(text: str, pos: int, end: int) -> list[str]:
    """The first two ``_CTX_RE`` tokens of ``text[pos:end]``, as ``findall(...)[:2]``."""
    m = _NEXT2_RE.match(text, pos, end)
    if m is None:
        return []
    first, second = m.groups()
    return [first] if second is None else [first, second]


def _lone_before(text: str, rs: int, cs: int, first_alpha: int) -> tuple[list[str], str, bool]:
    """What a one-word run at ``rs`` of the chunk starting at ``cs`` has before it: up to
    three ``_CTX_RE`` tokens, the last one lowered ("" when none), and whether the word
    opens a sentence or line (``first_alpha``: the sentence's first letter)."""
    before = _CTX_RE.findall(text, max(cs, rs - 40), rs)[-3:]
    prev = before[-1].lower() if before else ""
    initial = rs <= first_alpha or (prev in _QUOTES and prev != "-") or _line_start(text, cs, rs)
    return before, prev, initial


def _lone_after(text: str, re_: int, ce: int) -> str:
    """The two ``_CTX_RE`` tokens after a one-word run ending at ``re_`` (the chunk ends at
    ``ce``), lowered and joined, as the typer reads them."""
    return " ".join(_next_two(text, re_, min(ce, re_ + 30))).lower().replace("\u2019", "'")


def _ends_org(words: list[str], k: int, n: int) -> bool:
    """True when the name that starts at ``k`` ends in an organisation word."""
    tail = _until_possessive(words, k, n)
    return bool(tail) and tail[-1] in ORG_WORDS


def _two_orgs(words: list[str], i: int, j: int, n: int, common: frozenset[str]) -> bool:
    """True when the "and" at ``j`` (after an organisation word) starts a second name.

    The words after it make one name with the words before when they are words of the
    language that close in an organisation word and the name is a company's (a legal form
    closes it: "Bryson Oil and Gas Plc"), or it joins one word ("Securities and Exchange
    Commission") or a company word ("Home Federal Savings and Loan Association") to them;
    not "Pirelli Spa and Thermo-Print GmbH", "Federal Housing Administration and Veterans
    Administration".
    """
    tail = _until_possessive(words, j + 1, n)
    if not tail or tail[-1] not in ORG_WORDS:
        return False
    if any(w.lower() not in common and w not in CORP_SUFFIXES for w in tail[:-1]):
        return True
    return not (tail[-1] in CORP_SUFFIXES or j - 1 == i or words[j - 1] in COMPANY)


def _company_tail(tail: list[str]) -> bool:
    """True when the words after a known company's name continue it: capitalised words
    ("Toyota Motor Corp"), with at most one "and" inside, where a legal form or company word
    closes the name ("Samsung Semiconductors and Telecommunications Co Ltd"; not "Merrill
    Lynch Capital Markets and Lazard Freres and Co", "BBC Three and News 24")."""
    lower = [w for w in tail if not w[:1].isupper()]
    if lower and (
        len(lower) > 1
        or lower[0] not in AND
        or tail[0] in AND
        or not (tail[-1] in CORP_SUFFIXES or tail[-1] in COMPANY)
    ):
        return False
    return all(w.lower() not in NOT_IN_COMPANY for w in tail if w[:1].isupper())


def _before_state(nxt: str) -> bool:
    """True for "Longview, Texas", "Harvey, La.": a town, not a person."""
    parts = nxt.split(" ")
    return len(parts) == 2 and parts[0] == "," and parts[1].rstrip(".") in US_STATES


@lru_cache(maxsize=65536)
def _agent_noun(w: str, titles: frozenset[str], first_names: frozenset[str]) -> bool:
    """True for a role noun that is no title on its own ("Striker", "Sprinters",
    "Congressmen"), not a given name ("Hunter")."""
    low = w.lower()
    if low in AGENT_NOUNS:
        return w not in first_names
    return (low[-3:] == "men" and low[:-3] + "man" in titles) or (
        low[-1:] == "s" and low[:-1] in titles and w not in first_names
    )


def _title_acronym(w: str, titles: frozenset[str]) -> bool:
    """True for a title written in capitals, or their plural: "MP", "MEPs", "CEO"."""
    return w.rstrip("s").isupper() and name_key((w,)) in titles


def _one_title(word: str) -> bool:
    """The title word before a name is one person's: not "Senators", "ministers", nor a
    royal one that opens a body's name ("Queen Elizabeth College", "King Edward Hospital")."""
    word = word.lower().rstrip(".")
    if word in ("queen", "king", "prince", "princess"):
        return False
    return not word.endswith("s") or word.endswith("ss") or word in ("ms", "mrs")


def _no_actor(hit: tuple[int, Entry] | None) -> bool:
    """No known actor's name but a place's ("Atlantic" in "Bell Atlantic"; a city after a
    city is a name: "Whitney Houston"), or a demonym ("London Irish": a club)."""
    return hit is None or hit[1].kind in ("place", "demonym")


@lru_cache(maxsize=65536)
def _shown_word(t: str) -> str:
    """One word as :func:`_display` spells it (a pure word function, cached per process)."""
    if t.isupper() and len(t) > 3 and "." not in t:
        return CASED_FORMS.get(t) or t.title()
    return t


def _display(tokens: Sequence[str]) -> str:
    """Canonical spelling of a name: ALL-CAPS words title-cased, possessives removed."""
    if "'s" not in tokens:
        return " ".join(map(_shown_word, tokens))  # the common case: no possessive
    words = []
    for t in tokens:
        if t == "'s":
            words[-1] = words[-1] + "'s" if words else t
            continue
        if t.isupper() and len(t) > 3 and "." not in t:
            t = CASED_FORMS.get(t) or t.title()
        words.append(t)
    return " ".join(words)


@lru_cache(maxsize=65536)
def display_of(tokens: tuple[str, ...]) -> str:
    """:func:`_display` of a name's words, kept (a tuple: ``tuple(c.tokens)``): resolution
    and the passes after it ask it of each candidate several times ("kept under its own
    spelling?"), and the same names recur across articles."""
    return _display(tokens)


def next_words(text: str, end: int) -> str:
    """The two words after a name that ends at ``end``, lower-cased: a candidate's ``nxt``."""
    return " ".join(text[end : end + 30].split()[:2]).lower()


def prev_word(text: str, start: int) -> str:
    """The word before a name that starts at ``start``, lower-cased: a candidate's ``prev``
    when a pass moves its start."""
    return " ".join(text[max(0, start - 30) : start].split()[-1:]).lower()


def _sentence_of(ends: list[int], index: list[int], pos: int) -> int:
    """The index of the sentence holding ``pos``, given where each sentence ends in the
    text (``ends``) and its index (``index``); past the last end, the last sentence."""
    return index[min(bisect_right(ends, pos), len(index) - 1)]
