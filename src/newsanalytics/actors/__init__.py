"""Find the people, organisations and places in news articles and resolve their names.

The default backend is rule-based and offline: shipped gazetteers (countries with short
forms, demonyms and capitals; international and national organisations with acronyms;
titles; given names), capitalised-span candidates with news-aware filters (headlines,
datelines, wire names, sentence starts, months and weekdays) and resolution inside each
article (surname to full name, acronym to expansion, demonym to country, person versus place
by context). Across articles, a shipped list of a few hundred well-known people (heads of
state and government, ministers, central bankers, heads of international organisations,
1985-1990 and 2008-2024) gives lone surnames and name variants one canonical name ("Putin",
"Vladimir V. Putin" -> "Vladimir Putin") unless the article introduces someone else of that
name. :meth:`ActorExtractor.dateline_location` maps a dateline ("HOUSTON, Texas -") to the
country the story was filed from. An optional backend takes the entities of a user-supplied
spaCy pipeline and resolves them the same way.

Examples
--------
>>> from newsanalytics.actors import ActorExtractor
>>> ex = ActorExtractor()
>>> text = "Venezuelan Foreign Minister Elias Jaua met U.S. officials. Jaua said little."
>>> [(m.actor, m.type, m.text) for m in ex.extract(text)]  # doctest: +NORMALIZE_WHITESPACE
[('Venezuela', 'location', 'Venezuelan'), ('Elias Jaua', 'person', 'Elias Jaua'),
 ('United States', 'location', 'U.S.'), ('Elias Jaua', 'person', 'Jaua')]

Private modules, in the order a text meets them: ``_extractor`` (:class:`ActorExtractor`,
resolution inside the article), ``_scan`` (the sentence scanner), ``_runs`` (segmenting and
typing runs of capitalised words; ``_tokens``, the context tokens both read), ``_lexicon`` (the known names and a user's aliases, with
their look-ups), ``_gazetteer`` (the shipped gazetteers, name keys), ``_typer`` (the learned
span typer: person, organisation, location or no actor, from each candidate's spelling and
context; weights in ``data/typer/``), ``_context`` (what the
article says around a name), ``_works`` (titles of works that no cue word announces), ``_dateline`` (the country a story was filed from),
``_places`` (cities and the country of every location), ``_batch`` (lone surnames
resolved across a batch of articles), ``_spacy`` (the spaCy backend's
candidates) and ``_words`` (every word list of the family); ``data/`` holds the
gazetteers and word lists.
"""

from __future__ import annotations

from ._extractor import ActorExtractor

__all__ = [
    "ActorExtractor",
]
