"""Target-aware features for actor sentiment (private to :mod:`newsanalytics.sentiment`).

A target is ``(sentence, start, end)``. Each sentence is analysed once (tokens, lexicon
valences after VADER-style rules, clauses, quotations) and every target in it then reads
features relative to its own position:

- ``u:``/``b:`` unigrams and bigrams of the sentence with the target masked as ``<T>``;
- ``l:``/``r:`` words in a window left/right of the target, ``tl:``/``tr:`` the bigram
  touching it ("<T> said", "by <T>");
- ``lex:`` VADER lexicon evidence (negation, booster and "but" rules applied) in windows,
  the target's clause, the next clause and the whole sentence, also distance-weighted;
- ``role:`` the target as agent or patient of hand-listed attack/praise verbs;
- ``q:`` quotations and reported speech (the target speaking, or inside a quotation);
- ``pro:`` lexicon evidence around later pronouns that may refer to the target;
- ``t:`` words of the mention itself.

VADER's lexicon, booster words, negations and constants (MIT, shipped inside vaderSentiment)
come from the one rulebook, :func:`newsanalytics.sentiment._vader_rules.rulebook`; the word
lists are ours (``sentiment/_words.py``). :class:`_Sentence` is the analysis the scorer
runs; :class:`_ReferenceSentence`, token by token, is what a test holds it to. The matrix of
a batch of targets is built in :mod:`newsanalytics.sentiment._featurizer`.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import NamedTuple

from ._vader_rules import rulebook
from ._words import (
    ATTACK,
    BE,
    BOOSTER_EXCEPTIONS,
    CONTRAST,
    LEXICON_STOP,
    NEGATION_EXCEPTIONS,
    NEGATION_EXTRA,
    PRAISE,
    PRONOUNS,
    SPEECH,
)

#: Bumped whenever features change; a saved model records the version it was trained on.
FEATURES_VERSION = 1

# Possessive 's is its own token so that "Trump's" yields the target "trump" and the
# possessive marker, not an unseen word "trump's".
_TOKEN = re.compile(r"\w+(?=['’]s\b)|['’]s\b|\w+(?:['’]\w+)*|[^\w\s]")

#: Word memos are cleared when they grow past this many words (bounded memory).
_MEMO_MAX = 200_000

_CLAUSE_PUNCT = frozenset(",;:()[]—–-")
_OPEN_Q = frozenset({"“", "‘"})
_CLOSE_Q = frozenset({"”"})
# Tokens that open a new clause (the quotation marks also toggle quoting).
_MARKS = _OPEN_Q | _CLOSE_Q | {'"'} | _CLAUSE_PUNCT | CONTRAST

# Verbs whose object is portrayed badly / well (the subject is the critic or the praiser),
# by their stems.
_ATTACK_RX = re.compile("|".join(sorted(ATTACK, key=len, reverse=True)))
_PRAISE_RX = re.compile("|".join(sorted(PRAISE, key=len, reverse=True)))


def _match_verb_class(word: str) -> str | None:
    if _ATTACK_RX.match(word):
        return "attack"
    if _PRAISE_RX.match(word):
        return "praise"
    return None


_VERB_MEMO: dict[str, str | None] = {}


def _verb_class(word: str) -> str | None:
    """ "attack" or "praise" if the word starts with one of the listed stems."""
    try:
        return _VERB_MEMO[word]
    except KeyError:
        if len(_VERB_MEMO) > _MEMO_MAX:
            _VERB_MEMO.clear()
        out = _VERB_MEMO[word] = _match_verb_class(word)
        return out


class _Rules(NamedTuple):
    """VADER's rules as the features apply them."""

    lexicon: dict[str, float]
    boosters_up: frozenset[str]
    boosters_down: frozenset[str]
    negate: frozenset[str]
    b_incr: float
    n_scalar: float


@lru_cache(maxsize=1)
def _rules() -> _Rules:
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
    return _Rules(
        lexicon=lexicon,
        boosters_up=frozenset(w for w, v in boosters.items() if v > 0),
        boosters_down=frozenset(w for w, v in boosters.items() if v < 0),
        negate=(book.negate | NEGATION_EXTRA) - NEGATION_EXCEPTIONS,
        b_incr=book.b_incr,
        n_scalar=book.n_scalar,
    )


def _lexicon() -> dict[str, float]:
    """VADER's word -> mean valence table, as the features read it."""
    return _rules().lexicon


