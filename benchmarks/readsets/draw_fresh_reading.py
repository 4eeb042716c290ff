"""Draw the fresh reading of stop 45 (branch sentiment45): mentions of stories in no read
set, to check a change of the sentiment scorer on text it was not tuned on.

Stories: 18 BBC, 18 Reuters-21578 TRAIN (non-empty body) and 22 HuffPost stories of lines
0-8999 (the tune pools of ``sample_stories.tune_pools``), none in any samples*.json or
*_gold.jsonl of this directory, at random with ``random.Random(454545)``; mentions as
``sample_mentions.py`` takes them (the current extractor; up to 2 actors a story, one random
mention of each). No score is computed. The rows, read by hand before any scorer ran on them,
are ``fresh_reading_stop45.jsonl``: ``label`` toward the target (null when ``is_actor`` is
false), ``hard`` where a reader could go two ways. They are no read set: neither tune nor
report rows (``split`` "fresh"); batches drawn after tune-stop45 leave their stories out
(``sample_stories.FRESH_READINGS``). Rerun at d284f46 it draws the same 94 mentions; a
later samples file, gold row or extractor change draws others.

    python benchmarks/readsets/draw_fresh_reading.py OUT.jsonl
"""

import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import sample_stories as ss  # noqa: E402
from sample_mentions import story_mentions  # noqa: E402

from newsanalytics import ActorExtractor  # noqa: E402

PLAN = {"bbc": 18, "reuters": 18, "huffpost": 22}


def main(out_path: str) -> None:
    used = ss._stories_in(sorted(HERE.glob("samples*.json")), lambda batch: True)
    pools = ss.tune_pools()
    rng = random.Random(454545)
    stories = []
    for src, n in PLAN.items():
        ids = [i for i in pools[src] if i not in used[src]]
        stories += [(src, i) for i in rng.sample(ids, n)]
    ex = ActorExtractor()
    out = []
    for src, sid in stories:
        by_actor: dict[str, list[dict]] = {}
        for m in story_mentions(ex, src, sid):
            by_actor.setdefault(m["actor"], []).append(m)
        for actor in rng.sample(sorted(by_actor), min(2, len(by_actor))):
            row = {"source": src, "story_id": sid, "split": "fresh"}
            out.append({**row, **rng.choice(by_actor[actor])})
    with open(out_path, "w", encoding="utf-8") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(out), "mentions from", len(stories), "stories")


if __name__ == "__main__":
    main(sys.argv[1])
