"""Fix the story lists of the read sets (deterministic; seed 2026).

Writes samples.json beside this script: {"actors": [...], "topics": [...], "sentiment": [...]},
each a list of {"source", "story_id", "split"}. HuffPost stories come from the held-out
pool (0-based lines 9000-9999), Reuters from lewissplit TEST with a non-empty body.

Later batches (``--batch NAME``, one of BATCHES) add report-only stories: each draws from the
same pools, with its own seed, stories that were in no read set before it (samples.json, every
samples_NAME.json of every batch drawn before it, report or extra tune, and the *_gold.jsonl
rows of the first or an earlier batch, the drug-policy set included), and writes
samples_NAME.json with the same structure, every row split "report". Batch stop21 holds 45
topic, 36 sentiment and 15 actor stories; batches stop22 (seed 2222) and stop23 (seed 2323)
each 30 topic (10 per source), 24 sentiment (8 per source) and 10 actor stories (3 BBC, 4
HuffPost, 3 Reuters):

    python benchmarks/readsets/sample_stories.py --batch stop21
    python benchmarks/readsets/sample_stories.py --batch stop22
    python benchmarks/readsets/sample_stories.py --batch stop23

``--tune-extra NAME`` (one of TUNE_EXTRA) draws extra **tune** topic stories, with their own
seed, from pools outside the report pools: every BBC story, Reuters-21578 lewissplit TRAIN
with a non-empty body, and HuffPost lines 0-8999 (the default topic model's training text:
rows say so in their ``drawn`` field). They are disjoint from every story in a read set drawn
before them (as for ``--batch``) and written to samples_NAME.json as {"topics": [...]},
every row split "tune". Batches tune-stop21 (seed 2127), tune-stop23 (seed 2327),
tune-stop43 (seed 4347), tune-stop44 (seed 4447), tune-stop45 (seed 4547), tune-stop46
(seed 4647) and tune-stop47 (seed 4748) each hold 20 BBC, 20 Reuters TRAIN and 20 HuffPost
stories:

    python benchmarks/readsets/sample_stories.py --tune-extra tune-stop21
    python benchmarks/readsets/sample_stories.py --tune-extra tune-stop23
    python benchmarks/readsets/sample_stories.py --tune-extra tune-stop43
    python benchmarks/readsets/sample_stories.py --tune-extra tune-stop44
    python benchmarks/readsets/sample_stories.py --tune-extra tune-stop45
    python benchmarks/readsets/sample_stories.py --tune-extra tune-stop46
    python benchmarks/readsets/sample_stories.py --tune-extra tune-stop47

``--drug-words NAME`` lists, for the report-only drug-policy rows of batch NAME, every story of
the report pools whose text has an illicit-drug word (DRUG_WORDS, the list that reproduces the
54 HuffPost tune rows of drug_policy_gold.jsonl) but not the word drug(s), and that
drug_policy_gold.jsonl holds in no other batch. Batch stop23 read all 31:

    python benchmarks/readsets/sample_stories.py --drug-words stop23

A drug-policy report batch (``--batch NAME``, NAME one of DRUG_BATCHES) draws only drug-policy
rows, from every story outside the default topic model's training text (``drug_pools``: every
BBC story, HuffPost lines 9000-9999, every Reuters-21578 story with a non-empty body, TRAIN and
NOT-USED included) that is in no read set drawn before it: every one whose fields have an
illicit-drug or doping word (ILLICIT_WORDS: DRUG_WORDS plus doping, opium, amphetamines,
steroids, addicts...), then a seeded random sample of those with only a drug... word
(DRUG_ANY), passing over a repeat (Reuters-21578 repeats stories under new ids) of a story read
or drawn before it, into samples_NAME.json as {"drug_policy": rows}, each with a ``drawn``
field. Batch stop38 (seed 3838): the 22 stories with such a word and 78 of the 89 with only a
drug... word:

    python benchmarks/readsets/sample_stories.py --batch stop38

A drug-policy batch read in two halves (``--batch NAME``, NAME one of DRUG_SPLIT) draws, from
the same pools, every story in no read set drawn before it (nor a repeat of one) with a drug...,
illicit-drug, doping or medicines word (PHARMA_WORDS: pharmaceutical..., prescription...), in a
seeded order, alternately a report row (batch NAME) and a tune row (its tune batch), into
samples_NAME.json and samples_TUNE.json. Batch stop41 (seed 4141): 40 report rows and 39 tune
rows (tune-stop41):

    python benchmarks/readsets/sample_stories.py --batch stop41

``--drug-tune NAME`` (one of DRUG_TUNE) lists extra **tune** drug-policy stories: every HuffPost
line 0-8999 and Reuters TRAIN story with drug(s) or a DRUG_WORDS word that is in no read set
drawn up to extra tune batch NAME (its own samples file included), in a seeded order; the first
ones are read as rows of batch NAME, passing over a repeat of a story read before it. Batch
tune-stop23 (seed 2328) read the first 20 (of 121 candidates, all Reuters: every HuffPost line
0-8999 with such a word was in the set already), passing over 6119, a repeat of 6169:

    python benchmarks/readsets/sample_stories.py --drug-tune tune-stop23
"""

