"""The sentence scanner behind :mod:`newsanalytics.actors`.

It scans sentences for candidate mentions: runs of capitalised words, looked up in a
:class:`~newsanalytics.actors._lexicon.Lexicon` or segmented by a
:class:`~newsanalytics.actors._runs.RunClassifier` into known names, titles and unknown names
that get a type guess. Resolution across the article happens in
:mod:`newsanalytics.actors._extractor`.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ._candidate import _Cand
from ._dropped import lone_dropped
from ._gazetteer import ABBREVIATIONS, Entry, fold_word, load_rare_words, tokenize_name
from ._lexicon import Lexicon
from ._prefixed import adjective_after_prefix
from ._runs import RunClassifier
from ._tokens import _CTX_RE, _QUOTES, _line_start, _next_two
from ._words import (
    LINKS,
    NAME_PARTICLES,
    NOT_NAMES,
    NOT_PEOPLE,
    PREFIXES,
    RUN_LINK,
    SMALL_WORDS,
    WIRES,
)

__all__ = ["Scanner", "mid_sentence_names", "wire_credit"]

_WORD = r"(?:[A-Z\u00c0-\u00d6\u00d8-\u00de]|(?:al|el)-[A-Z])[\w&'\u2019.\-]*"
_GAP = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
# Two name particles in a row join a name too: "Ursula von der Leyen", "Oscar de la Hoya";
# and a Romance "and" with a particle, in a firm's name: "Compania Industrial y de
# Abastecimiento", "Banco Nacional de Comercio e de Industria".
_PARTICLES = (
    r"(?:(?:van|von|de|da|di|dos|das)[ \t]+(?:der|den|de|la|las|los|le|l')[ \t]+"
    r"|(?:y|e)[ \t]+(?:de|del|da|do|di|des|du)[ \t]+(?:(?:la|las|los)[ \t]+)?)"
)
_LINK = rf"(?:{_PARTICLES}|{RUN_LINK}{_GAP})"
_RUN_RE = re.compile(rf"{_WORD}(?:{_GAP}{_LINK}?{_WORD})*")
# The same without the "al-Assad" words: quicker, and the same runs in a sentence with no "l-".
_CAP_WORD = r"[A-Z\u00c0-\u00d6\u00d8-\u00de][\w&'\u2019.\-]*"
_RUN_PLAIN_RE = re.compile(rf"{_CAP_WORD}(?:{_GAP}{_LINK}?{_CAP_WORD})*")
_THREE_LOWER_RE = re.compile(r"\b[a-z][a-z]*\b(?:.*?\b[a-z][a-z]*\b){2}", re.S)
_POSSESSIVES = frozenset({"'s", "\u2019s", "'S", "\u2019S"})
# "\b[A-Z][a-z]" and "\b[A-Z][A-Z]+\b", written to start with a character set: the regex
# engine then skips ahead to the next capital instead of trying every position.
_TITLE_WORD_RE = re.compile(r"[A-Z](?<!\w[A-Z])[a-z]")
_CAPS_RE = re.compile(r"[A-Z](?<!\w[A-Z])[A-Z]+\b")
# A capitalised word after a lower-case letter or a comma and a space. Written to start
# with the literal space, which lets the regex engine skip ahead to it, and the look-behind
# checked there: opening with the look-behind ("(?<=[a-z,] )[A-Z][a-z]+\b") it is tried at
# every position.
_MID_CAP_RE = re.compile(r" (?<=[a-z,] )([A-Z][a-z]+)\b")
# A brand's name with a lower-case head: "eBay", "easyJet", "iVillage" (not "mRNA", "pH").
_BRAND_RE = re.compile(r"[a-z]{1,4}(?:[A-Z][a-z]+)+")
_LABEL_RE = re.compile(r"[ \t]+-?[\d.,]+[ \t]")  # a table label: "Backlog 28.1 mln"
_FIRST_ALPHA_RE = re.compile(r"[^\W\d_]")
# What comes right before a news agency's name in a credit: "(Reuters)", "(AP Photo/...)",
# "Jacquelyn Martin/AP", "Photo by AP", "Reporting by Reuters", "(c) Reuters", "Copyright
# 1987 Reuters"; and right after it: "AP Photo", "Reuters Pictures".
_CREDIT_BEFORE_RE = re.compile(
    r"(?:[(/]|\b(?:photo|picture|image|reporting|editing|writing|compiled)[ \t]+by[ \t]+"
    r"|\u00a9[ \t]*|\(c\)[ \t]*|\bcopyright[ \t]+(?:\d{4}[ \t]+)?)$",
    re.IGNORECASE,
)
_CREDIT_AFTER_RE = re.compile(r"[ \t]*(?:\)|(?:Photos?|Pictures?|Images|Video)\b)")
# A line that holds a credit: the name alone, after "By" or a dash ("-- AP", "By Reuters").
_CREDIT_LINE_BEFORE_RE = re.compile(r"^[ \t]*(?:(?:by|--?|\u2013|\u2014)[ \t]*)?$", re.I | re.M)


def mid_sentence_names(text: str) -> frozenset[str]:
    """The capitalised words ``text`` uses in mid-sentence: ``[A-Z][a-z]+`` words after a
    lower-case letter or a comma and a space ("met by Sun", "said, Kerry"), what
    ``re.findall(r"(?<=[a-z,] )[A-Z][a-z]+\b", text)`` finds.

    Examples
    --------
    >>> sorted(mid_sentence_names("Sun rose. He met Sun and Moon Bay, Inc at ABC."))
    ['Bay', 'Inc', 'Moon', 'Sun']
    """
    return frozenset(_MID_CAP_RE.findall(text))


class Scanner:
    """The sentence scanner: finds the runs of capitalised words of a sentence and types them.

    It holds a :class:`~newsanalytics.actors._lexicon.Lexicon` (a run that is one known name
    is settled by one look-up) and a
    :class:`~newsanalytics.actors._runs.RunClassifier` over the same lexicon (the other runs).
    """

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.runs = RunClassifier(lex)
        gaz = lex.gaz
        # The tables scan() reads for every sentence, one attribute away.
        self._tables = (
            gaz,
            gaz.exact,
            gaz.folded,
            lex.user,
            gaz.common_words,
            gaz.first_keys,
            gaz.first_names,
            gaz.people_short,
        )

    def scan(
        self,
        text: str,
        cs: int,
        ce: int,
        sent: int,
        heading: bool,
        all_caps: bool,
        out: list[_Cand],
        names_here: frozenset[str] = frozenset(),
        rare: frozenset[str] = frozenset(),
    ) -> None:
        """Append the candidates of the sentence ``text[cs:ce]`` to ``out``.

        Only runs of capitalised words are tokenized, with a few words of context on each
        side: that keeps extraction cheaper than the sentiment scoring of the same text.
        ``names_here`` holds the words the article capitalises mid-sentence ("by Sun"): such
        a common word opening a sentence still opens a name. It is the article's, passed
        per call, so one scanner serves any number of articles at once.
        """
        first = _FIRST_ALPHA_RE.search(text, cs, ce)
        first_alpha = first.start() if first else ce
        lex = self.lex
        gaz, exact, folded, user, common_words, first_keys, first_names, people_short = self._tables
        run_re = _RUN_RE if text.find("l-", cs, ce) >= 0 else _RUN_PLAIN_RE
        for m in run_re.finditer(text, cs, ce):
            rs, re_ = m.span()
            if (
                rs > cs
                and text[rs - 1].isalpha()
                and self._glued(text, rs, re_, cs, sent, heading, all_caps, out, names_here)
            ):
                continue  # "eBay", "iPods", "mRNA": not "Bay", "Pods", "RNA"
            word = m.group()
            if rs <= first_alpha and word.isalpha():
                # Fast path: a sentence-initial common word standing alone ("The", "But").
                low = word.lower()
                if (
                    low in common_words
                    and low not in first_keys
                    and word not in first_names
                    and low not in people_short
                    and word not in names_here
                    and (re_ >= ce or text[re_] != ":")
                ):
                    continue
            plain = word.isalpha()
            if not plain and " " not in word and "\n" not in word:
                # "Kerry." at a sentence end, "Obama's": still one plain word.
                core = word
                if core[-1] == "." and core.lower() not in ABBREVIATIONS and core[:-1].isalpha():
                    core = core[:-1]
                if core[-2:] in _POSSESSIVES and core[:-2].isalpha():
                    core = core[:-2]
                if core.isalpha():
                    word, re_ = core, rs + len(core)
                    plain = True
            if not plain and " " not in word and "\n" not in word and "." in word:
                # "U.S.", "U.N.": a dotted acronym the gazetteer knows.
                entry = lex.lookup((word,), all_caps=all_caps)
                if entry is not None and entry.kind != "place" and word[0].isupper():
                    prev = _prev_word(text, cs, rs)
                    out.append(
                        _Cand(
                            rs,
                            re_,
                            sent,
                            [word],
                            entry.type,
                            entry.canonical,
                            entry,
                            rs <= first_alpha,
                            heading,
                            prev,
                        )
                    )
                    continue
            if plain:
                if len(word) == 1 and rs <= first_alpha:
                    continue  # "A", "I" opening a sentence
                if text[rs - 1 : rs] == "-" and _prefixed(text, rs):
                    entry = exact.get(word) or folded.get(word.casefold())
                    if (entry is None and adjective_after_prefix(word, lex.lookup)) or (
                        entry is not None and entry.kind == "demonym"
                    ):
                        # "anti-Semitic": an attribute, no actor; "pro-Russian": no
                        # mention of Russia
                        if self.runs.dropped is not None:
                            self.runs.dropped.append(
                                lone_dropped(text, word, rs, re_, cs, ce, sent, heading, first_alpha)
                            )
                        continue
                # Fast path for the most common run: one plain word.
                if word in NOT_PEOPLE or (word in WIRES and wire_credit(text, rs, re_)):
                    continue
                if user or word.isupper():
                    entry = lex.lookup((word,), all_caps=all_caps)
                else:  # the common case, inlined: a Title-case word
                    entry = exact.get(word) or folded.get(word.casefold())
                if entry is None:
                    if _LABEL_RE.match(text, re_) is None:  # not "Shr 12 cts", "Net 1.2 mln"
                        self.runs.single(
                            text, word, rs, re_, cs, ce, sent, heading, all_caps, first_alpha, out,
                            rare, names_here,
                        )  # fmt: skip
                elif entry.kind != "place" or entry.country:  # a city is reported too
                    # The word before matters for places only: "in Montenegro", "Montenegro said".
                    prev = _prev_word(text, cs, rs) if entry.type == "location" else ""
                    out.append(
                        _Cand(
                            rs,
                            re_,
                            sent,
                            [word],
                            entry.type,
                            entry.canonical,
                            entry,
                            rs <= first_alpha,
                            heading,
                            prev,
                        )
                    )
                continue
            if (
                not user
                and "\n" not in word
                and "'" not in word
                and "\u2019" not in word
                and "  " not in word
            ):
                # Fast path: the whole run is one known name ("United States", "New York").
                core, crs = word, rs
                if core.startswith(("The ", "the ")):
                    core, crs = core[4:], rs + 4
                if core.endswith(".") and core.rsplit(" ", 1)[-1].lower() not in ABBREVIATIONS:
                    core = core[:-1]
                entry = folded.get(core.replace(".", "").casefold())
                if entry is not None:
                    if entry.kind != "place" or entry.country:
                        ws = core.split()
                        prev = _prev_word(text, cs, crs)
                        found = [(crs, crs + len(core), ws, entry)]
                        if entry.type == "organization":
                            # "U.S. Agriculture Department" names the country too: inside
                            # the name, or beside a known body ("US Federal Reserve").
                            pre = lex.match(ws, 0, len(ws) - 1, False)
                            if pre and pre[1].type == "location" and pre[1].kind != "place":
                                k = lex.country_before(ws, 0, len(ws), False, entry)
                                place_end = crs + len(" ".join(ws[: pre[0]]))
                                if k:
                                    found[0] = (place_end + 1, crs + len(core), ws[k:], entry)
                                found.append((crs, place_end, ws[: pre[0]], pre[1]))
                        initial = crs <= first_alpha
                        for start, end, found_words, e in found:
                            out.append(
                                _Cand(
                                    start,
                                    end,
                                    sent,
                                    found_words,
                                    e.type,
                                    e.canonical,
                                    e,
                                    initial and start == crs,
                                    heading,
                                    prev if start == crs else ws[k - 1].lower(),
                                )
                            )
                    continue
            # The run's tokens with offsets from its start (most runs are new to the
            # scanner: keeping them would only give the garbage collector work).
            words, starts, ends, all_whole = _run_parts(word)
            whole = _whole_run(words, all_whole)
            if all_caps:
                # An ALL-CAPS line yields known names only: skip a run with no word that
                # starts one (what _match and _known_person look up first).
                user_first, people_first = lex.user_first, gaz.people_first
                for tok in words:
                    key = fold_word(tok)
                    if first_keys.get(key, 0) or key in user_first or key in people_first:
                        break
                else:
                    continue
            # The run's words with a few words of context; the offsets of its words from
            # ``rs`` are ``starts[k - nb]`` and ``ends[k - nb]`` for the word ``toks[k]``.
            before = _CTX_RE.findall(text, max(cs, rs - 40), rs)[-3:]
            toks = before + words
            toks += _next_two(text, re_, min(ce, re_ + 30))
            nb = len(before)
            pieces: list[list[int]]
            if whole is not None:
                # Nothing splits the run (what the loop below finds, known from its words).
                pieces = [list(range(nb + whole[0], nb + whole[1]))]
            else:
                # Wire names in a credit and words not capitalised split a run.
                pieces = [[]]
                for k in range(nb, nb + len(words)):
                    tok = toks[k]
                    if not (tok[0].isupper() or tok in LINKS or tok.startswith(("al-", "el-"))) or (
                        tok in WIRES and wire_credit(text, rs + starts[k - nb], rs + ends[k - nb])
                    ):
                        pieces.append([])
                    else:
                        pieces[-1].append(k)
            for run in pieces:
                while run and toks[run[-1]] in LINKS:
                    run.pop()
                while run and (toks[run[0]] in LINKS or not toks[run[0]][0].isalpha()):
                    run.pop(0)
                if not run:
                    continue
                k0 = run[0]
                prev = toks[k0 - 1].lower() if k0 > 0 else ""
                at = rs + starts[k0 - nb]
                initial = (
                    at <= first_alpha
                    or (prev in _QUOTES and prev != "-")
                    or _line_start(text, cs, at)
                )
                self.runs.segment(
                    text, toks, run, sent, heading, all_caps, initial, prev, out, names_here, rare,
                    (rs, nb, starts, ends),
                )  # fmt: skip

    def keep_dropped(self, sink: list[_Cand] | None) -> None:
        """Training only: from now on append to ``sink`` the words the rules drop as no
        actor before they become candidates (:attr:`RunClassifier.dropped`); None stops."""
        self.runs.dropped = sink

    def _glued(
        self,
        text: str,
        rs: int,
        re_: int,
        cs: int,
        sent: int,
        heading: bool,
        all_caps: bool,
        out: list[_Cand],
        names_here: frozenset[str],
    ) -> bool:
        """The run ``text[rs:re_]`` whose first capital follows lower-case letters: that
        word is a brand's name ("eBay", "easyJet", "iVillage"): a known name, else a company;
        unless it names a thing ("iPod", "iTunes": ``NOT_NAMES``) or its capitals end it
        ("mRNA", "vCJD", "pH"). The words after it are scanned as a run of their own. Only
        after "e", "i" or a head of four letters or more ("easyJet"); False (nothing done)
        after a name particle ("Neil deGrasse Tyson") or a shorter head, a typo's."""
        gs, we, word = _glued_word(text, cs, rs, re_)
        head = text[gs:rs]
        if word[len(head) :].isupper():
            return True  # "mRNA", "phpBB", "pH": no name
        if head in NAME_PARTICLES or (len(head) < 4 and head not in ("e", "i")):
            return False  # "deGrasse"; a typo's "ofNew Labour", "sGeorge A. Vonder Linden"
        if not all_caps and _BRAND_RE.fullmatch(word) and word not in NOT_NAMES:
            # A spelling no common word or person's name has: as sure as a gazetteer's name.
            entry = self.lex.lookup((word,), all_caps=False) or Entry(word, "organization", "name")
            out.append(
                _Cand(
                    gs,
                    gs + len(word),
                    sent,
                    [word],
                    entry.type,
                    entry.canonical,
                    entry,
                    False,
                    heading,
                    _prev_word(text, cs, gs),
                    " ".join(_next_two(text, gs + len(word), gs + len(word) + 30)).lower(),
                )
            )
        if we < re_:
            self.scan(text, we, re_, sent, heading, all_caps, out, names_here)
        return True


