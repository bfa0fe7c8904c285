"""RP, identity: birth dates and ages of named people, identity and account
numbers, passwords, and the consent reminder for photos of students."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from .base import Example, Rule
from .document import Document
from .finding import Hit, Severity
from .personal_context import EVERY_BOARD_PRIVACY, digits, is_probable_name, person_names

_MONTHS = r"(?:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre)"
_DATE = rf"(?:\d{{1,2}}(?:er)?\s+{_MONTHS}(?:\s+(?:19|20)\d{{2}})?|\d{{1,2}}[/.-]\d{{1,2}}[/.-](?:19|20)?\d{{2}}|(?:19|20)\d{{2}}-\d{{2}}-\d{{2}})"
_YEAR = r"(?:19|20)\d{2}"

# « né le 3 mars 2012 », « née le 03/03/2012 »
_BORN_ON = re.compile(rf"\bn[ée]e?s?\s+le\s+{_DATE}", re.IGNORECASE)
# « née en 2012 », « né en mars 2012 »: personal only when a person is the subject.
_BORN_IN = re.compile(rf"\bn[ée]e?s?\s+en\s+(?:{_MONTHS}\s+)?{_YEAR}\b", re.IGNORECASE)
# Who was born: a pronoun, one child, or someone's own (« mes jumeaux »); a
# plural with no owner (« les enfants nés en 2020 ») is a general rule.
_PERSON_SUBJECT = re.compile(
    r"\b(?:il|elle|je|j'|(?:mon|ma|mes|ton|ta|tes|son|sa|ses|notre|nos|votre|vos|leur|leurs)\s+\w+|"
    r"élève|enfant|fils|fille|bébé|garçon|fillette|frère|sœur|soeur|cousin|cousine|neveu|nièce)\b",
    re.IGNORECASE,
)
# « date de naissance : 3 mars 2012 », « année de naissance : 2012 », « DDN 2012-03-03 »:
# every date or year in the rest of the sentence is a birth date.
_BIRTH_FIELD = re.compile(
    r"\b(?:dates? de naissance|années? de naissance|annees? de naissance|DDN|né\(e\) le)\b[^.!?\n]{0,160}",
    re.IGNORECASE,
)
_DATE_OR_YEAR = re.compile(rf"{_DATE}|(?<![\d-]){_YEAR}(?![\d-])", re.IGNORECASE)
# A roster: « Noah Pelletier (2013) ».
_NAME_THEN_YEAR = re.compile(r"\s{0,4}\(\s{0,4}(?:19[5-9]\d|20[0-2]\d)\s{0,4}\)")
_ROLE = re.compile(
    r"\b(?:notre|votre|mon|ma|leur)\s+(?:cher\s+|chère\s+)?(?:directeur|directrice|directeur adjoint|directrice adjointe|"
    r"secrétaire|concierge|enseignante?|professeure?|prof|éducatrice|éducateur|technicien(?:ne)?|surveillante?|"
    r"brigadier|brigadière|chauffeur|chauffeuse|infirmière|infirmier|bibliothécaire|orthopédagogue|psychologue|"
    r"collègue|entraîneur|entraîneuse|coach|doyenne?)\b",
    re.IGNORECASE,
)
# Words that make a capitalised name a place or an institution (« école Mgr-Lemieux »).
_PLACE_BEFORE = re.compile(
    r"\b(?:école|secondaire|collège|polyvalente|pavillon|centre|aréna|salle|parc|rue|avenue|"
    r"boulevard|fondation|club|équipe|mgr|saint|sainte|st|ste)[\s-]*$",
    re.IGNORECASE,
)
_NUMBER_WORDS = (
    r"(?:un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante|"
    r"soixante-dix|quatre-vingts?|quatre-vingt-dix)(?:[- ]et[- ]un|-\w+)?"
)
# An age: « qui a 9 ans », « (12 ans) », « fête ses 10 ans », « âgée de 7 ans ».
_AGE = re.compile(
    r"(?:\b(?:a|aura|avait|a eu|aura|fête|fêtera|fêter|fêté|célèbre|célèbrera|célébrer|célébré|"
    r"souligne|souligner|souligné|vient d'avoir|âgée?|agée?|"
    # « prend sa retraite à 64 ans », « décédée à 80 ans » (not « les 8 à 12 ans »)
    r"(?:retraite|décédée?|morte?|mariée?|maman|papa|mère|père) à)\s+"
    r"(?:(?:ses|son|de|aujourd'hui|déjà|bientôt|maintenant|eu|fêté|ce|cette|semaine|jour)\s+){0,3}"
    r"|\(\s*|,\s*)(?P<age>\d{1,2}|" + _NUMBER_WORDS + r")\s*ans\b"
    # « son 40e anniversaire », « Joyeux 9e anniversaire à Léo »
    r"|(?P<nth>\b\d{1,3})(?:e|ème|eme)\s+anniversaire\b",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
# Cheap test: something every pattern of BirthDate needs.
_BIRTH_HINT = re.compile(
    r"\bans\b|anniversaire|naissance|\bn[ée]e?s?\s+(?:le|en)\s|\bDDN\b|\(\s*(?:19|20)\d\d\s*\)",
    re.IGNORECASE,
)


# « le 50e anniversaire de l'école », « de la fondation »: an event's, not a person's.
_EVENT_ANNIVERSARY = re.compile(
    r"\s{1,4}(?:de|du|des)\s{1,4}(?:l'|la\s+|le\s+|les\s+|notre\s+|leur\s+)?[a-zà-ÿ]"
)


# « 25 ans de carrière », « 10 ans de piano », « 30 ans d'histoire »: a duration.
_NOT_AN_AGE_AFTER = re.compile(r"\s{1,4}(?:de|d')\s{0,4}[a-zà-ÿ]", re.IGNORECASE)
# « il y a 50 ans », « depuis 10 ans », « pendant 3 ans »: time, not an age.
_NOT_AN_AGE_BEFORE = re.compile(
    r"(?:\by|\bdepuis|\bpendant|\bdurant|\bdans|\bvoilà|\bvoici|\bplus de|\bmoins de)\s+(?:a\s+)?$",
    re.IGNORECASE,
)


def _plausible_age(text: str, age: re.Match[str]) -> bool:
    """A person's age: at most 110, not the anniversary of an event, not
    « 25 ans de carrière »."""
    if _NOT_AN_AGE_AFTER.match(text, age.end()):
        return False
    if age.group("age") and _NOT_AN_AGE_BEFORE.search(text, 0, age.start("age")):
        return False
    if age.group("nth"):
        if int(age.group("nth")) > 110 or _EVENT_ANNIVERSARY.match(text, age.end()):
            return False
    elif age.group("age").isdigit() and int(age.group("age")) > 110:
        return False
    return True


class BirthDate(Rule):
    """Signale une date ou une année de naissance (« née le 3 mars 2012 »,
    « date de naissance : », « année de naissance ») et l'âge d'une personne
    nommée (« Bonne fête à Thomas Gagnon qui a 9 ans aujourd'hui »). Les
    dates d'événements, les années scolaires et l'âge d'un groupe sans nom
    (« nos élèves de 9 ans ») ne sont pas signalés. Les noms sont reconnus par
    la liste des prénoms du Québec et, à défaut, par les entités « personne »
    du modèle français de spaCy."""

    code = "RP05"
    name = "date-de-naissance"
    title = "Date de naissance ou âge d'une personne nommée"
    severity = Severity.ERROR
    clauses = (
        "CSSPO-3-INFO",
        "CSTL-A2-3",
        "CSNO-3B",
        "CSSPO-4-CONFIDENTIALITE",
        *EVERY_BOARD_PRIVACY,
    )
    nlp = frozenset({"ner"})
    fail_examples = (
        Example(
            "Bonne fête à Thomas Gagnon qui a 9 ans aujourd'hui!", ("Thomas Gagnon qui a 9 ans",)
        ),
        Example("Léa, née le 3 mars 2012, a remporté le concours.", ("née le 3 mars 2012",)),
    )
    ok_examples = (
        "La soirée aura lieu le 12 mars 2026 à 19 h 30.",
        "Nos élèves de 9 ans visiteront le musée en 2025-2026.",
        "Notre école a fêté ses 50 ans en 2024.",
    )

    def may_apply(self, doc: Document) -> bool:
        lower = doc.lower
        keys = ("ans", "anniversaire", "naiss", "né", "ddn", "(")
        return any(k in lower for k in keys) and _BIRTH_HINT.search(doc.normalised) is not None

    def needs_model(self, doc: Document) -> bool:
        # Names from the model only matter next to an age.
        return _AGE.search(doc.normalised) is not None

    def check(self, doc: Document, parsed: Any | None) -> Iterable[Hit]:
        text = doc.normalised
        message = (
            "Date de naissance ou âge d'une personne : c'est un renseignement personnel. "
            "Retirez-le ; souhaitez l'anniversaire sans l'âge ni la date."
        )
        for m in _BORN_ON.finditer(text):
            yield Hit(m.start(), m.end(), message, personal=True)
        for field in _BIRTH_FIELD.finditer(text):
            for m in _DATE_OR_YEAR.finditer(text, field.start(), field.end()):
                yield Hit(m.start(), m.end(), message, personal=True)
        for m in _BORN_IN.finditer(text):
            before = text[max(0, m.start() - 60) : m.start()]
            # « nos élèves de 5e, nés en 2014 »: a cohort; « mes jumeaux, nés en 2020 »: a family.
            cohort = re.match(r"n[ée]e?s\s", m.group(), re.IGNORECASE) and not re.search(
                r"\b(?:mes|tes|ses)\s+\w+", before, re.IGNORECASE
            )
            if cohort and not person_names(before):
                continue
            if _PERSON_SUBJECT.search(before) or person_names(before):
                yield Hit(m.start(), m.end(), message, personal=True)
        names = self._names(doc, parsed)
        for start, end in names:
            if m := _NAME_THEN_YEAR.match(text, end):
                yield Hit(start, m.end(), message, personal=True)
        for sentence in _SENTENCE.finditer(text):
            for age in _AGE.finditer(text, sentence.start(), sentence.end()):
                named = [n for n in names if sentence.start() <= n[0] and n[1] <= sentence.end()]
                if not named or not _plausible_age(text, age):
                    continue
                # The span joins the name closest to the age and the age itself.
                near = min(named, key=lambda n: abs(n[0] - age.start()))
                value = age.span("age") if age.group("age") else age.span("nth")
                if abs(near[0] - age.start()) <= 60:
                    yield Hit(
                        min(near[0], age.start()), max(near[1], age.end()), message, personal=True
                    )
                else:
                    yield Hit(value[0], value[1], message, personal=True)

    @staticmethod
    def _names(doc: Document, parsed: Any | None) -> list[tuple[int, int]]:
        text = doc.normalised
        names = person_names(text)
        # « notre directrice », « notre concierge »: in a school, a role names one person.
        names.extend(m.span() for m in _ROLE.finditer(text))
        if parsed is not None:
            for ent in parsed.ents:
                if ent.label_ == "PER" and is_probable_name(ent.text.split()[0]):
                    names.append((ent.start_char, ent.end_char))
        return sorted(
            {(s, e) for s, e in names if not _PLACE_BEFORE.search(text[max(0, s - 25) : s])}
        )


def _luhn(number: str) -> bool:
    from stdnum import luhn

    return luhn.is_valid(number)


_SIN = re.compile(r"(?<![\d-])\d{3}[ -]?\d{3}[ -]?\d{3}(?![\d-])")
_SIN_CONTEXT = re.compile(r"\b(?:NAS|N\.A\.S\.|SIN|assurance[- ]sociale)\b", re.IGNORECASE)


class SocialInsuranceNumber(Rule):
    """Signale un numéro d'assurance sociale (NAS) : neuf chiffres groupés
    3-3-3 dont la clé de contrôle (Luhn) est valide, ou neuf chiffres
    annoncés comme un NAS. La validation vient de python-stdnum."""

    code = "RP06"
    name = "numero-assurance-sociale"
    title = "Numéro d'assurance sociale"
    severity = Severity.ERROR
    clauses = (
        "CSTL-A2-3-ELEVES",
        "CSSPO-3-INFO",
        "CSNO-3B",
        *EVERY_BOARD_PRIVACY,
    )
    fail_examples = (Example("Mon NAS est le 046 454 286.", ("046 454 286",)),)
    ok_examples = ("Commande no 123 456 789 confirmée.", "Le 3 mars à 19 h 30, salle 214.")

    def may_apply(self, doc: Document) -> bool:
        return doc.digit_count >= 9 and _SIN.search(doc.normalised) is not None

    def check(self, doc: Document, parsed: Any | None) -> Iterable[Hit]:
        text = doc.normalised
        for m in _SIN.finditer(text):
            value = m.group()
            grouped = len(value) == 11
            context = _SIN_CONTEXT.search(text[max(0, m.start() - 60) : m.start()])
            if context or (grouped and _luhn(digits(value))):
                yield Hit(
                    m.start(),
                    m.end(),
                    "Numéro d'assurance sociale : ne le publiez jamais. Retirez-le.",
                    personal=True,
                )


_CARD = re.compile(r"(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d-])")


class PaymentCard(Rule):
    """Signale un numéro de carte de paiement : 13 à 19 chiffres dont la clé
    de Luhn est valide et qui commencent comme une carte (Visa, Mastercard,
    American Express, Discover). Un ISBN (978, 979) n'est pas une carte."""

    code = "RP07"
    name = "carte-de-paiement"
    title = "Numéro de carte de paiement"
    severity = Severity.ERROR
    clauses = ("CSTL-A2-3", "CSSPO-3-INFO", "CSNO-3B", *EVERY_BOARD_PRIVACY)
    fail_examples = (Example("Payez avec la carte 4111 1111 1111 1111.", ("4111 1111 1111 1111",)),)
    ok_examples = ("ISBN 978-2-07-061275-8, p. 12.", "Numéro de commande 1234 5678 9012 3456.")

    def may_apply(self, doc: Document) -> bool:
        return doc.digit_count >= 13 and _CARD.search(doc.normalised) is not None

    def check(self, doc: Document, parsed: Any | None) -> Iterable[Hit]:
        for m in _CARD.finditer(doc.normalised):
            number = digits(m.group())
            if number.startswith(("978", "979")) and len(number) == 13:
                continue
            card_like = number[0] in "3456" or number[:2] in ("22", "23", "24", "25", "26", "27")
            if card_like and _luhn(number):
                yield Hit(
                    m.start(),
                    m.end(),
                    "Numéro de carte de paiement : retirez-le immédiatement.",
                    personal=True,
                )


# Bank numbers need a bank word right before them; a bare « compte » is often
# the verb (« la page compte 12500 abonnés »), so it needs a marker or 7+ digits.
_BANK_CONTEXT = re.compile(
    r"\b(?:transit|succursale)\s*(?:no|n°|#)?\s*:?\s*(?P<transit>\d{5})\b"
    r"|\b(?:no|numéro|n°) de compte(?: bancaire)?\s*:?\s*(?P<numbered>\d[\d -]{4,16}\d)"
    r"|\bcompte(?: bancaire)?\s*(?:no|n°|#|:)\s*(?P<marked>\d[\d -]{4,16}\d)"
    r"|\bcompte(?: bancaire)?\s+(?P<bare>\d{7,12})\b(?!\s+[a-zà-ÿ])"
    r"|\bfolio\s*:?\s*(?P<folio>\d{5,12})\b",
    re.IGNORECASE,
)
_CHEQUE_LINE = re.compile(r"(?<![\d-])\d{5}-\d{3}-\d{7,12}(?![\d-])")
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,4})?\b")


