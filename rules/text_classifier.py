"""A small linear text classifier for what the phrase rules cannot see: veiled
threats, insinuation, harassment without a hostile word, criticism by sarcasm.

The weights are data (``lexicons/modeles/classifieur.json``), trained by
``training/train_classifier.py`` on labelled posts written for civisme. Scoring
is a sum of weights over a text's features: pure Python, no dependency, no
model download, about as fast as a regular expression."""

from __future__ import annotations

import json
import math
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from civisme.lexicons.loader import terms

MODEL_FILE = "modeles/classifieur.json"
# A piece of a longer text is scored alone only from this many features (about
# six words): « D'accord. 🙂 » alone says nothing.
PIECE_MIN_FEATURES = 20
FEATURES_VERSION = 4

# These definitions look like those of hostile_text but are kept apart on
# purpose: the shipped weights depend on them exactly (FEATURES_VERSION), and
# a change to HOS's deobfuscation must not silently change the classifier.
_ACCENTS = re.compile(r"[\u0300-\u036f]")
_APOSTROPHES = re.compile(r"[’'`´‐‑–—-]")
# Look-alikes inside words (« c0nn@rd »), undone before words are cut.
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "@": "a", "$": "s"})
_STRETCHED = re.compile(r"([a-z])\1{2,}")
# Letters spelled out with one separator (« c.r.i.s.s.e », « c o n »), not « c.r.i.s.s.e t@… ».
_SPELLED = re.compile(r"\b[a-z]([ .*_-])[a-z](?:\1[a-z]){2,}\b")
_TOKEN = re.compile(r"[a-z0-9@$]+|[!?]|[^\w\s.,;:'\"()\[\]«»-]")
_WORD = re.compile(r"[a-z]+")
_LOOKALIKE = re.compile(r"[a-z][0134@$]|[0134@$][a-z]")
# The look-behind keeps a search linear on a long run of digits.
_ORDINAL = re.compile(r"(?<!\d)\d+(?:e|er|re|es|eme|ieme|ere|h|km|kg|am|pm)s?")


def fold(text: str) -> str:
    """Lower case, no accents, apostrophes and dashes as spaces, emojis kept."""
    text = _ACCENTS.sub("", unicodedata.normalize("NFKD", text.lower()))
    return _APOSTROPHES.sub(" ", text)


def _words(text: str) -> list[tuple[str, str]]:
    """Each token, with a stretched letter read as two (« crisssse » →
    « crisse »), then as one (« tabarnaaak » → « tabarnak »)."""
    text = _SPELLED.sub(lambda m: re.sub(r"[ .*_-]", "", m.group()), fold(text))
    tokens = _TOKEN.findall(text)
    if _LOOKALIKE.search(text):  # most pieces have no digit or @ in a word: skip the test
        tokens = [_unleet(t) for t in tokens]
    if not _STRETCHED.search(text):
        return [(t, t) for t in tokens]
    return [(_STRETCHED.sub(r"\1\1", t), _STRETCHED.sub(r"\1", t)) for t in tokens]


def _unleet(token: str) -> str:
    """« t@barnak » → « tabarnak »; « 3e », « 15h », « 2eme » stay."""
    if (
        sum(c.isalpha() for c in token) >= 2
        and any(c in "0134@$" for c in token)
        and not _ORDINAL.fullmatch(token)
    ):
        return token.translate(_LEET)
    return token


# Where a piece of text ends: the features of a text are those of its pieces,
# so a window of sentences costs the union of features computed once per piece.
_PIECE_END = re.compile(r"[.!?…]+(?=\s|$)|\n")


def pieces(text: str) -> list[tuple[int, int]]:
    """The spans of the sentence-like pieces of ``text`` (end marks included)."""
    spans = []
    start = 0
    for m in _PIECE_END.finditer(text):
        if text[start : m.end()].strip():
            spans.append((start, m.end()))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


# First names that are also common words or places (« une rose », « en France »).
_NOT_NAMES = frozenset(
    "blanche claire florence france grace israel jordan lorraine marine mercedes milan pierre "
    "rock roman rose junior victoria violet".split()
)


@cache
def _first_names() -> frozenset[str]:
    """Known first names, folded: a feature shared by every name, so that what is said of
    « Mathis » is learnt for « Léa » too (a pupil's diagnosis, an accusation)."""
    return frozenset(fold(n) for n in terms("prenoms")) - _NOT_NAMES


@lru_cache(maxsize=4096)
def piece_features(piece: str) -> frozenset[str]:
    """The features of one piece: words, word starts (« menac » for
    « menacer », « menaces »), pairs of neighbouring words (a first name read as
    « <prenom> »), emojis, « ! » « ? »."""
    out: set[str] = set()
    previous = "<debut>"
    names = _first_names()
    for token, single in _words(piece):
        if _WORD.fullmatch(token):
            out.update(("w:" + token, "w:" + single))
            if len(token) > 5:
                out.add("p:" + token[:5])
            word = "<prenom>" if token in names else token
            if word != token:
                out.add("w:<prenom>")
            out.add(f"b:{previous} {word}")
            previous = word
        elif any(c.isdigit() for c in token):
            previous = "<nombre>"  # « 3e », « 15h30 »: numbers say nothing of hostility
        else:
            out.add("s:" + token)
    return frozenset(out)


def features(text: str) -> frozenset[str]:
    """The features of a text: the union of those of its pieces."""
    return frozenset().union(*(piece_features(text[s:e]) for s, e in pieces(text)))


@dataclass(frozen=True, slots=True)
class FamilyModel:
    family: str
    bias: float
    weights: dict[str, float]
    threshold: float  # probability from which a text is flagged
    # probability from which one piece of a longer text, scored alone, is flagged;
    # above 1 where scoring pieces alone did not reach the family's precision
    piece_threshold: float = 2.0

    def probability(self, text: str) -> float:
        return self.probability_of(features(text))

    def probability_of(self, found: frozenset[str]) -> float:
        # Scaled by the length of the feature vector, as in training: a long
        # text does not add up small weights of common words into a verdict.
        total = sum(filter(None, map(self.weights.get, found)))  # C loops: this runs per window
        score = self.bias + total / math.sqrt(max(1, len(found)))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))


@cache
def family_models() -> dict[str, FamilyModel]:
    """The trained models by family code, read once from the shipped file."""
    raw = json.loads(
        resources.files("civisme.lexicons").joinpath(MODEL_FILE).read_text(encoding="utf-8")
    )
    if raw.get("features_version") != FEATURES_VERSION:
        raise ValueError(f"{MODEL_FILE} : version des traits {raw.get('features_version')}")
    return {
        family: FamilyModel(
            family, m["bias"], m["weights"], m["threshold"], m.get("piece_threshold", 2.0)
        )
        for family, m in raw["families"].items()
    }
