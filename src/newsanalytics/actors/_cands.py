"""A candidate an article-level rule adds: an organisation span with its neighbour words."""

from __future__ import annotations

from ._candidate import _Cand
from ._gazetteer import Entry
from ._tokens import _sentence_of


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
    """An organisation candidate over ``span`` of ``text``, named ``canonical``.

    ``ends`` and ``index`` place it in its sentence (see ``_sentence_of``); the word before
    it and the two after it, lowered, are the typer's context; ``sure``: the typer keeps
    its type.
    """
    s, e = span
    before = text[max(0, s - 30) : s].split()
    return _Cand(
        s,
        e,
        _sentence_of(ends, index, s),
        tokens,
        "organization",
        canonical,
        entry,
        prev=before[-1].lower() if before else "",
        nxt=" ".join(text[e : e + 30].split()[:2]).lower(),
        sure=sure,
    )
