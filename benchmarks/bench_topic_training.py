"""Topic training on the Reuters-21578 vocabulary: our TopicModel against three LDA libraries.

All four models learn K=20 topics from every non-empty Reuters-21578 body (about 19,000),
tokenised the same way (:func:`newsanalytics.text.topic_tokens`) and pruned the same way
(words in at least 2 documents and at most half of them):

- **gensim** ``LdaMulticore`` (``workers=2``, 10 passes);
- **scikit-learn** ``LatentDirichletAllocation`` (``learning_method="online"``, 10 passes,
  ``n_jobs=2``);
- **tomotopy** ``LDAModel`` (collapsed Gibbs sampling, 2 threads, 1,000 iterations);
- **ours**: :class:`newsanalytics.TopicModel` (seeded LDA on gensim's single-process
  ``LdaModel``, then self-training), 10 passes, learnt collocations off
  (``phrase_min_count`` out of reach) so its vocabulary is the same words; the
  taxonomy's multi-word seeds stay features, and are skipped when its top words are read
  for coherence. It always needs named topics, so it runs twice: with the first 20 topics
  of the default news taxonomy (K=20 all named: the way it is meant to be used), and with
  one named topic ("economy and markets") plus 19 unnamed ones, the closest it comes to
  unseeded LDA.

The baselines get the token lists ready-made; ours reads the raw texts and tokenises them
itself (twice: vocabulary, then counts), so its wall time includes that. The time to
tokenise once is printed too.

Coherence: gensim ``CoherenceModel`` ``c_npmi`` of each model's top 10 words on the same
pruned token lists (mean over topics; higher is better).

Usage::

    nice -n 10 python benchmarks/bench_topic_training.py [--limit N] [--tomotopy-iter 1000]
"""

from __future__ import annotations

import argparse
import gzip
import json
import logging
import time
from pathlib import Path

import numpy as np

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
REUTERS = DATA / "reuters21578" / "reuters21578.jsonl.gz"
K = 20
PASSES = 10
TOPN = 10


def load_bodies(limit: int | None) -> list[str]:
    out = []
    with gzip.open(REUTERS, "rt", encoding="utf-8") as fh:
        for line in fh:
            body = (json.loads(line).get("body") or "").strip()
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


def run_ours(bodies: list[str], n_named: int) -> tuple[float, list[list[str]], object]:
    """Our TopicModel with the first ``n_named`` default topics, the rest unnamed."""
    from newsanalytics import TopicModel
    from newsanalytics.taxonomy import Taxonomy

    default = Taxonomy.default()
    names = ["economy and markets"] if n_named == 1 else default.names[:n_named]
    taxonomy = Taxonomy({name: default.seeds(name) for name in names})
    model = TopicModel(
        taxonomy=taxonomy,
        n_topics=K,
        passes=PASSES,
        min_df=2,
        max_df=0.5,
        phrase_min_count=10**9,
        random_state=0,
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
        "--only", nargs="*", default=None, help="subset: gensim sklearn tomotopy ours ours1"
    )
    args = ap.parse_args()
    logging.basicConfig(level=logging.WARNING)

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

    wanted = args.only or ["gensim", "sklearn", "tomotopy", "ours", "ours1"]
    results: dict[str, tuple[float, float]] = {}
    labels = {
        "gensim": "gensim LdaMulticore (workers=2)",
        "sklearn": "scikit-learn LDA online (n_jobs=2)",
        "tomotopy": f"tomotopy LDAModel (2 threads, {args.tomotopy_iter} it)",
        "ours": "ours: TopicModel, 20 named (incl. tokenising)",
        "ours1": "ours: TopicModel, 1 named + 19 unnamed",
    }
    for name in wanted:
        if name == "gensim":
            seconds, topics = run_gensim(corpus, dictionary)
        elif name == "sklearn":
            seconds, topics = run_sklearn(corpus, dictionary)
        elif name == "tomotopy":
            seconds, topics = run_tomotopy(texts, args.tomotopy_iter)
        elif name == "ours":
            seconds, topics, _ = run_ours(bodies, K)
        else:
            seconds, topics, _ = run_ours(bodies, 1)
        npmi = coherence(topics, texts, dictionary)
        results[name] = (seconds, npmi)
        print(f"  {labels[name]}: {seconds:.1f} s, c_npmi {npmi:.4f}", flush=True)

    fastest = min(s for s, _ in results.values())
    print(f"\n{'model (K=20)':<48}{'seconds':>9}{'x fastest':>11}{'c_npmi':>9}")
    for name, (seconds, npmi) in results.items():
        print(f"{labels[name]:<48}{seconds:>9.1f}{seconds / fastest:>11.2f}{npmi:>9.4f}")


if __name__ == "__main__":
    main()
