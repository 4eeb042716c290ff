"""The :class:`ActorExtractor` and the resolution of its candidates inside an article (see the
package docstring of :mod:`newsanalytics.actors`)."""

from __future__ import annotations

import copy
import logging
import os
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Mapping
from itertools import accumulate, islice
from operator import attrgetter
from typing import Any

from sklearn.base import BaseEstimator, TransformerMixin

from .. import text as _text
from ..exceptions import InputError, missing_extra
from ..types import Mention
from ._acronym_heads import acronym_heads
from ._added import added_names
from ._appositives import body_appositives
from ._batch import resolve_batch
from ._club_nicknames import nicknamed_clubs
from ._clubs import named_clubs, town_clubs
from ._companies import company_short_names, marked_names
from ._context import (
    glued_names,
    lone_word_kind,
    named_works,
    partnership_firms,
    product_names,
    short_org_names,
    table_label,
    ticker_marks,
)
from ._dateline import dateline_country
from ._eponyms import divisions, issued_papers, named_things
from ._events import headline_events, named_events
from ._firms import firm_by_context, listed_firms
from ._gazetteer import Gazetteer, load_gazetteer, name_key, slugify
from ._inputs import documents as _documents
from ._inputs import load_aliases as _load_aliases
from ._landforms import landform_names
from ._lexicon import Lexicon
from ._lists import listed_bodies
from ._lockstep import BATCH_SIZE, run_batch, run_one
from ._misread import misread_names
from ._money import names_currency
from ._names import ArticleNames, add_org_keys, is_plain_word, known_shorts, leading_words
from ._namesakes import namesakes
from ._nationals import one_national
from ._org_extents import org_extents
from ._particles import glued_particles
from ._peers import peers_of_places
from ._person_lists import listed_people
from ._places import PLACES, Placer, add_states, article_countries, load_cities, no_place
from ._roles import office_holders
from ._runs import _Cand
from ._scan import (
    _CAP_RE,
    _CAPS_RE,
    _NO_WORDS,
    _THREE_LOWER_RE,
    _TITLE_WORD_RE,
    Scanner,
    _headline_rare_words,
    _title_case,
    mid_sentence_names,
)
from ._spaces import _plain_spaces
from ._spacy import is_spacy_doc as _is_spacy_doc
from ._spacy import spacy_candidates
from ._spelled import same_name, spelled_acronyms
from ._squads import line_ups
from ._things import no_actor_things, plural_goods
from ._tokens import display_of
from ._typer import load_typer, typer_stages
from ._units import acronym_extents, bracketed_arms, organisation_units
from ._words import CORP_SUFFIXES, CUE_AFTER, SMALL_WORDS, SURNAME_YIELDS
from ._works import untitled_works

__all__ = ["ActorExtractor"]

logger = logging.getLogger(__name__)

_BACKENDS = ("rules", "spacy")

_FINAL = frozenset(".!?\"'\u201d\u2019:;")
_ACRONYM_DEF_RE = re.compile(r"\.?\s*(?:<[A-Z0-9.\-]{1,12}>\s*)?\(\s*([A-Z][A-Za-z&.\-]{1,9})\s*\)")


