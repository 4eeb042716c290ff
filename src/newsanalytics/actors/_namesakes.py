"""Names that are no actor though a rule or the gazetteer makes them one: a treaty named
after the place where it was made ("the Geneva Conventions", actor_decisions: a treaty is no
actor and the place inside its name is not marked)."""

from __future__ import annotations

import re
from functools import lru_cache

from ._gazetteer import Gazetteer, _read, name_key

# A treaty's head noun, capitalised as a treaty's name writes it.
_TREATY_NOUNS = frozenset(
    {
        "Convention",
        "Conventions",
        "Treaty",
        "Treaties",
        "Accord",
        "Accords",
        "Protocol",
        "Protocols",
        "Pact",
        "Agreement",
        "Agreements",
    }
)
# A city's entries (a country is a party to its agreements: "the Iran Agreement").
_CITY_KINDS = frozenset({"capital", "place"})
# The name goes on: a building or a body ("Geneva Convention Centre", "Hague Convention Hall").
_NAME_GOES_ON_RE = re.compile(r"[ \t]+[A-Z]")


@lru_cache(maxsize=1)
def _place_keys() -> frozenset[str]:
    """The folded names of the hand-written places list (cities, regions, seas)."""
    return frozenset(
        name_key(n.split()) for p in _read("places.json") for n in (p["name"], *p["aliases"])
    )


def treaty_names(text: str, decided: list, gaz: Gazetteer) -> list:
    """``decided`` without the organisations a rule made of a place and a treaty's noun
    ("the Geneva Conventions", "the Vienna Convention"); gazetteer bodies stay ("Warsaw
    Pact"), and so do countries' agreements ("the Iran Agreement": a party's)."""
    out = []
    for item in decided:
        c, _, atype = item
        if (
            atype == "organization"
            and c.entry is None
            and len(c.tokens) >= 2
            and c.tokens[-1] in _TREATY_NOUNS
            and _NAME_GOES_ON_RE.match(text, c.end) is None
        ):
            key = name_key(c.tokens[:-1])
            entry = gaz.folded.get(key)
            if (
                key in _place_keys()
                or " ".join(c.tokens[:-1]) in gaz.place_names
                or (entry is not None and entry.type == "location" and entry.kind in _CITY_KINDS)
            ):
                continue
        out.append(item)
    return out