class _Sentence:
    """Everything about a sentence that does not depend on the target."""

    __slots__ = (
        "words",
        "starts",
        "ends",
        "val",
        "clause",
        "in_quote",
        "sent_pos",
        "sent_neg",
        "negated",
        "cap",
        "n",
    )

    def __init__(self, text: str) -> None:
        # The same analysis as _ReferenceSentence, with the per-token loops replaced by
        # slices and comprehensions; every value is computed by the same operations in the
        # same order, so both give identical attributes.
        rules = _rules()
        lex, up, down, negate = rules.lexicon, rules.boosters_up, rules.boosters_down, rules.negate
        b_incr, n_scalar = rules.b_incr, rules.n_scalar
        spans = [m.span() for m in _TOKEN.finditer(text)]
        starts = [a for a, _ in spans]
        ends = [b for _, b in spans]
        low = text.lower()
        if len(low) == len(text):  # lower() keeps offsets for almost every text
            words = [low[a:b] for a, b in spans]
        else:
            words = [text[a:b].lower() for a, b in spans]
        if "’" in text:
            words = [w.replace("’", "'") for w in words]
        n = len(words)
        val = [0.0] * n
        hits = [(i, v) for i, v in enumerate(map(lex.get, words)) if v is not None]
        for i, v in hits:
            # VADER's booster rule: up to three preceding intensifiers, decaying by distance.
            for k, decay in ((1, 1.0), (2, 0.95), (3, 0.9)):
                if i - k < 0:
                    break
                p = words[i - k]
                if p in up:
                    v += math.copysign(b_incr, v) * decay
                elif p in down:
                    v -= math.copysign(b_incr, v) * decay
            val[i] = v
        # VADER's negation rule: a negator within three words flips and dampens.
        negators = [i for i, w in enumerate(words) if w in negate or w.endswith("n't")]
        if negators:
            marked = set()
            for k in negators:
                marked.update(range(k + 1, min(k + 4, n)))
            negated = sorted(marked)
            for i in negated:
                val[i] *= n_scalar
        else:
            negated = []
        # VADER's "but" rule: before it counts half, after it one and a half.
        if "but" in words:
            b = words.index("but")
            val[:b] = [v * 0.5 for v in val[:b]]
            val[b + 1 :] = [v * 1.5 for v in val[b + 1 :]]
        clause = [0] * n
        in_quote = [False] * n
        c = 0
        q = False
        prev = 0
        for i, w in [(i, w) for i, w in enumerate(words) if w in _MARKS]:
            if c:
                clause[prev:i] = [c] * (i - prev)
            if q:
                in_quote[prev:i] = [True] * (i - prev)
            if w in _OPEN_Q:
                q = True
            elif w in _CLOSE_Q:
                q = False
            elif w == '"':
                q = not q
            c += 1
            clause[i] = c
            in_quote[i] = q
            prev = i + 1
        if c:
            clause[prev:] = [c] * (n - prev)
        if q:
            in_quote[prev:] = [True] * (n - prev)
        self.words = words
        self.starts = starts
        self.ends = ends
        self.val = val
        self.clause = clause
        self.in_quote = in_quote
        hit_vals = [val[i] for i, _ in hits]
        self.sent_pos = sum(v for v in hit_vals if v > 0)
        self.sent_neg = -sum(v for v in hit_vals if v < 0)
        self.negated = negated
        # Capitalised words after the first: mostly names, i.e. other actors.
        self.cap = [False] + [text[a].isupper() for a in starts[1:]] if n else []
        self.n = n


