"""A named storm is no actor wherever its name stands: inside a sentence the storm's word
and its name are one candidate ("said Hurricane Dorian would"), read whole."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, name",
    [
        ("Officials said Hurricane Dorian would hit Florida. Dorian killed five.", "Dorian"),
        ("Officials said Typhoon Hagibis would hit Tokyo on Monday.", "Hagibis"),
        ("Forecasters said Tropical Storm Florence would reach North Carolina.", "Florence"),
        ("Forecasters said Winter Storm Jonas would bring snow to New York.", "Jonas"),
    ],
)
def test_a_storm_named_inside_a_sentence_is_no_actor(found_actors, text, name):
    found = found_actors(text)
    assert not [m for m in found if name in m[0] or name in (m[1] or "")], found
    assert found.actors("location"), found  # the places it hits stay


def test_a_person_whose_name_opens_with_storm_stays(found_actors):
    found = found_actors("Tropical Storm Florence weakened. Mr Storm Thorgerson drew it.")
    assert "Storm Thorgerson" in found.actors("person"), found
