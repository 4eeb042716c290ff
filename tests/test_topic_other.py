"""The "other" share, abstention, and the warnings a topic-model user gets through
``warnings``: seeds missing from the corpus, a topic left with no seed (marked unfit), a
path passed as text. Also the README's custom-taxonomy example's promises."""

from __future__ import annotations

import warnings

import numpy as np
import pytest

import newsanalytics as na
from newsanalytics import Taxonomy, TopicModel
from newsanalytics.topics import MIN_TOP_SHARE, rank_topics

ELECTIONS = ["Voters cast their ballots in the election.", "The election vote count went on."]
DIPLOMACY = ["The diplomat met her foreign minister at the summit.", "Summit talks by diplomats."]
OTHER = [
    "Wheat prices fell as farmers harvested a record crop.",
    "The film won praise from critics at the festival.",
    "The striker scored twice as the team won the match.",
    "Heavy rain flooded the valley and closed roads.",
]
CORPUS = (ELECTIONS + DIPLOMACY + OTHER) * 6


def test_rank_topics_abstains_below_the_evidence_level_and_keeps_second_topics_with_evidence():
    assert rank_topics({"a": 0.5, "b": 0.3, "c": 0.1}) == ["a", "b"]
    assert rank_topics({"a": 0.5, "b": 0.24}) == ["a"]  # under half the top share
    assert rank_topics({"a": 0.14, "b": 0.09}) == []  # abstention
    assert rank_topics({"a": MIN_TOP_SHARE, "b": 0.09}) == ["a"]
    assert rank_topics({"a": MIN_TOP_SHARE - 0.01, "b": 0.1}) == []
    assert rank_topics({"a": 0.25, "b": 0.13, "c": 0.09}) == ["a", "b"]  # c: under 0.1
    assert rank_topics([0.1, float("nan")], ["a", "b"]) == []
    assert rank_topics({"a": 0.3, "b": 0.25, "c": 0.22, "d": 0.21}, n=3) == ["a", "b", "c"]


def test_rank_topics_asks_further_topics_for_their_own_seed_words():
    shares = {"a": 0.5, "b": 0.3, "c": 0.26}
    assert rank_topics(shares, evidence={"a": 0, "b": 1, "c": 2}) == ["a", "c"]
    assert rank_topics(shares, evidence={"a": 0, "b": 1, "c": 2}, min_evidence=1) == ["a", "b", "c"]
    assert rank_topics(shares, evidence={"a": 0, "b": 0, "c": 0}) == ["a"]  # top needs none
    assert rank_topics([0.5, 0.3], ["a", "b"], evidence=[0, 3]) == ["a", "b"]
    with pytest.raises(ValueError):
        rank_topics([0.5, 0.3], ["a", "b"], evidence=[1])


@pytest.fixture(scope="module")
def two_topics():
    tax = Taxonomy(
        {
            "elections": ["election", "vote", "ballot"],
            "diplomacy": ["diplomat", "summit", "foreign minister"],
        }
    )
    return TopicModel(taxonomy=tax, random_state=0, min_df=1).fit(CORPUS)


def test_with_two_topics_and_other_wheat_is_not_forced_into_diplomacy(two_topics):
    shares = two_topics.score(["Wheat prices fell."], other=True).iloc[0]
    assert shares["other"] > 0.5, shares
    assert shares["diplomacy"] < 0.3, shares
    np.testing.assert_allclose(shares.sum(), 1.0, atol=1e-6)
    assert two_topics.top_topics(["Wheat prices fell."]) == [[]]
    assert two_topics.top_topics(ELECTIONS[:1]) == [["elections"]]


def test_a_second_topic_needs_two_of_its_seed_words_not_one(two_topics):
    texts = [
        "Voters cast their ballots in the election; a diplomat watched.",  # one diplomacy word
        "Election ballots counted, the diplomat said.",
    ]
    evidence = two_topics.topic_evidence(texts)
    assert evidence.columns.tolist() == ["elections", "diplomacy"]
    # "ballots" and "election" are two words; a plural counts as its seed, not as another
    assert evidence.to_numpy().tolist() == [[2, 1], [2, 1]]
    assert two_topics.topic_evidence(["election elections"]).to_numpy().tolist() == [[1, 0]]
    shares = two_topics.score(texts)
    assert shares.loc[0, "diplomacy"] >= 0.5 * shares.loc[0, "elections"]  # share enough ...
    assert two_topics.top_topics(texts[:1], min_evidence=0) == [["elections", "diplomacy"]]
    assert two_topics.top_topics(texts[:1]) == [["elections"]]  # ... but one word is no evidence
    top = two_topics.top_topics(texts)[1]
    assert set(top) == {"elections", "diplomacy"} and top[0] == shares.iloc[1].idxmax()


