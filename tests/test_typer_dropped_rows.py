"""The typer's training collection sees the words the rules drop before the typer.

Rules added after the typer was first trained keep headline junk, demonym plurals and the
like from it at run time. Its training text must still hold them as no actor's rows, or a
retrain on today's rules learns from fewer no-actor rows than the shipped weights did
(scripts/train_actor_typer.py, ``collect``)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("sklearn")
pytest.importorskip("scipy")

SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"
sys.path.insert(0, str(SCRIPTS))

import train_actor_typer as tr  # noqa: E402

from newsanalytics.actors import ActorExtractor  # noqa: E402
from newsanalytics.actors._typer import DROPPED  # noqa: E402

TEXTS = [
    "Notre Dame Fire Ravages Iconic Paris Cathedral\n\nAuthorities said the Americans in "
    "the anti-Semitic group met LGBTQ activists.",
    "Supercut Shows Senator Accompany A Strange Crowd\n\nThe senator spoke to reporters on "
    "Monday.",
]


def _rows(dropped: bool) -> dict[str, tuple]:
    rows = tr.collect(TEXTS, dropped=dropped)
    return {TEXTS[r[4]][r[0].start : r[0].end]: r for r in rows}


def test_collection_holds_the_words_the_rules_drop_as_no_actor_rows():
    rows = _rows(True)
    # a headline's rarer words, a demonym plural (dropped in resolution), an attribute
    # after a prefix, a word dropped by the candidate filters
    for word in ("Ravages", "Supercut", "Accompany", "Americans", "Semitic", "LGBTQ"):
        assert word in rows, word
        c, actor, rule, feats, _ = rows[word]
        assert (actor, rule) == (None, DROPPED)
        assert any(f.startswith("s:gaz=") for f in feats)  # featurised as any candidate
    # what the rules keep is collected as before
    assert rows["Paris"][2] == "location"
    # the article's common headline words were never candidates and stay out
    assert not {"Fire", "Shows", "Strange", "Monday"} & rows.keys()


def test_dropped_rows_are_labelled_as_asked():
    rows = tr.collect(TEXTS)
    dropped = [k for k, r in enumerate(rows) if r[2] == DROPPED]
    kept = [k for k, r in enumerate(rows) if r[2] != DROPPED]
    heads = {k for k in dropped if rows[k][0].heading}
    assert heads and set(dropped) - heads  # "Ravages"; "Americans"
    for how, want in (("seed", set()), ("none", set(dropped)), ("head", heads)):
        labels = np.full(len(rows), -1)
        tr.label_dropped(rows, labels, how)
        assert set(np.flatnonzero(labels == 0)) == want, how
        assert (labels[kept] == -1).all()


def test_collection_without_dropped_rows_is_the_rules_candidates_only():
    rows = _rows(False)
    assert "Paris" in rows
    assert not {"Ravages", "Americans", "Semitic", "LGBTQ"} & rows.keys()
    assert all(r[2] != DROPPED for r in rows.values())


def test_keeping_dropped_words_changes_no_extraction():
    ex = ActorExtractor()
    before = [ex.extract(t) for t in TEXTS]
    scanner = ex._scanner()
    sink: list = []
    scanner.keep_dropped(sink)
    try:
        during = [ex.extract(t) for t in TEXTS]
    finally:
        scanner.keep_dropped(None)
    assert sink  # the scanner did keep words
    assert during == before
    assert scanner.runs.dropped is None
