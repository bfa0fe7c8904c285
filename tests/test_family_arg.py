"""ARG: internet slang and SMS spelling are flagged with their plain-French
fix; letters, units, sigles, standard abbreviations and Quebec vocabulary are
not."""

from __future__ import annotations

import pytest

from civisme.rules.slang import match_case

from .conftest import flagged

# (text, [(code, flagged, suggestion or None)])
MUST_FIRE = [
    # After a score or a number: still slang (only short units follow numbers).
    ("On a gagné 5-0 lol", [("ARG01", "lol", None)]),
    ("Le match de 2024\nStp apportez vos bottes.", [("ARG01", "Stp", "S'il vous plaît")]),
    ("Stp, rappelle-moi ce soir.", [("ARG01", "Stp", "S'il te plaît")]),
    ("Merci pour la soirée mdr", [("ARG01", "mdr", "mort de rire")]),
    ("Mdr, quelle soirée!", [("ARG01", "Mdr", "Mort de rire")]),
    (
        "Slt à tous, tkt pour demain.",
        [("ARG01", "Slt", "Salut"), ("ARG01", "tkt", "ne t'inquiète pas")],
    ),
    ("jsp si la sortie a lieu", [("ARG01", "jsp", "je ne sais pas")]),
    (
        "Apportez vos bottes stp, bcp de neige.",
        [("ARG01", "stp", "s'il vous plaît"), ("ARG01", "bcp", "beaucoup")],
    ),
    ("pk le bus est en retard?", [("ARG01", "pk", "pourquoi")]),
    ("Pk certains parents n'ont rien reçu?", [("ARG01", "Pk", "Pourquoi")]),
    (
        "qqn a vu mes clés? tjrs pas trouvées",
        [("ARG01", "qqn", "quelqu'un"), ("ARG01", "tjrs", "toujours")],
    ),
    ("c bon pour le match de demain", [("ARG01", "c", "c'est")]),
    ("g fini de corriger les examens", [("ARG01", "g", "j'ai")]),
    ("C réglé, merci!", [("ARG01", "C", "C'est")]),
    ("On se voit au rdv de 18 h, lol", [("ARG01", "rdv", "rendez-vous"), ("ARG01", "lol", None)]),
    ("Bonne fin de semaine, A+ tout le monde!", [("ARG01", "A+", "à plus tard")]),
    ("Cc tout le monde!", [("ARG01", "Cc", "Coucou")]),
    ("Jsais pas si jpeux venir.", [("ARG02", "Jsais", "Je sais"), ("ARG02", "jpeux", "je peux")]),
    (
        "C'était trooop bien, merciiii!",
        [("ARG03", "trooop", "trop"), ("ARG03", "merciiii", "merci")],
    ),
    ("Ouiiii on a gagné", [("ARG03", "Ouiiii", "Oui")]),
    (
        "M3rci à tous et b0nne s0irée!",
        [("ARG04", "M3rci", "Merci"), ("ARG04", "b0nne", "bonne"), ("ARG04", "s0irée", "soirée")],
    ),
    ("Tk, on se voit demain.", [("ARG05", "Tk", "En tout cas")]),
    (
        "Tsé, la sortie est annulée, fak on reste icitte.",
        [("ARG05", "Tsé", "Tu sais"), ("ARG05", "fak", "alors"), ("ARG05", "icitte", "ici")],
    ),
    ("On est arrivés pis on a mangé.", [("ARG05", "pis", "puis")]),
    ("Chu tellement fière de vous!", [("ARG05", "Chu", "Je suis")]),
]

