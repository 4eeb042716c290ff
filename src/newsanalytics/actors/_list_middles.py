"""The unknown middle item of a list of organisations: "Standard & Poor's, Moody's and Fitch".

A one-word name that no gazetteer knows, and that is an everyday word or a surname
("Moody"), is left with no actor by resolution, even between two organisations of a list:
"three credit rating agencies - Standard & Poor's, Moody's and Fitch" gave the first and
the last agency and lost the middle one. A capitalised word that stands between two
organisations of the article, after a comma and before a comma, "and" or "&" (the
list's links), with no actor of its own, is an organisation too. Written with "'s" and a
link after it ("Moody's and"), the "'s" possesses nothing: it is the name's own ("Moody's",
as "Sainsbury's"), and the actor keeps it (the mention, as every name's, stops before it).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._candidate import _Cand

__all__ = ["list_middles"]

Decided = list[tuple["_Cand", str | None, str | None]]

_BEFORE_RE = re.compile(r"(?:['\u2019]s)?,[ \t\n]*")
_AFTER_RE = re.compile(r"(['\u2019]s)?(?:,[ \t\n]*(?:and[ \t\n]+)?|[ \t\n]+(?:and|&)[ \t\n]+)")


def list_middles(text: str, decided: Decided) -> Decided:
    """``decided`` with the unknown middle items of lists of organisations typed as theirs
    (see the module docstring)."""
    if sum(t == "organization" for _, _, t in decided) < 2:
        return decided
    order = sorted(range(len(decided)), key=lambda k: decided[k][0].start)
    out = list(decided)
    for i in range(1, len(order) - 1):
        p, pa, pt = decided[order[i - 1]]
        c, ca, _ = decided[order[i]]
        n, na, nt = decided[order[i + 1]]
        if (
            ca is not None
            or pt != "organization"
            or nt != "organization"
            or pa is None
            or na is None
            or len(c.tokens) != 1
            or c.heading
            or not c.tokens[0][:1].isupper()
            or not c.tokens[0].isalpha()
            or p.end > c.start
            or c.end > n.start
            or _BEFORE_RE.fullmatch(text, p.end, c.start) is None
        ):
            continue
        after = _AFTER_RE.fullmatch(text, c.end, n.start)
        if after is None:
            continue
        actor = c.tokens[0] + ("'s" if after.group(1) else "")
        out[order[i]] = (c, actor, "organization")
    return out
