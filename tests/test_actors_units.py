"""A known organisation's station or regional arm is one longer name."""

from __future__ import annotations

import newsanalytics as na
from newsanalytics.actors import ActorExtractor
from newsanalytics.text import parse


def test_a_station_number_belongs_to_the_broadcaster(found_actors):
    text = (
        "He told BBC Radio 4's Today programme he would stand. "
        'Later he said on BBC News 24: "I tried."'
    )
    found = found_actors(text)
    assert ("BBC Radio 4", "BBC Radio 4", "organization") in found
    assert ("BBC News 24", "BBC News 24", "organization") in found


def test_a_product_number_stays_out_and_a_time_is_no_station(found_actors):
    found = found_actors("Nintendo 64 classics sold well. BBC News 10:30 bulletin ran long.")
    assert ("Nintendo", "Nintendo", "organization") in found
    assert not any(t.endswith(("64", "10")) for t, _, _ in found)


def test_a_regional_arm_is_one_organisation(found_actors):
    text = (
        "Nintendo said sales were strong. David Yarnton, Nintendo Europe's general manager, "
        "said so. The notes were sold by Salomon Brothers Asia Ltd."
    )
    found = found_actors(text)
    assert ("Nintendo Europe", "Nintendo Europe", "organization") in found
    assert ("Salomon Brothers Asia Ltd", "Salomon Brothers Asia Ltd", "organization") in found
    assert not any(a in ("Europe", "Asia") for _, a, _ in found)


def test_a_bracketed_arm_before_a_legal_form_is_one_company(found_actors):
    text = (
        "The bonds were placed by Hongkong Ltd and Takugin International (Asia) Ltd.\n"
        "    Great American First Savings Bank is\nissuing a 15 billion yen eurobond due April "
        "2, 1992 paying five\npct and priced at 101-3/4 pct, lead manager Nikko Securities Co\n"
        "(Europe) Ltd said, and <Toshiba Information Systems (U.K.) Ltd> said it would buy. "
        "Union Bank of Switzerland (Securities) Ltd "
        "and C. Itoh and Co (Hong Kong) Ltd also joined."
    )
    found = found_actors(text)
    for name in (
        "Takugin International (Asia) Ltd",
        "Nikko Securities Co (Europe) Ltd",
        "Toshiba Information Systems (U.K.) Ltd",
        "Union Bank of Switzerland (Securities) Ltd",
        "C. Itoh and Co (Hong Kong) Ltd",
    ):
        assert (name, "organization") in [(a, t) for _, a, t in found], name
    spans = {t.replace("\n", " ") for t, _, _ in found}
    assert "Nikko Securities Co (Europe) Ltd" in spans
    assert not spans & {"Asia", "Europe", "Hong Kong", "U.K."}
    assert "Takugin International (Asia) Ltd" in spans  # "Hongkong Ltd and": a form ends a name


def test_a_bracket_with_no_legal_form_after_it_joins_nothing(found_actors):
    found = found_actors(
        "Sony (Japan's biggest exporter) and Honda Motor (HMC) reported gains in Asia."
    )
    assert ("Asia", "Asia", "location") in found
    assert not any("(" in t for t, _, _ in found)


def test_a_name_spelt_out_before_its_acronym_is_one_organisation(found_actors):
    text = (
        "He was a fired National Security Council (NSC) aide. Reagan said half the NSC "
        "staff was new. The Development Bank of the Philippines (DBP) will lend more, "
        "and China's National People's Congress (NPC) met."
    )
    found = found_actors(text)
    assert ("National Security Council", "National Security Council", "organization") in found
    assert ("NSC", "National Security Council", "organization") in found
    dbp = "Development Bank of the Philippines"
    assert (dbp, dbp, "organization") in found
    assert ("DBP", dbp, "organization") in found
    assert ("National People's Congress", "National People's Congress", "organization") in found
    actors = {a for _, a, _ in found}
    assert not actors & {"United Nations Security Council", "Philippines", "United States Congress"}


def test_an_acronym_after_a_possessive_or_a_known_name_changes_nothing(found_actors):
    text = (
        "A survey by Incomes Data Services' (IDS) said so. Deputy ministers of the six-nation "
        "Gulf Co-operation Council (GCC) met. Gross Domestic Product (GDP) rose."
    )
    found = found_actors(text)
    assert ("Incomes Data Services", "Incomes Data Services", "organization") in found
    assert ("Gulf Co-operation Council", "Gulf Cooperation Council", "organization") in found
    assert not any(t.startswith("Gross") for t, _, _ in found)


def test_no_mention_runs_across_its_sentence():
    # Reuters-21578 TRAIN stories 1919 and 12876: the names once crossed a sentence cut at
    # "(F.E.)" or "<S.G." and gave the scorer offsets past their sentence's end.
    text = (
        '"Their loan portfolio is well balanced," an analyst at Mansion\n'
        "House Securities (F.E.) Ltd said.\n    The six are <Jardine Fleming\nSecurities "
        "Ltd> and <S.G. Warburg and Co (Japan) Ltd>.\n    The memberships cost five mln dlrs."
    )
    doc = parse(text)
    found = ActorExtractor().extract_document(doc)
    names = {m.actor for m in found}
    assert {"Mansion House Securities (F.E.) Ltd", "S.G. Warburg and Co (Japan) Ltd"} <= names
    for m in found:
        sent = doc.sentences[m.sentence]
        assert sent.start <= m.start < m.end <= sent.end, m


def test_analyze_gives_each_mention_its_own_span_in_its_sentence():
    text = (
        "Frederick Tsang of Mansion House Securities (F.E.)\nLtd said so.\n"
        "    Swire is developing a large complex in Hong Kong."
    )
    mentions = na.analyze([{"id": "1919", "text": text}]).mentions
    for row in mentions.itertuples():
        span = row.sentence_text[row.start_in_sentence : row.end_in_sentence]
        assert span == row.text, row


class _CrossingExtractor:
    """An extractor of a caller's whose name runs on into the next sentence."""

    def extract_document(self, doc):
        from newsanalytics.types import Mention

        first = doc.sentences[0]
        start = doc.raw.index("Mansion")
        end = doc.raw.index("Securities") + len("Securities")
        assert end > first.end
        return [
            Mention(
                "Mansion House",
                "organization",
                doc.raw[start:end],
                start,
                end,
                0,
                "mansion-house",
                None,
            )
        ]


def test_analyze_says_when_a_mention_reaches_past_its_sentence():
    text = "An analyst spoke at Mansion House. Securities firms rallied."
    result = na.analyze([{"id": "x", "text": text}], extractor=_CrossingExtractor())
    assert "1 actor mention reaches past its sentence" in result.articles["warning"][0]
    row = result.mentions.iloc[0]
    assert row.end_in_sentence <= len(row.sentence_text)
