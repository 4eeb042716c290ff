"""The :class:`ActorExtractor` and the resolution of its candidates inside an article (see the
package docstring of :mod:`newsanalytics.actors`)."""

from __future__ import annotations

import json
import logging
import os
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Mapping
from functools import lru_cache
from operator import attrgetter
from typing import Any

from .. import text as _text
from ..exceptions import InputError, missing_extra
from ..types import Mention
from ._gazetteer import Gazetteer, _read, load_gazetteer, name_key, slugify, tokenize_name
from ._scan import (
    _CAPS_RE,
    _COMPANY,
    _CUE_AFTER,
    _LOCATIVE,
    _ORG_WORDS,
    _PERSON_SUFFIXES,
    _THREE_LOWER_RE,
    _TITLE_WORD_RE,
    Lexicon,
    _Cand,
    _display,
)

__all__ = ["ActorExtractor"]

logger = logging.getLogger(__name__)

_BACKENDS = ("rules", "spacy")
_TYPES = ("person", "organization", "location")

# Lower-case words that may join capitalised words into one name.
_FINAL = frozenset(".!?\"'\u201d\u2019:;")
_DATELINE_RE = re.compile(
    r"^[ \t]*([A-Z][A-Z'.\-]+(?:[ \t]+[A-Z][A-Z'.\-]+)*)[ \t]*,(?=[ \t]*[A-Z(])", re.M
)
_BYLINE_RE = re.compile(r"^[ \t]*By[ \t]+[A-Z][^\n]{0,60}$", re.M)
_ACRONYM_DEF_RE = re.compile(r"\s*(?:<[A-Z0-9.\-]{1,12}>\s*)?\(\s*([A-Z][A-Za-z&.\-]{1,9})\s*\)")