def _prefixed(text: str, start: int) -> bool:
    """True when a lower-case prefix and a hyphen come right before ``start`` ("anti-",
    "pro-", "non-")."""
    k = start - 1
    j = k
    while j > 0 and j > k - 6 and text[j - 1].isalpha():
        j -= 1
    return text[j:k] in PREFIXES and not (j > 0 and text[j - 1].isalnum())


def wire_credit(text: str, start: int, end: int) -> bool:
    """Whether the news agency named at ``text[start:end]`` is a credit, not an actor.

    A credit: in parentheses ("LONDON (Reuters) -", "(TheBlaze/AP)"), after a slash
    ("Jacquelyn Martin/AP"), "Photo by", "Reporting by" or a copyright sign, before "Photo"
    ("AP Photo/Evan Vucci"), or on a line of its own, alone or after "By" or a dash
    ("-- AP"). In running text the agency is an organisation like any other ("told
    Reuters", "Weak dollar hits Reuters", "the official Tanjug news agency reported").
    """
    if _CREDIT_AFTER_RE.match(text, end) or _CREDIT_BEFORE_RE.search(
        text, max(0, start - 24), start
    ):
        return True  # "(Reuters)", "(TheBlaze/AP)", "Photo by AFP", "AP Photo"
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    if hi < 0:
        hi = len(text)
    return _CREDIT_LINE_BEFORE_RE.match(text, lo, start) is not None and not text[end:hi].strip(
        " \t.)\r\x03"
    )


