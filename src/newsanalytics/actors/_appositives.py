"""A kind of organisation written right before a name: "literary agency Curtis Brown",
"drugs group Eli Lilly", "building products group James Hardie", "Glasgow group Franz
Ferdinand". The name is the organisation's, though its first word is a given name and the
typer read a person's name; not a person's noun ("publisher Kimberly Quinn") nor a name
that does something to the body ("the firm Tom Watson founded").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._runs import _Cand

__all__ = ["body_appositives"]

# Nouns for an organisation (not a person's job: "publisher", "film-maker", "broker").
_KIND_BEFORE_RE = re.compile(
    r"\b(?<!-)(?:company|firm|group|bank|agency|airline|retailer|chain|label|band|carrier|"
    r"insurer|conglomerate|brokerage)[ \t]+$"
)
# After the name: the body's founder, owner or head acting on it, a person's subject.
_ACTED_ON_RE = re.compile(
    r"[ \t]+(?:founded|runs|ran|owns|owned|set|started|joined|left|created|built|chairs|heads"
    r"|leads|led|manages|managed)\b"
)


def body_appositives(
    text: str, decided: list[tuple[_Cand, str | None, str | None]]
) -> list[tuple[_Cand, str | None, str | None]]:
    """``decided`` with the persons no gazetteer knows that the article writes right after
    a kind of organisation (see the module docstring) typed as organisations, every
    mention of that name."""
    bodies = {
        a
        for c, a, t in decided
        if t == "person"
        and a is not None
        and c.entry is None
        and len(c.tokens) >= 2
        and _KIND_BEFORE_RE.search(text, max(0, c.start - 16), c.start) is not None
        and _ACTED_ON_RE.match(text, c.end) is None
    }
    if not bodies:
        return decided
    return [
        (c, a, "organization") if t == "person" and a in bodies and c.entry is None else (c, a, t)
        for c, a, t in decided
    ]