class ActorExtractor:
    """Extract actor mentions (people, organisations, locations) from news text.

    Parameters
    ----------
    aliases : dict or str or path, optional
        User alias table: canonical name -> list of aliases (or ``{"type": ..., "aliases":
        [...]}``), or the path of a JSON file of that shape. Aliases are recognised in text
        and every mention resolved to an alias is reported under the canonical name.
    backend : {"rules", "spacy"}, default "rules"
        ``"rules"`` needs nothing beyond the package; ``"spacy"`` takes entities from
        ``nlp`` (optional extra ``spacy``) and resolves them with the same gazetteers.
    nlp : spacy.language.Language, optional
        The spaCy pipeline used by the ``"spacy"`` backend.
    locations : bool, default True
        Report countries and regions (including demonyms and capitals) as locations.

    Examples
    --------
    >>> ex = ActorExtractor(aliases={"United States": ["Uncle Sam"]})
    >>> sorted({m.actor for m in ex.extract("Uncle Sam and the U.S. Treasury.")})
    ['United States', 'United States Department of the Treasury']
    """

    def __init__(
        self,
        *,
        aliases: Mapping[str, Any] | str | os.PathLike | None = None,
        backend: str = "rules",
        nlp: Any = None,
        locations: bool = True,
    ) -> None:
        self.aliases = aliases
        self.backend = backend
        self.nlp = nlp
        self.locations = locations

    # ------------------------------------------------------------------ public API
    def extract(self, text: str) -> list[Mention]:
        """Mentions in ``text``, sorted by start offset.

        Parameters
        ----------
        text : str
            The article text. Offsets of the mentions index into it.

        Returns
        -------
        list of Mention
        """
        if not isinstance(text, str):
            raise InputError(f"ActorExtractor.extract expects a str, got {type(text).__name__}")
        return self.extract_document(_text.parse(text))

    def extract_document(self, doc: _text.Document) -> list[Mention]:
        """Mentions in an already parsed :class:`newsanalytics.text.Document`."""
        tables = self._tables()
        if self.backend == "spacy":
            cands = self._spacy_candidates(doc, tables)
        else:
            cands = self._rule_candidates(doc, tables)
        return self._resolve(doc, cands, tables)

    def dateline_location(self, doc: _text.Document) -> str | None:
        """The country a story was filed from, read off its dateline.

        Datelines ("NEW YORK, Feb 26 -", "ANTIGUA, Guatemala (Reuters) -", "HOUSTON, Texas
        (AP) --") name no actor, so :meth:`extract_document` skips them; this method maps them
        to the canonical country name that location mentions use ("United States"). A region
        or country after the city decides ("LONDON, Ontario" is in Canada); otherwise the
        shipped table of a few hundred cities, capitals and country names does.

        Parameters
        ----------
        doc : newsanalytics.text.Document or str
            A parsed article (its ``dateline``; without one, an ALL-CAPS place opening the
            first line), or the raw text, which is parsed.

        Returns
        -------
        str or None
            The canonical country, or None when there is no dateline or its place is unknown.

        Examples
        --------
        >>> from newsanalytics import text
        >>> ex = ActorExtractor()
        >>> ex.dateline_location(text.parse("TOKYO, March 3 - Japan's exports rose."))
        'Japan'
        >>> ex.dateline_location(text.parse("ANTIGUA, Guatemala (Reuters) - Talks began."))
        'Guatemala'
        >>> ex.dateline_location(text.parse("The talks began in Antigua.")) is None
        True
        """
        if isinstance(doc, str):
            doc = _text.parse(doc)
        line = getattr(doc, "dateline", None)
        if not line:
            m = _FIRST_LINE_PLACE_RE.match(doc.text, 0, 400)
            if m is None:
                return None
            line = m.group(1)
        return _dateline_country(line)

    def get_params(self, deep: bool = True) -> dict[str, Any]:
        """Parameters given to ``__init__`` (scikit-learn convention)."""
        return {
            "aliases": self.aliases,
            "backend": self.backend,
            "nlp": self.nlp,
            "locations": self.locations,
        }

    def set_params(self, **params: Any) -> ActorExtractor:
        """Set parameters (scikit-learn convention); returns ``self``."""
        for key, value in params.items():
            if key not in self.get_params():
                raise InputError(f"ActorExtractor has no parameter {key!r}")
            setattr(self, key, value)
        self.__dict__.pop("_tables_", None)
        return self

    # ------------------------------------------------------------------ set-up
    def _tables(self) -> Lexicon:
        key = (id(self.aliases), self.backend)
        cached = self.__dict__.get("_tables_")
        if cached is not None and cached.key == key:
            return cached
        if self.backend not in _BACKENDS:
            raise InputError(
                f"ActorExtractor: backend={self.backend!r} is not one of {list(_BACKENDS)}"
            )
        if self.backend == "spacy":
            if self.nlp is None:
                try:
                    import spacy  # noqa: F401
                except ImportError as exc:
                    raise missing_extra("ActorExtractor(backend='spacy')", "spacy") from exc
                raise InputError("ActorExtractor(backend='spacy') needs nlp=<a spaCy pipeline>")
        tables = Lexicon(key, load_gazetteer(), _load_aliases(self.aliases))
        self.__dict__["_tables_"] = tables
        return tables

    # ------------------------------------------------------------------ candidates
    def _rule_candidates(self, doc: _text.Document, tables: Lexicon) -> list[_Cand]:
        text = doc.text
        # The text layer keeps datelines and bylines out of the sentences when it knows them.
        blocked = [] if hasattr(doc, "boilerplate") else _blocked_spans(text)
        headings = _headings(doc)
        out: list[_Cand] = []
        same = doc.text is doc.raw or doc.text == doc.raw  # offsets need no mapping
        ends: list[int] = []  # where each sentence ends, in ``text``
        for sent in doc.sentences:
            cs, ce = (
                (sent.start, sent.end)
                if same
                else (doc.to_clean(sent.start), doc.to_clean(sent.end))
            )
            ends.append(ce)
            # ALL-CAPS: an all-caps word, no Title-case word, fewer than three lower-case words.
            all_caps = (
                _TITLE_WORD_RE.search(text, cs, ce) is None
                and _CAPS_RE.search(text, cs, ce) is not None
                and _THREE_LOWER_RE.search(text, cs, ce) is None
            )
            heading = (
                sent.index in headings
                or all_caps
                or _looks_like_heading(text, cs, ce)
                or _title_case(text, cs, ce)
            )
            tables.scan(text, cs, ce, sent.index, heading, all_caps, blocked, out)
        if ", " in text or " and " in text or " & " in text:
            out = _partnership_firms(text, out, tables, ends)
        if "<" in text:
            _ticker_marks(text, out)
        return out

    def _spacy_candidates(self, doc: _text.Document, tables: Lexicon) -> list[_Cand]:
        label_type = {
            "PERSON": "person",
            "PER": "person",
            "ORG": "organization",
            "GPE": "location",
            "LOC": "location",
            "NORP": "location",
        }
        sdoc = self.nlp(doc.text)
        starts = [doc.to_clean(s.start) for s in doc.sentences]
        out: list[_Cand] = []
        for ent in sdoc.ents:
            etype = label_type.get(ent.label_)
            if etype is None:
                continue
            toks = tokenize_name(ent.text, ent.start_char)
            while toks and toks[0][0].lower() == "the":
                toks = toks[1:]
            while toks and toks[-1][0] == "'s":
                toks = toks[:-1]
            if not toks:
                continue
            words = [t for t, _, _ in toks]
            sent = max(0, bisect_right(starts, toks[0][1]) - 1)
            entry = tables.lookup(words, all_caps=False)
            cand = _Cand(toks[0][1], toks[-1][2], sent, words)
            if entry is not None and entry.kind != "place":
                cand.type, cand.canonical, cand.entry = entry.type, entry.canonical, entry
            elif etype == "location" and entry is not None:
                continue
            else:
                cand.type, cand.strong = etype, True
                if etype == "person":
                    words = _strip_titles(words, tables.gaz)
                    if not words:
                        continue
                    skip = len(cand.tokens) - len(words)
                    cand.start = toks[skip][1]
                    cand.tokens = words
            out.append(cand)
        return out

    # ------------------------------------------------------------------ resolution
    def _resolve(self, doc: _text.Document, cands: list[_Cand], tables: Lexicon) -> list[Mention]:
        text = doc.text
        same = doc.text is doc.raw or doc.text == doc.raw
        gaz = tables.gaz
        cands.sort(key=attrgetter("start"))
        # Full person names introduced in the article; shorter ones merge into longer ones.
        full: dict[str, list[str]] = {}
        counts: Counter[str] = Counter()
        people = [c for c in cands if c.type == "person" and len(c.tokens) >= 2]
        for c in people:
            if not c.heading:
                name = _display(c.tokens)
                full.setdefault(name, c.tokens)
                counts[name] += 1
        merged = _merge_names(full, counts)
        by_last: dict[str, list[str]] = {}
        by_first: dict[str, list[str]] = {}
        for name, toks in full.items():
            target = merged.get(name, name)
            core = [t for t in toks if t not in _PERSON_SUFFIXES]
            by_last.setdefault(core[-1].casefold(), []).append(target)
            if core[0] in gaz.first_names:
                by_first.setdefault(core[0].casefold(), []).append(target)
        # Surnames of the people named in headlines too: "Meghan McCain Says ..." keeps a
        # later "McCain" from being taken for the well-known John McCain.
        headed: dict[str, str] = {}
        for c in people:
            if c.heading:
                core = [t for t in c.tokens if t not in _PERSON_SUFFIXES and t != "'s"]
                if len(core) >= 2:
                    name = _display(core)
                    headed.setdefault(core[-1].casefold(), gaz.people.get(name_key(core), name))
        # Organisations: in-article acronym definitions and short forms.
        org_names: dict[str, str] = {}
        seen_orgs: set[str] = set()
        defined: dict[str, str] = {}  # "(ICC)" after a name defines the acronym here
        for c in cands:
            if c.type == "organization" and c.canonical:
                m = _ACRONYM_DEF_RE.match(text, c.end)
                if m:
                    defined[m.group(1).replace(".", "")] = c.canonical
                if c.canonical in seen_orgs:
                    continue
                seen_orgs.add(c.canonical)
                if " " not in c.canonical and c.entry is None:
                    org_names.setdefault(c.canonical, c.canonical)  # "Gencorp <GY> ... Gencorp"
                for short in _org_keys(tables, c.canonical, c.entry is None):
                    org_names.setdefault(short, c.canonical)
        # "Organisation of Petroleum Exporting Countries (OPEC)": a spelling of a known name.
        same_as: dict[str, str] = {}
        for acronym, expansion in list(defined.items()):
            known = tables.lookup((acronym,), all_caps=False)
            if known is not None and known.type == "organization":
                if _same_name(expansion, known.canonical):
                    same_as[expansion] = defined[acronym] = known.canonical
        org_names.update(defined)

        def person_for(token: str) -> str | None:
            key = token.casefold()
            names = by_last.get(key) or by_first.get(key)
            if not names:
                return None
            if len(names) == 1:
                return names[0]
            return Counter(names).most_common(1)[0][0]

        def well_known(token: str) -> str | None:
            """A short form ("Putin") of a well-known person no one else here bears."""
            person = gaz.people_short.get(name_key((token,)))
            if person is None:
                return None
            other = headed.get(token.casefold())
            return person if other is None or other == person else None

        lone_kinds: dict[str, str] = {}  # one-word names nobody introduced: their kind
        mentions: list[Mention] = []
        append = mentions.append
        raw = doc.raw
        renames = tables.renames
        locations = self.locations
        for c in cands:
            actor, atype = c.canonical, c.type
            if atype == "person":
                display = _display(c.tokens)
            if atype == "person" and display in org_names:
                # "Aca Joe Inc ... Aca Joe said": the company's short name, not a person.
                actor, atype = org_names[display], "organization"
            elif atype == "person":
                if len(c.tokens) >= 2:
                    actor = merged.get(display, display)
                    if (
                        c.heading
                        and not c.strong
                        and actor not in full
                        and actor not in merged.values()
                    ):
                        resolved = person_for(c.tokens[-1])
                        if resolved is None:
                            continue
                        actor = resolved
                else:
                    actor = (
                        person_for(c.tokens[0])
                        or well_known(c.tokens[0])
                        or (None if c.heading else display)
                    )
                    if c.heading and actor == c.tokens[0] and _lone_given_name(c, gaz):
                        actor = None  # "Senate Passes Bill To ...": no one's name
            elif atype is None:
                # Unknown span: a surname, an organisation's short form, or nothing.
                if len(c.tokens) == 1:
                    tok = c.tokens[0]
                    resolved = person_for(tok)
                    if resolved is not None:
                        actor, atype = resolved, "person"
                    elif tok.replace(".", "") in org_names:
                        actor, atype = org_names[tok.replace(".", "")], "organization"
                    elif well_known(tok) and (
                        c.guess == "person"
                        or not _is_plain_word(tok, gaz)
                        or c.nxt.split(" ")[0] in _CUE_AFTER  # "Sessions said"
                    ):
                        actor, atype = well_known(tok), "person"
                    elif c.guess == "person" and not (c.heading and _lone_given_name(c, gaz)):
                        kind = lone_kinds.get(tok)
                        if kind is None:
                            kind = lone_kinds[tok] = _lone_word_kind(text, tok, tables)
                        if kind == "person":
                            actor, atype = _display(c.tokens), "person"
                        elif kind == "place":
                            actor, atype = _display(c.tokens), "location"
                        elif kind != "none":  # an organisation's name, by its context
                            actor, atype = kind, "organization"
                else:
                    # A well-known person whose name is made of common words ("Moon Jae-in").
                    resolved = gaz.people.get(name_key(c.tokens))
                    if resolved is None and c.heading:
                        resolved = person_for(c.tokens[-1])
                    if resolved is not None:
                        actor, atype = resolved, "person"
            elif c.entry is not None and c.entry.kind == "acronym" and c.tokens[0] in defined:
                actor, atype = defined[c.tokens[0]], "organization"  # "(ICC)" defined here
            elif atype == "location" and len(c.tokens) == 1 and c.entry is not None:
                # "Luis Montenegro ... Montenegro said": the person, not the country.
                if c.entry.kind in ("name", "capital") and c.prev not in _LOCATIVE:
                    resolved = person_for(c.tokens[0])
                    if resolved is not None:
                        actor, atype = resolved, "person"
            if atype == "person" and actor == _display(c.tokens) and _table_label(text, c):
                continue  # "Ind Ttl-F 24,355.5 24,271.3", "Named-A nil nil": a row label
            if actor is None or atype is None:
                continue
            if atype == "organization" and actor in same_as:
                actor = same_as[actor]
            elif atype == "person" and " " in actor:
                # "Donald J. Trump", "Joseph R. Biden Jr." -> the canonical spelling.
                actor = tables.well_known_name(actor)
            if atype == "location" and not locations:
                continue
            if renames:
                actor, atype = tables.rename(actor, atype)
            if same:
                rs, re_ = c.start, c.end
            else:
                rs, re_ = doc.to_raw(c.start), doc.to_raw(c.end, end=True)
            # Positional, quicker than keywords: actor, type, text, start, end, sentence, id.
            mention = Mention(actor, atype, raw[rs:re_], rs, re_, c.sentence, slugify(actor))  # type: ignore[arg-type]
            append(mention)
        mentions.sort(key=attrgetter("start", "end"))
        return mentions


