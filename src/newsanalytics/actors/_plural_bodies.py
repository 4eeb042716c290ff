"""Bodies named with a plural possessive, for :mod:`newsanalytics.actors`.

Unions and associations of a trade are named with its members' plural possessive: "the
Musicians' Union", "the Professional Footballers' Association", "the Communication Workers'
Union", "the Writers' Guild of America". The runs of capitalised words stop at the bare
apostrophe, which leaves the members' word alone ("Musicians", then dropped or typed on its
own) or cuts the name ("Professional Footballers"). :func:`plural_bodies` writes the whole
name as one organisation where the text has the capitalised words, the plural possessive of
a word for the members (:func:`_members`), at most two more capitalised words and an organisation's word ("Union", "Association",
"Forum"), perhaps with "of" and a place after it, outside a headline; the candidates
inside it go.
"""

from __future__ import annotations

import re

from ._candidate import _Cand
from ._tokens import next_words, prev_word
from ._words import CORP_SUFFIXES, ORG_WORDS

__all__ = ["plural_bodies"]

_SP = r"(?:[ \t]+\n?|\n)[ \t]*"  # a space, perhaps a wire line's end: never a blank line
_CAP = r"[A-Z][\w\-]*"
_BODY_WORDS = "|".join(sorted(ORG_WORDS - CORP_SUFFIXES, key=len, reverse=True))
_BODY_RE = re.compile(
    rf"(?<![\w'\u2019])((?:{_CAP}{_SP}){{0,3}}[A-Z][a-z]+s['\u2019]){_SP}"
    rf"((?:{_CAP}{_SP}){{0,2}}?)(?:{_BODY_WORDS})(?![\w'\u2019\-])"
    rf"(?:{_SP}of{_SP}(?:the{_SP})?{_CAP}(?:{_SP}{_CAP})?)?"
)
_ARTICLES = frozenset(("The", "A", "An"))
# What _BODY_RE needs after its plural possessive: a space, then a capital (every word of
# _BODY_WORDS opens with one).
_CAPITAL_AFTER_RE = re.compile(rf"{_SP}[A-Z]")


def _possessive_before_capital(text: str) -> bool:
    """True when ``text`` has a plural possessive ("s'") after a lower-case letter and
    before a space and a capital: what every match of ``_BODY_RE`` holds."""
    for mark in ("s'", "s\u2019"):
        at = text.find(mark, 1)
        while at >= 0:
            if "a" <= text[at - 1] <= "z" and _CAPITAL_AFTER_RE.match(text, at + 2):
                return True
            at = text.find(mark, at + 1)
    return False


def plural_bodies(text: str, cands: list[_Cand]) -> list[_Cand]:
    """``cands`` with the bodies named with a plural possessive (see the module docstring)
    as one organisation each, in place of the candidates inside them."""
    if not _possessive_before_capital(text):
        return cands  # no match can start: most articles, without the regex's full scan
    out = cands
    for m in _BODY_RE.finditer(text):
        start, end = m.start(), m.end()
        words = text[start:end].split()
        while words and words[0] in _ARTICLES:
            start = text.index(words[1], start + len(words[0])) if len(words) > 1 else end
            words = words[1:]
        if len(words) < 2 or not _members(m.group(1).split()[-1][:-1]):
            continue
        inside = [c for c in out if c.start < end and start < c.end]
        if not inside or any(c.start < start or c.end > end or c.heading for c in inside):
            continue  # no candidate to place it by, a name that runs on past it, a headline
        if len(inside) == 1 and inside[0].start == start and inside[0].end == end:
            continue  # the runs already read it whole
        first = inside[0]
        body = _Cand(
            start,
            end,
            first.sentence,
            words,
            "organization",
            " ".join(words),
            initial=first.initial,
            heading=first.heading,
            prev=prev_word(text, start),
            nxt=next_words(text, end),
        )
        kept = [c for c in out if not (c.start < end and start < c.end)]
        k = next((i for i, c in enumerate(kept) if c.start > start), len(kept))
        out = [*kept[:k], body, *kept[k:]]
    return out


# The endings of the plural nouns that name a body's members: "Musicians", "Workers",
# "Actors", "Merchants", "Journalists", "Employees"; not a team's or a company's possessive
# ("the Blues' Celtic League match", "Salomon Brothers' Capital commitments committee").
_MEMBER_ENDINGS = ("ers", "ors", "ans", "ists", "ents", "ants", "ees")


def _members(word: str) -> bool:
    return word.endswith(_MEMBER_ENDINGS) and word not in ORG_WORDS
