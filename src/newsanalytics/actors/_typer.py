"""The learned span typer: person, organisation, location or no actor, for each candidate.

A multinomial logistic regression over hashed features of a candidate span: its spelling
(shape, suffixes, legal forms, known given names, gazetteer hits, headline and sentence
position) and its context (the words around it; cue words anywhere in the article: "Mr X",
"X said", "shares of X", "in X", "mayor of X", "beat X", "X's chief executive"); and whether a
one-word name is a surname the training text wrote in full ("Corker": "Bob Corker"). The
weights are learnt by distant supervision (``scripts/train_actor_typer.py``) and shipped as
arrays (``data/typer/actor_typer.npz``, with the surname list) and a JSON manifest
(``data/typer/actor_typer.json``): no pickle.

Features are strings hashed with CRC-32 into ``2 ** bits`` columns; a candidate's score is the
sum of its columns' weight rows (one ``numpy.add.reduceat`` per article).
"""

from __future__ import annotations

import json
import re
import zlib
from bisect import bisect_left, bisect_right
from functools import lru_cache
from importlib import resources
from itertools import accumulate, chain
from typing import TYPE_CHECKING

import numpy as np

from ._context import company_by_context
from ._cues import ArticleCues
from ._gazetteer import _read
from ._tokens import _display
from ._words import (
    COMMON_GIVEN_NAMES,
    CORP_DESCRIPTORS,
    CORP_SUFFIXES,
    FACILITY_WORDS,
    NAME_PARTICLES,
    NOT_ACTORS,
    ORG_WORDS,
    PERSON_SUFFIXES,
    WATERS,
)

if TYPE_CHECKING:
    from ._gazetteer import Entry, Gazetteer
    from ._runs import _Cand

__all__ = ["CLASSES", "SpanTyper", "span_feature_parts", "span_features", "load_typer"]

CLASSES = ("none", "person", "organization", "location")
#: Words after a demonym that make it stand for its state ("Japanese officials").
STATE_WORDS = frozenset(
    "government officials authorities troops forces embassy army military police leader "
    "leaders president prime foreign defense defence state navy air".split()
)

_SHAPE_RE = (
    (re.compile(r"^[A-Z][a-z]+$"), "X"),
    (re.compile(r"^[A-Z]{2,}$"), "A"),
    (re.compile(r"^(?:[A-Za-z]\.)+$"), "D"),
    (re.compile(r"^[A-Z][a-z]+(?:-[A-Z][a-z]+)+$"), "XH"),
    (re.compile(r"^[A-Za-z]+-[a-z]+$"), "xh"),
    (re.compile(r"^[a-z]+[A-Z]\w*$"), "m"),
    (re.compile(r"^[A-Z][a-z]+[A-Z]\w*$"), "C"),
    (re.compile(r"^\w+\.[a-z]{2,5}$"), "U"),
    (re.compile(r"^[A-Z][a-z]*\.$"), "Ab"),
    (re.compile(r"\d"), "9"),
)


@lru_cache(maxsize=65536)
def _shape(tok: str) -> str:
    for rx, code in _SHAPE_RE:
        if rx.search(tok):
            return code
    return "o"


def _written_lower(text: str, word: str) -> bool:
    """True when ``word`` (lower case) occurs in ``text`` as a word of its own."""
    i = text.find(word)
    n = len(word)
    while i >= 0:
        if (i == 0 or not text[i - 1].isalnum()) and not text[i + n : i + n + 1].isalnum():
            return True
        i = text.find(word, i + 1)
    return False


_BEFORE_RE = re.compile(r"[\w'\u2019.\-]+|[^\w\s]")


def _before_words(text: str, start: int) -> list[str]:
    return _BEFORE_RE.findall(text, max(0, start - 30), start)[-2:]


class _SpellingCache:
    """The spelling features of the names seen (with their CRC-32 codes), for one gazetteer
    and surname list: ``state`` is ``(gazetteer, surnames, table)``, replaced whole (so a
    thread reading it never mixes one gazetteer's table with another's)."""

    __slots__ = ("state",)

    def __init__(self) -> None:
        self.state: tuple[Gazetteer | None, frozenset[str] | None, dict] = (None, None, {})

    @property
    def table(self) -> dict[tuple, tuple[tuple[str, ...], str, str, tuple[int, ...]]]:
        return self.state[2]


