"""The document a rule sees: original text, a normalised view for matching, and
an offset map between the two."""

from __future__ import annotations

import re
import unicodedata
from array import array
from bisect import bisect_right
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class DocumentKind(StrEnum):
    """What the text is; some rules apply to one kind only."""

    PUBLICATION = "publication"
    DESCRIPTION = "description"
    NAME = "nom"  # an account name, checked by the NOM rules only


# Invisible characters that split words without showing (used to dodge filters).
_INVISIBLE = frozenset(
    "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
# Typographic apostrophes and look-alikes, unified so that « l’école » matches « l'école ».
_APOSTROPHES = dict.fromkeys(map(ord, "\u2019\u2018\u02bc\u02bb\u0060\u00b4\u2032\uff07"), "'")
# French typography puts (narrow) no-break spaces before « ; : ! ? »; matching treats them as spaces.
_SPACES = dict.fromkeys(map(ord, "\u00a0\u202f\u2007\u2009\u200a\u2002\u2003"), " ")
_TRANSLATE = {**_APOSTROPHES, **_SPACES}


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    kind: str


_URL = re.compile(
    r"(?:https?://|www\.)[^\s<>«»\"]+|(?<![a-z0-9.-])[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:ca|com|org|net|qc\.ca|ab\.ca|nb\.ca|gouv\.qc\.ca|edu)(?:/[^\s<>«»\"]*)?",
    re.IGNORECASE,
)
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_MENTION = re.compile(r"(?<![\w@])@[\w.]+")
_HASHTAG = re.compile(r"(?<![\w#&])#\w+")
# E-mail header lines (« De : », « À : », « Cc : », « Objet : »): addresses and codes, not prose.
_EMAIL_HEADER = re.compile(
    r"^(?:de|à|a|cc|cci|bcc|to|from|objet|subject|date|envoyé|répondre à)\s?:.*$",
    re.IGNORECASE | re.MULTILINE,
)
_URL_TRAILING = ".,;:!?)»'"


def normalise(text: str) -> tuple[str, array | None]:
    """Return the matching view of ``text`` and, when lengths differ, a map from
    each of its characters to the start of that character in the original.

    NFC composition, invisible characters removed, apostrophes and spaces unified.
    Unifying is one character for one, so the common case needs no map at all.
    """
    if text.isascii() or (
        unicodedata.is_normalized("NFC", text) and not _INVISIBLE_RE.search(text)
    ):
        return text.translate(_TRANSLATE), None
    out: list[str] = []
    starts = array("i")
    i, n = 0, len(text)
    while i < n:
        if text[i] in _INVISIBLE:
            i += 1
            continue
        j = i + 1
        # A base character composes with the marks that follow, even across an invisible one.
        while j < n and (unicodedata.combining(text[j]) or text[j] in _INVISIBLE):
            j += 1
        chunk = text[i:j]
        if j - i > 1:
            chunk = unicodedata.normalize("NFC", "".join(c for c in chunk if c not in _INVISIBLE))
        chunk = chunk.translate(_TRANSLATE)
        for ch in chunk:
            out.append(ch)
            starts.append(i)
        i = j
    starts.append(n)
    return "".join(out), starts


_INVISIBLE_RE = re.compile("[" + "".join(sorted(_INVISIBLE)) + "]")


@dataclass
class Document:
    """A text to check, with where it comes from and what it is."""

    text: str
    source: str = "<entrée standard>"
    kind: DocumentKind = DocumentKind.PUBLICATION
    record: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)
    # Analyses shared by several rules of one family, computed once per document.
    cache: dict[str, Any] = field(default_factory=dict, repr=False)
    # What the draft's « civisme: ignorer » directives did, set by the engine.
    suppressions: Any = field(default=None, init=False, repr=False)
    normalised: str = field(init=False, repr=False)
    _starts: array | None = field(init=False, repr=False)
    _protected: list[Span] | None = field(init=False, repr=False, default=None)
    _merged: tuple[list[int], list[int]] = field(init=False, repr=False, default=((), ()))

    def __post_init__(self) -> None:
        self.normalised, self._starts = normalise(self.text)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the normalised text to the original text."""
        starts = self._starts
        if starts is None:
            return start, end
        o_start = starts[start]
        if end <= start:
            return o_start, o_start
        last = starts[end - 1]
        o_end = starts[end]
        # Invisible characters removed after the span are not part of it.
        while o_end > last + 1 and self.text[o_end - 1] in _INVISIBLE:
            o_end -= 1
        return o_start, o_end

    def original(self, start: int, end: int) -> str:
        """The original text behind a normalised span."""
        o_start, o_end = self.to_original(start, end)
        return self.text[o_start:o_end]

    @property
    def lower(self) -> str:
        """The normalised text in lower case, for cheap keyword pre-filters."""
        if "lower" not in self.cache:
            self.cache["lower"] = self.normalised.lower()
        return self.cache["lower"]

    @property
    def digit_count(self) -> int:
        """How many digits the text holds: identity numbers need many."""
        if "digits" not in self.cache:
            self.cache["digits"] = sum(map(self.normalised.count, "0123456789"))
        return self.cache["digits"]

    @property
    def protected(self) -> list[Span]:
        """URLs, e-mail addresses and headers, @mentions and #hashtags, sorted by start."""
        if self._protected is None:
            self._protected = find_protected(self.normalised)
            self._merged = _merge(self._protected)
        return self._protected

    def is_protected(self, start: int, end: int) -> bool:
        """True when the normalised span overlaps a protected span."""
        if self._protected is None:
            self.protected  # noqa: B018 - computes the merged intervals
        starts, ends = self._merged
        i = bisect_right(starts, end - 1) - 1
        return i >= 0 and ends[i] > start


def _merge(spans: list[Span]) -> tuple[list[int], list[int]]:
    """Union of the spans as two parallel sorted lists, for bisecting."""
    starts: list[int] = []
    ends: list[int] = []
    for span in spans:
        if ends and span.start <= ends[-1]:
            ends[-1] = max(ends[-1], span.end)
        else:
            starts.append(span.start)
            ends.append(span.end)
    return starts, ends


def find_protected(text: str) -> list[Span]:
    spans: list[Span] = []
    for kind, pattern in (
        ("entete", _EMAIL_HEADER),
        ("courriel", _EMAIL),
        ("url", _URL),
        ("mention", _MENTION),
        ("motcle", _HASHTAG),
    ):
        for m in pattern.finditer(text):
            end = m.end()
            if kind == "url":
                # A sentence's closing punctuation is not part of the address.
                while end > m.start() and text[end - 1] in _URL_TRAILING:
                    end -= 1
            spans.append(Span(m.start(), end, kind))
    spans.sort(key=lambda s: (s.start, -s.end))
    return spans


def opens_sentence(text: str, pos: int, marks: str = ".!?") -> bool:
    """Whether ``pos`` is the first word of a sentence: only blanks before it
    back to the start of the text, a line break or one of ``marks``. Walks
    back over the blanks alone, so a whole document costs linear time (a
    regular expression on ``text[:pos]`` was quadratic on a 5 MB line)."""
    i = pos
    while i > 0 and text[i - 1].isspace():
        if text[i - 1] == "\n":
            return True
        i -= 1
    return i == 0 or text[i - 1] in marks
