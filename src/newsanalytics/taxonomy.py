"""Named topics: each a name, seed words and phrases, and optional metadata.

A :class:`Taxonomy` is what a user hands to :class:`~newsanalytics.topics.TopicModel` to say
which topics they care about. Seeds are plain words (``"cartel"``) or phrases
(``"drug policy"``, ``"war on drugs"``); the vectorizer turns them into the same features the
corpus produces, so phrases match as phrases. A seed can also be a *sense* (:class:`Sense`):
a word that counts for the topic only when one of some other words is near it (``"drugs"``
near ``"police"`` or ``"trafficking"``) and none of a third list is (not near ``"fda"`` or
``"prescription"``), nor, if given, any of a fourth anywhere in the text (``not_in_text``:
``"game"`` is no sport in a text that names a games console).

Matching is by whole tokens, never substrings: the seed ``"customs"`` does not match
``"custom"``; a singular seed word also matches its regular plural (``"cartel"`` matches
``"cartels"``, ``"policy"`` ``"policies"``), never the other way round.
Words are tokenised like the text, stop words and one-letter pieces dropped: a taxonomy
warns (:mod:`warnings`) about a word that becomes no token (``"g-7"``, ``"after"``) and so can
never match, or that keeps one token of several parts (``"e-mail"`` matches ``"mail"``,
``"stand-up"`` ``"stand"``); :func:`seed_token_problems` lists them.

:meth:`Taxonomy.default` is the built-in news taxonomy that ships with the package; its
topics carry IPTC Media Topics codes as metadata where IPTC has the topic or a broader one.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import warnings
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from .exceptions import InputError, NewsAnalyticsWarning, user_stacklevel

__all__ = ["Sense", "Taxonomy", "Topic", "plural_forms", "seed_token_problems"]

FORMAT_NAME = "newsanalytics.Taxonomy"
FORMAT_VERSION = 1
_DEFAULT_FILE = "news_taxonomy.json"
_TOPIC_KEYS = {"seeds", "description", "parent", "iptc"}
_SENSE_KEYS = {"word", "near", "not_near", "not_in_text", "window", "label"}
DEFAULT_WINDOW = 8

#: Words that lose a part to the tokenizer on purpose: the token left is the word meant
#: (``"re-election"`` is ``"election"``, as the corpus reads it).
INTENDED_SHRINKS = frozenset({"re-election", "re-elected", "re-elect"})
#: The parts of a written word, as the tokenizer would keep them all ("e-mail": two).
_PART_RE = re.compile(r"[^\W_]+")


def plural_forms(term: str) -> list[str]:
    """A seed feature and, if its last word looks singular, its regular plural.

    Whole tokens only, and only singular to plural: ``"cartel"`` gives ``"cartels"``,
    ``"policy"`` ``"policies"``, ``"tax"`` ``"taxes"``; ``"customs"`` gives only itself (so it
    never matches ``"custom"``).

    Examples
    --------
    >>> plural_forms("drug cartel"), plural_forms("customs")
    (['drug cartel', 'drug cartels'], ['customs'])
    """
    words = term.split()
    last = words[-1]
    out = [last]
    if len(last) > 2 and not last.endswith("s") and last.isalpha():
        if last.endswith("y") and last[-2] not in "aeiou":
            out.append(last[:-1] + "ies")
        elif last.endswith(("x", "ch", "sh", "z")):
            out.append(last + "es")
        else:
            out.append(last + "s")
    prefix = " ".join(words[:-1])
    return [f"{prefix} {v}".strip() for v in out]


@dataclass(frozen=True)
class Sense:
    """A seed that counts only in context: ``word`` with one of ``near`` close by and none of
    ``not_near``.

    Written in a taxonomy as a dict among the seeds, e.g. ``{"word": "drugs", "near":
    ["police", "trafficking"], "not_near": ["fda", "prescription"], "label": "illicit"}``.

    Attributes
    ----------
    word : str
        The word or phrase, lower-cased.
    near : tuple of str
        At least one of these words or phrases must occur within ``window`` tokens of
        ``word`` (empty: no such condition).
    not_near : tuple of str
        None of these may occur within ``window`` tokens of ``word``.
    not_in_text : tuple of str
        None of these may occur anywhere in the text (empty: no such condition): words that
        say what the whole article is about, once, far from most uses of ``word`` (a video
        game review names its console in the first paragraph and says "game" throughout).
    window : int
        Distance in tokens (stop words and numbers not counted), default 8.
    label : str
        A short name for the sense, shown in :meth:`TopicModel.explain
        <newsanalytics.topics.TopicModel.explain>` as ``word~label`` (optional).

    Every word, here as in plain seeds, matches whole tokens and its regular plural.
    """

    word: str
    near: tuple[str, ...] = ()
    not_near: tuple[str, ...] = ()
    window: int = DEFAULT_WINDOW
    not_in_text: tuple[str, ...] = ()

    label: str = ""

    @property
    def key(self) -> str:
        """The feature this sense becomes: ``word~label`` (``"drugs~illicit"``), or, without
        a label, ``word~`` and a short digest of the conditions."""
        tag = self.label
        if not tag:
            parts: list[Any] = [self.near, self.not_near, self.window]
            if self.not_in_text:  # digests of senses without it are as before
                parts.append(self.not_in_text)
            spec = json.dumps(parts)
            tag = hashlib.sha1(spec.encode("utf-8")).hexdigest()[:6]
        return self.word.replace(" ", "_") + "~" + tag

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"word": self.word}
        if self.label:
            out["label"] = self.label
        if self.near:
            out["near"] = list(self.near)
        if self.not_near:
            out["not_near"] = list(self.not_near)
        if self.not_in_text:
            out["not_in_text"] = list(self.not_in_text)
        if self.window != DEFAULT_WINDOW:
            out["window"] = self.window
        return out


def seed_token_problems(taxonomy: Taxonomy) -> list[tuple[str, str, str, list[str]]]:
    """Seed words that do not match as written: ``(topic, field, word, tokens)`` for every
    seed, sense word, ``near``, ``not_near`` or ``not_in_text`` word that the tokenizer turns
    into no token (stop words and one-letter pieces are dropped: ``"g-7"``, ``"after"``), so it
    can never match, or that has several parts but becomes one token, so it matches that token
    alone (``"e-mail"`` is ``"mail"``, ``"stand-up"`` is ``"stand"``), unless in
    :data:`INTENDED_SHRINKS`."""
    from .text import topic_tokens

    out = []
    for topic in taxonomy.topics:
        words = [("seed", w) for w in topic.seeds]
        for sense in topic.senses:
            words.append(("sense", sense.word))
            words += [(f"near {sense.word!r}", w) for w in sense.near]
            words += [(f"not_near {sense.word!r}", w) for w in sense.not_near]
            words += [(f"not_in_text {sense.word!r}", w) for w in sense.not_in_text]
        for where, word in words:
            toks = topic_tokens(word)
            parts = _PART_RE.findall(word)
            if not toks or (len(parts) > 1 and len(toks) == 1 and word not in INTENDED_SHRINKS):
                out.append((topic.name, where, word, toks))
    return out


def _warn_token_problems(taxonomy: Taxonomy) -> None:
    problems = seed_token_problems(taxonomy)
    if not problems:
        return
    dead = [f"{t}: {where} {w!r}" for t, where, w, toks in problems if not toks]
    shrunk = [f"{t}: {where} {w!r} -> {toks[0]!r}" for t, where, w, toks in problems if toks]
    parts = []
    if dead:
        parts.append(
            f"{len(dead)} word(s) become no token (stop words and one-letter pieces are "
            f"dropped), so they can never match: {'; '.join(dead[:8])}{' ...' * (len(dead) > 8)}"
        )
    if shrunk:
        parts.append(
            f"{len(shrunk)} word(s) of several parts keep only one token and match it alone: "
            f"{'; '.join(shrunk[:8])}{' ...' * (len(shrunk) > 8)}"
        )
    warnings.warn(
        "Taxonomy: " + ". ".join(parts) + ". Write them as the text tokenises to what is "
        "meant ('email', 'metoo', 'stand-up comedian') or drop them; "
        "newsanalytics.taxonomy.seed_token_problems(taxonomy) lists them all.",
        NewsAnalyticsWarning,
        stacklevel=user_stacklevel(),
    )


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def _word_list(name: str, field_name: str, words: object) -> tuple[str, ...]:
    if words is None:
        return ()
    if isinstance(words, str) or not isinstance(words, Iterable):
        raise InputError(
            f"topic {name!r}, sense field {field_name!r}: expected a list of words, got "
            f"{type(words).__name__}"
        )
    out: list[str] = []
    for w in words:
        if not isinstance(w, str):
            raise InputError(
                f"topic {name!r}, sense field {field_name!r}: every word must be a str, got {w!r}"
            )
        if not _norm(w):
            # An empty condition would silently turn the sense into a plain seed.
            raise InputError(
                f"topic {name!r}, sense field {field_name!r}: an empty word ({w!r}) in the list"
            )
        if _norm(w) not in out:
            out.append(_norm(w))
    return tuple(out)


def _make_sense(name: str, spec: Mapping[str, Any]) -> Sense:
    unknown = set(spec) - _SENSE_KEYS
    if unknown:
        raise InputError(
            f"topic {name!r}: unknown sense field(s) {sorted(unknown)}; allowed: "
            f"{sorted(_SENSE_KEYS)}"
        )
    word = spec.get("word")
    if not isinstance(word, str) or not _norm(word):
        raise InputError(f"topic {name!r}: a sense needs a non-empty 'word', got {word!r}")
    window = spec.get("window", DEFAULT_WINDOW)
    if not isinstance(window, int) or isinstance(window, bool) or window < 1:
        raise InputError(f"topic {name!r}, sense {word!r}: window must be an int >= 1")
    label = spec.get("label") or ""
    if not isinstance(label, str) or any(c.isspace() for c in label):
        raise InputError(f"topic {name!r}, sense {word!r}: label must be a str without spaces")
    return Sense(
        word=_norm(word),
        near=_word_list(name, "near", spec.get("near")),
        not_near=_word_list(name, "not_near", spec.get("not_near")),
        not_in_text=_word_list(name, "not_in_text", spec.get("not_in_text")),
        window=window,
        label=label.lower(),
    )


@dataclass(frozen=True)
class Topic:
    """One named topic.

    Attributes
    ----------
    name : str
        The name users see, e.g. ``"drug policy"``.
    seeds : tuple of str
        Plain seed words and phrases, lower-cased, in the order given.
    senses : tuple of Sense
        Seeds that count only in context (see :class:`Sense`).
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
    senses: tuple[Sense, ...] = ()

    @property
    def seed_keys(self) -> list[str]:
        """The features of all seeds: plain seeds, then each sense's :attr:`Sense.key`."""
        return list(self.seeds) + [s.key for s in self.senses]

    def to_dict(self) -> dict[str, Any]:
        """JSON-serialisable form, without the name (the name is the key)."""
        out: dict[str, Any] = {"seeds": list(self.seeds) + [s.to_dict() for s in self.senses]}
        if self.description:
            out["description"] = self.description
        if self.parent:
            out["parent"] = self.parent
        if self.iptc:
            out["iptc"] = dict(self.iptc)
        return out


