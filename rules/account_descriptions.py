"""DES: account descriptions (``verifier --type description``), CSNO directive
142 §1b, §5g and « Créer un compte »: an official page says it is an official
« classe » or « organisme » of the board and links to the school's and the
board's sites; an identified employee's personal profile says it does not
represent the school or the board."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from civisme.lexicons.loader import NamingProfile, fold

from .base import Example, Rule
from .document import Document, DocumentKind
from .finding import Hit, Severity
from .profiles import naming_of


def _naming(doc: Document) -> NamingProfile:
    naming = naming_of(doc)
    assert naming is not None, "the engine skips naming rules under a profile without [nommage]"
    return naming


DESCRIPTION = frozenset({DocumentKind.DESCRIPTION})

# A personal profile speaks in the first person (official pages say « nous »),
# or is a student's, or carries a disclaimer (only a person writes one).
_PERSONAL = re.compile(
    r"\b(?:je|j'|moi|mon|ma|mes|maman|papa)\b(?!-)|^\W*(?:fière? |fier )?élève\b",
    re.IGNORECASE,
)
# §1b is about employees: a role of school staff, or a first-person job.
_EMPLOYEE = re.compile(
    r"\b(?:enseignante?s?|prof|professeure?|titulaire|suppléante?|direct(?:eur|rice)(?: adjointe?)?|"
    r"secrétaire|concierge|technicien(?:ne)?|éducat(?:eur|rice)|orthopédagogue|psychoéducat(?:eur|rice)|"
    r"conseill(?:er|ère) (?:pédagogique|en orientation|d'orientation)|bibliothécaire|surveillante?|"
    r"aide-enseignante?|aide-élève|monit(?:eur|rice)|préposée?|ens\.|membre du personnel|j'enseigne|"
    r"orthophoniste|psychologue|infirmi(?:er|ère)|travailleu(?:r|se) social(?:e)?|ergothérapeute|"
    r"animat(?:eur|rice)|coordonnat(?:eur|rice)|conseill(?:er|ère)|cuisini(?:er|ère)|chauffeu(?:r|se) d'autobus|"
    r"agente? (?:de |d')\w+|concierg\w*|dir\.|direction(?: adjointe)?|"
    r"travaille (?:à|a|au|pour)|employée? (?:de|du|à|au|chez)|à l'emploi (?:de|du))(?!\w)",
    re.IGNORECASE,
)
# Someone who is not staff says so; their profile is out of §1b.
_NOT_EMPLOYEE = re.compile(
    r"\b(?:parents?|mamans?|papas?) bénévoles?\b|\bbénévoles? (?:à|a|au|de|pour) l'école\b|"
    r"\b(?:maman|papa|parent|mère|père) d'(?:un|une|des|deux|trois) (?:élève|enfant)s?\b|"
    r"^\W*(?:fière? |fier )?élève\b|\bancien(?:ne)?s? (?:de |d'|élèves?\b|président\w*|membre)|\bpromo \d{4}|\bretraitée?s?\b|"
    r"\b(?:mari|femme|conjointe?|époux|épouse) (?:de|d')|"
    r"\bà la retraite\b|\bdiplômée? (?:de|du)\b",
    re.IGNORECASE,
)
# Pages of bodies outside the board, even when they name a school: parents'
# associations, daycares, alumni, outside clubs.
_OTHER_BODY = re.compile(
    r"\b(?:association|comité|regroupement|société) (?:des |de )?parents\b|\bgarderie\b|\bCPE\b|"
    r"\borganisme (?:indépendant|communautaire|sans but lucratif)|\bindépendante?\b|"
    r"\btroupe\b(?![^.\n]{0,40}\b(?:de l'école|scolaire))|\bconseil d'école\b|"
    r"\bcentre (?:culturel|communautaire|récréatif)|\bnon[- ]officiel\w*|\bgérée? par (?:des|les) élèves|"
    r"\b(?:chorale|troupe|club|ligue|équipe|groupe|centre|organisme) communautaire|"
    r"\b(?:fière?|fier) partenaire\b|\bpartenaires? (?:de|du|des) (?:nos |notre )?(?:programme|l'école|écoles?)|"
    r"\b(?:boulangerie|restaurant|pharmacie|quincaillerie|épicerie|dépanneur|commerce|entreprise|inc\.|ltée)\b|"
    r"\bancien(?:ne)?s? élèves?\b|\banciens et anciennes\b|\bclub (?:de|d') ?\w+ (?:de|du) (?-i:[A-Z])\w+",
    re.IGNORECASE,
)
_DISCLAIMER = re.compile(
    r"\bn[e']\s*(?:représente|reflète|engage|exprime|parle|parl)\w*\s+(?:pas|que|ni|aucunement|en rien)|"
    r"\bne\s+(?:sont|est)\s+pas\s+(?:celles?|ceux|celui)\s+(?:de|du)|"
    r"\bopinions?(?:\s+[\w']+){0,3}?\s+(?:sont\s+|est\s+)?(?:les\s+miennes|la\s+mienne|personnel\w*|à\s+moi)|"
    r"\bpas\s+(?:ceux|celles?|celui)\s+(?:de\s+l'|du|de\s+la|de)\s*(?:mon\s+|ma\s+|notre\s+)?(?:école|conseil|csno|employeur)|"
    r"\bvues?\s+personnel\w*|"
    r"\b(?:propos|avis|points?\s+de\s+vue|publications|partages)\s+(?:sont\s+)?personnel|"
    r"\bà\s+titre\s+personnel|\bcompte\s+personnel|\bpas\s+au\s+nom\s+(?:de|du)|"
    r"\b(?:compte|profil)\s+non\s+officiel|\bn'est\s+pas\s+un\s+(?:compte|profil)\s+officiel|"
    r"\bn'engag\w*\s+que\s+(?:leur|son|mon)\s+auteur|\ben\s+mon\s+(?:propre\s+)?nom|"
    r"\bne\s+(?:parle|m'exprime|s'exprime)\s+qu'en\s+mon\s+nom|\bnon\s+affiliée?\b|"
    r"\bpas\s+(?:le|la)\s+porte-parole|\bsans\s+lien\s+(?:officiel\s+)?avec\s+mon\s+employeur|"
    r"\bne\s+sont\s+pas\s+(?:endossée?s?|approuvée?s?)\s+par",
    re.IGNORECASE,
)
_URL = re.compile(
    r"(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:ca|com|org|net)\b", re.IGNORECASE
)


def _words(text: str) -> str:
    """Folded text with punctuation and quotes as single spaces, for phrase tests."""
    return " " + re.sub(r"[^a-z0-9]+", " ", fold(text)).strip() + " "


def _is_personal(doc: Document) -> bool:
    return bool(_PERSONAL.search(doc.normalised) or _DISCLAIMER.search(doc.normalised))


def _names_board(doc: Document) -> bool:
    profile = _naming(doc)
    words = _words(doc.normalised)
    return f" {profile.board.lower()} " in words or _words(profile.board_name) in words


def _names_school(doc: Document) -> bool:
    """« école », « É. Héritage », « @ÉcoleBoréale », or a school acronym of
    the board's profile (ÉNF, ÉQV, ÉH)."""
    text = doc.normalised
    if re.search(r"\bécole|\bÉ\.\s", text, re.IGNORECASE):
        return True
    # Franco-Albertan school acronyms start with « É » (ÉNF, ÉMSA, ÉGH).
    if re.search(r"(?<!\w)É[A-Z]{1,4}(?!\w)", text):
        return True
    profile = _naming(doc)
    return any(
        re.search(rf"(?<!\w){re.escape(a)}(?!\w)", text) for a in profile.discouraged_acronyms
    )


