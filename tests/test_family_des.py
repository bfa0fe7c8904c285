"""DES: account descriptions (verifier --type description)."""

from __future__ import annotations

from collections import Counter

import pytest

from civisme.rules.document import DocumentKind

MUST_FIRE = [
    # The employer is an item of its own, after the job.
    ("Orthophoniste 🧠 TSA & langage | balados | École Boréale, Falher", "DES03"),
    ("Tech TI @ CSNO ⚙️ | je dépanne les portables des profs", "DES03"),
    # « notre enseignante » is the page's staff: the page is the choir's.
    ("Chorale des jeunes de l'École Boréale 🎶 dirigée par notre enseignante de musique", "DES01"),
    # Apostrophe years that are no class year; « fille de » a place; a business after the school;
    # « Votre enseignante »; schools listed after a colon.
    ("Équipe de volleyball de l'École Héritage 🏐 saison '24-'25", "DES01"),
    ("Enseignante à l'ÉQV depuis '09 | course à pied", "DES03"),
    ("Enseignante de 5e à l'École Héritage, fière fille de la Rivière-la-Paix", "DES03"),
    (
        "Enseignante à l'École Héritage et propriétaire d'une petite entreprise de savons 🧼 | maman de deux",
        "DES03",
    ),
    ("Votre enseignante de 2e année à l'École Boréale 🍎", "DES03"),
    ("Orthopédagogue itinérante, je visite deux écoles : École Héritage et École Boréale", "DES03"),
    ("Page de la bibliothèque de l'école des Quatre-Vents.", "DES01"),
    ("Bienvenue sur la page de l'équipe de volleyball! www.csno.ab.ca", "DES01"),
    ("Organisme officiel du Conseil scolaire du Nord-Ouest : École Héritage.", "DES02"),
    ("Classe officielle du Conseil scolaire du Nord-Ouest. heritage.csno.ab.ca", "DES02"),
    ("Enseignante à l'École Héritage (CSNO). Maman de deux filles.", "DES03"),
    ("Je suis prof au CSNO depuis 2010 et j'aime le plein air.", "DES03"),
    ("Page de la classe de 3e année de l'École Héritage : nos projets et nos sorties.", "DES01"),
    (
        "Organisme officiel du Conseil scolaire du Nord-Ouest : École Héritage. (heritage.csno.ab.ca)",
        "DES02",
    ),
    ("Directrice adjointe, École des Quatre-Vents. Maman, coureuse, lectrice.", "DES03"),
    ("Orthopédagogue au Conseil scolaire du Nord-Ouest 📚 #inclusion", "DES03"),
    # « Mon-Repos » is a school's name, not « mon »: the page is not a person's.
    ("Page de la classe de 2e de l'École Mon-Repos. www.monrepos.ca", "DES01"),
    ("Ens. de 2e à l'É. Héritage. Lectrice et coureuse.", "DES03"),
    ("Technicien en informatique au CSNO. Je répare tout.", "DES03"),
    ("Ancien élève devenu enseignant à l'École Héritage.", "DES03"),
    # A school named by the board's acronym or a handle identifies the employee or the page.
    ("Prof de musique à l'ÉQV 🎺 papa de trois.", "DES03"),
    ("ens. 4e année @ÉcoleHéritage | plein air", "DES03"),
    ("Psychologue scolaire pour le CSNO, toujours sur la route.", "DES03"),
    ("Club de robotique ÉNF : les mardis midi. heritage.ca", "DES01"),
    # Any « É… » acronym names a Franco-Albertan school; more staff jobs.
    ("Dir. adjointe @ ÉSB | course à pied et pédagogie", "DES03"),
    ("Agent de développement communautaire au CSNO, grand-papa comblé.", "DES03"),
    ("Bibliothèque de l'ÉSB : club de lecture du midi et nouveautés. ecolesb.ca", "DES01"),
    (
        "Organisme officiel du Conseil scolaire du Nord-Ouest : troupe de théâtre de l'École Héritage.",
        "DES02",
    ),
    # A page of the board itself still gives the board's site; a bio that opens on
    # a slogan is a school's when an item opens on the school.
    (
        "Conseil scolaire du Nord-Ouest – Ressources humaines\n"
        "Organisme officiel du Conseil scolaire du Nord-Ouest.\nOffres d'emploi chaque semaine.",
        "DES02",
    ),
    (
        "Apprendre et grandir ensemble 🌱\nÉcole Boréale, Peace River\nboreale.ca | www.csno.ab.ca",
        "DES01",
    ),
    ("Chorale des jeunes – École Héritage\nRépétitions le mardi midi.", "DES01"),
    ("Club de plein air de l'É. Héritage. Une sortie par mois!", "DES01"),
    # The board written without its small words; a role missing from older lists;
    # a club that calls itself an official body of the board is held to its links.
    ("Service de transport — Conseil scolaire Nord-Ouest 🚌 Retards et annulations.", "DES01"),
    ("Adjointe administrative à l'ÉQV 📎 Maman de trois.", "DES03"),
    (
        "Club d'improvisation de l'École Boréale | Organisme officiel du Conseil scolaire du "
        "Nord-Ouest | Matchs le jeudi",
        "DES02",
    ),
    # A denial about something else is no disclaimer; a graduating class's page is official.
    ("Prof de 5e à l'École Héritage 🍎 Mes blagues ne représentent pas la réalité 😂", "DES03"),
    ("Finissants 2026 – École Boréale 🎓\nPage du comité des finissants.", "DES01"),
    # A given school still identifies a principal; a bio opening on a grade is a class's.
    ("Directrice de l'École Boréale 🏫 Pédagogie et café", "DES03"),
    ("3e année | École Boréale 🌲 | Nos aventures en lecture. www.csno.ab.ca", "DES01"),
    # « Finissant·e·s 2026 » is the class's page; a staff member who volunteers elsewhere
    # still works at the school.
    (
        "Finissant·e·s 2026 🎓 — École Boréale\nClasse officielle du Conseil scolaire du Nord-Ouest",
        "DES02",
    ),
    ("Concierge à l'École Boréale et bénévole au club de curling de Falher.", "DES03"),
]

