"""Seeds as senses: whole-token matching, words that must be near, words that exclude, and the
default taxonomy's seeds no longer misfiring on the stories that showed them (short invented
texts, one per misfire)."""

from __future__ import annotations

import numpy as np
import pytest

from newsanalytics import InputError, NewsVectorizer, Taxonomy, TopicModel
from newsanalytics.taxonomy import Sense
from newsanalytics.topics import plural_forms

ILLICIT = {
    "word": "drugs",
    "near": ["police", "trafficking"],
    "not_near": ["fda", "prescription"],
    "label": "illicit",
}


def _vectorizer(taxonomy, docs):
    return NewsVectorizer(seeds=taxonomy, min_df=1, max_df=1.0).fit(docs)


# -- matching -------------------------------------------------------------------------------
def test_a_plural_seed_never_matches_the_singular_word():
    assert plural_forms("customs") == ["customs"]
    assert plural_forms("cartel") == ["cartel", "cartels"]
    assert plural_forms("policy") == ["policy", "policies"]
    tax = Taxonomy({"trade": ["customs"], "technology": ["software"]})
    docs = ["Lycos offers custom software.", "Customs officers checked the cargo."]
    model = TopicModel(taxonomy=tax, min_df=1, max_df=1.0, random_state=0).fit(docs * 3)
    assert model.seed_features_[0] == ["customs"]
    assert "custom" not in model.seed_features_[0]


def test_seeds_match_whole_tokens_not_substrings():
    tax = Taxonomy({"sports": ["match"], "science": ["study"]})
    vec = _vectorizer(tax, ["A matching study.", "The match ended.", "Students study."])
    assert "match" not in vec.analyze("A matching pair of students.")
    assert "study" not in vec.analyze("Students and studios.")


def test_a_sense_counts_only_near_one_of_its_words_and_away_from_the_others():
    tax = Taxonomy({"drug policy": ["cocaine", ILLICIT]})
    docs = [
        "Police seized drugs and cocaine at the port.",
        "The FDA approved the drugs after police checks.",
        "Drugs were on the shelves.",
    ]
    vec = _vectorizer(tax, docs)
    assert vec.analyze(docs[0]).count("drugs~illicit") == 1
    assert "drugs~illicit" not in vec.analyze(docs[1])  # excluded: "fda" is near
    assert "drugs~illicit" not in vec.analyze(docs[2])  # no "police"/"trafficking" near
    # an occurrence read as a sense is that sense only; the others stay the plain word
    assert "drugs" not in vec.analyze(docs[0])
    assert "drugs" in vec.analyze(docs[1])


def test_the_window_bounds_how_near_is_near():
    sense = dict(ILLICIT, window=2, label="close")
    tax = Taxonomy({"drug policy": [sense]})
    text = "Police said yesterday after a long long long meeting that drugs matter."
    vec = _vectorizer(tax, [text, "police drugs"])
    assert "drugs~close" not in vec.analyze(text)
    assert "drugs~close" in vec.analyze("police drugs")


def test_not_in_text_rules_a_sense_out_anywhere_in_the_text():
    # the console is named once, far from the later uses of "game": not_near's window
    # cannot see it, not_in_text does
    sense = {"word": "game", "not_near": ["console"], "not_in_text": ["console"],
             "window": 3, "label": "sport"}
    tax = Taxonomy({"sports": [sense]})
    filler = " ".join(["words"] * 20)
    review = f"The new console arrived. {filler} The game is long. {filler} The game is hard."
    match = f"The home side won. {filler} The game ended late."
    vec = _vectorizer(tax, [review, match])
    assert "game~sport" not in vec.analyze(review)
    assert vec.analyze(review).count("game") == 2
    assert vec.analyze(match).count("game~sport") == 1
    near_only = Taxonomy({"sports": [dict(sense, not_in_text=[])]})
    assert "game~sport" in _vectorizer(near_only, [review, match]).analyze(review)


def test_not_in_text_survives_to_dict_and_changes_an_unlabelled_key_only_when_given():
    plain = {"word": "drugs", "near": ["police"]}
    a = Taxonomy({"x": [plain]}).senses()[0]
    b = Taxonomy({"x": [dict(plain, not_in_text=["fda"])]}).senses()[0]
    assert b.not_in_text == ("fda",) and b.to_dict()["not_in_text"] == ["fda"]
    assert "not_in_text" not in a.to_dict()
    assert a.key != b.key
    # a sense with only not_in_text is a sense, not a plain seed
    c = Taxonomy({"x": [{"word": "game", "not_in_text": ["console"]}]})
    assert c.senses() and c["x"].seeds == ()


def test_a_sense_is_a_seed_of_its_topic_and_survives_save_and_load(tmp_path):
    tax = Taxonomy({"drug policy": {"seeds": ["cocaine", ILLICIT]}, "health": ["hospital"]})
    assert tax.senses("drug policy") == [
        Sense("drugs", ("police", "trafficking"), ("fda", "prescription"), label="illicit")
    ]
    assert tax["drug policy"].seed_keys == ["cocaine", "drugs~illicit"]
    back = Taxonomy.load(tax.save(tmp_path / "tax.json"))
    assert back == tax
    docs = ["Police seized drugs and cocaine.", "The hospital treated patients."] * 3
    model = TopicModel(taxonomy=tax, min_df=1, max_df=1.0, random_state=0).fit(docs)
    assert "drugs~illicit" in model.seed_features_[0]
    model.save(tmp_path / "m")
    again = TopicModel.load(tmp_path / "m")
    assert again.vectorizer_.analyze(docs[0]) == model.vectorizer_.analyze(docs[0])


def test_an_unlabelled_sense_gets_a_stable_key():
    a = Taxonomy({"x": [{"word": "drugs", "near": ["police"]}]}).senses()[0].key
    b = Taxonomy({"x": [{"word": "drugs", "near": ["police"]}]}).senses()[0].key
    c = Taxonomy({"x": [{"word": "drugs", "near": ["cartel"]}]}).senses()[0].key
    assert a == b != c and a.startswith("drugs~")


@pytest.mark.parametrize(
    "seed, match",
    [
        ({"word": "drugs", "nearby": ["police"]}, "unknown sense field"),
        ({"word": "", "near": ["police"]}, "non-empty 'word'"),
        ({"word": "drugs", "near": "police"}, "list of words"),
        ({"word": "drugs", "near": ["police"], "window": 0}, "window"),
        ({"word": "drugs", "near": ["police"], "label": "two words"}, "label"),
    ],
)
def test_a_malformed_sense_is_refused_with_the_reason(seed, match):
    with pytest.raises(InputError, match=match):
        Taxonomy({"drug policy": [seed]})