import argparse
import gzip
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parents[2] / "shared" / "data"


def pools(held_out: bool = True) -> dict[str, list[str]]:
    """Story ids per source. ``held_out``: the report pools (every BBC story, HuffPost lines
    9000-9999, Reuters TEST with a non-empty body); otherwise the extra tune batches' pools
    (every BBC story, HuffPost lines 0-8999, the default topic model's training text, and
    Reuters TRAIN with a non-empty body)."""
    bbc = [json.loads(line)["id"] for line in open(DATA / "bbc_news/bbc_news.jsonl")]
    huff = []
    for i, _line in enumerate(open(DATA / "huffpost_sample/news_category_sample.jsonl")):
        if (i >= HUFFPOST_HELD_OUT) == held_out:
            huff.append(f"huffpost-{i}")
    split = "TEST" if held_out else "TRAIN"
    reu = []
    for line in gzip.open(DATA / "reuters21578/reuters21578.jsonl.gz", "rt"):
        d = json.loads(line)
        if d["lewissplit"] == split and (d.get("body") or "").strip():
            reu.append(str(d["newid"]))
    return {"bbc": bbc, "huffpost": huff, "reuters": reu}


# name -> (seed, plan); every row of a batch is split "report"
BATCHES = {
    "stop21": (
        2121,
        {
            "topics": {"bbc": 15, "huffpost": 15, "reuters": 15},
            "sentiment": {"bbc": 12, "huffpost": 12, "reuters": 12},
            "actors": {"bbc": 5, "huffpost": 5, "reuters": 5},
        },
    ),
    "stop22": (
        2222,
        {
            "topics": {"bbc": 10, "huffpost": 10, "reuters": 10},
            "sentiment": {"bbc": 8, "huffpost": 8, "reuters": 8},
            "actors": {"bbc": 3, "huffpost": 4, "reuters": 3},
        },
    ),
    "stop23": (
        2323,
        {
            "topics": {"bbc": 10, "huffpost": 10, "reuters": 10},
            "sentiment": {"bbc": 8, "huffpost": 8, "reuters": 8},
            "actors": {"bbc": 3, "huffpost": 4, "reuters": 3},
        },
    ),
    "stop24": (
        2424,
        {
            "topics": {"bbc": 10, "huffpost": 10, "reuters": 10},
            "sentiment": {"bbc": 8, "huffpost": 8, "reuters": 8},
            "actors": {"bbc": 3, "huffpost": 4, "reuters": 3},
        },
    ),
    "stop25": (
        2525,
        {
            "topics": {"bbc": 10, "huffpost": 10, "reuters": 10},
            "sentiment": {"bbc": 8, "huffpost": 8, "reuters": 8},
            "actors": {"bbc": 3, "huffpost": 4, "reuters": 3},
        },
    ),
    "stop27": (
        2727,
        {
            "topics": {"bbc": 10, "huffpost": 10, "reuters": 10},
            "sentiment": {"bbc": 8, "huffpost": 8, "reuters": 8},
            "actors": {"bbc": 3, "huffpost": 4, "reuters": 3},
        },
    ),
    "stop28": (
        2828,
        {
            "topics": {"bbc": 10, "huffpost": 10, "reuters": 10},
            "sentiment": {"bbc": 8, "huffpost": 8, "reuters": 8},
            "actors": {"bbc": 3, "huffpost": 4, "reuters": 3},
        },
    ),
    "stop29": (
        2929,
        {
            "topics": {"bbc": 10, "huffpost": 10, "reuters": 10},
            "sentiment": {"bbc": 8, "huffpost": 8, "reuters": 8},
            "actors": {"bbc": 3, "huffpost": 4, "reuters": 3},
        },
    ),
    "stop30": (
        3030,
        {
            "topics": {"bbc": 10, "huffpost": 10, "reuters": 10},
            "sentiment": {"bbc": 8, "huffpost": 8, "reuters": 8},
            "actors": {"bbc": 3, "huffpost": 4, "reuters": 3},
        },
    ),
    "stop32": (
        3232,
        {
            "topics": {"bbc": 10, "huffpost": 10, "reuters": 10},
            "sentiment": {"bbc": 8, "huffpost": 8, "reuters": 8},
            "actors": {"bbc": 3, "huffpost": 4, "reuters": 3},
        },
    ),
    "stop33": (
        3333,
        {
            "topics": {"bbc": 10, "huffpost": 10, "reuters": 10},
            "sentiment": {"bbc": 8, "huffpost": 8, "reuters": 8},
            "actors": {"bbc": 3, "huffpost": 4, "reuters": 3},
        },
    ),
    "stop34": (
        3434,
        {
            "topics": {"bbc": 10, "huffpost": 10, "reuters": 10},
            "sentiment": {"bbc": 8, "huffpost": 8, "reuters": 8},
            "actors": {"bbc": 3, "huffpost": 4, "reuters": 3},
        },
    ),
    "stop36": (
        3636,
        {
            "topics": {"bbc": 10, "huffpost": 10, "reuters": 10},
            "sentiment": {"bbc": 8, "huffpost": 8, "reuters": 8},
            "actors": {"bbc": 3, "huffpost": 4, "reuters": 3},
        },
    ),
    "stop37": (
        3737,
        {
            "topics": {"bbc": 10, "huffpost": 10, "reuters": 10},
            "sentiment": {"bbc": 8, "huffpost": 8, "reuters": 8},
            "actors": {"bbc": 3, "huffpost": 4, "reuters": 3},
        },
    ),
    "stop41b": (
        4142,
        {
            "topics": {"bbc": 10, "huffpost": 10, "reuters": 10},
            "sentiment": {"bbc": 8, "huffpost": 8, "reuters": 8},
            "actors": {"bbc": 3, "huffpost": 4, "reuters": 3},
        },
    ),
    "stop42": (
        4242,
        {
            "topics": {"bbc": 10, "huffpost": 10, "reuters": 10},
            "sentiment": {"bbc": 8, "huffpost": 8, "reuters": 8},
            "actors": {"bbc": 3, "huffpost": 4, "reuters": 3},
        },
    ),
    "stop43": (
        4343,
        {
            "topics": {"bbc": 10, "huffpost": 10, "reuters": 10},
            "sentiment": {"bbc": 8, "huffpost": 8, "reuters": 8},
            "actors": {"bbc": 3, "huffpost": 4, "reuters": 3},
        },
    ),
    "stop44": (
        4444,
        {
            "topics": {"bbc": 10, "huffpost": 10, "reuters": 10},
            "sentiment": {"bbc": 8, "huffpost": 8, "reuters": 8},
            "actors": {"bbc": 3, "huffpost": 4, "reuters": 3},
        },
    ),
    "stop45": (
        4545,
        {
            "topics": {"bbc": 10, "huffpost": 10, "reuters": 10},
            "sentiment": {"bbc": 8, "huffpost": 8, "reuters": 8},
            "actors": {"bbc": 3, "huffpost": 4, "reuters": 3},
        },
    ),
    "stop46": (
        4646,
        {
            "topics": {"bbc": 10, "huffpost": 10, "reuters": 10},
            "sentiment": {"bbc": 8, "huffpost": 8, "reuters": 8},
            "actors": {"bbc": 3, "huffpost": 4, "reuters": 3},
        },
    ),
    "stop47": (
        4747,
        {
            "topics": {"bbc": 10, "huffpost": 10, "reuters": 10},
            "sentiment": {"bbc": 8, "huffpost": 8, "reuters": 8},
            "actors": {"bbc": 3, "huffpost": 4, "reuters": 3},
        },
    ),
}


