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
    # « mon grief », an internal inquiry, a colleague's sick leave and its reason.
    ("Mon grief contre la direction a enfin été entendu.", "CON01"),
    ("Un surveillant de l'école fait l'objet d'une enquête interne depuis lundi.", "CON02"),
    ("Notre secrétaire revient demain de son congé pour épuisement professionnel.", "CON02"),
    # A child's psychiatric follow-up or ambulance ride tied to a sibling or a grade.
    ("Le petit frère de Zoé commence un suivi en pédopsychiatrie.", "CON02"),
    ("L'élève de 2e transporté en ambulance hier va mieux, merci de vos messages.", "CON02"),
    # What was heard in a staff meeting before anything is announced.
    ("Le déficit serait de 200 000 $, on l'a vu à la réunion du personnel ce midi.", "CON03"),
    # A named colleague's surgery or illness, a child's therapy or medication told
    # affectionately, a player known by his number, an out-of-court settlement, a leak.
    (
        "Mme Cormier, notre enseignante de maternelle, est absente pour une chirurgie au cœur.",
        "CON02",
    ),
    (
        "Prompt rétablissement à Guylaine de la cafétéria, opérée hier pour un cancer du sein.",
        "CON02",
    ),
    ("Ma Rosalie (TDAH) a pris sa médication ce matin et quelle différence en classe!", "CON02"),
    (
        "Le petit Jacob, suivi en orthophonie depuis la maternelle, a lu sa première phrase.",
        "CON02",
    ),
    ("Mon p'tit loup du groupe 103 a encore fait une grosse désorganisation. #TSA", "CON02"),
    ("Notre joueur #12 purge une suspension de l'école cette semaine.", "CON02"),
    ("M. Thibodeau, notre enseignant d'éducation physique, est suspendu sans solde.", "CON02"),
    ("L'entente hors cour avec la famille Tremblay est enfin signée.", "CON01"),
    ("À ne pas partager : le budget coupe 12 % des sorties l'an prochain.", "CON03"),
    ("Je vous le dis avant que ce soit officiel : le budget coupe les sorties.", "CON03"),
    ("Un élève du groupe 103 a été suspendu trois jours.", "CON02"),
    ("Mme Roy a été opérée hier, elle sera absente deux semaines.", "CON02"),
    # « M. » does not cut the sentence before the name.
    ("Je vous informe que M. Roy est en chimio depuis lundi.", "CON02"),
    ("Une pensée pour notre brigadier Gilles qui subit sa deuxième opération au cœur.", "CON02"),
    # The name in the sentence before, « elle » in this one.
    (
        "Merci de vos mots pour Chantal, notre secrétaire. Oui, elle commence la radiothérapie lundi.",
        "CON02",
    ),
    (
        "Kevin et Olivier de ma classe se sont battus dans la cour, suspendus jusqu'à jeudi.",
        "CON02",
    ),
    (
        "Le document interne de la direction parle d'un manque à gagner de 60 000 $ au budget.",
        "CON03",
    ),
    ("Les négos bloquent : le conseil est prêt à aller jusqu'à 4 % avec le syndicat.", "CON03"),
    ("Le procès de notre ex-enseignant Richard Gosselin commence en avril.", "CON01"),
    (
        "Merci pour vos témoignages de soutien envers Mme Cormier, qui a commencé sa chimiothérapie.",
        "CON02",
    ),
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
    # The same words about no one, or public: a general leave policy, an ambulance drill,
    # a psychiatry talk, a public meeting, a grief about a lost pet.
    "Le personnel peut prendre un congé de maladie sans justificatif pour deux jours.",
    "Exercice avec les ambulanciers : les élèves de 5e ont vu l'intérieur d'une ambulance.",
    "Conférence d'une pédopsychiatre sur le sommeil des ados, jeudi à 19 h.",
    "Le budget présenté à la réunion publique du conseil est en ligne.",
    "Mon grand chagrin de la semaine : mon chat a fugué.",
    "Le comité fait l'objet d'un bel article dans le journal local!",
    "Scoop : le spectacle de Noël aura un invité surprise 🎅 (annoncé officiellement demain matin!)",
    # Near the new cases: a relative who survived cancer, a confidential fund offered, a
    # request not to share a video, « renvoyée au courriel », « plusieurs d'entre nous »,
    # awareness months, a player's goals, a group number in a schedule.
    "Course Terry Fox : Émile a lu une lettre sur sa tante, qui a survécu à un cancer.",
    "Notre école a un fonds de dépannage confidentiel pour aider à payer les sorties.",
    "Nous vous demandons de ne pas partager cette vidéo : elle peut causer du tort à des mineurs.",
    "Après quarante minutes d'attente, on m'a renvoyée au courriel.",
    "Les frais de 412 $ surprennent plusieurs d'entre nous, mais le détail est en ligne.",
    "Journée de fou au secrétariat, mais on garde le moral!",
    "Mois de la sensibilisation au cancer du sein : portez du rose vendredi!",
    "Notre joueur #12 a marqué trois buts samedi, bravo!",
    "Le groupe 103 revient de la relâche lundi à 8 h.",
    "Le petit Jacob a lu sa première phrase devant toute la classe!",
    # A numbered group is no one; « opéré » and « en » need a person's health.
    "Les élèves du groupe 103 ont eu une retenue collective pour le bruit.",
    "Le virage numérique a été opéré cette année par Mme Roy.",
    "Mme Roy est en formation, de retour jeudi pour la dictée.",
    # She chose to tell it; a group of pupils is no one; a trial in history class.
    "Clara, élève de 2e secondaire, a choisi de parler devant toute l'école de son diabète.",
    "Cannelle, notre chien d'assistance, aide plusieurs de nos élèves à gérer leur anxiété.",
    "Les élèves de 5e secondaire rejoueront le procès de Louis Riel au salon du livre.",
    "Bon retour à M. Haché qui revient de son voyage au Pérou!",
    "Notre plan stratégique 2024-2028 est en ligne sur le site du centre de services.",
    "Pas de cours de musique jeudi : Mme Leclerc accompagne la chorale au festival.",
    "Bravo à Léa Tremblay, notre élève du mois! Rappel : les cours sont suspendus demain (tempête).",
    "Merci à la Dre Julie Roy, venue parler à nos élèves. Elle a expliqué quoi faire quand un ami est diabétique.",
    "Nos élèves de la course sont prêts à aller jusqu'à 10 km pour la Fondation!",
    "Rappel : le bulletin de votre enfant est un document confidentiel, ne le partagez pas.",
    "Consultez le plan stratégique, un document interne que nous rendons public aujourd'hui!",
    "Félicitations à Léa Roy, 2e au 200 m. Notre concierge a été opéré du genou hier, bon rétablissement!",
]


@pytest.mark.parametrize(("text", "code"), MUST_FIRE)
def test_confidential_matters_are_flagged(check, text: str, code: str) -> None:
    assert code in [f.code for f in check(text, "CON")]


@pytest.mark.parametrize("text", MUST_NOT_FIRE)
def test_general_or_public_matters_are_not_flagged(check, text: str) -> None:
    assert check(text, "CON") == []


def test_traps_outnumber_hits() -> None:
    assert len(MUST_NOT_FIRE) >= len(MUST_FIRE)
