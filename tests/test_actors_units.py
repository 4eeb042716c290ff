"""A known organisation's station or regional arm is one longer name."""

from __future__ import annotations

from newsanalytics.actors import ActorExtractor


def _found(text):
    return [(m.text, m.actor, m.type) for m in ActorExtractor().extract(text)]


def test_a_station_number_belongs_to_the_broadcaster():
    text = (
        "He told BBC Radio 4's Today programme he would stand. "
        'Later he said on BBC News 24: "I tried."'
    )
    found = _found(text)
    assert ("BBC Radio 4", "BBC Radio 4", "organization") in found
    assert ("BBC News 24", "BBC News 24", "organization") in found


def test_a_product_number_stays_out_and_a_time_is_no_station():
    found = _found("Nintendo 64 classics sold well. BBC News 10:30 bulletin ran long.")
    assert ("Nintendo", "Nintendo", "organization") in found
    assert not any(t.endswith(("64", "10")) for t, _, _ in found)


def test_a_regional_arm_is_one_organisation():
    text = (
        "Nintendo said sales were strong. David Yarnton, Nintendo Europe's general manager, "
        "said so. The notes were sold by Salomon Brothers Asia Ltd."
    )
    found = _found(text)
    assert ("Nintendo Europe", "Nintendo Europe", "organization") in found
    assert ("Salomon Brothers Asia Ltd", "Salomon Brothers Asia Ltd", "organization") in found
    assert not any(a in ("Europe", "Asia") for _, a, _ in found)
