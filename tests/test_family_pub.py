"""PUB: selling, promo codes, private lessons and shop or affiliate links are
flagged; school fundraisers, fees, free events and ordinary links are not."""

from __future__ import annotations

import pytest

MUST_FIRE = [
    # The same phrases beside an offer or a price.
    ("Je donne des cours privés de piano cet été, 30 $ l'heure.", "PUB01"),
    ("Mes savons artisanaux sont en vente, écrivez-moi en privé.", "PUB01"),
    ("Nouveaux produits Norwex! Écrivez-moi en privé pour commander.", "PUB01"),
    ("Code promo PROF15 sur ma boutique en ligne!", "PUB01"),
    ("Cours privés de maths chez moi, 35 $ l'heure.", "PUB01"),
    ("Je revends deux billets de spectacle, 90 $ chacun.", "PUB01"),
    ("Le resto de mon beau-frère offre 15 % sur la facture aux familles de l'école!", "PUB01"),
    ("Mes lunch boxes préférées : https://www.amazon.ca/dp/B0X?tag=maprof-20", "PUB02"),
    # Chain letters, a business's contest, a sales network, an ad that says so,
    # a house for sale, babysitting, a channel to monetise.
    (
        "Copiez-collez ce message sur votre mur si vous aimez votre prof! Ne brisez pas la chaîne.",
        "PUB01",
    ),
    ("La Fromagerie du Lac fait tirer un panier : aimez leur page et partagez!", "PUB01"),
    ("Ces crèmes ont changé ma vie. Je peux vous inscrire comme conseillère!", "PUB01"),
    ("Publicité : Toitures Gagnon, soumission gratuite au 506 555-0101.", "PUB01"),
    ("On vend notre chalet au lac, idéal pour une famille. Écrivez-moi!", "PUB01"),
    ("Gardiennage les soirs de semaine, 12 $/h, références sur demande.", "PUB01"),
    ("Abonnez-vous à ma chaîne de jeux vidéo, ça m'aide à la monétiser!", "PUB01"),
    # Crypto with a promise of gains, a brand beside a sale, referral codes, « jvend »,
    # a price each with « cash ou Interac », « mentionnez ce post ».
    ("Mes placements crypto ont fait +200 %, écrivez-moi pour le lien.", "PUB01"),
    ("Soirée Scentsy chez moi jeudi : nouveau catalogue d'automne!", "PUB01"),
    ("Utilisez mon code pour 20 $ de crédit sur l'appli de livraison.", "PUB01"),
    ("Code PROF25 au comptoir de la crèmerie ce week-end 🍦", "PUB01"),
    ("jvend mes vieux jeux de switch, écris-moi", "PUB01"),
    ("Bracelets faits main, 5 $ chaque, cash ou Interac.", "PUB01"),
    ("Mon garage offre la pose de pneus gratuite, mentionnez ce post!", "PUB01"),
    # Night 4: a paid crypto webinar, a side business with a price and a phone call.
    (
        "Le bitcoin a doublé cette année : je donne une formation aux collègues, 40 $, lien en bio.",
        "PUB01",
    ),
    (
        "Déneigement résidentiel le soir : forfait de saison à 300 $, appelez-moi au 418-555-0190.",
        "PUB01",
    ),
    # Session of 2026-11-22: a side business inside a thank-you, a private school of sport.
    (
        "Merci pour le pique-nique! Au passage, je lance mon entreprise de photographie : séances à 150 $.",
        "PUB01",
    ),
    (
        "Mon école de power skating offre des cours privés à 60 $ la séance, inscriptions par message.",
        "PUB01",
    ),
    # « je fais des » and « à vendre » were narrowed: a price, an order or a house still sells.
    ("Je fais des tresses pour le bal, 40 $ la tête, écrivez-moi sur Insta.", "PUB01"),
    ("Je fais des gâteaux de fête sur commande, livraison à l'école.", "PUB01"),
    ("Maison à vendre à Bathurst, 3 chambres, écrivez-moi.", "PUB01"),
    ("Collègues, j'ai triplé mon REER avec une crypto, inscrivez-vous via mon lien 🚀", "PUB01"),
]

