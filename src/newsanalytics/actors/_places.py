"""Cities, and the country of every location, for :mod:`newsanalytics.actors`.

``data/city_names.json`` (built by ``scripts/build_cities.py`` from GeoNames, CC BY 4.0, and
the hand-written dateline cities) lists about 11,000 city names with their country and
population. A city is a location actor of its own, with its country as a field; the
extractor folds it into its country only when asked (``places="country"``).

A name several cities bear ("Paris" in France and in Texas) goes to the one its context
names ("Paris, Texas"), else to the one in a country the article mentions or was filed
from, else to the default (the hand-written country, else the largest city). A name that is
also a person's or an everyday word ("Jackson", "Victoria", "Reading") is a city only where
its context says so: "in Jackson", "the mayor of Victoria", "Reading, England". A capital
is a city like any other ("Protests in Lyon and Paris", "Putin visits Paris", "Lagos
traffic"), except as the subject of a speech or decision verb ("Beijing said", "Washington
and Moscow agreed", "Moscow's decision"): there it stands for its country's government and
is the country.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from ..types import Mention
from ._compass import COMPASS_WORDS
from ._gazetteer import NAMED_KINDS, _read, hand_cities, nations, slugify
from ._qualified import place_qualifier, residents, town_qualifier
from ._town_context import TOWN_CONTEXT_BEFORE, town_by_context
from ._words import CORP_SUFFIXES, DATES, LINKS, TREATY_NOUNS

__all__ = [
    "City",
    "CityTable",
    "load_cities",
    "ascii_fold",
    "city_key",
    "state_after",
    "titled_place",
    "open_after",
    "treaty_after",
    "no_place",
    "add_states",
    "state_in_name",
]

PLACES = ("city", "country")
_FORMER_COUNTRIES = frozenset({"Czechoslovakia", "Serbia and Montenegro", "Yugoslavia"})

# Speech verbs after a capital (or a town a person is named after, "Nogales said") that
# make it its country's government: "Beijing said".
_SPEECH_VERBS = frozenset(
    """said says say warned warns accused accuses denied denies announced announces agreed
    agrees urged urges insisted insists claimed claims told tells vowed vows responded
    refused refuses signed demanded demands rejected rejects welcomed welcomes condemned
    condemns protested threatened threatens wants hopes blamed blames insists""".split()
)
# With the decision verbs, after a capital only: "Tehran abandoned", "Washington backs".
_GOVERNMENT_VERBS = _SPEECH_VERBS | frozenset(
    """abandoned abandons imposed imposes recalled recalls expelled expels ordered orders
    approved approves recognized recognizes recognised recognises backed backs opposed
    opposes sanctioned pledged pledges promised promises decided decides held holds seeks
    sought sent sends""".split()
)
# Words after a capital's possessive that make it the government: "Moscow's decision".
_GOVERNMENT_NOUNS = frozenset(
    """government decision policy position stance response support allies ally relations
    ties officials envoy ambassador foreign military troops nuclear demands refusal
    approval request sanctions leaders leadership regime""".split()
)
# Before a city: "in Jackson", "the mayor of Victoria", "flights to Reading".
_BEFORE = frozenset(
    "in at near from around to between outside of across throughout into via".split()
)
# Before a town the city table does not hold, with its region after it: "in Mont Belvieu,
# Texas", "from Ledbury, Herefordshire", "of Lich, West Germany".
_TOWN_BEFORE = frozenset(("in", "at", "near", "from", "of"))
# "the mayor of", "a suburb of": these words two or three before the name make it a city.
_CITY_NOUN_RE = re.compile(
    r"\b(?:mayor|city|town|suburb|outskirts|streets|residents|council|port|capital|"
    r"downtown|centre|center|airport|police|people|citizens)\s+(?:of\s+)?(?:the\s+)?$",
    re.I,
)
# Of those, the nouns that make any name after "of" a town: "the mayor of", "residents of".
_TOWN_NOUN_RE = re.compile(
    r"\b(?:mayor|town|village|suburb|outskirts|residents|inhabitants)\s+of\s+(?:the\s+)?$",
    re.I,
)
# After a city: "Jackson, Miss.", "Reading-based", "Victoria's mayor", "Jackson police".
_AFTER_CITY_RE = re.compile(
    r"(?:-based|\s+(?:city|mayor|council|police|residents|suburbs?|airport|area)\b"
    r"|['\u2019]s\s+(?:mayor|city|council|police|residents|streets|suburbs?|airport|"
    r"downtown|port)\b)",
    re.I,
)
# A club named after its city: "Middlesbrough boss Steve McClaren", "Bath's team", "beat
# Gloucester", "an all-French final against Perpignan".
_CLUB_AFTER_RE = re.compile(
    r"(?:['\u2019]s)?\s+(?:boss|coach|manager|striker|midfielder|defender|goalkeeper|"
    r"winger|centre|center|captain|fly-half|scrum-half|prop|lock|full-back|forward|"
    r"quarterback|team|squad|side|fans|supporters|chairman|owner|player|players)\b",
    re.I,
)
_CLUB_BEFORE = frozenset("against beat beats beating v vs versus".split())
_MATCH_BEFORE_RE = re.compile(
    r"\b(?:clash|match|game|tie|draw|defeat|win|victory|loss)\s+(?:with|against|over|to)\s+$",
    re.I,
)
# A capitalised given name right before a name, on the same line: "Kristen Bell".
_GIVEN_BEFORE_RE = re.compile(r"\b([A-Z][a-z]+)[ \t]+$")
_POSSESSIVE_RE = re.compile(r"['\u2019]s\b")
_QUALIFIER_RE = re.compile(r",\s*([A-Z][\w.'\-]*(?:\s+[A-Z][\w.'\-]*){0,2})")


# A state's written abbreviation after a city (AP style, with its periods): "Fresno,
# Calif.", "Portland, Ore.", "Albany, N.Y.": a location of its own (the gold marks it).
_STATE_ABBREVIATIONS = {
    "Ala.": "Alabama", "Ariz.": "Arizona", "Ark.": "Arkansas", "Calif.": "California",
    "Cal.": "California", "Colo.": "Colorado", "Conn.": "Connecticut", "Del.": "Delaware",
    "Fla.": "Florida", "Ga.": "Georgia", "Ill.": "Illinois", "Ind.": "Indiana",
    "Kan.": "Kansas", "Kans.": "Kansas", "Ky.": "Kentucky", "La.": "Louisiana",
    "Md.": "Maryland", "Mass.": "Massachusetts", "Mich.": "Michigan", "Minn.": "Minnesota",
    "Miss.": "Mississippi", "Mo.": "Missouri", "Mont.": "Montana", "Neb.": "Nebraska",
    "Nev.": "Nevada", "N.H.": "New Hampshire", "N.J.": "New Jersey", "N.M.": "New Mexico",
    "N.Y.": "New York", "N.C.": "North Carolina", "N.D.": "North Dakota",
    "Okla.": "Oklahoma", "Ore.": "Oregon", "Pa.": "Pennsylvania", "R.I.": "Rhode Island",
    "S.C.": "South Carolina", "S.D.": "South Dakota", "Tenn.": "Tennessee", "Tex.": "Texas",
    "Vt.": "Vermont", "Va.": "Virginia", "Wash.": "Washington", "W.Va.": "West Virginia",
    "Wis.": "Wisconsin", "Wisc.": "Wisconsin", "Wyo.": "Wyoming", "Me.": "Maine",
}  # fmt: skip
_STATE_AFTER_RE = re.compile(r",[ \t]*((?:[A-Z]\.){2}|W\.Va\.|[A-Z][a-z]{1,4}\.)")
# A lawmaker's party and state tag after a name (Reuters and HuffPost style): "Sen. Leah
# Vukmir (Wis.)", "Rep. Charles Stenholm (D-Tex.)", "Sen. Rob Portman (R-Ohio)", on the
# next line of a wire story too.
_PARTY_TAG_RE = re.compile(
    r"[ \t]*\n?[ \t]*\((?:[DRI]-[ \t]?)?((?:[A-Z]\.){2}|W\.Va\.|[A-Z][a-z]{1,4}\.|"
    r"[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)\)"
)
_STATE_NAMES = frozenset(_STATE_ABBREVIATIONS.values()) | frozenset(
    "Alaska Hawaii Idaho Iowa Maine Ohio Texas Utah".split()
)


@dataclass(frozen=True, slots=True)
class City:
    """One city: its name, canonical country and population (0 when not known)."""

    name: str
    country: str
    population: int


@dataclass(frozen=True)
class CityTable:
    """City names -> the cities of that name (default first) and the name's flags."""

    options: dict[str, tuple[City, ...]]  # city_key -> cities, default first
    flags: dict[str, str]  # city_key -> "p" (a person's name too), "w" (an everyday word)
    regions: dict[str, str]  # region or state key -> canonical country
    countries: frozenset[str]  # canonical country names
    aliases: dict[str, str]  # other names of a city -> its name ("NYC" -> "New York")

    def lookup(self, words) -> tuple[tuple[City, ...], str] | None:
        """The cities ``words`` name and the name's flags, or None."""
        key = city_key(" ".join(words))
        found = self.options.get(key)
        if found is None:
            return None
        return found, self.flags.get(key, "")

    def country_of(self, actor: str) -> str | None:
        """The country of a location actor: itself, a region's country, a city's; a region
        named with a compass word ("West Texas", :mod:`._compass`) is its head's."""
        if actor in self.countries:
            return actor
        key = city_key(actor)
        region = self.regions.get(key)
        if region is not None:
            return region
        found = self.options.get(key)
        if found is None and " " in key and key.split(" ", 1)[0] in COMPASS_WORDS:
            return self.regions.get(key.split(" ", 1)[1])
        return found[0].country if found else None


