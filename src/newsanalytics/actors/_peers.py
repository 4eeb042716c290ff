"""Peers named with their territorial designation: "Lord Irvine of Lairg" is one person.

"The then Lord Chancellor, Lord Irvine of Lairg": the place after "of" belongs to the
peer's title, no mention of its own (the guidelines mark the name only: "Irvine"), and the
name itself is the peer's, a person, even when it is also a town's ("Irvine").
Not "the Lord Mayor of London" nor "Lord Chief Justice of England": a title word after
"Lord" makes the place the office's.

A peer is called by the title alone too: "Lord Liverpool, who was a year his junior" is the
prime minister, a person, not the city; the words right before the name ("Lord") make it
the peer's, with or without "of" and a place after it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._gazetteer import fold_word
from ._tokens import _display

if TYPE_CHECKING:
    from ._candidate import _Cand
    from ._gazetteer import Gazetteer

__all__ = ["peers_of_places"]

_PEERAGE = r"(?:Lord|Baroness|Baron|Lady|Viscount|Viscountess|Earl|Countess|Marquess)"
# "Lord Irvine of " before the place: the peer's name is group 1.
_BEFORE_PLACE_RE = re.compile(rf"\b{_PEERAGE}\s+([A-Z][\w'’-]+)\s+of\s+$")
_BEFORE_NAME_RE = re.compile(rf"\b{_PEERAGE}\s+$")
# A part of every _PEERAGE word ("Baron" of "Baroness"): both rules need one in the text
# (each looked for with ``in``: quicker than a pattern, which re tries at every capital).
_PEERAGE_GATE_WORDS = ("Lord", "Baron", "Lady", "Viscount", "Earl", "Countess", "Marquess")


def peers_of_places(
    text: str, decided: list[tuple[_Cand, str | None, str | None]], gaz: Gazetteer
) -> list[tuple[_Cand, str | None, str | None]]:
    """``decided`` without the places of peers' titles, and with their names as persons."""
    if not any(w in text for w in _PEERAGE_GATE_WORDS):
        return decided  # no peer's title: neither rule below can match
    out = None
    for k, (c, actor, atype) in enumerate(decided):
        if actor is None:
            continue
        m = (
            _BEFORE_PLACE_RE.search(text, max(0, c.start - 60), c.start)
            if _after_of(text, c.start)
            else None
        )
        if m is not None and fold_word(m.group(1)) not in gaz.title_first_keys:
            out = out or list(decided)
            out[k] = (c, None, None)  # "Lairg" of "Lord Irvine of Lairg"
        elif (
            atype == "location"
            and len(c.tokens) == 1
            and fold_word(c.tokens[0]) not in gaz.title_first_keys
            and _BEFORE_NAME_RE.search(text, max(0, c.start - 20), c.start)
        ):
            out = out or list(decided)
            # "Irvine" of "Lord Irvine of Lairg", "Liverpool" of "Lord Liverpool, who"
            out[k] = (c, _display(c.tokens), "person")
    return out or decided


def _after_of(text: str, start: int) -> bool:
    """True when the word "of" and whitespace come right before ``start``: where alone
    ``_BEFORE_PLACE_RE`` (which ends in ``\\s+of\\s+$``) can match before it. Read back
    from ``start``, not searched for: re would try the pattern at each of the 60 characters
    before every candidate."""
    k = start
    while k > 0 and text[k - 1].isspace():
        k -= 1
    return k < start and text[k - 2 : k] == "of"
