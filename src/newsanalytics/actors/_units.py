"""Names that continue past a known organisation: its station ("BBC Radio 4") or its
regional arm ("Nintendo Europe").

The scanner stops a run of capitalised words at a number, and resolution reads a region
after a known company as the place; a reader takes either as part of one longer name, the
organisation's own unit.
"""

from __future__ import annotations

import re

from ._runs import _Cand
from ._words import CORP_SUFFIXES, alternation

__all__ = ["organisation_units"]

# The last word of a broadcaster's name that a channel number may follow: "BBC Radio 4",
# "BBC News 24", "Channel 4" (not "Nintendo 64", a product).
_STATION_WORDS = frozenset({"Radio", "News", "Channel", "TV"})
_NUMBER_RE = re.compile(r" (\d{1,3})(?![\w,/%\-]|[.:]\d)")  # not "Radio 4.5", "News 10:30"
# Regions a company names its arm after: "Nintendo Europe", "eBay UK", "Sony America".
_REGIONS = ("Europe", "Asia", "America", "UK")
_REGION_RE = re.compile(rf" ({'|'.join(_REGIONS)})(?: ({alternation(CORP_SUFFIXES)}))?(?![\w\-])")


def organisation_units(text: str, cands: list[_Cand]) -> list[_Cand]:
    """``cands`` with a station number or a regional arm joined to the organisation before it.

    Parameters
    ----------
    text : str
        The article text the candidates index into.
    cands : list of _Cand
        The article's candidates.

    Returns
    -------
    list of _Cand
        The candidates, a region's own candidate dropped where it joined a company.
    """
    drop: set[int] = set()
    for c in cands:
        if c.type != "organization":
            continue
        m = None
        if c.tokens[-1] in _STATION_WORDS:
            m = _NUMBER_RE.match(text, c.end)
        elif c.entry is not None and c.entry.kind != "place":
            m = _REGION_RE.match(text, c.end)
        if m is None:
            continue
        words = [w for w in m.groups() if w]  # "Salomon Brothers Asia Ltd": one name
        end = m.end()
        base = c.canonical if c.canonical and c.canonical.endswith(c.tokens[-1]) else None
        c.canonical = f"{base or ' '.join(c.tokens)} {' '.join(words)}"
        c.tokens = [*c.tokens, *words]
        c.end = end
        drop.add(m.start(1))
    if not drop:
        return cands
    return [c for c in cands if c.start not in drop]