_SPELLING_CACHE = _SpellingCache()
#: Names whose spelling features are kept (about 1 kB each at most), then forgotten.
SPELLING_CACHE_SIZE = 20_000


def span_features(
    text: str,
    c: _Cand,
    gaz: Gazetteer,
    cues: ArticleCues,
    inside_org: bool,
    rule: str | None,
    resolved: bool,
    surnames: frozenset[str] = frozenset(),
) -> list[str]:
    """The feature strings of candidate ``c``: :func:`span_feature_parts`' spelling
    features, then its context features."""
    spelling, _, context = span_feature_parts(
        text, c, gaz, cues, inside_org, rule, resolved, surnames
    )
    return [*spelling, *context]


def span_feature_parts(
    text: str,
    c: _Cand,
    gaz: Gazetteer,
    cues: ArticleCues,
    inside_org: bool,
    rule: str | None,
    resolved: bool,
    surnames: frozenset[str] = frozenset(),
) -> tuple[tuple[str, ...], tuple[int, ...], list[str]]:
    """The feature strings of candidate ``c`` in two parts: the spelling features (kept
    across articles, with their CRC-32 codes, so that the typer hashes only the context
    features of a name it has seen) and the context features.

    Prefixes: ``s:`` spelling, ``c:`` context (the two co-training views), ``r:`` what the
    rules decided (``rule``: their type or None; ``resolved``: the actor is another name of
    the article, e.g. a surname resolved to the full name). ``surnames`` (lower case): the
    surnames of full names in the training text; a one-word name among them is
    ``s:surname``.
    """
    toks = [t for t in c.tokens if t != "'s"] or list(c.tokens)
    n = len(toks)
    first, last = toks[0], toks[-1]
    fl, ll = first.casefold(), last.casefold()
    e = c.entry
    # What the spelling features read of the article: the rest is the name's own, so they
    # are kept across articles (names recur: "U.S.", "Reuters", the article's own people).
    other = n == 1 and fl in cues.heads
    acronym = e is not None and e.kind == "acronym" and _unexpanded(e, text)
    low = cues.low.get(fl) if n == 1 else False
    if low is None:
        low = cues.low[fl] = _written_lower(cues.text, fl)
    cache = _SPELLING_CACHE
    owner, names, table = cache.state
    if owner is not gaz or names is not surnames or len(table) >= SPELLING_CACHE_SIZE:
        table = {}
        cache.state = (gaz, surnames, table)
    key = (tuple(c.tokens), e, c.heading, c.initial, inside_org, rule, resolved)
    key += (other, acronym, low)
    hit = table.get(key)
    if hit is None:
        spelling, shapes, gz = _spelling(
            toks, c, gaz, inside_org, rule, resolved, surnames, other, acronym, low
        )
        codes = tuple([zlib.crc32(s.encode("utf-8")) for s in spelling])
        hit = table[key] = (spelling, shapes, gz, codes)
    spelling, shapes, gz, codes = hit
    f: list[str] = []
    # context view
    prev = c.prev
    nxt = c.nxt.split(" ")
    before = _before_words(text, c.start)
    f.append(f"c:p1={prev}")
    if len(before) == 2:
        f.append(f"c:p2={before[0].casefold()} {prev}")
    f.append(f"c:n1={nxt[0]}")
    if len(nxt) > 1:
        f.append(f"c:n2={nxt[0]} {nxt[1]}")
    if nxt[0] in gaz.title_first_keys:
        f.append("c:n1title")
    if _after_title(prev, gaz):
        f.append("c:p1title")
    if first in cues.titled or last in cues.titled:
        f.append("c:titled")
    if last in cues.its:
        f.append("c:its")  # "Nintendo said its", "Airbnb, which": not a person's "said"
    elif last in cues.said or first in cues.said:
        f.append("c:said")
    if last in cues.who:
        f.append("c:who")
    if last in cues.appos:
        f.append("c:appos")
    if first in cues.org or last in cues.org or last in cues.org_appos:
        f.append("c:orgcue")
    if first in cues.place:
        f.append("c:placecue")
    if first in cues.team or last in cues.team:
        f.append("c:teamcue")
    for flag in cues.flags:
        f.append(f"c:{flag}&shape={shapes}")
        f.append(f"c:{flag}&gaz={gz}")
        if n == 1:
            f.append(f"c:{flag}&plural={ll.endswith('s')}")
    return spelling, codes, f