# ---------------------------------------------------------------------- helpers
# Context that marks a one-word name as a company's, around any of its occurrences in the
# article: "Conrail said its offering", "Keycorp shares", "Petro-Canada, Canada's
# state-owned oil company,", "French sugar group Beghin-Say", "agreed to buy DatagraphiX".
_BODY_NOUNS = (
    r"(?:company|firm|group|bank|maker|producer|subsidiary|unit|corporation|concern|agency|"
    r"retailer|chain|airline|carrier|manufacturer|insurer|utility|operator|brokerage|"
    r"conglomerate|holding|partnership|cooperative|co-op)"
)
_ORG_AFTER_RE = re.compile(
    r"(?:\s+(?:also\s+|earlier\s+|previously\s+)?said\s+(?:that\s+)?(?:its\b|it\s+(?:has\s+|"
    r"had\s+|have\s+)?(?:agreed|signed|completed|acquired|sold|bought|filed|raised|lowered|"
    r"reduced|increased|plans|expects|intends|will\s+(?:buy|sell|acquire|pay|offer|redeem|"
    r"issue|close|raise|cut))\b)"
    r"|['’]s(?:\s+[A-Z][\w&-]*){0,3}\s+(?:Inc|Corp|Co|Cos|Ltd|Plc|Stores)\b"
    r"|['’]s\s+(?:shares|stock|stake|subsidiary|unit|plants?|board|shareholders|"
    r"stockholders|directors|earnings|profits?|revenues?|sales|offer|bid|takeover)\b"
    r"|\s+(?:stockholders|shareholders)\b"
    r"|\s+(?:shares|stock)\s+(?:rose|fell|jumped|dropped|slipped|closed|were|are|gained|"
    r"lost|traded|of)\b"  # "Keycorp shares rose", not "Smith shares a video"
    r"|\s+(?:has\s+|had\s+)?(?:agreed\s+(?:in\s+principle\s+)?to\s+|will\s+|plans\s+to\s+)"
    r"(?:buy|acquire|sell|merge|purchase)\b"
    r"|,\s+(?:(?:a|an|the)\s+|[A-Z][\w.-]*['’]s\s+)(?:[\w-]+\s+){0,4}?" + _BODY_NOUNS + r"\b)"
)
_ORG_BEFORE_RE = re.compile(
    r"(?:\b(?:acquire|acquired|acquiring|acquisition\s+of|buy|bought|buying|purchase|"
    r"purchased|merge\s+with|merger\s+with|stake\s+in|shares\s+of|owned\s+by|"
    r"subsidiary\s+of|unit\s+of|" + _BODY_NOUNS + r")\s+)$"
)
# "615 mln Ecus", "6,873 Jeeps": a counted thing, not anyone's name ("Jan. 8, Bowie" is).
_COUNTED_RE = re.compile(
    r"(?<![\w.,-])(?!(?:1[89]|20)\d\d\b)\d(?:[\d,.]*\d)?\s+(?:(?:mln|million|billion|thousand)\s+)?$"
)
# "the province of Heilongjiang", "Guangdong province": a place.
_PLACE_BEFORE_RE = re.compile(
    r"\b(?:province|state|city|region|island|port|town|village|county|district|prefecture|"
    r"municipality|capital) of\s+$"
)
_PLACE_AFTER_RE = re.compile(r"\s+(?:province|prefecture|county|district|region)\b")
# "Chairman W.A. Kistler", "Mr Simon": a person (even when he speaks for "its" company).
_PERSON_BEFORE_RE = re.compile(
    r"(?:\b(?i:chairman|president|minister|director|spokesman|spokeswoman|analyst|executive|"
    r"officer|manager|secretary|governor|senator|economist|treasurer|mr|mrs|ms|dr|sir|lord)"
    r"\.?\s+|\b[A-Z]\.\s*)(?:[A-Z]\.\s*)*$"
)
# "Simon said he", "Li, who", "Nogales, 54,": a person.
_PERSON_AFTER_RE = re.compile(
    r"(?:\s+(?:also\s+)?(?:said|says|told)\s+(?:that\s+)?(?:he|his|she|her)\b"
    r"|\s+[a-z]+\s+(?:his|her|him|himself|herself)\b|,\s+who\b|,\s+\d{2},)"
)


