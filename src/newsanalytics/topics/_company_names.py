"""The words of the company names in a text, which count as no topic's seed evidence
(:func:`company_name_words`, read by ``NewsVectorizer.name_counts``)."""

from __future__ import annotations

import re

__all__ = ["company_name_words"]


#: A company's legal form, as its name ends ("Inc", "Corp", "Ltd" ...); a run all in
#: capitals is no name (an all-capitals headline would read as one).
_LEGAL_FORM = r"(?:Inc|Corp|Corporation|Co|Cos|Ltd|Limited|Plc|PLC|LLC|AG|NV|SpA|GmbH|Bhd)"
#: A name word: capitalised (or a number); words joined by a space or one line break. A
#: dot ends it unless inside it ("J.P") or ending an abbreviation ("U.S.", "Q."): a word that
#: ends a sentence ("Health.") is no word of the name the next sentence starts with.
_NAME_WORD = r"[A-Z0-9](?:[\w&'-]|\.(?=[\w&'-]))*(?:(?<=\.[A-Za-z])\.|(?<=\b[A-Z])\.)?"
_GAP = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
_COMPANY_RE = re.compile(
    rf"\b(?P<name>{_NAME_WORD}(?:{_GAP}(?:(?:of|and|&|de|du|des|del){_GAP})?{_NAME_WORD}){{0,5}})"
    rf"{_GAP}{_LEGAL_FORM}(?![\w-])"
)
#: A legal form, where a name can end; found from its capital (the engine skips to the next
#: such letter), the space before it checked after: no hit hides another, as a hit holds
#: no space.
_FORM_WORD_RE = re.compile(rf"{_LEGAL_FORM}(?![\w-])")
#: What no name word, gap or link holds: a name stays inside a stretch of text without it.
_BREAK_RE = re.compile(r"[^\w&'.\- \t\n]")
_CAPS_RE = re.compile(r"\b[A-Z]{2,6}\b")
_SHORT_RE = re.compile(r"[A-Z]{2,6}")


def _company_matches(text: str) -> list[re.Match[str]]:
    """The matches of ``_COMPANY_RE`` in ``text``, as its ``finditer`` gives them, found by
    running it only over the stretches of text (no ``_BREAK_RE`` character inside) that hold
    a legal form: every match ends in a space and one (``_FORM_WORD_RE``) and holds no
    break. A stretch is read whole (a match may end in a later form of it: "Foo Co Inc"),
    and its bounds, a break or the text's ends, look the same to the pattern's edges as the
    text around."""
    out: list[re.Match[str]] = []
    n, done, rev = len(text), 0, ""
    for form in _FORM_WORD_RE.finditer(text):
        at = form.start() - 1  # the space before the form
        if at < done or text[at] not in " \t\n":
            continue  # inside the stretch just read, or no form after a space
        rev = rev or text[::-1]
        brk = _BREAK_RE.search(rev, n - at)
        start = n - brk.start() if brk is not None else 0
        brk = _BREAK_RE.search(text, at)
        done = brk.start() if brk is not None else n
        out.extend(_COMPANY_RE.finditer(text, start, done))
    return out


def company_name_words(text: str) -> str:
    """The words of the company names in ``text`` (capitalised runs that end in a legal form,
    which is left out; a run stops at a sentence's end), joined by line breaks, then each
    use of a name's short form (its initials, or its first word in capitals); "" if none.

    Examples
    --------
    >>> company_name_words("It sold its stake in <CDC Life Sciences Inc>, Canterra Energy Ltd's")
    'CDC Life Sciences\\nCanterra Energy\\nCDC'
    >>> company_name_words("BP MAY SELL ITS STAKE IN BRITOIL PLC")
    ''
    """
    found = [m for m in _company_matches(text) if not m.group(0).isupper()]
    if not found:
        return ""
    # Its short form: its initials ("CDC" for "Canada Development Corp"), with or without the
    # legal form's, or its first word in capitals ("CDC Life Sciences Inc"), wherever used.
    short: set[str] = set()
    for m in found:
        words = [w for w in m.group(0).split() if w[0].isupper()]
        short.update(("".join(w[0] for w in words), "".join(w[0] for w in words[:-1])))
        if words[0].isupper() and words[0].isalpha():
            short.add(words[0])
    # Two letters or more; none used when no such form is in the text at all.
    present = any(w in text for w in short if _SHORT_RE.fullmatch(w))
    uses = [w for w in _CAPS_RE.findall(text) if w in short] if present else []
    return "\n".join([m.group("name") for m in found] + uses)