class BankAccount(Rule):
    """Signale un numéro de compte bancaire : numéros de transit, d'institution
    et de compte annoncés comme tels (au moins cinq chiffres), la ligne de
    chiffres d'un chèque canadien (00000-000-0000000) et un IBAN valide."""

    code = "RP08"
    name = "compte-bancaire"
    title = "Numéro de compte bancaire"
    severity = Severity.ERROR
    clauses = ("CSTL-A2-3", "CSSPO-3-INFO", "CSNO-3B", *EVERY_BOARD_PRIVACY)
    fail_examples = (
        Example("Dépôt direct : transit 12345, compte 1234567.", ("12345", "1234567")),
    )
    ok_examples = (
        "Nous comptons 250 élèves et 32 membres du personnel.",
        "Le compte Facebook de l'école.",
    )

    def may_apply(self, doc: Document) -> bool:
        return doc.digit_count >= 5 and re.search(r"\d{5}|\d{4} \d{4}", doc.normalised) is not None

    def check(self, doc: Document, parsed: Any | None) -> Iterable[Hit]:
        from stdnum import iban

        text = doc.normalised
        message = "Numéro de compte bancaire : ne le publiez pas. Retirez-le."
        for m in _BANK_CONTEXT.finditer(text):
            group = m.lastgroup or ""
            yield Hit(m.start(group), m.end(group), message, personal=True)
        for m in _CHEQUE_LINE.finditer(text):
            yield Hit(m.start(), m.end(), message, personal=True)
        for m in _IBAN.finditer(text):
            if iban.is_valid(m.group()):
                yield Hit(m.start(), m.end(), message, personal=True)


