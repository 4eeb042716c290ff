"""Capitalised everyday words kept as actors only for their place (issue 12, audit39b): a
lone word that opens a sentence or sits in a Title Case headline, written in lower case
elsewhere or in the word lists, is no actor unless the article names it otherwise; peoples'
nouns ("an Englishman's home") and LGBTQ spellings name no actor."""

from __future__ import annotations

from newsanalytics.actors import ActorExtractor


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.actor, m.type) for m in ActorExtractor().extract(text)]


def _texts(text: str) -> set[str]:
    return {t for t, _, _ in _found(text)}


def test_a_sentence_opening_word_written_in_lower_case_elsewhere_is_no_actor():
    text = (
        "Householders who injure or even kill intruders are unlikely to be prosecuted, "
        "the Crown Prosecution Service said. The law protects householders who act."
    )
    found = _texts(text)
    assert "Householders" not in found
    assert "Crown Prosecution Service" in found


def test_a_grade_opening_a_sentence_and_written_in_lower_case_later_is_no_actor():
    text = (
        "Rubber prices were steady in Kottayam on Monday. One-X brown was traded at "
        "19.75 rupees a kg. Dealers said one-X was in short supply."
    )
    assert "One-X" not in _texts(text)


def test_a_commodity_opening_a_sentence_is_no_actor():
    text = "Rubber prices were steady in Kottayam. Latex crepe prices were unchanged."
    assert "Latex" not in _texts(text)


def test_a_peoples_noun_is_no_actor():
    text = "Charles Clarke said: I believe an Englishman's home is his castle."
    found = _texts(text)
    assert "Englishman" not in found
    assert "Charles Clarke" in found


def test_an_lgbtq_spelling_is_no_actor():
    text = "The bill passed in Vermont, where LBGTQIA rights are respected."
    assert not [t for t in _texts(text) if t.upper().startswith(("LBGT", "LGBT"))]


def test_a_name_the_article_gives_in_full_keeps_its_opening_mentions():
    # "Size" is an everyday word, but "Roni Size" names him: his later mentions stay.
    text = (
        "Drum 'n' bass star Roni Size has released a single. "
        "Size, whose album won the prize, backed the campaign. "
        "The size of the crowd grew."
    )
    found = _found(text)
    assert ("Size", "Roni Size", "person") in found


def test_a_surname_opening_a_sentence_stays_its_person():
    text = "Howard Stern was dropped. Stern will join Sirius next year, his stern critics said."
    found = _found(text)
    assert ("Stern", "Howard Stern", "person") in found


def test_a_headline_name_the_article_writes_with_a_small_prefix_stays():
    # "e-University" keeps its capital after the hyphen: a name's spelling, not a word's.
    text = "E-University 'disgraceful waste'\n\nThe e-University was scrapped last year, MPs said."
    assert "E-University" in _texts(text)
