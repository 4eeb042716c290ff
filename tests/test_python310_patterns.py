"""The package supports Python 3.10 (``requires-python``): its regular expressions must not
use what ``re`` only learnt in 3.11 (possessive quantifiers ``*+``, ``++``, ``?+``, ``}+`` and
atomic groups ``(?>...)``), or importing it fails there with ``re.error``."""

from __future__ import annotations

import io
import re
import tokenize
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "newsanalytics"

# A quantifier followed by '+' (not escaped), or an atomic group.
_NEWER = re.compile(r"(?<!\\)[*+?}]\+|\(\?>")


def _strings(path: Path) -> list[tuple[int, str]]:
    toks = tokenize.generate_tokens(io.StringIO(path.read_text(encoding="utf-8")).readline)
    return [(t.start[0], t.string) for t in toks if t.type == tokenize.STRING]


def test_no_python311_only_regex_syntax() -> None:
    found = [
        f"{path.relative_to(SRC)}:{line}: {text[:60]}"
        for path in sorted(SRC.rglob("*.py"))
        for line, text in _strings(path)
        if _NEWER.search(text)
    ]
    assert not found, "regex syntax Python 3.10 lacks:\n" + "\n".join(found)


def test_the_guard_sees_them() -> None:
    assert _NEWER.search(r'r"[\w]++"') and _NEWER.search(r'r"(?>ab)"')
    assert _NEWER.search(r'r"x*+"') and not _NEWER.search(r'r"a+\+b"')
