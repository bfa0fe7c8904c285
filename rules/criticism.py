"""CRI: public criticism of the employer, the school, colleagues, students,
parents or partners. A target and a negative evaluation said of it in one
clause; the same words said of a film, a referee or the weather are not CRI."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import Any

from .base import Example, Rule
from .document import Document
from .finding import Hit, Severity
from .folded import Sentence, finditer, folded, negated_before, sentences, words
from .hostile_text import inside, quoted_spans
from .literal_gate import LiteralScanner

CRITICISM_CLAUSES = (
    "CSSPO-4-CRITIQUE",
    "DSFNO-4-PLAINTES",
    "CSNO-A-CRITIQUE",
    "CSSCV-CONSTRUCTIF",
)

# Who may not be criticised in public: the employer and the people of the school.
_EMPLOYER = words(
    "direction",
    "direction generale",
    "administration",
    "directeur",
    "directrice",
    "directeur adjoint",
    "directrice adjointe",
    "dg",
    "css",
    "cs",
    "centre de services",
    "centre de services scolaire",
    "commission scolaire",
    "conseil scolaire",
    "conseil d administration",
    "district",
    "district scolaire",
    "employeur",
    "patron",
    "patronne",
    "patrons",
    "dirigeants",
    "gestionnaires",
    "ressources humaines",
    "rh",
    "ecole",
    "service de garde",
)
_PEOPLE = words(
    "eleves",
    "etudiants",
    "etudiantes",
    "jeunes",
    "collegues",
    "profs",
    "enseignants",
    "enseignantes",
    "parents",
    "familles",
    "secretaire",
    "secretaires",
    "concierge",
    "concierges",
    "surveillants",
    "surveillantes",
    "educatrices",
    "educateurs",
    "techniciennes",
    "chauffeurs",
    "chauffeurs d autobus",
    "transporteur",
    "partenaires",
    "personnel",
    "joueurs",
    "joueuses",
    "stagiaires",
    "suppleants",
    "suppleantes",
    "classe",
    "groupe",
    "cafeteria",
    "photographe",
    "traiteur",
    "concessionnaire",
    "entrepreneur",
    "presidence",
    "chauffeur",
    "chauffeuse",
)
_ACRONYM = r"(?:cs[a-z]{1,4}|dsfno|dsf\w*)"  # CSSPO, CSTL, CSNO, DSFNO…
_TARGET = (
    rf"(?:\b(?:la|le|l|les|notre|nos|mon|ma|mes|cette|ce|ces|quelle|quel|certains|certaines)\s+"
    rf"(?:{_EMPLOYER}|{_PEOPLE}|{_ACRONYM})|\b{_ACRONYM})\b"
    # « la direction de l'école », « les parents de ma classe », « le transporteur scolaire »
    r"(?:\s+(?:scolaire|adjointe?|generale?|actuelle?|la))?"
    r"(?:\s+(?:de|du|des|d)\s+(?:\w+\s+){0,2}?\w+)?"
)

# Negative evaluations, as predicates (« est incompétente », « sont des paresseux »).
_ADJECTIVES = (
    r"incompetent\w*|nul|nuls|nulle|nulles|ridicules?|absurdes?|paresseu(?:x|se|ses)|"
    r"insupportables?|irresponsables?|lamentables?|pathetiques?|deconnecte\w*|minables?|"
    r"honteu(?:x|se|ses)|inacceptables?|desorganise\w*|mediocres?|epouvantables?|"
    r"catastrophiques?|aberrant\w*|insense\w*|hypocrites?|malhonnetes?|impoli\w*|ingrat\w*|"
    r"incapables?|inutiles?(?! (?:de|d)\b)|awful|pitoyables?|decevant\w*|desolant\w*|navrant\w*|arrogant\w*|"
    r"meprisant\w*|negligent\w*|laxistes?|injustes?|borne\w*|laches?|amateurs?|"
    r"sans (?:allure|c(?:oe|œ)ur|colonne|jugement|bon sens)|tout croche|pas fiables?|pas capables?|"
    r"(?:la|le) pire|les pires|corrompu\w*|"
    r"(?:mal|tres mal) (?:organise\w*|gere\w*|elev\w*)|(?:bon|bons) a rien|toujours en retard|"
    r"jamais (?:la|a l heure|disponibles?|presents?)"
)
_NOUNS = (
    r"(?:une|un|des|de|d) (?:(?:vrai|vraie|vrais|vraies|belle|beau|belles|beaux|gang de|bande de) )?"
    r"(?:farce|blague|joke|cirque|honte|fiasco|desastre|catastrophe|paresseu(?:x|ses)|"
    r"incompetent\w*|ignorant\w*|hypocrites|profiteu\w+|enfants gates|amateurs|bons a rien|"
    r"incapables)\b|n importe quoi|(?:d une|d un) (?:paresse|incompetence|nullite|betise|"
    r"lenteur|arrogance|mauvaise foi|hypocrisie|negligence|desorganisation|amateurisme)\b"
)
_COPULA = (
    r"est|sont|etait|etaient|a ete|ont ete|sera|seront|serait|seraient|reste|restent|demeure|"
    r"demeurent|devient|deviennent|semble|semblent|me semble|me semblent|nous semble|"
    r"se montre|se montrent|c est|ce sont|c etait"
)
_ADVERBS = (
    r"vraiment|tellement|completement|totalement|encore|toujours|tres|trop|si|assez|franchement|"
    r"carrement|absolument|juste|donc|bien|plutot|super|clairement|vraiment|une fois de plus|"
    r"encore une fois|de plus en plus|souvent|parfois|aussi|tous|toutes|tout|rendus?|rendues?|"
    r"cette annee|cette semaine|ce matin|cette session|ces temps ci|la|beaucoup|pas mal|un peu|bien trop"
)
_GAP = rf"(?:\s*,?\s*(?:{_COPULA}|{_ADVERBS})\b){{1,4}}\s+"
_PREDICATE = re.compile(rf"{_TARGET}{_GAP}(?P<eval>{_ADJECTIVES}|{_NOUNS})\b")

# What the target does: « se fout de nous », « ne lisent jamais rien ».
_CONDUCT = (
    r"(?:qui\s+)?(?:nous\s+|me\s+)?(?:"
    r"se (?:fout|foutent|fiche|fichent|moque|moquent|contrefout|contrefiche) (?:de|des|du|d)\b|"
    r"s en (?:fout|foutent|fiche|fichent|balance|balancent|lave les mains|lavent les mains|contrefiche)|"
    r"(?:a |ont )?(?:encore )?(?:abandonne|abandonnent|laisse tomber|laissent tomber|prend pour des|"
    r"prennent pour des|meprise|meprisent|ment|mentent|ignore|ignorent) |"
    r"(?:a|ont) encore (?:coupe|oublie|change|annule|refuse|impose|recule|laisse tomber)\b|"
    r"(?:pourrai\w+|devrai\w+) (?:faire un effort|se forcer|se reveiller|apprendre a|"
    r"faire (?:leur|sa|son) (?:job|travail)|se mettre a|se reveiller)|"
    r"(?:ne |n )?(?:comprend|comprennent|fait|font|lit|lisent|ecoute|ecoutent|sait|savent|"
    r"respecte|respectent|travaille|travaillent|gere|gerent|aide|aident|repond|repondent|"
    r"bouge|bougent|soutient|soutiennent|consulte|consultent|valorise|valorisent|"
    r"s implique|s impliquent|suit|suivent|foutent|fout) (?:jamais rien|rien|jamais|plus rien|"
    r"absolument rien|pas grand chose|aucun\w*)\b|"
    r"(?:n a|n ont|a|ont) (?:aucune idee|aucun leadership|aucune vision|aucun respect|"
    r"aucune discipline|aucune motivation|aucune ecoute|aucun effort|aucune rigueur|"
    r"aucune consideration|aucun jugement|aucune colonne|rien compris|jamais rien compris)|"
    r"(?:gaspille|gaspillent|a gaspille|ont gaspille) |"
    r"(?:decide|decident|a decide|ont decide|impose|imposent|a impose|ont impose) (?:\w+ ){0,6}"
    r"sans (?:nous )?(?:consulter|demander|ecouter|nous consulter)"
    r")"
)
_BEHAVIOUR = re.compile(rf"{_TARGET}\s+(?P<eval>{_CONDUCT})")

# « l'incompétence de la direction », « une décision ridicule du CSS ».
_FAULTS = (
    r"incompetence|nullite|paresse|hypocrisie|arrogance|mauvaise foi|mauvaise gestion|betise|"
    r"stupidite|lachete|ignorance|mepris|desorganisation|amateurisme|negligence|laxisme"
)
_DECISIONS = (
    r"decisions?|idees?|reformes?|politiques?|directives?|annonces?|plans?|choix|gestion|"
    r"regles?|consignes?|mesures?|formations?|reunions?|initiatives?|calendriers?|horaires?|"
    r"coupures?|compressions?"
)
_OF_TARGET = re.compile(
    rf"(?P<eval>\b(?:{_FAULTS})\b|\b(?:{_DECISIONS})\s+(?:\w+\s+)?(?:{_ADJECTIVES})\b"
    rf"|\b(?:{_ADJECTIVES})\s+(?:{_DECISIONS})\b)\s+(?:\w+\s+){{0,3}}?(?:de|du|des|d)\s+"
    rf"(?:(?:la|l|le|les|notre|nos|mon|ma|mes|ce|cette|ces)\s+)?(?:{_EMPLOYER}|{_PEOPLE}|{_ACRONYM})\b"
)
# « jamais vu une administration aussi désorganisée », « quelle direction incompétente ».
_EXCLAIMED = re.compile(
    rf"\b(?:jamais vu|quelle|quel|quelles|quels)\s+(?:une |un |des )?(?:{_EMPLOYER}|{_PEOPLE})\s+"
    rf"(?:aussi |si |plus |tellement |vraiment )?(?P<eval>{_ADJECTIVES})\b"
)
# « la façon dont notre commission scolaire l'a implanté, c'est n'importe quoi ».
_VERDICT = re.compile(
    rf"{_TARGET}(?:\s+\S+){{0,8}}?\s+(?P<eval>c est (?:vraiment |juste |du grand |encore )?"
    r"(?:n importe quoi|une farce|une honte|un fiasco|inacceptable|honteux|lamentable|ridicule|"
    r"absurde|aberrant|insense|un cirque|une blague|une joke))\b"
)
# Exasperation with the employer: an eye-roll or a sarcastic aside in the same
# sentence (« …on nous parle de sécurité 🙄 », « Belle priorité, vraiment. »).
_EMPLOYER_TARGET = re.compile(
    rf"\b(?:la|le|l|les|notre|nos|mon|ma|mes|au|du|aux|des)\s+(?:{_EMPLOYER})\b|\b{_ACRONYM}\b"
)
_EXASPERATION = re.compile(
    r"[\U0001F644\U0001F643\U0001F612\U0001F926]|\bcherchez l erreur\b|\ballo la coherence\b|"
    r"\bon repassera\b|\bmerci pour rien\b|\bcome on\b|\b(?:belle|beau|bravo pour la|bravo pour le|bravo la|bravo le|super) "
    r"(?:priorite|planification|gestion|leadership|vision|organisation|communication|logique|"
    r"coherence|consultation|transparence)\b|\bpersonne (?:en haut|a la direction|au css|"
    r"au centre de services) (?:n )?(?:ecoute|comprend|s en soucie)"
)
# « recommencer l'école lundi », « après l'école »: the school as a place or a time.
_SCHOOL_AS_PLACE = re.compile(
    r"\b(?:(?<!bienvenue )a|apres|avant|pour|vers|(?:re)?commenc\w*|retour(?:ne\w*)?|rentr\w*|aller|va|vont|allait)\s+$"
)


def _employer_named(text: str) -> bool:
    """Whether the employer or the school is named as someone, not as the
    place one goes to (« les enfants recommencent l'école lundi »)."""
    return any(
        not (m.group().endswith("ecole") and _SCHOOL_AS_PLACE.search(text, 0, m.start()))
        for m in _EMPLOYER_TARGET.finditer(text)
    )


# Sarcasm and exasperation: « Merci à la direction pour rien », « encore une fois, le CSS coupe… ».
_SARCASM = re.compile(
    rf"(?P<eval>\bmerci (?:a|au|aux) {_TARGET}(?:\s+\w+){{0,6}}\s+pour rien\b"
    rf"|\b(?:encore une fois|une fois de plus|comme d habitude|comme toujours)\W+{_TARGET}\s+"
    r"(?:\w+\s+){0,2}(?:oubli|impose|coupe|ignore|refuse|recule|abandonne|annule|change d idee)\w*)"
)

# A complaint needs no clause shape: a target named in the post and, in the
# same sentence or the next two, a cue that only complaints use (« zéro
# réponse », « perte de temps », « aucun sérieux », sarcasm, « pauvres jeunes »).
_BROAD_TARGET = re.compile(
    rf"{_EMPLOYER_TARGET.pattern}|\b(?:la|le|l|les|notre|nos|mon|ma|mes|ta|ton|tes|vos|votre|cette|ce|ces|"
    rf"certains|certaines|des|aux|au|du)\s+(?:{_PEOPLE}|nouvelle direction|service \w+(?: \w+)?|"
    r"secretariat|transporteur|traiteur|compagnie d autobus|compagnie de transport|compagnie d entretien|entreprise d entretien|deneigeur|opp|rencontre de parents|comite de parents|conseil d etablissement|generation|"
    r"gens d en haut|membres du personnel|bureaux|siege social|centre administratif|collegue|enseignante de|"
    r"enseignant de|groupes|conseil)\b|\b(?:mes|nos) (?:\w+ )?groupes\b|\bdes gens qui n ont jamais\b"
    r"|\b(?:mes|nos) (?:\d\w*|grands|petits|jeunes|ados) (?:annee|secondaire|sec)?\b"
    r"|\b(?:une|un) (?:direction|administration)\b|\bcertain(?:e|s|es)? personnes\b"
    r"|\bch(?:ers|eres) (?:parents|collegues)\b"
)
# A softer judgement that needs its target in the same sentence: « c'est décevant »,
# « l'école pourrait au moins donner une date », « je regrette que l'administration… ».
_JUDGMENT = re.compile(
    r"\b(?:decevant\w*|decourag\w*|irrespectueu\w*|honteu\w*|deplorable\w*|inacceptable\w*|insultant\w*|"
    r"frustrant\w*|revoltant\w*|scandaleu\w*|choquant\w*|laxistes?|inadmissibles?|irresponsables?|"
    r"genant pour|difficile a (?:accepter|avaler|comprendre)|pas (?:une bonne idee|normal|acceptable|serieux)|"
    r"(?:est|c est|etait) une (?:grave |grosse )?erreur|(?:beaucoup|bien|pas mal|vraiment) trop peu|"
    r"(?:tellement|trop) (?:tard|cher\w*|petit\w*|vite|lent\w*)|ironiquement|"
    r"pas assez de (?:temps|personnel|ressources|preavis|communication|places|suivi)|"
    r"(?:a|n a|ont|n ont) pas (?:prevu|engage|embauche|mis) assez|petite critique|petit (?:reproche|bemol)|"
    r"aussi peu (?:soutenu|ecoute|consulte|respecte|aide)e?s?|impoli\w*|"
    r"(?:ce serait|ca serait) (?:bien|bon|apprecie|gentil) (?:que|qu) (?:le|la|l) (?:district|css|conseil|direction|"
    r"administration|ecole|centre de services|commission)|(?:pourrai\w+|devrai\w+) (?:au moins|quand meme|donc)|"
    r"(?:pourrai\w+|devrai\w+) (?:nous |les |vous )?(?:avertir|prevenir|informer|consulter|repondre)|"
    r"(?:je|on|nous) (?:regrette|regrettons|deplore|deplorons) (?:\w+ )?(?:que|qu)|"
    r"continu\w* (?:d|a) (?:ignorer|oublier|repousser|refuser|negliger)|"
    r"(?:a|ont|ait|aient) encore (?:oublie|augmente|monte|coupe|repousse|retarde|mal|choisi|decide|change|annule)|"
    r"sans (?:aucune? )?(?:explication|avertissement|preavis|consultation)|"
    r"manque (?:total |flagrant )?d (?:engagement|implication|organisation|respect|communication|"
    r"transparence|ecoute|rigueur|planification|personnel|suivi)|si peu d (?:implication|engagement|respect)|"
    r"mal (?:encadre|organise|planifie|gere|orthographie|entretenu)\w*|pas surprenant qu|"
    r"(?:marche|fonctionne|chauffe) toujours pas|se font attendre|"
    r"j aimerais (?:plus de|un peu plus de) (?:transparence|communication|respect|consultation|ecoute|suivi)|"
    # « Certains parents semblent penser que… », « est-ce normal que… », broken promises
    r"semblent (?:penser|croire|oublier)|(?:certains|certaines|quelques|d autres) (?:\w+ ){0,2}devrai\w+ se (?:rappeler|souvenir) (?:que|qu)|confond\w* [^.!?]{1,60}?\b(?:et|avec)\b|s imagin\w* que|"
    r"est ce normal (?:que|qu)|ressembl\w* a des promesses electorales|"
    r"(?:vous donnez|tu donnes|ils donnent) (?:tout )?un (?:bel|beau|super) exemple a (?:vos|tes|leurs) enfants)"
)
# The judged target is its subject or object, not who suffers it (« décevant pour nos
# élèves ») or a storm.
_SUFFERS = re.compile(
    r"\b(?:pour|a|aux|avec) (?:les|nos|mes|des|la|le|l|notre|ma|mon) (?:\w+ )?(?:eleves|enfants|jeunes|familles|"
    r"joueurs|joueuses|parents|profs|benevoles)\b|\ba cause (?:de la|du|des|de l) (?:tempete|meteo|neige|pluie|"
    r"verglas|froid|chaleur|pandemie|grippe|panne)"
    # a place, not a target: « la série que tout le monde recommande en salle des profs »
    r"|\b(?:en|dans la|a la) salle (?:des|du) (?:profs|enseignants|personnel)\b"
)
_VICTIM = re.compile(r"\b(?:la |les |des )?(?:cibles?|victimes?) (?:de|d|des)\b")
_JUDGED_TARGET = re.compile(
    rf"{_EMPLOYER_TARGET.pattern}|\b(?:la|le|l|les|notre|nos|mon|ma|mes|ce|cette|ces|certains|certaines|des|"
    rf"aux|au|du|une)\s+(?:{_PEOPLE}|autobus|service (?:de|des|d) \w+|conseil|direction|administration)\b"
)
# « L'école nous a interdit le chiac. C'est insultant pour… »: the judgement points back.
_POINTS_BACK = re.compile(r"^\W*(?:c est|c etait|ca|cela|franchement|honnetement)\b")
_COMPLAINT = re.compile(
    r"\b(?:aucune?|zero) (?:idee|serieux|effort|curiosite|respect|suivi|communication|reponse|aide|soutien|appui|"
    r"consideration|ecoute|vision|leadership|rigueur|motivation|formation|suggestion|"
    r"planification|organisation|coherence|logique|jugement|bon sens|transparence)\b"
    r"|\bne (?:corrige|corrigent|repond|repondent|rappelle|rappellent|lit|lisent|ecoute|ecoutent|"
    r"fait|font|tient|tiennent|vide|vident|nettoie|nettoient|ramasse|ramassent|respecte|respectent) (?:jamais|rien|compte d aucune?)\b|\bn ont jamais (?:enseigne|mis les pieds)"
    r"|\bne tient (?:pas )?compte (?:d aucune?|de rien|de nos|de personne)"
    r"|\bsans (?:nous )?(?:consulter|avertir|prevenir|explication|nous demander)\b"
    r"|\bperte de temps\b|\b(?:gaspille|gaspillent|a gaspille|ont gaspille) (?:notre|nos|l argent|des|"
    r"nos impots|le budget|\d)|\bfait pitie\b|\bpitoyable\w*|\bde niveau debutant\b"
    r"|\ba la vitesse d (?:un|une) (?:glacier|escargot|tortue|limace)\b|\btrop de temps libre\b"
    r"|\bpas de vie\b|\btout (?:lui|leur) est du\b|\bmeurt dans\b|\bn avai(?:t|ent) pas envie\b"
    r"|\btraduction libre\b|\bmerci pour le (?:beau |gros )?cadeau\b|\bvraiment bravo\b"
    # « organisation zéro », « communication nulle »: the verdict after the noun
    r"|\b(?:organisation|communication|suivi|planification|coherence|leadership|ecoute|respect) "
    r"(?:zero|nulle|inexistante|0)\b"
    # a wish that states a failure: « ce serait plus simple si la cour était déneigée avant 8 h par… »
    r"|\bce serait (?:plus simple|plus facile|bien|apprecie|gentil) si (?:\w+ ){1,5}(?:etait|etaient) "
    r"\w+(?: \w+){0,6} par (?:la|le|l|les|notre|nos)\b"
    r"|\bencore une belle (?:decision|idee|initiative|annonce)\b|\b#?(?:ou pas|oupas)\b$"
    r"|\bmeritent (?:tellement |vraiment |bien )?mieux\b|\bpauvres (?:jeunes|enfants|eleves|profs|petits)\b"
    r"|\bqui d autre trouve\b|\bsuis je (?:la|le) seule?\b|\bquelqu un peut (?:m|nous) expliquer\b"
    r"|\b(?:aurait|auraient) (?:pu|du) (?:nous )?(?:annoncer|avertir|prevenir|dire|consulter|informer|aviser)\b"
    r"|\bcommuniquer\W+ca s apprend\b|\bjuste une suggestion (?:a|au|aux|pour) (?:l ecole|la direction|le css|le district|l administration)\b"
    r"|\b(?:on est|nous sommes|vous etes) (?:capables de |bien )?(?:meilleurs|meilleures|mieux) que ca\b"
    r"|\b(?:je trouve|c est|il est) (?:\w+ )?(?:regrettable|deplorable|inacceptable|inadmissible) (?:que|de voir)\b"
    r"|\bne (?:veut|veulent) rien (?:entendre|savoir)\b|\b(?:donnent|donne) un (?:bien |tres |vraiment )?mauvais exemple\b"
    r"|\bca doit (?:cesser|arreter)\b"
    r"|\bvotre (?:planification|organisation|gestion|communication) (?:ne l est pas|laisse a desirer|est (?:nulle|a revoir|deficiente))\b"
    r"|\b(?:c est )?ecrit nulle part dans (?:notre|la|nos) convention\b"
    r"|\bc est (?:juste |vraiment |tellement |carrement )?(?:sexiste|raciste|discriminatoire|injuste|hypocrite)\b"
    r"|\b(?:fatigue\w*|tanne\w*|ecoeure\w*|epuise\w*) de faire (?:tout )?le travail\b"
    r"|\bse content\w* d (?:imprimer|copier|regarder|attendre|suivre)\b|\bce n est pas ca\W+la collaboration\b"
    r"|\bun peu de respect (?:pour|svp|s il vous plait)\b"
    r"|\bje (?:ne )?suis pas (?:un|une) (?:service de gardiennage|gardienne|garderie|babysitter|bonne)\b"
    r"|\bce n est pas de ma faute s (?:il|elle)\b|\bun minimum de (?:suivi|respect|rigueur|encadrement)\b"
    r"|\bun peu d (?:encadrement|effort|respect|rigueur|suivi|discipline) (?:\w+ ){0,3}(?:aiderait|serait apprecie)\b"
    r"|\b(?:je suis|on est|nous sommes) (?:\w+ )?decu\w* (?:de|du|des|par) (?:la|le|les|l) (?:qualite|service|gestion|communication|organisation|repas|portions)\b"
    r"|\bcomment se fait il\b|\bvous etes la raison\b(?! pour laquelle (?:\w+ ){0,4}(?:aime|adore|reussit|sourit|va bien|s epanouit))|\bla faute (?:a|au|aux|de|du)\b"
    r"|\bdes priorites\b|\bcherchez l erreur\b|\bon repassera\b|\bencore (?:une fois )?en retard\b"
    r"|\b(?:des|de) portions de moineau\b|\bne se lave pas (?:toute )?seule\b|\bmal foutu\w*"
    r"|\b(?:incompetence|amateurisme|negligence|desorganisation)\b|\bn importe quoi\b"
    r"|\bdepuis (?:deux|trois|quatre|cinq|six|\d+) (?:ans|mois|semaines)\W+(?:\w+\W+){0,3}?encore\b"
    r"|\bencore \w+ (?:depuis|apres) (?:deux|trois|\d+) (?:ans|mois|semaines)\b"
    r"|\b(?:\w+ )?semaines que j attends\b|\btoujours (?:pas de|pas de nouvelles|mort|en panne)\b"
    r"|\bpersonne n a (?:pense|pris la peine|consulte|verifie|songe)\b|\bn (?:ont|a) toujours pas\b"
    r"|\bpas une seule fois\b|\bappellen?t? ca\b|\bcertaines personnes (?:ne )?devraient\b"
    r"|\bsans (?:me |nous )?demander\b|\bpour la \w+ieme fois\b"
    r"|\b(?:pensent?|croient?|(?:ont|a) (?:vraiment )?l air de penser) (?:vraiment )?qu on\b"
    r"|\bmalgre (?:une|la|le|notre) (?:direction|administration|css|district|conseil)\b"
    r"|\bqui (?:a|ont) refuse de\b|\bau lieu de (?:les|le|la|s en) (?:prendre|faire|gerer|occuper)\b"
    r"|\bme refile\w*|\b(?:je suis|on est) [\w ]{2,30}, pas (?:un|une|des|leur|son|sa)\b"
    r"|\best ce qu (?:ils|elle|il) (?:veulent|veut) vraiment\b|\bou juste (?:pour|pouvoir)\b"
    r"|\blachez (?:un peu|donc)\b|\b(?:deux|trois|quatre|cinq|\d+) refus\b|\bpas un (?:seul )?mot\b"
    r"|\ble meme (?:district|css|conseil|employeur|centre de services) qui\b"
    r"|\bn a pas remplace\b|\bmerci pour rien\b"
    r"|\b(?:on a|j ai|nous avons) du (?:le |la |les |lui |leur )?(?:signaler|demander|rappeler|redemander|reclamer|relancer) (?:deux|trois|quatre|cinq|plusieurs|\d+) fois\b"
    r"|\b(?:une|encore une) plainte de plus\b|\bou c est (?:au hasard|juste pour|une blague|une surprise)\b"
    # consulted after the decision: « a consulté les parents… après l'avoir adopté »
    r"|\bconsult\w* [^.!?]{0,60}\bapres l (?:avoir|a) (?:adopte|decide|vote|annonce|signe)\w*"
    # « gère ta classe », « grandissez un peu », « refusent systématiquement de… », « double standard »
    r"|\bquelle (?:belle )?generation (?:inspirante|prometteuse|brillante|allumee)\b"
    r"|\bapprenez (?:donc )?de vos erreurs\b|\bgere(?:z)? (?:ta|votre) classe\b(?! comme| avec| grace)|\bgrandiss(?:ez|ons) un peu\b(?! plus)|\bvous gach\w* (?:les|la|le|nos|tout)\b"
    r"|\brefus\w* (?:systematiquement|toujours|encore|constamment) (?:de|d)\b|\bn importe comment\b"
    r"|\b(?:doi\w*|devrai\w*) se reveiller\b|\bdeux poids,? deux mesures\b|\bdouble standard\b"
    # « Quand la direction dit “porte ouverte”, faut comprendre… », sarcastic thanks « …alors que… »
    r"|\bquand [^.!?]{3,40} dit\b[^.!?]{0,80}\b(?:faut|il faut) (?:comprendre|traduire|lire)\b"
    r"|\bmerci (?:\w+ ){0,6}d avoir [^.!?]{0,100}\balors qu"
)
# Compiled once: the gate runs on every document.
_ANY_TARGET = re.compile(rf"{_EMPLOYER}|{_PEOPLE}|{_ACRONYM}")
_PRAISE = re.compile(r"\b(?:merci|bravo|felicitations|fier|fiere|fiers|chapeau|reconnaissante?)\b")


# The judged one is the writer: « j'ai mal géré », « je suis impoli ».
_SELF = re.compile(
    r"\b(?:j ai|je|j|je suis|j etais|nous avons|nous sommes|on a|on est)\s+(?P<between>(?:\w+\s+){0,3})$"
)


_STAGE = re.compile(
    r"\b(?:show|spectacle|concert|festival|album|chansons?|tounes?|musique|scene)\b"
)


def _band(target: str, sentence: str) -> bool:
    """« Le show du groupe était décevant »: a band on stage, not a class group."""
    return target.endswith(("groupe", "groupes")) and _STAGE.search(sentence) is not None


def _judged(doc: Document) -> Sentence | None:
    """A sentence that names a target and judges it: « l'école pourrait au moins… »."""
    units = sentences(doc)
    quotes = quoted_spans(doc)
    for i, sentence in enumerate(units):
        cue = _JUDGMENT.search(sentence.text)
        if cue is None or _REFUTED.search(sentence.text) or _PRAISE.search(sentence.text):
            continue
        if negated_before(sentence.text, cue.start()):
            continue
        # Who suffers it is not the target (« décevant pour nos élèves »), but an agent
        # may be named beside them (« …sans explication du conseil, pour les familles »).
        agents = _SUFFERS.sub(" ", sentence.text)
        if _VICTIM.search(agents):
            continue  # « certains membres du personnel ont été la cible de propos irrespectueux »
        own = _SELF.search(sentence.text, 0, cue.start())
        if own and not _JUDGED_TARGET.search(own.group("between")):
            continue  # « j'ai mal géré ma classe », « j'ai voulu tout changer trop vite »
        if inside(quotes, sentence.start + cue.start(), sentence.start + cue.end()):
            continue  # « trop lent », said the pupils of a novel: a quotation
        if any(not _band(m.group(), agents) for m in _JUDGED_TARGET.finditer(agents)):
            return sentence
        if (
            i
            and _POINTS_BACK.search(agents)
            and _JUDGED_TARGET.search(_SUFFERS.sub(" ", units[i - 1].text))
        ):
            return sentence
    return None


def _complaint(doc: Document) -> Sentence | None:
    units = sentences(doc)
    for i, sentence in enumerate(units):
        cue = _COMPLAINT.search(sentence.text)
        if (
            cue is None
            or _REFUTED.search(sentence.text)
            or negated_before(sentence.text, cue.start())
        ):
            continue  # « c'est pas la faute du chauffeur »
        if _PRAISE.search(sentence.text) and not re.search(
            r"vraiment bravo|merci pour (?:le|rien)|alors qu", cue.group()
        ):
            continue
        # « …ou pas » qualifies only the sentence right before it (« Vivement les séries… ou pas »).
        first = i - 1 if cue.group().endswith(("ou pas", "oupas")) else i - 4
        window = " ".join(u.text for u in units[max(0, first) : i + 2])
        if _BROAD_TARGET.search(window):
            return sentence
    return None


# Reported or refuted criticism: « Non, nos élèves ne sont pas paresseux »,
# « le préjugé voulant que les jeunes soient paresseux ».
_REFUTED = re.compile(
    r"\b(?:prejuge|prejuges|mythe|mythes|cliche|cliches|stereotype\w*|idee recue|idees recues|"
    r"contrairement|on entend (?:souvent|parfois)|on dit souvent|certains (?:disent|pensent|croient)|"
    r"faux de (?:dire|croire|penser)|pas vrai que|qui a dit que|arretons de dire|"
    r"on (?:ne )?dit pas que)\b"
)


# The clause patterns, then the two cues: one scan of the document for all
# their literals says which can match at all.
_CLAUSES = (_PREDICATE, _BEHAVIOUR, _OF_TARGET, _SARCASM, _EXCLAIMED, _VERDICT)


@cache
def _scanner() -> LiteralScanner:
    # Built on first use: weighing literals reads wordfreq, which `civisme
    # regles` and `expliquer` must not load.
    return LiteralScanner((*_CLAUSES, _EXASPERATION, _COMPLAINT, _JUDGMENT))


class PublicCriticism(Rule):
    """Signale une critique publique visant le conseil ou le centre de services,
    l'école, la direction, des collègues, des élèves, des parents ou des
    partenaires : une cible et un jugement négatif porté sur elle dans la même
    proposition (« la direction est incompétente », « mes élèves sont des
    paresseux », « encore une décision ridicule du CSS »). La critique d'un
    film, d'un arbitre ou de la météo n'en est pas une, ni un éloge."""

    code = "CRI01"
    name = "critique-publique"
    title = "Critique publique de l'employeur ou de la communauté scolaire"
    severity = Severity.WARNING
    clauses = CRITICISM_CLAUSES
    fail_examples = (
        Example("Franchement, la direction est incompétente.", ("la direction est incompétente",)),
        Example("Mes élèves sont des paresseux.", ("Mes élèves sont des paresseux",)),
        Example("Encore une décision ridicule du CSS.", ("décision ridicule du CSS",)),
    )
    ok_examples = (
        "Le film était franchement ridicule, mais les élèves ont bien ri.",
        "Nos élèves sont formidables et la direction est très présente.",
        "Non, nos élèves ne sont pas paresseux : ils travaillent fort.",
    )

    message = (
        "Critique publique : les politiques demandent de ne pas critiquer l'employeur, les "
        "collègues, les élèves ou les parents sur les médias sociaux, qui « ne sont pas des "
        "forums appropriés pour communiquer des plaintes ». Retirez ce passage et adressez "
        "votre insatisfaction en privé à votre supérieur immédiat ou par les voies prévues "
        "(syndicat, comité, direction)."
    )

    def may_apply(self, doc: Document) -> bool:
        text = folded(doc)
        # Every target a check can use, so that the fast path finds what the full one does.
        return bool(
            _ANY_TARGET.search(text) or _BROAD_TARGET.search(text) or _JUDGED_TARGET.search(text)
        )

    def check(self, doc: Document, parsed: Any | None) -> Iterable[Hit]:
        seen: set[int] = set()
        opened = _scanner().open(folded(doc))
        for index, pattern in enumerate(_CLAUSES):
            if index not in opened:
                continue  # none of the words every match needs: no sentence can match
            for sentence, m in finditer(pattern, doc, gated=False):
                if _REFUTED.search(sentence.text) or sentence.start in seen:
                    continue
                if negated_before(sentence.text, m.start("eval")):
                    continue
                start, end = sentence.start + m.start(), sentence.start + m.end()
                if doc.is_protected(start, end):
                    continue
                seen.add(sentence.start)
                yield Hit(start, end, self.message)
        if seen:
            return
        # Sarcasm names its target in the sentence or in one of the two before it.
        units = sentences(doc)
        if len(_CLAUSES) in opened:
            for i, sentence in enumerate(units):
                if not _EXASPERATION.search(sentence.text):
                    continue
                context = " ".join(u.text for u in units[max(0, i - 2) : i + 1])
                if _employer_named(context):
                    yield Hit(sentence.start, sentence.end, self.message)
                    return
        complaint = _complaint(doc) if len(_CLAUSES) + 1 in opened else None
        if complaint is None and len(_CLAUSES) + 2 in opened:
            complaint = _judged(doc)
        if complaint is not None:
            yield Hit(complaint.start, complaint.end, self.message)


RULES = (PublicCriticism,)
