"""Hostile and unlucky input (issue 16): the input is sacred, records are kept apart."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

import newsanalytics as na
from newsanalytics.cli import main

_RECORDS = [{"id": f"r{i}", "text": "John Kerry praised the OAS."} for i in range(3)]


def _write_input(path: Path) -> bytes:
    data = "".join(json.dumps(r) + "\n" for r in _RECORDS).encode()
    path.write_bytes(data)
    return data


# ------------------------------------------------------------------ the input is sacred
def _same_file_outputs(tmp_path: Path) -> dict[str, Path]:
    src = tmp_path / "same.jsonl"
    symlink = tmp_path / "link.jsonl"
    symlink.symlink_to(src)
    hardlink = tmp_path / "hard.jsonl"
    _write_input(src)
    os.link(src, hardlink)
    (tmp_path / "sub").mkdir()
    return {
        "same path": src,
        "symbolic link": symlink,
        "hard link": hardlink,
        "through ..": tmp_path / "sub" / ".." / "same.jsonl",
    }


@pytest.mark.parametrize("how", ["same path", "symbolic link", "hard link", "through .."])
def test_cli_refuses_an_output_that_is_the_input(tmp_path, how, capsys):
    out = _same_file_outputs(tmp_path)[how]
    src = tmp_path / "same.jsonl"
    before = src.read_bytes()
    assert main(["-q", "analyze", str(src), "-o", str(out)]) == 2
    assert src.read_bytes() == before
    assert "is the input" in capsys.readouterr().err


def test_cli_refuses_a_csv_output_whose_side_tables_overwrite_the_input(tmp_path):
    src = tmp_path / "o.actors.csv"
    src.write_text('id,text\n1,"John Kerry praised the OAS."\n')
    before = src.read_bytes()
    assert main(["-q", "analyze", str(src), "-o", str(tmp_path / "o.csv")]) == 2
    assert src.read_bytes() == before


def test_cli_report_and_track_refuse_to_overwrite_their_input(tmp_path):
    src = tmp_path / "in.jsonl"
    before = _write_input(src)
    assert main(["-q", "report", str(src), "-o", str(src)]) == 2
    assert main(["-q", "track", str(src), "-o", str(src)]) == 2
    assert src.read_bytes() == before


def test_analyze_to_refuses_an_output_that_is_the_input(tmp_path):
    src = tmp_path / "x.jsonl"
    before = _write_input(src)
    with pytest.raises(na.InputError, match="is the input"):
        na.analyze_to(Path(src), str(src))
    with pytest.raises(na.InputError, match="is the input"):
        na.analyze_to([Path(src)], tmp_path / "sub" / ".." / "x.jsonl", resume=True)
    assert src.read_bytes() == before
