"""Build the word lists shipped as JSON from their hand-written sources in ``scripts/``.

- ``scripts/words.txt`` -> ``src/newsanalytics/data/words.json``: the lists more than one
  layer reads (months, weekdays, U.S. states, news agencies, name particles, company forms,
  abbreviations), loaded by ``newsanalytics/_words.py``;
- ``scripts/sentiment_words.txt`` -> ``src/newsanalytics/sentiment/data/words.json``,
  loaded by ``newsanalytics/sentiment/_words.py``.

(The actor extractor's own lists, ``scripts/actors_words.txt``, are built with its
gazetteers by ``build_actors_gazetteer.py``, with the same :func:`read_lists`.)

Source format: ``#`` starts a comment line; ``@name`` starts a list, whose words follow,
any number a line. ``@name rows`` makes a list of rows, one a line: ``first field | more
words``, the first field kept whole ("New York"). ``@name tags`` makes a table, one word a
line followed by its tags: which rules use the word (the header comment of the list says
what each tag means), so a word used by several rules is written once.

Run: ``python scripts/build_word_lists.py [--out-shared DIR] [--out-sentiment DIR]``.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
PACKAGE = HERE.parent / "src" / "newsanalytics"
SOURCES = {
    "shared": (HERE / "words.txt", PACKAGE / "data"),
    "sentiment": (HERE / "sentiment_words.txt", PACKAGE / "sentiment" / "data"),
}


def read_lists(path: Path) -> dict[str, Any]:
    """The lists of a source file: name -> words, rows or {word: tags}, in file order."""
    out: dict[str, Any] = {}
    name = kind = None
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("#") or not line.strip():
            continue
        if line.startswith("@"):
            name, _, kind = line[1:].strip().partition(" ")
            if name in out:
                raise SystemExit(f"{path.name}:{number}: list {name!r} defined twice")
            out[name] = {} if kind == "tags" else []
            continue
        if name is None:
            raise SystemExit(f"{path.name}:{number}: words before the first @list")
        if kind == "rows":
            first, _, rest = line.partition("|")
            out[name].append([first.strip(), *rest.split()])
        elif kind == "tags":
            word, *tags = line.split()
            if word in out[name]:
                raise SystemExit(f"{path.name}:{number}: {word!r} twice in {name!r}")
            out[name][word] = tags
        else:
            out[name].extend(line.split())
    return out


def write_json(path: Path, lists: dict[str, Any]) -> None:
    """Write ``lists`` as the package ships them (one list a line, words in source order)."""
    lines = [
        f"{json.dumps(name)}: {json.dumps(value, ensure_ascii=False)}"
        for name, value in lists.items()
    ]
    path.write_text("{\n" + ",\n".join(lines) + "\n}\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out-shared", type=Path, default=SOURCES["shared"][1])
    parser.add_argument("--out-sentiment", type=Path, default=SOURCES["sentiment"][1])
    args = parser.parse_args()
    outs = {"shared": args.out_shared, "sentiment": args.out_sentiment}
    for key, (source, _) in SOURCES.items():
        lists = read_lists(source)
        outs[key].mkdir(parents=True, exist_ok=True)
        write_json(outs[key] / "words.json", lists)
        print(f"{outs[key] / 'words.json'}: {len(lists)} lists")


if __name__ == "__main__":
    main()