def test_pipeline_top_topics_follow_the_same_evidence_rule_and_survive_jsonl(two_topics, tmp_path):
    texts = [
        "Voters cast their ballots in the election; a diplomat watched.",
        "Election ballots counted, the diplomat said.",
        "Wheat prices fell.",
    ]
    result = na.analyze(texts, model=two_topics)
    records = list(result.records())
    assert [r["top_topics"] for r in records] == two_topics.top_topics(texts)
    assert records[0]["top_topics"] == ["elections"]  # diplomacy: one seed word
    ev = result.topic_evidence
    assert ev["id"].tolist() == result.topics["id"].tolist()
    assert ev[["elections", "diplomacy"]].to_numpy().tolist()[:2] == [[2, 1], [2, 1]]
    back = na.AnalysisResult.from_jsonl(result.to_jsonl(tmp_path / "out.jsonl"))
    assert [r["top_topics"] for r in back.records()] == [r["top_topics"] for r in records]
    both = na.AnalysisResult.concat([result, result])
    assert [r["top_topics"] for r in both.records()] == [r["top_topics"] for r in records] * 2


def test_default_model_names_the_seed_story_diplomacy_and_drug_policy(seed_text):
    assert set(TopicModel.default().top_topics([seed_text])[0][:2]) == {"diplomacy", "drug policy"}


def test_without_background_topics_every_share_goes_to_a_named_topic():
    tax = Taxonomy({"elections": ["election", "vote"], "diplomacy": ["diplomat", "summit"]})
    model = TopicModel(taxonomy=tax, n_other=0, random_state=0, min_df=1).fit(CORPUS)
    assert model.topic_names_ == ["elections", "diplomacy"]
    np.testing.assert_allclose(model.score(OTHER).sum(axis=1), 1.0, atol=1e-6)


def test_a_topic_with_no_seed_in_the_corpus_warns_and_is_marked_unfit(tmp_path):
    tax = Taxonomy(
        {"elections": ["election", "vote"], "drug policy": ["cartel", "narcotics", "cocaine"]}
    )
    with pytest.warns(UserWarning, match=r"no seed of topic\(s\) \['drug policy'\]"):
        model = TopicModel(taxonomy=tax, random_state=0, min_df=1).fit(CORPUS)
    assert model.unfit_topics_ == ["drug policy"]
    info = model.get_topic_info().set_index("topic")
    assert info.loc["drug policy", "n_articles"] == 0 and info.loc["drug policy", "share"] == 0
    scores = model.score(["The cartel smuggled narcotics across the border.", *ELECTIONS])
    assert (scores["drug policy"].fillna(0.0) == 0).all()
    again = TopicModel.load(model.save(tmp_path / "m"))
    assert again.unfit_topics_ == ["drug policy"]
    assert (again.score(ELECTIONS)["drug policy"] == 0).all()


def test_seeds_missing_from_the_corpus_are_named_in_a_warning():
    tax = Taxonomy(
        {"elections": ["election", "vote", "recount"], "diplomacy": ["diplomat", "summit"]}
    )
    with pytest.warns(UserWarning, match="elections: recount"):
        TopicModel(taxonomy=tax, random_state=0, min_df=1).fit(CORPUS)


def test_a_path_passed_as_text_warns(two_topics, tmp_path):
    path = tmp_path / "news.jsonl"
    path.write_text('{"text": "x"}\n', encoding="utf-8")
    with pytest.warns(UserWarning, match="looks like a path"):
        two_topics.score([str(path)])
    with pytest.warns(UserWarning, match="looks like a path"):
        two_topics.score(["data/news.jsonl"])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        two_topics.score(["Voters cast ballots in the election."])


def test_default_model_abstains_on_a_text_without_a_subject_and_keeps_its_shares():
    model = TopicModel.default()
    text = "He said it would happen next week."
    assert model.top_topics([text]) == [[]]
    shares = model.score([text], other=True).iloc[0]
    assert np.isfinite(shares).all() and shares.drop("other").max() < MIN_TOP_SHARE
    assert model.top_topics(["The cartel smuggled cocaine across the border."]) == [["drug policy"]]