_QC_CODE = re.compile(r"(?<![\w-])(?P<letters>[A-Z]{4})\s?(?P<digits>(?:\d\s?){7}\d)(?![\w-])")
_HEALTH_CONTEXT = re.compile(
    r"\b(?:carte soleil|RAMQ|assurance[- ]maladie|NAM|carte d'hôpital|carte santé|carte-santé|"
    r"AHCIP|Medicare|assurance santé)\b",
    re.IGNORECASE,
)
# Another province's card (Alberta AHCIP, New Brunswick Medicare): digits after the context.
_HEALTH_NUMBER = re.compile(
    r"\b(?:carte santé|carte-santé|AHCIP|Medicare|assurance[- ]maladie|assurance santé)\b"
    r"[^.!?\n\d]{0,80}?(?P<num>\d[\d -]{7,13}\d)(?![\d-])",
    re.IGNORECASE,
)


def _plausible_birth(d: str) -> bool:
    """The date inside a code permanent (DDMMYY) or a RAMQ number (YYMMDD):
    a month from 1 to 12, or 51 to 62 for girls, and a day from 1 to 31."""

    def ok(day: int, month: int) -> bool:
        return 1 <= day <= 31 and (1 <= month <= 12 or 51 <= month <= 62)

    return ok(int(d[0:2]), int(d[2:4])) or ok(int(d[4:6]), int(d[2:4]))


