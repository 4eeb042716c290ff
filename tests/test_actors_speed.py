"""The actor typer's article cues are exactly what ``re.findall`` of its cue patterns gives.

``ArticleCues`` does not run each pattern over the whole article: patterns that open with a
keyword are tried only where a keyword starts a word, and an alternation is searched for
as its parts (see ``_cues._keyword_starts`` and ``_cues._findall``). These tests hold the
cues to plain ``re.findall`` of the patterns, on real stories (Reuters, BBC, with their
curly quotes and accents) and on random texts, and with them the keyword starts to a
lookup of each run of letters and the name-first patterns (their name taken whole) to the
same patterns with a plain greedy name. Three name-first patterns ("X said", "X, who",
"X's shares") are tried only at the names before their keywords (``_cues._search_before``);
the random texts mix their keywords with names that runs of name characters carry on.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newsanalytics.actors import _cues

# Words and names the cue patterns look for, and what sits between them.
PIECES = [
    "Mr", "Smith", "said", "says", "quoted", "Jones", "who", "his", "and", "shares of", "in",
    "Acme", "Corp", "Inc", "the", "coach", "COACH", "Season", "points", "İ", "ſeason",
    "Kelvin", "\u212aelvin", "GOALS", "goalss", "rival", "2in", "Sen.", "to buy", "O'Neill", "Smith-to", "al-Assad", "CEO", "Co", "’s", "'s",
    "chairman", "45", "her", "shares",
    # the name-first cues' keywords, and names that runs of name characters carry on
    "told", "whose", "himself", "herself", "chief executive", "profits", "Holdings", "Group",
    "Inc-Holdings", "Acme&Co", "Éric", "José", "AéB", "é", "_", "x2", "SAID",
    # the apposition and "its" cues ("Clark, the vice chairman", "Airbnb, which", "Nintendo
    # first launched its"), "its" far after a name and a blank before a name's lower tail
    "its", "which", "first", "launched", "company", "a", "chairman", "club", "he", "Nintendo",
    "nintendo", "IBM", "McDonald", "eBay", "the Italian dairy company", "one of the",
]
SEPARATORS = [
    " ", "  ", ", ", ". ", "\n", "-", "", " the ", "\u00a0", ",\u2003", " and ", ",", "'s ",
]
_texts = st.lists(
    st.tuples(st.sampled_from(PIECES), st.sampled_from(SEPARATORS)), max_size=30
).map(lambda pairs: "".join(a + b for a, b in pairs))


def _first_groups(pattern: re.Pattern[str], text: str) -> set[str]:
    return {next(filter(None, m.groups()), "") for m in pattern.finditer(text)}


def _either(first: re.Pattern[str], second: re.Pattern[str]) -> re.Pattern[str]:
    return re.compile(f"{first.pattern}|{second.pattern}")


def _same_as_plain(text: str) -> None:
    cues = _cues.ArticleCues(text)
    t = _cues
    assert cues.titled == _first_groups(t._TITLE_CUE_RE, text)
    assert cues.said == _first_groups(_either(t._SAID_RE, t._SAID_AFTER_RE), text)
    assert cues.who == _first_groups(t._HE_SAID_RE, text)
    org = _first_groups(_either(t._ORG_CUE_RE, t._ORG_AFTER_RE), text)
    org |= {n[:-2] for n in org if n.endswith(("'s", "\u2019s"))}  # "Sun's chief ..." names Sun
    assert cues.org == org
    assert cues.place == _first_groups(t._PLACE_CUE_RE, text)
    assert cues.team == _first_groups(t._TEAM_CUE_RE, text)
    assert cues.appos == (_first_groups(t._APPOS_RE, text) if ", " in text else set())
    assert cues.org_appos == (_first_groups(t._ORG_APPOS_RE, text) if ", " in text else set())
    assert cues.its == (
        _first_groups(t._ITS_RE, text) if "its" in text or "which" in text else set()
    )
    flags = ["sport"] if len(t._SPORT_RE.findall(text)) >= 2 else []
    flags += ["biz"] if len(t._BIZ_RE.findall(text)) >= 2 else []
    assert cues.flags == tuple(flags)
    # The name-first patterns take their name whole (_NAME_RUN): the same matches as _NAME's.
    for pattern in (
        t._SAID_RE,
        t._HE_SAID_RE,
        t._APPOS_RE,
        t._ORG_AFTER_RE,
        t._ORG_APPOS_RE,
        t._ITS_RE,
    ):
        greedy = re.compile(pattern.pattern.replace(t._NAME_RUN, t._NAME))
        assert greedy.pattern != pattern.pattern
        assert _matches(pattern, text) == _matches(greedy, text)
    assert t._keyword_starts(text) == _plain_keyword_starts(text)


def _matches(pattern: re.Pattern[str], text: str) -> list[tuple]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


def _plain_keyword_starts(text: str) -> dict[str, list[int]]:
    """Each run of letters looked up in turn (sport words in lower case, on texts where no
    other character matches an ASCII letter ignoring case)."""
    starts: dict[str, list[int]] = {name: [] for name in _cues._STARTS_OF}
    sport = not any(ch in text for ch in "\u0130\u0131\u017f\u212a")
    for m in re.finditer("[A-Za-z]+", text):
        for name in _cues._FIRST_WORDS.get(m.group(), ()):
            starts[name].append(m.start())
        if sport and m.group().lower() in _cues._SPORT_FIRST_WORDS:
            starts["sport"].append(m.start())
    return starts


def test_the_characters_cased_as_ascii_letters_are_all_there_are():
    # Sport words are found at the runs of ASCII letters wherever no other character
    # matches one of their letters ignoring case: these four are all such characters.
    every = "".join(chr(k) for k in range(128, 0x110000) if not 0xD800 <= k < 0xE000)
    assert re.compile("[a-z]", re.IGNORECASE).findall(every) == list(_cues._CASED_AS_ASCII)


def test_sport_words_of_a_text_with_curly_quotes_are_found_at_their_starts():
    text = "\u201cThe coach\u201d said the season was long. Caf\u00e9 owners \u2014 the Season."
    assert _cues._keyword_starts(text)["sport"] == [5, 21, 56]
    assert _cues.ArticleCues(text).flags == ("sport",)
    assert _cues.ArticleCues(text.replace("season", "\u017feason")).flags == ("sport",)


def test_article_cues_are_what_findall_of_the_patterns_gives_in_real_stories(wire_stories):
    for text in wire_stories:
        _same_as_plain(text)


@settings(max_examples=400, deadline=None)
@given(_texts | _texts.map(lambda text: text.encode("ascii", "ignore").decode()))
def test_article_cues_are_what_findall_of_the_patterns_gives_in_random_texts(text):
    _same_as_plain(text)


def test_a_name_first_cue_may_start_inside_the_name_run_where_the_last_match_ended():
    # "Acme Inc" is a match that ends inside the run "Inc-Holdings"; the next one starts at
    # its next capital, as re.findall finds it.
    text = "Acme Inc-Holdings shares rose; Smith, who left, and Jones\u00a0said his piece."
    _same_as_plain(text)
    assert _cues.ArticleCues(text).org == {"Acme", "Holdings"}


def test_an_alternation_searched_as_its_parts_keeps_the_leftmost_match():
    # "said Monday" overlaps the match "Reagan said": as in one findall, it is not a cue.
    assert _cues.ArticleCues("Reagan said Monday that it rose.").said == {"Reagan"}


def test_sport_words_count_in_any_case():
    cues = _cues.ArticleCues("The COACH said the Season was the League's best.")
    assert cues.flags == ("sport",)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(min_size=1, max_size=8), min_size=1, max_size=5))
def test_a_name_casefolded_whole_is_its_words_casefolded(toks):
    # span_features looks a name up in gaz.people as " ".join(toks).casefold(): case folding
    # maps each character on its own (no final sigma), so it is the words' folds joined.
    assert " ".join(toks).casefold() == " ".join(t.casefold() for t in toks)


def test_apposition_cues_overlap_at_consecutive_commas():
    # Each comma is tried: the name before it, whole, and the apposition after it.
    text = "Smith, 45, Jones, 52, the chairman, and Acme, Brill, the dairy company, said."
    _same_as_plain(text)
    cues = _cues.ArticleCues(text)
    assert cues.appos == {"Smith", "Jones"}
    assert cues.org_appos == {"Brill"}


def _one_pattern_paths_agree(text: str) -> None:
    """The one-pattern loops give what ``_findall`` of the pattern's searcher gives, match
    for match; the apposition commas are the commas the rest of each pattern matches from."""
    t = _cues
    at = t._keyword_starts(text)
    for pattern, starts in (
        (t._TITLE_CUE_RE, at["titled"]),
        (t._PLACE_CUE_RE, at["place"]),
        (t._TEAM_CUE_RE, at["team"]),
        (t._BIZ_RE, at["biz"]),
        (t._SPORT_RE, at["sport"]),
        (t._SAID_AFTER_RE, at["said"]),
        (t._ORG_CUE_RE, at["org"]),
    ):
        old = t._findall([t._search_at(pattern, text, starts)])
        assert t._findall_at(pattern, text, starts) == old
        assert t._findall_at(pattern, text, starts, 2) == old[:2]
    commas = [m.start() for m in re.finditer(r",\s", text) if m.start() > 0]
    person = [p for p in commas if t._APPOS_TAIL_RE.match(text, p)]
    org = [p for p in commas if t._ORG_APPOS_TAIL_RE.match(text, p)]
    assert t._appos_ends(text) == (person, org)
    for pattern, ends in (
        (t._HE_SAID_RE, t._name_ends(text, at, ("who", "his"))),
        (t._SAID_RE, t._name_ends(text, at, ("said_by",))),
        (t._ORG_AFTER_RE, t._name_ends(text, at, ("org_by",))),
        (t._APPOS_RE, person),
        (t._ORG_APPOS_RE, org),
        (t._ITS_RE, t._its_ends(text)),
    ):
        old = t._findall([t._search_before(pattern, text, ends)])
        assert t._findall_before(pattern, text, ends) == old


def test_one_pattern_cue_loops_are_the_searchers_in_real_stories(wire_stories):
    for text in wire_stories:
        _one_pattern_paths_agree(text)


@settings(max_examples=400, deadline=None)
@given(_texts | _texts.map(lambda text: text.encode("ascii", "ignore").decode()))
def test_one_pattern_cue_loops_are_the_searchers_in_random_texts(text):
    _one_pattern_paths_agree(text)


def test_one_pattern_cue_loops_on_consecutive_commas_and_a_match_ending_inside_a_run():
    for text in (
        "Smith, 45, Jones, 52, the chairman, and Acme, Brill, the dairy company, said.",
        "Acme Inc-Holdings shares rose; Smith, who left, and Jones\u00a0said his piece.",
        ", the company, Acme, the firm, in Paris in Rome to Oslo",
    ):
        _one_pattern_paths_agree(text)


def test_inside_org_reads_only_the_spans_that_can_reach_over_the_place():
    # The sorted sweep gives the same answer as testing every organisation span.
    import random

    from newsanalytics.actors._candidate import _Cand
    from newsanalytics.actors._extractor import _inside_org

    def plain(c, country, spans):
        return any(
            s <= c.start
            and c.end <= e
            and e - s > c.end - c.start
            and not (country and org.startswith(country))
            for s, e, org in spans
        )

    rng = random.Random(7)
    for _ in range(3000):
        spans = []
        for _ in range(rng.randint(0, 8)):
            s = rng.randint(0, 60)
            spans.append((s, s + rng.randint(1, 25), rng.choice(["", "United States Senate", "Acme"])))
        spans.sort()
        longest = max((e - s for s, e, _ in spans), default=0)
        s = rng.randint(0, 70)
        c = _Cand(s, s + rng.randint(1, 15), 0, ["X"], "location", "X")
        country = rng.choice([None, "United States"])
        assert _inside_org(c, country, spans, longest) == plain(c, country, spans)


def _plain_name_runs(text: str, ends: list[int]) -> tuple[list[int], list[int]]:
    runs, run_ends = [], []
    for e in ends:
        r = e
        while r > 0 and re.match(r"[\w'\u2019&\-]", text[r - 1]):
            r -= 1
        if r < e:
            runs.append(r)
            run_ends.append(e)
    return runs, run_ends


_RUN_CHARS = list("aZ9_'\u2019&-\u00e9\u00b2 ,.\n\u00a0")


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(_RUN_CHARS), min_size=1, max_size=200),
    st.lists(st.integers(1, 200), max_size=8),
)
def test_name_runs_read_backwards_are_the_runs_of_name_characters(text, ends):
    # Runs longer than the window one match reads (64 characters) are followed on.
    ends = sorted({min(e, len(text)) for e in ends})
    assert _cues._name_runs(text, ends) == _plain_name_runs(text, ends)
    long = "x" * 150 + text
    shifted = sorted({e + 150 for e in ends} | {70, 150})
    assert _cues._name_runs(long, shifted) == _plain_name_runs(long, shifted)


def test_the_key_sets_of_many_gazetteers_keep_only_a_few_alive():
    """Lexicon look-ups keep each gazetteer's key sets (its keys and their word prefixes);
    a process that builds many gazetteers (tests, users' own) keeps only a few of them."""
    import copy

    from newsanalytics.actors import _lexicon
    from newsanalytics.actors._gazetteer import load_gazetteer

    shipped = _lexicon._key_sets(load_gazetteer())
    gazetteers = [copy.copy(load_gazetteer()) for _ in range(10)]
    for gaz in gazetteers:
        assert _lexicon._key_sets(gaz) == shipped
    assert len(_lexicon._KEY_SETS) <= 8
