"""The names the extractor knows: the shipped gazetteer plus a user's aliases, and look-ups.

:class:`Lexicon` answers "which actor does this word sequence name?" (:meth:`Lexicon.lookup`,
the longest name at a position with :meth:`Lexicon.match`, a title with
:meth:`Lexicon.title`) and keeps the look-up caches. The sentence scanner
(:mod:`newsanalytics.actors._scan`) and the run classifier (:mod:`newsanalytics.actors._runs`)
hold one; resolution (:mod:`newsanalytics.actors._extractor`) asks it too.
"""

from __future__ import annotations

from collections.abc import Container, Iterable, Sequence

from ._gazetteer import Entry, Gazetteer, fold_word, name_key, tokenize_name
from ._places import load_cities
from ._words import (
    CORP_DESCRIPTORS,
    CORP_SUFFIXES,
    LINKS,
    MASTHEADS,
    ORG_WORDS,
    PERSON_SUFFIXES,
)

__all__ = ["Lexicon", "CACHE_SIZE"]

# Entries a look-up cache holds before it is emptied (names recur across articles).
CACHE_SIZE = 100_000


#: Legal forms and company words that end a company's name.
_LEGAL = CORP_SUFFIXES | CORP_DESCRIPTORS
_LEGAL_NEXT = _LEGAL - {"International"}
_MISSING = object()
# Per gazetteer (the shipped one is loaded once per process): the keys a look-up can hit
# and the keys that start a longer one, word by word.
_KEY_SETS: dict[int, tuple[Gazetteer, tuple[frozenset[str], ...]]] = {}


def _prefixes(keys: Iterable[str]) -> set[str]:
    """The keys' proper prefixes by words ("united", "united states" of "united states navy")."""
    out: set[str] = set()
    for key in keys:
        parts = key.split(" ")
        for m in range(1, len(parts)):
            out.add(" ".join(parts[:m]))
    return out


def _key_sets(gaz: Gazetteer) -> tuple[frozenset[str], ...]:
    """The name keys (:func:`name_key`) that :meth:`Lexicon.lookup` finds in ``gaz``, their
    proper prefixes, the proper prefixes of its titles and the first words of its exact
    keys. An acronym's exact key ("AT&T") folds to its name key too."""
    got = _KEY_SETS.get(id(gaz))
    if got is None or got[0] is not gaz:
        full = set(gaz.folded)
        full.update(e.replace("\u2019", "'").casefold() for e in gaz.exact)
        sets = (
            frozenset(full),
            frozenset(_prefixes(full)),
            frozenset(_prefixes(gaz.titles)),
            frozenset(e.split(" ")[0] for e in gaz.exact),
        )
        if len(_KEY_SETS) >= 8:  # test and user gazetteers: keep a few, not all alive
            _KEY_SETS.clear()
        got = _KEY_SETS[id(gaz)] = (gaz, sets)
    return got[1]


