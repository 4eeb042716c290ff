"""Target-aware features for actor sentiment, named, token by token: the reference.

A target is ``(sentence, start, end)``. The sentence is analysed once (:class:`Sentence`:
tokens, lexicon valences after VADER's booster and negation rules (not its "but" rule,
which halves what stands before a "but" whatever the target: the contrast features say
which side of it the target is on), clauses,
quotations, contrast segments) and the target then reads its features relative to its own
tokens ``[t0, t1)`` (:func:`target_features`):

- word features, counted: ``u:`` the sentence's words outside the target, ``b:`` its word
  pairs outside the target, ``l:``/``r:`` words within four left/right, ``tl:``/``tr:`` the
  word touching the target and ``tl2:``/``tr2:`` the pair, ``cl:``/``cr:`` words of the
  target's clause left/right and ``sl:``/``sr:`` their stems, ``neg:`` words under negation,
  ``t:`` the mention's own words, ``poss:`` what the target possesses;
- ``lex:`` VADER lexicon evidence by where it sits: the whole sentence, the target's own
  words, windows of 3, 6 and 12 words on each side (inside the target's clause, and
  beyond it: ``oL``/``oR``), the target's clause and the next one,
  quotations, the nearest sentiment word on each side, across a contrast ("but");
- ``role:`` the target's role in its clause: patient or agent of a verb that attacks,
  praises or judges ("X criticised <T>", "<T> was praised", "<T> called her reckless"), or
  of success or failure ("<T> won the primary", "<T> lost the vote"),
  source (speaker or agent), modifier of a head noun ("<T>'s diplomat", "Mexican cartels"),
  inside a prepositional phrase ("in the Americas"); ``q:`` reported speech and quotations;
- ``att:`` the neutral prior: whether any evaluation is attached to the target (a sentiment
  word in its clause within six words, or a role verb), and the sentence's evidence again
  when nothing is attached (so the model can learn that then it hardly counts), and the
  clause's evidence again when the target is a modifier or a source;
- ``pos:`` where the target sits.

:mod:`newsanalytics.sentiment._featurizer` computes the same features' contributions to the
model's logits for a whole batch at once (the fast path); a test holds the two equal.
VADER's lexicon, booster words, negations and constants come from the one rulebook,
:func:`newsanalytics.sentiment._vader_rules.rulebook`; the word lists are ours
(``sentiment/_words.py``).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import NamedTuple

import numpy as np

from ._vader_rules import rulebook
from ._words import (
    ATTACK,
    BE,
    BOOSTER_EXCEPTIONS,
    CONTRAST,
    DETERMINER,
    FAILURE,
    FUNCTION,
    JUDGE,
    LEXICON_STOP,
    NEGATION_EXCEPTIONS,
    NEGATION_EXTRA,
    PRAISE,
    PREPOSITION,
    PRONOUNS,
    SPEECH,
    SUBORDINATE,
    SUCCESS,
)

#: Bumped whenever features change; a saved model records the version it was trained on.
FEATURES_VERSION = 4

# Possessive 's is its own token so that "Trump's" yields the target "trump" and the
# possessive marker, not an unseen word "trump's".
# A word run, then: nothing more if "'s" follows (the possessive), else any apostrophe-joined
# parts ("don't", "o'neill"). The second branch always matches, so the word run is never
# backtracked into: one pass over each word.
_TOKEN = re.compile(r"\w+(?:(?=['’]s\b)|(?:['’]\w+)*)|['’]s\b|[^\w\s]")

CLAUSE_PUNCT = frozenset(",;:()[]—–-")
OPEN_QUOTES = frozenset({"“", "‘"})
CLOSE_QUOTES = frozenset({"”"})
TOGGLE_QUOTE = '"'
#: Tokens that open a new clause (the quotation marks also open or close a quotation).
MARKS = OPEN_QUOTES | CLOSE_QUOTES | {TOGGLE_QUOTE} | CLAUSE_PUNCT | CONTRAST | SUBORDINATE

#: Window sizes (in words) of the lexicon evidence on each side of the target.
WINDOWS = (3, 6, 12)
#: Words left/right of the target whose identity is a feature (``l:``, ``r:``).
NEAR = 4
#: How far (in words) a role verb may sit from the target, and evaluation may sit from it to
#: count as attached.
ROLE_REACH = 6
#: Bin edges of the sentence's compound score and of the target's relative position.
COMPOUND_EDGES = (-0.6, -0.3, -0.05, 0.05, 0.3, 0.6)
POSITION_EDGES = (0.2, 0.4, 0.6, 0.8)
#: Stem length of the ``sl:``/``sr:`` features ("criticized", "criticism" -> "criti").
STEM = 5
#: Value of a mention word's feature: a weaker penalty on these weights than 1.0 gives.
MENTION_VALUE = 2.0
#: Value of a ``role:`` feature: a weaker penalty on these few weights. 5-fold CV on NewsMTSC
#: train by article, macro-F1: 0.6947 at 1.0, 0.6975 at 2.0, 0.6987 at 4.0 (within noise of
#: 2.0; at 4.0 the calibrated scores of the critic and the criticised of "Whitcombe called
#: her handling reckless" fall into one isotonic step and swap order).
ROLE_VALUE = 2.0


def dense_value(name: str) -> float:
    """The value a dense feature (1 where it holds) has in the reference: ``ROLE_VALUE`` for
    a ``role:`` feature, else 1 (the fast path folds it into the weight)."""
    return ROLE_VALUE if name.startswith("role:") else 1.0


#: Verb classes, by the stems in ``sentiment/_words.py``. The agent of an attack, praise or
#: judge verb is a source (the critic, the praiser); of a success or failure verb, the one
#: who wins or loses.
NO_VERB, ATTACK_VERB, PRAISE_VERB, JUDGE_VERB, SUCCESS_VERB, FAILURE_VERB = 0, 1, 2, 3, 4, 5
VERB_NAMES = ("", "attack", "praise", "judge", "success", "failure")


def _stems_rx(stems: Iterable[str]) -> str:
    return "|".join(sorted(stems, key=len, reverse=True))


# One match for the five classes: the alternatives are tried in this order, so a word
# matching an attack stem is an attack verb whatever else it matches. A stem may end in "$"
# (the whole word).
_VERB_RX = re.compile(
    f"(?P<attack>{_stems_rx(ATTACK)})|(?P<praise>{_stems_rx(PRAISE)})|(?P<judge>{_stems_rx(JUDGE)})"
    f"|(?P<success>{_stems_rx(SUCCESS)})|(?P<failure>{_stems_rx(FAILURE)})"
)


class Rules(NamedTuple):
    """VADER's rules as the features apply them."""

    lexicon: dict[str, float]
    boosters_up: frozenset[str]
    boosters_down: frozenset[str]
    negate: frozenset[str]
    b_incr: float
    n_scalar: float


