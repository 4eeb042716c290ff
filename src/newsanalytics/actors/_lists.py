"""Bodies named by a list of their fields: "the Department for Culture, Media and Sport".

A body's word ("Department", "Ministry", "Committee"), "of"/"for"/"on" and a list of
capitalised fields whose last one follows "and" is one organisation's name, the whole span:
not "Department for Culture" and "Media and Sport" (:func:`listed_bodies`). After a title
("Secretary of State for Culture, Media and Sport", "Minister of Agriculture, Fisheries and
Food") the list is part of the title, which names no actor: its fields are dropped.
"""

from __future__ import annotations

import re

from ._candidate import _Cand
from ._cands import org_candidate
from ._words import ORG_WORDS

__all__ = ["listed_bodies"]

# One field of the list: one to three capitalised plain words ("Rural Affairs").
_FIELD = r"[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2}"
# The body's word opens with its capital, the word boundary checked after it
# (``(?<!\w[A-Z])``: no word character before), so that re skips ahead to the next capital
# instead of trying every position of the text ("\b(?P<word>Secretary...|[A-Z][a-z]+)" is
# the same pattern; tests/test_actors_speed.py holds one to the other).
_LIST_RE = re.compile(
    r"(?P<word>[A-Z](?<!\w[A-Z])(?:(?<=S)ecretary[ \t]+of[ \t]+State|[a-z]+))"
    r"[ \t]+(?:of|for|on)[ \t]+"
    rf"(?P<first>{_FIELD})(?:,[ \t]+{_FIELD})+,?[ \t]+and[ \t]+(?P<last>{_FIELD})\b"
)
# What every match of _LIST_RE holds: its list from the first comma. It starts with the
# literal comma, which re finds quickly: a text without it (most) has no list to read.
_LIST_GATE_RE = re.compile(rf",[ \t]+{_FIELD}(?:,[ \t]+{_FIELD})*,?[ \t]+and[ \t]+[A-Z][a-z]")
# Titles whose fields are a body's ("Minister of Agriculture, Fisheries and Food").
_TITLES = frozenset(
    {"Secretary of State", "Secretary", "Minister", "Commissioner", "Undersecretary"}
)

# Words that make a field a body of its own ("the Ministry of Finance, Foreign Office and Home
# Office"): a list of bodies, not one body's fields.
_BODIES = frozenset(
    {
        "Office",
        "Ministry",
        "Department",
        "Committee",
        "Commission",
        "Council",
        "Board",
        "Bureau",
        "Agency",
        "Authority",
        "Court",
        "Bank",
        "Party",
        "Union",
        "Institute",
    }
)

_FIELD_RE = re.compile(_FIELD)


def _a_body(words: list[str]) -> bool:
    """A field that names a body of its own: a body's word in it, or two or more words ending
    in an organisation's ("Florida Federal Savings and Loan Association", "Power Co")."""
    return not _BODIES.isdisjoint(words) or (len(words) > 1 and words[-1] in ORG_WORDS)


def listed_bodies(text: str, cands: list[_Cand], ends: list[int], index: list[int]) -> list[_Cand]:
    """``cands`` with each body named by a list of fields made one organisation.

    The body is an organisation word (``ORG_WORDS``) before "of"/"for"/"on"; its name starts
    where a candidate ending at the first field starts ("House Committee on Science, Space
    and Technology"), else at the word. The last field ends before a candidate that starts
    inside it ("Minister of Agriculture, Fisheries and Food John Gummer"). A list with a
    known name in it ("the Ministry of Defence, Airbus and Boeing"), after a known body or with
    a body's word among the fields is left as it is.
    After a title the fields' candidates are dropped.

    Parameters
    ----------
    text : str
        The article text the candidates index into.
    cands : list of _Cand
        The article's candidates.
    ends, index : list of int
        Where each sentence ends in ``text``, and its index.

    Returns
    -------
    list of _Cand
        The candidates, those inside a listed body's name replaced by it.
    """
    if " and " not in text or _LIST_GATE_RE.search(text) is None:
        return cands
    spans: list[tuple[int, int, _Cand | None]] = []
    for m in _LIST_RE.finditer(text):
        word = m.group("word")
        title = word in _TITLES
        if not title and word not in ORG_WORDS:
            continue
        end = m.end()
        last = m.start("last")
        for c in cands:
            if last < c.start < end:
                end = c.start
        end = len(text[:end].rstrip())
        first_start, fields = m.span("first")
        inside = [c for c in cands if c.start < end and c.end > fields]
        if any(
            c.entry is not None
            and c.start >= fields
            and (c.entry.type != "organization" or c.entry.kind != "alias")
            for c in inside
        ) or any(
            c.type == "person" or c.strong for c in cands if c.start < end and c.end > first_start
        ):
            continue  # a known name or a person among the fields ("Airbus"; "Labour" may be one)
        if any(_a_body(f.group().split()) for f in _FIELD_RE.finditer(text, first_start, end)):
            continue  # a list of bodies ("Ministry of Finance, Foreign Office and Home Office")
        if any(c.start < m.start("word") < c.end or c.start < end < c.end for c in inside):
            continue  # a longer name crosses it
        if title:
            spans.append((fields, end, None))
            continue
        start = m.start("word")
        first = next((c for c in cands if c.end == fields and c.start <= start), None)
        if first is not None and first.entry is not None:
            continue  # a known body before a list of others ("Ministry of Defence, Airbus")
        start = first.start if first is not None else start
        tokens = text[start:end].split()
        spans.append(
            (start, end, org_candidate(text, ends, index, (start, end), tokens, " ".join(tokens)))
        )
    if not spans:
        return cands
    # A candidate inside or across a listed span goes (inside is across, candidates being
    # non-empty).
    kept = [c for c in cands if not any(lo < c.end and c.start < hi for lo, hi, _ in spans)]
    return sorted([*kept, *(c for _, _, c in spans if c is not None)], key=lambda c: c.start)
