"""Topic training on the Reuters-21578 vocabulary: our TopicModel against three LDA libraries.

All four models learn K=20 topics from every non-empty Reuters-21578 body (about 19,000),
tokenised the same way (:func:`newsanalytics.text.topic_tokens`) and pruned the same way
(words in at least 2 documents and at most half of them):

- **gensim** ``LdaMulticore`` (``workers=2``, 10 passes);
- **gensim** ``LdaModel`` (single process, 10 passes): the "plain gensim LdaModel" of the
  issue's coherence criterion;
- **scikit-learn** ``LatentDirichletAllocation`` (``learning_method="online"``, 10 passes,
  ``n_jobs=2``);
- **tomotopy** ``LDAModel`` (collapsed Gibbs sampling, 2 threads, 1,000 iterations);
- **ours**: :class:`newsanalytics.TopicModel` (seeded LDA by batch variational Bayes with
  gensim ``LdaModel``'s updates, vectorised over documents and run on 2 threads,
  ``n_jobs=2``; then self-training), 10 passes, learnt collocations off
  (``phrase_min_count`` out of reach) so its vocabulary is the same words; the
  taxonomy's multi-word seeds stay features, and are skipped when its top words are read
  for coherence. It always needs named topics, so it runs three ways: with the six
  Reuters topics of ``bench_topics.py`` (crude, grain, trade, money-fx, interest, ship;
  class name + 3 seed words each) plus 14 unnamed topics (``n_topics=20``: a user with a
  small taxonomy on this corpus), with the first 20 topics of the default news taxonomy
  (K=20 all named), and with one named topic ("economy and markets") plus 19 unnamed
  ones, the closest it comes to unseeded LDA.

The baselines get the token lists ready-made; ours reads the raw texts and tokenises them
itself (twice: vocabulary, then counts), so its wall time includes that. The time to
tokenise once is printed too.

Coherence: gensim ``CoherenceModel`` ``c_npmi`` of each model's top 10 words on the same
pruned token lists (mean over topics; higher is better).

The criterion (our topics at least as coherent as plain gensim ``LdaModel`` with the same
number of topics and passes) is then checked over several random states
(``--criterion-seeds``, default 0 1 2), because one LdaModel run's c_npmi moves by several
hundredths with its seed: ours with the six Reuters topics + 14 unnamed against
``LdaModel``, each seed's figures and their means. ``--ablate`` adds ours with
``topic_word_iter=0`` (document-level topic-word estimate, the state before word-level EM).

Usage::

    nice -n 10 python benchmarks/bench_topic_training.py [--limit N] [--tomotopy-iter 1000]
        [--only gensim lda sklearn tomotopy ours6 ours ours1] [--criterion-seeds 0 1 2]
        [--ablate]
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from pathlib import Path

import numpy as np
from _reuters import records

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
K = 20
PASSES = 10
TOPN = 10


def load_bodies(limit: int | None) -> list[str]:
    out = []
    for rec in records():
        body = (rec.get("body") or "").strip()
        if body:
            out.append(body)
            if limit and len(out) == limit:
                break
    return out


def coherence(topics: list[list[str]], texts: list[list[str]], dictionary) -> float:
    from gensim.models.coherencemodel import CoherenceModel

    topics = [[w for w in t if w in dictionary.token2id][:TOPN] for t in topics]
    cm = CoherenceModel(
        topics=topics,
        texts=texts,
        dictionary=dictionary,
        coherence="c_npmi",
        topn=TOPN,
        processes=1,
    )
    return float(np.mean(cm.get_coherence_per_topic()))


def top_words(weights: np.ndarray, names: list[str], n: int = TOPN) -> list[list[str]]:
    out = []
    for row in weights:
        order = np.argsort(-row, kind="stable")
        out.append([names[j] for j in order if " " not in names[j]][:n])
    return out


def run_gensim(corpus, dictionary) -> tuple[float, list[list[str]]]:
    from gensim.models import LdaMulticore

    t0 = time.perf_counter()
    lda = LdaMulticore(
        corpus,
        id2word=dictionary,
        num_topics=K,
        workers=2,
        passes=PASSES,
        random_state=0,
        eval_every=0,
    )
    seconds = time.perf_counter() - t0
    names = [dictionary[i] for i in range(len(dictionary))]
    return seconds, top_words(lda.get_topics(), names)


def run_lda(corpus, dictionary, random_state: int = 0) -> tuple[float, list[list[str]]]:
    """Plain gensim ``LdaModel``: single process, K topics, PASSES passes, gensim defaults."""
    from gensim.models import LdaModel

    t0 = time.perf_counter()
    lda = LdaModel(
        corpus,
        id2word=dictionary,
        num_topics=K,
        passes=PASSES,
        random_state=random_state,
        eval_every=0,
    )
    seconds = time.perf_counter() - t0
    names = [dictionary[i] for i in range(len(dictionary))]
    return seconds, top_words(lda.get_topics(), names)


def run_sklearn(corpus, dictionary) -> tuple[float, list[list[str]]]:
    import scipy.sparse as sp
    from sklearn.decomposition import LatentDirichletAllocation

    rows, cols, vals = [], [], []
    for r, bow in enumerate(corpus):
        for j, c in bow:
            rows.append(r)
            cols.append(j)
            vals.append(c)
    x = sp.csr_matrix((vals, (rows, cols)), shape=(len(corpus), len(dictionary)))
    t0 = time.perf_counter()
    lda = LatentDirichletAllocation(
        n_components=K,
        learning_method="online",
        max_iter=PASSES,
        n_jobs=2,
        random_state=0,
    ).fit(x)
    seconds = time.perf_counter() - t0
    names = [dictionary[i] for i in range(len(dictionary))]
    return seconds, top_words(lda.components_, names)


def run_tomotopy(texts: list[list[str]], iterations: int) -> tuple[float, list[list[str]]]:
    import tomotopy as tp

    t0 = time.perf_counter()
    mdl = tp.LDAModel(k=K, seed=0)
    for t in texts:
        if t:
            mdl.add_doc(t)
    mdl.train(iterations, workers=2)
    seconds = time.perf_counter() - t0
    return seconds, [[w for w, _ in mdl.get_topic_words(k, top_n=TOPN)] for k in range(K)]


def run_ours(
    bodies: list[str], named: str, random_state: int = 0, **params
) -> tuple[float, list[list[str]], object]:
    """Our TopicModel, K topics: ``named`` says which are named, the rest are unnamed.

    ``"reuters6"``: the six Reuters topics of bench_topics.py; ``"default20"``: the first 20
    topics of the default taxonomy; ``"economy"``: "economy and markets" only.
    """
    from bench_topics import REUTERS_SEEDS

    from newsanalytics import TopicModel
    from newsanalytics.taxonomy import Taxonomy

    default = Taxonomy.default()
    if named == "reuters6":
        taxonomy = Taxonomy(REUTERS_SEEDS)
    else:
        names = ["economy and markets"] if named == "economy" else default.names[:K]
        taxonomy = Taxonomy({name: default.seeds(name) for name in names})
    model = TopicModel(
        taxonomy=taxonomy,
        n_topics=K,
        passes=PASSES,
        min_df=2,
        max_df=0.5,
        phrase_min_count=10**9,
        random_state=random_state,
        n_jobs=2,
        **params,
    )
    t0 = time.perf_counter()
    model.fit(bodies)
    seconds = time.perf_counter() - t0
    names = list(model.vectorizer_.get_feature_names_out())
    return seconds, top_words(model.topic_word_, names), model


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, default=None, help="first N bodies only (smoke test)")
    ap.add_argument("--tomotopy-iter", type=int, default=1000)
    ap.add_argument(
        "--only",
        nargs="*",
        default=None,
        help="subset: gensim lda sklearn tomotopy ours6 ours ours1",
    )
    ap.add_argument(
        "--criterion-seeds",
        type=int,
        nargs="*",
        default=[0, 1, 2],
        help="random states for ours6 vs LdaModel (none: skip the criterion)",
    )
    ap.add_argument("--ablate", action="store_true", help="also ours6 with topic_word_iter=0")
    args = ap.parse_args()
    logging.basicConfig(level=logging.WARNING)
    logging.getLogger("gensim").setLevel(logging.ERROR)

    from gensim.corpora import Dictionary

    from newsanalytics.text import topic_tokens

    bodies = load_bodies(args.limit)
    t0 = time.perf_counter()
    tokens = [topic_tokens(b) for b in bodies]
    tokenise_s = time.perf_counter() - t0
    dictionary = Dictionary(tokens)
    dictionary.filter_extremes(no_below=2, no_above=0.5, keep_n=None)
    texts = [[w for w in t if w in dictionary.token2id] for t in tokens]
    corpus = [dictionary.doc2bow(t) for t in texts]
    print(
        f"Reuters-21578: {len(bodies)} non-empty bodies, {len(dictionary)} words after pruning, "
        f"{sum(map(len, texts))} tokens; tokenising once took {tokenise_s:.2f} s"
    )

    labels = {
        "gensim": "gensim LdaMulticore (workers=2)",
        "lda": "gensim LdaModel (plain, 1 process)",
        "sklearn": "scikit-learn LDA online (n_jobs=2)",
        "tomotopy": f"tomotopy LDAModel (2 threads, {args.tomotopy_iter} it)",
        "ours6": "ours: 6 Reuters named + 14 unnamed",
        "ours6_doc": "ours6, topic_word_iter=0 (doc-level)",
        "ours": "ours: TopicModel, 20 named (incl. tokenising)",
        "ours1": "ours: TopicModel, 1 named + 19 unnamed",
    }

    def run(name: str, random_state: int = 0) -> tuple[float, float]:
        if name == "gensim":
            seconds, topics = run_gensim(corpus, dictionary)
        elif name == "lda":
            seconds, topics = run_lda(corpus, dictionary, random_state)
        elif name == "sklearn":
            seconds, topics = run_sklearn(corpus, dictionary)
        elif name == "tomotopy":
            seconds, topics = run_tomotopy(texts, args.tomotopy_iter)
        elif name == "ours6":
            seconds, topics, _ = run_ours(bodies, "reuters6", random_state)
        elif name == "ours6_doc":
            seconds, topics, _ = run_ours(bodies, "reuters6", random_state, topic_word_iter=0)
        elif name == "ours":
            seconds, topics, _ = run_ours(bodies, "default20", random_state)
        else:
            seconds, topics, _ = run_ours(bodies, "economy", random_state)
        npmi = coherence(topics, texts, dictionary)
        print(f"  {labels[name]} (random_state={random_state}): {seconds:.1f} s, c_npmi {npmi:.4f}")
        sys.stdout.flush()
        return seconds, npmi

    wanted = (
        args.only
        if args.only is not None
        else ["gensim", "lda", "sklearn", "tomotopy", "ours6", "ours", "ours1"]
    )
    results = {name: run(name) for name in wanted}
    if results:
        fastest = min(s for s, _ in results.values())
        print(f"\n{'model (K=20, random_state=0)':<48}{'seconds':>9}{'x fastest':>11}{'c_npmi':>9}")
        for name, (seconds, npmi) in results.items():
            print(f"{labels[name]:<48}{seconds:>9.1f}{seconds / fastest:>11.2f}{npmi:>9.4f}")
        anchors = {k: v for k, v in results.items() if k in ("gensim", "sklearn", "tomotopy")}
        if "ours6" in results and anchors:
            best = min(anchors, key=lambda k: anchors[k][0])
            seconds, npmi = results["ours6"]
            more_coherent = [labels[k] for k, v in anchors.items() if npmi >= v[1]]
            print(
                f"speed criterion: ours6 {seconds:.1f} s = {seconds / anchors[best][0]:.2f}x the "
                f"fastest anchor ({labels[best]}, {anchors[best][0]:.1f} s; goal <= 1.2x); ours6 "
                f"c_npmi {npmi:.4f} >= {len(more_coherent)} of {len(anchors)} anchors"
            )

    if args.criterion_seeds:
        contenders = ["lda", "ours6"] + (["ours6_doc"] if args.ablate else [])
        scores: dict[str, list[float]] = {name: [] for name in contenders}
        for rs in args.criterion_seeds:
            for name in contenders:
                if rs == 0 and name in results:
                    scores[name].append(results[name][1])
                else:
                    scores[name].append(run(name, rs)[1])
        seeds = " ".join(str(rs) for rs in args.criterion_seeds)
        print(f"\n== criterion: c_npmi top {TOPN}, K={K}, passes={PASSES}, random states {seeds}")
        for name in contenders:
            values = " ".join(f"{v:.4f}" for v in scores[name])
            mean, sd = float(np.mean(scores[name])), float(np.std(scores[name]))
            print(f"{labels[name]:<48} {values}   mean {mean:.4f} ± {sd:.4f}")
        ours, plain = float(np.mean(scores["ours6"])), float(np.mean(scores["lda"]))
        wins = sum(o >= p for o, p in zip(scores["ours6"], scores["lda"], strict=True))
        print(
            f"ours6 - LdaModel: {ours - plain:+.4f} (ratio {ours / plain:.3f}); ours6 >= LdaModel "
            f"in {wins} of {len(args.criterion_seeds)} paired runs"
        )


if __name__ == "__main__":
    main()
