"""Bands in a story about bands: a name the typer half reads as a person's is a band's.

A band's name is often made of everyday words or reads like a person's ("Judas Priest",
"Iron Maiden", "Sex Pistols"); the typer, reading the name and the words around it, wavers
between a person and an organisation and takes up neither. In a story that speaks of bands
(the word "band" or "bands" and at least two other music words: album, rock, singer, gig
...), such a name (no gazetteer name, no headline, no given name first, no place's
preposition or work's word before it) is a band's, an organisation (the guidelines mark
bands and music groups), when the article shows it: a plural name after "the" ("the
Beastie Boys"), a plural verb after a singular one ("Black Sabbath have", "Joy Division were"), a
band's word before it ("fellow Bristol band Massive Attack"); and so is such a name in a
list of three or more names with no person or place in it and a band, a plural name or an
organisation ("Led Zeppelin, Iron Maiden and Sex Pistols"), and the name's other mentions. Song and
album titles have none of these ("the single Hey Ya", "Drive My Car and Get Back"). A list the
text writes out may hold names no candidate holds ("Queen, Muse, Manic Street Preachers and The
Clash": a sentence's first word, everyday words): with two members shown as bands (a band, an
organisation, a plural name, a name after "The") and none a person's or a place's, each member
is a band's, added where missing; not after a work's word ("the hit singles Hysteria, ...").
"""

from __future__ import annotations

import re

from ._candidate import _Cand
from ._gazetteer import Gazetteer
from ._tokens import display_of, next_words, prev_word

__all__ = ["band_names"]

# "\bbands?\b" opening with its literal (the word boundary checked after it), which re
# finds much faster than a pattern that opens with "\b" (tried at every position).
_BAND_RE = re.compile(r"band(?<!\wband)s?\b")
_MUSIC_RE = re.compile(
    r"\b(album|albums|rock|punk|metal|singer|singers|gig|gigs|guitarist|drummer|bassist"
    r"|frontman|songs?|single|singles|chart|charts|tour|concert|concerts)\b"
)
_MUSIC_MIN = 2  # distinct music words besides "band"
# A place's preposition before the name: "we lived in Aston" (a town).
_PLACE_BEFORE = frozenset(("in", "at", "near", "from", "outside"))
# A work's word before the name: "the single Hey Ya", "album Hot Fuss", "his songs Like Toy
# Soldiers", "a song dedicated to Edwards called Cardiff Afterlife".
_WORK_BEFORE = frozenset(
    "single singles song songs hit hits album albums track tracks compilation called "
    "entitled titled musical movie film show version release numbers ep".split()
)
# A band's word before the name: "fellow Bristol band Massive Attack", "rap act Raw T".
_BAND_BEFORE = frozenset("band bands act acts group groups trio duo quartet rockers rappers".split())
# A plural verb right after a name that is no plural: "Black Sabbath have topped".
_PLURAL_VERBS = frozenset(("have", "are", "were"))
# The part of a longer name after "and the", "of the": "Echo and the Bunnymen", "Queens of
# the Stone Age".
_NAME_BEFORE_RE = re.compile(r"[A-Z][\w'-]* (?:and|of) [Tt]he $")
# Between two names of one list: ", ", " and ", ", and ", " and the ".
_LIST_GAP_RE = re.compile(r",?[ \t]+(?:and|&)[ \t]+(?:[Tt]he[ \t]+)?|,[ \t]+(?:[Tt]he[ \t]+)?")


# A list of names written out in the text, some of which no candidate holds ("Queen, Muse,
# Manic Street Preachers and The Clash": "Queen" opens a sentence, "Manic Street Preachers"
# reads as everyday words); or two names or more after a band's word and "like" ("newer acts
# like The Darkness and Lostprophets"). A name ends the list only where no number, "of" or
# capitalised word goes on with it ("Maroon 5"); "Queens of the Stone Age" is one name.
_NAME = r"(?:The )?[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,3}(?: of the(?: [A-Z][\w'-]*)+)?"
_END = r"(?![\w'-]| \d| of\b| [A-Z])"
_TEXT_LIST_RE = re.compile(
    rf"(?<![\w'-])({_NAME}(?:, {_NAME})+,? (?:and|&) {_NAME}){_END}"
    rf"|\b(?:{'|'.join(sorted(_BAND_BEFORE))}) (?:like|such as|including) "
    rf"({_NAME}(?:, {_NAME})*,? (?:and|&) {_NAME}){_END}"
)
_MEMBER_GAP_RE = re.compile(r",? (?:and|&) |, ")
# A work's words before the list: "the hit singles Time Is Running Out, Hysteria, and ...",
# "their best-known songs including Back Stabbers, Love Train and ...".
_WORKS_BEFORE_RE = re.compile(
    rf"\b(?:{'|'.join(sorted(_WORK_BEFORE))})(?: (?:like|such as|including))?,? $"
)
_SHOWN = 2  # members shown as bands (a band, an organisation, a plural, "The ...") at least


