"""Sentiment toward each actor, not the sentence (issue 13, stop 46).

Two blind audits found most polar actor labels on bystanders: a place in a sentence about a
crash or a scandal takes the sentence's tone. A place's mention gets a stronger neutral prior
(``ActorSentiment.place_weight``, fitted by log loss on the read set's tune rows, applied where
the actor type is known: ``analyze`` passes it), so the place comes out neutral while the
actor the sentence blames keeps its label.
"""

from __future__ import annotations

import numpy as np
import pytest

import newsanalytics as na
from newsanalytics.exceptions import InputError
from newsanalytics.sentiment import ActorSentiment

CRASH = (
    "Investigators blamed Skyways Airlines for the deadly crash in Brazil, which killed 40 "
    "people."
)
SCANDAL = (
    "Parmalat, the Italian food group at the centre of one of Europe's most painful corporate "
    "scandals, said profits doubled."
)
@pytest.fixture(scope="module")
def actors():
    docs = [
        {"id": "crash", "text": CRASH},
        {"id": "scandal", "text": SCANDAL},
    ]
    res = na.analyze(docs)
    return res.actors.set_index(["id", "actor"]), res.mentions


def _label(actors, doc, name):
    return str(actors.loc[(doc, name), "label"])


def test_a_place_in_a_sentence_about_a_crash_is_neutral_while_the_blamed_firm_stays_negative(
    actors,
):
    table, _ = actors
    assert _label(table, "crash", "Skyways Airlines") == "negative"
    assert _label(table, "crash", "Brazil") == "neutral"


def test_a_place_that_only_locates_a_scandal_is_neutral(actors):
    table, _ = actors
    assert _label(table, "scandal", "Europe") == "neutral"


def test_an_actors_score_is_still_the_mean_of_its_mentions(actors):
    table, mentions = actors
    for (doc, name), scores in mentions.groupby(["id", "actor"])["sentiment"]:
        assert table.loc[(doc, name), "sentiment"] == pytest.approx(scores.mean())


def test_the_place_prior_reads_the_type_and_moves_only_places():
    s = ActorSentiment()
    brazil = (CRASH, CRASH.index("Brazil"), CRASH.index("Brazil") + len("Brazil"))
    firm = (CRASH, CRASH.index("Skyways"), CRASH.index("Skyways") + len("Skyways Airlines"))
    untyped = s.predict_proba([brazil, firm])
    typed = s.predict_proba([brazil, firm], types=["location", "organization"])
    np.testing.assert_array_equal(typed[1], untyped[1])  # not a place: unchanged
    assert typed[0, 1] > untyped[0, 1]  # the place: more neutral...
    # ...its P(positive) / P(negative) kept: only the neutral odds move
    assert typed[0, 2] / typed[0, 0] == pytest.approx(untyped[0, 2] / untyped[0, 0])
    assert s.predict([brazil], types=["location"]) == ["neutral"]
    off = ActorSentiment(place_weight=1.0).predict_proba([brazil], types=["location"])
    np.testing.assert_allclose(off, untyped[:1])
    assert s.score([brazil], types=[None]) == pytest.approx(s.score([brazil]))


@pytest.mark.parametrize(
    "types, match",
    [("location", "one type per target"), (["location"], "1 types for 2"), ([1, 2], "str")],
)
@pytest.mark.parametrize("method", ["model", "vader"])
def test_malformed_types_are_refused_by_name(types, match, method):
    t = (CRASH, 0, 5)
    s = ActorSentiment(method=method)
    for call in (s.predict_proba, s.score, s.predict):
        with pytest.raises(InputError, match=match):
            call([t, t], types=types)


def test_a_place_weight_below_one_is_refused():
    with pytest.raises(InputError, match="place_weight"):
        ActorSentiment(place_weight=0.5).predict_proba([(CRASH, 0, 5)], types=["location"])


class _NumberTypes:
    """A caller's extractor that types its mentions with numbers (and None): no str."""

    def extract_document(self, doc):
        from newsanalytics.types import Mention

        i = doc.raw.find("Brazil")
        return [
            Mention("Brazil", 3, "Brazil", i, i + 6, 0),
            Mention("Brazil", None, "Brazil", i, i + 6, 0),
        ]


def test_a_custom_extractors_types_that_are_no_str_are_unknown_not_an_error():
    res = na.analyze([CRASH], extractor=_NumberTypes())
    assert res.articles["status"].tolist() == ["ok"]
    m = res.mentions
    assert len(m) == 2
    s = ActorSentiment()
    brazil = (CRASH, CRASH.index("Brazil"), CRASH.index("Brazil") + len("Brazil"))
    # untyped: scored without the place prior, as a target of no type
    np.testing.assert_allclose(m["sentiment"].to_numpy(), s.score([brazil, brazil]))


def test_a_saved_scorer_loads_with_the_neutral_priors_it_was_saved_with(tmp_path):
    s = ActorSentiment(place_weight=1.0, source_weight=1.5, unattached_weight=1.2)
    path = s.save(tmp_path / "m")
    back = ActorSentiment.load(path)
    for name in ("neutral_weight", "source_weight", "unattached_weight", "place_weight"):
        assert back.get_params()[name] == s.get_params()[name], name
    brazil = (CRASH, CRASH.index("Brazil"), CRASH.index("Brazil") + len("Brazil"))
    np.testing.assert_allclose(
        back.predict_proba([brazil], types=["location"]),
        s.predict_proba([brazil], types=["location"]),
    )


def test_a_manifest_without_the_place_weight_loads_with_the_default(tmp_path):
    import json

    path = ActorSentiment(place_weight=1.0).save(tmp_path / "m")
    manifest = json.loads((path / "manifest.json").read_text(encoding="utf-8"))
    del manifest["params"]["place_weight"]
    (path / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    assert ActorSentiment.load(path).place_weight == ActorSentiment().place_weight


def test_a_manifest_with_a_bad_place_weight_is_refused_on_load(tmp_path):
    import json

    from newsanalytics.exceptions import ModelFormatError

    path = ActorSentiment().save(tmp_path / "m")
    manifest = json.loads((path / "manifest.json").read_text(encoding="utf-8"))
    manifest["params"]["place_weight"] = 0.5
    (path / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(ModelFormatError, match="place_weight"):
        ActorSentiment.load(path)
