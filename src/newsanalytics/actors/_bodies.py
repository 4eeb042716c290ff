"""Government bodies and chambers named by one everyday word.

"the House voted" in American political news is the House of Representatives
(:func:`chamber_names`); "the Treasury" is the Treasury of the country the article speaks
of, "the Commons" the House of Commons (:func:`body_words`); "told the Sun", "according to
the Observer" are British newspapers (:func:`newspaper_words`).
"""

from __future__ import annotations

import re

from ._candidate import _Cand
from ._cands import org_candidate
from ._lexicon import Lexicon

__all__ = ["body_words", "chamber_names", "newspaper_words"]

# "the House voted", "House Democrats", "the House speaker": the U.S. House of
# Representatives by its one everyday word, in American political news (the article names
# Congress, the Senate or a party). Not "White House", "Full House", "Opera House", "the
# House of Commons": a capitalised word before it or "of" after it make another name.
_HOUSE_RE = re.compile(
    r"(?<![\w-])House(?=[.,;:]|\s+(?!of\b)[a-z]|\s+(?:Democrats|Republicans|Dems|GOP)\b)"
)
_US_POLITICS_RE = re.compile(
    r"\b(?:Congress|Senate|Republicans?|Democrats?|Dems|GOP|Capitol|[Ii]mpeach\w*|[Cc]ongressional)\b"
)
_HOUSE_BEFORE_RE = re.compile(
    r"(?:^|\n|[.!?:\"\u201c\u2018']\s+|\b[a-z]+\s+|\b(?:[Tt]he|By|For|To|With|From|At|In|On|And)\s+)$"
)


# "the Treasury", "the Commons": a government body or a chamber by its one word, unless it
# opens a longer name or names a debt ("the Treasury Department", "the Treasury bill rate").
_BODY_WORD_RE = re.compile(
    r"\b[Tt]he (Treasury|Commons)\b(?!['\u2019]s? (?:bills?|bonds?|notes?|securities|yields?)\b)"
    r"(?![ \t\n]+(?:[A-Z0-9]|(?:bills?|bonds?|notes?|securities|yields?|paper|issues?|market"
    r"|debt|refunding|auctions?|futures|prices|rates?|curve|benchmark|coupon)\b))"
)
# "a Commons debate", "next week's Commons vote", "their Commons seats": the House of Commons
# by its one word as a modifier, after a lower-case word (not "of": "House of Commons"), a
# possessive or a sentence's start, before a lower-case word ("Creative Commons", "Commons
# Speaker" and the longer names are other names or read already).
_COMMONS_RE = re.compile(r"(?<![\w-])Commons\b(?=['\u2019]?[ \t]+[a-z])")
_COMMONS_BEFORE_RE = re.compile(
    r"(?:^|\n|[.!?:\"\u201c\u2018(]\s+|(?<!\w)(?!of\s)[a-z]+\s+|\w['\u2019]s?\s+)$"
)
# "the Spanish FA", "the Northern Irish FA": a nation's football association, named by its
# demonym ("FA" alone, the English one, is only its short name here).
_NATIONAL_FA_RE = re.compile(
    r"\b((?:(?:Northern|North|South|West|East)[ \t]+)?([A-Z][a-z]+))[ \t]+FA\b"
)


def national_fas(
    text: str, cands: list[_Cand], lex: Lexicon, ends: list[int], index: list[int]
) -> list[_Cand]:
    """``cands`` with each demonym + "FA" one organisation of that name ("Spanish FA",
    "Northern Irish FA"), not the demonym's country and a bare "FA" merging every nation's
    association into one actor."""
    if " FA" not in text:
        return cands
    found = []
    for m in _NATIONAL_FA_RE.finditer(text):
        entry = lex.lookup((m.group(2),), all_caps=False)
        if entry is not None and entry.type == "location" and entry.kind == "demonym":
            found.append((m.start(1), m.end()))
    if not found:
        return cands
    out = [c for c in cands if not any(c.start < e and s < c.end for s, e in found)]
    for s, e in found:
        name = " ".join(text[s:e].split())
        # England's is "The Football Association" (what an article names it in full).
        canonical = "Football Association" if name == "English FA" else name
        out.append(org_candidate(text, ends, index, (s, e), name.split(), canonical, sure=True))
    out.sort(key=lambda c: c.start)
    return out