class _ReferenceSentence(_Sentence):
    """:class:`_Sentence` analysed token by token: the reference the fast one is tested against."""

    __slots__ = ()

    def __init__(self, text: str) -> None:
        rules = _rules()
        lex, up, down, negate = rules.lexicon, rules.boosters_up, rules.boosters_down, rules.negate
        b_incr, n_scalar = rules.b_incr, rules.n_scalar
        spans = [m.span() for m in _TOKEN.finditer(text)]
        starts = [a for a, _ in spans]
        ends = [b for _, b in spans]
        low = text.lower()
        if len(low) == len(text):  # lower() keeps offsets for almost every text
            words = [low[a:b] for a, b in spans]
        else:
            words = [text[a:b].lower() for a, b in spans]
        if "’" in text:
            words = [w.replace("’", "'") for w in words]
        n = len(words)
        val = [0.0] * n
        hits = [(i, v) for i, v in enumerate(map(lex.get, words)) if v is not None]
        for i, v in hits:
            # VADER's booster rule: up to three preceding intensifiers, decaying by distance.
            for k, decay in ((1, 1.0), (2, 0.95), (3, 0.9)):
                if i - k < 0:
                    break
                p = words[i - k]
                if p in up:
                    v += math.copysign(b_incr, v) * decay
                elif p in down:
                    v -= math.copysign(b_incr, v) * decay
            val[i] = v
        # VADER's negation rule: a negator within three words flips and dampens.
        negated = []
        last_neg = -10
        for i, w in enumerate(words):
            if i - last_neg <= 3:
                val[i] *= n_scalar
                negated.append(i)
            if w in negate or w.endswith("n't"):
                last_neg = i
        # VADER's "but" rule: before it counts half, after it one and a half.
        for i, w in enumerate(words):
            if w == "but":
                for j in range(i):
                    val[j] *= 0.5
                for j in range(i + 1, n):
                    val[j] *= 1.5
                break
        clause = [0] * n
        c = 0
        in_quote = [False] * n
        q = False
        for i, w in enumerate(words):
            if w in _OPEN_Q:
                q = True
                c += 1
            elif w in _CLOSE_Q:
                q = False
                c += 1
            elif w == '"':
                q = not q
                c += 1
            elif w in _CLAUSE_PUNCT or w in CONTRAST:
                c += 1
            clause[i] = c
            in_quote[i] = q
        self.words = words
        self.starts = starts
        self.ends = ends
        self.val = val
        self.clause = clause
        self.in_quote = in_quote
        self.sent_pos = sum(v for v in val if v > 0)
        self.sent_neg = -sum(v for v in val if v < 0)
        self.negated = negated
        # Capitalised words after the first: mostly names, i.e. other actors.
        self.cap = [i > 0 and text[starts[i]].isupper() for i in range(n)]
        self.n = n


def _bin(x: float, edges: Sequence[float]) -> int:
    for k, e in enumerate(edges):
        if x < e:
            return k
    return len(edges)


_WINDOWS = (3, 6, 12)


def _features(an: _Sentence, start: int, end: int) -> dict[str, float]:
    words, val, n = an.words, an.val, an.n
    # Target tokens: those overlapping [start, end).
    t0 = t1 = -1
    for i in range(n):
        if an.ends[i] > start and an.starts[i] < end:
            if t0 < 0:
                t0 = i
            t1 = i + 1
        elif an.starts[i] >= end:
            break
    if t0 < 0:  # the target is whitespace only; anchor it where it sits
        t0 = t1 = sum(1 for s in an.starts if s < start)
    f: dict[str, float] = {}
    masked = words[:t0] + ["<T>"] + words[t1:]
    # Masked n-grams of the whole sentence.
    for w in masked:
        f["u:" + w] = 1.0
    for a, b in zip(masked, masked[1:], strict=False):
        f["b:" + a + "_" + b] = 1.0
    # Words near the target, by side.
    left = words[max(0, t0 - 4) : t0]
    right = words[t1 : t1 + 4]
    for w in left:
        f["l:" + w] = 1.0
    for w in right:
        f["r:" + w] = 1.0
    lw1 = words[t0 - 1] if t0 >= 1 else "<S>"
    lw2 = words[t0 - 2] if t0 >= 2 else "<S>"
    rw1 = words[t1] if t1 < n else "<E>"
    rw2 = words[t1 + 1] if t1 + 1 < n else "<E>"
    f["tl:" + lw1] = 1.0
    f["tr:" + rw1] = 1.0
    f["tl2:" + lw2 + "_" + lw1] = 1.0
    f["tr2:" + rw1 + "_" + rw2] = 1.0
    if rw1 == "'s":
        f["poss:" + rw2] = 1.0
    # Words of the target's own clause, by side, with crude stems that pool inflections
    # ("criticized", "criticism" -> "criti").
    clause = an.clause
    tc = clause[t0] if t0 < n else (clause[-1] if n else 0)
    for i in range(t0 - 1, -1, -1):
        if clause[i] != tc:
            break
        w = words[i]
        f["cL:" + w] = 1.0
        if len(w) > 5:
            f["sL:" + w[:5]] = 1.0
    for i in range(t1, n):
        if clause[i] != tc:
            break
        w = words[i]
        f["cR:" + w] = 1.0
        if len(w) > 5:
            f["sR:" + w[:5]] = 1.0
    # Negated words: "not fair" is not "fair".
    for i in an.negated:
        f["neg:" + words[i]] = 1.0
    # The mention itself (who it is matters in news: some actors are rarely praised).
    # Value 2 rather than 1: a weaker penalty on these weights, chosen on dev_rw.
    for w in words[t0:t1]:
        f["t:" + w] = 2.0
    if t0 == 0:
        f["pos:first"] = 1.0
    f[f"pos:rel{_bin(t0 / max(n, 1), (0.2, 0.4, 0.6, 0.8))}"] = 1.0
    # Lexicon evidence.
    _lex_features(an, t0, t1, f)
    # Roles: agent or patient of attack/praise verbs.
    _role_features(an, t0, t1, f)
    # Reported speech.
    _speech_features(an, t0, t1, f)
    # Pronouns after the target that may refer to it.
    for i in range(t1, n):
        if words[i] in PRONOUNS:
            ev = 0.0
            for j in range(max(t1, i - 3), min(n, i + 4)):
                ev += val[j]
            if ev > 0:
                f["pro:pos"] = f.get("pro:pos", 0.0) + ev / 4.0
            elif ev < 0:
                f["pro:neg"] = f.get("pro:neg", 0.0) - ev / 4.0
            _role_features(an, i, i + 1, f, prefix="prorole:")
    return f


