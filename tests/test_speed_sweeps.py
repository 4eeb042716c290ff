"""Sweeps that replace per-candidate scans compute exactly what the scans computed.

The actor typer asks, for every candidate, whether it lies inside an organisation span
(``_typer._within_orgs``: one sort and bisection instead of a scan of every organisation).
Each fast helper is held to the plain scan it replaced, kept here as the reference, on
random spans with many ties and nestings.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsanalytics.actors import _typer

_spans = st.lists(
    st.tuples(st.integers(0, 12), st.integers(0, 6)).map(lambda p: (p[0], p[0] + p[1])),
    max_size=25,
)


def _within_orgs_reference(spans, orgs):
    return [
        any(s <= start and end <= e and (s, e) != (start, end) for s, e in orgs)
        for start, end in spans
    ]


@settings(max_examples=500, deadline=None)
@given(spans=_spans, orgs=_spans)
def test_within_orgs_equals_the_scan_of_every_organisation(spans, orgs):
    assert _typer._within_orgs(spans, orgs) == _within_orgs_reference(spans, orgs)


def test_within_orgs_on_nested_names():
    # "Bank" inside "Bank of England"; the org itself is not within itself, but within a
    # longer one that ends where it ends ("the Bank of England" / "Bank of England").
    spans = [(0, 4), (0, 15), (4, 15), (20, 25)]
    orgs = [(0, 15), (4, 15)]
    assert _typer._within_orgs(spans, orgs) == [True, False, True, False]
