"""Clubs of a sports story that no gazetteer knows ("Manchester United", "beat Arsenal",
"Hearts winger"): organisations, where the typer left them out or read a person."""

from __future__ import annotations

MATCH = (
    "Manchester United reduced Chelsea's Premiership lead to nine points after a derby win. "
    "Rooney put United ahead in the first half of the match and United keeper Roy Carroll "
    "saved well late on. Newcastle have fined Craig Bellamy for missing Sunday's game "
    "against Arsenal, the club said. In the season opener Hearts winger Paul Smith scored twice."
)


def test_a_name_ending_in_a_club_word_is_a_club_and_so_is_its_short_form(found_actors):
    found = found_actors(MATCH)
    assert ("Manchester United", "Manchester United", "organization") in found
    assert [(a, k) for t, a, k in found if t == "United"] == [
        ("Manchester United", "organization")
    ] * 2


def test_the_other_side_of_a_match_or_a_players_club_is_a_club(found_actors):
    found = found_actors(MATCH)
    assert ("Arsenal", "Arsenal", "organization") in found
    assert ("Hearts", "Hearts", "organization") in found
    assert ("Paul Smith", "Paul Smith", "person") in found


def test_a_player_named_alone_or_a_second_team_stays_as_it_is(found_actors):
    text = (
        "The home side called for offside against McPake, who looked to be in an offside "
        "position, but the referee ignored their claims in the league match. Bell featured "
        "in the England A side which beat France A in the championship."
    )
    found = found_actors(text)
    assert ("McPake", "McPake", "person") in found
    assert not any(t == "A" for t, _, _ in found)


def test_outside_a_sports_story_a_club_word_is_no_club(found_actors):
    text = "Shareholders United, a supporters' group, met the board on Friday in Manchester."
    assert not any(k == "organization" and t == "United" for t, _, k in found_actors(text))


def test_clubs_are_known_by_name_where_no_context_makes_them_clubs():
    # Outside a sports story nothing around them says "club": a business story, a list.
    from newsanalytics.actors import ActorExtractor

    text = (
        "Shares in Manchester United rose 4% as the Boston Red Sox and the Los Angeles "
        "Lakers were fined. The Lakers said it would appeal."
    )
    found = [(m.text, m.type, m.actor) for m in ActorExtractor().extract(text)]
    assert ("Manchester United", "organization", "Manchester United") in found
    assert ("Boston Red Sox", "organization", "Boston Red Sox") in found
    assert ("Lakers", "organization", "Los Angeles Lakers") in found
    assert not any(t == "location" for _, t, _ in found)


def test_a_lone_club_word_left_untyped_is_the_one_club_ending_so():
    from newsanalytics.actors import ActorExtractor

    text = (
        "Malcolm Glazer made an offer for Manchester United. He owns a stake in the club, "
        "and United's statement to the stock exchange said the board had noted it."
    )
    found = [(m.text, m.type, m.actor) for m in ActorExtractor().extract(text)]
    assert ("United", "organization", "Manchester United") in found


def test_a_quantifier_opening_a_sentence_is_no_short_name_of_a_club():
    from newsanalytics.actors import ActorExtractor

    text = 'The All Blacks beat Ireland.\n\n"All three players have shown form," he said.'
    found = [m.text for m in ActorExtractor().extract(text)]
    assert "All Blacks" in found and "All" not in found


def test_a_name_with_a_plural_verb_is_a_club_even_after_who(found_actors):
    # Read on fresh BBC sport: "Millwall, who lost the match 3-0, have also been fined",
    # "However, Millwall have been charged", "Boro, who are playing in Europe".
    text = (
        "Crowd trouble marred the league match. Millwall, who lost the match 3-0, have also "
        "been fined. However, Millwall have been charged by the Football Association. "
        "Boro, who are playing in Europe, beat Lazio in the cup."
    )
    found = found_actors(text)
    assert [k for t, _, k in found if t == "Millwall"] == ["organization"] * 2
    assert ("Boro", "Boro", "organization") in found


def test_a_name_listed_or_matched_with_a_club_is_a_club(found_actors):
    text = (
        "The 17-year-old Irish League midfielder was also being chased by Rangers and Fulham "
        "before the season. Third round draw: Wolves v Millwall, Arsenal v Wolverhampton. "
        "The striker scored for Celtic."
    )
    found = found_actors(text)
    assert ("Fulham", "Fulham", "organization") in found
    assert ("Millwall", "Millwall", "organization") in found


def test_a_lone_surname_of_a_well_known_person_with_a_clubs_verb_is_the_club(found_actors):
    text = (
        "Dyer scored the winner in the league match. Bolton keeper Jussi Jaaskelainen made "
        "two saves. \"Bolton are a difficult side to play,\" said the coach."
    )
    found = found_actors(text)
    assert [k for t, _, k in found if t == "Bolton"] == ["organization"] * 2


def test_a_player_listed_with_a_player_stays_a_person(found_actors):
    text = (
        "The winger was hauled down by Charlton and Tom May in the match. Smith and Jones "
        "are fit for the league game, the coach said."
    )
    found = found_actors(text)
    assert ("Charlton", "Charlton", "person") in found
    assert not any(k == "organization" for t, _, k in found if t in ("Smith", "Jones"))


def test_a_ground_after_at_is_a_place_not_a_person(found_actors):
    # Read on fresh BBC sport: "at Twickenham" (15 times), "at Highbury", "at Anfield" were
    # persons.
    text = (
        "England face Wales at Twickenham in the championship on Saturday. The sides meet "
        "again at Highbury in the league, and the coach said the ground at Twickenham will "
        "be full."
    )
    found = found_actors(text)
    assert [k for t, _, k in found if t == "Twickenham"] == ["location"] * 2
    assert not any(k == "person" for t, _, k in found if t == "Highbury")


def test_a_person_the_story_writes_so_stays_a_person_after_at(found_actors):
    text = (
        "The accolade is the latest in the list of awards that Holmes has received since the "
        "championship. One truth could gnaw away at Holmes' motivation in the final."
    )
    found = found_actors(text)
    assert all(k == "person" for t, _, k in found if t == "Holmes")
