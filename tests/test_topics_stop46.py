"""Issue 14, stop 46: the default model's arts sense of "book" in wire finance copy."""

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
