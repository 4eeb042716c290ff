"""Stop 46's speed work on actor extraction: the fast paths held to what they replace."""

from __future__ import annotations

import gc

import pytest

from newsanalytics import text
from newsanalytics.actors import ActorExtractor, _lockstep

_TEXTS = [
    "Kerry met Elias Jaua in Lyon on Monday, the State Department said.",
    "Shares of Acme Corp rose after Merrill Lynch and Co Inc raised its rating.",
]


def _spy(monkeypatch) -> list[bool]:
    """Whether the collector was running inside each lock-step batch."""
    seen: list[bool] = []
    plain = _lockstep._run

    def spy(batch):
        seen.append(gc.isenabled())
        return plain(batch)

    monkeypatch.setattr(_lockstep, "_run", spy)
    return seen


def test_extract_documents_pauses_the_collector_per_batch(monkeypatch):
    seen = _spy(monkeypatch)
    docs = [text.parse(t) for t in _TEXTS * 3]
    ex = ActorExtractor()
    assert gc.isenabled()
    got = ex.extract_documents(docs, batch_size=4)
    assert gc.isenabled()
    assert seen == [False, False]  # two batches, each paused
    assert got == [ex.extract_document(d) for d in docs]


def test_extract_documents_keeps_a_callers_pause(monkeypatch):
    seen = _spy(monkeypatch)
    docs = [text.parse(t) for t in _TEXTS]
    gc.disable()
    try:
        ActorExtractor().extract_documents(docs)
        assert not gc.isenabled()
    finally:
        gc.enable()
    assert seen == [False]


def test_a_failing_batch_restores_the_collector(monkeypatch):
    def boom(batch):
        raise RuntimeError("a stage that fails")

    monkeypatch.setattr(_lockstep, "_run", boom)
    with pytest.raises(RuntimeError, match="a stage that fails"):
        _lockstep.run_batch([])
    assert gc.isenabled()
