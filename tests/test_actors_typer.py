"""The learned span typer: the collisions issue 12 lists, each in a short invented text.

Every text here is written for the test (no story from the data). A collision that the
extractor still gets wrong is marked ``xfail(strict=True)`` with the reason, so a fix shows.
"""

from __future__ import annotations

import json
from importlib import resources

import numpy as np
import pytest

from newsanalytics.actors import ActorExtractor
from newsanalytics.actors._typer import CLASSES, load_typer


@pytest.fixture(scope="module")
def ex() -> ActorExtractor:
    return ActorExtractor()


def _got(ex: ActorExtractor, text: str) -> set[tuple[str, str, str]]:
    return {(m.text, m.type, m.actor) for m in ex.extract(text)}


def _actors(ex: ActorExtractor, text: str) -> set[str]:
    return {m.actor for m in ex.extract(text)}


# ---------------------------------------------------------------- the shipped model
def test_typer_ships_as_arrays_and_manifest_without_pickle():
    base = resources.files("newsanalytics.actors").joinpath("data", "typer")
    manifest = json.loads(base.joinpath("actor_typer.json").read_text(encoding="utf-8"))
    assert manifest["classes"] == list(CLASSES)
    assert set(manifest["thresholds"]) == {
        "drop", "drop_demonym", "drop_known", "drop_other", "retype", "take", "take_head"
    }
    with base.joinpath("actor_typer.npz").open("rb") as fh:
        arrays = np.load(fh, allow_pickle=False)  # raises on any pickled object
        assert arrays["rows"].shape == (len(arrays["columns"]), len(CLASSES))
        surnames = arrays["surnames"]
        assert surnames.dtype.kind == "U" and len(surnames) > 1000
        assert all(w == w.casefold() for w in surnames.tolist())
    typer = load_typer()
    p = typer.proba([["s:n=1", "s:gaz=none"], ["s:n=2", "s:gaz=location:name"]])
    assert p.shape == (2, 4) and np.allclose(p.sum(axis=1), 1.0)


def test_model_off_keeps_the_rules_alone():
    # "Hornets": a nickname two teams bear, so no gazetteer name ("Pistons" is one now).
    text = "Celtic beat Rangers 2-1 on Saturday. The Hornets lost to the Rams."
    rules = {(m.text, m.type) for m in ActorExtractor(model=False).extract(text)}
    assert ("Hornets", "person") in rules  # what the hand rules say: the model's job
    assert ("Hornets", "organization") in {(m.text, m.type) for m in ActorExtractor().extract(text)}


def test_offsets_stay_valid_when_the_model_drops_and_retypes(ex):
    text = "Hubris Meets Virtualization\n\nThe Pistons beat the Rams. Oxfam said aid was slow."
    for m in ex.extract(text):
        assert text[m.start : m.end] == m.text


# ---------------------------------------------------------------- collisions of issue 12
def test_european_union_does_not_yield_europe(ex):
    assert _actors(ex, "The European Union agreed new fishing rules on Tuesday.") == {
        "European Union"
    }


@pytest.mark.parametrize(
    "text",
    [
        "The Yankees clinched the American League pennant on Sunday.",
        "The American Diabetes Association issued new guidelines for doctors.",
    ],
)
def test_american_in_an_organisation_name_is_not_the_united_states(ex, text):
    assert "United States" not in _actors(ex, text)


# Passes since a place inside an organisation's name is no mention of its own.
def test_america_west_holdings_is_not_the_united_states(ex):
    text = "America West Holdings said its quarterly loss narrowed."
    assert "United States" not in _actors(ex, text)


# ------------------------------------------- places inside organisations' names
@pytest.mark.parametrize(
    "text, place",
    [
        ("Singapore Airlines posted a record profit.", "Singapore"),
        ("London Irish beat Saracens.", "London"),
        ("Yesterday the Nevada Supreme Court ruled against the state.", "Nevada"),
        ("The UK Independence Party won two seats.", "United Kingdom"),
    ],
)
def test_a_place_inside_an_organisation_name_is_no_location(ex, text, place):
    got = ex.extract(text)
    assert not [m for m in got if m.type == "location" and m.actor == place], got


def test_the_place_named_again_outside_the_organisation_is_kept(ex):
    got = ex.extract("Singapore Airlines flew to Singapore.")
    assert [(m.actor, m.type, m.start) for m in got] == [
        ("Singapore Airlines", "organization", 0),
        ("Singapore", "location", 27),
    ]


