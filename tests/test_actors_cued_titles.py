"""Names inside a title after a kind of work (actors/_works.py ``_cued_titles``): each
mention is looked up in the titles, in text order, not checked against every title."""

from __future__ import annotations

from newsanalytics.actors import _works
from newsanalytics.actors._candidate import _Cand


def _mentions(text, words):
    out, at = [], 0
    for w in words:
        i = text.index(w, at)
        at = i + 1
        out.append((_Cand(i, i + len(w), 0, w.split(), "person"), w, "person"))
    return out


def test_names_inside_titles_go_and_names_outside_stay():
    text = (
        "Ann Lee saw the film Shake Hands With The Devil and the documentary Ray Charles "
        "Story with Tom Hardy, then the novel Melancholia of Paris. Ray Charles sang."
    )
    words = ["Ann Lee", "Devil", "Ray Charles", "Tom Hardy", "Paris", "Ray Charles"]
    got = [a for _, a, _ in _works._cued_titles(text, _mentions(text, words))]
    assert got == ["Ann Lee", None, None, "Tom Hardy", None, "Ray Charles"]


def test_many_titles_each_hold_their_own_name_only():
    text = "".join(f"the film Qab{k} Zed{k} with Ann Kim{k}. " for k in range(300))
    words = [w for k in range(300) for w in (f"Zed{k}", f"Kim{k}")]
    got = [a for _, a, _ in _works._cued_titles(text, _mentions(text, words))]
    assert got == [None if w.startswith("Zed") else w for w in words]
