"""HOS10, CRI02, CON04 and PUB03, the classifier's findings: veiled threats,
insinuation, criticism by sarcasm, a pupil's private situation and a sales
pitch that no phrase rule sees are flagged as warnings; praise, support,
ordinary school news, public announcements, school fundraisers, mentions and
criticism of things outside the school are not. None of these sentences is in
the training data."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from civisme.rules.finding import Severity
from civisme.rules.text_classifier import family_models

ROOT = Path(__file__).resolve().parent.parent

LIKELY_HOSTILE = [
    "Demandez-vous pourquoi le surveillant reste toujours seul dans le vestiaire avec les petits.",
    "Je sais c'est quoi ton char pis à quelle heure tu pars le soir. Fais attention.",
]

LIKELY_CRITICISM = [
    "Le CSS trouve toujours de l'argent pour ses bureaux, jamais pour nos élèves. Belles priorités.",
    "La direction nous annonce le calendrier la veille, comme d'habitude. Merci pour l'organisation.",
    "Trois courriels à la direction, zéro retour. On se sent vraiment écoutés.",
]

LIKELY_CONFIDENTIAL = [
    "Le petit Noah a encore mordu un ami, ses parents sont convoqués demain matin.",
    "La petite Rosalie de 2e pleure tous les matins depuis que son père est parti de la maison.",
    "Émile, mon élève de 3e, vit en famille d'accueil depuis l'automne, soyez doux avec lui.",
]

LIKELY_SOLICITATION = [
    "Qui veut essayer mes shakes? Je cherche 5 personnes motivées pour mon groupe de janvier 💪",
    "Inscris-toi avec mon lien et on reçoit chacun un crédit sur ta première commande 🛒",
    "Ma sœur fait des gâteaux de fête incroyables, contactez-la pour vos anniversaires 🎂",
]

NEITHER = [
    # public or general news on the topics of CON and PUB
    "Semaine de la santé mentale : parlez-en, demandez de l'aide, on est là pour vous.",
    "Le budget adopté au conseil de mardi est en ligne sur le site du centre de services.",
    "Mme Roy prend sa retraite en juin après 32 ans à l'école.",
    "Je pars en congé de maternité vendredi, merci pour vos beaux mots!",
    "12 % de nos élèves ont un plan d'intervention : merci aux orthopédagogues qui les accompagnent.",
    "La vente de chocolat de la fondation finance le voyage des finissants : merci!",
    "Souper communautaire gratuit au gymnase jeudi à 17 h, bienvenue à tous.",
    "Les photos scolaires sont à 25 $ le paquet, commande en ligne d'ici le 10.",
    "Le club de lecture de la bibliothèque municipale est gratuit et ouvert aux ados.",
    "Le marché de Noël de l'école accueille des artisans locaux samedi, entrée libre.",
    "Rappel : le stationnement de l'école sera déneigé vendredi matin.",
    "Bravo à toute l'équipe du CSS pour l'organisation de la rentrée!",
    "On pense fort à toi, Julie, prends soin de toi et reviens-nous en forme.",
    "Le film de vendredi était vraiment ennuyant, mais le maïs soufflé était bon.",
    "Nos élèves ont préparé une magnifique exposition sur la diversité culturelle.",
    "La réunion de parents est reportée au 12 mars en raison de la tempête.",
    "Nous dénonçons fermement les messages haineux reçus cette semaine par une famille.",
    "L'équipe de volleyball va vous écraser samedi, préparez-vous! 🏐",
    "Merci à notre concierge, Marc, qui a réparé la porte du gymnase en un temps record.",
    "Tu vas adorer le spectacle de fin d'année, les élèves répètent depuis janvier.",
    "Le trafic sur le boulevard était infernal ce matin, partez plus tôt demain.",
    "Félicitations à Mme Arsenault pour ses 30 ans de carrière à l'école!",
]


# Veiled hostility without marked words, criticism by sarcasm, a recognisable
# pupil's private situation, a sales pitch without a price.
GUESSES = [
    *(("HOS", "HOS10", t) for t in LIKELY_HOSTILE),
    *(("CRI", "CRI02", t) for t in LIKELY_CRITICISM),
    *(("CON", "CON04", t) for t in LIKELY_CONFIDENTIAL),
    *(("PUB", "PUB03", t) for t in LIKELY_SOLICITATION),
]


@pytest.mark.parametrize(("family", "code", "text"), GUESSES)
def test_what_only_the_classifier_sees_is_a_warning_of_its_family(
    check, family: str, code: str, text: str
) -> None:
    findings = check(text, family)
    assert [f.code for f in findings] == [code]
    assert findings[0].severity is Severity.WARNING


@pytest.mark.parametrize("text", NEITHER)
def test_praise_support_news_and_outside_criticism_are_not_flagged(check, text: str) -> None:
    assert [f.code for f in check(text, "HOS10", "CRI02", "CON04", "PUB03")] == []


HITS = LIKELY_HOSTILE + LIKELY_CRITICISM + LIKELY_CONFIDENTIAL + LIKELY_SOLICITATION


def test_traps_outnumber_hits() -> None:
    assert len(NEITHER) >= len(HITS)


def test_the_sentences_here_are_not_in_the_training_data() -> None:
    trained = set()
    for path in (ROOT / "training" / "data").glob("*.jsonl"):
        trained |= {
            json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines()
        }
    assert trained.isdisjoint(HITS + NEITHER)


def test_a_guess_is_dropped_where_a_phrase_rule_already_flags_the_passage(check) -> None:
    # « je sais où tu restes » is a phrase of HOS05; alone, the classifier flags it too.
    text = "Fais attention, je sais où tu restes."
    assert [f.code for f in check(text, "HOS10")] == ["HOS10"]
    codes = [f.code for f in check(text, "HOS")]
    assert "HOS05" in codes and "HOS10" not in codes


def test_a_reported_passage_is_not_flagged_though_the_model_scores_it_high(check) -> None:
    text = "Ils continuent à dire que les immigrants devraient retourner dans leur pays."
    model = family_models()["HOS"]
    assert model.probability(text) >= model.threshold  # the guard, not the score, keeps it quiet
    assert "HOS10" not in [f.code for f in check(text, "HOS")]


ONE_SENTENCE_AMONG_NEWS = [
    (
        "La vente de pâtisseries a lieu jeudi au gymnase, merci d'apporter vos contenants. "
        "Les gens de cette religion-là devraient rester chez eux au lieu de venir changer nos écoles."
    ),
    (
        "Le spectacle de fin d'année est le 12 juin à 19 h, les billets sont en vente au "
        "secrétariat. Tout le monde sait que ce prof-là touche aux petites filles dans sa classe."
    ),
]


@pytest.mark.parametrize("text", ONE_SENTENCE_AMONG_NEWS)
def test_a_hostile_sentence_diluted_by_news_is_scored_alone(check, monkeypatch, text: str) -> None:
    hostile = text.partition(". ")[2]
    (finding,) = check(text, "HOS10")
    assert text[finding.start : finding.end] == hostile
    # The same post where the whole text never reaches the threshold: the piece does.
    model = family_models()["HOS"]
    blind = dataclasses.replace(model, threshold=1.01)
    monkeypatch.setitem(family_models(), "HOS", blind)
    (finding,) = check(text, "HOS10")
    assert text[finding.start : finding.end] == hostile
    # And without a piece threshold, nothing.
    monkeypatch.setitem(family_models(), "HOS", dataclasses.replace(blind, piece_threshold=2.0))
    assert check(text, "HOS10") == []


@pytest.mark.parametrize(
    "text",
    [
        # Long posts of ordinary news, and liturgical words in their church: nothing alone.
        "Rappel : la photo scolaire est mardi. Les reprises auront lieu en novembre au gymnase. "
        "Merci aux bénévoles qui aident à l'accueil des familles ce matin-là.",
        "Première communion dimanche à la paroisse Saint-Louis. Le prêtre présentera le ciboire "
        "et le calice aux enfants. Une collation suivra au sous-sol de l'église.",
        "Notre équipe de hockey a perdu 6 à 1 contre les Titans samedi. Les gars vont se reprendre "
        "au prochain match, on y croit! Merci aux parents pour le transport.",
    ],
)
def test_ordinary_long_posts_have_no_sentence_flagged_alone(check, text: str) -> None:
    assert check(text, "HOS10") == []


def test_piece_threshold_is_where_the_texts_only_a_piece_flags_reach_the_precision() -> None:
    import importlib.util

    import numpy as np

    spec = importlib.util.spec_from_file_location(
        "train_classifier", ROOT / "training" / "train_classifier.py"
    )
    training = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(training)
    # 30 texts under the whole-text threshold; pieces of 0.99 and more: 24 right, 1 wrong.
    y = np.array([True] * 24 + [False] * 6)
    whole = np.full(30, 0.5)
    piece = np.array([0.995] * 24 + [0.991] + [0.5] * 5)
    threshold, added, precision = training.piece_threshold_for(y, whole, piece, 0.8, 0.94)
    assert (threshold, added, round(precision, 3)) == (0.991, 25, 0.96)
    # Fewer than 20 texts gained: no piece threshold at all.
    assert training.piece_threshold_for(y[:15], whole[:15], piece[:15], 0.8, 0.94)[0] == 2.0


def test_the_shipped_model_scores_pieces_alone_for_hos_only() -> None:
    models = family_models()
    assert models["HOS"].threshold < models["HOS"].piece_threshold <= 1
    assert all(models[f].piece_threshold > 1 for f in ("CRI", "CON", "PUB"))
