"""Names of things that are no actors: products, generic acronyms, creeds and ideologies.

A candidate of one word that names a product ("Xbox", "Viagra", "iPods"), a generic term
written in capitals ("GDP", "LNG", "IPO", "CEOs"), a faith or an ideology ("Anglicans",
"Marxism") is nobody, whatever its context makes the typer read: the word lists live in
``@not_names`` of ``scripts/actors_words.txt``. Two shapes need no list: the plural of a
capitals-only word that is no known organisation's name ("PCs", "ISPs", "SMEs": a class of
things or people) and a word ending in "-ism" ("Thatcherism", "Sikhism"). An award's name is
no actor where the words around make it the award ("won an Oscar", "Grammy nominations"); one
that names the body that gives it too ("Bafta") is that organisation elsewhere, never a person.
A rank in a scale ("Grade II", "Category 5") is no actor either.
A crude oil's grade named after a place ("West Texas Intermediate", "Louisiana Sweet") is a
product. Those words are ``@award_names``, ``@award_before``, ``@award_after``,
``@award_body_after``, ``@crude_grades`` and ``@grade_place_words`` of the same file.
"""

from __future__ import annotations

import re

from ._candidate import _Cand
from ._lexicon import Lexicon
from ._tokens import _display
from ._words import (
    AWARD_AFTER,
    AWARD_BEFORE,
    AWARD_BODIES,
    AWARD_BODY_AFTER,
    AWARD_NAMES,
    COMPANY,
    CORP_SUFFIXES,
    CRUDE_GRADES,
    GRADE_PLACE_WORDS,
    NOT_NAMES,
    OF,
    SMALL_WORDS,
)

__all__ = ["no_actor_things", "plural_goods"]

_PLURAL_ACRONYM_RE = re.compile(r"[A-Z]{2,}s")
_COMPANY_ENDS = COMPANY | CORP_SUFFIXES  # "Quaker Oil Refining Corp", "DNA Medical Inc"
_ISM_RE = re.compile(r"[A-Z][a-z]{3,}isms?")
# After "the", a body that gives an award is the award only with an award's word or "for" in
# the two words after it ("the Bafta for best film", "the Bafta film awards"); "the Bafta
# experts": the body.
_AWARD_NEAR = AWARD_AFTER | {"for"}
# A rank in a scale, by its shape: "the Grade II listed building", "a Category 5 storm", "Stage
# III cancer", "Type 2 diabetes", "Class A shares": a classification, no actor.
_RANK_RE = re.compile(
    r"(?:Grade|Category|Class|Level|Stage|Tier|Phase|Type) (?:[IVX]+\*?|\d+[A-Za-z]?|[A-Z])"
)


def _thing(word: str, lex: Lexicon) -> bool:
    """True when the one word ``word`` names no actor."""
    if word in NOT_NAMES:
        return True
    if word[-3:] == "ism" or word[-4:] == "isms":
        return _ISM_RE.fullmatch(word) is not None
    if word[-1:] == "s" and word[:-1].isupper() and _PLURAL_ACRONYM_RE.fullmatch(word):
        known = lex.lookup((word,), all_caps=False)
        return known is None or known.type != "organization"
    return False


# An adjective made of a name: "Orwellian", "Dickensian", "Shakespearean", "Kafkaesque".
_ADJECTIVE_RE = re.compile(r"[A-Z][a-z]{3,}(?:ian|ean|esque)")
_VERBS = frozenset("is was has had said says who which that".split())
# "a"/"an" and one or two lower-case words, no preposition ("a setting on Symbian phones")
_A_AND_WORDS_RE = re.compile(
    r"\b(?:a|an)[ \t]+(?:(?!(?:on|of|in|at|for|with|by|to|from|and|or)\b)[a-z][a-z-]*[ \t]+){1,2}$"
)


def _adjective(text: str, word: str, c: _Cand, lex: Lexicon) -> bool:
    """True for an adjective made of a name: "-esque" anywhere, "-ian"/"-ean" after "a"/"an"
    (and up to two lower-case words) and before a lower-case word ("an Orwellian future",
    "an abandoned Victorian courtroom"; not "a Kardashian", "Brian")."""
    if _ADJECTIVE_RE.fullmatch(word) is None or word in lex.gaz.first_names:
        return False
    if word.endswith("esque"):
        return True
    after = c.nxt.split(" ", 1)[0]
    return (
        # "an Orwellian future", "an abandoned Victorian courtroom"
        (c.prev in ("a", "an") or _A_AND_WORDS_RE.search(text, max(0, c.start - 40), c.start))
        and after.isalpha()
        and after.islower()
        and after not in SMALL_WORDS  # "met a Kardashian on Friday": a person
        and after not in _VERBS
    )


