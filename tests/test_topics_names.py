"""Issue 14, audit 48: a company's name (and its initials) is no seed evidence of a topic."""

from __future__ import annotations

import copy

import numpy as np
import pytest

from newsanalytics import InputError, TopicModel
from newsanalytics.topics._scoring import NAME_TOPICS, seed_counts
from newsanalytics.topics._vectorize import company_name_words

# A share sale by a holding company whose initials and one holding's name read as health
# (made up for the test; the audit's own story is no test).
SALE = (
    "<Centre Diversified Corp> said it is considering the sale of its 30 pct holding in "
    "<CDC Medical Devices Inc> and of 200 mln dlrs of debentures.\n"
    "    CDC said a prospectus covers a planned public sale of four mln common shares which "
    "CDC sold privately to an investor in December. CDC said the units will be exchanged "
    "for CDC common shares, at 16 dlrs a CDC share. Agents for the sale are two brokers."
)
# An order for engines from a maker whose parent's name reads as technology.
ORDER = (
    "Alpair said it will buy Hartley engines to power six newly ordered long haul jets due "
    "to enter service from 1990. The engine is a newly developed one.\n"
    "    Alpair said it was placing a firm order for six of the planes, with an option for "
    "another 12. Hartley is a division of Allied Technologies Corp. The total order, "
    "including the planes, engines and parts, is worth 1.2 billion Swiss francs."
)


@pytest.fixture(scope="module")
def model():
    return TopicModel.default()


def test_company_name_words_are_its_words_and_initials():
    got = company_name_words(SALE).split("\n")
    assert got[:2] == ["Centre Diversified", "CDC Medical Devices"]
    assert got[2:] == ["CDC"] * 6  # the initials, each time the text uses them
    # an all-capitals headline is no name run; a text without a legal form names none
    assert company_name_words("CENTRE DIVERSIFIED CORP TO SELL STAKE IN NORTH ENERGY PLC") == ""
    assert company_name_words("The CDC said the outbreak is over.") == ""


def test_a_holding_companys_initials_are_no_health_story(model):
    """The seed 'cdc' (the Centers for Disease Control) was the initials of the seller,
    Centre Diversified Corp; with its holding's 'Medical' it made the sale health."""
    tops = model.top_topics([SALE])[0]
    assert tops and tops[0] != "health"
    assert model.topic_evidence([SALE]).loc[0, "health"] == 0


def test_an_engine_makers_parent_is_no_technology_story(model):
    """'Technologies' in the name of the engine maker's parent made an order technology
    (main: technology 0.29 against business 0.31; now about 0.08)."""
    tops = model.top_topics([ORDER])[0]
    shares = model.score([ORDER]).iloc[0]
    assert tops and tops[0] == "business"
    assert shares["technology"] < 0.15 < shares["business"] - shares["technology"]


def test_a_names_seeds_of_the_name_topics_stay(model):
    """A "Bank" or "Investors" in a name tells a story on markets or a company: the seeds of
    NAME_TOPICS inside a name stay seed evidence, the others go."""
    vocab = model.vectorizer_.vocabulary_
    docs = ["Moody's Investors Service Inc said it rated Redhill Energy Ltd notes."]
    x = model.vectorizer_.transform(docs)
    seen = seed_counts(model, x, docs)
    assert "business" in NAME_TOPICS
    assert seen[0, vocab["investors"]] == x[0, vocab["investors"]] > 0
    assert x[0, vocab["energy"]] > 0 and seen[0, vocab["energy"]] == 0
    # outside a name the same seed counts
    plain = ["Energy prices rose, Redhill said."]
    xp = model.vectorizer_.transform(plain)
    np.testing.assert_array_equal(seed_counts(model, xp, plain).toarray(), xp.toarray())


def test_name_topics_is_a_parameter_not_a_hidden_topic_name(model):
    """Which topics a name stays evidence for is the ``name_topics`` parameter: "auto" (the
    default model's business and economy and markets), explicit names, () for none, None
    to count names like any word; a taxonomy's topic called "business" is no hidden rule."""
    docs = ["Moody's Investors Service Inc said it rated Redhill Energy Ltd notes."]
    vocab = model.vectorizer_.vocabulary_
    x = model.vectorizer_.transform(docs)
    assert model.get_params()["name_topics"] == "auto"
    other = copy.copy(model)
    try:
        other.set_params(name_topics=())  # names count for no topic: "investors" goes too
        assert seed_counts(other, x, docs)[0, vocab["investors"]] == 0
        other.set_params(name_topics=None)  # names count as any word does
        np.testing.assert_array_equal(seed_counts(other, x, docs).toarray(), x.toarray())
        other.set_params(name_topics=["energy"])  # a topic of the taxonomy
        seen = seed_counts(other, x, docs)
        assert seen[0, vocab["energy"]] > 0 and seen[0, vocab["investors"]] == 0
        for bad in (["no such topic"], "business"):
            other.set_params(name_topics=bad)
            with pytest.raises(InputError, match="name_topics"):
                seed_counts(other, x, docs)
    finally:
        other.set_params(name_topics="auto")
    # the default model's outputs are those of "auto"
    assert seed_counts(model, x, docs)[0, vocab["investors"]] > 0


def test_a_fit_checks_name_topics_against_its_taxonomy():
    with pytest.raises(InputError, match="name_topics"):
        TopicModel(taxonomy={"trade": ["trade"]}, name_topics=["business"]).fit(["trade"] * 3)


def test_a_name_does_not_run_back_over_a_sentence_end():
    """A capitalised word that ends a sentence ("Administration.") is no word of the name the
    next sentence starts with; an abbreviation ("U.S.", "J.") still is."""
    fda = "It was approved by the Food and Drug Administration. Merck Inc said it will ship."
    assert company_name_words(fda) == "Merck"
    assert company_name_words("Talks were held in Geneva. Acme Corp said") == "Acme"
    assert company_name_words("It bought U.S. Steel Corp.") == "U.S. Steel"
    assert company_name_words("He joined John Q. Adams Ltd") == "John Q. Adams"


def test_the_sentence_before_a_name_stays_evidence(model):
    text = "The ship was sold, said the Ministry of Health. Alpex Inc said it will pay."
    assert model.topic_evidence([text]).loc[0, "health"] == 1  # "health", as without "Inc"


def test_the_share_parts_diagnostic_reads_the_seeds_the_model_reads(model, repo_module):
    """benchmarks/topic_share_parts.py's seed part is the model's seed evidence: no company
    name's words ("Technologies" of Allied Technologies Corp is no technology seed)."""
    from newsanalytics.topics._scoring import seeds_and_fold_in

    parts = repo_module("benchmarks", "topic_share_parts").parts(model, ORDER)
    seeds = seeds_and_fold_in(model, model.vectorizer_.transform([ORDER]), [ORDER])[0][0]
    np.testing.assert_allclose(parts[3], seeds)


def test_name_topics_is_saved_and_loaded(model, tmp_path):
    other = copy.copy(model)
    other.set_params(name_topics=["energy"])
    other.save(tmp_path / "m")
    back = TopicModel.load(tmp_path / "m")
    assert back.get_params()["name_topics"] == ["energy"]
    docs = ["Redhill Energy Ltd said Energy prices rose."]
    np.testing.assert_allclose(back.transform(docs), other.transform(docs))
