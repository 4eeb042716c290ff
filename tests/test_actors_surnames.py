"""A person's title word and surname alone (issue 12, audit 39: "Controversial DJ Howard Stern"
named no one, and "Stern" alone, an everyday word, was dropped 10 times)."""

from __future__ import annotations


def test_dj_is_a_title_not_part_of_the_name(found_actors):
    text = (
        "Controversial DJ Howard Stern has been dropped from four US radio stations. "
        "Rock DJ Huw Stephens will go on air, replacing late DJ John Peel's show."
    )
    found = found_actors(text)
    for name in ("Howard Stern", "Huw Stephens", "John Peel"):
        assert (name, name, "person") in found, name
    assert not any("DJ" in w for w, _, _ in found)


def test_a_surname_that_is_an_everyday_word_is_the_person_named_in_full(found_actors):
    text = (
        "Howard Stern has been dropped from four US radio stations. Cidatel Broadcasting "
        "said Stern had transformed his show. Citadel pulled Stern's show from stations in "
        "New York. Viacom was fined over Stern and two other DJs."
    )
    sterns = [f for f in found_actors(text) if f[0] == "Stern"]
    assert sterns == [("Stern", "Howard Stern", "person")] * 3


def test_a_surname_after_an_article_stays_no_person(found_actors):
    # "the Bill" of "the Mental Capacity Bill", not a Bill of the article's people.
    text = (
        "Bill Cash spoke against the Mental Capacity Bill on Tuesday. The Bill will then go "
        "to a third reading."
    )
    found = found_actors(text)
    assert ("Bill Cash", "Bill Cash", "person") in found
    assert not [f for f in found if f[0] == "Bill"]


def test_an_office_named_with_capitals_is_no_organisation(found_actors):
    # Issue 12 (audit 39): "The Planning Minister didn't rule out ..." was an organisation.
    text = (
        "A spokesman said the Prime Minister expected the talks to go on. The Planning "
        "Minister didn't rule out cancelling the concession. The Agriculture Minister also "
        "announced aid."
    )
    assert found_actors(text) == []


def test_a_sentence_opening_surname_that_is_an_everyday_word_is_the_person(found_actors):
    # Audit 39: "Stern will join ...", "Stern had been ..." (sentence-initial, a common word).
    text = (
        "Stern dropped from radio stations\n\nHoward Stern has been dropped. Stern will join "
        "Sirius next year. Brown's book sold well."
    )
    found = found_actors(text)
    assert found.count(("Stern", "Howard Stern", "person")) == 2
    assert not [f for f in found if f[0] == "Brown"]  # no Brown named in full here


def test_a_sentence_opening_surname_the_scanner_reads_as_a_month_is_the_person(found_actors):
    # The scanner keeps "Stern will join" (capitalised mid-sentence in "Howard Stern"), but
    # drops "May said" as a month: initial_surnames adds it back (review 39b: what actors39's
    # pass still does beside actors39b's scanner rule, with a headline's first word).
    text = (
        "Guitarist Brian May has said he expects to be on the road from April. "
        'May said: "Suddenly the band is rising again." May performed in London.'
    )
    mays = [f for f in found_actors(text) if f[0] == "May"]
    assert mays == [("May", "Brian May", "person")] * 2
