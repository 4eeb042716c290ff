"""Carry the default taxonomy's senses into the shipped default topic model without a rebuild.

A rebuild (``build_default_topic_model.py``) refits everything, and each refit moves the first
topic of 30-80 unrelated stories (the fit's churn; see that script's comments). A sense whose
key the shipped model already has (``court~crime``: only its ``near`` / ``not_near`` words
edited) needs nothing but the model's copy of the taxonomy. This script also carries a *plain
seed turned into a sense* (``"mosque"`` -> ``{"word": "mosque", "not_near": [...], "label":
"religion"}``), which the shipped model has no column for: the plain seed's column becomes the
sense's (renamed to its key), so the uses of the word in context reach the weights the model
learnt for the seed, and the uses out of context are a word the model does not know (no
evidence, no fold-in, no classifier weight). The seed's other forms (its plural,
``"mosques"``) are read as the sense by the vectorizer too; their columns are renamed to a key
no text produces (``mosques~religion``), so they are left out in every context. Nothing else
changes: weights.npz and manifest.json are written as they were, and the seeds of every
other topic, and every other word, score as before.

A later rebuild learns the sense's column and the word's own column from the training text.

Usage::

    /work/venv/bin/python scripts/sense_default_model.py [--model DIR] [--check]

``--check`` writes nothing and exits 1 when the model's taxonomy or columns differ from what
the default taxonomy asks.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
MODEL = REPO / "src" / "newsanalytics" / "topics" / "data" / "default_model"


def carry(taxonomy, features: list[str], seed_features: list[list[str]]):
    """The features and seed features of a model once the plain seeds that ``taxonomy`` now
    writes as senses are renamed (see the module docstring); and what was renamed."""
    from newsanalytics.taxonomy import plural_forms
    from newsanalytics.topics._vectorize import seed_terms

    features = list(features)
    seed_features = [list(s) for s in seed_features]
    index = {f: j for j, f in enumerate(features)}
    renamed: list[tuple[str, str]] = []
    for k, name in enumerate(taxonomy.names):
        plain = set(seed_terms(taxonomy.seeds(name)))
        for sense in taxonomy.senses(name):
            if sense.key in index:
                continue
            terms = seed_terms([sense.word])
            if not terms or terms[0] in plain:
                continue  # no word, or the word is still a plain seed of this topic
            forms = [f for f in plural_forms(terms[0]) if f in seed_features[k]]
            if not forms:
                continue  # not a plain seed of the shipped model: a rebuild learns it
            for n, form in enumerate(forms):
                tag = sense.key.split("~", 1)[1]
                new = sense.key if n == 0 else form.replace(" ", "_") + "~" + tag
                j = index.pop(form)
                features[j] = new
                index[new] = j
                renamed.append((form, new))
                for feats in seed_features:
                    if form in feats:
                        at = feats.index(form)
                        if n == 0:
                            feats[at] = new
                        else:
                            del feats[at]
    return features, seed_features, renamed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, default=MODEL)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)

    from newsanalytics import Taxonomy

    taxonomy = Taxonomy.default()
    files = {n: json.loads((args.model / f"{n}.json").read_text("utf-8")) for n in
             ("features", "topics", "taxonomy")}
    features, seed_features, renamed = carry(
        taxonomy, files["features"], files["topics"]["seed_features"]
    )
    topics = dict(files["topics"], seed_features=seed_features)
    wanted = {"features": features, "topics": topics, "taxonomy": taxonomy.to_dict()}
    for old, new in renamed:
        print(f"{old} -> {new}")
    stale = [n for n, obj in wanted.items() if obj != files[n]]
    if args.check:
        print("up to date" if not stale else f"stale: {stale}")
        return 1 if stale else 0
    for name in stale:
        with open(args.model / f"{name}.json", "w", encoding="utf-8") as fh:
            json.dump(wanted[name], fh, ensure_ascii=False)
    print(f"wrote {stale or 'nothing'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
