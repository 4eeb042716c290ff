"""Every word list of the actor extractor, loaded once.

The extractor's own lists come from ``data/words.json`` (built by
``scripts/build_actors_gazetteer.py`` from ``scripts/actors_words.txt``); the lists the text
layer reads too (months, weekdays, U.S. states, news agencies, name particles, company forms,
abbreviations) from :mod:`newsanalytics._words`. The source files say what each list
holds; a table's tags say which rule reads which words (:func:`_tagged`). The constants below
are each rule's view, named as the rules use them.
"""

from __future__ import annotations

import json
import re
from importlib import resources
from typing import Any

from .. import _words as shared

_DATA: dict[str, Any] = json.loads(
    resources.files("newsanalytics.actors")
    .joinpath("data", "words.json")
    .read_text(encoding="utf-8")
)


def _tagged(table: str, tag: str) -> tuple[str, ...]:
    """The words of the extractor's table ``table`` tagged ``tag``, in source order."""
    return tuple(word for word, tags in _DATA[table].items() if tag in tags)


def alternation(words: tuple[str, ...] | list[str]) -> str:
    """``words`` as a regex alternation (each escaped), in the order given."""
    return "|".join(re.escape(w) for w in words)


# -- organisations and companies --------------------------------------------------------
#: Words that make an unknown capitalised span an organisation ("Law School", "Corp").
ORG_WORDS = frozenset(
    [*_tagged("organisation_words", "org"), *shared.tagged("company_forms", "org")]
)
#: Company suffixes: a company's name without them is its short name ("Texaco Inc").
COMPANY = frozenset(
    [*_tagged("organisation_words", "company"), *shared.tagged("company_forms", "company")]
)
#: A business's words that are no legal form ("Airways", "Records", "Broadcasting"): the
#: word(s) before them name the business alone later in the article ("Jet", "Citadel").
TRADE = frozenset(_tagged("organisation_words", "trade"))
#: Last words that make a name of two or more capitalised words a newspaper's ("Chicago
#: Tribune"), not a person's.
MASTHEADS = frozenset(_tagged("organisation_words", "masthead"))
#: Everyday words that may open a newspaper's name ("Evening Standard", "Sunday Mirror").
PERIODICALS = frozenset(_tagged("organisation_words", "periodical"))
#: Legal forms that may follow a known company's name and belong to its mention.
CORP_SUFFIXES = frozenset(shared.tagged("company_forms", "suffix"))
#: Legal forms written in capitals, as a name spells them: "GMBH" -> "GmbH".
CASED_FORMS = {
    f.upper(): f for f in CORP_SUFFIXES if len(f) > 3 and f not in (f.title(), f.upper())
}
#: Words between a known company's short name and its legal form ("Toyota Motor Corp").
CORP_DESCRIPTORS = frozenset(
    [*_tagged("organisation_words", "descriptor"), *shared.tagged("company_forms", "descriptor")]
)
#: "X's ... Inc": the words that make a one-word name X a company's.
POSSESSIVE_COMPANY = (
    *shared.tagged("company_forms", "possessive"),
    *_tagged("organisation_words", "possessive"),
)
#: Legal forms after which a comma and a town follow ("GmbH, Augsburg,").
TOWN_AFTER = shared.tagged("company_forms", "town")
#: Last words of a partnership's name ("Goldman, Sachs and Co").
FIRM_ENDS = (*shared.tagged("company_forms", "firm"), *_tagged("organisation_words", "firm"))
#: Last words of names that are no actor: laws, plans, indexes, prizes.
NOT_ACTORS = frozenset(_DATA["not_actors"])
#: Words that name no actor alone ("GDP", "Xbox", "Anglican"), with their plurals ("IPOs",
#: "iPods", "Xboxes"): see ``@not_names`` in ``scripts/actors_words.txt``.
NOT_NAMES = frozenset(
    form
    for word in _DATA["not_names"]
    for form in (word, word + "s", word + "es" if word[-1:] in "xsh" else word)
)
#: Words that end a company's name in a Title Case headline.
NOT_IN_COMPANY = frozenset(_DATA["not_in_company"])
#: Nouns for a company ("company", "subsidiary"), in source order (a regex alternation).
BODY_NOUNS = tuple(_DATA["body_nouns"])
#: Job titles before "at"/"with" and an employer's name, in source order.
EMPLOYER_WORDS = tuple(_DATA["employer_words"])
#: Those that announce a partnership's name after "at"/"with".
FIRM_EMPLOYERS = _tagged("employer_words", "firm")

