"""RP, contacts: private phone numbers, personal e-mail addresses, civic
addresses and postal codes. The school's own contacts, public help lines and
event venues are not personal and are never flagged."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import Any

from civisme.lexicons.loader import fold, rows, terms

from .base import Example, Rule
from .document import Document
from .finding import Hit, Severity
from .personal_context import (
    EVERY_BOARD_PRIVACY,
    digits,
    has_institutional_cue,
    has_personal_cue,
    public_numbers,
)
from .profiles import profile_of
from .spans import Spans

PRIVACY_CLAUSES = (
    "CSSPO-3-INFO",
    "CSTL-A2-3",
    "CSNO-3B",
    "CSSPO-4-CONFIDENTIALITE",
    *EVERY_BOARD_PRIVACY,
)

# Seven digits or more, possibly separated: the only texts worth a phone parse.
_MANY_DIGITS = re.compile(r"\d(?:[ .()/-]{0,3}\d){6}")
_EXTENSION_AFTER = re.compile(r"\s{0,4},?\s{0,4}(?:poste|p\.|ext\.?)\s{0,4}\d", re.IGNORECASE)


class PrivatePhone(Rule):
    """Signale un numéro de téléphone qui n'est pas celui de l'école ou d'un
    service public, écrit de n'importe quelle façon (819 555-1234,
    (819) 555-1234, 819.555.1234, +1 819 555 1234, numéros français). Les
    numéros sans frais, les lignes d'aide (Tel-jeunes, 811…) et les numéros
    donnés comme contact de l'école ou d'un lieu public ne sont pas signalés.
    La reconnaissance des numéros s'appuie sur phonenumbers (la bibliothèque
    de Google), pas sur un motif maison."""

    code = "RP01"
    name = "telephone-prive"
    title = "Numéro de téléphone privé"
    severity = Severity.ERROR
    clauses = PRIVACY_CLAUSES
    fail_examples = (
        Example("Pour covoiturer, textez-moi au 819 555-1234.", ("819 555-1234",)),
        Example("Maman de Léa : (506) 555-0199", ("(506) 555-0199",)),
    )
    ok_examples = (
        "Pour nous joindre : secrétariat de l'école, 819 555-4000.",
        "Besoin d'aide? Tel-jeunes au 1 800 263-2266 ou le 811.",
        "La soirée aura lieu le 12 mars 2026 à 19 h 30 ; billets à 25,50 $.",
    )

    def may_apply(self, doc: Document) -> bool:
        return _MANY_DIGITS.search(doc.normalised) is not None

    def check(self, doc: Document, parsed: Any | None) -> Iterable[Hit]:
        import phonenumbers as pn  # only documents with long digit runs pay for it

        text = doc.normalised
        seen = Spans()
        for region in ("CA", "FR"):
            for match in pn.PhoneNumberMatcher(text, region, leniency=pn.Leniency.VALID):
                start, end = match.start, match.end
                # « Julie (819 555 8877) »: the bracket opens an aside, not an area code.
                if text[start] == "(" and ")" not in text[start:end]:
                    start += 1
                if region == "FR" and match.number.country_code != 33:
                    continue
                if seen.overlaps(start, end):
                    continue
                seen.add(start, end)
                if pn.number_type(match.number) in _public_types():
                    continue
                national = str(match.number.national_number)
                if national in public_numbers() or national in _board_numbers(doc):
                    continue
                if doc.is_protected(start, end):
                    continue
                if not has_personal_cue(text, start, end) and (
                    has_institutional_cue(text, start, end) or _EXTENSION_AFTER.match(text, end)
                ):
                    continue
                yield Hit(
                    start,
                    end,
                    "Numéro de téléphone privé : ne publiez pas le numéro d'une personne. "
                    "Retirez-le, ou donnez plutôt le numéro de l'école ou du secrétariat.",
                    personal=True,
                )


def _board_numbers(doc: Document) -> frozenset[str]:
    """The public numbers of the board's profile and configuration, as
    national digits (« 1 780 555-0100 » → « 7805550100 »)."""
    out = set()
    for contact in profile_of(doc).public_contacts:
        number = digits(contact) if "@" not in contact else ""
        out.add(number[1:] if len(number) == 11 and number.startswith("1") else number)
    return frozenset(out - {""})


@cache
def _public_types() -> frozenset[int]:
    """Toll-free and paid lines belong to organisations, never to a person."""
    import phonenumbers as pn

    return frozenset(
        {
            pn.PhoneNumberType.TOLL_FREE,
            pn.PhoneNumberType.PREMIUM_RATE,
            pn.PhoneNumberType.SHARED_COST,
        }
    )


_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,5}")
_INSTITUTIONAL_SUFFIXES = (".qc.ca", ".ab.ca", ".nb.ca", ".on.ca", ".gc.ca", ".gnb.ca", ".edu")
_GENERIC_LOCAL = frozenset(
    [
        "info",
        "information",
        "informations",
        "secretariat",
        "secretariatgeneral",
        "sg",
        "reception",
        "accueil",
        "direction",
        "directions",
        "directiongenerale",
        "admin",
        "administration",
        "contact",
        "contacts",
        "communication",
        "communications",
        "inscription",
        "inscriptions",
        "sdg",
        "servicedegarde",
        "garde",
        "service",
        "services",
        "bibliotheque",
        "biblio",
        "ecole",
        "noreply",
        "nepasrepondre",
        "webmestre",
        "webmaster",
        "rh",
        "ressourceshumaines",
        "paie",
        "transport",
        "transports",
        "plainte",
        "plaintes",
        "ombudsman",
        "protecteur",
        "sports",
        "parascolaire",
        "fondation",
        "bureau",
        "presse",
        "medias",
        "media",
        "benevoles",
        "benevolat",
        "cafeteria",
        "infirmerie",
        "orientation",
        "conseil",
        "comite",
        "cpe",
        "urgence",
        "soutien",
        "aide",
        "support",
        "technopedagogie",
        "ti",
    ]
)
_EMAIL_ADVICE = (
    "Retirez-la, ou donnez plutôt l'adresse générale de l'école (secrétariat, information)."
)


def _local_kind(local: str) -> str:
    """« generic » (info@, secretariat@, ecole.x@), else « person »."""
    key = fold(local)
    parts = [p for p in re.split(r"[._+-]", key) if p]
    squashed = "".join(c for c in key if c.isalpha())
    if squashed in _GENERIC_LOCAL or any(
        p in _GENERIC_LOCAL or p.startswith("ecole") for p in parts
    ):
        return "generic"
    return "person"


class PersonalEmail(Rule):
    """Signale une adresse courriel personnelle (Gmail, Hotmail, Vidéotron…) :
    erreur. L'adresse nominative d'un membre du personnel au domaine du
    conseil scolaire n'est qu'une information (elle est publique, mais une
    adresse générale vaut mieux) ; une adresse générale (info@, secretariat@)
    n'est jamais signalée."""

    code = "RP02"
    name = "courriel-personnel"
    title = "Adresse courriel personnelle"
    severity = Severity.ERROR
    clauses = PRIVACY_CLAUSES
    fail_examples = (
        Example(
            "Écrivez-moi à julie.tremblay72@gmail.com pour les photos.",
            ("julie.tremblay72@gmail.com",),
        ),
        Example("Inscription : marc.roy@csspo.qc.ca", ("marc.roy@csspo.qc.ca",)),
    )
    ok_examples = (
        "Renseignements : info@csspo.qc.ca ou secretariat.ecole-des-vents@csno.ab.ca",
        "Consultez www.csno.ab.ca pour le calendrier.",
    )

    def may_apply(self, doc: Document) -> bool:
        return "@" in doc.normalised

    def check(self, doc: Document, parsed: Any | None) -> Iterable[Hit]:
        personal_domains = terms("domaines-personnels")
        profile = profile_of(doc)
        public = {c.strip().lower() for c in profile.public_contacts if "@" in c}
        official = tuple(d.lower().removeprefix("www.") for d in profile.official_domains)
        for m in _EMAIL.finditer(doc.normalised):
            local, _, domain = m.group().rpartition("@")
            domain = domain.lower().rstrip(".")
            if m.group().lower().rstrip(".") in public:
                continue  # listed by the board as a public contact
            if domain in personal_domains or any(
                domain.endswith("." + d) for d in personal_domains
            ):
                yield Hit(
                    m.start(),
                    m.end(),
                    f"Adresse courriel personnelle : ne publiez pas l'adresse privée d'une personne. {_EMAIL_ADVICE}",
                    personal=True,
                )
            elif _local_kind(local) == "generic":
                continue
            elif domain.endswith(_INSTITUTIONAL_SUFFIXES) or any(
                domain == d or domain.endswith("." + d) for d in official
            ):
                yield Hit(
                    m.start(),
                    m.end(),
                    "Adresse courriel professionnelle nominative : préférez l'adresse générale "
                    "de l'école ou du service, qui ne change pas avec le personnel.",
                    severity=Severity.INFO,
                    personal=True,
                )
            else:
                yield Hit(
                    m.start(),
                    m.end(),
                    f"Adresse courriel qui semble nominative : vérifiez qu'elle peut être publiée. {_EMAIL_ADVICE}",
                    severity=Severity.WARNING,
                    personal=True,
                )


