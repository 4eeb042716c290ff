"""The candidate mention, the record every stage before resolution passes on."""

from __future__ import annotations

from dataclasses import dataclass

from ._gazetteer import Entry


@dataclass(slots=True)
class _Cand:
    """A candidate mention before resolution (offsets into the normalised text)."""

    start: int
    end: int
    sentence: int
    tokens: list[str]
    type: str | None = None
    canonical: str | None = None
    entry: Entry | None = None
    initial: bool = False
    heading: bool = False
    prev: str = ""
    nxt: str = ""
    guess: str | None = None  # type guessed for an unknown span, kept unless resolved
    strong: bool = False  # a person name with evidence (title, given name, cue)
    sure: bool = False  # its type is certain (a name the wire marks "<...>"): the typer keeps it
