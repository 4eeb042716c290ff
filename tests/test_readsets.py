"""The read sets in benchmarks/readsets/ hold together: valid rows, offsets that slice back into
the stories, batches that match their samples files and redraw identically.

A read batch is added by hand (``sample_stories.py``, then reading); these checks catch a row
written wrong, a samples file that no longer matches its draw, or a later change of the drawing
code that would redraw an earlier batch differently.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from newsanalytics import Taxonomy

READSETS = Path(__file__).resolve().parents[1] / "benchmarks" / "readsets"
sys.path.insert(0, str(READSETS))

import sample_stories  # noqa: E402
import stories  # noqa: E402

LABELS = {"negative", "neutral", "positive"}
TYPES = {"person", "organization", "location"}
TASK_FILES = {
    "topics": "topics_gold.jsonl",
    "actors": "actors_gold.jsonl",
    "sentiment": "sentiment_gold.jsonl",
    "drug_policy": "drug_policy_gold.jsonl",
}


def read(name: str) -> list[dict]:
    with open(READSETS / name, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def samples(name: str | None) -> dict:
    path = READSETS / ("samples.json" if name is None else f"samples_{name}.json")
    return json.loads(path.read_text())


@pytest.fixture(scope="module")
def story_data(shared_data, monkeypatch_module):
    """Point the read sets' loaders at the shared data folder."""
    monkeypatch_module.setattr(stories, "DATA", shared_data)
    monkeypatch_module.setattr(sample_stories, "DATA", shared_data)
    for fn in (stories._bbc, stories._huff, stories._reuters):
        fn.cache_clear()
    return shared_data


@pytest.fixture(scope="module")
def monkeypatch_module():
    mp = pytest.MonkeyPatch()
    yield mp
    mp.undo()


def test_rows_are_valid():
    names = set(Taxonomy.default().names) | {"none"}
    batches = set(sample_stories.BATCHES) | set(sample_stories.DRUG_BATCHES)
    batches |= set(sample_stories.DRUG_SPLIT)
    tune_batches = set(sample_stories.TUNE_EXTRA) | set(sample_stories.DRUG_SPLIT_TUNE)
    for name in TASK_FILES.values():
        rows = read(name)
        assert rows, name
        for r in rows:
            assert r["source"] in {"bbc", "huffpost", "reuters"}, (name, r)
            batch = r.get("batch")
            assert batch is None or batch in batches | tune_batches, (name, batch)
            want = (
                {"tune", "report"}
                if batch is None
                else ({"report"} if batch in batches else {"tune"})
            )
            assert r["split"] in want, (name, r["story_id"], batch)
        if name != "sentiment_gold.jsonl":
            keys = [(r["source"], r["story_id"]) for r in rows]
            assert len(keys) == len(set(keys)), f"{name}: a story read twice"
    for r in read("topics_gold.jsonl"):
        assert r["pick"] in names and set(r["secondary"]) <= names, r["story_id"]
        assert set(r["acceptable"]) <= set(r["secondary"]), r["story_id"]
        assert r["pick"] not in r["secondary"], r["story_id"]
    for r in read("sentiment_gold.jsonl"):
        assert (r["label"] is None) == (not r["is_actor"]), r
        assert r["label"] is None or r["label"] in LABELS, r
        assert r["sentence"][r["t_start"] : r["t_end"]] == r["target"], r
    for r in read("drug_policy_gold.jsonl"):
        assert r["drug_policy"] in {"main", "secondary", "no"}, r
        assert r["kind"] in {"illicit", "pharma_business", "medicine", "doping", "other"}, r
        if r.get("batch") is not None:
            assert r.get("drawn"), f"{r['story_id']}: a later drug-policy row says how it was drawn"


@pytest.mark.parametrize(
    "batch",
    [
        None,
        *sample_stories.BATCHES,
        *sample_stories.TUNE_EXTRA,
        *sample_stories.DRUG_BATCHES,
        *sample_stories.DRUG_SPLIT,
        *sample_stories.DRUG_SPLIT_TUNE,
    ],
)
def test_batch_matches_its_samples_file(batch):
    drawn = samples(batch)
    for task, rows in drawn.items():
        keys = ("source", "story_id", "split", "drawn") if task == "drug_policy" else None
        keys = keys or ("source", "story_id", "split")
        want = {tuple(r[k] for k in keys) for r in rows}
        gold = read(TASK_FILES[task])
        got = {tuple(r[k] for k in keys) for r in gold if r.get("batch") == batch}
        if task == "sentiment":  # a story where the extractor found nothing has no row
            assert got <= want, (batch, sorted(got - want))
        else:
            assert got == want, (batch, task, sorted(got ^ want))
    seen: set = set()
    for rows in drawn.values():  # the tasks of a batch read different stories
        keys = {(r["source"], r["story_id"]) for r in rows}
        assert not keys & seen, batch
        seen |= keys


