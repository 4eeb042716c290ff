"""Audit 42, second actor pass (stop 42c): a fresh reader audit's actor errors, each as its
general cause."""

from __future__ import annotations


# -- 1. two people of one surname --------------------------------------------------------
def test_a_shared_surname_goes_to_the_person_its_title_and_place_fit(found_actors):
    found = found_actors(
        "Sir Ian Blair said the threat was real. Sir Ian spoke to the authority.\n\n"
        "The comments come after Tony Blair defended his plans. Later Mr Blair insisted "
        "the plans were needed, and Sir Ian agreed."
    )
    assert found.by_text("Blair") == [("Tony Blair", "person")]
    assert set(found.by_text("Ian")) == {("Ian Blair", "person")}


def test_a_shared_surname_with_no_title_to_tell_keeps_one_person(found_actors):
    found = found_actors(
        "Sir Ian Blair said the threat was real. Tony Blair defended his plans. "
        "Blair said the plans were needed."
    )
    assert len(set(found.by_text("Blair"))) == 1


# -- 3. an Arabic surname without its article ----------------------------------------------
def test_a_surname_without_its_arabic_article_is_the_same_person(found_actors):
    found = found_actors(
        "Commerce Minister Suleiman Abdulaziz al-Salim said the outlook was better. "
        "Salim told a conference the government would spend more. "
        "Egypt's Mohamed el-Baradei arrived. Baradei said little."
    )
    assert found.by_text("Salim") == [("Suleiman Abdulaziz al-Salim", "person")]
    assert found.by_text("Baradei") == [("Mohamed el-Baradei", "person")]


# -- 7 and 4. a report's or a product's name -----------------------------------------------
def test_a_report_named_after_someone_is_no_actor(found_actors):
    found = found_actors(
        "Under the plans, unveiled in the Gershon report, jobs will go. "
        "We are determined to go on with the Gershon reforms, the minister said."
    )
    assert "Gershon" not in found.actors()


def test_a_report_named_after_a_person_of_the_story_stays_that_person(found_actors):
    found = found_actors("Sir Peter Gershon wrote it. The Gershon report is out. Gershon said so.")
    assert set(found.by_text("Gershon")) == {("Peter Gershon", "person")}


def test_car_models_before_their_kind_are_no_actors(found_actors):
    found = found_actors(
        "Chevrolet, which is launching a campaign for its new Corsica and Beretta compact "
        "cars, was up 21 pct. Sales of the Zorvan model fell."
    )
    assert {"Corsica", "Beretta", "Zorvan"}.isdisjoint(found.actors())
    assert "Chevrolet" in found.actors("organization")


# -- 2. "the state of X's finances" is no place -----------------------------------------------
def test_the_state_of_a_firms_finances_makes_it_no_place(found_actors):
    found = found_actors(
        "Zembrolat was declared insolvent. Banks knew the true state of Zembrolat's finances "
        "but continued to lend money. Zembrolat is now run by an administrator."
    )
    assert "location" not in {t for _, t in found.by_text("Zembrolat")}


# -- 4. a company's division ---------------------------------------------------------------
def test_a_companys_division_is_an_organisation(found_actors):
    found = found_actors(
        "GM's Buick division was also up, by 11.4 pct. Sales at the Pontiac division of "
        "General Motors fell, and its Zarvex unit was sold."
    )
    assert ("Buick", "organization") in found.by_text("Buick")
    assert found.by_text("Pontiac") == [("Pontiac", "organization")]
    assert found.by_text("Zarvex") == [("Zarvex", "organization")]


# -- 5. a body's communique ----------------------------------------------------------------
def test_a_bodys_communique_is_the_body_not_a_new_organisation(found_actors):
    found = found_actors(
        "Ruding said the Zorbic Finance Committee Communique would support the plan."
    )
    assert not any(a.endswith("Communique") for a in found.actors())
    assert found.by_text("Zorbic Finance Committee") == [
        ("Zorbic Finance Committee", "organization")
    ]


# -- 6. a wire headline's company ------------------------------------------------------------
def test_a_headline_company_before_its_ticker_is_an_actor_when_the_body_has_none(found_actors):
    found = found_actors(
        "ZORBAX PACESETTER AND SONS INC <ZPS> 4TH QTR NET\n\n"
        "Oper shr profit 92 cts vs loss six cts\n    Revs 22.8 mln vs 28.7 mln"
    )
    assert ("Zorbax Pacesetter and Sons Inc", "organization") in {(a, t) for _, a, t in found}


def test_a_headline_company_the_body_names_is_no_second_actor(found_actors):
    found = found_actors(
        "ZORBAX PACESETTER <ZPS> SETS PAYOUT\n\n"
        "Zorbax Pacesetter Inc said its board raised the quarterly dividend."
    )
    assert [a for _, a, t in found if t == "organization"] == ["Zorbax Pacesetter Inc"]
    # words before a ticker that is not theirs are no name
    assert not found_actors("LAROCHE STARTS BID FOR NECO <NECO>\n\nShr 5 cts vs 3 cts")
