"""``analyze`` without a model reads the embedded topic model itself, and never changes it.

``TopicModel.default()`` hands each caller a copy of its own; ``analyze`` and ``analyze_to``
only read the model, so they use the one loaded from the package without copying it (a
copy per call cost more than scoring a short article).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

import newsanalytics as na
from newsanalytics.topics import TopicModel
from newsanalytics.topics._model import _load_default

TEXTS = [
    "The central bank raised interest rates as inflation rose and shares fell in Tokyo.",
    "The striker scored twice as the club won the league title on Sunday.",
]


def test_analyze_without_a_model_scores_as_the_default_model_does():
    ours = na.analyze(TEXTS)
    given = na.analyze(TEXTS, model=TopicModel.default())
    pd.testing.assert_frame_equal(ours.topics, given.topics)


def test_analyze_leaves_the_embedded_model_unchanged():
    embedded = _load_default()
    before = embedded.get_params()
    weights = embedded.topic_word_.copy()
    na.analyze(TEXTS)
    assert embedded.get_params() == before
    assert np.array_equal(embedded.topic_word_, weights)


def test_a_changed_default_copy_changes_no_analyze_run():
    baseline = na.analyze(TEXTS).topics
    TopicModel.default().set_params(blend=0.0, fold_in_iter=1)
    assert _load_default().get_params()["blend"] == 0.5
    pd.testing.assert_frame_equal(na.analyze(TEXTS).topics, baseline)