class ActorExtractor(TransformerMixin, BaseEstimator):
    """Extract actor mentions (people, organisations, locations) from news text.

    A scikit-learn estimator: ``get_params``/``set_params``/``clone`` work, :meth:`fit` learns
    nothing (the gazetteers ship with the package) and returns ``self``, and
    :meth:`transform` maps texts to ``{actor: mentions}`` dicts, ready for
    :class:`sklearn.feature_extraction.DictVectorizer` in a ``Pipeline``.

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
        Report countries, regions and cities (including demonyms and capitals) as
        locations.
    places : {"city", "country"}, default "city"
        ``"city"`` reports a city as a location of its own ("Boston", with ``country``
        "United States" on its mentions); ``"country"`` folds every city into its country,
        and regions and nations too ("Yorkshire", "Scotland": United Kingdom).
        A capital is a city too ("Putin visits Paris"), except as the subject of a speech
        or decision verb ("Beijing said"): there it stands for its government and is its
        country either way.
    model : bool, default True
        Let the shipped learned typer (a linear model over each candidate's spelling and
        context) drop candidates that name no actor, retype the ones the rules typed wrongly
        and take up unresolved ones; False keeps the rules' decisions alone.

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
        places: str = "city",
        model: bool = True,
    ) -> None:
        self.aliases = aliases
        self.backend = backend
        self.nlp = nlp
        self.locations = locations
        self.places = places
        self.model = model

    # ------------------------------------------------------------------ public API
    def extract(self, text: Any) -> list[Mention]:
        """Mentions in ``text``, sorted by start offset.

        Parameters
        ----------
        text : str or spacy.tokens.Doc
            The article text. Offsets of the mentions index into it. A spaCy ``Doc`` is read
            through its text (offsets index into ``doc.text``, so ``doc.char_span(m.start,
            m.end)`` is the mention); with ``backend="spacy"`` its entities are used as they
            are, without running ``nlp`` again.

        Returns
        -------
        list of Mention
        """
        return self._extract(*_parsed(text))

    def extract_document(self, doc: _text.Document) -> list[Mention]:
        """Mentions in an already parsed :class:`newsanalytics.text.Document`."""
        return self._extract(doc, None)

    def extract_documents(
        self, docs: Iterable[_text.Document], batch_size: int = BATCH_SIZE
    ) -> list[list[Mention]]:
        """:meth:`extract_document` of each parsed document: the same mentions, found
        faster. The documents go by batches of ``batch_size``; each stage of the extraction
        runs over every document of a batch before the next stage starts, and the learned
        typer reads the candidates of a whole batch at once (see :mod:`._lockstep`).

        Examples
        --------
        >>> from newsanalytics import text
        >>> docs = [text.parse("Kerry met Elias Jaua in Lyon."), text.parse("Kerry left.")]
        >>> ex = ActorExtractor()
        >>> ex.extract_documents(docs) == [ex.extract_document(d) for d in docs]
        True
        """
        if type(self).extract_document is not ActorExtractor.extract_document:
            return [self.extract_document(d) for d in docs]  # a subclass's own reading
        return list(self._batches(((d, None) for d in docs), batch_size))

    def _batches(self, pairs: Iterable[tuple[_text.Document, Any]], batch_size: int = BATCH_SIZE):
        """The mentions of each ``(document, spaCy Doc or None)`` pair, a batch at a time."""
        pairs = iter(pairs)
        while batch := list(islice(pairs, max(1, int(batch_size)))):
            yield from run_batch([self._stages(doc, sdoc) for doc, sdoc in batch])

    def _extract(self, doc: _text.Document, sdoc: Any) -> list[Mention]:
        return run_one(self._stages(doc, sdoc))

    def _stages(self, doc: _text.Document, sdoc: Any):
        """The extraction of ``doc`` as a generator of stages (:mod:`._lockstep`)."""
        scanner = self._scanner()
        if self.backend == "spacy":
            cands = spacy_candidates(doc, scanner.lex, self.nlp, sdoc)
        else:
            doc = _plain_spaces(doc)
            cands = yield from self._candidate_stages(doc, scanner)
            cands = acronym_heads(doc.text, cands, scanner.lex)
        return (yield from self._resolve_stages(doc, cands, scanner.lex))

    def fit(self, X: Any = None, y: Any = None) -> ActorExtractor:
        """Nothing to learn (the gazetteers ship with the package): checks the parameters
        and that ``X``, if given, is a list of texts (as :meth:`transform` takes); ``y`` is
        ignored. Returns ``self``."""
        if X is not None:
            _documents(X, "fit")
        self._scanner()
        return self

    def transform(self, X: Any) -> list[dict[str, int]]:
        """Each text's actors with their numbers of mentions.

        Parameters
        ----------
        X : iterable of str or spacy.tokens.Doc
            The texts (one per document; a single str is refused, wrap it in a list).

        Returns
        -------
        list of dict
            One ``{actor: number of mentions}`` dict per document, in input order (empty for
            a text without actors). Feed it to
            :class:`~sklearn.feature_extraction.DictVectorizer` for a document-actor
            matrix; :meth:`extract` gives the mentions themselves.

        Examples
        --------
        >>> ActorExtractor().transform(["Kerry met Elias Jaua in Lyon.", "Kerry left."])
        [{'John Kerry': 1, 'Elias Jaua': 1, 'Lyon': 1}, {'John Kerry': 1}]
        """
        found = self._batches(map(_parsed, _documents(X, "transform")))
        return [dict(Counter(m.actor for m in mentions)) for mentions in found]

    def dateline_location(self, doc: _text.Document) -> str | None:
        """The country a story was filed from, read off its dateline.

        Datelines ("NEW YORK, Feb 26 -", "ANTIGUA, Guatemala (Reuters) -", "HOUSTON, Texas
        (AP) --") name no actor, so :meth:`extract_document` skips them; this method maps them
        to the canonical country name that location mentions use ("United States"). A region
        or country after the city decides ("LONDON, Ontario" is in Canada); otherwise the
        shipped table of a few hundred cities, capitals and country names does. A region
        alone ("TEXAS (AP) -", "SCOTLAND (Reuters) -") maps to its country when it is a
        state's or nation's name or a name of more than four letters, not a short form that
        only qualifies a city ("ME:", "PA -" name no place).

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
        return dateline_country(doc)

    def resolve_batch(self, batch: list[list[Mention]]) -> list[list[Mention]]:
        """Resolve lone surnames across the articles of a batch (a corpus).

        A person reported under one word ("Bush") becomes the full name the batch uses
        for that surname ("George W. Bush") when the batch uses exactly one; with two
        ("George W. Bush", "George Bush"), or one that does not start with a given name
        (nor is a well-known person's), it stays as it is. A name the user's ``aliases``
        define keeps the user's reading. A lone word the gazetteers know as something
        other than a person stays as it is: an organisation or the first word of one
        ("Fox", as in Fox News), a country, capital or region, or an everyday word. (What
        the other articles type the word does not count: it would tie an article's actors
        to its neighbours more.)

        The reading is per batch: :func:`newsanalytics.analyze` calls this on each batch
        of articles (``batch_size``), so an article's actors can depend on the other
        articles of its batch, and on ``batch_size``. The same input read with the same
        ``batch_size`` gives the same rows; a resumed ``analyze_to`` refuses another
        ``batch_size``.

        Parameters
        ----------
        batch : list of list of Mention
            The mentions of each article, as :meth:`extract` returns them.

        Returns
        -------
        list of list of Mention
            The same lists, with the resolved mentions replaced.
        """
        return resolve_batch(batch, self._scanner().lex)

    def set_params(self, **params: Any) -> ActorExtractor:
        """Set parameters (scikit-learn convention); returns ``self``."""
        valid = self.get_params(deep=False)
        for key in params:
            if key not in valid:
                raise InputError(f"ActorExtractor has no parameter {key!r}")
        super().set_params(**params)
        self.__dict__.pop("_scanner_cache", None)
        return self

    def __sklearn_tags__(self):
        tags = super().__sklearn_tags__()
        tags.input_tags.string = True  # texts (a 2-D array is refused with an InputError)
        tags.requires_fit = False  # the gazetteers ship with the package
        return tags

    # ------------------------------------------------------------------ set-up
    def _scanner(self) -> Scanner:
        # The scanner is built for the aliases as they were: compared by value, so an alias
        # table edited in place after first use is seen (a file is read once, by its path).
        aliases = self.aliases
        seen = dict(aliases) if isinstance(aliases, Mapping) else aliases
        if self.places not in PLACES:
            raise InputError(f"ActorExtractor: places={self.places!r} is not one of {list(PLACES)}")
        cached = self.__dict__.get("_scanner_cache")
        if cached is not None and cached[0] == self.backend and cached[1] == seen:
            return cached[2]
        if self.backend not in _BACKENDS:
            raise InputError(
                f"ActorExtractor: backend={self.backend!r} is not one of {list(_BACKENDS)}"
            )
        if self.backend == "spacy" and self.nlp is None:
            try:
                import spacy  # noqa: F401
            except ImportError as exc:
                raise missing_extra("ActorExtractor(backend='spacy')", "spacy") from exc
        scanner = Scanner(Lexicon(load_gazetteer(), _load_aliases(aliases)))
        self.__dict__["_scanner_cache"] = (self.backend, copy.deepcopy(seen), scanner)
        return scanner

    # ------------------------------------------------------------------ candidates
    def _rule_candidates(self, doc: _text.Document, scanner: Scanner) -> list[_Cand]:
        return run_one(self._candidate_stages(doc, scanner))

    def _candidate_stages(self, doc: _text.Document, scanner: Scanner):
        # The text layer keeps datelines and bylines out of the sentences.
        text = doc.text
        headings = _headings(doc)
        out: list[_Cand] = []
        same = doc.aligned or doc.text == doc.raw  # offsets need no mapping
        ends: list[int] = []  # where each sentence ends, in ``text``
        index: list[int] = []  # and its index
        names_here = mid_sentence_names(text)  # capitalised mid-sentence
        caps: Counter[str] | None = None  # capitalised words of the text, when asked
        for sent in doc.sentences:
            cs, ce = sent.start, sent.end
            if not same:
                cs, ce = doc.to_clean(cs), doc.to_clean(ce)
            ends.append(ce)
            index.append(sent.index)
            # ALL-CAPS: an all-caps word, no Title-case word, fewer than three lower-case words.
            all_caps = (
                _TITLE_WORD_RE.search(text, cs, ce) is None
                and _CAPS_RE.search(text, cs, ce) is not None
                and _THREE_LOWER_RE.search(text, cs, ce) is None
            )
            titled = not all_caps and _title_case(text, cs, ce)
            heading = (
                sent.index in headings or all_caps or _looks_like_heading(text, cs, ce) or titled
            )
            rare = _NO_WORDS  # a Title Case headline's rarer words: "Ukraine Jitters"
            if titled:
                if caps is None:
                    caps = Counter(_CAP_RE.findall(text))
                rare = _headline_rare_words(text, cs, ce, caps)
            scanner.scan(text, cs, ce, sent.index, heading, all_caps, out, names_here, rare)
        yield  # each stage over a batch's documents before the next (_lockstep)
        sink = scanner.runs.dropped  # training only (Scanner.keep_dropped)
        scanned = list(out) if sink is not None else out
        out = headline_events(out, scanner.lex)  # "Speaks At Jerusalem Embassy Opening"
        if ", " in text or " and " in text or " & " in text:
            out = partnership_firms(text, out, scanner.lex, ends)
        out = org_extents(text, glued_particles(text, out, scanner.lex.gaz))  # "Acme Co Inc"
        yield
        if "<" in text:
            out = ticker_marks(text, out)
        out = product_names(text, glued_names(text, out, scanner.lex), scanner.lex)
        out = no_actor_things(text, out, scanner.lex)
        yield
        if "<" in text:
            out = marked_names(text, out, scanner.lex, ends, index)
        out = short_org_names(text, out, scanner.lex, ends, index)
        out = company_short_names(text, out, scanner.lex, ends, index)
        out = added_names(text, out, scanner.lex, ends, index)
        yield
        if "(" in text:
            out = bracketed_arms(text, out, ends, index)
            out = acronym_extents(text, out, ends, index)
        out = listed_bodies(text, organisation_units(text, out, ends, index), ends, index)
        if "." in text:
            for c in out:
                last = c.tokens[-1]
                if last[-1:] == "." and last in CORP_SUFFIXES:
                    # One name for "Acme Inc." and "Acme Inc"; at a sentence's end ("sold to
                    # K Mart Corp.\n") the full stop is no part of the mention either.
                    if c.canonical and c.canonical.endswith(last):
                        c.canonical = c.canonical[:-1]
                    if _ends_sentence(text, c.end):
                        c.end -= 1
                        c.tokens = [*c.tokens[:-1], last[:-1]]
        if sink is not None:
            kept = {id(c) for c in out}
            sink.extend(c for c in scanned if id(c) not in kept)  # "LGBTQ", "Oscars"
        return out

    # ------------------------------------------------------------------ resolution
    def _resolve(
        self,
        doc: _text.Document,
        cands: list[_Cand],
        lex: Lexicon,
        collect: list | None = None,
        dropped: list[_Cand] | None = None,
    ) -> list[Mention]:
        return run_one(self._resolve_stages(doc, cands, lex, collect, dropped))

    def _resolve_stages(self, doc, cands, lex, collect=None, dropped=None):
        """The article's mentions of the candidates ``cands``.

        Training only: with ``collect``, the typer's features of every candidate reach it
        (:func:`._typer.typer_stages`); with ``dropped`` too (the candidates the rules dropped
        before resolution, :meth:`._scan.Scanner.keep_dropped`), those and the ones dropped
        here ("the Iraqis", "the US dollar") that overlap no kept candidate reach it as no
        actor's rows.
        """
        text = doc.text
        same = doc.aligned or doc.text == doc.raw
        gaz = lex.gaz
        cands.sort(key=attrgetter("start"))
        names = ArticleNames(cands, gaz)
        person_for, well_known = names.person_for, names.well_known
        merged, full = names.merged, names.full
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
                    if c.strong and names.surname_here(c):
                        continue  # spaCy's ORG "Trump" of "Donald Trump ... Trump said"
                    org_names.setdefault(c.canonical, c.canonical)  # "Gencorp <GY> ... Gencorp"
                add_org_keys(org_names, lex, c.canonical, c.entry is None)
        leading = leading_words(cands, gaz, org_names, lex)
        # "Organisation of Petroleum Exporting Countries (OPEC)": a spelling of a known name.
        same_as: dict[str, str] = {}
        for acronym, expansion in list(defined.items()):
            known = lex.lookup((acronym,), all_caps=False)
            if known is not None and known.type == "organization":
                if same_name(expansion, known.canonical):
                    same_as[expansion] = defined[acronym] = known.canonical
        org_names.update(spelled_acronyms(cands, defined, lex))  # "Canada Development Corp": CDC

        lone_kinds: dict[str, str] = {}  # one-word names nobody introduced: their kind
        decided: list[tuple[_Cand, str | None, str | None]] = []
        typer = load_typer() if self.model else None
        mentions: list[Mention] = []
        append = mentions.append
        raw = doc.raw
        renames = lex.renames
        locations = self.locations
        table = load_cities()
        placer = Placer(
            text,
            table,
            article_countries(cands, table, dateline_country(doc)),
            person_for,
            org_names,
            gaz.first_names,
        )
        fold = self.places == "country"
        firms: dict[str, bool] = {}

        def firm(word: str) -> bool:
            """A surname of the article's people that it writes as a company's (``_firms``):
            "Bill Ford ... Ford, the US car company"."""
            known = firms.get(word)
            if known is None:
                known = firms[word] = firm_by_context(text, word)
            return known

        placed_at: dict[int, str | None] = {}  # candidates the placer read as places: country
        yield
        for c in cands:
            actor, atype = c.canonical, c.type
            placed = placer.place(c)
            if placed is False:
                continue  # "Jackson" with nothing around it that makes it the city
            if placed is not None:
                actor, atype, placed_at[id(c)] = placed
            if atype == "person":
                display = display_of(tuple(c.tokens))
            if atype == "person" and display in org_names:
                # "Aca Joe Inc ... Aca Joe said": the company's short name, not a person.
                actor, atype = org_names[display], "organization"
            elif (
                leading
                and atype in ("person", None)
                and len(c.tokens) == 1
                and c.tokens[0] in leading
                and not c.strong
                and person_for(c.tokens[0]) is None
            ):
                # "Morgan Stanley ... Morgan said": the company's first word, no person here.
                actor, atype = leading[c.tokens[0]], "organization"
            elif atype == "person":
                if len(c.tokens) >= 2:
                    actor = merged.get(display, display)
                    if actor == display:
                        actor = names.particle_person(c.tokens) or actor  # "Van Gaal"
                    if (
                        c.heading
                        and not c.strong
                        and actor not in full
                        and actor not in merged.values()
                    ):
                        actor = person_for(c.tokens[-1])
                elif (full_name := person_for(c.tokens[0], c)) and firm(c.tokens[0]):
                    # "Bill Ford ... Ford, the car company"
                    actor, atype = c.tokens[0], "organization"
                else:
                    actor = full_name or well_known(c.tokens[0]) or (None if c.heading else display)
                    if c.heading and actor == c.tokens[0] and _lone_given_name(c, gaz):
                        actor = None  # "Senate Passes Bill To ...": no one's name
            elif atype is None:
                # Unknown span: a surname, an organisation's short form, or nothing.
                if len(c.tokens) == 1:
                    tok = c.tokens[0]
                    resolved = person_for(tok, c)
                    if resolved is not None and firm(tok):
                        actor, atype = tok, "organization"
                    elif resolved is not None:
                        actor, atype = resolved, "person"
                    elif tok.replace(".", "") in org_names:
                        actor, atype = org_names[tok.replace(".", "")], "organization"
                    elif well_known(tok) and (
                        c.guess == "person"
                        or not is_plain_word(tok, gaz)
                        or c.nxt.split(" ")[0] in CUE_AFTER  # "Sessions said"
                    ):
                        actor, atype = well_known(tok), "person"
                    elif c.guess == "person" and not (c.heading and _lone_given_name(c, gaz)):
                        kind = lone_kinds.get(tok)
                        if kind is None:
                            kind = lone_kinds[tok] = lone_word_kind(text, tok, lex)
                        if kind == "person":
                            actor, atype = display_of(tuple(c.tokens)), "person"
                        elif kind == "place":
                            actor, atype = display_of(tuple(c.tokens)), "location"
                        elif kind != "none":  # an organisation's name, by its context
                            actor, atype = kind, "organization"
                elif (short := display_of(tuple(c.tokens))) in org_names:
                    # "Dairy Farm International Holdings Ltd ... Dairy Farm said": the
                    # company's short name, in everyday words the scanner left untyped.
                    actor, atype = org_names[short], "organization"
                else:
                    # A well-known person whose name is made of common words ("Moon Jae-in").
                    resolved = gaz.people.get(name_key(c.tokens)) or names.particle_person(c.tokens)
                    if resolved is None and c.heading:
                        resolved = person_for(c.tokens[-1])
                    if resolved is not None:
                        actor, atype = resolved, "person"
            elif c.entry is not None and c.entry.kind == "acronym" and c.tokens[0] in defined:
                actor, atype = defined[c.tokens[0]], "organization"  # "(ICC)" defined here
            elif atype in SURNAME_YIELDS and len(c.tokens) == 1 and c.entry is not None:
                # "Luis Montenegro ... Montenegro", "Debra Hill ... Hill": the person.
                kinds, keeping = SURNAME_YIELDS[atype]
                if c.entry.kind in kinds and c.prev not in keeping:
                    resolved = person_for(c.tokens[0])
                    if resolved is not None and (atype == "location" or not firm(c.tokens[0])):
                        actor, atype = resolved, "person"
            elif names.surname_here(c) and (person := person_for(c.tokens[0])):
                # An unknown word spaCy labelled ORG or GPE that is the surname of a person
                # of the article is that person, as with the rules ("Donald Trump ... Trump").
                actor, atype = person, "person"
            elif atype == "organization" and c.entry is None and actor in org_names:
                actor = org_names[actor]  # "Zebulon Widgets Corp ... Zebulon Widgets"
            if (
                atype == "location"
                and c.entry is not None
                and c.entry.kind == "demonym"
                and (
                    c.tokens[-1][-1:] == "s" or c.entry.canonical not in table.countries
                    or one_national(text, c)  # "hurdle the Argentine but": a person
                )
                and c.tokens[-1][-2:] != "ss"
            ):
                continue  # "the Iraqis": people; "Latin American debtors": a region's, no state's
            if atype == "location" and names_currency(text, c.end):
                continue  # "the US dollar", "22 mln U.S. Dlr": a currency, not the country
            if atype == "person" and actor == display_of(tuple(c.tokens)) and table_label(text, c):
                continue  # "Ind Ttl-F 24,355.5 24,271.3", "Named-A nil nil": a row label
            decided.append((c, actor, atype))
        if typer is not None or collect is not None:
            junk = None
            if collect is not None and dropped is not None:
                junk = _no_actor_rows(decided, dropped, cands)
            decided = yield from typer_stages(
                text, decided, gaz, typer, collect, placed_at, self.backend == "spacy", junk
            )
        decided = untitled_works(text, named_events(text, named_works(text, decided)), gaz)
        decided = landform_names(text, namesakes(text, decided, gaz), gaz.titles)
        decided = issued_papers(text, named_things(text, divisions(text, decided)))
        decided = office_holders(text, listed_people(text, decided, gaz, person_for), gaz)
        yield
        decided = misread_names(text, peers_of_places(text, decided, gaz), lex)
        decided = line_ups(text, decided, gaz, table.countries)
        decided = named_clubs(text, decided, gaz)
        decided = body_appositives(text, town_clubs(text, decided, table.countries))
        decided = nicknamed_clubs(listed_firms(text, known_shorts(text, decided, org_names, lex)))
        # The longest name only: a place inside an organisation's name ("Singapore
        # Airlines", "Bank of England") is no mention of its own, but a country's own body
        # names the country ("U.S. Treasury": United States Department of the Treasury).
        org_spans = sorted(
            (c.start, c.end, a if c.entry is not None else "")
            for c, a, t in decided
            if a and t == "organization"
        )
        longest = max((e - s for s, e, _ in org_spans), default=0)
        goods = plural_goods(text, decided)  # "Saab ... building Saabs": no actor
        placed_cities = []  # the cities placed ("Fresno, Calif.": the state follows)
        yield
        for c, actor, atype in decided:
            if actor is None or atype is None or (goods and id(c) in goods):
                continue
            if atype == "location" and (
                no_place(text, c, actor in table.countries)  # "Prince of Wales", "US Open"
                or org_spans
                and _inside_org(c, actor if actor in table.countries else None, org_spans, longest)
            ):
                continue
            country = placed_at.get(id(c)) if atype == "location" else None
            if atype == "organization" and actor in same_as:
                actor = same_as[actor]
            elif atype == "person" and " " in actor:
                # "Donald J. Trump", "Joseph R. Biden Jr." -> the canonical spelling.
                actor = lex.well_known_name(actor)
            if atype == "location" and not locations:
                continue
            if renames:
                before = actor
                actor, atype = lex.rename(actor, atype)
                if actor != before:
                    country = None
            if atype == "location":
                if country is None:
                    country = table.country_of(actor)
                if fold and country:
                    actor = country  # places="country": a city is folded into its country
            if same:
                rs, re_ = c.start, c.end
            else:
                rs, re_ = doc.to_raw(c.start), doc.to_raw(c.end, end=True)
            sent = doc.sentences[c.sentence]
            if rs < sent.start or re_ > sent.end:
                continue  # no name runs across a sentence boundary: its offsets would not fit
            # Positional, quicker than keywords: actor, type, text, start, end, sentence, id.
            mention = Mention(
                actor,
                atype,  # type: ignore[arg-type]
                raw[rs:re_],
                rs,
                re_,
                c.sentence,
                slugify(actor),
                country,
            )
            append(mention)
            if atype == "location" and id(c) in placed_at:
                placed_cities.append(c)
        add_states(doc, text, placed_cities, mentions, same, fold)
        mentions.sort(key=attrgetter("start", "end"))
        return mentions


# ---------------------------------------------------------------------- helpers
def _parsed(text: Any) -> tuple[_text.Document, Any]:
    """``text`` (a str or a spaCy Doc) parsed, and the spaCy Doc or None."""
    if isinstance(text, str):
        return _text.parse(text), None
    if not _is_spacy_doc(text):
        raise InputError(
            f"ActorExtractor.extract expects a str or a spaCy Doc, got {type(text).__name__}"
        )
    return _text.parse(text.text), text


def _no_actor_rows(
    decided: list[tuple[_Cand, str | None, str | None]], dropped: list[_Cand], cands: list[_Cand]
) -> list[_Cand]:
    """The candidates dropped before the typer (``dropped``, and those of ``cands`` not in
    ``decided``) that overlap no candidate of ``decided`` nor each other: a word the rules
    dropped as junk, not a part of a name they kept in another form ("A" of "A Trust" kept
    as "Trust")."""
    kept = {id(c) for c, _, _ in decided}
    spans = sorted((c.start, c.end) for c, _, _ in decided)
    starts = [s for s, _ in spans]
    reach = list(accumulate((e for _, e in spans), max))  # the furthest end up to each
    out: list[_Cand] = []
    for c in sorted([*dropped, *(c for c in cands if id(c) not in kept)], key=attrgetter("start")):
        k = bisect_right(starts, c.start)  # spans[:k] start at or before it
        if (k and reach[k - 1] > c.start) or (k < len(spans) and spans[k][0] < c.end):
            continue  # overlaps a kept candidate
        if out and out[-1].end > c.start:
            continue  # the same words dropped twice
        out.append(c)
    return out


def _inside_org(
    c: _Cand, country: str | None, org_spans: list[tuple[int, int, str]], longest: int
) -> bool:
    """True when ``c`` lies inside a longer organisation's span that is not the country's own.

    ``org_spans`` holds each organisation's span and, when the gazetteer knows it, its name,
    sorted by start, the longest ``longest`` characters; ``country`` is the place's name
    when it is a country. Only the spans that can reach over ``c`` are read, from the
    nearest start back (a long article's places and organisations would otherwise meet
    pair by pair).
    """
    k = bisect_right(org_spans, (c.start, float("inf"), ""))
    while k > 0:
        k -= 1
        s, e, org = org_spans[k]
        if c.end <= e and e - s > c.end - c.start and not (country and org.startswith(country)):
            return True  # not its own body: "United States Senate"
        if s + longest < c.end:
            return False  # no span starting here or before reaches c's end
    return False


def _ends_sentence(text: str, end: int) -> bool:
    """True when the full stop before ``end`` closes a sentence (then a line, a capital, or
    nothing follows)."""
    nxt = text[end : end + 2]
    return (
        not nxt
        or nxt[0] == "\n"
        or (nxt[0] == " " and (nxt[1:].isupper() or nxt[1:] in ("", "\n")))
    )


def _lone_given_name(c: _Cand, gaz: Gazetteer) -> bool:
    """A given name alone in a headline, followed by no name: "Senate Passes Bill To ..."."""
    if c.tokens[0] not in gaz.first_names:
        return False
    word = c.nxt.split(" ")[0]
    return not word or word in SMALL_WORDS or not word[0].isalpha()


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