# -- the default taxonomy -------------------------------------------------------------------
def test_medicines_pharma_and_doping_have_their_own_homes_in_the_default_taxonomy():
    tax = Taxonomy.default()
    assert "drug" not in tax.seeds("drug policy") and "drugs" not in tax.seeds("drug policy")
    assert {"drugmaker", "pharmaceutical company"} <= set(tax.seeds("business"))
    assert {"fda", "prescription drugs", "clinical trial"} <= set(tax.seeds("health"))
    assert {"doping", "steroids"} <= set(tax.seeds("sports"))
    for name in ("health", "sports"):
        assert any(s.word == "drug" for s in tax.senses(name))


@pytest.fixture(scope="module")
def default_model():
    return TopicModel.default()


def _top(model, text):
    row = model.score([text]).iloc[0]
    return row.idxmax(), row


@pytest.mark.parametrize(
    "text, not_topic",
    [
        # "home" sent a Dell story to lifestyle
        (
            "Dell cuts prices of its home computers and notebooks for the holidays.",
            "lifestyle and leisure",
        ),
        # "sales" sent a gun-sales story to business
        ("Federal program will track sales of guns to youths.", "business"),
        # "hospital" sent a military offensive to health
        (
            "Troops pressed their offensive on the rebel-held city; wounded fighters were "
            "taken to a hospital.",
            "health",
        ),
        # "illegal" sent an airline pricing story to immigration
        ("Airline is accused of illegal pricing.", "immigration"),
        # "customs" matched "custom"
        ("Lycos offers custom software to stop spam.", "trade"),
        # drugs that are medicines, pharma business and doping are not drug policy
        (
            "Shares of large drug makers fell after the FDA delayed approval of a new drug.",
            "drug policy",
        ),
        ("Ironman winner confirms she used a banned drug.", "drug policy"),
        ("Pfizer to sponsor large new Celebrex trial.", "crime and justice"),
    ],
)
def test_default_seeds_no_longer_misfire(default_model, text, not_topic):
    top, row = _top(default_model, text)
    assert top != not_topic, row.nlargest(3)
    assert row[not_topic] < 0.2, row.nlargest(3)


@pytest.mark.parametrize(
    "text, topic",
    [
        ("The cartel smuggled narcotics across the border.", "drug policy"),
        (
            "Home secretary announces tougher penalties for drug dealers and new police "
            "powers to test suspects for drugs.",
            "drug policy",
        ),
        ("Dell cuts prices of its home computers and notebooks for the holidays.", "technology"),
        ("Ironman winner confirms she used a banned drug.", "sports"),
        (
            "Troops pressed their offensive on the rebel-held city; wounded fighters were "
            "taken to a hospital.",
            "armed conflict and defence",
        ),
    ],
)
def test_default_model_files_these_where_a_reader_would(default_model, text, topic):
    top, row = _top(default_model, text)
    assert top == topic, row.nlargest(3)


# -- the default taxonomy's second review (forms and senses the tune errors showed missing) --
@pytest.fixture(scope="module")
def default_vectorizer():
    docs = [
        "Lawmakers back legalizing marijuana and decriminalizing possession.",
        "Lawmakers back legalizing same-sex marriage.",
        "Twitter users mocked the senator's post.",
        "Twitter shares rose after the company reported revenue.",
        "Zoo owners charged after a bear ate ice cream at Dairy Queen.",
        "Dairy farmers face low milk prices.",
        "The senator's reelection campaign raised money from donors.",
        "The brand launched an advertising campaign.",
        "Prosecutors filed charges against the gunman.",
        "The bank raised late charges and fees.",
        "Shares of the carmaker fell 3 pct on the stock exchange.",
        "The talk show host shares why he never dates colleagues.",
        "The dam burst after heavy rains and swept away the village.",
        "A landslide buried the mountain village.",
        "The governor won a landslide victory in the election.",
        "Seth Meyers mocks the president's tweets.",
        "The president mocks the senator's tweets.",
        "Police arrested three men and seized cocaine.",
        "Police arrested three men after a robbery.",
        "Police arrested a man over drugs found in his car.",
        "Two men were arrested for human trafficking.",
        "Brokers were charged with dealing heroin.",
        "The man was charged with murder.",
        "A federal judge in bankruptcy court heard the company's plea.",
        "Shareholders filed a lawsuit in court to block the takeover.",
        "The judge jailed the robber after the court heard the case.",
        "Victims filed a lawsuit against the police.",
        "Simon Cowell was the toughest judge on the talent show.",
        "Tribes reach a settlement over opioids.",
        "The settlement expanded into the hills.",
        "What You Missed About The Saddest Death In 'Avengers: Infinity War'",
        "Russian troops shelled the city as the war entered its third month.",
        "Dwyane Wade Weighs In On Gabrielle Union's 'America's Got Talent' Exit",
        "First Union Bank said it filed a notes issue with the SEC.",
        "Starbucks workers in Seattle vote to form a union.",
        "What To Watch On Amazon Prime That's New This Week",
        "Amazon's cloud unit lifted the online retailer's profit.",
        "Supreme Court Will Hear Dispute Over North Carolina Voter ID Law",
        "Arkansas Gets Permission To Enforce Voter ID Law In Primaries",
        "The judge jailed the robber after the supreme court heard the case.",
        "The striker scored twice as the club ended its season top.",
        "The Hollywood star won an Oscar for the film.",
        "NASA will launch the space telescope next year.",
        "Ten recipes for comfort food on a cold night.",
        "Thailand's sugarcane output will fall in the 1986/87 season.",
        "The Islanders star won four Stanley Cup titles.",
        "The largest US food maker will cut its snack advertising.",
        "The president signed the bill into law.",
        "The retailer said its sales rose 10 pct in the year.",
        "Stocks fell on Wall Street as investors sold bank shares.",
        "The Navy said two warships sailed near the islands.",
        "The oil company pumped more crude from its wells.",
        "Muslims gathered at the mosque for Ramadan prayers.",
        "Leaders met at the summit to sign a peace treaty.",
        "Health officials warned of a flu outbreak.",
        "The steel industry cut output as the company lost money.",
        "Barrow and gilt prices rose 1.00 dlr in active trade, the USDA said.",
        "The Chicago Board of Trade will seek approval for night trading.",
        "Japan and the United States held trade talks on tariffs.",
        "The company said business improved in March.",
    ]
    return NewsVectorizer(seeds=Taxonomy.default(), min_df=1, max_df=1.0).fit(docs)


