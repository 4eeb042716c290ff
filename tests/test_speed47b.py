"""The cheap first tests of stop 47's second speed-ups (company names of the topic layer,
award ceremonies of the actor rules) hold what the slower tests need: each may only say
"no match" where the pattern it guards would find nothing."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsanalytics.actors import _misread
from newsanalytics.topics import _company_names

_NAME_PIECES = st.lists(
    st.sampled_from(
        ["Acme", "Canada", "Development", "CDC", "U.S.", "J.P", "Q.", "Steel", "Co", "Corp",
         "Inc", "Ltd", "Cos", "AG", "of", "and", "&", "de", " ", "  ", "\n", "\t", "\r",
         ".", ",", "(", ")", "<", ">", "'", "-", "s", "said", "the", "1987", "\u00e9", "X"]
    ),
    max_size=24,
).map("".join)  # fmt: skip


@settings(max_examples=1500, deadline=None)
@given(_NAME_PIECES)
def test_company_names_found_by_stretches_are_the_patterns(text):
    want = [(m.span(), m.group(0), m.group("name"))
            for m in _company_names._COMPANY_RE.finditer(text)]  # fmt: skip
    got = [(m.span(), m.group(0), m.group("name")) for m in _company_names._company_matches(text)]
    assert got == want


def test_a_name_ending_in_two_legal_forms_is_read_whole():
    # The stretch is read past the first form: "Foo Co Inc" is one name, "Foo Co".
    assert _company_names.company_name_words("It bought Foo Co Inc, a maker.") == "Foo Co"


_AWARD_PIECES = st.lists(
    st.sampled_from(
        ["Cesar", "Oscar", " ", "award", "awards", "prize", "nomination", "statuettes",
         "statuette", "Pulitzer", "s", "\n", "won", "."]
    ),
    max_size=10,
).map("".join)  # fmt: skip


@settings(max_examples=800, deadline=None)
@given(_AWARD_PIECES)
def test_an_award_word_is_in_every_text_the_award_pattern_reads(text):
    if _misread._AWARD_RE.search(text) is not None:
        assert any(w in text for w in _misread._AWARD_WORDS)
