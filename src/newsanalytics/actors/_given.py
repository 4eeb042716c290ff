"""Given names that are also words or places: :class:`GivenNames`, the part of the
:class:`~newsanalytics.actors._runs.RunClassifier` that tells "Virginia Madsen" and "Gabby
Giffords" (a given name before a surname) from "Virginia Gov. Ralph Northam", "Georgia Power"
and "Hope Creek" (a place or a word before a title, a body's or a place's word)."""

from __future__ import annotations

import re

from ._words import (
    COMMON_GIVEN_NAMES,
    FACILITY_WORDS,
    LINKS,
    NOT_PEOPLE,
    ORG_WORDS,
    WATERS,
)

__all__ = ["GivenNames", "national_side"]

# What follows a country's name in a national side's: "England A", "Wales XV".
_SIDE_MARKS = frozenset(("A", "B", "XV", "XI", "VII"))
_UNDER_AGE_RE = re.compile(r"(?:Under|U)-?\d\d\Z")


def national_side(word: str) -> bool:
    """``word`` after a country's name makes a national side's: "England A", "Wales XV",
    "Ireland Under-21" (a team, not the country; the gold leaves such sides unmarked)."""
    return word in _SIDE_MARKS or _UNDER_AGE_RE.match(word) is not None


class GivenNames:
    """Mixed into the run classifier, whose lexicon look-ups and word tests it uses."""

    def _common_given(self, words: list[str], i: int, n: int) -> bool:
        """True when ``words[i]`` is an everyday word that is also a given name and a
        surname-like word follows ("Gabby Giffords", "Hope Hicks")."""
        return words[i] in COMMON_GIVEN_NAMES and i + 1 < n and self._surname_at(words, i + 1, n)

    def _surname_at(self, words: list[str], k: int, n: int) -> bool:
        """True when ``words[k]`` may be a surname: no link, everyday word, known name or
        organisation word, no title, and no organisation word after it up to the first everyday
        word ("Georgia Power", "Israel Defense Forces", "India Inc", "Georgia Gwinnett
        College")."""
        w = words[k]
        return (
            w not in LINKS
            and w[:1].isupper()
            and not w.isupper()
            and w not in NOT_PEOPLE
            and not self._commonish(w)
            and not (w.endswith("s") and self._common(w[:-1]))  # "Crystal Cruises"
            and w not in FACILITY_WORDS
            and w not in WATERS  # "Hope Creek", "Pearl Harbour"
            and not national_side(w)
            and not self.title(words, k, n)  # "Virginia Gov. Ralph Northam"
            and ORG_WORDS.isdisjoint(words[k : self._name_end(words, k, n) + 1])
            and self.match(words, k, n, False) is None
        )

    def _name_end(self, words: list[str], k: int, n: int) -> int:
        """The end of the words from ``k`` up to a link or an everyday word (a headline's
        verb: "Gabby Giffords Urges Congress")."""
        m = k + 1
        while m < n and words[m] not in LINKS and not self._commonish(words[m]):
            m += 1
        return m
