"""A surname glued to its lower-case particle: "Leonardo diCaprio", "Neil deGrasse Tyson".

The runs of capitalised words start at a capital, so "diCaprio" leaves "Caprio" (after the
word "di") and the given name before it as two names of their own: "Leonardo", whom nothing
then joins, and "Caprio", while the article's "DiCaprio" stays a third name (issue 12,
audit48). A candidate whose first word is glued to a name particle (``_words.NAME_PARTICLES``
but those written apart or words: "di", "de", "van", not "al", "bin", "y") takes the particle
in, always capitalised, so as to meet the name's other mentions ("DiCaprio"; so too
"Neil DeGrasse Tyson" where no mention writes it so); a given name right before it opens the
same person's name ("Leonardo DiCaprio"), as with a particle written apart ("Vincent van
Gogh").
"""

from __future__ import annotations

from ._candidate import _Cand
from ._gazetteer import Gazetteer
from ._tokens import _CTX_RE
from ._words import NAME_PARTICLES

__all__ = ["glued_particles"]

# The particles a surname is written glued to ("diCaprio", "deGrasse", "vanDyke"); not
# "al", "el", "abu", "ben", "bin", "ibn", "y", "do", "las", "los" (other spellings, or words).
_GLUED = NAME_PARTICLES - frozenset("al el abu ben bin ibn y do las los".split())


def glued_particles(text: str, cands: list[_Cand], gaz: Gazetteer) -> list[_Cand]:
    """``cands`` with each name glued to a particle taken in whole (see the module)."""
    out: list[_Cand] | None = None
    for k, c in enumerate(cands):
        s = c.start
        if s < 2 or not text[s - 1].islower() or c.entry is not None or c.sure:
            continue
        j = s - 1
        while j > 0 and text[j - 1].isalpha() and s - j < 5:
            j -= 1
        particle = text[j:s]
        if particle not in _GLUED or (j > 0 and (text[j - 1].isalnum() or text[j - 1] in "-'")):
            continue
        if c.type not in (None, "person"):
            continue
        if out is None:
            out = list(cands)
        c.start = j
        c.tokens = [particle.capitalize() + c.tokens[0], *c.tokens[1:]]
        c.canonical = None
        c.prev = _word_before(text, j)
        before = out[k - 1] if k else None
        if (
            before is not None
            and before.sentence == c.sentence
            and text[before.end : j] == " "
            and before.tokens[-1] in gaz.first_names
            and before.type in (None, "person")
            and before.entry is None
            and not before.sure
        ):
            # "Leonardo diCaprio": one person's name
            before.end, before.tokens = c.end, [*before.tokens, *c.tokens]
            before.type, before.canonical, before.guess, before.strong = "person", None, None, True
            before.nxt = c.nxt
            out[k] = None  # type: ignore[call-overload]
    if out is None:
        return cands
    return [c for c in out if c is not None]


def _word_before(text: str, at: int) -> str:
    """The word or punctuation mark right before offset ``at``, lower-cased (as the
    scanner's ``prev``)."""
    ctx = _CTX_RE.findall(text, max(0, at - 12), at)
    return ctx[-1].lower() if ctx else ""
