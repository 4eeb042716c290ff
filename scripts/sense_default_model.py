"""Carry the default taxonomy's senses and new seeds into the shipped default model, no rebuild.

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

It also carries *new plain seeds* (:func:`extend`): a seed whose form the model already has a
column for becomes one of its topic's seed features (the seed part and the evidence read it;
the fold-in and the classifier keep the weights they learnt for the word). A form the model
has no column for (a word its training text never held: "eurobond", "joint venture") gets
one, appended after the others: a form whose singular or plural the model knows copies that
word's columns (topic-word, classifier weight, idf; "drug cartels" from "drug cartel",
"soybean" from "soybeans"; a word that only looks plural, "news" or "arms", copies no "new" or
"arm": :func:`singulars`), unless that word carries less information than the fit's weakest
seed ("metals" and "metal"); any other form takes, row by row, the median of
its topic's known seed columns (the mean of those medians for a seed of several topics). Its
document frequency is 0 (never seen in training; ``TopicModel.top_words`` leaves it out). So
a text without the new forms scores as before (the fold-in reads a word's column, and the
topic-word rows, which then sum to a little over 1, are not renormalised: the default
model's largest row sum is 1.10); a text with one reads it as a typical seed.

And it carries *new senses* of a word that is no plain seed of the model (business's "bid"
near a deal word: ``bid~deal``): the sense's key gets a column, its topic's median seed column
(as a new plain form without a singular to copy), with document frequency 0, and becomes one
of its topic's seed features. The vectorizer reads the word as the sense only where the sense's
conditions hold; elsewhere the word keeps its own column and weights (an election "bid" reads
as before). Before stop 47 such a sense waited for a rebuild (no column: the shipped model
never read it).

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
                continue  # not a plain seed of the shipped model: extend() adds it
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


# Words ending in -s that are not the plural of the word without it ("news" is not more than one
# "new", "arms" not "arm"s, "customs" not "custom"s): a written-out seed of these copies no
# other word's column. Endings that are never a regular plural (-ss, -us, -is: "business",
# "status", "crisis") are read by singulars() itself.
NOT_PLURAL = frozenset(
    "news arms goods customs means series species politics economics physics ethics athletics "
    "olympics gymnastics headquarters savings remains whereabouts".split()
)


def singulars(term: str) -> list[str]:
    """The singulars a regular plural term may have been made from (``plural_forms`` undone,
    most likely first): the columns a written-out plural seed may copy when the model knows
    only its singular. Only a word whose regular plural (``plural_forms``) is the term
    itself, so never a word that ``plural_forms`` would not pluralise that way, and none for
    a last word that only looks plural (``NOT_PLURAL``, -ss, -us, -is): a seed "news" copies
    nothing from "new", "drug cartels" copies "drug cartel"."""
    from newsanalytics.taxonomy import plural_forms

    head, _, last = term.rpartition(" ")
    if last.lower() in NOT_PLURAL or last.endswith(("ss", "us", "is")):
        return []
    out = []
    for end, back in (("ies", "y"), ("ches", "ch"), ("shes", "sh"), ("xes", "x"), ("s", "")):
        if last.endswith(end):
            cand = f"{head} {last[: -len(end)] + back}".strip()
            if term in plural_forms(cand)[1:] and cand not in out:
                out.append(cand)
    return out


def extend(taxonomy, features: list[str], seed_features: list[list[str]], weights: dict,
           prior=None):
    """The features, seed features and weight arrays of a model once the taxonomy's plain seeds
    that it does not read, and its senses that have no column (``bid~deal``: its topic's
    median seed column, document frequency 0), are added (see the module docstring); and what
    was added, or left out: with ``prior`` (the topics' mean shares, the manifest's ``topic_shares``), a form
    whose own column carries less information about the topics than the fit's weakest seed
    (``topics._shares.information_floor``) is left for a rebuild, since as a seed it would
    lower that floor and give texts of no subject a named topic."""
    import numpy as np

    from newsanalytics.taxonomy import plural_forms
    from newsanalytics.topics._shares import information_floor, word_information
    from newsanalytics.topics._vectorize import seed_terms

    features = list(features)
    seed_features = [list(s) for s in seed_features]
    weights = dict(weights)
    index = {f: j for j, f in enumerate(features)}
    columns = ("topic_word", "coef", "idf")
    known = {name: [index[f] for f in feats if f in index and "~" not in f]
             for name, feats in zip(taxonomy.names, seed_features, strict=True)}
    added: list[tuple[str, str]] = []
    new: dict[str, list[np.ndarray]] = {c: [] for c in columns}
    info = floor = None
    if prior is not None:
        info = word_information(weights["topic_word"], np.asarray(prior))
        floor = information_floor(info, sorted({index[f] for feats in seed_features
                                                for f in feats if f in index}))
    width = weights["idf"].shape[-1]

    def column(c: str, j: int) -> np.ndarray:  # column j of array c, added ones included
        return weights[c][..., j] if j < width else new[c][j - width]

    owners: dict[str, list[str]] = {}  # the topics that list a seed
    for name in taxonomy.names:
        for term in seed_terms(taxonomy.seeds(name)):
            owners.setdefault(term, []).append(name)
    for k, name in enumerate(taxonomy.names):
        have = set(seed_features[k])
        for term in seed_terms(taxonomy.seeds(name)):
            forms = plural_forms(term)
            if forms[0] in have:
                continue  # a seed of the fit: its forms unseen in training stay unread
            weak = [f for f in forms if info is not None and index.get(f, len(info)) < len(info)
                    and info[index[f]] < floor]  # (a column added here is no weak word)
            if weak:
                added.append((name, f"{term} LEFT OUT: {weak[0]} carries "
                              f"{info[index[weak[0]]]:.2f} nats < {floor:.2f}"))
                continue
            cols = None  # the columns a form without one copies
            for form in forms:
                if form in have:
                    continue  # ("interest rate" where "interest rates" is a seed already)
                if form not in index:
                    if cols is None:
                        base = next((index[f] for f in (forms[0], *singulars(forms[0]), *forms)
                                     if f in index), None)
                        if base is not None and info is not None and base < len(info) \
                                and info[base] < floor:
                            base = None  # a weak word's column ("metal" for "metals") is no seed's
                        cols = {
                            c: column(c, base) if base is not None else np.asarray(
                                np.mean([np.median(weights[c][..., known[o]], axis=-1)
                                         for o in owners[term]], axis=0),
                                dtype=weights[c].dtype)
                            for c in columns}
                    for c in columns:
                        new[c].append(cols[c])
                    index[form] = len(features)
                    features.append(form)
                    added.append((name, form + " (new column)"))
                else:
                    added.append((name, form))
                    if cols is None and form == forms[0]:
                        cols = {c: column(c, index[form]) for c in columns}
                seed_features[k].append(form)
                have.add(form)
    sense_owners: dict[str, list[str]] = {}  # the topics that list a sense
    for name in taxonomy.names:
        for sense in taxonomy.senses(name):
            sense_owners.setdefault(sense.key, []).append(name)
    for k, name in enumerate(taxonomy.names):
        for sense in taxonomy.senses(name):
            if sense.key in index:
                if sense.key not in seed_features[k]:
                    seed_features[k].append(sense.key)
                continue  # a sense of the fit, or one carry() gave a plain seed's column
            cols = {c: np.asarray(np.mean([np.median(weights[c][..., known[o]], axis=-1)
                                           for o in sense_owners[sense.key]], axis=0),
                                  dtype=weights[c].dtype) for c in columns}
            for c in columns:
                new[c].append(cols[c])
            index[sense.key] = len(features)
            features.append(sense.key)
            seed_features[k].append(sense.key)
            added.append((name, sense.key + " (new sense column)"))
    if new["idf"]:
        for c in columns:
            weights[c] = np.concatenate([weights[c], np.stack(new[c], axis=-1)], axis=-1)
        df = weights["document_frequency"]
        weights["document_frequency"] = np.concatenate(
            [df, np.zeros(len(new["idf"]), dtype=df.dtype)])
    return features, seed_features, weights, added


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
    import numpy as np

    with np.load(args.model / "weights.npz") as npz:
        weights = {k: npz[k] for k in npz.files}
    manifest = json.loads((args.model / "manifest.json").read_text("utf-8"))
    features, seed_features, new_weights, added = extend(
        taxonomy, features, seed_features, weights, manifest.get("topic_shares"))
    for topic, form in added:
        print(f"{topic}: + {form}")
    topics = dict(files["topics"], seed_features=seed_features)
    wanted = {"features": features, "topics": topics, "taxonomy": taxonomy.to_dict()}
    for old, new in renamed:
        print(f"{old} -> {new}")
    stale = [n for n, obj in wanted.items() if obj != files[n]]
    if any(new_weights[k] is not weights[k] for k in weights):
        stale.append("weights")
    if args.check:
        print("up to date" if not stale else f"stale: {stale}")
        return 1 if stale else 0
    for name in stale:
        if name == "weights":
            np.savez(args.model / "weights.npz", **new_weights)
            continue
        with open(args.model / f"{name}.json", "w", encoding="utf-8") as fh:
            json.dump(wanted[name], fh, ensure_ascii=False)
    print(f"wrote {stale or 'nothing'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
