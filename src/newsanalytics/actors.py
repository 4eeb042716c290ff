"""Find the people, organisations and places in news articles and resolve their names.

The default backend is rule-based and offline: shipped gazetteers (countries with short
forms, demonyms and capitals; international and national organisations with acronyms;
titles; given names), capitalised-span candidates with news-aware filters (headlines,
datelines, wire names, sentence starts, months and weekdays) and resolution inside each
article (surname to full name, acronym to expansion, demonym to country, person versus place
by context). An optional backend takes the entities of a user-supplied spaCy pipeline and
resolves them the same way.

Examples
--------
>>> from newsanalytics.actors import ActorExtractor
>>> ex = ActorExtractor()
>>> text = "Venezuelan Foreign Minister Elias Jaua met U.S. officials. Jaua said little."
>>> [(m.actor, m.type, m.text) for m in ex.extract(text)]  # doctest: +NORMALIZE_WHITESPACE
[('Venezuela', 'location', 'Venezuelan'), ('Elias Jaua', 'person', 'Elias Jaua'),
 ('United States', 'location', 'U.S.'), ('Elias Jaua', 'person', 'Jaua')]
"""

from __future__ import annotations

import json
import logging
import os
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from . import text as _text
from ._gazetteer import Entry, Gazetteer, load_gazetteer, name_key, slugify, tokenize_name
from .exceptions import InputError, missing_extra
from .types import Mention

__all__ = ["ActorExtractor"]

logger = logging.getLogger(__name__)

_BACKENDS = ("rules", "spacy")
_TYPES = ("person", "organization", "location")

# Lower-case words that may join capitalised words into one name.
_ORG_LINKS = frozenset({"of", "for", "on", "and", "&", "the", "in", "de", "du", "des", "la", "'s"})
_NAME_PARTICLES = frozenset(
    "de del della da das do dos du van von der den di la le y bin ibn al el ben abu".split()
)
_LINKS = _ORG_LINKS | _NAME_PARTICLES