@pytest.mark.parametrize(
    "text, feature, present",
    [
        ("Lawmakers back legalizing marijuana.", "legalizing~illicit", True),
        ("Lawmakers back legalizing same-sex marriage.", "legalizing~illicit", False),
        ("Twitter shares rose after the company reported revenue.", "twitter~tech", True),
        ("Twitter users mocked the senator's post.", "twitter~tech", False),
        ("Dairy farmers face low milk prices.", "dairy~farm", True),
        ("Zoo owners charged after a bear ate ice cream at Dairy Queen.", "dairy~farm", False),
        ("The senator's reelection campaign raised money from donors.", "campaign~election", True),
        ("The brand launched an advertising campaign.", "campaign~election", False),
        ("Prosecutors filed charges against the gunman.", "charges~crime", True),
        ("The bank raised late charges and fees.", "charges~crime", False),
        # third review (misses on the tune-stop21 stories): "shares" is markets only beside
        # market words, so the headline verb ("X Shares Why ...") is not
        ("Shares of the carmaker fell 3 pct on the stock exchange.", "shares~markets", True),
        ("The talk show host shares why he never dates colleagues.", "shares~markets", False),
        ("The dam burst after heavy rains and swept away the village.", "dam~disaster", True),
        ("A landslide buried the mountain village.", "landslide~disaster", True),
        ("The governor won a landslide victory in the election.", "landslide~disaster", False),
        # issue 14: a comedy word is arts evidence beside a late-night host or show only
        ("Seth Meyers mocks the president's tweets.", "mocks~comedy", True),
        ("The president mocks the senator's tweets.", "mocks~comedy", False),
        # issue 14: an arrest, charge or seizure beside a narcotic is drug enforcement, and
        # crime's "charged" steps aside there; bare "drugs" and human trafficking are not
        ("Police arrested three men and seized cocaine.", "arrested~enforcement", True),
        ("Police arrested three men and seized cocaine.", "seized~enforcement", True),
        ("Police arrested three men after a robbery.", "arrested~enforcement", False),
        ("Police arrested a man over drugs found in his car.", "arrested~enforcement", False),
        ("Two men were arrested for human trafficking.", "arrested~enforcement", False),
        ("Brokers were charged with dealing heroin.", "charged~enforcement", True),
        ("Brokers were charged with dealing heroin.", "charged~crime", False),
        ("The man was charged with murder.", "charged~crime", True),
        ("Tribes reach a settlement over opioids.", "settlement~enforcement", True),
        ("The settlement expanded into the hills.", "settlement~enforcement", False),
        # a court, judge or lawsuit in a company deal or bankruptcy is not crime evidence
        ("A federal judge in bankruptcy court heard the company's plea.", "court~crime", False),
        ("A federal judge in bankruptcy court heard the company's plea.", "judge~crime", False),
        ("Shareholders filed a lawsuit in court to block the takeover.", "lawsuit~crime", False),
        ("Shareholders filed a lawsuit in court to block the takeover.", "court~crime", False),
        ("The judge jailed the robber after the court heard the case.", "judge~crime", True),
        ("The judge jailed the robber after the court heard the case.", "court~crime", True),
        ("Victims filed a lawsuit against the police.", "lawsuit~crime", True),
        ("Simon Cowell was the toughest judge on the talent show.", "judge~crime", False),
        # issue 14 (fresh-story misfires): a film's title, a surname or a company name is
        # no war or union evidence, nor is a streaming service's name technology evidence
        ("What You Missed About The Saddest Death In 'Avengers: Infinity War'", "war~military", False),
        ("Russian troops shelled the city as the war entered its third month.", "war~military", True),
        ("Dwyane Wade Weighs In On Gabrielle Union's 'America's Got Talent' Exit", "union~labour", False),
        ("First Union Bank said it filed a notes issue with the SEC.", "union~labour", False),
        ("Starbucks workers in Seattle vote to form a union.", "union~labour", True),
        ("What To Watch On Amazon Prime That's New This Week", "amazon~tech", False),
        ("Amazon's cloud unit lifted the online retailer's profit.", "amazon~tech", True),
        # a court ruling on voting rules is election evidence, not crime evidence
        ("Supreme Court Will Hear Dispute Over North Carolina Voter ID Law", "court~crime", False),
        ("The judge jailed the robber after the supreme court heard the case.", "court~crime", True),
        # issue 14 (stop 43, unseen stories): a crop's or a TV show's season is no sport, a
        # sports star no arts star, a gap or an office's space no outer space, a food company
        # no lifestyle food
        ("Thailand's sugarcane output will fall in the 1986/87 season.", "season~sport", False),
        ("The creators admit a continuity error in Season 4.", "season~sport", False),
        ("Her character grows in Season 2.", "season~sport", False),
        ("The striker scored twice as the club ended its season top.", "season~sport", True),
        ("The Islanders star won four Stanley Cup titles.", "star~arts", False),
        ("The Hollywood star won an Oscar for the film.", "star~arts", True),
        ("The space between the fuel tube and the fan could cause a fire.", "space~science", False),
        ("NASA will launch the space telescope next year.", "space~science", True),
        ("The largest US food maker will cut its snack advertising.", "food~leisure", False),
        ("Ten recipes for comfort food on a cold night.", "food~leisure", True),
        # an organisation's president, a housing market's sales, a sports body's court
        ("Lewis Horowitz, president of the New York Futures Exchange, said.", "president~political", False),
        ("The president signed the bill into law.", "president~political", True),
        # a company's officers: a senior vice president, a treasurer, a cofounder, a vice
        # president of marketing or manufacturing (issue 14, topics44b)
        ("Hodge, the senior vice president, will take over.", "president~political", False),
        ("A former vice president was named treasurer.", "president~political", False),
        ("The cofounder and vice president of sales is resigning.", "president~political", False),
        ("The vice president of manufacturing resigned.", "president~political", False),
        ("The vice president met senators on the budget.", "president~political", True),
        ("Sales of previously owned homes dropped 14.5 pct in January.", "sales~business", False),
        ("The retailer said its sales rose 10 pct in the year.", "sales~business", True),
        ("The club will take its cup expulsion to court.", "court~crime", False),
        # plain seeds turned into senses (issue 14, topics44): stored crops' stocks, an attack
        # at a place of worship, a late-night joke about a summit, a company named for health,
        # a ministry of industry
        # a housing market's sales and quarters, however far from its words
        (
            "House prices fell as the housing market cooled in December. "
            + "Buyers waited, lenders tightened credit and surveyors saw fewer viewings. " * 2
            + "Sales fell by a quarter.",
            "sales~business",
            False,
        ),
        ("Everything is half-off at Old Navy for Black Friday.", "navy~military", False),
        ("The Navy said two warships sailed near the islands.", "navy~military", True),
        ("Pakistan will tender for 6,000 tonnes of palm oil.", "oil~energy", False),
        ("The oil company pumped more crude from its wells.", "oil~energy", True),
        ("The CFTC reported stocks of wheat in Chicago.", "stocks~markets", False),
        ("Stocks fell on Wall Street as investors sold bank shares.", "stocks~markets", True),
        ("A gunman opened fire at the mosque.", "mosque~religion", False),
        ("Muslims gathered at the mosque for Ramadan prayers.", "mosque~religion", True),
        ("Seth Meyers mocked the summit in his monologue.", "summit~diplomacy", False),
        ("Leaders met at the summit to sign a peace treaty.", "summit~diplomacy", True),
        ("Republic Health said its unit agreed to a merger.", "health~medical", False),
        ("Health officials warned of a flu outbreak.", "health~medical", True),
        ("Industry Minister Tanaka said exports would rise.", "industry~business", False),
        ("The steel industry cut output as the company lost money.", "industry~business", True),
        # a market's trading (active trade, futures, an exchange's name, a trade paper) is no
        # trade policy (issue 14, topics44b)
        ("Barrow and gilt prices rose 1.00 dlr in active trade.", "trade~trade", False),
        ("The Chicago Board of Trade will seek night trading.", "trade~trade", False),
        ("Copper futures fell on light trade selling.", "trade~trade", False),
        ("The trade paper said car output will fall this week.", "trade~trade", False),
        ("Japan and the US held trade talks on tariffs.", "trade~trade", True),
        # business right after close (of business), Fox, pro- or Insider: a deadline, a TV
        # channel, a stance, a news site (issue 14, topics44b)
        ("Offers remain valid until the close of business.", "business~business", False),
        ("The Fox Business host attacked the senators.", "business~business", False),
        ("He runs as a pro-business, pro-gun candidate.", "business~business", False),
        ("The company said business improved in March.", "business~business", True),
    ],
)
def test_default_senses_read_the_word_in_its_sense_only(default_vectorizer, text, feature, present):
    assert (feature in default_vectorizer.analyze(text)) is present


