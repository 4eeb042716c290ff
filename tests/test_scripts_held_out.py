"""No build script reads the held-out HuffPost lines: each reads the sample through
scripts/_shippable.py, whose reader skips 0-based lines 9000-9999."""

from __future__ import annotations

import ast
import json
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"


def _strings_in_code(source: str) -> list[str]:
    """String constants of a module that are not docstrings."""
    tree = ast.parse(source)
    docs = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            doc = node.body[0] if node.body else None
            if isinstance(doc, ast.Expr) and isinstance(doc.value, ast.Constant):
                docs.add(id(doc.value))
    return [
        n.value
        for n in ast.walk(tree)
        if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docs
    ]


def test_only_the_shippable_reader_names_the_huffpost_file() -> None:
    offenders = [
        path.name
        for path in sorted(SCRIPTS.glob("*.py"))
        if path.name != "_shippable.py"
        and any(
            "news_category_sample" in s or "huffpost_sample" in s
            for s in _strings_in_code(path.read_text(encoding="utf-8"))
        )
    ]
    assert offenders == []


def test_the_reader_skips_the_held_out_lines(tmp_path: Path, repo_module) -> None:
    shippable = repo_module("scripts", "_shippable")
    HUFFPOST, huffpost_records = shippable.HUFFPOST, shippable.huffpost_records
    path = tmp_path / HUFFPOST
    path.parent.mkdir(parents=True)
    path.write_text("".join(json.dumps({"n": i}) + "\n" for i in range(10005)), encoding="utf-8")
    lines = [i for i, rec in huffpost_records(tmp_path) if rec["n"] == i]
    assert lines == [*range(9000), *range(10000, 10005)]
