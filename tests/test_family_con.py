"""CON: litigation, a student's file or discipline tied to an identifiable
student, a staff member's discipline and unpublished decisions are flagged;
general posts on health, lessons, news elsewhere and public budgets are not."""

from __future__ import annotations

import pytest

MUST_FIRE = [
    ("Un parent nous a envoyé une mise en demeure ce matin.", "CON01"),
    ("Le syndicat a déposé un grief contre notre direction.", "CON01"),
    ("Le district est poursuivi par un ancien employé.", "CON01"),
    ("Félix T. a reçu son diagnostic de dyslexie hier.", "CON02"),
    ("Un élève de ma classe de 4e B est suspendu trois jours.", "CON02"),
    ("Notre concierge a été congédié la semaine passée.", "CON02"),
    ("Entre nous, l'école fermera en juin; ce n'est pas encore annoncé.", "CON03"),
    ("Les soumissions pour le gymnase sont rentrées : 80 000 $ moins cher chez Roy.", "CON03"),
]

MUST_NOT_FIRE = [
    "Selon Radio-Canada, une poursuite vise un conseil scolaire de l'Ontario.",
    "La poursuite de nos activités parascolaires est confirmée.",
    "En 4e secondaire, on apprend à rédiger une mise en demeure fictive.",
    "Conférence pour les parents : comment accompagner un enfant ayant un TDAH.",
    "Les activités extérieures sont suspendues à cause de la tempête.",
    "Le code de vie prévoit une suspension en cas d'intimidation.",
    "Le budget 2026-2027 adopté en séance publique est en ligne.",
    "Vos réponses au sondage resteront confidentielles.",
    "Semaine de sensibilisation à l'autisme : nos élèves ont créé des affiches.",
    "Le dossier de la semaine : le recyclage à l'école!",
]


@pytest.mark.parametrize(("text", "code"), MUST_FIRE)
def test_confidential_matters_are_flagged(check, text: str, code: str) -> None:
    assert code in [f.code for f in check(text, "CON")]


@pytest.mark.parametrize("text", MUST_NOT_FIRE)
def test_general_or_public_matters_are_not_flagged(check, text: str) -> None:
    assert check(text, "CON") == []


def test_traps_outnumber_hits() -> None:
    assert len(MUST_NOT_FIRE) >= len(MUST_FIRE)