@pytest.mark.parametrize(
    "text, topic",
    [
        ("States sued the maker of OxyContin over the opioid crisis.", "drug policy"),
        ("The senator campaigned against a challenger in the Democratic primary.", "elections"),
        ("Police say the gunman opened fire outside a nightclub.", "crime and justice"),
        # "game" and "season" read as sport in a TV series' name ("thrones" was a sports seed)
        ("The Game of Thrones star talks about the last season.", "arts and entertainment"),
        ("The Lakers star scored 40 points as the season ended.", "sports"),
        # third review: disasters, human rights and late-night words that were no seed
        ("A strong quake and aftershocks shook the island, killing dozens.", "disasters"),
        ("Campus leaders condemn a rise in antisemitism and hate speech.", "human rights"),
        ("The report documents racist abuse, islamophobia and homophobia online.", "human rights"),
        ("Stephen Colbert mocks the senator on The Late Show.", "arts and entertainment"),
        # issue 14: the host's one seed against the politics words the joke is about
        ("Jimmy Kimmel Mocks Trump's Claim That He Won The Senate Vote", "arts and entertainment"),
        ("The president mocks the senator's tweets.", "politics and government"),
        # issue 14: drug enforcement (arrests, charges, seizures, crackdowns, lawsuits beside
        # a narcotic) is drug policy; were crime and justice before the "enforcement" sense
        (
            "Sixteen stockbrokers were charged with dealing cocaine, federal officials said.",
            "drug policy",
        ),
        ("Trial opens in a Florida opioid lawsuit against a pharmacy chain.", "drug policy"),
        ("Dozens charged in an illegal prescription opioid crackdown.", "drug policy"),
        ("Police launch crackdown on heroin dealers in the city centre.", "drug policy"),
        ("Police arrested three men and seized cocaine.", "drug policy"),
        # ... while an arrest or a trafficking charge without a narcotic stays crime
        ("Police arrested three men after a robbery at a jewellery store.", "crime and justice"),
        (
            "Two men were charged with human trafficking after a raid on a farm.",
            "crime and justice",
        ),
        ("Native American tribes reach a $590 million settlement over opioids.", "drug policy"),
        # a court or judge in a company deal or bankruptcy is business (crime before) ...
        (
            "Shareholders asked a federal court to block the $2 billion takeover of the bank.",
            "business",
        ),
        ("A bankruptcy court judge approved the airline's reorganization plan.", "business"),
        # ... while a criminal court and a lawsuit against the police stay crime
        ("The judge sentenced the robber to ten years in prison.", "crime and justice"),
        ("Victims filed a lawsuit against the police over the shooting.", "crime and justice"),
        # macro data is economy and markets (named nothing, or sports / war / crime, before
        # the indicator seeds); a company's own sales stay business
        (
            "Italy's consumer price index rose 0.4 pct in March, the national statistics "
            "institute said.",
            "economy and markets",
        ),
        (
            "U.S. housing starts rose 2.6 pct in February to a seasonally adjusted annual "
            "rate of 1.85 mln units.",
            "economy and markets",
        ),
        ("Canadian industrial production rose 2.5 pct in December.", "economy and markets"),
        ("The Dutch current account surplus fell to 12.1 billion guilders.", "economy and markets"),
        (
            "Japan's money supply rose 8.8 pct in February from a year earlier.",
            "economy and markets",
        ),
        ("The retailer's sales rose 12 pct in the four weeks to February.", "business"),
        # issue 14 (fresh stories): a film title's "War", a bank's or company's "Union" and
        # "Amazon Prime" shows were armed conflict, labour and technology before
        (
            "'Deadpool 2' Steals No. 1 Spot At The Box Office From 'Avengers: Infinity War'",
            "arts and entertainment",
        ),
        (
            "Union Bank of Finland is issuing a 10 billion yen eurobond due March 30, 1992 "
            "paying five pct and priced at 102-3/8 pct, lead manager LTCB International Ltd said.",
            "economy and markets",
        ),
        (
            "First Union Corp said it completed the acquisition of two Florida-based banks, "
            "North Port Bank, based in North Port, and City Commerical Bank, based in Sarasota.",
            "business",
        ),
        (
            "What To Watch On Amazon Prime That's New This Week. A popular Leonardo DiCaprio "
            "movie joins the service.",
            "arts and entertainment",
        ),
        # ... while a union drive and a war stay labour and armed conflict
        ("Starbucks Workers In Seattle Vote To Form Union", "labour"),
        ("Ukraine: 9,000 Of Its Troops Killed Since Russia Began War", "armed conflict and defence"),
        # issue 14 (fresh stories): court rulings on voter-ID laws were crime and justice before
        (
            "Arkansas Gets Permission To Enforce Voter ID Law In Primaries. The state's Supreme "
            "Court gave election authorities the green light after a lower court had blocked the "
            "law.",
            "elections",
        ),
    ],
)
def test_default_model_files_the_reviewed_senses_where_a_reader_would(default_model, text, topic):
    top, row = _top(default_model, text)
    assert top == topic, row.nlargest(3)