def _quebec_codes(doc: Document) -> list[tuple[int, int, bool]]:
    """(start, end, health context) for each code of the shape AAAA 0000 0000."""
    if "quebec_codes" not in doc.cache:
        text = doc.normalised
        found = []
        for m in _QC_CODE.finditer(text):
            if _plausible_birth(digits(m.group("digits"))):
                context = text[max(0, m.start() - 80) : m.end() + 20]
                found.append((m.start(), m.end(), bool(_HEALTH_CONTEXT.search(context))))
        doc.cache["quebec_codes"] = found
    return doc.cache["quebec_codes"]


class PermanentCode(Rule):
    """Signale un code permanent d'élève du Québec : quatre lettres et huit
    chiffres dont la partie date est plausible (mois + 50 pour les filles).
    Le même format accompagné de « carte soleil », « RAMQ » ou « assurance
    maladie » est une carte d'assurance maladie (RP10)."""

    code = "RP09"
    name = "code-permanent"
    title = "Code permanent d'un élève"
    severity = Severity.ERROR
    clauses = (
        "CSSPO-4-CONFIDENTIALITE",
        "CSTL-A2-3",
        "CSNO-3B",
        "CSNO-A-SECRETS",
        *EVERY_BOARD_PRIVACY,
    )
    fail_examples = (Example("Code permanent de l'élève : GAGT 1203 1201", ("GAGT 1203 1201",)),)
    ok_examples = ("Cours MAT-4173-2 et FRA-5143 au local B-214.", "Réf. ABCD 9999 9999")

    def may_apply(self, doc: Document) -> bool:
        return doc.digit_count >= 8 and _QC_CODE.search(doc.normalised) is not None

    def check(self, doc: Document, parsed: Any | None) -> Iterable[Hit]:
        for start, end, health in _quebec_codes(doc):
            if not health:
                yield Hit(
                    start,
                    end,
                    "Code permanent d'un élève : ne le publiez jamais. Retirez-le.",
                    personal=True,
                )


