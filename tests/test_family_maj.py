"""MAJ: shouted sentences and words are flagged; acronyms, numerals, codes,
names, datelines, addresses and single letters never are."""

from __future__ import annotations

import pytest

from .conftest import flagged

# (text, code, flagged substrings)
MUST_FIRE = [
    ("Nous sommes PRIÉS de ne pas stationner devant l'école.", "MAJ02", ["PRIÉS"]),
    ("ON A GAGNÉ!!!", "MAJ01", ["ON A GAGNÉ"]),
    ("ON A GAGNÉ LE TOURNOI!!!", "MAJ01", ["ON A GAGNÉ LE TOURNOI"]),
    ("L'ÉCOLE SERA FERMÉE DEMAIN.", "MAJ01", ["L'ÉCOLE SERA FERMÉE DEMAIN"]),
    (
        "Bonjour. RAPPEL IMPORTANT POUR TOUS LES PARENTS.",
        "MAJ01",
        ["RAPPEL IMPORTANT POUR TOUS LES PARENTS"],
    ),
    ("URGENT : ÉCOLE FERMÉE", "MAJ01", ["URGENT : ÉCOLE FERMÉE"]),
    (
        "LA CSSPO ANNONCE LA FERMETURE DES ÉCOLES",
        "MAJ01",
        ["LA CSSPO ANNONCE LA FERMETURE DES ÉCOLES"],
    ),
    (
        "MERCI À TOUS LES BÉNÉVOLES DU SOUPER SPAGHETTI!",
        "MAJ01",
        ["MERCI À TOUS LES BÉNÉVOLES DU SOUPER SPAGHETTI"],
    ),
    ("Il est INTERDIT de courir dans les corridors.", "MAJ02", ["INTERDIT"]),
    ("URGENT : la sortie au musée est reportée.", "MAJ02", ["URGENT"]),
    ("On a GAGNÉ!!!", "MAJ02", ["GAGNÉ"]),
    ("C'est TRÈS TRÈS important de signer le formulaire.", "MAJ02", ["TRÈS TRÈS"]),
    ("Le service de garde sera AUSSI fermé.", "MAJ02", ["AUSSI"]),
    ("Apportez vos bottes, c'est OBLIGATOIRE pour la sortie.", "MAJ02", ["OBLIGATOIRE"]),
    ("Réponse : NON.", "MAJ02", ["NON"]),
    (
        "Les inscriptions se font AVANT vendredi et JAMAIS par téléphone.",
        "MAJ02",
        ["AVANT", "JAMAIS"],
    ),
    ("Bravo À TOUS NOS ÉLÈVES pour leur participation.", "MAJ02", ["TOUS NOS ÉLÈVES"]),
    ("La réunion est ANNULÉE ce soir.", "MAJ02", ["ANNULÉE"]),
    ("Les élèves de l'ÉCOLE SONT EN CONGÉ lundi.", "MAJ02", ["l'ÉCOLE SONT EN CONGÉ"]),
    ("Le spectacle est GRATUIT pour les familles.", "MAJ02", ["GRATUIT"]),
    ("Merci de NE PAS stationner devant l'école.", "MAJ02", ["NE PAS"]),
]

