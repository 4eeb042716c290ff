"""Fitting from seeds on short texts (headlines): the background topic does not swallow
on-topic items that hold a seed (``topics/_short.py``), and keeps those that hold none."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import numpy as np
import pytest

from newsanalytics import Taxonomy, TopicModel
from newsanalytics.topics._short import background_by_length

HERE = Path(__file__).resolve().parent
SPORT = ["match", "team", "striker", "goal", "league", "coach", "season", "cup", "fans", "win"]
ECONOMY = ["market", "bank", "shares", "profit", "investors", "rates", "inflation", "growth"]
GENERAL = ["said", "week", "people", "new", "year", "report", "day", "time", "group", "plan"]
OFF = ["recipe", "garden", "flowers", "soup", "baking", "roses", "oven", "herbs"]


def _headlines(rng, words, n, seeds):
    out = []
    for _ in range(n):
        picked = list(rng.choice(words, 4, replace=False)) + list(rng.choice(GENERAL, 3))
        if rng.rand() < 0.6:  # most headlines hold a seed; the rest only topical words
            picked.append(rng.choice(seeds))
        rng.shuffle(picked)
        out.append(" ".join(picked) + ".")
    return out


@pytest.fixture(scope="module")
def corpus():
    rng = np.random.RandomState(3)
    sport = _headlines(rng, SPORT[2:], 120, SPORT[:2])
    economy = _headlines(rng, ECONOMY[2:], 120, ECONOMY[:2])
    off = [" ".join(rng.choice(OFF, 5, replace=False)) + "." for _ in range(40)]
    return sport, economy, off


@pytest.fixture(scope="module")
def model(corpus):
    sport, economy, off = corpus
    tax = Taxonomy({"sport": ["match", "team"], "economy": ["market", "bank"]})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return TopicModel(taxonomy=tax, random_state=0, n_jobs=1).fit(sport + economy + off)


def test_the_background_does_not_take_short_on_topic_items_that_hold_seeds(shared_data):
    # HuffPost headline + description, 100 items of each of five subject categories (lines
    # 0-8999), every item on one of the five topics. Before: the background topic was the
    # largest label of 263-268 of the 500 items in fit (share 0.46), as if half of them
    # were about nothing the taxonomy names.
    cats = ["POLITICS", "ENTERTAINMENT", "CRIME", "FOOD & DRINK", "WELLNESS"]
    with open(HERE.parent / "benchmarks" / "huffpost_seeds.json", encoding="utf-8") as fh:
        seeds = {c: s for c, s in json.load(fh)["seeds"].items() if c in cats}
    texts, labels, per = [], [], dict.fromkeys(cats, 0)
    path = shared_data / "huffpost_sample" / "news_category_sample.jsonl"
    with open(path, encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            rec = json.loads(line)
            if i >= 9000:
                break
            if per.get(rec["category"], 100) < 100:
                per[rec["category"]] += 1
                texts.append(f"{rec['headline']}. {rec['short_description']}")
                labels.append(rec["category"])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        model = TopicModel(taxonomy=Taxonomy(seeds), random_state=0, n_jobs=1).fit(texts)
    assert model.topic_counts_[-1] < 0.3 * len(texts), model.topic_counts_
    assert model.topic_shares_[-1] < 0.3, model.topic_shares_
    named = model.score(texts).idxmax(axis=1)
    assert (named == labels).mean() >= 0.74  # as before (0.778): no named topic got worse


def test_short_items_without_any_seed_word_keep_the_background(model, corpus):
    # a toy corpus of sport and economy headlines and seedless garden/recipe lines
    off = corpus[2]
    shares = model.score(off, other=True)
    assert (shares["other"] > 0.5).mean() >= 0.9, shares["other"].describe()


def test_background_by_length_scales_only_supported_rows_with_a_named_label():
    labels = np.array([[0.2, 0.0, 0.8], [0.2, 0.0, 0.8], [0.0, 0.0, 1.0], [0.1, 0.1, 0.8]])
    support = np.array([[1, 0], [0, 0], [1, 0], [0, 1]])
    lengths = np.array([10, 10, 10, 400])
    out = background_by_length(labels.copy(), lengths, support, 2, words=40.0)
    np.testing.assert_allclose(out[0], [0.5, 0.0, 0.5])  # 0.8 * 10/40, renormalised
    np.testing.assert_allclose(out[1:], labels[1:])  # no support, no named label, long
    np.testing.assert_allclose(out.sum(axis=1), 1.0)
    no_background = labels[:, :2] / labels[:, :2].sum(axis=1, keepdims=True).clip(1e-12)
    same = background_by_length(no_background.copy(), lengths, support, 2, words=40.0)
    np.testing.assert_allclose(same, no_background)


def test_a_model_fitted_on_a_user_taxonomy_has_no_classifier_offsets(model, tmp_path):
    # the default model's arts offset is the default model's own; a fit carries none, and
    # its saved manifest names none
    import json

    assert model.classifier_offsets_ == {}
    path = model.save(tmp_path / "m")
    assert "classifier_offsets" not in json.loads((path / "manifest.json").read_text("utf-8"))
    assert type(model).load(path).classifier_offsets_ == {}