def _story(text: str) -> bool:
    return _BAND_RE.search(text) is not None and (
        len(set(_MUSIC_RE.findall(text))) >= _MUSIC_MIN
    )


def _plural(word: str) -> bool:
    return (word[-1:] == "s" and word[-2:] not in ("ss", "us", "is")) or word[-3:] == "men"


def _unsure(c: _Cand, p: list[float], gaz: Gazetteer) -> bool:
    """The typer leaves ``c`` to a person or an organisation, and ``c`` may be a band's."""
    return (
        p[0] < 0.5
        and p[1] + p[2] > p[3]
        and c.entry is None
        and not c.heading
        and c.tokens[0] not in gaz.first_names
        and c.prev not in _PLACE_BEFORE
        and c.prev not in _WORK_BEFORE
    )


def _runs(text: str, out: list[tuple[_Cand, str | None, str | None]]) -> list[list[int]]:
    """The lists of three names or more in ``out``: runs of neighbours joined by ", " or
    " and " with a comma somewhere ("Led Zeppelin, Iron Maiden and Sex Pistols")."""
    runs: list[list[int]] = []
    run = [0]
    comma = False
    for k in range(1, len(out) + 1):
        if k < len(out):
            m = _LIST_GAP_RE.fullmatch(text, out[k - 1][0].end, out[k][0].start)
            if m is not None:
                run.append(k)
                comma = comma or "," in m.group()
                continue
        if len(run) >= 3 and comma:
            runs.append(run)
        run, comma = [k], False
    return runs


def band_names(
    text: str,
    out: list[tuple[_Cand, str | None, str | None]],
    probs: dict[int, list[float]],
    gaz: Gazetteer,
) -> list[tuple[_Cand, str | None, str | None]]:
    """``out`` (sorted by start) with the bands of a story about bands taken up as
    organisations: the candidates left untyped there that the typer's rows ``probs`` (by
    index in ``out``) leave to a person or an organisation, shown as bands; in a list with
    a band or an organisation, also a one-word name the rules read as an unknown person's
    that the typer does not read as a person's ("Motorhead, Judas Priest and Prodigy")."""
    unsure = {
        k
        for k, (c, a, t) in enumerate(out)
        if t is None
        and k in probs
        and _unsure(c, probs[k], gaz)
        and not _NAME_BEFORE_RE.search(text, max(0, c.start - 40), c.start)
    }
    if not unsure or not _story(text):
        return out
    bands: set[int] = set()
    for k in unsure:
        c = out[k][0]
        after = c.nxt.split(" ", 1)[0]
        plural = _plural(c.tokens[-1])
        if (
            plural
            and (c.prev == "the" or c.tokens[0] == "The")
            or (after in _PLURAL_VERBS and not plural)
            or c.prev in _BAND_BEFORE
        ):
            bands.add(k)
    # A list of names none of which is a person's or a place's, with a band, a plural name
    # or an organisation in it: "Led Zeppelin, Iron Maiden and Sex Pistols".
    for run in _runs(text, out):
        members = []
        for k in run:
            c, a, t = out[k]
            p = probs.get(k)
            if k in unsure or t == "organization":
                members.append(k)
            elif (  # "Motorhead": an unknown word the rules read as a person's
                t == "person"
                and len(c.tokens) == 1
                and a == c.tokens[0]
                and p is not None
                and p[1] < 0.5
                and _unsure(c, p, gaz)
            ):
                unsure.add(k)
                members.append(k)
            else:
                break
        else:
            if any(
                k in bands or out[k][2] == "organization" or _plural(out[k][0].tokens[-1])
                for k in members
            ):
                bands.update(k for k in members if k in unsure)
    ids = [id(c) for c, _, _ in out]
    out, listed = _text_lists(text, out, probs, unsure, bands, gaz)
    if len(out) != len(ids):  # names added: the indices move
        at = {id(c): k for k, (c, _, _) in enumerate(out)}
        unsure = {at[ids[k]] for k in unsure}
        bands = {at[ids[k]] for k in bands}
    bands |= listed
    if not bands:
        return out
    # Every unsure mention of a band's name: "Black Sabbath have ... Black Sabbath's albums".
    names = {display_of(tuple(out[k][0].tokens)) for k in bands}
    bands.update(k for k in unsure if display_of(tuple(out[k][0].tokens)) in names)
    return [
        (c, display_of(tuple(c.tokens)), "organization") if k in bands else (c, a, t)
        for k, (c, a, t) in enumerate(out)
    ]