MUST_NOT_FIRE = [
    # acronyms and initialisms, known or unknown
    "La NASA a répondu aux questions de nos élèves.",
    "Merci à l'AFÉSEO, au RDÉE et à l'APÉ de leur appui.",
    "Le CÉFÉ offre des ateliers aux familles.",
    "La CSSPO et le CSNO saluent les élèves du PEI.",
    "Le TDAH, la RAMQ et le CLSC : une soirée d'information pour les parents.",
    "Les TES et la TTS rencontreront les parents au CÉ.",
    "Le CIUSSS, la CNESST et la SAAQ ont publié leurs consignes.",
    "Les élèves de l'ÉNF et de l'ÉQV participeront au tournoi du RSEQ.",
    "Le FCPQ et l'ACFO organisent une formation.",
    "La GRC et la SQ ont visité l'école.",
    "Programme SPVM-jeunesse : inscriptions ouvertes.",
    # roman numerals, codes with digits, units
    "Louis XIV et la COVID-19 au programme d'histoire de 6B.",
    "Le chapitre XII du manuel et la vague H1N1 de 2009.",
    "Le XXIe siècle commence en l'an 2001.",
    "Branchez le câble USB et ouvrez le PDF de 2 MB.",
    "La partie commence à 19 h HNE sur TV5.",
    # datelines
    "QUÉBEC, le 3 mars 2026 — Le Centre de services scolaire annonce un nouveau programme.",
    "SAINT-JÉRÔME, 12 mai 2026 – La commission scolaire accueille 300 nouveaux élèves.",
    "GATINEAU (Québec), le 1er février 2026 — Ouverture d'une classe.",
    # names written the administrative way
    "Julie TREMBLAY, enseignante de 4e année, et M. GAGNON animeront la soirée.",
    "TREMBLAY, Julie — technicienne en loisirs",
    "Marie-Ève BOUCHARD et Jean-François CÔTÉ présenteront le projet.",
    "Mme LAVOIE remercie les parents.",
    # URLs, mentions, hashtags, e-mail headers
    "Rendez-vous sur https://www.csno.ab.ca/INSCRIPTION avec #FIERTÉ et @EcoleCSNO.",
    "Visitez WWW.CSNO.AB.CA pour les détails.",
    "Objet : RAPPEL SORTIE\nBonjour à tous, voici le rappel.",
    # single letters, OK, SVP, mixed case
    "Plan B : la sortie aura lieu au gymnase. OK?",
    "Répondez SVP avant vendredi.",
    "Les élèves utilisent des iPad et PowerSchool.",
    "A. Lapointe et B. Gagnon sont en 6e année.",
    "Vitamine C et groupe 6B au local B-214.",
    # ordinary writing
    "Bonne semaine à tous les élèves!",
    "",
]


@pytest.mark.parametrize(("text", "code", "expected"), MUST_FIRE)
def test_shouting_is_flagged(check, text: str, code: str, expected: list[str]) -> None:
    findings = check(text, "MAJ")
    assert [f.code for f in findings] == [code] * len(expected)
    assert flagged(text, findings) == expected


@pytest.mark.parametrize("text", MUST_NOT_FIRE)
def test_not_shouting_is_not_flagged(check, text: str) -> None:
    assert flagged(text, check(text, "MAJ")) == []


def test_traps_outnumber_hits() -> None:
    assert len(MUST_NOT_FIRE) >= len(MUST_FIRE)


@pytest.mark.parametrize(
    ("text", "suggestion"),
    [
        ("ON A GAGNÉ!!!", "On a gagné"),
        ("LA CSSPO ANNONCE LA FERMETURE", "La CSSPO annonce la fermeture"),
        ("Il est INTERDIT de courir.", "interdit"),
        ("URGENT : la sortie est reportée.", "Urgent"),
        ("Bravo À TOUS NOS ÉLÈVES pour tout.", "tous nos élèves"),
    ],
)
def test_suggestion_is_normal_case_keeping_acronyms(check, text: str, suggestion: str) -> None:
    (finding,) = check(text, "MAJ")
    assert finding.suggestions == (suggestion,)


def test_suggestion_keeps_original_apostrophe(check) -> None:
    text = "L’ÉCOLE SERA FERMÉE DEMAIN."
    (finding,) = check(text, "MAJ")
    assert finding.suggestions == ("L’école sera fermée demain",)


def test_sentence_is_worse_than_word(check) -> None:
    (sentence,) = check("ON A GAGNÉ LE MATCH", "MAJ")
    (word,) = check("On a GAGNÉ le match", "MAJ")
    assert sentence.severity.rank > word.severity.rank


def test_message_says_what_to_do_instead(check) -> None:
    (finding,) = check("Il est INTERDIT de courir.", "MAJ")
    assert "gras" in finding.message and "italique" in finding.message


def test_offsets_point_into_original_text_with_invisible_characters(check) -> None:
    text = "Il est IN\u200bTERDIT de courir."
    (finding,) = check(text, "MAJ")
    assert text[finding.start : finding.end] == "IN\u200bTERDIT"


def test_decomposed_accents_are_handled(check) -> None:
    text = "On a GAGNE\u0301 hier."  # « GAGNÉ » with a combining accent
    (finding,) = check(text, "MAJ")
    assert text[finding.start : finding.end] == "GAGNE\u0301"
    assert finding.suggestions == ("gagne\u0301",)