def _grade(toks: list[str], lex: Lexicon) -> bool:
    """The words before a crude grade's last word name a place ("Texas", "Light Louisiana")."""
    for t in toks[:-1]:
        if t in GRADE_PLACE_WORDS:
            continue
        known = lex.lookup((t,), all_caps=False)
        if known is None or known.type != "location":
            return False
    return True


# After an unknown acronym: a pact or talks it names ("the ABM treaty", "START talks").
_PACTS = frozenset(("treaty", "treaties", "pact", "accord", "talks"))


def no_actor_things(text: str, cands: list[_Cand], lex: Lexicon) -> list[_Cand]:
    """``cands`` without the one-word names of things; a name that opens with such a word
    and a link ("IPO of Acme Corp", "CEO of Acme Inc") keeps the words after the link. A
    word that opens a company's longer name in the article is its short name there:
    "Quaker Oil Refining Corp ... Quaker said", "Concorde Capital Ltd ... Concorde"."""
    heads = {
        c.tokens[0]
        for c in cands
        if c.type == "organization" and len(c.tokens) > 1 and c.tokens[-1] in _COMPANY_ENDS
    }
    out = []
    for c in cands:
        toks = c.tokens
        if toks[-1] == "'s":
            toks = toks[:-1]
        if len(toks) == 1 and toks[0] in AWARD_NAMES and c.entry is None:
            after = c.nxt.split(" ", 1)[0]
            body = toks[0] in AWARD_BODIES
            if body and after in AWARD_BODY_AFTER:
                pass  # "Bafta voters": the body's
            elif body and c.prev == "the" and _AWARD_NEAR.isdisjoint(c.nxt.split()):
                pass  # "the Bafta experts": the body
            elif (
                c.prev in AWARD_BEFORE
                or after in AWARD_AFTER
                or after == "best"
                or after.startswith("best-")
            ):
                continue  # "won an Oscar", "Grammy nominations": the award
            if body:  # "If Bafta can't": the body
                c.type, c.canonical, c.sure = "organization", toks[0], True
        if len(toks) > 1 and toks[-1] in CRUDE_GRADES and c.entry is None and _grade(toks, lex):
            continue  # "West Texas Intermediate": a crude oil
        if len(toks) == 2 and c.entry is None and _RANK_RE.fullmatch(" ".join(toks)):
            continue  # "the Grade II listed building": a rank in a scale
        one = len(toks) == 1 and c.entry is None and toks[0] not in heads
        if one and c.type is None and toks[0].isupper() and c.nxt.split(" ", 1)[0] in _PACTS:
            continue  # "the ABM treaty", "the SALT talks": the pact's name, no body's
        if one and _adjective(text, toks[0], c, lex):
            continue  # "an Orwellian future", "a Kafkaesque ordeal": a name's adjective
        if not toks or (len(toks) == 1 and toks[0] in heads) or not _thing(toks[0], lex):
            out.append(c)
            continue
        if len(toks) == 1:
            continue
        if len(toks) > 2 and toks[1] in OF and c.entry is None:
            start = text.find(toks[2], c.start + len(toks[0]), c.end)
            if start > 0:
                c.start = start
                c.tokens = c.tokens[2:]
                if c.canonical is not None:
                    c.canonical = _display(c.tokens)
                c.prev = toks[1]
        out.append(c)
    return out


def plural_goods(text: str, decided: list[tuple[_Cand, str | None, str | None]]) -> set[int]:
    """The ``id`` of each decided candidate that is the plural of a one-word organisation of
    the article: its goods ("Saab ... building Saabs, Opels and Cadillacs", "sales of
    Rolls-Royces"). Not after a hyphen ("ex-Beatle ... the Beatles": a band's member), not
    a gazetteer name, not a surname resolved to a person's full name ("Mr Dams": Tim Dams)."""
    firms = {
        c.tokens[0] + "s"
        for c, _, t in decided
        if t == "organization" and len(c.tokens) == 1 and text[c.start - 1 : c.start] != "-"
    }
    if not firms:
        return set()
    return {
        id(c)
        for c, actor, _ in decided
        if c.entry is None and len(c.tokens) == 1 and c.tokens[0] in firms and actor == c.tokens[0]
    }