# name -> (seed, stories per source) of an extra tune batch (``--tune-extra``)
TUNE_EXTRA = {
    "tune-stop21": (2127, {"bbc": 20, "reuters": 20, "huffpost": 20}),
    "tune-stop23": (2327, {"bbc": 20, "reuters": 20, "huffpost": 20}),
    "tune-stop43": (4347, {"bbc": 20, "reuters": 20, "huffpost": 20}),
    "tune-stop44": (4447, {"bbc": 20, "reuters": 20, "huffpost": 20}),
    "tune-stop45": (4547, {"bbc": 20, "reuters": 20, "huffpost": 20}),
    "tune-stop46": (4647, {"bbc": 20, "reuters": 20, "huffpost": 20}),
    "tune-stop47": (4748, {"bbc": 20, "reuters": 20, "huffpost": 20}),
}

HUFFPOST_HELD_OUT = 9000  # 0-based lines 9000-9999: held out, never tuned on


def tune_pools() -> dict[str, list[str]]:
    """Pools of the extra tune batches (see ``pools``)."""
    return pools(held_out=False)


DRAWN = {
    "bbc": "BBC News, any story, at random",
    "reuters": "Reuters-21578 lewissplit TRAIN with a non-empty body, at random",
    "huffpost": "HuffPost lines 0-8999 at random: training text of the default topic model",
}


