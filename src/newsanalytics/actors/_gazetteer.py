"""Gazetteers behind :mod:`newsanalytics.actors`: loading and lookup keys.

The JSON files under ``actors/data/`` are built by ``scripts/build_actors_gazetteer.py``.
This module turns them into lookup tables keyed the way the extractor tokenizes text (a
lookup is one dict access per candidate span). :mod:`newsanalytics.actors._lexicon` looks
names up in them (with a user's aliases), :mod:`newsanalytics.actors._scan` matches them in
sentences, and :mod:`newsanalytics.actors._extractor` resolves them across the article.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ._words import TOKEN_ABBREVIATIONS, alternation

__all__ = [
    "Entry",
    "Gazetteer",
    "load_gazetteer",
    "slugify",
    "tokenize_name",
    "name_key",
]

# Words keep inner hyphens, apostrophes and periods ("Inter-American", "O'Brien", "U.S");
# a possessive "'s" is its own token; a final period stays on abbreviations, initials and
# dotted acronyms only ("Gen.", "J.", "U.S.").
_ABBREV = alternation(TOKEN_ABBREVIATIONS)
TOKEN_RE = re.compile(
    r"(?:[^\W\d_]\.){2,}"
    rf"|(?:{_ABBREV})\.(?!\w)"
    r"|[A-Z]\.(?=[ \t]+[A-Z])"
    r"|['\u2019][sS]\b"
    r"|[^\W\d_](?:[\w&]|(?!['\u2019][sS]\b)[-'\u2019.](?=[^\W_]))*"
    r"|\d[\d.,:/-]*\w*|[^\w\s]",
    re.UNICODE,
)
_SLUG_RE = re.compile(r"[^a-z0-9]+")
ABBREVIATIONS = frozenset(a.lower() + "." for a in TOKEN_ABBREVIATIONS)
# The kinds of ``places.json`` rows read by their name, not as a city or region: a
# state ("Texas", "Quebec") or a nation of the United Kingdom ("Scotland").
NAMED_KINDS = ("state", "nation")


def tokenize_name(text: str, offset: int = 0) -> list[tuple[str, int, int]]:
    """Split ``text`` into ``(token, start, end)`` the way the extractor does.

    Possessive endings become their own token ``"'s"`` ("Obama's" -> "Obama", "'s"); a final
    period stays on abbreviations, initials and dotted acronyms ("Gen.", "J.", "U.S.").
    """
    return [
        ("'s" if len(g) == 2 and g[0] in "'\u2019" else g, m.start() + offset, m.end() + offset)
        for m in TOKEN_RE.finditer(text)
        for g in (m.group(),)
    ]


def name_key(tokens: list[str] | tuple[str, ...]) -> str:
    """Lookup key of a token sequence: case-folded, periods dropped, single spaces."""
    if len(tokens) == 1:
        t = tokens[0]
        return (
            t.replace(".", "").replace("\u2019", "'") if "." in t or "\u2019" in t else t
        ).casefold()
    return " ".join([t.replace(".", "").replace("\u2019", "'").casefold() for t in tokens])


@lru_cache(maxsize=65536)
def fold_word(word: str) -> str:
    """A word's key for the first-word tables: periods dropped, apostrophe unified, folded."""
    return word.replace(".", "").replace("\u2019", "'").casefold()


@lru_cache(maxsize=65536)
def slugify(name: str) -> str:
    """Stable id of a canonical name: ``"Nicolás Maduro"`` -> ``"nicolas-maduro"``."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    slug = _SLUG_RE.sub("-", text.lower()).strip("-")
    # Names with no Latin letters ("Си Цзиньпин") keep their own letters.
    return slug or re.sub(r"[\W_]+", "-", name.casefold()).strip("-") or "actor"


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer name.

    ``kind`` says how the name refers to the actor: "name", "alias", "acronym", "demonym",
    "capital", or "place" (a known place that is not reported as an actor, unless it is a
    city: then ``country`` is set, see :mod:`newsanalytics.actors._places`).
    """

    canonical: str
    type: str
    kind: str
    country: str = ""  # a city's country (kind "place"): the city is reported as an actor


