"""The names one article uses for people and organisations, built once per article.

:class:`ArticleNames` collects the full person names the article introduces (shorter ones
merged into longer ones: "Perez Molina" -> "Otto Perez Molina"), their surnames and given
names, the people its headlines name, and one-word names it gives a courtesy title
("Mr. Baldwin"). Resolution asks it which person a lone word stands for.
:func:`org_keys` gives the short forms that stand for an organisation the article names in
full ("Toyota Motor Corp" ... "Toyota").
"""

from __future__ import annotations

import re
from collections import Counter

from ._candidate import _Cand
from ._gazetteer import Gazetteer, name_key
from ._lexicon import Lexicon
from ._short_names import add_prefix_keys
from ._tokens import _display, display_of
from ._words import (
    COMPANY,
    CORP_DESCRIPTORS,
    CORP_SUFFIXES,
    NAME_PARTICLES,
    ORG_LINKS,
    ORG_WORDS,
    PERSON_SUFFIXES,
    TRADE,
)

# An Arabic surname's article ("al-Salim", "el-Baradei"), which its lone uses may drop.
_ARTICLE_RE = re.compile(r"(?:[Aa]l|[Ee]l)-([A-Z][\w'-]+)$")

# Titles that only a person bears, as the candidate's previous word.
_COURTESY = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr."})