def tune_extra_samples(name: str, p: dict[str, list[str]] | None = None) -> dict:
    """The samples file of extra tune batch ``name`` as drawn ({"topics": rows}); ``p``: the
    tune pools (``tune_pools()``), to reuse them."""
    seed, counts = TUNE_EXTRA[name]
    used = used_stories(name)
    rng = random.Random(seed)
    p = p or tune_pools()
    rows = []
    for src, n in counts.items():
        cand = [s for s in p[src] if s not in used[src]]
        for s in rng.sample(cand, n):
            rows.append({"source": src, "story_id": s, "split": "tune", "drawn": DRAWN[src]})
    return {"topics": rows}


def draw_tune_extra(name: str) -> None:
    out_path = HERE / f"samples_{name}.json"
    out = tune_extra_samples(name)
    out_path.write_text(json.dumps(out, indent=1))
    print(out_path.name, len(out["topics"]))


# every later batch, report (BATCHES) and extra tune (TUNE_EXTRA), in the order drawn
DRAWN_ORDER = [
    "stop21",
    "tune-stop21",
    "stop22",
    "stop23",
    "tune-stop23",
    "stop24",
    "stop25",
    "stop27",
    "stop28",
    "stop29",
    "stop30",
    "stop32",
    "stop33",
    "stop34",
    "stop36",
    "stop37",
    "stop38",
    "stop41",
    "tune-stop41",
    "stop41b",
    "stop42",
    "stop43",
    "tune-stop43",
    "stop44",
    "tune-stop44",
    "stop45",
    "tune-stop45",
    "stop46",
    "tune-stop46",
    "stop47",
    "tune-stop47",
]


