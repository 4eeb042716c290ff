"""The list of names before a model's word or "cars" (actors/_eponyms.py) is read once per
list, not once per name of it: the same finds as the old whole-list regexes, kept here as the
reference, in a number of steps linear in the list's length."""

from __future__ import annotations

import itertools
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newsanalytics.actors import _eponyms
from newsanalytics.actors._eponyms import _kinds_after

# The regexes _kinds_after replaced: each re-read the rest of the list from every name.
_LIST = r"(?:(?:,|\s+and|\s+or)\s+[A-Z][\w-]*)*(?:\s+[a-z][\w-]*){0,2}?"
_MAKER = r"(?!\s+(?:compan|maker|manufactur|plant|factor|firm|unit|division|group|dealer|industr))"
_OLD_MODEL_RE = re.compile(
    _LIST + r"\s+(?:models?|sedans?|hatchbacks?|coupes?|minivans?)\b" + _MAKER
)
_OLD_CARS_RE = re.compile(_LIST + r"\s+(?:cars|compacts)\b" + _MAKER)

_WORDS = [
    "Fusion", "Zephyr", "Corsica", "X-5", "and", "or", "new", "compact", "models", "model",
    "modelsx", "sedan", "coupes", "cars", "compacts", "car", "company", "maker", "plant",
    "the", "Ford", "its", "units", "Daimler", "industry", ",", "-", ".",
]  # fmt: skip
_SEPS = [" ", ", ", "  ", ",", "\n", " and ", " or "]

_SENTENCES = [
    "Ford said the Fusion and Zephyr models sold well.",
    "GM's new Corsica and Beretta compact cars are made in Wilmington, Del.",
    "The Cavalier, Corsica, Beretta and Lumina models and the Maserati car company rose.",
    "Its new Taurus, Sable or Escort hatchbacks, it said, and Daimler cars were recalled.",
    "Chrysler makes the Dodge Caravan and Plymouth Voyager minivans at its Windsor plant.",
    "Sales of Honda Accord and Civic sedans and Toyota Camry coupes rose in the U.S.",
    "the Fusion and Zephyr model maker, the Mondeo cars group, Fiesta compacts industry",
]


def _old(text, pos):
    return (_OLD_MODEL_RE.match(text, pos) is not None, _OLD_CARS_RE.match(text, pos) is not None)


def _new_all(text, starts):
    """_kinds_after from each start, in order, sharing one ``seen`` as named_things does."""
    seen: dict[int, tuple[bool, bool]] = {}
    return [_kinds_after(text, p, seen) for p in starts]


def _assert_same(text):
    # Every end of a word, as a name's end; read in order, in reverse and once each.
    starts = sorted({m.end() for m in re.finditer(r"[\w-]+", text)} | {0, len(text)})
    want = [_old(text, p) for p in starts]
    assert _new_all(text, starts) == want, text
    assert _new_all(text, starts[::-1]) == want[::-1], text
    assert [_new_all(text, [p])[0] for p in starts] == want, text


def test_the_real_sentences_find_what_the_old_regexes_found():
    for text in _SENTENCES:
        _assert_same(text)
    assert _old(_SENTENCES[0], _SENTENCES[0].index("Fusion") + 6) == (True, False)
    assert _old(_SENTENCES[1], _SENTENCES[1].index("Corsica") + 7) == (False, True)


def test_every_short_list_finds_what_the_old_regexes_found():
    # Exhaustive over lists of up to four words from a small vocabulary and two separators.
    words = ["Fusion", "and", "new", "models", "cars", "company"]
    for n in range(1, 5):
        for ws in itertools.product(words, repeat=n):
            for seps in itertools.product([", ", " "], repeat=n - 1):
                text = "Zed" + "".join(s + w for s, w in zip((" ", *seps), ws, strict=True))
                _assert_same(text)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_SEPS), st.sampled_from(_WORDS)), max_size=14))
def test_generated_comma_lists_find_what_the_old_regexes_found(parts):
    _assert_same("Zed" + "".join(s + w for s, w in parts))


# ------------------------------------------------------------------ hostile input
class _Counting:
    def __init__(self, pattern):
        self.pattern, self.calls = pattern, 0

    def match(self, text, pos):
        self.calls += 1
        return self.pattern.match(text, pos)


def _calls_for(monkeypatch, n):
    counters = {}
    for name in ("_ITEM_RE", "_MODEL_END_RE", "_CARS_END_RE"):
        counters[name] = _Counting(getattr(_eponyms, name))
        monkeypatch.setattr(_eponyms, name, counters[name])
    text = ", ".join(f"Name{i}" for i in range(n)) + " models."
    starts = [m.end() for m in re.finditer(r"Name\d+", text)]
    seen: dict[int, tuple[bool, bool]] = {}
    found = [_kinds_after(text, p, seen) for p in starts]
    assert found == [(True, False)] * n  # a model's word ends the whole list
    return {name: c.calls for name, c in counters.items()}


def test_a_line_of_2000_names_is_read_once_not_once_per_name(monkeypatch):
    # Each position of the list is matched at most once by each piece: n names, n reads
    # (the old regexes took about n * n / 2 steps of the list, 2,000,000 here).
    calls = _calls_for(monkeypatch, 2000)
    assert calls["_ITEM_RE"] == 2000 and calls["_CARS_END_RE"] == 2000
    assert calls["_MODEL_END_RE"] <= 2000  # none once a later name's list ends with one
    assert _calls_for(monkeypatch, 4000)["_ITEM_RE"] == 2 * calls["_ITEM_RE"]  # linear


def test_a_line_of_2000_names_through_the_extractor_keeps_what_the_list_ends_with():
    from newsanalytics.actors import ActorExtractor

    names = [f"Zorblat{chr(97 + i % 26)}{chr(97 + i // 26 % 26)}{chr(97 + i // 676)}" for i in
             range(2000)]  # fmt: skip
    ex = ActorExtractor()
    text = "Ford sold the " + ", ".join(names)
    assert len({m.text for m in ex.extract(text + " models.")} & set(names)) == 0  # models
    assert len({m.text for m in ex.extract(text + " met.")} & set(names)) > 1000  # not models


# ------------------------------------------------------------------ squad lines (_squads.py)
@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(0, 40), min_size=1, max_size=30), st.integers(0, 45))
def test_nearest_candidate_is_the_old_min_over_all(starts_by_index, at):
    from newsanalytics.actors._squads import _nearest

    inside = list(range(len(starts_by_index)))
    order = sorted(inside, key=lambda j: starts_by_index[j])
    want = min(inside, key=lambda j: abs(starts_by_index[j] - at))  # the old whole-line scan
    assert _nearest(order, [starts_by_index[j] for j in order], at) == want


def test_a_squad_line_of_2000_surnames_is_all_players():
    from newsanalytics.actors import ActorExtractor

    names = [f"Zorb{chr(97 + i % 26)}{chr(97 + i // 26 % 26)}{chr(97 + i // 676)}" for i in
             range(2000)]  # fmt: skip
    text = (
        "Wales beat England 20-10 in the rugby match on Saturday.\nWales: "
        + ", ".join(names)
        + " (capt).\nThe coach was pleased."
    )
    found = {(m.text, m.type) for m in ActorExtractor().extract(text)}
    assert {(n, "person") for n in names} <= found
