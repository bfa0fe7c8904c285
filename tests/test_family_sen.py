"""SEN: partisan politics and proselytising are noted (info); civics lessons,
student elections, a polling station, school holidays and greetings are not."""

from __future__ import annotations

import pytest

MUST_FIRE = [
    ("Le 5 octobre, votez pour la CAQ!", "SEN01"),
    ("Le gouvernement Legault est une honte pour l'éducation.", "SEN01"),
    ("Ce gouvernement ne mérite pas un deuxième mandat.", "SEN01"),
    ("Allez voter pour Sylvie Gagnon, candidate dans Chapleau!", "SEN01"),
    ("Je fais du porte-à-porte samedi pour notre candidat libéral.", "SEN01"),
    ("Ouvrez votre cœur à Jésus, il vous aime.", "SEN02"),
    ("La Bible dit que seul Dieu peut sauver nos jeunes.", "SEN02"),
    ("Je lance un défi à mes élèves : le chapelet en famille chaque soir.", "SEN02"),
]

MUST_NOT_FIRE = [
    "Nos élèves de 6e ont appris comment fonctionne une élection provinciale.",
    "Votez pour le meilleur costume d'Halloween!",
    "Élection du conseil étudiant : votez pour vos représentants jeudi.",
    "Le gymnase sera un bureau de vote le 5 octobre : pas d'éducation physique.",
    "Joyeux Diwali et bon Ramadan à toutes nos familles!",
    "Nos élèves ont chanté au concert de Noël de la paroisse.",
    "Visite de la cathédrale avec les 5e année : quelle architecture!",
    "Mon Dieu que la soirée était belle! Merci à tous.",
    "Bravo à Emma Smith pour sa médaille d'or!",
]


@pytest.mark.parametrize(("text", "code"), MUST_FIRE)
def test_partisan_or_proselytising_text_is_noted(check, text: str, code: str) -> None:
    assert code in [f.code for f in check(text, "SEN")]


@pytest.mark.parametrize("text", MUST_NOT_FIRE)
def test_civics_holidays_and_greetings_are_not_noted(check, text: str) -> None:
    assert check(text, "SEN") == []


def test_traps_outnumber_hits() -> None:
    assert len(MUST_NOT_FIRE) >= len(MUST_FIRE)


def test_sensitive_topics_are_info_only(check) -> None:
    assert {f.severity.value for f in check("Votez pour le PQ!", "SEN")} == {"info"}
