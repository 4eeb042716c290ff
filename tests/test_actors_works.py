"""Names that are no actors by what the article says of them: works, products; companies named alone."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newsanalytics.actors import ActorExtractor, _works


def test_a_name_the_article_presents_as_a_film_is_no_actor():
    text = (
        "Vera Drake, Mike Leigh's tale about a 1950s abortionist, leads the Bafta race. "
        "Imelda Staunton is up for an Oscar for her role in Vera Drake. "
        "Critic Dan Jolin said Vera Drake would win."
    )
    found = {(m.text, m.type) for m in ActorExtractor().extract(text)}
    assert "Vera Drake" not in {t for t, _ in found}
    assert {("Mike Leigh", "person"), ("Imelda Staunton", "person")} <= found
    assert ("Dan Jolin", "person") in found


def test_a_person_next_to_a_work_noun_stays_a_person():
    text = (
        "The director of the film, Vinod Pande, says the movie is fine. "
        "She had a role in Mike Nichols' Closer. He often worked with Norman Jewison, "
        "starring in seven of his films."
    )
    found = {(m.text, m.type) for m in ActorExtractor().extract(text)}
    want = {("Vinod Pande", "person"), ("Mike Nichols", "person"), ("Norman Jewison", "person")}
    assert want <= found


def test_a_product_named_after_its_maker_is_no_actor():
    text = (
        "Nintendo DS aims to touch gamers\n\n"
        "Nintendo has launched the Nintendo DS in Japan. The DS is a handheld console, "
        "Nintendo said. David Yarnton of Nintendo Europe said the DS would sell well."
    )
    found = [(m.text, m.type) for m in ActorExtractor().extract(text)]
    assert not [t for t, _ in found if t.endswith("DS")]
    assert "Nintendo" in {t for t, _ in found}  # the maker stays
    assert ("David Yarnton", "person") in found


def test_a_surname_with_an_inner_capital_is_no_product():
    text = "Paul McCartney sang. Paul said McCartney would play again."
    found = [(m.text, m.type) for m in ActorExtractor().extract(text)]
    assert ("Paul McCartney", "person") in found


def test_software_and_internet_companies_named_alone_are_organisations():
    text = "Yahoo and Lycos fell, while Ask Jeeves, Symantec and Skype rose."
    found = {(m.text, m.type) for m in ActorExtractor().extract(text)}
    want = {(n, "organization") for n in ("Yahoo", "Lycos", "Ask Jeeves", "Symantec", "Skype")}
    assert want <= found


def test_a_known_maker_inside_its_products_name_is_no_mention():
    text = "Nintendo launched the DS. Games use the Nintendo DS's two screens, Nintendo said."
    found = [(m.text, m.start) for m in ActorExtractor().extract(text)]
    assert [s for t, s in found if t == "Nintendo"] == [0, text.rindex("Nintendo")]


_ARTS = (
    "At the film awards on Saturday, the actress was nominated again. Critics tipped her "
    "competitors The Aviator and Finding Neverland, while Mike Leigh's film was also in the "
    "running, against Harry Potter and the Prisoner of Azkaban."
)


def test_bare_titles_in_an_arts_story_are_no_actors():
    found = {m.text for m in ActorExtractor().extract(_ARTS)}
    assert not found & {"Aviator", "The Aviator", "Finding Neverland", "Harry Potter", "Azkaban"}
    assert "Mike Leigh" in found


def test_names_around_titles_in_an_arts_story_stay_actors():
    text = (
        "The film, starring Frank Sinatra and the Rat Pack, was nominated for an Oscar. "
        "The actress said the album was better, the Performing Right Society "
        "found. Mike Leigh was a winner at the Evening Standard film awards."
    )
    found = {m.text for m in ActorExtractor().extract(text)}
    assert {"Frank Sinatra", "Performing Right Society", "Evening Standard"} <= found


def test_a_name_inside_a_quoted_title_is_no_actor():
    text = (
        "'Fox & Friends' Host Mocks Rival\n\n"
        "The host said on Tuesday that Fox was first, and Jerry Yang called the site "
        '"Jerry\'s Guide to the World Wide Web" at first.'
    )
    mentions = ActorExtractor().extract(text)
    assert all(m.start > 20 for m in mentions if m.text == "Fox")  # not inside the quote
    assert "Fox" in {m.text for m in mentions}  # the network named outside it stays
    assert {m.text for m in mentions if m.start > text.index('"')} == set()
    assert "Jerry Yang" in {m.text for m in mentions}


def test_a_name_the_article_presents_as_a_fair_is_no_actor():
    text = (
        "Cebit, the world's largest hi-tech fair, has opened its doors in Hanover. "
        '"Music is going to be a big theme for all the vendors at Cebit," said Ben Wood, '
        "an analyst at Gartner. Cebit organisers have created a digital home."
    )
    found = [(m.text, m.type) for m in ActorExtractor().extract(text)]
    assert not any(w == "Cebit" for w, _ in found)
    assert ("Ben Wood", "person") in found


def test_an_agent_before_an_apposition_about_an_event_stays_an_actor():
    text = (
        "Hosted by Stephen Fry, the glittering ceremony will be held in London. "
        "Fry said he was delighted."
    )
    found = [(m.text, m.type) for m in ActorExtractor().extract(text)]
    assert ("Stephen Fry", "person") in found


def test_an_unknown_organisation_that_names_a_series_of_films_is_no_actor():
    text = (
        "A judge has upheld Lee's demand for 10% of Marvel's profits from the hugely "
        "successful Spider-Man films. Spider-Man and its sequel made $1.6bn at box offices "
        "worldwide. Lee created Spider-Man in 1962."
    )
    found = [(m.text, m.type) for m in ActorExtractor().extract(text)]
    assert not any(w == "Spider-Man" for w, _ in found)


def test_a_film_studio_stays_an_organisation():
    text = (
        "The Japanese studio will also be honoured. Shochiku film studios, which was founded "
        "in 1895, has made more than 1,000 films."
    )
    found = [(m.text, m.type) for m in ActorExtractor().extract(text)]
    assert ("Shochiku", "organization") in found


def test_a_name_after_a_kind_of_work_that_is_no_verb_is_no_actor():
    text = (
        "Andrea Arnold won the short film award for her gritty drama Wasp. Wasp tells the "
        "story of a single mother. They also presented gadget series Playboyz, and Emma "
        "Kirkby sang in the opera Carmen. Critic Dan Jolin said the comedy Sideways deserved it."
    )
    found = {(m.text, m.type) for m in ActorExtractor().extract(text)}
    assert not {"Wasp", "Playboyz", "Carmen", "Sideways"} & {t for t, _ in found}
    assert {("Andrea Arnold", "person"), ("Emma Kirkby", "person")} <= found
    assert ("Dan Jolin", "person") in found


def test_a_name_written_only_in_quotes_of_its_own_is_a_title():
    text = (
        "Here's The Reason King George Spits So Much In 'Hamilton'\n\n"
        "Meme-makers have been drooling over one \u201cHamilton\u201d character. The studio "
        "will buy back any companion \u201cJesus Shoes.\u201d Critic Dan Jolin said so."
    )
    found = {m.text for m in ActorExtractor().extract(text)}
    assert not {"Hamilton", "Jesus Shoes"} & found
    assert "Dan Jolin" in found


def test_a_name_also_written_bare_stays_an_actor():
    text = (
        'The "Blunkett" affair grew. David Blunkett resigned on Wednesday, and '
        "Mr Blunkett said he regretted it."
    )
    found = {(m.actor, m.type) for m in ActorExtractor().extract(text)}
    assert ("David Blunkett", "person") in found


def test_a_name_after_a_persons_possessive_in_an_arts_story_is_a_work():
    text = (
        "Despite three nominations, Mike Leigh's Vera Drake failed to take the director "
        "award. The film won no prize for actress Imelda Staunton, and the album sold. "
        "Martin Scorsese's The Aviator did well."
    )
    found = {(m.text, m.type) for m in ActorExtractor().extract(text)}
    assert not {"Vera Drake", "The Aviator"} & {t for t, _ in found}
    assert {("Mike Leigh", "person"), ("Imelda Staunton", "person")} <= found


def test_the_subject_of_a_biopic_after_a_possessive_stays_a_person():
    text = (
        "The film won awards and the actress was nominated for an album. Martin "
        "Scorsese's Howard Hughes biopic leads the field."
    )
    found = {m.text for m in ActorExtractor().extract(text)}
    assert "Howard Hughes" in found


def _plain_arts_story(text: str) -> bool:
    found = _works._ARTS_FORMS.intersection(re.findall(r"[A-Za-z][a-z-]+", text))
    return len(found) >= 3 and len({w.lower() for w in found}) >= 3


_ARTS_PIECES = [
    "film", "Film", "FILM", "films", "aFilm", "xfilm", "film-", "-film", "box-office",
    "Box-office", "boxOffice", "actor", "Actors", "actress", "FilmX", "filmX", "novel",
    "Novel", "\u00e9", "_", "3", " ", "-", ".", "Oscar", "oscars", "movieS", "Movies",
    "singer", "x-film", "CEOs", "A", "b",
]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_ARTS_PIECES), max_size=12).map("".join))
def test_the_arts_gate_keeps_every_arts_story(text):
    # _may_be_arts reads whole runs of letters: false only where _WORD_RE's words give no
    # arts story either (each arts word has a first run of its own).
    assert len(_works._ARTS_FIRST_RUNS) == len(_works.ARTS_WORDS)
    assert _works._arts_story(text) == _plain_arts_story(text)
    if _plain_arts_story(text):
        assert _works._may_be_arts(text)


def test_an_arts_word_glued_to_a_capital_still_counts():
    # "aFilm": _WORD_RE's word is "Film", no run of letters of its own; the gate lets it by.
    text = "aFilm about an actor, a novel"
    assert _works._may_be_arts(text) and _works._arts_story(text)
    assert not _works._may_be_arts("the film about an actor")