def test_a_court_hearing_on_a_voter_id_law_is_not_filed_as_crime(default_model):
    # issue 14 (fresh story, HuffPost): crime and justice 0.47 before the court sense; a
    # reader files it under elections or politics (a legislature fighting over its law)
    text = (
        "Supreme Court Will Hear Dispute Over North Carolina Voter ID Law. The state's "
        "GOP-controlled legislature claims Democratic leaders are failing to adequately "
        "defend the law, so they want to do so themselves."
    )
    top, row = _top(default_model, text)
    assert top in {"elections", "politics and government"}, row.nlargest(3)


@pytest.mark.parametrize(
    "text, topic",
    [
        # issue 14 (topics39): politics 0.69 on the tune story this is written after (Obama
        # backs Feinstein against a primary challenger): the names and offices outvoted the
        # campaign it is about
        (
            "Obama Backs Senator In Her Primary Fight. The senator's leading opponent, a state "
            "lawmaker, has campaigned as a progressive alternative.",
            "elections",
        ),
        # ... and a president's bill stays politics
        ("Obama signed the bill that Congress passed on Tuesday.", "politics and government"),
    ],
)
def test_politicians_in_a_campaign_are_filed_under_the_campaign(default_model, text, topic):
    top, row = _top(default_model, text)
    assert top == topic, row.nlargest(3)


def test_a_marijuana_legalisation_bill_is_drug_policy(default_model):
    # Before the default model's classifier weighed topics evenly (class_weight="balanced"),
    # politics' prior outvoted drug policy's seeds here (politics 0.54, drug policy 0.37).
    text = "The governor signed a bill legalizing recreational marijuana for adults."
    assert _top(default_model, text)[0] == "drug policy"


def test_class_weight_balanced_lifts_a_rare_topic_and_a_bad_value_is_refused():
    tax = Taxonomy({"politics": ["senate", "governor"], "drug policy": ["cocaine", "heroin"]})
    common = [
        f"The senate and the governor met on day {i} over the budget bill." for i in range(40)
    ]
    rare = [
        f"Police seized cocaine and heroin in raid {i} on the bill of lading." for i in range(4)
    ]
    docs = common + rare
    text = ["A bill on cocaine."]
    shares = {}
    for cw in (None, "balanced"):
        model = TopicModel(taxonomy=tax, n_other=0, class_weight=cw, random_state=0)
        with pytest.warns(Warning):  # the rare topic is thin: a warning names it
            model.fit(docs)
        shares[cw] = model._classifier_proba(model.vectorizer_.transform(text))[0, 1]
    assert shares["balanced"] > shares[None]
    with pytest.raises(InputError, match="class_weight"):
        TopicModel(taxonomy=tax, class_weight="even").fit(docs)


def test_each_topic_keeps_at_least_min_topic_documents_confident_documents():
    from newsanalytics.topics._seeded_lda import confident_documents

    # Topic 0 leads 40 documents, topic 1 the last 10; confidence rises with the index.
    first = np.r_[np.linspace(0.55, 0.9, 40), 1 - np.linspace(0.55, 0.9, 10)]
    labels = np.c_[first, 1 - first]
    half = confident_documents(labels, 2, 0.5)
    assert sorted(half[half >= 40]) == list(range(45, 50))
    floor = confident_documents(labels, 2, 0.5, min_topic_documents=8)
    assert sorted(floor[floor >= 40]) == list(range(42, 50))  # the 8 most confident
    assert (floor < 40).sum() == 20  # half of the large topic is more than the floor
    every = confident_documents(labels, 2, 0.5, min_topic_documents=30)
    assert sorted(every[every >= 40]) == list(range(40, 50))  # all it has


def test_min_topic_documents_is_checked_and_saved_with_the_model(tmp_path):
    tax = Taxonomy({"politics": ["senate", "governor"], "drug policy": ["cocaine", "heroin"]})
    docs = [f"The senate met the governor on day {i}." for i in range(10)] + [
        f"Police seized cocaine and heroin in raid {i}." for i in range(10)
    ]
    for bad in (0, 2.5, "65", True):
        with pytest.raises(InputError, match="min_topic_documents"):
            TopicModel(taxonomy=tax, min_topic_documents=bad).fit(docs)
    model = TopicModel(taxonomy=tax, min_topic_documents=7, min_df=1, random_state=0).fit(docs)
    assert TopicModel.load(model.save(tmp_path / "m")).min_topic_documents == 7


def test_the_default_model_trains_each_topic_on_at_least_65_documents():
    assert TopicModel.default().min_topic_documents == 65