class ArticleNames:
    """Person names of one article.

    Parameters
    ----------
    cands : list of _Cand
        The article's candidates, sorted by start.
    gaz : Gazetteer
        The gazetteers (given names, well-known people).
    """

    __slots__ = (
        "gaz",
        "full",
        "merged",
        "by_last",
        "by_first",
        "by_particle",
        "headed",
        "named",
        "titled",
        "untyped",
        "knights",
    )

    def __init__(self, cands: list[_Cand], gaz: Gazetteer) -> None:
        self.gaz = gaz
        # Full person names introduced in the article; shorter ones merge into longer ones.
        full: dict[str, list[str]] = {}
        counts: Counter[str] = Counter()
        people = [c for c in cands if c.type == "person" and len(c.tokens) >= 2]
        for c in people:
            if not c.heading:
                name = display_of(tuple(c.tokens))
                full.setdefault(name, c.tokens)
                counts[name] += 1
        self.full = full
        self.merged = merged = _merge_names(full, counts)
        self.by_last: dict[str, list[str]] = {}
        self.by_first: dict[str, list[str]] = {}
        # "Sir Cameron Mackintosh ... Sir Cameron said": after "Sir" or "Dame" comes a given
        # name, whether or not the list of given names holds it (``knighted``). The people
        # introduced with a knight's title ("Sir Ian Blair", ``knights``): two people of one
        # surname ("Tony Blair", "Sir Ian Blair") share its lone uses by their titles.
        knighted: set[str] = set()
        knights: set[str] = set()
        for c in people:
            if c.prev in ("sir", "dame"):
                knighted.add(c.tokens[0])
                if (n := display_of(tuple(c.tokens))) in full:
                    knights.add(merged.get(n, n))
        self.knights = knights
        for name, toks in full.items():
            target = merged.get(name, name)
            core = [t for t in toks if t not in PERSON_SUFFIXES]
            self.by_last.setdefault(core[-1].casefold(), []).append(target)
            if bare := _ARTICLE_RE.match(core[-1]):
                # "Suleiman Abdulaziz al-Salim ... Salim said": the surname without its article.
                self.by_last.setdefault(bare.group(1).casefold(), []).append(target)
            if core[0] in gaz.first_names or core[0] in knighted:
                self.by_first.setdefault(core[0].casefold(), []).append(target)
        # Surnames that open with a particle: "Louis van Gaal" ... "Van Gaal", "Dal Maso".
        self.by_particle: dict[str, str] = {}
        for name, toks in full.items():
            for k in range(1, len(toks) - 1):
                if toks[k] in NAME_PARTICLES:
                    key = " ".join(toks[k:]).casefold()
                    self.by_particle.setdefault(key, merged.get(name, name))
                    break
        # Surnames of the people named in headlines too: "Meghan McCain Says ..." keeps a
        # later "McCain" from being taken for the well-known John McCain.
        self.headed: dict[str, str] = {}
        # Of those, the ones a known given name opens ("Katherine Heigl Says ...", not "NASA
        # Reschedules Artemis"): a lone surname in the body is that person, not the town or
        # company of that name; not for a well-known surname ("Mary Trump Says ... Trump").
        self.named: dict[str, str] = {}
        short = gaz.people_short
        for c in people:
            if c.heading:
                core = [t for t in c.tokens if t not in PERSON_SUFFIXES and t != "'s"]
                if len(core) >= 2:
                    name = _display(core)
                    key = core[-1].casefold()
                    self.headed.setdefault(key, gaz.people.get(name_key(core), name))
                    if core[0] in gaz.first_names and name_key((core[-1],)) not in short:
                        self.named.setdefault(key, name)
        # One-word names with a courtesy title ("Mr. Baldwin"): their lone uses are that
        # person too ("perhaps Baldwin is"), unless a fuller name is known.
        self.titled = {
            c.tokens[0].casefold(): _display(c.tokens)
            for c in cands
            if len(c.tokens) == 1 and c.prev in _COURTESY and c.type in (None, "person")
        }
        # Two-word names the scanner left untyped because their surname is an everyday word
        # ("Jonas Guest"), opened by a given name or a word no dictionary lists: a titled
        # lone surname ("Mr Guest") is that person.
        self.untyped: dict[str, str] = {}
        if self.titled:
            first, common = gaz.first_names, gaz.common_words
            for c in cands:
                toks = c.tokens
                if (
                    c.type is None
                    and not c.heading
                    and len(toks) == 2
                    and toks[0].isalpha()
                    and (toks[0] in first or toks[0].lower() not in common)
                ):
                    key = toks[1].casefold()
                    if key in self.titled:
                        self.untyped.setdefault(key, _display(toks))

    def person_for(self, token: str, c: _Cand | None = None) -> str | None:
        """The person of the article a lone ``token`` stands for, or None; with the candidate
        ``c``, a word two people share goes to the one its title fits (:meth:`_titled`)."""
        key = token.casefold()
        names = self.by_last.get(key) or self.by_first.get(key)
        if not names:
            if key in self.titled:
                return (
                    self.named.get(key)
                    or self.untyped.get(key)
                    or self.well_known(token)
                    or self.titled[key]
                )
            return self.named.get(key)
        if len(names) == 1:
            return names[0]
        if c is not None and self.knights and len(set(names)) > 1:
            names = self._titled(names, c)
        return Counter(names).most_common(1)[0][0]

    def _titled(self, names: list[str], c: _Cand) -> list[str]:
        """Of the people ``names`` who share the word ``c``, the ones its title fits: "Mr
        Blair" is no knight ("Sir Ian Blair"), "Sir Ian" is one; all if none fits."""
        if c.prev in _COURTESY:
            fit = [n for n in names if n not in self.knights]
        elif c.prev in ("sir", "dame"):
            fit = [n for n in names if n in self.knights]
        else:
            return names
        return fit or names

    def particle_person(self, tokens: list[str]) -> str | None:
        """The person of the article a surname opening with a particle stands for ("Van
        Gaal" for "Louis van Gaal"), or None."""
        if len(tokens) < 2 or tokens[0].lower() not in NAME_PARTICLES:
            return None
        return self.by_particle.get(" ".join(tokens).casefold())

    def well_known(self, token: str) -> str | None:
        """A short form ("Putin") of a well-known person no one else here bears."""
        person = self.gaz.people_short.get(name_key((token,)))
        if person is None:
            return None
        other = self.headed.get(token.casefold())
        return person if other is None or other == person else None

    def surname_here(self, c: _Cand) -> bool:
        """True for a one-word name spaCy labelled ORG or GPE that no gazetteer knows and
        that is the surname (or given name) of a person the article introduces."""
        if not c.strong or c.entry is not None or len(c.tokens) != 1:
            return False
        if c.type not in ("organization", "location"):
            return False
        key = c.tokens[0].casefold()
        return key in self.by_last or key in self.by_first


