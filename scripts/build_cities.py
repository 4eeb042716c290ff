"""Build the city gazetteer ``src/newsanalytics/actors/data/city_names.json``.

Sources:
- ``../shared/data/geonames_cities/cities15000_min.tsv.gz``: GeoNames cities with a
  population of at least 15,000 (GeoNames, geonames.org, CC BY 4.0; attribution in NOTICE).
- ``scripts/actors_cities.txt`` (written by hand for the dateline table): English spellings
  of cities GeoNames names in the local language ("Munich", "Cologne") and the country an
  ambiguous name goes to by default ("Birmingham" is the British one).
- The texts ``build_actors_gazetteer.py`` reads (HuffPost short descriptions, VADER
  snippets, NewsMTSC sentences) and its given names, well-known people and common words:
  they flag the names a city shares with people ("Jackson", "Victoria") or with everyday
  words ("Mobile", "Reading").

Kept (to stay small): every city of at least 50,000 people; in the United States, the
United Kingdom, Canada, Australia, Ireland and New Zealand, whose towns English-language
news covers, every city of the file (at least 15,000); the hand-written cities. Left out:
names that do not start with a capital letter or hold a digit, names of one or two
letters, and a smaller city of the same name in the same country. Added: the English
counties that share their name with a city elsewhere (``COUNTIES``: "Norfolk", "Cheshire"),
as rows of the United Kingdom, so that the article's country decides between them.

Each row is ``[name, ISO 3166 country code, population, flags]``; the rows of one name are
consecutive, its default first (the hand-written country, else the largest city). Flags:
``p`` the name is also a person's (a given name, a surname the texts use as one), ``w`` it
is an everyday word. A flagged name is a city only where its context says so ("in Jackson",
"the mayor of Victoria", "Reading, England").

Run: ``python scripts/build_actors_gazetteer.py`` (which calls :func:`build_city_names`), or
``python scripts/build_cities.py [--data ../shared/data] [--out DIR]`` to rebuild this file
alone from the shipped word lists.
"""

from __future__ import annotations

import argparse
import collections
import gzip
import json
import re
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "src" / "newsanalytics" / "actors" / "data"
SOURCE = Path("geonames_cities") / "cities15000_min.tsv.gz"
FILE = "city_names.json"

MIN_POPULATION = 50_000
ENGLISH_NEWS = frozenset({"US", "GB", "CA", "AU", "IE", "NZ"})

# Hand-written dateline "cities" that are no city: landmarks, districts, airports.
NOT_CITIES = frozenset(
    """Capitol Hill|Wall Street|Pentagon|White House|Camp David|Mar-a-Lago|Cape Canaveral|
    Kennedy Space Center|Silicon Valley|Research Triangle Park|Heathrow|Gatwick|
    City of London|Canary Wharf|Westminster|Downing Street|Whitehall|Buckingham Palace|
    Schiphol|Europoort|Long Island|Valley Forge|Hollywood|Staten Island|Bronx|Queens|
    Brooklyn|Manhattan|Kowloon|Shannon|Niagara|Raleigh-Durham|Hassi Messaoud""".replace(
        "\n", ""
    ).split("|")
)
NOT_CITIES = frozenset(n.strip() for n in NOT_CITIES)
# Brands that bear a city's name: in news, the company.
BRANDS = frozenset({"Mercedes", "Kawasaki", "Hitachi", "Toyota", "Goodyear", "Monsanto"})
# Spellings news uses for a city GeoNames names otherwise.
DISPLAY = {"New York City": "New York"}
# Other names of a city, reported under its name.
ALIASES = {"New York City": "New York", "NYC": "New York", "Washington DC": "Washington"}
# English counties that share their name with a city elsewhere ("Norfolk", Virginia;
# "Cheshire", Connecticut; "Surrey", British Columbia): a row of the United Kingdom with the
# county's population (2021 census, rounded), so that the article's country decides
# ("Norfolk farmer Tony Martin" in a story on England) and the county is the default where
# no hand-written city says otherwise. actors_places.txt holds the counties no city shares.
COUNTIES = {
    "Cheshire": 1_095_000,
    "Cornwall": 570_000,
    "Kent": 1_870_000,
    "Norfolk": 916_000,
    "Somerset": 965_000,
    "Suffolk": 761_000,
    "Surrey": 1_214_000,
}