# -- people -----------------------------------------------------------------------------
_WEEKDAYS = (*shared.WEEKDAYS, *(day + "s" for day in shared.WEEKDAYS))
#: Everyday words that are also given names ("Gabby Giffords").
COMMON_GIVEN_NAMES = frozenset(_DATA["common_given_names"])

#: Words of places by the water that no list of everyday words holds ("Hope Creek").
WATERS = frozenset({"Creek", "Harbour", "Harbor", "Cove", "Canyon", "Reef", "Lagoon"})

#: Countries, states and regions that are also given names ("Virginia Madsen").
PLACE_GIVEN_NAMES = frozenset(_DATA["place_given_names"])

#: Capitalised words that never name a person: dates, faiths, table labels, titles.
NOT_PEOPLE = frozenset(
    [
        *_DATA["not_people"],
        *shared.MONTH_WORDS,
        *_WEEKDAYS,
        *shared.tagged("abbreviations", "notperson"),
    ]
)
#: Role nouns (lower-case, with their plurals) that the titles lack: capitalised before a
#: name ("Striker Wayne Rooney") they are no part of it.
AGENT_NOUNS = frozenset([*_DATA["agent_nouns"], *(w + "s" for w in _DATA["agent_nouns"])])
#: Words after a person's name that belong to it ("Jr", "Jr.", "III").
PERSON_SUFFIXES = frozenset(
    [
        *_DATA["person_suffixes"],
        *(form for a in shared.tagged("abbreviations", "person") for form in (a, a + ".")),
    ]
)
#: Lower-case words after a capitalised word that make it a modifier ("the Louvre accord").
MODIFIED = frozenset(_DATA["modified"])
#: Words after a name that mark it as a person ("Kerry said").
CUE_AFTER = frozenset(_DATA["cue_after"])
#: Words before a capitalised common word that make it no name ("the Rice").
DETERMINERS = frozenset(_DATA["determiners"])
#: Words after the object of a verb: "accusing Rice of", "denounced Young on Friday".
AFTER_OBJECT = frozenset(_DATA["after_object"])
#: Prefixes of a hyphenated attribute ("Ex-Trump aide").
PREFIXES = frozenset(_DATA["prefixes"])
#: Combining forms of peoples that open a hyphenated compound ("Anglo-American", "Sino-British").
COMBINING_FORMS = frozenset(
    "Afro Anglo Arab Austro Euro Franco Graeco Greco Hispano Indo Italo Judeo Luso Russo "
    "Serbo Sino Turco".split()
)
#: Endings of an unknown word after such a prefix that make it an adjective ("anti-Semitic").
PREFIXED_ENDINGS = tuple(_DATA["prefixed_endings"])
#: Words before a common word that make it a body ("the Treasury said").
ARTICLES = frozenset(_DATA["articles"])
#: Month names that are given names and surnames ("Theresa May").
NAME_MONTHS = shared.MONTHS_GIVEN_NAMES
#: Month and weekday names: "on Monday" ends an organisation's name.
DATES = frozenset([*shared.MONTH_WORDS, *shared.WEEKDAYS])
#: Number words: a capitalised one opening a sentence is no name.
NUMBER_WORDS = frozenset(_DATA["number_words"])
#: Endings no name has ("Justifiably", "Organised"), in source order.
WORD_ENDINGS = tuple(_DATA["word_endings"])

# -- places -----------------------------------------------------------------------------
#: U.S. states (and three provinces), lower-case: "Calif" is no name, "Longview, Texas" a town.
US_STATES = frozenset(w.lower() for w in shared.tagged("state_names", "runs"))
#: State names and abbreviations (no final period) that make a list's neighbour a place.
LIST_STATES = frozenset(shared.tagged("state_names", "list"))
#: Before a known country or capital: the place, not a person of that name.
LOCATIVE = frozenset(_tagged("locatives", "known"))
#: A one-word gazetteer name that a person of the article bears stands for the person ("Luis
#: Montenegro ... Montenegro", "Debra Hill ... Hill"): by type, the kinds of entry that yield,
#: and the words before that keep the name ("in Montenegro"; "The Hill reported": the paper).
SURNAME_YIELDS = {
    "location": (("name", "capital"), LOCATIVE),
    "organization": (("name",), LOCATIVE | {"the"}),
}
#: Before an unknown one-word name: no person's name.
PLACE_PREPS = frozenset(_tagged("locatives", "unknown"))
#: Before a known city or region: the place.
CITY_LOCATIVES = _tagged("locatives", "city")

