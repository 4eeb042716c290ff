"""Issue 14, stop 47: the default model's deal senses and the public sense of "budget"."""

from __future__ import annotations

import pytest

from newsanalytics import TopicModel

BUSINESS = "business"
BUDGET = "public budget and finance"


@pytest.fixture(scope="module")
def model():
    return TopicModel.default()


def test_counter_bid_for_an_oil_producer_is_business(model):
    """A takeover bid is business whatever the target's industry (the reader's rule): a
    counter-bid for an oil and gas producer, its fields and pipelines named, was energy before
    the deal senses of "bid", "offer" and "stake" (audit47's cause 1)."""
    text = (
        "Northgate Gas Co said it will offer one share plus cash for every two shares in oil "
        "and gas producer Redhill Resources Ltd in a counter-bid to the takeover offer made "
        "last month by Coastline Ltd. The offer values Redhill at 250 million dollars, and "
        "Redhill shares jumped on the news. Northgate already holds a 9 pct stake in Redhill, "
        "against Coastline's 3 pct when it announced its bid. The auction for Redhill began "
        "three months ago with an on-market offer that has since lapsed. Northgate said its "
        "offer is above the range of values put on the company by its advisers, who urged "
        "shareholders to reject the earlier bid. Redhill owns an oil field, a share of a gas "
        "pipeline and interests in several oil pipelines; Northgate is the state's natural gas "
        "utility."
    )
    assert model.top_topics([text])[0][0] == BUSINESS  # energy 0.46, business 0.42 before
    shares = model.score([text]).iloc[0]
    assert shares[BUSINESS] > shares["energy"] + 0.05


def test_bid_and_offer_outside_a_deal_are_no_business_seed(model):
    """An election bid, a commodity tender and an offer of advice keep their words out of
    business: the deal senses need a deal word near them."""
    texts = [
        "The senator launched her bid for the presidential nomination in Iowa on Monday.",
        "Therapists share the comments to avoid and offer some simple, supportive responses.",
    ]
    base = [t.replace("bid", "run").replace("offer", "give") for t in texts]
    assert model.topic_evidence(texts)[BUSINESS].tolist() == \
        model.topic_evidence(base)[BUSINESS].tolist()


def test_low_budget_film_is_no_public_budget(model):
    """"Low-budget" and "big-budget" describe a film, not public finance: no budget seed and
    a trace of the topic at most (0.06 of a French cinema story before); a government's budget
    still counts."""
    film = [
        "The low-budget film about teenagers rehearsing a school play beat two big-budget "
        "productions to the top prize at the Cesar awards on Saturday night."
    ]
    assert model.topic_evidence(film)[BUDGET].tolist() == [0]
    assert model.score(film)[BUDGET].iloc[0] < 0.03
    public = ["The chancellor's budget raises spending on schools and cuts the deficit."]
    assert model.topic_evidence(public)[BUDGET].iloc[0] >= 2


def test_food_borne_bacteria_are_health_seeds(model):
    """A recall over listeria, salmonella or E. coli is a health story: the health seeds knew
    no bacteria, and a salad recall read alone got no topic (tune-stop47's E. coli story was
    crime and justice from "under investigation"); the new seeds are carried without a rebuild
    (scripts/sense_default_model.py)."""
    text = (
        "Bagged Salad Sold In 12 States Recalled After Listeria Sickens Shoppers\n\n"
        "The distributor, which supplies several grocery chains, said the bacteria was found "
        "at one of its plants."
    )
    assert model.topic_evidence([text])["health"].iloc[0] >= 2
    assert model.top_topics([text])[0][:1] == ["health"]


def test_the_tourist_season_is_no_sports_season(model):
    """The sports sense of "season" is not near tourist or travel words, as it was already not
    near holiday or shopping: an airline's new routes for the summer tourist season were
    sports from that one word (tune-stop47)."""
    text = (
        "The state airline will lease two more jets and add flights by the beginning of the "
        "summer tourist season, it said."
    )
    assert model.topic_evidence([text])["sports"].iloc[0] == 0
    assert "sports" not in model.top_topics([text])[0]


def test_sovereign_debt_outweighs_a_word_on_exports(model):
    """A country's foreign debt, its creditor banks and IMF lending are economy and markets
    (the reader's sovereign debt rule), however often "export" is said in passing; and a crop
    report on fruit is agriculture and food, not trade for one sentence on its imports and
    exports (audit46 and audit47, cause 2: trade 0.39 and 0.48 before)."""
    debt = (
        "Peru will limit repayments on its foreign debt to a tenth of its export earnings, the "
        "finance minister said, after creditor banks refused a new loan package. \"We do not "
        "want to export a model to anyone,\" he said; the country was barred from International "
        "Monetary Fund lending last year and hopes a debt rescheduling will let trade and "
        "tourism grow."
    )
    fruit = (
        "Citrus growers expect a smaller orange crop this season. Orange juice exports fell 8 "
        "pct and imports of canned fruit rose, while grower prices for apples held steady, the "
        "department said in its quarterly fruit report."
    )
    firsts = [t[0] for t in model.top_topics([debt, fruit])]
    assert firsts == ["economy and markets", "agriculture and food"]


def test_a_bid_to_counter_something_is_no_deal(model):
    """"Counter" alone is no deal word: "in a bid to counter" an offensive or crime and
    "over-the-counter" medicines that "offer" relief put no business seed in (the deal senses
    had "counter", for a counter-bid, among their near words; a counter-bid has its takeover,
    shares or bidders near)."""
    texts = [
        "The army launched a fresh offensive in a bid to counter the insurgents in the north.",
        "Over-the-counter medicines offer some relief, doctors said.",
    ]
    base = [t.replace("bid", "move").replace("offer", "give") for t in texts]
    assert model.topic_evidence(texts)[BUSINESS].tolist() == \
        model.topic_evidence(base)[BUSINESS].tolist()