def test_a_state_court_is_not_the_national_court(ex):
    got = _got(ex, "Yesterday the Nevada Supreme Court ruled against the state.")
    assert got == {("Nevada Supreme Court", "organization", "Nevada Supreme Court")}


def test_a_country_and_its_known_body_are_two_mentions_side_by_side(ex):
    # As the actor guidelines split "U.S. Justice Department".
    got = _got(ex, "Rates rose after the US Federal Reserve's latest meeting.")
    assert got == {
        ("US", "location", "United States"),
        ("Federal Reserve", "organization", "Federal Reserve"),
    }


def test_indian_pacers_is_not_india(ex):
    assert "India" not in _actors(ex, "The Indian Pacers beat the Bulls 101-99 on Friday night.")


def test_clubs_are_not_people(ex):
    got = _got(ex, "The Pistons lost to the Rams, and the Dolphins beat the Jets on Sunday.")
    assert not {t for _, t, _ in got} & {"person"}, got


# Passes since the typer learns unknown organisations from known ones' masked copies.
def test_a_lone_surname_the_training_text_names_in_full_is_a_person(ex):
    # The training text has "Bob Corker"; this article has only the surname.
    assert load_typer().surnames >= {"corker"}
    assert ("Corker", "person", "Corker") in _got(ex, "Corker tells reporters the bill is dead.")


@pytest.mark.xfail(
    strict=True,
    reason="no shippable training text names Capriles in full, and an unknown lone word "
    "opening a sentence is read as a company as often as a surname; the seed story has this "
    "sentence with no other mention of him",
)
def test_an_unseen_lone_surname_is_a_person(ex):
    text = (
        "The electoral authority agreed to an audit, but the opposition refused to take part."
        "\n\nCapriles alleges hundreds of irregularities and is challenging the results in court."
    )
    assert ("Capriles", "person", "Capriles") in _got(ex, text)


def test_celtic_is_not_a_person(ex):
    got = _got(ex, "Celtic beat Rangers 2-1 at Parkhead on Saturday.")
    assert ("Celtic", "person", "Celtic") not in got


def test_central_bank_governor_is_not_glued_to_the_name(ex):
    text = "Central Bank Governor Maria Delgado said rates would stay on hold. Delgado spoke."
    got = _got(ex, text)
    assert not any("Governor" in t for t, _, _ in got), got
    assert any(t == "Delgado" and ty == "person" for t, ty, _ in got), got


def test_a_whole_headline_is_not_an_organisation(ex):
    text = "US Insurance Stocks Plunge on Concern About Spitzer\n\nShares of insurers fell."
    assert not any(len(t.split()) >= 4 for t, _, _ in _got(ex, text))


# Passes, narrowly: the typer (trained with the gold tune stories too) puts "no actor" at 0.61
# for 'Hubris' against the 0.6 drop threshold; a retraining may move it back (it was 0.60).
def test_headline_words_are_not_people(ex):
    text = "Hubris Meets Virtualization\n\nThe software market is shifting again."
    assert not any(ty == "person" for _, ty, _ in _got(ex, text))


def test_a_url_is_not_a_person(ex):
    got = _got(ex, "For the latest price, see QuoteLookup.jhtml on the site.")
    assert not any(ty == "person" for _, ty, _ in got), got


@pytest.mark.xfail(
    strict=True,
    reason="'RBI' is the Reserve Bank of India's acronym in the gazetteer; no seed teaches the "
    "model that an acronym whose expansion the story never supports names nothing",
)
def test_rbi_in_a_baseball_story_is_not_the_reserve_bank_of_india(ex):
    text = "Jeter finished with three RBI as the Yankees beat Boston 5-3 in the ninth inning."
    assert "Reserve Bank of India" not in _actors(ex, text)


@pytest.mark.xfail(
    strict=True,
    reason="'SCO Group' is matched as the known acronym SCO plus a company word before the "
    "typer sees it (segmentation, not typing)",
)
def test_sco_group_is_not_the_shanghai_cooperation_organisation(ex):
    text = "SCO Group said on Monday it would sue IBM over Linux. SCO shares rose 4 percent."
    assert "Shanghai Cooperation Organisation" not in _actors(ex, text)


# Passes since cities are read in context (actors/_places.py).
def test_athens_olympics_is_not_greece(ex):
    text = "Preparations for the Athens Olympics are running late, officials said."
    assert "Greece" not in _actors(ex, text)


