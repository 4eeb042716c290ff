"""Span boundaries: a name is read whole, neither cut nor glued to its neighbours."""

from __future__ import annotations

from newsanalytics.actors import ActorExtractor


def _found(text: str) -> set[tuple[str, str]]:
    return {(m.text, m.type) for m in ActorExtractor().extract(text)}


def test_a_known_person_whose_given_name_is_a_common_word_is_read_whole():
    # A headline's (or a sentence's) first common word is no name, but "Stormy", "Hope",
    # "Hunter" open a well-known person's full name.
    heads = (
        "Giuliani: Despite Stormy Daniels Fumble, Trump Still 'Loves Me'\n\nHe spoke.",
        "Stormy Daniels Sues Trump Over Hush Deal\n\nShe spoke.",
        "Stormy Daniels sued the president on Monday.",
    )
    for text in heads:
        found = _found(text)
        assert ("Stormy Daniels", "person") in found, text
        assert ("Daniels", "person") not in found, text
    assert ("Hope Hicks", "person") in _found("Hope Hicks Quits White House\n\nShe left.")
    assert ("Hunter Biden", "person") in _found("Hunter Biden testified on Monday.")


def test_a_common_headline_word_before_an_unknown_surname_stays_out():
    found = _found("Brave Smith Wins Again\n\nJohn Smith won the race.")
    assert not [t for t, _ in found if t.startswith("Brave")]


def test_two_known_companies_side_by_side_name_one_organisation():
    text = (
        "Sony Ericsson has unveiled a phone. Jobs will be lost at Credit Suisse First Boston. "
        "Banks include UBS, Credit Suisse First Boston, Deutsche Bank and Citigroup."
    )
    found = [(m.text, m.type) for m in ActorExtractor().extract(text)]
    assert found.count(("Credit Suisse First Boston", "organization")) == 2
    assert ("Sony Ericsson", "organization") in found
    assert not {"Sony", "Ericsson", "Credit Suisse", "First Boston"} & {t for t, _ in found}
    assert {("UBS", "organization"), ("Deutsche Bank", "organization")} <= set(found)
    # a chamber and a party are two names ("House" is no company)
    found = _found("He met the House Republicans and the House Democrats.")
    assert {("Republicans", "organization"), ("Democrats", "organization")} <= found


def test_known_companies_listed_without_commas_stay_apart():
    text = "Facebook Twitter Pinterest Kris Kobach, vice-chair of the commission, spoke."
    found = {t for t, _ in _found(text)}
    assert {"Facebook", "Twitter", "Pinterest"} <= found


def test_a_title_case_headlines_rarer_words_are_no_names():
    # Words English writes in lower case, too rare for the common-word list, capitalised
    # only by the headline: no actor, and no part of the name beside them.
    cases = {
        "Stocks Climb Back After Steep Slide On Fed, Ukraine Jitters\n\nMarkets rose.": "Jitters",
        "Brooke Baldwin Delivers Emotional Address In Return To CNN Airwaves\n\nShe spoke.": (
            "Airwaves"
        ),
        "Trump Come Back To Haunt Him In Damning Supercut\n\nHe said so.": "Supercut",
    }
    for text, word in cases.items():
        assert not [t for t, _ in _found(text) if word in t], text
    found = _found("Accused Sexual Harasser Mark Halperin's New Book Sells Badly\n\nIt sold.")
    assert ("Mark Halperin", "person") in found
    found = _found("Fox News Lets Ex-Trump Aide Spew Fauci Conspiracy Theory\n\nIt aired.")
    assert "Fauci" in {t for t, _ in found}


def test_a_rarer_word_the_article_capitalises_again_is_a_name():
    # A results line is no headline of words: "Gardener" is Jason Gardener's surname.
    text = (
        "Jason Gardener won the 60m in Sheffield on Sunday.\n\n"
        "60m: D Chin (Belgrave Harriers), J Gardener (Wessex And Bath), M Lewis (Wales)"
    )
    assert ("J Gardener", "person") in _found(text)


def test_a_national_side_is_not_its_country():
    text = (
        "Bell excelled for England A against France A last week. Stuart, a former "
        "England Under-21 international, played. New Zealand defeated a Wales XV 12-3. "
        "England beat France in Paris."
    )
    got = [(m.text, m.start) for m in ActorExtractor().extract(text) if m.type == "location"]
    assert [t for t, _ in got].count("England") == 1  # "England beat France" only
    assert [t for t, _ in got].count("France") == 1
    assert "Wales" not in [t for t, _ in got]
    assert ("New Zealand", "location") in _found(text)


def test_a_known_bodys_word_ends_a_longer_name():
    # "Congress" alone is the US Congress; at the end of a longer name it is that name's.
    found = _found("He said the World Jewish Congress and the Trade Unions Congress objected.")
    assert ("World Jewish Congress", "organization") in found
    assert ("Trade Unions Congress", "organization") in found
    assert not {t for t, _ in found} & {"Congress", "Trade Unions"}
    found = _found("If Congress agrees, the House and Senate will vote.")
    assert {("Congress", "organization"), ("House", "organization")} <= found
    assert ("Senate", "organization") in found


def test_the_plural_of_a_company_named_in_the_article_is_its_goods():
    text = (
        "GM is building Saabs, Opels - badged as Vauxhalls in the UK - and now Cadillacs on "
        "the same frame. Saab and Opel workers protested. BMW sold more Rolls-Royces, "
        "Rolls-Royce said."
    )
    found = {t for t, _ in _found(text)}
    assert not {"Saabs", "Opels", "Rolls-Royces"} & found
    assert {"Saab", "Opel", "BMW"} <= found
    # a surname resolved to a person stays: "Mr Dams" is Tim Dams
    found = _found("Dam said so. Tim Dams spoke. Mr Dams said it was fine.")
    assert ("Dams", "person") in found