@lru_cache(maxsize=65536)
def ascii_fold(text: str) -> str:
    """``"São Paulo"`` -> ``"Sao Paulo"``."""
    if text.isascii():
        return text
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


@lru_cache(maxsize=65536)
def city_key(name: str) -> str:
    """Lookup key of a city name: ASCII, case-folded, periods dropped, single spaces."""
    return " ".join(ascii_fold(name).replace(".", " ").casefold().split())


@lru_cache(maxsize=1)
def load_cities() -> CityTable:
    """The shipped city table, loaded once per process."""
    countries = _read("countries.json")
    by_code = {c["iso2"]: c["name"] for c in countries if c.get("iso2")}
    options: dict[str, list[City]] = {}
    flags: dict[str, str] = {}
    data = _read("city_names.json")
    for name, code, population, flag in data["rows"]:
        key = city_key(name)
        options.setdefault(key, []).append(City(name, by_code[code], int(population)))
        if flag:
            flags[key] = flag
    aliases = data.get("aliases", {})
    for alias, name in aliases.items():  # "NYC" is New York
        options[city_key(alias)] = options[city_key(name)]
    regions = {city_key(k): v for k, v in hand_cities()["region"].items()}
    for p in _read("places.json"):
        if p["kind"] in NAMED_KINDS:
            # "New York State", "Washington State", Canadian provinces, Australian states.
            country = regions.get(city_key(p["name"])) or regions.get(
                city_key(p["name"].rsplit(" ", 1)[0])
            )
            if country:
                regions.setdefault(city_key(p["name"]), country)
    return CityTable(
        options={k: tuple(v) for k, v in options.items()},
        flags=flags,
        regions=regions,
        aliases=dict(aliases),
        # Countries with an ISO code, and the former ones the gazetteer keeps; not the
        # regions the country list also holds ("Latin America", "Gaza Strip", "Europe").
        countries=frozenset(
            c["name"] for c in countries if c.get("iso2") or c["name"] in _FORMER_COUNTRIES
        ),
    )


