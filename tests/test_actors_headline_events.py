"""A Title Case headline's run "place + organisation word + everyday word" is an event, not
an organisation, and the place stays (issue 12: "Speaks At Jerusalem Embassy Opening")."""

from newsanalytics.actors import ActorExtractor


def _found(text):
    return {(m.text, m.type) for m in ActorExtractor().extract(text)}


def test_a_place_before_an_event_in_a_headline_is_the_place():
    found = _found(
        "Pastor Who Thinks Jews Are Going To Hell Speaks At Jerusalem Embassy Opening\n\n"
        "Robert Jeffress spoke at the ceremony."
    )
    assert ("Jerusalem", "location") in found
    assert not any(t.startswith("Jerusalem Embassy") for t, _ in found)
    found = _found("At Least 11 Killed, Dozens Injured In Indonesia Church Bombings\n\nBombers struck.")
    assert ("Indonesia", "location") in found
    assert not any(t.startswith("Indonesia Church") for t, _ in found)


def test_a_body_named_in_a_headline_stays():
    found = _found("Protesters Rally At Tennessee Islamic Center\n\nThe crowd was large.")
    assert ("Tennessee Islamic Center", "organization") in found
