"""TON: repeated punctuation, capitals with it, familiarity and written
sarcasm are flagged; a single mark, « ?! », warm but professional wording and
friendly emojis are not."""

from __future__ import annotations

import pytest

from .conftest import flagged

MUST_FIRE = [
    ("Bravo à nos finissants!!!", [("TON01", "!!!")]),
    ("Vous êtes sérieux??", [("TON01", "??")]),
    ("Quelle soirée?!?!", [("TON01", "?!?!")]),
    ("Incroyable ! ! !", [("TON01", "! ! !")]),
    (
        "C'EST INACCEPTABLE!!! Les parents attendent.",
        [("TON02", "C'EST INACCEPTABLE!!!"), ("TON01", "!!!")],
    ),
    (
        "Merci de NE PAS stationner ici!!!",
        [("TON02", "NE PAS stationner ici!!!"), ("TON01", "!!!")],
    ),
    ("Bonne fin de semaine mes cocos!", [("TON03", "mes cocos")]),
    ("Gros becs à tous mes élèves xoxo", [("TON03", "Gros becs"), ("TON03", "xoxo")]),
    ("Je vous aime mes chéris", [("TON03", "Je vous aime"), ("TON03", "mes chéris")]),
    ("Encore une belle décision du comité 🙄", [("TON04", "🙄")]),
    ("Ben voyons donc, encore un congé.", [("TON04", "Ben voyons donc")]),
]

MUST_NOT_FIRE = [
    ("TON01", "Bravo à nos finissants! Quelle soirée."),
    ("TON01", "Vraiment?! Quelle surprise."),
    ("TON01", "Qui vient? Qui reste? Répondez avant vendredi."),
    ("TON01", "Soirée « Rires et chansons! » au gymnase."),
    ("TON02", "ON A GAGNÉ! Bravo!!"),
    ("TON02", "La CSSPO vous remercie!!"),
    ("TON02", "Félicitations à l'équipe du RSEQ!!"),
    ("TON03", "Bonne fin de semaine à tous nos élèves et à leurs familles!"),
    ("TON03", "Le bec-scie et le chou-fleur du jardin pédagogique."),
    ("TON03", "Nos petits trésors de la maternelle ont présenté leurs bricolages."),
    ("TON03", "Ma collègue et mon directeur vous saluent."),
    ("TON04", "Bravo au comité pour cette belle décision! 😊"),
    ("TON04", "Les élèves ont étudié le sarcasme chez Molière."),
    ("TON04", "Lisez les pages 10/15 et 20/30."),
]


@pytest.mark.parametrize(("text", "expected"), MUST_FIRE)
def test_tone_is_flagged(check, text: str, expected) -> None:
    assert [(f.code, text[f.start : f.end]) for f in check(text, "TON")] == expected


@pytest.mark.parametrize(("target", "text"), MUST_NOT_FIRE)
def test_calm_professional_text_is_not_flagged(check, target: str, text: str) -> None:
    # TON02's traps hold « !! » on purpose: only the rule aimed at must stay silent.
    assert flagged(text, check(text, target)) == []


def test_traps_outnumber_hits() -> None:
    assert len(MUST_NOT_FIRE) >= len(MUST_FIRE)


def test_repeated_punctuation_fix_keeps_one_mark(check) -> None:
    (finding,) = check("Vous venez??", "TON01")
    assert finding.suggestions == ("?",)


def test_inflammatory_tone_is_an_error_without_automatic_fix(check) -> None:
    findings = [f for f in check("C'EST INACCEPTABLE!!!", "TON") if f.code == "TON02"]
    assert findings[0].severity.value == "error" and findings[0].suggestions == ()