def qualifier_country(text: str, end: int, table: CityTable) -> str | None:
    """The country a qualifier after a city names: "Paris, Texas" -> "United States"."""
    m = _QUALIFIER_RE.match(text, end, end + 40)
    if m is None:
        return None
    words = m.group(1).split()
    for k in range(len(words), 0, -1):
        key = city_key(" ".join(words[:k]))
        country = table.regions.get(key)
        if country is None and " ".join(words[:k]) in table.countries:
            country = " ".join(words[:k])
        if country is not None:
            return country
    return None


# What follows a list's item: another item ("Toronto, South Korea and Madrid").
_LIST_GOES_ON_RE = re.compile(r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)[A-Z]")


def listed_country(
    text: str, end: int, qualifier: str, cities: tuple[City, ...], table: CityTable
) -> bool:
    """True when the country written after a city is the next item of a list, not the
    city's country: no city of that name is in it, it is written as the country's name and
    the list goes on after it ("road shows in Toronto, South Korea and Madrid"; not "Paris,
    Texas", "London, Ontario" or "Valencia, Venezuela")."""
    if any(city.country == qualifier for city in cities):
        return False
    m = _QUALIFIER_RE.match(text, end, end + 40)
    if m is None:
        return False
    for k, word in enumerate(re.finditer(r"\S+", m.group(1)), 1):
        if " ".join(m.group(1).split()[:k]) == qualifier:
            return _LIST_GOES_ON_RE.match(text, m.start(1) + word.end()) is not None
    return False