# --- Civic addresses and postal codes ---------------------------------------

_POSTAL = r"[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z][ -]?\d[ABCEGHJ-NPRSTV-Z]\d"
_POSTAL_RE = re.compile(rf"(?<![\w-]){_POSTAL}(?![\w-])")
_PARTICLE = r"(?:de|du|des|la|le|les|l'|d'|à|au|aux|et|sur|en|St\.|Ste\.)"
# No period inside a name: « chemin du Lac-Vert. Venez » ends at « Vert ».
_PROPER = r"[A-ZÀ-ÖØ-Þ0-9][\w'’-]*"
_STREET_NAME = rf"(?:{_PARTICLE}\s+|{_PARTICLE}(?=[A-ZÀ-Þ]))*{_PROPER}(?:\s+(?:{_PARTICLE}\s+)*{_PROPER}){{0,3}}"
_UNIT = (
    r"(?:(?i:app\.?|appt\.?|apt\.?|appartement|apartment|logement|unité|unit|bureau|suite|local)|#)"
    r"\s*\d{1,5}[A-Za-z]?"
)
# A street name in lower case (« 45, rue des pins »): accepted only after a
# civic number of two digits or more, see _addresses.
_LOWER_NAME = rf"(?:{_PARTICLE}\s+)*[a-zà-ÿ][\w'’-]{{2,}}"
_PROVINCE = (
    r"(?:\((?:Québec|Qc|QC|Alberta|AB|Alb\.|Nouveau-Brunswick|N\.-B\.|NB|Ontario|ON)\)"
    r"|,?\s*\b(?:QC|Qc|AB|NB|ON|Québec|Alberta|Nouveau-Brunswick)\b)"
)
_TAIL = (
    rf"(?:\s*,?\s*{_UNIT})?"
    r"(?:\s*,\s*(?!(?:QC|AB|NB|ON)\b)[A-ZÀ-ÖØ-Þ][\w'’-]+(?:[ -](?!(?:QC|AB|NB|ON)\b)[A-ZÀ-ÖØ-Þ][a-zà-ÿ'’-]+){0,3})?"
    rf"(?:\s*{_PROVINCE})?"
    rf"(?:\s*,?\s*{_POSTAL})?"
)