def test_offsets_slice_back(story_data):
    for r in read("actors_gold.jsonl"):
        fields = stories.load_story(r["source"], r["story_id"])
        ends: dict[str, list[tuple[int, int]]] = {}
        for e in r["entities"]:
            assert e["type"] in TYPES, (r["story_id"], e)
            assert fields[e["field"]][e["start"] : e["end"]] == e["text"], (r["story_id"], e)
            ends.setdefault(e["field"], []).append((e["start"], e["end"]))
        for spans in ends.values():
            spans.sort()
            for (_, end), (start, _) in zip(spans, spans[1:], strict=False):
                assert end <= start, (r["story_id"], "overlapping spans")
    for r in read("sentiment_gold.jsonl"):
        text = stories.load_story(r["source"], r["story_id"])[r["field"]]
        assert text[r["start"] : r["end"]] == r["target"], r
        s0 = r["sentence_start"]
        assert text[s0 : s0 + len(r["sentence"])] == r["sentence"], r
        assert r["start"] - s0 == r["t_start"], r


def test_batches_redraw_identically(story_data):
    report, tune = sample_stories.pools(), sample_stories.tune_pools()
    drug = sample_stories.drug_pools()
    for name in sample_stories.DRAWN_ORDER:
        if name in sample_stories.BATCHES:
            fresh = sample_stories.batch_samples(name, report)
        elif name in sample_stories.DRUG_BATCHES:
            fresh = sample_stories.drug_batch_samples(name, drug)
        elif name in sample_stories.DRUG_SPLIT:
            fresh = sample_stories.drug_split_samples(name, drug)[0]
        elif name in sample_stories.DRUG_SPLIT_TUNE:
            fresh = sample_stories.drug_split_samples(sample_stories.DRUG_SPLIT_TUNE[name], drug)[1]
        else:
            fresh = sample_stories.tune_extra_samples(name, tune)
        assert fresh == samples(name), name
        used = sample_stories.used_stories(name)
        for rows in fresh.values():
            for r in rows:
                assert r["story_id"] not in used[r["source"]], (name, r)


def test_drug_word_rows_are_every_such_story(story_data):
    batches = {r["batch"] for r in read("drug_policy_gold.jsonl") if r.get("batch")}
    batches &= set(sample_stories.BATCHES)  # report batches; extra tune rows: the test below
    assert batches
    for batch in batches:
        listed = [(s, i) for s, i, _ in sample_stories.drug_word_stories(batch)]
        rows = read("drug_policy_gold.jsonl")
        assert listed == [(r["source"], r["story_id"]) for r in rows if r.get("batch") == batch]


def _batch_stories(batch: str | None) -> set[tuple[str, str]]:
    """Every (source, story_id) of ``batch`` (None: the first batch): its samples file and its
    rows in every *_gold.jsonl, the drug-policy set included."""
    keys = {(r["source"], r["story_id"]) for rows in samples(batch).values() for r in rows}
    for path in sorted(READSETS.glob("*_gold.jsonl")):
        keys |= {(r["source"], r["story_id"]) for r in read(path.name) if r.get("batch") == batch}
    return keys


def test_later_batches_share_no_story_with_earlier_ones():
    """Checked apart from ``used_stories``: each later batch's drawn stories (report or extra
    tune) are in no batch drawn before it, counting every file's rows of that batch."""
    order = sample_stories.DRAWN_ORDER
    every = [*sample_stories.BATCHES, *sample_stories.TUNE_EXTRA, *sample_stories.DRUG_BATCHES]
    every += [*sample_stories.DRUG_SPLIT, *sample_stories.DRUG_SPLIT_TUNE]
    assert sorted(order) == sorted(every)
    earlier = _batch_stories(None)
    for name in order:
        drawn = {(r["source"], r["story_id"]) for rows in samples(name).values() for r in rows}
        assert not drawn & earlier, (name, sorted(drawn & earlier))
        earlier |= _batch_stories(name)


def test_tune_stop23_misses_the_stop23_drug_rows():
    drug = {
        (r["source"], r["story_id"])
        for r in read("drug_policy_gold.jsonl")
        if r.get("batch") == "stop23"
    }
    assert len(drug) == 31
    used = sample_stories.used_stories("tune-stop23")
    assert all(sid in used[src] for src, sid in drug)
    drawn = {(r["source"], r["story_id"]) for r in samples("tune-stop23")["topics"]}
    assert len(drawn) == 60 and not drawn & drug