_WORD_RE = re.compile(r"[A-Za-z][a-z]+")
_NAME_OK = re.compile(r"^[A-Z\u00c0-\u00de][^\d()\[\]/,;]*$")


def _ascii(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")


def fold(name: str) -> str:
    """ASCII, case-folded, single spaces, periods dropped: the key two spellings share."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return " ".join(text.replace(".", " ").casefold().split())


def _rows(name: str) -> list[list[str]]:
    lines = (HERE / name).read_text(encoding="utf-8").splitlines()
    return [ln.split("|") for ln in lines if ln.strip() and not ln.startswith("#")]


def _calendar_and_wire_words() -> set[str]:
    """Months, weekdays, news agencies and the words the extractor never takes for an actor
    ("March", "Monday", "Reuters", "Christmas")."""
    from build_word_lists import read_lists

    shared, actors = read_lists(HERE / "words.txt"), read_lists(HERE / "actors_words.txt")
    out = {m for row in shared["months"] for m in row} | set(shared["weekdays"])
    out |= set(shared["news_agencies"]) | set(actors["not_people"]) | set(actors["not_actors"])
    return out


def hand_cities(iso2: dict[str, str]) -> dict[str, tuple[str, str]]:
    """Hand-written city name -> (its spelling, ISO code) from ``actors_cities.txt``."""
    out: dict[str, tuple[str, str]] = {}
    for kind, country, names in _rows("actors_cities.txt"):
        code = iso2.get(country)
        if kind != "city" or not code:
            continue  # regions, and countries that no longer exist ("Yugoslavia")
        for name in (x.strip() for x in names.split(";")):
            if name and "," not in name and name not in NOT_CITIES and name not in ALIASES:
                out.setdefault(fold(name), (name, code))
    return out


def person_and_word_names(
    texts: list[str], first_names: set[str], surnames: set[str], common: set[str]
) -> tuple[set[str], set[str]]:
    """One-word names that people bear, and those that are everyday words.

    A name is a person's when it is a given name, a surname of the well-known people or of
    the hand list ``SURNAME_PLACES``, or when the texts use it after a given name or a title
    ("Michael Jackson", "Sen. Warren") or before "said" at least as often as after "in".
    """
    title = r"(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|President|Secretary|Judge|Minister|Mayor)\.?"
    person_re = re.compile(rf"\b(?:{title}|([A-Z][a-z]+)) ([A-Z][a-z]+)\b")
    said_re = re.compile(r"\b([A-Z][a-z]+) (?:said|says|told|added|wrote|tweeted)\b")
    place_re = re.compile(r"\b(?:in|from|near|at|of) ([A-Z][a-z]+)\b")
    as_person: collections.Counter[str] = collections.Counter()
    as_place: collections.Counter[str] = collections.Counter()
    for text in texts:
        for m in person_re.finditer(text):
            given = m.group(1)
            if given is None or given in first_names:
                as_person[m.group(2)] += 1
        for m in said_re.finditer(text):
            as_person[m.group(1)] += 1
        for m in place_re.finditer(text):
            as_place[m.group(1)] += 1
    people = set(first_names) | surnames
    people |= {n for n, k in as_person.items() if k >= max(2, as_place[n] + 1)}
    # An everyday word: a common word, unless the texts capitalise it far more often than
    # not ("Paris", "Detroit": a few lower-case slips in links).
    seen: collections.Counter[str] = collections.Counter()
    for text in texts:
        seen.update(_WORD_RE.findall(text))
    words = set()
    for w in common:
        cap = seen[w[:1].upper() + w[1:]]
        if w[:1].islower() and not (cap >= 5 and cap >= 3 * seen[w]):
            words.add(w)
    return people, words


def build_city_names(
    data: Path,
    countries: list[dict],
    texts: list[str],
    first_names: list[str],
    people: list[dict],
    common: list[str],
    surname_places: set[str],
    organizations: list[dict],
    places: list[dict],
) -> dict:
    """The rows of ``city_names.json`` (see the module docstring)."""
    iso2 = {c["name"]: c["iso2"] for c in countries if c.get("iso2")}
    # Names that mean something else first: countries (not their capitals), organisations
    # ("Toyota", "Kremlin"), states and provinces, and brands named after a city.
    taken = {fold(n) for n in BRANDS} | {fold(n) for n in _calendar_and_wire_words()}
    for c in countries:
        taken.update(fold(n) for n in [c["name"], *c["aliases"], *c["demonyms"]])
    for o in organizations:
        taken.update(fold(n) for n in [o["name"], *o["aliases"], *o["acronyms"]])
    for p in places:
        if p["kind"] in ("state", "nation"):
            taken.update(fold(n) for n in [p["name"], *p["aliases"], *p.get("demonyms", ())])
    known_codes = set(iso2.values())
    hand = hand_cities(iso2)
    surnames = set(surname_places)
    for p in people:
        for full in [p["name"], *p["aliases"], *p["short"]]:
            surnames.add(full.split()[-1])
    person_names, words = person_and_word_names(texts, set(first_names), surnames, set(common))
    # Best city per (folded name, country): its spelling and population.
    best: dict[tuple[str, str], tuple[str, int]] = {}
    aliases = dict(ALIASES)
    with gzip.open(data / SOURCE, "rt", encoding="utf-8") as fh:
        for line in fh:
            name, _lat, _lon, code, pop = line.rstrip("\n").split("\t")[:5]
            population = int(pop or 0)
            name = DISPLAY.get(name, name)
            if code not in known_codes or len(name) < 3 or not _NAME_OK.match(name):
                continue
            if population < MIN_POPULATION and code not in ENGLISH_NEWS:
                if hand.get(fold(name), ("", ""))[1] != code:
                    continue
            key = (fold(name), code)
            if key[0] in taken:
                continue
            spelling, country = hand.get(key[0], ("", ""))
            if country == code and spelling != name:
                aliases[name] = spelling  # "Zürich" is reported as
                name = spelling  # the English spelling news uses: "Zurich", "Montreal"
            if key not in best or best[key][1] < population:
                best[key] = (name, population)
    for name, population in COUNTIES.items():
        best[(fold(name), "GB")] = (name, population)
    # Hand-written spellings GeoNames lacks ("Munich"): a row of their own.
    for key, (name, code) in hand.items():
        if (key, code) not in best and key not in taken:
            best[(key, code)] = (name, 0)
    by_name: dict[str, list[tuple[str, str, int]]] = collections.defaultdict(list)
    for (key, code), (name, population) in best.items():
        by_name[key].append((name, code, population))
    rows = []
    for key in sorted(by_name):
        options = by_name[key]
        default = hand.get(key, ("", ""))[1]
        options.sort(key=lambda o: (o[1] != default, -o[2], o[1]))
        first = options[0][0]
        flags = ""
        if " " not in first and "-" not in first:
            spellings = {first, _ascii(first)}  # "León" is "Leon" too
            if spellings & person_names:
                flags += "p"
            if any(w.lower() in words for w in spellings):
                flags += "w"
        for name, code, population in options:
            rows.append([name, code, population, flags])
    return {
        "source": "GeoNames cities15000 (geonames.org, CC BY 4.0) and actors_cities.txt",
        "columns": ["name", "country", "population", "flags"],
        "aliases": dict(sorted(aliases.items())),
        "rows": rows,
    }


def dumps(table: dict) -> str:
    """The file's text: one row a line (readable diffs, no indentation overhead)."""
    head = {k: v for k, v in table.items() if k != "rows"}
    lines = [json.dumps(r, ensure_ascii=False, separators=(",", ":")) for r in table["rows"]]
    body = json.dumps(head, ensure_ascii=False)[:-1]
    return body + ', "rows": [\n' + ",\n".join(lines) + "\n]}\n"


def main() -> None:
    from build_actors_gazetteer import (
        SURNAME_PLACES,
        _huffpost,
        _newsmtsc_sentences,
        _vader_snippets,
    )

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=HERE.parents[1] / "shared" / "data")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()

    def shipped(name: str):
        return json.loads((OUT / name).read_text(encoding="utf-8"))

    records = _huffpost(args.data)
    texts = (
        [rec.get("short_description") or "" for rec in records]
        + _vader_snippets(args.data)
        + _newsmtsc_sentences(args.data)
    )
    table = build_city_names(
        args.data,
        shipped("countries.json"),
        texts,
        shipped("first_names.json"),
        shipped("people.json"),
        shipped("common_words.json"),
        SURNAME_PLACES,
        shipped("organizations.json"),
        shipped("places.json"),
    )
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / FILE).write_text(dumps(table), encoding="utf-8")
    print(f"{FILE}: {len(table['rows'])} rows")


if __name__ == "__main__":
    main()
