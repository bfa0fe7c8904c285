"""A folded view of a document for phrase patterns: lower case, no accents,
apostrophes and hyphens as spaces, and exactly as long as ``doc.normalised``,
so that a match's offsets are the finding's offsets with no mapping."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from .document import Document
from .literal_gate import may_match
from .text_units import sentence_bounds

_SEPARATORS = frozenset("'-\u2010\u2011\u2013")


@cache
def _fold_char(c: str) -> str:
    if c in _SEPARATORS:
        return " "
    lowered = c.lower()
    if len(lowered) != 1:
        return c  # « İ » lowers to two characters: keep it, offsets must not move
    base = unicodedata.normalize("NFD", lowered)[0]
    return base if base.isascii() or not base.isalpha() else lowered


def folded(doc: Document) -> str:
    """``doc.normalised`` folded character for character (same length)."""
    if "folded" not in doc.cache:
        doc.cache["folded"] = "".join(map(_fold_char, doc.normalised))
    return doc.cache["folded"]


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str  # the folded sentence; offsets inside it add to ``start``


def sentences(doc: Document) -> list[Sentence]:
    """The folded sentences of ``doc``, line breaks counted as sentence ends
    (a post's lines are often separate thoughts without a full stop)."""
    if "folded.sentences" not in doc.cache:
        text = folded(doc)
        cuts = sorted(
            {*sentence_bounds(text), *(m.end() for m in re.finditer(r"\n", text)), len(text)}
        )
        out = []
        for start, end in pairwise(cuts):
            if text[start:end].strip():
                out.append(Sentence(start, end, text[start:end]))
        doc.cache["folded.sentences"] = out
    return doc.cache["folded.sentences"]


def words(*alternatives: str | Iterable[str]) -> str:
    """A regex group of folded words or phrases, longest first, with any run of
    spaces between words: ``words("centre de services", "css")``."""
    flat: list[str] = []
    for a in alternatives:
        flat.extend([a] if isinstance(a, str) else a)
    keys = sorted({" ".join(w.split()) for w in flat}, key=len, reverse=True)
    return "(?:" + "|".join(r"\s+".join(map(re.escape, k.split())) for k in keys) + ")"


def finditer(
    pattern: re.Pattern[str], doc: Document, *, gated: bool = True
) -> Iterator[tuple[Sentence, re.Match]]:
    """Matches of ``pattern`` inside each sentence, never across two; none at
    all, without looking, when the document lacks the pattern's literals
    (``gated=False``: the caller has checked them already)."""
    if gated and not may_match(pattern, folded(doc)):
        return
    for sentence in sentences(doc):
        for m in pattern.finditer(sentence.text):
            yield sentence, m


_NEGATION_BEFORE = re.compile(
    r"(?:\bpas(?! mal\b)|\bjamais|\bloin d etre|\bni|\baucune?|\bnon)\s+(?:\w+\s+){0,2}$"
)


def negated_before(text: str, start: int) -> bool:
    """« pas », « jamais », « loin d'être »… within two words before ``start``
    (not « plus »: « de plus en plus nul » is not a negation; nor « pas mal », which is « quite »)."""
    return _NEGATION_BEFORE.search(text[max(0, start - 40) : start]) is not None