def _spelling(
    toks: list[str],
    c: _Cand,
    gaz: Gazetteer,
    inside_org: bool,
    rule: str | None,
    resolved: bool,
    surnames: frozenset[str],
    other: bool,
    acronym: bool,
    low: bool,
) -> tuple[tuple[str, ...], str, str]:
    """The spelling features of :func:`span_features` (what comes before the context
    view), given what they read of the article (``other``: the one word starts a longer
    name of it; ``acronym``: an acronym whose words it never spells out; ``low``: the one
    word is written in lower case in it); with the word shapes and the gazetteer code."""
    n = len(toks)
    first, last = toks[0], toks[-1]
    fl, ll = first.casefold(), last.casefold()
    common = gaz.common_words
    first_names = gaz.first_names
    f = [f"s:n={min(n, 5)}"]
    if resolved:
        f.append(f"r:resolved={rule}")
    if other:
        f.append("c:first_of_other")  # "Nintendo" beside "Nintendo DS", "Nintendo Europe"
    e = c.entry
    gz = f"{e.type}:{e.kind}" if e is not None else "none"
    f.append(f"s:gaz={gz}")
    if acronym:
        f.append("s:acr_unexpanded")
    shapes = "".join(_shape(t) for t in toks[:4])
    f.append(f"s:shape={shapes}")
    for t in toks[:5]:
        f.append(f"s:w={t.casefold()}")
    if n > 1:
        f.append(f"s:first={fl}")
        f.append(f"s:last={ll}")
    else:
        f.append(f"s:one={fl}")
        if fl in surnames:
            f.append("s:surname")  # "Corker" alone, the training text had "Bob Corker"
    if len(ll) > 3:
        f.append(f"s:suf3={ll[-3:]}")
        f.append(f"s:suf4={ll[-4:]}")
    # an everyday word that is also a given name, before a surname: "Will Smith", "Joy Behar"
    fn = first in first_names or (
        n == 2
        and first in COMMON_GIVEN_NAMES
        and ll not in common
        and not (ll.endswith("s") and ll[:-1] in common)  # "Crystal Cruises"
        and last not in FACILITY_WORDS
        and last not in WATERS  # "Hope Creek"
    )
    if fn:
        f.append(f"s:fname&n={min(n, 3)}")
    if n > 1 and last in first_names:
        f.append("s:lastfname")
    if not first_names.isdisjoint(toks[1:-1]):
        f.append("s:midfname")
    ncommon = sum(
        1
        for t in toks
        if t.casefold() in common
        and t not in first_names
        and t not in NAME_PARTICLES
        and not (fn and t == first)
    )
    if ncommon:
        f.append(f"s:common={'all' if ncommon == n else 'some'}")
        if n == 1 and c.heading:
            f.append("s:common&head")
    if n >= 4:
        f.append(f"s:long&common={min(ncommon, 3)}")
    if not ORG_WORDS.isdisjoint(toks):
        f.append("s:orgword")
        if any(
            name_key_first(a, gaz) and b in first_names
            for a, b in zip(toks, toks[1:], strict=False)
        ):
            f.append("s:orgword&title")  # "Central Bank Governor Maria Delgado"
        if fn and n > 2:
            f.append("s:orgword&fname")
    if last in CORP_SUFFIXES:
        f.append("s:corp")
    if last in NOT_ACTORS:
        f.append("s:notactor")
    if last in PERSON_SUFFIXES:
        f.append("s:jr")
    if ll.endswith("s") and not ll.endswith("ss") and n <= 2:
        f.append("s:plural")
    if gaz.people.get(" ".join(toks).casefold()) or (n == 1 and fl in gaz.people_short):
        f.append("s:knownperson")
    if fl in gaz.place_names:
        f.append("s:placename")
    if any(name_key_first(t, gaz) for t in toks):
        f.append("s:titleword")
    if c.heading:
        f.append("s:head")
        f.append(f"s:head&shape={shapes}")
    if c.initial:
        f.append("s:initial")
    if inside_org:
        f.append("s:inside_org")
        f.append(f"s:inside_org&gaz={gz}")
    if low:
        f.append("s:lower_in_article")
    return tuple(f), shapes, gz