def test_a_headlines_article_is_no_part_of_a_name():
    found = _found("Labor Unions Hope For A Turnaround Under A Joe Biden Presidency\n\nIt may.")
    assert ("Joe Biden", "person") in found
    assert not [t for t, _ in found if t.startswith("A ")]
    found = _found("Proud Boy Spoke To A Trump White House Staffer Days Before\n\nHe did.")
    assert ("Trump", "person") in found


def test_a_well_known_persons_full_name_in_a_headline_is_read_whole():
    found = _found("Trump Is Reportedly Sending New Pal Kim Jong Un An Awkward Gift\n\nHe did.")
    assert ("Kim Jong Un", "person") in found
    assert ("Kim Jong", "person") not in found
    found = _found("Ketanji Brown Jackson Vows To Be Nonpartisan In Hearing\n\nShe spoke.")
    assert ("Ketanji Brown Jackson", "person") in found
    found = _found("Republican Group Torches Kevin McCarthy Over Jan. 6 In Scathing Ad\n\nIt ran.")
    assert ("Kevin McCarthy", "person") in found


def test_a_country_or_state_before_a_surname_is_a_given_name():
    text = (
        "Actress Virginia Madsen won an award, and Dakota Johnson thanked Chad Wolf. "
        "Israel Folau was sacked. Madsen smiled."
    )
    found = {(m.text, m.actor, m.type) for m in ActorExtractor().extract(text)}
    for name in ("Virginia Madsen", "Dakota Johnson", "Chad Wolf", "Israel Folau"):
        assert (name, name, "person") in found
    assert ("Madsen", "Virginia Madsen", "person") in found
    assert not {t for t, _, ty in found if ty == "location"}


def test_a_place_before_a_title_or_an_organisation_word_stays_a_place():
    text = (
        "Virginia Gov. Ralph Northam fired back. Georgia Power raised its rates, and the "
        "Israel Defense Forces said so."
    )
    found = {(m.text, m.type) for m in ActorExtractor().extract(text)}
    assert {("Virginia", "location"), ("Ralph Northam", "person")} <= found
    assert ("Israel Defense Forces", "organization") in found


def test_names_with_two_particles_or_dal_are_read_whole():
    text = (
        "Italian fly-half David dal Maso kicked well, and Ursula von der Leyen and Oscar de "
        "la Hoya watched Edwin van der Sar."
    )
    found = {(m.text, m.type) for m in ActorExtractor().extract(text)}
    for name in ("David dal Maso", "Ursula von der Leyen", "Oscar de la Hoya", "Edwin van der Sar"):
        assert (name, "person") in found


def test_a_surname_opening_with_a_capitalised_particle_is_the_full_name():
    text = (
        "Dutch coach Louis van Gaal praised Luiz Inacio da Silva. Van Gaal smiled. "
        "Da Silva smiled too."
    )
    found = {(m.text, m.actor) for m in ActorExtractor().extract(text)}
    assert ("Van Gaal", "Louis van Gaal") in found
    assert ("Da Silva", "Luiz Inacio da Silva") in found


def test_an_everyday_word_that_is_a_given_name_opens_a_persons_name():
    text = (
        "Gabby Giffords Urges Congress To Act On Guns\n\n"
        "The former congresswoman spoke, and Will Greenwood and Joy Behar agreed. "
        "Rich Templeton said so."
    )
    found = {(m.text, m.type) for m in ActorExtractor().extract(text)}
    for name in ("Gabby Giffords", "Will Greenwood", "Joy Behar", "Rich Templeton"):
        assert (name, "person") in found


def test_an_everyday_given_name_before_a_place_or_firm_word_is_no_person():
    text = (
        "The Hope Creek plant restarted. Crystal Cruises sold tickets, and Georgia "
        "Gwinnett College opened."
    )
    found = {(m.text, m.type) for m in ActorExtractor().extract(text)}
    assert not {t for t, ty in found if ty == "person"}


def test_a_rugby_position_before_a_name_is_no_part_of_it():
    text = "Hooker Robin McBryde and Flanker Colin Charvis are fit, the coach said."
    found = {(m.text, m.type) for m in ActorExtractor().extract(text)}
    assert {("Robin McBryde", "person"), ("Colin Charvis", "person")} <= found


def test_a_title_word_that_opens_a_company_name_is_kept_in_it():
    # "Singer", "General", "Bishop" are titles before a person's name, but before a legal
    # form (one or two words on) they open a company's name.
    cases = {
        "Singer Co said its flight simulator was endorsed.": "Singer Co",
        "General Host Corp said it will report a loss.": "General Host Corp",
        "Shares of Bishop Graphics Inc rose 10 pct.": "Bishop Graphics Inc",
        "Shares of Marshal Industries Inc rose.": "Marshal Industries Inc",
    }
    for text, name in cases.items():
        assert (name, "organization") in _found(text), text
    # Still titles: before a person, an airport, "for" an office.
    found = _found("General Motors Corp hired General Colin Powell on Monday.")
    assert ("Colin Powell", "person") in found
    found = _found("He landed at Imam Khomeini International Airport on Monday.")
    assert ("Khomeini International Airport", "location") in found
