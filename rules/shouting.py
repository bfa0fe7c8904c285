"""MAJ: words and sentences in capitals, which CSTL's cybercivisme likens to
shouting at the reader.

What is not shouting, and never flagged: acronyms and initialisms (a curated
list plus a shape test for unknown ones), roman numerals, codes with digits
(COVID-19, 6B), single letters, URLs, e-mail addresses, @mentions and
#hashtags, the place of a press dateline (« QUÉBEC, le 3 mars — »), and a
surname written in capitals after a first name or a title (« Julie TREMBLAY »,
« M. GAGNON »), as French administrative writing does.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import Enum
from typing import Any

from civisme.lexicons.loader import fold, terms

from .base import Example, Rule
from .document import Document
from .finding import Hit, Severity
from .profiles import profile_of
from .spans import Spans
from .text_units import Word, sentence_bounds, sentence_index, words, zipf, zipf_english

_ROMAN = re.compile(r"M{0,4}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
_VOWELS = frozenset("AEIOUYÀÂÄÉÈÊËÎÏÔÖÙÛÜŸŒÆ")
_ACCENTED = frozenset("ÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸ")
_TITLES = frozenset(
    [
        "m",
        "mme",
        "mmes",
        "mm",
        "mlle",
        "mlles",
        "dr",
        "dre",
        "me",
        "pr",
        "pre",
        "mgr",
        "sr",
        "soeur",
        "frere",
        "pere",
        "madame",
        "monsieur",
    ]
)
# Elided articles and conjunctions before an apostrophe: « L'ÉCOLE », « JUSQU'À ».
_ELISIONS = frozenset(
    ["l", "d", "j", "m", "t", "s", "n", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu"]
)
_MONTHS = "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre"
# A press dateline: the place in capitals, a comma, a date, then a dash.
_PROVINCE = (
    r"(?:\([^()\n]{1,30}\)|,[ \t]*(?:N\.-B\.|N\.-É\.|Qc|QC|Québec|Alb\.|AB|NB|Alberta|Ontario|ON))"
)
# A press dateline: the place in capitals (and its province), then a date or a dash.
_DATELINE = re.compile(
    rf"^[ \t]*(?P<place>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ' .-]{{1,40}}?)[ \t]*{_PROVINCE}?[ \t]*"
    rf"(?:,[ \t]*(?i:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)[ \t]+)?(?i:le[ \t]+)?"
    rf"(?i:\d{{1,2}}(?:er)?[ \t]+(?:{_MONTHS})|(?:{_MONTHS})[ \t]+\d{{1,2}})(?:[ \t]+\d{{4}})?[ \t]*[-–—/:.]"
    r"|(?P<dash>[ \t]*[–—-][ \t]+(?=[A-ZÀ-Þ][a-zà-ÿ])))",
    re.MULTILINE,
)
_CAPITALS_ADVICE = "pour insister, utilisez plutôt le gras, l'italique ou le soulignement"


class _Kind(Enum):
    SHOUT = "shout"  # an ordinary word written in capitals
    LOWER = "lower"  # a word with lower-case letters: normal writing
    NEUTRAL = "neutral"  # neither: acronym, numeral, code, single letter, name…


@dataclass(frozen=True, slots=True)
class _Token:
    word: Word
    kind: _Kind
    sentence: int


@dataclass(frozen=True, slots=True)
class _Shout:
    tokens: tuple[_Token, ...]  # every word from the first shouted one to the last
    whole_sentence: bool
    starts_sentence: bool

    @property
    def start(self) -> int:
        return self.tokens[0].word.start

    @property
    def end(self) -> int:
        return self.tokens[-1].word.end


# One-letter French words that a fix lowers with the words around them.
_LOWERED_LETTERS = frozenset("AÀYÔ")


def _lowered_in_fix(token: _Token) -> bool:
    return token.kind is _Kind.SHOUT or token.word.text in _LOWERED_LETTERS


def _is_roman(part: str) -> bool:
    return bool(part) and _ROMAN.fullmatch(part) is not None


def _is_acronym(part: str, extra: frozenset[str] = frozenset()) -> bool:
    acronyms = terms("sigles")
    return part in acronyms or fold(part).upper() in acronyms or part in extra


def _is_ordinary_word(core: str) -> bool:
    """Whether an all-capitals token is an ordinary French word (shouted) rather
    than an initialism nobody writes in lower case. Short tokens must be very
    common words to count (NON, TOUS), since most short capitals are sigles."""
    if not _VOWELS.intersection(core):
        return False
    # An accent after the first letter makes a word (« PRIÉS », « FERMÉE »), unless
    # the lower-case form is no French word: Franco-Ontarian and Acadian sigles
    # carry accents (« AFÉSEO », « RDÉE »).
    if any(c in _ACCENTED for c in core[1:]):
        return zipf(core.lower()) >= 2.0
    frequency = zipf(core.lower())
    if zipf_english(core.lower()) > frequency + 1.0:
        return False  # an English word: a brand or a name (FIRST, LEGO)
    letters = sum(c.isalpha() for c in core)
    if letters <= 3:
        return frequency >= 5.0
    if letters <= 5:
        return frequency >= 3.8
    return frequency >= 2.0


def _parts(text: str) -> tuple[list[str], str]:
    """The hyphen- and apostrophe-separated parts of a token and its core word,
    without an elided article: « L'ÉCOLE » → (['ÉCOLE'], 'ÉCOLE')."""
    head, apostrophe, rest = text.partition("'")
    core = rest if apostrophe and head.lower() in _ELISIONS else text
    return re.split(r"['-]", core), core


