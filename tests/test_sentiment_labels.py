"""Specification of the sentiment labels: a label follows the score a user sees beside it.

An actor's ``sentiment`` is the mean over its mentions of ``P(positive) - P(negative)``; its
``label`` is that mean against the model's cut (0.275 for the shipped model, stored in its
manifest and chosen by ``scripts/choose_label_rule.py``): positive at ``>= 0.275``, negative
at ``<= -0.275``, neutral between. Issue 13: with the argmax of the mean probabilities an
actor at 0.045 was positive while one at 0.477 was neutral.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsanalytics as na
from newsanalytics.exceptions import InputError, ModelFormatError
from newsanalytics.sentiment import LABELS, ActorSentiment, aggregate

SHIPPED_CUT = 0.275
OBAMA = "Obama praised Merkel but criticized Putin."
MERKEL = (OBAMA, 14, 20)
PUTIN = (OBAMA, 36, 41)


def _by_cut(scores: np.ndarray, cut: float) -> np.ndarray:
    return np.where(scores >= cut, 2, np.where(scores <= -cut, 0, 1))


def _indices(labels) -> np.ndarray:
    return np.array([LABELS.index(str(lab)) for lab in labels])


@pytest.fixture(scope="module")
def dev_rw(data_file) -> list[tuple[str, int, int]]:
    with open(data_file("newsmtsc/dev_rw_flat.jsonl"), encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    return [(r["sentence"], r["from"], r["to"]) for r in rows]


@pytest.fixture(scope="module")
def bbc_actors(data_file):
    """The actors table of the first 6 BBC News stories of each class (title and text):
    a few hundred real sentences."""
    by_class: dict[str, list[dict]] = {}
    with open(data_file("bbc_news/bbc_news.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            docs = by_class.setdefault(rec["category"], [])
            if len(docs) < 6:
                docs.append({"id": rec["id"], "title": rec["title"], "text": rec["text"]})
    records = [r for docs in by_class.values() for r in docs]
    result = na.analyze(records)
    assert result.articles["n_sentences"].sum() >= 300
    return result.actors


def test_the_default_mention_label_is_the_score_against_the_shipped_cut(dev_rw):
    scorer = ActorSentiment()
    scores = scorer.score(dev_rw)
    labels = _indices(scorer.predict(dev_rw))
    np.testing.assert_array_equal(labels, _by_cut(scores, SHIPPED_CUT))
    assert scorer.label_threshold_ == SHIPPED_CUT
    # the argmax, still available, is another rule on the same probabilities
    argmax = ActorSentiment(label_threshold=None)
    np.testing.assert_array_equal(
        _indices(argmax.predict(dev_rw)), argmax.predict_proba(dev_rw).argmax(axis=1)
    )
    assert (_indices(argmax.predict(dev_rw)) != labels).any()


def test_an_actors_label_never_contradicts_its_score_on_real_stories(bbc_actors):
    actors = bbc_actors
    assert len(actors) >= 200
    scores = actors["sentiment"].to_numpy(dtype=float)
    labels = _indices(actors["label"])
    # no actor labelled against the sign of its score...
    assert not ((labels == 2) & (scores <= 0)).any()
    assert not ((labels == 0) & (scores >= 0)).any()
    # ...nor against its order: a larger score never gets a lower label
    order = np.argsort(scores, kind="stable")
    assert (np.diff(labels[order]) >= 0).all()
    # exactly: the mean score against the shipped cut
    np.testing.assert_array_equal(labels, _by_cut(scores, SHIPPED_CUT))
    assert (labels != 1).any()  # the cut lets polar labels through


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(*[st.floats(0.0, 1.0, allow_nan=False)] * 3).filter(lambda t: sum(t) > 1e-3),
        min_size=1,
        max_size=20,
    )
)
def test_labels_of_mean_probabilities_follow_their_mean_score(rows):
    # analyze labels an actor from the mean probabilities of its mentions
    p = np.array(rows, dtype=float)
    p /= p.sum(axis=1, keepdims=True)
    labels = _indices(ActorSentiment().labels_from_proba(p))
    np.testing.assert_array_equal(labels, _by_cut(p[:, 2] - p[:, 0], SHIPPED_CUT))


def test_the_shipped_cut_is_stored_in_the_model_directory():
    from newsanalytics.sentiment._model_dir import _SHIPPED

    manifest = json.loads((_SHIPPED / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["params"]["label_threshold"] == SHIPPED_CUT


def test_a_saved_model_keeps_the_rule_it_labelled_with(tmp_path):
    ActorSentiment().save(tmp_path / "cut")
    ActorSentiment(label_threshold=None).save(tmp_path / "argmax")
    assert ActorSentiment(model_path=tmp_path / "cut").label_threshold_ == SHIPPED_CUT
    assert ActorSentiment.load(tmp_path / "argmax").label_threshold_ is None
    # an explicit rule wins over the model's own
    assert (
        ActorSentiment(model_path=tmp_path / "argmax", label_threshold=0.4).label_threshold_ == 0.4
    )


def test_a_model_fitted_here_has_no_cut_of_its_own(tmp_path):
    fitted = ActorSentiment(min_df=1).fit([MERKEL, PUTIN], ["positive", "negative"])
    assert fitted.label_threshold_ is None
    p = fitted.predict_proba([MERKEL, PUTIN])
    assert fitted.predict([MERKEL, PUTIN]) == [LABELS[k] for k in p.argmax(axis=1)]
    cut = ActorSentiment(min_df=1, label_threshold=0.2).fit([MERKEL, PUTIN], [1, -1])
    cut.save(tmp_path / "m")
    assert ActorSentiment(model_path=tmp_path / "m").label_threshold_ == 0.2


@pytest.mark.parametrize("bad", [1.5, "high", True])
def test_a_malformed_stored_cut_is_refused_by_name(tmp_path, bad):
    ActorSentiment(label_threshold=None).save(tmp_path / "m")
    path: Path = tmp_path / "m" / "manifest.json"
    manifest = json.loads(path.read_text(encoding="utf-8"))
    manifest["params"]["label_threshold"] = bad
    path.write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(ModelFormatError, match="label_threshold"):
        ActorSentiment(model_path=tmp_path / "m").predict([MERKEL])


def test_aggregate_with_a_scorers_rule_labels_an_actor_as_analyze_does():
    # aggregate's documented recipe for both rules: the shipped cut, and the argmax
    # (label_threshold=None, also the rule of a model fitted here), whose label_threshold_
    # None is passed on with the probabilities
    targets = [MERKEL, PUTIN, (OBAMA, 0, 5)]
    for scorer in (ActorSentiment(), ActorSentiment(label_threshold=None)):
        cut = scorer.label_threshold_
        proba = scorer.predict_proba(targets)
        for rows in ([0], [1], [0, 2], [0, 1, 2]):
            p = proba[rows]
            scores = p[:, 2] - p[:, 0]
            summary = aggregate(scores, threshold=cut, proba=None if cut is not None else p)
            assert [summary["label"]] == scorer.labels_from_proba(p.mean(axis=0, keepdims=True))


def test_aggregate_refuses_the_argmax_rule_without_probabilities_by_name():
    with pytest.raises(InputError, match="threshold=None.*proba"):
        aggregate([0.1, 0.2], threshold=None)


def test_aggregate_refuses_a_cut_it_would_not_read():
    # with proba the label is the argmax: a cut passed beside it was silently ignored, so
    # threshold=0.3 with the shipped model's probabilities labelled by the argmax
    p = np.array([[0.1, 0.55, 0.35]])  # score 0.25: neutral at 0.3 and by the argmax
    with pytest.raises(InputError, match="threshold=0.3.*proba"):
        aggregate([0.25], proba=p, threshold=0.3)
