"""``_merge_names`` by its index, held to the all-against-all comparison it replaces, and
to a number of steps in proportion to the names on a line of thousands of them."""

from __future__ import annotations

import random
import string
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from newsanalytics import ActorExtractor
from newsanalytics.actors import _names
from newsanalytics.actors._names import _INITIAL_RE, _contiguous, _merge_names


def _old_merge_names(full: dict[str, list[str]], counts: Counter[str]) -> dict[str, str]:
    """The merging before the index (stop 46): every name against every longer one."""
    names = sorted(full, key=lambda n: (-len(full[n]), -counts[n]))
    out: dict[str, str] = {}
    for i, short in enumerate(names):
        st_ = full[short]
        for long in names[:i]:
            lt = full[long]
            if len(lt) <= len(st_):
                continue
            if st_[0] == lt[0] and st_[-1] == lt[-1] or _contiguous(st_, lt) and st_[-1] == lt[-1]:
                out[short] = out.get(long, long)
                break
    for short in names:
        st_ = full[short]
        if short in out or not all(map(_INITIAL_RE.fullmatch, st_[:-1])):
            continue
        owners = {
            out.get(long, long)
            for long in names
            if full[long][-1] == st_[-1]
            and len(full[long]) > len(st_) - 1
            and not _INITIAL_RE.fullmatch(full[long][0])
            and all(w[:1] == i[:1] for w, i in zip(full[long], st_[:-1], strict=False))
        }
        if len(owners) == 1:
            out[short] = owners.pop()
    return out


def _full(names: list[str]) -> tuple[dict[str, list[str]], Counter[str]]:
    full: dict[str, list[str]] = {}
    for name in names:
        full.setdefault(name, name.split())
    return full, Counter(names)


_REAL = [
    "Otto Perez", "Otto Perez Molina", "Perez Molina", "Barack Obama", "Barack Hussein Obama",
    "Hussein Obama", "Stephen Jones", "S Jones", "Sam Jones", "S. Jones", "J. R. Ewing",
    "John Ronald Ewing", "J R Ewing", "Ewing", "Louis van Gaal", "van Gaal", "Tony Blair",
    "Ian Blair", "Sir Ian Blair", "Martin Luther King Jr.", "Luther King Jr.", "King Jr.",
    "Suleiman Abdulaziz al-Salim", "Abdulaziz al-Salim", "Mary Ann Smith", "Ann Smith",
    "Mary Smith", "M. A. Smith", "M Smith", "Smith Smith", "John Smith Smith",
    "Perez Molina Perez Molina", "A B", "A B C B", "B C B", "C B",
]


def test_real_looking_names_merge_as_before():
    rng = random.Random(46)
    for _ in range(200):
        picked = rng.sample(_REAL, rng.randint(1, len(_REAL)))
        picked += rng.choices(picked, k=rng.randint(0, 10))
        full, counts = _full(picked)
        assert _merge_names(full, counts) == _old_merge_names(full, counts)
    full, counts = _full(_REAL)
    got = _merge_names(full, counts)
    assert got["Abdulaziz al-Salim"] == "Suleiman Abdulaziz al-Salim"
    assert got["Luther King Jr."] == "Martin Luther King Jr."
    assert got["Hussein Obama"] == "Barack Hussein Obama"
    assert got["J. R. Ewing"] == "John Ronald Ewing"
    assert got["M. A. Smith"] == "Mary Ann Smith"
    assert "S Jones" not in got  # Stephen or Sam
    assert "Otto Perez" not in got  # no name ends on "Perez"


_TOKENS = st.sampled_from(
    ["J", "J.", "R", "R.", "S", "John", "Jones", "Smith", "Perez", "Molina", "van", "Jr.", "Sam"]
)
_NAME = st.lists(_TOKENS, min_size=1, max_size=5).map(" ".join)


@settings(max_examples=400, deadline=None)
@given(st.lists(_NAME, min_size=1, max_size=25))
def test_generated_names_merge_as_before(picked):
    full, counts = _full(picked)
    assert _merge_names(full, counts) == _old_merge_names(full, counts)


class _Counted(list):
    """A name's words that count each look at them: its length, an item or a slice, and
    each word it yields."""

    steps = 0

    def __len__(self):
        _Counted.steps += 1
        return super().__len__()

    def __getitem__(self, k):
        _Counted.steps += 1
        return super().__getitem__(k)

    def __iter__(self):
        for w in super().__iter__():
            _Counted.steps += 1
            yield w


def _line_names(n: int) -> list[str]:
    rng = random.Random(n)

    def word() -> str:
        return rng.choice(string.ascii_uppercase) + "".join(rng.choices(string.ascii_lowercase, k=7))

    return [f"John {word()}" for _ in range(n)] + ["J. Smith", "John Q Smith"]


def _steps(merge, n: int) -> int:
    full, counts = _full(_line_names(n))
    full = {name: _Counted(toks) for name, toks in full.items()}
    _Counted.steps = 0
    merge(full, counts)
    return _Counted.steps


def test_a_line_of_2000_names_takes_steps_in_proportion():
    new_1000, new_2000 = _steps(_merge_names, 1000), _steps(_merge_names, 2000)
    assert new_2000 < 30 * 2002
    assert new_2000 < 2.2 * new_1000
    assert _steps(_old_merge_names, 2000) > 1_000_000  # the old merging: all against all


def test_a_line_of_2000_names_merges_as_before_through_the_extractor(monkeypatch):
    line = "The guests were " + ", ".join(_line_names(2000)) + "."
    ex = ActorExtractor()
    new = ex.extract(line)
    monkeypatch.setattr(_names, "_merge_names", _old_merge_names)
    assert ex.extract(line) == new
