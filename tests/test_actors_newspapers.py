"""British newspapers named by one everyday word after "the" ("told the Sun", "according to
the Observer"): organisations where the press is spoken of beside them, nothing elsewhere."""

from __future__ import annotations


def test_a_paper_told_or_quoted_is_the_newspaper(found_actors):
    # Read on fresh BBC stories: each was found by nothing before.
    text = (
        "But Brady told The Sun the bid was a waste of fax paper. According to the Observer, "
        "3,000 jobs could go. Nick Griffin told the Independent he expected voters to switch. "
        "The Mirror had a very truncated interview. A second poll for the Independent on "
        "Sunday found that support fell. Meersseman told the Mail on Sunday."
    )
    found = found_actors(text)
    assert ("Sun", "The Sun", "organization") in found
    assert ("Observer", "The Observer", "organization") in found
    assert ("Independent", "The Independent", "organization") in found
    assert ("Mirror", "Daily Mirror", "organization") in found
    assert ("Independent on Sunday", "The Independent on Sunday", "organization") in found
    assert ("Mail on Sunday", "The Mail on Sunday", "organization") in found


def test_the_same_words_without_the_press_beside_them_are_no_paper(found_actors):
    text = (
        "He stars in Tears of the Sun. Light from the Sun, scientists said, takes eight "
        "minutes. The advert described the Star Trek franchise as a cultural icon."
    )
    assert not any(k == "organization" for _, _, k in found_actors(text))


def test_a_papers_longer_name_after_the_is_the_paper(found_actors):
    found = found_actors(
        "Woodward told the Sunday Independent. He told the Daily Telegraph and the Evening "
        "Standard newspaper that the rate was too low. He said the Standard was too low."
    )
    assert ("Sunday Independent", "Sunday Independent", "organization") in found
    assert ("Daily Telegraph", "The Telegraph", "organization") in found
    assert ("Evening Standard", "Evening Standard", "organization") in found
    assert not any(t == "Standard" for t, _, _ in found)
