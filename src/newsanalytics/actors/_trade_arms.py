"""A known company's short name with a trade word its own name lacks: "Shell Oil Co".

The scanner reads a known company's name followed by company words and a legal form as the
known company ("Samsung Co Ltd", "BP Group", "Toyota Motor Corp"). A trade word in that
tail ("Oil", "Petroleum") that the known company's own name does not
hold names an arm of its own: "Royal Dutch/Shell Group paid for publicly held Shell Oil Co
shares" names the group and its U.S. company, two actors, which the reader keeps apart.
:func:`trade_arm` tells the scanner so; the name is then a company of its own, as written.
("Motor" is no such word: "Toyota Motor Corp", "Honda Motor Co" are the makers themselves.)
"""

from __future__ import annotations

__all__ = ["trade_arm"]

_TRADE_WORDS = frozenset({"Oil", "Petroleum"})


def trade_arm(tail: list[str], canonical: str) -> bool:
    """True when the company words ``tail`` after a known company's name (its canonical
    name ``canonical``) hold a trade word that name lacks (see the module docstring)."""
    words = set(canonical.replace("/", " ").split())
    return any(w in _TRADE_WORDS and w not in words for w in tail)
