"""Words around a name that are no part of it, and names that are no actors (issue 12)."""

from __future__ import annotations

import pytest

from newsanalytics.actors import ActorExtractor


@pytest.fixture(scope="module")
def ex():
    return ActorExtractor()


def _found(ex, text):
    return {(m.text, m.type) for m in ex.extract(text)}


def test_an_adjective_after_a_prefix_makes_no_actor(ex):
    text = (
        "The rally turned anti-Semitic on Friday, police said. Later the anti-Semitic "
        "Republicans met pro-Russian rebels and non-American critics of anti-Semitism."
    )
    texts = {t for t, _ in _found(ex, text)}
    assert not texts & {"Semitic", "Semitism", "Russian", "American"}
    assert "Republicans" in texts  # the name after the prefixed word stays


def test_a_name_after_a_prefix_stays_an_actor(ex):
    found = _found(ex, "The ex-Yukos boss joined an anti-Nato protest, the BBC said.")
    assert {"Yukos", "Nato"} <= {t for t, _ in found}


def test_a_capitalised_prefixed_word_before_a_name_is_no_part_of_it(ex):
    found = _found(ex, "Yesterday Ex-Russian Spy Sergei Skripal was ill, doctors said.")
    assert ("Sergei Skripal", "person") in found


def test_award_ceremonies_are_no_actors(ex):
    text = (
        "The Baftas has a tradition of honouring cinema. She won at the Oscars and the "
        "Grammys, and hosted the Golden Globes."
    )
    assert _found(ex, text) == set()


def test_a_masthead_word_ending_a_name_makes_a_newspaper(ex):
    text = (
        "He told the Chicago Tribune on Monday. Writing in the Boston Globe, Smith said "
        "so, and the Evening Standard agreed."
    )
    found = _found(ex, text)
    want = {
        ("Chicago Tribune", "organization"),
        ("Boston Globe", "organization"),
        ("Evening Standard", "organization"),
    }
    assert want <= found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sprinters Kostas Kenteris and Katerina Thanou were banned.", "Kostas Kenteris"),
        ("Striker Wayne Rooney scored twice, the club said.", "Wayne Rooney"),
    ],
)
def test_a_role_noun_glued_before_a_name_is_cut_off(ex, text, name):
    texts = {t for t, _ in _found(ex, text)}
    assert name in texts
    assert not any(t.endswith(name) and t != name for t in texts)


def test_people_named_by_a_plural_role_are_nobody(ex):
    found = _found(ex, "Instead of taxpayers, the group wants Congressmen to change the rules.")
    assert "Congressmen" not in {t for t, _ in found}


def test_a_surname_that_is_a_title_keeps_its_suffix(ex):
    found = _found(ex, "Later, Martin Luther King Jr spoke, and Martin Luther King III spoke.")
    assert ("Martin Luther King Jr", "person") in found
    assert ("Martin Luther King III", "person") in found


def test_a_capitalised_attribute_in_a_headline_names_its_place_only(ex):
    found = _found(ex, "Democrats Release Thousands Of Russia-Linked Facebook Ads\n\nThey did.")
    assert ("Russia", "location") in found
    assert not any("-" in t for t, _ in found)
    assert "Pearl" not in {t for t, _ in _found(ex, "Host Hits Pearl-Clutching Republicans\n\nOk.")}


def test_a_well_known_person_heading_an_attribute_is_that_person(ex):
    found = _found(ex, "The Trump-backed candidate won, under an Obama-era rule.")
    assert {("Trump", "person"), ("Obama", "person")} <= found


def test_a_plural_nationality_noun_is_no_actor(ex):
    found = _found(ex, "Britons lead Europe in online shopping, and the Iraqis agreed.")
    assert not {t for t, _ in found} & {"Britons", "Iraqis"}
    assert ("Europe", "location") in found


