"""A merger's successor is no alias of one of the companies merged (issue 12)."""

import pytest

from newsanalytics.actors import ActorExtractor


@pytest.fixture(scope="module")
def ex():
    return ActorExtractor()


def _actors(ex, text):
    return {(m.text, m.actor) for m in ex.extract(text) if m.type == "organization"}


def test_a_successor_company_is_its_own_actor(ex):
    text = (
        "EADS is owned by Germany's DaimlerChrysler (30%) and Lagardere. "
        "Exxon Mobil and Citigroup rose, Lockheed Martin and GlaxoSmithKline fell."
    )
    found = _actors(ex, text)
    assert ("DaimlerChrysler", "DaimlerChrysler") in found
    assert {("Exxon Mobil", "Exxon Mobil"), ("Citigroup", "Citigroup")} <= found
    assert {("Lockheed Martin", "Lockheed Martin"), ("GlaxoSmithKline", "GlaxoSmithKline")} <= found


def test_bank_of_america_is_no_bankamerica(ex):
    found = _actors(ex, "Bank Of America Appears To Flip On Firearm Promise With Loan To Remington")
    assert ("Bank Of America", "Bank of America") in found
    found = _actors(ex, "BankAmerica Corp said it sold a unit to Daimler-Benz AG.")
    assert {a for _, a in found} == {"BankAmerica", "Daimler-Benz"}