class Lexicon:
    """The gazetteer plus a user's aliases, with the look-ups the extractor makes.

    Parameters
    ----------
    gaz : Gazetteer
        The shipped gazetteer (:func:`newsanalytics.actors._gazetteer.load_gazetteer`).
    aliases : dict
        The user's alias table, normalised: canonical name -> (type or None, aliases).
    """

    def __init__(self, gaz: Gazetteer, aliases: dict[str, tuple]) -> None:
        self.gaz = gaz
        self.user: dict[str, Entry] = {}
        self.user_first: set[str] = set()
        self.max_tokens = gaz.max_tokens
        self.renames: dict[str, tuple[str, str]] = {}
        self.canonicals: frozenset[str] = frozenset(aliases)  # the user's canonical names
        self._people: dict[str, str] = {}
        # One-word look-ups by the word, in running text and in an ALL-CAPS line.
        self._words: dict[str, Entry | None] = {}
        self._caps_words: dict[str, Entry | None] = {}
        self._keys, self._starts, self._title_starts, self._exact_firsts = _key_sets(gaz)
        self.org_keys: dict[tuple[str, bool], tuple[str, ...]] = {}  # see _names.org_keys
        # Tables read for every word, one attribute lookup away.
        self.first_keys = gaz.first_keys
        self.title_first = gaz.title_first_keys
        self.common_words = gaz.common_words
        self.first_names = gaz.first_names
        self.countries = load_cities().countries  # canonical country names
        for canonical, (atype, names) in aliases.items():
            if atype is None:
                atype = self._guess_type(canonical, names)
            entry = Entry(canonical, atype, "alias")
            for name in [canonical, *names]:
                words = [t for t, _, _ in tokenize_name(name)]
                if not words:
                    continue
                self.max_tokens = max(self.max_tokens, len(words))
                self.user[name_key(words)] = entry
                self.user_first.add(name_key(words[:1]))
                self.renames[name_key(words)] = (canonical, atype)
        # Look-ups made while the aliases were read answered without the later ones.
        self._words.clear()
        self._caps_words.clear()
        if self.user:
            self._keys = self._keys | set(self.user)
            self._starts = self._starts | _prefixes(self.user)

    def _guess_type(self, canonical: str, names: list[str]) -> str:
        for name in [canonical, *names]:
            entry = self.lookup([t for t, _, _ in tokenize_name(name)], all_caps=False)
            if entry is not None and entry.kind != "place":
                return entry.type
        first = canonical.split()[0] if canonical.split() else ""
        return "person" if first in self.gaz.first_names else "organization"

    def well_known_name(self, name: str) -> str:
        """The canonical spelling of a well-known person's name ("Donald J. Trump"), else
        ``name``."""
        hit = self._people.get(name)
        if hit is None:
            hit = self.gaz.people.get(name_key(name.split()), name)
            if len(self._people) < CACHE_SIZE:
                self._people[name] = hit
        return hit

    def rename(self, actor: str, atype: str) -> tuple[str, str]:
        """The user's canonical name and type for ``actor``, if an alias names it."""
        if not self.renames:
            return actor, atype
        return self.renames.get(name_key(actor.split()), (actor, atype))

    def lookup(self, words: Sequence[str], *, all_caps: bool) -> Entry | None:
        """The entry ``words`` name exactly, or None."""
        if len(words) == 1:
            # One word, the common case: its answer is kept (words recur across articles).
            cache = self._caps_words if all_caps else self._words
            word = words[0]
            hit = cache.get(word, _MISSING)
            if hit is _MISSING:
                if len(cache) >= CACHE_SIZE:
                    cache.clear()
                hit = cache[word] = self._lookup(words, all_caps)
            return hit  # type: ignore[return-value]
        return self._lookup(words, all_caps)

    def _lookup(self, words: Sequence[str], all_caps: bool) -> Entry | None:
        key = name_key(words)
        if len(words) == 1 and not self.user:
            # The common case, one word, on one path (as below).
            word = words[0]
            exact = word.replace(".", "")
            hit = self.gaz.exact.get(exact)
            if hit is not None:
                if all_caps and "." not in word and exact in self.gaz.acronym_words:
                    return None
                return hit
            if word.isupper() and len(word) <= 3 and not all_caps:
                return None
            return self.gaz.folded.get(key)
        if self.user:
            hit = self.user.get(key)
            if hit is not None:
                return hit
        # (an exact key opens with a word of _exact_firsts: most look-ups need not build one)
        if len(words) == 1 or (
            (not words or words[0].replace(".", "") in self._exact_firsts)
            and all(
                w.replace(".", "").replace("-", "").isupper() or not w[0].isalpha() for w in words
            )
        ):
            exact = " ".join(w.replace(".", "") for w in words)
            hit = self.gaz.exact.get(exact)
            if hit is not None:
                if all_caps and "." not in words[0] and exact in self.gaz.acronym_words:
                    return None
                return hit
        if len(words) == 1 and words[0].isupper() and len(words[0]) <= 3 and not all_caps:
            return None  # "US" is an acronym; "us" as a word never reaches here capitalised
        return self.gaz.folded.get(key)

    def match(self, words: list[str], i: int, n: int, all_caps: bool) -> tuple[int, Entry] | None:
        """Longest gazetteer name in ``words[i:n]`` starting at ``i``: ``(end, entry)``."""
        first = fold_word(words[i])
        longest = self.first_keys.get(first, 0)
        if first in self.user_first:
            longest = self.max_tokens
        if not longest:
            return None
        top = min(n, i + longest)
        for j in reversed(self._ends(words, i, top, first)):
            if words[j - 1] in LINKS:
                continue
            entry = self.lookup(words[i:j], all_caps=all_caps)
            if entry is not None:
                return j, entry
        return None

    def name_inside(self, words: list[str], i: int, n: int) -> bool:
        """True when a gazetteer name starts at ``words[i]`` inside an organisation's tail, so
        that the tail ends before it; not a place right before a legal form, the company's
        arm ("Mobil Exploration and Production U.S. Inc", "Toshiba Systems U.K. Ltd")."""
        hit = self.match(words, i, n, False)
        if hit is None:
            return False
        end, entry = hit
        return not (entry.type == "location" and end < n and words[end] in CORP_SUFFIXES)

    def _ends(self, words: list[str], i: int, top: int, key: str) -> list[int] | range:
        """The ends ``j <= top`` whose words ``words[i:j]`` make a key a look-up can find
        (``key`` is the first word's): the other look-ups would find nothing."""
        ends = _grown_ends(words, i, top, key, self._keys, self._starts)
        return range(i + 1, top + 1) if ends is None else ends  # a word with a space: all

    def _title_ends(self, words: list[str], i: int, top: int) -> list[int] | range:
        """The ends ``i < j <= top`` where ``words[i:j]`` is a title (its :func:`name_key`
        in the gazetteer's titles)."""
        titles = self.gaz.titles
        ends = _grown_ends(words, i, top, fold_word(words[i]), titles, self._title_starts)
        if ends is None:  # a word with a space: every end, as name_key
            return [k for k in range(i + 1, top + 1) if name_key(words[i:k]) in titles]
        return ends

    def title(self, words: list[str], i: int, n: int) -> int:
        """End of the title ("Foreign Minister") that starts at ``i``; 0 when none does."""
        if fold_word(words[i]) not in self.title_first:
            return 0
        top = min(n - 1, i + self.gaz.title_max_tokens)
        if top <= i:
            return 0
        for j in reversed(self._title_ends(words, i, top)):
            # A title stands before a name: before "Jr" it is a surname ("Martin Luther King Jr").
            if words[j] not in PERSON_SUFFIXES:
                # A legal form one or two words on ends a company's name that it opens
                # ("Singer Co", "Marshal Industries Inc", "General Host Corp"); not so
                # "Imam Khomeini International Airport", "Vice President for International".
                nxt = words[j + 1] if j + 1 < n and words[j][:1].isupper() else ""
                return 0 if words[j] in _LEGAL or nxt in _LEGAL_NEXT else j
        return 0

    def country_before(self, words: list[str], i: int, j: int, all_caps: bool, org: Entry) -> int:
        """Where the known organisation ``org`` (``words[i:j]``) starts past a country.

        "US Federal Reserve", "U.S. Justice Department": the country, then a known name of
        the same body, side by side (as the actor guidelines split them); else ``i``
        ("British Airways": one name).
        """
        if org.type != "organization" or j - i < 2:
            return i
        pre = self.match(words, i, j - 1, all_caps)
        if pre is None or pre[1].type != "location" or pre[1].kind == "place":
            return i
        rest = self.match(words, pre[0], j, all_caps)
        if rest is not None and rest[0] == j and rest[1].canonical == org.canonical:
            return pre[0]
        return i

    def local_body(self, words: list[str], j: int, n: int, all_caps: bool, place: Entry) -> int:
        """End of a state's or city's own body named after it ("Nevada Supreme Court"); 0.

        ``place`` is the entry of the words before ``j``; the known body after it ("Supreme
        Court", "Senate") must end in an organisation word: "Texas Republican" is a party
        member, and a country's body is the national one ("U.S. Senate").
        """
        if place.type != "location" or place.canonical in self.countries:
            return 0
        if not (place.country or place.kind == "name"):
            return 0
        after = self.match(words, j, n, all_caps)
        if after is None or after[1].type != "organization" or after[1].kind == "acronym":
            return 0
        return after[0] if words[after[0] - 1] in ORG_WORDS else 0

    def known_org(self, words: list[str], i: int, n: int, all_caps: bool) -> bool:
        """True when a gazetteer organisation's name starts at ``words[i]``: not an acronym,
        nor one word of the language or of newspapers' and bodies' names ("Telegraph" in
        "Nippon Telephone and Telegraph Co")."""
        if fold_word(words[i]) not in self.first_keys:
            return False
        hit = self.match(words, i, n, all_caps)
        if hit is None or hit[1].type != "organization" or hit[1].kind == "acronym":
            return False
        w = words[i]
        return hit[0] > i + 1 or not (
            w.lower() in self.common_words or w in ORG_WORDS or w in MASTHEADS
        )

    def place_word(self, word: str) -> bool:
        """True for "London", "Boston": one word naming a place (no demonym)."""
        entry = self.lookup((word,), all_caps=False)
        return entry is not None and entry.type == "location" and entry.kind != "demonym"

    def surname_then_word(self, chunk: Sequence[str]) -> bool:
        """ "Trump Admin": a well-known person's surname before a word that names nothing.

        In a Title Case headline ("Trump Admin Moves To Cut Food Aid") the second word is
        the headline's, not the person's.
        """
        gaz = self.gaz
        person = gaz.people_short.get(chunk[0].casefold())
        second = chunk[1]
        return (
            person is not None
            and person.rsplit(" ", 1)[-1] == chunk[0]
            and second not in gaz.first_names
            and second not in ORG_WORDS
            and second not in PERSON_SUFFIXES
            and self.lookup((second,), all_caps=False) is None
            and gaz.people.get(name_key(chunk)) is None
        )


def _grown_ends(
    words: list[str], i: int, top: int, key: str, keys: Container[str], starts: Container[str]
) -> list[int] | None:
    """The ends ``j <= top`` where the key grown word by word from ``key`` (the folded
    words ``words[i:j]``) is in ``keys``, grown while it is in ``starts`` (the keys' word
    prefixes); None when a word holds a space (then a fold is no longer one key word)."""
    ends = []
    j = i + 1
    while True:
        if key in keys:
            ends.append(j)
        if j >= top or key not in starts:
            return ends
        fold = fold_word(words[j])
        if " " in fold or " " in key:
            return None
        key = f"{key} {fold}"
        j += 1