# -- links and sources ------------------------------------------------------------------
#: Lower-case words inside personal names ("de", "bin").
NAME_PARTICLES = frozenset(shared.tagged("name_particles", "name"))
#: Words that join the words of an organisation's name ("of", "&", "de").
ORG_LINKS = frozenset([*_DATA["org_links"], *shared.tagged("name_particles", "org")])
#: Either kind of link.
LINKS = ORG_LINKS | NAME_PARTICLES
#: "of", "for", "on": after an organisation word they continue its name.
OF = frozenset(_tagged("org_links", "of"))
#: "and", "&": between two organisations' names they split them.
AND = frozenset(_tagged("org_links", "and"))
#: The links that may stand between two capitalised words of a run, as a regex alternation
#: (the possessive "'s" is a token of its own, not a link of the run).
RUN_LINK = "(?:" + alternation(sorted(LINKS - {"'s"}, key=lambda w: (-len(w), w))) + ")"
#: News agencies: the source of a story, not an actor in it.
WIRES = frozenset(shared.tagged("news_agencies", "wire"))
#: Words of a story about films, books, music or television, lower-case.
ARTS_WORDS = frozenset(_DATA["arts_words"])
#: Words a Title Case headline keeps in lower case.
SMALL_WORDS = frozenset(_DATA["headline_small_words"])

# -- tokens -----------------------------------------------------------------------------
#: Abbreviations whose period the name tokenizer keeps ("Gen.", "Corp.").
TOKEN_ABBREVIATIONS = (
    *shared.tagged("abbreviations", "token"),
    *shared.tagged("company_forms", "token"),
)

# -- clubs -------------------------------------------------------------------------------
#: Words before a town in a club's name ("Real Madrid"), after it ("Aston Villa"), and of
#: those the ones that make a club with any name ("Tottenham Hotspur"): _clubnames.
CLUB_PREFIXES = frozenset(_tagged("club_words", "prefix"))
CLUB_SUFFIXES = frozenset(_tagged("club_words", "suffix"))
CLUB_ONLY_SUFFIXES = frozenset(_tagged("club_words", "only"))
#: A club's nickname ("Boro") -> the club's full name ("Middlesbrough"): ``_club_nicknames``.
CLUB_NICKNAMES = {nick: row[0] for row in _DATA["club_nicknames"] for nick in row[1:]}

# -- facilities ---------------------------------------------------------------------------
#: Last words of a building's, venue's or street's name ("Pavilion", "Theatre", "Parade"),
#: and of those the ones that are common surnames too ("Hall", "Park", "Kirk"): _facilities.
FACILITY_WORDS = frozenset(_tagged("facility_words", "place"))
FACILITY_SURNAMES = frozenset(_tagged("facility_words", "surname"))
#: Words before "Centre"/"Center" that make a venue of the name ("World Trade Center"): _facilities.
VENUE_CENTRES = frozenset(_DATA["venue_centres"])

# -- awards --------------------------------------------------------------------------------
#: One award's name ("Oscar", "Bafta"), and of those the ones that name the body that gives
#: it too ("Bafta"): _things.
AWARD_NAMES = frozenset(_tagged("award_names", "award"))
AWARD_BODIES = frozenset(_tagged("award_names", "body"))

#: The words before an award's name that make it the award ("his second Oscar"), after it
#: ("Grammy nominations"), and after a body's name that make it the body ("Bafta voters"):
#: _things.
AWARD_BEFORE = frozenset(_DATA["award_before"])
AWARD_AFTER = frozenset(_DATA["award_after"])
AWARD_BODY_AFTER = frozenset(_DATA["award_body_after"])

#: Last words of a crude oil's grade after its place ("West Texas Intermediate"), and the
#: words before them that are no place ("West", "Light"): _things.
CRUDE_GRADES = frozenset(_DATA["crude_grades"])
GRADE_PLACE_WORDS = frozenset(_DATA["grade_place_words"])

# -- treaties ------------------------------------------------------------------------------
#: A treaty's head noun ("the Kyoto protocol", "the Warsaw Pact", "LOUVRE ACCORD"), lower
#: case: _places (a place right before one names the treaty) and, with "convention(s)",
#: _namesakes (a place and the noun, capitalised, are no organisation).
TREATY_NOUNS = frozenset(
    {
        "accord",
        "accords",
        "agreement",
        "agreements",
        "pact",
        "pacts",
        "protocol",
        "protocols",
        "treaty",
        "treaties",
    }
)