def city_context(
    text: str, start: int, end: int, prev: str, before: frozenset[str] = _BEFORE
) -> bool:
    """True when the words around ``text[start:end]`` make it a place: "in Jackson",
    "the mayor of Victoria", "Reading-based", "Jackson police"."""
    if prev in before:
        return True
    if _CITY_NOUN_RE.search(text, max(0, start - 40), start) is not None:
        return True
    return _AFTER_CITY_RE.match(text, end, end + 30) is not None


_NEXT_WORD_RE = re.compile(r"\s+(\w+)")


def _speaks(text: str, end: int) -> bool:
    """True when a speech verb follows ``end``: "Nogales said"."""
    m = _NEXT_WORD_RE.match(text[end : end + 30])
    return m is not None and m.group(1).lower() in _GOVERNMENT_VERBS


# After a capital, the other capitals or countries of the subject, an auxiliary or an
# adverb, then the verb or possessed noun: "Washington and Moscow have also agreed".
_GOVERNMENT_RE = re.compile(
    r"(?:(?:\s*,\s*|\s+and\s+|\s*&\s*)[A-Z][\w.\-]*(?:[ \t]+[A-Z][\w.\-]*)?){0,3}"
    r"(?:['\u2019]s\s+(\w+)"
    r"|(?:\s+(?:has|have|had|will|would|also|again|quickly|later|then|now|today))*\s+(\w+))"
)


# Relations between governments before a capital: "ties with Washington", "disputes
# between Caracas and Washington", "talks with Tehran".
_RELATIONS_RE = re.compile(
    r"\b(?i:ties|relations|relationship|talks|dialogue|disputes?|tensions?|rift|feud|"
    r"negotiations|rapprochement|standoff)\s+(?:\w+\s+){0,2}(?:with|between)\s+"
    r"(?:[A-Z][\w.\-]*\s+(?:and|&)\s+)?$"
)


def government(text: str, end: int, prev: str, start: int | None = None) -> bool:
    """True when a capital stands for its country's government: "Beijing said",
    "Washington and Moscow have agreed", "Moscow's decision", "ties with Washington"
    (but not "in Moscow")."""
    if start is not None and _RELATIONS_RE.search(text, max(0, start - 60), start):
        return True
    if prev in _BEFORE:
        return False
    m = _GOVERNMENT_RE.match(text[end : end + 100])
    if m is None:
        return False
    if m.group(1) is not None:
        return m.group(1).lower() in _GOVERNMENT_NOUNS
    return m.group(2).lower() in _GOVERNMENT_VERBS


