"""A nickname in quotes inside a person's name: "Brian 'Head' Welch", 'Eldrick "Tiger" Woods'.

The runs of capitalised words stop at the quotes, leaving the given name and the surname as
two names of their own ("Brian" and "Welch", whom nothing then joins). A given name, a
one-word nickname in quotes and a name after it, written one after the other in a sentence,
are one person's name: one candidate over the whole span whose words are the given name and
the surname (the person "Brian Welch", whom the article's later "Welch" stands for).
"""

from __future__ import annotations

import re

from ._candidate import _Cand
from ._gazetteer import Gazetteer

__all__ = ["nicknamed"]

# Blanks, a quoted capitalised word and blanks before a capital: " 'Head' W".
_NICK_RE = re.compile(r"[ \t]+(['\u2018\"\u201c])[A-Z][\w.-]*(['\u2019\"\u201d])[ \t]+(?=[A-Z])")
_PAIRS = frozenset({("'", "'"), ("'", "\u2019"), ("\u2018", "\u2019"), ('"', '"'),
                    ("\u201c", "\u201d")})


def nicknamed(text: str, cands: list[_Cand], gaz: Gazetteer) -> list[_Cand]:
    """``cands`` with each given name, quoted nickname and name after it joined into one
    person's candidate (see the module)."""
    joined: set[int] = set()  # the candidates now inside a person's name
    for k, c in enumerate(cands):
        if (
            len(c.tokens) != 1
            or c.type not in (None, "person")
            or c.entry is not None
            or c.tokens[0] not in gaz.first_names
            or id(c) in joined
        ):
            continue
        m = _NICK_RE.match(text, c.end)
        if m is None or (m.group(1), m.group(2)) not in _PAIRS:
            continue
        rest = cands[k + 1 : k + 3]  # the surname, perhaps after the nickname's own
        last = next((x for x in rest if x.start == m.end()), None)
        if (
            last is None
            or last.sentence != c.sentence
            or last.type not in (None, "person")
            or last.entry is not None
            or len(last.tokens) > 2
        ):
            continue
        joined.update(id(x) for x in rest if x.start < last.end)
        c.tokens = [*c.tokens, *last.tokens]
        c.end, c.nxt, c.type, c.canonical = last.end, last.nxt, "person", None
        c.guess, c.strong = "person", True
    if not joined:
        return cands
    return [c for c in cands if id(c) not in joined]
