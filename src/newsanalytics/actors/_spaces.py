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
# (the tests hold _unwrap_lines to ``_WRAP_RE.sub(r"\1 ", text)``); _unwrap_lines finds the
# same line breaks with _WRAP_BREAK_RE, which opens with the line break (re skips ahead to
# it) and reads the line before it by a look-behind of fixed width (41 characters of the
# line, the last no blank nor full stop): no backtracking over each line.
_WRAP_RE = re.compile(r"^([^\n]{40,}[^\s.])\n(?=\S)", re.M)
_WRAP_BREAK_RE = re.compile(r"\n(?<=[^\n]{40}[^\s.]\n)(?=\S)")


def _unwrap_lines(text: str) -> str:
    """``text`` with the line break after each wrapped line (see ``_WRAP_RE``) a space."""
    return _WRAP_BREAK_RE.sub(" ", text)


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
