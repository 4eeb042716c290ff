"""Names of land and water features: "the Rangitaiki river", "the Waikato areas", "the
Xiluodu dam", "the Terra Nova field", "the Gilan area", "the Moonie oil field", "the
Mereenie oil-gas field".

A name no gazetteer knows, before a lower-case word for a river, a dam, an area, a region, a
province or an oil or gas field (with the fuel's words before "field": "oil field", "oil-gas
field", "gas and condensate field"), is a place (a location, actor_decisions: oilfields,
dams and rivers optional locations), not the organisation or person the rules guessed for an unknown word.
"""

from __future__ import annotations

import re

from ._tokens import _display

__all__ = ["landform_names"]

# The fuel's words of a field: "oil", "gas", "oil-gas", "oil and gas", "gas-condensate".
_FUEL = r"(?:oil|gas|condensate|coal)(?:(?:-|[ \t]+and[ \t]+|[ \t]+)(?:oil|gas|condensate))*"
_FEATURE_RE = re.compile(
    rf"[ \t]+(?:{_FUEL}[ \t]+fields?\b|rivers?|dams?|areas?|regions?|valley|lakes?|islands?|"
    r"provinces?|district|county|basin|field|oilfield|gasfield|coast|peninsula|mountains|"
    r"desert|delta|estuary|plateau)\b"
)


def landform_names(text: str, decided: list, titles: frozenset[str] = frozenset()) -> list:
    """``decided`` with every mention of an unknown name the article writes before a
    feature's word (see the module docstring) a location. A person with evidence (a given
    name; elsewhere than before a feature's word, a title in ``titles`` too: "Mr Rangitaiki
    said", where the article writes "the Rangitaiki river" as well, but "its sister Xiluodu
    dam"), a resolved or gazetteer name, and a plural name ("the Celtic Warriors region": a
    team) keep their type."""
    places = set()
    for c, actor, atype in decided:
        if (
            atype in ("organization", "person")
            and c.entry is None
            and not c.strong
            and c.tokens[-1][-1:] != "s"
            and _FEATURE_RE.match(text, c.end) is not None
            and actor == _display(c.tokens)
        ):
            places.add(actor)
    if not places:
        return decided
    return [
        (c, actor, "location")
        if actor in places
        and c.entry is None
        and atype in ("organization", "person")
        and not (c.prev.rstrip(".") in titles and _FEATURE_RE.match(text, c.end) is None)
        else (c, actor, atype)
        for c, actor, atype in decided
    ]