class HealthCard(Rule):
    """Signale un numéro d'assurance maladie du Québec (carte soleil, RAMQ) :
    quatre lettres et huit chiffres annoncés comme tels."""

    code = "RP10"
    name = "carte-assurance-maladie"
    title = "Numéro d'assurance maladie"
    severity = Severity.ERROR
    clauses = (
        "CSSPO-3-INFO",
        "CSTL-A2-3",
        "CSSPO-4-CONFIDENTIALITE",
        "CSNO-3B",
        *EVERY_BOARD_PRIVACY,
    )
    fail_examples = (Example("Carte soleil de Léo : ROYL 1505 2012", ("ROYL 1505 2012",)),)
    ok_examples = ("Apportez la carte soleil de votre enfant à la clinique de vaccination.",)

    def may_apply(self, doc: Document) -> bool:
        keys = ("soleil", "ramq", "maladie", "nam", "hôpital", "santé", "ahcip", "medicare")
        return (
            any(k in doc.lower for k in keys) and _HEALTH_CONTEXT.search(doc.normalised) is not None
        )

    def check(self, doc: Document, parsed: Any | None) -> Iterable[Hit]:
        message = "Numéro d'assurance maladie : ne le publiez jamais. Retirez-le."
        spans = {(start, end) for start, end, health in _quebec_codes(doc) if health}
        spans.update(m.span("num") for m in _HEALTH_NUMBER.finditer(doc.normalised))
        for start, end in sorted(spans):
            yield Hit(start, end, message, personal=True)