# The rest of a table row after its label: figures, "nil", "unch", "vs", dashes.
# Cells are separated by blanks, so a row splits into cells one way only (no backtracking
# blow-up on long rows of figures or dashes).
_ROW_CELL = r"(?:[-+]?[.,]?\d[\d.,/]*%?|nil|unch|n\.?a\.?|vs\.?|-+|[()])"
_ROW_REST_RE = re.compile(
    r"[ \t]*(?=[^\n]*?(?:\d|\bnil\b|\bunch\b))"  # at least one figure, "nil" or "unch"
    rf"{_ROW_CELL}(?:[ \t]+{_ROW_CELL})*[ \t]*(?:\n|$)"
)


def _table_label(text: str, c: _Cand) -> bool:
    """True when the candidate opens a line whose rest is figures: a table row's label."""
    line_start = text.rfind("\n", 0, c.start) + 1
    if text[line_start : c.start].strip():
        return False
    return _ROW_REST_RE.match(text, c.end) is not None


# A known city or region name in a place's context: "in Rochester", "Syracuse, Rochester and
# Buffalo, N.Y.", "Sabah and Sarawak" (its neighbour in the list is a place too).
_LOCATIVE_RE = re.compile(r"\b(?:in|at|from|near|to|between|outside|across|around|of)\s+$")
_LIST_BEFORE_RE = re.compile(
    r"([A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2})(?:,\s*(?:and|or)?|\s+and|\s+or)\s+$"
)
_LIST_AFTER_RE = re.compile(
    r"(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)([A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2})"
)
# "Scientific Micro Systems GmbH, Augsburg,": the town after a company's name.
_AFTER_COMPANY_RE = re.compile(r"\b(?:Inc|Corp|Co|Ltd|GmbH|AG|SA|NV|Plc|PLC|SpA|BV)\.?,\s+$")


