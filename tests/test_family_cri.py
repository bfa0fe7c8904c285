"""CRI: public criticism of the employer, the school, colleagues, students or
parents is flagged; criticism of a film, the weather or a referee, praise of
the board, neutral announcements and refuted prejudice are not."""

from __future__ import annotations

import pytest

MUST_FIRE = [
    "Franchement, la direction est complètement déconnectée.",
    "Mes élèves de cette année sont d'une paresse incroyable.",
    "Encore une décision absurde du centre de services.",
    "Les parents de ma classe ne lisent jamais rien.",
    "Le CSS se fout de nous, comme d'habitude.",
    "Merci à l'administration pour rien.",
    "Réunion de trois heures pour rien, imposée par la direction 🙄",
    "Quelle administration incompétente!",
    "Certains collègues pourraient faire un effort pour leurs surveillances.",
    "Le district a encore coupé dans les services. Belle priorité.",
    # Softer judgements with their target in the sentence (or « c'est… » pointing back).
    "Les frais du service de garde ont encore augmenté sans aucune explication du conseil.",
    "Je trouve que la direction est beaucoup trop laxiste avec les retards.",
    "La cafétéria sert encore des frites tous les jours, c'est pas mal décevant.",
    "Le centre de services continue d'ignorer nos demandes sur la paperasse.",
    "Le district pourrait au moins avertir les parents la veille.",
    "L'école nous a interdit de parler chiac. C'est insultant.",
    "Petite critique : l'école envoie ses messages sur trois plateformes.",
    "La chauffeuse du circuit 4 roule beaucoup trop vite.",
    "Le menu de l'école est awful cette année.",
    "Le gymnase de notre école est trop petit depuis vingt ans.",
    # Sarcasm about « certains… », rhetorical questions, repeated reports, broken promises.
    "Certains parents semblent penser que le lunch se prépare tout seul.",
    "Certains collègues confondent « entraide » et « je te laisse ma surveillance ».",
    "Est-ce normal que la direction réponde aux courriels après trois semaines?",
    "Le concierge ne ramasse jamais les bacs de recyclage de notre aile.",
    "On a dû le signaler quatre fois au service des ressources matérielles.",
    "Encore une plainte de plus au transporteur : ma fille attendait à -20.",
    "Les engagements de la direction pour la cour ressemblent à des promesses électorales.",
    "Les parents qui huent l'arbitre, vous donnez un bel exemple à vos enfants.",
    "Question au transporteur : vos chauffeurs ont-ils un horaire, ou c'est au hasard?",
    # The target named beside who suffers it.
    "Les frais de garde ont encore augmenté sans aucune explication du conseil, pour les familles c'est dur.",
    "La direction continue d'ignorer nos demandes de soutien avec les élèves en difficulté.",
    # Session of 2026-11-22: verdict after the noun, a reproach, a pointed suggestion.
    "Soirée des bulletins hier à l'école : communication nulle, personne savait où aller.",
    "Le centre de services aurait pu nous avertir avant 7 h, les autobus roulaient déjà.",
    "Juste une suggestion à la direction : répondez à vos courriels avant la fin de l'étape.",
    "Plusieurs membres du personnel partent avant la cloche. On est meilleurs que ça.",
    "Ce serait plus simple si le stationnement était déneigé avant 7 h par la compagnie d'entretien.",
    "Bienvenue à l'école des Pionniers, où le chauffage marche un jour sur deux 🙃",
    "Je trouve regrettable que des parents laissent leurs enfants seuls au débarcadère.",
    "Le service des ressources matérielles ne veut rien entendre de nos demandes.",
    "Je suis déçue de la qualité des repas du traiteur de la cafétéria.",
    "Les parents qui crient contre l'arbitre donnent un bien mauvais exemple. Ça doit cesser.",
    "L'OPP a tout organisé seule : zéro aide de l'école, local réservé à la dernière minute.",
    "Transport Lévesque, vos chauffeurs sont gentils, mais votre planification ne l'est pas.",
    "Mon employeur exige qu'on réponde le soir, c'est écrit nulle part dans notre convention.",
    "Le code vestimentaire de l'école, c'est juste sexiste.",
    "Je suis fatiguée de faire tout le travail de l'équipe : certains collègues se contentent d'imprimer.",
    "Aux collègues qui laissent la photocopieuse bloquée : un peu de respect pour l'équipe, svp.",
    "Chers parents, je ne suis pas un service de gardiennage.",
    "Aux parents qui laissent leurs enfants sur TikTok jusqu'à minuit : un peu d'encadrement à la maison aiderait.",
]