def _clean_seeds(name: str, seeds: object) -> tuple[tuple[str, ...], tuple[Sense, ...]]:
    if isinstance(seeds, str) or not isinstance(seeds, Iterable):
        raise InputError(
            f"topic {name!r}, field 'seeds': expected a list of words or phrases, "
            f"got {type(seeds).__name__}"
        )
    out: list[str] = []
    senses: list[Sense] = []
    for seed in seeds:
        if isinstance(seed, Sense):
            seed = seed.to_dict()
        if isinstance(seed, Mapping):
            sense = _make_sense(name, seed)
            if not sense.near and not sense.not_near and not sense.not_in_text:
                seed = sense.word  # no condition: a plain seed
            elif sense not in senses:
                senses.append(sense)
                continue
            else:
                continue
        if not isinstance(seed, str):
            raise InputError(
                f"topic {name!r}, field 'seeds': every seed must be a str or a sense dict "
                f"({{'word', 'near', 'not_near', 'not_in_text'}}), got {seed!r}"
            )
        norm = _norm(seed)
        if norm and norm not in out:
            out.append(norm)
    if not out and not senses:
        raise InputError(f"topic {name!r}, field 'seeds': needs at least one non-empty seed")
    return tuple(out), tuple(senses)


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
        seeds, senses = _clean_seeds(name, spec["seeds"])
        return Topic(
            name=name,
            seeds=seeds,
            description=str(spec.get("description") or ""),
            parent=spec.get("parent") or None,
            iptc={str(k): str(v) for k, v in iptc.items()},
            senses=senses,
        )
    seeds, senses = _clean_seeds(name, spec)
    return Topic(name=name, seeds=seeds, senses=senses)


