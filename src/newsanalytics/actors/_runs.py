"""Segmenting and typing runs of capitalised words, for :mod:`newsanalytics.actors._scan`.

A run ("Secretary of State John Kerry") is cut into the names a :class:`Lexicon` knows,
titles and unknown chunks; an unknown chunk gets a type guess (person, organisation, or left
to resolution in :mod:`newsanalytics.actors._extractor`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ._candidate import _Cand  # _context, _extractor, _firms, _roles, _teams import it from here
from ._chunks import ChunkEnds
from ._clubnames import club_name
from ._compounds import PlaceCompounds
from ._dropped import keep_dropped_word, lone_dropped
from ._facilities import SAINTS, facility_type, venue_centre
from ._gazetteer import Entry, Gazetteer, fold_word, name_key
from ._given import GivenNames, national_side
from ._places import state_in_name
from ._prefixed import adjective_after_prefix
from ._stage import given_stage, stage_chunk, stage_name
from ._tokens import (
    _agent_noun,
    _attribute,
    _before_state,
    _company_tail,
    _display,
    _inflected,
    _lone_after,
    _lone_before,
    _next_words,
    _no_actor,
    _one_title,
    _Run,
    _title_acronym,
    _two_orgs,
    _until_possessive,
)
from ._trade_arms import trade_arm
from ._words import (
    AFTER_OBJECT,
    AND,
    ARTICLES,
    CORP_DESCRIPTORS,
    CORP_SUFFIXES,
    CUE_AFTER,
    DATES,
    DETERMINERS,
    LINKS,
    MASTHEADS,
    MODIFIED,
    NAME_MONTHS,
    NAME_PARTICLES,
    NOT_ACTORS,
    NOT_PEOPLE,
    OF,
    ORG_WORDS,
    PERIODICALS,
    PERSON_SUFFIXES,
    PLACE_GIVEN_NAMES,
    PLACE_PREPS,
    PREFIXES,
    US_STATES,
)

if TYPE_CHECKING:
    from ._lexicon import Lexicon

_CONTRACTION_RE = re.compile(r"['\u2019](?:m|ve|ll|re|d|t)$|n['\u2019]t$", re.I)
_PARTY_TAG_RE = re.compile(r"^[DRI]-[A-Z][A-Za-z.]*$")
_DIGIT_RE = re.compile(r"\d")
_CALL_SIGN_RE = re.compile(r"[KW][A-Z]{2,3}-(?:TV|FM|AM)$")  # a US broadcaster's call sign


_ARTICLES = frozenset(("A", "An", "The"))  # capitalised by a Title Case headline
_JOINED = ("organization", "name")  # two known names side by side, one organisation


def _no_firm(hit: tuple[int, Entry] | None) -> bool:
    """No known organisation's name at this look-up."""
    return hit is None or hit[1].type != "organization"


_NO_TITLE, _TITLE = 1, 2  # what _lone_kind tells of a word that may name an actor


@lru_cache(maxsize=65536)
def _lone_kind(w: str, titles: frozenset[str]) -> int:
    """What a one-word chunk's spelling tells (a pure word function, kept per process): 0
    when it names no actor, else ``_TITLE`` when it is a title ("Rep.") or ``_NO_TITLE``."""
    if w in LINKS or w in NOT_ACTORS:
        return 0
    if w in ORG_WORDS and w not in PERSON_SUFFIXES:
        return 0
    if w in NOT_PEOPLE or w.lower() in US_STATES:
        return 0
    if "-" in w and all(part in NOT_PEOPLE for part in w.split("-")):
        return 0  # "Jan-Sept", "May-November": a span of months
    if _title_acronym(w, titles) or (w[-3:] == "men" and w.lower()[:-3] + "man" in titles):
        return 0  # "Congressmen", "MEPs", "CEO": people by their role, no one's name
    return _TITLE if name_key((w,)) in titles else _NO_TITLE


