"""Context that decides whether a number, an address or an e-mail is personal:
the words around it, the names of people, the public contacts allowed."""

from __future__ import annotations

import re
from functools import cache

from civisme.lexicons.loader import fold, rows, terms

from .text_units import zipf

# DSFNO §3 and CSSCV speak of privacy in general terms: every RP rule enforces them.
EVERY_BOARD_PRIVACY = ("DSFNO-3-VIE-PRIVEE", "CSSCV-VIE-PRIVEE")

# Words that make a contact the school's or a public service's, not a person's.
_INSTITUTIONAL = re.compile(
    r"\b(?:école|ecole|écoles|secrétariat|secretariat|réception|reception|pour nous joindre|"
    r"nous joindre|joindre l'école|bureau|bureaux|direction|service de garde|services? éducatifs?|"
    r"centre de services|conseil scolaire|commission scolaire|district scolaire|administration|"
    r"polyvalente|collège|college|cégep|cegep|gymnase|bibliothèque|bibliotheque|aréna|arena|"
    r"centre communautaire|centre sportif|salle|église|eglise|hôtel de ville|municipalité|"
    r"mairie|clsc|cisss|ciusss|hôpital|hopital|fondation|siège social|centre administratif|"
    r"stationnement|parc|musée|musee|local|auditorium|cafétéria|cafeteria|sans frais|"
    r"ligne d'aide|info-santé|info-social|aura lieu|se tiendra|se déroulera|rendez-vous|lieu|"
    r"coordonnées de l'école|case postale|c\.p\.|succursale|absences?|boîte vocale|répondeur|"
    # The organisation speaking: « Appelez-nous », « notre numéro », « nos coordonnées ».
    r"(?:appelez|contactez|joignez|rejoignez|écrivez|ecrivez|textez|téléphonez|telephonez)-nous|"
    r"nous rejoindre|notre numéro|notre courriel|notre adresse|nos coordonnées)(?!\w)",
    re.IGNORECASE,
)
# Words that make it a person's, whatever else is around.
_PERSONAL = re.compile(
    r"\b(?:(?:cell|cellulaire|portable|mobile)\b(?!\.?\s+(?:de|du)\s+(?:l'école|la direction|l'établissement|service|garde))|"
    r"mon numéro|mon courriel|ma maison|chez moi|chez nous|"
    r"chez elle|chez lui|à la maison|domicile|résidence|"
    r"(?:numéro|courriel|adresse|téléphone|ligne|cellulaire)\s+(?:personnel(?:le)?|privée?)|"
    r"textez(?!-nous)|habite|habitent|demeure|demeurent|reste|restent|vit au|vivent au|"
    r"déménag\w*|adresse de (?:la famille|sa|son|ses|mon|ma)|numéro de (?:la mère|du père|sa|son))\b",
    re.IGNORECASE,
)
_WINDOW = 160


def window(text: str, start: int, end: int) -> tuple[str, str]:
    """The text around a span within its paragraph line: up to 160 characters
    before (a contact block often names the school a sentence earlier) and up
    to 160 after."""
    left = text[max(0, start - _WINDOW) : start].rsplit("\n", 1)[-1]
    right = text[end : end + _WINDOW].split("\n", 1)[0]
    return left, right


def has_personal_cue(text: str, start: int, end: int) -> bool:
    """A word that makes a contact private, or a person's name just before it
    (« Julie Tremblay : 819 555-1234 »)."""
    left, right = window(text, start, end)
    if _PERSONAL.search(left[-80:]) or _PERSONAL.search(right[:80]):
        return True
    near = left[-40:]
    return any(e >= len(near) - 6 for _, e in person_names(near))


def has_institutional_cue(text: str, start: int, end: int) -> bool:
    left, right = window(text, start, end)
    return bool(_INSTITUTIONAL.search(left) or _INSTITUTIONAL.search(right[:60]))


def digits(value: str) -> str:
    return "".join(c for c in value if c.isdigit())


@cache
def public_numbers() -> frozenset[str]:
    """Public help lines, as bare digits (without the leading 1 of toll-free)."""
    out = set()
    for row in rows("contacts-publics"):
        number = digits(row["terme"])
        out.add(number[1:] if len(number) == 11 and number.startswith("1") else number)
    return frozenset(out)


_NAME_WORD = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+)?")
# Capitalised words that open sentences or name things, never people here.
_NOT_NAMES = frozenset(
    fold(w)
    for w in [
        "Bonne",
        "Bon",
        "Joyeux",
        "Joyeuse",
        "Bravo",
        "Merci",
        "Félicitations",
        "Bienvenue",
        "Bonjour",
        "Salut",
        "Madame",
        "Monsieur",
        "Mme",
        "M",
        "Le",
        "La",
        "Les",
        "Un",
        "Une",
        "Notre",
        "Nos",
        "Votre",
        "Vos",
        "Cette",
        "Ce",
        "Ces",
        "Lundi",
        "Mardi",
        "Mercredi",
        "Jeudi",
        "Vendredi",
        "Samedi",
        "Dimanche",
    ]
)


_TITLED = re.compile(
    r"\b(?:M\.|Mme|Mmes|Mlle|Dr|Dre|Me|Pr|Pre)\s+(?:[A-ZÀ-ÖØ-Þ]\.\s*)?"
    r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿA-ZÀ-ÖØ-Þ'-]+(?:\s+[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'-]+)?"
)


def person_names(text: str) -> list[tuple[int, int]]:
    """Spans of likely people's names: a known first name with the capitalised
    surname that may follow (« Thomas Gagnon », « Marie-Ève »), or a title
    and a surname (« Mme Gagnon », « M. J. Roy »)."""
    first_names = terms("prenoms")
    spans: list[tuple[int, int]] = [m.span() for m in _TITLED.finditer(text)]
    matches = list(_NAME_WORD.finditer(text))
    i = 0
    while i < len(matches):
        m = matches[i]
        key = fold(m.group())
        if key in first_names and key not in _NOT_NAMES:
            end = m.end()
            if i + 1 < len(matches) and matches[i + 1].start() == end + 1 and text[end] == " ":
                surname = matches[i + 1].group()
                if zipf(surname.lower()) < 4.5 or fold(surname) in first_names:
                    end = matches[i + 1].end()
                    i += 1
            spans.append((m.start(), end))
        i += 1
    return sorted(set(spans))


def is_probable_name(word: str) -> bool:
    """A capitalised word that is not a common French word (for NER checks)."""
    return word[:1].isupper() and fold(word) not in _NOT_NAMES and zipf(word.lower()) < 4.0