_EMPLOYEE = re.compile(
    r"\b(?:matricule|(?:no|numéro|n°|#) d'employée?|(?:no|numéro|n°|#) d'emploi|(?:no|numéro) de fiche|"
    r"fiche (?:de l'élève|élève)|employee (?:no|number|id)|(?:no|numéro) de membre du personnel)"
    r"[^\d\n.]{0,20}?(?P<num>(?:[A-Z]{1,2}-?)?\d{4,10})\b",
    re.IGNORECASE,
)


class EmployeeNumber(Rule):
    """Signale un matricule ou un numéro d'employé, ou un numéro de fiche
    d'élève, annoncé comme tel (« matricule : 123456 »). Avertissement : ces
    numéros ouvrent l'accès à des dossiers."""

    code = "RP11"
    name = "matricule"
    title = "Matricule ou numéro d'employé"
    severity = Severity.WARNING
    clauses = (
        "CSSPO-4-CONFIDENTIALITE",
        "CSTL-A2-3",
        "CSNO-3B",
        "CSNO-A-SECRETS",
        *EVERY_BOARD_PRIVACY,
    )
    fail_examples = (Example("Remplaçante : Mme Roy, matricule 4587123.", ("4587123",)),)
    ok_examples = ("Le matricule de l'autobus scolaire est affiché à l'avant.",)

    def may_apply(self, doc: Document) -> bool:
        return re.search(r"\d{4}", doc.normalised) is not None

    def check(self, doc: Document, parsed: Any | None) -> Iterable[Hit]:
        for m in _EMPLOYEE.finditer(doc.normalised):
            yield Hit(
                m.start("num"),
                m.end("num"),
                "Matricule ou numéro de dossier : ne le publiez pas. Retirez-le.",
                personal=True,
            )