# fresh readings (mentions read to check a change, neither tune nor report rows) -> the batch
# after which they were read: batches drawn later leave their stories out too
FRESH_READINGS = {
    "fresh_reading_stop45.jsonl": "tune-stop45",
    "actor_portrayal_tune_stop46.jsonl": "tune-stop46",
}


def used_stories(before: str) -> dict[str, set[str]]:
    """Every (source, story_id) in a read set before batch ``before`` (report or extra tune):
    samples.json, the samples files of the batches drawn before it (DRAWN_ORDER), and the
    *_gold.jsonl rows of the first batch (no "batch" field, the drug-policy set included) or of
    those earlier batches, and the fresh readings (FRESH_READINGS) read after them. Rows of
    ``before`` itself or of later batches are left out, so a batch is drawn the same way
    whatever was added after it."""
    earlier = DRAWN_ORDER[: DRAWN_ORDER.index(before)]
    files = [HERE / "samples.json"] + [HERE / f"samples_{name}.json" for name in earlier]
    used = _stories_in(files, lambda batch: batch is None or batch in earlier)
    for name, after in FRESH_READINGS.items():
        if after in earlier:
            with open(HERE / name, encoding="utf-8") as fh:
                for line in fh:
                    if line.strip():
                        r = json.loads(line)
                        used[r["source"]].add(r["story_id"])
    return used


def _stories_in(sample_files: list[Path], keep_batch) -> dict[str, set[str]]:
    """Every (source, story_id) of ``sample_files`` and of the *_gold.jsonl rows whose
    "batch" (None for the first batch) ``keep_batch`` accepts."""
    used: dict[str, set[str]] = {"bbc": set(), "huffpost": set(), "reuters": set()}
    for f in sorted(sample_files):
        for rows in json.loads(f.read_text()).values():
            for r in rows:
                used[r["source"]].add(r["story_id"])
    for f in sorted(HERE.glob("*_gold.jsonl")):
        for line in open(f, encoding="utf-8"):
            if line.strip():
                r = json.loads(line)
                if keep_batch(r.get("batch")):
                    used[r["source"]].add(r["story_id"])
    return used


def batch_samples(name: str, p: dict[str, list[str]] | None = None) -> dict:
    """The samples file of report batch ``name`` as drawn ({task: rows}); ``p``: the report
    pools (``pools()``), to reuse them."""
    seed, plan = BATCHES[name]
    used = used_stories(name)
    rng = random.Random(seed)
    p = p or pools()
    out = {}
    for task, counts in plan.items():
        rows = []
        for src, n in counts.items():
            cand = [s for s in p[src] if s not in used[src]]
            pick = rng.sample(cand, n)
            used[src].update(pick)
            rows += [{"source": src, "story_id": s, "split": "report"} for s in pick]
        out[task] = rows
    return out


def draw_batch(name: str) -> None:
    if name in DRUG_SPLIT:
        report, tune = drug_split_samples(name)
        for batch, out in ((name, report), (DRUG_SPLIT[name][1], tune)):
            (HERE / f"samples_{batch}.json").write_text(json.dumps(out, indent=1))
            print(f"samples_{batch}.json", {k: len(v) for k, v in out.items()})
        return
    out_path = HERE / f"samples_{name}.json"
    out = drug_batch_samples(name) if name in DRUG_BATCHES else batch_samples(name)
    out_path.write_text(json.dumps(out, indent=1))
    print(out_path.name, {k: len(v) for k, v in out.items()})