# Words that make an unknown capitalised span an organisation.
_ORG_WORDS = frozenset(
    """Bank Ministry Department University College School Institute Institution Council
    Commission Committee Court Agency Authority Board Bureau Office Association Federation
    Union League Party Organization Organisation Foundation Fund Society Academy Center Centre
    Clinic Hospital Church Museum Corp Corp. Corporation Inc Inc. Co Co. Company Ltd Ltd.
    Limited LLC Plc PLC AG SA NV Group Holdings Industries Airlines Airways Motors Bancorp
    Trust Exchange Service Services Administration Army Navy Force Forces Police Guard
    Assembly Parliament Senate Congress Cabinet Government Reserve Network Times Post News
    Journal Press Club Movement Front Alliance Coalition Brigade Brigades Caucus Tribunal
    Secretariat Mission Programme Program Directorate Chamber Conference Forum Lab
    Laboratory Laboratories Partners Securities Systems Technologies Communications
    Electric Steel Railway Railways Railroad Telecom Studios Pictures Records Bancshares
    Financial Insurance Investments Petroleum Oil Energy Mining Resources Chemical Chemicals
    Pharmaceuticals Foods Brands Stores Media Broadcasting Television Radio Magazine""".split()
)
_COMPANY = frozenset(
    """Inc Inc. Corp Corp. Co Co. Corporation Company Ltd Ltd. Limited LLC Plc PLC AG SA NV
    Group Holdings Industries Bancorp Airlines Motors""".split()
)
_PERSON_SUFFIXES = frozenset({"Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"})
_WIRES = frozenset({"Reuters", "Reuter", "REUTERS", "REUTER", "AFP", "UPI", "AP", "Xinhua"})
_NOT_PEOPLE = frozenset(
    """January February March April May June July August September October November December
    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday
    Saturday Sunday God Christmas Easter Ramadan Eid Thanksgiving Halloween Internet Web
    Islam Islamic Muslim Muslims Christian Christians Christianity Catholic Catholics Jewish
    Jews Jew Judaism Sunni Sunnis Shia Shiite Shiites Hindu Hindus Buddhist Buddhists Bible
    Koran Quran Constitution Obamacare Medicaid Medicare Brexit Covid COVID Olympics Nobel
    Celsius Fahrenheit Mr Mrs Ms Dr Sir I OK TV Inc Corp Co Ltd Jr Sr Ave Street Road
    Shr Shrs Net Revs Oper Avg Qtly Qtr Div Mln Dlrs Cts Vs Prior Note NOTE Nine Six Three
    North South East West Northern Southern Eastern Western Central Mid Mount Lake River
    Island Islands Bay Sea Ocean Valley Province State County City Region""".split()
)
_CUE_AFTER = frozenset(
    """said says say told tells added adds wrote writes tweeted alleges alleged argued argues
    claims claimed insisted insists noted notes stated states warned warns believes believed
    thinks thought denied denies accused accuses called calls urged urges asked asks announced
    announces responded responds replied replies explained explains acknowledged admitted
    agreed agrees who whose is was has had will would did does can could should may might
    must also later then himself herself met meets visited visits resigned won lost signed
    vowed promised declined refused spoke speaks testified pleaded""".split()
)
_DETERMINERS = frozenset(
    "the a an of this that these those his her their its our your my new per".split()
)
_PLACE_PREPS = frozenset({"in", "near", "into", "across", "throughout", "around"})
_LOCATIVE = frozenset({"in", "at", "near", "into", "across", "throughout", "from", "around"})
_QUOTES = frozenset("\"'\u201c\u201d\u2018\u2019()[]:\u2013\u2014-")
_FINAL = frozenset(".!?\"'\u201d\u2019:;")
_WORD = r"(?:[A-Z\u00c0-\u00d6\u00d8-\u00de]|(?:al|el)-[A-Z])[\w&'\u2019.\-]*"
_RUN_LINK = r"(?:of|for|on|and|&|the|in|de|du|des|la|del|della|da|das|do|dos|van|von|der|den|di|le|y|bin|ibn|al|el|ben|abu)"
_RUN_RE = re.compile(rf"{_WORD}(?:(?:[ \t]+|[ \t]*\n[ \t]*)(?:{_RUN_LINK}[ \t]+)?{_WORD})*")
_THREE_LOWER_RE = re.compile(r"\b[a-z][a-z]*\b(?:.*?\b[a-z][a-z]*\b){2}", re.S)
_CAPS_RE = re.compile(r"\b[A-Z][A-Z]+\b")
_CTX_RE = re.compile(r"['\u2019][sS]\b|[^\W\d_][\w'\u2019.\-]*(?<![.'\u2019])|\d\S*|[^\w\s]")
_FIRST_ALPHA_RE = re.compile(r"[^\W\d_]")
_DATELINE_RE = re.compile(
    r"^[ \t]*([A-Z][A-Z'.\-]+(?:[ \t]+[A-Z][A-Z'.\-]+)*)[ \t]*,(?=[ \t]*[A-Z(])", re.M
)
_BYLINE_RE = re.compile(r"^[ \t]*By[ \t]+[A-Z][^\n]{0,60}$", re.M)
_ACRONYM_DEF_RE = re.compile(r"\s*\(\s*([A-Z][A-Za-z&.\-]{1,9})\s*\)")


@dataclass
class _Cand:
    """A candidate mention before resolution (offsets into the normalised text)."""

    start: int
    end: int
    sentence: int
    tokens: list[str]
    type: str | None = None
    canonical: str | None = None
    entry: Entry | None = None
    cue: bool = False
    initial: bool = False
    heading: bool = False
    single: bool = False
    prev: str = ""
    nxt: str = ""
    drop: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


def _is_cap(tok: str) -> bool:
    c = tok[0]
    if c.isupper():
        return True
    return (tok.startswith(("al-", "el-")) and len(tok) > 3 and tok[3].isupper()) or False


