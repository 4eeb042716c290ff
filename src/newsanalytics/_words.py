"""Word lists more than one layer reads, loaded once from ``data/words.json``.

Months, weekdays, U.S. states, news agencies, name particles, company forms and
abbreviations are read by the text layer (:mod:`newsanalytics.text`), dates
(:mod:`newsanalytics._dates`) and the actor extractor (:mod:`newsanalytics.actors`). Each
is written once, in ``scripts/words.txt`` (built into the JSON by
``scripts/build_word_lists.py``), where its header says what it holds. A table's tags say
which rule reads which of its words; :func:`tagged` gives one rule's words. Where two rules
read different parts of one list, the difference is kept on purpose (merging them would
change outputs) and documented there.

Examples
--------
>>> MONTH_NUMBERS["sept"], MONTH_NUMBERS["december"]
(9, 12)
>>> "Calif" in tagged("state_names", "sentence")
True
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

__all__ = [
    "MONTHS",
    "MONTH_ABBREVIATIONS",
    "MONTH_NUMBERS",
    "MONTH_WORDS",
    "MONTHS_EVERYDAY",
    "MONTHS_GIVEN_NAMES",
    "WEEKDAYS",
    "tagged",
]

_DATA: dict[str, Any] = json.loads(
    resources.files("newsanalytics").joinpath("data", "words.json").read_text(encoding="utf-8")
)


def tagged(table: str, tag: str) -> tuple[str, ...]:
    """The words of the table ``table`` tagged ``tag``, in the order of the source file."""
    return tuple(word for word, tags in _DATA[table].items() if tag in tags)


#: One row per month, January first: its name, then its abbreviations ("Sep", "Sept").
MONTHS: tuple[tuple[str, ...], ...] = tuple(tuple(row) for row in _DATA["months"])
#: The abbreviations proper, in month order ("May" has none).
MONTH_ABBREVIATIONS: tuple[str, ...] = tuple(a for row in MONTHS for a in row[1:])
#: Every month name and abbreviation, in month order.
MONTH_WORDS: tuple[str, ...] = tuple(w for row in MONTHS for w in row)
#: Lower-case month name or abbreviation -> month number (1-12).
MONTH_NUMBERS: dict[str, int] = {
    w.lower(): number for number, row in enumerate(MONTHS, start=1) for w in row
}
#: Month names and abbreviations that are everyday words too ("March", "May", "Mar").
MONTHS_EVERYDAY: frozenset[str] = frozenset(_DATA["months_everyday"])
#: Month names that are given names and surnames ("Theresa May").
MONTHS_GIVEN_NAMES: frozenset[str] = frozenset(_DATA["months_given_names"])
#: Monday first.
WEEKDAYS: tuple[str, ...] = tuple(_DATA["weekdays"])
