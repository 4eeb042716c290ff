"""Every word list of the actor-sentiment features, loaded once.

Read from ``data/words.json`` (built by ``scripts/build_word_lists.py`` from
``scripts/sentiment_words.txt``, where each list is documented). VADER's lexicon, booster
words and negations are not here: :mod:`newsanalytics.sentiment._vader_rules` reads them
from the installed vaderSentiment package (the one rulebook), and these lists only say
which of them the features leave out or add.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

_DATA: dict[str, Any] = json.loads(
    resources.files("newsanalytics.sentiment")
    .joinpath("data", "words.json")
    .read_text(encoding="utf-8")
)

#: Words the VADER lexicon scores that carry no sentiment in news ("united", "party").
LEXICON_STOP = frozenset(_DATA["lexicon_stop"])
#: VADER booster words the features do not use.
BOOSTER_EXCEPTIONS = frozenset(_DATA["booster_exceptions"])
#: Negations the features use besides VADER's ("no").
NEGATION_EXTRA = frozenset(_DATA["negation_extra"])
#: VADER negations the features do not use.
NEGATION_EXCEPTIONS = frozenset(_DATA["negation_exceptions"])
#: Words that open a new clause, as punctuation does.
CONTRAST = frozenset(_DATA["contrast"])
#: Conjunctions that open a subordinate clause.
SUBORDINATE = frozenset(_DATA["subordinate"])
#: Verbs of reported speech.
SPEECH = frozenset(_DATA["speech"])
#: Stems of verbs whose object is portrayed badly, in source order.
ATTACK = tuple(_DATA["attack"])
#: Stems of verbs whose object is portrayed well, in source order.
PRAISE = tuple(_DATA["praise"])
#: Stems of verbs and nouns of success ("won", "beat", "surged"): the agent comes out well.
SUCCESS = tuple(_DATA["success"])
#: Stems of verbs and nouns of failure or decline ("lost", "failed"): the agent comes out badly.
FAILURE = tuple(_DATA["failure"])
#: Auxiliaries of the passive.
BE = frozenset(_DATA["be"])
#: Pronouns that may refer back to a target.
PRONOUNS = frozenset(_DATA["pronouns"])
#: Stems of verbs that pass a judgement whose sign the clause gives ("called ... reckless").
JUDGE = tuple(_DATA["judge"])
#: Prepositions: a target after one sits in a phrase that modifies something else.
PREPOSITION = frozenset(_DATA["preposition"])
#: Determiners that may stand between a preposition and a target.
DETERMINER = frozenset(_DATA["determiner"])
#: Closed-class and time words: never the head noun a target modifies.
FUNCTION = frozenset(_DATA["function"])
