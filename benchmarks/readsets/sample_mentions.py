"""Sample actor mentions for the sentiment read set (deterministic; seed 2026).

For each story of samples.json["sentiment"], run the snapshot's CURRENT ActorExtractor on every field
text (BBC: title, text; HuffPost: title, text; Reuters: text), pool the mentions of the
story, and pick up to 2 mentions of different actors with random.Random(2026): actors are
sorted, a random sample of actors is drawn, then one random mention of each chosen actor.
If the total is under 340, a third actor per story (where available) is drawn, in a second
pass with the same generator.

Run with the library as it was when the set was drawn (commit 08ece0c):
    python benchmarks/readsets/sample_mentions.py
Writes mentions_to_label.jsonl next to this script.

A later batch (``--batch NAME``, see sample_stories.py) takes the stories of
samples_NAME.json["sentiment"] and the batch's target from TARGETS, with the same procedure and
seed, and writes mentions_to_label_NAME.jsonl. Batch stop21 was drawn with the library at
commit f3629a0 (its extractor proposes the mentions; the labels are read):
    python benchmarks/readsets/sample_mentions.py --batch stop21
Batch stop22 (target 0: no third pass, so up to 2 mentions of different actors per story) was
drawn with the library at commit 9f9631f:
    python benchmarks/readsets/sample_mentions.py --batch stop22
Batch stop23 (target 0, as stop22) was drawn with the library at commit 5237e34:
    python benchmarks/readsets/sample_mentions.py --batch stop23
Batch stop24 (target 0, as stop22) was drawn with the library at commit 0ef6fa8:
    python benchmarks/readsets/sample_mentions.py --batch stop24
Batch stop25 (target 0, as stop22) was drawn with the library at commit 63f6362:
    python benchmarks/readsets/sample_mentions.py --batch stop25
Batch stop27 (target 0, as stop22) was drawn with the library at commit ff0d9ca:
    python benchmarks/readsets/sample_mentions.py --batch stop27
Batch stop28 (target 0, as stop22) was drawn with the library at commit d94a9da:
    python benchmarks/readsets/sample_mentions.py --batch stop28
Batch stop29 (target 0, as stop22) was drawn with the library at commit d562d07 (the code and models of d94a9da):
    python benchmarks/readsets/sample_mentions.py --batch stop29
Batch stop30 (target 0, as stop22) was drawn with the library at commit ae07087:
    python benchmarks/readsets/sample_mentions.py --batch stop30
Batch stop32 (target 0, as stop22) was drawn with the library at commit 0cfee3c:
    python benchmarks/readsets/sample_mentions.py --batch stop32
Batch stop33 (target 0, as stop22) was drawn with the library at commit b0ac900:
    python benchmarks/readsets/sample_mentions.py --batch stop33
Batch stop34 (target 0, as stop22) was drawn with the library at commit d7c3e71:
    python benchmarks/readsets/sample_mentions.py --batch stop34
Batch stop36 (target 0, as stop22) was drawn with the library at commit deff2ba:
    python benchmarks/readsets/sample_mentions.py --batch stop36
Batch stop37 (target 0, as stop22) was drawn with the library at commit fcf4244:
    python benchmarks/readsets/sample_mentions.py --batch stop37
Batch stop41b (target 0, as stop22) was drawn with the library at commit 9a436ca:
    python benchmarks/readsets/sample_mentions.py --batch stop41b
Batch stop42 (target 0, as stop22) was drawn with the library at commit d7e91c2:
    python benchmarks/readsets/sample_mentions.py --batch stop42
Batch stop43 (target 0, as stop22) was drawn with the library at commit 82b86da:
    python benchmarks/readsets/sample_mentions.py --batch stop43
Batch stop44 (target 0, as stop22) was drawn with the library at commit 4a19dcd:
    python benchmarks/readsets/sample_mentions.py --batch stop44
Batch stop45 (target 0, as stop22) was drawn with the library at commit 6fa6e7c:
    python benchmarks/readsets/sample_mentions.py --batch stop45
Batch stop46 (target 0, as stop22) was drawn with the library at commit f7f4dee:
    python benchmarks/readsets/sample_mentions.py --batch stop46
Batch stop47 (target 0, as stop22) was drawn with the library at commit 5bcefc5:
    python benchmarks/readsets/sample_mentions.py --batch stop47
"""

