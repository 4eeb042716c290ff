"""Audit 41 fixes (issue 12): shapes two readers found on fresh Reuters and BBC stories."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Three-month London interbank offered rate rose to 8.5 pct.",
        "Loans are priced over the Paris Interbank Offered Rate, bankers said.",
        "Hong Kong inter-bank rates eased on Tuesday.",
    ],
)
def test_a_place_in_an_interbank_rate_is_no_actor(found_actors, text):
    assert found_actors(text) == []


def test_a_place_beside_an_interbank_rate_is_still_a_place(found_actors):
    found = found_actors("Banks in London quoted the London interbank offered rate at 7 pct.")
    assert found == [("London", "London", "location")]


@pytest.mark.parametrize(
    "text",
    [
        "A spokesman at 10 Downing Street said the prime minister was out.",
        "Downing Street said on Monday it would not comment.",
    ],
)
def test_downing_street_is_no_mention_of_the_country(found_actors, text):
    assert all(actor != "United Kingdom" for _, actor, _ in found_actors(text))


def test_downing_street_is_an_actor_of_its_own(found_actors):
    # the Prime Minister's office speaks as "Downing Street", as the White House does
    found = found_actors("Neither Downing Street nor the Labour Party would comment.")
    assert ("Downing Street", "Downing Street", "organization") in found


@pytest.mark.parametrize(
    "text, span",
    [
        ("Merrill Lynch and Co Inc said profits rose.", "Merrill Lynch and Co Inc"),
        (
            "The issue was\nsold by Morgan Stanley and\nCo Inc, the lead manager, it said.",
            "Morgan Stanley and\nCo Inc",
        ),
        ("Sears Roebuck and Co said sales rose.", "Sears Roebuck and Co"),
    ],
)
def test_and_co_with_its_legal_forms_belongs_to_the_company(found_actors, text, span):
    found = found_actors(text)
    assert [t for t, _, kind in found if kind == "organization"] == [span]


def test_a_letter_after_a_legal_form_is_no_part_of_the_name(found_actors):
    found = found_actors("As president of Anheuser-Busch Inc I assume full responsibility.")
    assert found == [("Anheuser-Busch Inc", "Anheuser-Busch Inc", "organization")]
    found = found_actors("As chairman of Zenbar Widgets Corp I will not resign.")
    assert [t for t, _, _ in found] == ["Zenbar Widgets Corp"]


def test_and_co_needs_the_word_co_itself(found_actors):
    found = found_actors("Sears Roebuck and Co-op Bank officials met.")
    assert all(not t.startswith("Sears Roebuck and Co") for t, _, _ in found)


@pytest.mark.parametrize(
    "text, name",
    [
        ("The Scottish Rugby Union said on Monday it would appeal.", "Scottish Rugby Union"),
        ("Welsh Rugby Union chief executive David Moffett said.", "Welsh Rugby Union"),
        ("He joined the Canadian Pacific Ltd board.", "Canadian Pacific Ltd"),
        (
            "It sold a stake in the Albanian Macedonian Bulgarian Oil Corporation.",
            "Albanian Macedonian Bulgarian Oil Corporation",
        ),
    ],
)
def test_a_demonym_opening_a_bodys_name_belongs_to_it(found_actors, text, name):
    found = found_actors(text)
    assert (name, name, "organization") in found
    assert all(kind != "location" for _, _, kind in found)


def test_a_demonym_before_a_known_body_stays_apart(found_actors):
    found = found_actors("British officials met the International Monetary Fund on Monday.")
    assert ("International Monetary Fund", "organization") in {(t, k) for t, _, k in found}


@pytest.mark.parametrize(
    "text, short, full",
    [
        (
            "Shepherd told the Newcastle Evening Chronicle he was angry. Later he told the"
            " Evening Chronicle more.",
            "Evening Chronicle",
            "Newcastle Evening Chronicle",
        ),
        (
            "Shares rose on the Bombay Stock Exchange. Trade on the Stock Exchange was thin.",
            "Stock Exchange",
            "Bombay Stock Exchange",
        ),
    ],
)
def test_a_body_named_after_its_town_is_itself_without_the_town(found_actors, text, short, full):
    found = found_actors(text)
    assert (short, full, "organization") in found
    assert all(kind != "location" for _, _, kind in found)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Analysts John Smith, Peter Jones and Brown said the deal was poor.", "Brown"),
        ("Police named the men as John Smith, Peter Jones and Brown.", "Brown"),
        ("He handed starts to Paul Scholes and Ryan as well as Ronaldo.", "Ryan"),
    ],
)
def test_a_member_of_a_list_of_people_is_a_person(found_actors, text, name):
    assert (name, name, "person") in found_actors(text)


@pytest.mark.parametrize(
    "text, name, actor",
    [
        ("American twins Mike and Bob Bryan won the doubles.", "Mike", "Mike Bryan"),
        ("It was co-produced by impresarios David and Ed Mirvish.", "David", "David Mirvish"),
    ],
)
def test_a_given_name_listed_before_a_full_name_shares_its_surname(found_actors, text, name, actor):
    assert (name, actor, "person") in found_actors(text)


@pytest.mark.parametrize(
    "text, word",
    [
        ("Stars including Spike Lee and Oscar nominee Alan Alda came.", "Oscar"),
        ("Films such as Saving Private Ryan, Forrest Gump and Ghost won.", "Ghost"),
        ("Fans of Franz Ferdinand, Keane and Coldplay queued.", "Keane"),
    ],
)
def test_a_list_of_works_bands_or_modifiers_lends_no_person(found_actors, text, word):
    assert all(not (t == word and kind == "person") for t, _, kind in found_actors(text))


@pytest.mark.parametrize(
    "text",
    [
        "Staunton, who is up for an Oscar for her role, arrived late.",
        "Rod Stewart also won the first Grammy of his career.",
        "The actor, who won an Emmy for playing a detective, was arrested.",
        "Jamelia had three Brit nominations to go with her triumph.",
        "Oscar hopefuls Mike Leigh and Imelda Staunton were both there.",
        "Blanchett said: Winning a Bafta means an enormous amount to me.",
    ],
)
def test_an_award_in_an_awards_context_is_no_actor(found_actors, text):
    found = found_actors(text)
    assert all(t not in ("Oscar", "Grammy", "Emmy", "Brit", "Bafta") for t, _, _ in found)


def test_a_body_that_gives_an_award_is_an_organisation_never_a_person(found_actors):
    found = found_actors("If Bafta can't do so, what hope is there? Bafta voters will respond.")
    assert found == [("Bafta", "Bafta", "organization")] * 2


def test_an_award_word_as_a_given_name_stays_a_person(found_actors):
    found = found_actors("Oscar Wilde wrote plays. Tony Blair spoke.")
    assert [k for _, _, k in found] == ["person", "person"]


@pytest.mark.parametrize(
    "text",
    [
        "The increase brings its posted price for West Texas Intermediate to 17.00 dlrs.",
        "West Texas Sour is also now priced at 17.00 dlrs a barrel.",
        "Louisiana Sweet also was lowered 1.50 dlrs to 16.35 dlrs.",
    ],
)
def test_a_crude_oil_grade_named_after_a_place_is_no_actor(found_actors, text):
    assert found_actors(text) == []


def test_a_grade_word_as_a_surname_stays_a_persons(found_actors):
    assert found_actors("Matthew Sweet sang on Tuesday.") == [
        ("Matthew Sweet", "Matthew Sweet", "person")
    ]


def test_a_company_named_with_a_possessive_keeps_it(found_actors):
    found = found_actors("Moody's Investors Service Inc rates the issue A-2, it said.")
    assert found == [
        ("Moody's Investors Service Inc", "Moody's Investors Service Inc", "organization")
    ]


@pytest.mark.parametrize(
    "text, name",
    [
        ("Boeing's Commercial Airplane Co said it would hire.", "Commercial Airplane Co"),
        (
            "He said Britain's Imperial Chemical Industries Plc rose.",
            "Imperial Chemical Industries Plc",
        ),
        ("Shares fell before Friday's Zenbar Holdings Inc meeting.", "Zenbar Holdings Inc"),
    ],
)
def test_a_possessive_that_is_a_name_or_a_date_stays_apart(found_actors, text, name):
    assert name in [t for t, _, _ in found_actors(text)]


# A review of the audit-41 rules: where they reached too far.


@pytest.mark.parametrize(
    "text",
    ["It's Zenbar Holdings Inc that will pay.", "Today's Zenbar Holdings Inc meeting was short."],
)
def test_a_contraction_or_a_day_is_no_founders_possessive(found_actors, text):
    assert [t for t, _, kind in found_actors(text) if kind == "organization"] == [
        "Zenbar Holdings Inc"
    ]


def test_a_player_named_like_an_award_who_bested_someone_stays(found_actors):
    text = (
        "Chelsea midfielder Oscar scored twice; his second came late. Oscar bested two defenders."
    )
    assert [t for t, _, kind in found_actors(text) if kind == "person"] == ["Oscar", "Oscar"]


def test_the_body_that_gives_an_award_is_the_body_without_an_award_word(found_actors):
    body = found_actors("It was the choice of the Bafta experts who named it best film.")
    award = found_actors("She won the Bafta for best actress.")
    assert (body, award) == ([("Bafta", "Bafta", "organization")], [])


def test_a_listed_name_typed_elsewhere_in_the_article_keeps_that_type(found_actors):
    text = (
        "Shares in Elan and Biogen Idec plunged on Monday as the firms suspended sales of drug"
        " Tysabri. On the New York Stock Exchange, shares in Ireland-based Elan lost 70% while"
        " US partner Biogen Idec shed 43%."
    )
    assert {kind for t, _, kind in found_actors(text) if t == "Elan"} == {"organization"}


@pytest.mark.parametrize(
    "text",
    [
        "The Rt Rev Tom Wright, Bishop of Durham, said the book was wrong.",
        "Rt Rev Tom Wright said.",
    ],
)
def test_right_reverend_and_right_honourable_are_titles(found_actors, text):
    # audit of the final stop-41 code: "Rt" was an organisation of its own
    assert [(t, kind) for t, _, kind in found_actors(text)] == [("Tom Wright", "person")]