def _glued_word(text: str, lo: int, rs: int, re_: int) -> tuple[int, int, str]:
    """The word whose capital at ``rs`` follows lower-case letters: its start, its end in the
    run ``text[rs:re_]`` and the word, without a possessive or a final full stop."""
    gs = rs - 1
    while gs > lo and text[gs - 1].isalpha():
        gs -= 1
    we = rs
    while we < re_ and not text[we].isspace():
        we += 1
    word = text[gs:we]
    if word[-2:] in _POSSESSIVES:
        word = word[:-2]
    return gs, we, word.rstrip(".")


def _prev_word(text: str, lo: int, pos: int) -> str:
    """The word (or punctuation mark) right before ``pos``, lower-cased."""
    ctx = _CTX_RE.findall(text, max(lo, pos - 12), pos)
    return ctx[-1].lower() if ctx else ""


def _run_parts(run: str) -> tuple[list[str], list[int], list[int], bool]:
    """``tokenize_name`` for a run of capitalised words, quicker on plain words, as its
    tokens, their starts and their ends in ``run``; and whether all its tokens keep the run
    whole (see :func:`_whole_run`), found in the same pass."""
    words: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    whole = True
    pos = 0
    for piece in run.split():
        start = run.index(piece, pos)
        pos = start + len(piece)
        if piece.isalpha() or (len(piece) == 2 and piece[1] == "." and piece[0].isupper()):
            words.append(piece)  # "Trump", and "J." in a name
            starts.append(start)
            ends.append(pos)
            if whole and (piece in WIRES or not (piece[0].isupper() or piece in LINKS)):
                whole = False
        else:
            toks = _piece_tokens(piece)
            for tok, ts, te in toks:
                words.append(tok)
                starts.append(start + ts)
                ends.append(start + te)
            if whole and not _whole_piece(toks):
                whole = False
    return words, starts, ends, whole