def choose(
    cities: tuple[City, ...], qualifier: str | None, article_countries: set[str]
) -> City | None:
    """The city a mention names (see the module docstring); None when the qualifier names
    a country none of them is in."""
    if qualifier is not None:
        for city in cities:
            if city.country == qualifier:
                return city
        return None
    default = cities[0]
    if len(cities) == 1 or default.country in article_countries:
        return default
    here = [c for c in cities[1:] if c.country in article_countries]
    return here[0] if len(here) == 1 else default


def city_actor(city: City, default: City) -> str:
    """A city's actor name: its own name, with its country when another city of that name
    is the default ("Paris (United States)")."""
    if city is default or city.country == default.country:
        return default.name
    return f"{city.name} ({city.country})"


def article_countries(cands, table: CityTable, dateline: str | None) -> set[str]:
    """The countries an article names (countries, their capitals and demonyms, states, the
    seats of government the gazetteer knows as bodies: "Downing Street", "the White House")
    and the one it was filed from."""
    out = {dateline} if dateline else set()
    for c in cands:
        e = c.entry
        if e is not None and e.type == "organization":
            seat = hand_cities()["city"].get(city_key(e.canonical))
            if seat is not None:
                out.add(seat)  # "Downing Street said ... Worcester": the English town
            continue
        if e is None or e.type != "location" or e.kind == "place":
            continue
        if e.canonical in table.countries:
            out.add(e.canonical)
        else:
            region = table.regions.get(city_key(e.canonical))
            if region:
                out.add(region)
    return out


# A smaller city of the same name wins by the article's country only when it has at least
# this share of the default's population ("Birmingham" in a story on Alabama; "London" in
# one on Canada stays the British capital).
_MIN_SHARE = 0.1
# The least population a namesake needs to win so over a hand-written default whose
# population the table does not hold ("Geneva" in a GATT story with US mentions stays the
# Swiss city, not the Illinois town of 21,000; audit48).
_MIN_NAMESAKE = 25_000


