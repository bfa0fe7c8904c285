"""AUT: under a profile that requires a signature (CSTL), an unsigned or
anonymously signed post is flagged; a name, a name with a function, an
identified team or a self-introduction is a signature. Other profiles never
ask for one."""

from __future__ import annotations

import pytest

from civisme.rules.document import Document
from civisme.rules.engine import Engine
from civisme.rules.registry import all_rules, select

ENGINE = Engine(select(all_rules(), ["AUT"]))


def aut(text: str, profile: str = "cstl", **metadata: str) -> list[str]:
    doc = Document(text, metadata={"profil": profile, **metadata})
    return [f.code for f in ENGINE.check_one(doc)]


MUST_FIRE = [
    # A closing formula with no name after it; a team's name with no team signing.
    "Les bulletins partent vendredi. Au plaisir de vous voir à la rencontre!",
    "Merci aux parents qui ont donné des denrées pour l'association de la région.",
    # Thanking someone, or capitalised opening words before a plural, signs nothing.
    "Merci de votre générosité envers Mme Roy",
    "Grande Nouvelle Aujourd'hui, élèves et parents sont invités au gymnase pour le spectacle de Noël à 19 h.",
    "Rappel : la photo scolaire aura lieu mardi.",
    "Merci à Mme Roy et à M. Gagnon pour l'organisation du cross-country!",
    "Le service de garde sera fermé le 24 juin.\n— Un membre du personnel",
    "Journée pyjama vendredi!\n— Anonyme",
    "Pas d'école demain, tempête oblige.\nSigné : un prof qui a hâte!",
    "Le procès-verbal est en ligne.\n--\nL'équipe",
    # « signées » is no byline; a sentence after a dash is no name.
    "La sortie au musée est reportée. Les autorisations signées restent valides.",
    "AVIS — Changement d'horaire de l'autobus 7. Il passera plus tôt dès lundi.",
    # A page role or an initial names no one; an anonymous sign-off outweighs a team
    # named as the subject.
    "Rencontre de parents jeudi à 18 h.\n— L'admin de la page",
    "Photos de la sortie aux pommes! — Mme L.",
    "Le comité de parents vous invite à la soirée cinéma vendredi! Un parent",
    "Pas de stationnement dans le débarcadère, svp.\nMme B.",
    # Credits in a list name a coach; they do not sign (« Entraîneur : … » above another line).
    "Médaille d'argent pour nos Voltigeurs!\nEntraîneur : M. Serge Pitre\nCapitaines : Maya et Élodie",
    "Merci de la part des élèves de 4e pour vos dons!",
    "Les Titans, on vous attend samedi pour le match!",
    "Les formulaires de transport sont en ligne. Pour toute question, n'hésitez pas à m'écrire.",
    # A team without its school, a bare designation, two letters, a byline that hides.
    "Rappel : les frais de sorties sont dus le 30 septembre. Merci!\n— L'administration",
    "Les billets sont en vente au secrétariat.\nLe comité du spectacle",
    "Bon week-end tout le monde! — mc",
    "On avance l'heure samedi!\n— Ton voisin de bureau",
    "Journée sans écran vendredi!\n— Signé : quelqu'un qui passe trop de temps sur son cell",
    "Qui a pris la rallonge du gymnase?\n— Un(e) collègue",
    "Message de la part de l'enseignante de votre enfant : le cahier doit être couvert.",
    # Kisses and emoji alone name no one.
    "Dictée mardi, on pratique à la maison! xx",
    "Sortie aux pommes demain, apportez vos bottes.\n🍎 Un parent bénévole",
    # A group with neither a name nor its school; « l'annonce », a noun, is no team speaking.
    "Merci aux bénévoles!\nDe la part du comité",
    "Belle semaine à tous!\nDe la part de tous les parents",
    "Le comité de parents prépare l'annonce des gagnants du concours de dessin.",
    # Capitals on the group's own words name no one.
    "Merci,\nLe Comité de Parents",
    "Rencontre jeudi.\nPar la Direction",
]

