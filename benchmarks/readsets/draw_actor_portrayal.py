"""Draw the stories of the actor-level portrayal reading of stop 46 (branch sentiment46).

Stories: 9 BBC, 8 Reuters-21578 TRAIN (non-empty body) and 8 HuffPost stories of lines
0-8999 (the tune pools of ``sample_stories.tune_pools``), none in any samples*.json,
*_gold.jsonl or fresh reading of this directory nor in a blind audit's stories
(``/work/notes/audit4*/stories.md`` where present), at random with
``random.Random(464646)``, keeping a story only when the current extractor finds 1 to 8
actors in it (BBC, Reuters) or at least one (HuffPost): a reader can then judge every actor
of the story. No score is computed: the script prints each story's fields and its actors
(name, type, mentions) for reading. The labels, written by hand before any scorer ran on
these stories, are ``actor_portrayal_tune_stop46.jsonl``: one row per actor, ``label`` how
the story portrays the actor as a whole (negative / neutral / positive), split "tune".

    python benchmarks/readsets/draw_actor_portrayal.py > stories.txt
"""

import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import sample_stories as ss  # noqa: E402
from sample_mentions import story_mentions  # noqa: E402
from stories import load_story  # noqa: E402

from newsanalytics import ActorExtractor  # noqa: E402

PLAN = {"bbc": 9, "reuters": 8, "huffpost": 8}
MAX_ACTORS = {"bbc": 8, "reuters": 8, "huffpost": 100}
AUDITS = Path("/work/notes")
OUT = "actor_portrayal_tune_stop46.jsonl"


def used() -> dict[str, set[str]]:
    """Every story of a read set, a fresh reading or a blind audit."""
    out = ss._stories_in(sorted(HERE.glob("samples*.json")), lambda batch: True)
    for name in ss.FRESH_READINGS:
        if name == OUT:  # this reading's own stories (added to FRESH_READINGS after the draw)
            continue
        for line in open(HERE / name, encoding="utf-8"):
            if line.strip():
                r = json.loads(line)
                out[r["source"]].add(r["story_id"])
    for f in sorted(AUDITS.glob("audit4*/stories.md")):
        for src, sid in re.findall(r"^## Story \d+ \((\w+):([^)]+)\)", f.read_text(), re.M):
            out[src].add(sid)
    return out


def draw() -> list[tuple[str, str, dict[str, list[dict]]]]:
    """The drawn stories: (source, story_id, {actor: mentions})."""
    skip = used()
    pools = ss.tune_pools()
    rng = random.Random(464646)
    ex = ActorExtractor()
    out = []
    for src, n in PLAN.items():
        ids = [i for i in pools[src] if i not in skip[src]]
        rng.shuffle(ids)
        got = 0
        for sid in ids:
            by_actor: dict[str, list[dict]] = {}
            for m in story_mentions(ex, src, sid):
                by_actor.setdefault(m["actor"], []).append(m)
            if not 1 <= len(by_actor) <= MAX_ACTORS[src]:
                continue
            out.append((src, sid, by_actor))
            got += 1
            if got == n:
                break
    return out


def main() -> None:
    for src, sid, by_actor in draw():
        print(f"=== {src} {sid}")
        for field, text in load_story(src, sid).items():
            if text:
                print(f"[{field}] {text}")
        for actor, ms in by_actor.items():
            print(f"  ACTOR {actor} ({ms[0]['type']}, {len(ms)} mentions)")
        print()


if __name__ == "__main__":
    main()