def _among_places(before: str, after: str, places: frozenset[str], tables: Lexicon) -> bool:
    if _LOCATIVE_RE.search(before) or _AFTER_COMPANY_RE.search(before):
        return True
    for m in (_LIST_BEFORE_RE.search(before), _LIST_AFTER_RE.match(after)):
        if m is None:
            continue
        words = m.group(1).rstrip(".,").split()
        # the neighbour itself, or the end of it ("Prince Edward Island" in "... Edward
        # Island"), or its start ("Buffalo, N.Y.")
        spans = [words[k:] for k in range(len(words))] + [words[:k] for k in range(1, len(words))]
        for span in spans:
            other = " ".join(span)
            if other in places or other.rstrip(".") in _US_STATE_ABBREVIATIONS:
                return True
            known = tables.lookup(span, all_caps=False)
            if known is not None and known.type == "location":
                return True
    return False


_US_STATE_ABBREVIATIONS = frozenset(
    """N.Y Calif Fla Texas Ill Mass Mich Ohio Pa N.J Conn Ga Va Md Minn Wis Mo Ind Tenn Ky
    Ala La Ariz Colo Ore Wash Okla Kan Iowa Neb Nev Utah N.C S.C""".split()
)


_NUMBER_WORDS = frozenset(
    """one two three four five six seven eight nine ten eleven twelve thirteen fourteen
    fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy
    eighty ninety hundred hundreds thousand thousands dozen dozens""".split()
)


def _lone_word_kind(text: str, token: str, tables: Lexicon) -> str:
    """What an unintroduced one-word name guessed as a person is, by its article's context.

    Returns ``"person"``, ``"place"`` ("the province of Heilongjiang"), ``"none"`` (a
    counted thing: "615 mln Ecus"), or the canonical
    name of an organisation: a known acronym written in Title case ("Opec" -> OPEC), or the
    word itself where company context surrounds it and no person context does.
    """
    if token.lower() in _NUMBER_WORDS:  # "Thirteen of the 82 are affiliates"
        return "none"
    # Three letters are too often a name ("Gao" is not the GAO); four and more rarely are.
    if 3 < len(token) <= 6 and token.isalpha() and token[0].isupper() and token[1:].islower():
        known = tables.lookup((token.upper(),), all_caps=False)
        if known is not None and known.type == "organization" and known.kind == "acronym":
            return known.canonical
    places = tables.gaz.place_names
    maybe_place = token in places
    org = place = counted = 0
    size, n = len(token), len(text)
    at = text.find(token)
    while at >= 0:  # each whole-word occurrence (str.find: no pattern per name)
        end = at + size
        left_ok = at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "_'’-")
        right_ok = end == n or not (text[end].isalnum() or text[end] in "_-")
        if not (left_ok and right_ok):
            at = text.find(token, at + 1)
            continue
        after = text[end : end + 120]
        before = text[max(0, at - 40) : at]
        at = text.find(token, at + 1)
        if _PERSON_AFTER_RE.match(after) or _PERSON_BEFORE_RE.search(before):
            return "person"
        if _ORG_AFTER_RE.match(after) or _ORG_BEFORE_RE.search(before):
            org += 1
        elif _PLACE_BEFORE_RE.search(before) or _PLACE_AFTER_RE.match(after):
            place += 1
        elif maybe_place and _among_places(before, after, places, tables):
            place += 1
        elif _COUNTED_RE.search(before):
            counted += 1
    if org:
        return token
    if place:
        return "place"
    return "none" if counted else "person"


