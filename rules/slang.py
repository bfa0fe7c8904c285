"""ARG: internet slang and SMS writing, which CSTL's cybercivisme excludes and
CSNO's « qualité de français exceptionnelle » rules out.

A curated lexicon holds the forms and their plain-French expansion, used as
the fix. Forms that are also ordinary letters, units or sigles (« c », « g »,
« PQ », « CHU ») count only where the context says they stand for words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from civisme.lexicons.loader import rows

from .base import Example, Rule
from .document import Document, opens_sentence
from .finding import Hit, Severity
from .text_units import WORD_RE, zipf

ARG_CLAUSES = ("CSTL-A1-FRANCAIS", "CSNO-2B-III")


@dataclass(frozen=True, slots=True)
class _Entry:
    term: str
    suggestion: str
    category: str
    condition: str


@cache
def _lexicon() -> dict[str, _Entry]:
    return {
        r["terme"]: _Entry(r["terme"], r["suggestion"], r["categorie"], r["condition"])
        for r in rows("argot")
    }


# What follows « c » when it stands for « c'est », « g » for « j'ai », « t » for « t'es ».
_AFTER_C = frozenset(
    """bon bien beau belle cool fini pas trop vrai ok super génial la le les un une moi toi lui
    elle nous vous eux ça sa quoi qui pour tellement vraiment correct mon ma mes ton ta tes son
    ses dommage parti demain ce sûr sur clair noté fait fou ouf nul normal possible important
    urgent réglé parfait ici là quand comment combien juste plate drôle top chill confirmé
    annulé reporté mieux pire tout toujours jamais encore déjà bientôt malade mort fou fun
    très tôt tard super trop plus moins bien mal facile difficile long court cher gratuit prêt
    fermé ouvert complet vrai faux sûr""".split()
)
_AFTER_G = frozenset(
    """pas hâte faim peur froid chaud besoin envie mal trop eu vu fait dit pris mis compris su pu
    dû lu bu été rien tout oublié fini hâte jamais déjà encore""".split()
)
_AFTER_T = frozenset(
    "où ou qui là la pas trop sûr sure prêt prête fou folle malade ok dispo chez".split()
)
_FOLLOWERS = {"c": _AFTER_C, "g": _AFTER_G, "t": _AFTER_T}
# Words before a letter that make it a letter: « vitamine C », « plan B », « la lettre c ».
_LETTER_NOUNS = frozenset(
    """vitamine vitamines lettre lettres plan groupe classe note catégorie type partie section annexe
    option niveau point bloc pavillon aile local porte cote volet étape colonne rangée question
    choix item exercice numéro grade langage langue accord gamme clé do ré mi fa sol si
    hépatite""".split()
)
_BEFORE_PIS = frozenset("tant en le au du un des les mal".split())
_QUOTED = re.compile(r"[«\"“'‘]\s*$")


# « A+ » as « à plus » (a farewell), not a grade: « un A+ », « la cote A+ ».
_A_PLUS = re.compile(
    r"(?<![\w+])[aA]\+(?=\s*(?:$|[!.,]|tout|à tous|à toutes|les amis))", re.MULTILINE
)
_GRADE_BEFORE = re.compile(
    r"\b(?:un|une|le|la|note|cote|obtenu|mérité|groupe|sang|niveau)\s*$", re.IGNORECASE
)


def match_case(original: str, suggestion: str) -> str:
    """Keep the original's capital: « Mdr » → « Mort de rire ». A form written
    in capitals gets only an initial capital, not a shout."""
    if original[:1].isupper() and suggestion:
        return suggestion[0].upper() + suggestion[1:]
    return suggestion


@dataclass(frozen=True, slots=True)
class _Token:
    start: int
    end: int
    text: str


_A_PLUS_ENTRY = _Entry("a+", "à plus tard", "sms", "toujours")


def _tokens(text: str) -> list[_Token]:
    return [_Token(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(text)]


def _slang_hits(doc: Document) -> list[tuple[_Token, _Entry]]:
    """Lexicon forms that stand for words here, computed once per document."""
    if "ARG" in doc.cache:
        return doc.cache["ARG"]
    text = doc.normalised
    # Cheap test first: does any word of the text belong to the lexicon?
    if _lexicon().keys().isdisjoint(WORD_RE.findall(text.lower())) and "+" not in text:
        doc.cache["ARG"] = []
        return []
    lexicon = _lexicon()
    tokens = _tokens(text)
    found: list[tuple[_Token, _Entry]] = []
    for i, token in enumerate(tokens):
        entry = lexicon.get(token.text.lower())
        if entry is None or not _stands_for_words(text, tokens, i, entry, doc):
            continue
        found.append((token, entry))
    doc.cache["ARG"] = found
    return found


def _stands_for_words(
    text: str, tokens: list[_Token], i: int, entry: _Entry, doc: Document
) -> bool:
    token = tokens[i]
    before = text[max(0, token.start - 12) : token.start]
    after = text[token.end : token.end + 3]
    if doc.is_protected(token.start, token.end):
        return False
    # « 5 g », « 50 cc », « c.-à-d. », « p. 12 »: a unit or an abbreviation. Units are
    # short and on the number's line: « gagné 5-0 lol » and « 2 mdr » are still slang.
    unit = len(token.text) <= 2 and re.search(r"\d[ \t]*$", before)
    if unit or after.startswith("-"):
        return False
    if len(token.text) == 1 and after.startswith("."):
        return False
    # « Cc : », « cc: la direction »: copie conforme, not « coucou ».
    if token.text.lower() == "cc" and after.lstrip().startswith(":"):
        return False
    # « Évitez « mdr » »: a word in quotes is mentioned, not used.
    if _QUOTED.search(before) and re.match(r"\s*[»\"”'’]", after):
        return False
    if entry.condition != "toujours" and token.text.isupper():
        # « PQ », « CHU », « AVC » in capitals are sigles, while « Pk » may open
        # a sentence; a capital single letter (« C bon ») only at a sentence start.
        if len(token.text) > 1:
            return False
        if not opens_sentence(text, token.start):
            return False
    # « Ben Tremblay », « Ki Nguyen »: a capitalised form before a capitalised word is a name.
    followed_by_name = (
        i + 1 < len(tokens)
        and tokens[i + 1].text[:1].isupper()
        and text[token.end : tokens[i + 1].start] == " "
    )
    if entry.condition != "toujours" and token.text.istitle() and followed_by_name:
        return False
    previous = tokens[i - 1].text.lower() if i > 0 else ""
    if entry.condition == "mot-suivant":
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        gap = text[token.end : nxt.start] if nxt else ""
        if nxt is None or gap.strip() or previous in _LETTER_NOUNS:
            return False
        # « r é f u g i é s »: a letter among single letters is spelling, not texting.
        if len(nxt.text) < 2 or (i > 0 and len(tokens[i - 1].text) == 1):
            return False
        word = nxt.text.lower()
        followers = _FOLLOWERS[token.text.lower()]
        # « c réglé », « c fourni », « g compris »; « c TRÈS important » (a shouted word).
        participle = token.text.lower() in "cg" and word.endswith(
            ("é", "ée", "és", "ées", "i", "ie", "is", "u", "ue", "us", "it")
        )
        return word in followers or participle or (nxt.text.isupper() and len(nxt.text) > 2)
    if entry.condition == "mot-precedent":
        return previous not in _BEFORE_PIS and i + 1 < len(tokens)
    return True


class SlangAbbreviation(Rule):
    """Signale les abréviations et graphies de l'argot Internet et du langage
    texto (mdr, lol, tkt, jsp, slt, stp, bcp, pk, qqn, tjrs, c = « c'est »,
    g = « j'ai », koi…) et propose le français courant. Les lettres seules et
    les formes courtes ne comptent que là où elles tiennent lieu de mots :
    jamais « vitamine C », « plan B », « groupe 6B », « c.-à-d. », « CV »,
    « PQ », « Cc : » dans un en-tête, « 5 g de farine », ni un mot cité
    (« évitez « mdr » »)."""

    code = "ARG01"
    name = "argot-internet"
    title = "Abréviation de l'argot Internet ou du texto"
    severity = Severity.WARNING
    clauses = ARG_CLAUSES
    fail_examples = (
        Example("Merci pour la soirée mdr, c bon pour demain!", ("mdr", "c")),
        Example("Slt, tkt pour le formulaire.", ("Slt", "tkt")),
    )
    ok_examples = (
        "La vitamine C, le plan B et le groupe 6B : c.-à-d. trois sujets.",
        "Envoyez votre CV; le PQ et le CHU ont répondu. Cc : la direction",
        "Ajoutez 5 g de sel. Évitez les abréviations comme « mdr » dans vos messages.",
    )

    def check(self, doc: Document, parsed: Any | None) -> Iterable[Hit]:
        for token, entry in _slang_hits(doc):
            if entry.category != "quebec":
                yield _slang_hit(
                    token,
                    _addressed(doc.normalised, token, entry),
                    "est une abréviation de l'argot Internet",
                )
        text = doc.normalised
        for m in _A_PLUS.finditer(text):
            if not _GRADE_BEFORE.search(text[max(0, m.start() - 20) : m.start()]):
                # « A+ » is capitalised by habit; the fix takes a capital only at a sentence start.
                opens = opens_sentence(text, m.start())
                token = _Token(m.start(), m.end(), m.group() if opens else m.group().lower())
                hit = _slang_hit(token, _A_PLUS_ENTRY, "est une abréviation de l'argot Internet")
                yield Hit(
                    hit.start,
                    hit.end,
                    hit.message.replace(f"« {token.text} »", f"« {m.group()} »"),
                    hit.suggestions,
                )


class QuebecOralSpelling(Rule):
    """Signale l'oral écrit québécois ou acadien dans un message officiel (tsé,
    chu, pis, fak, asteure, icitte, coudonc…) et propose la forme écrite
    standard. Information : ces formes ne sont pas fautives à l'oral, mais la
    CSNO demande un français exceptionnel. Le vocabulaire québécois standard
    (char, chum, blonde, jaser, magasiner, tantôt, dépanneur) n'est jamais
    signalé, ni « tant pis » ou « de mal en pis »."""

    code = "ARG05"
    name = "oral-ecrit"
    title = "Forme orale québécoise ou acadienne écrite"
    severity = Severity.INFO
    clauses = ARG_CLAUSES
    fail_examples = (
        Example("Tsé, la sortie est annulée, fak on reste icitte.", ("Tsé", "fak", "icitte")),
    )
    ok_examples = (
        "Tant pis pour la pluie : on ira jaser au dépanneur avec mon chum tantôt.",
        "Le CHU et la blonde du concierge magasinent en char.",
    )

    def check(self, doc: Document, parsed: Any | None) -> Iterable[Hit]:
        for token, entry in _slang_hits(doc):
            if entry.category == "quebec":
                yield _slang_hit(token, entry, "est une forme orale")


# « Stp apportez vos bottes »: a message to several people (or in « vous ») says
# « s'il vous plaît », whatever the abbreviation was.
_VOUS = re.compile(r"\b(?:vous|vos|votre)\b|\b\w+ez\b", re.IGNORECASE)


def _addressed(text: str, token: _Token, entry: _Entry) -> _Entry:
    if entry.suggestion != "s'il te plaît":
        return entry
    line_start = text.rfind("\n", 0, token.start) + 1
    line_end = text.find("\n", token.end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    if _VOUS.search(line) and not re.search(r"\b(?:tu|te|toi|ton|ta|tes)\b", line, re.IGNORECASE):
        return _Entry(entry.term, "s'il vous plaît", entry.category, entry.condition)
    return entry


def _slang_hit(token: _Token, entry: _Entry, what: str) -> Hit:
    if entry.suggestion:
        fixed = match_case(token.text, entry.suggestion)
        return Hit(
            token.start,
            token.end,
            f"« {token.text} » {what} : écrivez plutôt « {fixed} ».",
            (fixed,),
        )
    return Hit(
        token.start, token.end, f"« {token.text} » {what} : retirez-le d'un message professionnel."
    )


# « jsais », « jveux », « jpense »: « je » reduced to « j » before a consonant.
_J_ELISION = re.compile(r"(?<![\w'])[jJ](?P<rest>[bcdfghjklmnpqrstvwxzç][a-zà-ÿ]{1,12})\b")


class SmsElision(Rule):
    """Signale « je » réduit à « j » devant une consonne, à la manière des
    textos (« jsais », « jveux », « jpense ») ; « t'inquiète » et les
    élisions normales du français ne sont pas visées."""

    code = "ARG02"
    name = "elision-texto"
    title = "Élision à la manière des textos"
    severity = Severity.WARNING
    clauses = ARG_CLAUSES
    fail_examples = (Example("Jsais pas si jpeux venir.", ("Jsais", "jpeux")),)
    ok_examples = ("T'inquiète, j'arrive. Jean et Jacques sont là.",)

    def may_apply(self, doc: Document) -> bool:
        return _J_ELISION.search(doc.normalised) is not None

    def check(self, doc: Document, parsed: Any | None) -> Iterable[Hit]:
        lexicon = _lexicon()
        for m in _J_ELISION.finditer(doc.normalised):
            word, rest = m.group(), m.group("rest")
            # French has no word in « j » + consonant: « jsais » is « je sais » when « sais » is a word.
            if word.lower() in lexicon or zipf(rest) < 3.0:
                continue
            fixed = match_case(word, f"je {rest}")
            yield Hit(m.start(), m.end(), f"« {word} » : écrivez « {fixed} ».", (fixed,))


_STRETCH = re.compile(r"([^\W\d_])\1{2,}")


class StretchedLetters(Rule):
    """Signale les lettres étirées (« trooop », « ouiiii », « merciiii ») et
    propose le mot normal. Les capitales (XXX, III), les adresses web et les
    codes ne sont pas visés."""

    code = "ARG03"
    name = "lettres-etirees"
    title = "Lettres étirées"
    severity = Severity.WARNING
    clauses = (*ARG_CLAUSES, "CSSPO-3-TON")
    fail_examples = (Example("C'était trooop bien, merciiii!", ("trooop", "merciiii")),)
    ok_examples = ("Louis XIII et la section III; visitez www.csno.ab.ca.",)

    def may_apply(self, doc: Document) -> bool:
        return _STRETCH.search(doc.normalised) is not None

    def check(self, doc: Document, parsed: Any | None) -> Iterable[Hit]:
        text = doc.normalised
        for token in _tokens(text):
            word = token.text
            if (
                word.isupper()
                or not _STRETCH.search(word)
                or doc.is_protected(token.start, token.end)
            ):
                continue
            fixed = _unstretched(word)
            message = (
                f"« {word} » : les lettres étirées ne conviennent pas à un message professionnel."
            )
            yield Hit(token.start, token.end, message, (fixed,) if fixed else ())


def _unstretched(word: str) -> str | None:
    """The most common French word left when runs are cut to one or two letters."""
    candidates = {_STRETCH.sub(r"\1", word), _STRETCH.sub(r"\1\1", word)}
    best = max(candidates, key=lambda c: zipf(c.lower()))
    return best if zipf(best.lower()) >= 3.0 else None


# Linear tokenizer; the letter-and-digit test is done in Python, not with
# nested quantifiers that could backtrack on a long line.
_LEET_TOKEN = re.compile(r"[\w@$]+")
_LEET_CHARS = frozenset("0134579@$")
# A letter touching a digit or symbol that can stand for a letter.
_LEET_HINT = re.compile(r"[^\W\d_][0134579@$]|[0134579@$][^\W\d_]")
_LEET = str.maketrans(
    {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "9": "g", "@": "a", "$": "s"}
)
_ORDINAL = re.compile(r"(?<!\d)\d+(?:e|er|re|es|ère|ème|eme|ieme|ième)s?", re.IGNORECASE)


class Leetspeak(Rule):
    """Signale un mot ordinaire écrit avec des chiffres ou des symboles à la
    place de lettres (« m3rci », « b0nj0ur », « s@lut »). Les codes (COVID-19,
    H1N1, 6B, MP3), les ordinaux (4e, 1re) et les adresses ne sont pas visés."""

    code = "ARG04"
    name = "leetspeak"
    title = "Chiffres à la place des lettres"
    severity = Severity.WARNING
    clauses = ARG_CLAUSES
    fail_examples = (Example("M3rci à tous et b0nne s0irée!", ("M3rci", "b0nne", "s0irée")),)
    ok_examples = ("La COVID-19, le H1N1, le local 6B, les MP3 et les élèves de 4e et de 1re.",)

    def may_apply(self, doc: Document) -> bool:
        return _LEET_HINT.search(doc.normalised) is not None

    def check(self, doc: Document, parsed: Any | None) -> Iterable[Hit]:
        for m in _LEET_TOKEN.finditer(doc.normalised):
            word = m.group()
            if not 4 <= len(word) <= 30 or not any(c in _LEET_CHARS for c in word):
                continue
            if sum(c.isalpha() for c in word) < 2 or "_" in word:
                continue
            if _ORDINAL.fullmatch(word) or doc.is_protected(m.start(), m.end()):
                continue
            if any(c.isdigit() and c not in "0134579" for c in word):
                continue
            plain = word.translate(_LEET)
            alternatives = {plain, plain.replace("i", "l")}
            best = max(alternatives, key=lambda w: zipf(w.lower()))
            if zipf(best.lower()) >= 3.5 and zipf(word.lower()) < 2.0:
                fixed = match_case(word, best.lower()) if not word[:1].isdigit() else best.lower()
                yield Hit(
                    m.start(),
                    m.end(),
                    f"« {word} » : écrivez « {fixed} », sans chiffres ni symboles.",
                    (fixed,),
                )


RULES = (SlangAbbreviation, SmsElision, StretchedLetters, Leetspeak, QuebecOralSpelling)


def iter_terms() -> Iterator[str]:
    """Every lexicon form (for the lexicon data tests)."""
    yield from _lexicon()
