"""A lone short form of an organisation the article names in full is that organisation."""

from __future__ import annotations

from newsanalytics.actors import ActorExtractor


def _found(text):
    return [(m.text, m.start, m.actor, m.type) for m in ActorExtractor().extract(text)]


def test_a_lone_everyday_word_opening_a_company_named_in_full_is_the_company():
    text = (
        "Sun Microsystems has launched a pay-per-use grid. Storage runs on systems "
        "maintained by Sun. Sun likened grid computing to electricity, said Jonathan Schwartz."
    )
    found = _found(text)
    suns = [(s, a, t) for w, s, a, t in found if w == "Sun"]
    assert suns == [
        (text.index("by Sun") + 3, "Sun Microsystems", "organization"),
        (text.index("Sun likened"), "Sun Microsystems", "organization"),
    ]


def test_an_airline_named_alone_after_its_full_name():
    text = (
        "United Airlines Investigating Source Of Leaks\n\n"
        "The union leader urged United to drop the probe."
    )
    assert ("United", text.index("United to"), "United Airlines", "organization") in _found(text)


def test_a_body_s_first_word_alone_is_not_the_body():
    text = (
        "The House intelligence and judiciary committees meet Wednesday, and House "
        "Judiciary Committee Chairman Jerry Nadler said he expects questions."
    )
    found = _found(text)
    assert not any(w == "House" and a == "House Judiciary Committee" for w, _, a, _ in found)


def test_a_region_named_alone_where_the_company_is_meant_is_the_company():
    text = (
        "The chip, developed by Texas Instruments, could cut prices. Texas, which makes "
        "chips for phones, expects sales to grow, said Doug Rasor, a vice president at Texas."
    )
    texas = [(a, t) for w, _, a, t in _found(text) if w == "Texas"]
    assert texas == [("Texas Instruments", "organization")] * 2


def test_a_region_the_article_also_names_as_a_place_stays_the_place():
    text = (
        "The chip, developed by Texas Instruments, could cut prices. Texas, which makes "
        "chips for phones, has a plant in Texas, said Doug Rasor."
    )
    texas = [(a, t) for w, _, a, t in _found(text) if w == "Texas"]
    assert ("Texas Instruments", "organization") not in texas
    assert ("Texas", "location") in texas


def test_a_short_form_opening_the_line_after_the_full_name_is_the_company():
    # The name ending the line before is not a name the short form is part of.
    text = "Sun Microsystems\nSun said it would cut jobs."
    assert ("Sun", text.index("Sun said"), "Sun Microsystems", "organization") in _found(text)


def test_many_short_forms_in_one_article_each_find_their_own_company():
    # One pass over the text finds all the short forms at once: each lone everyday word is
    # its own company, none another's ("Sun", "Gap", "Target", "Delta", "Pilot").
    words = ["Sun", "Gap", "Target", "Delta", "Pilot"]
    text = " ".join(f"{w} Holdings Inc said profit rose. Analysts said {w} gained." for w in words)
    lone = {(w, s, a) for w, s, a, _ in _found(text) if w in words}
    assert lone == {(w, text.index(f"said {w} gained") + 5, f"{w} Holdings Inc") for w in words}


def test_the_house_in_american_political_news_is_the_house_of_representatives():
    text = (
        "House Democrats Plan A Vote\n\n"
        "The House voted on Tuesday, and House Republicans said the Senate would follow. "
        "The White House and the cast of Full House met in the House of Commons."
    )
    ex = ActorExtractor()
    houses = [m for m in ex.extract(text) if m.text == "House"]
    assert [m.start for m in houses] == [0, 33, 61]
    assert {m.actor for m in houses} == {"United States House of Representatives"}


def test_the_house_is_no_actor_outside_american_politics():
    text = "MPs told the House that the plan was ready, the minister said."
    assert "House" not in {m.text for m in ActorExtractor().extract(text)}


def test_a_short_name_drops_the_descriptors_before_the_legal_form():
    # "International" is neither a legal form nor an organisation word: it goes with "Corp".
    text = (
        "Clark Copy International Corp said it acquired a majority interest in a German "
        "maker. Clark Copy said worldwide sales were 10 mln dlrs."
    )
    found = _found(text)
    assert (
        "Clark Copy",
        text.index("Clark Copy said"),
        "Clark Copy International Corp",
        "organization",
    ) in found


def test_a_short_name_in_everyday_words_is_the_company_named_in_full():
    text = (
        "Dairy Farm International Holdings Ltd obtained a loan to finance its offer. "
        "Keswick said Dairy Farm wanted to obtain at least 15 pct of the retailer."
    )
    found = _found(text)
    assert (
        "Dairy Farm",
        text.index("Dairy Farm wanted"),
        "Dairy Farm International Holdings Ltd",
        "organization",
    ) in found


def test_a_short_name_of_several_words_keeps_its_distinctive_words():
    text = (
        "Computer Terminal Systems Inc said it sold shares to Sedio. In addition, Computer Terminal "
        "said Sedio also has the right to buy more."
    )
    found = _found(text)
    assert (
        "Computer Terminal",
        text.index("Computer Terminal said"),
        "Computer Terminal Systems Inc",
        "organization",
    ) in found


def test_a_descriptor_without_a_legal_form_makes_no_short_name():
    # No legal form closes "Holiday Travel": its first word alone is no alias of it.
    text = "Holiday Travel International opened an office. Holiday bookings rose in May."
    found = _found(text)
    assert not any(w == "Holiday" for w, _, _, _ in found)