def test_drug_tune_rows_are_the_first_of_their_order(story_data):
    """Extra tune drug-policy rows are the front of their seeded order (repeats passed over), all
    split tune, in no other read set: no other row of any file and no samples file holds them."""
    rows = read("drug_policy_gold.jsonl")
    tune = sample_stories.tune_pools()
    for batch in sample_stories.DRUG_TUNE:
        order = sample_stories.drug_tune_order(batch, tune)
        want = sample_stories.drug_tune_stories(batch, order)
        _, n, skip = sample_stories.DRUG_TUNE[batch]
        assert len(want) == n and not set(want) & set(skip)
        assert set(skip) <= set(order[: n + len(skip)]), "only repeats in the front pass over"
        mine = [r for r in rows if r.get("batch") == batch]
        assert [(r["source"], r["story_id"]) for r in mine] == want, batch
        assert all(r["split"] == "tune" for r in mine)
        other = {(r["source"], r["story_id"]) for r in rows if r.get("batch") != batch}
        for name in TASK_FILES.values():
            if name != "drug_policy_gold.jsonl":  # its other batches' rows: above
                other |= {(r["source"], r["story_id"]) for r in read(name)}
        for f in READSETS.glob("samples*.json"):
            for task_rows in json.loads(f.read_text()).values():
                other |= {(r["source"], r["story_id"]) for r in task_rows}
        assert not set(want) & other, batch


def test_rows_name_real_stories(story_data):
    """Every topic and drug-policy row names a story that loads; a drug-policy row's story names
    a drug (drug..., or an illicit-drug or doping word), or, in a DRUG_SPLIT batch, medicines
    (pharmaceutical..., prescription...)."""
    split = {*sample_stories.DRUG_SPLIT, *sample_stories.DRUG_SPLIT_TUNE}
    for r in read("topics_gold.jsonl"):
        assert "".join(stories.load_story(r["source"], r["story_id"]).values()).strip(), r
    for r in read("drug_policy_gold.jsonl"):
        text = "\n".join(stories.load_story(r["source"], r["story_id"]).values())
        words = [sample_stories.DRUG_ANY, sample_stories.ILLICIT_WORDS]
        words += [sample_stories.PHARMA_WORDS] if r.get("batch") in split else []
        assert any(w.search(text) for w in words), r


def test_drug_batches_are_unseen_text_and_every_illicit_word_story(story_data):
    """A drug-policy report batch (``DRUG_BATCHES``) holds no default-model training text
    (HuffPost lines 0-8999), every story of its pools in no earlier read set with an
    illicit-drug word, and the drawn number of the others."""
    rows = read("drug_policy_gold.jsonl")
    for batch, (_, n) in sample_stories.DRUG_BATCHES.items():
        mine = [r for r in rows if r.get("batch") == batch]
        assert all(r["split"] == "report" for r in mine)
        for r in mine:
            if r["source"] == "huffpost":
                assert int(r["story_id"].rsplit("-", 1)[1]) >= sample_stories.HUFFPOST_HELD_OUT
        used = sample_stories.used_stories(batch)
        assert not [r for r in mine if r["story_id"] in used[r["source"]]]
        word = [r for r in mine if r["drawn"].startswith("every story")]
        assert len(mine) - len(word) == n
        for r in word:
            text = "\n".join(stories.load_story(r["source"], r["story_id"]).values())
            assert sample_stories.ILLICIT_WORDS.search(text), r


def test_drug_split_batches_are_every_unseen_story_in_two_halves(story_data):
    """A drug-policy batch read in two halves (``DRUG_SPLIT``) holds no default-model training
    text, alternates report and tune rows, and its two halves together are every story of its
    pools in no earlier read set (nor a repeat of one) with a drug or medicines word."""
    rows = read("drug_policy_gold.jsonl")
    for name, (_, tune) in sample_stories.DRUG_SPLIT.items():
        report = [r for r in rows if r.get("batch") == name]
        tuned = [r for r in rows if r.get("batch") == tune]
        assert {r["split"] for r in report} == {"report"}
        assert {r["split"] for r in tuned} == {"tune"}
        assert 0 <= len(report) - len(tuned) <= 1
        for r in report + tuned:
            if r["source"] == "huffpost":
                assert int(r["story_id"].rsplit("-", 1)[1]) >= sample_stories.HUFFPOST_HELD_OUT
        used = sample_stories.used_stories(name)
        assert not [r for r in report + tuned if r["story_id"] in used[r["source"]]]