MUST_NOT_FIRE = [
    # « de la part de », « publié par », « m'écrire : », a role before the name, a named
    # sports team of a named school, a board's name alone.
    "Bravo à tous pour la guignolée, de la part de Martin Lefebvre, directeur de l'École Sainte-Rose.",
    "Le club de robotique va en finale! (publié par Kevin Larocque, enseignant de science)",
    "Les travaux commencent le 30 juin. Pour toute question, m'écrire : Robert Lalonde, directeur.",
    "Le stationnement arrière sera fermé du 1er au 5 juin.\nDirectrice : Nathalie Pelletier, École Saint-Michel",
    "On termine 2e sur 12 équipes!\nLes Titans, équipe de soccer de l'École Gabrielle-Roy",
    "Les formulaires de transport sont en ligne.\nCommission scolaire des Trois-Lacs",
    # A team named with its school, a school over its service, a self-introduction.
    "La direction de l'École Plein-Soleil informe les parents que l'école sera fermée demain.",
    "Ici votre prof d'anglais, Mme Jessica Caissie! This week, we learn about farm animals.",
    "Nos élèves de 6e (accompagnés de leur enseignant — moi, Daniel Comeau) ont visité "
    "l'Assemblée législative.",
    "Le code vestimentaire s'applique aux sorties.\n\nÉquipe-école de l'École secondaire Saint-Laurent",
    "BBQ de la rentrée jeudi!\n\nSigné : la gang de la Fondation de l'École des Saules",
    "Portes ouvertes samedi!\n\nÉcole secondaire des Sommets\nService des communications",
    "Les billets sont en vente.\nLe comité du spectacle de l'École Beauséjour",
    # An emoji or « xx » before the name does not hide it.
    "Dictée mardi, on pratique à la maison! xx Mélanie, ta prof de français de 3e",
    "Sortie aux pommes demain, apportez vos bottes.\n🍎 Mme Julie Landry, maternelle",
    # Signatures that close the last sentence of a one-line post.
    "Visite au musée pour les 5e année. Merci aux parents bénévoles! Louise Arsenault, enseignante de 5e année, École Beauséjour, Memramcook",
    "Les bulletins partent vendredi. Au plaisir de vous voir à la rencontre, Jean-François Caissie, titulaire de 6e année",
    "Merci pour les dons de denrées! L'Association des parents de l'École Sainte-Thérèse",
    "Victoire en demi-finale 3-1 ⚽ Les entraîneurs des Aigles de l'école Le Sommet, Luc Bélanger et Annie Roy",
    "Toute l'équipe de l'école La Vérendrye vous souhaite un bel été! Retour le 2 septembre.",
    "Je me présente : Karine Doiron, nouvelle technicienne en éducation spécialisée au 2e cycle.",
    "Le dîner pizza est confirmé pour vendredi. Merci de votre patience, Josée Landry, secrétaire",
    "Spectacle reporté au 12 mars. Au plaisir de vous y voir, Paul Cormier, directeur",
    "Bonne rentrée à tous!\n— Julie Roy, enseignante de 2e année",
    "Photos de la sortie dans l'album! 📸 ~ Stéphane, éducateur physique",
    "Le service de garde ouvre à 7 h.\nL'équipe du service de garde de l'école Sainte-Anne",
    "Bonjour! Moi, c'est Amélie Fortin, la nouvelle orthopédagogue de l'école.",
    "Flûtes à bec de retour en 4e année! Bonne semaine ! Mme Nadia (musique)",
    "Merci aux parents bénévoles!\nCordialement,\nAnnie-Claude Paradis | Technicienne en loisirs",
    "La direction et le personnel de l'école Beausoleil vous souhaitent un bel été!",
    "Nouveaux livres à la bibliothèque! — J. Arsenault, bibliothécaire",
    # A name followed by a role, a team without its article, « gérée par », « au nom de ».
    "Objets perdus vidés vendredi. Gisèle Poirier, secrétaire de l'école Saint-Joseph",
    "Vente de pizza reportée au 21. Comité des finissants de l'école Jeanne-Mance",
    "Cette page est gérée par Karine Simard, technicienne en loisirs de l'école des Pins.",
    "Merci à notre brigadière! Au nom de toute l'équipe, Denis Caron, directeur",
    # The team speaking in the singular (« vous invite »), and a byline in brackets.
    "Le comité vert de l'école des Pins vous invite au ménage du parc dimanche.",
    "[Message de Mme Fortin, 5e année] Rapportez l'autorisation signée vendredi.",
    # Teams without an article or introduced by « votre », staff of a named school, and a
    # signature set on three lines.
    "Kiosque au salon du livre demain!\n\nÉquipe de la bibliothèque, École des Pins",
    "Ateliers de langage les mercredis.\nLes orthophonistes de l'école des Pins",
    "Sortie annulée.\n\nVotre équipe du service de garde, école des Pins",
    "Bienvenue aux nouvelles familles!\n\nSylvie Arsenault\nDirectrice\nÉcole des Pins",
    "Merci aux bénévoles!\nDe la part du comité de parents de l'École Sainte-Anne",
    "Merci aux bénévoles!\nDe la part de Julie Tremblay",
    "Bonne fin de semaine!\nÉcole des Quatre-Vents",
    "Bonne fin de semaine!\nÉcole Jean-Baptiste-Meilleur de Saint-Jean-sur-Richelieu",
]


@pytest.mark.parametrize("text", MUST_FIRE)
def test_unsigned_or_anonymous_posts_are_flagged_under_cstl(text: str) -> None:
    assert aut(text) == ["AUT01"]


@pytest.mark.parametrize("text", MUST_NOT_FIRE)
def test_signed_posts_are_not_flagged(text: str) -> None:
    assert aut(text) == []


def test_traps_outnumber_hits() -> None:
    assert len(MUST_NOT_FIRE) >= len(MUST_FIRE)


def test_profiles_that_do_not_require_a_signature_never_flag() -> None:
    assert aut(MUST_FIRE[0], profile="csspo") == []


def test_an_author_in_the_metadata_is_a_signature() -> None:
    assert aut(MUST_FIRE[0], auteur="Julie Roy") == []


def test_anonymous_signature_gets_its_own_message() -> None:
    doc = Document("Journée pyjama vendredi!\n— Anonyme", metadata={"profil": "cstl"})
    (finding,) = ENGINE.check_one(doc)
    assert finding.message.startswith("Signature anonyme")


def test_a_run_of_hyphens_is_no_school_line() -> None:
    # The pattern once backtracked on « École A------… » (seconds for a few
    # thousand hyphens); it must answer, and say no.
    from civisme.rules.authorship import _SCHOOL_LINE

    assert _SCHOOL_LINE.match("École des Quatre-Vents")
    assert _SCHOOL_LINE.match("École A" + "-" * 5000 + "x") is None
    assert _SCHOOL_LINE.match("École A" + "a-" * 3000 + "!x") is None