@lru_cache(maxsize=1)
def rules() -> Rules:
    """The VADER rulebook (:func:`~newsanalytics.sentiment._vader_rules.rulebook`) less the
    words the features leave out, plus those they add (see ``sentiment/_words.py``)."""
    book = rulebook()
    lexicon = {w: v for w, v in book.lexicon.items() if w not in LEXICON_STOP}
    # Boosters that can be one token here (no space, no hyphen), less the exceptions.
    boosters = {
        w: v
        for w, v in book.booster.items()
        if " " not in w and "-" not in w and w not in BOOSTER_EXCEPTIONS
    }
    return Rules(
        lexicon=lexicon,
        boosters_up=frozenset(w for w, v in boosters.items() if v > 0),
        boosters_down=frozenset(w for w, v in boosters.items() if v < 0),
        negate=(book.negate | NEGATION_EXTRA) - NEGATION_EXCEPTIONS,
        b_incr=book.b_incr,
        n_scalar=book.n_scalar,
    )


def is_negator(word: str) -> bool:
    return word in rules().negate or word.endswith("n't")


def verb_class(word: str) -> int:
    """The class of a verb by its stem (attack, praise, judge), or NO_VERB."""
    if word in BE:
        return NO_VERB
    m = _VERB_RX.match(word)
    return NO_VERB if m is None else VERB_NAMES.index(m.lastgroup)