def test_a_given_name_before_a_known_company_makes_a_person(ex):
    text = (
        "Payments went to firms owned by former Disney director Roy Disney, the SEC said, "
        "and to Richard Hill. The Hill reported it, as did Al Fatah."
    )
    found = _found(ex, text)
    assert {("Roy Disney", "person"), ("Richard Hill", "person")} <= found
    assert ("Hill", "organization") in found  # the newspaper alone stays
    assert not any(t == "Al Fatah" and ty == "person" for t, ty in found)


def test_parliamentary_titles_in_capitals_are_no_actors(ex):
    text = (
        "MPs and MEPs will vote, Tory MEP Roger Helmer said, with the help of "
        "Margaret Moran MP. The CEO quit."
    )
    found = _found(ex, text)
    assert not {t for t, _ in found} & {"MPs", "MEPs", "MEP", "CEO", "Margaret Moran MP"}
    assert {("Roger Helmer", "person"), ("Margaret Moran", "person")} <= found


def test_a_country_inside_a_currency_is_no_location(ex):
    text = (
        "The rupee climbed to 43.3 per US dollar. Qintex signed a 22 mln U.S. Dlr loan and "
        "reported revenues of over US 4 billion dlrs, or HK$3m (US$42m). The Taiwan dollar rose."
    )
    found = _found(ex, text)
    assert not {t for t, ty in found if ty == "location"} & {"US", "U.S.", "Taiwan"}


def test_a_country_before_an_amount_or_a_noun_stays_a_location(ex):
    found = _found(ex, "England beat France 30-20. US companies and U.S. banks lent 5 mln dlrs.")
    assert {("France", "location"), ("US", "location"), ("U.S.", "location")} <= found


def test_a_regions_demonym_before_a_title_stands_for_no_state(ex):
    found = _found(ex, "Peter Mandelson, now a European Commissioner, warned the BBC on Friday.")
    assert "European" not in {t for t, _ in found}
    found = _found(ex, "Swiss Finance Minister Otto Stich said on Monday.")
    assert ("Swiss", "location") in found  # a state's demonym before a title stays


def test_a_demonym_used_as_an_adjective_is_no_location(ex):
    text = (
        "Some 29% of spending will come from German shoppers, the survey of British "
        "companies found. Japanese banks are seeking alliances."
    )
    assert not {t for t, ty in _found(ex, text) if ty == "location"}


def test_a_peers_territorial_designation_is_no_place_of_its_own():
    text = (
        "The then Lord Chancellor, Lord Irvine of Lairg, was involved. Lord Nicholls of "
        "Birkenhead, in his ruling, said the law was clear. The Lord Mayor of London spoke."
    )
    found = [(m.text, m.type) for m in ActorExtractor().extract(text)]
    assert ("Irvine", "person") in found
    assert ("Nicholls", "person") in found
    assert not any(w in ("Lairg", "Birkenhead") for w, _ in found)
    assert ("London", "location") in found


def test_a_hyphenated_pair_of_places_or_peoples_is_no_name(ex):
    text = (
        "Blair spoke in a debate on Anglo-American relations. He watched the "
        "Scotland-England fixture. The US-German carmaker praised Franco-German ties."
    )
    found = _found(ex, text)
    assert not {t for t, _ in found} & {
        "Anglo-American",
        "Scotland-England",
        "US-German",
        "Franco-German",
    }
    # its countries and nations are mentions of their own, as in "Paris-based"
    assert {("Scotland", "location"), ("England", "location"), ("US", "location")} <= found


def test_a_hyphenated_pair_that_may_be_a_name_is_left_alone(ex):
    text = (
        "A company with a plan is Anglo-American, the mining group. "
        "Georgia-Pacific Corp said profits rose. Georgia-Pacific benefitted from cuts."
    )
    texts = {t for t, _ in _found(ex, text)}
    assert {"Anglo-American", "Georgia-Pacific Corp", "Georgia-Pacific"} <= texts
