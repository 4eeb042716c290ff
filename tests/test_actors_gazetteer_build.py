"""The actor gazetteer build (scripts/build_actors_gazetteer.py): byline, given names, words."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "src" / "newsanalytics" / "actors" / "data"


@pytest.fixture(scope="module")
def build(repo_module):
    return repo_module("scripts", "build_actors_gazetteer")


def test_huffpost_held_out_lines_are_never_read(build, tmp_path):
    folder = tmp_path / "huffpost_sample"
    folder.mkdir()
    lines = [json.dumps({"authors": f"Line {i}", "short_description": ""}) for i in range(10005)]
    (folder / "news_category_sample.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    seen = [int(rec["authors"].split()[1]) for rec in build._huffpost(tmp_path)]
    assert seen == [*range(9000), *range(10000, 10005)]


def test_bylines_give_no_titles_agencies_or_brands_as_first_names(build):
    records = [
        {"authors": a}
        for a in [
            "Dr Pragya Agarwal",
            "Sheikh Saaliq",
            "Reuters Staff",
            "Yahoo Entertainment",
            "Nina Golgowski, Zeke Miller",
        ]
    ]
    orgs = build.build_organizations()
    names = set(build.build_first_names(records, {"staff"}, orgs))
    assert {"Nina", "Zeke"} <= names
    assert not {"Dr", "Sheikh", "Reuters", "Yahoo"} & names


def test_shipped_first_names_are_rebuilt_without_them():
    names = set(json.loads((DATA / "first_names.json").read_text(encoding="utf-8")))
    assert "Nina" in names
    assert not {"Dr", "Sheikh", "Reuters", "Yahoo"} & names


def test_learnt_given_names_reach_the_shipped_list(build):
    learnt = [row[0] for row in build._rows("actors_first_names_learned.txt")]
    shipped = set(json.loads((DATA / "first_names.json").read_text(encoding="utf-8")))
    assert "Alec" in learnt
    assert set(learnt) <= shipped
    # Titles and a place's first word read in the learnt list are left out.
    assert not {"Auntie", "Baroness", "Cape"} & set(learnt)


def test_census_given_names_leave_out_words_places_and_surnames():
    census = [row[0] for row in _census_rows()]
    shipped = set(json.loads((DATA / "first_names.json").read_text(encoding="utf-8")))
    assert {"Serena", "Wesley", "Jenny"} <= shipped
    # In the census lists, but an everyday word, a month, a place, a brand or a surname first.
    left_out = {
        "Will",
        "May",
        "Rose",
        "June",
        "Jordan",
        "Georgia",
        "Virginia",
        "Israel",
        "Austin",
        "Mercedes",
        "Williams",
        "Lewis",
        "Devon",
    }
    assert left_out <= set(census)
    assert not left_out & shipped


def _census_rows():
    path = DATA.parents[3] / "scripts" / "actors_first_names_census.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return [ln.split("|") for ln in lines if ln.strip() and not ln.startswith("#")]


def test_shipped_word_lists_are_what_the_build_makes_of_actors_words_txt(build, tmp_path):
    # Only actors_words.txt is read (no corpus): words.json must be its build, byte for byte,
    # so no list is added to or changed in the JSON by hand.
    words, common_extra = build.build_words()
    build.write_json(tmp_path / "words.json", words)
    assert (tmp_path / "words.json").read_bytes() == (DATA / "words.json").read_bytes()
    # @common_extra is no list of words.json: its words go to common_words.json.
    assert "common_extra" not in words
    assert "turnover" in common_extra
    common = set(json.loads((DATA / "common_words.json").read_text(encoding="utf-8")))
    assert set(common_extra) <= common


def test_shipped_organizations_are_what_the_build_makes_clubs_marked(build):
    orgs = build.build_organizations()
    assert orgs == json.loads((DATA / "organizations.json").read_text(encoding="utf-8"))
    clubs = {o["name"] for o in orgs if o.get("club")}
    assert {"Arsenal", "Manchester United", "New York Yankees"} <= clubs
    assert not {"Reuters", "Apple", "United Nations"} & clubs