_US_CUES_RE = re.compile(
    r"(?<!\w)(?:U\.S\.|US|United States|American|Washington|dollars?|dlrs)(?!\w)"
)
_UK_CUES_RE = re.compile(
    r"(?<!\w)(?:Britain|British|UK|U\.K\.|Chancellor|London|sterling|stg|Labour|Tory|Tories"
    r"|MPs?)(?!\w)"
)


def body_words(
    text: str, cands: list[_Cand], lex: Lexicon, ends: list[int], index: list[int]
) -> list[_Cand]:
    """``cands`` with each "the Treasury" and "the Commons" ("a Commons debate" too) the body
    they name, and each nation's FA its own (:func:`national_fas`).

    The scanner leaves the lone word untyped (an everyday word after "the"). "the
    Treasury" is the United States' or Britain's, by which of the two the article speaks
    of more (neither: the word alone); "the Commons" is the House of Commons.
    """
    cands = national_fas(text, cands, lex, ends, index)
    if "Treasury" not in text and "Commons" not in text:
        return cands
    found = []
    treasury = None
    spans = [m.span(1) for m in _BODY_WORD_RE.finditer(text)]
    if "Commons" in text:
        spans.extend(
            m.span()
            for m in _COMMONS_RE.finditer(text)
            if text[m.start() - 4 : m.start()] not in ("the ", "The ")  # found already
            and _COMMONS_BEFORE_RE.search(text, max(0, m.start() - 30), m.start())
        )
        spans.sort()
    for s, e in spans:
        if any(c.start <= s < c.end and c.type is not None for c in cands):
            continue  # read already ("the Treasury Department")
        word = text[s:e]
        if word == "Commons":
            name = "House of Commons"
        else:
            if treasury is None:
                us, uk = len(_US_CUES_RE.findall(text)), len(_UK_CUES_RE.findall(text))
                treasury = (
                    "United States Department of the Treasury"
                    if us > uk
                    else "HM Treasury"
                    if uk > us
                    else ""
                )
            name = treasury or "Treasury"
        entry = lex.lookup(name.split(), all_caps=False) if name != word else None
        found.append((s, e, word, name, entry))
    if not found:
        return cands
    out = [c for c in cands if not any(s <= c.start and c.end <= e for s, e, *_ in found)]
    for s, e, word, name, entry in found:
        canonical = entry.canonical if entry is not None else name
        out.append(org_candidate(text, ends, index, (s, e), [word], canonical, entry, sure=True))
    out.sort(key=lambda c: c.start)
    return out


def chamber_names(
    text: str, cands: list[_Cand], lex: Lexicon, ends: list[int], index: list[int]
) -> list[_Cand]:
    """``cands`` with each lone "House" that names the U.S. House of Representatives.

    The scanner never reads "House" alone as a name (it is an everyday word); in an article
    on American politics, "House" after "the", a lower-case word or a sentence's start and
    before a lower-case word or a party ("House Democrats") is the chamber, where no other
    candidate covers it.
    """
    if "House" not in text or not ends or _US_POLITICS_RE.search(text) is None:
        return cands
    entry = lex.lookup(("House", "of", "Representatives"), all_caps=False)
    if entry is None or entry.type != "organization":
        return cands
    spans = [(c.start, c.end) for c in cands]
    added: list[_Cand] = []
    for m in _HOUSE_RE.finditer(text):
        s, e = m.span()
        if not _HOUSE_BEFORE_RE.search(text, max(0, s - 12), s):
            continue
        if any(a <= s < b for a, b in spans):
            continue
        added.append(org_candidate(text, ends, index, (s, e), ["House"], entry.canonical, entry))
    if not added:
        return cands
    return sorted([*cands, *added], key=lambda c: c.start)


