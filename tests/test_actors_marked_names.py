"""A name the wire marks as a company's, ``<...>``, is one organisation, whole."""

from __future__ import annotations

from newsanalytics.actors import ActorExtractor


def _found(text):
    return [(m.text, m.type, m.actor) for m in ActorExtractor().extract(text)]


def test_a_marked_name_is_one_organisation_not_its_parts():
    text = (
        "HongKong Bank of Canada, a unit of <Hong Kong and Shanghai Banking Corp>, said "
        "<Royal Bank of Canada> and <Airbus Industrie> would join."
    )
    found = _found(text)
    for name in ("Hong Kong and Shanghai Banking Corp", "Royal Bank of Canada", "Airbus Industrie"):
        assert (name, "organization", name) in found
    assert not any(w in ("Hong Kong", "Shanghai Banking Corp", "Airbus") for w, _, _ in found)


def test_a_marked_company_the_typer_reads_as_no_name_is_kept():
    # The learned typer puts "no actor" above its threshold for these (the words "Life",
    # "General"): the wire's marks say they are companies.
    text = (
        "Shares of <Nippon Life Insurance Co> of Japan rose. <General Partners> said it would bid."
    )
    found = _found(text)
    assert ("Nippon Life Insurance Co", "organization", "Nippon Life Insurance Co") in found
    assert ("General Partners", "organization", "General Partners") in found


def test_a_marked_partnership_of_surnames_is_one_firm():
    text = (
        "He said they are <Pratt and Whitney> and General Electric Co, and <Hambrecht\nand Quist>."
    )
    found = _found(text)
    assert ("Pratt and Whitney", "organization", "Pratt and Whitney") in found
    assert ("Hambrecht\nand Quist", "organization", "Hambrecht and Quist") in found
    assert not any(w in ("Whitney", "Quist") for w, _, _ in found)


def test_what_the_marks_hold_besides_a_name_stays_out():
    text = (
        "<The Ceco Corp> said it bought <MEPC Plc's> unit, as <Moody's Japan K.K.> and "
        "<Boston Ventures Limited Partnership.> said."
    )
    found = [w for w, t, _ in _found(text) if t == "organization"]
    assert "Ceco Corp" in found  # no leading "The"
    assert "MEPC Plc" in found  # no possessive
    assert "Moody's Japan K.K." in found  # a legal form's own full stop
    assert "Boston Ventures Limited Partnership" in found  # not the sentence's


def test_marks_that_hold_no_one_name_are_read_as_before():
    text = (
        "Volvo <VOLV ST> and Husky shareholders other than <Nova, An Alberta Corp> agreed; "
        "<Mitsubishi Corp> said."
    )
    found = _found(text)
    assert not any(w == "VOLV ST" for w, _, _ in found)  # a ticker and its exchange
    assert not any(w == "Nova, An Alberta Corp" for w, _, _ in found)  # a name and what it is
    assert ("Mitsubishi Corp", "organization", "Mitsubishi") in found  # a known company's name


def test_a_name_the_wire_marked_once_is_the_company_where_written_alone():
    text = (
        "Vulcan said it is in talks with the French concern <Petro Chemie>. Under the deal "
        "Petro Chemie supplies oil to the refinery."
    )
    found = [(w, t) for w, t, _ in _found(text)]
    assert found.count(("Petro Chemie", "organization")) == 2