def _is_caps_word(tok: str) -> bool:
    return len(tok) > 1 and tok.isupper()


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
    min_name_tokens : int, default 1
        Unknown capitalised spans shorter than this are not guessed to be people unless a
        cue (title, "said", a known full name) supports them.
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
        min_name_tokens: int = 1,
        locations: bool = True,
    ) -> None:
        self.aliases = aliases
        self.backend = backend
        self.nlp = nlp
        self.min_name_tokens = min_name_tokens
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

    def get_params(self, deep: bool = True) -> dict[str, Any]:
        """Parameters given to ``__init__`` (scikit-learn convention)."""
        return {
            "aliases": self.aliases,
            "backend": self.backend,
            "nlp": self.nlp,
            "min_name_tokens": self.min_name_tokens,
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
    def _tables(self) -> _Tables:
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
        tables = _Tables(key, load_gazetteer(), _load_aliases(self.aliases))
        self.__dict__["_tables_"] = tables
        return tables

    # ------------------------------------------------------------------ candidates
    def _rule_candidates(self, doc: _text.Document, tables: _Tables) -> list[_Cand]:
        text = doc.text
        blocked = _blocked_spans(text)
        headings = _headings(doc)
        out: list[_Cand] = []
        for sent in doc.sentences:
            cs, ce = doc.to_clean(sent.start), doc.to_clean(sent.end)
            # ALL-CAPS: fewer than three lower-case words and at least one all-caps word.
            all_caps = (
                _THREE_LOWER_RE.search(text, cs, ce) is None
                and _CAPS_RE.search(text, cs, ce) is not None
            )
            heading = sent.index in headings or all_caps or _looks_like_heading(text, cs, ce)
            tables.scan(text, cs, ce, sent.index, heading, all_caps, blocked, out)
        return out

    def _spacy_candidates(self, doc: _text.Document, tables: _Tables) -> list[_Cand]:
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
            sent = max(0, _bisect_right(starts, toks[0][1]) - 1)
            entry = tables.lookup(words, all_caps=False)
            cand = _Cand(toks[0][1], toks[-1][2], sent, words, single=len(words) == 1)
            if entry is not None and entry.kind != "place":
                cand.type, cand.canonical, cand.entry = entry.type, entry.canonical, entry
            elif etype == "location" and entry is not None:
                continue
            else:
                cand.type, cand.cue = etype, True
                if etype == "person":
                    words = _strip_titles(words, tables.gaz)
                    if not words:
                        continue
                    skip = len(cand.tokens) - len(words)
                    cand.start = toks[skip][1]
                    cand.tokens = words
                    cand.single = len(words) == 1
            out.append(cand)
        return out

    # ------------------------------------------------------------------ resolution
    def _resolve(self, doc: _text.Document, cands: list[_Cand], tables: _Tables) -> list[Mention]:
        text = doc.text
        gaz = tables.gaz
        cands.sort(key=lambda c: c.start)
        # Full person names introduced in the article; shorter ones merge into longer ones.
        full: dict[str, list[str]] = {}
        counts: Counter[str] = Counter()
        for c in cands:
            if c.type == "person" and not c.heading and len(c.tokens) >= 2 and not c.drop:
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
        # Organisations: in-article acronym definitions and short forms.
        org_names: dict[str, str] = {}
        for c in cands:
            if c.type == "organization" and not c.drop and c.canonical:
                m = _ACRONYM_DEF_RE.match(text, c.end)
                if m:
                    org_names[m.group(1).replace(".", "")] = c.canonical
                initials = "".join(
                    t[0] for t in c.canonical.split() if t[0].isupper() and t not in _ORG_WORDS
                )
                initials_all = "".join(t[0] for t in c.canonical.split() if t[0].isupper())
                for ini in (initials, initials_all):
                    if len(ini) >= 2:
                        org_names.setdefault(ini, c.canonical)
                words = c.canonical.split()
                # "Texaco Inc" ... "Texaco"; but "Clinton Foundation" ... "Clinton" is a person.
                if c.entry is None and len(words) > 1 and all(w in _COMPANY for w in words[1:]):
                    org_names.setdefault(words[0], c.canonical)

        def person_for(token: str) -> str | None:
            key = token.casefold()
            names = by_last.get(key) or by_first.get(key)
            if not names:
                return None
            return Counter(names).most_common(1)[0][0]

        mentions: list[Mention] = []
        for c in cands:
            if c.drop:
                continue
            actor, atype = c.canonical, c.type
            if atype == "person":
                if len(c.tokens) >= 2:
                    actor = merged.get(_display(c.tokens), _display(c.tokens))
                    if (
                        c.heading
                        and not c.extra.get("strong")
                        and actor not in full
                        and actor not in merged.values()
                    ):
                        resolved = person_for(c.tokens[-1])
                        if resolved is None:
                            continue
                        actor = resolved
                else:
                    actor = person_for(c.tokens[0]) or (None if c.heading else _display(c.tokens))
            elif atype is None:
                # Unknown span: a surname, an organisation's short form, or nothing.
                if len(c.tokens) == 1:
                    tok = c.tokens[0]
                    resolved = person_for(tok)
                    if resolved is not None:
                        actor, atype = resolved, "person"
                    elif tok.replace(".", "") in org_names:
                        actor, atype = org_names[tok.replace(".", "")], "organization"
                    elif c.extra.get("guess") == "person":
                        actor, atype = _display(c.tokens), "person"
                else:
                    resolved = person_for(c.tokens[-1]) if c.heading else None
                    if resolved is not None:
                        actor, atype = resolved, "person"
            elif atype == "location" and len(c.tokens) == 1 and c.entry is not None:
                # "Luis Montenegro ... Montenegro said": the person, not the country.
                if c.entry.kind in ("name", "capital") and c.prev not in _LOCATIVE:
                    resolved = person_for(c.tokens[0])
                    if resolved is not None:
                        actor, atype = resolved, "person"
            if actor is None or atype is None:
                continue
            if atype == "location" and not self.locations:
                continue
            actor, atype = tables.rename(actor, atype)
            rs, re_ = doc.to_raw(c.start), doc.to_raw(c.end, end=True)
            mentions.append(
                Mention(
                    actor=actor,
                    type=atype,  # type: ignore[arg-type]
                    text=doc.raw[rs:re_],
                    start=rs,
                    end=re_,
                    sentence=c.sentence,
                    actor_id=slugify(actor),
                )
            )
        mentions.sort(key=lambda m: (m.start, m.end))
        return mentions


# ---------------------------------------------------------------------- helpers
def _bisect_right(values: list[int], x: int) -> int:
    lo, hi = 0, len(values)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < values[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


def _display(tokens: Sequence[str]) -> str:
    """Canonical spelling of a name: ALL-CAPS words title-cased, possessives removed."""
    words = []
    for t in tokens:
        if t == "'s":
            words[-1] = words[-1] + "'s" if words else t
            continue
        if t.isupper() and len(t) > 3 and "." not in t:
            t = t.title()
        words.append(t)
    return " ".join(words)


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


class _Tables:
    """Gazetteer plus the user's aliases, and the sentence scanner that uses them."""

    def __init__(self, key: tuple, gaz: Gazetteer, aliases: dict[str, tuple]) -> None:
        self.key = key
        self.gaz = gaz
        self.user: dict[str, Entry] = {}
        self.user_first: set[str] = set()
        self.max_tokens = gaz.max_tokens
        self.renames: dict[str, tuple[str, str]] = {}
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

    def _guess_type(self, canonical: str, names: list[str]) -> str:
        for name in [canonical, *names]:
            entry = self.lookup([t for t, _, _ in tokenize_name(name)], all_caps=False)
            if entry is not None and entry.kind != "place":
                return entry.type
        first = canonical.split()[0] if canonical.split() else ""
        return "person" if first in self.gaz.first_names else "organization"

    def rename(self, actor: str, atype: str) -> tuple[str, str]:
        if not self.renames:
            return actor, atype
        return self.renames.get(name_key(actor.split()), (actor, atype))

    def lookup(self, words: Sequence[str], *, all_caps: bool) -> Entry | None:
        key = name_key(words)
        if self.user:
            hit = self.user.get(key)
            if hit is not None:
                return hit
        if len(words) == 1 or all(
            w.replace(".", "").replace("-", "").isupper() or not w[0].isalpha() for w in words
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

    def _match(self, words: list[str], i: int, n: int, all_caps: bool) -> tuple[int, Entry] | None:
        first = words[i].replace(".", "").replace("\u2019", "'").casefold()
        if first not in self.gaz.first_keys and first not in self.user_first:
            return None
        for j in range(min(n, i + self.max_tokens), i, -1):
            if words[j - 1] in _LINKS:
                continue
            entry = self.lookup(words[i:j], all_caps=all_caps)
            if entry is not None:
                return j, entry
        return None

    def _title(self, words: list[str], i: int, n: int) -> int:
        titles = self.gaz.titles
        if words[i].replace(".", "").casefold() not in self.gaz.title_first_keys:
            return 0
        for j in range(min(n - 1, i + self.gaz.title_max_tokens), i, -1):
            if name_key(words[i:j]) in titles:
                return j
        return 0

    def scan(
        self,
        text: str,
        cs: int,
        ce: int,
        sent: int,
        heading: bool,
        all_caps: bool,
        blocked: list[tuple[int, int]],
        out: list[_Cand],
    ) -> None:
        """Append the candidates of the sentence ``text[cs:ce]`` to ``out``.

        Only runs of capitalised words are tokenized, with a few words of context on each
        side: that keeps extraction cheaper than the sentiment scoring of the same text.
        """
        first = _FIRST_ALPHA_RE.search(text, cs, ce)
        first_alpha = first.start() if first else ce
        gaz = self.gaz
        for m in _RUN_RE.finditer(text, cs, ce):
            rs, re_ = m.start(), m.end()
            word = m.group()
            if rs <= first_alpha and word.isalpha():
                # Fast path: a sentence-initial common word standing alone ("The", "But").
                low = word.lower()
                if (
                    low in gaz.common_words
                    and low not in gaz.first_keys
                    and word not in gaz.first_names
                    and (re_ >= ce or text[re_] != ":")
                ):
                    continue
            if word.isalpha():
                # Fast path for the most common run: one plain word.
                if (
                    word in _WIRES
                    or word in _NOT_PEOPLE
                    or (blocked and rs < 400 and any(bs <= rs < be for bs, be in blocked))
                ):
                    continue
                entry = self.lookup((word,), all_caps=all_caps)
                if entry is None:
                    self._single(
                        text, word, rs, re_, cs, ce, sent, heading, all_caps, first_alpha, out
                    )
                    continue
                if entry is not None:
                    if entry.kind != "place":
                        ctx = _CTX_RE.findall(text, max(cs, rs - 12), rs)
                        out.append(
                            _Cand(
                                rs,
                                re_,
                                sent,
                                [word],
                                entry.type,
                                entry.canonical,
                                entry,
                                heading=heading,
                                initial=rs <= first_alpha,
                                single=True,
                                prev=ctx[-1].lower() if ctx else "",
                            )
                        )
                    continue
            run_toks = tokenize_name(word, rs)
            # Context words only need their text: offsets -1.
            before = [(w, -1, -1) for w in _CTX_RE.findall(text, max(cs, rs - 40), rs)[-3:]]
            after = [(w, -1, -1) for w in _CTX_RE.findall(text, re_, min(ce, re_ + 30))[:2]]
            toks = before + run_toks + after
            nb = len(before)
            # Wire names and blocked spans (datelines) split a run.
            pieces: list[list[int]] = [[]]
            for k in range(nb, nb + len(run_toks)):
                tok, ts, _ = toks[k]
                if (
                    tok in _WIRES
                    or not (tok[0].isalpha() or tok in _LINKS)
                    or (blocked and any(bs <= ts < be for bs, be in blocked))
                ):
                    pieces.append([])
                else:
                    pieces[-1].append(k)
            for run in pieces:
                while run and toks[run[-1]][0] in _LINKS:
                    run.pop()
                while run and (toks[run[0]][0] in _LINKS or not toks[run[0]][0][0].isalpha()):
                    run.pop(0)
                if not run:
                    continue
                k0 = run[0]
                prev = toks[k0 - 1][0].lower() if k0 > 0 else ""
                initial = toks[k0][1] <= first_alpha or (prev in _QUOTES and prev != "-")
                self._segment(text, toks, run, sent, heading, all_caps, initial, prev, out)

    def _segment(
        self,
        text: str,
        toks: list[tuple[str, int, int]],
        run: list[int],
        sent: int,
        heading: bool,
        all_caps: bool,
        initial: bool,
        prev: str,
        out: list[_Cand],
    ) -> None:
        gaz = self.gaz
        words = [toks[r][0] for r in run]
        n = len(words)
        # Leading "The"/sentence-initial common words are not part of a name.
        i = 0
        while i < n:
            w = words[i]
            if w.lower() == "the" or w in _LINKS:
                i += 1
                continue
            if (
                i == 0
                and initial
                and w.lower() in gaz.common_words
                and w not in gaz.first_names
                and self._match(words, 0, n, all_caps) is None
            ):
                i += 1
                continue
            break
        cue = self._title_before(toks, run[0])
        after_idx = run[-1] + 1
        nxt = _next_words(toks, after_idx)
        while i < n:
            w = words[i]
            if w in _LINKS:
                i += 1
                continue
            hit = self._match(words, i, n, all_caps)
            if hit is not None:
                j, entry = hit
                # "Luis Montenegro", "George Washington": a given name owns the place name.
                # "Stanford Law School", "Venezuelan Petroleum Corp": the place is part of
                # an organisation's name.
                end_org = self._org_tail(words, j, n)
                if entry.type == "location" and end_org:
                    self._emit(
                        toks,
                        run,
                        i,
                        end_org,
                        sent,
                        out,
                        heading=heading,
                        initial=initial,
                        type="organization",
                        canonical=_display(words[i:end_org]),
                    )
                    i = end_org
                    continue
                if entry.kind != "place":
                    self._emit(
                        toks,
                        run,
                        i,
                        j,
                        sent,
                        out,
                        heading=heading,
                        initial=initial,
                        type=entry.type,
                        canonical=entry.canonical,
                        entry=entry,
                        prev=prev if i == 0 else words[i - 1].lower(),
                        nxt=nxt,
                    )
                i = j
                continue
            if all_caps:
                i += 1
                continue
            t_end = self._title(words, i, n)
            if t_end:
                cue = True
                i = t_end
                continue
            if heading and self._commonish(w):
                i += 1
                continue
            j = self._chunk_end(words, i, n, all_caps, heading)
            chunk = words[i:j]
            self._classify(
                toks,
                run,
                i,
                j,
                chunk,
                sent,
                out,
                heading=heading,
                initial=initial and i == 0,
                cue=cue,
                nxt=nxt if j == n else _next_words(toks, run[j - 1] + 1),
                prev=prev if i == 0 else words[i - 1].lower(),
            )
            cue = False
            i = j

    def _single(
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
    ) -> None:
        """A run of one plain word that no gazetteer knows: what ``_segment`` does, inlined."""
        if all_caps:
            return
        before = _CTX_RE.findall(text, max(cs, rs - 40), rs)[-3:]
        prev = before[-1].lower() if before else ""
        initial = rs <= first_alpha or (prev in _QUOTES and prev != "-")
        if (initial and self._common(word)) or (heading and self._commonish(word)):
            return
        after = _CTX_RE.findall(text, re_, min(ce, re_ + 30))[:2]
        toks = [(w, -1, -1) for w in before]
        toks.append((word, rs, re_))
        self._classify(
            toks,
            [len(before)],
            0,
            1,
            [word],
            sent,
            out,
            heading=heading,
            initial=initial,
            cue=self._title_before(toks, len(before)),
            nxt=" ".join(a.lower() for a in after),
            prev=prev,
        )

    def _title_before(self, toks: list[tuple[str, int, int]], k: int) -> bool:
        """True when lower-case title words end right before token ``k``."""
        words = []
        m = k - 1
        while m >= 0 and len(words) < 3 and toks[m][0][0].isalpha() and toks[m][0].islower():
            words.insert(0, toks[m][0])
            if name_key(words) in self.gaz.titles:
                return True
            m -= 1
        return False

    def _org_tail(self, words: list[str], j: int, n: int) -> int:
        """End of an organisation name that starts before ``j`` and ends in an org word."""
        end = j
        best = 0
        while end < n and words[end] != "'s":
            if words[end] in _ORG_WORDS:
                best = end + 1
            elif words[end] not in _LINKS and (
                self._title(words, end, n) or self._match(words, end, n, False) is not None
            ):
                break
            end += 1
        return best

    def _chunk_end(self, words: list[str], i: int, n: int, all_caps: bool, heading: bool) -> int:
        gaz = self.gaz
        orgish = words[i] in _ORG_WORDS
        j = i + 1
        while j < n:
            w = words[j]
            if w == "'s":
                break
            if heading and self._commonish(w) and w not in _ORG_WORDS and w not in _LINKS:
                break  # Title Case headline: "Donald Trump Says Americans Are Just As Bad"
            if w in _LINKS:
                tail_org = any(x in _ORG_WORDS for x in _until_possessive(words, j + 1, n))
                if orgish or tail_org or (w in _NAME_PARTICLES and w not in _ORG_LINKS):
                    j += 1
                    continue
                break
            if not orgish:
                if self._title(words, j, n) and not any(x in _ORG_WORDS for x in words[j:n]):
                    break
                hit = self._match(words, j, n, all_caps)
                if hit is not None:
                    jj, entry = hit
                    if entry.type == "location" and words[i] in gaz.first_names and j - i <= 2:
                        j = jj
                        continue
                    if not any(x in _ORG_WORDS for x in words[jj:n]):
                        break
                # "John Kerry John Kerry" (a caption repeated on one line): a new name.
                if j - i >= 2 and w in gaz.first_names and words[i] in gaz.first_names:
                    break
            if w in _ORG_WORDS:
                orgish = True
            j += 1
        return j

    def _classify(
        self,
        toks: list[tuple[str, int, int]],
        run: list[int],
        i: int,
        j: int,
        chunk: list[str],
        sent: int,
        out: list[_Cand],
        *,
        heading: bool,
        initial: bool,
        cue: bool,
        nxt: str,
        prev: str,
    ) -> None:
        gaz = self.gaz
        while chunk and chunk[-1] in _LINKS:
            chunk = chunk[:-1]
            j -= 1
        if not chunk:
            return
        if (
            len(chunk) == 2
            and chunk[1] in ("Administration", "Campaign")
            and not self._common(chunk[0])
        ):
            cand = self._emit(
                toks,
                run,
                i,
                i + 1,
                sent,
                out,
                heading=heading,
                initial=initial,
                type=None,
                prev=prev,
                nxt=chunk[1].lower(),
            )
            cand.extra["guess"] = "person"
            return
        if any(w in _ORG_WORDS for w in chunk) and chunk[-1] not in _PERSON_SUFFIXES:
            if len(chunk) == 1:
                return
            self._emit(
                toks,
                run,
                i,
                j,
                sent,
                out,
                heading=heading,
                initial=initial,
                type="organization",
                canonical=_display(chunk),
            )
            return
        after_cue = nxt.split(" ")[0] in _CUE_AFTER or nxt.startswith(", who")
        if len(chunk) == 1:
            w = chunk[0]
            guess = None
            if initial and nxt.startswith(":") and w.isupper() and len(w) > 2:
                guess = "person"  # a transcript's speaker label: "PORTMAN: 100 percent?"
            elif (
                len(w) > 1
                and w not in _NOT_PEOPLE
                and not w.isupper()
                and w.lower() not in gaz.titles
                and (prev not in _PLACE_PREPS or nxt.startswith("'s"))
                and (prev != "the" or nxt[:1].isalpha())
            ):
                common = self._common(w) or ((initial or heading) and self._inflected(w))
                if cue or (after_cue and not initial) or (after_cue and not common):
                    guess = "person"
                elif not common and self._not_modifier(nxt):
                    guess = "person"
                elif (
                    not initial
                    and not heading
                    and prev not in _DETERMINERS
                    and self._not_modifier(nxt)
                    and nxt[:1] not in ("", ".")
                ):
                    # A common word capitalised mid-sentence is a proper name ("Sessions").
                    guess = "person"
            cand = self._emit(
                toks,
                run,
                i,
                j,
                sent,
                out,
                heading=heading,
                initial=initial,
                type=None,
                prev=prev,
                nxt=nxt,
            )
            cand.extra["guess"] = guess
            cand.cue = cue
            return
        name_like = all(
            (w in gaz.first_names or w.lower() not in gaz.common_words or w in _NAME_PARTICLES)
            and not w.isupper()
            for w in chunk
            if w not in _PERSON_SUFFIXES
        )
        speaker = initial and nxt.startswith(":")  # "CHRIS HAYES: Totally, yeah."
        if cue or chunk[0] in gaz.first_names or name_like or after_cue or speaker:
            if all(w.isupper() for w in chunk if len(w) > 1) and not speaker:
                return
            cand = self._emit(
                toks,
                run,
                i,
                j,
                sent,
                out,
                heading=heading,
                initial=initial,
                type="person",
                prev=prev,
                nxt=nxt,
            )
            cand.extra["strong"] = True
            return
        self._emit(
            toks,
            run,
            i,
            j,
            sent,
            out,
            heading=heading,
            initial=initial,
            type=None,
            prev=prev,
            nxt=nxt,
        )

    def _common(self, w: str) -> bool:
        return w.lower() in self.gaz.common_words and w not in self.gaz.first_names

    def _commonish(self, w: str) -> bool:
        return self._common(w) or (w not in self.gaz.first_names and self._inflected(w))

    def _inflected(self, w: str) -> bool:
        """A common word with an inflection ("Disputes", "Historically"), not a surname."""
        low, common = w.lower(), self.gaz.common_words
        return any(
            low.endswith(suffix) and low[: len(low) - len(suffix)] + extra in common
            for suffix, extra in (
                ("s", ""),
                ("es", ""),
                ("ed", ""),
                ("ed", "e"),
                ("ing", ""),
                ("ing", "e"),
                ("ly", ""),
                ("ies", "y"),
            )
        )

    def _not_modifier(self, nxt: str) -> bool:
        """False when the next words make a capitalised word a modifier ("Stanford law...")."""
        word = nxt.split(" ")[0]
        return word not in self.gaz.titles and word != "officials"

    def _emit(
        self,
        toks: list[tuple[str, int, int]],
        run: list[int],
        i: int,
        j: int,
        sent: int,
        out: list[_Cand],
        *,
        heading: bool,
        initial: bool,
        type: str | None,
        canonical: str | None = None,
        entry: Entry | None = None,
        prev: str = "",
        nxt: str = "",
    ) -> _Cand:
        words = [toks[r][0] for r in run[i:j]]
        cand = _Cand(
            start=toks[run[i]][1],
            end=toks[run[j - 1]][2],
            sentence=sent,
            tokens=words,
            type=type,
            canonical=canonical,
            entry=entry,
            heading=heading,
            initial=initial,
            single=len(words) == 1,
            prev=prev,
            nxt=nxt,
        )
        out.append(cand)
        return cand


def _until_possessive(words: list[str], j: int, n: int) -> list[str]:
    out = []
    while j < n and words[j] != "'s":
        out.append(words[j])
        j += 1
    return out


def _next_words(toks: list[tuple[str, int, int]], k: int) -> str:
    """The next two tokens after a run, lower-cased ("said", ", who")."""
    parts = [toks[m][0].lower() for m in range(k, min(k + 2, len(toks)))]
    return " ".join(parts)
