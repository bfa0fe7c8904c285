"""Cheap text units shared by rules that need no NLP model: words and sentences."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

# Letters and digits joined by inner apostrophes or hyphens: « aujourd'hui »,
# « Saint-Jérôme », « COVID-19 ». Underscores separate (« École_CSNO »).
WORD_RE = re.compile(r"[^\W_]+(?:['-][^\W_]+)*")
# A sentence ends after . ! ? … (possibly repeated) followed by space, or at a line break.
_SENTENCE_END = re.compile(r"(?<![.!?…])[.!?…]+[»\")\]]*(?=\s)|\n")


@dataclass(frozen=True, slots=True)
class Word:
    start: int
    end: int
    text: str


def words(text: str) -> list[Word]:
    return [Word(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(text)]


# « M. Leblanc », « Mme Roy », « p. 12 »: a period after these does not end a sentence.
# Compared in lower case: the folded view of a post (« m. leblanc ») is cut by
# the same function, and « M. » cut there hid the name from CON and CRI03.
_ABBREVIATIONS = frozenset(
    "m mme mmes mm mlle dr dre me pr st ste p no art ex env etc c.-à-d".split()
)


# An initial (« R. Morin », « A.T. en 1re année »), not « il en a. » nor « il y en a. ».
_INITIAL = re.compile(r"[b-xz]|(?:[a-z]\.-?)+[a-z]")

# « 2e au 200 m. », « on se voit à 18 h. » : metres or hours after a number, the sentence does end.
_UNIT_AFTER_NUMBER = re.compile(r"\d\s?[mh]$")


def sentence_bounds(text: str) -> list[int]:
    """Sorted offsets where sentences start (the first is always 0)."""
    bounds = [0]
    for m in _SENTENCE_END.finditer(text):
        last = text[max(0, m.start() - 6) : m.start()].split(" ")[-1].lower()
        if (
            m.group() == "."
            and (last in _ABBREVIATIONS or _INITIAL.fullmatch(last))
            and not _UNIT_AFTER_NUMBER.search(text, max(0, m.start() - 8), m.start())
        ):
            continue
        bounds.append(m.end())
    return bounds


def sentence_index(bounds: list[int], offset: int) -> int:
    return bisect_right(bounds, offset) - 1


@cache
def zipf(word: str) -> float:
    """How common ``word`` is in French, on wordfreq's Zipf scale (0 unknown,
    3 once per million words, 6 very common). Loaded only when first asked."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "fr")


@cache
def common_unaccented() -> frozenset[str]:
    """Common French words (Zipf 2.5 or more) written without accents: « conge »,
    « ecoeuree » typed on a phone are words, not typos of a lexicon word."""
    from wordfreq import get_frequency_dict

    from civisme.lexicons.loader import fold

    floor = 10 ** (2.5 - 9)  # the Zipf scale is log10 of the frequency per billion words
    return frozenset(fold(w) for w, f in get_frequency_dict("fr").items() if f >= floor)


@cache
def zipf_english(word: str) -> float:
    """The same in English: an English word in capitals inside French text is
    usually a name or a brand (FIRST, LEGO), not a shout."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en")
