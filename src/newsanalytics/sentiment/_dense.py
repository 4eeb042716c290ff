"""The lexicon, role, speech and prior features of a batch, as arrays (the fast path).

Each function reads the token arrays of a :class:`~newsanalytics.sentiment._featurizer._Batch`
and gives, per feature name of :mod:`newsanalytics.sentiment._features`, its value for every
target of the batch: sums over token ranges are differences of prefix sums, "the nearest
such token" is a running maximum (or minimum) of indices.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import numpy as np

from . import _features as F

if TYPE_CHECKING:
    from ._featurizer import _Batch

__all__ = ["dense_features"]


def _prefix(values: np.ndarray) -> np.ndarray:
    out = np.zeros(len(values) + 1, dtype=np.float64)
    np.cumsum(values, out=out[1:])
    return out


def _counts(flags: np.ndarray) -> np.ndarray:
    """Prefix sums of 0/1 flags (a bool mask, or int8 flags), as exact integers: the values
    :func:`_prefix` gives them, for range counts compared with 0. A float64 running sum of a
    mask casts each element on the way (about 1.2 ms per 100,000 tokens); an int32 one
    takes a fifteenth of that."""
    dtype = np.int32 if len(flags) < 2**31 - 1 else np.int64
    out = np.zeros(len(flags) + 1, dtype=dtype)
    np.cumsum(flags, out=out[1:], dtype=dtype)
    return out


def _last_at_or_before(mask: np.ndarray) -> np.ndarray:
    """For each token, the index of the last token at or before it where ``mask`` holds
    (-1 if none)."""
    idx = np.where(mask, np.arange(len(mask)), -1)
    return np.maximum.accumulate(idx) if len(idx) else idx


def _first_at_or_after(mask: np.ndarray) -> np.ndarray:
    """For each token, the index of the first token at or after it where ``mask`` holds
    (len(mask) if none); one extra entry at the end for "after the last token"."""
    n = len(mask)
    idx = np.append(np.where(mask, np.arange(n), n), n)
    return np.minimum.accumulate(idx[::-1])[::-1]


class _Sums:
    """Range sums of the positive and negative evidence."""

    def __init__(self, pos: np.ndarray, neg: np.ndarray) -> None:
        self.p = _prefix(pos)
        self.n = _prefix(neg)

    def __call__(self, lo: np.ndarray, hi: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        hi = np.maximum(hi, lo)
        return self.p[hi] - self.p[lo], self.n[hi] - self.n[lo]


def _pairs(name: str, pn: tuple[np.ndarray, np.ndarray]) -> Iterator[tuple[str, np.ndarray]]:
    yield name + ":pos", pn[0]
    yield name + ":neg", pn[1]


def _at(x: np.ndarray, i: np.ndarray, ok: np.ndarray, fill: float = 0.0) -> np.ndarray:
    """``x[i]`` where ``ok``, else ``fill`` (``i`` clipped into range)."""
    if not len(x):
        return np.full(len(i), fill)
    return np.where(ok, x[np.clip(i, 0, len(x) - 1)], fill)


def dense_features(b: _Batch) -> Iterator[tuple[str, np.ndarray]]:
    """(feature name, value per target) of every non-word feature."""
    if not hasattr(b, "cs"):
        b.cs, _, _, b.ce = b._clause_ranges()
    t0, t1, s0, s1, cs, ce = b.t0, b.t1, b.s0, b.s1, b.cs, b.ce
    n_tok = b.n_tok
    yield from _lexicon(b, t0, t1, s0, s1, cs, ce)
    n = s1 - s0
    yield "pos:first", (t0 == s0).astype(np.float64)
    rel = np.searchsorted(F.POSITION_EDGES, (t0 - s0) / np.maximum(n, 1), side="right")
    for k in range(len(F.POSITION_EDGES) + 1):
        yield f"pos:rel{k}", (rel == k).astype(np.float64)
    yield from _roles(b, t0, t1, s0, s1, cs, ce, n_tok)


def _lexicon(b, t0, t1, s0, s1, cs, ce) -> Iterator[tuple[str, np.ndarray]]:
    ev = b.evidence = _Sums(b.vpos, b.vneg)
    sp, sn = ev(s0, s1)
    yield "lex:s:pos", sp
    yield "lex:s:neg", sn
    comp = 4.0 * (sp - sn)
    k = np.searchsorted(F.COMPOUND_EDGES, comp / np.sqrt(comp * comp + 15.0), side="right")
    for j in range(len(F.COMPOUND_EDGES) + 1):
        yield f"lex:s:bin{j}", (k == j).astype(np.float64)
    inside = ev(t0, t1)
    yield from _pairs("lex:in", inside)
    for w in F.WINDOWS:
        yield from _pairs(f"lex:L{w}", ev(np.maximum(cs, t0 - w), t0))
        yield from _pairs(f"lex:R{w}", ev(t1, np.minimum(ce, t1 + w)))
        yield from _pairs(f"lex:oL{w}", ev(np.maximum(s0, t0 - w), np.minimum(cs, t0)))
        yield from _pairs(f"lex:oR{w}", ev(np.maximum(ce, t1), np.minimum(s1, t1 + w)))
    left, right = ev(cs, t0), ev(t1, ce)
    yield from _pairs("lex:clL", left)
    yield from _pairs("lex:clR", right)
    clause = (left[0] + right[0], left[1] + right[1])
    yield from _pairs("lex:cl", clause)
    b.clause_evidence = clause
    has = b.has
    # The next clause, right of the target.
    nc0 = np.searchsorted(b.clause, b.tc + 1, side="left")
    nc1 = np.minimum(np.searchsorted(b.clause, b.tc + 1, side="right"), s1)
    lo = np.maximum(nc0, t1)
    ncl = ev(np.where(has, lo, t1), np.where(has, nc1, t1))
    yield from _pairs("lex:ncl", ncl)
    # Across a contrast: outside the target, in another contrast segment.
    at = np.where(has, np.minimum(t0, s1 - 1), 0)
    seg = b.segment[at] if b.n_tok else np.zeros(len(t0), dtype=np.int64)
    g0 = np.searchsorted(b.segment, seg, side="left")
    g1 = np.searchsorted(b.segment, seg, side="right")
    same = ev(g0, g1)
    same_in = ev(np.maximum(g0, t0), np.minimum(g1, t1))
    xc_p = (sp - inside[0]) - (same[0] - same_in[0])
    xc_n = (sn - inside[1]) - (same[1] - same_in[1])
    yield from _pairs("lex:xc", (np.where(has, xc_p, 0.0), np.where(has, xc_n, 0.0)))
    q = _Sums(b.vpos * b.in_quote, b.vneg * b.in_quote)
    qs, qi = q(s0, s1), q(t0, t1)
    yield from _pairs("lex:quote", (qs[0] - qi[0], qs[1] - qi[1]))
    b.quote_evidence = qs
    # The nearest sentiment word on each side with no other name in between.
    has_val = b.val != 0
    last_val = _last_at_or_before(has_val)
    last_cap = _last_at_or_before(b.cap)
    j = _at(last_val, t0 - 1, t0 > s0, -1).astype(np.int64)
    c = _at(last_cap, t0 - 1, t0 > s0, -1).astype(np.int64)
    ok = (j >= s0) & (j > c)
    yield "lex:nearL:pos", _at(b.vpos, j, ok)
    yield "lex:nearL:neg", _at(b.vneg, j, ok)
    next_val = _first_at_or_after(has_val)
    next_cap = _first_at_or_after(b.cap)
    j = next_val[t1]
    ok = (j < s1) & (j < next_cap[t1])
    yield "lex:nearR:pos", _at(b.vpos, j, ok)
    yield "lex:nearR:neg", _at(b.vneg, j, ok)


def _roles(b, t0, t1, s0, s1, cs, ce, n_tok) -> Iterator[tuple[str, np.ndarray]]:
    col = b.col
    verb = col["verb"].astype(np.int64)
    reach = F.ROLE_REACH
    # Patient (or the passive's agent after "by"): the nearest role verb left, in the clause.
    lo = np.maximum(cs, t0 - reach)
    j = _at(_last_at_or_before(verb > 0), t0 - 1, t0 > s0, -1).astype(np.int64)
    left_ok = (j >= lo) & (j < t0)
    # Not across a noun and a preposition ("denounced the war in <T>": F._beyond_phrase).
    content = col["head"] > 0
    heads = _counts(content)
    words = b.scorer._words
    example = np.isin(b.ids, [words.get(w, -2) for w in F.EXAMPLE_PREPOSITION])
    p = _at(_last_at_or_before((col["prep"] > 0) & ~example), t0 - 1, t0 > s0, -1)
    p = p.astype(np.int64)
    left_ok &= ~((p > j) & (heads[np.maximum(p, 0)] - heads[np.clip(j + 1, 0, n_tok)] > 0))
    left_verb = _at(verb, j, left_ok, 0).astype(np.int64)
    by = _at(col["by"], t0 - 1, t0 > s0) > 0
    # The patient of a success verb: by the word before it (F.success_patient).
    won = left_ok & ~by & (left_verb == F.SUCCESS_VERB)
    if won.any():
        k = t0 - 1 - (_at(col["det"], t0 - 1, t0 - 1 > s0) > 0)
        word = _at(b.ids, k, k >= s0, -1)
        ids = b.scorer._words
        side = np.where(np.isin(word, [ids.get(w, -2) for w in F.SUCCESS_FOR]), F.SUCCESS_VERB, 0)
        over = np.isin(word, [ids.get(w, -2) for w in F.SUCCESS_OVER])
        side = np.where(over, F.ATTACK_VERB, side)
        left_verb = np.where(won, side, left_verb)
        left_ok &= ~won | (side > 0)
    # Agent (or patient of a passive): the first role verb right, in the clause.
    hi = np.minimum(ce, t1 + reach)
    j = _first_at_or_after(verb > 0)[t1]
    right_ok = j < hi
    right_verb = _at(verb, j, right_ok, 0).astype(np.int64)
    be = _counts(col["be"])
    passive = (
        right_ok & (be[np.maximum(j, t1)] - be[t1] > 0) & (_at(col["participle"], j, right_ok) > 0)
    )
    # A modifier of a head noun: its role verbs act on the head (their own features).
    poss = _at(col["possessive"], t1, t1 < s1) > 0
    mod = _head_at(b, t1, s0, s1, content)
    kinds = (("role:", ~(poss | mod)), ("role:head_", poss | mod))
    names: dict[str, np.ndarray] = {}
    for role_is_agent, ok, v in (
        (by, left_ok, left_verb),
        (~passive, right_ok, right_verb),
    ):
        for k in range(F.ATTACK_VERB, len(F.VERB_NAMES)):
            hit = ok & (v == k)
            for role, mask in (("agent", role_is_agent), ("patient", ~role_is_agent)):
                for kind, on in kinds:
                    name = f"{kind}{role}:{F.VERB_NAMES[k]}"
                    prev = names.get(name, np.zeros(len(t0), dtype=bool))
                    names[name] = prev | (hit & mask & on)
    yield from ((k, v.astype(np.float64)) for k, v in names.items())
    # A source: the agent of an attack, praise or judge verb (not of success or failure).
    agent = (left_ok & by & (left_verb < F.SUCCESS_VERB)) | (
        right_ok & ~passive & (right_verb < F.SUCCESS_VERB)
    )
    any_role = left_ok | right_ok
    # Reported speech.
    speech = _counts(col["speech"])
    speaker = speech[np.minimum(s1, t1 + 3)] - speech[t1] > 0
    speaker |= _at(col["speech"], t0 - 1, t0 > s0) > 0
    speaker |= (_at(col["according"], t0 - 2, t0 - 2 >= s0) > 0) & (
        _at(col["to"], t0 - 1, t0 - 2 >= s0) > 0
    )
    yield "q:speaker", speaker.astype(np.float64)
    qp, qn = b.quote_evidence
    yield "q:speaker_quote:pos", np.where(speaker, qp, 0.0)
    yield "q:speaker_quote:neg", np.where(speaker, qn, 0.0)
    yield "q:inside", (_at(b.in_quote, t0, t0 < s1) > 0).astype(np.float64)
    quotes = _counts(b.in_quote)
    yield "q:sentence_has_quote", (quotes[s1] - quotes[s0] > 0).astype(np.float64)
    source = speaker | agent
    yield "role:source", source.astype(np.float64)
    pp = (_at(col["prep"], t0 - 1, t0 > s0) > 0) | (
        (_at(col["det"], t0 - 1, t0 - 2 >= s0) > 0) & (_at(col["prep"], t0 - 2, t0 - 2 >= s0) > 0)
    )
    yield "role:poss", poss.astype(np.float64)
    yield "role:mod", mod.astype(np.float64)
    yield "role:pp", pp.astype(np.float64)
    # The neutral prior.
    hits = _counts(b.val != 0)
    near = (hits[t0] - hits[np.minimum(lo, t0)]) + (hits[np.maximum(hi, t1)] - hits[t1])
    none = (near == 0) & ~any_role
    sp, sn = b.evidence(s0, s1)
    yield "att:none", none.astype(np.float64)
    yield "att:none_s:pos", np.where(none, sp, 0.0)
    yield "att:none_s:neg", np.where(none, sn, 0.0)
    cp, cn = b.clause_evidence
    modifier = poss | mod | pp
    yield "att:mod_cl:pos", np.where(modifier, cp, 0.0)
    yield "att:mod_cl:neg", np.where(modifier, cn, 0.0)
    yield "att:source_cl:pos", np.where(source, cp, 0.0)
    yield "att:source_cl:neg", np.where(source, cn, 0.0)


def _head_at(b, t1, s0, s1, content) -> np.ndarray:
    """Whether the token at ``t1`` is a head noun the target before it modifies
    (:func:`F.head_nouns`): lower case, or capitalised in a title-case headline and not
    ending in a single "s"; not followed by a word of ``F.OBJECT_START``."""
    lower = _counts(b.head)
    upper = b.cap & content
    caps = _counts(upper)
    title = (lower[s1] - lower[s0] == 0) & (caps[s1] - caps[s0] > 0)
    ok = t1 < s1
    titled = upper & (b.col["plural_s"] == 0)
    head = (_at(b.head, t1, ok) > 0) | (title & (_at(titled, t1, ok) > 0))
    after = t1 + 1 < s1
    obj = (_at(b.col["det"], t1 + 1, after) > 0) & (_at(b.ids, t1 + 1, after, -1) != _that_id(b))
    return head & ~obj


def _that_id(b) -> int:
    """The word id of "that", the determiner not in ``F.OBJECT_START``."""
    (that,) = F.DETERMINER - F.OBJECT_START
    return b.scorer._words.get(that, -2)