@lru_cache(maxsize=65536)
def _whole_piece(toks: tuple[tuple[str, int, int], ...]) -> bool:
    """No token of a piece splits a run (see :func:`_whole_run`)."""
    return not any(
        tok in WIRES or not (tok[0].isupper() or tok in LINKS or tok.startswith(("al-", "el-")))
        for tok, _, _ in toks
    )


def _whole_run(rel: list[str], whole: bool) -> tuple[int, int] | None:
    """``(lo, hi)``: the run's tokens ``rel[lo:hi]`` once the links at its ends are dropped,
    when no word splits it (``whole``: no word is uncapitalised, nor a wire name, which may
    be a credit: :func:`wire_credit`); None when one may."""
    if not whole:
        return None
    lo, hi = 0, len(rel)
    while hi > lo and rel[hi - 1] in LINKS:
        hi -= 1
    while lo < hi and (rel[lo] in LINKS or not rel[lo][0].isalpha()):
        lo += 1
    return lo, hi


@lru_cache(maxsize=65536)
def _piece_tokens(piece: str) -> tuple[tuple[str, int, int], ...]:
    """``tokenize_name(piece)``: pieces such as "U.S.", "Corp." and "Obama's" recur."""
    return tuple(tokenize_name(piece))


# ------------------------------------------------------------------ headlines
_WORD_RE = re.compile(r"[^\W\d_][\w'\u2019\-]*")
# A lower-case word that is not one of the small words a Title Case headline keeps lower.
_LOWER_WORD_RE = re.compile(
    r"(?<![\w'\u2019\-])(?!(?:" + "|".join(sorted(SMALL_WORDS)) + r")(?![\w'\u2019\-]))[a-z]"
)


_NO_WORDS: frozenset[str] = frozenset()
_CAP_RE = re.compile(r"\b[A-Z][a-z]+\b")


def _headline_rare_words(text: str, start: int, end: int, caps: Counter[str]) -> frozenset[str]:
    """The words of the Title Case headline ``text[start:end]`` that English writes in lower
    case only ("Stocks Slide On Fed, Ukraine Jitters", "Return To CNN Airwaves"): rarer words
    (:func:`load_rare_words`) the text capitalises nowhere else. A word the article repeats
    with a capital is a name ("J Gardener" in a results line, "Jason Gardener" below)."""
    rare = load_rare_words()
    return frozenset(
        w for w in _CAP_RE.findall(text, start, end) if caps[w] == 1 and w.lower() in rare
    )


def _title_case(text: str, start: int, end: int) -> bool:
    """A Title Case headline ("Meghan McCain Says Trump's GOP Is Unrecognizable")."""
    if end - start > 300 or _LOWER_WORD_RE.search(text, start, end) is not None:
        return False
    return len(_WORD_RE.findall(text, start, end)) >= 4
