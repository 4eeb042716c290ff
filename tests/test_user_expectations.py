"""What a new user expects (issue 15): no silent wrong answers, a CLI that matches the README,
tidy typed outputs."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsanalytics as na


# ------------------------------------------------------------------ a str that is a path
@pytest.mark.parametrize(
    "given", ["news.jsonl", "news.jsonl.gz", "archive/2020.csv", "data/stories", "x.parquet"]
)
def test_a_str_that_looks_like_a_path_is_refused(given, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # none of them exists: they only look like paths
    for call in (na.analyze, lambda a: na.analyze_to(a, tmp_path / "o.jsonl")):
        with pytest.raises(na.InputError, match=r"Path\(.*\[text\]"):
            call(given)


def test_a_str_that_names_an_existing_file_is_refused(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("README").write_text("John Kerry praised the OAS.")
    with pytest.raises(na.InputError, match=r"Path\('README'\)"):
        na.analyze("README")


@pytest.mark.parametrize("text", ["Kerry met Jaua.", "Brexit", "24/7 news about the war"])
def test_a_str_that_is_text_is_still_one_article(text):
    assert na.analyze(text).articles["status"].tolist() == ["ok"]
