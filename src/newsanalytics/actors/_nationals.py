"""A nationality noun that stands for one person: "Henry attempted to hurdle the Argentine but
his knee collided with ... Heinze's head" (issue 12, audit48).

A demonym after "the" that modifies no word after it is a noun: one of that nation's people
(the sentence's player, "the Argentine"), not the country; as "the Iraqis" are its people.
Before a noun it is the nation's adjective and names the country ("the Argentine
government"); "the Dutch", "the Chinese", "the Swiss" are the whole people, which stand for
the country.
"""

from __future__ import annotations

import re

from ._candidate import _Cand

__all__ = ["one_national"]

# The endings of demonyms whose noun after "the" is a whole people ("the Dutch", "the British").
_PEOPLE_ENDS = ("ese", "sh", "ch", "ss")

# The word or punctuation mark after the candidate (None at the text's end).
_NEXT_RE = re.compile(r"[ \t]*('s|\w+|[^\w\s])")

# Words after a nationality noun that show it modifies nothing: punctuation, conjunctions,
# relative pronouns and the verbs a person's noun takes.
_AFTER_NOUN = frozenset(
    ". , ; : ! ? ) ' \" but and or who whom whose which that was is has had have said says"
    " 's told added will would could can scored won lost beat made took gave got".split()
)


def one_national(text: str, c: _Cand) -> bool:
    """True when the demonym candidate ``c`` of ``text`` is a nationality noun after "the"
    ("the Argentine but"), one person of that nation, no mention of the country."""
    if c.prev != "the" or len(c.tokens) != 1 or c.heading or c.tokens[0].endswith(_PEOPLE_ENDS):
        return False
    m = _NEXT_RE.match(text, c.end)
    return m is None or m.group(1) in _AFTER_NOUN