# A dateline the text layer missed: an ALL-CAPS place opening the first line ("PARIS -").
_FIRST_LINE_PLACE_RE = re.compile(
    r"\s*([A-Z][A-Z.'\-]+(?:[ \t][A-Z][A-Z.'\-]+){0,3}(?:,[ \t]*[A-Z][A-Za-z.'\-]+){0,2})"
    r"[ \t]*(?:,|:|\(|--?[ \t]|\u2013|\u2014)"
)
_DATE_PART_RE = re.compile(
    r"(?i)^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:\s+\d{4})?$"
    r"|^\d{4}$|^(?:mon|tues|wednes|thurs|fri|satur|sun)day$"
)

_TRAILING_DATE_RE = re.compile(
    r"(?i)\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\s*$"
)


@lru_cache(maxsize=1)
def _place_tables() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """Dateline place keys -> canonical country: (cities, regions, countries)."""
    tables = _read("cities.json")
    countries: dict[str, str] = {}
    for c in _read("countries.json"):
        for name in (c["name"], *c["aliases"], c["iso3"]):
            if name:
                countries.setdefault(_place_key(name), c["name"])
    return tables["city"], tables["region"], countries


def _place_key(name: str) -> str:
    text = _text_fold(name)
    return " ".join(text.replace(".", " ").casefold().split())


@lru_cache(maxsize=4096)
def _text_fold(name: str) -> str:
    import unicodedata

    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")


@lru_cache(maxsize=4096)
def _dateline_country(line: str) -> str | None:
    """ "ANTIGUA, Guatemala, (Reuters) -" -> "Guatemala"; "NEW YORK, Feb 26 -" -> "United States"."""
    place = re.split(r"\(|\s[-\u2013\u2014]|[\u2013\u2014]|--|:", line, maxsplit=1)[0]
    parts = [_TRAILING_DATE_RE.sub("", p).strip(" \t-") for p in place.split(",")]
    parts = [p for p in parts if p and not _DATE_PART_RE.match(p)]
    if not parts:
        return None
    cities, regions, countries = _place_tables()
    city = _place_key(parts[0])
    here = cities.get(city) or countries.get(city)
    if len(parts) > 1:
        both = cities.get(_place_key(f"{parts[0]}, {parts[1]}"))
        if both is not None:
            return both  # "SAN JOSE, Costa Rica"
        qualifier = _place_key(parts[1])
        options = [c for c in (regions.get(qualifier), countries.get(qualifier)) if c]
        if options:
            # "TBILISI, Georgia" is the country, "MACON, Georgia" the state.
            return here if here in options else options[0]
    return here


# "Goldman, Sachs and Co", "Kidder, Peabody and Co Inc", "Baker, Fentress and Co": one firm
# named after its partners, not people.
_CAP = r"[A-Z][\w'&.\-]*"
_FIRM_RE = re.compile(
    rf"{_CAP}(?: {_CAP})?(?:, {_CAP}(?: {_CAP})?)+,? (?:and|&) (?:{_CAP} )*?"
    r"(?:Co|Cos|Company|Inc|Corp|Ltd|Securities|Associates|Partners)\b\.?(?: Inc\b\.?)?"
)


_FIRM_END_RE = re.compile(
    r" (?:and|&) (?:[A-Z][\w'&.\-]* )*?"
    r"(?:Co|Cos|Company|Inc|Corp|Ltd|Securities|Associates|Partners)\b"
)


# "the law firm of Kronish, Lieb, Weiner and Hellman", "analyst with Morgan Olmstead,
# Kennedy and Gardner", "economist at Credit Suisse Buckmaster and Moore": partners' names
# after words that announce a firm, without "and Co" at the end.
_FIRM_CONTEXT_RE = re.compile(
    r"\b(?:(?:law |brokerage |investment |securities |accounting |consulting )?firm of"
    r"|(?:law |brokerage |investment |securities |accounting |consulting )firm"
    r"|(?:analyst|economist|strategist|trader)s? (?:at|with)) (?=[A-Z])"
)
_EMPLOYER_CONTEXT_RE = re.compile(
    r"\b(?:analyst|economist|strategist|trader|dealer)s? (?:at|with) (?=[A-Z])"
)
_EMPLOYER_WORDS = ("analyst", "economist", "strategist", "trader", "dealer")
_CAP_RUN_RE = re.compile(rf"{_CAP}(?: {_CAP}){{0,3}}")
_FIRM_LIST_RE = re.compile(
    rf"{_CAP}(?: {_CAP}){{0,2}}(?:, {_CAP}(?: {_CAP})?)*,? (?:and|&) {_CAP}(?: {_CAP})?"
)


def _within_sentence(text: str, m: re.Match[str], ends: list[int]) -> tuple[int, str]:
    """The match cut at the end of its sentence, as the text layer split them ("a trader at
    Kistler. Oil rose" -> "Kistler"), without the sentence's full stop."""
    k = bisect_right(ends, m.start())
    stop = min(m.end(), ends[k]) if k < len(ends) else m.end()
    found = text[m.start() : stop].rstrip().rstrip(".")
    return m.start() + len(found), found


def _known_name(name: str, tables: Lexicon) -> bool:
    """A partner's name that is a known place or organisation ("Japan", "Morgan Stanley")."""
    known = tables.lookup(name.split(), all_caps=False) if name else None
    return known is not None and known.type in ("location", "organization")


