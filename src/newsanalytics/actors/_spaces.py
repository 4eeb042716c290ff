"""Spaces that join a name: other space separators and lines a wire wraps, made plain
spaces one character for one (offsets into the raw text hold)."""

from __future__ import annotations

import dataclasses
import re

from .. import text as _text

# Unicode space separators other than the space ("Angela\u00a0Merkel", a thin space).
_OTHER_SPACES_RE = re.compile(r"[^\S\n\r\t\f\v ]")
# A line wrapped inside a paragraph: a long line (a short one is a credit, a byline, a list
# item) that ends in no full stop, and a next line with no indent. The rule as a pattern
# (the tests hold _unwrap_lines to ``_WRAP_RE.sub(r"\1 ", text)``); _unwrap_lines reads it
# line by line, several times faster than the pattern's backtracking over each line.
_WRAP_RE = re.compile(r"^([^\n]{40,}[^\s.])\n(?=\S)", re.M)
_WRAP_MIN_LINE = 41


def _unwrap_lines(text: str) -> str:
    """``text`` with the line break after each wrapped line (see ``_WRAP_RE``) a space."""
    lines = text.split("\n")
    last = len(lines) - 1
    parts: list[str] = []
    changed = False
    for k, line in enumerate(lines):
        parts.append(line)
        if k == last:
            break
        if len(line) >= _WRAP_MIN_LINE and line[-1] != "." and not line[-1].isspace():
            nxt = lines[k + 1]
            if nxt and not nxt[0].isspace():
                parts.append(" ")
                changed = True
                continue
        parts.append("\n")
    return "".join(parts) if changed else text


def _plain_spaces(doc: _text.Document) -> _text.Document:
    """``doc`` with every other space separator in its text made a plain space, so that a
    name joined by a no-break space is one name, and every line break that wraps a long
    line (no full stop before it, no indent after it: "Goldman,\nSachs and Co") made a
    space, so that a name the wire wraps is one name; one character for one, so offsets
    into the raw text hold."""
    text = doc.text
    if "\n" in text:
        text = _unwrap_lines(text)
    if not text.isascii():
        text = _OTHER_SPACES_RE.sub(" ", text)
    return doc if text == doc.text else dataclasses.replace(doc, text=text)