def _text_lists(
    text: str,
    out: list[tuple[_Cand, str | None, str | None]],
    probs: dict[int, list[float]],
    unsure: set[int],
    bands: set[int],
    gaz: Gazetteer,
) -> tuple[list[tuple[_Cand, str | None, str | None]], set[int]]:
    """``out`` with the names of each list of bands written out in the text (see
    ``_TEXT_LIST_RE``) that no candidate holds added, and the indices of the list's members
    in the new ``out``. A list is one of bands when no work's word comes before it ("hit
    singles"), every member is a candidate left untyped that the typer does not read as a
    person's, an unsure one, an organisation, or no candidate at all (one word, or a plural
    or a name after "The", none starting with a given name: not "Kanye West", maybe a
    person's), and two members are shown as bands: a band already, an organisation, a
    plural name, or a name after "The"."""
    starts = {c.start: k for k, (c, _, _) in enumerate(out)}
    new: list[_Cand] = []
    members: list[tuple[int, int]] = []  # (start, end) of each band's name
    for m in _TEXT_LIST_RE.finditer(text):
        group = 1 if m.group(1) is not None else 2
        if _WORKS_BEFORE_RE.search(text, max(0, m.start() - 40), m.start(group)):
            continue  # songs' titles
        pos, found, ok = m.start(group), [], True
        shown = 0
        for name in _MEMBER_GAP_RE.split(m.group(group)):
            start = text.index(name, pos)
            end = pos = start + len(name)
            toks = name.split()
            seen = toks[0] == "The" or _plural(toks[-1])  # "The Clash", "Manic Street Preachers"
            if toks[0] == "The" and len(toks) > 1 and start not in starts:
                start, toks = start + 4, toks[1:]  # "The Darkness": the candidate "Darkness"
            over = [k for k, (c, _, _) in enumerate(out) if c.start < end and start < c.end]
            if not over:
                if toks[0] in gaz.first_names or len(toks) > 1 and not seen:
                    ok = False  # "Paul", "Kanye West": a person's name, maybe
                    break
                found.append((start, end, toks, None))
                shown += seen
                continue
            k = starts.get(start)
            if k is None or len(over) > 1 or out[k][0].end != end:
                ok = False  # a candidate across the member's edges
                break
            c, a, t = out[k]
            p = probs.get(k)
            if not (
                k in unsure
                or t == "organization"
                or t is None
                and c.entry is None
                and c.tokens[0] not in gaz.first_names
                and (p is None or p[1] < 0.5)
                or t == "person" and len(c.tokens) == 1 and p is not None and p[1] < 0.5
            ):
                ok = False
                break
            found.append((start, end, toks, k))
            shown += seen or k in bands or t == "organization"
        if not ok or len(found) < 2 or all(k is None for *_, k in found) or shown < _SHOWN:
            continue
        sentence = next(out[k][0].sentence for *_, k in found if k is not None)
        for start, end, toks, k in found:
            members.append((start, end))
            if k is None:
                c = _Cand(start, end, sentence, toks, "organization")
                c.prev = prev_word(text, start)
                c.nxt = next_words(text, end)
                new.append(c)
    if not members:
        return out, set()
    if new:
        out = sorted([*out, *((c, None, None) for c in new)], key=lambda x: x[0].start)
    spans = set(members)
    listed = {k for k, (c, _, _) in enumerate(out) if (c.start, c.end) in spans}
    return out, listed
