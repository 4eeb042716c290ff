"""Towns that name their clubs in a sports story ("Burnley are resolute", "home to Leicester")."""

from __future__ import annotations

MATCH = (
    "Newcastle 27-27 Gloucester\n\n"
    "Jamie Noon scored one try and made another, but he could not stop Gloucester grabbing a "
    "draw. Seti Kiole was denied a late try. Newcastle had a couple of chances at the start. "
    "Henry missed the conversion but Gloucester nearly won it in the last minute of the match. "
    "The Falcons coach said fans in Gloucester would be pleased with the point."
)


def test_a_town_that_plays_in_a_sports_story_is_its_club(found_types):
    found = found_types(MATCH)
    lone = [t for w, t in found if w == "Gloucester"]
    assert lone.count("organization") >= 2


def test_the_same_town_as_a_place_stays_a_place(found_types):
    found = found_types(MATCH)
    assert ("Gloucester", "location") in found  # "fans in Gloucester"


def test_the_clubs_named_around_a_cup_tie_are_organisations(found_types):
    text = (
        'Blackburn boss Mark Hughes said: "Burnley are resolute and have individual talent." '
        "Rovers could face a quarter-final home to Leicester if they win the cup tie, after "
        "eventually disposing of Cardiff at Ewood Park in the third round of the league season."
    )
    found = found_types(text)
    for club in ("Burnley", "Leicester", "Cardiff"):
        assert (club, "organization") in found, club


def test_a_country_that_plays_stays_the_country(found_types):
    text = (
        "England beat Wales 21-6 in the Six Nations match. England coach Andy Robinson said "
        "the squad had scored the tries it needed this season, while France's sports minister "
        "watched."
    )
    found = found_types(text)
    for country in ("England", "Wales", "France"):
        assert (country, "location") in found


def test_a_town_outside_a_sports_story_stays_a_place(found_types):
    text = (
        "Leicester have been hit by the closure of the factory, the council said. "
        "Unemployment in Leicester rose to 8% last year."
    )
    assert ("Leicester", "organization") not in found_types(text)


def test_a_club_a_player_came_from_is_the_club(found_types):
    text = (
        "Leicester beat Bath 32-16 in the Premiership match. Leicester, who signed White from "
        "Bristol when the West Country side were relegated, lead the league this season. "
        "Bristol have rejected the coach's offer."
    )
    found = found_types(text)
    lone = [t for w, t in found if w == "Bristol"]
    assert lone and all(t == "organization" for t in lone)


def test_two_towns_that_play_together_are_clubs(found_types):
    text = (
        "The coach says the squad will miss the match. It is a chance to see the qualities "
        "that Leicester and England have been seeing in the fly-half this season."
    )
    found = found_types(text)
    assert ("Leicester", "organization") in found
    assert ("England", "location") in found


def test_a_towns_scorer_and_the_side_that_won_by_a_score_are_clubs(found_types):
    text = (
        "Milan Baros, who is Liverpool's leading scorer this season, scored in the Carling Cup "
        "final but could not prevent his side losing 3-2 to Chelsea after extra-time."
    )
    found = found_types(text)
    assert ("Liverpool", "organization") in found
    assert ("Chelsea", "organization") in found


def test_a_transfer_story_with_few_sport_words_still_has_its_clubs(found_types):
    text = (
        "Blackburn have rejected a third bid from Birmingham for Brett Emerton, BBC Sport has "
        "learnt. It is thought Blackburn want £6m for the midfielder before the end of the "
        "season."
    )
    found = found_types(text)
    lone = [t for w, t in found if w == "Blackburn"]
    assert lone and all(t == "organization" for t in lone)


def test_a_town_a_player_moves_to_or_plays_for_is_its_club(found_types):
    text = (
        "Toulouse's former Irish international Trevor Brennan could be one of the surprises "
        "when the squad is announced. The former Dublin milkman moved from Leinster to "
        "Toulouse in 2003 and picked up a Heineken Cup winner's medal in his first season."
    )
    found = found_types(text)
    assert [t for w, t in found if w == "Toulouse"] == ["organization", "organization"]


def test_a_town_a_player_played_for_or_had_a_spell_at_is_its_club(found_types):
    text = (
        "Legendary coach dies\n\nHe led the national side at the World Cup final. Michels "
        "played for Ajax and coached the side to four titles. He also enjoyed spells at "
        "Barcelona, who he took to a league title, and the Hearts fans loved him."
    )
    found = dict(found_types(text))
    assert found.get("Ajax") == "organization"
    assert found.get("Barcelona") == "organization"
    assert found.get("Hearts") == "organization"
