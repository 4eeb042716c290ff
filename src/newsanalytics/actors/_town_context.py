"""Towns the city table does not hold, read by what the article says of them.

Two contexts make an unknown name a town (a location of no known country): a plant named
after its town ("the Sebree smelter", "its Kitimat smelter", "the Chalk Point plant",
where the typer, with nothing but the spelling, read an organisation or a person), and a
distance from a known place after it ("the smelter, located in Hawesville, about 60 miles
west of Louisville"). Not a name the article gives a company or a person, nor a known name;
a plant's town only where the article names nothing else so ("Ford said ... the Ford
plant": the company's plant).
"""

from __future__ import annotations

import re

__all__ = ["TOWN_CONTEXT_BEFORE", "town_by_context"]

# A plant after the name: "the Sebree smelter", "its Kitimat smelter".
_PLANT_AFTER_RE = re.compile(
    r"[ \t]+(?:smelter|refinery|mill|mine|steelworks|oilfield|reactor|plant)s?\b(?![\w-])"
)
# Before it: "the", "its", "their", "a" (the name is the plant's, not a company's own "X's").
_PLANT_BEFORE = frozenset(("the", "its", "their", "a", "an"))
# Before a town a distance follows: "located in Hawesville, about 60 miles west of".
_DISTANCE_BEFORE = frozenset(("in", "at", "near"))
#: The words before a name that either context needs (callers may test it first).
TOWN_CONTEXT_BEFORE = _PLANT_BEFORE | _DISTANCE_BEFORE
# A distance from a place after the name: ", about 60 miles west of", ", 20 km north of".
_DISTANCE_AFTER_RE = re.compile(
    r",[ \t]*(?:about[ \t]+|some[ \t]+|nearly[ \t]+|around[ \t]+)?\d[\d,.]*[ \t]+"
    r"(?:miles|mi|kilometres|kilometers|km)[ \t]+(?:\(\S+[ \t]+\S+\)[ \t]+)?"
    r"(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|"
    r"north-west|south-east|south-west)[ \t]+of\b"
)


def town_by_context(text: str, c, org_names, person_for) -> bool:
    """True when the unknown name ``c`` is a town by its context (see the module
    docstring)."""
    if c.entry is not None or c.strong or not 0 < len(c.tokens) <= 2:
        return False
    if c.prev not in TOWN_CONTEXT_BEFORE:
        return False  # neither context can follow: most names, before the costlier tests
    name = " ".join(c.tokens)
    if not all(t[:1].isupper() and t.isalpha() for t in c.tokens) or name in org_names:
        return False
    if person_for(c.tokens[-1]) is not None:
        return False
    if c.prev in _PLANT_BEFORE and _PLANT_AFTER_RE.match(text, c.end):
        # Only a plant's name all through the article: not "Ford said ... the Ford plant".
        return all(
            _PLANT_AFTER_RE.match(text, m.end())
            for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)
        )
    return c.prev in _DISTANCE_BEFORE and _DISTANCE_AFTER_RE.match(text, c.end) is not None
