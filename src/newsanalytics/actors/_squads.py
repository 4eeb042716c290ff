"""Squad lines: every name of a sports story's line-up line is a player.

"Delport; Pieters, Rasmussen, Lombard, O'Leary; Brown, Powell; Windo, Van Niekerk, Horsman"
and "Replacements (from): Bozzi, Coutts, Anglesea, Lund, Martens, Riley, Duffy, C Jones" list a
side by its players' surnames: a whole line of nothing but names between commas and
semicolons, in a sports story. Each name there is a player's, a person, whatever a surname
alone looks like elsewhere ("Lund" a Swedish town, "Hanley" a company, "Mayor" or "Day" a
word); a name in brackets after a player is his club ("J Bonnaire (Bourgoin)"), unless it is
a country (the national side, a location as everywhere else). Surnames the rules or the typer
dropped are put back, and a name the candidates split ("Van Niekerk", "MacLeod- Henderson",
"C Jones") is read whole.

The line decides, not the word: a line with one item that is no bare name ("Smith scored
twice", "Jones (Cameron 87)") is no squad line, and fewer than ``MIN_ITEMS`` names make none.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import accumulate
from typing import TYPE_CHECKING

from ._candidate import _Cand
from ._clubs import is_country, sport_story
from ._lineups import listed_players
from ._teams import team_sheet_clubs

if TYPE_CHECKING:
    from ._gazetteer import Gazetteer

__all__ = ["line_ups"]

_Decided = list[tuple[_Cand, str | None, str | None]]

#: What may open a squad line: "Replacements:", "Replacements (from):", "Subs not used:",
#: or the side's name ("Celtic:", "Sale Sharks:").
_LABEL_RE = re.compile(
    r"(?:(?i:Replacements|Subs|Substitutes|Reserves)(?i: not used)?(?: \(from\))?"
    r"|[A-Z][\w'.\-]*(?: [A-Z][\w'.\-]*){0,3}): ?"
)
#: Between two items: a comma or semicolon, kept where it stands outside brackets
#: (:func:`_separators`).
_SEP_RE = re.compile(r" ?[,;] ?")
_PAREN_RE = re.compile(r"[()]")
#: A word of a player's name: "Pieters", "O'Leary", "MacLeod- Henderson", "Jean-Baptiste".
_WORD = r"(?:[A-Z][a-z]?['\u2019])?[A-Z][\w'\u2019]*(?:-(?: ?[A-Z])[\w'\u2019]*)*"
#: An item: maybe initials ("C ", "J-P "), maybe a particle ("Van", "de"), one or two name
#: words, then maybe a bracket ("(capt)", "(Bourgoin)", "(Sale Sharks, capt)").
_ITEM_RE = re.compile(
    rf"(?P<name>(?:[A-Z]\.?(?:-[A-Z]\.?)? )?(?:(?:[Vv]an|[Dd]e|[Dd]u|[Ll]e|[Dd]a|[Dd]i|[Vv]on)"
    rf" )?{_WORD}(?: {_WORD}){{0,2}})"
    r"(?: ?\((?:(?P<club>[^()\d]{1,40})|[A-Z][\w'\-]+ \d{1,3})\))?"
)
_PLACEHOLDER_RE = re.compile(r"A\.? ?N\.? Other")
_CAPT_RE = re.compile(r"(?:, ?)?\bcapt(?:ain)?\.?$")
_CLUB_RE = re.compile(r"[A-Z][\w'.\-]*(?: [A-Z][\w'.\-]*){0,3}")
#: A side's marks: its captain, its bench.
_SQUAD_MARK_RE = re.compile(r"\((?:[^()]*, ?)?capt\.?\)|^(?:Replacements|Subs)\b", re.MULTILINE)


def _may_have_marks(text: str) -> bool:
    """False when ``text`` has none of the words :data:`_SQUAD_MARK_RE` needs."""
    return "capt" in text or "Replacements" in text or "Subs" in text


#: Items a squad line has at least.
MIN_ITEMS = 5


def line_ups(
    text: str, decided: _Decided, gaz: Gazetteer, countries: frozenset[str]
) -> _Decided:
    """``decided`` read for the line-ups of a sports story: lone surnames of a list of
    surnames (:func:`._lineups.listed_players`), the players and clubs of its squad lines
    (this module) and the bracketed clubs of its team sheets (:func:`._teams.team_sheet_clubs`).
    """
    decided = listed_players(text, decided, gaz)
    if ", " in text or "; " in text:
        decided = _squad_players(text, decided, countries)
    return team_sheet_clubs(text, decided, countries)


def _squad_lines(text: str) -> list[list[tuple[int, int, int, int]]]:
    """Each squad line of ``text`` as its items ``(name start, name end, club start, club
    end)`` (club offsets -1 when there is no club)."""
    lines = []
    at = 0
    n = len(text)
    while at < n:
        stop = text.find("\n", at)
        if stop < 0:
            stop = n
        line = text[at:stop]
        if line.count(",") + line.count(";") >= MIN_ITEMS - 1:
            items = _items(text, at, stop)
            if items is not None and len(items) >= MIN_ITEMS:
                lines.append(items)
        at = stop + 1
    return lines


def _items(text: str, start: int, end: int) -> list[tuple[int, int, int, int]] | None:
    """The items of the line ``text[start:end]``, or None when it is no squad line."""
    m = _LABEL_RE.match(text, start)
    if m is not None:
        start = m.end()
    while end > start and text[end - 1] in " .\t\r":
        end -= 1
    out = []
    at = start
    for sep in [*_separators(text[start:end]), None]:
        stop = start + sep.start() if sep is not None else end
        m = _ITEM_RE.fullmatch(text, at, stop)
        if m is None:
            return None
        club = m.group("club")
        cs = ce = -1
        if club is not None:
            club = _CAPT_RE.sub("", club.strip()).strip()
            if club:
                if _CLUB_RE.fullmatch(club) is None:
                    return None  # "(Cameron 87)", "(sin-bin)": no club
                cs = m.start("club") + m.group("club").index(club)
                ce = cs + len(club)
        out.append((m.start("name"), m.end("name"), cs, ce))
        if sep is not None:
            at = start + sep.end()
    return out


def _separators(line: str) -> list[re.Match[str]]:
    r"""The separators of ``line`` outside brackets: those whose next bracket is no ``)``
    (as a lookahead ``(?![^()]*\))`` would keep them, without its scan to the next bracket
    from every comma, quadratic in a long line of commas)."""
    parens = [(m.start(), m.group()) for m in _PAREN_RE.finditer(line)]
    at = [p for p, _ in parens]
    out = []
    for sep in _SEP_RE.finditer(line):
        k = bisect_left(at, sep.end())
        if k == len(parens) or parens[k][1] != ")":
            out.append(sep)
    return out


def _squad_players(text: str, decided: _Decided, countries: frozenset[str]) -> _Decided:
    """``decided`` with each name of a squad line (:func:`_squad_lines`) of a sports story
    (a captain's or bench's mark, or :func:`._clubs.sport_story`) a person: a candidate
    spanning the name is retyped, parts of a name the candidates split give way to one
    candidate of the whole; a bracketed club after a name becomes an organisation unless
    it is a country. A line whose names the candidates mostly read as bodies (a list of
    clubs) is left alone."""
    # The story's kind first: the runs of letters sport_story reads are the article cues'
    # (kept), and a mark's words are looked for as plain strings before its pattern; most
    # stories are neither, and their lines are then never read.
    if not (sport_story(text) or (_may_have_marks(text) and _SQUAD_MARK_RE.search(text))):
        return decided
    lines = _squad_lines(text)
    if not lines:
        return decided
    persons = [a for _, a, t in decided if t == "person" and a and " " in a]
    out = list(decided)
    added: list[tuple[_Cand, str | None, str | None]] = []
    for items in lines:
        line_start, line_end = items[0][0], max(items[-1][1], items[-1][3])
        inside = [k for k, (c, _, _) in enumerate(out) if line_start <= c.start < line_end]
        if not inside:
            continue  # no candidate to take the sentence from
        spans = {(ns, ne) for ns, ne, _, _ in items}
        bodies = sum(
            (c.start, c.end) in spans and t in ("organization", "location")
            for c, _, t in (out[k] for k in inside)
        )
        if bodies * 3 > len(items):
            continue  # "Barcelona, Bayern Munich, Porto, Real Madrid": a list of clubs
        # The line's candidates by start (their spans stay as the loop retypes them), so that
        # each item looks only at those near it, not at all of a long line's.
        order = sorted(inside, key=lambda j: out[j][0].start)
        starts = [out[j][0].start for j in order]
        ends = [out[j][0].end for j in order]
        reach = [-1, *accumulate(ends, max)]  # the furthest end of those starting before
        for ns, ne, cs, ce in items:
            if _PLACEHOLDER_RE.fullmatch(text, ns, ne):
                continue  # "A N Other": a player still to be named
            lo, hi = bisect_left(starts, ns), bisect_right(starts, ne)
            here = sorted(order[i] for i in range(lo, hi) if ends[i] <= ne)
            whole = [k for k in here if (out[k][0].start, out[k][0].end) == (ns, ne)]
            if whole:
                k = whole[0]
                c, actor, atype = out[k]
                if atype != "person" or not actor or actor not in text:
                    actor = _name(text, ns, ne, persons)
                out[k] = (c, actor, "person")
            elif not (  # a candidate across the item's edge
                reach[lo] > ns or any(ends[i] > ne for i in range(lo, bisect_left(starts, ne)))
            ):
                for k in here:
                    out[k] = (out[k][0], None, None)  # "Niekerk" of "Van Niekerk"
                near = _nearest(order, starts, ns)
                tokens = text[ns:ne].replace("- ", "-").split()
                c = _Cand(ns, ne, out[near][0].sentence, tokens, "person")
                added.append((c, _name(text, ns, ne, persons), "person"))
            if cs >= 0:
                for k in inside:
                    c, actor, atype = out[k]
                    if (c.start, c.end) == (cs, ce) and not is_country(c, actor, countries):
                        out[k] = (c, text[cs:ce], "organization")
    if added:
        out = sorted(out + added, key=lambda d: d[0].start)
    return out


def _nearest(order: list[int], starts: list[int], at: int) -> int:
    """Of ``order`` (by ``starts``), the first (least) index starting nearest ``at``."""
    lo = bisect_left(starts, at)
    gaps = [at - starts[lo - 1]] if lo else []
    if lo < len(starts):
        gaps.append(starts[lo] - at)
    gap = min(gaps)  # starts is never empty
    near = [
        order[i]
        for s in {at - gap, at + gap}
        for i in range(bisect_left(starts, s), bisect_right(starts, s))
    ]
    return min(near)


def _name(text: str, start: int, end: int, persons: list[str]) -> str:
    """A player's name as the article gives it in full ("Rhys Jones": "Chris Rhys Jones"),
    or as the line writes it."""
    name = " ".join(text[start:end].replace("- ", "-").split())
    end_key = " " + name.casefold()
    full = [p for p in persons if p.casefold().endswith(end_key)]
    return full[0] if len(set(full)) == 1 else name