def test_pipeline_top_topics_are_empty_when_the_model_abstains():
    result = na.analyze(
        [
            "He said it would happen next week.",
            "Voters cast their ballots in the presidential election.",
        ]
    )
    records = list(result.records())
    assert records[0]["top_topics"] == [] and records[0]["topics"]
    assert records[1]["top_topics"][0] == "elections"


def test_default_model_drug_policy_leaks_little_into_unrelated_news():
    model = TopicModel.default()
    unrelated = [
        "Shares of large drug makers fell after the FDA delayed approval of a new drug.",
        "Ironman winner confirms she used a banned drug.",
        "The central bank raised interest rates to fight inflation.",
        "The striker scored twice as the team won the match.",
    ]
    assert model.score(unrelated)["drug policy"].sum() < 0.3


def test_the_command_line_shows_a_plain_warning_once_and_goes_on(capsys):
    # a UserWarning inside the CLI's warning collector used to loop forever
    from newsanalytics import cli

    with cli._warnings_said_once("fit"):
        warnings.warn("a plain user warning", UserWarning, stacklevel=1)
    assert capsys.readouterr().err.count("UserWarning: a plain user warning") == 1


def test_analyze_puts_an_article_without_a_known_word_on_other_as_transform_does(two_topics):
    texts = ["Voters cast their ballots in the election.", "Qqqq zzzz xxyy."]
    result = na.analyze(texts, model=two_topics)
    row = result.topics.iloc[1]
    assert row["elections"] == 0 and row["diplomacy"] == 0 and row["other"] == 1
    with pytest.warns(UserWarning, match="no word the model knows"):
        expected = two_topics.transform(texts[1:])
    np.testing.assert_allclose(row[["elections", "diplomacy"]].to_numpy(float), expected[0, :2])
    assert "no word of the topic model's vocabulary" in result.articles.loc[1, "warning"]
    records = list(result.records())
    assert records[1]["top_topics"] == [] and records[1]["topics"]["other"] == 1
    assert records[0]["top_topics"] == ["elections"]


def test_a_topic_whose_one_seed_is_rare_is_held_to_the_documents_that_hold_it():
    """A reviewer's 4-topic taxonomy on 300 sample texts: "sports" from the seed "goal" (in
    2 of them, both political) led 24 articles that never say "goal"; a named topic whose
    words occur in too few documents drifted onto a cluster its seed never touches."""
    import re
    from pathlib import Path

    from newsanalytics.io import sample_path

    texts = list(na.ArticleCorpus(Path(sample_path())).texts())[1200:1500]
    tax = Taxonomy(
        {
            "elections": ["election", "vote", "ballot"],
            "diplomacy": ["diplomat", "summit", "foreign minister"],
            "immigration": ["immigration", "migrants", "border"],
            "sports": ["goal"],
        }
    )
    with pytest.warns(UserWarning, match=r"'sports' \(2\) occur in fewer than 10"):
        model = TopicModel(taxonomy=tax, random_state=0).fit(texts)
    assert "sports" in model.thin_topics_ and "elections" not in model.thin_topics_
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        tops = model.top_topics(texts)
    says_goal = [bool(re.search(r"\bgoals?\b", t, re.I)) for t in texts]
    led = [s for t, s in zip(tops, says_goal, strict=True) if t[:1] == ["sports"]]
    assert sum(led) == 2  # the seed's own documents
    assert len(led) - sum(led) <= 3, len(led)  # was 24


def test_gate_labels_moves_an_unsupported_topics_label_to_the_background():
    from newsanalytics.topics._seeded_lda import gate_labels

    labels = np.array([[0.6, 0.1, 0.3], [0.5, 0.5, 0.0]])
    support = np.array([[False, True], [True, True]])
    out = gate_labels(labels.copy(), support, n_named=2)
    np.testing.assert_allclose(out[0], [0.0, 0.1, 0.9])
    np.testing.assert_allclose(out[1], [0.5, 0.5, 0.0])
    no_background = gate_labels(np.array([[0.6, 0.4]]), np.array([[False, True]]), n_named=2)
    np.testing.assert_allclose(no_background, [[0.0, 1.0]])