def test_a_company_named_with_its_legal_form_is_its_name_without_it_elsewhere():
    # The runs read "Texas" as the state, "Cable" alone, "American Dynamics" as nothing.
    text = (
        "Texas Air Corp said it settled. In February, Texas Air acquired the minority "
        "interest. Cable and Wireless Plc said Cable and Wireless would bid. American "
        "Dynamics Corp agreed. American Dynamics said the sale would close."
    )
    found = _found(text)
    assert ("Texas Air", text.index("Texas Air acq"), "Texas Air Corp", "organization") in found
    assert (
        "Cable and Wireless",
        text.index("Cable and Wireless would"),
        "Cable and Wireless Plc",
        "organization",
    ) in found
    assert (
        "American Dynamics",
        text.index("American Dynamics said"),
        "American Dynamics Corp",
        "organization",
    ) in found
    assert not any(w in ("Texas", "Cable") for w, _, _, _ in found)


def test_a_company_short_name_that_is_a_known_place_or_inside_a_longer_name_is_not_it():
    text = (
        "Hong Kong Land Co said it would sell. Hong Kong prices rose. New England Corp "
        "said Bank of New England would merge."
    )
    found = _found(text)
    assert ("Hong Kong", text.index("Hong Kong prices"), "Hong Kong", "location") in found
    assert not any(
        s == text.index("New England would") and a == "New England Corp" for _, s, a, _ in found
    )


def test_the_house_in_an_impeachment_story_is_the_house_of_representatives():
    text = (
        "Pelosi Opens Impeachment Debate\n\nThe House speaker called him a threat. The House "
        "is preparing to hear from nine witnesses in the impeachment investigation."
    )
    houses = [(a, t) for w, _, a, t in _found(text) if w == "House"]
    assert houses == [("United States House of Representatives", "organization")] * 2


def test_the_treasury_is_the_treasury_of_the_country_the_article_speaks_of():
    us = (
        "The U.S. budget deficit widened to 20 billion dlrs, the Treasury said. The Treasury "
        "bill rate rose."
    )
    uk = "Chancellor Gordon Brown said the Treasury was ready for the Budget, MPs heard."
    assert [(a, t) for w, _, a, t in _found(us) if w == "Treasury"] == [
        ("United States Department of the Treasury", "organization")
    ]  # not the "Treasury bill rate"
    assert [(a, t) for w, _, a, t in _found(uk) if w == "Treasury"] == [
        ("HM Treasury", "organization")
    ]


def test_the_commons_and_the_house_of_lords_are_the_chambers():
    text = "The bill goes to the House of Lords after MPs in the Commons voted for it."
    found = {(w, a, t) for w, _, a, t in _found(text)}
    assert ("House of Lords", "House of Lords", "organization") in found
    assert ("Commons", "House of Commons", "organization") in found


def test_the_commons_as_a_modifier_is_the_house_of_commons():
    # Issue 12 (audit 38): "during a Commons debate" named no House of Commons.
    text = (
        "Norman Baker raised it during a Commons debate. The plans face further Commons "
        "scrutiny before next week's Commons vote. Creative Commons licences were used and "
        "Betty Boothroyd was Commons Speaker."
    )
    found = [(w, s, a, t) for w, s, a, t in _found(text) if "Commons" in w]
    assert found == [
        ("Commons", text.index("Commons debate"), "House of Commons", "organization"),
        ("Commons", text.index("Commons scrutiny"), "House of Commons", "organization"),
        ("Commons", text.index("Commons vote"), "House of Commons", "organization"),
    ]


def test_a_famous_surname_opening_a_company_named_here_is_the_company():
    # "Harris" alone is Kamala Harris's short form; here it is the investment firm's.
    text = (
        "Harris Associates L.P., a Chicago investment advisory limited partnership, said it "
        "cut its stake in Bell Industries. Harris said it sold 68,000 Bell common shares."
    )
    found = _found(text)
    assert ("Harris", text.index("Harris said"), "Harris Associates L.P.", "organization") in found
    assert not any(a == "Kamala Harris" for _, _, a, _ in found)



def test_a_firm_written_with_and_for_its_ampersand_is_read_whole():
    # Issue 12: the gazetteer's "&" names are also found written with "and".
    ex = ActorExtractor()
    cases = {
        "Industrial and Commercial Bank of China said on Monday it would raise capital.": (
            "Industrial and Commercial Bank of China"
        ),
        "Standard and Poor's Corp said it downgraded the debt of the company.": (
            "Standard and Poor's Corp"
        ),
        "Accounts were audited by Ernst and Young's London office.": "Ernst and Young",
        "Marks and Spencer said sales fell.": "Marks and Spencer",
    }
    for text, name in cases.items():
        found = {(m.text, m.type) for m in ex.extract(text)}
        assert (name, "organization") in found, (text, found)
        assert not any(t == "person" for _, t in found), (text, found)


def test_a_known_name_ending_in_its_legal_form_takes_no_next_firm():
    text = "The issue is rated A by Standard and Poor's Corp. Stephens Inc co-managed the deal."
    found = {(m.text, m.type) for m in ActorExtractor().extract(text)}
    assert ("Standard and Poor's Corp", "organization") in found, found
    assert ("Stephens Inc", "organization") in found, found


def test_each_nations_fa_is_its_own_organisation():
    # Issue 12 (audit 38): "the Northern Irish FA" and "The English FA" were one actor "FA".
    text = (
        "The idea was proposed by the chief executive of the Northern Irish FA. The English "
        "FA has expressed doubt. He was approached by the Scottish FA."
    )
    orgs = [(w, a) for w, _, a, t in _found(text) if t == "organization"]
    assert orgs == [
        ("Northern Irish FA", "Northern Irish FA"),
        ("English FA", "Football Association"),
        ("Scottish FA", "Scottish FA"),
    ]