def _designated(doc: Document) -> bool:
    """« Organisme officiel du Conseil scolaire du Nord-Ouest », « classe
    officielle », « « classe » ou « organisme » officiel »."""
    profile = _naming(doc)
    words = _words(doc.normalised)
    return bool(
        re.search(r" (?:classe|organisme)s?(?: [a-z]+){0,2} officiel", words)
        and _words(profile.board_name) in words
    )


def _is_school_page(doc: Document) -> bool:
    """DES01-02 apply to the page of a school, class, team or service of the
    board: a description that names a school, a class or the board. A shop,
    a town library or a community club is not one."""
    text = doc.normalised
    if (
        _is_personal(doc)
        or not text.strip()
        or _OTHER_BODY.search(text)
        or _NOT_EMPLOYEE.search(text)
    ):
        return False
    words = _words(doc.normalised)
    return (
        _names_board(doc)
        or _names_school(doc)
        or any(f" {w} " in words for w in ("classe", "conseil scolaire"))
    )


class OfficialDesignation(Rule):
    """Vérifie que la description d'une page officielle la définit comme une
    « classe » ou un « organisme » officiel du « Conseil scolaire du
    Nord-Ouest » (« Créer un compte »). Un profil personnel n'est pas visé."""

    needs_naming = True
    code = "DES01"
    name = "designation-officielle"
    title = "Description sans la désignation officielle"
    severity = Severity.WARNING
    clauses = ("CSNO-CREER",)
    kinds = DESCRIPTION
    fail_examples = (
        Example(
            "Page de la bibliothèque de l'école des Quatre-Vents.",
            ("Page de la bibliothèque de l'école des Quatre-Vents.",),
        ),
    )
    ok_examples = (
        "Organisme officiel du Conseil scolaire du Nord-Ouest : page de l'École des Quatre-Vents. www.csno.ab.ca",
        "Enseignante à l'École Héritage. Mes opinions n'engagent que moi et ne représentent pas l'école ou le CSNO.",
    )

    def check(self, doc: Document, parsed: Any | None) -> Iterable[Hit]:
        if not _is_school_page(doc):
            return
        profile = _naming(doc)
        # « classe officielle », « organisme scolaire officiel », « « classe » ou « organisme » officiel »
        if not _designated(doc):
            yield Hit(
                0,
                len(doc.normalised.rstrip()),
                f"La description doit définir la page comme une « classe » ou un « organisme » officiel du "
                f"« {profile.board_name} ». Ajoutez par exemple : « Organisme officiel du {profile.board_name}. »",
            )