class Placer:
    """Decides, for one article, which candidates are cities (see the module docstring).

    ``place(c)`` returns None (not a city: the usual resolution goes on), False (a known
    city name that its context makes no city here: dropped, as known places always were),
    or ``(actor, type, country)`` (a city; or a person: "Jackson said").
    """

    def __init__(
        self,
        text: str,
        table: CityTable,
        countries: set[str],
        person_for,
        org_names: dict[str, str] | None = None,
        first_names: frozenset[str] = frozenset(),
    ) -> None:
        self.text = text
        self.table = table
        self.countries = countries
        self.person_for = person_for
        self.org_names = org_names or {}
        self.first_names = first_names

    def place(self, c):
        e = c.entry
        if c.sure and c.type == "location":
            return self._seat(c)
        if (
            e is None
            and not c.strong
            and c.prev != "the"
            and c.tokens[-1][-1:] == "s"  # a plural (residents' own first test, inlined)
            and residents(c.tokens, self.table)
        ):
            # "all Californians", "New Yorkers": a place's people, no actor ("the Londoners"
            # of a sports story is a club's nickname)
            if len(c.tokens) <= 3 and self.person_for(c.tokens[-1]) is None:
                return False
        if (
            e is None
            and c.prev in TOWN_CONTEXT_BEFORE  # town_by_context's own first test, inlined
            and town_by_context(self.text, c, self.org_names, self.person_for)
        ):
            return " ".join(c.tokens), "location", None  # "the Sebree smelter"
        if e is None and c.prev in _TOWN_BEFORE:
            town = self._town(c)
            if town is not None:
                return town
        if e is not None:
            if e.type != "location" or not (e.country or e.kind == "capital"):
                return None
        elif (
            c.strong
            or c.type not in (None, "person")
            or len(c.tokens) != 1
            or city_key(c.tokens[0]) not in self.table.flags  # only flagged names: "Jackson"
        ):
            return None
        found = self.table.lookup(c.tokens)
        text = self.text
        qualifier = qualifier_country(text, c.end, self.table)
        if (
            qualifier is not None
            and found is not None
            and listed_country(text, c.end, qualifier, found[0], self.table)
        ):
            qualifier = None  # "Toronto, South Korea and Madrid": a list, no qualifier
        elif qualifier is None and found is not None:
            qualifier = place_qualifier(text, c.end, found[0], self.table, self.countries)
        if e is not None and e.kind == "capital":
            # A capital is the city ("Putin visits Paris"), unless it speaks for its
            # government ("Beijing said"): then the usual resolution makes it the country.
            if found is None or (qualifier is None and government(text, c.end, c.prev, c.start)):
                return None
            capital = City(" ".join(c.tokens), e.canonical, 0)
            cities = found[0]
            own = next((x for x in cities if x.country == e.canonical), capital)
            if qualifier is not None and qualifier != e.canonical:
                other = next((x for x in cities if x.country == qualifier), None)
                city = other or City(own.name, qualifier, 0)
                return city_actor(city, own), "location", city.country
            return own.name, "location", e.canonical
        if found is None or (e is None and not found[1]):
            return None  # an unflagged city the scanner did not take as one: "York Senate"
        cities, flags = found
        org = self.org_names.get(" ".join(c.tokens))
        if org is not None:
            return org, "organization", None  # "Gillette Co ... Gillette said": the company
        given = _GIVEN_BEFORE_RE.search(text, max(0, c.start - 30), c.start)
        if given is not None and given.group(1) in self.first_names:
            return False if e is not None else None  # "Kristen Bell", "Whitney Houston"
        club = _CLUB_AFTER_RE.match(text, c.end, c.end + 30)
        if (
            club is not None
            and club.group().startswith(("'", "\u2019"))
            and len(c.tokens) == 1
            and (person := self.person_for(c.tokens[0])) is not None
        ):
            return person, "person", None  # "Alex Ferguson ... Ferguson's side": his side
        if (
            c.prev in _CLUB_BEFORE
            or _MATCH_BEFORE_RE.search(text, max(0, c.start - 30), c.start) is not None
            or (
                club is not None
                and (c.prev not in _BEFORE or club.group().startswith(("'", "\u2019")))
            )
        ):
            return " ".join(c.tokens), "organization", None  # the city's club
        context = qualifier is not None or city_context(text, c.start, c.end, c.prev)
        if context and "p" in flags and _POSSESSIVE_RE.match(text, c.end):
            # "at Taylor's apartment": a person's, unless "Jackson's mayor"
            context = _AFTER_CITY_RE.match(text, c.end, c.end + 30) is not None
        if not context and len(c.tokens) == 1:
            person = self.person_for(c.tokens[0])
            if person is not None:
                return person, "person", None  # "Jesse Jackson ... Jackson said"
            if e is not None and _speaks(text, c.end):
                # "Nogales said", "Boss and Huntington agreed": a person of that name.
                return " ".join(c.tokens), "person", None
        if flags and not context:
            return False if e is not None else None
        city = self._choose(cities, qualifier)
        if city is None:  # "Paris, Tennessee": a town of a country no city of that name is in
            city = City(cities[0].name, qualifier, 0)
        return city_actor(city, cities[0]), "location", city.country

    def _seat(self, c):
        """A constituency (``_seats``): a place whatever its context ("MP for Richmond"), in
        the article's country where a city of that name is there, else in Britain's."""
        countries = self.countries or {"United Kingdom"}
        found = self.table.lookup(c.tokens)
        city = None if found is None else choose(found[0], None, countries)
        if city is None or city.country not in countries:
            uk = "United Kingdom" in countries  # "MP for Ealing North": no city of the table
            return c.canonical, "location", "United Kingdom" if uk else None
        return city_actor(city, found[0][0]), "location", city.country

    def _town(self, c):
        """A town the city table does not hold, written as towns are: "in Mont Belvieu,
        Texas", "from Ledbury, Herefordshire" (no known organisation)."""
        if not 0 < len(c.tokens) <= 3:
            return None
        name = " ".join(c.tokens)
        if name in self.org_names or self.table.lookup(c.tokens) is not None:
            return None
        if c.prev == "of" and not c.strong and self.person_for(name) is None:
            # "residents of Kunduzabad", "the mayor of Tarlac": a town of no known country
            before = _TOWN_NOUN_RE.search(self.text, max(0, c.start - 25), c.start)
            if before is not None and not _POSSESSIVE_RE.match(self.text, c.end):
                return name, "location", None
        form = _QUALIFIER_RE.match(self.text, c.end, c.end + 40)
        if form is None or form.group(1).split()[0] in CORP_SUFFIXES:
            return None  # "Rigolleau, S.A.": a company
        country = qualifier_country(self.text, c.end, self.table) or town_qualifier(
            self.text, c, self.table, self.countries
        )
        return None if country is None else (name, "location", country)

    def _choose(self, cities: tuple[City, ...], qualifier: str | None) -> City | None:
        if qualifier is not None or len(cities) == 1:
            return choose(cities, qualifier, self.countries)
        default = cities[0]
        floor = default.population * _MIN_SHARE or _MIN_NAMESAKE
        near = tuple(c for c in cities if c is default or c.population >= floor)
        return choose(near, None, self.countries)


