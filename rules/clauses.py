"""The policy clauses that rules enforce, quoted word for word from the boards'
policies so that a finding can always say why."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Clause:
    board: str
    section: str
    quote: str

    @property
    def reference(self) -> str:
        """Short citation, as shown in reports: « CSTL annexe 1 — Majuscules »."""
        return f"{self.board} {self.section}"


BOARDS = {
    "CSSPO": "Centre de services scolaire des Portages-de-l'Outaouais (QC) — Directive d'utilisation des médias sociaux (2020)",
    "CSTL": "Commission scolaire des Trois-Lacs (QC) — Cadre de gestion TI et médias sociaux, annexes 1 et 2",
    "DSFNO": "District scolaire francophone du Nord-Ouest (N.-B.) — Directive 1.06 (2018)",
    "CSSCV": "Centre de services scolaire au Cœur-des-Vallées (QC) — Charte d'utilisation des médias sociaux",
    "CSNO": "Conseil scolaire du Nord-Ouest (Alb.) — Directive administrative 142 et annexe A",
}

CLAUSES: dict[str, Clause] = {
    # Majuscules, langue, ton
    "CSTL-A1-MAJUSCULES": Clause(
        "CSTL",
        "annexe 1 — Majuscules",
        "L'utilisation des majuscules doit être évitée, car cela équivaut à crier contre le "
        "lecteur. Si l'on tient à insister sur un message, on doit le souligner, le mettre en "
        "italique ou en gras.",
    ),
    "CSTL-A1-FRANCAIS": Clause(
        "CSTL",
        "annexe 1 — Qualité du français",
        "L'utilisation de la langue française doit être faite de façon appropriée et sans "
        "utilisation d'abréviations et d'acronymes provenant de l'argot Internet.",
    ),
    "CSNO-2B-III": Clause("CSNO", "§2b-iii", "présenter une qualité de français exceptionnelle"),
    "CSTL-A1-POLITESSE": Clause(
        "CSTL",
        "annexe 1 — Politesse et courtoisie",
        "Il est important d'être poli, courtois et professionnel dans toutes les communications. "
        "Entre les élèves et le personnel, le ton doit être convenable et éviter toute familiarité "
        "afin de demeurer professionnel.",
    ),
    "CSSPO-3-TON": Clause(
        "CSSPO", "§3", "Conserver un ton formel, courtois et respectueux en tout temps;"
    ),
    "CSSPO-3-IMPULSIFS": Clause(
        "CSSPO",
        "§3",
        "Éviter les commentaires impulsifs, inopportuns et enflammés",
    ),
    "CSSPO-4-DISTANCE": Clause(
        "CSSPO", "§4", "Maintenir une distance professionnelle dans les échanges avec les élèves;"
    ),
    "CSNO-A-CALME": Clause(
        "CSNO",
        "annexe A — Restez calme",
        "Restez calme : la ligne est fine entre un débat sain et une réaction incendiaire.",
    ),
    # Renseignements personnels
    "CSSPO-3-INFO": Clause(
        "CSSPO",
        "§3",
        "Ne dévoiler aucune information personnelle (adresse, numéro de téléphone privé, année de "
        "naissance, etc.);",
    ),
    "CSSPO-4-CONFIDENTIALITE": Clause(
        "CSSPO",
        "§4",
        "Respecter la confidentialité des renseignements personnels des élèves et des autres "
        "intervenants au sein du CSSPO;",
    ),
    "CSTL-A2-3": Clause(
        "CSTL",
        "annexe 2 §3",
        "Les renseignements confidentiels de type numéro de téléphone, adresse, carte de crédit ou "
        "autres ne doivent pas être divulgués",
    ),
    "CSTL-A2-3-ELEVES": Clause(
        "CSTL",
        "annexe 2 §3 (élèves)",
        "Les renseignements confidentiels de type numéro de téléphone, adresse, numéro d'assurance "
        "sociale ou autres ne doivent pas être divulgués",
    ),
    "CSTL-A2-6": Clause(
        "CSTL",
        "annexe 2 §6",
        "Avant de publier des photos ou des vidéos prises dans l'établissement sur quelle que soit "
        "la plateforme, vous devez demander l'autorisation écrite des personnes qui y figurent ou "
        "aux parents des élèves mineurs.",
    ),
    "CSTL-A2-9": Clause(
        "CSTL",
        "annexe 2 §9",
        "La prudence est de mise avec les mots de passe. Ne les communiquez jamais à personne.",
    ),
    "CSNO-3B": Clause(
        "CSNO",
        "§3b",
        "Ne pas divulguer sur l'Internet (sites Web et réseaux sociaux) de renseignements "
        "personnels ou d'images d'élèves ou des membres du personnel, sans obtenir l'approbation "
        "au préalable du parent ou de l'élève indépendant, du membre du personnel ou de l'individu.",
    ),
    "CSNO-A-SECRETS": Clause(
        "CSNO",
        "annexe A — Ne divulguez pas de secrets",
        "Les sujets suivants sont hors limite : les litiges, les états financiers non publiés, et "
        "informations sur les élèves ou membres du personnel.",
    ),
    "DSFNO-3-VIE-PRIVEE": Clause(
        "DSFNO", "§3 (objectifs)", "Assurer le respect de la vie privée de tous ;"
    ),
    "CSSCV-VIE-PRIVEE": Clause(
        "CSSCV",
        "Responsabilité et sanctions",
        "Contenu portant atteinte aux droits fondamentaux d'autrui et notamment au droit du "
        "respect de leur vie privée ;",
    ),
    # Comptes et noms de comptes
    "CSNO-5C": Clause(
        "CSNO",
        "§5c",
        "Il y aura seulement un compte officiel par école pour chaque réseau social. Utiliser la "
        "désignation suivante pour nommer les comptes officiels :",
    ),
    "CSNO-5D": Clause("CSNO", "§5d", "Chaque nom de compte doit avoir le format « (nom) _CSNO »"),
    "CSNO-5E": Clause(
        "CSNO",
        "§5e",
        "Éviter le plus possible les acronymes : ÉNF, ÉQV, ÉH, ou les utiliser en cas d'espace restreint.",
    ),
    "CSNO-1B": Clause(
        "CSNO",
        "§1b",
        "Si l'utilisateur d'un compte est directement ou indirectement identifié comme un employé du "
        "CSNO, mais n'est pas autorisé (voir 1.a), le profil de l'utilisateur doit clairement indiquer "
        "que lui ou elle ne représente pas les opinions de l'école ou du CSNO.",
    ),
    "CSNO-5A": Clause(
        "CSNO",
        "§5a",
        "Chaque compte/profil doit avoir deux membres du personnel en tant qu'administrateurs (au moins "
        "un enseignant / une enseignante).",
    ),
    "CSNO-5B": Clause(
        "CSNO",
        "§5b",
        "qui inclut : l'objectif général, le public visé, la nature de l'information partagée, calendrier "
        "d'interactions/mises à jour.",
    ),
    "CSNO-5G": Clause(
        "CSNO", "§5g", "Inclure les liens du site Web de l'école et du CSNO (www.csno.ab.ca);"
    ),
    "CSNO-CREER": Clause(
        "CSNO",
        "« Créer un compte Facebook et Twitter »",
        "Lorsque vous créez le compte, vous devez définir la page dans la description de page comme une "
        "« classe » ou « organisme » officiel de « Conseil scolaire du Nord-Ouest ».",
    ),
    "CSTL-322-PEDAGOGIQUE": Clause(
        "CSTL",
        "§3.2.2",
        "L'accessibilité d'un compte à des fins pédagogiques doit être restreinte",
    ),
    "CSTL-322-TREIZE": Clause(
        "CSTL",
        "§3.2.2",
        "Il peut permettre à ses élèves de 13 ans et plus d'y adhérer.",
    ),
    "CSTL-321-NOM": Clause(
        "CSTL",
        "§3.2.1",
        "Nul ne peut utiliser le nom ou le logo de la Commission scolaire ou ceux de ses établissements "
        "pour la création de comptes au nom de ces derniers, sur les différents médias sociaux, sans "
        "l'autorisation préalable et écrite du directeur du Service du secrétariat général et des "
        "communications.",
    ),
    # Propos hostiles
    "CSTL-321-PROPOS": Clause(
        "CSTL",
        "§3.2.1",
        "Aucun propos agressif, diffamatoire, discriminatoire, haineux, raciste, xénophobe, "
        "homophobe, sexiste, disgracieux ou de toute autre nature violente ou incivile (insulte, "
        "médisance, sarcasme, méchanceté, etc.) n'est toléré;",
    ),
    "CSTL-A2-5": Clause(
        "CSTL",
        "annexe 2 §5",
        "Aucun propos agressif, diffamatoire, discriminatoire, haineux, raciste, xénophobe, "
        "homophobe, sexiste, disgracieux ou de toute autre nature violente ou incivile n'est "
        "toléré (cyberintimidation).",
    ),
    "DSFNO-4-HAINE": Clause(
        "DSFNO",
        "§4",
        "Les propos diffamatoires, haineux, racistes, xénophobes, homophobes, sexistes, "
        "disgracieux ou de toute autre nature violente ;",
    ),
    "DSFNO-4-VULGAIRE": Clause("DSFNO", "§4", "Le langage vulgaire, obscène ou malveillant ;"),
    "DSFNO-4-INJURES": Clause(
        "DSFNO",
        "§4",
        "Les injures, les menaces ou le harcèlement à l'égard d'une personne ou d'un groupe.",
    ),
    "CSSCV-DIFFAMATION": Clause(
        "CSSCV",
        "Responsabilité et sanctions",
        "Propos diffamatoires (attaque, insulte, langage menaçant ou obscène, propos homophobe, "
        "harcèlement, chantage) ou de propagande ;",
    ),
    "CSSCV-CYBERINTIMIDATION": Clause(
        "CSSCV",
        "Responsabilité et sanctions",
        "Contenu pour intimider les autres, leur faire mal ou nuire à leur réputation et à leurs "
        "relations (cyberintimidation).",
    ),
    "CSSPO-3-DEGRADANT": Clause(
        "CSSPO",
        "§3",
        "Ne diffuser aucun contenu (écrit, parole, photo, dessin, vidéo, etc.) potentiellement "
        "dégradant pour soi ou pour d'autres personnes;",
    ),
    "CSNO-A-RESPECT": Clause(
        "CSNO",
        "annexe A — Respectez votre public",
        "éviter les insultes ethniques, les insultes personnelles, l'obscénité, etc.",
    ),
    "CSNO-A-PROFESSIONNALISME": Clause(
        "CSNO",
        "annexe A — Respectez votre public",
        "ne pas avoir peur d'être vous-même, mais le faire avec respect et professionnalisme.",
    ),
    "CSNO-A-FAIT": Clause(
        "CSNO",
        "annexe A — Ajoutez de la valeur",
        "Chaque fois que vous présentez quelque chose comme un fait, assurez-vous que c'est un fait.",
    ),
    # Critique, confidentialité, sollicitation, sujets sensibles (#8)
    "CSSPO-4-CRITIQUE": Clause(
        "CSSPO",
        "§4",
        "S'abstenir de critiquer les élèves, les collègues, l'employeur ou le Centre de services "
        "scolaire.",
    ),
    "DSFNO-4-PLAINTES": Clause(
        "DSFNO",
        "§4",
        "Les médias sociaux ne sont pas des forums appropriés pour communiquer des plaintes "
        "personnelles à propos du DSFNO, ni à l'endroit de ses élèves, ses employés, ses "
        "intervenants et ses partenaires.",
    ),
    "CSNO-A-CRITIQUE": Clause(
        "CSNO",
        "annexe A — Ne critiquez pas",
        "Ne critiquez pas la concurrence (ou le CSNO) : soyez agréable.",
    ),
    "CSSCV-CONSTRUCTIF": Clause(
        "CSSCV",
        "Règle de conduite",
        "Il est donc primordial que l'employé s'identifie, s'exprime de façon pertinente, "
        "respectueuse et constructive à l'endroit des personnes ou d'une entité.",
    ),
    "CSTL-321-CONFIDENTIEL": Clause(
        "CSTL",
        "§3.2.1",
        "Un employé ou un intervenant ne doit pas communiquer de l'information à caractère "
        "confidentiel à laquelle il a accès dans le cadre de son travail",
    ),
    "CSSCV-CONFIDENTIEL": Clause(
        "CSSCV",
        "Règle de conduite",
        "L'utilisateur ne doit pas divulguer des données confidentielles ou stratégiques du CSSCV "
        "ou des écoles, des élèves ou du personnel dans les médias sociaux.",
    ),
    "DSFNO-3-CONFIDENTIALITE": Clause(
        "DSFNO",
        "§3 (objectifs)",
        "Préserver la confidentialité des informations obtenues par les employés et intervenants "
        "dans l'exercice de leurs fonctions ;",
    ),
    "CSSPO-CODE-CONFIDENTIALITE": Clause(
        "CSSPO",
        "préambule (code d'éthique)",
        "Respectent la plus stricte confidentialité dans l'exercice de leurs fonctions;",
    ),
    "CSSCV-COMMERCIAL": Clause(
        "CSSCV",
        "Responsabilité et sanctions",
        "Productions commerciales, publicitaires, sollicitations ou pourriels (hyperliens n'étant "
        "pas liés directement au contenu publié par le CSSCV) ;",
    ),
    "CSNO-A-SUJETS": Clause(
        "CSNO",
        "annexe A — Respectez votre public",
        "l'examen adéquat de la vie privée et des sujets qui peuvent être considérés comme "
        "répréhensibles ou provocants, comme la politique et la religion.",
    ),
    # Auteur, source, heures (#8)
    "CSTL-A1-COORDONNEES": Clause(
        "CSTL",
        "annexe 1 — Coordonnées",
        "Tout message doit permettre d'en identifier l'auteur et, s'il y a lieu, sa fonction.",
    ),
    "CSTL-A1-DROITS": Clause(
        "CSTL",
        "annexe 1 — Modération, prudence et droits d'auteur",
        "L'internaute doit être prudent à l'égard du langage qu'il utilise et du matériel protégé "
        "par des droits d'auteur. En tout temps, il doit s'assurer qu'il peut l'utiliser et en "
        "indiquer la source.",
    ),
    "CSSPO-3-PROPRIETE": Clause(
        "CSSPO",
        "§3",
        "Respecter la propriété intellectuelle (écrite, photographique, artistique et musicale) "
        "et les droits d'auteur;",
    ),
    "CSNO-2D": Clause(
        "CSNO",
        "§2d",
        "Les membres du personnel qui participent à des activités de médias sociaux respecteront "
        "les lois de droit d'auteur",
    ),
    "CSSPO-3-HEURES": Clause(
        "CSSPO",
        "§3",
        "Communiquer avec les autres à des heures convenables et sur des plateformes éducatives "
        "reconnues",
    ),
    "CSSPO-CODE-RESPECT": Clause(
        "CSSPO", "préambule (code d'éthique)", "Témoignent de respect les uns envers les autres;"
    ),
    "CSSPO-CODE-HARCELEMENT": Clause(
        "CSSPO",
        "préambule (code d'éthique)",
        "Entretiennent des relations interpersonnelles saines et exemptes de harcèlement et "
        "d'intimidation;",
    ),
}


def references(clause_ids: tuple[str, ...]) -> tuple[str, ...]:
    """Citations for a rule's clauses, in the rule's order."""
    return tuple(CLAUSES[c].reference for c in clause_ids)
