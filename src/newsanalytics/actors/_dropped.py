"""Training only: the words the rules drop as no actor, kept as candidates so the typer's
training sees them (:attr:`._runs.RunClassifier.dropped`, :meth:`._scan.Scanner.keep_dropped`).
Extraction never calls these: ``dropped`` is None then."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._candidate import _Cand
from ._tokens import _lone_after, _lone_before

if TYPE_CHECKING:
    from ._runs import RunClassifier
    from ._tokens import _Run


def lone_dropped(
    text: str,
    word: str,
    rs: int,
    re_: int,
    cs: int,
    ce: int,
    sent: int,
    heading: bool,
    first_alpha: int,
) -> _Cand:
    """The candidate a one-word run ``text[rs:re_]`` the rules drop would have been, with
    the words around it as :meth:`RunClassifier.single` reads them."""
    _, prev, initial = _lone_before(text, rs, cs, first_alpha)
    nxt = _lone_after(text, re_, ce)
    return _Cand(rs, re_, sent, [word], None, None, None, initial, heading, prev, nxt)


def keep_dropped_word(runs: RunClassifier, r: _Run, i: int) -> None:
    """Keep the run's word ``i``, which the rules drop, in ``runs.dropped``."""
    out = r.out
    r.out = runs.dropped  # type: ignore[assignment]
    try:
        runs._emit(r, i, i + 1, None)
    finally:
        r.out = out