def state_after(text: str, end: int) -> tuple[int, int, str] | None:
    """The span and name of a U.S. state's abbreviation written after a city that ends at
    ``end``: "Fresno, Calif." -> ``(start, end, "California")``; None when none follows."""
    m = _STATE_AFTER_RE.match(text, end, end + 12)
    if m is None:
        return None
    state = _STATE_ABBREVIATIONS.get(m.group(1))
    return (m.start(1), m.end(1), state) if state else None


# A peer's, a see's or a duchy's title before a place: "the Prince of Wales", "the Duchess of
# Cornwall", "the Archbishop of Canterbury", "the Duchy of Lancaster", "Prince of Persia"
# (a game): the place names the title, it is no location mention.
_TITLE_OF_RE = re.compile(
    r"\b(?:Prince|Princess|Duke|Duchess|Earl|Countess|Marquess|Marquis|Viscount|Baron|"
    r"Baroness|Archbishop|Bishop|Duchy)\s+of\s+$"
)


def titled_place(text: str, start: int) -> bool:
    """True when a peer's, a see's or a duchy's title comes right before ``start``."""
    return _TITLE_OF_RE.search(text, max(0, start - 20), start) is not None


# A tournament named after its place: "US Open champion", "the Qatar Open", "the French and
# US Opens" (an event: the gold marks nothing in it).
_OPEN_RE = re.compile(r"[ \t]+Opens?\b")


def open_after(text: str, end: int) -> bool:
    """True when "Open" or "Opens" follows the place ending at ``end``: "US Open"."""
    return _OPEN_RE.match(text, end) is not None


# A treaty named after the city or region where it was made: "the Kyoto protocol", "the
# Paris accord", "last month's Louvre pact", "the 1976 Berne agreement", "the Maastricht
# treaty": the place names the treaty (the gold marks no place inside a treaty's name). Not
# a country, which is a party to its agreements ("the Iran accord", "the Japan agreement"),
# and not "convention", which after a place is a meeting there or a custom ("the Las Vegas
# convention center", "tossed Hollywood convention out the window") at least as often. Any
# case: "KYOTO PROTOCOL" in a wire headline.
_TREATY_RE = re.compile(rf"[ \t]+(?:{'|'.join(sorted(TREATY_NOUNS))})\b", re.IGNORECASE)


def treaty_after(text: str, end: int) -> bool:
    """True when a treaty's noun follows the place ending at ``end``: "Kyoto protocol"."""
    return _TREATY_RE.match(text, end) is not None


def no_place(text: str, c, country: bool = False) -> bool:
    """True when a place candidate names a title, an event or a treaty, no place: "the
    Prince of Wales", "US Open champion" (outside a headline), "the Kyoto protocol" (no
    ``country``: "the Iran accord" names a party)."""
    return (
        titled_place(text, c.start)
        or (not c.heading and open_after(text, c.end))
        or (not country and treaty_after(text, c.end))
    )