# (the form the trap is aimed at, text)
MUST_NOT_FIRE = [
    ("cc", "Ajoutez 50 cc d'eau et mélangez."),
    ("g", "La recette demande 250 g de farine."),
    ("c", "La vitamine C renforce le système immunitaire."),
    ("c", "Écrivez la lettre c au tableau."),
    ("c", "Le plan C sera présenté c.-à-d. demain."),
    ("c", "Le groupe 6B et la classe C iront au musée."),
    ("c", "Dans l'accord de do, la note C est la tonique."),
    ("c", "Il fait 5 °C ce matin."),
    ("g", "Ajoutez 250 g de farine et 5 g de sel."),
    ("g", "La note G et le point G du graphique."),
    ("g", "Tous les r é f u g i é s sont bienvenus."),
    ("t", "Le point t sur l'axe du temps."),
    ("cc", "Cc : direction de l'école"),
    ("cc", "cc: secrétariat"),
    ("cc", "Un moteur de 50 cc pour la tondeuse."),
    ("pk", "Le PQ et le PLQ débattront à l'école."),
    ("cv", "Envoyez votre CV avant vendredi."),
    ("chu", "Le CHU de Québec accueille nos stagiaires."),
    ("avc", "Prévention des AVC : conférence gratuite."),
    ("pis", "Tant pis pour la pluie, on ira quand même."),
    ("pis", "La situation va de mal en pis."),
    ("ben", "Ben Tremblay a remporté le concours."),
    ("mdr", "Évitez les abréviations comme « mdr » dans vos messages."),
    ("mdr", "Le mot « lol » vient de l'anglais."),
    ("rdv", "Prenez RDV avec la direction."),
    ("lexique", "Mon chum m'a prêté son char pour aller magasiner tantôt."),
    ("lexique", "On va jaser avec ta blonde au dépanneur."),
    ("lexique", "OK, SVP répondez avant vendredi. RSVP au secrétariat."),
    ("lexique", "M. Roy et Mme Gagnon, p. 12, no 5, à 19 h, 3 km."),
    ("lexique", "Le dépôt : Cc6 et Fd4 aux échecs."),
    ("A+", "Elle a obtenu un A+ en mathématiques."),
    ("A+", "Les donneurs de sang du groupe A+ sont appelés."),
    ("jsais", "Jean et Jacques sont là. J'ai su."),
    ("etire", "Louis XIII et la section III; visitez www.csno.ab.ca."),
    ("etire", "L'infirmière Mme Gagnon et le bébé de Anne."),
    ("leet", "La COVID-19, le H1N1, le local 6B, les MP3, le CO2 et les élèves de 4e et de 1re."),
    ("leet", "Le code postal T5K 1M7 et la salle B-214."),
    ("leet", "Écrivez à info@csno.ab.ca ou @EcoleCSNO."),
]


@pytest.mark.parametrize(("text", "expected"), MUST_FIRE)
def test_slang_is_flagged_with_its_fix(check, text: str, expected) -> None:
    findings = check(text, "ARG")
    got = [
        (f.code, text[f.start : f.end], f.suggestions[0] if f.suggestions else None)
        for f in findings
    ]
    assert got == expected


@pytest.mark.parametrize(("target", "text"), MUST_NOT_FIRE)
def test_not_slang_is_not_flagged(check, target: str, text: str) -> None:
    assert flagged(text, check(text, "ARG")) == []


def test_traps_outnumber_hits() -> None:
    assert len(MUST_NOT_FIRE) >= len(MUST_FIRE)


@pytest.mark.parametrize(
    ("original", "suggestion", "expected"),
    [
        ("mdr", "mort de rire", "mort de rire"),
        ("Mdr", "mort de rire", "Mort de rire"),
        ("MDR", "mort de rire", "Mort de rire"),
    ],
)
def test_suggestions_keep_the_original_capital(
    original: str, suggestion: str, expected: str
) -> None:
    assert match_case(original, suggestion) == expected


def test_quebec_oral_forms_are_info_and_sms_forms_warnings(check) -> None:
    findings = {f.code: f.severity.value for f in check("Tsé, slt!", "ARG")}
    assert findings == {"ARG05": "info", "ARG01": "warning"}


def test_wikipedia_sample_has_no_slang(check, shared_dir) -> None:
    import json

    path = shared_dir / "benchmarks" / "wikipedia_clean_fr.jsonl"
    texts = [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines()]
    assert [t[:40] for t in texts if check(t, "ARG")] == []
