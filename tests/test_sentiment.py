"""Specification of sentence VADER, article tone and target-dependent actor sentiment."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.metrics import f1_score

from newsanalytics.exceptions import InputError, ModelFormatError
from newsanalytics.sentiment import (
    LABELS,
    ActorSentiment,
    aggregate,
    article_tone,
    vader_scores,
)

OBAMA = "Obama praised Merkel but criticized Putin."
MERKEL = (OBAMA, 14, 20)
PUTIN = (OBAMA, 36, 41)


def _read_flat(path: Path) -> tuple[list[tuple[str, int, int]], list[int]]:
    targets, labels = [], []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            targets.append((rec["sentence"], rec["from"], rec["to"]))
            labels.append(rec["polarity"])
    return targets, labels


def _polarities(labels: list[str]) -> list[int]:
    return [LABELS.index(lab) - 1 for lab in labels]


@pytest.fixture(scope="module")
def model() -> ActorSentiment:
    return ActorSentiment()


@pytest.fixture(scope="module")
def dev_rw(data_file) -> tuple[list[tuple[str, int, int]], list[int]]:
    return _read_flat(data_file("newsmtsc/dev_rw_flat.jsonl"))


# ------------------------------------------------------------------ sentence VADER


def test_vader_scores_gives_one_score_per_sentence_in_range():
    scores = vader_scores(["What a wonderful success.", "A terrible, deadly attack.", "It rained."])
    assert scores.shape == (3,)
    assert scores[0] > 0.5 and scores[1] < -0.5 and scores[2] == 0.0


def test_vader_scores_refuses_a_bare_string():
    with pytest.raises(InputError, match="single str"):
        vader_scores("Just one sentence.")


def test_vader_reproduces_the_paper_on_nyt_editorial_snippets(data_file):
    # Hutto & Gilbert (2014), Table 4: r = 0.492 between VADER and the human mean rating.
    rows = [
        line.rstrip("\n").split("\t", 2)
        for line in data_file("vader_groundtruth/nytEditorialSnippets_GroundTruth.txt")
        .read_text(encoding="utf-8")
        .splitlines()
    ]
    human = np.array([float(r[1]) for r in rows])
    ours = vader_scores([r[2] for r in rows])
    r = np.corrcoef(ours, human)[0, 1]
    assert len(rows) == 5190
    assert 0.44 <= r <= 0.54


# ------------------------------------------------------------------ article tone


def test_article_tone_of_nothing_is_zero():
    assert article_tone([]) == 0.0
    assert article_tone([float("nan")]) == 0.0


def test_article_tone_is_the_weighted_mean_of_sentence_scores():
    assert article_tone([0.4, 0.0, -0.2]) == pytest.approx(0.2 / 3)
    assert article_tone([0.4, -0.2], weights=[3, 1]) == pytest.approx(0.25)


def test_article_tone_does_not_saturate_on_a_long_mildly_positive_article():
    sentences = []
    for i in range(100):
        sentences.append(f"The committee met for the {i + 1}th time on Tuesday.")
        sentences.append("Members said the plan was a good step.")
    whole_text = float(vader_scores([" ".join(sentences)])[0])
    tone = article_tone(vader_scores(sentences))
    assert whole_text > 0.99
    assert 0.05 < tone < 0.4


def test_article_tone_refuses_mismatched_weights():
    with pytest.raises(InputError, match="weights"):
        article_tone([0.1, 0.2], weights=[1.0])


# ------------------------------------------------------------------ aggregate


def test_aggregate_reports_mean_count_spread_and_label():
    out = aggregate([0.6, -0.2, 0.4])
    assert out["mentions"] == 3
    assert out["sentiment"] == pytest.approx(0.8 / 3)
    assert out["std"] == pytest.approx(np.std([0.6, -0.2, 0.4]))
    assert out["label"] == "positive"


def test_aggregate_labels_from_the_mean_with_the_documented_threshold():
    assert aggregate([-0.3])["label"] == "negative"
    assert aggregate([0.02, -0.01])["label"] == "neutral"
    assert aggregate([]) == {"sentiment": 0.0, "mentions": 0, "std": 0.0, "label": "neutral"}


def test_aggregate_with_probabilities_labels_by_the_mean_class_probability():
    proba = np.array([[0.35, 0.45, 0.20], [0.30, 0.40, 0.30]])
    out = aggregate(proba[:, 2] - proba[:, 0], proba=proba)
    assert out["sentiment"] == pytest.approx(-0.075)
    assert out["label"] == "neutral"


def test_with_a_label_threshold_the_label_follows_the_score_on_real_targets(model, dev_rw):
    # A user sees the score beside the label: a larger score never gets a lower label.
    targets = dev_rw[0]
    follows = ActorSentiment(label_threshold=0.5)
    scores = follows.score(targets)
    labels = np.array([LABELS.index(lab) for lab in follows.predict(targets)])
    cut = follows.label_threshold
    np.testing.assert_array_equal(labels, np.where(scores >= cut, 2, np.where(scores <= -cut, 0, 1)))
    order = np.argsort(scores, kind="stable")
    assert (np.diff(labels[order]) >= 0).all()
    assert len(set(labels.tolist())) == 3  # the cut-off lets all three labels through
    # label_threshold=None: the argmax of the probabilities.
    argmax = ActorSentiment(label_threshold=None)
    proba = argmax.predict_proba(targets)
    labels = np.array([LABELS.index(lab) for lab in argmax.predict(targets)])
    np.testing.assert_array_equal(labels, proba.argmax(axis=1))


def test_the_neutral_prior_shifts_the_probabilities_so_score_and_label_agree(model, dev_rw):
    # neutral_weight is a prior: it moves the probabilities themselves, (1, w, 1) and
    # renormalised, so the score shown and the label given come from the same numbers.
    targets = dev_rw[0]
    plain = ActorSentiment(neutral_weight=1.0).predict_proba(targets)
    shifted = model.predict_proba(targets)  # the default, neutral_weight=3.0
    expected = plain * [1.0, 3.0, 1.0]
    expected /= expected.sum(axis=1, keepdims=True)
    np.testing.assert_allclose(shifted, expected, atol=1e-12)
    np.testing.assert_allclose(model.score(targets), shifted[:, 2] - shifted[:, 0], atol=1e-12)
    labels = np.array([LABELS.index(lab) for lab in model.predict(targets)])
    score = shifted[:, 2] - shifted[:, 0]
    cut = model.label_threshold_  # the shipped model's cut on that score
    np.testing.assert_array_equal(labels, np.where(score >= cut, 2, np.where(score <= -cut, 0, 1)))
    assert (shifted[:, 1] >= plain[:, 1] - 1e-12).all()  # neutral gains, the others lose


@pytest.mark.parametrize("bad", [0, -1.0, float("nan"), float("inf"), "high", True, None])
def test_an_invalid_neutral_weight_is_refused_by_name(model, bad):
    with pytest.raises(InputError, match="neutral_weight"):
        ActorSentiment(neutral_weight=bad).predict([MERKEL])
    with pytest.raises(InputError, match="neutral_weight"):
        ActorSentiment(neutral_weight=bad).predict_proba([MERKEL])


def test_with_a_label_threshold_an_actors_label_follows_its_mean_score():
    # analyze labels an actor from its mentions' mean probabilities: with a cut-off, the
    # label of the mean score, as aggregate labels it
    follows = ActorSentiment(label_threshold=0.25)
    proba = np.array([[0.7, 0.2, 0.1], [0.1, 0.8, 0.1], [0.6, 0.1, 0.3]])
    mean = proba.mean(axis=0)
    assert follows.labels_from_proba(mean) == ["negative"]  # mean score -0.3
    assert follows.labels_from_proba(proba) == ["negative", "neutral", "negative"]
    summary = aggregate(proba[:, 2] - proba[:, 0], threshold=follows.label_threshold)
    assert summary["label"] == "negative"
    assert ActorSentiment(label_threshold=0.5).labels_from_proba(mean) == ["neutral"]


@pytest.mark.parametrize("bad", [-0.1, 1.5, float("nan"), "high", True])
def test_a_label_threshold_outside_zero_to_one_is_refused(model, bad):
    with pytest.raises(InputError, match="label_threshold"):
        ActorSentiment(label_threshold=bad).predict([MERKEL])


def test_fit_refuses_a_label_threshold_before_training(monkeypatch):
    from newsanalytics.sentiment import _features

    def no_training(*args, **kwargs):
        raise AssertionError("features extracted for a model whose label rule is refused")

    monkeypatch.setattr(_features, "extract_many", no_training)
    with pytest.raises(InputError, match="label_threshold=1.5"):
        ActorSentiment(label_threshold=1.5).fit([MERKEL, PUTIN], ["positive", "negative"])


def test_aggregate_refuses_probabilities_of_the_wrong_shape():
    with pytest.raises(InputError, match="proba"):
        aggregate([0.1, 0.2], proba=np.ones((3, 3)) / 3)


# ------------------------------------------------------------------ the scorer


@pytest.mark.parametrize("method", ["model", "vader"])
def test_predict_and_score_have_one_value_per_target_in_range(method, dev_rw):
    targets = dev_rw[0][:50]
    scorer = ActorSentiment(method=method)
    labels = scorer.predict(targets)
    scores = scorer.score(targets)
    assert len(labels) == 50 and set(labels) <= set(LABELS)
    assert scores.shape == (50,)
    assert np.all((scores >= -1) & (scores <= 1))


def test_model_separates_the_praised_from_the_criticised(model):
    merkel, putin = model.score([MERKEL, PUTIN])
    assert merkel > putin
    assert model.predict([PUTIN]) == ["negative"]


def test_vader_method_gives_every_target_of_a_sentence_the_same_score():
    merkel, putin = ActorSentiment(method="vader").score([MERKEL, PUTIN])
    assert merkel == putin


def test_model_beats_sentence_vader_on_newsmtsc_dev_rw(model, dev_rw):
    targets, gold = dev_rw
    ours = f1_score(gold, _polarities(model.predict(targets)), average="macro")
    vader = f1_score(
        gold, _polarities(ActorSentiment(method="vader").predict(targets)), average="macro"
    )
    # A target-aware model should beat the sentence baseline by a clear margin, not noise.
    assert ours >= vader + 0.10


def test_empty_target_list_gives_empty_results(model):
    assert model.predict([]) == []
    assert model.score([]).shape == (0,)


@pytest.mark.parametrize(
    "bad, what",
    [
        ((OBAMA, 30, 100), "out of range"),
        ((OBAMA, -1, 3), "out of range"),
        ((OBAMA, 6, 5), "out of range"),
        ((OBAMA, 1.5, 3), "integers"),
        (("only two", 1), "triple"),
    ],
)
def test_bad_targets_raise_input_error_naming_the_target(model, bad, what):
    with pytest.raises(InputError, match=rf"target 1: .*{what}"):
        model.score([MERKEL, bad])


def test_an_empty_span_is_scored_by_its_position(model):
    assert model.score([(OBAMA, 36, 36)]).shape == (1,)


@st.composite
def _targets(draw):
    sentence = draw(st.text(max_size=80))
    start = draw(st.integers(0, len(sentence)))
    end = draw(st.integers(start, len(sentence)))
    return (sentence, start, end)


@settings(max_examples=60, deadline=None)
@given(targets=st.lists(_targets(), max_size=4))
def test_any_text_with_valid_offsets_gets_a_label_and_a_score_in_range(model, targets):
    scores = model.score(targets)
    assert np.all(np.isfinite(scores)) and np.all(np.abs(scores) <= 1)
    assert set(model.predict(targets)) <= set(LABELS)


def test_unknown_method_is_refused():
    with pytest.raises(InputError, match="method"):
        ActorSentiment(method="bert").score([MERKEL])


def test_explain_contributions_add_up_to_the_models_logit(model):
    table = model.explain(PUTIN)
    assert {"feature", "value", "weight", "contribution"} <= set(table.columns)
    z = model._logits([PUTIN])[0]  # before the isotonic calibration, if any
    assert table["contribution"].sum() == pytest.approx(z[2] - z[0], abs=1e-6)


def test_explain_for_vader_lists_the_sentiment_words():
    table = ActorSentiment(method="vader").explain(PUTIN)
    assert set(table["feature"]) == {"praised", "criticized"}


def test_save_and_load_round_trip_gives_identical_scores(model, dev_rw, tmp_path):
    targets = dev_rw[0][:100]
    model.save(tmp_path / "m")
    loaded = ActorSentiment.load(tmp_path / "m")
    np.testing.assert_array_equal(loaded.score(targets), model.score(targets))
    assert loaded.predict(targets) == model.predict(targets)


def test_set_params_model_path_after_use_scores_with_the_new_model(tmp_path):
    other = ActorSentiment(min_df=1).fit([MERKEL, PUTIN], ["negative", "positive"])
    other.save(tmp_path / "other")
    scorer = ActorSentiment()
    shipped = scorer.score([MERKEL, PUTIN])  # loads the shipped model
    scorer.set_params(model_path=tmp_path / "other")
    got = scorer.score([MERKEL, PUTIN])
    np.testing.assert_array_equal(got, ActorSentiment(model_path=tmp_path / "other").score([MERKEL, PUTIN]))
    assert not np.array_equal(got, shipped)
    scorer.set_params(model_path=None)
    np.testing.assert_array_equal(scorer.score([MERKEL, PUTIN]), shipped)


def test_loading_another_kind_of_model_is_refused(tmp_path):
    (tmp_path / "manifest.json").write_text(
        json.dumps({"format": "newsanalytics.TopicModel", "format_version": 1})
    )
    with pytest.raises(ModelFormatError, match="TopicModel"):
        ActorSentiment.load(tmp_path)


def test_fit_learns_target_dependent_sentiment_and_is_deterministic(dev_rw):
    targets, gold = dev_rw
    # Without calibration (five more fits): the linear model itself is what is checked.
    a = ActorSentiment(min_df=1, calibration=None).fit(targets, gold)
    b = ActorSentiment(min_df=1, calibration=None).fit(targets, gold)
    np.testing.assert_array_equal(a.coef_, b.coef_)
    assert a.coef_.shape == (3, len(a.vocabulary_))
    # fitted on the very targets it is asked about, it should mostly agree with them
    acc = np.mean(np.array(_polarities(a.predict(targets))) == np.array(gold))
    assert acc > 0.8


def test_a_fitted_model_scores_without_reading_the_shipped_one(monkeypatch):
    # Training the successor of a shipped model of an older features version: the fitted
    # model must not open the package's model to score (it raised ModelFormatError).
    from newsanalytics.sentiment import _scorer

    def unreadable():
        raise ModelFormatError("the shipped model is of another features version")

    monkeypatch.setattr(_scorer, "_load_shipped", unreadable)
    targets = [MERKEL, PUTIN] * 3
    fitted = ActorSentiment(min_df=1, word_vectors=None, calibration=None)
    fitted.fit(targets, ["positive", "negative"] * 3)
    assert fitted.predict([MERKEL, PUTIN]) == ["positive", "negative"]


def test_fit_refuses_unknown_labels():
    with pytest.raises(InputError, match="label 1"):
        ActorSentiment().fit([MERKEL, PUTIN], ["positive", "bad"])


def test_shipped_model_is_small_and_pickle_free():
    root = Path(__file__).resolve().parents[1] / "src/newsanalytics/sentiment/data"
    files = [p for p in root.rglob("*") if p.is_file()]
    assert sum(p.stat().st_size for p in files) < 5_000_000
    for p in files:
        if p.suffix == ".npz":
            with np.load(p, allow_pickle=False) as npz:
                assert all(npz[k].dtype != object for k in npz.files)


# ------------------------------------------------------------------ vaderSentiment's API


def test_polarity_scores_at_the_top_level_equals_vadersentiment_exactly(data_file):
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    import newsanalytics as na

    analyzer = SentimentIntensityAnalyzer()
    path = data_file("vader_groundtruth/nytEditorialSnippets_GroundTruth.txt")
    lines = path.read_text(encoding="utf-8").splitlines()[:400]
    texts = [line.split("\t", 2)[2] for line in lines] + ["", "GREAT!!! :)", "not bad at all"]
    for text in texts:
        assert na.polarity_scores(text) == analyzer.polarity_scores(text), text
    assert "polarity_scores" in na.__all__


def test_polarity_scores_refuses_a_list_and_points_to_vader_scores():
    import newsanalytics as na

    with pytest.raises(InputError, match="vader_scores"):
        na.polarity_scores(["a", "b"])


def test_isotonic_calibration_is_fitted_by_groups_saved_as_arrays_and_read_back(dev_rw, tmp_path):
    targets, gold = dev_rw
    groups = [s for s, _, _ in targets]  # one group per sentence, given explicitly
    model = ActorSentiment(min_df=1, word_vectors=None, calibration="isotonic").fit(
        targets, gold, groups=groups
    )
    assert np.array_equal(model.calibration_[:, 2], [0.0, 0.0, 0.0])  # no Platt scaling
    for x, v in model.isotonic_:  # one non-decreasing map per class
        assert len(x) == len(v) > 1
        assert np.all(np.diff(x) >= 0) and np.all(np.diff(v) >= 0)
    proba = model.predict_proba(targets)
    np.testing.assert_allclose(proba.sum(axis=1), 1.0)
    model.save(tmp_path / "m")
    assert (tmp_path / "m" / "isotonic.npz").is_file()
    loaded = ActorSentiment.load(tmp_path / "m")  # weights stored as float32
    np.testing.assert_allclose(loaded.predict_proba(targets), proba, rtol=0, atol=1e-5)


def test_a_decreasing_isotonic_map_is_refused_on_loading(dev_rw, tmp_path):
    targets, gold = dev_rw
    ActorSentiment(min_df=1, word_vectors=None).fit(targets, gold).save(tmp_path / "m")
    path = tmp_path / "m" / "isotonic.npz"
    arrays = dict(np.load(path))
    arrays["y0"] = arrays["y0"][::-1].copy()
    np.savez(path, **arrays)
    with pytest.raises(ModelFormatError, match="isotonic"):
        ActorSentiment.load(tmp_path / "m")


def test_fit_refuses_groups_of_another_length(dev_rw):
    targets, gold = dev_rw
    with pytest.raises(InputError, match="groups"):
        ActorSentiment(word_vectors=None).fit(targets, gold, groups=["a"])
