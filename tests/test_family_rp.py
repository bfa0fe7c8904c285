"""RP: personal information is found in all its written forms, and dates,
prices, school contacts and help lines are left alone."""

from __future__ import annotations

from collections import Counter

import pytest

from .conftest import flagged

# (text, expected (code, flagged substring) pairs)
MUST_FIRE = [
    ("Mes jumeaux, nés en 2020, entrent à la maternelle.", [("RP05", "nés en 2020")]),
    (
        "Après 30 ans de service, Marc Gagnon prend sa retraite à 61 ans.",
        [("RP05", "Marc Gagnon prend sa retraite à 61 ans")],
    ),
    (
        "Mot de passe du réseau de la salle des profs : Tortue#2024",
        [("RP12", "Tortue#2024")],
    ),
    # RP01 phones, every way Canadians write them
    ("Textez-moi au 819 555-1234.", [("RP01", "819 555-1234")]),
    ("Julie : (819) 555-1234", [("RP01", "(819) 555-1234")]),
    ("Julie Caron (819 555 1234) attend votre appel.", [("RP01", "819 555 1234")]),
    ("Mon cell. : 819.555.1234", [("RP01", "819.555.1234")]),
    ("Appelez la maman de Léo au 8195551234.", [("RP01", "8195551234")]),
    ("Joignez-moi au +1 819 555 1234 ce soir.", [("RP01", "+1 819 555 1234")]),
    ("Mon numéro : 1-819-555-1234", [("RP01", "1-819-555-1234")]),
    ("Mon portable en France : +33 6 12 34 56 78", [("RP01", "+33 6 12 34 56 78")]),
    ("Cellulaire de l'entraîneur : 506\u00a0555\u00a00199", [("RP01", "506\u00a0555\u00a00199")]),
    # RP02 e-mail
    ("Écrivez-moi à julie.t72@hotmail.com", [("RP02", "julie.t72@hotmail.com")]),
    ("Photos à envoyer à famille.roy@videotron.ca", [("RP02", "famille.roy@videotron.ca")]),
    # RP03 addresses, RP04 postal codes
    (
        "Ils habitent au 1234, rue des Érables, app. 4, Sherbrooke.",
        [("RP03", "1234, rue des Érables, app. 4, Sherbrooke")],
    ),
    (
        "Chez moi : 88 boul. Saint-Joseph Est, Gatineau (Québec) J8Y 3W5",
        [("RP03", "88 boul. Saint-Joseph Est, Gatineau (Québec) J8Y 3W5")],
    ),
    (
        "Déménagement au 4567, 3e Rang, Saint-Hyacinthe.",
        [("RP03", "4567, 3e Rang, Saint-Hyacinthe")],
    ),
    ("My address: 56 Main Street, Edmonton.", [("RP03", "56 Main Street, Edmonton")]),
    ("Mon code postal est E1A 4R7.", [("RP04", "E1A 4R7")]),
    # RP05 birth dates and ages of named people
    (
        "Bonne fête à Thomas Gagnon qui a 9 ans aujourd'hui!",
        [("RP05", "Thomas Gagnon qui a 9 ans")],
    ),
    ("Léa, née le 3 mars 2012, a gagné.", [("RP05", "née le 3 mars 2012")]),
    ("Date de naissance : 2012-03-03", [("RP05", "2012-03-03")]),
    ("Mon fils Zachary est né en 2014.", [("RP05", "né en 2014")]),
    ("Joyeux anniversaire à Maëlle, 7 ans!", [("RP05", "Maëlle, 7 ans")]),
    (
        "Gardiens : Noah Pelletier (2013) et Jacob Morin (2012).",
        [("RP05", "Noah Pelletier (2013)"), ("RP05", "Jacob Morin (2012)")],
    ),
    ("Bonne fête à notre directrice, 50 ans aujourd'hui!", [("RP05", "notre directrice, 50 ans")]),
    ("Mathéo fête aujourd'hui ses 8 ans.", [("RP05", "Mathéo fête aujourd'hui ses 8 ans")]),
    ("Joyeux 50e anniversaire à Mme Thibodeau!", [("RP05", "50e anniversaire à Mme Thibodeau")]),
    ("Les Tremblay ont déménagé au 22-B, avenue des Pins.", [("RP03", "22-B, avenue des Pins")]),
    (
        "My house: 10823 97 Ave NW, Edmonton AB T5H 0M9",
        [("RP03", "10823 97 Ave NW, Edmonton AB T5H 0M9")],
    ),
    # RP06-RP12 identity numbers and secrets
    ("Mon NAS est le 046 454 286.", [("RP06", "046 454 286")]),
    ("Carte de crédit : 4111 1111 1111 1111", [("RP07", "4111 1111 1111 1111")]),
    ("Spécimen de chèque : 12345-815-1234567", [("RP08", "12345-815-1234567")]),
    ("IBAN : FR76 3000 6000 0112 3456 7890 189", [("RP08", "FR76 3000 6000 0112 3456 7890 189")]),
    ("Code permanent : GAGT 1203 1201", [("RP09", "GAGT 1203 1201")]),
    ("Numéro de carte soleil : TREJ 8553 2511", [("RP10", "TREJ 8553 2511")]),
    ("Carte santé de l'Alberta (AHCIP) de Mia : 98765-4321.", [("RP10", "98765-4321")]),
    ("Matricule : 4587123", [("RP11", "4587123")]),
    ("Mot de passe : Soleil2024", [("RP12", "Soleil2024")]),
    ("Le mot de passe du Wi-Fi des invités est Ecole!2025.", [("RP12", "Ecole!2025")]),
    ("Voici quelques photos de nos élèves au carnaval!", [("RP13", "photos de nos élèves")]),
]

