"""A candidate an article-level rule adds: a span with its type and its neighbour words."""

from __future__ import annotations

from ._candidate import _Cand
from ._gazetteer import Entry
from ._tokens import _sentence_of, next_words


def rule_candidate(
    text: str,
    ends: list[int],
    index: list[int],
    span: tuple[int, int],
    tokens: list[str],
    etype: str,
    canonical: str | None = None,
    entry: Entry | None = None,
    sure: bool = False,
    strong: bool = False,
) -> _Cand:
    """A candidate of type ``etype`` over ``span`` of ``text``, named ``canonical``.

    ``ends`` and ``index`` place it in its sentence (see ``_sentence_of``); the word before
    it and the two after it, lowered, are the typer's context; ``sure``: the typer keeps
    its type; ``strong``: a person name with evidence.
    """
    s, e = span
    before = text[max(0, s - 30) : s].split()
    return _Cand(
        s,
        e,
        _sentence_of(ends, index, s),
        tokens,
        etype,
        canonical,
        entry,
        prev=before[-1].lower() if before else "",
        nxt=next_words(text, e),
        sure=sure,
        strong=strong,
    )


def org_candidate(
    text: str,
    ends: list[int],
    index: list[int],
    span: tuple[int, int],
    tokens: list[str],
    canonical: str,
    entry: Entry | None = None,
    sure: bool = False,
) -> _Cand:
    """An organisation candidate over ``span`` of ``text``, named ``canonical``: see
    :func:`rule_candidate`."""
    return rule_candidate(text, ends, index, span, tokens, "organization", canonical, entry, sure)


def swapped(cands: list[_Cand], drop: set[int], added: list[_Cand]) -> list[_Cand]:
    """``cands`` with those whose ``id`` is in ``drop`` left out and ``added`` put in, in text
    order (a stable sort by start); ``cands`` itself when nothing was added."""
    if not added:
        return cands
    out = [x for x in cands if id(x) not in drop]
    out.extend(added)
    out.sort(key=lambda x: x.start)
    return out
