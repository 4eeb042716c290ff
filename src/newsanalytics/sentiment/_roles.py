"""Role flags of each target, and the label rule that reads them (issue 13).

The features already know a target's role in its clause (:mod:`._features`, the reference;
:mod:`._dense`, the fast path): whether it is the speaker of reported speech, the agent of a
verb that attacks, praises or judges (the critic, the praiser: a *source*), the patient of
such a verb, and what lexicon evidence sits in it and just left of it. :func:`flags_from`
turns those feature values into per-target flags, the same function for both paths: from
a target's named features (the reference, :func:`reference_flags`) or from the batch's
feature arrays (the fast path), so a test can hold them equal.

The rule: a source that nothing evaluates (not the patient of a role verb, no lexicon word
in the mention or just left of it in its clause, "the embattled minister said") is a
*plain source*. Our readers call a speaker, critic or praiser neutral unless the text
evaluates them; NewsMTSC's annotators, whom the model learnt from, often give them the
sentence's tone. So a plain source's probabilities get a stronger neutral prior: multiplied
by ``(1, w, 1)`` and renormalised, ``w = source_weight`` of
:class:`~newsanalytics.sentiment.ActorSentiment` (chosen by cross-validation across the
read set's tune stories, ``scripts/choose_source_weight.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

import numpy as np

from . import _features as F

__all__ = ["ROLE_FLAGS", "flags_from", "reference_flags", "shift_sources"]

#: The flags, in the columns of :func:`flags_from`'s array.
#: ``speaker``: the one reported as saying ("X said", "according to X");
#: ``critic``/``praiser``/``judge``: the agent of an attack, praise or judge verb (the
#: target's own, not a head noun's it modifies); ``source``: the features' ``role:source``
#: (a speaker, or the agent of such a verb, also through a head noun); ``patient``: acted
#: on by a role verb ("X criticised <T>", "<T> won"); ``evaluated``: a patient, or lexicon
#: evidence in the mention or within ``EVAL_LEFT`` words left of it in its clause;
#: ``plain_source``: a source not evaluated (the rule's targets). Through a head noun too:
#: the modifier of a head noun that criticises or praises ("Conservatives' spokesman",
#: "the Republican congressman has proposed impeaching") gets the evaluation the head gives
#: only weakly, as issue 13 asks; counting only the target's own verbs lowers the tune
#: stories' CV agreement (120.9 -> 117.8 of 159).
ROLE_FLAGS = (
    "speaker",
    "source",
    "critic",
    "praiser",
    "judge",
    "patient",
    "evaluated",
    "plain_source",
)
#: Words left of the target (inside its clause) whose lexicon evidence evaluates it: one of
#: the features' windows, ``lex:L{EVAL_LEFT}``.
EVAL_LEFT = 3

_VERBS = F.VERB_NAMES[F.ATTACK_VERB :]
# The target's own verbs only: as a modifier of a head noun ("China's banks criticised"),
# the verb's agent is the head, and the features name it ``role:head_agent:*``.
_AGENT = {v: (f"role:agent:{v}",) for v in ("attack", "praise", "judge")}
_PATIENT = tuple(f"role:{h}patient:{v}" for h in ("", "head_") for v in _VERBS)
_EVIDENCE = tuple(f"lex:{w}:{s}" for w in ("in", f"L{EVAL_LEFT}") for s in ("pos", "neg"))
#: The feature names the flags read.
INPUTS = frozenset(
    ("q:speaker", "role:source", *_PATIENT, *_EVIDENCE, *(n for v in _AGENT.values() for n in v))
)


def flags_from(get: Callable[[str], object], n: int) -> np.ndarray:
    """The flags of ``n`` targets, shape (n, len(ROLE_FLAGS)) of bool, from ``get(name)``:
    a feature's value per target (an array of n, or a scalar for one target; 0 if absent)."""

    def on(*names: str) -> np.ndarray:
        out = np.zeros(n, dtype=bool)
        for name in names:
            out |= np.broadcast_to(np.asarray(get(name), dtype=np.float64), (n,)) != 0
        return out

    speaker = on("q:speaker")
    source = on("role:source")
    critic, praiser, judge = (on(*_AGENT[v]) for v in ("attack", "praise", "judge"))
    patient = on(*_PATIENT)
    evaluated = patient | on(*_EVIDENCE)
    plain = source & ~evaluated
    return np.stack([speaker, source, critic, praiser, judge, patient, evaluated, plain], axis=1)


def reference_flags(feats: Sequence[Mapping[str, float]]) -> np.ndarray:
    """The flags from each target's named features (:func:`._features.extract_many`)."""
    out = np.zeros((len(feats), len(ROLE_FLAGS)), dtype=bool)
    for i, f in enumerate(feats):
        out[i] = flags_from(lambda name, f=f: f.get(name, 0.0), 1)[0]
    return out


def shift_sources(proba: np.ndarray, flags: np.ndarray, source_weight: float) -> np.ndarray:
    """``proba`` with each plain source's row multiplied by ``(1, w, 1)`` and renormalised
    (``w = source_weight``; 1 leaves them unchanged)."""
    plain = flags[:, ROLE_FLAGS.index("plain_source")]
    if source_weight == 1.0 or not plain.any():
        return proba
    out = proba.copy()
    q = out[plain] * np.array([1.0, source_weight, 1.0])
    out[plain] = q / q.sum(axis=1, keepdims=True)
    return out


def check_source_weight(value: object) -> float:
    """``source_weight`` as a float: a finite number >= 1, else InputError."""
    from ..exceptions import InputError

    ok = isinstance(value, (int, float, np.integer, np.floating)) and not isinstance(value, bool)
    w = float(value) if ok else float("nan")  # type: ignore[arg-type]
    if not (np.isfinite(w) and w >= 1.0):
        raise InputError(f"source_weight={value!r}: expected a finite number >= 1")
    return w