import argparse
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from stories import load_story  # noqa: E402

from newsanalytics import ActorExtractor  # noqa: E402
from newsanalytics import text as natext  # noqa: E402

HERE = Path(__file__).resolve().parent
FIELDS = {"bbc": ("title", "text"), "huffpost": ("title", "text"), "reuters": ("text",)}
TARGET = 340
TARGETS = {"stop21": 80, "stop22": 0, "stop23": 0, "stop24": 0, "stop25": 0, "stop27": 0, "stop28": 0, "stop29": 0, "stop30": 0, "stop32": 0, "stop33": 0, "stop34": 0, "stop36": 0, "stop37": 0, "stop41b": 0, "stop42": 0, "stop43": 0, "stop44": 0, "stop45": 0, "stop46": 0, "stop47": 0}
# 0: no third pass, up to 2 mentions a story


def story_mentions(ex, source, story_id):
    """All mentions of a story as records, in field then offset order."""
    fields = load_story(source, story_id)
    out = []
    for field in FIELDS[source]:
        raw = fields[field]
        if not raw or not raw.strip():
            continue
        doc = natext.parse(raw)
        for m in ex.extract_document(doc):
            s = doc.sentences[m.sentence]
            # sentence text taken from the raw field so that offsets slice back exactly
            sent = raw[s.start : s.end]
            rec = {
                "field": field,
                "actor": m.actor,
                "type": m.type,
                "target": raw[m.start : m.end],
                "start": m.start,
                "end": m.end,
                "sentence": sent,
                "sentence_start": s.start,
                "t_start": m.start - s.start,
                "t_end": m.end - s.start,
            }
            assert rec["target"] == m.text, (story_id, m)
            assert s.start <= m.start and m.end <= s.end, (story_id, m, s)
            assert sent[rec["t_start"] : rec["t_end"]] == rec["target"]
            out.append(rec)
    return out


def main(batch: str | None = None):
    samples = HERE / (f"samples_{batch}.json" if batch else "samples.json")
    target = TARGETS[batch] if batch else TARGET
    out_path = HERE / (f"mentions_to_label_{batch}.jsonl" if batch else "mentions_to_label.jsonl")
    stories = json.loads(samples.read_text())["sentiment"]
    ex = ActorExtractor()
    rng = random.Random(2026)
    per_story = []
    for st in stories:
        ms = story_mentions(ex, st["source"], st["story_id"])
        by_actor = {}
        for m in ms:
            by_actor.setdefault(m["actor"], []).append(m)
        per_story.append((st, by_actor))

    picked = []  # list of lists, one per story
    for _st, by_actor in per_story:
        actors = sorted(by_actor)
        chosen = rng.sample(actors, min(2, len(actors)))
        picked.append([(a, rng.choice(by_actor[a])) for a in chosen])
    if sum(len(p) for p in picked) < target:
        for (_st, by_actor), p in zip(per_story, picked, strict=True):
            rest = sorted(set(by_actor) - {a for a, _ in p})
            if rest:
                a = rng.choice(rest)
                p.append((a, rng.choice(by_actor[a])))

    n = 0
    with open(out_path, "w") as f:
        for (st, _), p in zip(per_story, picked, strict=True):
            fields = load_story(st["source"], st["story_id"])
            for _, m in sorted(
                p, key=lambda x: (FIELDS[st["source"]].index(x[1]["field"]), x[1]["start"])
            ):
                raw = fields[m["field"]]
                assert raw[m["start"] : m["end"]] == m["target"]
                assert m["sentence"][m["t_start"] : m["t_end"]] == m["target"]
                rec = {"source": st["source"], "story_id": st["story_id"], "split": st["split"]}
                rec.update(m)
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
                n += 1
    print(n, "mentions;", sum(1 for p in picked if not p), "stories without mentions")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batch", choices=sorted(TARGETS), help="a later batch's stories")
    main(parser.parse_args().batch)