class RunClassifier(ChunkEnds, GivenNames, PlaceCompounds):
    """The run segmenter and chunk classifier: it holds the :class:`Lexicon` it asks.

    The lexicon's look-ups (``lookup``, ``match``, ``title``) and tables are bound to
    attributes of the classifier: it asks them for most capitalised words of a text, and
    each is then one attribute access away.
    """

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.gaz: Gazetteer = lex.gaz
        self.user_first = lex.user_first
        self._first_keys = lex.first_keys
        self._title_first = lex.title_first
        self._common_words = lex.common_words
        self._first_names = lex.first_names
        self.lookup = lex.lookup
        self.match = lex.match
        self.title = lex.title
        self.country_before = lex.country_before
        self.place_word = lex.place_word
        self.known_org = lex.known_org
        self.local_body = lex.local_body
        #: Training only (``scripts/train_actor_typer.py``): a list that receives the words
        #: the rules drop as no actor before they become candidates (a headline's rarer
        #: words and its "A", not its common words, which were never candidates), so the
        #: typer's training sees them as it did before those rules; None (always, when
        #: extracting): nothing is kept.
        self.dropped: list[_Cand] | None = None

    def segment(
        self,
        text: str,
        toks: list[str],
        run: list[int],
        sent: int,
        heading: bool,
        all_caps: bool,
        initial: bool,
        prev: str,
        out: list[_Cand],
        names_here: frozenset[str],
        rare: frozenset[str],
        spans: tuple[int, int, list[int], list[int]],
    ) -> None:
        """Segment and type the run ``toks[run[0]:run[-1] + 1]`` (``run``: consecutive
        indices); ``spans`` is ``(base, offs, starts, ends)``: see :class:`_Run`."""
        gaz = self.gaz
        words = toks[run[0] : run[-1] + 1]
        n = len(words)
        r = _Run(
            toks, run, sent, out, heading, initial, prev, _next_words(toks, run[-1] + 1), words,
            *spans,
        )  # fmt: skip
        # Leading "The"/sentence-initial common words are not part of a name; nor an
        # adjective after a prefix ("the anti-Semitic Republicans", "pro-Russian Ukrainians").
        i = 0
        if prev[-1:] == "-" and prev[:-1] in PREFIXES:
            hit = self.lookup(words[:1], all_caps=all_caps)
            if (hit is None and adjective_after_prefix(words[0], self.lookup)) or (
                hit is not None and hit.kind == "demonym"
            ):
                i = 1
        while i < n:
            w = words[i]
            if w.lower() in ("the", "a", "an") or w in LINKS:
                if heading and self.dropped is not None and w in _ARTICLES and w != "The":
                    keep_dropped_word(self, r, i)  # "Giving Us A Bigger Dose": training only
                i += 1
                continue
            if (
                i == 0
                and initial
                and w.lower() in gaz.common_words
                and w not in gaz.first_names
                and w not in names_here
                and self.match(words, 0, n, all_caps) is None
                and not self._person_end(words, 0, n)  # "Stormy Daniels sued", "Hope Hicks"
                # "Southwest Realty Ltd" keeps its first word; "Shares of X Corp" does not.
                and not (n > 1 and words[1] not in LINKS and not ORG_WORDS.isdisjoint(words))
                and not self.title(words, 0, n)  # "Chief of Staff Howard Baker"
                and not self._common_given(words, 0, n)  # "Hope Hicks said"
                # "Van Gaal smiled", "Da Silva scored": a name's particle, not a word
                and not (w.lower() in NAME_PARTICLES and n > 1 and not self._commonish(words[1]))
                # "Real Madrid beat Barcelona": a club's word, not a sentence's
                and not club_name(words[:2], self.place_word, self._common, self._first_names)
            ):
                i += 1
                continue
            break
        k0 = run[0]
        cue = k0 > 0 and toks[k0 - 1] in gaz.title_last_words and self._title_before(toks, k0)
        # The first-word tests of _match and _title, here: most words start no name.
        first_keys, user_first, title_first = self._first_keys, self.user_first, self._title_first
        in_list = False  # known companies listed without commas in this run
        while i < n:
            w = words[i]
            if w in LINKS or (heading and w in _ARTICLES and i + 1 < n and not all_caps):
                i += 1  # a headline's article: "Under A Joe Biden Presidency"
                continue
            fw = fold_word(w)
            if fw in first_keys or fw in user_first:
                hit = self.match(words, i, n, all_caps)
            else:
                hit = None
            if hit is not None and not (
                hit[1].country
                or hit[1].kind == "capital"
                or state_in_name(self, hit, words, i, n, heading)
            ):
                if (
                    not heading
                    and hit[1].type == "location"
                    and hit[1].kind in ("name", "alias")
                    and hit[0] < n
                    and national_side(words[hit[0]])
                ):
                    hit = None  # "England A", "Ireland Under-21", "Wales XV": a side's name
                elif (
                    hit[0] == i + 1 < n
                    and w in PLACE_GIVEN_NAMES
                    and self._surname_at(words, i + 1, n)
                ):
                    hit = None  # "Virginia Madsen", "Dakota Johnson": a given name
            elif hit is not None:
                # A city ends the run or comes before a link or a title ("Glasgow and
                # Miami", "Boston Mayor Marty Walsh", "New York Senate"); "Tucker Carlson",
                # "Paris Hilton", "Boston Celtics" are names of their own (unknown chunks).
                k = hit[0]
                if i > 0 and words[i - 1] not in LINKS and not self._commonish(words[i - 1]):
                    hit = None  # after a name in one run: "Southern California Edison"
                elif (
                    k < n
                    and words[k] not in LINKS
                    and not self.title(words, k, n)
                    and _no_actor(self.match(words, k, n, all_caps))  # "New York Senate"
                    # an organisation's name is read below: "New York Magazine"
                    and ORG_WORDS.isdisjoint(words[k : k + 3])
                    # a headline's common word: "In Cairo Kills 41" (but "Pearl Harbor",
                    # "Leon Black", "the Brooklyn Nets" in prose, "GOLDEN ENTERPRISES INC"
                    # in capitals are names of their own)
                    and not (heading and not all_caps and self._commonish(words[k]))
                ):
                    hit = None
            if hit is not None:
                j, entry = hit
                # "Stanford Law School", "Venezuelan Petroleum Corp": the place is part of
                # an organisation's name.
                end_org = self._org_tail(words, j, n)
                if entry.type == "location" and end_org:
                    # "U.S. Department of Justice": the known name without the country.
                    tail = self.match(words, j, end_org, all_caps)
                    known = tail[1].canonical if tail and tail[0] == end_org else None
                    if tail and tail[1].type != "organization":
                        known = None
                    if entry.kind == "place" or entry.canonical not in self.lex.countries:
                        known = None  # "New York Senate", "Nevada Supreme Court": its own body
                    elif known:
                        # "U.S. Justice Department": the country, then the known body.
                        self._emit(r, i, j, entry.type, entry.canonical, entry)
                        self._emit(r, j, end_org, "organization", known)
                        i = end_org
                        continue
                    self._emit(r, i, end_org, "organization", known or _display(words[i:end_org]))
                    if entry.kind != "place":
                        # "U.S. Navy": the country too, kept by the extractor only if the
                        # longer name is no organisation after all.
                        self._emit(r, i, j, entry.type, entry.canonical, entry)
                    i = end_org
                    continue
                end = self.local_body(words, j, n, all_caps, entry) if j < n else 0
                if end:  # "Nevada Supreme Court", "New York Senate": one name of its own
                    self._emit(r, i, end, "organization", _display(words[i:end]))
                    i = end
                    continue
                if entry.type == "organization" and entry.kind == "name" and j < n and not heading:
                    # "Sony Ericsson", "Credit Suisse First Boston": two known names side by
                    # side in running text name one organisation (a joint venture, an arm).
                    nxt = self.match(words, j, n, all_caps)
                    if nxt is not None and nxt[1].type == "organization" and nxt[1].kind == "name":
                        k = nxt[0]
                        # not a list without commas: "Facebook Twitter Pinterest Kris Kobach"
                        in_list = in_list or not _no_firm(
                            self.match(words, k, n, all_caps) if k < n else None
                        )
                        if not in_list:
                            name = _display(words[i:k])
                            # known as its two known names are: the typer need not weigh it
                            self._emit(r, i, k, "organization", name, Entry(name, *_JOINED))
                            i = k
                            continue
                if entry.type == "organization" and j < n:
                    # "Samsung Co Ltd", "Toyota Motor Corp": the known company;
                    # "Mitsubishi Heavy Industries": a company of its own.
                    k = j
                    while k < n and (words[k] in CORP_SUFFIXES or words[k] in CORP_DESCRIPTORS):
                        k += 1
                    # a known name ending in its legal form takes no more words:
                    # "Standard and Poor's Corp. Stephens Inc co-managed": two firms
                    done = heading or words[j - 1] in CORP_SUFFIXES
                    end = k if k > j else (0 if done else self._org_tail(words, j, n))
                    if end > j and _company_tail(words[j:end]):
                        # not a club's: "Arsenal Holdings Inc" is a company of its own
                        # "Shell Oil Co" of Royal Dutch/Shell: an arm (:func:`trade_arm`)
                        if k > j and entry.canonical not in self.gaz.clubs and not trade_arm(
                            words[j:k], entry.canonical
                        ):
                            self._emit(r, i, end, "organization", entry.canonical, entry)
                        else:
                            self._emit(r, i, end, "organization", _display(words[i:end]))
                        self._country_in_name(r, words, i, j, all_caps)
                        i = end
                        continue
                if entry.kind != "place" or entry.country:  # a city is reported too
                    k = self.country_before(words, i, j, all_caps, entry)
                    if k > i:  # "US Federal Reserve": "US" and "Federal Reserve", side by side
                        country = self.match(words, i, k, all_caps)[1]  # type: ignore[index]
                        self._emit(r, i, k, "location", country.canonical, country)
                    self._emit(r, k, j, entry.type, entry.canonical, entry)
                    if entry.type == "organization" and k == i:
                        self._country_in_name(r, words, i, j, all_caps)
                i = j
                continue
            if all_caps:
                # Only known names in an ALL-CAPS line: "OIL MINISTER RILWANU LUKMAN SAID".
                i = self._known_person(r, words, i, n)
                continue
            if (
                i + 1 < n
                and "-" in w
                and w.split("-", 1)[0].lower() in PREFIXES
                and ORG_WORDS.isdisjoint(words[i + 1 : n])  # "Pro-Life Alliance" is one name
            ):
                i += 1  # "Ex-Russian Spy Sergei Skripal": an attribute, no name
                continue
            if i + 1 < n and (k := self._attribute_end(words, i, n, heading)):
                # "Paris-based Euronext", "Privately-held Rapid-American Corp": the attribute
                # is no part of the name that follows; its place, if any, is a mention.
                self._attribute_place(r, i, k)
                i = k
                continue
            t_end = self.title(words, i, n) if fw in title_first else 0
            if t_end and stage_name(words, i, t_end, n, self._commonish):
                i = stage_chunk(self, r, i, self._chunk_end(words, i, n, all_caps, heading, rare))
                continue
            if t_end:
                cue = True
                i = t_end
                continue
            if heading and self._headline_word(w, rare) and not self._common_given(words, i, n):
                # a headline's common word, unless it opens a well-known person's name
                # ("Despite Stormy Daniels Fumble", "Hunter Biden Laptop")
                j = self._known_person(r, words, i, n)
                if self.dropped is not None and j == i + 1 and not self._commonish(w):
                    keep_dropped_word(self, r, i)  # a rarer word ("Ravages"): training only
                i = j
                continue
            if (
                i + 1 < n
                and _agent_noun(w, self.gaz.titles, self._first_names)
                # a whole name follows: "Sprinters Kostas Kenteris", "Striker Wayne Rooney"
                and words[i + 1] not in LINKS  # "Kings of Leon", "House of Lords on Tuesday"
                and (words[i + 1] in self._first_names or (i + 2 < n and words[i + 2] not in LINKS))
                and ORG_WORDS.isdisjoint(words[i + 1 : n])
            ):
                cue = True
                i += 1
                continue
            if self._common(w) and i + 1 < n:
                t_end = self.title(words, i + 1, n)
                if t_end:  # "External Trade Commissioner Willy De Clercq"
                    cue = True
                    i = t_end
                    continue
            if i + 1 < n and (
                (words[i + 1] in self.gaz.first_names and self._commonish(w))
                or (
                    "-" in w
                    and all(map(self._common, w.split("-")))
                    and not self._commonish(words[i + 1])
                )
            ):
                if (
                    w not in self.gaz.first_names
                    and w not in ORG_WORDS
                    and _until_possessive(words, i + 1, n)[-1:] != ["Corp"]
                    and ORG_WORDS.isdisjoint(words[i + 1 : n])
                ):
                    if given_stage(words, i, cue):
                        j = self._chunk_end(words, i, n, all_caps, heading, rare)
                        i, cue = stage_chunk(self, r, i, j, given=True), False  # "Sir Cliff"
                        continue
                    i += 1  # "Defender John Terry", "All-Star Allan Houston": a word, a name
                    continue
            if heading and self._person_end(words, i, n):
                i = self._known_person(r, words, i, n)  # "New Pal Kim Jong Un An Awkward Gift"
                continue
            j = self._chunk_end(words, i, n, all_caps, heading, rare)
            self._classify(r, i, j, words[i:j], cue)
            cue = False
            i = j

    def _known_person(self, r: _Run, words: list[str], i: int, n: int) -> int:
        """Emit the well-known person whose full name starts at ``i``; the next index."""
        j = self._person_end(words, i, n)
        if not j:
            return i + 1
        self._emit(r, i, j, "person", self.gaz.people[name_key(words[i:j])]).strong = True
        return j

    def _person_end(self, words: list[str], i: int, n: int) -> int:
        """The end of the well-known person's full name starting at ``i``, or 0."""
        if i + 1 >= n or fold_word(words[i]) not in self.gaz.people_first:
            return 0
        for j in range(min(n, i + 4), i + 1, -1):
            if name_key(words[i:j]) in self.gaz.people:
                return j
        return 0

    def single(
        self,
        text: str,
        word: str,
        rs: int,
        re_: int,
        cs: int,
        ce: int,
        sent: int,
        heading: bool,
        all_caps: bool,
        first_alpha: int,
        out: list[_Cand],
        rare: frozenset[str] = frozenset(),
        names_here: frozenset[str] = frozenset(),
    ) -> None:
        """A run of one plain word that no gazetteer knows: what :meth:`segment` does, inlined."""
        if all_caps:
            return
        if word.isalpha() and not _lone_kind(word, self.gaz.titles):
            return  # what _lone_word would find, before the words around are read
        people_short = self.gaz.people_short
        if heading and self._headline_word(word, rare) and word.casefold() not in people_short:
            if self.dropped is not None and not self._commonish(word):  # "Supercut"
                self.dropped.append(
                    lone_dropped(text, word, rs, re_, cs, ce, sent, heading, first_alpha)
                )
            return  # a common word in a headline (but "Sessions said": see below)
        before, prev, initial = _lone_before(text, rs, cs, first_alpha)
        # A sentence's first common word is no name, as in segment: but "Sessions said" (a
        # well-known surname) and "Stern said" (a word the article capitalises mid-sentence).
        if initial and self._common(word) and word.casefold() not in people_short:
            if word not in names_here or word in _ARTICLES:
                return
        nxt = _lone_after(text, re_, ce)
        nb = len(before)
        title_last = self.gaz.title_last_words
        cue = (
            nb > 0
            and before[-1] in title_last
            and self._title_before(before, nb)
        )
        if "-" in word or not word.isalpha():
            toks = [*before, word]
            r = _Run(toks, [nb], sent, out, heading, initial, prev, nxt, [word], rs, nb, [0], [re_ - rs])
            self._classify(r, 0, 1, [word], cue)
            return
        self._lone_word(word, rs, re_, sent, initial, heading, prev, nxt, cue, None, True, out)

    def _lone_chunk(
        self,
        r: _Run,
        i: int,
        j: int,
        w: str,
        initial: bool,
        heading: bool,
        prev: str,
        nxt: str,
        cue: bool,
    ) -> None:
        """:meth:`_lone_word` for the one-word chunk ``r.words[i:j]``."""
        k = r.run[i]
        start, end = r.start(k), r.end(k)
        after = r.words[i - 1] if i > 0 else None
        alone = i == 0 and j == len(r.run)
        self._lone_word(
            w, start, end, r.sent, initial, heading, prev, nxt, cue, after, alone, r.out
        )

    def _lone_word(
        self,
        w: str,
        start: int,
        end: int,
        sent: int,
        initial: bool,
        heading: bool,
        prev: str,
        nxt: str,
        cue: bool,
        after: str | None,
        alone: bool,
        out: list[_Cand],
    ) -> None:
        """Type a chunk of one word (what ``_classify`` does), on one straight path.

        ``after`` is the run's word before it (None when it opens the run); ``alone`` is True
        when it is the whole run.
        """
        kind = _lone_kind(w, self.gaz.titles)
        if not kind:
            return
        nxt_word = nxt.split(" ", 1)[0]
        guess = None
        if initial and nxt.startswith(":") and w.isupper() and len(w) > 2:
            guess = "person"  # a transcript's speaker label: "PORTMAN: 100 percent?"
        elif (
            len(w) > 1
            and not w.isupper()
            and kind == _NO_TITLE  # not "Rep.", "Gen." alone
            and (prev not in PLACE_PREPS or nxt.startswith("'s"))
            and (prev != "the" or nxt[:1].isalpha())
        ):
            common = self._common(w) or ((initial or heading) and self._inflected(w))
            after_cue = (nxt_word in CUE_AFTER and not heading) or nxt.startswith(", who")
            modifier = nxt_word in self.gaz.titles or nxt_word in MODIFIED
            # "the Brazilian Embassy said": a common word after a name in the same run
            # names a body, not a person.
            attribute = after is not None and (common or self._demonym_word(after))
            # "the Treasury said" is a body; "Rice said" may be a name.
            the_common = common and prev in ARTICLES
            if cue or (
                after_cue and not attribute and not the_common and (not initial or not common)
            ):
                guess = "person"
            elif (
                not common
                and not attribute
                and not nxt[:1].isdigit()  # "Backlog 28.1 mln", "Stcks 0.76": labels
                and not modifier
                and not _before_state(nxt)
            ):
                guess = "person"
            elif (
                alone  # the words before and after are outside the run
                and not initial
                and not heading
                and prev.isalpha()
                and prev.islower()
                and prev not in DETERMINERS
                and not modifier
                and (nxt_word in AFTER_OBJECT or nxt_word in CUE_AFTER)
            ):
                guess = "person"  # "accusing Rice of", "denounced Young on Friday"
        cand = _Cand(start, end, sent, [w], None, None, None, initial, heading, prev, nxt)
        cand.guess = guess
        out.append(cand)

    def _title_before(self, toks: list[str], k: int) -> bool:
        """True when lower-case title words end right before token ``k``."""
        if k == 0 or toks[k - 1] not in self.gaz.title_last_words:
            return False
        words = []
        m = k - 1
        while m >= 0 and len(words) < 3 and toks[m][0].isalpha() and toks[m].islower():
            words.insert(0, toks[m])
            if name_key(words) in self.gaz.titles:
                return True
            m -= 1
        return False

    def _country_in_name(self, r: _Run, words: list[str], i: int, j: int, all_caps: bool) -> None:
        """ "U.S. Agriculture Department", "British Airways": the country is named too.

        The country lies inside the organisation's name: the extractor keeps it only if the
        name is no organisation after all.
        """
        if j - i > 1:
            pre = self.match(words, i, j - 1, all_caps)
            if pre is not None and pre[1].type == "location" and pre[1].kind != "place":
                self._emit(r, i, pre[0], "location", pre[1].canonical, pre[1])

    def _org_tail(self, words: list[str], j: int, n: int) -> int:
        """End of an organisation name that starts before ``j`` and ends in an org word.

        "Stanford Law School", "U.S. Navy", "American Federation of Government Employees".
        """
        best = 0
        for end in range(j, n):
            w = words[end]
            if w == "'s":
                break
            if w in ORG_WORDS:
                best = end + 1
            elif w in LINKS:
                if w in AND and best and _two_orgs(words, j, end, n, self._common_words):
                    break  # "U.S. Navy and Boeing Co": two organisations
                continue
            elif w in DATES:
                break  # "... on Monday"
            elif best and best == end - 1 and words[end - 1] in OF:
                best = end + 1  # "U.S. Department of Justice"
            elif (
                ((fw := fold_word(w)) in self._title_first and self.title(words, end, n))
                or w in self.gaz.first_names
                or (
                    (fw in self._first_keys or fw in self.user_first)
                    and self.lex.name_inside(words, end, n)
                )
            ):
                break
            elif best and best == end:
                best = end + 1
        return 0 if best and words[best - 1] in NOT_ACTORS else best

    def _classify(self, r: _Run, i: int, j: int, chunk: list[str], cue: bool) -> None:
        """Type an unknown capitalised chunk: organisation, person, or left to resolution."""
        gaz = self.gaz
        while chunk and chunk[-1] in LINKS:
            chunk = chunk[:-1]
            j -= 1
        if len(chunk) > 1 and _title_acronym(chunk[-1], gaz.titles):
            chunk, j = chunk[:-1], j - 1  # "Margaret Moran MP", "Salford MP": no title
        if not chunk or chunk[-1] in NOT_ACTORS:
            return  # "Garn-St Germain Act", "Nuclear Power Project": laws, plans, indexes
        initial = r.initial and i == 0
        heading = r.heading
        prev = r.prev if i == 0 else r.toks[r.run[i - 1]].lower()
        nxt = r.nxt if j == len(r.run) else _next_words(r.toks, r.run[j - 1] + 1)
        if heading and len(chunk) == 2 and self.lex.surname_then_word(chunk):  # "Trump Admin"
            chunk, j, nxt = chunk[:1], i + 1, _next_words(r.toks, r.run[i] + 1)
        if len(chunk) == 1 and chunk[0].isalpha():
            self._lone_chunk(r, i, j, chunk[0], initial, heading, prev, nxt, cue)
            return
        if (
            len(chunk) == 2
            and chunk[1] in ("Administration", "Campaign")
            and not self._common(chunk[0])
        ):
            # "the Trump Administration": a mention of the person.
            self._emit(r, i, i + 1, None).guess = "person"
            return
        title = r.words[i - 1] if i else r.prev  # "Senator Frank Church": a person
        titled = cue and len(chunk) == 2 and chunk[0] in gaz.first_names and _one_title(title)
        if (
            (not ORG_WORDS.isdisjoint(chunk) or "&" in chunk)
            and chunk[-1] not in PERSON_SUFFIXES
            and not titled
            and not venue_centre(chunk)  # "World Trade Center": a building (_facilities)
        ):
            if len(chunk) > 1:
                self._emit(r, i, j, "organization", _display(chunk))
            return
        if (
            len(chunk) > 1
            and chunk[-1] in MASTHEADS
            and (chunk[0] not in gaz.first_names or self.place_word(chunk[0]))  # "Jim Courier"
            and (chunk[0] in PERIODICALS or not all(map(self._common, chunk[:-1])))
        ):
            # "the Boston Globe said", "Evening Standard"; not "the Golden Globe"
            self._emit(r, i, j, "organization", _display(chunk))
            return
        # "Supercut Is Fake": in a Title Case headline "Is" is no sign of a name.
        nxt_word = nxt.split(" ", 1)[0]
        after_cue = (nxt_word in CUE_AFTER and not heading) or nxt.startswith(", who")
        kind = facility_type(chunk, prev, nxt_word, self._first_names)
        k = i - 1 if kind and i and prev in SAINTS else i  # "St" of "St Bryce Kirk"
        if kind or club_name(chunk, self.place_word, self._common, self._first_names):
            # "Real Madrid", "Aston Villa": a club (_clubnames); "Rodney Parade": a place.
            self._emit(r, k, j, kind or "organization", _display(r.words[k:j]))
            return
        if (
            not all(map(str.isalpha, chunk))
            and any(not w.isalpha() and _DIGIT_RE.search(w) for w in chunk)
        ) or (
            not NOT_PEOPLE.isdisjoint(chunk)
            and any(
                w in NOT_PEOPLE and not self._surname_month(chunk, k) for k, w in enumerate(chunk)
            )
        ):
            return  # "Baa-2", "Reord April": ratings, table labels, dates
        if len(chunk) == 1:
            w = chunk[0]
            if _CONTRACTION_RE.search(w) or w.lower() in US_STATES:
                return  # "I'm", "We've", "Don't"; "Calif", "Md" (state abbreviations)
            if "-" in w:
                # "-based", "-led", "-flagged" make an attribute; "Moon Jae-in" is a name.
                attribute = _attribute(w, heading)
                if attribute or _PARTY_TAG_RE.match(w):
                    # "London-based", "Saudi-led": the place, if any, not a name. "D-Va".
                    if attribute:
                        self._attribute_place(r, i, i + 1)
                    return
                if w.split("-", 1)[0].lower() in PREFIXES:
                    return  # "Ex-Trump aide", "Pro-Kremlin", "Anti-Nazi": an attribute
                if self._place_compound(r, i, w):
                    return  # "Scotland-England fixture", "Anglo-American relations"
                if _CALL_SIGN_RE.match(w):
                    self._emit(r, i, j, "organization", w)  # "KMEX-TV", "WOR-TV": a station
                    return
            self._lone_chunk(r, i, j, w, initial, heading, prev, nxt, cue)
            return
        name_like = all(
            (w in gaz.first_names or w.lower() not in gaz.common_words or w in NAME_PARTICLES)
            and not w.isupper()
            for w in chunk
            if w not in PERSON_SUFFIXES and not (len(w) == 2 and w[1] == ".")  # "C. William"
        )
        speaker = initial and nxt.startswith(":")  # "CHRIS HAYES: Totally, yeah."
        if not speaker and chunk[0] not in gaz.first_names and all(map(self._common, chunk)):
            # "Director of Consumer Affairs", "the China Daily Business Weekly said": words
            # of the language, a body or a title, not a name.
            self._emit(r, i, j, None)
            return
        if (
            not cue
            and len(chunk) == 2
            and self.place_word(chunk[0])
            and self._demonym_word(chunk[1])
        ):
            self._emit(r, i, j, None)  # "London Irish": a place and a demonym, no person
            return
        given = chunk[0] in gaz.first_names or (
            len(chunk) == 2 and self._common_given(chunk, 0, 2)  # "Gabby Giffords"
        )
        seen = set(chunk)  # "in Paso de los Libres": a particle, no given name nor cue: a place
        place = prev in PLACE_PREPS and not cue and seen & NAME_PARTICLES and not seen & gaz.first_names
        if (cue or given or name_like or after_cue or speaker) and not place:
            if all(w.isupper() for w in chunk if len(w) > 1) and not speaker:
                return
            self._emit(r, i, j, "person").strong = True
            return
        self._emit(r, i, j, "location" if place else None, _display(chunk) if place else None)

    def _demonym_word(self, word: str) -> bool:
        """True for "Brazilian", "U.S.": "the Brazilian Embassy" is no person."""
        entry = self.lookup((word,), all_caps=False)
        return entry is not None and entry.type == "location" and entry.kind != "place"

    def _surname_month(self, words: list[str], k: int) -> bool:
        """ "May" after a given name is a surname: "Theresa May"."""
        return k > 0 and words[k] in NAME_MONTHS and words[k - 1] in self.gaz.first_names

    def _common(self, w: str) -> bool:
        return w.lower() in self._common_words and w not in self._first_names

    def _commonish(self, w: str) -> bool:
        if "-" in w and w not in self.gaz.first_names:  # "Ankle-Break", "Back-To-Back"
            return all(p and self._commonish(p) for p in w.split("-"))
        return self._common(w) or (w not in self.gaz.first_names and self._inflected(w))

    def _headline_word(self, w: str, rare: frozenset[str]) -> bool:
        """A word a headline capitalises only as a headline does: a common word, or one of
        the headline's rarer words that English writes in lower case (``rare``: see
        :func:`~newsanalytics.actors._scan._headline_rare_words`)."""
        return self._commonish(w) or (w in rare and w not in self.gaz.first_names)

    def _inflected(self, w: str) -> bool:
        """A common word with an inflection ("Disputes", "Historically"), not a surname."""
        return _inflected(w.lower(), self.gaz.common_words)

    def _emit(
        self,
        r: _Run,
        i: int,
        j: int,
        type: str | None,
        canonical: str | None = None,
        entry: Entry | None = None,
    ) -> _Cand:
        toks, run = r.toks, r.run
        cand = _Cand(
            r.base + r.starts[run[i] - r.offs],
            r.base + r.ends[run[j - 1] - r.offs],
            r.sent,
            r.words[i:j],
            type,
            canonical,
            entry,
            r.initial and i == 0,
            r.heading,
            r.prev if i == 0 else toks[run[i - 1]].lower(),
            r.nxt if j == len(run) else _next_words(toks, run[j - 1] + 1),
        )
        r.out.append(cand)
        return cand