# illicit-drug words of the drug-policy rows drawn by word (tune: HuffPost lines 0-8999; report:
# batch stop23); the word drug(s) itself is left out (every pool story with it is in the set)
DRUG_WORDS = re.compile(
    r"\b(cocaine|heroin|cartels?|marijuana|cannabis|opioids?|fentanyl|meth|narcotics?"
    r"|overdos\w*|traffick\w*|smuggl\w*)\b",
    re.IGNORECASE,
)
DRUG = re.compile(r"\bdrugs?\b", re.IGNORECASE)


def drug_word_stories(batch: str) -> list[tuple[str, str, list[str]]]:
    """(source, story_id, drug words found) of every report-pool story whose fields (as
    stories.py defines them) have a DRUG_WORDS word and not drug(s), and that is in
    drug_policy_gold.jsonl in no batch other than ``batch``; in pool order."""
    from stories import load_story

    held = set()
    for line in open(HERE / "drug_policy_gold.jsonl", encoding="utf-8"):
        r = json.loads(line)
        if r.get("batch") != batch:
            held.add((r["source"], r["story_id"]))
    out = []
    for src, ids in pools().items():
        for sid in ids:
            text = "\n".join(load_story(src, sid).values())
            words = sorted({m.group(0).lower() for m in DRUG_WORDS.finditer(text)})
            if (src, sid) not in held and words and not DRUG.search(text):
                out.append((src, sid, words))
    return out


# name -> (seed, rows read, stories passed over: a repeat of a story read before it) of the extra
# tune drug-policy rows drawn by word (``--drug-tune``)
DRUG_TUNE = {"tune-stop23": (2328, 20, {("reuters", "6119"): "a repeat of 6169"})}


def drug_tune_order(batch: str, p: dict[str, list[str]] | None = None) -> list[tuple[str, str]]:
    """(source, story_id) of every HuffPost line 0-8999 and Reuters TRAIN story (non-empty body)
    whose fields (as stories.py defines them) have drug(s) or a DRUG_WORDS word and that is in
    no read set drawn up to extra tune batch ``batch`` (``used_stories(batch)``, the drug-policy
    set included, and ``batch``'s own samples file), in the order of a shuffle seeded by
    DRUG_TUNE; rows are read from the front. ``p``: the tune pools, to reuse them."""
    from stories import load_story

    seed = DRUG_TUNE[batch][0]
    used = used_stories(batch)
    for rows in json.loads((HERE / f"samples_{batch}.json").read_text()).values():
        for r in rows:
            used[r["source"]].add(r["story_id"])
    p = p or tune_pools()
    out = []
    for src in ("huffpost", "reuters"):
        for sid in p[src]:
            text = "\n".join(load_story(src, sid).values())
            if sid not in used[src] and (DRUG.search(text) or DRUG_WORDS.search(text)):
                out.append((src, sid))
    random.Random(seed).shuffle(out)
    return out


def drug_tune_stories(batch: str, order: list[tuple[str, str]] | None = None):
    """The stories read as extra tune drug-policy rows of ``batch``: the first ones of
    ``drug_tune_order(batch)`` (``order``, to reuse it), passing over the repeats DRUG_TUNE
    names."""
    _, n, skip = DRUG_TUNE[batch]
    order = order if order is not None else drug_tune_order(batch)
    return [key for key in order if key not in skip][:n]


# name -> (seed, stories drawn of those with only a drug word) of a report batch of drug-policy
# rows alone (``--batch NAME``, drawn by word; see ``drug_batch_samples``)
DRUG_BATCHES = {"stop38": (3838, 78)}

# words that name an illicit drug, its trade, its use or doping: DRUG_WORDS and a few more
ILLICIT_WORDS = re.compile(
    r"\b(cocaine|heroin|cartels?|marijuana|cannabis|opioids?|fentanyl|meth|narcotics?"
    r"|overdos\w*|traffick\w*|smuggl\w*"
    r"|doping|doped|opium|hashish|ecstasy|(?:meth)?amphetamines?|steroids?|addicts?|addiction)\b",
    re.IGNORECASE,
)
DRUG_ANY = re.compile(r"\bdrug\w*", re.IGNORECASE)  # drug(s), drugged, drugstores, drugmakers