def _unexpanded(e: Entry, text: str) -> bool:
    """An acronym whose name's capitalised words (not "Bank", "Corp") the text never has."""
    words = [w for w in e.canonical.split() if w[:1].isupper() and w not in ORG_WORDS]
    return bool(words) and not any(w in text for w in words)


def _after_title(prev: str, gaz: Gazetteer) -> bool:
    """The word before a candidate ends a title ("Gen.", "coach"); not "of" ("shares of X",
    "mayor of X") nor a sentence's start (no word)."""
    if not prev or prev == "of":
        return False
    return prev.rstrip(".") in gaz.title_last_words or prev in gaz.title_last_words


def name_key_first(word: str, gaz: Gazetteer) -> bool:
    """A title word ("Governor", "Coach", "All-Star") inside a name."""
    return word.casefold().rstrip(".") in gaz.title_first_keys and word not in gaz.first_names


_HASH_CACHE: dict[str, int] = {}


def _crc_codes(feats: list[str]) -> list[int]:
    """The CRC-32 of each feature string (memoised: the same strings recur across articles)."""
    cache = _HASH_CACHE
    codes = list(map(cache.get, feats))
    if None in codes:
        if len(cache) > 500_000:
            cache.clear()
        for k, h in enumerate(codes):
            if h is None:
                s = feats[k]
                codes[k] = cache[s] = zlib.crc32(s.encode("utf-8"))
    return codes


def hash_features(feats: list[str], mask: int) -> list[int]:
    """The hashed columns of a candidate's features."""
    return [h & mask for h in _crc_codes(feats)]


class SpanTyper:
    """Weights ``W`` (columns x classes), bias ``b`` and the decision thresholds."""

    def __init__(self, weights: np.ndarray, bias: np.ndarray, manifest: dict) -> None:
        self.W = weights
        self.b = bias
        self.bits = int(manifest["hash_bits"])
        self.mask = (1 << self.bits) - 1
        self.thresholds = dict(manifest["thresholds"])
        self.manifest = manifest
        self.surnames: frozenset[str] = frozenset()

    def proba(self, feature_lists: list[list[str]]) -> np.ndarray:
        """Class probabilities, one row per candidate (columns in :data:`CLASSES` order)."""
        if not feature_lists:
            return np.zeros((0, len(CLASSES)))
        codes = _crc_codes(list(chain.from_iterable(feature_lists)))
        return self._proba_of_codes(codes, list(map(len, feature_lists)))

    def proba_of_parts(
        self, parts: list[tuple[tuple[str, ...], tuple[int, ...], list[str]]]
    ) -> np.ndarray:
        """:meth:`proba` of the candidates' :func:`span_feature_parts`: the spelling
        features' codes as they are kept, the context features hashed (all at once)."""
        if not parts:
            return np.zeros((0, len(CLASSES)))
        context = _crc_codes(list(chain.from_iterable(p[2] for p in parts)))
        codes: list[int] = []
        lengths = []
        k = 0
        for _, spelling, words in parts:
            n = len(words)
            codes += spelling
            codes += context[k : k + n]
            k += n
            lengths.append(len(spelling) + n)
        return self._proba_of_codes(codes, lengths)

    def _proba_of_codes(self, codes: list[int], lengths: list[int]) -> np.ndarray:
        """Class probabilities of candidates whose features have these CRC-32 codes, the
        candidates' ``lengths`` codes after one another."""
        # The columns of all candidates at once (as hash_features gives them, list by list).
        idx = np.array(codes, dtype=np.int64)
        idx &= self.mask
        starts = list(accumulate(lengths[:-1], initial=0))
        z = np.add.reduceat(self.W.take(idx, axis=0), starts, axis=0)
        z += self.b
        z -= z.max(axis=1, keepdims=True)
        np.exp(z, out=z)
        z /= z.sum(axis=1, keepdims=True)
        return z