def _is_first_name(text: str) -> bool:
    if not text[:1].isupper() or text.isupper():
        return False
    names = terms("prenoms")
    return fold(text) in names or fold(text.split("-")[0]) in names


def _same_line_gap(text: str, start: int, end: int, allowed: str) -> bool:
    gap = text[start:end]
    return "\n" not in gap and all(c in allowed for c in gap)


class _Analyser:
    """Classifies the words of one document and groups shouted ones."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.normalised
        # The board's own sigles (profile and configuration « sigles »).
        self.acronyms = profile_of(doc).acronyms
        self.words = words(self.text)
        self.datelines = Spans(
            (m.start("place"), m.end("place"))
            for m in _DATELINE.finditer(self.text)
            # « URGENT – La sortie… » is a shout, not a place: a dash alone needs a proper name.
            if not (m.group("dash") and zipf(m.group("place").strip().lower()) >= 4.0)
        )

    def tokens(self) -> list[_Token]:
        """Every word with its kind and sentence; empty when nothing shouts."""
        kinds: list[_Kind] = []
        surname_before = False
        for i, word in enumerate(self.words):
            kind, surname_before = self._classify(i, word, surname_before)
            kinds.append(kind)
        if _Kind.SHOUT not in kinds:
            return []
        bounds = sentence_bounds(self.text)
        return [
            _Token(word, kind, sentence_index(bounds, word.start))
            for word, kind in zip(self.words, kinds, strict=True)
        ]

    def _classify(self, i: int, word: Word, surname_before: bool) -> tuple[_Kind, bool]:
        text = word.text
        if text.islower() or text.istitle():
            # Most words (« élèves », « l'école », « Saint-Jérôme ») are decided here.
            if text.isalpha():
                return (_Kind.LOWER if len(text) >= 2 else _Kind.NEUTRAL), False
            if not any(c.isdigit() for c in text) and sum(c.isalpha() for c in text) >= 2:
                return _Kind.LOWER, False
        parts, core = _parts(text)
        letters = [c for c in core if c.isalpha()]
        if len(letters) < 2 or any(c.isdigit() for c in word.text):
            return _Kind.NEUTRAL, False
        if any(c.islower() for c in letters):
            return _Kind.LOWER, False
        if self.doc.is_protected(word.start, word.end):
            return _Kind.NEUTRAL, False
        if self.datelines.covers(word.start, word.end):
            return _Kind.NEUTRAL, False
        if all(len(p) < 2 or _is_roman(p) or _is_acronym(p, self.acronyms) for p in parts):
            return _Kind.NEUTRAL, False
        if self._is_surname(i, word, surname_before):
            return _Kind.NEUTRAL, True
        if not _is_ordinary_word(core):
            return _Kind.NEUTRAL, False
        return _Kind.SHOUT, False

    def _is_surname(self, i: int, word: Word, surname_before: bool) -> bool:
        """« Julie TREMBLAY », « M. GAGNON », « TREMBLAY, Julie », « Marie-Ève ROY BOUCHARD »."""
        if i > 0:
            prev = self.words[i - 1]
            if _same_line_gap(self.text, prev.end, word.start, " .\t"):
                if surname_before or _is_first_name(prev.text):
                    return True
                if prev.text.lower() in _TITLES:
                    return True
        if i + 1 < len(self.words):
            nxt = self.words[i + 1]
            if _same_line_gap(self.text, word.end, nxt.start, " ,\t") and _is_first_name(nxt.text):
                return True
        return False

    def shouts(self) -> list[_Shout]:
        by_sentence: dict[int, list[_Token]] = {}
        for token in self.tokens():
            by_sentence.setdefault(token.sentence, []).append(token)
        found: list[_Shout] = []
        for sentence_tokens in by_sentence.values():
            found.extend(self._sentence_shouts(sentence_tokens))
        return found

    @staticmethod
    def _sentence_shouts(tokens: list[_Token]) -> Iterator[_Shout]:
        positions = [i for i, t in enumerate(tokens) if t.kind is _Kind.SHOUT]
        if not positions:
            return
        lower = sum(t.kind is _Kind.LOWER for t in tokens)
        shouted = len(positions)
        # Most of a sentence in capitals is shouted as a whole; a few words
        # inside normal writing are shouted one run at a time.
        if (shouted >= 2 and lower == 0) or (shouted >= 4 and shouted >= 4 * lower):
            span = tuple(tokens[positions[0] : positions[-1] + 1])
            yield _Shout(span, True, positions[0] == 0)
            return
        first = last = positions[0]
        for i in positions[1:]:
            if any(t.kind is _Kind.LOWER for t in tokens[last + 1 : i]):
                yield _Shout(tuple(tokens[first : last + 1]), False, first == 0)
                first = i
            last = i
        yield _Shout(tuple(tokens[first : last + 1]), False, first == 0)


def _shouts(doc: Document) -> list[_Shout]:
    if "MAJ" not in doc.cache:
        extra = profile_of(doc).acronyms
        doc.cache["MAJ"] = _Analyser(doc).shouts() if _may_shout(doc.normalised, extra) else []
    return doc.cache["MAJ"]


_CAPITALS = re.compile(r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'-]*[A-ZÀ-ÖØ-Þ]")


def _may_shout(text: str, extra: frozenset[str] = frozenset()) -> bool:
    """Cheap pre-filter: some run of capitals that is not a known sigle or a
    roman numeral. Most posts with capitals only hold sigles."""
    for m in _CAPITALS.finditer(text):
        parts, _ = _parts(m.group())
        if not all(len(p) < 2 or _is_roman(p) or _is_acronym(p, extra) for p in parts):
            return True
    return False


def _normal_case(doc: Document, shout: _Shout) -> tuple[int, int, str]:
    """The span of a shout and its text in normal case, built from the ORIGINAL
    characters so that a fix changes nothing but letter case."""
    start, end = shout.start, shout.end
    o_start, o_end = doc.to_original(start, end)
    chars = list(doc.text[o_start:o_end])
    for token in shout.tokens:
        if _lowered_in_fix(token):
            t_start, t_end = doc.to_original(token.word.start, token.word.end)
            for k in range(t_start - o_start, t_end - o_start):
                chars[k] = chars[k].lower()
    if shout.starts_sentence:
        k = next(k for k, c in enumerate(chars) if c.isalpha())
        chars[k] = chars[k].upper()
    return start, end, "".join(chars)


def _quoted(text: str, limit: int = 50) -> str:
    text = " ".join(text.split())
    return f"« {text if len(text) <= limit else text[: limit - 1] + '…'} »"


class ShoutedSentence(Rule):
    """Signale une phrase écrite entièrement (ou presque) en majuscules. Sévérité
    erreur : une phrase entière en capitales crie sans ambiguïté contre le
    lecteur, ce que le cybercivisme de la CSTL demande d'éviter. La correction
    proposée est la même phrase en minuscules, sigles conservés ; vérifiez les
    noms propres, que la règle ne peut pas deviner."""

    code = "MAJ01"
    name = "phrase-en-majuscules"
    title = "Phrase entière en majuscules"
    severity = Severity.ERROR
    clauses = ("CSTL-A1-MAJUSCULES",)
    fail_examples = (
        Example("ON A GAGNÉ LE TOURNOI!!!", ("ON A GAGNÉ LE TOURNOI",)),
        Example(
            "Rappel. L'ÉCOLE SERA FERMÉE DEMAIN EN RAISON DE LA TEMPÊTE.",
            ("L'ÉCOLE SERA FERMÉE DEMAIN EN RAISON DE LA TEMPÊTE",),
        ),
    )
    ok_examples = (
        "La CSSPO et le CSNO saluent les élèves du PEI.",
        "QUÉBEC, le 3 mars 2026 — Le Centre de services scolaire annonce un nouveau programme.",
        "Louis XIV et la COVID-19 au programme d'histoire de 6B.",
    )

    def check(self, doc: Document, parsed: Any | None) -> Iterable[Hit]:
        for shout in _shouts(doc):
            if shout.whole_sentence:
                start, end, fixed = _normal_case(doc, shout)
                yield Hit(
                    start,
                    end,
                    "Phrase écrite en majuscules : cela équivaut à crier contre le lecteur. "
                    f"Écrivez-la en minuscules ; {_CAPITALS_ADVICE}.",
                    (fixed,),
                )


class ShoutedWord(Rule):
    """Signale des mots en majuscules au milieu d'un texte écrit normalement
    (« Il est INTERDIT de… », « URGENT : »). Sévérité avertissement : un mot
    crie moins qu'une phrase entière et sert souvent à insister, ce que la
    politique demande de faire avec le gras, l'italique ou le soulignement.
    Sigles, chiffres romains, codes (COVID-19), adresses, mots-clics et noms
    de famille après un prénom (« Julie TREMBLAY ») ne sont jamais signalés."""

    code = "MAJ02"
    name = "mot-en-majuscules"
    title = "Mot en majuscules au milieu du texte"
    severity = Severity.WARNING
    clauses = ("CSTL-A1-MAJUSCULES",)
    fail_examples = (
        Example("Il est INTERDIT de courir dans les corridors.", ("INTERDIT",)),
        Example("URGENT : la sortie au musée est reportée.", ("URGENT",)),
        Example("C'est TRÈS TRÈS important de signer le formulaire.", ("TRÈS TRÈS",)),
    )
    ok_examples = (
        "Julie TREMBLAY, enseignante de 4e année, et M. GAGNON animeront la soirée.",
        "Rendez-vous sur https://www.csno.ab.ca/INSCRIPTION avec #FIERTÉ et @EcoleCSNO.",
        "Le TDAH, la RAMQ et le CLSC : une soirée d'information pour les parents.",
    )

    def check(self, doc: Document, parsed: Any | None) -> Iterable[Hit]:
        for shout in _shouts(doc):
            if not shout.whole_sentence:
                start, end, fixed = _normal_case(doc, shout)
                several = sum(t.kind is _Kind.SHOUT for t in shout.tokens) > 1
                # A lone short word may be a sigle nobody listed (« CA », « TI »): flag it,
                # but do not offer it as an automatic fix.
                short = not several and len(doc.normalised[start:end]) <= 3
                yield Hit(
                    start,
                    end,
                    f"{_quoted(doc.original(start, end))} en majuscules équivaut à crier. "
                    f"Écrivez {'ces mots' if several else 'ce mot'} en minuscules ; {_CAPITALS_ADVICE}.",
                    () if short else (fixed,),
                )


def shouted_spans(doc: Document) -> list[tuple[int, int]]:
    """Spans of the words shouted in capitals, for rules of other families."""
    return [
        (t.word.start, t.word.end) for s in _shouts(doc) for t in s.tokens if t.kind is _Kind.SHOUT
    ]


RULES = (ShoutedSentence, ShoutedWord)
