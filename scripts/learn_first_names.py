"""Learn given names from the persons the extractor finds in text we may ship from.

Writes ``scripts/actors_first_names_learned.txt``, one given name a line, which
``build_actors_gazetteer.py`` adds to the hand-written ``actors_first_names.txt`` and the
HuffPost authors' given names. The hand-written list is thin (no "Serena", "Alec",
"Halyna"), and an unknown given name makes "Serena Williams" a coin flip between a person
and an organisation.

The source texts: HuffPost sample short descriptions of lines 0-8999 only (never the
held-out lines 9000-9999, never headlines: a Title Case headline capitalises every word),
the NewsMTSC train sentences and VADER's NYT editorial snippets (../shared/data/DATA.md: all
may ship). Every mention the shipped extractor reads as a person of two or three words
gives its first word; a word is kept when it

- opens person names at least ``--min-count`` times, before two different words or more
  ("Serena Williams" alone is no evidence that "Serena" is a given name rather than a
  name's first part, as "San" of "San Antonio" is),
- opens a person's name in at least half of the times the texts write it capitalised
  ("Cape" of "Cape Cod", "Getty" of "Getty Images" do not),
- is never written in lower case in the texts ("baroness", "cape") and no everyday word
  (``common_words.json``), no name a gazetteer knows, not already a
  given name, and written as a name ("Serena", not "McCain" or "ALEC");
- never comes before a known given name ("Taoiseach Leo Varadkar", "Baroness Margaret
  Thatcher": a title, glued to the name) and never ends a person's name in the same texts ("Trump Admin" gives no "Trump": "Donald
  Trump" ends in it), and never stands alone as a person (a lone surname).

Run ``python scripts/learn_first_names.py [--data ../shared/data]``, then
``python scripts/build_actors_gazetteer.py``. The list depends on the shipped extractor; it
is a file in the repository, so the gazetteer build stays a function of its inputs.
News Category Dataset: R. Misra 2022, CC BY 4.0. NewsMTSC: Hamborg & Donnay, EACL 2021,
MIT. VADER ground truth: Hutto & Gilbert, ICWSM 2014, MIT.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
from pathlib import Path

from _shippable import huffpost_records, vader_snippets

from newsanalytics.actors import ActorExtractor
from newsanalytics.actors._gazetteer import load_gazetteer

HERE = Path(__file__).resolve().parent
OUT = HERE / "actors_first_names_learned.txt"
_NAME_RE = re.compile(r"\b[A-Z][a-z]{2,}\b")
# Read by hand in the learnt list: a title and a place's first word, not given names.
NOT_GIVEN = frozenset({"Auntie", "Baroness", "Cape"})
_LOWER_RE = re.compile(r"\b[a-z]{3,}\b")


def source_texts(data: Path) -> list[str]:
    """The texts names are learnt from, in a fixed order."""
    texts = []
    for _, rec in huffpost_records(data):
        desc = rec.get("short_description") or ""
        if desc:
            texts.append(desc)
    with (data / "newsmtsc" / "train_flat.jsonl").open(encoding="utf-8") as fh:
        texts.extend(sorted({json.loads(line)["sentence"] for line in fh}))
    texts.extend(vader_snippets(data, "nytEditorial*"))
    return texts


def learn(texts: list[str], min_count: int) -> list[str]:
    """Given names that open the extractor's person mentions in ``texts``."""
    gaz = load_gazetteer()
    # The given names the gazetteer knows without this script's list: the repository's list
    # (OUT, whatever --out says), which the shipped gazetteer was built with.
    lines = OUT.read_text(encoding="utf-8").splitlines() if OUT.exists() else []
    learnt = {ln.strip() for ln in lines if ln.strip() and not ln.startswith("#")}
    known = set(gaz.first_names) - learnt
    ex = ActorExtractor()
    opens: collections.Counter[str] = collections.Counter()
    after: collections.defaultdict[str, set[str]] = collections.defaultdict(set)
    written: collections.Counter[str] = collections.Counter()
    ends: set[str] = set()
    lower: set[str] = set()
    for text in texts:
        written.update(_NAME_RE.findall(text))
        lower.update(_LOWER_RE.findall(text))
        for m in ex.extract(text):
            if m.type != "person":
                continue
            words = text[m.start : m.end].split()
            ends.add(words[-1])
            if 2 <= len(words) <= 3:
                opens[words[0]] += 1
                after[words[0]].add(words[1])
    out = []
    for word, n in opens.items():
        if (
            n >= min_count
            and len(after[word]) >= 2
            and 2 * n >= written[word]
            and _NAME_RE.fullmatch(word)
            and word not in ends
            and word not in NOT_GIVEN
            and after[word].isdisjoint(gaz.first_names)
            and word not in known
            and word.lower() not in gaz.common_words
            and word.lower() not in lower
            and gaz.exact.get(word) is None
            and gaz.folded.get(word.casefold()) is None
        ):
            out.append(word)
    return sorted(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=HERE.parent.parent / "shared" / "data")
    parser.add_argument("--min-count", type=int, default=2)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    names = learn(source_texts(args.data), args.min_count)
    header = (
        "# Given names learnt by scripts/learn_first_names.py from the persons the extractor\n"
        "# finds in HuffPost descriptions (lines 0-8999), NewsMTSC and VADER NYT snippets.\n"
    )
    args.out.write_text(header + "\n".join(names) + "\n", encoding="utf-8")
    print(f"{args.out.name}: {len(names)} names")


if __name__ == "__main__":
    main()