def _merge_names(full: dict[str, list[str]], counts: Counter[str]) -> dict[str, str]:
    """Map each full name to the longest name of the article that contains it.

    "Perez Molina" -> "Otto Perez Molina"; "Barack Obama" -> "Barack Hussein Obama".
    A name goes to the first longer name (longest, then most used) that ends on its last
    word and either opens on its first word or holds it whole; both are looked up in an
    index, so a line of thousands of names takes time in proportion to them.
    """
    names = sorted(full, key=lambda n: (-len(full[n]), -counts[n]))
    order = {name: k for k, name in enumerate(names)}
    ends, inner = _merge_index(names, full)
    out: dict[str, str] = {}
    for short in names:
        st = full[short]
        best = ends.get((st[0], st[-1]))
        if best is not None and len(full[best]) <= len(st):
            best = None
        held = inner.get(tuple(st))
        if held is not None and (best is None or order[held] < order[best]):
            best = held
        if best is not None:
            out[short] = out.get(best, best)
    # "Stephen Jones ... S Jones", "J. R. Ewing": initials and a surname are the one full name
    # of the article whose given names they open; two such names ("Sam Jones") leave it be.
    # The names each run of initials could open, by surname and the initials' letters.
    opened: dict[tuple[str, tuple[str, ...]], list[str]] = {}
    for long in names:
        lt = full[long]
        if _INITIAL_RE.fullmatch(lt[0]):
            continue
        for k in range(len(lt)):
            opened.setdefault((lt[-1], tuple(w[:1] for w in lt[:k])), []).append(long)
    for short in names:
        st = full[short]
        if short in out or not all(map(_INITIAL_RE.fullmatch, st[:-1])):
            continue
        owners: set[str] = set()
        for long in opened.get((st[-1], tuple(i[:1] for i in st[:-1])), ()):
            owners.add(out.get(long, long))
            if len(owners) > 1:
                break
        if len(owners) == 1:
            out[short] = owners.pop()
    return out


def _merge_index(
    names: list[str], full: dict[str, list[str]]
) -> tuple[dict[tuple[str, str], str], dict[tuple[str, ...], str]]:
    """For :func:`_merge_names`: the first of ``names`` by each pair of first and last words,
    and by each shorter run of words that ends on its last word and is as long as a name of
    the article ("Perez Molina" of "Otto Perez Molina")."""
    ends: dict[tuple[str, str], str] = {}
    inner: dict[tuple[str, ...], str] = {}
    sizes = sorted({len(full[name]) for name in names})
    for name in names:
        toks = full[name]
        ends.setdefault((toks[0], toks[-1]), name)
        n, last = len(toks), toks[-1]
        for e in range(n):
            if toks[e] != last:
                continue
            for m in sizes:
                if m >= n or m > e + 1:
                    break
                inner.setdefault(tuple(toks[e + 1 - m : e + 1]), name)
    return ends, inner


_INITIAL_RE = re.compile(r"[A-Z]\.?")


def _contiguous(short: list[str], long: list[str]) -> bool:
    n = len(short)
    return any(long[i : i + n] == short for i in range(len(long) - n + 1))


# Words after a company's name that make a finance or trading arm of it, not the company
# itself: "Exxon Capital Corp", "Xerox Credit Corp", "Fiat Finance and Trade Ltd".
_ARM_WORDS = frozenset("Capital Credit Finance Financial Funding Leasing Overseas Trading".split())


def known_shorts(text: str, decided: list, org_names: dict[str, str], lex: Lexicon) -> list:
    """``decided`` with a known organisation's name given to the company the article names
    in full by that name, one trade word and its legal form ("Alcan Aluminium Ltd ...
    Alcan", "Compaq Computer Corp ... Compaq"; not a subsidiary: "IBM Canada Ltd", "Exxon
    Capital Corp", "Siemens Information Systems": two words); and without an everyday plural
    taken for a side's short name where "of" or "and" and a lower-case word follow it ("New
    York Giants ... The Giants of industry", "Lions and tigers"): the word, not the side."""
    out = decided
    drop: set[int] = set()
    for k, (c, actor, atype) in enumerate(decided):
        if _everyday_plural(text, c, actor, atype, lex):
            drop.add(k)
            continue
        e = c.entry
        if atype != "organization" or e is None or e.kind != "name" or actor not in org_names:
            continue
        full = org_names[actor]
        if not full.startswith(e.canonical + " ") or _display(c.tokens) != e.canonical:
            continue
        rest = full[len(e.canonical) :].replace(",", "").split()
        while rest and rest[-1] in CORP_SUFFIXES:  # "Ltd", "Corp": legal forms only
            rest.pop()
        if len(rest) != 1 or not _trade_word(rest[0], lex):
            continue
        if out is decided:
            out = list(decided)
        out[k] = (c, full, atype)
    if drop:
        out = [x for k, x in enumerate(out) if k not in drop]
    return out


_EVERYDAY_AFTER_RE = re.compile(r"[ ](?:of|and)[ ][a-z]")


def _everyday_plural(text: str, c, actor: str | None, atype: str | None, lex: Lexicon) -> bool:
    """True for a one-word plural short name of a longer organisation's name (as
    :func:`add_org_keys` takes it) that is an everyday word with "of" or "and" and a
    lower-case word after it (see :func:`known_shorts`)."""
    if atype != "organization" or actor is None or len(c.tokens) != 1:
        return False
    tok = c.tokens[0]
    return (
        actor.endswith(" " + tok)
        and _plural_last_word(actor, lex) == tok  # a side's plural, not "Congress"
        and tok.lower() in lex.gaz.common_words
        and _EVERYDAY_AFTER_RE.match(text, c.end) is not None
    )