_SECRET_WORDS = r"(?:mot de passe|mots de passe|mdp|password|passwd|code d'accès|code secret|NIP)"
# « Le mot de passe (du Wi-Fi / Teams / Zoom) est (le suivant :) Soleil2024 »: up to four
# qualifying words, then « est », « sera », « : » or « = » introduce the secret.
_PASSWORD = re.compile(
    rf"\b{_SECRET_WORDS}\b(?P<qualifier>(?:\s+[^\s.:=!?]+){{0,8}}?)"
    r"(?P<intro>\s+(?:est|sera|c'est)(?:\s+le\s+suivant)?\s*:?|\s*[:=])\s*[«\"']?\s*(?P<secret>[^\s«»\"',;]{3,64})",
    re.IGNORECASE,
)
# « mdp Soleil2024 »: right after the word, only something that looks like a secret (with a digit).
_PASSWORD_BARE = re.compile(
    rf"\b{_SECRET_WORDS}\s+(?P<secret>[^\s«»\"',;]*\d[^\s«»\"',;]*)", re.IGNORECASE
)
_LOGIN = re.compile(
    r"\b(?:identifiant|nom d'utilisateur|utilisateur|login|code d'usager)\s*:\s*(?P<secret>[^\s,;]{3,64})",
    re.IGNORECASE,
)


class Password(Rule):
    """Signale un mot de passe, un NIP ou un identifiant de connexion écrit en
    clair (« mot de passe : Soleil2024 », « mdp : … »). Un texte qui parle des
    mots de passe sans en donner un (« ne communiquez jamais votre mot de
    passe ») n'est pas signalé."""

    code = "RP12"
    name = "mot-de-passe"
    title = "Mot de passe ou identifiant en clair"
    severity = Severity.ERROR
    clauses = ("CSTL-A2-9",)
    fail_examples = (
        Example(
            "Pour le portail : identifiant : classe5b, mot de passe : Soleil2024",
            ("classe5b", "Soleil2024"),
        ),
    )
    ok_examples = (
        "Ne communiquez jamais votre mot de passe à personne.",
        "Mot de passe oublié? Communiquez avec le secrétariat.",
    )

    def may_apply(self, doc: Document) -> bool:
        lower = doc.lower
        return any(
            k in lower
            for k in (
                "passe",
                "mdp",
                "password",
                "passwd",
                "code",
                "nip",
                "identifiant",
                "utilisateur",
                "login",
            )
        )

    def check(self, doc: Document, parsed: Any | None) -> Iterable[Hit]:
        from .text_units import zipf

        text = doc.normalised
        seen: set[int] = set()
        for pattern in (_LOGIN, _PASSWORD, _PASSWORD_BARE):
            for m in pattern.finditer(text):
                secret = m.group("secret").rstrip(".!?)")
                start = m.start("secret")
                if start in seen:
                    continue
                # « Le mot de passe est personnel »: a plain French word after « est » is prose;
                # after a colon or an equals sign it is the secret.
                colon = pattern is not _PASSWORD or re.search(r"[:=]", m.group("intro") or "")
                plain = secret.isalpha() and (secret.islower() or zipf(secret.lower()) >= 3.0)
                if (not colon and plain) or secret.lower() in _NOT_SECRETS:
                    continue
                seen.add(start)
                yield Hit(
                    start,
                    start + len(secret),
                    "Mot de passe ou identifiant en clair : ne le publiez jamais. Retirez-le et "
                    "changez-le ; transmettez-le en privé, par un canal sécurisé.",
                    personal=True,
                )


