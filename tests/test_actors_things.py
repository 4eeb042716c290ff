"""Names of things that are no actors: products, generic acronyms, creeds (issue 12)."""

from __future__ import annotations

import pytest

from newsanalytics.actors import ActorExtractor


@pytest.fixture(scope="module")
def ex():
    return ActorExtractor()


def _texts(ex, text):
    return {m.text for m in ex.extract(text)}


def test_generic_acronyms_are_no_organisations(ex):
    text = (
        "Japan's GDP fell as LNG imports rose, the IMF said. Tests for HIV and TB start at "
        "1200 GMT, and the CEO of Acme Corp said LGBTQ staff and most PCs and ISPs were safe."
    )
    found = _texts(ex, text)
    assert not found & {"GDP", "LNG", "HIV", "TB", "GMT", "CEO", "LGBTQ", "PCs", "ISPs"}
    assert {"Japan", "IMF", "Acme Corp"} <= found  # "CEO of" is no part of the company


def test_a_name_after_a_generic_acronym_and_of_keeps_its_own_words(ex):
    found = {(m.text, m.actor) for m in ex.extract("The IPO of Zebulon Widgets Corp was delayed.")}
    assert found == {("Zebulon Widgets Corp", "Zebulon Widgets Corp")}


def test_products_are_no_actors_but_their_makers_are(ex):
    text = (
        "Microsoft's Xbox beat the PlayStation, Pfizer sold more Viagra, Toyota sold the "
        "Prius, and users of Linux and Firefox bought iPods from Apple."
    )
    found = _texts(ex, text)
    assert not found & {"Xbox", "PlayStation", "Viagra", "Prius", "Linux", "Firefox", "iPods"}
    assert {"Microsoft", "Pfizer", "Toyota", "Apple"} <= found


def test_creeds_and_isms_are_no_actors(ex):
    text = "Some Anglicans and an Islamist group denounced Thatcherism, the Church of England said."
    found = _texts(ex, text)
    assert not found & {"Anglicans", "Islamist", "Thatcherism"}
    assert "Church of England" in found


def test_a_name_with_an_ampersand_is_one_organisation(ex):
    text = (
        "Shares in Marks & Spencer fell, accountants Ernst & Young and Barnes & Noble said, "
        "and Simon & Schuster's chief agreed."
    )
    found = {(m.text, m.type) for m in ex.extract(text)}
    assert {
        ("Marks & Spencer", "organization"),
        ("Ernst & Young", "organization"),
        ("Barnes & Noble", "organization"),
        ("Simon & Schuster", "organization"),
    } <= found
    assert not {t for t, _ in found} & {"Spencer", "Ernst", "Barnes", "Simon", "Schuster"}


def test_the_first_word_of_a_company_named_in_full_is_the_company(ex):
    text = "Morgan Stanley led the issue. Morgan said demand was strong, Lehman Brothers said."
    found = {(m.text, m.actor, m.type) for m in ex.extract(text)}
    assert ("Morgan", "Morgan Stanley", "organization") in found
    # a person of the article of that name stays the person
    text = "Morgan Stanley rose. Analyst Tom Morgan said so. Morgan added more."
    found = {(m.text, m.actor, m.type) for m in ex.extract(text)}
    assert ("Morgan", "Tom Morgan", "person") in found
    # a body named after a person is no company: "Clinton" stays the person
    found = {(m.text, m.type) for m in ex.extract("The Clinton Foundation paid. Clinton said so.")}
    assert ("Clinton", "person") in found


def test_a_word_with_a_lower_case_head_is_one_word(ex):
    text = (
        "Sales of iPods rose at eBay and easyJet, Steve Jobs said, as the phpBB forum and "
        "mRNA vaccines spread. Neil deGrasse Tyson agreed."
    )
    found = {(m.text, m.type) for m in ex.extract(text)}
    assert {("eBay", "organization"), ("easyJet", "organization")} <= found
    assert not {t for t, _ in found} & {"Pods", "iPods", "Bay", "BB", "RNA", "mRNA", "deGrasse"}
    # a typo's short head leaves the name after it alone
    found = {m.text for m in ex.extract("It is the central purpose ofNew Labour, he said.")}
    assert "ofNew" not in found and ("New Labour" in found or "Labour" in found)


def test_a_given_name_and_surname_after_one_title_is_a_person(ex):
    text = (
        "Lawyer David Steel said. Senator Frank Church agreed. Scientists at Queen "
        "Elizabeth College and Morgan Bank disagreed."
    )
    found = {(m.text, m.type) for m in ex.extract(text)}
    assert {("David Steel", "person"), ("Frank Church", "person")} <= found
    assert ("Morgan Bank", "organization") in found
    assert ("Elizabeth College", "person") not in found


def test_a_listed_word_that_opens_a_company_name_is_its_short_name(ex):
    found = {
        (m.text, m.actor) for m in ex.extract("DNA Medical Inc sold shares. DNA said profits rose.")
    }
    assert ("DNA", "DNA Medical Inc") in found
    assert not ex.extract("Tests of DNA samples began, police said.")


def test_the_atlantic_is_the_ocean_unless_the_magazine_is_meant(ex):
    """The gazetteer files the magazine "The Atlantic" under "Atlantic", a place too: with a
    lower-case "the" and no press word in its sentence it is the ocean, no organisation
    ("the Atlantic partnership", "across the Atlantic"); a name going on is no magazine
    ("Atlantic Research"). "The Atlantic" or "wrote in the Atlantic magazine" stays."""
    text = (
        "Blair praised the Atlantic partnership. Ships crossed the Atlantic. Atlantic Research "
        "won a contract. He wrote in The Atlantic. She told the Atlantic magazine."
    )
    assert [(m.start, m.actor) for m in ex.extract(text) if m.actor == "The Atlantic"] == [
        (text.index("The Atlantic") + 4, "The Atlantic"),
        (text.rindex("Atlantic magazine"), "The Atlantic"),
    ]


def test_the_atlantic_opening_a_sentence_is_the_ocean_unless_it_speaks(ex):
    """A sentence's first "The" is capitalised whatever follows: "The Atlantic is an ocean"
    names no magazine (issue 12); "The Atlantic reported" and "The Atlantic published an
    essay" (a press word) do."""
    text = (
        "The Atlantic is the second largest ocean. Storms crossed it. The Atlantic reported "
        "on them. The Atlantic published an essay."
    )
    assert [m.start for m in ex.extract(text) if m.actor == "The Atlantic"] == [
        text.index("The Atlantic reported") + 4,
        text.index("The Atlantic published") + 4,
    ]