@lru_cache(maxsize=1)
def load_typer() -> SpanTyper | None:
    """The shipped typer, or None when the package carries no weights."""
    base = resources.files("newsanalytics.actors").joinpath("data", "typer")
    try:
        manifest = json.loads(base.joinpath("actor_typer.json").read_text(encoding="utf-8"))
        with base.joinpath("actor_typer.npz").open("rb") as fh:
            arrays = np.load(fh, allow_pickle=False)
            cols, rows, bias = arrays["columns"], arrays["rows"], arrays["bias"]
            surnames = arrays["surnames"].tolist() if "surnames" in arrays.files else []
    except FileNotFoundError:
        return None
    W = np.zeros((1 << int(manifest["hash_bits"]), len(CLASSES)), dtype=np.float64)
    W[cols] = rows
    typer = SpanTyper(W, bias.astype(np.float64), manifest)
    typer.surnames = frozenset(surnames)
    return typer


# Gazetteer kinds the learned typer is not asked about outside headlines and longer names.
_SURE_KINDS = frozenset(("name", "alias"))


def apply_typer(
    text: str,
    decided: list[tuple[_Cand, str | None, str | None]],
    gaz: Gazetteer,
    typer: SpanTyper | None,
    collect: list | None,
    placed: dict[int, str | None] | None = None,
    from_ner: bool = False,
) -> list[tuple[_Cand, str | None, str | None]]:
    """The learned typer's word on each candidate: keep, retype, drop or take up.

    A candidate the rules typed is dropped when the typer puts "no actor" above the
    ``drop`` threshold (a person or a name in a headline; ``drop_other`` for other
    names, ``drop_demonym`` for demonyms, ``drop_known`` for other gazetteer names), and
    retyped (when no gazetteer names it) when another type passes
    ``retype``; a candidate the rules left unresolved becomes an actor of the typer's type
    above ``take``. With ``collect`` (training), the features and the rules' decision of
    every candidate are appended to it instead. A candidate in ``placed`` (read as a
    city by the placer, from its context and the article's countries) is left as it is.
    With ``from_ner`` (the spaCy backend), a span spaCy labelled is dropped only at the
    ``drop_known`` threshold, as a gazetteer name is: another model has already read it.
    """
    if not decided:
        return decided
    cues = ArticleCues(text)
    cues.heads = {
        c.tokens[0].casefold() for c, _, _ in decided if len(c.tokens) > 1 and not c.heading
    }
    within = _within_orgs(
        [(c.start, c.end) for c, _, _ in decided],
        [(c.start, c.end) for c, _, t in decided if t == "organization"],
    )
    feats = []  # span_feature_parts of each candidate asked about
    asked = []  # the candidates the typer is asked about
    memo: dict[tuple, tuple[tuple[str, ...], tuple[int, ...], list[str]]] = {}
    for k, (c, actor, atype) in enumerate(decided):
        inside = within[k]
        e = c.entry
        if collect is None and c.sure:
            continue  # "<Nippon Life Insurance Co>": the wire says it is a company
        if collect is None and placed and id(c) in placed and not inside:
            continue  # "Glasgow", "Paris, Texas": the placer has read it already
        if (
            collect is None
            and not inside
            and e is not None
            and e.kind in _SURE_KINDS
            and not c.heading
        ):
            continue  # "Venezuela", "the Senate": a gazetteer name the typer never drops
        # A name repeated in the same context ("Labour said", "Labour said") once.
        resolved = actor is not None and actor != _display(c.tokens)
        key = (*c.tokens, c.prev, c.nxt, c.heading, c.initial, inside, e, atype, resolved)
        f = memo.get(key)
        if f is None:
            f = memo[key] = span_feature_parts(
                text, c, gaz, cues, inside, atype, resolved, typer.surnames if typer else frozenset()
            )
        feats.append(f)
        asked.append(k)
    if collect is not None:
        collect.extend(
            (c, actor, atype, [*f[0], *f[2]])
            for (c, actor, atype), f in zip(decided, feats, strict=True)
        )
        return decided
    assert typer is not None
    proba = typer.proba_of_parts(feats).tolist()
    th = typer.thresholds
    t_drop, t_retype, t_take = th["drop"], th["retype"], th["take"]
    t_drop_known, t_drop_other = th["drop_known"], th["drop_other"]
    t_drop_demonym = th["drop_demonym"]
    t_take_head = th.get("take_head", 2.0)  # older manifests: never take up a headline name
    out = list(decided)
    retyped: list[int] = []
    for k, p in zip(asked, proba, strict=True):
        c, actor, atype = decided[k]
        best = max(range(4), key=p.__getitem__)
        if atype is None:
            # A headline's or a sentence's first word: its capital says nothing of a name.
            lone_start = c.initial and len(c.tokens) == 1
            if best and p[best] >= (t_take_head if c.heading or lone_start else t_take):
                actor, atype = _display(c.tokens), CLASSES[best]
        elif p[0] >= (
            (
                (2.0 if _for_state(c, gaz) else t_drop_demonym)
                if c.entry.kind == "demonym"
                else t_drop_known
            )
            if c.entry is not None
            else t_drop_known
            if from_ner and c.strong
            else t_drop
            if atype == "person" or c.heading
            else t_drop_other
        ):
            actor = atype = None
        elif (
            atype == "person"
            and best > 1
            and c.entry is None
            and p[best] >= t_retype
            and actor == _display(c.tokens)
        ):
            actor, atype = actor, CLASSES[best]  # "the Pistons", "Nintendo said"
            retyped.append(k)
        out[k] = (c, actor, atype)
    if retyped:
        # "now faces Serena Williams. ... Williams survived": a full name the article goes
        # on to call by its surname alone is a person's, whatever its own context says.
        # Only where the typer reads the surname alone as a person's too ("Manchester
        # United ... United" is a club's).
        probs = dict(zip(asked, proba, strict=True))
        by_surname = set()
        for j, (c, a, t) in enumerate(out):
            pj = probs.get(j)
            if t == "person" and len(c.tokens) == 1 and a != _display(c.tokens):
                if pj is not None and pj[1] >= t_retype:
                    by_surname.add((a, c.tokens[0]))
        for k in retyped:
            c, actor, _ = out[k]
            if (actor, c.tokens[-1]) in by_surname and _personal_name(c.tokens, gaz):
                out[k] = (c, actor, "person")
    out = _company_pairs(text, out, gaz)
    return _one_type_per_name(out, dict(zip(asked, proba, strict=True)))


