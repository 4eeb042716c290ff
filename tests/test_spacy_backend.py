"""The spaCy backend keeps the entities our gazetteers do not know (issue 12).

Before, ``backend="spacy"`` dropped every organisation and place it did not already list
(and every known city); they now keep spaCy's label mapped to our types and go through the
same alias resolution and junk filter as the rule-based backend.
"""

from __future__ import annotations

import pytest

from newsanalytics.actors import ActorExtractor

spacy = pytest.importorskip("spacy")

TEXT = (
    "Zebulon Widgets Corp said on Monday that its plant in Kenosha will close. "
    "Zebulon Widgets blamed costs in Glasgow and Lake Wobegon. Reuters reported that "
    "Maria Delgado of Quarkbank spoke in Boston. Democrats and Muslims objected."
)


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(
        [
            {"label": "ORG", "pattern": "Zebulon Widgets Corp"},
            {"label": "ORG", "pattern": "Zebulon Widgets"},
            {"label": "ORG", "pattern": "Quarkbank"},
            {"label": "ORG", "pattern": "Reuters"},
            {"label": "GPE", "pattern": "Kenosha"},
            {"label": "GPE", "pattern": "Glasgow"},
            {"label": "GPE", "pattern": "Boston"},
            {"label": "LOC", "pattern": "Lake Wobegon"},
            {"label": "PERSON", "pattern": "Maria Delgado"},
            {"label": "DATE", "pattern": "Monday"},
            {"label": "NORP", "pattern": "Democrats"},
            {"label": "NORP", "pattern": "Muslims"},
        ]
    )
    return nlp


def test_unknown_organisations_and_cities_survive(nlp):
    ms = ActorExtractor(backend="spacy", nlp=nlp).extract(TEXT)
    got = {(m.actor, m.type, m.country) for m in ms}
    assert got == {
        ("Zebulon Widgets Corp", "organization", None),
        ("Quarkbank", "organization", None),
        ("Kenosha", "location", "United States"),
        ("Glasgow", "location", "United Kingdom"),
        ("Boston", "location", "United States"),
        ("Lake Wobegon", "location", None),
        ("Maria Delgado", "person", None),
        ("Democratic Party", "organization", None),  # a group we know; "Muslims" is none
        ("Reuters", "organization", None),  # an agency in running text ("Reuters reported")
    }
    # The short form resolves to the company, as with the rule-based backend.
    short = [m for m in ms if m.text == "Zebulon Widgets"]
    assert [m.actor for m in short] == ["Zebulon Widgets Corp"]
    for m in ms:
        assert TEXT[m.start : m.end] == m.text


def test_the_spacy_backend_drops_a_wire_credit_only(nlp):
    text = "BOSTON (Reuters) - Quarkbank spoke, Reuters reported.\n-- Reuters"
    ms = ActorExtractor(backend="spacy", nlp=nlp).extract(text)
    assert [m.start for m in ms if m.text == "Reuters"] == [text.index("Reuters reported")]


def test_aliases_and_places_apply_to_the_spacy_backend(nlp):
    ex = ActorExtractor(
        backend="spacy", nlp=nlp, aliases={"Zebulon": ["Zebulon Widgets Corp"]}, places="country"
    )
    got = {(m.actor, m.type) for m in ex.extract(TEXT)}
    assert ("Zebulon", "organization") in got
    assert ("United States", "location") in got and ("Kenosha", "location") not in got


def test_the_spacy_backend_without_a_pipeline_is_refused_up_front():
    """Found at the first article, the missing nlp= turned every record into an error row."""
    from newsanalytics import InputError, analyze

    with pytest.raises(InputError, match="needs nlp="):
        analyze(["Merkel in Paris.", "Kerry in Lyon."], extractor=ActorExtractor(backend="spacy"))


def _ruler(patterns):
    nlp = spacy.blank("en")
    nlp.add_pipe("entity_ruler").add_patterns(patterns)
    return nlp


def test_marks_at_either_end_of_a_spacy_entity_are_dropped():
    """en_core_web_sm took the quote of "'crazy'" into "Dennis Rodman '"."""
    nlp = _ruler(
        [
            {"label": "PERSON", "pattern": "Dennis Rodman '"},
            {"label": "ORG", "pattern": "\" Quarkbank ,"},
        ]
    )
    text = "Donald Trump called Dennis Rodman 'crazy' and \" Quarkbank , too."
    ms = ActorExtractor(backend="spacy", nlp=nlp).extract(text)
    got = {(m.actor, m.type, m.text) for m in ms}
    assert ("Dennis Rodman", "person", "Dennis Rodman") in got
    assert ("Quarkbank", "organization", "Quarkbank") in got
    for m in ms:
        assert text[m.start : m.end] == m.text


def _labelled(text, labels):
    """A spaCy Doc of ``text`` whose entities are the (word, label) pairs given, in order,
    each at the next occurrence of its word."""
    doc = spacy.blank("en").make_doc(text)
    ents, pos = [], 0
    for words, label in labels:
        start = text.index(words, pos)
        pos = start + len(words)
        ents.append(doc.char_span(start, pos, label=label))
    doc.ents = ents
    return doc


def test_a_surname_spacy_labels_org_or_gpe_is_the_person_of_the_article():
    """en_core_web_sm labels the second "Trump" ORG and a "Putin" GPE: a single word no
    gazetteer knows that is the surname of a person of the article is that person, as
    with the rules backend; a later "Trump" spaCy calls a PERSON stays the person too."""
    text = (
        "President Donald Trump spoke. Trump said the wall matters. Trump added more. "
        "Zebediah Quarlesworth met him. Quarlesworth's plan and Quarkbank's were discussed."
    )
    sdoc = _labelled(
        text,
        [
            ("Donald Trump", "PERSON"),
            ("Trump", "ORG"),
            ("Trump", "PERSON"),
            ("Zebediah Quarlesworth", "PERSON"),
            ("Quarlesworth", "GPE"),
            ("Quarkbank", "ORG"),
        ],
    )
    ms = ActorExtractor(backend="spacy").extract(sdoc)
    got = [(m.actor, m.type, m.text) for m in ms]
    assert got == [
        ("Donald Trump", "person", "Donald Trump"),
        ("Donald Trump", "person", "Trump"),
        ("Donald Trump", "person", "Trump"),
        ("Zebediah Quarlesworth", "person", "Zebediah Quarlesworth"),
        ("Zebediah Quarlesworth", "person", "Quarlesworth"),
        ("Quarkbank", "organization", "Quarkbank"),
    ]