MUST_NOT_FIRE = [
    # A lesson or a project about crypto, a brand as a household word, a buyer's past
    # tense, a scam warning, a postal code, a rule's number.
    "En éducation financière : pourquoi les cryptomonnaies sont risquées.",
    "Projet d'expo-sciences de Sam : la chaîne de blocs et la cryptomonnaie, médaille d'argent!",
    "Quelqu'un a oublié son plat Tupperware vert dans le frigo du salon du personnel.",
    "On m'a demandé si je vendais du Avon, non, c'est juste mon parfum 😂",
    "Ma sœur a acheté une tuque 10 $ au marché de Noël, elle est super belle.",
    "Attention : un faux compte promet de doubler votre argent en crypto. C'est une arnaque.",
    "Envoyez le formulaire au 123, rue Principale, code postal E1A 2B3.",
    "Le code 2024 du casier ne fonctionne plus, passez au secrétariat.",
    # « Écrivez-moi en privé » and « cours privés » without anything for sale.
    "Notre chatte a eu quatre chatons 🐱 Si une famille de l'école en veut un, écrivez-moi en privé.",
    "Je cherche un covoiturage pour le tournoi de Falher samedi matin, écrivez-moi en privé!",
    # A carpool offered in private is no sale, for PUB01 and the classifier (PUB03) alike.
    "Je suis disponible pour du covoiturage au tournoi samedi, écrivez-moi en privé!",
    "Chatons à donner, disponibles dès le 1er mai. Écrivez-moi en privé.",
    "Drôle de hasard : les meilleures notes de la classe vont aux élèves qui suivent ses cours privés.",
    "Bon prix sur les bottes d'hiver à la quincaillerie cette semaine, pour ceux qui magasinent encore.",
    "Campagne de financement de la Fondation : chocolat à 5 $, profits au voyage des finissants.",
    "Menu de la cafétéria : pâté chinois 4,50 $.",
    "Service de garde : 9,10 $ par jour, inscription au secrétariat.",
    "Les élèves de 6e vendent leurs bougies, 8 $ chacune, pour financer leur sortie.",
    "Soirée cinéma gratuite au gymnase vendredi!",
    "Visitez le musée virtuel : https://www.museedelhistoire.ca/expositions",
    "Premier arrivé, premier servi : les nouveaux romans de la biblio s'empruntent dès lundi.",
    # The school's own contest and chain of thanks, a sold-out chalet for a class trip,
    # references for a job posting, a channel of the school.
    "Concours de dessin de l'école : déposez votre œuvre au secrétariat avant vendredi!",
    "La chaîne de l'amitié : chaque élève écrit un mot gentil au suivant.",
    "Le chalet du camp de 6e est réservé pour trois jours en mai.",
    "Poste de surveillant du midi : envoyez votre CV au secrétariat.",
    "Abonnez-vous à la chaîne YouTube de l'école pour voir le spectacle!",
    "Les élèves apprennent à repérer les pourriels et les chaînes de lettres en éducation aux médias.",
    "Le Club Lions fait tirer un vélo au profit de la banque alimentaire, billets au secrétariat.",
    "La publicité en éducation aux médias : les élèves ont analysé des annonces.",
    # Night 4: a lesson on crypto risks and a school service with a fee and a phone number.
    "En économie, les élèves ont comparé le bitcoin et l'épargne : personne n'a rien acheté.",
    "Service de garde de la pédagogique : 12 $, inscriptions au secrétariat, appelez-nous.",
    # Session of 2026-11-22: a science-fair project about crypto, a free dance school.
    "Bravo à Léa, médaillée à l'expo-sciences pour son projet « Le bitcoin : investissement ou bulle? »",
    "Mon école de danse offre des cours gratuits aux élèves de la polyvalente cet été!",
    # A baker of snacks, a player's effort, a pupil caught selling, a lesson, a school club.
    "Idées de collations sans noix : je fais des muffins aux bananes pis à l'avoine.",
    "T'as donné ton 110 % sur le terrain, on est fiers de toi.",
    "Le jeune s'est fait prendre à vendre des vapoteuses derrière le gym.",
    "Il reste des barres de chocolat à vendre pour la campagne de financement!",
    "En éducation financière, on apprend à se méfier des codes de parrainage qui promettent de l'argent facile.",
    "Conseil d'élèves : qui veut s'inscrire comme ambassadeur de l'accueil des nouveaux?",
    "Salon du livre à la bibliothèque : chaque achat permet à l'école d'obtenir des livres gratuits!",
]


@pytest.mark.parametrize(("text", "code"), MUST_FIRE)
def test_solicitation_is_flagged(check, text: str, code: str) -> None:
    assert code in [f.code for f in check(text, "PUB")]


@pytest.mark.parametrize("text", MUST_NOT_FIRE)
def test_school_causes_fees_and_ordinary_links_are_not_flagged(check, text: str) -> None:
    assert check(text, "PUB") == []


def test_traps_outnumber_hits() -> None:
    assert len(MUST_NOT_FIRE) >= len(MUST_FIRE)


def test_a_shop_link_is_only_info(check) -> None:
    (finding,) = check("Le livre : https://www.amazon.ca/dp/123", "PUB02")
    assert finding.severity.value == "info"