def is_head_word(word: str) -> bool:
    """Whether a lower-case word after a target may be the head noun the target modifies.

    Content words only: not a closed-class, time, speech or role word, and not shaped like
    a verb or an adverb ("-ed", "-ing", "-ly").
    """
    return head_shaped(word) and verb_class(word) == NO_VERB


def head_shaped(word: str) -> bool:
    """:func:`is_head_word` but for its verb test: a content word in form."""
    return (
        word.isalpha()
        and word not in FUNCTION
        and word not in PREPOSITION
        and word not in DETERMINER
        and word not in SPEECH
        and word not in BE
        and word not in PRONOUNS
        and not word.endswith(("ed", "ing", "ly"))
    )


#: Words that open a verb's object, after a word that would otherwise be a head noun: the
#: determiners but "that" (a relative or a complement after a noun: "websites that were").
OBJECT_START = DETERMINER - {"that"}


def plural_s(word: str) -> bool:
    """Whether a word ends in a single "s" (a plural noun, or a verb's present tense)."""
    return word.endswith("s") and not word.endswith("ss")


def head_nouns(words: Sequence[str], lower: Sequence[bool], cap: Sequence[bool]) -> list[bool]:
    """Whether each token may be the head noun a target just before it modifies.

    A lower-case content word (:func:`is_head_word`); in a title-case headline (no content
    word in lower case, one capitalised after the first) a capitalised one not ending in a
    single "s" ("CIA Leak Suspect"; "Obama Visits Iraq": a headline's "-s" word is mostly its
    verb). Not a word followed by a determiner (``OBJECT_START``): that is a verb and its
    object ("Nintendo dominates the market", "Lee brought his shows").
    """
    n = len(words)
    content = [is_head_word(w) for w in words]
    title = not any(c and lo for c, lo in zip(content, lower, strict=True)) and any(
        c and up for c, up in zip(content, cap, strict=True)
    )
    return [
        content[i]
        and (lower[i] or (title and cap[i] and not plural_s(words[i])))
        and not (i + 1 < n and words[i + 1] in OBJECT_START)
        for i in range(n)
    ]


def stem(word: str) -> str | None:
    return word[:STEM] if len(word) > STEM else None


def tokenize(text: str) -> tuple[list[str], list[int], list[int]]:
    """Lower-cased words (each token lower-cased alone, with ’ as ') and their offsets."""
    spans = [m.span() for m in _TOKEN.finditer(text)]
    starts = [a for a, _ in spans]
    ends = [b for _, b in spans]
    words = [text[a:b].lower() for a, b in spans]
    if "’" in text:
        words = [w.replace("’", "'") for w in words]
    return words, starts, ends


class Sentence:
    """Everything about a sentence that does not depend on the target, token by token."""

    def __init__(self, text: str) -> None:
        r = rules()
        words, starts, ends = tokenize(text)
        n = len(words)
        val = [0.0] * n
        for i, w in enumerate(words):
            v = r.lexicon.get(w)
            if v is None:
                continue
            # VADER's booster rule: up to three preceding intensifiers, decaying by distance.
            for k, decay in ((1, 1.0), (2, 0.95), (3, 0.9)):
                if i - k < 0:
                    break
                p = words[i - k]
                if p in r.boosters_up:
                    v += math.copysign(r.b_incr, v) * decay
                elif p in r.boosters_down:
                    v -= math.copysign(r.b_incr, v) * decay
            val[i] = v
        # VADER's negation rule: a negator within three words before flips and dampens.
        negated = [False] * n
        last = -10
        for i, w in enumerate(words):
            if i - last <= 3:
                val[i] *= r.n_scalar
                negated[i] = True
            if is_negator(w):
                last = i
        clause = [0] * n
        in_quote = [False] * n
        segment = [0] * n
        c = seg = 0
        q = False
        for i, w in enumerate(words):
            if w in OPEN_QUOTES:
                q = True
            elif w in CLOSE_QUOTES:
                q = False
            elif w == TOGGLE_QUOTE:
                q = not q
            if w in MARKS:
                c += 1
            if w in CONTRAST:
                seg += 1
            clause[i] = c
            in_quote[i] = q
            segment[i] = seg
        self.text = text
        self.words = words
        self.starts = starts
        self.ends = ends
        self.n = n
        self.val = val
        self.negated = negated
        self.clause = clause
        self.in_quote = in_quote
        self.segment = segment
        # Capitalised words after the first: mostly names, i.e. other actors.
        self.cap = [i > 0 and text[starts[i]].isupper() for i in range(n)]
        # Content words: the head nouns a target before them may modify (see head_nouns).
        self.head = head_nouns(words, [text[a].islower() for a in starts], self.cap)
        self.verb = [verb_class(w) for w in words]