def _add(f: dict[str, float], key: str, v: float) -> None:
    if v:
        f[key] = f.get(key, 0.0) + v


def _lex_features(an: _Sentence, t0: int, t1: int, f: dict[str, float]) -> None:
    val, n, clause = an.val, an.n, an.clause
    sp_, sn = an.sent_pos, an.sent_neg
    _add(f, "lex:s:pos", sp_ / 4.0)
    _add(f, "lex:s:neg", sn / 4.0)
    comp = sp_ - sn
    comp = comp / math.sqrt(comp * comp + 15.0)
    f[f"lex:s:bin{_bin(comp, (-0.6, -0.3, -0.05, 0.05, 0.3, 0.6))}"] = 1.0
    tc = clause[t0] if t0 < n else (clause[-1] if n else 0)
    dw_pos = dw_neg = 0.0
    for i in range(n):
        v = val[i]
        if not v:
            continue
        if i < t0:
            d = t0 - i
            side = "L"
        elif i >= t1:
            d = i - t1 + 1
            side = "R"
        else:
            _add(f, "lex:in:pos" if v > 0 else "lex:in:neg", abs(v) / 4.0)
            continue
        sign = "pos" if v > 0 else "neg"
        a = abs(v) / 4.0
        for w in _WINDOWS:
            if d <= w:
                _add(f, f"lex:{side}{w}:{sign}", a)
        if clause[i] == tc:
            _add(f, "lex:cl:" + sign, a)
            _add(f, f"lex:cl{side}:{sign}", a)
        elif side == "R" and clause[i] == tc + 1:
            _add(f, "lex:ncl:" + sign, a)
        if an.in_quote[i]:
            _add(f, "lex:quote:" + sign, a)
        wgt = a / math.sqrt(d)
        if v > 0:
            dw_pos += wgt
        else:
            dw_neg += wgt
    # The nearest sentiment word on each side with no other name in between.
    cap = an.cap
    for i in range(t0 - 1, -1, -1):
        if cap[i]:
            break
        if val[i]:
            _add(f, "lex:nearL:pos" if val[i] > 0 else "lex:nearL:neg", abs(val[i]) / 4.0)
            break
    for i in range(t1, n):
        if cap[i]:
            break
        if val[i]:
            _add(f, "lex:nearR:pos" if val[i] > 0 else "lex:nearR:neg", abs(val[i]) / 4.0)
            break
    _add(f, "lex:dw:pos", dw_pos)
    _add(f, "lex:dw:neg", dw_neg)
    _add(f, "lex:dw:net", dw_pos - dw_neg)


