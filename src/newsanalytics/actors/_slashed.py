"""Names written as two names joined by slashes: one organisation.

"Nielsen//NetRatings", "Nielsen/NetRatings": two capitalised words that no gazetteer knows,
with no space around the slash between them, are a company's one name (the runs read each
alone, two organisations or persons), where the slash is doubled or a word has a capital
inside ("NetRatings"). Two names the gazetteer knows ("Israeli/Palestinian", "Reuters/Ipsos")
and a date or a fraction stay as they are.
"""

from __future__ import annotations

import re

from ._candidate import _Cand
from ._cands import org_candidate

__all__ = ["slashed_names"]

_SLASHES_RE = re.compile(r"/{1,2}")
_INNER_CAPITAL_RE = re.compile(r"[a-z][A-Z]")


def slashed_names(text: str, cands: list[_Cand], ends: list[int], index: list[int]) -> list[_Cand]:
    """``cands`` with each pair of unknown one-word names joined by slashes one organisation
    (see the module docstring)."""
    if "/" not in text or len(cands) < 2:
        return cands
    out: list[_Cand] = []
    joined = False
    k, n = 0, len(cands)
    while k < n:
        a = cands[k]
        b = cands[k + 1] if k + 1 < n else None
        if (
            b is not None
            and a.entry is None
            and b.entry is None
            and len(a.tokens) == 1
            and len(b.tokens) == 1
            and a.type != "location"
            and b.type != "location"
            and _SLASHES_RE.fullmatch(text, a.end, b.start) is not None
            and (
                b.start - a.end == 2
                or _INNER_CAPITAL_RE.search(a.tokens[0])
                or _INNER_CAPITAL_RE.search(b.tokens[0])
            )
        ):
            name = text[a.start : b.end]
            out.append(org_candidate(text, ends, index, (a.start, b.end), [name], name))
            joined = True
            k += 2
            continue
        out.append(a)
        k += 1
    return out if joined else cands