def _company_pairs(
    text: str, out: list[tuple[_Cand, str | None, str | None]], gaz: Gazetteer
) -> list[tuple[_Cand, str | None, str | None]]:
    """A one- or two-word "person" the article writes as a company's is an organisation.

    "Kerr Mcgee said its", "shares of Kerr Mcgee", "Essar shares rose", "Atari's profits": a
    name of one or two words no gazetteer knows, kept as a person (not resolved to a longer
    name) but with company context around it somewhere in the article and person context
    nowhere (no title, "Mr", age, "said he", "who", nor a known given name first), is a
    company's, and so are the lone surnames the article resolved to it. A lone word's "X said
    its" is no such context ("Icahn said its offer"); a two-word name ending in a company
    word ("Acme International", "Essar Oil") needs none.
    """
    firms: dict[str, bool] = {}
    for c, actor, atype in out:
        if (
            atype == "person"
            and len(c.tokens) <= 2
            and c.entry is None
            and actor == _display(c.tokens)
            and actor not in firms
        ):
            first, last = c.tokens[0], c.tokens[-1]
            firms[actor] = (
                first not in gaz.first_names
                and first not in COMMON_GIVEN_NAMES
                and last not in PERSON_SUFFIXES
                and (
                    (len(c.tokens) == 2 and last in CORP_DESCRIPTORS)  # "Acme International"
                    or company_by_context(text, actor, last, said=len(c.tokens) == 2)
                )
            )
    if not any(firms.values()):
        return out
    return [
        (c, actor, "organization") if atype == "person" and firms.get(actor) else (c, actor, atype)  # type: ignore[arg-type]
        for c, actor, atype in out
    ]