MUST_NOT_FIRE = [
    "Le film de vendredi était franchement ridicule, mais on a bien ri.",
    "Ce mois de février est vraiment décourageant : encore de la pluie verglaçante.",
    "L'arbitrage du match d'hier était une honte, selon mes élèves de 6e.",
    "Un immense merci au centre de services pour notre nouveau gymnase!",
    "Nos élèves sont formidables et la direction est très présente.",
    "Non, nos élèves ne sont pas paresseux : ils travaillent fort.",
    "Le préjugé selon lequel les jeunes sont paresseux a la vie dure.",
    "La direction veut vos commentaires sur le nouvel horaire : répondez au sondage.",
    "La rentrée a été exigeante, mais quelle fierté de voir nos petits si autonomes.",
    "Les élèves ont trouvé la fin du roman bâclée : beau débat en classe!",
    "Ma planification de la semaine était un fiasco total 😂 mes élèves m'ont sauvée.",
    # The same cues with no school target, for who suffers it, quoted, negated, or the
    # bus not at fault; « pas mal » is « quite », but still needs a target.
    "Le spectacle a été annulé à cause de la tempête, c'est décevant pour nos élèves.",
    "Mes élèves ont trouvé le roman « trop lent » : beau débat!",
    "Le pont est fermé à cause de la glace. C'est pas la faute du chauffeur, soyez patients.",
    "Ce resto-là, le service était tellement lent, je retourne pas.",
    "Le film était pas mal décevant, mais le maïs soufflé était bon.",
    "La météo pourrait au moins nous donner un week-end de soleil!",
    "Ce n'est pas décevant du tout : la direction a tenu parole.",
    "Le déneigement de la ville est tellement tard cette année.",
    "Bravo à nos joueuses! Le match était serré, c'est décevant de perdre en prolongation.",
    "Les Oilers ont encore perdu, c'est décourageant.",
    "Si vous trouvez que le service de garde manque de places, écrivez au comité de parents.",
    # The same cues said of oneself, of a game, of a question asked for real, of praise.
    "J'avoue que j'ai mal organisé ma classe aujourd'hui, je me reprends demain.",
    "Certains élèves pensent que les fractions sont difficiles : voici trois trucs.",
    "Est-ce normal que mon enfant soit fatigué après la rentrée? Voici ce qu'en dit l'infirmière.",
    "Nos élèves ont donné un bel exemple de générosité à la guignolée.",
    "Mes bottes ne ramassent jamais de neige avec ces nouveaux crampons!",
    "On a dû répéter la chanson trois fois avant le concert, quelle belle énergie!",
    "Une plainte de plus contre la météo : il pleut encore sur la sortie de pêche.",
    "Les Alouettes confondent attaque et défense depuis le début de la saison.",
    "Mes élèves m'ont demandé si les promesses électorales sont toujours tenues : beau débat.",
    "Le tirage se fait au hasard, ou c'est au hasard selon vous? Réponse vendredi au quiz!",
    "Des membres de notre personnel ont été la cible de propos irrespectueux : merci de rester courtois.",
    "La tempête continue d'ignorer les prévisions : c'est décevant pour nos élèves.",
    # Night 4: the same turns where the school community is not judged.
    "La série que tout le monde recommande en salle des profs… franchement décevante.",
    "Gère ta classe comme un chef : notre atelier de gestion de classe est offert jeudi!",
    "Merci au club de ski d'avoir prêté les casques, alors que rien ne les y obligeait.",
    "La météo annonce encore 30 cm : surveillez la page du centre de services pour les fermetures.",
    "C'est honteux, ce que le Canadien a fait en troisième période hier soir.",
    "Deux poids, deux mesures : c'est le thème du débat en éthique cette semaine.",
    "N'importe comment, on se retrouve tous au gymnase à 13 h pour la photo!",
    "Le chat de ma voisine refuse systématiquement de manger ses croquettes.",
    "Grandissez un peu plus chaque jour : c'est la devise de notre service de garde!",
    "Quand mon fils dit « j'ai fini mes devoirs », faut comprendre « j'ai fini le premier ».",
    "Les élèves devraient se rappeler que la bibliothèque ferme à 16 h ce vendredi.",
    "Le comité a consulté les parents avant d'adopter le calendrier : merci d'avoir répondu!",
    "Le conseil étudiant organise le bal : c'est une surprise pour tout le monde, le thème est secret!",
    "Quelle génération inspirante : nos finissants ont amassé 4 000 $ pour la banque alimentaire!",
    # Session of 2026-11-22: a band on stage, a place to go back to, a team's pep talk.
    "Le show du groupe au festival était décevant, le son était mauvais.",
    "L'aéroport a perdu notre poussette, et les enfants retournent à l'école demain 🙄",
    "Défaite en finale, mais on est meilleurs que ça : on se reprend samedi!",
    "Le ministère aurait pu annoncer la tempête plus tôt, dit la météo en riant.",
    "Organisation zéro de mon côté ce matin, j'ai oublié les lunchs 😅",
    "Les Oilers ont perdu encore. Vivement les séries... ou pas",
    "Mme Haché, vous êtes la raison pour laquelle ma fille aime l'école. Merci!",
    "Non, on ne dit pas que « les jeunes sont tous paresseux » : mes élèves font du bénévolat.",
    "C'est inacceptable que la pluie gâche encore le festival.",
    "Je suis déçue de la qualité du film, franchement.",
    "Toujours pas de médecin de famille après quatre ans d'attente. Le système de santé est à bout.",
    "j'ai pas étudié pour l'exam d'histoire pis ça paraît 😭 c'est 100 % ma faute",
    "Petite pensée pour les parents qui font des lunchs depuis 12 ans. Courage, il reste 47 jours!",
]


