"""Place names that are part of a currency's or a money market rate's name, not mentions of
the place."""

from __future__ import annotations

import re

__all__ = ["names_currency"]

# After the place: "$" ("US$"), or a currency word, perhaps after an amount ("U.S. Dlr",
# "US dollar", "Canadian dlrs", "US 4 billion dlrs", "H.K. 2.5 mln dlrs"); or the rate the
# place's banks lend each other at ("London interbank offered rate", "the Paris Interbank
# Offered Rate", "Hong Kong inter-bank rates"): a fixed financial term, not where anything is.
# The words are on one line, or a wrapped line goes on in lower case ("the London\ninterbank
# offered rate"); a line that opens with a capital is a new heading or paragraph ("in
# London\n\nInterbank rates were steady": London is a place).
_GAP = r"(?:[ \t]+|[ \t]*\n[ \t]*(?=(?-i:[a-z\d])))"
_CURRENCY_AFTER = re.compile(
    rf"\$|{_GAP}(?:\d[\d.,]*{_GAP}(?:mln|million|bln|billion|trillion){_GAP})?(?:dollars?|dlrs?)\b"
    rf"|{_GAP}inter-?bank{_GAP}(?:(?:offered|bid|mean|lending|deposit){_GAP})?rates?\b",
    re.IGNORECASE,
)


def names_currency(text: str, end: int) -> bool:
    """True when the place name ending at ``end`` is part of a currency's or an interbank
    rate's name.

    "the US dollar", "a 22 mln U.S. Dlr loan", "revenues of over US 4 billion dlrs", "the
    London interbank offered rate": the annotation manual marks neither the currency or the rate
    nor the place inside it.
    """
    return _CURRENCY_AFTER.match(text, end) is not None
