"""Names whose spelling reads as an actor's where the words around make them none (issue 12).

- A family: "the Blairs' fourth child" is the plural of the surname of a person the
  article names ("Tony Blair"), after "the": the family is no organisation, and the guidelines
  mark no actor for it (ACTOR_GUIDELINES.md: a person is a named individual).
- An award's ceremony: "a contender for this year's Cesars" is the plural of a word the
  article writes before an award's word ("a Cesar prize", "five Cesar awards"): awards are no
  actors, as the shipped ``@award_names`` ("won an Oscar") are not.
- An epithet: a name that opens a short quoted phrase of lower-case words ("The last
  'Downing Street dad'") qualifies a coined noun; it names no actor there.

Each rule drops the mentions it reads (their actor becomes None); the others stay.

And a place named in the plural: "an orchestra from the Orkneys" is "the" and the plural of a
place the gazetteer knows ("Orkney"), a location (islands, a region: "the Shetlands", "the
Midlands"), not the organisation the typer reads in an unknown plural word. The name stays
as written: "the Americas" is no "America".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._candidate import _Cand
    from ._lexicon import Lexicon

__all__ = ["misread_names"]

_THE_RE = re.compile(r"\b[Tt]he[ \t]+$")
# A word before an award's word: "Cesar prize", "Cesar awards", "Pulitzer nominations".
_AWARD_RE = re.compile(
    r"\b([A-Z][a-z]+) (?:award|awards|prize|prizes|nomination|nominations|statuettes?)\b"
)
# Every match of _AWARD_RE holds one of these: the pattern runs only where one occurs (its
# scan from every capital of a text costs more than the rest of the rules together).
_AWARD_WORDS = ("award", "prize", "nomination", "statuette")
_QUOTES = "'\"\u2018\u201c"
_CLOSES = "'\"\u2019\u201d"
# After the name: one or two lower-case words and the closing quote ("dad'", "effect\u201d").
# A verb or a function word first makes a clause, a slogan ("'Britain is working'"), no
# epithet; an "-ing" word makes the name its object ("'Japan bashing'": the country).
_CLAUSE_WORDS = (
    "is|was|are|were|be|has|have|had|will|would|can|could|should|must|may|might|does|did|"
    "and|or|of|to|in|on|for|at|by|with|from|says|said"
)
_EPITHET_RE = re.compile(
    rf"[ \t]+(?!(?:{_CLAUSE_WORDS})\b)(?![a-z-]+ing\b)[a-z][a-z-]*(?:[ \t]+[a-z][a-z-]*)?"
    r"['\"\u2019\u201d](?![\w'\u2019])"
)


def _family(text: str, c: _Cand, surnames: frozenset[str]) -> bool:
    """True when ``c`` is "the" and the plural of a surname in ``surnames``."""
    if len(c.tokens) != 1:
        return False
    word = c.tokens[0].rstrip("'\u2019")
    stem = word[:-2] if word.endswith("ses") else word[:-1]
    return (
        word[-1:] == "s"
        and stem in surnames
        and _THE_RE.search(text, max(0, c.start - 8), c.start) is not None
    )


def _epithet(text: str, c: _Cand) -> bool:
    """True when a quote opens right before ``c`` and closes after one or two lower-case
    words after it: "'Downing Street dad'"."""
    return (
        c.start > 0
        and text[c.start - 1] in _QUOTES
        and (c.start < 2 or not text[c.start - 2].isalnum())
        and _EPITHET_RE.match(text, c.end) is not None
    )


def _plural_place(text: str, c: _Cand, lex: Lexicon) -> bool:
    """True when ``c`` is "the" and the plural of a place of the gazetteer ("the Orkneys")."""
    if len(c.tokens) != 1 or c.tokens[0][-1:] != "s" or len(c.tokens[0]) < 4:
        return False
    known = lex.lookup((c.tokens[0][:-1],), all_caps=False)
    return (
        known is not None
        and known.kind == "place"
        and known.type == "location"
        and _THE_RE.search(text, max(0, c.start - 8), c.start) is not None
    )


def misread_names(
    text: str, decided: list[tuple[_Cand, str | None, str | None]], lex: Lexicon
) -> list[tuple[_Cand, str | None, str | None]]:
    """``decided`` without the families, award ceremonies and epithets of the module
    docstring, and with the plural places as locations. A family's surname is a person's of
    the article whose name has evidence (a title or a cue: ``strong``) or opens with a given
    name ("Progressive Conservative", a person by mistake, makes no family of "the
    Conservatives")."""
    given = lex.gaz.first_names
    surnames = frozenset(
        actor.rsplit(" ", 1)[-1]
        for c, actor, atype in decided
        if atype == "person"
        and actor
        and " " in actor
        and (c.strong or actor.split(" ", 1)[0] in given)
    )
    awards = (
        frozenset(m.group(1) + "s" for m in _AWARD_RE.finditer(text))
        if any(w in text for w in _AWARD_WORDS)
        else frozenset()
    )
    quoted = any(q in text for q in _QUOTES)
    out = None
    for k, (c, actor, atype) in enumerate(decided):
        if actor is None:
            continue
        if atype == "organization" and c.entry is None and _plural_place(text, c, lex):
            out = out or list(decided)
            out[k] = (c, actor, "location")
            continue
        if (
            (atype != "person" and surnames and _family(text, c, surnames))
            or (
                atype != "person"  # "Williams" the player, beside a "William award"
                and c.entry is None
                and len(c.tokens) == 1
                and c.tokens[0] in awards
            )
            or (atype != "person" and quoted and _epithet(text, c))
        ):
            out = out or list(decided)
            out[k] = (c, None, None)
    return out or decided
