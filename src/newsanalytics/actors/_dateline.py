"""Datelines: the country a story was filed from ("ANTIGUA, Guatemala (Reuters) -").

The text layer cuts the dateline off the prose; :func:`dateline_country` maps its place to
the canonical country name location mentions use, with the shipped table of cities, regions
and countries (``data/cities.json``, ``data/countries.json``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .._words import MONTHS, WEEKDAYS
from ._gazetteer import NAMED_KINDS, _read, hand_cities
from ._places import city_key

__all__ = ["DATELINE_WINDOW", "dateline_country"]

# A dateline opens a story: one the text layer missed is looked for in this many first
# characters only.
DATELINE_WINDOW = 400

# A dateline the text layer missed: an ALL-CAPS place opening the first line ("PARIS -").
_FIRST_LINE_PLACE_RE = re.compile(
    r"\s*([A-Z][A-Z.'\-]+(?:[ \t][A-Z][A-Z.'\-]+){0,3}(?:,[ \t]*[A-Z][A-Za-z.'\-]+){0,2})"
    r"[ \t]*(?:,|:|\(|--?[ \t]|\u2013|\u2014)"
)
# A month by its first three letters ("jan", "sept", "September"); a weekday's stem.
_MONTH = "(?:" + "|".join(row[0][:3].lower() for row in MONTHS) + ")"
_WEEKDAY = "(?:" + "|".join(day[: -len("day")].lower() for day in WEEKDAYS) + ")day"
_DATE_PART_RE = re.compile(
    rf"(?i)^{_MONTH}[a-z]*\.?\s+\d{{1,2}}(?:\s+\d{{4}})?$|^\d{{4}}$|^{_WEEKDAY}$"
)

# Where a dateline's place ends: a bracket, a dash, a colon.
_PLACE_END_RE = re.compile(r"\(|\s[-\u2013\u2014]|[\u2013\u2014]|--|:")
_TRAILING_DATE_RE = re.compile(rf"(?i)\s+{_MONTH}[a-z]*\.?\s+\d{{1,2}}\s*$")


@lru_cache(maxsize=1)
def _place_tables() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """Dateline place keys -> canonical country: (cities, regions, countries)."""
    tables = hand_cities()
    countries: dict[str, str] = {}
    for c in _read("countries.json"):
        for name in (c["name"], *c["aliases"], c["iso3"]):
            if name:
                countries.setdefault(city_key(name), c["name"])
    return tables["city"], tables["region"], countries


@lru_cache(maxsize=1)
def _lone_regions() -> frozenset[str]:
    """Region keys that stand for their country alone in a dateline ("TEXAS (AP) -",
    "SCOTLAND (Reuters) -"): a state's or nation's name, or one of more than four letters;
    not a short form ("Me.", "Man.", "Pa.", "Miss."), which only qualifies a city ("MACON,
    Ga.") and alone is a word ("ME: ...", "MAN -")."""
    named = {
        city_key(n)
        for p in _read("places.json")
        if p["kind"] in NAMED_KINDS
        for n in (p["name"], *p["aliases"])
    }
    regions = hand_cities()["region"]
    return frozenset(k for k in map(city_key, regions) if k in named or len(k.replace(" ", "")) > 4)


def dateline_country(doc) -> str | None:
    """The canonical country of ``doc``'s dateline (a parsed
    :class:`~newsanalytics.text.Document`); see
    :meth:`newsanalytics.actors.ActorExtractor.dateline_location`."""
    line = getattr(doc, "dateline", None)
    if not line:
        m = _FIRST_LINE_PLACE_RE.match(doc.text, 0, DATELINE_WINDOW)
        if m is None:
            return None
        line = m.group(1)
    return _line_country(line)


@lru_cache(maxsize=4096)
def _line_country(line: str) -> str | None:
    """ "ANTIGUA, Guatemala, (Reuters) -" -> "Guatemala"; "NEW YORK, Feb 26 -" -> "United States"."""
    place = _PLACE_END_RE.split(line, maxsplit=1)[0]
    parts = [_TRAILING_DATE_RE.sub("", p).strip(" \t-") for p in place.split(",")]
    parts = [p for p in parts if p and not _DATE_PART_RE.match(p)]
    if not parts:
        return None
    cities, regions, countries = _place_tables()
    city = city_key(parts[0])
    here = cities.get(city) or countries.get(city)
    if len(parts) > 1:
        both = cities.get(city_key(f"{parts[0]}, {parts[1]}"))
        if both is not None:
            return both  # "SAN JOSE, Costa Rica"
        qualifier = city_key(parts[1])
        options = [c for c in (regions.get(qualifier), countries.get(qualifier)) if c]
        if options:
            # "TBILISI, Georgia" is the country, "MACON, Georgia" the state.
            return here if here in options else options[0]
    if here is None and city in _lone_regions():
        return regions.get(city)  # "SCOTLAND (Reuters) -": a region's country
    return here
