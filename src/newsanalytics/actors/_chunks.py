"""Where a chunk of a run of capitalised words ends: :class:`ChunkEnds`, the part of the
:class:`~newsanalytics.actors._runs.RunClassifier` that reads one chunk's extent (a
Title Case headline's words, links inside a name, a title or a known name after it)."""

from __future__ import annotations

from ._gazetteer import fold_word
from ._tokens import _two_orgs, _until_possessive
from ._words import (
    AND,
    CORP_SUFFIXES,
    DATES,
    LINKS,
    NAME_PARTICLES,
    OF,
    ORG_LINKS,
    ORG_WORDS,
    SMALL_WORDS,
)

__all__ = ["ChunkEnds"]


class ChunkEnds:
    """Mixed into the run classifier, whose lexicon look-ups and word tests it uses."""

    def _chunk_end(
        self,
        words: list[str],
        i: int,
        n: int,
        all_caps: bool,
        heading: bool,
        rare: frozenset[str] = frozenset(),
    ) -> int:
        gaz, common = self.gaz, self._common_words
        orgish = words[i] in ORG_WORDS
        j = i + 1
        while j < n:
            w = words[j]
            if heading and self._person_end(words, j, n):
                break  # a well-known person's name opens: "Kamala Harris Skewers | Donald Trump"
            if w == "'s" or (w in DATES and not self._surname_month(words, j)):
                break  # "Federation of Cocoa Growers on Monday"; but "Theresa May"
            if (
                heading
                and self._headline_word(w, rare)
                and w not in ORG_WORDS
                and w not in LINKS
                # "Tom Cruise Jumps", "Kanye West Says": a given name, then a surname
                # that is a word of the language (not an inflected one, as "Says" is).
                and not (
                    j == i + 1
                    and words[i] in gaz.first_names
                    and not self._common(words[i])
                    and not self._inflected(w)
                    and w.lower() not in SMALL_WORDS  # "Rights Bill With Exemptions"
                )
            ):
                break  # Title Case headline: "Donald Trump Says Americans Are Just As Bad"
            if w in LINKS:
                if w == "&" and words[j + 1 : j + 2] and words[j + 1][:1].isupper():
                    orgish, j = True, j + 1  # "Marks & Spencer", "Ernst & Young": a firm's name
                    continue
                if w == "and" and "&" in words[i:j]:
                    break  # "Ernst & Young and Barnes & Noble": two firms
                tail_org = not ORG_WORDS.isdisjoint(_until_possessive(words, j + 1, n))
                if w == "in" and not tail_org:
                    break  # "Midland Bank in London"
                if words[j - 1] in CORP_SUFFIXES and words[j - 1] != "Co" and w in OF:
                    break  # "Elbit Computers Ltd of Israel": a legal form ends the name
                if w in AND and words[j - 1] in ORG_WORDS and _two_orgs(words, i, j, n, common):
                    break  # "Pirelli Spa and Thermo-Print GmbH": two organisations
                if w in AND and words[j - 1] in CORP_SUFFIXES and words[j + 1 : j + 2] != ["Co"]:
                    break  # "Wood Gundy Inc and First Marathon Securities Ltd in Canada"
                if w in AND and j + 1 < n and self.known_org(words, j + 1, n, all_caps):
                    break  # "Apple Computer and Cisco Systems": a known company opens a second
                if w in AND and not all_caps and self._two_names(words, i, j, n):
                    break  # "Jet Airways and Air Sahara", "UPS and Deutsche Post": two names
                # "Willy de Clercq", "Anibal Teixeira de Souza": a particle inside a name.
                particle = w in NAME_PARTICLES and (
                    w not in ORG_LINKS
                    or words[i] in gaz.first_names
                    or not any(self._common(x) for x in words[i:j])
                )
                if w in OF and not orgish and j - i > 1 and words[i] in gaz.first_names:
                    break  # "analyst Orin Middleton of Barclays Capital": a person of a body
                if orgish or tail_org or particle:
                    j += 1
                    continue
                break
            fw = fold_word(w)
            # A title ends a name: "Refugee Council Chief Executive Maeve Sherlock".
            if fw in self._title_first and (t := self.title(words, j, n)):
                if ORG_WORDS.isdisjoint(words[t if orgish else j : n]):
                    break
            if not orgish:
                if fw in self._first_keys or fw in self.user_first:
                    hit = self.match(words, j, n, all_caps)
                else:
                    hit = None
                if hit is not None:
                    jj, entry = hit
                    if entry.type == "location" and (
                        (words[i] in gaz.first_names and j - i <= 2)
                        # "Seiko Hashimoto", "Brock Berlin": a city's name ending a name
                        or entry.country
                        or entry.kind == "capital"
                        # "London Irish", "London Welsh": a demonym after a city's name
                        or (entry.kind == "demonym" and self.place_word(words[i]))
                    ):
                        j = jj
                        continue
                    if (  # "Roy Disney", "Henry Ford": a given name, then a company's founder
                        entry.type == "organization"
                        and entry.kind != "acronym"
                        and j == i + 1 == jj - 1
                        and words[i] in gaz.first_names
                        and words[i].lower() not in NAME_PARTICLES  # "Al Fatah"
                        and (jj == n or words[jj] in LINKS)
                    ):
                        j = jj
                        continue
                    if (
                        entry.type == "organization"
                        and jj == j + 1
                        and w in ORG_WORDS
                        and not heading
                        and j - i >= 2  # not "If Congress", "For Congress"
                        and words[i] not in gaz.first_names  # "Chris Matthews Torches Senate"
                        and LINKS.isdisjoint(words[i:j])  # not "House and Senate"
                    ):
                        # a body's word known alone ends a longer name: "World Jewish
                        # Congress", "Indian National Congress" (not the US Congress)
                        orgish = True
                        j = jj
                        continue
                    if ORG_WORDS.isdisjoint(words[jj:n]):
                        break
                # "John Kerry John Kerry": a new name; "Maryanne Trump Barry": a surname last.
                if j - i >= 2 and n - j >= 2 and w in gaz.first_names and words[i] in gaz.first_names:
                    break
            if w in ORG_WORDS:
                orgish = True
            j += 1
        return j

    def _two_names(self, words: list[str], i: int, j: int, n: int) -> bool:
        """True when the "and" at ``j`` joins two names, not two words of one name.

        The words after it (up to a link or a legal form) hold a proper name's word, and
        the words before are a name of their own: two or more closing in an organisation
        word ("Jet Airways and Air Sahara", "Mittal Steel and ISG", "Michael Foods and
        Kenneth Bowman"), or an acronym before two or more words ("UPS and Deutsche Post").
        Not "Procter and Gamble", "Investors Bank and Trust", "First Federal Savings and
        Loan Association of Beloit", "LL and E Royalty Trust".
        """
        k = j + 1
        while k < n and words[k] not in LINKS and words[k] not in CORP_SUFFIXES:
            k += 1
        after = words[j + 1 : k]
        if not after or not any(
            len(w) > 1 and w[:1].isupper() and not self._common(w) for w in after
        ):
            return False
        if j - i >= 2:
            # not a legal form in capitals ("Macintosh SE and Macintosh II": a product)
            last = words[j - 1]
            return last in ORG_WORDS and not last.isupper() and LINKS.isdisjoint(words[i:j])
        left = words[i]
        return (
            j == i + 1
            and len(left) > 1
            and left.isalpha()
            and left.isupper()
            and len(after) >= 2
            and len(after[0]) > 1
        )
