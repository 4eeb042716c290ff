"""Titles of works that no cue word announces: films, shows, albums and books are nobody.

:func:`~newsanalytics.actors._context.named_works` reads the words an article puts around a
title ("the film Vera Drake"). Arts stories name most works bare ("competitors The Aviator
and Finding Neverland"), and any story may quote a show's title ("'Fox & Friends' Host"):
:func:`untitled_works` reads the title's own shape there.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ._candidate import _Cand
from ._context import _WORK_KINDS
from ._cues import letter_runs
from ._gazetteer import Gazetteer
from ._words import ARTS_WORDS, ORG_WORDS, PERIODICALS

__all__ = ["untitled_works"]

_ARTS_MIN = 3  # distinct arts words that make an arts story
# The arts words as written and capitalised; the words of a text, to meet them in one go.
_ARTS_FORMS = frozenset({*ARTS_WORDS, *(w.capitalize() for w in ARTS_WORDS)})
_WORD_RE = re.compile(r"[A-Za-z][a-z-]+")
# "The" inside a sentence, after a lower-case word, a comma or a dash: "competitors The
# Aviator", "- most likely The Aviator" (not a sentence's or a line's first word).
_INNER_THE_RE = re.compile(r"(?:[a-z,]|[a-z] -|\u2013|\u2014) The $")
# A Title Case phrase with an article inside it: "Harry Potter and the Prisoner of Azkaban",
# "Shaun of the Dead", "Lord of the Rings".
_CAP = r"[A-Z][\w-]*(?:['\u2019](?!s\b)[A-Za-z]+)?"  # not a possessive: "Metallica's"
_TITLE_RUN_RE = re.compile(
    rf"{_CAP}(?:\s+{_CAP})*(?:\s+(?:of|and|in|on|for|with|from|at|to)\s+(?:(?:the|a|an)\s+)?"
    rf"{_CAP}(?:\s+{_CAP})*)+"
)
# The article after "of" ("Shaun of the Dead"), or after "and" with an "of" later ("Harry
# Potter and the Prisoner of Azkaban"; "Frank Sinatra and the Rat Pack" is two names).
_ARTICLE_INSIDE_RE = re.compile(
    r"\s(?:of|(?:and|in|on|for|with|from|at|to)(?=.*\sof\s))\s+(?:the|a|an)\s+([A-Z][\w-]*)"
)
# Where such a phrase may be: a capitalised word after "of the" (a quick look first).
_ARTICLE_ANCHOR_RE = re.compile(r" (?:of|and|in|on|for|with|from|at|to) (?:the|a|an) [A-Z]")
_LINK_AFTER_RE = re.compile(r"\s+(?:of|and|in|on|for|with|from|at|to)\s")
_LINK_BEFORE_RE = re.compile(r"\s(?:of|and|in|on|for|with|from|at|to)\s+$")
# A quoted Title Case phrase: "'Fox & Friends' Host", "\u201cSaturday Night Live\u201d".
_QWORD = r"[\w.:-]*(?:['\u2019][A-Za-z]+)?"  # "O'Brien", "Friends'" (a quote's end)
_QUOTED_RE = re.compile(
    r"['\"\u2018\u201c](?<![\w'\u2019].)"  # the quote first: quicker to find
    rf"([A-Z0-9]{_QWORD}(?:[ \t]+(?:[A-Z0-9&]{_QWORD}|of|and|the|a|an|in|on|to|for|with)){{1,7}})"
    r"['\"\u2019\u201d](?!\w)"
)


def untitled_works(
    text: str,
    decided: list[tuple[_Cand, str | None, str | None]],
    gaz: Gazetteer,
) -> list[tuple[_Cand, str | None, str | None]]:
    """Names that are part of a work's title, or a title by its shape in an arts story.

    A name no gazetteer knows that the article writes only in quotes of its own is a
    title ("'Hamilton'", "\u201cJesus Shoes.\u201d"), wherever the story is; in an arts story,
    so is one written right after the possessive of a person known by a full name ("Mike
    Leigh's Vera Drake") that never speaks or acts there nor is a work's subject.

    A mention no gazetteer knows is part of a title, and no actor, when it lies inside a
    quoted Title Case phrase and is not the whole of it ("'Fox & Friends'"), or inside a
    Title Case phrase with an article after "of", "and" or a preposition, in an arts story,
    that names nothing the gazetteers know ("Harry Potter and the Prisoner of Azkaban").
    A name is a work's title, and none of its mentions an actor, when, in an arts story (three
    or more arts words: film, album, actress, nominated ...), it follows a capitalised "The"
    inside a sentence and is no plural ("competitors The Aviator"; "The Charlatans" may be a
    band) or opens with an everyday "-ing" word ("Finding Neverland").
    """
    unknown = [
        (c, a) for c, a, t in decided if c.entry is None and a and t in ("person", "organization")
    ]
    if not unknown:
        return decided
    decided = _cued_titles(text, decided)
    spans = _quoted_phrases(text, decided)
    works: set[str] = _always_quoted(text, decided, {a for _, a in unknown})
    # The story's words first: most stories are no arts story (the test reads the runs of
    # letters the article cues split the text into), and the rest asks it of arts stories.
    if _arts_story(text):
        works |= {a for c, a in unknown if not c.heading and _title_shape(text, c, gaz)}
        # A name with a small word beside it may lie in a Title Case phrase with an article.
        if _ARTICLE_ANCHOR_RE.search(text) is not None and any(
            _LINK_AFTER_RE.match(text, c.end)
            or _LINK_BEFORE_RE.search(text, max(0, c.start - 6), c.start)
            for c, _ in unknown
        ):
            spans = spans + _title_runs(text, decided, gaz)
        works |= _owned_works(text, decided, unknown)
    inside: set[int] = set()  # parts of a longer title: that mention only ("Fox & Friends")
    if spans:
        for c, actor in unknown:
            if actor not in works and any(
                s <= c.start and c.end <= e and (c.start, c.end) != (s, e) for s, e in spans
            ):
                inside.add(id(c))
    if not works and not inside:
        return decided
    return [
        (c, None, None) if c.entry is None and (a in works or id(c) in inside) else (c, a, t)
        for c, a, t in decided
    ]


# A kind of work, then its Title Case title: "Finnish film The Three Rooms of Melancholia",
# "the documentary Shake Hands With The Devil". Capitalised small words belong to the title;
# "of" is the only lower-case one read ("the film Closer with Julia Roberts" stops at "with").
_CUED_TITLE_RE = re.compile(
    rf"\b(?:{_WORK_KINDS}) +(?:The +)?({_CAP}(?: +(?:of +(?:the +)?)?{_CAP})*)"
)

_ACTS_AFTER_RE = re.compile(r"\s+(?:is|was|has|had|says|said|will|would|told)\b")


def _cued_titles(text: str, decided: list) -> list:
    """``decided`` without the mentions of unknown names inside a title after a kind of
    work ("film The Three Rooms of Melancholia": "Melancholia" is the film's; "the biopic
    Ray" is no mention of Ray Charles, though the story names him)."""
    if not any(w in text for w in ("film", "movie", "novel", "album", "documentary")):
        return decided
    runs = [
        m.span(1)
        for m in _CUED_TITLE_RE.finditer(text)
        if not _ACTS_AFTER_RE.match(text, m.end())  # "a downloaded movie NEC is showing"
    ]
    if not runs:
        return decided
    # The runs are in text order and apart: only the last one opening at or before a
    # mention can hold it (a look-up, not a pass over every run for every mention).
    starts = [s for s, _ in runs]

    def in_title(c: _Cand) -> bool:
        k = bisect_right(starts, c.start) - 1
        return k >= 0 and c.end <= runs[k][1]

    return [
        (c, None, None)
        if c.entry is None and t in ("person", "organization") and in_title(c)
        else (c, a, t)
        for c, a, t in decided
    ]


_OPEN_QUOTES = frozenset("'\"\u2018\u201c")
_CLOSE_QUOTES = frozenset("'\"\u2019\u201d")


def _always_quoted(text: str, decided: list, names: set) -> set[str]:
    """Unknown names the article writes only in quotes of their own: titles ("'Hamilton'",
    "\u201cJesus Shoes\u201d"), no actors; a person or a firm is named bare at least once."""
    out: set[str] = set()
    bare: set[str] = set()
    for c, a, _ in decided:
        if a not in names or a in bare:
            continue
        s, e = c.start, c.end
        if (
            s > 0
            and text[s - 1] in _OPEN_QUOTES
            and (s < 2 or not text[s - 2].isalnum())
            and _closes(text, e)
        ):
            out.add(a)
        else:
            bare.add(a)
    return out - bare


# A person's possessive right before a name: "Mike Leigh's Vera Drake", "Robbie Williams'
# Angels"; a name that speaks or acts anywhere is a person ("Leigh's Imelda Staunton said").
# A title's own article may stand between ("Massenet's Le Roi de Lahore", where the runs
# leave the article out of the name).
_TITLE_ARTICLES = ("Le", "La", "Les", "El", "Il", "Lo", "Der", "Die", "Das", "Het")
_OWNER_RE = re.compile(
    rf"([A-Z][\w-]*)(?:['\u2019]s|s['\u2019]) (?:(?:{'|'.join(_TITLE_ARTICLES)}) )?$"
)
# A name before a kind of work is its subject: "Scorsese's Howard Hughes biopic".
_SUBJECT_RE = re.compile(r"\s+(?:biopic|biography|film|movie|documentary|story|drama)\b")
_ACTS_RE = re.compile(r"\s+(?:says|said|told|tells|added|adds|who|,\s+who|,\s+\d{2},)\b")


def _owned_works(text: str, decided: list, unknown: list) -> set[str]:
    """Unknown names an arts story writes right after a person's possessive (the person's
    work: "Mike Leigh's Vera Drake"), that never speak or act in it."""
    # owners known by a full name ("Scorsese's", not a film's "Ray's")
    people = {c.tokens[-1] for c, a, t in decided if t == "person" and a and " " in a}
    if not people:
        return set()
    owned: set[str] = set()
    for c, a in unknown:
        # _OWNER_RE ends in a possessive, a space and the end (or a line break there), or
        # a title's article after them: without "s ", "' " or "\u2019 " in the last three
        # characters, nor such an article, it cannot match.
        tail = text[max(0, c.start - 3) : c.start]
        if (
            "s " not in tail
            and "' " not in tail
            and "\u2019 " not in tail
            and text[max(0, c.start - 4) : c.start - 1].rsplit(" ", 1)[-1] not in _TITLE_ARTICLES
        ):
            continue
        m = _OWNER_RE.search(text, max(0, c.start - 40), c.start)
        if m is not None and m.group(1) in people and m.group(1) not in c.tokens:
            owned.add(a)
    if not owned:
        return owned
    acting = {
        a
        for c, a in unknown
        if a in owned and (_ACTS_RE.match(text, c.end) or _SUBJECT_RE.match(text, c.end))
    }
    return owned - acting


def _closes(text: str, e: int) -> bool:
    """True when a closing quote ends a word at ``e``, after a stop or a comma or not
    (\u201cJesus Shoes.\u201d); not an apostrophe's "s" ("Hamilton's")."""
    if text[e : e + 1] in ".,":
        e += 1
    return text[e : e + 1] in _CLOSE_QUOTES and not text[e + 1 : e + 2].isalnum()


# The first run of letters of each arts word ("box" of "box-office"), as bytes: one a word.
_ARTS_FIRST_RUNS = frozenset(re.match("[a-z]+", w).group().encode() for w in ARTS_WORDS)  # type: ignore[union-attr]
# Bytes: a lower-case ASCII letter made "a", a capital "A", any other byte a blank.
_CASE_SHAPE = bytes(97 if 97 <= k <= 122 else 65 if 65 <= k <= 90 else 32 for k in range(256))


def _may_be_arts(text: str) -> bool:
    """False when ``text`` cannot hold :data:`_ARTS_MIN` distinct arts words.

    A word ``_WORD_RE`` finds is a whole run of ASCII letters (its first run, in
    "box-office") unless a capital directly follows a lower-case letter ("aFilm",
    "FilmX") or a letter and a capital come before a lower-case one ("CEOs"): the arts
    words' first runs among the text's runs of letters (the article cues',
    :func:`._cues.letter_runs`) count the others. Such a spot is rare: the words
    ``_WORD_RE`` finds between the spaces around each (:func:`_odd_arts_words`) count the
    arts words there; fewer than _ARTS_MIN in all leave fewer arts words."""
    whole = len(_ARTS_FIRST_RUNS.intersection(letter_runs(text)[1]))
    if whole >= _ARTS_MIN:
        return True
    shape = text.encode("ascii", "replace").translate(_CASE_SHAPE)
    if b"aA" not in shape and b"AAa" not in shape:
        return False
    odd = _odd_arts_words(text, shape)
    return odd is None or whole + len(odd) >= _ARTS_MIN


#: Spots of odd case ("aA", "AAa") read one by one at most; more: the whole text is read.
_ODD_SPOTS = 8


def _odd_arts_words(text: str, shape: bytes) -> set[str] | None:
    """The arts words (lower case) ``_WORD_RE`` finds between the spaces around each spot
    of ``shape`` (``text``'s, one byte a character) where a capital follows a letter: the
    words it finds there are the ones it finds in the whole text (no word holds a space, so
    its search is at a word's start at each space either way). None: too many spots."""
    found: set[str] = set()
    spots = 0
    for odd in (b"aA", b"AAa"):
        p = shape.find(odd)
        while p >= 0:
            spots += 1
            if spots > _ODD_SPOTS:
                return None
            lo = text.rfind(" ", 0, p) + 1
            hi = text.find(" ", p)
            words = _WORD_RE.findall(text, lo, hi if hi >= 0 else len(text))
            found.update(w.lower() for w in _ARTS_FORMS.intersection(words))
            p = shape.find(odd, p + 1)
    return found


def _arts_story(text: str) -> bool:
    """True when the text holds three or more distinct arts words."""
    if not _may_be_arts(text):
        return False
    found = _ARTS_FORMS.intersection(_WORD_RE.findall(text))
    return len(found) >= _ARTS_MIN and len({w.lower() for w in found}) >= _ARTS_MIN


def _title_shape(text: str, c: _Cand, gaz: Gazetteer) -> bool:
    """ "The Aviator" inside a sentence; "Finding Neverland"."""
    last = c.tokens[-1]
    if (
        "The " in text[max(0, c.start - 5) : c.start]  # _INNER_THE_RE's last word, quickly
        and _INNER_THE_RE.search(text, max(0, c.start - 8), c.start)
        and not last.endswith("s")
        and ORG_WORDS.isdisjoint(c.tokens)
    ):
        return True
    first = c.tokens[0]
    return (
        len(c.tokens) > 1
        and first.endswith("ing")
        and not last.endswith("s")  # "Rolling Stones": a band
        and ORG_WORDS.isdisjoint(c.tokens)  # "Performing Right Society"
        and first.lower() in gaz.common_words
        and first not in gaz.first_names
        and first not in PERIODICALS  # "Evening Standard"
        and _verb_stem(first[:-3].lower(), gaz.common_words)  # "Finding"; not "King", "Spring"
    )


def _verb_stem(stem: str, common: frozenset[str]) -> bool:
    """ "find" of "Finding", "sav(e)" of "Saving", "run(n)" of "Running"."""
    if len(stem) < 3:
        return False
    return stem in common or stem + "e" in common or (stem[-1] == stem[-2] and stem[:-1] in common)


def _quoted_phrases(text: str, decided: list) -> list[tuple[int, int]]:
    """Spans of quoted Title Case phrases of three to eight words (a heading's only with "&":
    a Title Case headline quotes speech in capitals too)."""
    if not any(q in text for q in "'\"\u2018\u201c"):
        return []
    out = []
    for m in _QUOTED_RE.finditer(text):
        phrase = m.group(1)
        if phrase.count(" ") < 2:
            continue  # "'Before Brando'", "\u201cObama Netflix\u201d": a name in a phrase
        s, e = m.span(1)
        if "&" not in phrase and _in_heading(s, decided):
            continue
        out.append((s, e))
    return out


def _in_heading(pos: int, decided: list) -> bool:
    return any(c.heading and abs(c.start - pos) < 200 and c.start >= pos for c, _, _ in decided)


def _title_runs(text: str, decided: list, gaz: Gazetteer) -> list[tuple[int, int]]:
    """Spans of Title Case phrases with an article after "of" (or after "and" before an
    "of") and an everyday word after it, holding no organisation word and no name the
    gazetteers know."""
    out: list[tuple[int, int]] = []
    known = [(c.start, c.end) for c, a, t in decided if c.entry is not None]
    for m in _TITLE_RUN_RE.finditer(text):
        phrase = m.group()
        inner = _ARTICLE_INSIDE_RE.search(phrase)
        if inner is None or inner.group(1).lower() not in gaz.common_words:
            continue
        words = phrase.split()
        if not ORG_WORDS.isdisjoint(words):
            continue
        s, e = m.span()
        if any(s <= ks < e for ks, _ in known):
            continue
        out.append((s, e))
    return out
