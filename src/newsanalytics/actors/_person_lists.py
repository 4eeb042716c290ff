"""The members of a list of people are people.

"Smith, Jones and Brown were arrested", "analysts John Smith, Peter Jones and Brown said":
the names of one coordinated list ("A, B and C", "A and B") are of one kind. When one of them
is a person or a word for people introduces the list, the members nobody typed (lone surnames
the rules and the typer leave alone) are people too; when that person is named with evidence
(a given name, a title, a cue) or a word for people introduces the list, so are the one-word
members the typer took for an unknown company; those only in a list that names two people so
("competition from Bernal, Jamie Foxx, Jim Carrey and Johnny Depp"): a word for people alone
is not enough for them ("actors Bernal and Foxx" leaves Bernal the typer's). A list that holds
a known organisation or place is no list of people.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ._candidate import _Cand
from ._gazetteer import Gazetteer, fold_word
from ._tokens import _display
from ._words import AGENT_NOUNS, MODIFIED

__all__ = ["listed_people"]

_Decided = list[tuple[_Cand, str | None, str | None]]

# Between two members: a comma, or "and" (after a comma or not), on one line or across a
# wire line's end. "&" joins a firm's partners, not people.
_LINK_RE = re.compile(r",[ \t]*\n?[ \t]*(and[ \t\n]+)?|[ \t]*\n?[ \t]*and[ \t]*\n?[ \t]*")
_ARTICLES = frozenset(("the", "a", "an", "his", "her", "its", "their"))
# Nouns a name modifies that name people ("Oscar winner", "Westlife star").
_MODIFIED_PEOPLE = frozenset(
    "winner winners star stars nominee nominees fan fans family families".split()
)
# Words for people right before a list's first member ("analysts Smith, Jones and Brown").
_PEOPLE_WORDS = AGENT_NOUNS | frozenset(
    "analysts officials ministers players executives directors brothers sisters defendants"
    " senators lawyers economists actors actresses stars members leaders colleagues"
    " team-mates teammates candidates judges managers coaches singers authors writers"
    " chairmen founders suspects sons daughters spokesmen traders dealers".split()
)


def listed_people(
    text: str, decided: _Decided, gaz: Gazetteer, person_for: Callable[[str], str | None]
) -> _Decided:
    """``decided`` with the untyped members of each list of people as persons.

    ``person_for`` maps a lone surname to the full name the article gives it, if any.
    """
    if ", " not in text and " and " not in text:
        return decided
    out = None
    n = len(decided)
    k = 0
    while k < n - 1:
        a, b = decided[k][0], decided[k + 1][0]
        if not 0 < b.start - a.end <= 8:
            k += 1  # no link to the next name: most names start no list
            continue
        group, reached = _list_at(text, decided, k)
        if len(group) < 2:
            k = max(k + 1, reached)  # no list starts inside a chain that ends without one
            continue
        k = group[-1] + 1
        members = [decided[j] for j in group]
        first = members[0][0]
        if first.heading or any(
            t == "location" or t == "organization" and not _retyped(c, a) for c, a, t in members
        ):
            continue  # "Smith, IBM and Jones", "Keane, Joss Stone and McFly": no list of people
        intro = first.prev in _PEOPLE_WORDS  # "analysts Smith, Jones and Brown"
        people = [c for c, _, t in members if t == "person"]
        named = sum(c.strong or len(c.tokens) > 1 for c in people)
        if not (intro or named >= 2 or named and len(members) == 2 or people and len(group) > 2):
            continue
        if len(people) + sum(t is None for _, _, t in members) < len(members) and named < 2:
            continue  # a one-word member the typer took for a company: two people named
        for j in group:
            c, actor, atype = decided[j]
            if (
                (atype is None or atype == "organization" and _retyped(c, actor))
                and c.entry is None
                and c.type is None
                and _name_like(c.tokens, gaz, intro or named >= 2)
                and _alone(c, gaz)
            ):
                name = _display(c.tokens)
                out = out or list(decided)
                other = _other_type(decided, group, name, atype is not None)
                if other not in (None, "person"):
                    # "Elan and Biogen Idec ... shares in Elan": the firm it is elsewhere
                    out[j] = (c, name, other)
                    continue
                person = person_for(name) if len(c.tokens) == 1 else None
                out[j] = (c, person or _shared_surname(name, j, group, decided, gaz), "person")
    return out or decided


def _other_type(decided: _Decided, group: list[int], name: str, retyped: bool) -> str | None:
    """The type of the last typed mention of ``name`` outside the list ``group``, if any; for
    a member the typer ``retyped``, not counting the mentions it retyped so too ("Nelly" by
    the same prior), only those typed by their own evidence."""
    inside = set(group)
    for k in range(len(decided) - 1, -1, -1):
        c, a, t = decided[k]
        if a == name and t and k not in inside and not (retyped and _retyped(c, a)):
            return t
    return None


def _retyped(c: _Cand, actor: str | None) -> bool:
    """A one-word member the rules guessed a person's and the learned typer took for an
    unknown company under its own spelling ("competition from Bernal, Jamie Foxx, Jim Carrey
    and Johnny Depp": the prior of a lone unknown word, not the word, makes it a company's)."""
    return (
        len(c.tokens) == 1
        and c.guess == "person"
        and c.entry is None
        and not c.sure
        and actor == _display(c.tokens)
    )


def _name_like(tokens: list[str], gaz: Gazetteer, common: bool) -> bool:
    """A surname ("Jones") or a given name and surname ("Delta Goodrem"): capitalised words,
    no title ("Governor"), no work's or band's "The", and no everyday word ("Ghost",
    "Agriculture", "Jones") unless ``common`` (a word for people before the list, or two
    people named with evidence in it: "Brown")."""
    if len(tokens) > 1 and tokens[0] not in gaz.first_names:
        return False
    return all(
        t[:1].isupper()
        and t[1:2].islower()
        and (common or t.lower() not in gaz.common_words)
        and fold_word(t) not in gaz.title_first_keys
        for t in tokens
    )


def _shared_surname(name: str, j: int, group: list[int], decided: _Decided, gaz: Gazetteer) -> str:
    """``name``, or with the surname of the list's last member when ``name`` is a given name
    that shares it: "Mike" of "twins Mike and Bob Bryan" is Mike Bryan."""
    last = decided[group[-1]][0]
    if (
        j == group[-2]
        and name in gaz.first_names
        and len(last.tokens) > 1
        and last.tokens[0] in gaz.first_names
        and decided[group[-1]][2] == "person"
    ):
        return f"{name} {_display(last.tokens[1:])}"
    return name


def _alone(c: _Cand, gaz: Gazetteer) -> bool:
    """The member is a name of its own: no article before it ("the Jesus and Mary Chain",
    "The Godfather") and no noun after it that it modifies ("Oscar winner Adrien Brody",
    "Tempo and Topaz models") nor a number ("Halo 2")."""
    if c.prev in _ARTICLES:
        return False
    after = c.nxt.split(" ", 1)[0]
    return not (
        after[:1].isdigit()
        or after in MODIFIED
        or after in _PEOPLE_WORDS
        or after in _MODIFIED_PEOPLE
        or fold_word(after) in gaz.title_first_keys
    )


def _list_at(text: str, decided: _Decided, k: int) -> tuple[list[int], int]:
    """The indices of the list of names of ``decided`` that starts at ``k``: names of one
    sentence linked by commas, the last by "and" ("A, B and C", "A and B"); ``[k]`` when none
    starts there. Also the index of the last name the walk reached: a chain of commas that
    ends without "and" holds no list from any of its names."""
    group = [k]
    j = k
    while j + 1 < len(decided):
        a, b = decided[j][0], decided[j + 1][0]
        if a.sentence != b.sentence or b.start - a.end > 8 or b.start <= a.end:
            break
        gap = text[a.end : b.start]
        m = _LINK_RE.fullmatch(gap) if "," in gap or "and" in gap else None
        if m is None:
            break
        group.append(j + 1)
        j += 1
        if "and" in m.group():
            # The list's last member; but two names joined by ", and" are two clauses' ("gadget
            # series Playboyz, and Emma Kirkby sang"), not a list.
            if len(group) > 2 or "," not in m.group():
                return group, j
            return [k], j
    return [k], j
