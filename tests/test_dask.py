"""Scale-out on Dask matches the local run exactly."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import newsanalytics as na
from newsanalytics.io import read_articles

dd = pytest.importorskip("dask.dataframe")
db = pytest.importorskip("dask.bag")
nadask = pytest.importorskip("newsanalytics.dask")

TEXTS = [
    "John Kerry met Venezuelan Foreign Minister Elias Jaua in Guatemala.",
    "The OAS urged a reconsideration of global drug policy.",
    "",
    "Maduro accused the United States of seeking to destabilize the country.",
    "Insulza said the meetings would encourage debate.",
    "Perez said the war on drugs had failed.",
]


@pytest.fixture(scope="module")
def frame():
    return pd.DataFrame({"text": TEXTS, "date": [f"2013-06-0{i + 1}" for i in range(len(TEXTS))]})


def _same(local, remote):
    # Dask may pick another flavour of pandas' string dtype; values must be identical.
    pd.testing.assert_frame_equal(local.articles, remote.articles, check_dtype=False)
    pd.testing.assert_frame_equal(local.topics, remote.topics, check_dtype=False)
    pd.testing.assert_frame_equal(local.actors, remote.actors, check_dtype=False)
    pd.testing.assert_frame_equal(local.mentions, remote.mentions, check_dtype=False)
    pd.testing.assert_frame_equal(local.topic_evidence, remote.topic_evidence, check_dtype=False)
    assert list(local.records()) == list(remote.records())


def test_dataframe_partitions_match_the_local_run(frame):
    local = na.analyze(frame)
    remote = nadask.analyze(dd.from_pandas(frame, npartitions=3)).compute(scheduler="synchronous")
    _same(local, remote)


def test_an_actors_table_without_any_country_matches_the_local_run():
    # No actor of these texts has a country: the local table holds NaN in pandas' str
    # dtype; the partitions' all-missing column came back as None in an object column.
    texts = pd.DataFrame({"text": ["John Smith said the cat sat.", "Mary Jones said prices rose."]})
    local = na.analyze(texts)
    remote = nadask.analyze(dd.from_pandas(texts, npartitions=1)).compute(scheduler="synchronous")
    assert local.actors["country"].isna().all()
    pd.testing.assert_series_equal(local.actors["country"], remote.actors["country"])
    pd.testing.assert_frame_equal(local.actors, remote.actors)


def test_bag_of_texts_is_analysed_with_unique_ids():
    res = nadask.analyze_bag(db.from_sequence(TEXTS, npartitions=2)).compute(
        scheduler="synchronous"
    )
    assert len(res.articles) == len(TEXTS)
    assert res.articles["id"].is_unique
    assert list(res.articles["status"]) == ["ok", "ok", "empty", "ok", "ok", "ok"]


def test_local_cluster_with_two_worker_processes(frame):
    distributed = pytest.importorskip("distributed")
    local = na.analyze(frame)
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        remote = nadask.analyze(dd.from_pandas(frame, npartitions=2)).compute()
        assert client.status == "running"
    _same(local, remote)


def test_topic_model_fitted_from_partitions_equals_the_local_fit(data_file):
    # Topic training stays in one process, fed partition by partition (real Reuters text).
    frame = pd.read_json(data_file("reuters21578/reuters21578.jsonl.gz"), lines=True, nrows=400)
    frame = frame[["title", "body"]].rename(columns={"body": "text"})
    taxonomy = {"crude": ["oil", "crude", "opec"], "grain": ["wheat", "grain", "corn"]}
    params = {"taxonomy": taxonomy, "n_topics": 4, "passes": 3, "random_state": 0}
    local = na.TopicModel(**params).fit(
        [r.article for r in read_articles(frame) if r.article is not None]
    )
    docs = nadask.corpus(dd.from_pandas(frame, npartitions=4), scheduler="synchronous")
    remote = na.TopicModel(**params).fit(docs)
    assert remote.vectorizer_.vocabulary_ == local.vectorizer_.vocabulary_
    np.testing.assert_array_equal(remote.topic_word_, local.topic_word_)
    # ... and the fitted model scores the collection on the workers like the local run.
    res = nadask.analyze(dd.from_pandas(frame, npartitions=4), model=remote).compute(
        scheduler="synchronous"
    )
    pd.testing.assert_frame_equal(
        res.topics, na.analyze(frame, model=local).topics, check_dtype=False
    )


def test_corpus_counts_partitions_not_articles(frame):
    docs = nadask.corpus(dd.from_pandas(frame, npartitions=3), scheduler="synchronous")
    assert docs.n_partitions == 3
    assert len(list(docs)) == len(frame)


def test_corpus_refuses_other_collections():
    with pytest.raises(na.InputError, match="dask DataFrame or Bag"):
        nadask.corpus(["a text"])


def test_a_models_classifier_offsets_reach_the_partitions():
    # the offsets travel with the model into every task: Dask scores as the local run with
    # them, not as the classifier without them
    text = "Kristen Bell talks about parenting and double standards at home."
    frame = pd.DataFrame({"text": [text] * 2, "date": ["2013-06-01", "2013-06-02"]})
    model = na.TopicModel.default()
    model.classifier_offsets_ = {"arts and entertainment": 4.0}
    local = na.analyze(frame, model=model)
    remote = nadask.analyze(dd.from_pandas(frame, npartitions=2), model=model).compute(
        scheduler="synchronous"
    )
    # (topics only: with no country in any article, Dask's articles table has None where
    # the local one has NaN, a difference of its own)
    pd.testing.assert_frame_equal(local.topics, remote.topics, check_dtype=False)
    bare = na.TopicModel.default()
    bare.classifier_offsets_ = {}
    without = nadask.analyze(dd.from_pandas(frame, npartitions=2), model=bare).compute(
        scheduler="synchronous"
    )
    numbers = [t.topics.select_dtypes("number").to_numpy() for t in (remote, without)]
    assert not np.allclose(*numbers)