# "told the Sun", "according to the Observer", "the Independent newspaper": a British paper
# by its one everyday word after "the", where the press is spoken of right beside it. Not
# "Tears of the Sun", "the Star Trek franchise", "the Herald-Sun", "the Sun's surface": no
# word of the press beside them, or a name goes on.
_PAPERS = {
    "Sun": "The Sun",
    "Mirror": "Daily Mirror",
    "Guardian": "The Guardian",
    "Independent": "The Independent",
    "Telegraph": "The Telegraph",
    "Observer": "The Observer",
    "Times": "The Times",
    "Express": "Daily Express",
    "Mail": "Daily Mail",
    "Star": "Daily Star",
    "Scotsman": "The Scotsman",
}
_PAPER_RE = re.compile(
    r"\b[Tt]he ((?:(?:Sunday|Daily|Evening) )?(?:Sun|Mirror|Guardian|Independent|Telegraph"
    r"|Observer|Times|Express|Mail|Star|Scotsman|Standard)(?: on Sunday)?)\b(?!-| +(?!on Sunday)[A-Z])"
)
#: A part of every match of ``_PAPER_RE`` ("he Sun"), found in one quick pass (its literal
#: start "he " is searched for, not every position): where it is missing, no paper is named.
_PAPER_GATE_RE = re.compile(
    r"he (?:(?:Sunday|Daily|Evening) )?(?:Sun|Mirror|Guardian|Independent|Telegraph"
    r"|Observer|Times|Express|Mail|Star|Scotsman|Standard)"
)
#: Words of the press right beside the paper's word: enough alone.
_PRESS_BEFORE_RE = re.compile(
    r"\b(?:told|according to|interview with|edition of|editor of|newspapers?|tabloids?"
    r"|paper|publishes|writing in|wrote in|said in|claimed in|quoted in|quoted by"
    r"|reported by|reported in|spoke to|speaking to|poll for|survey for) $",
    re.IGNORECASE,
)
_PRESS_AFTER_RE = re.compile(
    r"(?:['\u2019]s? (?:[a-z]+ ){0,2}(?:editor|columnist|critic|report|reporter|correspondent"
    r"|survey|poll|front page|website|interview)| (?:newspaper|paper|tabloid|reported|survey|poll"
    r"|has reported|had reported)\b)"
)
#: Other words beside it, enough where the press is spoken of within 80 characters.
_WEAK_BEFORE_RE = re.compile(r"\b(?:to|in|for|by|with|and|as|from) $")
_WEAK_AFTER_RE = re.compile(
    r" (?:said|says|had|has|carried|ran|claimed|quoted|revealed|wrote|writes)\b|,"
)
_PRESS_NEAR_RE = re.compile(
    r"\b(?:newspapers?|tabloids?|papers|broadsheets?|told|reported|according to|interview"
    r"|columnist|editor|circulation|headline|front page)\b",
    re.IGNORECASE,
)


def newspaper_words(
    text: str, cands: list[_Cand], lex: Lexicon, ends: list[int], index: list[int]
) -> list[_Cand]:
    """``cands`` with each British newspaper named by one word after "the" ("told the Sun",
    "according to the Observer", "the Independent on Sunday").

    The scanner leaves such a word untyped. The word is the paper where a word of the press
    stands right before or after it ("told", "according to", "newspaper", "'s editor"), or
    a word that may be the press's ("in", "said", "had") where the press is spoken of within
    80 characters ("newspaper", "interview", "told"); and no known name covers it.
    """
    if _PAPER_GATE_RE.search(text) is None:
        return cands
    found = []
    for m in _PAPER_RE.finditer(text):
        s, e = m.span(1)
        before = text[max(0, m.start() - 20) : m.start()]
        if not (_PRESS_BEFORE_RE.search(before) or _PRESS_AFTER_RE.match(text, e)) and not (
            (_WEAK_BEFORE_RE.search(before) or _WEAK_AFTER_RE.match(text, e))
            and _PRESS_NEAR_RE.search(text, max(0, s - 80), min(len(text), e + 80))
        ):
            continue
        if any(
            c.start < e and s < c.end and c.type is not None and c.entry is not None for c in cands
        ):
            continue  # read already as a known name
        word = m.group(1)
        # "The Mail on Sunday", "the Sunday Independent", "the Evening Standard": a paper's
        # own longer name (or its entry's: "Daily Telegraph" is The Telegraph).
        if " " in word:
            name = word if word.split()[0] in ("Sunday", "Daily", "Evening") else "The " + word
        elif word == "Standard":
            continue  # "the Standard": a paper only as the "Evening Standard"
        else:
            name = _PAPERS[word]
        entry = lex.lookup(name.split(), all_caps=False)
        found.append((s, e, word, name, entry))
    if not found:
        return cands
    out = [c for c in cands if not any(c.start < e and s < c.end for s, e, *_ in found)]
    for s, e, word, name, entry in found:
        canonical = entry.canonical if entry is not None else name
        out.append(
            org_candidate(text, ends, index, (s, e), word.split(), canonical, entry, sure=True)
        )
    out.sort(key=lambda c: c.start)
    return out
