"""Issue 14, stop 46: the default model's arts sense of "book" in wire finance copy, and its
classifier offset for arts (`topics/_offsets.py`): applied by length, checked, saved and loaded."""

from __future__ import annotations

import pytest

from newsanalytics import TopicModel

ARTS = "arts and entertainment"


@pytest.fixture(scope="module")
def model():
    return TopicModel.default()


def test_book_in_wire_finance_copy_is_no_arts_seed(model):
    """A Reuters eurobond issue ("book-runner") and a loan package whose books close are not
    about books: no arts seed word, and arts no more than a trace of their shares (0.21 each
    before the sense's finance words); a book in its own sense still counts."""
    finance = [
        "New South Wales Treasury Corp is issuing 15 billion yen of eurobonds due April 15, "
        "1992, priced at 101-5/8, with a 4-7/8 pct coupon, Nikko Securities Co (Europe) Ltd "
        "said as book-runner and joint lead manager with Mitsui Trust and Banking Co Ltd.",
        "Mexico denied reports that British banks are resisting signing a 76 billion dlr new "
        "loan and rescheduling package. The ministry said the books on the package would be "
        "closed by mid-April.",
    ]
    assert model.topic_evidence(finance)[ARTS].tolist() == [0, 0]
    assert (model.score(finance)[ARTS] < 0.1).all()
    novel = ["Her first book, about growing up in Lagos, is out this week."]
    assert model.topic_evidence(novel)[ARTS].tolist()[0] >= 1


def test_a_singer_on_a_friendship_ended_by_politics_is_arts(model):
    """Short items whose subject is a person from music or film go to arts and entertainment
    (the reader's celebrity rule), not to the topic of a passing word: the default model's
    classifier offset for arts (scripts/choose_topic_offsets.py; before it, politics and
    lifestyle). HuffPost lines 282 and 4822, in no read set."""
    texts = [
        "John Legend Says Kanye's Support Of Trump Ruined Their Friendship\n\nThe singer said "
        "both the rapper's support of Trump and his presidential run became \"too much for us "
        'to sustain our friendship."',
        "Kristen Bell Gets Hands-On To Tackle Double Standards In Parenting\n\nThe \"Frozen\" "
        'star noted her husband Dax Shepard is never asked how he "balances" working and being '
        "a dad.",
    ]
    assert [t[:1] for t in model.top_topics(texts)] == [[ARTS], [ARTS]]
    assert model.top_topics(["Nobody knows what comes next."]) == [[]]  # still no topic


def test_offsets_move_a_chunk_by_its_length_and_survive_save_and_load(model, tmp_path):
    """The offset reaches a chunk's arts logit by the square of its length over the chunk size
    (at most 1), so a few words are not pushed to arts; save and load keep the offsets; a
    manifest naming no topic of the model is refused."""
    import json

    import numpy as np

    from newsanalytics.exceptions import ModelFormatError
    from newsanalytics.topics._offsets import classifier_proba

    assert model.classifier_offsets_ == {ARTS: 1.5} and model.chunk_size_ == 15
    bare = TopicModel.default()
    bare.classifier_offsets_ = {}
    j = model.topic_names_.index(ARTS)
    texts = ["Markets rallied.", "The committee met again on Tuesday to discuss the plans " * 4]
    x = model.vectorizer_.transform(texts)
    with_off, without = classifier_proba(model, x), classifier_proba(bare, x)
    odds = np.log(with_off[:, j] / without[:, j]) - np.log(
        (1 - with_off[:, j]) / (1 - without[:, j])
    )
    words = np.asarray(x.sum(axis=1)).ravel()
    assert words[0] < 15 <= words[1]
    # the log odds of arts against the rest move by at most the offset, the short text's less
    assert 0 < odds[0] < odds[1] <= 1.5 + 1e-9
    np.testing.assert_allclose(
        np.log(with_off[:, j] / with_off[:, 0]) - np.log(without[:, j] / without[:, 0]),
        1.5 * np.minimum(1.0, words / 15) ** 2,
    )
    path = model.save(tmp_path / "m")
    assert TopicModel.load(path).classifier_offsets_ == {ARTS: 1.5}
    manifest = json.loads((path / "manifest.json").read_text("utf-8"))
    manifest["classifier_offsets"] = {"astrology": 1.0}
    (path / "manifest.json").write_text(json.dumps(manifest), "utf-8")
    with pytest.raises(ModelFormatError, match="astrology"):
        TopicModel.load(path)


def test_a_model_saved_before_the_offsets_loads_with_none(model, tmp_path):
    """A manifest without ``classifier_offsets`` (every model saved before stop 46) loads with
    no offsets and scores as the classifier was trained: as the default model with its
    offsets removed, unlike the default model itself on the singer's item."""
    import json

    import numpy as np

    path = model.save(tmp_path / "m")
    manifest = json.loads((path / "manifest.json").read_text("utf-8"))
    del manifest["classifier_offsets"]
    (path / "manifest.json").write_text(json.dumps(manifest), "utf-8")
    old = TopicModel.load(path)
    assert old.classifier_offsets_ == {}
    bare = TopicModel.default()
    bare.classifier_offsets_ = {}
    text = [
        "John Legend Says Kanye's Support Of Trump Ruined Their Friendship\n\nThe singer said "
        "both the rapper's support of Trump and his presidential run became \"too much for us "
        'to sustain our friendship."'
    ]
    np.testing.assert_array_equal(old.transform(text), bare.transform(text))
    assert not np.allclose(old.transform(text), model.transform(text))


@pytest.mark.parametrize(
    "offsets", [{"arts": 1.5}, {ARTS: float("nan")}, {ARTS: "1.5"}, {ARTS: True}, [1.5]]
)
def test_offsets_that_name_no_topic_or_are_no_number_are_refused(model, tmp_path, offsets):
    """A misspelt topic or a bad offset is an error when scoring and saving (it would move no
    logit, or make every share NaN), and save writes no model that load would refuse."""
    from newsanalytics.exceptions import InputError

    bad = TopicModel.default()
    bad.classifier_offsets_ = offsets
    with pytest.raises(InputError, match="classifier_offsets"):
        bad.score(["The band's new album tops the charts."])
    with pytest.raises(InputError, match="classifier_offsets"):
        bad.save(tmp_path / "bad")
    assert not (tmp_path / "bad" / "manifest.json").exists()


def test_a_manifest_with_a_non_finite_offset_is_refused(model, tmp_path):
    import json

    from newsanalytics.exceptions import ModelFormatError

    path = model.save(tmp_path / "m")
    manifest = json.loads((path / "manifest.json").read_text("utf-8"))
    manifest["classifier_offsets"] = {ARTS: float("inf")}
    (path / "manifest.json").write_text(json.dumps(manifest), "utf-8")
    with pytest.raises(ModelFormatError, match="finite"):
        TopicModel.load(path)


def test_explain_reports_the_share_with_the_offset(model):
    """explain()'s share is score()'s, offset included (the offset is no word's weight)."""
    text = (
        "Kristen Bell Gets Hands-On To Tackle Double Standards In Parenting\n\nThe \"Frozen\" "
        'star noted her husband Dax Shepard is never asked how he "balances" working and being '
        "a dad."
    )
    why = model.explain(text, top=1)
    assert why.topic.iloc[0] == ARTS
    assert why.share.iloc[0] == pytest.approx(model.score([text])[ARTS].iloc[0])
