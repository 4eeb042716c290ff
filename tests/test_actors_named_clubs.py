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
