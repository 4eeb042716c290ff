"""Constituencies: the place a member of a parliament sits for.

"The MP for Ealing North", "the Glasgow Kelvin MP", "the Commons constituency of Bethnal
Green and Bow", "the Tower Hamlets borough": the name is a place (a constituency, a borough, a
ward), a location actor, not an organisation nor a person ("Merionnydd Nant Conwy",
"Sedgefield" and "Mid-Bedfordshire" were read as both).
"""

from __future__ import annotations

import re

from ._candidate import _Cand
from ._cands import rule_candidate
from ._lexicon import Lexicon
from ._words import ORG_WORDS

__all__ = ["constituencies"]

# One name: capitalised words, hyphened parts ("Henley-on-Thames", "Mid-Bedfordshire") and
# the small words inside a place's name ("Newcastle upon Tyne", "Isle of Wight").
_WORD = r"[A-Z][a-z\u2019']+(?:-(?:[A-Z][a-z\u2019']+|on|upon|under|in|le|by))*"
_NAME = rf"{_WORD}(?:[ \t]+(?:(?:upon|of|on|under)[ \t]+)?{_WORD})*"
# A member or a district: where the names around are read (one scan of the text). A ward or
# a seat reads only a name after "of" ("the seat of Witney"), none before it: not "a Board
# seat", "the Maternity ward".
_KEY_RE = re.compile(
    r"\b(?:(?P<member>MPs?|MSPs?|MEPs?|MLAs?|Member of Parliament)|(?P<district>"
    r"constituenc(?:y|ies)|borough)|ward|seat)\b"
)
# After the key: "MP for Ealing North", "the constituency of Bethnal Green and Bow", "the
# seat of Witney", "the most diverse constituency, West Ham,", "the least white
# constituency [West Ham]": the name, and a second one after "and" ("Grantham and
# Stamford": both places).
_FOR_RE = re.compile(rf"[ \t]+for[ \t]+({_NAME})(?:[ \t]+and[ \t]+({_NAME}))?")
_OF_RE = re.compile(rf"[ \t]+of[ \t]+({_NAME})(?:[ \t]+and[ \t]+({_NAME}))?")
_APPOSED_RE = re.compile(rf"(?:,[ \t]+|[ \t]+\[)({_NAME})(?:[ \t]+and[ \t]+({_NAME}))?")
# Before it: "the Glasgow Kelvin MP" (after "the"), "in Tower Hamlets borough" (after "the"
# or a preposition); not "a Board seat", "the Maternity ward".
_BEFORE_MEMBER_RE = re.compile(rf"\b(?:[Tt]he|[Aa]n?)[ \t]+({_NAME})[ \t]+$")
_BEFORE_DISTRICT_RE = re.compile(rf"\b(?:[Tt]he|[Aa]n?|in|of|for)[ \t]+({_NAME})[ \t]+$")
# Before a seat, a contest's verb and "the": "to fight the Suffolk Coastal seat", "won the
# Tatton seat", "contesting the Sheffield Hallam seat" (not "a Board seat").
_BEFORE_SEAT_RE = re.compile(
    r"\b(?:fight|fighting|fought|contest|contests|contesting|contested|win|wins|winning|won|"
    r"hold|holds|holding|held|retain|retains|retained|lose|loses|losing|lost|gain|gains|"
    rf"gained|defend|defends|defending|defended)[ \t]+the[ \t]+({_NAME})[ \t]+$"
)
# The text has a key at all: a quick test before the scan ("COMPANY" has no "MP" here).
_KEYS = (
    " MP",
    " MSP",
    " MEP",
    " MLA",
    "Member of Parliament",
    "constituenc",
    "borough",
    " ward",
    " seat",
)
_BEFORE_SPAN = 60  # characters before the key where the name is looked for
# Words a member's party or kind is written with ("a Tory MP", "the Green MEP", "a Euro MP").
_NO_PLACE = frozenset(
    {
        "Conservative",
        "Tory",
        "Labour",
        "Liberal",
        "Democrat",
        "Democratic",
        "Green",
        "Plaid",
        "Independent",
        "Unionist",
        "Euro",
        "European",
        "Commons",
        "Cabinet",
        "Former",
        "Senior",
        "Veteran",
        "Backbench",
        "Opposition",
        "Government",
        "Respect",
        "Parliament",
        "Parliamentary",
    }
)


