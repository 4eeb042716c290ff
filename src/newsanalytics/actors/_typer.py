"""The learned span typer: person, organisation, location or no actor, for each candidate.

A multinomial logistic regression over hashed features of a candidate span: its spelling
(shape, suffixes, legal forms, known given names, gazetteer hits, headline and sentence
position) and its context (the words around it; cue words anywhere in the article: "Mr X",
"X said", "shares of X", "in X", "mayor of X", "beat X", "X's chief executive"); and whether a
one-word name is a surname the training text wrote in full ("Corker": "Bob Corker"). The
weights are learnt by distant supervision (``scripts/train_actor_typer.py``) and shipped as
arrays (``data/typer/actor_typer.npz``, with the surname list) and a JSON manifest
(``data/typer/actor_typer.json``): no pickle.

Features are strings (``_features.py``) hashed with CRC-32 into ``2 ** bits`` columns; a
candidate's score is the sum of its columns' weight rows (one ``numpy.add.reduceat`` per
article). The typer takes the codes from tables kept across articles
(:func:`._features.span_codes`): it builds and hashes a feature string once.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from importlib import resources
from itertools import accumulate, chain
from typing import TYPE_CHECKING, Any

import numpy as np

from ._bands import band_names
from ._context import company_by_context
from ._cues import ArticleCues
from ._features import _crc, span_codes, span_feature_parts, span_features
from ._gazetteer import _read, load_rare_words, name_key
from ._lockstep import TyperAsk
from ._role_before import role_nouns
from ._tokens import _inflected, display_of
from ._words import (
    ARTICLES,
    COMMON_GIVEN_NAMES,
    CORP_DESCRIPTORS,
    CUE_AFTER,
    PERSON_SUFFIXES,
)

if TYPE_CHECKING:
    from collections.abc import Generator

    from ._candidate import _Cand
    from ._gazetteer import Gazetteer

__all__ = ["CLASSES", "SpanTyper", "span_feature_parts", "span_features", "load_typer"]

CLASSES = ("none", "person", "organization", "location")
#: Words after a demonym that make it stand for its state ("Japanese officials").
STATE_WORDS = frozenset(
    "government officials authorities troops forces embassy army military police leader "
    "leaders president prime foreign defense defence state navy air".split()
)


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
                codes[k] = cache[s] = _crc(s)
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

    def proba_of_codes(self, codes: list[bytes]) -> np.ndarray:
        """:meth:`proba` of candidates given their features' CRC-32 codes as
        :func:`._features.span_codes` gives them (native int64 bytes), one per candidate."""
        if not codes:
            return np.zeros((0, len(CLASSES)))
        idx = np.frombuffer(b"".join(codes), dtype=np.int64) & self.mask
        return self._proba_of_index(idx, [len(c) >> 3 for c in codes])

    def _proba_of_codes(self, codes: list[int], lengths: list[int]) -> np.ndarray:
        """Class probabilities of candidates whose features have these CRC-32 codes, the
        candidates' ``lengths`` codes after one another."""
        # The columns of all candidates at once (as hash_features gives them, list by list).
        idx = np.array(codes, dtype=np.int64)
        idx &= self.mask
        return self._proba_of_index(idx, lengths)

    def _proba_of_index(self, idx: np.ndarray, lengths: list[int]) -> np.ndarray:
        """Class probabilities of candidates with these columns, the candidates'
        ``lengths`` columns after one another."""
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


#: The rule type of a training row the rules dropped before the typer (``typer_stages``'
#: ``dropped``): no actor.
DROPPED = "dropped"

# Gazetteer kinds the learned typer is not asked about outside headlines and longer names.
_SURE_KINDS = frozenset(("name", "alias"))


