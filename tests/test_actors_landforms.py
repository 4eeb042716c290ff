"""Unknown names before a river, a dam, an area or a region are places (issue 12, audit 39:
"Waikato", "Rangitaiki" and "Xiluodu" were organisations or persons)."""

from __future__ import annotations

from newsanalytics.actors import ActorExtractor


def _types(text):
    return {(m.text, m.type) for m in ActorExtractor().extract(text)}


def test_a_name_before_a_features_word_is_a_location():
    text = (
        "The quake jolted the Bay of Plenty and Waikato areas. The dam is on the Rangitaiki "
        "river. Work continues on the sister Xiluodu dam. The Xiluodu dam is one of 30 dams."
    )
    found = _types(text)
    for name in ("Waikato", "Rangitaiki", "Xiluodu"):
        assert (name, "location") in found, name
        assert (name, "organization") not in found and (name, "person") not in found


def test_a_plural_team_name_before_region_stays_an_organisation():
    text = "The summer demise of the Celtic Warriors region left Davies without a club."
    assert ("Celtic Warriors", "organization") in _types(text)


def test_a_titled_person_keeps_the_type_where_the_name_also_names_a_feature():
    # Review 39b: the docstring kept "a person with evidence ('Mr', a title)", but a lone
    # "Mr Rangitaiki" (no given name, so not strong) became a location too.
    text = (
        "Mr Rangitaiki said the water was high. Floods hit the Rangitaiki river on Monday. "
        "Mr. Rangitaiki left."
    )
    found = [(m.start, m.type) for m in ActorExtractor().extract(text) if m.text == "Rangitaiki"]
    assert found == [(3, "person"), (54, "location"), (86, "person")]
