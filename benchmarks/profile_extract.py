"""Where ``extract_document`` spends its time on long Reuters stories, stage by stage, and
what the text scanning itself (the regex passes over the text) costs.

Stages: CPU seconds (best of ``--repeat``) of each stage's calls, summed over the first
``--long`` Reuters bodies of at least 2,000 characters (parsed beforehand), as a share of
``extract_document``. A stage is timed by wrapping its function (a few calls per article, or
one per sentence or run of capitalised words for the scanner's): the wrappers add a little,
most to the stages called most often. Not cProfile, which charges every Python call and so
inflates call-heavy code several times over.

Scanning: the regex passes the scanner makes over the same sentences, timed alone (no
candidate built): the runs of capitalised words of each sentence (``_RUN_RE``), the same
found once per text (one search of the whole text, each sentence's runs picked by
bisection: the design that would share them), the sentence tests (``_TITLE_WORD_RE``,
``_title_case``, ``_looks_like_heading``), the article's mid-sentence names, and the
context tokens read around each run (``_CTX_RE`` before, ``_next_two`` after).

Usage::

    nice -n 10 python benchmarks/profile_extract.py [--long 300] [--repeat 5]
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from bisect import bisect_left
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_pipeline import load_long  # noqa: E402
from profile_typer import best_cpu  # noqa: E402


def stages(docs: list, repeat: int) -> float:
    from newsanalytics.actors import ActorExtractor, _extractor, _runs, _scan, _typer

    ex = ActorExtractor()
    for d in docs[:20]:
        ex.extract_document(d)
    spent: dict[str, float] = {}
    order: list[str] = []
    clock = time.process_time

    def wrap(owner, name: str, label: str) -> None:
        inner = getattr(owner, name)

        def timed(*a, **k):
            t = clock()
            try:
                return inner(*a, **k)
            finally:
                spent[label] = spent.get(label, 0.0) + clock() - t

        setattr(owner, name, timed)
        order.append(label)

    def wrap_stages(owner, name: str, label: str) -> None:
        # A generator of stages (_lockstep): each of its steps timed, the typer's matrix
        # product (run between the steps) left out.
        inner = getattr(owner, name)

        def timed(*a, **k):
            stages, answer = inner(*a, **k), None
            while True:
                t = clock()
                try:
                    ask = stages.send(answer)
                except StopIteration as stop:
                    spent[label] = spent.get(label, 0.0) + clock() - t
                    return stop.value
                spent[label] = spent.get(label, 0.0) + clock() - t
                answer = yield ask

        setattr(owner, name, timed)
        order.append(label)

    wrap(_extractor.ActorExtractor, "extract_document", "extract_document")
    wrap_stages(_extractor.ActorExtractor, "_candidate_stages", "  rule candidates")
    wrap(_scan.Scanner, "scan", "    sentence scanner (all)")
    wrap(_runs.RunClassifier, "segment", "      run segmenter (segment)")
    wrap(_runs.RunClassifier, "single", "      one-word runs (single)")
    wrap_stages(_extractor.ActorExtractor, "_resolve_stages", "  resolution (with the typer)")
    wrap_stages(_extractor, "typer_stages", "    typer (features, decisions)")
    wrap(_typer.SpanTyper, "proba_of_codes", "  typer product")
    best: dict[str, float] = {}
    # The cyclic garbage collector's passes, which the stages' times hold wherever one
    # happens to start (a pass over the whole process takes 0.08-0.12 s): their CPU
    # seconds and count by generation, over all the rounds.
    collector = _Collector()
    gc.callbacks.append(collector)
    try:
        for _ in range(repeat):
            spent.clear()
            for d in docs:
                ex.extract_document(d)
            for k, v in spent.items():
                best[k] = min(best.get(k, float("inf")), v)
    finally:
        gc.callbacks.remove(collector)
    total = best["extract_document"]
    print(f"stages of extract_document, {len(docs)} long Reuters bodies (CPU, best of {repeat})")
    for k in order:
        print(f"  {k:34s} {best[k] * 1000:8.1f} ms {100 * best[k] / total:6.1f}%")
    gc_round = collector.seconds / repeat
    print(
        f"  collector, a round on average          {gc_round * 1000:8.1f} ms"
        f" {100 * gc_round / total:6.1f}% (passes by generation in {repeat} rounds:"
        f" {collector.passes})"
    )
    return total


class _Collector:
    """A ``gc.callbacks`` entry that sums the CPU seconds of the collector's passes and
    counts them by generation."""

    def __init__(self) -> None:
        self.seconds, self.passes, self._start = 0.0, [0, 0, 0], 0.0

    def __call__(self, phase: str, info: dict) -> None:
        if phase == "start":
            self._start = time.process_time()
        else:
            self.seconds += time.process_time() - self._start
            self.passes[info["generation"]] += 1


def scanning(docs: list, repeat: int, total: float) -> None:
    from newsanalytics.actors import _extractor, _scan
    from newsanalytics.actors._spaces import _plain_spaces
    from newsanalytics.actors._tokens import _CTX_RE, _next_two

    # The sentences whose offsets index the text the scanner reads (nearly all).
    docs = [d for d in map(_plain_spaces, docs) if d.aligned or d.text == d.raw]
    sents = [(d.text, s.start, s.end) for d in docs for s in d.sentences]
    texts = [d.text for d in docs]

    def runs_by_sentence():
        for t, cs, ce in sents:
            run_re = _scan._RUN_RE if t.find("l-", cs, ce) >= 0 else _scan._RUN_PLAIN_RE
            for m in run_re.finditer(t, cs, ce):
                m.span()

    def runs_once():
        last, spans, starts = None, [], []
        for t, cs, ce in sents:
            if t is not last:
                run_re = _scan._RUN_RE if "l-" in t else _scan._RUN_PLAIN_RE
                last, spans = t, [m.span() for m in run_re.finditer(t)]
                starts = [s for s, _ in spans]
            lo = bisect_left(starts, cs)
            hi = bisect_left(starts, ce, lo)
            if (lo and spans[lo - 1][1] > cs) or (hi > lo and spans[hi - 1][1] > ce):
                runs_re = _scan._RUN_RE if t.find("l-", cs, ce) >= 0 else _scan._RUN_PLAIN_RE
                [m.span() for m in runs_re.finditer(t, cs, ce)]  # a run crosses an end
            else:
                spans[lo:hi]

    def tests():
        for t, cs, ce in sents:
            _scan._FIRST_ALPHA_RE.search(t, cs, ce)
            _scan._TITLE_WORD_RE.search(t, cs, ce)
            _scan._title_case(t, cs, ce)
            _extractor._looks_like_heading(t, cs, ce)

    def mid_names():
        for t in texts:
            _scan.mid_sentence_names(t)

    def context():
        for t, cs, ce in sents:
            for m in _scan._RUN_PLAIN_RE.finditer(t, cs, ce):
                rs, re_ = m.span()
                _CTX_RE.findall(t, max(cs, rs - 40), rs)[-3:]
                _next_two(t, re_, min(ce, re_ + 30))

    print(f"regex passes of the scanner alone, {len(sents)} sentences")
    runs = best_cpu(runs_by_sentence, repeat)
    for name, fn in (
        ("runs, a search per sentence", runs_by_sentence),
        ("runs, one search per text", runs_once),
        ("sentence tests", tests),
        ("mid-sentence names", mid_names),
        ("context tokens of every run", context),
    ):
        v = runs if fn is runs_by_sentence else best_cpu(fn, repeat)
        if fn is context:
            v -= runs  # the runs themselves are counted above
        print(f"  {name:34s} {v * 1000:8.1f} ms {100 * v / total:6.1f}%")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--long", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    from newsanalytics.text import parse

    docs = [parse(r["text"]) for r in load_long(args.long)]
    total = stages(docs, args.repeat)
    scanning(docs, args.repeat, total)


if __name__ == "__main__":
    main()
