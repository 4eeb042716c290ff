"""Stage names after DJ and MC: "MC Hammer", "DJ Shadow", "DJ Jazzy Jeff" are whole names,
while "DJ Howard Stern" is the title DJ before a given name and a surname (issue 12); and a
name after a title whose given name is also a word: "Sir Cliff Richard" (issue 12, audit48)."""

from __future__ import annotations

from collections.abc import Callable

from ._words import COMMON_GIVEN_NAMES

__all__ = ["given_stage", "stage_chunk", "stage_name"]

_STAGE_TITLES = frozenset({"DJ", "MC"})


def stage_name(
    words: list[str], i: int, t_end: int, n: int, everyday: Callable[[str], bool]
) -> bool:
    """True when the title ``words[i:t_end]`` is DJ or MC (in capitals) and opens a stage name:
    one word follows in the run ("DJ Shadow"), or words whose first is an ``everyday`` word and
    no given name ("DJ Jazzy Jeff", "DJ Green Lantern"); not before a given name and a surname
    ("DJ Howard Stern"), nor before a rarer word ("DJ Huw Stephens": a given name unlisted)."""
    if t_end != i + 1 or words[i] not in _STAGE_TITLES or t_end >= n:
        return False
    return n - t_end == 1 or everyday(words[t_end])


def given_stage(words: list[str], i: int, cue: bool) -> bool:
    """True when the everyday word ``words[i]`` before a given name opens the name, where the
    runs would drop it as a word before a name ("Defender John Terry"): a given name that is
    also a word, after a title ("Sir Cliff Richard": :data:`._words.COMMON_GIVEN_NAMES`).
    (A stage name of an everyday word and a given name, "Boy George", is left alone: read so,
    too many titles of bills, songs and films would be people: "the Finance Bill", "Being
    Julia", "Jealous Guy".)"""
    return cue and words[i] in COMMON_GIVEN_NAMES


def stage_chunk(runs, r, i: int, j: int, given: bool = False) -> int:
    """Classify the stage name ``r.words[i:j]`` as :meth:`RunClassifier._classify` does after a
    cue; a chunk it leaves a person's or untyped is a person's name for sure (the learned
    typer read "Fans cheered as DJ Shadow played" as a club's), as is one that
    :func:`given_stage` opens (``given``). The next index."""
    k = len(r.out)
    runs._classify(r, i, j, r.words[i:j], True)
    for c in r.out[k:]:
        if c.type in (None, "person") and (given or c.tokens[0] in _STAGE_TITLES):
            c.type, c.strong, c.sure = "person", True, True
    return j
