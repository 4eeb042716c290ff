"""Issue 14, audit 48 cause 1: a bank loan package outweighs the ministry that announces it."""

from __future__ import annotations

import pytest

from newsanalytics import TopicModel

ECONOMY = "economy and markets"
# Made up for the test (the audit's own story is no test): a government's statement on a loan
# package with its commercial banks, told in ministry words.
LOAN = (
    "Brazil said its commercial banks have agreed to a new loan of 5 billion dlrs.\n"
    "    In a statement, the Finance Ministry said the loan package was going as planned and "
    "the government expects the first money by the end of the month. The ministry said the "
    "bank advisory committee has received the commitments of the lending banks, and the "
    "statement said the government thanked the banks for their participation."
)


@pytest.fixture(scope="module")
def model():
    return TopicModel.default()


def test_a_loan_package_told_in_ministry_words_is_economy(model):
    """The words of lending to a state (commercial banks, new loan, loan package, bank
    advisory committee, lending banks) are economy and markets seeds: without them
    'government', 'ministry' and 'statement' made such a story politics."""
    tops = model.top_topics([LOAN])[0]
    assert tops and tops[0] == ECONOMY
    assert model.topic_evidence([LOAN]).loc[0, ECONOMY] >= 3