def drug_pools() -> dict[str, list[str]]:
    """Story ids per source outside the default topic model's training text: every BBC story,
    HuffPost lines 9000-9999 and every Reuters-21578 story with a non-empty body (TRAIN, TEST
    and NOT-USED alike: the model reads no Reuters)."""
    p = pools()
    reu = []
    for line in gzip.open(DATA / "reuters21578/reuters21578.jsonl.gz", "rt"):
        d = json.loads(line)
        if (d.get("body") or "").strip():
            reu.append(str(d["newid"]))
    return {"bbc": p["bbc"], "huffpost": p["huffpost"], "reuters": reu}


def _opening(fields: dict) -> str:
    """The first 150 characters of a story's fields, lower-cased, runs of space as one."""
    return " ".join("\n".join(fields.values()).split()).lower()[:150]


def _unread_stories(name: str, p: dict[str, list[str]], wanted) -> list[tuple[str, str, str]]:
    """``(source, story_id, text)`` of each story of the pools ``p``, in pool order, that is in
    no read set drawn before batch ``name`` (``used_stories(name)``), nor a repeat of one or of
    a story listed before it (``_opening``: Reuters-21578 repeats stories under new ids), and
    whose fields' text (as stories.py defines them) ``wanted`` accepts."""
    from stories import load_story

    used = used_stories(name)
    seen = {_opening(load_story(src, sid)) for src, ids in used.items() for sid in ids}
    out = []
    for src, ids in p.items():
        for sid in ids:
            if sid in used[src]:
                continue
            fields = load_story(src, sid)
            text = "\n".join(fields.values())
            if not wanted(text) or _opening(fields) in seen:
                continue
            seen.add(_opening(fields))
            out.append((src, sid, text))
    return out


def drug_batch_samples(name: str, p: dict[str, list[str]] | None = None) -> dict:
    """The samples file of drug-policy report batch ``name`` ({"drug_policy": rows}): of the
    stories of ``drug_pools()`` in no read set drawn before it (``used_stories(name)``), nor a
    repeat of one (``_opening``), whose fields (as stories.py defines them) name a drug, every
    one with an ILLICIT_WORDS word (in pool order, ``drawn`` "every story..."), then a seeded
    random sample of those with only a drug... word (DRUG_ANY; ``drawn`` "N drawn at
    random..."), each split "report". ``p``: the pools, to reuse them."""
    seed, n = DRUG_BATCHES[name]
    stories = _unread_stories(
        name, p or drug_pools(), lambda t: ILLICIT_WORDS.search(t) or DRUG_ANY.search(t)
    )
    word = [(src, sid) for src, sid, text in stories if ILLICIT_WORDS.search(text)]
    drug_only = [(src, sid) for src, sid, text in stories if not ILLICIT_WORDS.search(text)]
    pick = random.Random(seed).sample(drug_only, min(n, len(drug_only)))
    how = {
        "illicit word": "every story outside the topic model's training text in no earlier "
        "read set (nor a repeat of one) with an illicit-drug or doping word (ILLICIT_WORDS)",
        "drug word only": f"{n} drawn at random (seed {seed}) of the {len(drug_only)} such "
        "stories with a drug... word (DRUG_ANY) and no ILLICIT_WORDS word",
    }
    rows = [
        {"source": src, "story_id": sid, "split": "report", "drawn": how[kind]}
        for kind, keys in (("illicit word", word), ("drug word only", pick))
        for src, sid in keys
    ]
    return {"drug_policy": rows}