@pytest.mark.parametrize(
    "text, present",
    [
        # Policy on marijuana is drug policy, medical use included (topic_decisions.md:
        # legalisation and decriminalisation bills, officials' positions); "medical" beside
        # it no longer blocks the sense.
        ("The governor pushes decriminalizing marijuana, legalizing medical use.", True),
        ("Prosecutors will clear old marijuana convictions.", True),
        # A cannabis medicine for patients stays out (medical cannabis approvals read "no").
        ("Regulators approved a marijuana extract for epilepsy patients.", False),
    ],
)
def test_marijuana_is_drug_policy_also_beside_medical_use(text, present):
    tax = Taxonomy.default()
    vec = NewsVectorizer(seeds=tax, min_df=1, max_df=1.0).fit([text])
    assert ("marijuana~illicit" in vec.analyze(text)) is present


# -- issue 14 (topics32, candidate X): words that count for a topic only in its sense --------
# Issue 14, stop 38: a school, university or campus where a story happens, or Twitter, social
# media or "online" where something was said or shown, is its setting, not its subject. Those
# words count for education and technology only beside that subject's words (invented
# sentences after the misfires read in fresh stories; each with its counterpart).
_SETTING_SENSES = [
    (
        "education",
        "Two people were shot at a university campus residence hall.",
        "university~education",
        False,
    ),
    (
        "education",
        "Two people were shot at a university campus residence hall.",
        "campus~education",
        False,
    ),
    (
        "education",
        "A deer crashed through a school bus and landed on a sleeping student.",
        "school~education",
        False,
    ),
    (
        "education",
        "A deer crashed through a school bus and landed on a sleeping student.",
        "student~education",
        False,
    ),
    ("education", "The university raised tuition fees for students.", "university~education", True),
    ("education", "The university raised tuition fees for students.", "student~education", True),
    ("education", "Teachers say the school cut art lessons.", "school~education", True),
    ("technology", "Tributes poured in on Twitter for the novelist.", "twitter~tech", False),
    (
        "technology",
        "A video posted on social media showed the shooting.",
        "social_media~tech",
        False,
    ),
    ("technology", "A rare coin sold to an anonymous online bidder.", "online~tech", False),
    ("technology", "Twitter was hacked and user data exposed.", "twitter~tech", True),
    (
        "technology",
        "Social media platforms tightened their privacy rules.",
        "social_media~tech",
        True,
    ),
    ("technology", "Online retailers and broadband providers gained.", "online~tech", True),
]
# Stop 38b: "food" beside a company's or a shop's name, food output or food benefits, and the
# dogs of a fox hunt or a robot dog, are no lifestyle (misfires read in fresh Reuters, BBC and
# HuffPost stories, here as invented sentences with their counterparts).
_LIFESTYLE_SENSES = [
    (
        "lifestyle and leisure",
        "The bank opened four new branches located in Fry's Food Stores.",
        "food~leisure",
        False,
    ),
    (
        "lifestyle and leisure",
        "World food production will exceed population growth over the next decade.",
        "food~leisure",
        False,
    ),
    (
        "lifestyle and leisure",
        "The 10 best foods to eat if you're hungry at night.",
        "food~leisure",
        True,
    ),
    (
        "lifestyle and leisure",
        "The chef runs a soul food restaurant in Harlem.",
        "food~leisure",
        True,
    ),
    (
        "lifestyle and leisure",
        "Mayfair will use logos of Hershey Foods Inc candy products on its toys.",
        "food~leisure",
        False,
    ),
    (
        "lifestyle and leisure",
        "Advocates fight food insecurity with free school lunches.",
        "food~leisure",
        False,
    ),
    (
        "lifestyle and leisure",
        "The ban on hunting foxes with dogs came into force.",
        "dog~leisure",
        False,
    ),
    (
        "lifestyle and leisure",
        "Boston Dynamics says its robot dog may soon be on sale.",
        "dog~leisure",
        False,
    ),
    ("lifestyle and leisure", "How to keep your dog calm during fireworks.", "dog~leisure", True),
]


# issue 14 (topics39): a politician's name or office is politics evidence, but beside an
# election's or a diplomatic meeting's words the story is that election or that diplomacy (a
# reader files "Obama backs Feinstein in her primary" under elections, not politics)
_ACTOR_SENSES = [
    (
        "politics and government",
        "Obama backs the senator, who has campaigned against a challenger from the left.",
        "obama~political",
        False,
    ),
    (
        "politics and government",
        "The Republican candidate for governor won the primary.",
        "republican~political",
        False,
    ),
    (
        "politics and government",
        "Trump met the foreign minister at the summit in Singapore.",
        "trump~political",
        False,
    ),
    (
        "politics and government",
        "The White House moved the embassy to Jerusalem.",
        "white_house~political",
        False,
    ),
    (
        "politics and government",
        "Obama signed the bill that Congress passed on Tuesday.",
        "obama~political",
        True,
    ),
    (
        "politics and government",
        "The White House threatened to veto the spending bill.",
        "white_house~political",
        True,
    ),
]


def _seed_evidence(topic, text):
    """The features of ``text`` that count as seed evidence for ``topic`` of the default
    taxonomy: a plain word that is no seed of the topic any more (it became a sense and this
    occurrence is not in it) is no evidence."""
    tax = Taxonomy.default()
    keys = set(tax[topic].seed_keys)
    vec = NewsVectorizer(seeds=tax, min_df=1, max_df=1.0).fit([text])
    return [f for f in vec.analyze(text) if f in keys]


# Misfires found in stop 35 by reading fresh stories (BBC, HuffPost, Reuters outside the read
# sets), written here as short invented sentences, each with its counterpart in the sense
_FRESH_STORY_SENSES = [
    # an industry's output cartel, a cartel office: no drug cartel
    (
        "drug policy",
        "Shipbuilders applied to the Fair Trade Commission to form a cartel to cut tonnage.",
        "cartel~illicit",
        False,
    ),
    (
        "drug policy",
        "The company needs approval of the federal cartel office.",
        "cartel~illicit",
        False,
    ),
    ("drug policy", "Gunmen of the Sinaloa cartel ambushed soldiers.", "cartel~illicit", True),
    # "drug" in a company's or a shop's name, and selling as what a company does
    (
        "drug policy",
        "Sterling Drug said it sold the assets of its dental subsidiary.",
        "drug~illicit",
        False,
    ),
    ("drug policy", "Drug stocks showed gains in late trading.", "drug~illicit", False),
    ("drug policy", "Police arrested a drug dealer outside the school.", "drug~illicit", True),
    # award nominations and a nominee's confirmation are no election
    (
        "elections",
        "Female directors were shut out of Golden Globe nominations again.",
        "nomination~election",
        False,
    ),
    (
        "elections",
        "Senators fight over the nomination to lead the CIA.",
        "nomination~election",
        False,
    ),
    (
        "elections",
        "He won the Democratic presidential nomination after the primaries.",
        "nomination~election",
        True,
    ),
    # a film's spinoff is no company deal
    ("business", "The director wants a spinoff film about the characters.", "spinoff~deal", False),
    ("business", "The company plans a spinoff of its chemicals unit.", "spinoff~deal", True),
    # a TV series' season and a film's game are no sport
    (
        "sports",
        "Actors of the show say season two is just getting started.",
        "season~sport",
        False,
    ),
    ("sports", "The striker scored twice as the season ended.", "season~sport", True),
    # a war on Christmas is no war; a lawmakers' vote is no election
    ("armed conflict and defence", "He launched the war on Christmas.", "war~military", False),
    ("elections", "Lawmakers vote to keep the statue in the Capitol.", "vote~election", False),
    ("elections", "Voters went to the polls to vote for a new mayor.", "vote~election", True),
]