@dataclass(frozen=True)
class Gazetteer:
    """Lookup tables. ``exact`` holds case-sensitive acronyms, ``folded`` everything else."""

    exact: dict[str, Entry]
    folded: dict[str, Entry]
    max_tokens: int
    titles: frozenset[str]
    title_max_tokens: int
    first_names: frozenset[str]
    common_words: frozenset[str]
    acronym_words: frozenset[str]
    first_keys: dict[str, int]
    title_last_words: frozenset[str]
    title_first_keys: frozenset[str]
    people: dict[str, str]  # full names of well-known people -> canonical name
    people_short: dict[str, str]  # their unambiguous short forms ("Putin") -> canonical name
    people_first: frozenset[str]  # first words of their full names
    place_names: frozenset[str]  # cities and regions that are no common surname
    clubs: frozenset[str] = frozenset()  # sports clubs' canonical names ("Arsenal")


def _read(name: str):
    path = resources.files("newsanalytics.actors").joinpath("data", name)
    return json.loads(path.read_text(encoding="utf-8"))


def _is_acronym(name: str) -> bool:
    core = name.replace(".", "").replace("-", "").replace("&", "")
    return len(core) <= 6 and core.isalnum() and sum(c.isupper() for c in core) >= 2


class _Builder:
    def __init__(self) -> None:
        self.exact: dict[str, Entry] = {}
        self.folded: dict[str, Entry] = {}
        self.max_tokens = 1

    def add(self, name: str, entry: Entry) -> None:
        tokens = [t for t, _, _ in tokenize_name(name)]
        if tokens and tokens[0].lower() == "the" and len(tokens) > 1:
            tokens = tokens[1:]
        if not tokens:
            return
        self.max_tokens = max(self.max_tokens, len(tokens))
        if _is_acronym(name[4:] if name[:4].lower() == "the " else name):
            key = " ".join(t.replace(".", "") for t in tokens)
            self.exact.setdefault(key, entry)
        else:
            self.folded.setdefault(name_key(tokens), entry)


def _first_keys(keys: list[str]) -> dict[str, int]:
    """First word of every name -> the most words a name starting with it has."""
    out: dict[str, int] = {}
    for key in keys:
        words = key.split(" ")
        out[words[0]] = max(out.get(words[0], 0), len(words))
    return out


def _add_cities(b: _Builder, places: list[dict]) -> None:
    """City names as places with a country (known names above keep their meaning).

    A name that is also a person's or an everyday word ("Jackson", "Reading") is left to
    resolution, which makes it a city by its context, unless the hand-written places list
    it (then it blocks a person guess as before, and resolution checks its context).
    """
    from ._places import ascii_fold, city_key, load_cities

    table = load_cities()
    listed = {
        city_key(n) for p in places if p["kind"] not in NAMED_KINDS for n in [p["name"], *p["aliases"]]
    }
    for p in places:
        if p["kind"] in NAMED_KINDS:  # states keep their meaning: "Washington State", "Quebec"
            for name in [p["name"], *p["aliases"]]:
                b.add(name, Entry(p["name"], "location", "name"))
    aliases: dict[str, list[str]] = {}  # "NYC" under New York's key
    for alias, name in table.aliases.items():
        aliases.setdefault(city_key(name), []).append(alias)
    for key, cities in table.options.items():
        if key in table.flags and key not in listed:
            continue
        city = cities[0]
        entry = Entry(city.name, "location", "place", city.country)
        names = {c.name for c in cities if city_key(c.name) == key}
        names.update(aliases.get(key, ()))
        for name in names:
            b.add(name, entry)
            if ascii_fold(name) != name:
                b.add(ascii_fold(name), entry)


@lru_cache(maxsize=1)
def load_rare_words() -> frozenset[str]:
    """Rarer lower-case words (``rare_words.json``): words the shipped texts write in lower
    case, never capitalised, and too rarely for ``common_words.json``. A Title Case
    headline capitalises them only as a headline does ("Ukraine Jitters")."""
    return frozenset(_read("rare_words.json"))