# Passes since cities are read in context (actors/_places.py).
def test_brock_berlin_is_not_germany(ex):
    text = "Quarterback Brock Berlin threw for 300 yards as Miami won."
    assert "Germany" not in _actors(ex, text)


# Passes since a hyphenated pair of common words before a name is no part of it
# (actors/_runs.py); "the All-Star Game" keeps its words.
def test_all_star_is_not_part_of_the_name(ex):
    text = "All-Star Allan Houston scored 30 points for the Knicks."
    got = _got(ex, text)
    assert not any("All-Star" in t for t, _, _ in got), got
    assert ("Allan Houston", "person", "Allan Houston") in got, got


def test_an_attribute_word_is_no_part_of_the_name_after_it(ex):
    got = _got(ex, "Privately-held Rapid-American Corp bought a stake in Paris-based Euronext.")
    assert ("Rapid-American Corp", "organization", "Rapid-American Corp") in got, got
    assert any(t == "Paris" and ty == "location" for t, ty, _ in got), got
    assert not any("-based" in t or "-held" in t for t, _, _ in got), got


def test_a_legal_form_ends_the_company_name_before_its_seat(ex):
    got = _got(ex, "Elbit Computers Ltd of Israel said it had agreed to the sale.")
    assert ("Elbit Computers Ltd", "organization", "Elbit Computers Ltd") in got, got
    assert ("Israel", "location", "Israel") in got, got


def test_british_parties_by_their_short_names(ex):
    text = "The Lib Dems and UKIP said Labour and the Tory leader were wrong."
    assert {a for a in _actors(ex, text)} >= {
        "Liberal Democrats", "UK Independence Party", "Labour Party", "Conservative Party"
    }


@pytest.mark.xfail(
    strict=True,
    reason="companies named like people ('Eli Lilly': a listed given name and a surname) and "
    "one-word NGOs with 'said' after them keep the person type",
)
def test_companies_are_not_people(ex):
    text = "Oxfam said aid was too slow. Novo Nordisk and Eli Lilly reported higher sales."
    assert not any(ty == "person" for _, ty, _ in _got(ex, text))


def test_an_unknown_name_keeps_one_type_in_an_article():
    # "Market leader Nintendo, however" alone reads as a person; the article's other
    # mentions ("Nintendo says", "expect Nintendo to") make it an organisation.
    text = (
        "Market leader Nintendo, however, is releasing a handheld console. Nintendo says "
        "sales have exceeded expectations. Analysts expect Nintendo to keep its lead."
    )
    found = [(m.text, m.type) for m in ActorExtractor().extract(text)]
    assert found == [("Nintendo", "organization")] * 3


def test_a_full_name_the_article_calls_by_its_surname_stays_a_person(ex):
    # "Martina Hingis won." alone reads as a company; "Hingis played well" later makes the
    # full name a person's.
    text = (
        "Top seed Svetlana Kuznetsova lost, while Martina Hingis won. Kuznetsova said she "
        "was tired. Hingis played well."
    )
    assert ("Martina Hingis", "person", "Martina Hingis") in _got(ex, text)


# ------------------------------------------- two-word "people" the article calls companies
def test_a_two_word_name_after_a_firm_noun_is_a_company(ex):
    text = (
        "The minister earns a salary from the law firm Harwick Tolley, where he is a partner. "
        "It then emerged Harwick Tolley has a client which opposes the plan."
    )
    assert {t for w, t, _ in _got(ex, text) if w == "Harwick Tolley"} == {"organization"}


def test_a_two_word_name_whose_arm_is_named_is_a_company(ex):
    text = (
        "Engineering firm Dalmore Pruett and five railway managers are to go on trial. "
        "Dalmore Pruett's maintenance arm was in charge of the line."
    )
    assert {t for w, t, _ in _got(ex, text) if w == "Dalmore Pruett"} == {"organization"}


def test_a_film_producer_stays_a_person(ex):
    text = (
        "Film producer Corvel Tannick said he would sell the studio. Corvel Tannick shares rose."
    )
    assert {t for w, t, _ in _got(ex, text) if w == "Corvel Tannick"} == {"person"}


def test_a_company_cue_with_a_courtesy_title_elsewhere_stays_a_person(ex):
    text = (
        "Mr Tannick welcomed the bid. Analysts said Corvel Tannick shareholders would back "
        "the offer."
    )
    assert {t for _, t, a in _got(ex, text) if a == "Corvel Tannick"} == {"person"}
