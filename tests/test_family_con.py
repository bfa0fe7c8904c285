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
    # The board's lawyers, a suit with its amount, a confidential settlement.
    ("Les avocats du CSS veulent nos notes sur la chute au gymnase.", "CON01"),
    ("Une poursuite de 300 000 $ contre l'école pour la sortie en canot, rien de moins.", "CON01"),
    ("La direction a signé une entente de règlement avec l'ancien concierge.", "CON01"),
    # A pupil's behaviour file, a count of suspensions, « susp », the courts, a court order.
    ("Le dossier comportemental de Logan fait trois classeurs.", "CON02"),
    ("On a mis Kevin Roy dehors de l'école : deux suspensions depuis septembre.", "CON02"),
    ("Zack a eu 5 jours de susp pour la bataille 😬", "CON02"),
    ("Le grand de 12e, Noah B., passe en cour juvénile en mars.", "CON02"),
    ("La mère d'Anaïs a une ordonnance de la cour : elle ne peut pas venir la chercher.", "CON02"),
    ("Rencontre pour É.L. demain : dysphasie et retard de langage.", "CON02"),
    ("Jade R. a été retirée de l'autobus pour deux semaines.", "CON02"),
    ("Seule Chloé a échoué à l'examen de maths, on revoit son plan lundi.", "CON02"),
    # A named pupil's or colleague's condition; staff met by HR.
    ("Attention à la sortie : Victor a une allergie mortelle aux arachides.", "CON02"),
    ("Rappel : Emma fait de l'épilepsie, gardez-la à l'œil à la piscine.", "CON02"),
    ("Notre secrétaire Diane a fait une crise cardiaque, elle est aux soins intensifs.", "CON02"),
    ("L'enseignant de 5e a été rencontré par les RH pour ses propos en classe.", "CON02"),
    ("Notre ancienne collègue de 3e qui avait été congédiée revient en cour.", "CON02"),
    # Internal or leaked documents, « non publiée », « pas encore vu ».
    ("Le rapport interne d'inspection parle d'amiante dans l'aile B.", "CON03"),
    ("Le sondage interne sur le climat de travail : 60 % veulent partir.", "CON03"),
    ("Voici l'ébauche du budget (non publiée) : huit postes coupés.", "CON03"),
    ("Fuite du rapport du vérificateur : deux contrats sans appel d'offres.", "CON03"),
    ("Le contrat de déneigement, les commissaires l'ont pas encore vu : 2 M$.", "CON03"),
    ("Doc confidentiel reçu ce matin : l'offre au syndicat est de 2 %.", "CON03"),
    # Night 4: a custody case, a pupil known by his family, initials before an allergy,
    # a colleague met by HR, a settlement not yet public.
    (
        "Mon ex et moi, on passe en cour pour la garde le mois prochain; la direction est avisée.",
        "CON01",
    ),
    ("Le gars des Bélanger s'est fait suspendre deux jours pour une bataille.", "CON02"),
    ("Rappel au personnel : J.L. en 2e année a une allergie sévère aux noix.", "CON02"),
    ("Notre collègue R. Morin a été rencontré par les RH pour une plainte.", "CON02"),
    (
        "L'indemnité de départ de l'ancienne DG, 150 000 $, n'est pas encore rendue publique.",
        "CON03",
    ),
    # Consent for one pupil does not cover what is told of another person's court case.
    (
        "Rencontre avec la mère d'Alex : ses parents passent en cour pour la garde, l'école va témoigner.",
        "CON01",
    ),
    # Session of 2026-11-22: another person's surgery stays private.
    (
        "Mme Caron sera absente quelques semaines pour une chirurgie, M. Savoie la remplace.",
        "CON02",
    ),
    (
        "Les offres salariales du district à la table locale : 1,5 %. C'est confidentiel mais tout le monde devrait le savoir.",
        "CON03",
    ),
    ("Mon élève Zachary a fait une crise d'épilepsie en classe ce matin.", "CON02"),
    ("@nico.tremblay t'as fait ton évaluation pour la dyslexie?", "CON02"),
    # Parents asking the staff to pass it on is not consent to publish a pupil's medication.
    (
        "Les parents de Rosalie (5e B) nous ont demandé de partager : elle prend maintenant du Ritalin.",
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
    # Consent, a rule for everyone, how to complain, a play, a leaking roof, a public report.
    "Avec l'accord de Zoé et de ses parents : diagnostiquée dyslexique, elle publie son premier livre!",
    "Code de vie : en cas de vol, suspension de deux jours.",
    "Comment déposer une plainte formelle? Le formulaire est sur le site du conseil.",
    "Pièce des 11e : l'histoire d'un directeur suspendu à tort. Billets à l'entrée!",
    "Bonne retraite à M. Richard, qui a sauvé nos livres quand le toit a coulé l'an dernier.",
    "Le rapport annuel 2025 du conseil scolaire est en ligne.",
    "Notre équipe a échoué de peu en finale, bravo quand même!",
    "Tournoi de soccer : la coupe se joue en cour d'école samedi.",
    "Le document est non publié pour l'instant; la version finale sera en ligne après l'adoption.",
    "Les frais de retard ne s'appliquent plus au transport scolaire.",
    "Chandail de l'école en vente au secrétariat : 20 $.",
    "Atelier sur les allergies alimentaires pour les parents mercredi.",
    "Notre rapport de lecture interne au club : tout le monde a aimé le roman!",
    "La direction rencontre les parents du comité pour la kermesse.",
    "Le député a pas encore vu notre murale, venez la voir vous aussi!",
    "Des ateliers d'épilepsie 101 seront offerts au personnel : savoir réagir à une crise.",
    "Les avocats de la série télé préférée de nos élèves sont au programme du club de débat.",
    "Notre élève Léon a remporté le concours d'épellation!",
    "Le sondage aux familles est ouvert jusqu'au 10 mai.",
    "Plusieurs suspensions de cours sont possibles en cas de tempête.",
    "Le code de l'autobus : on reste assis, sinon on est retiré de l'autobus pour la journée.",
    "Mia a eu cinq jours de congé à Cuba, chanceuse!",
    # Night 4: the same words about nobody identifiable, or made public.
    "Conférence gratuite : comment se préparer quand on passe en cour pour la garde d'un enfant.",
    "Rappel : plusieurs élèves ont des allergies sévères aux noix, aucune collation avec noix.",
    "Le gars des vues nous a montré comment monter un film d'animation!",
    "Le rapport annuel, rendu public hier, est en ligne sur le site du centre de services.",
    "Un élève qui se fait suspendre doit rencontrer la direction avec ses parents au retour.",
    "Les RH rencontrent les nouveaux employés pour l'accueil lundi matin.",
    # Consent stated once covers the story told after it.
    "Avec la permission de Noah et de ses parents, on souligne son parcours. Diagnostiqué TDAH en 2e année, il gradue aujourd'hui!",
    "Avec son accord, on partage l'histoire de Léa, qui vit avec le diabète depuis l'âge de 5 ans. Elle a couru 10 km pour la recherche!",
    # Session of 2026-11-22: one's own surgery, a child's consent, how to ask for a plan.
    "Je serai absente trois semaines pour une chirurgie, M. Savoie prend ma classe. À bientôt!",
    "Fier de ma fille Rose qui, avec sa dyslexie, finit première en lecture! Elle m'a dit que je pouvais le partager.",
    "Répondre à Julie : pour un plan d'intervention, tu peux demander une rencontre, c'est ton droit.",
    "Rappel syndical : vous avez 30 jours pour déposer un grief après l'événement.",
    "Le grief sur la tâche des spécialistes est réglé! Merci au syndicat, c'est public depuis ce matin.",
    "Exercice d'écriture : mes élèves ont rédigé une plainte formelle au père Noël 😂",
    "Notre collègue Sylvie nous a demandé de partager la nouvelle : elle est en rémission et revient lundi!",
    "Conférence sur la dyslexie jeudi soir, suivez @ecole.stemarie pour les détails.",
]


@pytest.mark.parametrize(("text", "code"), MUST_FIRE)
def test_confidential_matters_are_flagged(check, text: str, code: str) -> None:
    assert code in [f.code for f in check(text, "CON")]


@pytest.mark.parametrize("text", MUST_NOT_FIRE)
def test_general_or_public_matters_are_not_flagged(check, text: str) -> None:
    assert check(text, "CON") == []


def test_traps_outnumber_hits() -> None:
    assert len(MUST_NOT_FIRE) >= len(MUST_FIRE)