def target_span(an: Sentence, start: int, end: int) -> tuple[int, int]:
    """Tokens ``[t0, t1)`` overlapping ``[start, end)``; an empty or whitespace target gets an
    empty span where it sits."""
    t0 = t1 = -1
    for i in range(an.n):
        if an.ends[i] > start and an.starts[i] < end:
            if t0 < 0:
                t0 = i
            t1 = i + 1
    if t0 < 0:
        t0 = t1 = sum(1 for s in an.starts if s < start)
    return t0, t1


def _bin(x: float, edges: Sequence[float]) -> int:
    for k, e in enumerate(edges):
        if x < e:
            return k
    return len(edges)


def _add(f: dict[str, float], key: str, v: float) -> None:
    if v:
        f[key] = f.get(key, 0.0) + v


def _pos_neg(v: float) -> tuple[float, float]:
    return max(v, 0.0) / 4.0, max(-v, 0.0) / 4.0


def _add_evidence(f: dict[str, float], key: str, an: Sentence, idx: Iterable[int]) -> None:
    """Add the positive and negative lexicon evidence of tokens ``idx`` as ``key:pos/neg``."""
    for i in idx:
        p, m = _pos_neg(an.val[i])
        _add(f, key + ":pos", p)
        _add(f, key + ":neg", m)


def _count(f: dict[str, float], key: str, value: float = 1.0) -> None:
    f[key] = f.get(key, 0.0) + value


def target_features(an: Sentence, t0: int, t1: int, context_value: float = 1.0) -> dict[str, float]:
    """The named features of the target at tokens ``[t0, t1)`` of ``an``.

    ``context_value`` is the value of one word (or word pair) of the sentence outside the
    target: below 1, a stronger penalty on those many weak features than on the rest.
    """
    words, n, clause = an.words, an.n, an.clause
    f: dict[str, float] = {}
    outside = [i for i in range(n) if i < t0 or i >= t1]
    # Word features.
    for i in outside:
        _count(f, "u:" + words[i], context_value)
    for i in range(n - 1):
        if i + 1 < t0 or i >= t1:
            _count(f, "b:" + words[i] + "_" + words[i + 1], context_value)
    for i in range(max(0, t0 - NEAR), t0):
        _count(f, "l:" + words[i])
    for i in range(t1, min(n, t1 + NEAR)):
        _count(f, "r:" + words[i])
    lw1 = words[t0 - 1] if t0 >= 1 else "<S>"
    lw2 = words[t0 - 2] if t0 >= 2 else "<S>"
    rw1 = words[t1] if t1 < n else "<E>"
    rw2 = words[t1 + 1] if t1 + 1 < n else "<E>"
    _count(f, "tl:" + lw1)
    _count(f, "tr:" + rw1)
    _count(f, "tl2:" + lw2 + "_" + lw1)
    _count(f, "tr2:" + rw1 + "_" + rw2)
    if rw1 == "'s":
        _count(f, "poss:" + rw2)
    # The target's clause, by side (clause ids never decrease: a run of tokens).
    left: list[int] = []
    right: list[int] = []
    if n:
        tc = clause[min(t0, n - 1)]
        i = t0 - 1
        while i >= 0 and clause[i] == tc:
            left.append(i)
            i -= 1
        i = t1
        while i < n and clause[i] == tc:
            right.append(i)
            i += 1
        for kind, idx in (("l", left), ("r", right)):
            for i in idx:
                _count(f, "c" + kind + ":" + words[i])
                s = stem(words[i])
                if s is not None:
                    _count(f, "s" + kind + ":" + s)
    for i in range(n):
        if an.negated[i]:
            _count(f, "neg:" + words[i])
    for i in range(t0, t1):
        _count(f, "t:" + words[i], MENTION_VALUE)
    if t0 == 0:
        f["pos:first"] = 1.0
    f[f"pos:rel{_bin(t0 / max(n, 1), POSITION_EDGES)}"] = 1.0
    _lexicon_features(an, t0, t1, left, right, f)
    _role_features(an, t0, t1, left, right, f)
    return f