def _trade_word(word: str, lex: Lexicon) -> bool:
    """An everyday noun that may name a company's trade ("Aluminium", "Computer"), no
    place, finance arm or organisation word."""
    return (
        word.isalpha()
        and word.lower() in lex.gaz.common_words
        and word not in _ARM_WORDS
        and word not in ORG_WORDS
        and lex.lookup((word,), all_caps=False) is None
    )


def is_plain_word(word: str, gaz: Gazetteer) -> bool:
    """A common word or given name, too vague to stand for an organisation by itself."""
    return word.lower() in gaz.common_words or word in gaz.first_names


def org_keys(lex: Lexicon, name: str, unknown: bool) -> tuple[str, ...]:
    """The short forms of an organisation's name that stand for it in an article.

    The company's own short name first; single words only if distinctive.
    """
    cache = lex.org_keys
    keys = cache.get((name, unknown))
    if keys is None:
        gaz = lex.gaz
        keys = tuple(
            short
            for k, short in enumerate(_org_short_forms(name, unknown, lex))
            if k == 0 or " " in short or short.isupper() or not is_plain_word(short, gaz)
        )
        if len(cache) >= 100_000:
            cache.clear()
        cache[(name, unknown)] = keys
    return keys


def add_org_keys(org_names: dict[str, str], lex: Lexicon, name: str, unknown: bool) -> None:
    """Map the short forms of the organisation ``name`` to it in ``org_names`` (the article's
    short forms: the first organisation to claim one keeps it). A body named after its town
    without the town that a second such body shares ("Leeds City Council", "Newcastle City
    Council" ... "the City Council") stands for neither: it names itself. A one-word short
    form is also its capitals: a wire's "<TMOC Resources Ltd>" is spelled "Tmoc Resources
    Ltd", and the story goes on with "TMOC"."""
    for short in org_keys(lex, name, unknown):
        owner = org_names.setdefault(short, name)
        if owner != name and owner.endswith(" " + short) and name.endswith(" " + short):
            org_names[short] = short
        elif owner == name and len(short) > 2 and short.istitle() and short.isalpha():
            org_names.setdefault(short.upper(), name)
    last = _plural_last_word(name, lex)
    if last is not None:
        # "British and Irish Lions ... the Lions", "Chicago Bulls ... the Bulls": a side's or
        # a body's plural last word; two such names ending in it share it, and it names
        # itself ("Christian Democrats", "Social Democrats" ... "Democrats").
        owner = org_names.setdefault(last, name)
        if owner != name and owner.endswith(" " + last):
            org_names[last] = last


# Prepositions that link a body's name to its plural object, as "of" does: "Doctors Without
# Borders", "Scientists Against Hunger" ("Borders closed at noon" names no charity).
_PLURAL_LINKS = frozenset({"without", "against"})


def _plural_last_word(name: str, lex: Lexicon) -> str | None:
    """The plural last word of a name of two or more words ("Lions" of "British and Irish
    Lions"), unless it is a company's or a body's word ("Brothers", "Industries") or a name
    the gazetteers know, or the object of a link word ("of", "without"), in either case ("National Union of
    Students", "National Union Of Students",
    "Societe Anonyme de Telecommunications": "Students can decide" names no union)."""
    words = name.split()
    last = words[-1]
    if (
        len(words) < 2
        or words[-2].lower() in ORG_LINKS  # "of", and "Of" in title case
        or words[-2].lower() in _PLURAL_LINKS  # "Doctors Without Borders"
        or words[-2] in NAME_PARTICLES
        or len(last) < 4
        or not last.isalpha()
        or not last.istitle()
        or last[-1] != "s"
        or last[-2:] == "ss"
        or last in _COMPANY_TAIL
        or lex.lookup((last,), all_caps=False) is not None
    ):
        return None
    return last


# The words that close a company's full name after its short name: legal forms ("Corp",
# "Ltd"), company words ("Oil", "Bancorp") and the descriptors between the two ("Motor",
# "International", "Holdings").
_COMPANY_TAIL = COMPANY | CORP_SUFFIXES | CORP_DESCRIPTORS | ORG_WORDS
_LEGAL_ENDS = COMPANY | CORP_SUFFIXES


