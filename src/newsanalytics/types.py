"""Records passed between the modules: frozen dataclasses, no behaviour beyond validation."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal, NamedTuple

__all__ = ["Article", "Mention", "Sentence", "Token", "Status", "ActorType"]

Status = Literal["ok", "empty", "error"]
ActorType = Literal["person", "organization", "location"]


@dataclass(frozen=True, slots=True)
class Article:
    """One news article.

    Parameters
    ----------
    text : str
        The body text. Offsets everywhere in the library index into this string.
    id : str, optional
        A stable identifier; readers fill in the record number when the input has none.
    title : str, optional
        The headline.
    date : datetime, optional
        Publication time, timezone-aware UTC when known.
    meta : dict, optional
        Any other fields of the input record, kept as they came.

    Examples
    --------
    >>> from newsanalytics import Article
    >>> Article("Kerry met Jaua.", id="a1").id
    'a1'
    """

    text: str
    id: str | None = None
    title: str | None = None
    date: datetime | None = None
    meta: dict[str, Any] = field(default_factory=dict, compare=False)


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of an article.

    ``start`` and ``end`` are character offsets into the original article text;
    ``text`` is the sentence's normalised text (equal to ``original[start:end]`` whenever
    normalisation changed nothing inside the sentence, the usual case).
    """

    index: int
    start: int
    end: int
    text: str


class Token(NamedTuple):
    """A token with character offsets into the text it was taken from.

    A named tuple rather than a dataclass: tokenisation makes millions of them, and a
    tuple is about twice as fast to build.
    """

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Mention:
    """One mention of an actor in an article.

    Attributes
    ----------
    actor : str
        Canonical name ("United States" for "U.S.", "John Kerry" for "Kerry").
    type : {"person", "organization", "location"}
    text : str
        The surface text, ``original[start:end]``.
    start, end : int
        Character offsets into the original article text (``end`` exclusive).
    sentence : int
        Index of the sentence that holds the mention.
    actor_id : str
        Stable identifier of the canonical actor across articles.
    country : str or None
        For a location, its country: a city's ("Boston" -> "United States"), a state's, or
        the country itself; None for people, organisations and regions of no one country.
    """

    actor: str
    type: ActorType
    text: str
    start: int
    end: int
    sentence: int
    actor_id: str = ""
    country: str | None = None
