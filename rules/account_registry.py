"""DES, in a registry of accounts (``civisme comptes``): two administrators
including a teacher (CSNO §5a), a complete usage plan (§5b), and pedagogical
accounts closed, with an end date not passed and members 13 and over (CSTL
§3.2.1-3.2.2)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from typing import Any

from .account_names import NAME_KINDS
from .base import Example, Rule
from .clauses import references
from .document import Document
from .finding import Finding, Hit, Severity

REGISTRY_COLUMNS = (
    "ecole", "reseau", "nom", "type", "administrateurs", "objectif", "public_vise",
    "nature_information", "calendrier", "groupe_ferme", "date_fin", "age_minimum",
)  # fmt: skip
TYPES = ("officielle", "pedagogique", "personnelle")
PLAN_FIELDS = {
    "objectif": "l'objectif général",
    "public_vise": "le public visé",
    "nature_information": "la nature de l'information partagée",
    "calendrier": "le calendrier d'interactions et de mises à jour",
}
_ACCENTS = str.maketrans("éèêÉÈÊ", "eeeeee")


def account_type(row: Mapping[str, str]) -> str:
    """The ``type`` column, lower-case and without accents (« Pédagogique »
    is written by hand as often as « pedagogique »)."""
    return (row.get("type") or "").strip().lower().translate(_ACCENTS)


_TEACHER = re.compile(r"\b(?:enseignante?|prof(?:esseure?)?|titulaire)\b", re.IGNORECASE)


def _finding(rule: Rule, message: str, name: str) -> Finding:
    return Finding(
        rule.code, rule.name, rule.severity, message, 0, len(name), (), references(rule.clauses)
    )


class _RegistryRule(Rule):
    """Checked on a registry row by ``civisme comptes``, not on a text."""

    scope = "registre"
    kinds = NAME_KINDS

    def check(self, doc: Document, parsed: Any | None) -> Iterable[Hit]:
        return ()

    def check_row(self, row: Mapping[str, str], today: dt.date) -> Iterable[str]:
        raise NotImplementedError


class Administrators(_RegistryRule):
    """Vérifie qu'un compte officiel ou pédagogique a au moins deux
    administrateurs membres du personnel, dont au moins un enseignant (§5a).
    Colonne « administrateurs » : « Nom (rôle); Nom (rôle) »."""

    code = "DES04"
    name = "administrateurs"
    title = "Deux administrateurs, dont un enseignant"
    severity = Severity.ERROR
    clauses = ("CSNO-5A",)
    fail_examples = (Example("administrateurs : Julie Roy (direction)", ()),)
    ok_examples = ("administrateurs : Julie Roy (direction); Marc Gagnon (enseignant)",)

    def check_row(self, row: Mapping[str, str], today: dt.date) -> Iterable[str]:
        kind = account_type(row)
        if kind == "personnelle":
            return
        if kind not in TYPES:
            yield (
                f"Type de compte « {(row.get('type') or '').strip() or '—'} » inconnu "
                f"({', '.join(TYPES)}) : le compte est vérifié comme un compte officiel."
            )
        admins = [
            a.strip() for a in re.split(r"[;|]", row.get("administrateurs") or "") if a.strip()
        ]
        if len(admins) < 2:
            yield f"{len(admins)} administrateur{'s' if len(admins) > 1 else ''} : il en faut deux, membres du personnel (§5a)."
        if not any(_TEACHER.search(a) for a in admins):
            yield "Aucun administrateur n'est enseignant : au moins un des deux doit l'être (§5a)."


class UsagePlan(_RegistryRule):
    """Vérifie que le plan d'utilisation est complet : objectif général, public
    visé, nature de l'information partagée, calendrier (§5b)."""

    code = "DES05"
    name = "plan-utilisation"
    title = "Plan d'utilisation complet"
    severity = Severity.WARNING
    clauses = ("CSNO-5B",)
    fail_examples = (Example("objectif et public visé remplis, calendrier vide", ()),)
    ok_examples = ("les quatre champs du plan remplis",)

    def check_row(self, row: Mapping[str, str], today: dt.date) -> Iterable[str]:
        if account_type(row) == "personnelle":
            return
        missing = [
            label for column, label in PLAN_FIELDS.items() if not (row.get(column) or "").strip()
        ]
        if missing:
            yield f"Plan d'utilisation incomplet : il manque {', '.join(missing)} (§5b)."


class PedagogicalAccount(_RegistryRule):
    """Vérifie qu'un compte pédagogique est un groupe fermé, qu'il a une date
    de fin non dépassée (il doit être retiré une fois le projet terminé) et
    que ses élèves membres ont 13 ans ou plus (CSTL §3.2.1-3.2.2)."""

    code = "DES06"
    name = "compte-pedagogique"
    title = "Compte pédagogique : groupe fermé, date de fin, 13 ans et plus"
    severity = Severity.ERROR
    clauses = ("CSTL-322-PEDAGOGIQUE", "CSTL-322-TREIZE")
    fail_examples = (Example("pédagogique, groupe ouvert, fin 2024-06-30, 11 ans", ()),)
    ok_examples = ("pédagogique, groupe fermé, fin l'an prochain, 13 ans",)

    def check_row(self, row: Mapping[str, str], today: dt.date) -> Iterable[str]:
        if account_type(row) != "pedagogique":
            return
        if (row.get("groupe_ferme") or "").strip().lower() not in ("oui", "o", "yes", "vrai", "1"):
            yield "Un compte pédagogique doit être un groupe fermé (accessibilité restreinte)."
        end = (row.get("date_fin") or "").strip()
        if not end:
            yield "Date de fin manquante : le compte doit être retiré une fois le projet terminé."
        else:
            try:
                if dt.date.fromisoformat(end) < today:
                    yield f"Projet terminé le {end} : le compte doit être retiré."
            except ValueError:
                yield f"Date de fin illisible : « {end} » (format attendu : AAAA-MM-JJ)."
        age = (row.get("age_minimum") or "").strip()
        if not age.isdigit() or int(age) < 13:
            yield f"Âge minimum « {age or '—'} » : seuls les élèves de 13 ans et plus peuvent adhérer."


RULES = (Administrators, UsagePlan, PedagogicalAccount)


def check_registry_row(row: Mapping[str, str], today: dt.date) -> list[Finding]:
    name = (row.get("nom") or "").strip() or "(sans nom)"
    return [
        _finding(rule, message, name)
        for rule in (r() for r in RULES)
        for message in rule.check_row(row, today)
    ]