MUST_NOT_FIRE = [
    # Disclaimers written with « ≠ » or as English « don't reflect ».
    ("DES03", "Prof d'éduc 🏀 École Héritage (mes posts ≠ position du CSNO)"),
    (
        "DES03",
        "Vice-principal at École Héritage. Views here are personal and don't reflect the views of the CSNO.",
    ),
    # The job is a relative's, or the person is a parent, a trustee or an alumna.
    (
        "DES03",
        "Fier fils de maman, concierge à l'École Boréale depuis 20 ans 🧹 | étudiant en génie",
    ),
    ("DES03", "Mon chum est prof à l'ÉQV pis je l'aide à corriger 😂 | 34 ans | 🎣"),
    ("DES03", "Papa de Noah (4e) à l'École Héritage | soudeur | chasse et pêche"),
    (
        "DES03",
        "Conseillère scolaire, Conseil scolaire du Nord-Ouest — quartier de Falher | maman de quatre",
    ),
    ("DES01", "ÉNF '14 🎓 | infirmière à Edmonton | toujours Falher dans le cœur"),
    # « Éric » opening an item is no school acronym.
    ("DES03", "Infirmière au CLSC de Falher | Éric ❤️ | conseil d'établissement de l'École Boréale"),
    ("DES03", "ÉNF '14 🎓 | infirmière à Edmonton | toujours Falher dans le cœur"),
    # A parish that welcomes a school's pupils is not the school's page.
    (
        "DES01",
        "Paroisse Sainte-Anne de Girouxville ✝️ Bienvenue aux élèves de l'École Boréale pour la messe de Noël!",
    ),
    # Employed by a daycare or the police, serving schools.
    ("DES03", "Éducatrice à la garderie Les Lutins, dans l'École Boréale | maman de deux"),
    (
        "DES03",
        "Policière, GRC de Peace River 🚓 Agente de liaison pour les écoles de la région, dont l'École Boréale.",
    ),
    # Relatives and other employers: the school is a child's, the job is elsewhere.
    (
        "DES03",
        "Fière maman de deux cocos à l'École Boréale 💛 Agente de bureau chez la Co-op agricole",
    ),
    (
        "DES03",
        "Directeur des ventes | Garage Tremblay 🚙\nPapa fier d'une finissante de l'École Héritage",
    ),
    (
        "DES03",
        "Tante fière de ma nièce qui entre à l'École Boréale 🎒 Travailleuse sociale chez Services de "
        "santé Alberta",
    ),
    (
        "DES01",
        "Intervenante jeunesse à la Maison des jeunes de Falher 🌱 Ateliers dans les écoles, dont l'ÉQV!",
    ),
    # Another board's staff and pages.
    ("DES01", "Enseignant d'histoire au Conseil scolaire Centre-Est, Saint-Paul 📜"),
    ("DES02", "Page officielle du Conseil scolaire FrancoSud, Calgary. francosud.ca"),
    # « organisme du Conseil… » on an official page, and a school site under the board's domain.
    (
        "DES01",
        "Page officielle de l'École Boréale, organisme du Conseil scolaire du Nord-Ouest. "
        "Site : csno.ab.ca/ecole-boreale · https://www.csno.ab.ca",
    ),
    (
        "DES02",
        "Page officielle de l'École Boréale, organisme du Conseil scolaire du Nord-Ouest. "
        "Site : csno.ab.ca/ecole-boreale · https://www.csno.ab.ca",
    ),
    # A teacher's own profile with an English disclaimer is no official page, and is covered.
    (
        "DES01",
        "Ms. Cormier 📚 Grade 5 @ ÉQV (CSNO)\nViews are my own and do not represent my school.",
    ),
    (
        "DES03",
        "Ms. Cormier 📚 Grade 5 @ ÉQV (CSNO)\nViews are my own and do not represent my school.",
    ),
    (
        "DES01",
        "Club de hockey mineur Les Bisons 🏒 Nos joueurs viennent de toutes les écoles du Nord-Ouest!",
    ),
    (
        "DES01",
        "Organisme officiel du Conseil scolaire du Nord-Ouest : École des Quatre-Vents. quatrevents.csno.ab.ca, www.csno.ab.ca",
    ),
    (
        "DES01",
        "Classe officielle de 6e année du Conseil scolaire du Nord-Ouest. www.heritage.ca et www.csno.ab.ca",
    ),
    ("DES01", "Maman de deux filles, passionnée de plein air et de randonnée."),
    ("DES02", "Enseignante passionnée. Mes opinions n'engagent que moi."),
    (
        "DES02",
        "Organisme officiel du Conseil scolaire du Nord-Ouest. https://heritage.csno.ab.ca/ https://www.csno.ab.ca/",
    ),
    (
        "DES03",
        "Enseignante à l'École Héritage (CSNO). Mes opinions sont personnelles et ne représentent pas l'école ni le CSNO.",
    ),
    ("DES03", "Je suis prof au CSNO. Les propos tenus ici n'engagent que moi."),
    ("DES03", "Je suis passionnée de plein air et de photographie."),
    # Not a school page: a shop, a town library, a community club.
    ("DES01", "Quincaillerie familiale depuis 1962. Ouvert 7 jours. www.quincaillerie-roy.ca"),
    ("DES02", "Bibliothèque municipale de Falher : heures d'ouverture et activités pour tous."),
    ("DES01", "Club de ski de fond du Nord-Ouest, pour petits et grands."),
    # The designation in other words than the example of the directive.
    (
        "DES01",
        "Organisme scolaire officiel du Conseil scolaire du Nord-Ouest. heritage.csno.ab.ca www.csno.ab.ca",
    ),
    (
        "DES01",
        "Page définie comme une « classe » officielle du « Conseil scolaire du Nord-Ouest ». www.heritage.ca, www.csno.ab.ca.",
    ),
    # A link that ends a sentence keeps its address.
    (
        "DES02",
        "Classe officielle du Conseil scolaire du Nord-Ouest. Site : www.heritage.ca. Conseil : www.csno.ab.ca.",
    ),
    # Not an employee, or an employee who says they speak for themselves.
    ("DES03", "Parent bénévole à l'École Héritage, toujours partant pour les sorties!"),
    ("DES03", "Élève de 11e à l'École des Quatre-Vents. Basket, musique et jeux vidéo."),
    ("DES03", "Enseignant au CSNO. Je ne parle pas au nom de mon employeur."),
    ("DES03", "Technicienne en éducation spécialisée, École Héritage. Compte personnel."),
    ("DES01", "Enseignant au CSNO. Les opinions exprimées ici sont les miennes."),
    ("DES03", "Enseignante au CSNO. Idées et partages personnels, pas ceux de l'école."),
    ("DES01", "Ancien de l'École Héritage, aujourd'hui médecin à Calgary."),
    ("DES03", "Directrice d'école à la retraite. Jardin, lecture et petits-enfants."),
    ("DES01", "Association des parents de l'École Héritage : dîners pizza et collectes de fonds."),
    ("DES02", "Garderie Les Lucioles, juste à côté de l'École Héritage. Places disponibles!"),
    ("DES01", "Pharmacie Gagnon, fière partenaire de l'École Héritage pour la collecte de sang."),
    ("DES02", "Troupe de théâtre Les Nordiques : répétitions à l'École Héritage le lundi."),
    ("DES01", "Comité de parents de l'École Héritage (organisme indépendant)."),
    ("DES03", "Secrétaire au CSNO. Vues personnelles, pas celles de mon employeur."),
    ("DES01", "Ancien président du conseil d'école Boréal, maintenant papi à temps plein."),
    (
        "DES02",
        "Centre culturel de Falher : spectacles et cours. Partenaire des écoles de la région.",
    ),
    ("DES01", "Club de soccer de Falher : plusieurs joueurs viennent de l'École Héritage."),
    ("DES03", "Ancien enseignant de l'École Héritage, aujourd'hui pilote de brousse."),
    ("DES03", "Conjoint de l'enseignante de 3e de l'ÉSB | menuisier"),
    ("DES01", "Page non officielle des finissants de l'École Héritage, gérée par des élèves."),
    ("DES02", "Chorale communautaire du Nord-Ouest : répétitions à l'École Héritage le mardi."),
    (
        "DES03",
        "Équipe de robotique de l'École Héritage. Organisme officiel du Conseil scolaire du Nord-Ouest, "
        "animé par deux enseignantes. heritage.ca www.csno.ab.ca",
    ),
    # Bodies that name a school further down, as host, sponsor or neighbour: their
    # bio opens on themselves, not on the school.
    (
        "DES01",
        "Paroisse Saint-Isidore de Girouxville\nMesses et baptêmes.\n"
        "Nous recevons les élèves de l'École Boréale pour la chorale de Noël.",
    ),
    ("DES02", "Garage Lavoie et fils | Falher\nCommanditaire du tournoi de l'École Héritage."),
    (
        "DES01",
        "Municipalité de Girouxville – page officielle\nCollecte des ordures le mardi.\n"
        "Bravo aux élèves de l'ÉQV pour le nettoyage du parc!",
    ),
    # Former staff, a spouse, and bios that open on a job with a disclaimer.
    ("DES01", "Ex-secrétaire de l'École Héritage (1998-2020) 🌷 Jardinage et petits-enfants."),
    ("DES03", "Infirmière au CLSC, mariée à un prof de l'École Boréale 💕"),
    ("DES01", "Concierge à l'École Boréale 🧹\nOpinions = les miennes, pas celles de l'ÉB."),
    ("DES03", "Concierge à l'École Boréale 🧹\nOpinions = les miennes, pas celles de l'ÉB."),
    ("DES03", "Teacher at École Héritage. I do not speak for the school or the board."),
    # A sponsor's bio whose own item is the business; a former student; a nurse who
    # visits « les écoles »; an English disclaimer about tweets.
    (
        "DES01",
        "Café du Coin ☕ Girouxville | Commanditaire des Faucons de l'École Héritage | Ouvert dès 6 h",
    ),
    ("DES01", "Finissante 2009 de l'École Héritage | Avocate à Edmonton"),
    (
        "DES03",
        "Infirmière scolaire (AHS) 💉 Je passe dans les écoles de Falher pour la vaccination.",
    ),
    (
        "DES03",
        "Music teacher @ École Boréale 🎶 Tweets are mine, not the views of my school or board.",
    ),
    (
        "DES03",
        "Enseignante à l'École Héritage. Mes opinions ne représentent pas nécessairement celles du CSNO.",
    ),
    # Former staff opening their bio on the old job; a job title with no school; a
    # university's staff whose « futurs enseignants » are not their own role.
    ("DES01", "Ancienne directrice adjointe de l'École Boréale, aujourd'hui agricultrice 🌾"),
    ("DES03", "Directeur d'école 🏫 Pédagogie, course, café #EduAB"),
    (
        "DES03",
        "Professeur à l'Université de l'Alberta 🎓 Je supervise nos futurs enseignants dans les "
        "écoles du CSNO.",
    ),
    # Another division named in English; an employer after an emoji; a business that
    # serves « plusieurs écoles du CSNO ».
    ("DES01", "École Saint-Luc | Peace Wapiti Public Schools | page officielle de l'école"),
    (
        "DES03",
        "Animatrice jeunesse 🌈 Maison des jeunes de Falher | Les mardis à l'École Héritage pour "
        "l'aide aux devoirs",
    ),
    ("DES01", "📷 Photo Nord — portraits scolaires de plusieurs écoles du CSNO. Réservez!"),
    # A former player; a nurse whose employer is the next item; a supervisor hired by the
    # parents' society; a spouse « du directeur »; an English disclaimer with « don't ».
    ("DES01", "🏒 Ex-Faucon (École Héritage '19) | #9 Bears U of A"),
    (
        "DES03",
        "Infirmière en santé publique | Alberta Health Services\nJe passe à l'École Héritage "
        "pour les vaccins.",
    ),
    ("DES03", "Surveillante du dîner — embauchée par la Société de parents de l'École Boréale"),
    ("DES01", "Époux de la directrice de l'École Boréale | Mécanicien à Falher"),
    (
        "DES03",
        "Teacher | 4e année à l'École Héritage\nViews expressed here don't represent my school "
        "or the board.",
    ),
    # The board's own service page has no school site to give.
    (
        "DES02",
        "Conseil scolaire du Nord-Ouest – Transport scolaire\n"
        "Organisme officiel du Conseil scolaire du Nord-Ouest.\nHoraires et annulations : www.csno.ab.ca",
    ),
]


@pytest.mark.parametrize(("text", "code"), MUST_FIRE)
def test_missing_designation_links_or_disclaimer_is_flagged(check, text: str, code: str) -> None:
    assert code in {f.code for f in check(text, "DES", kind=DocumentKind.DESCRIPTION)}


@pytest.mark.parametrize(("target", "text"), MUST_NOT_FIRE)
def test_complete_descriptions_are_not_flagged(check, target: str, text: str) -> None:
    assert target not in {f.code for f in check(text, "DES", kind=DocumentKind.DESCRIPTION)}


def test_each_rule_has_at_least_as_many_traps_as_hits() -> None:
    hits = Counter(code for _, code in MUST_FIRE)
    traps = Counter(code for code, _ in MUST_NOT_FIRE)
    assert all(traps[code] >= count for code, count in hits.items()), (hits, traps)


def test_description_rules_do_not_apply_to_posts(check) -> None:
    assert check("Page de la bibliothèque de l'école.", "DES") == []
