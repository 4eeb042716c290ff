"""Lines and trailers of a normalised article text, for :func:`newsanalytics.text.parse`.

Split from ``text`` to keep that module under the package's length limit; both passes run in
time linear in the text (plain string methods over lines; a trailer search bounded to the
last 500 characters, skipped where the text cannot end in one).
"""

from __future__ import annotations

import re
from typing import NamedTuple

# Wire trailers at the very end of a text: "REUTER", and a credit, "(Reporting by ...)".
# Two patterns, not one alternation: the credit's opens with a literal the regex engine skips
# ahead to, and the wire's is searched for in the few characters before the text's end only
# (see _trailer).
_WIRE_TRAILER_RE = re.compile(
    r"(?:(?<=\n)|(?<=\s\s)|(?<=[.!?\"\u201d)]\s)|\A)[ \t]*(?:REUTERS?|Reuters?|reuters?)(?:\^M|[.\s\x03])*\Z"
)
_CREDIT_TRAILER_RE = re.compile(
    r"\((?:Additional[ ]+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled)\b[^()]{0,400}\)\s*\Z"
)


class _Line(NamedTuple):  # a tuple: built for every line of every article
    start: int  # first non-space character
    end: int  # one past the last non-space character
    indented: bool


def _lines(text: str, end: int) -> list[_Line]:
    """The lines of ``text[:end]``: each non-blank line from its first to its last non-space
    character (``str.strip`` and the ``\\s`` of ``re`` agree on what a space is), a run of
    blank lines as one blank line (none before the first line)."""
    out: list[_Line] = []
    blank = _Line(0, 0, False)
    line = tuple.__new__  # _Line(...) without the Python frame of its generated __new__
    prev_blank = False
    pos = 0
    segments = text[:end].split("\n")
    last = len(segments) - 1
    for i, seg in enumerate(segments):
        rest = seg.lstrip()
        if rest:
            s = pos + len(seg) - len(rest)
            out.append(line(_Line, (s, s + len(rest.rstrip()), s > pos)))
            prev_blank = False
        elif (seg or i < last) and not prev_blank and out:
            out.append(blank)  # a run of blank lines counts once
            prev_blank = True
        pos += len(seg) + 1
    return out


def _trailers(text: str) -> tuple[int, list[tuple[int, int]]]:
    """Trailers at the very end ("REUTER", "(Reporting by ...)"): where the prose stops."""
    spans: list[tuple[int, int]] = []
    stop = len(text)
    for _ in range(3):
        if not _may_end_in_trailer(text, stop):
            break
        m = _trailer(text, max(0, stop - 500), stop)
        if m is None:
            break
        s, e = _strip_span(text, m.start(), stop)
        if e > s:
            spans.append((s, e))
        stop = _strip_span(text, 0, m.start())[1]
    return stop, spans


def _trailer(text: str, lo: int, stop: int) -> re.Match[str] | None:
    """The first trailer of ``text[lo:stop]`` that ends at ``stop``: what one search of the
    alternation of the two trailer patterns finds (the leftmost match; both cannot start at
    one position, the wire's starting with a blank or a letter, the credit's with "(")."""
    credit = _CREDIT_TRAILER_RE.search(text, lo, stop)
    # The wire's word ends where its tail does (it ends in a letter no tail holds); before
    # it, seven letters at most and blanks.
    k = max(lo, _before_tail(text, lo, stop) - 7)
    while k > lo and text[k - 1] in " \t":
        k -= 1
    wire = _WIRE_TRAILER_RE.search(text, k, stop)
    if wire is None or (credit is not None and credit.start() < wire.start()):
        return credit
    return wire


def _may_end_in_trailer(text: str, stop: int) -> bool:
    """False only where no trailer pattern can match ending at ``stop``: ``text[:stop]``
    ends neither in ")" (blanks after it) nor in "reuter(s)" (blanks, ".", "^M" or
    "\\x03" after it). Saves the searches of :func:`_trailer`."""
    lo = max(0, stop - 500)  # the search window: a trailer starts inside it
    k = stop
    while k > lo and text[k - 1].isspace():
        k -= 1
    if k == lo or text[k - 1] == ")":
        return True
    k = _before_tail(text, lo, k)
    if k - lo < 6:  # too near the window's start to tell: leave it to the search
        return True
    tail = text[k - 7 if k >= 7 else 0 : k].lower()
    return tail.endswith("reuter") or tail.endswith("reuters")


def _before_tail(text: str, lo: int, stop: int) -> int:
    """Where ``text[lo:stop]`` ends but for the characters a wire trailer's tail may hold
    (blanks, ".", "^M", "\\x03")."""
    k = stop
    while k > lo and (text[k - 1].isspace() or text[k - 1] in ".\x03^M"):
        k -= 1
    return k


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