def _partnership_firms(
    text: str, cands: list[_Cand], tables: Lexicon, ends: list[int]
) -> list[_Cand]:
    """Replace the candidates inside a partnership's name by one organisation.

    ``ends`` are the sentence ends of ``text``: a firm's name never runs past one.
    """
    firms = []
    matches = []
    end = 0
    for a in _FIRM_END_RE.finditer(text):  # cheap: the regex starts with a literal
        if a.end() > end:
            m = _FIRM_RE.search(text, max(end, a.start() - 120), a.end() + 8)
            if m is not None:
                matches.append((m.start(), m.end(), m.group()))
                end = m.end()
    employer = any(w in text for w in _EMPLOYER_WORDS)
    if (employer or "firm" in text) and (" and " in text or " & " in text):
        for a in _FIRM_CONTEXT_RE.finditer(text):
            m = _FIRM_LIST_RE.match(text, a.end())
            if m is None or any(x[0] <= m.start() < x[1] for x in matches):
                continue
            stop, found = _within_sentence(text, m, ends)
            partners = re.split(r",\s*(?:and |& )?|\s+(?:and|&)\s+", found)
            if any(_known_name(p, tables) for p in partners):
                continue  # "the firm Goldman Sachs and Morgan Stanley": known names
            matches.append((m.start(), stop, found))
    # "analyst with Dean Witter Reynolds": whatever capitalised name follows is the firm,
    # unless it is a known place or person.
    for a in _EMPLOYER_CONTEXT_RE.finditer(text) if employer else ():
        m = _CAP_RUN_RE.match(text, a.end())
        if m is None or any(x[0] <= m.start() < x[1] for x in matches):
            continue
        stop, found = _within_sentence(text, m, ends)
        known = tables.lookup(found.split(), all_caps=False)
        if known is not None and known.type != "organization":
            continue
        matches.append((m.start(), stop, found))
    matches.sort()
    for start, stop, found in matches:
        words = [w.strip(",") for w in found.split()]
        core = [w for w in words if w not in ("and", "&") and w not in _COMPANY]
        known = tables.lookup(core, all_caps=False) if core else None
        name = known.canonical if known is not None and known.type == "organization" else None
        firms.append((start, stop, name or found))
    if not firms:
        return cands
    out = []
    k = 0
    for c in sorted(cands, key=lambda c: c.start):
        while k < len(firms) and firms[k][1] <= c.start:
            k += 1
        if k < len(firms) and firms[k][0] <= c.start < firms[k][1]:
            start, end, name = firms[k]
            if not out or out[-1].start != start:
                words = name.replace(",", "").split()
                out.append(_Cand(start, end, c.sentence, words, "organization", name))
            continue
        out.append(c)
    return out


_TICKER_RE = re.compile(r"[ \t]*<[A-Z0-9][A-Z0-9.\-]{0,9}>")


def _ticker_marks(text: str, cands: list[_Cand]) -> None:
    """Wire copy marks companies: "Swissair <SWSZ.Z> said", "Sweden's <Nordbanken>"."""
    for c in cands:
        if c.type not in (None, "person") or c.canonical is not None:
            continue
        inside = c.start > 0 and text[c.start - 1] == "<"
        if inside and text[c.end : c.end + 1] == ">" and c.tokens[0].isupper():
            c.type, c.guess = None, None  # the ticker itself: "<GY>"
        elif inside or _TICKER_RE.match(text, c.end):
            c.type, c.canonical, c.guess = "organization", _display(c.tokens), None


def _lone_given_name(c: _Cand, gaz: Gazetteer) -> bool:
    """A given name alone in a headline, followed by no name: "Senate Passes Bill To ..."."""
    if c.tokens[0] not in gaz.first_names:
        return False
    word = c.nxt.split(" ")[0]
    return not word or word in _SMALL_WORDS or not word[0].isalpha()


def _same_name(a: str, b: str) -> bool:
    """Two spellings of one name: the distinctive words of ``a`` all occur in ``b``."""
    wa = {w.casefold() for w in a.split() if w[:1].isupper() and w not in _ORG_WORDS}
    wb = {w.casefold() for w in b.split() if w[:1].isupper() and w not in _ORG_WORDS}
    return bool(wa) and wa <= wb


def _is_plain_word(word: str, gaz) -> bool:
    """A common word or given name, too vague to stand for an organisation by itself."""
    return word.lower() in gaz.common_words or word in gaz.first_names


def _org_keys(tables: Lexicon, name: str, unknown: bool) -> tuple[str, ...]:
    """The short forms of an organisation's name that stand for it in an article.

    The company's own short name first; single words only if distinctive.
    """
    cache = tables.org_keys
    keys = cache.get((name, unknown))
    if keys is None:
        gaz = tables.gaz
        keys = tuple(
            short
            for k, short in enumerate(_org_short_forms(name, unknown))
            if k == 0 or " " in short or short.isupper() or not _is_plain_word(short, gaz)
        )
        if len(cache) >= 100_000:
            cache.clear()
        cache[(name, unknown)] = keys
    return keys


