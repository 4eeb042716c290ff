"""Stage-major extraction of a batch of articles (loop interchange).

The extractor's work on an article is written as a generator
(:meth:`newsanalytics.actors.ActorExtractor._stages`) that yields between its stages (the
scan of the sentences, each pass over the candidates, the resolution, the learned typer,
the passes after it). :func:`run_one` runs one article's stages to their end;
:func:`run_batch` runs the articles of a batch in lock step, each stage over every article
before the next stage, so the code of a stage stays hot in the processor's caches, and it
answers the typer's questions of all the articles with one matrix product
(:meth:`._typer.SpanTyper.proba_of_codes`) instead of one per article.

A stage yields None to give way, or a :class:`TyperAsk` whose answer (the class
probabilities of its candidates, one row each) is sent back into it. The rows of a
candidate do not depend on the other candidates of the product (its columns are summed
alone and its softmax is taken over its own row), so the batch gives every article the
mentions it gets alone.
"""

from __future__ import annotations

from collections.abc import Generator
from typing import Any

from .._gcpause import collector_paused

__all__ = ["BATCH_SIZE", "TyperAsk", "run_batch", "run_one"]

#: Articles in a batch of :meth:`newsanalytics.actors.ActorExtractor.extract_documents` by
#: default (``._cues.letter_runs`` keeps twice as many texts' runs, so a batch's stay).
BATCH_SIZE = 32

Stages = Generator["TyperAsk | None", Any, Any]


class TyperAsk:
    """A stage's question to the learned typer: the class probabilities of candidates
    with these feature codes (as :func:`._features.span_codes` gives them)."""

    __slots__ = ("codes", "typer")

    def __init__(self, typer: Any, codes: list[bytes]) -> None:
        self.typer = typer
        self.codes = codes


def run_one(stages: Stages) -> Any:
    """The value ``stages`` returns, run alone."""
    answer = None
    send = stages.send
    while True:
        try:
            ask = send(answer)
        except StopIteration as stop:
            return stop.value
        answer = None if ask is None else ask.typer.proba_of_codes(ask.codes)


def run_batch(batch: list[Stages]) -> list[Any]:
    """The values the generators of ``batch`` return, in order: they run in lock step,
    one stage of each before the next stage of any; Python's cyclic garbage collector is
    paused meanwhile (:func:`newsanalytics._gcpause.collector_paused`: a batch's objects are
    freed by reference counting; on 300 long Reuters stories the collector's young passes
    took about 3% of a warm batch's CPU, and a pass over all the process's objects, the
    loaded libraries' mostly, 0.08-0.12 s, once in every few hundred articles)."""
    with collector_paused():
        return _run(batch)


def _run(batch: list[Stages]) -> list[Any]:
    """:func:`run_batch` without the collector's pause."""
    results: list[Any] = [None] * len(batch)
    answers: list[Any] = [None] * len(batch)
    live = list(range(len(batch)))
    while live:
        asks: list[tuple[int, TyperAsk]] = []
        still = []
        for i in live:
            try:
                ask = batch[i].send(answers[i])
            except StopIteration as stop:
                results[i] = stop.value
                continue
            answers[i] = None
            still.append(i)
            if ask is not None:
                asks.append((i, ask))
        if asks:
            _answer(asks, answers)
        live = still
    return results


def _answer(asks: list[tuple[int, TyperAsk]], answers: list[Any]) -> None:
    """One matrix product per typer for all the candidates of ``asks``; each ask's rows go
    to ``answers``."""
    by_typer: dict[int, list[tuple[int, TyperAsk]]] = {}
    for i, ask in asks:
        by_typer.setdefault(id(ask.typer), []).append((i, ask))
    for group in by_typer.values():
        typer = group[0][1].typer
        codes = [code for _, ask in group for code in ask.codes]
        proba = typer.proba_of_codes(codes)
        at = 0
        for i, ask in group:
            n = len(ask.codes)
            answers[i] = proba[at : at + n]
            at += n