# (the rule the trap is aimed at, text): each text must draw no RP finding at all.
MUST_NOT_FIRE = [
    # The organisation speaks (« nous »): its own number.
    ("RP01", "Appelez-nous au 506-555-2020."),
    ("RP01", "Textez-nous au 506 555-2020 pour vous inscrire au camp."),
    # A cohort's birth year, a time span, a duration: no one's age.
    ("RP05", "Nos élèves de 5e année, nés en 2014, participeront à la dictée."),
    ("RP05", "Il y a 50 ans, Jean Dupuis fondait notre école."),
    ("RP05", "Léa Tremblay a 10 ans de piano derrière elle."),
    ("RP05", "Depuis 12 ans, Marc Gagnon entraîne l'équipe de volleyball."),
    ("RP05", "Julie Roy anime le camp des 8 à 12 ans cet été."),
    ("RP12", "Le mot de passe du portail de l'école sera envoyé par courriel aux parents."),
    ("RP01", "Pour nous joindre : secrétariat de l'école, 819 555-4000."),
    ("RP01", "Réception de l'école : 450 555-0123, poste 2214."),
    ("RP01", "Besoin d'aide? Tel-jeunes au 1 800 263-2266, par texto au 514 600-1002, ou le 811."),
    ("RP01", "Jeunesse, J'écoute : 1 800 668-6868. En cas d'urgence, composez le 911."),
    ("RP01", "Numéro d'urgence pendant la sortie (cellulaire de l'école) : 819 555-7000."),
    ("RP01", "Pour rejoindre la direction : direction.stjoseph@csno.ab.ca ou 780 555-2200."),
    ("RP01", "Sans frais : 1 888 555-0199."),
    ("RP01", "La soirée aura lieu le 12 mars 2026 à 19 h 30 ; billets à 25,50 $."),
    ("RP01", "Calendrier 2025-2026 : 180 jours de classe, dont 20 journées pédagogiques."),
    ("RP01", "Objectif : 15 000 $ amassés, soit 85 % de notre but depuis 1998."),
    ("RP02", "Renseignements : info@csspo.qc.ca ou secretariat.ecole-des-vents@csno.ab.ca"),
    ("RP02", "Consultez www.csno.ab.ca/inscription pour le calendrier."),
    ("RP02", "Écrivez à inscriptions@fondation-quatre-vents.org pour le souper."),
    (
        "RP03",
        "Coordonnées de l'école : École La Source, 1000, rue des Pionniers, Saint-Paul (Alberta) T0A 3A0. Téléphone : 780 555-2200.",
    ),
    ("RP03", "Le souper spaghetti aura lieu au 150, rue Principale, à l'école."),
    ("RP03", "Les 3 rues fermées pour le défilé et la place du marché."),
    ("RP03", "Local B-214, autobus no 14, élèves de 3e secondaire, page 45, chapitre 12."),
    ("RP03", "Ne publiez jamais votre adresse ni votre numéro de téléphone."),
    (
        "RP04",
        "Pour envoyer vos documents : Centre de services scolaire, C.P. 1234, succursale Hull, Gatineau (Québec) J8X 3Z2.",
    ),
    ("RP04", "Le virus H1N1 et la salle B2C ne sont pas des codes postaux."),
    ("RP05", "Nos élèves de 9 ans visiteront le musée."),
    ("RP05", "Notre école a fêté ses 50 ans en 2024."),
    ("RP05", "L'école secondaire Mgr-Lemieux fête ses 60 ans : 1965-2025."),
    ("RP05", "Les enfants nés en 2020 peuvent être inscrits à la maternelle."),
    ("RP05", "Le programme est né en 2012 d'une idée des enseignants."),
    ("RP05", "Les Gagnon de la région ont 3 générations d'élèves chez nous."),
    ("RP05", "Bonne fête à tous les élèves nés en mars!"),
    ("RP05", "Les élèves de notre enseignante, 25 ans de carrière, la remercient."),
    ("RP05", "Bravo à Mme Roy pour ses 30 ans de service!"),
    ("RP05", "Notre directrice a rencontré les élèves de 5 ans."),
    ("RP05", "Le 50e anniversaire de l'école sera souligné en mai."),
    ("RP03", "Le 3e rang de la salle est réservé aux parents."),
    ("RP03", "Les 12 avenues du quartier seront déneigées."),
    ("RP06", "Commande no 123 456 789 confirmée."),
    ("RP06", "Victoire 3 à 1 des Lynx contre les Harfangs!"),
    ("RP07", "Manuel ISBN 978-2-07-061275-8, cours MAT-4173-2 et FRA-5143."),
    ("RP07", "Numéro de commande 1234 5678 9012 3456."),
    ("RP08", "Nous comptons 250 élèves et 32 membres du personnel."),
    ("RP08", "Le compte Facebook de l'école compte 12500 abonnés."),
    ("RP08", "Institution fondée en 1965, elle accueille 1200 élèves."),
    ("RP09", "Cours MAT-4173-2 et FRA-5143 au local B-214."),
    ("RP09", "Référence du dossier ABCD 9999 9999."),
    ("RP10", "Apportez la carte soleil de votre enfant à la clinique de vaccination."),
    ("RP10", "La RAMQ rembourse les lunettes des enfants depuis 2019."),
    ("RP11", "Le matricule de l'autobus scolaire est affiché à l'avant."),
    ("RP11", "La fiche d'inscription est disponible au secrétariat."),
    ("RP12", "Ne communiquez jamais votre mot de passe à personne."),
    ("RP12", "Mot de passe oublié? Communiquez avec le secrétariat."),
    ("RP12", "Le mot de passe est personnel et ne doit jamais être partagé."),
    ("RP13", "La journée de photos scolaires aura lieu le 12 mars."),
    ("RP13", "Les élèves ont visité le musée de la photographie."),
    ("RP13", "Voici les photos de nos élèves, publiées avec l'autorisation écrite des parents."),
]