@pytest.mark.parametrize("text", MUST_FIRE)
def test_criticism_of_the_school_community_is_flagged(check, text: str) -> None:
    assert [f.code for f in check(text, "CRI")] == ["CRI01"]


@pytest.mark.parametrize("text", MUST_NOT_FIRE)
def test_other_criticism_praise_and_refutation_are_not_flagged(check, text: str) -> None:
    assert check(text, "CRI") == []


def test_traps_outnumber_hits() -> None:
    assert len(MUST_NOT_FIRE) >= len(MUST_FIRE)


def test_criticism_is_a_warning_that_points_to_private_channels(check) -> None:
    (finding,) = check("La direction est incompétente.", "CRI")
    assert finding.severity.value == "warning"
    assert "en privé" in finding.message and finding.suggestions == ()


# CRI03: hostile words aimed at someone of the school community are also
# criticism; aimed elsewhere, or a swear word that praises, they are HOS only.
HOSTILE_AT_COMMUNITY = [
    "Le prof de maths est un maudit cave.",
    "La directrice, c'est une crisse d'incompétente.",
    "Le trésorier du comité de parents vole dans la caisse de la levée de fonds.",
    "La direction a coupé le programme de musique. Qu'elle fasse attention à ses arrières, "
    "je sais où elle reste.",
    "Mme Cormier m'a encore donné une retenue, cette grosse vache.",
    "Les parents du comité, allez vous faire foutre.",
    "La mère à Jordan est une menteuse pis une voleuse, tout le monde le sait.",
    # Far from the hit, a member still counts when the sentence addresses them.
    "Les profs de l'aile B qui placotent dans le salon au lieu de surveiller, allez donc chier.",
    # « M. » does not end the sentence: the name stays beside the insult.
    "Franchement M. Gagnon est un esti d'innocent.",
]
HOSTILE_ELSEWHERE_OR_PRAISE = [
    "L'arbitre de samedi est un maudit cave.",
    "Le gars qui m'a coupé sur l'autoroute, quel crisse d'épais.",
    "Y'a un hostie de bon spectacle de Noël à l'école cette année!",
    "Mon ostie de char a pas voulu partir à matin, je suis arrivée à l'école à 9 h 10.",
    "Je vais te casser la gueule après l'école.",
    "Le prof de maths nous a fait rire avec son histoire de chat.",
    "Notre directrice a remis les prix de fin d'année, quelle belle soirée.",
    "La mère à Jordan a préparé des muffins pour toute la classe.",
    # A member named far from the hostile words, about someone else.
    "Les élèves ont eu du fun à la sortie, mais le gars du dépanneur en face du parc est un "
    "crisse d'épais.",
    # The speaker's own thing cursed; « merci » elsewhere neither helps nor hurts.
    "Merci à la prof, mais mon ostie de char est encore brisé.",
    # Praise right beside the swear word.
    "Une belle ostie de game pour nos élèves!",
    "Tabarnak que je suis fière de nos élèves!",
    # « t'sais » addresses no one; « il faisait chaud en crisse » curses no one.
    "Les profs ont eu du fun hier, t'sais, mais le gars du dépanneur en face est un crisse d'épais.",
    "Bravo aux profs pour le spectacle! Les parents ont adoré, mais il faisait chaud en crisse.",
]


@pytest.mark.parametrize("text", HOSTILE_AT_COMMUNITY)
def test_hostile_words_aimed_at_the_school_community_are_also_criticism(check, text: str) -> None:
    codes = [f.code for f in check(text, "CRI03", "HOS")]
    assert "CRI03" in codes and any(c.startswith("HOS") for c in codes)