# name -> (seed, name of its tune half) of a drug-policy batch read in two halves (``--batch
# NAME``; see ``drug_split_samples``)
DRUG_SPLIT = {"stop41": (4141, "tune-stop41")}
DRUG_SPLIT_TUNE = {tune: name for name, (_, tune) in DRUG_SPLIT.items()}
# words of medicines and their trade that say neither drug... nor an illicit-drug word
PHARMA_WORDS = re.compile(r"\b(pharmaceuticals?|prescriptions?)\b", re.IGNORECASE)


def drug_split_samples(name: str, p: dict[str, list[str]] | None = None) -> tuple[dict, dict]:
    """The samples files of drug-policy batch ``name`` and of its tune half ({"drug_policy":
    rows} each): every story of ``drug_pools()`` in no read set drawn before it
    (``used_stories(name)``), nor a repeat of one (``_opening``), whose fields have a drug...,
    illicit-drug, doping or pharmaceutical... / prescription... word, in the order of a shuffle
    seeded by DRUG_SPLIT; rows 0, 2, 4... are split "report" (batch ``name``), rows 1, 3, 5...
    "tune" (the tune half). ``p``: the pools, to reuse them."""
    seed, _ = DRUG_SPLIT[name]
    words = (ILLICIT_WORDS, DRUG_ANY, PHARMA_WORDS)
    stories = _unread_stories(name, p or drug_pools(), lambda t: any(w.search(t) for w in words))
    keys = [(src, sid) for src, sid, _ in stories]
    random.Random(seed).shuffle(keys)
    drawn = (
        "every story outside the topic model's training text in no earlier read set (nor a "
        "repeat of one) with a drug..., illicit-drug, doping, pharmaceutical... or "
        f"prescription... word, shuffled (seed {seed}), alternately report and tune"
    )
    halves = tuple(
        {
            "drug_policy": [
                {"source": src, "story_id": sid, "split": split, "drawn": drawn}
                for src, sid in keys[start::2]
            ]
        }
        for start, split in ((0, "report"), (1, "tune"))
    )
    return halves


def main():
    rng = random.Random(2026)
    p = pools()
    used = {k: set() for k in p}
    out = {}
    plan = {
        "actors": {"bbc": 50, "huffpost": 80, "reuters": 50},
        "topics": {"bbc": 50, "huffpost": 60, "reuters": 50},
        "sentiment": {"bbc": 60, "huffpost": 120, "reuters": 60},
    }
    for task, counts in plan.items():
        rows = []
        for src, n in counts.items():
            cand = [s for s in p[src] if s not in used[src]]
            pick = rng.sample(cand, n)
            used[src].update(pick)
            splits = ["tune"] * (n // 2) + ["report"] * (n - n // 2)
            rng.shuffle(splits)
            rows += [
                {"source": src, "story_id": s, "split": sp}
                for s, sp in zip(pick, splits, strict=True)
            ]
        out[task] = rows
    (HERE / "samples.json").write_text(json.dumps(out, indent=1))
    print({k: len(v) for k, v in out.items()})


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--batch",
        choices=sorted({*BATCHES, *DRUG_BATCHES, *DRUG_SPLIT}),
        help="draw a later report batch",
    )
    parser.add_argument(
        "--tune-extra", choices=sorted(TUNE_EXTRA), help="draw an extra tune batch (topics)"
    )
    parser.add_argument(
        "--drug-words", metavar="BATCH", help="list a batch's drug-word report stories"
    )
    parser.add_argument(
        "--drug-tune", choices=sorted(DRUG_TUNE), help="list a batch's drug-policy tune stories"
    )
    args = parser.parse_args()
    if args.drug_tune:
        order = drug_tune_order(args.drug_tune)
        print(len(order), "candidates; read from the front:")
        for row in drug_tune_stories(args.drug_tune, order):
            print(json.dumps(row))
    elif args.drug_words:
        for row in drug_word_stories(args.drug_words):
            print(json.dumps(row))
    elif args.tune_extra:
        draw_tune_extra(args.tune_extra)
    elif args.batch:
        draw_batch(args.batch)
    else:
        main()