def add_states(doc, text: str, cities, mentions: list[Mention], same: bool, fold: bool) -> None:
    """Add to ``mentions`` the states written after the placed ``cities`` ("Fresno, Calif.")
    and in a lawmaker's party tag after a person ("Leah Vukmir (Wis.)", "Bob Dole (R-Kan.)")
    that no mention covers; ``same``: offsets in ``text`` are the raw text's."""
    taken = [(m.start, m.end) for m in mentions]
    for c in cities:
        after = state_after(text, c.end)
        if after is None:
            continue
        start, end, state = after
        rs, re_ = (start, end) if same else (doc.to_raw(start), doc.to_raw(end, end=True))
        sent = doc.sentences[c.sentence]
        if rs < sent.start or re_ > sent.end or any(s < re_ and rs < e for s, e in taken):
            continue
        actor = "United States" if fold else state
        country = "United States"
        mentions.append(
            Mention(
                actor, "location", doc.raw[rs:re_], rs, re_, c.sentence, slugify(actor), country
            )
        )
        taken.append((rs, re_))
    for m in list(mentions):
        if m.type != "person":
            continue
        tag = _PARTY_TAG_RE.match(doc.raw, m.end, m.end + 24)
        if tag is None:
            continue
        written = tag.group(1)
        state = _STATE_ABBREVIATIONS.get(written) or (written in _STATE_NAMES and written)
        rs, re_ = tag.span(1)
        if not state or any(s < re_ and rs < e for s, e in taken):
            continue
        actor = "United States" if fold else state
        mentions.append(
            Mention(
                actor, "location", written, rs, re_, m.sentence, slugify(actor), "United States"
            )
        )
        taken.append((rs, re_))


def state_in_name(seg, hit, words: list[str], i: int, n: int, heading: bool) -> bool:
    """True when the city rules of ``seg`` (the run segmenter of :mod:`._runs`) are to read
    the state's or region's name ``hit`` (no country, no city) found at ``words[i]``: in
    running text, part of a longer name when a name runs on before or after it ("Southern
    California Edison", "the Arizona Nuclear Power Project", "Ford Europe", "Virginia
    Madsen"); the place where a title, a link, a place, a demonym, a date or a given name
    follows ("Iowa Banking Superintendent William Bernau", "Asia Pacific", "Gulf Arab
    states") or where the word before is no name's ("a Texas company", "S Africa", "U.S.
    Gulf")."""
    entry, k = hit[1], hit[0]
    if (
        heading
        or entry.type != "location"
        or entry.kind not in ("name", "alias")
        or entry.canonical in seg.lex.countries
        or entry.canonical in nations()  # "Tudor England", "BBC Scotland": as a country's
        or words[k - 1].endswith(".")  # "U.S. Officials", "Calif. Governor"
        or words[k - 1].isupper()
    ):
        return False
    if i > 0 and words[i - 1] not in LINKS and not seg._commonish(words[i - 1]):
        before = words[i - 1]
        return not (
            len(before) == 1
            or before.endswith(".")
            or "-" in before
            or before in ("A", "An", "The")
            or seg._demonym_word(before)  # "Mideast Gulf", "U.S. Gulf"
        )
    if k == n or words[k] in DATES:  # "in Arizona and New Mexico Friday"
        return False
    if any(
        w not in LINKS and w.lower().rstrip(".") in seg.gaz.title_last_words
        for w in words[k : k + 5]
    ):
        return False  # "Texas Savings and Loan Commissioner L.L. Bowman"
    if (words[k] in seg._first_names and k + 1 < n) or _demonym(seg, words[k]):
        return False  # a person's full name, or "Gulf Arab states"
    nxt = seg.match(words, k, n, False)
    # a place runs on: "Asia Pacific" (a city's name is a name's: "California Edison")
    return nxt is None or nxt[1].type != "location" or bool(nxt[1].country)


def _demonym(seg, word: str) -> bool:
    """True for a demonym proper: "Brazilian", "Saudi" (not "U.S.", "Southern")."""
    entry = seg.lookup((word,), all_caps=False)
    return entry is not None and entry.type == "location" and entry.kind == "demonym"
