"""Shared fixtures: where the real data lives, and how its absence is handled.

Tests that need ``../shared/data`` use the ``shared_data`` fixture (or ``data_file``). Where
the data is absent (a user's clone) they skip with the reason; with
``NEWSANALYTICS_REQUIRE_DATA=1`` (set by ``.ci/run``) they fail instead, so CI can never
pass by skipping.
"""

from __future__ import annotations

import gzip
import importlib
import itertools
import json
import os
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def _data_root() -> Path:
    env = os.environ.get("NEWSANALYTICS_DATA")
    return Path(env) if env else REPO.parent / "shared" / "data"


def _missing(reason: str) -> None:
    if os.environ.get("NEWSANALYTICS_REQUIRE_DATA") == "1":
        pytest.fail(f"NEWSANALYTICS_REQUIRE_DATA=1 but {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """The ``../shared/data`` folder (or ``$NEWSANALYTICS_DATA``)."""
    root = _data_root()
    if not root.is_dir():
        _missing(f"shared data folder {root} is absent (set NEWSANALYTICS_DATA)")
    return root


@pytest.fixture(scope="session")
def data_file(shared_data: Path):
    """Return a function mapping a path relative to the data folder to an existing file."""

    def get(relpath: str) -> Path:
        path = shared_data / relpath
        if not path.exists():
            _missing(f"shared data file {path} is absent")
        return path

    return get


@pytest.fixture(scope="session")
def repo_module():
    """Return a function importing a script of the repository's ``benchmarks/`` or
    ``scripts/`` folder by its module name: ``repo_module("scripts", "_shippable")``."""

    def load(folder: str, name: str):
        path = str(REPO / folder)
        sys.path.insert(0, path)
        try:
            return importlib.import_module(name)
        finally:
            sys.path.remove(path)

    return load


@pytest.fixture(scope="session")
def seed_text(data_file) -> str:
    """The seed story every user tries first."""
    return data_file("seed/000_6671fced28da8be4.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def wire_stories(data_file) -> list[str]:
    """The first 1,500 Reuters-21578 bodies (the empty ones left out) and the first 300 BBC
    News texts: real stories, with their curly quotes, accents and wire furniture."""
    with gzip.open(data_file("reuters21578/reuters21578.jsonl.gz"), "rt", encoding="utf-8") as fh:
        bodies = [json.loads(line).get("body") or "" for line in itertools.islice(fh, 1500)]
    with open(data_file("bbc_news/bbc_news.jsonl"), encoding="utf-8") as fh:
        bbc = [json.loads(line)["text"] for line in itertools.islice(fh, 300)]
    return [b for b in bodies if b] + bbc


@pytest.fixture(scope="session")
def bbc_balanced(data_file):
    """A function giving the first ``per_class`` BBC News articles of each class (title and
    text), in file order, with their labels, classes sorted."""
    return lambda per_class: _bbc_balanced(data_file("bbc_news/bbc_news.jsonl"), per_class)


def _bbc_balanced(path: Path, per_class: int) -> tuple[list[str], list[str]]:
    import json

    by_class: dict[str, list[str]] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            docs = by_class.setdefault(rec["category"], [])
            if len(docs) < per_class:
                docs.append(f"{rec['title']}\n\n{rec['text']}")
    texts = [t for c in sorted(by_class) for t in by_class[c]]
    labels = [c for c in sorted(by_class) for _ in by_class[c]]
    return texts, labels


@pytest.fixture(scope="session")
def found_types():
    """``found_types(text)``: the ``(text, type)`` of each mention a new ActorExtractor finds."""
    from newsanalytics.actors import ActorExtractor

    return lambda text: [(m.text, m.type) for m in ActorExtractor().extract(text)]


class FoundActors(list):
    """The ``(text, actor, type)`` of each mention found in one text, with two views."""

    def actors(self, kind: str | None = None) -> set[str]:
        """The actors found (of type ``kind`` only, if given)."""
        return {actor for _, actor, t in self if kind is None or t == kind}

    def by_text(self, word: str) -> list[tuple[str, str]]:
        """The ``(actor, type)`` of each mention whose text is ``word``."""
        return [(actor, t) for text, actor, t in self if text == word]


@pytest.fixture(scope="session")
def found_actors():
    """``found_actors(text)``: the ``(text, actor, type)`` of each mention a new ActorExtractor
    finds, as a FoundActors list (``.actors(kind)``, ``.by_text(word)``)."""
    from newsanalytics.actors import ActorExtractor

    return lambda text: FoundActors(
        (m.text, m.actor, m.type) for m in ActorExtractor().extract(text)
    )