def _personal_name(tokens: list[str], gaz: Gazetteer) -> bool:
    """True when ``tokens`` may be a given name and a surname: no everyday word, place or
    known name first ("Real Madrid", "Glasgow Rangers"), no capitals-only word or attribute
    ("MG Rover", "San Francisco-based Balco")."""
    first = tokens[0]
    return (
        first.lower() not in gaz.common_words
        and gaz.exact.get(first) is None
        and gaz.folded.get(first.casefold()) is None
        and all(
            t[:1].isupper() and not t.isupper() and t.rpartition("-")[2][:1].isupper()
            for t in tokens
        )
    )


def _one_type_per_name(
    out: list[tuple[_Cand, str | None, str | None]], proba: dict[int, list[float]]
) -> list[tuple[_Cand, str | None, str | None]]:
    """One type for a name no gazetteer knows, wherever the article writes it.

    "Market leader Nintendo, however" reads as a person and "Nintendo says" as an
    organisation: the mentions of one unknown name kept under two types all take the type
    most of them have, ties broken by the typer's probabilities summed over the mentions.
    """
    types: dict[str, set[str]] = {}
    for c, actor, atype in out:
        if atype is not None and c.entry is None and actor == _display(c.tokens):
            types.setdefault(actor, set()).add(atype)
    mixed = {a for a, ts in types.items() if len(ts) > 1}
    if not mixed:
        return out
    votes: dict[str, list[float]] = {}
    for k, (c, actor, atype) in enumerate(out):
        if actor in mixed and atype is not None and c.entry is None:
            v = votes.setdefault(actor, [0.0] * len(CLASSES))
            v[CLASSES.index(atype)] += len(out)  # a mention's type outweighs any sum
            for t, p in enumerate(proba.get(k, ())):
                v[t] += p
    for k, (c, actor, atype) in enumerate(out):
        v = votes.get(actor) if atype is not None and c.entry is None else None  # type: ignore[arg-type]
        if v is not None:
            out[k] = (c, actor, CLASSES[max(range(1, len(CLASSES)), key=v.__getitem__)])
    return out


def _within_orgs(spans: list[tuple[int, int]], orgs: list[tuple[int, int]]) -> list[bool]:
    """Whether each span lies within an organisation span other than itself.

    ``(s, e)`` holds ``(start, end)`` when ``s <= start``, ``end <= e`` and the two differ:
    some organisation starting at or before ``start`` ends after ``end``, or one starting
    before ``start`` ends at ``end`` or later. One sort and a running maximum of the ends
    answer both for every span by bisection, instead of a scan of every organisation.
    """
    if not orgs:
        return [False] * len(spans)
    orgs = sorted(orgs)
    starts = [s for s, _ in orgs]
    reach = list(accumulate((e for _, e in orgs), max))  # the furthest end up to each org
    out = []
    for start, end in spans:
        k = bisect_right(starts, start)  # orgs[:k] start at or before the span
        if k and reach[k - 1] > end:
            out.append(True)
            continue
        k = bisect_left(starts, start, 0, k)  # orgs[:k] start before it
        out.append(bool(k) and reach[k - 1] >= end)
    return out


def _for_state(c: _Cand, gaz: Gazetteer) -> bool:
    """A demonym that stands for its state: "Japanese officials", "Swiss Finance Minister".

    A region's demonym has no state to stand for ("the West African state of Benin",
    "European Justice Commissioner").
    """
    if c.entry is not None and c.entry.canonical in _regions():
        return False
    nxt = c.nxt.split(" ")[0]
    return nxt in STATE_WORDS or nxt.casefold() in gaz.title_first_keys


#: Entries of the country table that were states, though no code or capital is listed now.
_FORMER_STATES = frozenset(("Czechoslovakia", "Yugoslavia", "Serbia and Montenegro"))


@lru_cache(maxsize=1)
def _regions() -> frozenset[str]:
    """Regions and continents of the country table ("Europe", "Latin America"): no ISO
    code, no capital, and no former state."""
    return frozenset(
        c["name"]
        for c in _read("countries.json")
        if not c["iso2"] and not c["capitals"] and c["name"] not in _FORMER_STATES
    )
