"""A business named with a trade word ("Airways", "Records", "Broadcasting", "Radio") is
named by its leading word(s) alone later in the article (issue 12)."""

import pytest

from newsanalytics.actors import ActorExtractor


@pytest.fixture(scope="module")
def ex():
    return ActorExtractor()


def _found(ex, text):
    return {(m.text, m.actor, m.type) for m in ex.extract(text)}


def test_a_distinctive_leading_word_is_the_business(ex):
    text = (
        "Citadel Broadcasting said Stern had changed. Citadel pulled the show. "
        "Sirius Satellite Radio signed him. Sirius said so. Wikid Records signed him in May."
        " He left Wikid in June."
    )
    found = _found(ex, text)
    assert ("Citadel", "Citadel Broadcasting", "organization") in found
    assert ("Sirius", "Sirius Satellite Radio", "organization") in found
    assert ("Wikid", "Wikid Records", "organization") in found


def test_an_everyday_leading_word_is_the_business(ex):
    text = (
        "Jet Airways shares rose. Analysts expect Jet to raise cash. Factory Records was a "
        "label. Wilson tried to resurrect Factory - which lasted 14 years."
    )
    found = _found(ex, text)
    assert ("Jet", "Jet Airways", "organization") in found
    assert ("Factory", "Factory Records", "organization") in found