def _lexicon_features(
    an: Sentence, t0: int, t1: int, left: list[int], right: list[int], f: dict[str, float]
) -> None:
    n, val, clause = an.n, an.val, an.clause
    sp = sum(_pos_neg(v)[0] for v in val)
    sn = sum(_pos_neg(v)[1] for v in val)
    _add(f, "lex:s:pos", sp)
    _add(f, "lex:s:neg", sn)
    comp = 4.0 * (sp - sn)
    f[f"lex:s:bin{_bin(comp / math.sqrt(comp * comp + 15.0), COMPOUND_EDGES)}"] = 1.0
    _add_evidence(f, "lex:in", an, range(t0, t1))
    # Windows on each side, within the target's clause and beyond it (another clause's
    # evaluation weighs less: "US is winning the war as bomb attacks kill 18").
    cs, ce = t0 - len(left), t1 + len(right)
    for w in WINDOWS:
        _add_evidence(f, f"lex:L{w}", an, range(max(cs, t0 - w), t0))
        _add_evidence(f, f"lex:R{w}", an, range(t1, min(ce, t1 + w)))
        _add_evidence(f, f"lex:oL{w}", an, range(max(0, t0 - w), min(cs, t0)))
        _add_evidence(f, f"lex:oR{w}", an, range(max(ce, t1), min(n, t1 + w)))
    _add_evidence(f, "lex:clL", an, left)
    _add_evidence(f, "lex:clR", an, right)
    _add_evidence(f, "lex:cl", an, left + right)
    if n:
        tc = clause[min(t0, n - 1)]
        _add_evidence(f, "lex:ncl", an, [i for i in range(t1, n) if clause[i] == tc + 1])
        seg = an.segment[min(t0, n - 1)]
        _add_evidence(
            f, "lex:xc", an, [i for i in range(n) if (i < t0 or i >= t1) and an.segment[i] != seg]
        )
    _add_evidence(
        f, "lex:quote", an, [i for i in range(n) if (i < t0 or i >= t1) and an.in_quote[i]]
    )
    # The nearest sentiment word on each side with no other name in between.
    for i in range(t0 - 1, -1, -1):
        if an.cap[i]:
            break
        if val[i]:
            _add_evidence(f, "lex:nearL", an, [i])
            break
    for i in range(t1, n):
        if an.cap[i]:
            break
        if val[i]:
            _add_evidence(f, "lex:nearR", an, [i])
            break


#: The word before the patient of a success verb (past a determiner) that says who it is:
#: the one it favours ("a win for <T>"), or the loser ("their first win against <T>",
#: "victory over <T>"), who fares as an attack's patient does (as "beat" is an attack verb).
SUCCESS_FOR = frozenset({"for"})
SUCCESS_OVER = frozenset({"against", "over"})


def success_patient(words: Sequence[str], t0: int) -> int:
    """The role verb class a success verb left of the target at ``t0`` gives it as its
    patient: ``SUCCESS_VERB`` after "for", ``ATTACK_VERB`` after "against"/"over", else
    ``NO_VERB``: the object of "won" or "victory in" is the prize or the place ("won
    <T>'s primary", "victory in <T>"), which the win does not evaluate. NewsMTSC train's
    patients of success: after "for" 4 of 4 positive; after "against"/"over" none positive
    (1 neutral, 1 negative); the rest 10 neutral, 6 positive, 5 negative."""
    k = t0 - 1
    if k >= 1 and words[k] in DETERMINER:
        k -= 1
    word = words[k] if k >= 0 else ""
    if word in SUCCESS_FOR:
        return SUCCESS_VERB
    return ATTACK_VERB if word in SUCCESS_OVER else NO_VERB