_NOT_SECRETS = frozenset(
    [
        "oublié",
        "oublie",
        "perdu",
        "personnel",
        "confidentiel",
        "requis",
        "obligatoire",
        "le",
        "la",
        "un",
        "une",
    ]
)

_GROUPS = (
    r"(?:élèves?|enfants?|jeunes|classe|classes|équipe|équipes|groupe|participants?|finissant(?:e|s|es)?|"
    r"athlètes|joueurs|joueuses|chorale|troupe|orchestre|harmonie|danseu(?:rs|ses)|tout-petits|"
    r"bambins|maternelle|garderie|amis|camp de jour|petits|petites|cohorte|nageurs|patineurs)"
)
_PHOTO = re.compile(
    rf"\b(?:photos?|vidéos?|videos?|images?|clips?|album)\b[^.!?\n]{{0,80}}?\b{_GROUPS}\b"
    rf"|\b{_GROUPS}\b[^.!?\n]{{0,60}}?\b(?:en (?:photos?|images?|vidéo))\b",
    re.IGNORECASE,
)
_ATTACHED = re.compile(
    r"\b(?:voici|ci-joint|ci-jointe?s?|jointe?s?|ci-dessous|ci-après|en pièce jointe|en pièces jointes|en images|"
    r"en photos?|en vidéo|quelques photos|nos photos|les photos de|la vidéo de|regardez|découvrez|"
    r"album)\b|📸|📷|🎥",
    re.IGNORECASE,
)


class StudentPhoto(Rule):
    """Rappelle, quand le texte dit qu'une photo ou une vidéo d'élèves est
    jointe ou montrée, qu'il faut l'autorisation écrite des personnes qui y
    figurent ou des parents des élèves mineurs. Information seulement :
    civisme ne voit pas l'image, il rappelle la règle."""

    code = "RP13"
    name = "photo-eleves"
    title = "Photo ou vidéo d'élèves : autorisation écrite"
    severity = Severity.INFO
    clauses = ("CSTL-A2-6", "CSNO-3B", *EVERY_BOARD_PRIVACY)
    fail_examples = (
        Example("Voici quelques photos de nos élèves au carnaval! 📸", ("photos de nos élèves",)),
    )
    ok_examples = (
        "La journée de photos scolaires aura lieu le 12 mars.",
        "Les élèves ont visité le musée de la photographie.",
    )

    def may_apply(self, doc: Document) -> bool:
        return any(k in doc.lower for k in ("photo", "vid", "image", "clip", "album"))

    def check(self, doc: Document, parsed: Any | None) -> Iterable[Hit]:
        text = doc.normalised
        if re.search(r"\bphotos? scolaires?\b|\bjournée de photos?\b", text, re.IGNORECASE):
            return
        for m in _PHOTO.finditer(text):
            # The cue must be near the mention: same line, within a sentence or two.
            line_start = text.rfind("\n", 0, m.start()) + 1
            line_end = text.find("\n", m.end())
            near = text[
                max(line_start, m.start() - 120) : min(
                    len(text) if line_end < 0 else line_end, m.end() + 120
                )
            ]
            if _ATTACHED.search(near) and not _CONSENT.search(near):
                yield Hit(
                    m.start(),
                    m.end(),
                    "Photo ou vidéo d'élèves : assurez-vous d'avoir l'autorisation écrite des "
                    "personnes qui y figurent, ou des parents des élèves mineurs, avant de publier.",
                )
                return  # one reminder per document is enough


_CONSENT = re.compile(
    r"\b(?:autorisation|autorisations|consentement|consentements|autorisé|autorisée|autorisés|"
    r"sans (?:l'accord|permission))\b",
    re.IGNORECASE,
)


RULES = (
    BirthDate,
    SocialInsuranceNumber,
    PaymentCard,
    BankAccount,
    PermanentCode,
    HealthCard,
    EmployeeNumber,
    Password,
    StudentPhoto,
)
