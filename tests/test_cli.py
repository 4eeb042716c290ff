"""The ``newsanalytics`` command line: schema, exit codes, help."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

import newsanalytics as na
from newsanalytics import __version__
from newsanalytics.cli import main


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newsanalytics", *args], capture_output=True, text=True
    )


def test_version_and_help_via_python_dash_m():
    out = _run("--version")
    assert out.returncode == 0 and __version__ in out.stdout
    helped = _run("analyze", "--help")
    assert helped.returncode == 0 and "examples:" in helped.stdout


def test_usage_error_exits_2(tmp_path):
    assert _run("analyze").returncode == 2
    assert main(["analyze", str(tmp_path / "missing.jsonl"), "-o", str(tmp_path / "o.jsonl")]) == 2
    assert main(["analyze", "--sample", "-o", str(tmp_path / "o.xlsx")]) == 2


def test_analyze_seed_story_writes_the_documented_schema(data_file, tmp_path):
    out = tmp_path / "seed.jsonl"
    code = main(["-q", "analyze", str(data_file("seed/000_6671fced28da8be4.txt")), "-o", str(out)])
    assert code == 0
    rec = json.loads(out.read_text())
    assert set(rec["top_topics"][:2]) == {"drug policy", "diplomacy"}
    names = {a["name"] for a in rec["actors"]}
    assert {"John Kerry", "Organization of American States", "Venezuela"} <= names


def test_failed_records_exit_1_and_still_write_every_row(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": 1, "text": "Kerry met Jaua."}\n{not json\n{"id": 3, "text": ""}\n')
    out = tmp_path / "out.jsonl"
    assert main(["-q", "analyze", str(src), "-o", str(out)]) == 1
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["status"] for r in rows] == ["ok", "error", "empty"]
    assert "in.jsonl:2" in rows[1]["error"]


@pytest.mark.parametrize("suffix", [".csv", ".parquet"])
def test_other_output_formats(tmp_path, suffix):
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "a", "text": "The OAS praised Guatemala."}\n')
    out = tmp_path / f"out{suffix}"
    assert main(["-q", "analyze", str(src), "-o", str(out)]) == 0
    assert out.stat().st_size > 0


def test_fit_then_analyze_with_the_model(tmp_path, data_file):
    import itertools

    rows = []
    with open(data_file("bbc_news/bbc_news.jsonl"), encoding="utf-8") as fh:
        for line in itertools.islice(fh, 0, 2225, 15):
            rows.append(line)
    corpus = tmp_path / "bbc.jsonl"
    corpus.write_text("".join(rows))
    tax = tmp_path / "tax.json"
    tax.write_text(json.dumps({"sport": ["match", "team"], "business": ["profit", "shares"]}))
    model = tmp_path / "model"
    assert main(["-q", "fit", str(corpus), "--taxonomy", str(tax), "-o", str(model)]) == 0
    assert (model / "manifest.json").is_file()
    out = tmp_path / "out.jsonl"
    assert main(["-q", "analyze", str(corpus), "--model", str(model), "-o", str(out)]) == 0
    rec = json.loads(out.read_text().splitlines()[0])
    assert list(rec["topics"]) == ["sport", "business", "other"]  # other: the background
    assert sum(rec["topics"].values()) == pytest.approx(1.0, abs=1e-5)
    # One LDA thread gives the very same model.
    one = tmp_path / "model1"
    args = ["-q", "fit", str(corpus), "--taxonomy", str(tax), "-o", str(one), "--n-jobs", "1"]
    assert main(args) == 0
    with np.load(model / "weights.npz") as a, np.load(one / "weights.npz") as b:
        assert sorted(a.files) == sorted(b.files)
        for name in a.files:
            np.testing.assert_array_equal(a[name], b[name])


def test_track_from_analyze_output(tmp_path):
    src = tmp_path / "in.jsonl"
    lines = [
        json.dumps({"id": i, "date": f"2024-01-{1 + i % 20:02d}", "text": t})
        for i, t in enumerate(["John Kerry praised the OAS.", "John Kerry criticized Nicolas Maduro."] * 10)
    ]
    src.write_text("\n".join(lines) + "\n")
    out = tmp_path / "out.jsonl"
    assert main(["-q", "analyze", str(src), "-o", str(out)]) == 0
    series = tmp_path / "series.csv"
    assert main(["-q", "track", str(out), "-o", str(series), "--min-mentions", "1"]) == 0
    import pandas as pd

    frame = pd.read_csv(series)
    assert "John Kerry" in set(frame["actor"])
    assert {"period", "actor", "n_articles", "n_mentions", "sentiment"} <= set(frame.columns)


@pytest.mark.parametrize("extra", [[], ["--taxonomy", "TAX"]])
def test_places_folds_cities_into_their_country(tmp_path, extra):
    # --places maps to analyze(places=...): the streamed path and the in-memory one
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "text": "The mayor of Boston spoke on Monday."}) + "\n")
    tax = tmp_path / "tax.json"
    tax.write_text(json.dumps({"politics": ["mayor", "election"]}))
    extra = [str(tax) if x == "TAX" else x for x in extra]

    def actors(*args: str) -> set[str]:
        out = tmp_path / f"out{len(args)}{args[-1] if args else ''}.jsonl"
        assert main(["-q", "analyze", str(src), "-o", str(out), *extra, *args]) == 0
        (row,) = [json.loads(line) for line in out.read_text().splitlines()]
        return {a["name"] for a in row["actors"]}

    assert "Boston" in actors()
    assert "Boston" in actors("--places", "city")
    folded = actors("--places", "country")
    assert "United States" in folded and "Boston" not in folded
    assert main(["-q", "analyze", str(src), "-o", str(tmp_path / "x.jsonl"), "--places", "town"]) == 2


def test_report_takes_places(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "text": "The mayor of Boston spoke on Monday."}) + "\n")
    out = tmp_path / "r.html"
    assert main(["-q", "report", str(src), "-o", str(out), "--places", "country"]) == 0
    assert out.exists()


# ------------------------------------------------------------------ usage errors exit 2
@pytest.fixture(scope="module")
def analysed(tmp_path_factory):
    """A small input and its `analyze` output, shared by the usage-error tests."""
    root = tmp_path_factory.mktemp("analysed")
    src = root / "in.jsonl"
    lines = [
        json.dumps({"id": i, "date": f"2024-01-{1 + i:02d}", "text": "John Kerry praised the OAS."})
        for i in range(3)
    ]
    src.write_text("\n".join(lines) + "\n")
    out = root / "out.jsonl"
    assert main(["-q", "analyze", str(src), "-o", str(out)]) == 0
    newer = root / "newer_model"
    newer.mkdir()
    manifest = {"format": "newsanalytics.TopicModel", "format_version": 999}
    (newer / "manifest.json").write_text(json.dumps(manifest))
    (root / "bad_taxonomy.json").write_text("{not json")
    (root / "a_dir").mkdir()
    return root


_USAGE_ERRORS = {
    "newer model format": ["analyze", "{in}", "-o", "{tmp}/o.jsonl", "--model", "{root}/newer_model"],
    "missing model": ["analyze", "{in}", "-o", "{tmp}/o.jsonl", "--model", "{root}/nope_model"],
    "missing taxonomy (fit)": ["fit", "{in}", "--taxonomy", "{root}/nope.json", "-o", "{tmp}/m"],
    "bad taxonomy (fit)": ["fit", "{in}", "--taxonomy", "{root}/bad_taxonomy.json", "-o", "{tmp}/m"],
    "missing taxonomy (analyze)": ["analyze", "{in}", "-o", "{tmp}/o.jsonl", "--taxonomy", "nope.json"],
    "bad taxonomy (analyze)": [
        "analyze", "{in}", "-o", "{tmp}/o.jsonl", "--taxonomy", "{root}/bad_taxonomy.json"
    ],
    "batch size 0": ["analyze", "{in}", "-o", "{tmp}/o.jsonl", "--batch-size", "0"],
    "n-jobs 0": ["analyze", "{in}", "-o", "{tmp}/o.jsonl", "--n-jobs", "0"],
    "missing aliases": ["analyze", "{in}", "-o", "{tmp}/o.jsonl", "--aliases", "{root}/nope.json"],
    "track freq": ["track", "{out}", "-o", "{tmp}/s.csv", "--freq", "XYZ"],
    "track topic": ["track", "{out}", "-o", "{tmp}/s.csv", "--topic", "no such topic"],
    "track top 0": ["track", "{out}", "-o", "{tmp}/s.csv", "--top", "0"],
    "output is a directory": ["analyze", "{in}", "-o", "{root}/a_dir"],
    "output is a directory (named .jsonl)": ["analyze", "{in}", "-o", "{tmp}/d.jsonl"],
    "output under a file": ["analyze", "{in}", "-o", "{in}/x.jsonl"],
    "output unwritable": ["analyze", "{in}", "-o", "/proc/newsanalytics-test/x.jsonl"],
    "report output is a directory": ["report", "{in}", "-o", "{root}/a_dir"],
    "fit output is a file": ["fit", "{in}", "--taxonomy", "{root}/bad_taxonomy.json", "-o", "{in}"],
}


@pytest.mark.parametrize("case", sorted(_USAGE_ERRORS))
def test_usage_errors_exit_2_with_one_line_and_no_traceback(case, analysed, tmp_path, capsys):
    (tmp_path / "d.jsonl").mkdir()
    subst = {
        "in": str(analysed / "in.jsonl"),
        "out": str(analysed / "out.jsonl"),
        "root": str(analysed),
        "tmp": str(tmp_path),
    }
    argv = [a.format(**subst) for a in _USAGE_ERRORS[case]]
    with pytest.raises(SystemExit) as exited:
        raise SystemExit(main(["-q", *argv]))
    err = capsys.readouterr().err
    assert exited.value.code == 2, err
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "error:" in lines[0], err
    assert not (tmp_path / "o.jsonl").exists()  # refused before any work


def test_quiet_and_verbose_are_accepted_after_the_subcommand(analysed, tmp_path):
    out = tmp_path / "o.jsonl"
    args = ["analyze", str(analysed / "in.jsonl"), "-o", str(out)]
    assert main([*args, "--quiet"]) == 0
    assert main([*args, "-q", "-v", "--force"]) == 0
    assert main(["track", str(analysed / "out.jsonl"), "-o", str(tmp_path / "s.csv"), "-q"]) == 0


def test_a_record_error_with_errors_raise_still_exits_1(tmp_path, capsys):
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": 1, "text": "Kerry met Jaua."}\n{"id": 2, "text": 5}\n')
    code = main(["-q", "analyze", str(src), "-o", str(tmp_path / "o.jsonl"), "--errors", "raise"])
    assert code == 1
    assert "field 'text'" in capsys.readouterr().err


# ------------------------------------------------------------------ outputs are never clobbered
def _fit_args(analysed, tmp_path, out):
    taxonomy = tmp_path / "topics.json"
    taxonomy.write_text(json.dumps({"diplomacy": ["diplomat", "summit", "kerry"]}))
    return ["fit", str(analysed / "in.jsonl"), "--taxonomy", str(taxonomy), "-o", str(out)]


@pytest.mark.parametrize(
    "command", ["analyze", "analyze csv", "report", "track", "track plot", "fit"]
)
def test_an_existing_output_is_refused_without_force(command, analysed, tmp_path, capsys):
    src, results = str(analysed / "in.jsonl"), str(analysed / "out.jsonl")
    if command == "fit":
        out = tmp_path / "model"
        out.mkdir()
        existing = out / "notes.txt"
        args = _fit_args(analysed, tmp_path, out)
    else:
        name = {"analyze": "o.jsonl", "report": "r.html", "track plot": "p.png"}.get(command)
        existing = tmp_path / (name or ("o.actors.csv" if command == "analyze csv" else "s.csv"))
        args = {
            "analyze": ["analyze", src, "-o", str(tmp_path / "o.jsonl")],
            "analyze csv": ["analyze", src, "-o", str(tmp_path / "o.csv")],
            "report": ["report", src, "-o", str(tmp_path / "r.html")],
            "track": ["track", results, "-o", str(tmp_path / "s.csv")],
            "track plot": [
                "track",
                results,
                "-o",
                str(tmp_path / "s.csv"),
                "--plot",
                str(existing),
            ],
        }[command]
    existing.write_text("keep me")
    assert main(["-q", *args]) == 2
    err = capsys.readouterr().err
    assert "pass --force" in err and "Traceback" not in err and len(err.splitlines()) == 1
    assert existing.read_text() == "keep me"
    if command == "track plot":
        pytest.importorskip("matplotlib")
    assert main(["-q", *args, "--force"]) == 0


def test_an_output_that_is_the_taxonomy_file_is_refused_even_with_force(analysed, tmp_path, capsys):
    taxonomy = tmp_path / "topics.json"
    taxonomy.write_text(json.dumps({"diplomacy": ["diplomat", "summit"]}))
    before = taxonomy.read_bytes()
    args = ["report", str(analysed / "in.jsonl"), "--taxonomy", str(taxonomy), "-o", str(taxonomy)]
    assert main(["-q", *args, "--force"]) == 2
    assert "is the input" in capsys.readouterr().err
    assert taxonomy.read_bytes() == before


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
@pytest.mark.parametrize("where", ["input", "output", "track input", "track output"])
def test_a_fifo_as_input_or_output_is_refused_without_hanging(where, analysed, tmp_path, capsys):
    fifo = tmp_path / ("f.jsonl" if "input" in where or where == "output" else "f.csv")
    os.mkfifo(fifo)
    src, results = str(analysed / "in.jsonl"), str(analysed / "out.jsonl")
    args = {
        "input": ["analyze", str(fifo), "-o", str(tmp_path / "o.jsonl")],
        "output": ["analyze", src, "-o", str(fifo), "--force"],
        "track input": ["track", str(fifo), "-o", str(tmp_path / "s.csv")],
        "track output": ["track", results, "-o", str(fifo), "--force"],
    }[where]
    assert main(["-q", *args]) == 2  # a FIFO would block the run forever
    assert "FIFO" in capsys.readouterr().err
    with pytest.raises(na.InputError, match="FIFO"):
        na.analyze(fifo) if "input" in where else na.analyze_to(Path(src), fifo)


@pytest.mark.parametrize("given", ["out.jsonl", Path("out.jsonl")])
def test_track_given_a_path_says_to_read_the_result_first(given):
    with pytest.raises(na.InputError, match=r"AnalysisResult\.from_jsonl"):
        na.track(given)
    with pytest.raises(na.InputError, match="track_topics"):
        na.track_topics(given)


def test_an_output_in_folders_that_do_not_exist_yet_is_written(analysed, tmp_path):
    out = tmp_path / "new" / "dir" / "o.jsonl"
    assert main(["-q", "analyze", str(analysed / "in.jsonl"), "-o", str(out)]) == 0
    assert len(out.read_text().splitlines()) == 3


def test_fit_refuses_a_text_field_that_is_not_a_column(tmp_path, capsys):
    src = tmp_path / "in.csv"
    src.write_text("id,body\n1,The election vote was held.\n2,A diplomat went to the summit.\n")
    taxonomy = tmp_path / "topics.json"
    taxonomy.write_text(json.dumps({"elections": ["election", "vote"]}))
    args = ["fit", str(src), "--taxonomy", str(taxonomy), "-o", str(tmp_path / "m")]
    assert main(["-q", *args, "--text-field", "text"]) == 2
    assert "text_field 'text' is not a column of" in capsys.readouterr().err