#: Prepositions whose phrase the role of the noun before it does not reach: all but those
#: that give examples of that noun ("accused groups like <T>", "criticised several
#: states, including <T>"), which share its role.
EXAMPLE_PREPOSITION = frozenset({"like", "including"})
PHRASE_PREPOSITION = PREPOSITION - EXAMPLE_PREPOSITION


def _beyond_phrase(words: Sequence[str], i: int, t0: int) -> bool:
    """Whether the target at ``t0`` sits in a prepositional phrase hung on a noun between it
    and the role verb at ``i`` ("denounced the war in <T>": the war is the patient, not <T>;
    "protested against <T>" keeps <T> the verb's; so does "accused groups like <T>": see
    ``PHRASE_PREPOSITION``)."""
    p = max((k for k in range(i + 1, t0) if words[k] in PHRASE_PREPOSITION), default=-1)
    return any(is_head_word(words[m]) for m in range(i + 1, p))


def _role_features(
    an: Sentence, t0: int, t1: int, left: list[int], right: list[int], f: dict[str, float]
) -> None:
    words, n, val = an.words, an.n, an.val
    roles: list[tuple[str, int]] = []
    # Patient: a role verb to the left in the same clause ("X criticized <T>"), unless the
    # target follows "by" (the passive's agent: "criticized by <T>").
    by_agent = t0 >= 1 and words[t0 - 1] == "by"
    for i in left[:ROLE_REACH]:
        if an.verb[i]:
            if _beyond_phrase(words, i, t0):
                break
            verb = an.verb[i]
            if verb == SUCCESS_VERB and not by_agent:
                verb = success_patient(words, t0)
            if verb:
                roles.append(("agent" if by_agent else "patient", verb))
            break
    # Agent: a role verb to the right in the same clause ("<T> criticized X"); after an
    # auxiliary, a participle makes the target the patient ("<T> was criticized").
    passive = False
    for i in right[:ROLE_REACH]:
        if words[i] in BE:
            passive = True
        elif an.verb[i]:
            is_passive = passive and words[i].endswith(("ed", "en"))
            roles.append(("patient" if is_passive else "agent", an.verb[i]))
            break
    # Modifier of a head noun: "<T>'s diplomat", "Mexican cartels" (see below). A role verb
    # then acts on the head ("blamed Mexican cartels"): its own features, learnt apart.
    poss = t1 < n and words[t1] == "'s"
    mod = t1 < n and an.head[t1]
    kind = "role:head_" if poss or mod else "role:"
    for role, verb in roles:
        f[kind + role + ":" + VERB_NAMES[verb]] = ROLE_VALUE
    # Reported speech: the target is the speaker.
    speaker = (
        any(words[i] in SPEECH for i in range(t1, min(n, t1 + 3)))
        or (t0 >= 1 and words[t0 - 1] in SPEECH)
        or (t0 >= 2 and words[t0 - 2] == "according" and words[t0 - 1] == "to")
    )
    if speaker:
        f["q:speaker"] = 1.0
        # What the speaker says is their opinion, not a verdict on them.
        _add_evidence(f, "q:speaker_quote", an, [i for i in range(n) if an.in_quote[i]])
    if t0 < n and an.in_quote[t0]:
        f["q:inside"] = 1.0
    if any(an.in_quote):
        f["q:sentence_has_quote"] = 1.0
    source = speaker or any(role == "agent" and verb < SUCCESS_VERB for role, verb in roles)
    if source:
        f["role:source"] = ROLE_VALUE
    # Modifier of a head noun, or inside a prepositional phrase ("in the Americas").
    pp = t0 >= 1 and (
        words[t0 - 1] in PREPOSITION
        or (t0 >= 2 and words[t0 - 1] in DETERMINER and words[t0 - 2] in PREPOSITION)
    )
    for name, on in (("poss", poss), ("mod", mod), ("pp", pp)):
        if on:
            f["role:" + name] = ROLE_VALUE
    # The neutral prior: is any evaluation attached to the target?
    near = [i for i in left[:ROLE_REACH] + right[:ROLE_REACH] if val[i]]
    if not near and not roles:
        f["att:none"] = 1.0
        _add_evidence(f, "att:none_s", an, range(n))
    if poss or mod or pp:
        _add_evidence(f, "att:mod_cl", an, left + right)
    if source:
        _add_evidence(f, "att:source_cl", an, left + right)