class Taxonomy:
    """An ordered set of named topics, each with seed words and phrases.

    Parameters
    ----------
    topics : dict
        Topic name to either a list of seeds, or a dict with ``seeds`` and optionally
        ``description``, ``parent`` (another topic's name) and ``iptc`` (metadata).
        Seeds are lower-cased; phrases ("drug policy") are kept as phrases; a seed given as
        a dict ``{"word", "near", "not_near", "not_in_text", "window"}`` is a :class:`Sense`.
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
        _warn_token_problems(self)

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
        """Plain seed words and phrases of topic ``name`` (senses: :meth:`senses`)."""
        return list(self._topic(name).seeds)

    def senses(self, name: str | None = None) -> list[Sense]:
        """The senses of topic ``name``, or of every topic (in order, without repeats)."""
        if name is not None:
            return list(self._topic(name).senses)
        seen: dict[Sense, None] = {}
        for topic in self._topics.values():
            for sense in topic.senses:
                seen.setdefault(sense, None)
        return list(seen)

    def all_seeds(self) -> list[str]:
        """Every plain seed of every topic, in order, without repeats."""
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
            Features of a corpus, e.g. ``NewsVectorizer.get_feature_names_out()``. A seed is
            present when it or its regular plural is a feature; a phrase seed also, for
            vocabularies without phrases, when each of its words is.

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
                elif seed in vocab or any(f in vocab for f in plural_forms(feature)):
                    continue
                elif (
                    len(toks) > 1
                    and all(t in vocab for t in toks)
                    and not any(" " in v for v in vocab)
                ):
                    continue
                else:
                    missing.append(seed)
            missing += [s.key for s in topic.senses if s.key not in vocab]
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
