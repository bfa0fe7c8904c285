"""SRC: borrowed material with no credit is flagged; the same material with a
credit, a link or an author, and the staff's own material, are not."""

from __future__ import annotations

import pytest

MUST_FIRE = [
    "Belle image trouvée sur Pinterest pour la rentrée!",
    "« Un enfant qui lit aujourd'hui sera un adulte qui pense demain. »",
    "Je vous partage cet article sur le sommeil des ados, à lire!",
    "Comme disait l'autre : « La patience est amère, mais son fruit est doux. »",
    "Notre montage vidéo de l'année, sur une chanson à la mode 🎵",
    "Petit texte copié-collé d'un groupe Facebook, tellement vrai!",
]

MUST_NOT_FIRE = [
    "Image trouvée sur Pinterest (source : Les Petits Artistes).",
    "« Un enfant qui lit sera un adulte qui pense. » — Proverbe affiché dans notre biblio",
    "Je vous partage cet article : https://ici.radio-canada.ca/sommeil-ados",
    "Photos prises par nos élèves lors de la sortie au parc.",
    "Photo : Marie Roy. Merci pour ces beaux souvenirs!",
    "La source du ruisseau est à deux kilomètres de l'école.",
    "Voici les paroles de notre chanson de fin d'année, écrites par les élèves de 6e.",
    "Pas de copier-coller dans vos travaux : citez vos sources!",
]


@pytest.mark.parametrize("text", MUST_FIRE)
def test_borrowed_material_without_credit_is_flagged(check, text: str) -> None:
    assert [f.code for f in check(text, "SRC")] == ["SRC01"]


@pytest.mark.parametrize("text", MUST_NOT_FIRE)
def test_credited_or_own_material_is_not_flagged(check, text: str) -> None:
    assert check(text, "SRC") == []


def test_traps_outnumber_hits() -> None:
    assert len(MUST_NOT_FIRE) >= len(MUST_FIRE)