@pytest.mark.parametrize(
    "topic, text, feature, counts",
    [
        # marijuana and cannabis are drug policy only beside a legal, enforcement or
        # government word: a cannabis business' sales are not
        (
            "drug policy",
            "The cannabis company opened three new dispensaries and its marijuana sales rose "
            "40% in the quarter, the chief executive said.",
            "marijuana~illicit",
            False,
        ),
        (
            "drug policy",
            "The cannabis company opened three new dispensaries and its marijuana sales rose "
            "after legalization in the state.",
            "marijuana~illicit",
            True,
        ),
        (
            "drug policy",
            "The cannabis company opened three new dispensaries; police say marijuana was "
            "stolen from one of them.",
            "marijuana~illicit",
            True,
        ),
        # drug addiction is drug policy beside a public word (treatment, overdose...), not in
        # a memoir
        (
            "drug policy",
            "The singer opens up about her drug addiction in a new memoir.",
            "drug_addiction~illicit",
            False,
        ),
        (
            "drug policy",
            "The state expands treatment for drug addiction as overdose deaths climb.",
            "drug_addiction~illicit",
            True,
        ),
        # politics words beside a late-night host or show are the joke, not politics
        (
            "politics and government",
            "Late-night host Jimmy Kimmel mocked Trump and the Republicans.",
            "trump~political",
            False,
        ),
        (
            "politics and government",
            "Late-night host Jimmy Kimmel mocked Trump and the Republicans.",
            "republicans~political",
            False,
        ),
        (
            "politics and government",
            "Late-night host Stephen Colbert skewered the White House.",
            "white_house~political",
            False,
        ),
        (
            "politics and government",
            "Trump met Republicans in the Senate to discuss the budget.",
            "trump~political",
            True,
        ),
        (
            "politics and government",
            "Trump met Republicans in the Senate to discuss the budget.",
            "republicans~political",
            True,
        ),
        # "survivors" of sexual abuse are no disaster's survivors
        (
            "disasters",
            "Survivors of sexual abuse by the coach testified in court.",
            "survivors~disaster",
            False,
        ),
        (
            "disasters",
            "Survivors of the earthquake were pulled from the rubble.",
            "survivors~disaster",
            True,
        ),
        # new seeds: debate beside election words, director beside film words
        ("elections", "The candidates met for a presidential debate.", "debate~election", True),
        ("elections", "Lawmakers debate the budget.", "debate~election", False),
        ("arts and entertainment", "The director's new film premiered.", "director~arts", True),
        ("arts and entertainment", "The director of the bank resigned.", "director~arts", False),
        *_FRESH_STORY_SENSES,
        *_SETTING_SENSES,
        *_LIFESTYLE_SENSES,
        *_ACTOR_SENSES,
    ],
)
def test_default_seed_words_count_for_their_topic_only_in_its_sense(topic, text, feature, counts):
    evidence = _seed_evidence(topic, text)
    assert (feature in evidence) is counts, evidence
    if not counts:
        # the plain word is no evidence either (it was a plain seed before issue 14)
        word = feature.split("~")[0].replace("_", " ")
        assert word not in evidence, evidence


@pytest.mark.parametrize(
    "topic, text, seeds",
    [
        (
            "human rights",
            "The report documents sexism and misogyny at work.",
            {"sexism", "misogyny"},
        ),
        (
            "arts and entertainment",
            "She walked the red carpet at the Grammys.",
            {"red carpet", "grammys"},
        ),
        (
            "labour",
            "Pilots began a pay strike after pay talks failed.",
            {"pay strike", "pay talks"},
        ),
        ("labour", "Nurses voted for industrial action.", {"industrial action"}),
    ],
)
def test_default_taxonomy_has_issue_14_new_seeds(topic, text, seeds):
    assert seeds <= set(_seed_evidence(topic, text))


# -- issue 14 (topics33): the words a company deal is announced in ---------------------------
@pytest.mark.parametrize(
    "text, n_deal_words",
    [
        # Reuters acq: a division sold with no word that was a business seed before
        (
            "Versatile Corp said it reached an agreement in principle to sell its cultivators "
            "division to Vicon Inc for undisclosed terms.",
            2,
        ),
        (
            "Golden Poultry signed a letter of intent to purchase privately-held food "
            "distributor Don Lowe Foods.",
            2,
        ),
        ("Hadson Corp said it has signed a definitive agreement with Seaxe Energy Corp.", 1),
        ("Ryder System Inc said it has acquired Caledonian Airmotive Ltd.", 1),
    ],
)
def test_default_business_seeds_have_the_words_of_a_company_deal(default_model, text, n_deal_words):
    # none of these sentences has a business seed of topics32's taxonomy
    assert default_model.topic_evidence([text]).loc[0, "business"] >= n_deal_words


def test_acquired_immune_deficiency_is_no_company_deal():
    text = "Doctors said acquired immune deficiency syndrome spread in the city."
    assert not {"acquired", "acquired~deal"} & set(_seed_evidence("business", text))
    text = "Ryder System Inc said it has acquired Caledonian Airmotive Ltd."
    assert "acquired~deal" in _seed_evidence("business", text)


