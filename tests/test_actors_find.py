"""The str.find helpers find what the per-article patterns they replace found."""

import random
import re

from newsanalytics.actors._find import whole_words, word_sequences

_TEXTS = [
    "Sun Microsystems said Sun, Sun's and Sun-Grid; xSun Sun_x Sun9 9Sun Sunny (Sun) Sun",
    "King World and King's, the King. Kingdom King\u00e9 \u00e9King King",
    "Texas Air Corp said Texas  Air\nacquired; Texas Airlines, Texas Air. -Texas Air 'Texas Air"
    " &Texas Air \u2019Texas Air Texas Air's Texas\tAir_ Texas Air",
    "U.S. Home Corp ... U.S. Home said; U.S. Homes, U.S. Home.x U.S.  Home",
    "Cable and Wireless Plc ... Cable and Wireless said, Cable and  Wireless's, Cable and",
]


def _random_text(rng: random.Random) -> str:
    parts = [
        "Sun",
        "King",
        "Texas",
        "Air",
        "U.S.",
        "Home",
        "and",
        "&",
        " ",
        "  ",
        "\n",
        ",",
        ".",
        "'",
        "\u2019",
        "-",
        "_",
        "x",
        "9",
        "\u00e9",
        "s",
    ]
    return "".join(rng.choice(parts) for _ in range(rng.randint(0, 40)))


def test_whole_words_matches_the_pattern():
    rng = random.Random(7)
    texts = _TEXTS + [_random_text(rng) for _ in range(3000)]
    for words in (["Sun"], ["King", "Sun"], ["Texas", "Air", "Home"]):
        pattern = re.compile(
            rf"\b(?:{'|'.join(map(re.escape, sorted(words, key=len, reverse=True)))})\b"
        )
        for text in texts:
            expected = [(m.start(), m.end(), m.group()) for m in pattern.finditer(text)]
            assert whole_words(text, words) == expected, text


def test_word_sequences_match_the_pattern():
    rng = random.Random(11)
    texts = _TEXTS + [_random_text(rng) for _ in range(3000)]
    for cores in (
        ["Texas Air"],
        ["Texas Air", "Texas"],
        ["U.S. Home", "Cable and Wireless", "Air & Sun"],
        ["Sun King", "Sun", "King Sun Air"],
    ):
        ordered = sorted(cores, key=len, reverse=True)
        alternation = "|".join(r"\s+".join(map(re.escape, c.split())) for c in ordered)
        pattern = re.compile(rf"(?<![\w&'\u2019-])(?:{alternation})\b")
        for text in texts:
            expected = [m.span() for m in pattern.finditer(text)]
            assert word_sequences(text, ordered, "&'\u2019-") == expected, (cores, text)


def _who_pattern(text: str, name: str) -> bool:
    return (
        re.search(rf"\b{re.escape(name)},? (?:who(?! (?:are|have|were)\b)|whose|his|he)\b", text)
        is not None
    )


def _names_place_pattern(text: str, word: str) -> bool:
    from newsanalytics.actors import _context as ctx

    for m in re.finditer(rf"\b{re.escape(word)}\b", text):
        s, e = m.span()
        if not ctx._LONE_AFTER_RE.match(text, e):
            continue
        if ctx._PLACE_BEFORE_USE_RE.search(
            text[max(0, s - 30) : s]
        ) or ctx._PLACE_AFTER_USE_RE.match(text, e):
            return True
    return False


def test_name_searches_match_the_patterns():
    from newsanalytics.actors import _clubs, _context

    rng = random.Random(13)
    parts = [
        "Boro",
        "Texas",
        "A.A",
        "'s",
        ",",
        " ",
        "who",
        "who are",
        "whose",
        "his",
        "he",
        "in ",
        "state",
        "-",
        "_",
        "x",
        "\n",
        "Instruments",
        "governor",
        ".",
        "boro",
    ]
    texts = ["".join(rng.choice(parts) for _ in range(rng.randint(0, 30))) for _ in range(4000)]
    texts += ["Boro, who are playing", "Boro who said", "xBoro, who", "in Texas", "A.A.A in A.A"]
    for text in texts:
        for name in ("Boro", "Texas", "A.A", "'s"):
            assert _clubs._who(text, name) == _who_pattern(text, name), (text, name)
            assert _context._names_place(text, name) == _names_place_pattern(text, name)
            low = name.lower()
            expected = re.search(rf"(?<![\w\-]){re.escape(low)}(?![\w\-])", text) is not None
            assert _clubs._lower_in(text, low) == expected, (text, low)