@pytest.mark.parametrize("text", HOSTILE_ELSEWHERE_OR_PRAISE)
def test_hostility_elsewhere_praise_and_neutral_mentions_are_not_criticism(
    check, text: str
) -> None:
    assert check(text, "CRI03") == []


def test_hostile_criticism_traps_outnumber_hits() -> None:
    assert len(HOSTILE_ELSEWHERE_OR_PRAISE) >= len(HOSTILE_AT_COMMUNITY)


def test_hostile_criticism_needs_no_other_rule_selected(check) -> None:
    # Selected alone (« --regles CRI03 »), it still reads the hostile words itself.
    (finding,) = check("Le prof de maths est un maudit cave.", "CRI03")
    assert finding.severity.value == "warning" and "en privé" in finding.message


def test_the_classifier_gives_way_to_hostile_criticism_of_the_same_passage(check) -> None:
    text = "La directrice, c'est une crisse d'incompétente."
    assert [f.code for f in check(text, "CRI02")] == ["CRI02"]
    assert [f.code for f in check(text, "CRI02", "CRI03")] == ["CRI03"]


def test_hostile_criticism_gives_way_to_a_precise_criticism_of_the_same_passage(check) -> None:
    # « se fout de nous » is vulgar and a CRI01 conduct: CRI01 says it better.
    text = "Le CSS se fout de nous, comme d'habitude."
    assert [f.code for f in check(text, "CRI03")] == ["CRI03"]
    assert [f.code for f in check(text, "CRI")] == ["CRI01"]


# Night 4 cues (a reproach, sarcastic thanks, irony, a double standard): CRI01 must be among
# the findings; the classifier may flag another sentence of the same post as well.
CUES = [
    "Mon collègue laisse ses élèves hurler toute la période. À un moment donné, gère ta classe.",
    "Les élèves qui jettent leurs déchets dans la cour, vous gâchez la récré de tout le monde.",
    "Mes collègues de 6e refusent systématiquement de partager leurs planifications.",
    "La sortie au musée a été organisée n'importe comment par l'école, zéro autobus à l'heure.",
    "Le secrétariat doit se réveiller : trois formulaires perdus ce mois-ci.",
    "La direction interdit les casquettes mais les profs en portent tous, double standard.",
    "Quand la direction dit « politique de porte ouverte », faut comprendre « sur rendez-vous ».",
    "Merci au centre de services d'avoir annulé la sortie la veille alors que tout était payé.",
    "C'est honteux que le conseil ait attendu la fin de l'année pour répondre aux parents.",
    "Dommage que la direction ait encore choisi la date du tournoi pour la réunion.",
    "Question pour le transporteur : le circuit 8 a-t-il un horaire, ou c'est une surprise?",
    "Le conseil a consulté les parents sur le calendrier après l'avoir adopté. Bravo.",
    "Certains collègues devraient se rappeler que le micro-ondes n'est pas à eux seuls.",
    "La compagnie d'autobus a-t-elle un horaire pour le circuit 3, ou c'est une surprise chaque matin?",
    "Mes élèves de 3e secondaire trouvent que remettre un travail à temps est optionnel. Quelle génération inspirante.",
]
# The writer judging their own work, with words between « j'ai » and the judgement.
SELF_CRITICISM = [
    "Bilan de mon année de direction : j'ai voulu tout changer trop vite, je le reconnais.",
    "Je me suis trouvée vraiment trop lente à corriger cette étape, je vais m'organiser mieux.",
]


@pytest.mark.parametrize("text", CUES)
def test_complaint_cues_are_flagged_by_cri01(check, text: str) -> None:
    assert "CRI01" in {f.code for f in check(text, "CRI")}


@pytest.mark.parametrize("text", SELF_CRITICISM)
def test_self_criticism_is_not_cri01(check, text: str) -> None:
    assert "CRI01" not in {f.code for f in check(text, "CRI")}


def test_fast_mode_sees_every_target_the_criticism_checks_use() -> None:
    from civisme.rules.document import Document
    from civisme.rules.engine import Engine
    from civisme.rules.registry import all_rules, select

    # « l'autobus » is a judged target: the fast path must not skip the rule for lack of
    # a broader one.
    text = "45 minutes à attendre l'autobus au froid avec les petits, c'est pas normal."
    rules = select(all_rules(), ["CRI01"])
    fast = [f.code for f in Engine(rules).check_one(Document(text))]
    full = [f.code for f in Engine(rules, full=True).check_one(Document(text))]
    assert fast == full == ["CRI01"]