def _org_short_forms(name: str, unknown: bool, lex: Lexicon) -> tuple[str, ...]:
    """Initials ("OAS") and, for companies, short names ("Texaco Inc" -> "Texaco"), read
    with the extractor's lexicon (``lex``: its gazetteer and the user's aliases); cached by
    :func:`org_keys`."""
    words = name.replace(",", "").split()
    out = []
    for ini in (
        "".join(t[0] for t in words if t[0].isupper() and t not in ORG_WORDS),
        "".join(t[0] for t in words if t[0].isupper()),
    ):
        if len(ini) >= 2:
            out.append(ini)
    # "Texaco Inc" ... "Texaco", "Canam Manac Group Inc" ... "Canam Manac", "Laboratoires
    # Sarget SA" ... "Sarget"; but "Clinton Foundation" ... "Clinton" is a person.
    if not unknown and len(words) > 1 and words[0] not in ORG_WORDS:
        out.append(words[0])  # "Goldman Sachs" ... "Goldman" (checked against common words)
    if unknown and len(words) > 1 and words[-1] in _LEGAL_ENDS:
        # "Clark Copy International Corp" ... "Clark Copy", "Dairy Farm International
        # Holdings Ltd" ... "Dairy Farm": the descriptors go with the legal form.
        core = list(words)
        while len(core) > 1 and core[-1] in _COMPANY_TAIL:
            core.pop()
        out.insert(0, " ".join(core))  # "Apex Oil" ... "Apex", even if a common word
        out.append(" ".join(words[:-1]))
        out += [w for w in core if len(w) > 2 and w[0].isupper() and w not in ORG_WORDS]
    elif unknown and len(words) > 1 and _trade_name(words, lex.gaz):
        # "Citadel Broadcasting" ... "Citadel", "Clear Channel Radio" ... "Clear Channel": after
        # the initials, so a one-word short form counts only if distinctive (org_keys).
        core = list(words)
        while len(core) > 1 and core[-1] in _COMPANY_TAIL:
            core.pop()
        out.append(" ".join(core))
    if unknown and len(words) > 2 and _town_word(words[0], lex):
        # "the Newcastle Evening Chronicle ... the Evening Chronicle", "the Birmingham City
        # Council ... the City Council": a body named after its town, without the town.
        out.append(" ".join(words[1:]))
    return tuple(out)


def _town_word(word: str, lex: Lexicon) -> bool:
    """A known town's or region's one-word name ("Newcastle", "Yorkshire"), no country's."""
    known = lex.lookup((word,), all_caps=False)
    return known is not None and known.type == "location" and known.kind in ("place", "capital")


def _trade_name(tokens: tuple[str, ...] | list[str], gaz: Gazetteer) -> bool:
    """A business's name by its trade word, in capitalised words ("Wikid Records"; not
    "Angels on Radio"), whose first word is no known place ("Hollywood Laboratories" ...
    "major Hollywood studios")."""
    if tokens[-1] not in TRADE or not all(t[:1].isupper() for t in tokens):
        return False
    known = gaz.folded.get(tokens[0].casefold())
    return known is None or known.type == "organization"


def leading_words(
    cands: list[_Cand], gaz: Gazetteer, org_names: dict[str, str] | None = None, lex=None
) -> dict[str, str]:
    """The first words of the company names of an article that stand for the company alone:
    "Morgan" of "Morgan Stanley", "Lehman" of "Lehman Brothers" (written so, whatever the
    canonical name); not a common word ("General Motors"), an organisation word or a name
    whose other words make a body ("Clinton Foundation", "Kennedy Center": the person).
    With ``org_names`` and ``lex``, first adds to ``org_names`` the leading words of the
    unknown companies' full names ("National Southwire Aluminum Co" ... "National
    Southwire", ``_short_names``), after the article's other short forms."""
    if org_names is not None and lex is not None:
        add_prefix_keys(org_names, cands, lex)
    out: dict[str, str] = {}
    for c in cands:
        if c.type != "organization" or not c.canonical or len(c.tokens) < 2:
            continue
        head = c.tokens[0]
        if (
            head.isalpha()
            and head[0].isupper()
            and not head.isupper()
            and head not in ORG_WORDS
            and head.lower() not in gaz.common_words
            and all(t in _LEGAL_ENDS or t in TRADE or t not in ORG_WORDS for t in c.tokens[1:])
            # a known company, or one by its legal form, a company word or "&" ("Todd
            # Shipyards Corp", "Harris Associates L.P.": not Kamala Harris)
            and (
                c.entry is not None
                or c.tokens[-1] in _LEGAL_ENDS
                or _trade_name(c.tokens, gaz)  # "Sirius Satellite Radio", "Wikid Records"
                or "&" in c.tokens
                or not COMPANY.isdisjoint(c.tokens[1:])
            )
        ):
            out.setdefault(head, c.canonical)
    return out