def _role_features(
    an: _Sentence, t0: int, t1: int, f: dict[str, float], prefix: str = "role:"
) -> None:
    words, n, clause = an.words, an.n, an.clause
    tc = clause[t0] if t0 < n else 0
    # Target as patient: an attack/praise verb to its left in the same clause ("X criticized
    # <T>"), unless the target follows "by" (passive agent: "criticized by <T>").
    by_agent = t0 >= 1 and words[t0 - 1] == "by"
    for i in range(t0 - 1, max(-1, t0 - 7), -1):
        if clause[i] != tc:
            break
        vc = _verb_class(words[i])
        if vc is not None:
            role = "agent" if by_agent else "patient"
            f[prefix + role + ":" + vc] = 1.0
            break
    # Target as agent: such a verb to its right ("<T> criticized X"); passive "<T> was
    # criticized" makes it the patient.
    passive = False
    for i in range(t1, min(n, t1 + 6)):
        if clause[i] != tc:
            break
        w = words[i]
        if w in BE:
            passive = True
            continue
        vc = _verb_class(w)
        if vc is not None:
            is_passive = passive and (w.endswith("ed") or w.endswith("en"))
            role = "patient" if is_passive else "agent"
            f[prefix + role + ":" + vc] = 1.0
            break


def _speech_features(an: _Sentence, t0: int, t1: int, f: dict[str, float]) -> None:
    words, n, val = an.words, an.n, an.val
    speaker = False
    for i in range(t1, min(n, t1 + 3)):
        if words[i] in SPEECH:
            speaker = True
            break
    if t0 >= 1 and words[t0 - 1] in SPEECH:
        speaker = True
    if t0 >= 2 and words[t0 - 2] == "according" and words[t0 - 1] == "to":
        speaker = True
    if speaker:
        f["q:speaker"] = 1.0
        # What the speaker says is their opinion, not a verdict on them.
        qp = sum(v for i, v in enumerate(val) if v > 0 and an.in_quote[i])
        qn = -sum(v for i, v in enumerate(val) if v < 0 and an.in_quote[i])
        _add(f, "q:speaker_quote:pos", qp / 4.0)
        _add(f, "q:speaker_quote:neg", qn / 4.0)
    if t0 < n and an.in_quote[t0]:
        f["q:inside"] = 1.0
    if any(an.in_quote):
        f["q:sentence_has_quote"] = 1.0


#: Feature-name prefix -> what it means, for explanations.
FEATURE_KINDS = {
    "u": "word of the sentence (target masked as <T>)",
    "b": "word pair of the sentence (target masked as <T>)",
    "l": "word within 4 left of the target",
    "r": "word within 4 right of the target",
    "tl": "word just left of the target",
    "tr": "word just right of the target",
    "tl2": "two words just left of the target",
    "tr2": "two words just right of the target",
    "cL": "word left of the target in its clause",
    "cR": "word right of the target in its clause",
    "sL": "word stem left of the target in its clause",
    "sR": "word stem right of the target in its clause",
    "neg": "word under negation",
    "poss": "thing the target possesses (target's ...)",
    "t": "word of the mention itself",
    "pos": "position of the target in the sentence",
    "lex": "VADER lexicon evidence (negation, booster, 'but' rules applied)",
    "role": "target as agent or patient of an attack/praise verb",
    "prorole": "later pronoun as agent or patient of an attack/praise verb",
    "pro": "lexicon evidence around a later pronoun",
    "q": "quotation or reported speech",
}


def feature_kind(name: str) -> str:
    """What a feature name means, from its prefix."""
    return FEATURE_KINDS.get(name.split(":", 1)[0], "")


def extract_many(targets: Sequence[tuple[str, int, int]]) -> list[dict[str, float]]:
    """Features of each target, analysing each distinct sentence once."""
    cache: dict[str, _Sentence] = {}
    out = []
    for s, a, b in targets:
        an = cache.get(s)
        if an is None:
            an = cache[s] = _ReferenceSentence(s)
        out.append(_features(an, a, b))
    return out


def build_vocabulary(feats: Iterable[dict[str, float]], *, min_df: int = 2) -> dict[str, int]:
    """Feature name -> column, keeping features seen in at least ``min_df`` targets."""
    df: Counter[str] = Counter()
    for f in feats:
        df.update(f.keys())
    names = sorted(k for k, c in df.items() if c >= min_df)
    return {k: j for j, k in enumerate(names)}


def lexicon_hits(sentence: str) -> list[tuple[str, float, float]]:
    """Sentiment words of a sentence: (word, lexicon valence, valence after the rules)."""
    an = _Sentence(sentence)
    lex = _lexicon()
    return [(w, lex[w], an.val[i]) for i, w in enumerate(an.words) if w in lex and an.val[i]]