def constituencies(
    text: str, cands: list[_Cand], lex: Lexicon, ends: list[int], index: list[int]
) -> list[_Cand]:
    """``cands`` with each constituency, borough or ward named beside a member or the word
    (see the module docstring) a location candidate of its own, whatever the scanner read
    there; a place the scanner found already over the same words stays, sure. A party
    or a body the gazetteer knows ("the Labour MP", "a Plaid Cymru MP") and a name with a
    given name before its last word ("Frank Field MP", "The Rt Hon John Prescott MP") are no
    place."""
    if not ends or not any(w in text for w in _KEYS):
        return cands
    spans = []
    for_spans = set()  # the last name after "MP for": a member's name may follow it
    for k in _KEY_RE.finditer(text):
        member, district = k.group("member"), k.group("district")
        after = (
            _FOR_RE.match(text, k.end())
            if member
            else _APPOSED_RE.match(text, k.end()) or _OF_RE.match(text, k.end())
            if district and district[-1] != "h"  # "constituency": not a borough's apposition
            else _OF_RE.match(text, k.end())
        )
        if after is not None:
            spans.append(after.span(1))
            if after.group(2):
                spans.append(after.span(2))
            if member:
                for_spans.add(after.span(2) if after.group(2) else after.span(1))
        if member or district and district[0] != "c" or district == "constituency":
            before = (_BEFORE_MEMBER_RE if member else _BEFORE_DISTRICT_RE).search(
                text, max(0, k.start() - _BEFORE_SPAN), k.start()
            )
            if before is not None:
                spans.append(before.span(1))
        elif not district:  # a seat: "to fight the Suffolk Coastal seat"
            before = _BEFORE_SEAT_RE.search(text, max(0, k.start() - _BEFORE_SPAN), k.start())
            if before is not None and ORG_WORDS.isdisjoint(before.group(1).split()):
                spans.append(before.span(1))  # not "won the Acme Board seat"
    if not spans:
        return cands
    first_names, clubs = lex.gaz.first_names, lex.gaz.clubs
    found: list[tuple[int, int, list[str]]] = []
    # The seats a member's full name follows, and the members: "MP for Hackney North Diane
    # Abbott".
    members: list[tuple[tuple[int, int], tuple[int, int, list[str]]]] = []
    for s, e in sorted(set(spans)):
        if (s, e) in for_spans:
            s, e, member = _member_after(text, s, e, first_names)
            if member is not None:
                members.append(((s, e), member))
        tokens = text[s:e].split()
        if (
            tokens[0] in _NO_PLACE
            or tokens[0] in first_names
            or not first_names.isdisjoint(tokens[1:-1])
        ):
            continue  # "the Labour MP", "Frank Field MP", "The Rt Hon John Prescott MP"
        entry = lex.lookup(tokens, all_caps=False)
        if entry is not None and (
            entry.kind == "demonym" or entry.type != "location" and entry.canonical not in clubs
        ):
            continue  # "the Labour MP", "a Plaid Cymru MP", "the Scottish MP"
        same = [c for c in cands if c.start == s and c.end == e and c.type == "location"]
        if same:
            same[0].sure = True  # a place read already ("MP for Witney"): whatever is around
            continue
        if any(
            c.start < e
            and s < c.end
            and c.type == "organization"
            and c.entry
            and c.entry.canonical not in clubs
            for c in cands
        ):
            continue  # a body the gazetteer knows ("a Commons seat"); a club's town is the seat
        found.append((s, e, tokens))
    if not found:
        return cands
    found_at = {(s, e) for s, e, _ in found}
    people = [person for seat, person in members if seat in found_at]
    # A seat named like a club is the place all through the article: "in West Ham".
    seats = {" ".join(t) for _, _, t in found}
    at = {s for s, _, _ in found}
    found.extend(
        (c.start, c.end, c.tokens)
        for c in cands
        if c.entry is not None
        and c.entry.canonical in clubs
        and c.start not in at
        and " ".join(c.tokens) in seats
    )
    taken = [*found, *people]
    out = [c for c in cands if not any(c.start < e and s < c.end for s, e, _ in taken)]
    for s, e, tokens in people:
        out.append(rule_candidate(text, ends, index, (s, e), tokens, "person", strong=True))
    for s, e, tokens in found:
        out.append(
            rule_candidate(
                text, ends, index, (s, e), tokens, "location", " ".join(tokens), sure=True
            )
        )
    out.sort(key=lambda c: c.start)
    return out


_TOKEN_RE = re.compile(r"\S+")
_WORD_END_RE = re.compile(r"[\w'\u2019-]*")


def _member_after(
    text: str, s: int, e: int, first_names: frozenset[str]
) -> tuple[int, int, tuple[int, int, list[str]] | None]:
    """The seat's span ``(s, e)`` cut before a member's full name the name runs on into
    ("the MP for Hackney North Diane Abbott": the seat "Hackney North", the person "Diane
    Abbott"), and that person's span and words; the span as it is when no given name and
    a surname (or a middle name too) close it; not after "and", "of" ("Bethnal Green and
    Bow")."""
    words = list(_TOKEN_RE.finditer(text, s, e))
    for k in (len(words) - 2, len(words) - 3):
        if k >= 1 and words[k].group() in first_names and words[k - 1].group() not in _NAME_LINKS:
            end = _WORD_END_RE.match(text, e).end()  # "McNeill": the name's pattern ends at "Mc"
            person = (words[k].start(), end, text[words[k].start() : end].split())
            return s, words[k - 1].end(), person
    return s, e, None


_NAME_LINKS = frozenset({"and", "of", "on", "upon", "under"})
