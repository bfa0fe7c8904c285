"""DES: account descriptions (``verifier --type description``), CSNO directive
142 §1b, §5g and « Créer un compte »: an official page says it is an official
« classe » or « organisme » of the board and links to the school's and the
board's sites; an identified employee's personal profile says it does not
represent the school or the board."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from civisme.lexicons.loader import fold, naming_profile

from .base import Example, Rule
from .document import Document, DocumentKind
from .finding import Hit, Severity

DESCRIPTION = frozenset({DocumentKind.DESCRIPTION})

# A personal profile speaks in the first person about the person's job.
_PERSONAL = re.compile(
    r"\b(?:je suis|j'enseigne|j'aime|mes opinions|mon compte|mes propos|maman|papa|passionnée?|"
    r"enseignante? (?:à|a|de|au)|prof (?:à|a|de|au)|technicienne? (?:à|a|au)|éducatrice? (?:à|a|au)|"
    r"travaille (?:à|a|au|pour))\b",
    re.IGNORECASE,
)
_DISCLAIMER = re.compile(
    r"ne (?:représente|représentent|reflète|reflètent|engage|engagent)\w* (?:pas|que)|"
    r"n'engag\w* que moi|opinions? (?:sont|est) (?:les miennes|personnelles?|la mienne)|"
    r"propos (?:sont|n'engagent) (?:personnels|que moi)|à titre personnel",
    re.IGNORECASE,
)
_URL = re.compile(
    r"(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:ca|com|org|net)\b", re.IGNORECASE
)


def _is_personal(doc: Document) -> bool:
    return _PERSONAL.search(doc.normalised) is not None


def _names_board(doc: Document) -> bool:
    profile = naming_profile(doc.metadata.get("profil", "csno"))
    text = fold(doc.normalised)
    return profile.board.lower() in re.findall(r"[a-z]+", text) or fold(profile.board_name) in text


class OfficialDesignation(Rule):
    """Vérifie que la description d'une page officielle la définit comme une
    « classe » ou un « organisme » officiel du « Conseil scolaire du
    Nord-Ouest » (« Créer un compte »). Un profil personnel n'est pas visé."""

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
        if _is_personal(doc) or not doc.normalised.strip():
            return
        profile = naming_profile(doc.metadata.get("profil", "csno"))
        text = fold(doc.normalised)
        designated = (
            re.search(r"\b(?:classe|organisme)s? officiel", text)
            and fold(profile.board_name) in text
        )
        if not designated:
            yield Hit(
                0,
                len(doc.normalised.rstrip()),
                f"La description doit définir la page comme une « classe » ou un « organisme » officiel du "
                f"« {profile.board_name} ». Ajoutez par exemple : « Organisme officiel du {profile.board_name}. »",
            )


class OfficialLinks(Rule):
    """Vérifie qu'une page officielle donne les liens du site de l'école et du
    site du conseil (www.csno.ab.ca) (§5g)."""

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
        if _is_personal(doc) or not doc.normalised.strip():
            return
        profile = naming_profile(doc.metadata.get("profil", "csno"))
        domains = [
            re.sub(r"^(?:https?://)?(?:www\.)?", "", m.group().lower()).split("/")[0]
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
        identified = _names_board(doc) or re.search(r"\bécole\b", text, re.IGNORECASE)
        if _is_personal(doc) and identified and not _DISCLAIMER.search(text):
            profile = naming_profile(doc.metadata.get("profil", "csno"))
            yield Hit(
                0,
                len(text.rstrip()),
                "Profil personnel d'un employé identifié : indiquez clairement que vous ne représentez pas "
                f"les opinions de l'école ou du {profile.board} (§1b), par exemple « Mes opinions sont "
                f"personnelles et ne représentent pas celles de l'école ou du {profile.board}. »",
            )


RULES = (OfficialDesignation, OfficialLinks, EmployeeDisclaimer)
