"""CRI: public criticism of the employer, the school, colleagues, students or
parents is flagged; criticism of a film, the weather or a referee, praise of
the board, neutral announcements and refuted prejudice are not."""

from __future__ import annotations

import pytest

MUST_FIRE = [
    "Franchement, la direction est complètement déconnectée.",
    "Mes élèves de cette année sont d'une paresse incroyable.",
    "Encore une décision absurde du centre de services.",
    "Les parents de ma classe ne lisent jamais rien.",
    "Le CSS se fout de nous, comme d'habitude.",
    "Merci à l'administration pour rien.",
    "Réunion de trois heures pour rien, imposée par la direction 🙄",
    "Quelle administration incompétente!",
    "Certains collègues pourraient faire un effort pour leurs surveillances.",
    "Le district a encore coupé dans les services. Belle priorité.",
]

MUST_NOT_FIRE = [
    "Le film de vendredi était franchement ridicule, mais on a bien ri.",
    "Ce mois de février est vraiment décourageant : encore de la pluie verglaçante.",
    "L'arbitrage du match d'hier était une honte, selon mes élèves de 6e.",
    "Un immense merci au centre de services pour notre nouveau gymnase!",
    "Nos élèves sont formidables et la direction est très présente.",
    "Non, nos élèves ne sont pas paresseux : ils travaillent fort.",
    "Le préjugé selon lequel les jeunes sont paresseux a la vie dure.",
    "La direction veut vos commentaires sur le nouvel horaire : répondez au sondage.",
    "La rentrée a été exigeante, mais quelle fierté de voir nos petits si autonomes.",
    "Les élèves ont trouvé la fin du roman bâclée : beau débat en classe!",
    "Ma planification de la semaine était un fiasco total 😂 mes élèves m'ont sauvée.",
]


@pytest.mark.parametrize("text", MUST_FIRE)
def test_criticism_of_the_school_community_is_flagged(check, text: str) -> None:
    assert [f.code for f in check(text, "CRI")] == ["CRI01"]


@pytest.mark.parametrize("text", MUST_NOT_FIRE)
def test_other_criticism_praise_and_refutation_are_not_flagged(check, text: str) -> None:
    assert check(text, "CRI") == []


def test_traps_outnumber_hits() -> None:
    assert len(MUST_NOT_FIRE) >= len(MUST_FIRE)


def test_criticism_is_a_warning_that_points_to_private_channels(check) -> None:
    (finding,) = check("La direction est incompétente.", "CRI")
    assert finding.severity.value == "warning"
    assert "en privé" in finding.message and finding.suggestions == ()