def test_default_model_gives_an_industry_cartel_no_drug_policy_share(default_model):
    text = (
        "Japanese shipbuilders have applied to the Fair Trade Commission to form a cartel "
        "to restrict tonnage built to about half of total capacity."
    )
    assert default_model.topic_evidence([text]).loc[0, "drug policy"] == 0
    assert default_model.score([text]).loc[0, "drug policy"] < 0.05


# issue 14 (topics39d): the default model's vocabulary is every taxonomy seed (forced into it)
# plus the 12,000 commonest words of its training text (HuffPost, NewsMTSC: US news), which
# has no football positions, no cricket and no European Parliament, so a headline of such
# words had no word the model knows ("Unclear future for striker Baros": no topic).


def test_every_default_seed_is_a_feature_of_the_default_model(default_model):
    from newsanalytics.topics._vectorize import seed_terms

    names = set(default_model.vectorizer_.get_feature_names_out())
    assert not [t for t in seed_terms(default_model.taxonomy_) if t not in names]


@pytest.mark.parametrize(
    "text, topic",
    [
        ("The goalkeeper and the midfielder both signed new deals.", "sports"),
        ("The striker is set to leave before the transfer window shuts.", "sports"),
        ("He curled a free-kick over the wall to win it.", "sports"),
        ("The batsman lost his wicket in the first over.", "sports"),
        ("A UKIP MEP attacked the commission's plans.", "politics and government"),
        ("Texting and SMS use hit a record on new year's eve.", "technology"),
    ],
)
def test_the_default_model_knows_the_subject_words_its_corpus_lacked(default_model, text, topic):
    assert default_model.topic_evidence([text]).loc[0, topic] >= 1
    top, row = _top(default_model, text)
    assert top == topic, row.nlargest(3)


@pytest.mark.parametrize(
    "text, feature, present",
    [
        ("The striker scored twice for the visitors.", "striker~sport", True),
        ("The hunger striker was backed by the union.", "striker~sport", False),
        ("The keeper saved a penalty in the last minute.", "keeper~sport", True),
        ("The zoo keeper fed the animals.", "keeper~sport", False),
        ("The defender was sent off after a late tackle.", "defender~sport", True),
        ("A public defender represented him in court.", "defender~sport", False),
        ("The referee showed him a red card.", "referee~sport", True),
        ("Fifa named him world player of the year.", "fifa~sport", True),
        ("EA's Fifa video game topped the console charts.", "fifa~sport", False),
        # a game review names the console once; "game" far from it is still no sport
        (
            "The PlayStation 2 sequel is out. " + "The city is vast and full of detail. " * 10
            + "The game rewards patience.",
            "game~sport",
            False,
        ),
        (
            "The team won the cup. " + "The crowd sang and the city was full of fans. " * 4
            + "The game ended late.",
            "game~sport",
            True,
        ),
    ],
)
def test_sport_words_with_other_senses_count_only_in_sport(text, feature, present):
    vec = NewsVectorizer(seeds=Taxonomy.default(), min_df=1, max_df=1.0).fit([text, "filler words"])
    assert (feature in vec.analyze(text)) is present


@pytest.mark.parametrize(
    "text, topic",
    [
        # plain seeds out of their subject (issue 14, topics44): the shipped model reads them
        # as no word at all there, and the story's other words decide
        ("The CFTC reported these stocks of wheat in Chicago, in bushels.", "agriculture and food"),
        ("Gunman kills worshippers in a mosque shooting; police hold him.", "crime and justice"),
        ("Muslims gathered at the mosque for Ramadan prayers.", "religion"),
        ("Seth Meyers mocked the summit in his late-night monologue.", "arts and entertainment"),
        ("Leaders met at the summit to sign a peace treaty.", "diplomacy"),
        ("Egypt bought 46,000 tonnes of sunflowerseed oil at its import tender.", "trade"),
        ("Republic Health said its unit agreed to a merger with a rival company.", "business"),
        ("Health officials warned of a flu outbreak as hospitals filled.", "health"),
    ],
)
def test_default_plain_seeds_made_senses_count_only_in_their_subject(default_model, text, topic):
    assert default_model.top_topics([text])[0][:1] == [topic]


@pytest.mark.parametrize(
    "text, topic",
    [
        # seeds whose words the shipped model's training text never held (issue 14, topics45):
        # scripts/sense_default_model.py gives them columns without a rebuild
        (
            "Hamburgische Landesbank is issuing a 50 mln Australian dlr eurobond due 1991 "
            "paying 15 pct, lead manager Orion Royal Bank said.",
            "economy and markets",
        ),
        ("Pechiney signed letters of intent with the Soviet Union on packaging joint ventures.",
         "business"),
        ("Afghan farmers planted more opium this year, and hashish seizures rose.", "drug policy"),
        ("The sprinter and the cyclist both qualified; the jockey rode at Cheltenham.", "sports"),
        ("Ambassadors of the two countries met at their embassies.", "diplomacy"),
        ("The Bundesbank left the discount rate unchanged at 3.0 pct, a spokesman said.",
         "economy and markets"),
        ("House prices fell in December, the Halifax said, as sales slowed.",
         "economy and markets"),
        ("French maize and barley producers asked for export rebates on their sorghum too.",
         "agriculture and food"),
        ("GATT members warned against protectionist measures.", "trade"),
    ],
)
def test_default_seeds_new_to_the_model_are_read(default_model, text, topic):
    assert default_model.top_topics([text])[0][:1] == [topic]


def test_the_default_models_weakest_seed_still_carries_a_seeds_information(default_model):
    """Seeds carried into the shipped model without a rebuild must not lower the information
    floor (topics._shares): a weak word made a seed ("airline": 0.70 nats, "boxer": 0.42)
    would let texts with no subject (a table of money-market rates) name a topic."""
    from newsanalytics.topics._shares import model_information

    assert model_information(default_model)[1] > 1.0


def test_top_words_leave_out_the_columns_no_training_text_held(default_model):
    """The columns sense_default_model.py gives new seeds have document frequency 0: counted
    as in one document, their lift dwarfed every learnt word's (a topic's top ten words were
    all such columns: "eurobonds", "sorghums"...)."""
    df = default_model.vectorizer_.document_frequency_
    unseen = set(default_model.vectorizer_.get_feature_names_out()[df == 0])
    assert {"eurobond", "sorghum"} <= unseen
    for lambda_ in (0.6, 1.0):
        assert unseen.isdisjoint(default_model.top_words(10, lambda_=lambda_).word)
