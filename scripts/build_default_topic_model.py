"""Build the embedded default topic model: ``src/newsanalytics/topics/data/default_model/``.

The model is :class:`newsanalytics.TopicModel` fitted for ``Taxonomy.default()`` on data that
may ship (see ../shared/data/DATA.md):

- the taxonomy itself: one pseudo-document per topic (its description and seeds), so every
  named topic has evidence even where the corpus is thin;
- HuffPost News Category sample (R. Misra 2022, CC BY 4.0): headline + short description,
  lines 0-8999 (9000-9999 are held out for evaluation);
- NewsMTSC (Hamborg & Donnay 2021, MIT): the sentences of its training set;
- the Amazon review snippets of the VADER ground truth (Hutto & Gilbert 2014, MIT): 300
  reviews of DVD players and digital cameras, the one body of consumer-technology text
  that may ship (the HuffPost lines hold 25 TECH stories).

BBC News and Reuters-21578 are evaluate-only and are not read here.

The shipped model is a consensus of five fits, random states 0-4, that differ only in the
random state (``newsanalytics.topics._consensus``): their topic-word distributions and
classifier weights averaged into one model of the same format and scoring cost (its manifest
lists the states as ``random_states``). The build is deterministic; it takes five fits' time
(about 2.5 minutes on two shared cores, 25-45 s a fit). ``--random-state K`` builds the single
fit of state K, as before.

A taxonomy edit that needs no refit (a sense's words, or a plain seed made a sense) is carried
into the shipped model by ``scripts/sense_default_model.py`` instead, with no churn.

The shipped classifier carries the offsets of its intercepts chosen by
``scripts/choose_topic_offsets.py`` (``OFFSETS``: arts and entertainment 1.5), set on every
build before the model is saved.

Usage::

    nice -n 10 /work/venv/bin/python scripts/build_default_topic_model.py [--data DIR]
        [--random-states 0 1 2 3 4 | --random-state K] [--hold-out-tune] [--out DIR]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import shutil
import sys
import time
from pathlib import Path

from _shippable import huffpost_records

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "src" / "newsanalytics" / "topics" / "data" / "default_model"


def _draw_key(*parts: object) -> int:
    """A stable 64-bit hash of ``parts`` (BLAKE2b of their text; not Python's ``hash()``,
    which is salted per process)."""
    text = "\x1f".join(map(str, parts)).encode("utf-8")
    return int.from_bytes(hashlib.blake2b(text, digest_size=8).digest(), "big")


def taxonomy_documents(taxonomy, per_topic: int = 40, seed: int = 0) -> list[str]:
    """Pseudo-documents made of the taxonomy: per topic, its description with all seeds, then
    ``per_topic`` short texts of a few seeds each, so every topic, however rare in the
    corpus, has as many clear examples as any other.

    The draws are independent per topic and per seed: short text ``i`` of a topic takes the
    five seeds with the smallest keys ``_draw_key(seed, topic, i, word)`` (a uniform draw
    without replacement, in random order). Editing one topic's seeds leaves every other
    topic's texts as they were, and adding or removing one seed changes only the texts it
    enters or leaves. (One shared ``random.Random`` stream did not: adding a seed to one
    topic reshuffled the draws of every topic after it, and each such edit churned the
    rebuilt model's first topics of unrelated stories; issue 14, topics39e.)"""
    docs = []
    for topic in taxonomy.topics:
        # A sense is written in its context: the word with the first of its "near" words.
        seeds = list(topic.seeds) + [
            f"{s.word} {s.near[0]}" if s.near else s.word for s in topic.senses
        ]
        docs.append(f"{topic.name}. {topic.description} " + ". ".join(seeds) + ".")
        for i in range(per_topic):
            picked = sorted(seeds, key=lambda word, i=i: _draw_key(seed, topic.name, i, word))
            docs.append(". ".join(picked[:5]) + ".")
    return docs


def tune_story_lines() -> set[int]:
    """The HuffPost lines (0-8999) that are ``tune`` stories of the topic or drug-policy read
    sets (benchmarks/readsets/), for ``--hold-out-tune``."""
    lines = set()
    for name in ("topics_gold.jsonl", "drug_policy_gold.jsonl"):
        with open(REPO / "benchmarks" / "readsets" / name, encoding="utf-8") as fh:
            for row in map(json.loads, filter(str.strip, fh)):
                if row["split"] == "tune" and row["source"] == "huffpost":
                    lines.add(int(str(row["story_id"]).rsplit("-", 1)[-1]))
    return lines


def huffpost_documents(data: Path, skip: set[int] = frozenset()) -> list[str]:
    """Headline and description of the HuffPost sample's lines we may train on (the held-out
    lines 9000-9999, whose stories the topic read set draws, are never read), less ``skip``."""
    docs = []
    for line, rec in huffpost_records(data):
        if line in skip:
            continue
        text = f"{rec.get('headline', '')}. {rec.get('short_description', '')}".strip()
        if len(text) > 3:
            docs.append(text)
    return docs


def newsmtsc_documents(path: Path) -> list[str]:
    seen: dict[str, None] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            seen.setdefault(json.loads(line)["sentence_normalized"], None)
    return list(seen)


def review_documents(path: Path) -> list[str]:
    """The VADER ground truth's Amazon reviews, one document per review: its sentence
    snippets (ids ``review_sentence``, tab-separated from rating and text) joined in order."""
    reviews: dict[str, list[str]] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 3:
                reviews.setdefault(parts[0].split("_")[0], []).append(parts[2])
    return [" ".join(sentences) for sentences in reviews.values()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument(
        "--random-states",
        type=int,
        nargs="+",
        default=[0, 1, 2, 3, 4],
        help="fit once per random state and ship their consensus (one state: that fit)",
    )
    parser.add_argument(
        "--random-state",
        type=int,
        default=None,
        help="a single fit of this random state (the same as --random-states K)",
    )
    parser.add_argument(
        "--n-other",
        type=int,
        default=3,
        help="background topics (what the taxonomy does not cover: the 'other' share)",
    )
    parser.add_argument(
        "--min-topic-documents",
        type=int,
        default=65,
        help="confident documents each topic trains the classifier on, at least",
    )
    parser.add_argument(
        "--hold-out-tune",
        action="store_true",
        help="leave out the HuffPost lines that are tune stories of the topic and drug-policy "
        "read sets, so that bench_topics_read.py --held-out reads every tune story as unseen "
        "(a diagnostic model: never ship it)",
    )
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")

    from sklearn.base import clone

    from newsanalytics import Taxonomy, TopicModel
    from newsanalytics.topics._consensus import consensus_model

    states = [args.random_state] if args.random_state is not None else args.random_states

    taxonomy = Taxonomy.default()
    corpus = (
        taxonomy_documents(taxonomy)
        + huffpost_documents(args.data, tune_story_lines() if args.hold_out_tune else set())
        # NewsMTSC's single sentences of political news are 7,700 of the documents. Left
        # out (issue 14, tune rows, rs0/1/2): pick .810/.815/.810 -> .775/.775/.765, and
        # the sentences without a subject of benchmarks/bench_topics_abstain.py named a
        # topic 4/7/5 -> 11/9/10 of 12: they teach the background topics everyday speech.
        # Adding the 4,200 VADER tweets (MIT) did not do more: pick .810/.810/.815,
        # drug-policy P/R .800/.774 for all three (rs0 today .793/.742), share 0.68-0.70,
        # but those sentences named 6/8/6 of 12 and headlines-only pick +2/-3/+1 stories.
        # Nor 2,000 of the VADER movie-review snippets (MIT; aimed at HuffPost celebrity
        # items that abstain): held-out builds (--hold-out-tune) rs 0/1/2, pick/right or
        # defensible .870/.945, .860/.935, .855/.930 -> .845/.925, .855/.930, .865/.940,
        # headlines-only pick .615/.585/.593 -> .593/.570/.600, drug-policy recall .935 ->
        # .903 on rs 0 and 2; all 10,604 (shipped build, rs 0): .850/.935, drug P .882.
        + newsmtsc_documents(args.data / "newsmtsc" / "train.jsonl")
        # Technology was the reader's pick the model missed most (4 of 7 tune stories, BBC
        # articles on gadgets, games and digital music, filed under arts or none): its
        # training text had almost no technology news. With these reviews it finds 6 of 7;
        # right or defensible rose on both halves of the tune read set for random states
        # 0, 1 and 2 (first batch 0.925 -> 0.938; tune-stop21 0.867-0.883 -> 0.883-0.900).
        + review_documents(args.data / "vader_groundtruth" / "amazonReviewSnippets_GroundTruth.txt")
    )
    print(f"corpus: {len(corpus)} documents", file=sys.stderr)
    t0 = time.perf_counter()
    model = TopicModel(
        taxonomy=taxonomy,
        random_state=states[0],
        # Background topics take what no named topic covers (the "other" share). 3 beat
        # 0 and 8 on the tune half of benchmarks/readsets/topics_gold.jsonl.
        n_other=args.n_other,
        # The classifier weighs topics evenly and is regularised more than the class
        # default (C=100): on the tune half of the topic and drug-policy read sets, for
        # random states 0, 1 and 2 alike, reader's pick +0.013, right or defensible +0.025,
        # drug-policy recall +0.07 at the same precision. Without it, politics (a third of
        # this corpus) outvoted drug policy's seeds by its prior on short texts.
        class_weight="balanced",
        C=30.0,
        # Tried and not kept (issue 14, tune rows, random states 0/1/2 unless said; the
        # base reads pick .810/.815/.810, drug-policy P .793/.800/.800 R .742/.774/.774,
        # drug-policy share over 200 non-drug stories 0.74): recalibrating the classifier
        # after its last round, fitted on this corpus's own labels. Per-topic offsets by
        # cross-entropy on the labels: pick .810/.810/.810, headlines-only pick +1 to +3
        # stories, share 0.68, but drug-policy recall .742 on rs1. The same weighted to
        # a uniform prior: drug-policy R .806 P .806 for all three, but pick .785/.775/.785
        # and share 1.26-1.29 (it moves politics stories out of politics); weighted by
        # 1/sqrt(count): R .806/.774/.774 P .806/.800/.800, pick .795/.795/.800, share
        # 0.90. With a temperature (fitted T 0.55, sharper) or per-topic scales: headlines
        # up, full-text pick .770-.795 (rs0/rs1). Training on the second label of each
        # confident document too (share >= 0.15 or 0.25, weighted by share): pick
        # .795/.805 (rs0), recall unchanged. The classifier's near-zero drug-policy
        # probability on mixed stories (a governor decriminalising marijuana: politics
        # 0.67) is the politics words' weight, not its offset alone. A multinomial
        # LogisticRegression (lbfgs, same C and weights) in place of the one-vs-rest SGD
        # (rs0): pick .805, headlines-only .585 -> .556, drug-policy R .774, share 0.96.
        # The drug-policy misses (issue 14, tune rows) are the same seven stories on random
        # states 0, 1 and 2 (rs1 adds huffpost-2338): extradition of a Honduran
        # ex-president (1177), brokers dealing cocaine (Reuters 16829), opioid suits against
        # Walgreens (866) and McKinsey (3262), an opioid-pill crackdown (6909), a governor
        # decriminalising marijuana (7240), aid to Mexico and the drug war (Reuters 12936).
        # In every one drug policy has the second-largest share (0.17-0.38, named as a
        # further topic in 4 of 7); the fold-in favours it in five (1177, 866, 3262, 6909,
        # 7240), the seed part in three (1177, 3262, 7240), but the classifier gives it
        # 0.00-0.24 against 0.44-1.00 for politics, crime, business or health. Phrases are
        # not the gap: "drug trafficking" and "drug cartel" are seeds and matched, and the
        # winning topic has as many seed words of its own
        # (evidence 2-6 against drug policy's 1-5), so a rule on seed evidence or on a
        # strong second topic does not separate these from the four false positives (drug
        # policy first on 1-2 seed words). At transform time on the rs0 model: seed_weight
        # 0.45 changed no drug-policy story (leakage 0.69 -> 0.63); the classifier's weight
        # (blend) 0.35: drug P/R unchanged, pick .835 -> .825, leakage 0.75; blend 0.3 with
        # seed_weight 0.45: P/R .806/.806 but pick .815, right or defensible .915. Kept
        # instead (topics._seeded_lda.lift_thin_topics, transform only): a thin topic's
        # classifier probability is at least its fold-in share where the text has one of
        # its seed words: P/R .806/.806 on all three (7240 found; rs1 also 2338), pick and
        # right or defensible unchanged, leakage 0.69/0.69/0.71. Flooring it without the
        # seed-word condition gave the same P/R but leakage 1.28 (rs0). The same floor in
        # fit's self-training labels too (rebuilt, rs0/1/2): P/R .788/.839 on all three (one
        # more false positive), pick .830/.835/.830, headlines-only pick rs2 .593 -> .578.
        # Then (transform only) the lift asks two different seed words of the thin topic
        # and the lifted topic keeps its fold-in share (the other topics make room, where
        # renormalising the row took part of the lift back): P/R .806/.806 -> .818/.871 on
        # all three (1177 and 3262 found), pick and right or defensible unchanged, leakage
        # 0.69/0.69/0.71 unchanged; keeping the share with one seed word: .794/.871.
        # With the tune stories left out of training (--hold-out-tune, the tune stories read
        # as unseen news) P/R was .800/.645, .808/.677, .800/.645: on unseen text the
        # classifier gives drug policy 0.00-0.08 (its weight sits on the seeds its few
        # documents repeat) and the fold-in 0.08-0.38. The lift's floor is now the larger
        # of the fold-in share and the text's own seed share: held out, P/R .806/.806 on
        # all three, pick, right or defensible and leakage unchanged; these models (tune
        # stories in training) P .818 -> .794 (Reuters 8594, a secondary story, named),
        # R .871 unchanged. A floor of 0.75 or 0.5 times the seed share: R .742 / .677.
        # Tried on the held-out builds and not kept: lifting the fold-in part as well as
        # the classifier's (P/R .765/.839, .743/.839, .765/.839: one more false positive
        # per model, 7240 found); counting seed occurrences instead of different seed
        # words (opioid twice; P/R .788/.839 for all three); seed expansion from 0.04% of
        # the documents instead of 0.1% (drug policy learns overdose, addiction, epidemic,
        # crime learns trafficking: drug P/R unchanged, every topic's expansions move).
        # Tried at transform time on the shipped rs-0 model (issue 14, session 37) and not
        # kept, none beyond one tune story: the seed part's weight scaled by the text's seed
        # evidence E as E / (E + c) (one weak seed word in a short text then weighs less):
        # c = 1 unchanged, c = 3 headlines-only -1 story, c = 6 and 12 pick/r-d .855/.930
        # and .840/.920 (today .860/.935); each seed's evidence times P(topic | word) (from
        # topic_word_ and topic_shares_, power 0.5 or 1), for the seed shares, the seed
        # part's weight or both: .855-.860 / .930-.940, headlines unchanged; the fold-in's
        # weight reaching 1 - blend only at 2, 3, 5 or 10 times chunk_size_ words (HuffPost
        # items are 15-30 words, so the fold-in reads them at full weight today): 2 keeps
        # pick/r-d (headlines .600/.704, leakage 0.44), 3 and up .855/.930.
        # Still missed held out: enforcement stories that read as crime (Reuters 16829,
        # brokers dealing cocaine: crime's seeds police, arrested, charged, investigation
        # x4 against drug policy's five), single-seed opioid stories (866, 1245, 6909) and
        # a Senate aid vote over the war on drugs (Reuters 12936, politics' four seeds).
        # Also tried: the HuffPost categories of lines 0-8999 that name one topic (COMEDY,
        # ENTERTAINMENT, CULTURE & ARTS: arts; SPORTS; CRIME; ENVIRONMENT; BUSINESS; TECH;
        # SCIENCE; RELIGION; EDUCATION; STYLE & BEAUTY, HOME & LIVING, TRAVEL, FOOD &
        # DRINK, PARENTING, WEDDINGS: lifestyle; mapping written before any run) as the
        # self-training labels of those documents. Held as labels: pick .810/.805/.810,
        # HuffPost -1 story for each seed (lifestyle stories go to arts), drug-policy P
        # .821 but R .742 for all three, headlines-only pick down on rs1/rs2. Mixed half
        # and half with the model's labels: pick .815/.820/.815, drug policy as today,
        # share 0.70-0.71, but headlines-only pick .570/.585/.593 (today .585/.607/.585);
        # 40 HuffPost tune stories are lines 0-8999, so their gain is not unseen news.
        # Each topic trains the classifier on at least 65 confident documents (half of a
        # small topic such as drug policy was too few against politics' thousands). Tune
        # rows, random states 0/1/2, against no floor: reader's pick .805/.805/.810 ->
        # .810/.815/.810, right or defensible .895 -> .900/.905/.900, drug-policy recall
        # .742/.710/.710 -> .742/.774/.742 at precision .79-.80, drug-policy share summed
        # over 200 non-drug stories 0.60-0.62 -> 0.73-0.74. 55 kept the picks but not rs1's
        # recall; 75 lost a pick (rs2) and leaked 0.78.
        min_topic_documents=args.min_topic_documents,
        # Landed (issue 14, topics32, "candidate X"; taxonomy seeds only, the model rebuilt):
        # politics' trump, biden, obama, white house, president, republican(s),
        # democrat(ic|s) as senses not near a late-night show, host or comedian (window
        # 30), marijuana and cannabis counted only near a legal, enforcement or government
        # word, drug addiction only near a public one (crisis, treatment, police,
        # overdose...), "survivors" not near sexual abuse words, gender words in human
        # rights (sexism, misogyny, feminist, metoo), debates in elections, celebrity words
        # in arts (grammys, red carpet, reality tv, pop star...), pay and strike words in
        # labour. Held-out tune builds (--hold-out-tune) against the same builds without
        # it, rs0/1/2: pick .840/.830/.840 -> .855/.850/.850 (+3/+4/+2 stories; rs3/rs4
        # +2/+4), right or defensible .925/.920/.925 -> .930 (+1/+2/+1), drug-policy strict
        # P .806 -> .929/.926/.926, R .806 -> .839/.806/.806; categories Reuters .848 ->
        # .848/.848/.847, HuffPost .536 -> .544-.548. Landed (the lead's decision) though
        # under the 4-story bar on each random state: the pick gain has the same sign on all
        # 5 random states, and drug-policy precision rises by about .12 with recall the same
        # or one story lower. Caveats kept on record: the gains are the targeted stories (two
        # late-night items, a Me Too item, a pilots' strike) less knife-edge stories that
        # flip with any retraining (huffpost-9095 politics 0.18 -> 0.05-0.09 with no seed
        # word, BBC politics/182 a 0.26/0.26 tie with crime); 695 of 21,865 Reuters TRAIN +
        # HuffPost 0-8999 stories changed first topic, 30 read: 13 better, 11 worse, 6
        # debatable. Shipped model (random state 0, this default build), tune split: pick
        # .835 -> .850, right or defensible .920 -> .930, drug-policy strict P .794 -> .900,
        # R .871 -> .871; categories Reuters pick .849 -> .847, defensible .894 -> .892,
        # HuffPost (training text) .535 -> .544.
        # Landed (issue 14, topics33; taxonomy seeds only, the model rebuilt): business'
        # words of a company deal (definitive agreement, agreement in principle, letter of
        # intent, undisclosed terms/price/sum/amount, acquires, acquiring, acquired not near
        # immune/deficiency/syndrome, buyout, divestiture, spinoff, privately held); a
        # division sold "for undisclosed terms" had no business seed (Reuters TRAIN acq
        # .875 first named business). Held-out tune builds rs0-4: pick .855/.850/.850/.845/
        # .855 -> .860/.850/.855/.855/.855, right or defensible .930/.930/.930/.930/.935 ->
        # .940/.935/.935/.935/.935 (Reuters 185 found on all five; the rest retraining
        # flips), drug-policy strict P .929/.926/.926/.926/.929 -> .897/.929/.926/.926/.929
        # (rs0 one more secondary story named; lenient 1.000), R the same or +1 story;
        # categories (rs0 held-out build) Reuters pick .848 -> .856, acq .875 -> .911,
        # HuffPost .544 -> .545. Changed first topics of HuffPost 0-8999 + Reuters TRAIN
        # (rs0): 334 of 14,949; 40 read: 18 better (6 of the 8 deal stories), 9 worse, 13
        # debatable. Shipped model, tune split: pick .850 -> .850, right or defensible
        # .930 -> .935, drug-policy P/R .900/.871 unchanged, leakage 0.69 -> 0.66;
        # categories Reuters .847 -> .856 (acq .875 -> .909), HuffPost .544 -> .544.
        # Tried in topics33 and not kept (same held-out builds, rs0-4, against the base):
        # royals and reality TV as arts seeds (royal family, meghan markle, kate middleton;
        # prince harry, prince william, duchess, royals not near government, law, church or
        # army words; game show, talent show, got talent, american idol, bachelorette,
        # contestant, quiz show, jeopardy near a quiz word) with sports' game/games/season
        # not near them: HuffPost ENTERTAINMENT first named arts .671 -> .717 (abstentions
        # 185 -> 142), categories HuffPost .544 -> .552, but tune pick -1/0/-1/+2/-1 (the
        # tune read set has no royal or reality-TV story), drug-policy P .929 -> .893 on
        # rs0/rs1; 44 changed stories read: 21 better (all 13 targeted), 11 worse, 12
        # debatable. On top of the deal words: pick +1/+1/0/0/0, right or defensible equal
        # on all five, the moved tune stories knife-edge flips (Reuters 11658, BBC
        # business/353), drug-policy R -1 story on rs0, one more secondary story on rs2.
        # Deal verbs on top of the deal words (completed the sale, completed the
        # acquisition, agreed to acquire, agreed to buy, agreed in principle, proposed
        # acquisition, proposed merger): tune pick +0/+3/0/0/+1, right or defensible
        # +0/+2/+1/0/+1 (Reuters 13077, "completed the sale of WOR-TV", found on all five),
        # categories Reuters .856 -> .858 (acq .911 -> .919), but 285 first topics changed
        # and 30 read: 9 better, 11 worse, 10 debatable (one of them a deal story): the
        # rebuild's churn outweighs one more story, so not kept.
        # Macro-indicator seeds for economy and markets (industrial production,
        # housing starts, retail sales, consumer price index, current account, balance of
        # payments, gross national product, money supply, payrolls, ...): categories Reuters
        # .848 -> .859 (ipi .33 -> .89, cpi .78 -> .98, gnp .71 -> .92, bop .07 -> .47) but
        # tune pick -2/0/0/+1/-1 alone and -2/0/-1/-1/-2 on top of the deal words (40
        # read: 15 better, 14 worse, 11 debatable). One random generator per topic for the
        # taxonomy pseudo-documents (so a seed added to one topic moves only its own): pick
        # -1/-1/0/0/-1 and as many changed stories (334-397 per rebuild): the churn of a
        # rebuild is the fit, not these documents.
        # Also not kept: politics seeds gop, democrat, congressional, subpoena, special
        # counsel, committees (pick -2 to -5: elections stories go to politics); crime's
        # supreme court, attorney general, judge, lawsuit, investigation, fbi as senses not
        # near political words (pick -3/0/-1); naming a top topic under the 0.15 share when
        # it has a seed word (no tune or category story changed: the abstentions have none);
        # the seed-richer of two shares within 0.03 first (right +1/+2 but pick mixed and
        # drug-policy recall -1).
        # Landed (issue 14, topics35; taxonomy seeds only, the model rebuilt, ~15-30 s a
        # build): senses for misfires found by reading fresh stories (not the tune set):
        # cartel not near an industry's cartel (office, fair trade, shipbuilders, capacity,
        # tonnage, production, quotas, industry...); drug~illicit not near company words
        # (subsidiary, assets, unit, stores, chains, shares, stocks, company) and no longer
        # counted near sell/sold/selling ("Sterling Drug Inc said it sold..." was drug policy
        # 0.29); elections' nomination not near award or confirmation words (Golden Globe,
        # Grammy, CIA, judge, cabinet...); business' spinoff/spin-off not near film or TV
        # words; sports' game/games/season not near actor(s), actress, episode(s), film,
        # movie; war not near christmas, poverty, women, science; vote~election not near
        # lawmakers, congress, committee, legislation, rules, mps, parliament. Held-out tune
        # builds rs0/1/2: pick .860/.850/.855 -> .860/.855/.860, right or defensible
        # .940/.935/.935 -> .940/.935/.940, drug-policy strict P/R .897/.839, .929/.839,
        # .926/.806 -> .897/.839, .893/.806 (huffpost-1245 a 0.32 tie), .926/.806; drug-policy
        # share over 200 non-drug tune stories 0.63 -> 0.48. Shipped (rs0) tune: pick .850,
        # right or defensible .935 -> .930 (huffpost-9287, a 0.28/0.27 arts/lifestyle tie,
        # flips), drug P/R .900/.871 unchanged, share 0.66 -> 0.55; categories Reuters .856
        # -> .856, HuffPost .544 -> .543. On 101 unread Reuters drug stories no first topic
        # changed and the drug-policy share of 6 pharma/cartel business stories went from
        # 0.11-0.29 to 0. Changed first topics on the 29,460 pool stories in no read set:
        # 465; all 38 that hold an edited word read: 24 better, 4 worse, 10 debatable; 80
        # of the other 427 (rebuild churn) read: 28 better, 28 worse, 24 debatable (the
        # same churn between this base at rs0 and rs1, 30 read: 12 better, 10 worse).
        # A first try that also put repeal/amendment/resolution near vote and inc/corp
        # near drug (stop words: never in a window) read 8 better / 22 worse on 39 churn
        # stories and sent an Irish abortion referendum to health: not kept.
        # Landed (issue 14, topics42): sports' game, games, player and team not in a text
        # that names a games console or gamers (a sense's not_in_text: a review names the
        # console once and says "game" throughout, beyond not_near's window). It changes no
        # training document, so this build writes the same weights byte for byte (only
        # taxonomy.json differs): no churn. 6 first topics changed among the 23,481 pool
        # stories outside report rows, all game stories: 4 better, 1 wrong either way, 1
        # pick -> acceptable. Not kept, same session: "campaigned"/"campaigning" as senses
        # with campaign's near/not_near (activists who campaigned for a right are no
        # election): both targeted stories better, but the training text changes, and of the
        # 77 other first topics that moved (churn) about 18 read better and 27 worse; tune
        # right or defensible .935 -> .925 (two knife-edge flips, 0.155 -> 0.145, 0.306 ->
        # 0.300). policy~political not near central-bank words (rate, credit, bundesbank,
        # lending, currency...): 5 changes, 4 of them one repeated Bundesbank story going to
        # no topic. blend 0.4/0.6 and seed_weight 0.25/0.45 at transform time: tune right or
        # defensible .925-.940, categories within 0.005: no gain over 0.5/0.35. No tune
        # drug-policy false positive left to learn from, and of the BBC and Reuters TRAIN
        # stories outside report rows only four tune rows top as drug policy or have a
        # drug-policy share of 0.2 or more (the pools' other drug stories are all read).
        # The vocabulary: every taxonomy seed and sense (forced in: the taxonomy documents
        # hold each one) plus this corpus's words and phrases in 3 documents to 30%, the
        # 12,000 commonest (about 12,700 pass min_df, so the cap barely binds). A subject word
        # this corpus (US news) lacks is unknown whatever min_df says ("striker", "midfielder",
        # "goalkeeper", "mep", "texting": in 0-2 documents): such words are seeds (issue 14,
        # topics39d: football, cricket, US leagues, MEP/UKIP, texting/SMS). Rebuilt with them:
        # tune headlines-only pick/r-d .600/.704 -> .615/.719 (+3 -1: striker, keeper, UKIP MEP
        # headlines found), full text .865/.940 -> .850/.925 (-3, three HuffPost weak firsts
        # without a new word: the refit's churn; the taxonomy alone on the old weights changes
        # no tune story, their vocabulary lacks the words), drug policy unchanged (P .909, R
        # .968, share 0.55), categories Reuters .872/.918 -> .873/.918, HuffPost .532/.609 ->
        # .532/.610. Fresh 3,115: 31 first topics change (8 hold a new seed word).
        # Landed (issue 14, topics39e; consensus rebuilt): the build's random draws are keyed,
        # not one shared stream. The taxonomy's short texts drew from one random.Random, so a
        # seed added to one topic reshuffled the texts of every topic after it (adding
        # "consulate" to diplomacy changed 996 of 1,066 taxonomy texts in 25 topics; now 7, all
        # diplomacy's: its description and the 6 texts the new seed enters); and the unnamed
        # topics' random start took a vocabulary-sized gamma draw from the fit's stream, so a
        # new word moved the LDA's and the classifier's seeds drawn after it (now one draw, the
        # start keyed per word: _seeded_lda.keyed_gamma). That edit rebuilt on main's code
        # changed the first topic of 23 of the 3,115 fresh stories (title alone 42), none with
        # "consulate"; on this code 6 (title alone 5). Left: the edited topic's own texts
        # change, its learnt phrases and the vocabulary cap (12,000 by document frequency,
        # ties cut alphabetically among df-3 words near "re...") move with them, and the fits
        # are global, so an edit still moves a few knife edges. The one-time reshuffle: tune
        # .850/.925 -> .855/.935 (huffpost-9095 and -7094 right, a BBC tsunami-economy story
        # a .24/.24 tie to disasters, defensible), headlines-only .615/.719 -> .637/.741
        # (+3, one wrong story now abstains), drug policy P/R .909/.968 unchanged (share
        # 0.55), categories Reuters .873/.918 -> .874/.919, HuffPost .532/.610 -> .533/.610.
        # Fresh 3,115: 34 first topics change (title alone 55), all rebuild churn.
        min_df=3,
        max_df=0.3,
        max_features=12000,
        phrase_min_count=4,
        # Document-level topic-word estimate: this model has no unnamed topics to absorb
        # what the taxonomy does not cover, and word-level EM (topic_word_iter > 0) let such
        # stories take over named topics' top words on this corpus ("new york times" atop
        # drug policy, "hong kong protesters" in energy), without better HuffPost c_npmi.
        topic_word_iter=0,
    )
    # Landed (issue 14, topics37b): the consensus of random states 0-4. Any single fit
    # is part random-state noise: two fits at different states disagree on the first
    # topic (top_topics) of 1.42-1.66% (mean 1.49%) of 28,612 stories in no read set
    # (HuffPost 0-9999, BBC, Reuters TRAIN and TEST; pairs rs0-4 vs rs5-9), 1.07-1.18% of
    # the 19,750 that are not training text; the consensus of rs0-4 against that of
    # rs5-9, 0.68% (unseen 0.47%). Tune split: held-out builds (--hold-out-tune) rs0/1/2
    # pick/right or defensible .870/.945, .860/.935, .855/.930 (rs3/4 .860/.935,
    # .865/.940), their consensus (rs0-4) .860/.935; headlines-only .615/.585/.593 ->
    # .622; drug-policy strict P/R .906/.935 on all. Shipped (rs0 -> consensus): pick
    # .860/.935 unchanged, headlines-only .607/.711 -> .622/.726, drug P/R .909/.968
    # unchanged, drug-policy share over 200 non-drug stories 0.53 -> 0.55; abstentions
    # on the 28,612 583 -> 537. Of 6,970 fresh stories (BBC, HuffPost 9000-9999, Reuters
    # TEST, in no read set) 51 changed first topic, all read blind (old and new shown as
    # X/Y in random order): 23 better, 18 worse, 10 the same; the new topic is the one most
    # of rs1-4 give too. Categories (bench_topics_categories.py): Reuters TRAIN pick/right
    # or defensible .870/.914 -> .871/.915, HuffPost .546/.602 -> .547/.602 (abstained
    # 174 -> 158); the twelve subject-less sentences of bench_topics_abstain.py still name
    # nothing. The mean of the topic-word distributions (not of their logs: the same tune
    # figures) is what the mean of the fits' final labels would give. The unnamed topics
    # are matched, not identified: each is 0.88-0.91 alike (Hellinger affinity) to every
    # unnamed topic of another fit, named topics 0.999 to themselves, so their mean is a
    # blurred background (abstentions -8%, within the single fits' range 543-597). Tried:
    # averaging the named topics only and keeping the first fit's unnamed ones: held-out
    # .870/.945 (rs0's own), shipped .860/.935, headlines .607, abstentions 579, churn
    # 0.79%; 38 fresh stories changed, 14 better / 12 worse / 12 the same.
    # Landed (issue 14, topics37c; taxonomy senses, consensus rebuilt): war not near a
    # film's words (infinity, avengers, marvel, box office, film, movie, trailer, sequel,
    # thrones); union not near a company's or person's (bank, bancorp, carbide, pacific,
    # norwich, indemnity, miniere, gabrielle: "Union Bank of Switzerland" lead-manages many
    # Reuters eurobonds, which were labour); amazon not near prime ("What To Watch On Amazon
    # Prime" was technology). Tune unchanged (.860/.935, headlines .622, drug P/R
    # .909/.968, share 0.55). Of 29,332 pool stories in no read set 184 first topics changed
    # (0.63%; 54 hold war/union/amazon), a random 40 read blind (X/Y old/new shuffled):
    # 20 better / 10 worse / 10 debatable (targeted 11/0/4, churn 9/10/6). Tried first:
    # the same plus twitter not near mourns/erupts/fans and "war" only: 158 changed, 40 read
    # 17/15/8; plus social media not near post(s)/break/returns and twitter not near
    # critics/meme/drag: headlines -1 (a 0.15 knife edge), 237 changed, 40 read 19/11/10,
    # and Twitter-reaction items on Marjorie Taylor Greene or Lauren Boebert went from
    # technology or politics to terrorism: not kept. "War"/"Union" inside a Title Case name
    # run would need case in topic_tokens (lower-cased) and HuffPost headlines are Title
    # Case throughout ("Vote To Form Union"): not tried.
    # Landed (issue 14, topics37d): crime's court not near voter(s), voting, ballot(s),
    # election(s), electoral, redistricting, gerrymandering/-ed, recount, primaries (court
    # rulings on voter-ID laws and voting maps were crime). Tune .865/.940 (was .860/.935;
    # one churn story, huffpost-9287, now right), headlines .630/.733 (was .622/.726), drug
    # P/R .909/.968, share 0.55. 67 of 29,332 pool stories' first topics changed (6 hold
    # "court"); read blind by this helper: court 5 better / 1 worse, churn (40 of 61)
    # 12 / 14 / 14 debatable. Tried first: the same plus "supreme court" turned from a
    # seed into a sense with the same not_near: that reorders crime's seeds, so the
    # taxonomy pseudo-documents (rng.sample) change for every topic after it: 164 changed,
    # tune .855/.930 (a BBC anti-terror bill story crossed a 0.273/0.270 knife edge), court
    # 10/2/1 but churn 14/16/10: not kept. Not tried (time): university/student/college as
    # a crime or celebrity story's backdrop (education), "key player" (sports; fresh
    # stories with it were already mostly right), robot "dog".
    # Landed (issue 14, topics38b; consensus rebuilt): lifestyle's food not near a company or
    # shop (stores, company/-ies, product(s), industry, subsidiary, acquisition, merger),
    # output or trade (production, output, processing/-or(s), exports, imports) or aid
    # (insecurity, benefits, assistance, bank(s)): Reuters "Hershey Foods Inc", "Fry's Food
    # Stores" were lifestyle; dog not near hunt(s)/-ing/-ers, hounds, fox(es), robot(s)/-ic.
    # Tune .850/.930 -> .855/.930, headlines .593/.704 unchanged, drug P/R .909/.968;
    # categories Reuters TRAIN .871/.916 -> .873/.917, HuffPost .555/.612 -> .555/.611
    # (FOOD & DRINK 61 -> 58 of 114). 3,115 fresh stories: 8 first topics changed, read
    # 6 better / 0 worse / 2 debatable. Review first (same fresh stories, main's model):
    # each seed of a story's first topic deleted in turn, and the setting words of the
    # brief deleted together per topic (police/court/prison/jail/investigation;
    # hospital/doctor(s)/patients/medical/nurses; church/christian/muslim/jewish/faith...;
    # team/player/game/season/match/coach; soldiers/army/troops/military/weapons/war;
    # dollar/markets/(central) bank; border/visa/citizenship; home/family/kids/parents...):
    # 912 stories hold one, 232 change first topic without them; read (energy's 35, oil and
    # gas, not read) almost all were right with them (arts 23, tv/star: 3 wrong; crime 33,
    # ~2 wrong: a bomb, a hunt protest; health 4, 1 wrong; religion 7, 2 wrong: "Muslim"
    # or "Jewish" describing a country or a group;
    # conflict 11, 2 wrong; sports 51, 6 wrong, 4 of them video-game stories that the
    # game/player senses miss and 2 idioms; economy 47 bank/bond items, none clearly
    # wrong; lifestyle 13, 8 wrong: food 4, dog 2, kids 1, restaurant 1). Only food and
    # dog were clear. Tried first: food as a sense with a "near" list of eating and
    # cooking words (eat, cook, chef, recipe, meal, restaurant, diet, snack, kitchen...,
    # window 12): fresh 24 changed, 10 better / 6 worse / 8 debatable (targeted 6/0/1),
    # tune .860/.935, but HuffPost FOOD & DRINK .535 -> .430 (food insecurity, leftovers,
    # grocery, fridge items lost): not kept.
    # Landed without a rebuild (issue 14, topics44; scripts/sense_default_model.py carries a
    # plain seed made a sense into the shipped model by renaming the seed's column to the
    # sense's key): economy's stocks not near a stored crop's words (wheat, corn, grain,
    # soybeans, sugar, bushels, intervention...: CFTC and EC stock reports), religion's
    # mosque, synagogue and church (their plurals with them) not near an attack's words
    # (shooting, gunman, massacre, bombing, hostage, standoff...), diplomacy's summit not near
    # late-night words (politics' list, window 30), health not near a company's words (unit,
    # subsidiary, affiliates, merger, shares, stock, chairman, company...: "Republic Health
    # Corp"), business' industry not within 3 words of minister, ministry, secretary or
    # department. Tune .815/.912 -> .831/.931; 57 of 22,972 pool stories in no read set
    # changed first topic, all read blind: 40 better, 7 worse, 10 the same. A rebuild
    # learns these senses' columns and the words' own columns from the training text.
    # Then business' sales and quarter not in a text on the housing market (house prices,
    # housing market, property market, land registry...; their keys kept): tune pick .831 ->
    # .835 (BBC business/225, a retail-sales survey, business -> economy), no pool story
    # changed first topic. Then the navy not right after "old" (Old Navy, the retailer, was
    # armed conflict): tune unchanged, 1 pool story changed (better). Tried and not kept:
    # currency not within 2 words of unit(s), ecu(s), comptroller (European Currency Units,
    # the Comptroller of the Currency): 9 pool stories changed, 5 better / 2 worse / 2 the
    # same, two of them moved by "currencies" (the plural now reads the singular's column).
    # Then energy's oil not within 2 words of a vegetable oil's (palm, olive, vegetable,
    # soybean, coconut, sunflower(seed), rapeseed, linseed, castor, cottonseed, olein, edible,
    # fish...): Reuters import tenders and export duties for palm and soy oil were energy.
    # Tune unchanged; 22 pool stories changed, read blind: 15 better, 2 worse (castor oil
    # exports in a drought -> disasters; "used lubricating oils" now read by the singular's
    # column -> energy), 5 the same.
    # Then trade's trade not near a market's trading words (futures, midsession, pit, active,
    # moderately, quiet, light, dull, thin, brisk; center/centre, paper, publication,
    # magazine, journal; symbol, nasdaq, options, chicago board): Reuters futures and
    # livestock market reports ("rose in active trade"), the Chicago Board of Trade and trade
    # papers were trade policy. Tune unchanged (.816/.916 on 320 rows); 37 pool stories
    # changed, read blind: 27 better, 0 worse, 10 the same. "session" was tried in the list
    # and dropped: it moved a House trade subcommittee's session to politics (worse).
    # Then politics' president not near a company officer's words (senior vice, treasurer,
    # marketing, manufacturing, cofounder, founder, directors): tune-stop44's eurobond story
    # (a bank's senior vice-president) was politics 0.56. Tune unchanged (that story now
    # diplomacy 0.16, still wrong); 4 pool stories changed, read blind: 2 better, 0 worse, 2
    # the same.
    # Then business' plain seed "business" made a sense: not right after close (of business),
    # fox, pro or insider (window 1; Honduras' import tenders "valid until the close of
    # business", "the Fox Business host", "pro-business"). Tune unchanged; 6 pool stories
    # changed, read blind: 5 better, 1 worse (a story on Trump's company's money woes
    # reported by Fox Business -> politics). Tried and not kept: also day(s), machines,
    # easter: 17 pool stories changed, 7 better / 9 worse (IBM stories lost their business
    # evidence to technology; "three business days" in company notices).
    # Landed without a rebuild (issue 14, topics45; sense_default_model.py's extend): seeds
    # whose words this corpus never holds get columns in the shipped model (a plural copies
    # its singular's, any other form its topic's median seed column): eurobond, bond issue,
    # joint venture, opium, hashish, embassies, drug cartels, hockey, jockey...; central
    # banks' and money markets' words (bundesbank, bank of england, treasury bills, house
    # prices, interest rate...); barley, maize, sorghum, gatt, protectionist, libor,
    # telecommunications, debentures... Tune .816/.916 -> .831/.928 (320 rows), .787/.900 ->
    # .803/.911 (380 with tune-stop45); 139, 67 and 147 pool first topics changed, read blind
    # 42/15/2, 39/6/7 and 35/4/1 (better/worse/same). A word whose learnt column is weaker
    # than the fit's weakest seed is left for a rebuild (airline, boxer: as seeds they lowered
    # the information floor). Tried and not kept: this build with those seeds (tune .803/.916
    # against the extension's .800/.911 then; 284 pool first topics moved against it, 42 read
    # blind: 21 better, 16 worse, 5 the same); eurobond as a business seed too (25 read: 11
    # better, 14 worse); British spellings (programme, organisation, -ise...) copying their US
    # columns (tune BBC -1); British politics and metals words (40 read: 16/14/10).
    fits = []
    for state in states:
        fits.append(clone(model).set_params(random_state=state).fit(corpus))
        print(f"random state {state}: {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    model = fits[0] if len(fits) == 1 else consensus_model(fits)
    # The arts offset of the classifier's intercepts, chosen on the tune rows (issue 14, stop
    # 46; scripts/choose_topic_offsets.py, which also says what was tried and not kept).
    from choose_topic_offsets import OFFSETS

    model.classifier_offsets_ = dict(OFFSETS)
    print(f"fitted in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    if args.out.exists():
        shutil.rmtree(args.out)
    model.save(args.out)
    size = sum(p.stat().st_size for p in args.out.iterdir())
    print(f"wrote {args.out} ({size / 1e6:.2f} MB)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
