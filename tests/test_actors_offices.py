"""A name right before a company or club office and a person's name is an organisation."""

from __future__ import annotations


def test_a_name_before_an_office_and_a_person_is_an_organisation(found_actors):
    text = (
        '"We are not seeing the market collapsing," said Nationwide economist Alex Bannister. '
        "House prices have risen 0.9% this year, Nationwide said."
    )
    found = found_actors(text)
    assert [t for t, a, k in found if a == "Nationwide"] == ["Nationwide", "Nationwide"]
    assert all(k == "organization" for t, a, k in found if a == "Nationwide")
    assert ("Alex Bannister", "Alex Bannister", "person") in found


def test_a_club_or_a_bookmaker_read_as_a_person_is_an_organisation(found_actors):
    text = (
        "Agent Gilmar Rinaldi has insisted that he has had no contact with Chelsea over the "
        "striker. And Chelsea boss Jose Mourinho had claimed that he was not interested. "
        'William Hill made the move after four people tried to bet. "This is highly unlikely '
        'to have been an inspired guess," William Hill spokesman Rupert Adams said.'
    )
    found = found_actors(text)
    assert {k for t, a, k in found if t in ("Chelsea", "William Hill")} == {"organization"}
    assert ("Jose Mourinho", "Jose Mourinho", "person") in found


def test_a_person_of_the_article_or_a_generic_office_stays_as_it_is(found_actors):
    text = (
        "Tony Blair met voters in Leeds. Blair spokesman Tom Kelly said the talks went well. "
        "Committee chairman Michael Jack said no. AC and R chairman Stephen Rose said yes."
    )
    found = found_actors(text)
    assert ("Blair", "Tony Blair", "person") in found
    assert not any(t in ("Committee", "R") for t, _, _ in found)


def test_a_club_before_a_player_or_its_manager_is_an_organisation(found_actors):
    text = (
        "Norwich have signed Charlton midfielder Graham Stuart until the end of the season. "
        "After signing for Charlton he made 164 appearances. The South side is coached by "
        "former Wallabies coach Rod Macqueen."
    )
    found = found_actors(text)
    assert [k for t, _, k in found if t == "Charlton"] == ["organization", "organization"]
    assert ("Wallabies", "Wallabies", "organization") in found


def test_a_name_after_the_kind_of_organisation_it_is_is_one(found_actors):
    text = (
        "The pirated discs beat anti-piracy measures devised by copy protection firm "
        "Macrovision. Liverpool-based games firm Lateral Visions saw a gap in the market. "
        "Meanwhile, flag carrier Air India is considering buying new aircraft."
    )
    found = found_actors(text)
    assert ("Macrovision", "Macrovision", "organization") in found
    assert ("Lateral Visions", "Lateral Visions", "organization") in found
    assert not any(t == "Air" for t, _, _ in found)


def test_no_part_of_a_longer_name_is_made_an_organisation(found_actors):
    text = (
        "Las Vegas Aces player Liz Cambage slammed Connecticut Sun coach Curt Miller. "
        "The former president's activist group Organizing for Action will be folded."
    )
    found = found_actors(text)
    assert not any(t in ("Sun", "Organizing") for t, _, _ in found)


def test_a_kind_of_organisation_before_a_name_makes_it_one(found_actors):
    text = (
        "The move comes after telecom regulator Ofcom said in November that BT must change. "
        "Ofcom is carrying out a review. Phone sales rose 26%, according to a recent report "
        "from analysts Gartner. Madrid-based Ferrovial already holds a stake in Tube Lines. "
        "Paul Myers, chief executive of Wippit, said the service was growing."
    )
    found = found_actors(text)
    for name in ("Ofcom", "Gartner", "Ferrovial", "Wippit"):
        assert {k for t, a, k in found if t == name} == {"organization"}, name
    assert ("Madrid", "Madrid", "location") in found  # "X-based": the place stays a place


def test_a_publication_or_a_company_officer_after_a_name_makes_it_one(found_actors):
    text = (
        "The singer told The Observer newspaper that the festival would go ahead. "
        "\"A hectoring grandiosity,\" wrote one reviewer in Rolling Stone magazine. "
        "Sales fell in China. The Bat spokeswoman said: \"There is nothing to add.\""
    )
    found = found_actors(text)
    for name in ("Observer", "Rolling Stone", "Bat"):
        assert {k for t, a, k in found if t == name} == {"organization"}, name


def test_a_kind_word_leaves_a_longer_name_or_a_short_thing_alone(found_actors):
    text = (
        "A poll for the News of the World newspaper suggests a lead. Useful to real people, "
        "not just PC magazine editors. Handsets sold well, according to analysts "
        "Gartner More than 167 million were sold."
    )
    found = found_actors(text)
    assert not any(t in ("World", "PC", "Gartner More") for t, _, _ in found)


def test_more_kinds_of_organisation_and_an_owner_before_a_name_make_it_one(found_actors):
    text = (
        "Output rose, the national statistics institute Istat said. Istat said it was a record. "
        "Australia's BHP Billiton will invest, while state-owned Codelco will spend $1bn. "
        "The study was done by industry training body Skillset and human rights "
        "organisation Redress."
    )
    found = found_actors(text)
    for name in ("Istat", "Codelco", "Skillset", "Redress"):
        assert {k for t, a, k in found if t == name} == {"organization"}, name


def test_a_person_s_trade_before_a_name_is_no_kind_of_organisation(found_actors):
    text = "Hip-hop producer Kanye West said property developer Donald Trump called."
    found = found_actors(text)
    assert {k for t, a, k in found if t in ("Kanye West", "Donald Trump")} == {"person"}


def test_a_plural_kind_of_organisation_before_a_name_makes_it_one(found_actors):
    text = "Members also include technology companies Dell, Samsung and Matsushita."
    found = found_actors(text)
    assert {k for t, a, k in found if t == "Dell"} == {"organization"}
