"""Finding an article's own words without building a pattern per article.

A pattern made of the article's names (``re.finditer(rf"\\b(?:{words})\\b", text)``) is
compiled anew for each article: re's cache keeps 512 patterns, and a stream of new
articles misses it every time (compiling costs more than the search: a company's name
joined by ``\\s+`` took 0.6 ms). These helpers find the same matches with ``str.find``
and the definitions re uses: a word character is one for which ``str.isalnum()`` holds,
or "_"; ``\\s`` is ``str.isspace()``.
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["at_boundary", "occurs_alone", "occurrences", "whole_words", "word_sequences"]


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def at_boundary(text: str, pos: int) -> bool:
    """True where ``\\b`` matches in ``text`` at ``pos``: a word character on one side only."""
    return (pos > 0 and _is_word(text[pos - 1])) != (pos < len(text) and _is_word(text[pos]))


def occurrences(text: str, word: str) -> list[int]:
    """Where ``word`` starts in ``text``, every place (overlapping ones too), in order."""
    out = []
    at = text.find(word)
    while at >= 0:
        out.append(at)
        at = text.find(word, at + 1)
    return out


def occurs_alone(text: str, word: str, joiners: str = "-") -> bool:
    """``re.search(rf"(?<![\\w{joiners}]){re.escape(word)}(?![\\w{joiners}])", text)``:
    ``word`` somewhere with neither a word character nor one of ``joiners`` beside it."""
    n, size = len(text), len(word)
    for at in occurrences(text, word):
        end = at + size
        if (at == 0 or not (_is_word(text[at - 1]) or text[at - 1] in joiners)) and (
            end == n or not (_is_word(text[end]) or text[end] in joiners)
        ):
            return True
    return False


def whole_words(text: str, words: Iterable[str]) -> list[tuple[int, int, str]]:
    """``(start, end, word)`` of each match of ``rf"\\b(?:{alternation})\\b"`` in ``text``,
    in order, where every one of ``words`` is made of word characters only.

    Such a match is a whole run of word characters that is one of ``words`` (a run starts
    and ends at a boundary, so no other alternative fits there, and runs never overlap):
    each word's occurrences with no word character on either side.
    """
    n = len(text)
    out = []
    for word in words:
        size = len(word)
        at = text.find(word)
        while at >= 0:
            end = at + size
            if (at == 0 or not _is_word(text[at - 1])) and (end == n or not _is_word(text[end])):
                out.append((at, end, word))
            at = text.find(word, at + 1)
    out.sort()
    return out


def word_sequences(text: str, phrases: list[str], not_before: str = "") -> list[tuple[int, int]]:
    """``(start, end)`` of each match of
    ``rf"(?<![\\w{not_before}])(?:{alternation})\\b"`` in ``text`` (as ``re.finditer`` finds
    them: left to right, none overlapping, the first alternative that fits at a place),
    where the alternation holds each phrase of ``phrases``, in that order, with its words
    (``phrase.split()``) escaped and joined by ``\\s+``. ``not_before`` holds the other
    characters the lookbehind excludes.
    """
    n = len(text)
    first_at: dict[int, int] = {}  # start -> end of the first phrase that fits there
    for phrase in phrases:
        words = phrase.split()
        if not words:
            continue
        head, rest = words[0], words[1:]
        at = text.find(head)
        while at >= 0:
            if at not in first_at and (
                at == 0 or not (_is_word(text[at - 1]) or text[at - 1] in not_before)
            ):
                pos = at + len(head)
                for word in rest:
                    k = pos
                    while k < n and text[k].isspace():
                        k += 1
                    if k == pos or not text.startswith(word, k):
                        break
                    pos = k + len(word)
                else:
                    # \b: a word character on one side of ``pos`` only
                    if _is_word(text[pos - 1]) != (pos < n and _is_word(text[pos])):
                        first_at[at] = pos
            at = text.find(head, at + 1)
    out = []
    last = 0
    for start in sorted(first_at):
        if start >= last:
            out.append((start, first_at[start]))
            last = first_at[start]
    return out
