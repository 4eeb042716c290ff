"""A word for the kind of actor right before a name decides its type, and its short form.

The rules read a name by its words: "Energy Murambadoro" (an everyday first word) as a
company's, "Hapoel Bnei Sakhnin" (unknown words only) as a person's. The word before the name
says more: a person's role noun ("Zimbabwe goalkeeper Energy Murambadoro") makes a person of
a name read as an organisation's, a club's word ("Israeli club Hapoel Bnei Sakhnin", "Tunisian
side Esperance") makes an organisation of a name read as a person's, with no given name
first, and so does a band's word, given name or not ("rock band Franz Ferdinand"). The name's other mentions follow it: the lone surname ("Murambadoro") joins the
person, the club's short forms ("Bnei Sakhnin are") its organisation; a one-word short form
after "in" ("based in Sakhnin") is the town the club is named after.
"""

from __future__ import annotations

from ._candidate import _Cand
from ._gazetteer import Gazetteer
from ._tokens import display_of
from ._words import AGENT_NOUNS, COMMON_GIVEN_NAMES, COMPANY, CORP_SUFFIXES, ORG_WORDS

__all__ = ["role_nouns"]

_Decided = list[tuple[_Cand, str | None, str | None]]

# A club's word right before its name: "Israeli club Hapoel Bnei Sakhnin", "Tunisian side
# Esperance", "Albanian outfit Partizani Tirana".
_CLUB_BEFORE = frozenset(("club", "side", "outfit"))
# A band's word right before its name, though it starts with a given name: "Scottish rock band
# Franz Ferdinand" (not "duo": "comedy duo Matt Lucas and David Walliams" are people).
_BAND_BEFORE = frozenset(("band", "bands", "rockers"))


def _capitalised(tokens: list[str]) -> bool:
    return all(t[:1].isupper() and t[1:].islower() for t in tokens)


def _agent(c: _Cand, actor: str | None, atype: str | None) -> bool:
    """A name of two words or more no gazetteer knows, read as an organisation's, after a
    person's role noun ("goalkeeper Energy Murambadoro"; not "broadcaster Sky News": an
    organisation's word ends it)."""
    return (
        atype == "organization"
        and c.prev in AGENT_NOUNS
        and c.entry is None
        and not c.sure
        and len(c.tokens) > 1
        and actor == display_of(tuple(c.tokens))
        and c.tokens[-1] not in ORG_WORDS
        and c.tokens[-1] not in COMPANY
        and not any(t in CORP_SUFFIXES for t in c.tokens)
        and _capitalised(c.tokens)
    )


def _club(c: _Cand, actor: str | None, atype: str | None, gaz: Gazetteer) -> bool:
    """A name of two words or more no gazetteer knows, read as a person's, after a band's
    word ("rock band Franz Ferdinand"), or with no given name first after a club's word
    ("club Hapoel Bnei Sakhnin")."""
    if c.prev in _BAND_BEFORE:
        return (
            atype == "person"
            and c.entry is None
            and not c.heading
            and len(c.tokens) > 1
            and actor == display_of(tuple(c.tokens))
            and _capitalised(c.tokens)
        )
    return (
        atype == "person"
        and c.prev in _CLUB_BEFORE
        and c.entry is None
        and not c.sure
        and not c.heading
        and len(c.tokens) > 1
        and actor == display_of(tuple(c.tokens))
        and c.tokens[0] not in gaz.first_names
        and c.tokens[0] not in COMMON_GIVEN_NAMES
        and _capitalised(c.tokens)
    )


def role_nouns(out: _Decided, gaz: Gazetteer) -> _Decided:
    """``out`` with the names a role noun or a club's word before them types (see the module
    docstring), and their other mentions."""
    people: dict[str, str] = {}  # surname -> the full name made a person's
    clubs: set[str] = set()
    shared: set[str] = set()  # surnames of two such people: a lone surname is either's
    for k, (c, actor, atype) in enumerate(out):
        if _agent(c, actor, atype):
            out[k] = (c, actor, "person")
            if people.setdefault(c.tokens[-1], actor) != actor:  # type: ignore[arg-type]
                shared.add(c.tokens[-1])
        elif _club(c, actor, atype, gaz):
            clubs.add(actor)  # type: ignore[arg-type]
    if not people and not clubs:
        return out
    full = set(people.values())
    for surname in shared:
        del people[surname]
    for k, (c, actor, atype) in enumerate(out):
        if (
            people
            and atype in ("person", "organization")
            and len(c.tokens) == 1
            and c.entry is None
            and actor == c.tokens[0]
            and actor in people
        ):
            out[k] = (c, people[actor], "person")  # "Murambadoro": Energy Murambadoro
        elif atype == "organization" and actor in full:
            out[k] = (c, actor, "person")  # a short form resolved to the full name
        elif atype == "person" and actor in clubs:
            if len(c.tokens) == 1 and c.prev == "in":
                out[k] = (c, c.tokens[0], "location")  # "based in Sakhnin": the town
            else:
                out[k] = (c, actor, "organization")
    return out