@cache
def _address_re() -> re.Pattern[str]:
    french, english = [], []
    for row in rows("types-de-rue"):
        forms = [row["terme"], *filter(None, row["abreviations"].split("|"))]
        for form in forms:
            variants = {form, fold(form)}
            target = english if row["categorie"] == "anglais" else french
            target.extend(re.escape(v) for v in variants)
            if row["categorie"] == "francais-anglais":
                english.extend(re.escape(v) for v in variants)
    fr_types = "|".join(sorted(set(french), key=len, reverse=True))
    en_types = "|".join(sorted(set(english), key=len, reverse=True))
    # « 1234 », « 22B », « 22-B », « 4-1234 » (unit-civic)
    civic = r"(?<![\w.,/-])(?:\d{1,5}[A-Za-z]?-)?\d{1,6}(?:-?[A-Za-z])?(?![\w/])"
    french_form = (
        rf"{civic}\s*,?\s+(?:\d{{1,2}}(?:e|re|er)\s+)?(?i:{fr_types})\.?(?![\w'-])\s*"
        rf"(?:{_STREET_NAME}|{_LOWER_NAME})?"
    )
    # Edmonton and Calgary number their streets: « 10234 112 Street NW », « 10234-112 St. ».
    english_numbered = (
        rf"{civic}\s*-?\s*\d{{1,3}}(?:st|nd|rd|th)?\s+(?:{en_types.title()}|{en_types.upper()})\b\.?"
        r"(?:\s+(?:NW|NE|SW|SE)\b)?"
    )
    english_form = (
        rf"{civic}\s+(?:[A-Z][a-z]+\s+){{1,3}}(?:{en_types.title()}|{en_types.upper()})\b\.?"
        r"(?:\s+(?:NW|NE|SW|SE|N|S|E|W)\b)?"
    )
    return re.compile(rf"(?:{french_form}|{english_numbered}|{english_form}){_TAIL}")