#: Feature-name prefix -> what it means, for explanations.
FEATURE_KINDS = {
    "u": "word of the sentence outside the target",
    "b": "word pair of the sentence outside the target",
    "l": f"word within {NEAR} left of the target",
    "r": f"word within {NEAR} right of the target",
    "tl": "word just left of the target",
    "tr": "word just right of the target",
    "tl2": "two words just left of the target",
    "tr2": "two words just right of the target",
    "cl": "word left of the target in its clause",
    "cr": "word right of the target in its clause",
    "sl": "word stem left of the target in its clause",
    "sr": "word stem right of the target in its clause",
    "neg": "word under negation",
    "poss": "thing the target possesses (target's ...)",
    "t": "word of the mention itself",
    "pos": "position of the target in the sentence",
    "lex": "VADER lexicon evidence (negation and booster rules applied)",
    "role": "role of the target in its clause",
    "q": "quotation or reported speech",
    "att": "neutral prior: evaluation attached to the target or not",
    "e": "mean word vector of a part of the sentence",
    "bias": "intercept",
}


def feature_kind(name: str) -> str:
    """What a feature name means, from its prefix."""
    prefix = name.split(":", 1)[0]
    if prefix not in FEATURE_KINDS and prefix.startswith("e"):
        prefix = "e"
    return FEATURE_KINDS.get(prefix, "")


#: Parts of the sentence whose mean word vector is a feature (``e<part>:<k>``).
VECTOR_PARTS = ("u", "l", "r", "cl", "cr", "t")


def vector_features(
    an: Sentence,
    t0: int,
    t1: int,
    vectors: np.ndarray,
    index: dict[str, int],
    value: float = 1.0,
) -> dict[str, float]:
    """Mean word vector (``vectors[index[word]]``; zero for unknown words) of the sentence
    outside the target, the words near it, its clause sides and the mention itself."""
    n, words, clause = an.n, an.words, an.clause
    left: list[int] = []
    right: list[int] = []
    if n:
        tc = clause[min(t0, n - 1)]
        left = [i for i in range(t0) if clause[i] == tc]
        right = [i for i in range(t1, n) if clause[i] == tc]
    parts = {
        "u": [i for i in range(n) if i < t0 or i >= t1],
        "l": list(range(max(0, t0 - NEAR), t0)),
        "r": list(range(t1, min(n, t1 + NEAR))),
        "cl": left,
        "cr": right,
        "t": list(range(t0, t1)),
    }
    f: dict[str, float] = {}
    for part in VECTOR_PARTS:
        idx = parts[part]
        if not idx:
            continue
        total = np.zeros(vectors.shape[1])
        for i in idx:
            j = index.get(words[i])
            if j is not None:
                total = total + vectors[j]
        total = total * value / len(idx)
        for k, v in enumerate(total.tolist()):
            if v:
                f[f"e{part}:{k}"] = v
    return f


def extract_many(
    targets: Sequence[tuple[str, int, int]],
    vectors: tuple[np.ndarray, dict[str, int]] | None = None,
    *,
    context_value: float = 1.0,
    vector_value: float = 1.0,
) -> list[dict[str, float]]:
    """Named features of each target, analysing each distinct sentence once."""
    cache: dict[str, Sentence] = {}
    out = []
    for s, a, b in targets:
        an = cache.get(s)
        if an is None:
            an = cache[s] = Sentence(s)
        t0, t1 = target_span(an, a, b)
        f = target_features(an, t0, t1, context_value)
        if vectors is not None:
            f.update(vector_features(an, t0, t1, *vectors, vector_value))
        out.append(f)
    return out


def lexicon_hits(sentence: str) -> list[tuple[str, float, float]]:
    """Sentiment words of a sentence: (word, lexicon valence, valence after the rules)."""
    an = Sentence(sentence)
    lex = rules().lexicon
    return [(w, lex[w], an.val[i]) for i, w in enumerate(an.words) if w in lex and an.val[i]]
