"""The README's Python quickstart and command-line block run as written on the base install.

Both blocks are taken from README.md and run in a fresh folder, with the library's optional
extras (pyarrow for parquet, matplotlib for plots) made unavailable, as on ``pip install
-e .``. To stay quick, the bundled sample the blocks read is cut to its first records; the
code and the commands are the README's own. (The same blocks were also run in a fresh venv
with the base install only.)
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

import newsanalytics as na
import newsanalytics.io as na_io
from newsanalytics.cli import main
from newsanalytics.exceptions import missing_extra

README = Path(__file__).resolve().parents[1] / "README.md"


def _block(section: str, language: str) -> str:
    text = README.read_text(encoding="utf-8")
    found = re.search(rf"## {section}\n.*?```{language}\n(.*?)```", text, re.S)
    assert found, f"README has no {language} block under '## {section}'"
    return found.group(1)


@pytest.fixture
def base_install(tmp_path, monkeypatch):
    """A fresh folder, a small sample, and no optional extras."""
    import newsanalytics._result as result_module
    import newsanalytics.plot as plot_module

    lines = na_io.sample_path().read_text(encoding="utf-8").splitlines(keepends=True)
    small = tmp_path / "sample" / "news_sample.jsonl"
    small.parent.mkdir()
    small.write_text("".join(lines[:120]), encoding="utf-8")
    monkeypatch.setattr(na_io, "sample_path", lambda: small)

    def no_parquet():
        raise missing_extra("writing parquet", "parquet")

    def no_matplotlib():
        raise missing_extra("plotting", "plot")

    monkeypatch.setattr(result_module, "_pyarrow_parquet", no_parquet)
    monkeypatch.setattr(plot_module, "_matplotlib", no_matplotlib)
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    return small


def test_the_python_quickstart_runs_as_written_on_the_base_install(base_install):
    code = _block("Python quickstart", "python")
    namespace: dict = {}
    exec(compile(code, str(README), "exec"), namespace)
    assert len(namespace["result"].articles) == 120
    assert Path("out.jsonl").is_file() and Path("tables/articles.csv").is_file()
    assert list(namespace["scorer"].predict([("Obama praised Merkel.", 14, 20)])) == ["positive"]


def test_the_command_line_block_runs_as_written_on_the_base_install(base_install):
    for line in _block("Command line", "bash").splitlines():
        words = shlex.split(line, comments=True)
        if not words:
            continue
        if words[0] == "newsanalytics":
            assert main(words[1:]) == 0, line
        elif words[0] == "cp":  # the README copies the bundled sample
            Path(words[2]).write_bytes(base_install.read_bytes())
        elif words[0] == "echo":
            assert words[2] == ">"
            Path(words[3]).write_text(words[1] + "\n", encoding="utf-8")
        else:
            raise AssertionError(f"a README command this test does not know: {line}")
    assert Path("report.html").is_file() and Path("my_model/manifest.json").is_file()


def test_lines_that_need_an_extra_say_which():
    for section, language in (("Python quickstart", "python"), ("Command line", "bash")):
        for line in _block(section, language).splitlines():
            if "parquet" in line.split("#")[0] or "--plot" in line:
                assert "[parquet]" in line or "[plot]" in line, line
    assert na.__version__  # the package imports without the extras


def test_ci_runs_the_readme_test_command():
    """`.ci/run` runs the README's test command as written (after its own venv set-up)."""
    text = README.read_text(encoding="utf-8")
    readme_line = next(
        line for line in text.splitlines() if "pip install -e \".[test]\"" in line
    )
    readme_cmd = readme_line.split(". .venv/bin/activate && ", 1)[1]
    ci = (README.parent / ".ci" / "run").read_text(encoding="utf-8")
    assert readme_cmd in ci.splitlines(), (readme_cmd, "not a line of .ci/run")
