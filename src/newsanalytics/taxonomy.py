"""Named topics: each a name, seed words and phrases, and optional metadata.

A :class:`Taxonomy` is what a user hands to :class:`~newsanalytics.topics.TopicModel` to say
which topics they care about. Seeds are plain words (``"cartel"``) or phrases
(``"drug policy"``, ``"war on drugs"``); the vectorizer turns them into the same features the
corpus produces, so phrases match as phrases. :meth:`Taxonomy.default` is the built-in news
taxonomy that ships with the package; its topics carry IPTC Media Topics codes as metadata
where IPTC has the topic or a broader one.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from .exceptions import InputError

__all__ = ["Taxonomy", "Topic"]

FORMAT_NAME = "newsanalytics.Taxonomy"
FORMAT_VERSION = 1
_DEFAULT_FILE = "news_taxonomy.json"
_TOPIC_KEYS = {"seeds", "description", "parent", "iptc"}


@dataclass(frozen=True)
class Topic:
    """One named topic.

    Attributes
    ----------
    name : str
        The name users see, e.g. ``"drug policy"``.
    seeds : tuple of str
        Seed words and phrases, lower-cased, in the order given.
    description : str
        What the topic covers, in a sentence.
    parent : str or None
        Name of a broader topic of the same taxonomy, if any.
    iptc : dict
        IPTC Media Topics metadata, e.g. ``{"code": "medtop:16000000", "label": "conflict,
        war and peace", "match": "exact"}``; ``match`` is ``"broader"`` when IPTC's topic is
        wider than this one. Empty when IPTC has no matching topic.
    """

    name: str
    seeds: tuple[str, ...]
    description: str = ""
    parent: str | None = None
    iptc: dict[str, str] = field(default_factory=dict, compare=False)

    def to_dict(self) -> dict[str, Any]:
        """JSON-serialisable form, without the name (the name is the key)."""
        out: dict[str, Any] = {"seeds": list(self.seeds)}
        if self.description:
            out["description"] = self.description
        if self.parent:
            out["parent"] = self.parent
        if self.iptc:
            out["iptc"] = dict(self.iptc)
        return out


def _clean_seeds(name: str, seeds: object) -> tuple[str, ...]:
    if isinstance(seeds, str) or not isinstance(seeds, Iterable):
        raise InputError(
            f"topic {name!r}, field 'seeds': expected a list of words or phrases, "
            f"got {type(seeds).__name__}"
        )
    out: list[str] = []
    for seed in seeds:
        if not isinstance(seed, str):
            raise InputError(
                f"topic {name!r}, field 'seeds': every seed must be a str, got {seed!r}"
            )
        norm = " ".join(seed.lower().split())
        if norm and norm not in out:
            out.append(norm)
    if not out:
        raise InputError(f"topic {name!r}, field 'seeds': needs at least one non-empty seed")
    return tuple(out)


def _make_topic(name: object, spec: object) -> Topic:
    if not isinstance(name, str) or not name.strip():
        raise InputError(f"taxonomy: topic names must be non-empty str, got {name!r}")
    if isinstance(spec, Mapping):
        unknown = set(spec) - _TOPIC_KEYS
        if unknown:
            raise InputError(
                f"topic {name!r}: unknown field(s) {sorted(unknown)}; "
                f"allowed: {sorted(_TOPIC_KEYS)}"
            )
        if "seeds" not in spec:
            raise InputError(f"topic {name!r}, field 'seeds': missing")
        iptc = spec.get("iptc") or {}
        if not isinstance(iptc, Mapping):
            raise InputError(f"topic {name!r}, field 'iptc': expected an object, got {iptc!r}")
        return Topic(
            name=name,
            seeds=_clean_seeds(name, spec["seeds"]),
            description=str(spec.get("description") or ""),
            parent=spec.get("parent") or None,
            iptc={str(k): str(v) for k, v in iptc.items()},
        )
    return Topic(name=name, seeds=_clean_seeds(name, spec))


class Taxonomy:
    """An ordered set of named topics, each with seed words and phrases.

    Parameters
    ----------
    topics : dict
        Topic name to either a list of seeds, or a dict with ``seeds`` and optionally
        ``description``, ``parent`` (another topic's name) and ``iptc`` (metadata).
        Seeds are lower-cased; phrases ("drug policy") are kept as phrases.
    name : str, optional
        A label for the taxonomy itself.

    Raises
    ------
    InputError
        If a topic has no seeds, a seed is not a str, or a parent names no topic.

    Examples
    --------
    >>> from newsanalytics import Taxonomy
    >>> tax = Taxonomy({"drug policy": ["drug", "cartel", "war on drugs"],
    ...                 "diplomacy": ["diplomat", "summit", "foreign minister"]})
    >>> tax.names
    ['drug policy', 'diplomacy']
    >>> tax.seeds("diplomacy")
    ['diplomat', 'summit', 'foreign minister']
    """

    def __init__(
        self, topics: Mapping[str, Iterable[str] | Mapping[str, Any]], *, name: str = ""
    ) -> None:
        if isinstance(topics, Taxonomy):
            topics = topics.to_dict()["topics"]
        if not isinstance(topics, Mapping) or not topics:
            raise InputError(
                "taxonomy: expected a non-empty dict of topic name -> seeds, "
                f"got {type(topics).__name__}"
            )
        self.name = name
        self._topics: dict[str, Topic] = {}
        for key, spec in topics.items():
            topic = _make_topic(key, spec)
            self._topics[topic.name] = topic
        for topic in self._topics.values():
            if topic.parent is not None and topic.parent not in self._topics:
                raise InputError(
                    f"topic {topic.name!r}, field 'parent': {topic.parent!r} is not a topic "
                    f"of this taxonomy; allowed: {self.names}"
                )

    # -- access -------------------------------------------------------------------------
    @property
    def names(self) -> list[str]:
        """Topic names, in the order they were given."""
        return list(self._topics)

    @property
    def topics(self) -> list[Topic]:
        """The :class:`Topic` records, in order."""
        return list(self._topics.values())

    def __len__(self) -> int:
        return len(self._topics)

    def __iter__(self):
        return iter(self._topics)

    def __contains__(self, name: object) -> bool:
        return name in self._topics

    def __getitem__(self, name: str) -> Topic:
        return self._topic(name)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Taxonomy):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    def __repr__(self) -> str:
        return (
            f"Taxonomy({len(self)} topics: {', '.join(self.names[:5])}{', ...' * (len(self) > 5)})"
        )

    def _topic(self, name: str) -> Topic:
        try:
            return self._topics[name]
        except KeyError:
            raise InputError(f"taxonomy: no topic {name!r}; allowed: {self.names}") from None

    def seeds(self, name: str) -> list[str]:
        """Seed words and phrases of topic ``name``."""
        return list(self._topic(name).seeds)

    def all_seeds(self) -> list[str]:
        """Every seed of every topic, in order, without repeats."""
        seen: dict[str, None] = {}
        for topic in self._topics.values():
            for seed in topic.seeds:
                seen.setdefault(seed, None)
        return list(seen)

    def phrases(self) -> list[str]:
        """The multi-word seeds."""
        return [s for s in self.all_seeds() if " " in s]

    # -- checks -------------------------------------------------------------------------
    def validate(self, vocabulary: Iterable[str]) -> dict[str, list[str]]:
        """Report seeds that a corpus vocabulary does not contain; never raises.

        Parameters
        ----------
        vocabulary : iterable of str
            Features of a corpus, e.g. ``NewsVectorizer.get_feature_names_out()``. A phrase
            seed is present when the phrase itself is a feature, or, for vocabularies
            without phrases, when each of its words is.

        Returns
        -------
        dict of str to list of str
            Topic name to its missing seeds, for every topic (empty lists when all present).

        Examples
        --------
        >>> tax = Taxonomy({"trade": ["tariff", "trade deal"], "energy": ["oil"]})
        >>> tax.validate(["tariff", "oil"])
        {'trade': ['trade deal'], 'energy': []}
        """
        vocab = set(vocabulary)
        # Seeds go through the same tokenizer as the corpus so "war on drugs" is found as the
        # feature "war drugs" (stop words dropped) and "U.S." as "u.s".
        from .text import topic_tokens

        report: dict[str, list[str]] = {}
        for topic in self._topics.values():
            missing = []
            for seed in topic.seeds:
                toks = topic_tokens(seed)
                feature = " ".join(toks)
                if not toks:
                    missing.append(seed)
                elif feature in vocab or seed in vocab:
                    continue
                elif (
                    len(toks) > 1
                    and all(t in vocab for t in toks)
                    and not any(" " in v for v in vocab)
                ):
                    continue
                else:
                    missing.append(seed)
            report[topic.name] = missing
        return report

    # -- persistence --------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """JSON-serialisable form: ``{"format", "format_version", "name", "topics"}``."""
        return {
            "format": FORMAT_NAME,
            "format_version": FORMAT_VERSION,
            "name": self.name,
            "topics": {t.name: t.to_dict() for t in self._topics.values()},
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Taxonomy:
        """Build from :meth:`to_dict` output, or from a bare ``{name: seeds}`` mapping."""
        if "topics" in data and isinstance(data.get("topics"), Mapping):
            version = data.get("format_version", FORMAT_VERSION)
            if not isinstance(version, int) or version > FORMAT_VERSION:
                raise InputError(
                    f"taxonomy: format_version {version!r} is newer than this library reads "
                    f"(<= {FORMAT_VERSION}); upgrade newsanalytics"
                )
            return cls(data["topics"], name=str(data.get("name") or ""))
        return cls(data)

    def save(self, path: str | os.PathLike[str]) -> Path:
        """Write the taxonomy as JSON (UTF-8, human-editable). Returns the path."""
        out = Path(path)
        out.parent.mkdir(parents=True, exist_ok=True)
        with open(out, "w", encoding="utf-8") as fh:
            json.dump(self.to_dict(), fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        return out

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> Taxonomy:
        """Read a taxonomy JSON file written by :meth:`save` or by hand.

        The file holds either ``{"topics": {name: seeds-or-dict}}`` or a bare
        ``{name: [seeds]}`` object.

        Raises
        ------
        InputError
            If the file is missing, is not JSON, or describes an invalid taxonomy.
        """
        src = Path(path)
        try:
            with open(src, encoding="utf-8") as fh:
                data = json.load(fh)
        except OSError as exc:
            raise InputError(f"taxonomy file {src}: cannot read: {exc}") from exc
        except json.JSONDecodeError as exc:
            raise InputError(f"taxonomy file {src}: not valid JSON: {exc}") from exc
        if not isinstance(data, Mapping):
            raise InputError(f"taxonomy file {src}: expected a JSON object at the top level")
        try:
            return cls.from_dict(data)
        except InputError as exc:
            raise InputError(f"taxonomy file {src}: {exc}") from exc

    @classmethod
    def default(cls) -> Taxonomy:
        """The built-in news taxonomy (about 25 topics, IPTC Media Topics metadata).

        Examples
        --------
        >>> tax = Taxonomy.default()
        >>> "drug policy" in tax and "diplomacy" in tax
        True
        """
        ref = resources.files("newsanalytics").joinpath("data", "taxonomy", _DEFAULT_FILE)
        data = json.loads(ref.read_text(encoding="utf-8"))
        return cls.from_dict(data)