def _named_in_full(c: _Cand, actor: str | None, atype: str | None, gaz: Gazetteer) -> bool:
    """True when ``c`` is one capitalised word that resolution made a person the article
    names in full from a given name; the typer, which reads such a word by its spelling and
    would drop an everyday one ("stern", "peel", "white", "rock"), is not asked, as the
    article's own full name says more. Either its surname anywhere but after "the", "a" or
    "an" ("Howard Stern ... Citadel said Stern had", "Wes Brown ... alongside Brown", "Stern
    recently announced"), or any such one word resolved to a person ("Steven" for Steven
    Gerrard, "Xi", "Zelenskyy") not after a determiner (:data:`._words.ARTICLES`: "the Bond
    universe", "his Town") and, opening a sentence, only before a verb ("Steven is above")."""
    if actor is None or len(c.tokens) != 1 or c.heading:
        return False
    first, _, last = actor.partition(" ")
    if first not in gaz.first_names:
        return False
    if last and last.rpartition(" ")[2] == c.tokens[0] and c.prev not in ("the", "a", "an"):
        return True
    return (
        atype == "person"
        and (not c.initial or c.nxt.split(" ", 1)[0] in CUE_AFTER)
        and c.prev not in ARTICLES
        and actor != display_of(tuple(c.tokens))
    )


def _article_cues(text: str, decided: list[tuple[_Cand, str | None, str | None]]) -> ArticleCues:
    """The article's cues (:class:`._cues.ArticleCues`), with the first words of its longer
    candidates outside headings."""
    cues = ArticleCues(text)
    cues.heads = {
        c.tokens[0].casefold() for c, _, _ in decided if len(c.tokens) > 1 and not c.heading
    }
    return cues