@pytest.mark.parametrize(("text", "expected"), MUST_FIRE)
def test_personal_information_is_flagged(check, text: str, expected: list[tuple[str, str]]) -> None:
    findings = check(text, "RP")
    assert [(f.code, text[f.start : f.end]) for f in findings] == expected


@pytest.mark.parametrize(("target", "text"), MUST_NOT_FIRE)
def test_not_personal_is_not_flagged(check, target: str, text: str) -> None:
    assert flagged(text, check(text, "RP")) == []


def test_each_rule_has_at_least_as_many_traps_as_hits() -> None:
    hits = Counter(code for _, expected in MUST_FIRE for code, _ in {(c, "") for c, _ in expected})
    traps = Counter(target for target, _ in MUST_NOT_FIRE)
    for code, count in hits.items():
        assert traps[code] >= count, code


def test_personal_findings_are_marked_for_masking(check) -> None:
    findings = check("Textez-moi au 819 555-1234 ou julie@gmail.com.", "RP")
    assert findings and all(f.personal for f in findings)


def test_messages_never_contain_the_value(check) -> None:
    text = "Textez-moi au 819 555-1234 ou julie@gmail.com. Mon NAS : 046 454 286."
    for finding in check(text, "RP"):
        assert text[finding.start : finding.end] not in finding.message


def test_staff_work_email_is_at_most_info(check) -> None:
    (finding,) = check("Inscriptions auprès de marc.roy@csspo.qc.ca", "RP")
    assert finding.severity.value == "info"


def test_photo_reminder_is_info_and_not_personal(check) -> None:
    (finding,) = check("Voici la vidéo de la classe de 5e année au concert!", "RP13")
    assert finding.severity.value == "info" and not finding.personal


def test_every_finding_says_what_to_do(check) -> None:
    text = "Textez-moi au 819 555-1234. Chez moi : 88 boul. Saint-Joseph, Gatineau."
    for finding in check(text, "RP"):
        assert "Retirez" in finding.message or "donnez plutôt" in finding.message