@lru_cache(maxsize=4096)
def _org_short_forms(name: str, unknown: bool) -> tuple[str, ...]:
    """Initials ("OAS") and, for companies, short names ("Texaco Inc" -> "Texaco")."""
    words = name.replace(",", "").split()
    out = []
    for ini in (
        "".join(t[0] for t in words if t[0].isupper() and t not in _ORG_WORDS),
        "".join(t[0] for t in words if t[0].isupper()),
    ):
        if len(ini) >= 2:
            out.append(ini)
    # "Texaco Inc" ... "Texaco", "Canam Manac Group Inc" ... "Canam Manac", "Laboratoires
    # Sarget SA" ... "Sarget"; but "Clinton Foundation" ... "Clinton" is a person.
    if not unknown and len(words) > 1 and words[0] not in _ORG_WORDS:
        out.append(words[0])  # "Goldman Sachs" ... "Goldman" (checked against common words)
    if unknown and len(words) > 1 and words[-1] in _COMPANY:
        core = list(words)
        while len(core) > 1 and (core[-1] in _COMPANY or core[-1] in _ORG_WORDS):
            core.pop()
        out.insert(0, " ".join(core))  # "Apex Oil" ... "Apex", even if a common word
        out.append(" ".join(words[:-1]))
        out += [w for w in core if len(w) > 2 and w[0].isupper() and w not in _ORG_WORDS]
    return tuple(out)


def _strip_titles(words: list[str], gaz: Gazetteer) -> list[str]:
    """Remove leading title words ("President", "Sen.") from a person's name."""
    i = 0
    while i < len(words) - 1:
        for j in range(min(len(words) - 1, i + gaz.title_max_tokens), i, -1):
            if name_key(words[i:j]) in gaz.titles:
                i = j
                break
        else:
            break
    return words[i:]


def _merge_names(full: dict[str, list[str]], counts: Counter[str]) -> dict[str, str]:
    """Map each full name to the longest name of the article that contains it.

    "Otto Perez" -> "Otto Perez Molina"; "Barack Obama" -> "Barack Hussein Obama".
    """
    names = sorted(full, key=lambda n: (-len(full[n]), -counts[n]))
    out: dict[str, str] = {}
    for i, short in enumerate(names):
        st = full[short]
        for long in names[:i]:
            lt = full[long]
            if len(lt) <= len(st):
                continue
            if st[0] == lt[0] and st[-1] == lt[-1] or _contiguous(st, lt) and st[-1] == lt[-1]:
                out[short] = out.get(long, long)
                break
    return out


def _contiguous(short: list[str], long: list[str]) -> bool:
    n = len(short)
    return any(long[i : i + n] == short for i in range(len(long) - n + 1))


def _blocked_spans(text: str) -> list[tuple[int, int]]:
    """Datelines ("ANTIGUA, Guatemala") and bylines, which name no actor."""
    spans = []
    head = text[:400]
    for m in _DATELINE_RE.finditer(head):
        if len(m.group(1).replace(".", "")) >= 2:
            spans.append((m.start(1), m.end(1)))
    for m in _BYLINE_RE.finditer(head):
        spans.append((m.start(), m.end()))
    return spans


def _headings(doc: _text.Document) -> frozenset[int]:
    """Heading sentence indices as the text layer reports them, if it does."""
    value = getattr(doc, "headings", None)
    if not value:
        return frozenset()
    try:
        return frozenset(i for i in value if isinstance(i, int))
    except TypeError:
        return frozenset()


_WORD_RE = re.compile(r"[^\W\d_][\w'\u2019\-]*")
_SMALL_WORDS = frozenset(
    "a an the of in on to for and or at by with from as vs via nor but up off out into".split()
)
# A lower-case word that is not one of the small words a Title Case headline keeps lower.
_LOWER_WORD_RE = re.compile(
    r"(?<![\w'\u2019\-])(?!(?:" + "|".join(sorted(_SMALL_WORDS)) + r")(?![\w'\u2019\-]))[a-z]"
)


def _title_case(text: str, start: int, end: int) -> bool:
    """A Title Case headline ("Meghan McCain Says Trump's GOP Is Unrecognizable")."""
    if end - start > 300 or _LOWER_WORD_RE.search(text, start, end) is not None:
        return False
    return len(_WORD_RE.findall(text, start, end)) >= 4


def _looks_like_heading(text: str, start: int, end: int) -> bool:
    """A line of its own without final punctuation: a headline, section head or caption."""
    if end <= start or text[end - 1] in _FINAL:
        return False
    before = text[max(0, start - 1) : start]
    after = text[end : end + 1]
    return before in ("", "\n") and after in ("", "\n", "\r")


def _load_aliases(aliases: Mapping[str, Any] | str | os.PathLike | None) -> dict[str, tuple]:
    """Normalise the user alias table to canonical -> (type or None, aliases)."""
    if aliases is None:
        return {}
    if isinstance(aliases, (str, os.PathLike)):
        try:
            with open(aliases, encoding="utf-8") as fh:
                aliases = json.load(fh)
        except OSError as exc:
            raise InputError(f"aliases file {os.fspath(aliases)!r} cannot be read: {exc}") from exc
        except json.JSONDecodeError as exc:
            raise InputError(f"aliases file {os.fspath(aliases)!r} is not JSON: {exc}") from exc
    if not isinstance(aliases, Mapping):
        raise InputError(
            f"aliases must map a canonical name to a list of aliases, got {type(aliases).__name__}"
        )
    out: dict[str, tuple] = {}
    for canonical, value in aliases.items():
        atype = None
        if isinstance(value, Mapping):
            atype = value.get("type")
            value = value.get("aliases", [])
            if atype is not None and atype not in _TYPES:
                raise InputError(
                    f"aliases[{canonical!r}], field 'type': {atype!r} is not one of {list(_TYPES)}"
                )
        if isinstance(value, str) or not all(isinstance(a, str) for a in value):
            raise InputError(f"aliases[{canonical!r}] must be a list of strings, got {value!r}")
        out[str(canonical)] = (atype, list(value))
    return out