class OfficialLinks(Rule):
    """Vérifie qu'une page officielle donne les liens du site de l'école et du
    site du conseil (www.csno.ab.ca) (§5g)."""

    needs_naming = True
    code = "DES02"
    name = "liens-officiels"
    title = "Liens du site de l'école et du conseil"
    severity = Severity.WARNING
    clauses = ("CSNO-5G",)
    kinds = DESCRIPTION
    fail_examples = (
        Example(
            "Organisme officiel du Conseil scolaire du Nord-Ouest : page de l'École Héritage.",
            ("Organisme officiel du Conseil scolaire du Nord-Ouest : page de l'École Héritage.",),
        ),
    )
    ok_examples = (
        "Organisme officiel du Conseil scolaire du Nord-Ouest. heritage.csno.ab.ca et www.csno.ab.ca",
    )

    def check(self, doc: Document, parsed: Any | None) -> Iterable[Hit]:
        if not _is_school_page(doc):
            return
        profile = _naming(doc)
        domains = [
            # « www.csno.ab.ca. » ends a sentence: the dot is not part of the address.
            re.sub(r"^(?:https?://)?(?:www\.)?", "", m.group().lower())
            .split("/")[0]
            .rstrip(".,;:!?)»")
            for m in _URL.finditer(doc.normalised)
        ]
        board = profile.site.lower().removeprefix("www.")
        missing = []
        if board not in domains:
            missing.append(f"le site du conseil ({profile.site})")
        if not any(d and d != board for d in domains):  # « heritage.csno.ab.ca » is the school's
            missing.append("le site de l'école")
        if missing:
            yield Hit(
                0,
                len(doc.normalised.rstrip()),
                f"Liens manquants : {' et '.join(missing)} (§5g).",
            )


class EmployeeDisclaimer(Rule):
    """Vérifie que le profil personnel d'un employé identifié (il nomme le
    conseil ou son école et son emploi) indique clairement qu'il ne représente
    pas les opinions de l'école ou du conseil (§1b)."""

    needs_naming = True
    code = "DES03"
    name = "avis-non-representation"
    title = "Profil personnel d'employé sans avis de non-représentation"
    severity = Severity.WARNING
    clauses = ("CSNO-1B",)
    kinds = DESCRIPTION
    fail_examples = (
        Example(
            "Enseignante à l'École Héritage (CSNO). Maman de deux filles.",
            ("Enseignante à l'École Héritage (CSNO). Maman de deux filles.",),
        ),
    )
    ok_examples = (
        "Enseignante à l'École Héritage (CSNO). Mes opinions sont personnelles et ne représentent pas l'école ni le CSNO.",
        "Maman de deux filles, passionnée de plein air.",
    )

    def check(self, doc: Document, parsed: Any | None) -> Iterable[Hit]:
        text = doc.normalised
        identified = _names_board(doc) or _names_school(doc)
        # « Ancienne élève devenue enseignante »: the role now held is what counts.
        became = re.search(r"\bdevenue?s?\s+\w+", text, re.IGNORECASE)
        # A role held before (« Ancienne enseignante », « ex-secrétaire ») is not a job now.
        current = [
            m
            for m in _EMPLOYEE.finditer(text)
            if not re.search(r"(?:\bancien(?:ne)?s?\s+|\bex-)$", text[: m.start()], re.IGNORECASE)
        ]
        employee = current and (became or not _NOT_EMPLOYEE.search(text))
        # An official page that names its staff (« géré par deux enseignantes ») is no profile.
        if employee and identified and not _DISCLAIMER.search(text) and not _designated(doc):
            profile = _naming(doc)
            yield Hit(
                0,
                len(text.rstrip()),
                "Profil personnel d'un employé identifié : indiquez clairement que vous ne représentez pas "
                f"les opinions de l'école ou du {profile.board} (§1b), par exemple « Mes opinions sont "
                f"personnelles et ne représentent pas celles de l'école ou du {profile.board}. »",
            )


RULES = (OfficialDesignation, OfficialLinks, EmployeeDisclaimer)