def typer_stages(
    text: str,
    decided: list[tuple[_Cand, str | None, str | None]],
    gaz: Gazetteer,
    typer: SpanTyper | None,
    collect: list | None,
    placed: dict[int, str | None] | None = None,
    from_ner: bool = False,
    dropped: list[_Cand] | None = None,
) -> Generator[TyperAsk | None, Any, list[tuple[_Cand, str | None, str | None]]]:
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
    With ``collect``, ``dropped`` holds candidates the rules dropped as no actor (none
    overlapping ``decided``): each is appended to ``collect`` too, as ``(c, None,
    DROPPED, features)`` with its type when dropped as the rules' decision, so the
    typer's training sees the junk the rules now keep from it at run time.
    """
    if not decided and not dropped:
        return decided
    cues: ArticleCues | None = None  # read when the first candidate is asked about
    within = _within_orgs(
        [(c.start, c.end) for c, _, _ in decided],
        [(c.start, c.end) for c, _, t in decided if t == "organization"],
    )
    # The feature codes of each candidate asked about (their strings when training).
    features = span_codes if collect is None else span_feature_parts
    surnames = typer.surnames if typer else frozenset()
    feats: list = []
    asked = []  # the candidates the typer is asked about
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
        if collect is None and _named_in_full(c, actor, atype, gaz):
            continue  # "Howard Stern ... Citadel said Stern had": the article's person
        resolved = actor is not None and actor != display_of(tuple(c.tokens))
        # (each candidate afresh: a name seldom recurs in the same context, about 1 in 100)
        if cues is None:
            cues = _article_cues(text, decided)
        feats.append(features(text, c, gaz, cues, inside, atype, resolved, surnames))
        asked.append(k)
    if collect is not None:
        collect.extend(
            (c, actor, atype, [*f[0], *f[2]])
            for (c, actor, atype), f in zip(decided, feats, strict=True)
        )
        for c in dropped or ():
            if cues is None:
                cues = _article_cues(text, decided)
            f = features(text, c, gaz, cues, False, c.type, False, surnames)
            collect.append((c, None, DROPPED, [*f[0], *f[2]]))
        return decided
    assert typer is not None
    proba = (yield TyperAsk(typer, feats)).tolist()  # the typer's rows, sent back
    th = typer.thresholds
    t_drop, t_retype, t_take = th["drop"], th["retype"], th["take"]
    t_drop_known, t_drop_other = th["drop_known"], th["drop_other"]
    t_drop_demonym = th["drop_demonym"]
    t_take_head = th.get("take_head", 2.0)  # older manifests: never take up a headline name
    out = list(decided)
    retyped: list[int] = []
    for k, p in zip(asked, proba, strict=True):
        c, actor, atype = decided[k]
        best = p.index(max(p))  # the first of the highest, as max(range(4), key=...) gives
        if atype is None:
            # A headline's or a sentence's first word: its capital says nothing of a name.
            lone_start = c.initial and len(c.tokens) == 1
            if (
                best
                and p[best] >= (t_take_head if c.heading or lone_start else t_take)
                and not _office(c, gaz)
            ):
                actor, atype = display_of(tuple(c.tokens)), CLASSES[best]
        elif atype == "organization" and _body_name(c):
            pass  # "Equitable Life Assurance Society": a body's whole name, kept
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
            and actor == display_of(tuple(c.tokens))
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
            if t == "person" and len(c.tokens) == 1 and a != display_of(tuple(c.tokens)):
                if pj is not None and pj[1] >= t_retype:
                    by_surname.add((a, c.tokens[0]))
        for k in retyped:
            c, actor, _ = out[k]
            if (actor, c.tokens[-1]) in by_surname and _personal_name(c.tokens, gaz):
                out[k] = (c, actor, "person")
    probs = dict(zip(asked, proba, strict=True))
    by_cand = {id(out[k][0]): p for k, p in probs.items()}
    out = band_names(text, out, probs, gaz)  # "Judas Priest" in a story about bands
    # band_names may add names from a written-out list, which moves the indices: the rows
    # go with their candidates.
    probs = {k: by_cand[id(c)] for k, (c, _, _) in enumerate(out) if id(c) in by_cand}
    out = _everyday_openers(text, out, gaz, placed)
    out = _company_pairs(text, out, gaz)
    out = _one_type_per_name(out, probs, placed)
    # "Kuwait's Oil Minister", "Cabinet Secretary": a portfolio's minister or secretary is an
    # office, no organisation ("Council of Ministers", "Office of the ... Minister" are).
    out = [
        (c, None, None)
        if t == "organization"
        and c.entry is None
        and len(c.tokens) > 1
        and c.tokens[-1] in ("Minister", "Secretary")
        and not {"of", "Office", "Ministry"} & set(c.tokens)
        else d
        for d in out
        for c, _, t in (d,)
    ]
    return role_nouns(out, gaz)  # "goalkeeper Energy Murambadoro", "club Hapoel Bnei Sakhnin"


#: The last words of a body's name the rules read whole (three words or more, none known).
_BODY_ENDS = frozenset(
    "Society Association Institute Institution University Foundation Federation Commission"
    " Council Authority Inc Corp Co Ltd Plc Corporation Company Incorporated Limited".split()
)


def _body_name(c: _Cand) -> bool:
    """True for a name of three words or more, no gazetteer's, ending in a body's word or a
    legal form ("Equitable Life Assurance Society of the United States"): never dropped."""
    head = c.tokens[: c.tokens.index("of")] if "of" in c.tokens else c.tokens
    return (
        c.entry is None
        and not c.heading
        and len(c.tokens) >= 3
        and head[-1] in _BODY_ENDS
        and c.tokens[0][:1].isupper()
        and not c.tokens[0].isupper()  # "US Equal Employment Opportunity Commission": two
    )


#: Words after a lone opening word that make it a speaker: "Latex said" would be a name.
_SPEAKING = frozenset(("said", "says", "told", "added", "announced", "reported"))


def _everyday_openers(
    text: str,
    out: list[tuple[_Cand, str | None, str | None]],
    gaz: Gazetteer,
    placed: dict[int, str | None] | None,
) -> list[tuple[_Cand, str | None, str | None]]:
    """No actor for a lone everyday word capitalised only by its place: "Householders who
    injure ... protects householders", "One-X brown was traded ... one-X". A one-word
    candidate no gazetteer knows, kept under its own spelling, that opens a sentence or
    sits in a Title Case headline, is dropped when the word is an everyday one (in the
    lists of lower-case words, or written in lower case elsewhere in the article) and the
    article never writes it capitalised in running text, closing a longer name, nor makes
    it speak ("X said"). A name the article resolves ("Howard Stern ... Stern will join",
    "Orange SA ... Orange") or the gazetteer holds is untouched.
    """
    found = []
    for k, (c, actor, atype) in enumerate(out):
        if atype is None or not (c.initial or c.heading) or len(c.tokens) != 1:
            continue
        word = c.tokens[0]
        if (
            c.entry is None
            and not c.sure
            and word[:1].isupper()
            and not word.isupper()
            and actor == display_of(tuple(c.tokens))
            and not (placed and id(c) in placed)
            and c.nxt.split(" ", 1)[0] not in _SPEAKING
        ):
            found.append(k)
    if not found:
        return out
    # The article's evidence of a name: the word capitalised in running text, closing a
    # longer name ("Roni Size ... Size, whose album"), or speaking ("Size said").
    words = {out[k][0].tokens[0] for k in found}
    running = set()
    for c, _, t in out:
        first, last = c.tokens[0], c.tokens[-1]
        if first in words and (not (c.initial or c.heading) or c.nxt.split(" ", 1)[0] in _SPEAKING):
            running.add(first)
        if last in words and t is not None and len(c.tokens) > 1:
            running.add(last)
    rare = load_rare_words()
    out = list(out)
    for k in found:
        c = out[k][0]
        word = c.tokens[0]
        if word in running:
            continue
        low = word[0].lower() + word[1:]
        if (
            low.lower() in gaz.common_words
            or low.lower() in rare
            # "Christmases", "Diminutive"; not a short name ("Reed": no inflection of "re")
            or len(low) > 5 and _inflected(low.lower(), gaz.common_words)
            # "one-X" lower case is the grade's, "e-University" still a name's
            or all(len(p) < 2 or p.islower() for p in word.split("-")[1:])
            and low in text
            and re.search(rf"(?<![\w-]){re.escape(low)}(?![\w-])", text)
        ):
            out[k] = (c, None, None)
    return out


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
            and actor == display_of(tuple(c.tokens))
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


def _office(c: _Cand, gaz: Gazetteer) -> bool:
    """True when ``c`` names an office, no actor: a title ("the Prime Minister", "Attorney
    General") or a portfolio's minister or secretary ("The Planning Minister said")."""
    return c.tokens[-1].casefold() in _OFFICE_HEADS or name_key(c.tokens) in gaz.titles


_OFFICE_HEADS = frozenset({"minister", "ministers", "secretary", "secretaries"})


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
    out: list[tuple[_Cand, str | None, str | None]],
    proba: dict[int, list[float]],
    placed: dict[int, str | None] | None = None,
) -> list[tuple[_Cand, str | None, str | None]]:
    """One type for a name no gazetteer knows, wherever the article writes it.

    "Market leader Nintendo, however" reads as a person and "Nintendo says" as an
    organisation: the mentions of one unknown name kept under two types all take the type
    most of them have, ties broken by the typer's probabilities summed over the mentions.
    A mention the placer read as a town of no known country from its own words
    ("Residents of Kunduzabad"; not a listed city such as "Chelsea", whose club is as
    likely) outweighs the others, whose types are the typer's guesses.
    """
    types: dict[str, set[str]] = {}
    for c, actor, atype in out:
        if atype is not None and c.entry is None and actor == display_of(tuple(c.tokens)):
            types.setdefault(actor, set()).add(atype)
    mixed = {a for a, ts in types.items() if len(ts) > 1}
    if not mixed:
        return out
    votes: dict[str, list[float]] = {}
    one, sure = len(out), len(out) * (len(out) + 1)
    for k, (c, actor, atype) in enumerate(out):
        if actor in mixed and atype is not None and c.entry is None:
            v = votes.setdefault(actor, [0.0] * len(CLASSES))
            # a mention's type outweighs any sum; a placed one, all the others together
            v[CLASSES.index(atype)] += sure if atype == "location" and _town(c, placed) else one
            for t, p in enumerate(proba.get(k, ())):
                v[t] += p
    for k, (c, actor, atype) in enumerate(out):
        v = votes.get(actor) if atype is not None and c.entry is None else None  # type: ignore[arg-type]
        if v is not None:
            out[k] = (c, actor, CLASSES[max(range(1, len(CLASSES)), key=v.__getitem__)])
    return out


def _town(c: _Cand, placed: dict[int, str | None] | None) -> bool:
    """Whether the placer read ``c`` as a town of no known country from its own words."""
    return bool(placed) and id(c) in placed and placed[id(c)] is None


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