@lru_cache(maxsize=1)
def hand_cities() -> dict[str, dict[str, str]]:
    """The hand-written cities and regions (``cities.json``, from
    ``scripts/actors_cities.txt``): ``{"city": {...}, "region": {...}}``, each name -> its
    canonical country; read once per process and shared, so not to be changed."""
    return _read("cities.json")


@lru_cache(maxsize=1)
def nations() -> frozenset[str]:
    """The places of kind "nation": states that field national sides ("England",
    "Scotland"; see ``scripts/actors_places.txt``)."""
    return frozenset(p["name"] for p in _read("places.json") if p["kind"] == "nation")


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """Load the shipped gazetteers once per process."""
    b = _Builder()
    for c in _read("countries.json"):
        name = c["name"]
        b.add(name, Entry(name, "location", "name"))
        for alias in c["aliases"]:
            b.add(alias, Entry(name, "location", "alias"))
        for demonym in c["demonyms"]:
            b.add(demonym, Entry(name, "location", "demonym"))
        for capital in c["capitals"]:
            b.add(capital, Entry(name, "location", "capital"))
    clubs: set[str] = set()
    for o in _read("organizations.json"):
        name = o["name"]
        if o.get("club"):
            clubs.add(name)
        b.add(name, Entry(name, "organization", "name"))
        for alias in o["aliases"]:
            b.add(alias, Entry(name, "organization", "alias"))
        # A firm written with "&" is also written with "and" ("Ernst and Young",
        # "Standard and Poor's"), and the other way round.
        for alias in [name, *o["aliases"]]:
            if " & " in alias or " and " in alias:
                swapped = alias.replace(" & ", " and ") if " & " in alias else alias.replace(" and ", " & ")
                b.add(swapped, Entry(name, "organization", "alias"))
        for acronym in o["acronyms"]:
            b.add(acronym, Entry(name, "organization", "acronym"))
    places = _read("places.json")
    _add_cities(b, places)
    for p in places:
        kind = "name" if p["kind"] in NAMED_KINDS else "place"
        for alias in [p["name"], *p["aliases"]]:
            canonical = p["name"] if kind == "name" else alias
            b.add(alias, Entry(canonical, "location", kind))
        for demonym in p.get("demonyms", ()):  # "Scottish": known, though no state's
            b.add(demonym, Entry(p["name"], "location", "demonym"))
    people: dict[str, str] = {}
    people_short: dict[str, str] = {}
    for p in _read("people.json"):
        for alias in [p["name"], *p["aliases"]]:
            people[name_key([t for t, _, _ in tokenize_name(alias)])] = p["name"]
        for short in p["short"]:
            people_short[name_key([t for t, _, _ in tokenize_name(short)])] = p["name"]
    titles = frozenset(name_key([t for t, _, _ in tokenize_name(x)]) for x in _read("titles.json"))
    common = frozenset(_read("common_words.json"))
    return Gazetteer(
        exact=b.exact,
        folded=b.folded,
        max_tokens=b.max_tokens,
        titles=titles,
        title_max_tokens=max(len(t.split()) for t in titles),
        first_names=frozenset(_read("first_names.json")),
        common_words=common,
        # Acronyms that are also English words are not trusted inside ALL-CAPS headlines.
        acronym_words=frozenset(k for k in b.exact if k.lower() in common),
        # First words of every name and title: a cheap test before longer look-ups.
        first_keys=_first_keys([*b.folded, *(k.casefold() for k in b.exact)]),
        title_last_words=frozenset(t.split(" ")[-1] for t in titles),
        title_first_keys=frozenset(t.split(" ")[0] for t in titles),
        people=people,
        people_short=people_short,
        people_first=frozenset(key.split(" ")[0] for key in people),
        place_names=frozenset(_read("place_names.json")),
        clubs=frozenset(clubs),
    )