def _addresses(doc: Document) -> list[tuple[int, int]]:
    if "addresses" not in doc.cache:
        text = doc.normalised
        found = []
        for m in _address_re().finditer(text):
            start, end = m.start(), m.end()
            value = m.group()
            # « 3 rue » alone, or a generic with no name, is not an address; a
            # lower-case name needs a civic number of two digits or more.
            civic, rest = value.split(None, 1) if " " in value else (value, "")
            named = re.search(r"[A-ZÀ-Þ]|\d\s+[A-Za-z]", rest) is not None
            lower_named = sum(c.isdigit() for c in civic) >= 2 and len(rest.split()) >= 2
            if not (named or lower_named):
                continue
            found.append((start, end))
        doc.cache["addresses"] = found
    return doc.cache["addresses"]


@cache
def _address_hint() -> re.Pattern[str]:
    """A digit followed by a street generic, or by capitalised words (English
    order): the cheap test before the full address pattern."""
    generics = set()
    for row in rows("types-de-rue"):
        for form in [row["terme"], *row["abreviations"].split("|")]:
            if form:
                generics.update({form, fold(form)})
    alternatives = "|".join(sorted((re.escape(g) for g in generics), key=len, reverse=True))
    return re.compile(
        rf"\d(?:-?[A-Za-z])?[\s,]+(?:\d{{1,2}}(?:e|re|er)\s+)?(?i:{alternatives})\b|\d\s+[A-Z][a-z]+\s",
        re.IGNORECASE,
    )


class CivicAddress(Rule):
    """Signale une adresse civique (numéro, générique de voie — rue, boul.,
    rang, montée… — et nom de la voie, avec appartement, ville et code postal
    s'il y a lieu). L'adresse de l'école, d'un lieu public ou du lieu d'un
    événement n'est pas signalée ; un mot comme « appartement » ou « chez
    moi » rend l'adresse personnelle."""

    code = "RP03"
    name = "adresse-civique"
    title = "Adresse civique d'une personne"
    severity = Severity.ERROR
    clauses = PRIVACY_CLAUSES
    fail_examples = (
        Example(
            "Les Gagnon habitent au 1234, rue des Érables, app. 4, Sherbrooke.",
            ("1234, rue des Érables, app. 4, Sherbrooke",),
        ),
        Example(
            "Envoyez le chèque à mon adresse : 56 Main Street, Edmonton.",
            ("56 Main Street, Edmonton",),
        ),
    )
    ok_examples = (
        "Le spectacle aura lieu à l'école, 150, rue Principale.",
        "Les 3 rues fermées et la place du marché.",
        "Rendez-vous au gymnase le 12 mars à 19 h.",
    )

    def may_apply(self, doc: Document) -> bool:
        return _address_hint().search(doc.normalised) is not None

    def check(self, doc: Document, parsed: Any | None) -> Iterable[Hit]:
        text = doc.normalised
        for start, end in _addresses(doc):
            unit = re.search(_UNIT, text[start:end], re.IGNORECASE) is not None
            if (
                not unit
                and not has_personal_cue(text, start, end)
                and has_institutional_cue(text, start, end)
            ):
                continue
            yield Hit(
                start,
                end,
                "Adresse civique : ne publiez pas l'adresse d'une personne. Retirez-la, ou "
                "donnez plutôt l'adresse de l'école ou du lieu public de l'activité.",
                personal=True,
            )


class PostalCode(Rule):
    """Signale un code postal canadien (lettres valides seulement : A1A 1A1)
    qui n'accompagne pas une adresse déjà signalée et n'est pas celui de
    l'école ou d'un lieu public. Avertissement : un code postal seul situe un
    domicile à quelques rues près."""

    code = "RP04"
    name = "code-postal"
    title = "Code postal d'une personne"
    severity = Severity.WARNING
    clauses = PRIVACY_CLAUSES
    fail_examples = (Example("Mon code postal est J8X 2K4, pour la livraison.", ("J8X 2K4",)),)
    ok_examples = (
        "Écrivez à l'école : 150, rue Principale, Gatineau (Québec) J8X 2K4.",
        "Le virus H1N1 et la salle B2C ne sont pas des codes postaux.",
    )

    def may_apply(self, doc: Document) -> bool:
        return _POSTAL_RE.search(doc.normalised) is not None

    def check(self, doc: Document, parsed: Any | None) -> Iterable[Hit]:
        text = doc.normalised
        addresses = Spans(_addresses(doc))
        for m in _POSTAL_RE.finditer(text):
            start, end = m.span()
            if addresses.covers(start, end):
                continue
            if not has_personal_cue(text, start, end) and has_institutional_cue(text, start, end):
                continue
            yield Hit(
                start,
                end,
                "Code postal : il situe un domicile ; retirez-le, sauf s'il s'agit de celui de l'école.",
                personal=True,
            )


RULES = (PrivatePhone, PersonalEmail, CivicAddress, PostalCode)
