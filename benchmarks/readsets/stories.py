"""Load the text fields of a read-set story exactly as the read sets define them.

Fields: BBC {"title", "text"}; HuffPost {"title" (headline), "text" (short_description)};
Reuters {"text" (body)} -- Reuters all-caps headlines are not annotated.
Offsets in every read set are character offsets into one of these field strings.
"""

import gzip
import json
from functools import cache
from pathlib import Path

DATA = Path(__file__).resolve().parents[3] / "shared" / "data"


@cache
def _bbc():
    return {
        d["id"]: d
        for d in map(json.loads, open(DATA / "bbc_news/bbc_news.jsonl", encoding="utf-8"))
    }


@cache
def _huff():
    return {
        f"huffpost-{i}": json.loads(line)
        for i, line in enumerate(open(DATA / "huffpost_sample/news_category_sample.jsonl"))
    }


@cache
def _reuters():
    out = {}
    for line in gzip.open(DATA / "reuters21578/reuters21578.jsonl.gz", "rt"):
        d = json.loads(line)
        out[str(d["newid"])] = d
    return out


def load_story(source: str, story_id: str) -> dict:
    if source == "bbc":
        d = _bbc()[story_id]
        return {"title": d["title"], "text": d["text"]}
    if source == "huffpost":
        d = _huff()[story_id]
        return {"title": d["headline"], "text": d["short_description"]}
    if source == "reuters":
        d = _reuters()[story_id]
        return {"text": d.get("body") or ""}
    raise ValueError(source)
