"""HOS: hostile speech — insults, vulgarity and Quebec sacres, hate against
protected groups (with or without a bad word), threats, incitement to
self-harm, harassment and defamation.

Mention is not use: a sentence that reports, quotes or condemns hostile words
(« Aucun propos raciste n'est toléré », « Tu dois arrêter d'appeler les gens
des … ») is never flagged, and an identity word alone never is. Words are
matched on a de-obfuscated view (leetspeak, spaced letters, stretched
letters, glued words, one-letter typos), see :mod:`hostile_text`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from civisme.lexicons.loader import fold, terms

from .base import Example, Rule
from .document import Document
from .finding import Hit, Severity
from .folded import folded
from .hostile_text import (
    Tok,
    ascii_fold,
    inside,
    is_first_name,
    lexicons,
    may_be_hostile,
    quoted_spans,
    sentences,
    tokens,
    verb_of,
)
from .literal_gate import PhraseGate

HATE_CLAUSES = (
    "DSFNO-4-HAINE",
    "CSTL-321-PROPOS",
    "CSTL-A2-5",
    "CSSCV-DIFFAMATION",
    "CSNO-A-RESPECT",
    "CSSPO-CODE-RESPECT",
)
INSULT_CLAUSES = (
    "DSFNO-4-INJURES",
    "CSTL-321-PROPOS",
    "CSSCV-DIFFAMATION",
    "CSNO-A-RESPECT",
    "CSSPO-3-DEGRADANT",
)
VULGAR_CLAUSES = ("DSFNO-4-VULGAIRE", "CSSCV-DIFFAMATION", "CSNO-A-RESPECT", "CSSPO-3-TON")
THREAT_CLAUSES = (
    "DSFNO-4-INJURES",
    "CSSCV-CYBERINTIMIDATION",
    "CSTL-A2-5",
    "CSSCV-DIFFAMATION",
    "CSSPO-CODE-HARCELEMENT",
    "CSNO-A-PROFESSIONNALISME",
)

# « sans aucune pitié » is not a negation of the hostile predicate; « tout sauf stupides » is.
_NEGATION = re.compile(
    r"\b(?:ne|n)\b.{0,40}?\b(?:pas|jamais|plus|point|rien|aucun|aucune|personne|nullement)\b"
    r"|(?<!sans )\baucun(?:e)?\b.{0,40}\b(?:ne|n)\b|\btout sauf\b|\bloin d etre\b"
)
# Words of a sentence that reports, quotes or condemns hostile speech instead of using it.
_MENTION = re.compile(
    r"\b(?:tolere\w*|intolera\w*|(?!denoncez (?:le|la|les)\b)denon\w*|condamn\w*|combat\w*|lutt\w*|signal\w*|inacceptable\w*|"
    r"interdit\w*|sensibilis\w*|(?<!prefere )(?<!vaut )(?<!mieux )prevenir|prevention|contre (?:le|la|les|l) ?(?:racisme|sexisme|homophobie|"
    r"transphobie|xenophobie|haine|intimidation|discrimination|violence)|(?<!me l )(?<!m l )(?<!nous l )(?:a|as|avez|ont|auraient) dit|(?<!on )aurait dit|(?:a|ai|avons|avez|ont) entendu(?! que| qu)|"
    r"disait|disent|on entend (?:souvent |parfois |encore )?(?:dire )?que|comme moi|comme nous|(?:continu\w*|ose\w*|arret\w*) (?:a |de |d )?dire|pretend\w*|qualifi\w*|trait\w* (?:de|d)|appele\w* (?:les gens|quelqu|les autres)|"
    r"(?:arrete\w*|cesse\w*) (?:d|de) (?:appeler|dire|traiter|ecrire|publier|insulter|repeter)|du type|du style|propagande|consideraient|sectaire|"
    r"discrimina\w*|stereotype\w*|prejuge\w*|"
    # « analyser les discours racistes de l'époque »: a lesson about hateful speech
    r"discours (?:\w+ ){0,2}(?:racist|haineu|colonia|eugeni|antisemit|homophob|sexist|xenophob)\w*|"
    r"(?<!qui a )(?<!qui ont )(?<!qui m a )(?<!qui t a )(?:insulte\w*|injure\w*)|propos|commentaire\w*|slogan\w*|graffiti\w* (?:\w+ )?(?:raciste|haineu|homophobe|sexiste|antisemite|islamophobe|transphobe|xenophobe|disant|qui disent)\w*|"
    r"trait\w* (?:\w+ ){0,3}(?:de|d) \w+|chose (?:terrible|horrible|affreuse) a dire|"
    r"ecri\w* (?:des choses|que)|poursui\w* en justice|"
    # A belief attributed to someone else (« tu crois que… », « il insiste sur le fait que… »).
    r"(?:tu|vous|il|elle|ils|elles) (?:\w+ ){0,4}(?:croi\w*|pense\w*|insist\w* sur le fait|affirm\w*|"
    r"soutien\w*|dis|dit|dites|disent) que|"
    r"(?:affirmai\w*|pretendai\w*|soutenai\w*|enseignai\w*|croyai\w*) que|"
    # Prevention: what someone might say to a child (« si quelqu'un te dit… », « c'est quand… »).
    r"(?:quelqu un|quelqu une|qqn|on|un eleve|une eleve|un ami|une amie) (?:te|vous|t) (?:dit|dis|ecri\w*|envoi\w*|repet\w*)|"
    r"c est quand|"
    # Talk about a word itself (« … vient du mot tabernacle », « le mot X veut dire… »).
    r"(?:vien\w*|derive\w*) (?:du|des) mots?|(?:origine|sens) (?:du|des) mots?|"
    r"le mot \S+ (?:vient|est|signifie|veut dire|c est|n est)|c est un (?:juron|gros mot|mot vulgaire)|c est un sacre(?= (?:pis|et|qu|que|on|donc|alors|comme)\b| ?$)|"
    r"(?:ces|les|de tels|des) (?:mots|propos|paroles|gestes|insultes|commentaires)(?: la)? (?:n )?ont (?:pas|aucune) (?:leur )?place|(?:des|les|ces|de) (?:mots|termes|expressions|insultes|surnoms) comme)\b"
)
_COPULA = frozenset(
    "sont est etes es etait etaient sera seront reste restent demeurent serez seras etre".split()
)
# « t'es (vraiment) un… », « vous êtes des… »: the address may be a few words before.
_ADDRESS_VERB = re.compile(
    r"\b(?:t es|tu es|t etais|tu etais|vous etes|t as l air d|tu as l air d|t avais l air d)\b"
)
# Address forms right before the insult: « espèce de… », « sale… », « mon ostie de… ».
_ADDRESS_FORM = re.compile(
    r"\b(?:espece d|espece de|bande d|bande de|gang d|gang de|brochette d|brochette de|sale|sales|pauvre|quel|quelle|quels|quelles|"
    r"ostie d|ostie de|osti d|osti de|crisse d|crisse de|tabarnak d|tabarnak de|calisse d|calisse de|"
    r"maudit|maudite|maudits|maudites)\s*$"
)
# Only with a real insult (not an animal word): « mon con », « gros cave ».
_ADDRESS_SOFT = re.compile(
    r"\b(?:mon|ma|ton|ta|gros|grosse|vieux|vieille|petit|petite|toi|vous|t)\s*$"
)
_INTENT = re.compile(
    r"\b(?:je vais|j vais|jvais|je veux|j veux|je voudrais|j aimerais|je vais aller|on va|on devrait|nous allons|"
    r"nous devrions|quelqu un devrait|quelqu un doit|il faudrait|il faut|faut|on doit|on peut|vous devriez|"
    r"tu devrais|si seulement|j espere|on ne peut qu esperer|esperons|pourquoi ne pas|et si on|je me charge|"
    r"on va se charger|vont|allez|va|mort a|mort aux|a mort|je|j|on)\b"
)
_GAME = re.compile(
    r"\b(?:au|a la|aux|a|en|au jeu|dans|pendant)\s+(?:ping-pong|ping|pong|tennis|echecs|jeu|jeux|match|partie|"
    r"hockey|soccer|basket|basketball|volley|volleyball|badminton|course|quiz|fortnite|uno|cartes|mario|"
    r"kart|tournoi|finale|ballon|dames|scrabble|monopoly|bras de fer|examen|concours|spelling|dictee|"
    r"mathematiques|maths|jeux video|jeu video|minecraft|tag|ballon-chasseur|ballon chasseur|club (?:d|de) \w+|"
    r"dodgeball|kinball|kin ball|cosom|hockey cosom|flag football|football|rugby|ultimate|frisbee|pickleball|"
    r"curling|impro|improvisation|genies en herbe|quilles|bingo|mini-golf|mini golf|karting|lutte|roblox|fifa|nhl)\b"
    r"|\ben \d+ (?:coups|points|minutes|secondes)\b"
    # a score after the verb: « vous les avez massacrées 6-0 »
    r"|\b(?:massacr|ecras|detrui|plant|batt|lav|pulveris|rince|mang)\w* \d{1,2} (?:a )?\d{1,2}\b"
)
_VIOLENT_CUE = re.compile(
    r"\b(?:gueule|face|tete|dents|yeux|sang|mort|couteau|arme|poing|coups?|gorge|cou)\b"
)
# Hate that is itself phrased as a negation: matched before negation is considered.
_DENIAL = re.compile(
    r"\b(?:vies?|existences?) d\w*.{0,40}(?:n ont|n a) (?:pas|aucune) (?:d importance|de valeur)"
    r"|\bne (?:valen?t?|vaut) (?:\w+ )?(?:rien|que de la merde|pas grand-chose|pas la peine)\b|\bvalen?t? rien\b"
    r"|\bsans valeur\b|\bne devrai\w* compter pour personne\b|\b(?:ne )?travaillent jamais\b"
    r"|\bc est dans leur (?:culture|nature|sang|genes) de\b|\bon (?:ne )?se refait pas\b"
    r"|\bne merite\w* pas (?:de vivre|d exister|le respect|de respect|d etre)"
    r"|\bn ont (?:rien a faire|pas leur place|aucune place)\b|\baucune place\b.{0,40}\bpour\b"
    r"|\b(?:ne )?devrai\w* (?:pas|jamais) (?:avoir le droit|etre autorise\w*|enseigner|voter|travailler|exister|vivre|"
    r"se marier|adopter|etre admis\w*|etre embauche\w*|avoir d enfants|sortir|etre elu\w*|diriger|"
    r"etre (?:directeur|directrice|enseignante?s?|en charge|en position d autorite))"
    r"|\bne (?:devons|devez|faut) (?:\w+ )?laisser vivre\b|\blaisser vivre aucun"
    r"|\bne leverai\w* (?:jamais |pas )?le petit doigt\b"
    r"|\bne croyez jamais\b|\bne faites jamais confiance\b"
    r"|\brien de plus (?:horrible|degoutant|repugnant|stupide|abject|ignoble|detestable|pathetique)\b"
    r"|\bpersonne d autre n est aussi\b"
    r"|\bje ne (?:peux|supporte|supporterai) (?:vraiment |juste |tout simplement )?(?:pas|plus) (?:supporter |voir |sentir )?"
    r"|\brien d autre que\b|\bne (?:sont|seront|serez|etes|est) (?:toujours |jamais |rien )?(?:de plus )?que\b|\bn etes que\b"
    r"|\bne (?:sont|seront|etes) rien de plus\b"
    r"|\bne (?:pourra|pourront|seront|sera) jamais (?:etre|aussi)\b|\bn existe pas d\w* \w+ (?:intelligent|honnete|competent|bon)"
    r"|\bne sont (?:pas|jamais) (?:nos egaux|des etres humains|humains|attirants|intelligents|aussi|comme nous)\b"
    r"|\bpas mieux que (?:des|les)\b|\bne vaut pas (?:un clou|grand-chose|la peine)\b"
    r"|\bn ai (?:absolument |vraiment )?aucun respect\b|\bmanque de respect pour\b"
    r"|\bne devrai\w* pas etre (?:illegal|puni|interdit|un crime)\b|\bdevrai\w* etre (?:depenalise|legal|permis|autorise)\w*"
    r"|\bne pai\w* pas (?:de |d )?(?:taxes|impots)\b|\b(?:c est|sont) (?:juste )?une (?:mode|phase|maladie|deviance|perversion)\b"
    r"|\b(?:ne )?s integr\w* (?:jamais|pas)\b|\brien au monde que je deteste\b|\bplus precieuse? que (?:celle|celui|ceux)\b"
)
# Hate phrased positively: a negation (« nous ne devons pas faire souffrir… ») cancels it.
_HATE_PHRASE = re.compile(
    r"\bdevrai\w* (?:\w+ )?etre (?:enferme\w*|exclu\w*|expulse\w*|deporte\w*|execute\w*|abattu\w*|elimine\w*|"
    r"parque\w*|sterilise\w*|interdit\w*|traite\w* par un veterinaire|renvoye\w*|chasse\w*|pendu\w*|brule\w*|"
    r"fusille\w*|gaze\w*|tue\w*|torture\w*|mis en cage|jete\w*|extermine\w*|massacre\w*)"
    r"|\bdans des (?:zoos|cages)\b|\bmort (?:a|aux)\b|\ba bas les\b|\bdehors les\b"
    # Scapegoating and « back to the kitchen », with a group in the sentence.
    r"|\b(?:des|de|les|sont) cas perdus\b|\bcauses? perdues?\b|\bon perd (?:notre|mon|son) temps avec (?:eux|elles)\b"
    r"|\bquelqu un de (?:confus|malade|derange|dangereux|pas normal|pas net)\b"
    r"|\btir\w* (?:\w+ ){0,6}vers le bas\b"
    r"|\b(?:sont|seraient|etaient) (?:toutes |tous )?naturellement (?:meilleur\w*|fait\w* pour|plus doue\w*|moins doue\w*)\b"
    r"|\bc est (?:biologique|hormonal|dans leur nature)\b"
    # a habit ascribed to the group: « y sentait la boisson comme d'habitude avec eux autres »
    r"|\b(?:comme d habitude|comme toujours|toujours pareil|toujours la meme affaire|c est toujours de meme) avec (?:eux autres|elles autres|ce monde la|ces gens la|(?:eux|elles|ce monde|ces gens)$)"
    r"|\b(?:veulent|exigent|reclament|demandent) (?:toujours|encore|tout le temps) (?:des|plus de|leurs) (?:passe droits|privileges|traitements? de faveur)\b"
    r"|\bviennent (?:juste |seulement |rien que |surtout )?(?:ici )?pour (?:les|nos|le|l) (?:cheques?|allocations|aide sociale|bs|prestations)\b"
    r"|\bl aeroport (?:\w+ ){0,3}(?:est|reste|c est) (?:toujours |encore )?(?:ouvert|par la)\b"
    r"|\bnous ont (?:amene|apporte|ramene|donne|transmis) (?:le|la) (?:covid|virus|maladie|peste|grippe)\b"
    # people sent to pasture, a zoo for a room, robots for children; jobs « par quota »
    r"|^(?!.*\b(?:retraite|repos|vacances|ferme|vaches|chevaux|animaux|moutons)\b).*?\b(?:envoye\w*|mis|mise|mises|mettre|mettr\w*|envoyer|envoi\w*) au pacage\b"
    r"|^(?!.*\b(?:animaux|ferme|biodome|cochons|vaches|poules|visite|sortie|rire|riait|ri|fun|plaisir|retrouvailles|party|fete)\b).*?\bon se (?:serait|croirait|croyait) (?:cru |crus )?(?:au|dans un|dans une|a la|dans la) (?:zoo|jungle|cirque|poulailler|porcherie|basse cour|bergerie)\b"
    r"|\baucune personnalite\b|\b(?:postes?|jobs?|emplois?|embauche\w*|engage\w*|diplomes?|nomme\w*)\b[^.!?]{0,30}\b(?:par quotas?|pour (?:remplir )?(?:les|des|un|leurs?) quotas?)\b"
    r"|\bon sait (?:tous |toutes |tout le monde )?comment (?:ils|elles) sont\b"
    r"|\bprofitent (?:des|du|de nos) (?:programmes|systeme|aide\w*|allocations|subventions)\b"
    r"|\bont (?:toujours |tous |toutes )?(?:la meme |une )?odeur (?:bizarre|etrange|speciale|forte|weird)\b"
    r"|\bon (?:ne )?confie pas nos enfants a\b"
    r"|\bc est a cause (?:des|de ces)\b|\bretourn\w* faire (?:la vaisselle|le menage|a manger)\b"
    r"|\bretourne\w* (?:dans|chez|en) (?:ton|ta|votre|vos|toi|eux|leur|leurs)|\brentre\w* chez (?:toi|vous)\b|\btypique d\w*\b"
    r"|\bdans la nature d\w*\b|\bpar nature\b|\bprefere\w* (?:mourir|etre malade)\b"
    r"|\bme (?:degoutent|degoute|donnent la nausee|donne la nausee|rendent malade|rend malade|font vomir)"
    r"|\ben (?:finir|finisse|finissent) avec\b|\bdebarrass\w* (?:nous |vous )?(?:de|des|d)\b|\bfaire souffrir\b"
    r"|\btranch\w* (?:la|les|leur|leurs|sa|ta|vos) gorges?\b|\bgorges? tranchee?s?\b|\bbris\w* (?:le|leur|leurs) cou"
    r"|\bmettre une balle\b|\bfaire la peau\b|\btir\w* (?:dessus|sur)\b"
    r"|\bmerite\w* (?:de mourir|de crever|de souffrir|de disparaitre|d etre tue\w*|la mort)"
    r"|\b(?:seraient|soient|etaient|soit|serait) (?:tous |toutes |tous simplement )?(?:morts?|mortes|extermine\w*|"
    r"massacre\w*|elimine\w*|tue\w*|abattu\w*|egorge\w*|pendu\w*|brule\w*|gaze\w*)\b"
    r"|\b(?:porterai\w*|irai\w*|serai\w*) mieux sans\b|\bmieux (?:si|quand) (?:ces|les|tous)\b"
    r"|\b(?:dedain|haine|degout|mepris|aversion|rancoeur|degoute\w*)\b.{0,40}\b(?:pour|envers|contre|par)\b"
    r"|\bras le bol\b|\bmarre (?:de|des|d)\b|\bsont (?:une|la) menace\b|\bsont un (?:fleau|cancer|poison)\b"
    r"|\b(?:est|sont) (?:un|une) (?:danger|menace|fleau|plaie) pour\b|\binvasions? d\w*\b"
    r"|\bme (?:met|mettent|rend|rendent) (?:hors de moi|fou|folle|furieux|furieuse|malade)\b|\bme (?:fait|font) bouillir\b"
    r"|\b(?:serait|ce serait) mieux de (?:noyer|tuer|pendre|bruler|chasser|expulser|deporter|eliminer|enfermer)\b"
    r"|\bdevrai\w* (?:\w+ )?rester (?:a la maison|a la cuisine|chez (?:eux|elles)|dans leur pays|a leur place)"
    r"|\b(?:retourne\w*|reste\w*) (?:a|dans) (?:ta|leur|sa) cuisine\b|\bne sont pas fait\w* pour\b"
    # Filth and disease ascribed to a group (« ils sentent mauvais », « apportent des maladies »).
    r"|(?<!se )\bsentent (?:mauvais|fort)\b|\bpuent\b|\b(?:apportent|amenent|transmettent|propagent|repandent) "
    r"(?:des |leurs |les )?(?:maladies|microbes|poux|virus|punaises)\b|\bsepar\w* (?:\w+ ){0,3}des notres\b"
    # The « woman driver » trope: « Une femme au volant, voilà pourquoi… »
    r"|\bfemmes? au volant\b.{0,20}\b(?:voila pourquoi|c est pour ca|evidemment|typique)\b"
    r"|\b(?:encore|typique|evidemment) (?:une )?femmes? au volant\b(?! (?:de|d|du|des)\b)"
    r"|\bcontre nature\b|\bpas norma(?:l|le|les|ux)\b|\b(?:est|c est|sont) une maladie\b|\bcontrol\w* (?:deja |toute |tout )?(?:les banques|les medias|le monde|tout|la finance|le gouvernement|les gouvernements|l economie|les commissions|les ecoles|les politiciens|le syndicat|les syndicats|la police|les tribunaux|hollywood)"
    r"|\brefus\w* de s integrer\b|\bvol\w* nos (?:jobs|emplois|terres|ressources|logements|services|subventions)\b"
    r"|\bc est (?:tous |toutes )?des (?:gangs de rue|criminels|bandits|voleurs|terroristes|delinquants)\b(?! de guerre)|\b(?:gangs? de rue|criminels|bandits|delinquants) en devenir\b"
    # The conspiracy trope and the group blamed for ruining « our » school or country.
    r"|\bcontrol\w* (?:\w+ ){0,2}?(?:le conseil|les conseils|la direction|le ca|le systeme|les postes|le district)\b|\btir\w* les ficelles\b"
    r"|\b(?:sont en train de |vont |viennent )?detrui\w* (?:notre|nos|le|la) (?:ecoles?|pays|province|quartier|ville|culture|langue|societe|systeme|communaute)\b"
    r"|\bs (?:ils|elles) (?:ne )?sont pas content\w*,? (?:ils|elles) (?:peuvent|ont qu a|ont juste a) (?:s en aller|partir|retourner|rentrer|(?:crisser|sacrer) leur camp)\b"
    r"|\bc est un pays (?:chretien|catholique|blanc)\b|\bon sait jamais avec (?:ces|ce|cette|eux|elles)\b"
    r"|\b(?:feront|pourront|vont) jamais (?:rien (?:faire )?de (?:bon|leur vie)|de (?:science|sport|maths?))\b|\bdu gaspillage\b"
    r"|\b(?:ne )?devrai\w* pas avoir le droit d\w*\b|\bdevrai\w* (?:juste |donc )?arreter de (?:se plaindre|chialer|braill\w*|pleurnich\w*|quemander)\b"
    r"|\bdevrai\w* (?:tous |toutes )?(?:retourner|rentrer|s en retourner) (?:en|au|aux|dans leur|chez (?:eux|elles))\b(?! (?:classe|class|cours|ligne|file|rang|autobus|forme|ville|arriere))"
    r"|\bont (?:deja )?tout (?:gratuit|gratis|paye)\b|\bont pas les memes valeurs\b|\bc est dans leur culture\b"
    r"|\ble remplacement (?:est en marche|a commence|continue)\b|\b(?:restent|rester|reste|tenir|garder) loin de nos (?:enfants|jeunes|filles|gars)\b"
    r"|\b(?:les|la|leurs?) (?:notes|resultats) (?:ont|a) baisse\w* (?:\w+ ){0,2}(?:les|la) (?:bagarres|batailles|violence|vols|crimes)\b"
    r"|\bsont toujours (?:ceux|celles) qui (?:font|causent|creent|commencent|foutent|cherchent) (?:du|le|des|les|la) (?:trouble|troubles|problemes|bordel|bagarres|chicanes|batailles|marde)\b"
    r"|\bsaliss\w* (?:notre|nos) (?:ecoles?|pays|quartier|ville|province|communaute)\b"
    r"|\bqu (?:elles|ils) (?:retournent|restent) (?:a|dans) (?:la|leur) cuisine\b|\bretourne(?:z)? (?:a|dans) (?:la|ta|votre) cuisine\b"
    r"|\b(?:ont|a) rien a faire (?:ici|dans (?:l equipe|une equipe|notre equipe|le hockey|le football|les sports|la politique|l armee|la police|les sciences|le genie|le conseil|notre ecole))\b"
    r"|\bralenti\w* (?:tout )?(?:le groupe|la classe|tout le monde|les gars|les autres)\b|\b(?:ont|a) pas la tete (?:faite )?pour\b"
    r"|\bcout\w* trop cher\b|\bun fardeau\b|\bun poids pour\b|\benvahi\w*\b|\bgrand remplacement\b"
    r"|\bdevrai\w* (?:\w+ )?etre (?:place\w* en institution|separe\w*|isole\w*|retire\w*|renvoye\w*)"
    r"|\baux crochets\b|\bprofit\w* (?:du systeme|de l aide sociale|du bs|de nos impots)\b|\bou (?:partir|partez|s en aller|retourner chez eux|dehors)\b"
    r"|\bc est culturel chez (?:eux|elles|ces gens)\b|\b(?:limiter|reduire|plafonner) le nombre d\b"
    r"|\b(?:prennent|prendre|volent|voler) (?:nos|les) (?:jobs|emplois|postes|places)\b|\bdevrai\w* revenir aux gens d ici\b"
    r"|\bloin des (?:eleves|enfants|gens|familles) norma\w*\b|\bpas un (?:modele|exemple) normal\b"
    r"|\bdepuis que (?:les|ces) (?:\w+ ){1,4}(?:sont )?arriv\w*\b.{0,60}\b(?:plus de|y a plus de) (?:batailles|vols|violence|crimes|problemes|chicanes)"
    r"|\bpas (?:leur|de) place (?:ici|dans|a|au|en|comme|parmi|chez nous|pour eux|pour elles|pour ce monde|pour les|pour des|pour ces)\b|\bc est pas leur place\b|\bsont (?:tous |toutes )?des (?:voleurs|voleuses|criminels|terroristes|violeurs|bandits|tricheurs|barbares|sauvages|assistes sociaux)\b|\b(?:(?:sont|seraient|etaient) (?:toutes |tous )?(?:naturellement |genetiquement |biologiquement |carrement |vraiment )?|(?:font|feront|ferait|feraient) (?:pas|jamais) de (?:bon|bons|bonne|bonnes) (?:\w+ ){0,2}?\w+,? )(?:trop|plus|moins) (?:emoti\w*|faibles|violent\w*|paresseu\w*|dangereu\w*|agressi\w*|primiti\w*|betes|intelligent\w*|capables)\b|\bc est (?:genetique|dans leur sang|dans leurs genes)\b|\bvivent (?:sur|de|aux crochets de) nos (?:taxes|impots)\b|\bpeu\w* (?:tous |toutes )?(?:aller )?se faire (?:foutre|voir|\w*cul\w*)\b|\b(?:comprennent|connaissent) rien (?:au|a la|aux|en)\b|\bdes (?:enfants|eleves|gens|familles) normaux\b|\bdevrai\w* etre dans des (?:ecoles|classes) (?:a part|separees)\b|\btirent tout le monde vers le bas\b|\bfon\w* baisser le niveau\b|\b(?:arreter|arretez|cesser|cessez) d en (?:accepter|accueillir|admettre|laisser entrer|engager|embaucher)\b|\b(?:les|ces \w+) (?:garder|tenir) loin (?:de|des)\b|\bpas les laisser (?:revenir|entrer|rentrer|venir)\b|\b(?:qu on|on devrait|faudrait|faut|devrai\w* etre) (?:\w+ ){0,3}(?:envoie\w*|envoyer|mettre|placer|parquer|regroupe\w*|isole\w*) (?:\w+ ){0,2}(?:dans|a) (?:une|des) (?:ecoles?|classes?) (?:a part|separees?)\b|\bon (?:n en veut pas|ne veut pas de)\b|\bne devrai\w* pas (?:diriger|etre en contact|s approcher|elever|adopter)"
)


# « La classe d'accueil » names newcomer pupils only through a school word: a
# class « envahit la piste de danse » or plays « une maladie rare » on stage.
# Only phrases hostile in themselves count for it.
_NEWCOMER_HATE = re.compile(
    r"(?<!se )\bsentent (?:mauvais|fort|bizarre|drole)\b|\bpuent\b|\bont (?:toujours |tous |toutes )?(?:la meme |une )?odeur (?:bizarre|etrange|speciale|forte|weird)\b|\b(?:apportent|amenent|transmettent|propagent) "
    r"(?:des |leurs |les )?(?:maladies|microbes|poux|virus|punaises)\b|\bsepar\w* (?:\w+ ){0,3}des notres\b"
    r"|\bpas (?:leur place|de place (?:pour (?:eux|elles|ces|les|ce monde|ca)|ici|chez nous))\b|\bc est pas leur place\b|\bretourne\w* (?:dans|chez) (?:eux|leur|leurs)\b"
    r"|\btirent tout le monde vers le bas\b|\bfon\w* baisser le niveau\b|\bdans des (?:ecoles|classes) a part\b"
    r"|\bon (?:n en veut pas|ne veut pas de)\b|\b(?:garder|tenir) loin\b|\brefus\w* de s integrer\b"
    r"|\b(?:rester|retourner) dans leur pays\b|\bcout\w* trop cher\b|\bsont (?:tous |toutes )?des "
    r"(?:voleurs|criminels|terroristes|bandits|barbares|sauvages)\b"
)


@dataclass(frozen=True, slots=True)
class _Sentence:
    start: int
    end: int
    toks: list[Tok]
    folded: str  # the sentence's words, folded and de-obfuscated, space-separated

    def before(self, i: int) -> str:
        """The folded words before word ``i`` (for context patterns)."""
        return " ".join(t.key for t in self.toks[max(0, i - 4) : i])


def _sentences(doc: Document, parsed: Any | None) -> list[_Sentence]:
    if "HOS.sentences" not in doc.cache:
        toks = tokens(doc, parsed)
        doc.cache["HOS.sentences"] = [
            _Sentence(s, e, group, " ".join(t.key for t in group))
            for s, e, group in sentences(doc, toks)
        ]
    return doc.cache["HOS.sentences"]


def _mentioned(doc: Document, sentence: _Sentence, start: int, end: int) -> bool:
    """Quoted, reported or condemned: mention, not use."""
    return inside(quoted_spans(doc), start, end) or _MENTION.search(sentence.folded) is not None


def _matching(tok: Tok, table: dict[str, tuple[str, str]]) -> tuple[str, str] | None:
    for form in tok.forms:
        if form in table:
            return table[form]
    return None


_PEOPLE_NOUNS = frozenset(
    "enseignants enseignantes profs eleves hommes couple couples parents employes jeunes ados "
    "adolescents gars enfants familles".split()
)
_PEOPLE_IN_WHEELCHAIRS = frozenset(
    "eleves enfants jeunes personnes gens usagers ceux celles".split()
)
_ORIGINS = frozenset(
    "afrique asie haiti inde chine syrie mexique maghreb maroc algerie liban iran pakistan "
    "philippines colombie congo senegal ukraine orient".split()
)
_CAME_FROM = frozenset(
    "venu venue venus venues arrive arrivee arrives arrivees originaires".split()
)


_RESERVE_PEOPLE = frozenset(
    "parents familles gens monde enfants eleves jeunes kids femmes hommes".split()
)


# « les vieux profs » (an age group), not « les vieux de la vieille » nor « les vieux livres »
_AGED_PEOPLE = frozenset(
    "profs professeurs enseignants enseignantes employes employees secretaires educatrices educateurs "
    "concierges chauffeurs collegues parents surveillantes".split()
)


def _is_group(sentence: _Sentence, i: int) -> bool:
    lex = lexicons()
    tok = sentence.toks[i]
    words = sentence.toks
    if (
        tok.key == "gens"
        and i
        and words[i - 1].key == "ces"
        and i + 1 < len(words)
        and words[i + 1].key == "la"
    ):
        return True  # « ces gens-là »: othering
    if (
        tok.key == "gens"
        and words[i + 1 : i + 3]
        and [w.key for w in words[i + 1 : i + 3]] == ["comme", "ca"]
    ):
        return True  # « les gens comme ça »
    if (
        tok.key == "accueil"
        and i > 1
        and words[i - 1].key == "d"
        and words[i - 2].key.startswith("classe")
    ):
        return True  # « les élèves de la classe d'accueil »: newcomer pupils
    if (
        tok.key in ("adaptation", "speciale", "specialisee", "ressource")
        and i > 1
        and words[i - 1].key in ("d", "classe")
        and (words[i - 2].key.startswith("classe") or words[i - 1].key == "classe")
    ):
        return True  # « les élèves de la classe d'adaptation »: pupils with a disability
    if tok.key in ("papas", "mamans", "peres", "meres") and i and words[i - 1].key == "deux":
        return True  # « deux papas », « deux mamans »: a same-sex couple
    if (
        tok.key in _ORIGINS
        and i > 1
        and words[i - 1].key in ("d", "de", "du")
        and words[i - 2].key in _CAME_FROM
    ):
        return True  # « les francophones venus d'Afrique »: people named by where they come from
    if (
        tok.key == "fauteuil"
        and words[i + 1 : i + 2]
        and words[i + 1].key == "roulant"
        and i > 1
        and words[i - 1].key == "en"
        and words[i - 2].key in _PEOPLE_IN_WHEELCHAIRS
    ):
        return True  # « les élèves en fauteuil roulant », not « la petite Morin… en fauteuil »
    if tok.key in ("binaire", "binaires") and i and words[i - 1].key == "non":
        return True  # « non binaire » written in two words (the lexicon has « non-binaire »)
    if tok.key in ("nations", "nation") and i and words[i - 1].key in ("premieres", "premiere"):
        return True  # « les élèves des Premières Nations »
    if (
        tok.key == "reserve"
        and i > 2
        and words[i - 1].key == "la"
        and words[i - 2].key in ("de", "sur")
        and words[i - 3].key in _RESERVE_PEOPLE
        and (i + 1 == len(words) or words[i + 1].key not in ("faunique", "naturelle", "ecologique"))
    ):
        return (
            True  # « les parents de la réserve »: First Nations families named by where they live
        )
    if (
        tok.key in ("park", "hlm", "roulottes")
        and (tok.key != "park" or (i and words[i - 1].key == "trailer"))
        and any(w.key in _RESERVE_PEOPLE for w in words[max(0, i - 5) : i])
    ):
        return (
            True  # « les parents du trailer park », « les familles des HLM »: the poor, by address
        )
    if (
        tok.key in ("vieux", "vieilles")
        and i
        and words[i - 1].key in ("les", "ces")
        and words[i + 1 : i + 2]
        and words[i + 1].key in _AGED_PEOPLE
    ):
        return True  # « les vieux profs »: colleagues named by their age
    found = _matching(tok, lex.groups)
    if found and found[0] == "genre" and i and words[i - 1].key in _ONE_PERSON_DETERMINERS:
        return False  # « ma fille », « cette fille-là »: one person, not a group
    if (
        found
        and tok.key in _BREED_WORDS
        and words[i + 1 : i + 2]
        and words[i + 1].key in ("de", "d")
    ):
        return False  # « certaines races de chiens »
    if found and found[1] == "determinant":
        previous = sentence.toks[i - 1].key if i else ""
        # « les gais », and « les enseignants gais » (not « un air gai », « des couleurs gaies »)
        return previous in _DETERMINERS or previous in _PEOPLE_NOUNS
    return found is not None or _is_slur(sentence, i)


_DETERMINERS = frozenset(
    "les des ces aux un une le la cette ce tous toutes sale sales nos vos mes tes ses leurs quel quelle "
    "certains certaines".split()
)
_ONE_PERSON_POSSESSIVES = frozenset("ma mon ta ton sa son notre votre".split())
_ONE_PERSON_DETERMINERS = _ONE_PERSON_POSSESSIVES | frozenset("cette cet ce".split())
_BREED_WORDS = frozenset("race races".split())


def _is_slur(sentence: _Sentence, i: int) -> bool:
    found = _matching(sentence.toks[i], lexicons().slurs)
    if not found:
        return False
    return _condition_holds(found[1], sentence, i)


def _insult_kind(tok: Tok) -> tuple[str, str] | None:
    return _matching(tok, lexicons().insults)


def _verb(tok: Tok) -> tuple[str, str] | None:
    for form in tok.forms:
        if (infinitive := verb_of(form)) is not None:
            return infinitive, lexicons().verbs[infinitive]
    return None


def _hit(sentence: _Sentence, message: str, severity: Severity | None = None) -> Hit:
    return Hit(sentence.toks[0].start, sentence.toks[-1].end, message, severity=severity)


def _predicate(sentence: _Sentence, i: int, groups: list[int]) -> bool:
    """Whether word ``i`` is said of someone: after a copula or « que des »,
    « comme des », « vous », or right next to a group (« la vermine homo »)."""
    window = [t.key for t in sentence.toks[max(0, i - 5) : i]]
    if window and window[-1] in _POSSESSIVES:
        return False  # « leurs ordures »: a thing they have, not what they are
    if any(w in _COPULA or w in _PREDICATE_MARKS for w in window):
        return True
    return any(abs(g - i) <= 2 for g in groups)


# What may stand between a copula and the insult it predicates (« est juste une vulgaire ordure »).
_BETWEEN_COPULA_AND_INSULT = frozenset(
    "donc ben assez full un une des de d du le la les l vraiment juste tellement tous toutes que qu rien autre vulgaire "
    "vulgaires veritable veritables vrai vraie vrais vraies gros grosse sale sales pauvre espece bande "
    "gang plus si aussi trop completement totalement absolument personne personnes sans aucun doute "
    "simplement seulement bien franchement carrement tout toute ne n pas jamais qui soient et peu "
    "ridicule ridicules".split()
)


# Endings of nouns for people (« pompiers », « centristes », « rugbymen »),
# for the many roles no list can hold.
_PERSON_ENDING = re.compile(r"(?:istes?|iers?|ieres?|eurs|euses?|rices?|iens|iennes?|men)$")


def is_person(word: str) -> bool:
    return word in lexicons().people or (len(word) > 4 and _PERSON_ENDING.search(word) is not None)


_POSSESSIVES = frozenset("leurs leur ses mes tes nos vos mon ton son sa ma ta".split())
# Words that make an adjective an evaluation of someone (« les plus stupides », « tellement aberrants »).
_PREDICATE_MARKS = frozenset(
    "que qu comme vous trouve trouvent plus tellement vraiment si aussi trop tous toutes juste tres "
    "completement absolument totalement particulierement".split()
)


# A prejudice presented as a fact: « C'est pas du racisme, c'est des statistiques. »
_NOT_RACISM = re.compile(
    r"\b(?:c est|ce n est) pas (?:du |de la )?(?:racisme|raciste|haine|discrimination|sexisme|sexiste)\W+"
    r"c est (?:juste |seulement |simplement )?(?:des|la|les|un|une) "
    r"(?:statistiques|stats|realite|faits|fait|verite|constat)\b"
)
# The old smear that gay or trans adults are a danger to children: « je veux pas
# qu'un enseignant gai soit seul avec les garçons ».
_PREDATOR_SMEAR = re.compile(
    r"\b(?:gai|gais|gay|gays|homos?|homosexuel\w*|lesbiennes?|trans|transgenres?|queers?)\b"
    r"(?: \w+){0,3}? (?:soit|soient|etre|reste|restent|rester|seraient|serait) seule?s? avec "
    r"(?:les|nos|des|mes|ses|leurs|nos petits|de jeunes) ?(?:enfants|garcons|petits|eleves|jeunes|filles|gars|ados)?\b"
    r"|\bpas (?:un|une) (?:\w+ )?(?:gai|gay|homo|homosexuel|trans|transgenre|lesbienne|queer)s? qui (?:s occupe|garde|enseigne a|soigne|entraine) "
    r"(?:des|de nos|nos|les) (?:petits|enfants|eleves|jeunes|garcons|filles|bebes)\b"
)


def _said_before(doc: Document, sentence: _Sentence, count: int = 2) -> str:
    """The folded text of the sentences just before this one."""
    units = _sentences(doc, None)
    k = next((n for n, u in enumerate(units) if u.start == sentence.start), 0)
    return " ".join(u.folded for u in units[max(0, k - count) : k])


# « Un élève m'a confié qu'il était gai… à son âge, ça peut encore se corriger. »
_CURE = re.compile(
    r"\b(?:ca|cela|c|ce|il|elle) (?:\w+ ){0,2}(?:peut|pourrait|va|devrait) (?:encore |toujours |bien )?"
    r"se (?:corriger|guerir|soigner|replacer)\b|\btherapie de conversion\b"
)
# « La prof est lesbienne… Faut protéger nos enfants de cette propagande-là. »
_PROPAGANDA = re.compile(
    r"\b(?:cette|leur|la) (?:propagande|ideologie|agenda)(?: la)?\b"
    r"(?! (?:nazie|de guerre|sovietique|russe|politique|electorale|du regime|des regimes|d etat|de l epoque))"
    r"|\b(?:endoctrin|conta?min)\w* (?:nos|mes) (?:enfants|jeunes|petits|ados)\b"
)
_QUEER = re.compile(
    r"\b(?:gai|gais|gay|gays|homo|homos|homosexuel\w*|lesbienne\w*|trans|transgenres?|bisexuel\w*|queer)\b"
)
# « Notre école accueille de plus en plus d'élèves autochtones. Nous avons donc ajouté
# deux surveillants aux casiers »: a group welcomed, then guarded against.
_WELCOMED = re.compile(
    r"\b(?:accueill\w*|arriv\w*|de plus en plus d|inscri\w*)\b[^.!?]{0,80}?\b(?:autochtones|roms?|tziganes|"
    r"gitans|immigr\w*|refugi\w*|haitiens|africains|arabes|musulmans|noirs|syriens|latinos)\b"
)
_GUARDED = re.compile(
    r"\b(?:ajout\w*|engag\w*) (?:\w+ ){0,2}surveillan\w*|\bverrouiller\b|\bsans surveillance\b"
    r"|\bgardez un oeil sur (?:vos|les) (?:sacs|effets|casiers)\b"
)
# « Je ne suis pas raciste, mais avouez que les familles juives n'ont jamais… »
_DISCLAIMER = re.compile(
    r"\bje (?:ne )?suis pas (?:raciste|homophobe|sexiste|islamophobe|antisemite)\W+mais\b"
)
_SWEEPING = re.compile(
    r"\b(?:n ont jamais|ont jamais|ne font jamais|font jamais|sont toujours|ont toujours|avouez que|on sait tous|"
    r"tout le monde sait|c est toujours)\b"
)
# Blame for a newcomer group: « les vélos disparaissent depuis que « certaines
# familles » sont arrivées », « depuis que les familles africaines sont arrivées, le
# niveau a baissé ».
_ARRIVAL = re.compile(
    r"\bdepuis que (?:les|ces|certaines|certains|tous ces|toutes ces) (?:\w+ )?(?:familles|gens|immigr\w+|"
    r"refugi\w+|etrangers|noirs|arabes|musulman\w*|africain\w*|haitien\w*|syrien\w*|mexicain\w*|"
    r"asiatiques|autochtones|nouveaux arrivants|demandeurs d asile|indiens|latinos)(?: \w+){0,2} "
    r"(?:sont|se sont|ont) (?:arrive|installe|emmenage|debarque|venu|envahi)\w*"
)
_ARRIVAL_BLAME = re.compile(
    r"\b(?:baiss\w*|disparai\w*|vols?|volent|degrad\w*|insecur\w*|bagarres?|crimes?|criminalite|"
    r"trouble|salet\w*|sale|drogue|peur|plus (?:pareil|comme avant))\b"
)
# « mes élèves latinos, bon… disons qu'on ne se refait pas »: said of the group just named
_STEREOTYPE_BACK = re.compile(
    r"\bon (?:ne )?se refait pas\b|\bc est (?:culturel|genetique|biologique)\b"
)
# Counter-speech the propaganda check must still respect (it cannot use _MENTION,
# which takes « propagande » itself for a report).
_COUNTER = re.compile(
    r"\b(?:denon\w*|condamn\w*|inacceptable\w*|intolera\w*|combat\w*|lutt\w*|homophob\w*|transphob\w*)\b"
)
_PRONOUNS = frozenset("les leur leurs ils elles eux vous".split())
# « c'est contre nature » said of the group of the sentence before; not « c'est une
# maladie de ne pas l'enseigner ».
_POINTS_BACK_HATE = re.compile(
    r"\A\W*c est (?:\w+ )?(?:contre nature|une (?:maladie|deviance|perversion|abomination))\b(?! d| de| qu)"
    r"|\A\W*(?:c est des faits\W+)?c est dans leur (?:culture|sang|nature|genes)\b"
    r"|\A\W*on normalise n importe quoi\b"
)
# Smears that name their target by themselves: welfare (« trop occupés à boire le chèque »)
# and weight (« les gros devraient payer double », « les gros, je les fais passer en dernier »).
_SELF_NAMED_SMEAR = re.compile(
    r"\b(?:boire|boivent|boit|bu) (?:le|leur|son|tout le) cheque\b|\bleur cheque de bs\b"
    r"|\blet them starve\b|\bs (?:ils|elles) sont trop (?:lazy|paresseu\w*|lache\w*) pour travailler\b"
    r"|(?:^|\b(?:les|ces) )(?:gros|grosses|obeses)(?: (?:en|dans) (?:\w+ ){1,2}?| )(?:devraient (?:payer|prendre|rester|arreter|se mettre|maigrir|avoir honte)|"
    r"sont (?:juste |tous |toutes )?(?:trop lent\w*|paresseu\w*|laid\w*|degueu\w*|lache\w*)|je les fais passer|mangent (?:trop|comme)|"
    r"prennent (?:deux|toute|trop)|ont (?:juste a|qu a|pas de volonte))\b"
)
# Xenophobic injunctions need no group word: « Retourne dans ton pays. »
_INJUNCTION = re.compile(
    r"\b(?:retourne\w*|rentre\w*|renvoye\w*) (?:donc )?(?:dans|chez|en) (?:ton|ta|votre|vos|leur|leurs) (?:pays|bled|jungle|brousse|afrique|continent)"
    r"|\bretourne\w* d ou (?:tu viens|vous venez|ils viennent)\b|\b(?:retourne|rentre)\w* en afrique\b"
)


# « N'est-il pas évident que… », « Cela ne démontre-t-il pas… »: a rhetorical
# question asserts, it does not negate.
_RHETORICAL = re.compile(
    r"\bne se rend\w* pas compte\b|\bne reconnaiss\w* (?:t )?(?:ils |elles )?pas\b|\bne voi\w* (?:t )?(?:ils |elles )?pas\b|"
    r"\bn est (?:il|ce|elle) pas\b|\bne (?:demontre|montre|prouve|prouvent|montrent)\w* (?:t )?(?:il|elle|ce|cela)? ?pas\b"
    r"|\bpourquoi n est (?:il|ce) pas\b|\bn est ce pas\b"
)


def is_mention(folded: str) -> bool:
    """Whether a folded sentence reports, quotes or condemns hostile speech."""
    return _MENTION.search(folded) is not None


def refuted(folded_next: str) -> bool:
    """Whether a sentence refutes the one before it (« Non : c'est un préjugé. »).
    ``folded_next`` keeps its punctuation: « Pas vrai? » agrees, « Des préjugés?
    Non, des faits » asks, « pas du tout comme nous » goes on, « c'est faux,
    mais… » takes it back."""
    but = _BUT.search(folded_next)
    if _ASKS.search(folded_next) or (but and _TAKEN_BACK.search(folded_next, but.end())):
        return False
    return _REBUTTAL.match(folded_next) is not None


def negated(folded: str) -> bool:
    """Whether the sentence negates its claim; after « mais », only the last
    clause counts (« je n'ai rien contre eux, mais ils sont… »)."""
    clause = folded.rsplit(" mais ", 1)[-1]
    return _NEGATION.search(_RHETORICAL.sub(" ", clause)) is not None


def _quoted_at(doc: Document, sentence: _Sentence, offset: int) -> bool:
    """Whether the word at ``offset`` of the folded sentence is inside quotes
    (« Un élève a entendu “retourne dans ton pays” » reports the words)."""
    tok = sentence.toks[min(sentence.folded[:offset].count(" "), len(sentence.toks) - 1)]
    return inside(quoted_spans(doc), tok.start, tok.end)


def _hate_reason(doc: Document, sentence: _Sentence, earlier_group: bool = False) -> str | None:
    """Why a sentence is hateful toward a protected group, or None. A pronoun
    (« Je les déteste. ») stands for a group named in the previous sentence."""
    injunction = _INJUNCTION.search(sentence.folded)
    if (
        injunction
        and not _MENTION.search(sentence.folded)
        and not _quoted_at(doc, sentence, injunction.start())
    ):
        return "injonction xénophobe"
    if _PREDATOR_SMEAR.search(sentence.folded) and not _MENTION.search(sentence.folded):
        return "insinuation homophobe"
    smear = _SELF_NAMED_SMEAR.search(sentence.folded)
    if (
        smear
        and not _MENTION.search(sentence.folded)
        and not _quoted_at(doc, sentence, smear.start())
    ):
        return "préjugé méprisant envers les familles pauvres ou les personnes grosses"
    # The sentences before are read only when this one needs them.
    if (
        _CURE.search(sentence.folded)
        and _QUEER.search(_said_before(doc, sentence) + " " + sentence.folded)
        and not _MENTION.search(sentence.folded)
    ):
        return "homosexualité présentée comme à corriger"
    if (
        _PROPAGANDA.search(sentence.folded)
        and _QUEER.search(_said_before(doc, sentence) + " " + sentence.folded)
        and not negated(sentence.folded)
        and not _COUNTER.search(sentence.folded)
    ):
        return "personne homosexuelle ou trans présentée comme un danger pour les enfants"
    if _GUARDED.search(sentence.folded) and _WELCOMED.search(
        _said_before(doc, sentence) + " " + sentence.folded
    ):
        return "groupe présenté comme une menace"
    if (
        _DISCLAIMER.search(sentence.folded)
        and _SWEEPING.search(sentence.folded)
        and any(_is_group(sentence, i) for i in range(len(sentence.toks)))
    ):
        return "préjugé précédé de « je ne suis pas raciste, mais »"
    arrival = _ARRIVAL.search(sentence.folded)
    if (
        arrival
        and _ARRIVAL_BLAME.search(sentence.folded)
        and not _MENTION.search(sentence.folded)
        and not negated(sentence.folded)
    ):
        return "groupe rendu responsable d'un problème"
    groups = [i for i in range(len(sentence.toks)) if _is_group(sentence, i)]
    if (
        not groups
        and earlier_group
        and (_NOT_RACISM.search(sentence.folded) or _STEREOTYPE_BACK.search(sentence.folded))
    ):
        # « …sont toujours ceux qui font du trouble. C'est pas du racisme, c'est des statistiques. »
        groups = [0]
    if not groups and earlier_group:
        groups = [i for i, t in enumerate(sentence.toks) if t.key in _PRONOUNS]
        if not groups and _POINTS_BACK_HATE.match(sentence.folded):
            groups = [0]  # « Deux papas au comité… c'est contre nature. »
    if not groups:
        return None
    first = sentence.toks[groups[0]]
    if _mentioned(doc, sentence, first.start, first.end):
        return None
    if any(_is_slur(sentence, i) for i in groups):
        return "injure identitaire"
    if _DENIAL.search(sentence.folded):
        return "propos qui nient la valeur ou la place d'un groupe"
    if _NOT_RACISM.search(sentence.folded) and not _MENTION.search(sentence.folded):
        return "préjugé présenté comme un fait"
    if re.search(r"\bsales?\b", sentence.folded) and any(
        sentence.toks[i - 1].key in ("sale", "sales") for i in groups if i
    ):
        return "« sale » accolé à un groupe"
    if negated(sentence.folded):
        return None
    newcomers = all(sentence.toks[i].key == "accueil" for i in groups)
    phrase = _HATE_PHRASE.search(sentence.folded)
    if (
        phrase
        and not _quoted_at(
            doc, sentence, phrase.start()
        )  # « un enfant autiste “ralentit” la classe »
        and (not newcomers or _NEWCOMER_HATE.search(sentence.folded))
    ):
        return "propos hostiles envers un groupe"
    for i, tok in enumerate(sentence.toks):
        kind = _insult_kind(tok)
        if kind and kind[1].startswith(("sans-", "avec-", "determinant")):
            # « Les filles, vous êtes des bêtes de compétition »: praise, as for HOS01;
            # « des malades » is a name, « ça va être malade » or « une fille malade » is not
            kind = kind if _condition_holds(kind[1], sentence, i) else None
        if kind and tok.key in _AFFECTIONATE | _MILD_TEASING and _AFFECTION.search(folded(doc)):
            kind = None  # « ma belle niaiseuse de fille 😂❤️ »
        if (
            kind
            and kind[0] != "attribut-negatif"
            and (kind[0] == "injure-forte" or _predicate(sentence, i, groups))
        ):
            return "groupe traité d'injure ou déshumanisé"
        if (
            kind
            and kind[0] == "attribut-negatif"
            and i not in groups
            and _predicate(sentence, i, groups)
            # « vous êtes fous raide les filles 🤪 »: friends teased, laughing
            and not (tok.key in _MILD_TEASING and _LAUGHING.search(folded(doc)))
        ):
            return "groupe dénigré"
        verb = _verb(tok)
        if verb and verb[1] == "emotion" and re.search(r"\b(?:je|j|on|nous)\b", sentence.folded):
            return "haine exprimée envers un groupe"
        if verb and verb[1] == "degout":
            return "dégoût exprimé envers un groupe"
        if (
            verb
            and verb[1].startswith("violence")
            and verb[1] != "violence-jeu"
            and _has_intent(sentence, tok)
            and not (_GAME.search(sentence.folded) and not _VIOLENT_CUE.search(sentence.folded))
        ):
            return "appel à la violence contre un groupe"
    return None


# A sentence that answers the one before it by refuting it.
_REBUTTAL = re.compile(
    r"(?<!\W)\W*+(?:non\W++)?(?:c est |ce sont |c etait )?(?:faux|archi faux|pas vrai|absolument pas|"
    r"bien sur que non|pas du tout|(?:un|une|le|la|des) (?:\w+ )?(?:prejuges?|mythes?|cliches?|"
    r"stereotypes?|fausses? idees?|idees? recues?))(?: \w+)?(?: et \w+)?(?=\W*$|\s*[.!:;,…]| (?:que|qui|qu|dont) )"
)
_ASKS = re.compile(r"\?\W*$")
# « c'est faux, mais c'est vrai en partie »: the refutation taken back after « mais »
# (searched from the first « mais » only: a pattern « mais.*… » rescans each one).
_BUT = re.compile(r"\bmais\b")
_TAKEN_BACK = re.compile(r"\b(?:quand meme|pareil|en partie|c est (?:vrai|pas faux))\b")
_NARRATIVE = re.compile(r"\b(?:ont|avait|avaient|a ete|ont ete|furent|fut|auraient ete)\b")


def _has_intent(sentence: _Sentence, verb: Tok) -> bool:
    """A wish, a plan or a call: « je vais », « on devrait », « éradiquons »."""
    imperative = verb.key.endswith(("ons", "ez")) and verb is sentence.toks[0]
    narrative = re.search(r"\b(?:ont|avait|avaient|a ete|ont ete|furent|fut)\b", sentence.folded)
    return imperative or (_INTENT.search(sentence.folded) is not None and not narrative)


class HatefulSpeech(Rule):
    """Signale les propos haineux envers un groupe protégé (origine, religion,
    genre, orientation, identité de genre, handicap, statut de migrant), avec
    ou sans gros mot : « Je déteste les femmes. », « Les immigrants sont des
    parasites. », « Retourne dans ton pays. », « Les gais ne devraient pas
    enseigner. », les injures identitaires et les appels à la violence. Un mot
    identitaire seul n'est jamais signalé (Mois de l'histoire des Noirs,
    fierté 2SLGBTQ+), ni une phrase qui rapporte, cite ou dénonce la haine
    (« Nous dénonçons le racisme », « Les immigrants ne sont pas des
    parasites »)."""

    code = "HOS04"
    name = "propos-haineux"
    title = "Propos haineux envers un groupe"
    severity = Severity.ERROR
    clauses = HATE_CLAUSES
    nlp = frozenset({"lemma"})
    fail_examples = (
        Example("Je déteste les femmes.", ("Je déteste les femmes",)),
        Example("Les immigrants sont des parasites.", ("Les immigrants sont des parasites",)),
        Example("Les gais ne devraient pas enseigner.", ("Les gais ne devraient pas enseigner",)),
    )
    ok_examples = (
        "Aucun propos raciste, sexiste ou homophobe n'est toléré sur notre page.",
        "Bon Mois de l'histoire des Noirs! Nos élèves musulmans célèbrent l'Aïd.",
        "Les immigrants ne sont pas des parasites : ils bâtissent notre communauté.",
    )

    def may_apply(self, doc: Document) -> bool:
        return _has_any(doc)

    def needs_model(self, doc: Document) -> bool:
        # Lemmas help with conjugated verbs, only where a group is named.
        lex = lexicons()
        return any(_matching(t, lex.groups) or _matching(t, lex.slurs) for t in tokens(doc))

    def check(self, doc: Document, parsed: Any | None) -> Iterable[Hit]:
        if parsed is not None:
            tokens(doc, parsed)  # adds the lemmas before sentences are built
        earlier = False
        units = _sentences(doc, parsed)
        for k, sentence in enumerate(units):
            if k + 1 < len(units) and refuted(folded(doc)[units[k + 1].start : units[k + 1].end]):
                continue  # « Les immigrants apportent des maladies? Non : c'est un préjugé. »
            reason = _hate_reason(doc, sentence, earlier)
            earlier = any(_is_group(sentence, i) for i in range(len(sentence.toks)))
            if reason:
                yield _hit(
                    sentence,
                    f"Propos haineux ({reason}) : les politiques ne tolèrent aucun propos haineux, "
                    "raciste, xénophobe, homophobe ou sexiste. Retirez ce passage.",
                )


def _has_any(doc: Document) -> bool:
    """Cheap test shared by the HOS rules, before any per-word work: a lexicon
    word or an obfuscation, or one of the phrase patterns on a quick fold."""
    if "HOS.has_any" not in doc.cache:
        found = may_be_hostile(doc)
        if not found:
            quick = _NON_ALNUM.sub(" ", ascii_fold(doc.normalised))
            found = _phrase_gate().search(quick) or _WEAPON_EMOJI.search(doc.normalised)
        doc.cache["HOS.has_any"] = found
    return doc.cache["HOS.has_any"]


_NON_ALNUM = re.compile(r"[^a-z0-9]+")


@cache
def _phrase_gate() -> PhraseGate:
    return PhraseGate(_PHRASE_PATTERNS)


# --- Insults aimed at a person or a group (not a protected one) ------------


def _addressed(sentence: _Sentence, i: int, kind: str) -> bool:
    """Whether insult word ``i`` is aimed at someone: second person, a person
    noun or name with a copula, an address form (« espèce de », « gang de »)
    or a vocative (« Imbécile! »). Animal words (« mon chien ») need more than
    a possessive."""
    before = sentence.before(i)
    if _ADDRESS_FORM.search(before):
        return True
    # « t'es (vraiment) un… »: only articles and intensifiers between the address and the insult.
    address = max(_ADDRESS_VERB.finditer(before), key=lambda m: m.end(), default=None)
    if address and all(w in _BETWEEN_COPULA_AND_INSULT for w in before[address.end() :].split()):
        return True
    # « c'est une enflure »: « c'est » makes an insulting noun personal, never an adjective.
    if kind != "attribut-negatif" and re.search(
        r"\bc (?:est|etait) (?:vraiment |juste )?(?:un|une)(?: (?:vrai|vraie|belle|beau|sacre|sacree|maudit|maudite|gros|grosse|pauvre|petit|petite))?\s*$",
        before,
    ):
        return True
    if kind in ("injure", "injure-forte") and _ADDRESS_SOFT.search(before):
        return True
    # a nickname given to people: « on les appelle les rats », « je les surnomme mes zombies »
    if re.search(
        r"\b(?:on|je|j|tout le monde|ils|elles) (?:les|l|la|le|se) (?:appel\w*|surnomm\w*|trait\w*)"
        r"(?: (?:les|mes|nos|des|de|d|la|le|l|ma|mon|notre))?(?: (?:gros|grosses?))?$"
        r"|\b(?:j|on) (?:appel\w*|surnomm\w*) (?:ceux|celles|les|ces) (?:\w+ ){0,5}(?:mes|les|nos)$",
        " ".join(t.key for t in sentence.toks[max(0, i - 10) : i]),
    ):
        return True
    # « c'est la personne la plus conne que j'ai rencontrée »
    if re.search(
        r"\bc (?:est|etait) (?:la|le) (?:personne|gars|fille|femme|homme|collegue|boss) "
        r"(?:la |le )?plus$",
        " ".join(t.key for t in sentence.toks[max(0, i - 7) : i]),
    ):
        return True
    words = sentence.toks
    if (
        i
        and words[i - 1].key in _POSSESSIVES
        and kind != "injure-forte"
        and not _ADDRESS_SOFT.search(before)
    ):
        return False
    if re.search(r"\bcomme (?:vous|toi)\b", sentence.folded):
        return True
    for j in range(max(0, i - 8), i):
        between = [w.key for w in words[j + 1 : i]]
        if not all(w in _BETWEEN_COPULA_AND_INSULT for w in between):
            continue  # « il est évident qu'un animal… »: the word is not what someone is
        if words[j].key in _COPULA or words[j].key in ("comme", "juste", "vraiment"):
            subject = [w.key for w in words[max(0, j - 4) : j]]
            if any(
                is_person(s) or s in ("vous", "tu", "toi", "il", "elle", "ils", "elles")
                for s in subject
            ):
                return True
            # A first name as subject (« Marc est un idiot »), not any capitalised word.
            if any(fold(w.surface) in terms("prenoms") for w in words[max(0, j - 2) : j]):
                return True
    # « con de prof », « ce crétin de chauffeur »: the insult stands for the person named after it.
    if (
        kind in ("injure", "injure-forte")
        and i + 2 < len(words)
        and words[i + 1].key in ("de", "d")
        and is_person(words[i + 2].key)
    ):
        return True
    # « La nouvelle VP? Conne comme ses pieds. »: a verbless verdict by simile.
    if (
        i == 0
        and kind in ("injure", "injure-forte")
        and words[0].key not in _ORDINARY_NOUNS
        and words[1:2]
        and words[1].key == "comme"
        and len(words) <= 6
        and any(w.key in _DULL_AS for w in words[2:4])
    ):
        return True
    # A vocative (« Imbécile! », « Niaiseuse va! »), not a noun phrase (« Zéro correction. »).
    return (
        len(words) <= 3
        and i == 0
        and (len(words) == 1 or words[1].key in _VOCATIVE_NEXT or words[1].surface[:1].isupper())
    )


# « con comme ses pieds », « bête comme une valise »: the similes of stupidity
_DULL_AS = frozenset(
    "pieds valise balai botte bottes cruche manche poteau chaudron huitre ane bourrique".split()
)
_VOCATIVE_NEXT = frozenset(
    "va toi vous que qu qui fini finie finis finies la le petit petite gros grosse maudit maudite "
    "vieux vieille sale sales pauvre".split()
)


# Insult nouns with an ordinary sense too (« des cornichons », « Le français pour les nuls »,
# « quelques ratés »): a determiner alone does not make them aimed at someone.
_ORDINARY_NOUNS = frozenset(
    "cornichon cornichons andouille andouilles bouffon bouffons bouffonne guignol guignols nul nuls "
    "nulle nulles zero tata rate rates ratee ratees".split()
)
_NOUN_DETERMINERS = frozenset("un une des ce cet cette ces".split())
_NOUN_QUALIFIERS = frozenset(
    "vrai vraie vrais vraies gros grosse grosses parfait parfaite parfaits parfaites beau belle "
    "beaux belles pauvre pauvres sacre sacree maudit maudite maudits maudites fameux fameuse "
    "petit petite vieux vieille esti osti ostie crisse de d belle bel bande gang".split()
)


def _insult_noun(sentence: _Sentence, i: int, qualified: bool = False) -> bool:
    """« une conne », « des crétins », « ce parfait imbécile »: an insult noun
    after a determiner names a person as that insult, wherever the sentence
    put it (after a relative clause, in an apposition, as an agent)."""
    if sentence.toks[i].key in _ORDINARY_NOUNS:
        return False
    j = i - 1
    while j >= 0 and i - j <= 3 and sentence.toks[j].key in _NOUN_QUALIFIERS:
        j -= 1
    # Words with an ordinary sense (« une dinde », « la cave ») need a qualifier (« une vraie dinde »).
    if j >= 0 and sentence.toks[j].key in _NOUN_DETERMINERS:
        return not qualified or j < i - 1
    # « le niaiseux qui a stationné… », « ce crétin-là »: a definite article and a relative clause.
    after = sentence.toks[i + 1].key if i + 1 < len(sentence.toks) else ""
    return not qualified and j >= 0 and sentence.toks[j].key in ("le", "la", "l") and after == "qui"


# Said of a person, these are concern or description, not insults (« tu es malade? »).
# « c'est une honte pour la province » judges a fact; « t'es une honte » is HOS07.
_NOT_FOR_PEOPLE = frozenset("malade malades honte".split())


class Insult(Rule):
    """Signale une injure adressée à une personne ou à un groupe de personnes :
    « t'es un imbécile », « espèce de crétin », « les arbitres sont des
    idiots », « Les fans de football sont des déchets ». Les injures fortes
    (connard, salope, enculé…) sont signalées partout, sauf citées ou
    dénoncées. Un mot qui vise une chose (« ce film est débile »), la
    « chienne du voisin » ou la « cave » de l'école ne sont pas signalés."""

    code = "HOS01"
    name = "injure"
    title = "Injure envers une personne ou un groupe"
    severity = Severity.ERROR
    clauses = INSULT_CLAUSES
    fail_examples = (
        Example("T'es vraiment un imbécile.", ("imbécile",)),
        Example("Les arbitres de ce soir sont des idiots.", ("idiots",)),
    )
    ok_examples = (
        "La chienne du voisin a eu des chiots. Ce film est débile.",
        "Rangez les bottes dans la cave de l'école.",
        "Tu dois arrêter de traiter les gens d'imbéciles.",
    )

    def may_apply(self, doc: Document) -> bool:
        return _has_any(doc)

    def check(self, doc: Document, parsed: Any | None) -> Iterable[Hit]:
        quotes = quoted_spans(doc)
        phrases = list(self._multiword(doc))
        yield from phrases
        for sentence in _sentences(doc, None):
            if _hate_reason(doc, sentence) or _MENTION.search(sentence.folded):
                continue  # counted as hate, or a mention
            aimed = False  # « un maudit épais pis un crétin »: once aimed, the others are too
            for i, tok in enumerate(sentence.toks):
                kind = _insult_kind(tok)
                if not kind or tok.key in _NOT_FOR_PEOPLE:
                    continue
                if kind[1].startswith(("sans-", "avec-")) and not _condition_holds(
                    kind[1], sentence, i
                ):
                    continue  # « du pain bâtard »
                if (
                    tok.key in ("incapable", "incapables")
                    and sentence.toks[i + 1 : i + 2]
                    and (sentence.toks[i + 1].key in ("de", "d"))
                ):
                    continue  # « incapables de se tenir tranquilles »: a fact, not a name called
                if any(h.start <= tok.start and tok.end <= h.end for h in phrases):
                    continue  # already inside « gang de caves »
                if (
                    tok.key in _MILD_TEASING
                    and _LAUGHING.search(folded(doc))
                    and not any(
                        _insult_kind(t) and t.key not in _MILD_TEASING for t in sentence.toks
                    )
                ):
                    continue  # « t'es fou raide 😂 », « mon grand nono de fils… je l'aime pareil »
                if tok.key in _SKILL and _GAME.search(sentence.folded):
                    continue  # « t'es nul à Fortnite »: a player's skill, not a person
                if tok.key in _AFFECTIONATE and _AFFECTION.search(folded(doc)):
                    continue  # « je t'aime pareil ma niaiseuse ❤️ »
                if inside(quotes, tok.start, tok.end) or _negated_before(sentence, i):
                    continue
                if kind[0] != "injure-forte" and negated(sentence.folded):
                    continue
                noun = kind[0] in ("injure", "injure-forte", "deshumanisant")
                if (
                    kind[0] == "injure-forte"
                    or _addressed(sentence, i, kind[0])
                    or (aimed and noun)
                    or _finished(sentence, i, kind[0])
                    or (kind[0] in ("injure", "injure-forte") and _superlative(sentence, i))
                    or (
                        kind[0] == "injure"
                        and _insult_noun(sentence, i, qualified=kind[1] != "toujours")
                    )
                ):
                    aimed = True
                    yield Hit(
                        tok.start,
                        tok.end,
                        "Injure : les politiques ne tolèrent ni insulte ni propos dégradant envers une "
                        "personne ou un groupe. Retirez-la ; exprimez un désaccord sans attaquer la personne.",
                    )

    def _multiword(self, doc: Document) -> Iterator[Hit]:
        for sentence in _sentences(doc, None):
            if _MENTION.search(sentence.folded):
                continue
            for start, end, (lexicon, _category, _) in _multiword_matches(sentence):
                if lexicon == "insults" and not inside(quoted_spans(doc), start, end):
                    yield Hit(
                        start,
                        end,
                        "Injure grossière : les politiques ne tolèrent ni insulte ni propos dégradant "
                        "envers une personne. Retirez-la ; exprimez un désaccord sans attaquer la personne.",
                    )


def _negated_before(sentence: _Sentence, i: int) -> bool:
    return (
        re.search(
            r"\b(?:n|ne) (?:es|est|etes|sont|suis)? ?(?:pas|jamais|plus)\b", sentence.before(i)
        )
        is not None
    )


def _multiword_matches(sentence: _Sentence) -> Iterator[tuple[int, int, tuple[str, str, str]]]:
    words = [t.key for t in sentence.toks]
    for phrase, info in lexicons().multiword.items():
        n = len(phrase)
        for i in range(len(words) - n + 1):
            if tuple(words[i : i + n]) != phrase:
                continue
            if info[2].startswith(("sans-", "avec-")) and not _condition_holds(
                info[2], sentence, i + n - 1
            ):
                continue  # « une grosse truie et ses porcelets », at the farm
            yield sentence.toks[i].start, sentence.toks[i + n - 1].end, info


# --- Vulgarity ---------------------------------------------------------------


def _condition_holds(condition: str, sentence: _Sentence, i: int) -> bool:
    if condition == "toujours" or not condition:
        return True
    kind, _, words = condition.partition(":")
    options = {w.replace("_", " ") for w in words.split("|")}
    previous = sentence.toks[i - 1].key if i else ""
    nxt = sentence.toks[i + 1].key if i + 1 < len(sentence.toks) else ""
    if kind == "sans-suivant":
        return nxt not in options
    if kind == "sans-precedent":
        return previous not in options
    if kind == "avec-precedent":
        return previous in options
    if kind == "avec-suivant":
        return nxt in options
    if kind == "sans-phrase":
        # « le bâtard de Mme Ouellet (un croisé labrador-caniche) », « vous êtes des bêtes, c'était malade »
        return not any(t.key in options for t in sentence.toks)
    if kind == "determinant":
        # Used as a noun (« les retardés », « gang de retardés »), not as a
        # participle (« le vol est retardé »).
        before = [t.key for t in sentence.toks[max(0, i - 2) : i]]
        if before == ["comme", "des"] and sentence.toks[i].key in ("malade", "malades"):
            return False  # « on a ri comme des malades »: an intensifier
        return previous in _DETERMINERS or before in (["gang", "de"], ["bande", "de"])
    return True


class Vulgarity(Rule):
    """Signale le langage vulgaire ou obscène (merde, putain, chier, foutre,
    « ta gueule »…). Les sens ordinaires sont écartés : « cul-de-sac »,
    « gueule de bois », « fourrer un gâteau ». Un mot cité entre guillemets
    (« le mot “merde” ») est mentionné, pas employé."""

    code = "HOS02"
    name = "vulgarite"
    title = "Langage vulgaire"
    severity = Severity.ERROR
    clauses = VULGAR_CLAUSES
    fail_examples = (Example("C'est normal que ça te fasse chier.", ("chier",)),)
    ok_examples = ("Le cul-de-sac derrière l'école et la gueule de bois du lendemain.",)

    def may_apply(self, doc: Document) -> bool:
        return _has_any(doc)

    def check(self, doc: Document, parsed: Any | None) -> Iterable[Hit]:
        quotes = quoted_spans(doc)
        vulgar = lexicons().vulgar
        for sentence in _sentences(doc, None):
            for i, tok in enumerate(sentence.toks):
                found = _matching(tok, vulgar)
                if (
                    found
                    and _condition_holds(found[1], sentence, i)
                    and not inside(quotes, tok.start, tok.end)
                    and not _stuffed_food(sentence, i)
                ):
                    yield Hit(
                        tok.start,
                        tok.end,
                        f"« {tok.surface} » est vulgaire : les politiques ne tolèrent pas le langage "
                        "vulgaire ou obscène. Retirez-le ou reformulez.",
                    )
            for start, end, (lexicon, _category, _) in _multiword_matches(sentence):
                if lexicon == "vulgar" and not inside(quotes, start, end):
                    yield Hit(start, end, "Expression vulgaire : retirez-la ou reformulez.")


# « on a fourré les crêpes avec des fraises »: the cook's verb, not the vulgar one.
_FOOD = frozenset(
    "crepes crepe gateau gateaux biscuits biscuit beignes beigne muffins chocolat creme fraises "
    "sandwichs sandwich pains pain pates pate dinde poulet poivrons tomates tartes tarte choux "
    "pitas wraps tortillas garniture farce".split()
)


def _stuffed_food(sentence: _Sentence, i: int) -> bool:
    if not sentence.toks[i].key.startswith("fourr"):
        return False
    return not _FOOD.isdisjoint(t.key for t in sentence.toks[i + 1 : i + 7])


# --- Quebec sacres --------------------------------------------------------------

_RELIGIOUS = re.compile(
    r"\b(?:messe|communion|eglise|pretre|eucharist\w*|liturg\w*|autel|pastoral\w*|catech\w*|paroiss\w*|"
    r"chapelle|abbe|cure|benediction|celebration|sacrement (?:de|du|des)|sacrements|bapteme (?:de|du)|"
    # Christmas and Easter only at church: « le spectacle de Noël » is a school show.
    r"premiere communion|confirmation|(?:messe|nuit|veillee|creche|vigile) (?:de|du) (?:noel|paques)|careme|bible|jesus|dieu|vierge marie|croix|calices|"
    r"hosties|vase sacre)\b"
)


def religious_context(folded_text: str) -> bool:
    """Whether a folded text speaks of church, sacraments or liturgy."""
    return _RELIGIOUS.search(folded_text) is not None


def liturgical_objects(folded_text: str) -> bool:
    """Whether a folded text names liturgical things (the « liturgique » words of
    the sacres lexicon) in a church context (« la paroisse prête son ciboire de
    vermeil »), words the classifier reads as sacres."""
    if not religious_context(folded_text):
        return False
    sacres = lexicons().sacres
    return any(sacres.get(w, ("", ""))[1] == "liturgique" for w in _WORDS.findall(folded_text))


_WORDS = re.compile(r"[a-z]+")


# « mon ostie de… », « un calvaire de… »; never « le calice de l'église », « des hosties de la paroisse ».
# « le calice de cristal », « le ciboire de vermeil », « le tabernacle de l'église »
_NOT_SACRE_AFTER_DE = frozenset(
    "saint sainte notre messe communion paroisse chapelle eglise or argent cristal vermeil bois "
    "etain bronze cuivre verre porcelaine vin ceramique".split()
)
_CONSTRUCTION_BEFORE = frozenset(
    "mon ma ton ta son sa ce cette un une gros grosse maudit maudite mes tes".split()
)


class Sacre(Rule):
    """Signale les sacres québécois (tabarnak, câlisse, crisse, ostie, viarge…)
    et leurs constructions (« mon ostie de… », « en tabarnak », « crisser
    dehors », « câlisser », « sacrer son camp »). Les mots liturgiques —
    hostie, calice, tabernacle, ciboire, baptême, calvaire — ne comptent que
    dans une construction de sacre, jamais dans un texte religieux (« l'hostie
    de la première communion »). « S'ostiner » (argumenter) et « crise » ne
    sont pas des sacres ; les jurons atténués (tabarouette, mautadit) relèvent
    de TON05."""

    code = "HOS03"
    name = "sacre"
    title = "Sacre québécois"
    severity = Severity.ERROR
    clauses = VULGAR_CLAUSES
    fail_examples = (
        Example("Mon ostie de char est encore en panne.", ("ostie",)),
        Example("Il fait frette en tabarnak à matin.", ("tabarnak",)),
    )
    ok_examples = (
        "À la première communion, le prêtre a présenté l'hostie et le calice.",
        "Les jeunes aiment s'ostiner; c'est la crise au conseil étudiant.",
    )

    def may_apply(self, doc: Document) -> bool:
        return _has_any(doc)

    def check(self, doc: Document, parsed: Any | None) -> Iterable[Hit]:
        sacres = lexicons().sacres
        quotes = quoted_spans(doc)
        religious = religious_context(" ".join(t.key for t in tokens(doc)))
        for sentence in _sentences(doc, None):
            for i, tok in enumerate(sentence.toks):
                found = _matching(tok, sacres)
                if not found or inside(quotes, tok.start, tok.end):
                    continue
                if len(tok.surface) <= 3 and tok.surface.isupper():
                    continue  # « STI », « CST »: a short form in capitals is an initialism
                if (
                    i >= 2
                    and sentence.toks[i - 1].key == "de"
                    and sentence.toks[i - 2].key
                    in (
                        "oreille",
                        "oreilles",
                    )
                ):
                    continue  # « oreilles de crisse »: the sugar-shack dish
                if (
                    found[0] == "crisse"
                    and i + 1 < len(sentence.toks)
                    and sentence.toks[i + 1].key == "cross"
                ):
                    continue  # « criss-cross applesauce », the English nursery rhyme
                if (
                    found[0] == "crisse"
                    and tok.key.startswith("criss")
                    and i > 0
                    and sentence.toks[i - 1].key not in _CONSTRUCTION_BEFORE
                    and sentence.toks[i - 1].key not in ("en", "de", "d")
                    and _SCREECH.search(sentence.folded)
                ):
                    continue  # « les pneus crissent »: the verb « crisser », to screech
                if _word_talk(sentence, i):
                    continue  # « des jurons comme tabarnak, qui vient de tabernacle »
                family, kind = found
                if kind == "euphemisme":
                    continue
                if kind == "liturgique" and not _sacre_construction(
                    sentence, i, religious, doc.normalised
                ):
                    continue
                if family == "maudit":
                    continue  # « maudit » as an intensifier is a minced oath (TON05)
                yield Hit(
                    tok.start,
                    tok.end,
                    f"« {tok.surface} » est un sacre : le langage vulgaire n'est pas toléré dans une "
                    "communication du personnel. Retirez-le.",
                )


_ETYMOLOGY_AFTER = frozenset("vient viennent venait derive derivent signifie veut".split())
_SWEAR_NOUNS = frozenset("juron jurons sacre sacres".split())


def _word_talk(sentence: _Sentence, i: int) -> bool:
    """Whether the sacre at ``i`` is talked about as a word: its origin follows
    (« tabarnak qui vient de tabernacle ») or it is an example given after
    « jurons… comme » in the same sentence."""
    after = [t.key for t in sentence.toks[i + 1 : i + 3]]
    if after[:1] == ["qui"]:
        after = after[1:]
    if after[:1] and after[0] in _ETYMOLOGY_AFTER:
        return True
    before = [t.key for t in sentence.toks[max(0, i - 12) : i]]
    if before[-1:] and before[-1] in ("latin", "grec", "ancien"):
        return True  # « vient du latin sacramentum »: the word's ancestor
    return bool(before) and before[-1] == "comme" and not _SWEAR_NOUNS.isdisjoint(before)


_SCREECH = re.compile(r"\b(?:pneus?|freins?|roues?|craie|ongles?|gravier|neige|patins?)\b")


def screeching(folded_text: str) -> bool:
    """« ne faites pas crisser vos pneus »: the verb to screech, not the sacre."""
    verb = re.search(r"\bcriss\w*", folded_text)
    return verb is not None and _SCREECH.search(folded_text, verb.end()) is not None


def _sacre_construction(sentence: _Sentence, i: int, religious: bool, text: str = "") -> bool:
    """« mon ostie de… », « un calvaire de… », « en tabarnak », or an
    exclamation (« Calvaire! ») outside any religious context."""
    words = sentence.toks
    previous = words[i - 1].key if i else ""
    nxt = words[i + 1].key if i + 1 < len(words) else ""
    after_de = words[i + 2].key if i + 2 < len(words) else ""
    if (
        previous in _CONSTRUCTION_BEFORE
        and nxt in ("de", "d")
        and after_de not in _NOT_SACRE_AFTER_DE
    ):
        return True  # « mon ostie de… », not « son ciboire de vermeil »
    # « le ciboire de portail », outside any religious context; not « le ciboire de l'église ».
    if (
        not religious
        and previous in ("le", "la", "les", "ces")
        and nxt in ("de", "d")
        and after_de
        and after_de not in _DETERMINERS
        and after_de not in _NOT_SACRE_AFTER_DE
    ):
        return True
    if (
        previous in ("d", "de")
        and nxt in ("de", "d")
        and i > 1
        and words[i - 2].key in ("bande", "gang", "espece")
    ):
        return True  # « une bande d'hosties d'incompétents »
    if previous == "en" and (i + 1 == len(words) or nxt in ("a", "que", "de")):
        return not religious
    if religious:
        return False
    # An exclamation opening the sentence: « Ciboire, c'est long! », « Baptême! »
    after = text[words[i].end : words[i].end + 2].lstrip()
    if i == 0:
        return after[:1] in (",", "!") or nxt in ("que", "qu", "de", "d") or len(words) <= 3
    # or a clause: « En passant, ciboire que le traiteur a été lent »
    before = text[max(0, words[i].start - 3) : words[i].start].rstrip()
    return before.endswith((",", ":", "…")) and nxt in ("que", "qu")


class MincedOath(Rule):
    """Note les jurons atténués (tabarouette, mautadit, torrieux, batince,
    « maudit que… ») : pas des sacres, mais un registre familier à éviter dans
    un message professionnel. Information seulement."""

    code = "TON05"
    name = "juron-attenue"
    title = "Juron atténué"
    severity = Severity.INFO
    clauses = ("CSSPO-3-TON", "CSTL-A1-POLITESSE")
    fail_examples = (Example("Tabarouette qu'il fait froid!", ("Tabarouette",)),)
    ok_examples = ("Il fait froid ce matin, habillez-vous chaudement.",)

    def may_apply(self, doc: Document) -> bool:
        return _has_any(doc)

    def check(self, doc: Document, parsed: Any | None) -> Iterable[Hit]:
        sacres = lexicons().sacres
        for sentence in _sentences(doc, None):
            for i, tok in enumerate(sentence.toks):
                found = _matching(tok, sacres)
                if not found:
                    continue
                family, kind = found
                intensifier = (
                    family == "maudit"
                    and kind == "liturgique"
                    and (
                        (i + 1 < len(sentence.toks) and sentence.toks[i + 1].key in ("que", "qu"))
                        or (
                            i
                            and sentence.toks[i - 1].key
                            in ("mon", "ma", "ce", "cette", "un", "une")
                        )
                    )
                )
                if kind == "euphemisme" or intensifier:
                    yield Hit(
                        tok.start,
                        tok.end,
                        f"« {tok.surface} » est un juron atténué : familier pour un message professionnel.",
                    )


# --- Threats, self-harm incitement, harassment, defamation ---------------------

_THREAT_PHRASES = re.compile(
    r"\b(?:tu vas|il va|elle va|ils vont|elles vont) (?:le |la |me le )?(?:regretter|payer|souffrir|y passer|crever|mourir|voir ce qui)(?! (?:de|d) (?:rire|plaisir|joie|envie|jalousie|faim|soif|chaleur|froid|ennui|fatigue|honte))"
    # not an invitation: « tu vas le regretter si tu viens pas au voyage »
    r"(?! si (?:tu|vous) (?:ne )?(?:viens|venez|vas|allez|participes|participez|t inscris|vous inscrivez|essaies|essayez|goutes|goutez) pas)"
    r"|\bvous allez (?:le )?(?:regretter|payer|souffrir|y passer|crever|mourir)(?! (?:de|d) (?:rire|plaisir|joie|envie|jalousie|faim|soif|chaleur|froid|ennui|fatigue|honte))"
    r"|\b(?:je|on) (?:sais|sait|connais|connait) (?:ou (?:tu|vous|t|il|elle|ils|elles) ?(?:restes?|habites?|vis|vit|vivent|demeurent|demeures?|restez|habitez|restent|habitent)|ton adresse|votre adresse)"
    r"|\bt(?: es| e|u es) (?:deja )?morte?\b(?! de (?:rire|fatigue|peur|honte))(?!\s*\?)"
    r"|\b(?:je vais|on va|j vais|jvais) (?:publier|diffuser|montrer|partager|envoyer|afficher) (?:tes|vos|ta|votre) (?:photos?|videos?|messages?|secrets?)"
    r"|\b(?:je vais|on va|j vais|jvais) (?:te|vous) (?:faire payer|retrouver|attendre (?:a la sortie|dehors|apres))"
    # not a treat or a meeting: « te faire payer un café », « te retrouver au parc, on fait un foot »
    r"(?! (?:un|une|le|la|ton|ta) (?:cafe|biere|diner|lunch|repas|tournee|chocolat|beigne|muffin|dessert)\b)"
    r"(?![^.!?]{0,40}\b(?:on ira|on va (?:prendre|aller|jouer|faire|manger|se)|on fait|on prend|pour (?:prendre|jouer|manger|un cafe)))"
    r"|\bfais (?:attention|gaffe) a (?:toi|tes fesses)\b(?! (?:sur la (?:glace|route|chaussee)|sur les (?:routes|trottoirs)|au volant|pis (?:repose|soigne)))|\btu ne perds rien pour attendre\b"
    r"|\battends? (?:de voir|que je te)\b"
    r"|\bmort (?:a|aux) (?:tous |toutes )?(?:les|ces|ce|cette|la|le|l|toi|vous)\b"
    r"|\b(?:faire|fera|ferai|fais) souffrir\b|\bmettre fin a (?:sa|ta|votre|leur|leurs) vies?\b"
    r"|\bbris\w* (?:le|leur|leurs|ton|son) cou\b|\btranch\w* (?:la|les|leur|leurs|sa|ta) gorges?\b"
    r"|\bvoir (?:ces|les|tous|cette|ce) (?:\w+ ){0,2}(?:souffrir|mourir|crever|bruler|pendus?|morts?)\b"
    r"|\b(?:devrai\w*|merite\w*) (?:\w+ )?(?:etre|d etre) (?:execute|tue|abattu|pendu|brule|elimine|torture|egorge)\w*"
    r"|\bmerite\w* (?:de mourir|de crever|la mort)\b"
    r"|\b(?:te|vous|lui|leur) faire du mal\b|\bsouhaite qu (?:il|elle|ils|elles) (?:soi\w+|meure\w*|crève\w*)"
    r"|\bne devrai\w* pas etre (?:illegal|puni|interdit)\b|\bdevrai\w* etre (?:depenalise|legal|permis)\w*"
    r"|\bj espere qu (?:il|elle|ils|elles|tu) (?:\w+ ){0,3}(?:crever|mourir|creve\w*|meure\w*|se fasse\w*|se fera\w*|se faire frapper|se tuer)"
    r"|\bqu (?:il|elle|ils|elles) (?:creve|crevent|meure|meurent)\b|\bmeriterai\w* de (?:mourir|crever|se faire)"
    r"|\btu (?:ne )?sais pas a qui tu as affaire\b|\b(?:ca|cela) va mal (?:finir|tourner) pour (?:toi|vous|lui|elle|eux|(?:l|le|la|cet|cette|ce) (?:entraineur|entraineuse|coach|prof|enseignant\w*|directeur|directrice|chauffeur|chauffeuse|arbitre|surveillant\w*|secretaire|concierge|educat\w+)|m \w+|mme \w+)\b"
    r"|\bje (?:l|t|vous|les) (?:avertis|previens) une (?:seule|derniere) fois\b"
    r"|\b(?:va|vont|vais) te (?:la |le )?refaire (?:la face|le portrait|gratis|le visage)\b|\bte la refaire\b"
    r"|\b(?:le prochain|la prochaine|celui|celle)(?: \w+){0,2} qui\b[^.!?]{0,80}\bpar le (?:collet|chignon du cou)\b"
    r"|\b(?:j amene|je vais amener|j apporte|je vais apporter|j vais amener) (?:quelque chose|de quoi|une surprise) "
    r"(?:dans mon sac |a l ecole |demain )?pour (?:ceux|celles|celui|celle|toi|vous|eux)\b"
    r"|\bsurveille\w* (?:tes|vos|ses) arrieres\b|\barrive\w* quelque chose a (?:ton|ta|tes|votre|vos|son|sa|ses)\b"
    r"|\bje sais ou tu (?:gares|stationnes|travailles|vas|passes)\b|\bde quel bois je me chauffe\b"
    # « je sais où il stationne son char », « je m'en occupe personnellement »
    r"|\b(?:je|on) (?:sais|sait) ou (?:il|elle|ils|elles) (?:gare|stationne|parke)\w* (?:son|sa|leur|leurs) (?:char|auto|voiture|camion|truck|pick up)\b"
    r"|\b(?:je|on) (?:sais|sait) c est qui (?:et|pis) (?:je sais |on sait )?ou (?:il|elle) (?:gare|stationne|parke|travaille|reste|habite|demeure)\w*\b"
    r"|\bsi (?:\w+ ){0,12}?(?:je m en occupe|je m occupe de (?:lui|elle|toi|vous|son cas|ton cas)|je vais m en occuper) (?:personnellement|moi meme)\b"
    r"|\b(?:j apporte|je vais apporter|j amene|je vais amener|j vais amener|jvais amener) (?:le|un|mon|la|une) (?:fusil|gun|couteau|arme|carabine|pistolet)\b(?![^.!?]{0,40}\b(?:chasse|club de tir|musee|exposition|cours d histoire|pour couper))"
    r"|\b(?:ceux|celles|celui|celle) qui (?:\w+ ){1,5}(?:vont|va) (?:voir|comprendre|y gouter|le regretter)\b(?! (?:le|la|les|un|une|des|du|notre|nos|comment|que|si)\b)"
    r"|\b(?:arriver|me presenter|debarquer|revenir|venir) (?:\w+ ){0,3}avec de quoi (?:faire sauter|tirer|tuer|bruler)\b"
    r"|\b(?:quelqu un|quelqu une|du monde) (?:va|vont) (?:finir par )?(?:se presenter|arriver|debarquer) (?:\w+ ){0,3}avec (?:une arme|un fusil|un gun|un couteau|de quoi)\b"
    r"|\bregl\w* (?:son|ton|leur|votre) compte\b|\b(?:(?:je|on) (?:va|vais)|jvais) (?:aller )?(?:te|vous|l|le|la|lui) (?:planter|pogner|arranger le portrait|casser|peter)\b"
    r"|\bmeriterai\w* (?:une|un) (?:bonne |bon )?(?:claque|volee|raclee|baffe|coup)"
    r"|\b(?:lui|te|vous|leur) (?:cass\w*|pet\w*|arrach\w*|fend\w*|defonc\w*|bris\w*|brise\w*) (?:la|les|sa|ta|ses|tes) (?:deux )?(?:gueule|face|tete|dents|jambes|bras|yeux|nez|cou|genoux|doigts)\b(?<!besoin de vous casser la tete)(?<!besoin de te casser la tete)(?<!peine de vous casser la tete)(?<!peine de te casser la tete)"
    # an ultimatum: « T'as jusqu'à vendredi pour le ramener, sinon je te trouve »
    r"|\bsinon (?:je|j|on) (?:vais )?(?:te|vous|t) (?:trouve|retrouve|trouver|retrouver|pogne|pogner)\b"
    r"|\bs occuper de (?:toi|vous) (?:apres|a la sortie|dehors|ce soir)\b|\bfaire en sorte qu (?:il|elle|tu) perde\w* (?:sa|ta|son|ton) (?:job|emploi|poste|travail)"
    r"|\bje n oublierai pas\b.{0,30}\b(?:toi|vous|ca)\b|\btu vas (?:payer|le sentir)\b"
    # « Tu vas voir! », « tu vas voir ce que je vais te faire »; not « tu vas voir, c'est génial »
    r"|\btu vas voir\b(?! (?:c est|ca|comme|comment|combien|que|qu|les?|la|l|des|du|un|une|nos|notre|vos|votre|"
    r"mon|ma|mes|ton|ta|tes|son|sa|ses|plein|tout|toute|tous|ce qu il|si c|par|a quel|pourquoi|on|nous|"
    r"quelque|enfin|vite|bientot)\b)"
    r"|\btu vas (?:voir|trouver) que le monde est (?:petit|p tit)\b"
    # Wishes of harm to someone named by a role (« j'espère que l'arbitre va se faire frapper »).
    r"|\b(?:j espere|souhaitons|je souhaite|on souhaite|je prie\w* (?:pour|pour que)|prions pour) qu\w* (?:\w+ ){0,10}(?:crever|(?<!de )(?<!va )(?<!vont )(?<!bientot )mourir|creve\w*|meure\w*|se (?:fasse|faire|fassent) (?:frapper|ecraser|tuer|battre|planter|agresser)|se cass\w* (?:les|la|le|un|une|deux)(?! tete (?:a|sur|pour|avec)\b))"
    r"|\bdevrai\w* (?:tous |toutes )?(?:crever|mourir)\b"
    r"|\b(?:je vais|jvais|j vais|on va) (?:te |t |vous |l |la |le )?(?:humilier|ridiculiser|pourrir la vie|detruire (?:ta|ta vie|sa|votre))"
    r"|\bje vais faire en sorte que (?:toute l ecole|tout le monde|toute la classe) (?:sache|voie|sachent)\b"
    r"|\b(?:gout\w*|manger) (?:a |de )?(?:mon|mes) poings?\b"
    r"|\b(?:celui|celle|ceux|le premier|la premiere|quiconque) qui .{0,60}\b(?:va|vont|ira) (?:y gouter|le regretter|le payer)\b"
    r"|\b(?:des gars|des amis|des chums|du monde|des cousins) qui (?:\w+ ){0,3}(?:jaser|parler|s occuper) (?:avec |de )?(?:toi|vous)\b"
    # Veiled: harm wished as an « accident », a car, a body « in one piece », « more than words ».
    r"|\b(?:serait|ce serait) (?:bien |vraiment )?(?:dommage|plate|triste) que? (?:il|on|elle|ton|ta|votre) (?:\w+ ){0,3}(?:arrive\w* (?:quelque chose|un accident|malheur)|se bless\w*|se fasse mal)"
    r"|\bfaire sauter (?:l ecole|la polyvalente|l autobus)\b"
    r"|\bwatch\w* (?:tes|vos|ses) arrieres\b|\b(?:repart|revien)\w* pas (?:en|d) un (?:seul )?morceau\b"
    r"|\b(?:repart|revien|sort)\w* pas sur (?:ses|tes|vos|leurs) deux (?:pieds|jambes)\b"
    # « Si jamais je le recroise, il va comprendre », « profite de tes jambes pendant que tu les as encore »
    r"|\bsi (?:jamais )?(?:je|on) (?:te|le|la|vous|les|l) (?:re)?(?:croise|vois|pogne|attrape|trouve)\w* "
    r"(?:\w+ ){0,12}?(?:va|vas|allez|vont) (?:comprendre|y gouter|s en souvenir|le sentir|passer un mauvais)\b(?! (?:pourquoi|comment|ce|ca|les?|la|mieux|enfin|ses|ma|mon|nos))"
    r"|\b(?:il|elle|tu|t) (?:va|vas) (?:comprendre|connaitre) (?:sa|ta) douleur\b"
    r"|\bprofite\w* (?:bien )?(?:de )?(?:tes|vos|ses|ton|ta|votre) (?:deux |belles? |beaux )?(?:jambes|bras|dents|genoux|doigts|yeux|face|rotules|mains) pendant que (?:tu|vous|il|elle) "
    r"(?:les |l )?(?:as|a|avez|peux|peut|pouvez) encore\b"
    # « Qu'elle s'étonne pas si ses pneus sont crevés », « on l'attend avec des bâtons »
    r"|\bs etonne\w* pas (?:si|que) (?:\w+ ){0,4}?(?:ses|tes|vos|son|ton|votre|sa|ta|leurs?) (?:\w+ ){0,3}?(?:pneus?|vitres?|fenetres?|char|auto|voiture|maison|chalet|mazda|honda|toyota|camion|velo)\b(?: \w+){0,4}? (?:crev|bris|cass|ray|fracass|defonc|vandalis|brul)\w*"
    r"|\bs etonne\w* pas s (?:il|ils) (?:lui|leur|t|te|vous) arrive\w* (?:quelque chose|un accident|malheur)"
    r"|\bon (?:l |t |te |vous )attend\w* (?:\w+ ){0,3}?avec (?:des|nos|un|une|mes) (?:batons?|bats?|roches|barres?|poings)\b(?! (?:de|d) (?:hockey|marche|ski|golf))"
    # « j'vas aller l'attendre au garage avec mon bâton de baseball »
    r"|\b(?:aller|vais|vas|va|allons) (?:l|le|la|te|t) attendre (?:\w+ ){0,5}?avec (?:mon|ma|mes|un|une|le|la|des|nos) (?:batons?|bats?|battes?|hache|couteau|fusil|gun|carabine|pied de biche|masse|machette|2x4|deux par quatre)\b"
    r"|\bcombien de temps (?:vos|tes|ses|votre|ton|son) \w+ (?:vont|va) rester intact\w*"
    # « On sait jamais ce qui peut arriver à quelqu'un qui se fait trop d'ennemis », « tu dors tranquille le soir? »
    r"|\bon (?:ne )?sait (?:jamais|pas) ce qui peut (?:arriver|se passer) a (?:quelqu un|quelqu une|ceux|celles|celui|celle|toi|vous|lui|elle|eux|un \w+|une \w+) qui\b"
    # after a vocative (« L'éducatrice qui a chicané mon gars, tu dors tranquille le soir? »)
    r"|\w (?:tu dors|t dors|vous dormez|tu dormiras) (?:\w+ )?tranquilles?(?: le soir| la nuit| les soirs)?\b(?! (?:comme|grace|depuis|maintenant|avec|parce|enfin|sans)\b)"
    # « je sais où vous stationnez », « j'ai des amis qui savent
    # trouver une adresse », « fais attention à ce que tu dis, des accidents ça arrive vite »
    r"|\b(?:je|on) (?:sais|sait) ou vous (?:vous )?(?:gar|stationn|park|travaill)\w*+(?! (?:habituellement|d habitude|normalement|pour|mais|ce soir)\b)"
    r"|\b(?:des amis|des chums|des contacts|des cousins|des gars|du monde) qui (?:\w+ ){0,2}(?:trouver|retrouver) (?:une|ton|ta|votre|son|sa|leur|les) (?:adresse|maison|char|auto)\b"
    r"|\b(?:fais|faites) attention a ce que (?:tu dis|vous dites|tu fais|vous faites|tu ecris|vous ecrivez)\b[^.!?]{0,60}\baccidents?\b"
    r"|\b(?:je vais|j vais|jvais|on va|je veux) (?:te|vous|lui|leur) faire la peau\b"
    # « certains devraient se trouver un garde du corps »
    r"|\b(?:devrai\w*|ferai\w* mieux de|serai\w* mieux de) (?:se trouver|s engager|engager|se payer|s acheter|prendre) (?:un|des) gardes? du corps\b"
    # « si je le recroise, il va repartir en ambulance »; not the injured pupil taken to hospital
    r"|\bsi (?:jamais )?(?:je|on|j) (?:\w+ ){1,15}?(?:il|elle|tu|t|ils|elles|vous) (?:va|vont|vas|allez) (?:repartir|finir|sortir|partir|s en aller|ressortir) en (?:ambulance|civiere)\b"
    r"|\b(?:te|vous) (?:ramener|amener|emmener)\b(?: \w+){0,5} que (?:tu|vous) le (?:veuilles|vouliez) ou non\b"
    r"|\b(?:que|qu|j espere que|j espere qu|souhaitons que) (?:la|le|l|cette|ce|notre|votre) (?:directrice|directeur|prof|conseillere|conseiller|secretaire|enseignante?|coach|dg|presidente?|commissaire|surveillante?|educatrice|technicienne|adjointe?)\b(?: \w+){0,2} (?:attrape|pogne|chope)\w* (?:la covid|le covid|le cancer|une maladie|la grippe|la gastro)\b"
    r"|\bautre chose que des mots\b|\bavec plus que des mots\b|\bon sait (?:c est )?(?:quoi|quel\w*|ou) (?:est |sont )?(?:ton|ta|votre|vos|tes) (?:char|auto|voiture|maison|adresse|enfants?)\b"
)
# A weapon drawn beside someone found: « on a reconnu son char 🔪 »
_WEAPON_EMOJI = re.compile(
    "[\U0001f52a\U0001f5e1\U0001f52b\U0001f4a3\U0001fa93]"
)  # not 💀: teenagers laugh with it
_FOUND_SOMEONE = re.compile(
    r"\b(?:reconnu|repere) (?:ton|ta|votre|son|sa) (?:char|auto|voiture|camion|maison|adresse|face)\b|\b(?:sait|sais) ou (?:tu|vous|il|elle)\b"
    r"|\b(?:je vais|on va|j vais|jvais|on s en vient|je m en viens) (?:te|vous|t|l|le|la|les) "
    r"(?:trouver|retrouver|guetter)\b(?! (?:au|a la|a l|aux|chez|demain|ce soir|samedi|dimanche|lundi|mardi|mercredi|jeudi|vendredi)\b)"
)
_JOKING = re.compile(
    r"\b(?:je niaise|je blague|je rigole|je joke|je plaisante|je te niaise)\b(?! pas\b)"
)
# « Je sais où tu restes… je vais aller te porter ta tuque »: a favour, not a threat.
_DELIVERY = re.compile(
    r"\b(?:te|vous|lui) (?:porter|rapporter|ramener|remettre|apporter|livrer|deposer|reporter) "
    r"(?:ta|ton|tes|votre|vos|sa|son|ses|le|la|les|un|une|des)\b(?! monnaie)"
)
# Warnings that are threats off the field and trash talk on it (« tu vas avoir affaire à
# moi en finale »): only where no game is named in the sentence.
_SOFT_THREAT = re.compile(
    r"\b(?:tu vas|t vas|vous allez|il va|elle va|ils vont) (?:avoir|devoir) affaire a (?:moi|nous|mon (?:mari|chum|frere|pere)|mes (?:freres|chums))\b"
    r"|\b(?:est|es|etes|sont) mieux (?:de|d) (?:faire attention|(?:se|te|vous) tenir (?:tranquilles?|loin)|(?:rester|se tenir) loin|surveiller (?:ses|tes|vos) arrieres)\b"
    r"|\bje connais du monde\b(?! (?:qui|a|au|aux|dans|en|pour|de|d)\b)"
)
# A game named as an event (« tournoi de hockey samedi »): enough to read bravado as a
# game's, not to excuse a violent threat.
_SPORT_EVENT = re.compile(
    r"\b(?:tournoi|championnat|match|partie|finale|joute|game) (?:de|d|du) [a-z]+"
)
# « Tu vas manger une volée » is a threat, or teasing before a game (« …au ballon-chasseur »).
_BEATING = re.compile(
    r"\b(?:manger|recevoir|prendre) une (?:volee|claque|raclee|baffe|mornifle)\b"
    r"|\bon verra (?:bien )?qui (?:va )?(?:rire|rit|rira)\b"
)
_SELF_HARM = re.compile(
    # the imperative, not a subject's future (« mon frère va te tuer », « Carole va vous tuer »)
    r"(?<!\bil )(?<!\belle )(?<!\bon )(?<!\bqui )(?<!\bca )(?<!\btu )(?<!\bils )(?<!\bfrere )(?<!\bpere )"
    r"(?<!\bmere )(?<!\bsoeur )(?<!\bchum )(?<!\bprof )(?<!\bcoach )(?<!\bboss )(?<!\bvous )"
    r"\b(?:va|vas|allez) (?:donc )?(?:te|vous) (?:pendre|tuer|suicider|jeter(?! a l eau| dans l eau| a l aventure))"
    r"|\b(?:tue|suicide|pends|jette)[- ]toi\b|\bkys\b"
    r"|\b(?:d en finir(?! avec)|de se tuer|de se suicider|de disparaitre|de mourir)\b[^.!?]{0,80}\b(?:allez y|vas y|faites le|fais le|gene toi pas|genez vous pas)\b"
    # « saute du pont en rentrant chez vous »; not a summer jump into the lake
    r"|\b(?:saute|sautez|va sauter|allez sauter|tu devrais sauter|jette toi|jetez vous) (?:du|d un|en bas du|en bas d un) "
    r"(?:pont|toit|balcon|edifice|building|falaise|viaduc|troisieme etage)\b(?![^.!?]{0,60}\b(?:lac|riviere|eau|piscine|quai|baignade|gilet))"
    r"|\b(?:va|vas|allez) (?:crever|mourir)\b(?! (?:de|d) (?:rire|plaisir|joie|envie|jalousie|faim|soif|chaleur|froid|ennui|fatigue|honte))"
    # « crève! », not « mon pneu est crevé », « on est crevés »
    r"|(?<!est )(?<!sont )(?<!suis )(?<!es )(?<!etait )(?<!ai )(?<!a )(?<!ont )(?<!pneu )(?<!chus )(?<!chu )(?<!ch )(?<!j suis )(?<!sus )(?<!t es )(?<!t as l air )(?<!reste )(?<!restee )(?<!tellement )(?<!trop )(?<!full )(?<!vraiment )(?<!ben )(?<!bien )\bcreve\b(?! (?:de|d) (?:faim|soif|chaleur|froid|rire|fatigue|peur|jalousie|envie|honte)| c(?:oe|œ)ur)"
    r"|\btu (?:devrais|ferais mieux de|merites de) (?:juste )?(?:te suicider|mourir|crever|disparaitre|te tuer|te pendre|en finir)"
    r"|^(?:disparais|disparaissez)$"
    # « si t'es trop fragile, la fenêtre du 3e est ouverte » (« la porte est ouverte » only says leave)
    r"|\bsi (?:(?:t es|tu es|vous etes|t en peux|tu en peux) (?:\w+ ){0,3}?(?:fragile|faible|sensible|ecoeure\w*|malheureu\w*|deprim\w*|a bout|a boutte|brule\w*|ecoeuree?))\b[^.!?]{0,50}\b(?:(?:la fenetre (?:du|d en|au) [^.!?]{0,15}\b(?:etage|haut)|le pont|le toit|la corde|le balcon|le viaduc)\b[^.!?]{0,30}\b(?:ouverte?|pas loin|est la|t attend|vous attend|est juste a cote)\b|(?:y a|il y a|y a toujours|il reste) (?:toujours |plein de |en masse de )?(?:le|les|des|de beaux|beaux|un) (?:ponts?|viaducs?)\b)"
    r"|\b(?:ferai\w*|rendrai\w*) (?:une faveur|un (?:gros |grand )?service) a (?:tout le monde|toute l equipe|l ecole|nous tous|toute la planete|la planete) en (?:disparaissant|crevant|se tuant|te tuant|vous tuant|mourant)\b"
    r"|\bpersonne ne (?:te|vous) regrettera\w*|\ble monde serait mieux sans (?:toi|vous)\b"
    r"|\b(?:t as|tu as|vous avez) (?:juste )?a (?:avaler|prendre) (?:toutes )?(?:tes|vos) pilules\b"
    # « avale toutes tes pilules d'un coup », « coupe-toi encore » (not « prends tes pilules », « coupe-toi une pointe »)
    r"|\b(?:avale|avalez|prends|prenez) (?:donc )?(?:toutes (?:tes|vos)|(?:tes|vos) \w+ d un coup|la bouteille de|le pot de|toute la boite de) (?:pilules|pillules|comprimes|medicaments|pills)\b"
    r"|\b(?:tes|vos) (?:pilules|comprimes|medicaments) d un coup\b"
    r"|\bcoupe(?:z)? (?:toi|vous) (?:encore|plus profond\w*|les veines|les poignets)\b(?! (?:un|une|des|du|de|d|la|le|les|ta|ton|tes|vos)\b)|\bouvre(?:z)? (?:toi|vous) les veines\b"
    r"|\bsi j (?:etais|avais) (?:aussi \w+ que (?:toi|vous)|toi|vous|ta face|ta tete|ta vie|ton corps)\b.{0,40}\b(?:jete|pendu|suicide|tue)e?\b"
)
_HARASSMENT = re.compile(
    r"\b(?:tout le monde|on|allez|vous|tous) (?:\w+ ){0,2}(?:se moquer|rire) d (?:elle|lui|eux)\b"
    r"|\bjusqu a ce qu (?:elle|il) (?:quitte|parte|demenage|change d ecole|disparaisse)\b"
    r"|\bregardez (?:cette|ce|la|le) (?:grosse|gros|laide|laid|boutonneuse|boutonneux)\b|"
    # A contest mocking someone: « qui trouve la photo la plus laide de Julie G.? »
    r"\b(?:la photo|le selfie|la face|la pire photo) (?:la plus )?(?:laide|horrible|affreuse|degueu\w*) (?:de|d) "
    r"(?!(?:l|la|le|les|notre|nos|votre|vos|ce|cette|halloween|noel|l annee)\b)|"
    r"\b(?:on|allez|vous) (?:va |devrait |devriez |doit )?(?:tous |toutes )?(?:arreter de (?:lui|leur) parler|l ignorer|"
    r"l exclure|se moquer d (?:elle|lui)|signaler son compte|la faire fermer|le faire fermer)"
    r"|\bpartage\w* (?:sa|ses|leur) (?:photo|photos|video|videos)\b|\ballez (?:tous |toutes )?(?:commenter|ecrire) sur (?:sa|son) (?:page|compte|mur)"
    r"|\bpersonne ne (?:l|les) aime\b|\btout le monde (?:le|la|les) deteste\b|\binonde\w* (?:sa|son) (?:page|boite|compte)\b|"
    r"\bpersonne (?:ne )?(?:veut|voudra) (?:de toi|de vous|te voir|jouer avec toi)|\bpersonne (?:ne )?t aime\b"
    r"|\b(?:on|tout le monde) (?:ne )?veut pas de (?:toi|vous)\b|\btout le monde (?:te|vous) (?:deteste|hait)\b"
    r"|\bt as (?:pas|aucun) d? ?amis?\b|\bt es (?:juste )?rien\b|\btu (?:ne )?sers? a rien\b"
    r"|\btu n as (?:rien a faire|pas ta place) ici\b|\bt as rien a faire ici\b|^degage\b|\b(?:toi|hey|eille|heille) degage\b|\bdegage d ici\b|\bva t en\b|\bcasse toi\b"
    r"|\b(?:t es|tu es|vous etes) (?:une|la) (?:vraie |maudite |crisse de |ostie de )?honte\b|\btu fais pitie\b|\bretourne d ou tu viens\b"
    r"|\b(?:le|la|un|une) rejet\w* qu (?:il|elle) est\b|\btant qu (?:il|elle|vous|tu) (?:\w+ ){0,3}(?:demissionne|quitte|parti)\w*"
    r"|\bdisparai(?:s|ssez) pour de bon\b|\bpersonne (?:ne )?va s ennuyer de (?:toi|vous|lui|elle)\b"
    r"|\bregardez (?:la face|la tete|la gueule) d\b|\ble petit gros\b|\bla petite grosse\b"
    r"|\bjusqu a (?:ce|temps|tant) qu(?:e)? (?:tu|vous|elle|il) (?:demissionn\w*|quitt\w*|part\w*|disparai\w*|demenag\w*|craqu\w*|ced\w*|pli\w*|pete (?:sa|une) coche|lache\w*|ferm\w* (?:son|ton|votre) compte|me (?:parle\w*|reponde\w*)|demande\w* (?:son|sa|ton|votre) (?:transfert|mutation)|s en aill\w*|abandonn\w*)"
    # « ce soir on publie ses textos privés »
    r"|\b(?:on|je|j vais|on va|je vais) (?:publie|partage|poste|diffuse|affiche|met en ligne)\w* (?:tous )?(?:ses|leurs) (?:(?:textos|messages|photos|conversations|snaps|videos) (?:prive\w*|intime\w*)|nudes)\b"
    # the silent treatment by a group: « on arrête tous de répondre aux courriels de Sylvie »
    r"|\b(?:on|tout le monde) (?:arrete|cesse) (?:tous |toutes )?de repondre (?:a|aux) (?:courriels|messages|appels|textos) (?:de|d) (?!(?:la|le|l|les|nos|vos|leurs|fin|soir|nuit|semaine|vacances|conge|travail|parents|groupe|bureau|plus|moins|personne)\b)[a-z]+"
    r"|\bpersonne (?:ne )?(?:lui|leur) garde (?:de |une )?place\b"
    # mocking a body: « maigre comme un squelette », « grosse comme une baleine »
    r"|\b(?:maigre|gros|grosse|laide?) comme (?:un|une) (?:squelette|baleine|vache|truie|cochon|hippopotame|pichou|cure dent)\b"
    # doxxing: an address given « au cas où quelqu'un voudrait aller lui parler »
    r"|\bau cas ou (?:quelqu un|du monde|vous|des gens|certains) (?:voudrai\w*|aurai\w* envie|veu\w*) (?:d )?(?:aller |passer )?(?:lui|leur|la|le) (?:dire (?:sa|ma|leur|notre|ta) facon de penser|dire deux mots|parler dans (?:le casque|la face)|rendre (?:une )?(?:petite )?visite|faire (?:comprendre|payer|regretter)|expliquer la vie)\b"
    r"|\b(?:arretez|arretons) de (?:lui )?parler (?:a|avec) \w+|\bon (?:l |la |le )?invite (?:plus|nulle part)\b|\bignor(?:ez|ons)[- ](?:la|le)\b"
    r"|\bpersonne (?:ne )?(?:lui|leur) (?:parle|adresse la parole)\b(?! de)|\bpersonne (?:ne )?parle a \w+ (?:au|a la|pendant|de la|a partir|jusqu)\b"
    r"|\bcelui qui (?:lui|leur) parle (?:est|sera) (?:out|exclu|mort|le prochain)\b|\bphotos? .{0,40}\bprises? en cachette\b"
    # Filmed to be laughed at: « …on aurait dit un pingouin, on l'a filmé pour TikTok » (emoji
    # do not survive the fold of a sentence: words are the cue)
    r"|(?:tomb|rire|drole|niais|pingouin|humili|pleur)[^.!?]{0,80}\bon (?:l|la|le) a filme\w* (?:pour|sur) (?:tiktok|insta\w*|snap\w*|youtube|facebook)\b"
    r"|\bon (?:l|la|le) a filme\w* (?:pour|sur) (?:tiktok|insta\w*|snap\w*|youtube|facebook)\b(?=[^.!?]{0,80}(?:tomb|rire|drole|niais|pingouin|humili|pleur))|\bfaites pas d equipe avec [a-z]+\b"
    r"|\bpersonne (?:ne )?(?:s assoit|s assoie|joue|mange) (?:avec|a cote d|a cote de) (?!les |la |le |des |un |une |ses |mon |ma |nos |vos |son |sa |l )\w+"
    r"|\bqu on ne (?:dise|parle) plus (?:bonjour )?a\b|\bqu (?:elle|il) (?:n )?est pas (?:la |le )?bienvenue?\b|\bcompren\w* qu (?:ils|elles) (?:ne )?sont pas les bienvenu\w*|\b(?:qui|ki) (?:est|c|c est|sera) (?:la|le) plus (?:laide?|grosse?|conne?|cave|niaiseu\w*|nulle?|puante?)\b"
    # « Personne invite Maëlle à la fête », secret filming to mock, a humiliating video to be shared
    r"|\bpersonne (?:n )?invite (?!les |la |le |des |l |un |une |personne |rien |noel |paques |halloween )[a-z]+ (?:a|au|aux|pour|chez)\b"
    r"|(?:filme|film|enregistre|photographie|pris en photo)\w* (?:\w+ ){0,3}en cachette\b[^.!?]{0,40}\b(?:partag|diffus|publi)"
    r"|\b(?:regardez|partag\w*)[^.!?]{0,80}\b(?:filme|enregistre|photographie)\w* (?:\w+ ){0,3}en cachette\b"
    r"|\b(?:video|photo)s? (?:de|d) [a-z]+ qui (?:vomi|pleur|se pisse|pisse|chie|se fait humili|se fait ramass)\w*+(?! de (?:joie|bonheur|rire))"
    r"[^.!?]{0,60}\b(?:partag|taggu|tague|envoy)\w*[^.!?]{0,30}\b(?:a tout le monde|partout|a toute l ecole|pour qu (?:il|elle) s en souvienne)"
    r"|\bpersonne (?:ne )?(?:te|vous|la|le|les) veut (?:ici|dans|a|au)\b"
    r"|\b(?:suppleante?|prof|enseignante?|stagiaire|secretaire|educatrice|surveillante|directrice|madame|mme)\b[^.!?]{0,40}\ba (?:des|de belles|des belles|des grosses|de grosses|un beau|un gros) (?:boules|seins|fesses|foufounes|tetons|totons|boobs|cul)\b"
    r"|\bj (?:la|le|te) (?:prendrais|sauterais|baiserais|fourrerais)\b"
    # « j'aimerais ça te voir sans ton uniforme », « envoie-moi des photos, ma belle »
    r"|\b(?:te|vous) voir (?:toute? )?(?:nue?s?\b|sans (?:ton|ta|tes|votre|vos) (?:linge|vetements|uniforme|chandail|brassiere|soutien gorge|bikini|maillot|jupe|robe|culotte|bobettes|pantalons?|leggings?)\b)"
    r"|\benvoie(?:z)? moi (?:des|une|tes|vos|d autres) (?:photos?|pics?|nudes?|selfies?)\b[^.!?]{0,30}\b(?:ma belle|mon beau|bebe|babe|cherie|mon pitou|ma chouette|sexy|ma douce|ma jolie|mon ange)\b"
    # a family boycotted: « on boycotte la famille Dionne »
    r"|\bboycott\w* (?:la famille|le petit|la petite|les enfants (?:de|d)|les parents (?:de|d))\b"
    # relentless messages, waiting by a car: « je vais continuer, jour et nuit, tant que vous ne répondrez pas »
    r"|\b(?:je vais|on va|j vais) continuer\b[^.!?]{0,40}\btant que (?:vous|tu) (?:ne )?(?:me )?(?:repond|ecout|rappel)\w*"
    r"|\b(?:vous|tu) (?:ne )?pourr\w* pas m ignorer\b"
    r"|\battendu\w* (?:\w+ ){0,2}(?:pres de|a cote de|a cote d|devant) (?:votre|ta|ton|sa|son) (?:voiture|char|auto|maison|porte|domicile)\b"
    # exclusion as a rule: « on fait comme s'il n'existait pas », « on va s'assurer qu'elle le comprenne »
    r"|\b(?:on fait|faites|faisons|fait) comme s (?:il|elle|ils|elles) n existai\w* pas\b"
    r"|\b(?:elle|il) (?:n )?est pas a sa place (?:ici|dans (?:notre|le|ce) (?:groupe|comite|ecole|equipe))\b"
    r"|\bon va s assurer qu (?:elle|il|ils|elles) (?:le |la )?compren\w*"
    # mocking a colleague's body: « avec sa bedaine, les élèves imitent une baleine »
    r"|(?:bedaine|poids|ventre|gros|grosse|graisse)[^.!?]{0,80}\bimit\w* (?:une|un) (?:baleine|vache|cochon|elephant|orignal|hippopotame|phoque|truie)\b"
    # coercion of a trainee: « qu'elle reste tard avec moi…, elle n'a pas vraiment le choix »
    r"|(?:rest\w*|seule?) (?:tard |seule? )?avec moi\b[^.!?]{0,80}\bpas (?:vraiment |trop )?le choix si (?:elle|il|tu|vous) (?:veu|voul)\w*"
    # Sexual remarks on a colleague's clothes: « en robe serrée, vous savez ce que les gars pensent de vous? »
    r"|\b(?:robe|jupe|leggings?|pantalons?|camisole|chandail|top|shorts?|jeans?) (?:\w+ )?"
    r"(?:serre\w*|moulant\w*|courte?s?|decollete\w*|sexy)\b[^.!?]{0,80}"
    r"\bpensent de (?:vous|toi)\b"
    r"|\b(?:vous avez|ils ont|elles ont|t as|tu as) (?:rien|pas rien) a (?:apporter|offrir) a (?:notre|nos|cette|la) (?:ecole|societe|communaute|pays|province|quartier)\b"
    r"|\becri(?:vez|vons)[- ](?:y|lui) (?:tous|toutes)\b|\b(?:mett|publi|affich|partag)\w* .{0,40}\bavec (?:son|sa) adresse\b"
    r"|\b(?:a|elle) (?:l )?a pas d affaire (?:ici|dans)\b|^(?:hey|he|eille|heille) (?:la grosse|le gros|la laide|le laid)\b"
)
_ROLE = (
    r"(?:le|la|notre|votre|ce|cette|l) (?:(?:nouveau|nouvelle|nouvel|ancien|ancienne|vieux|vieille) )?(?:directeur|directrice|direction|prof|professeur|professeure|enseignant|enseignante|"
    r"secretaire|concierge|gardien|gardienne|entraineur|entraineuse|coach|president|presidente|dg|commissaire|surveillant|surveillante|"
    r"chauffeur|chauffeuse|educatrice|educateur|technicienne|technicien|tresorier|tresoriere|infirmiere|psychologue|"
    r"gestionnaire|adjoint|adjointe|conseiller|conseillere|comptable|brigadier|brigadiere|transporteur|centre de services|commission scolaire|"
    r"principal|principale|bus driver|driver|traiteur|"
    r"conseil scolaire|conseil)(?: \w+){0,7}"
)
_CRIME = (
    r"(?:(?<!moment )(?<!temps )(?<!minutes )(?<!heure )(?<!heures )(?<!baiser )(?<!regard )(?<!fait )(?<!faire )(?<!fais )(?:vole\w*|a vole|volent)(?! (?:la vedette|le show|la show|le coeur|les coeurs|la victoire|au secours|de ses propres ailes|jusqu|vers|au dessus|en avion|dans les airs|en parapente|en helicoptere))|detourne\w*|a detourne|fraude\w*|a fraude|triche\w*|se drogue|boit au travail|harcel(?:e|es|ent|ait|aient|er)\b|"
    r"agresse\w*|abuse\w* de|bat ses|touche les eleves|a couche avec|couche\w* avec (?:un|une|des|ses|son|sa) (?:eleve|eleves|etudiant\w*|jeune|jeunes|ado\w*|mineur\w*)|ment aux parents|falsifie\w*|"
    r"(?:est|c est) (?:un|une) (?:(?:vrai|vraie|maudit|maudite|esti de|ostie de|sacre) )?(?:voleur|voleuse|fraudeur|fraudeuse|escroc|crook|bandit|menteur|menteuse|pedophile|pedo|criminel|"
    r"criminelle|agresseur|harceleur|harceleuse|alcoolique|drogue|droguee|pervers|perverse|raciste|predateur|predatrice)"
    r"|ment aux|a menti|mentent|(?:cache|a cache|couvre|a couvert) (?:des|les) (?:abus|cas|agressions)|pique dans|pige dans|se sert dans|(?:a|a deja) pris l argent (?:de|du|des)|empoche\w* (?:l argent|les dons|les fonds)|gonfle\w* les notes|fouill\w* dans les (?:photos|cellulaires|telephones|courriels) (?:privees? )?(?:des|de ses) (?:eleves|enfants)"
    r"|(?:est|arrive|enseigne|conduit|chauffe) (?:\w+ ){0,2}?(?:drunk|saoule?|soule?|stone|high|paquetee?) (?:la moitie du temps|au travail|en classe|tous les matins|le matin|au volant|pendant)"
    r"|est sur la drogue|boit (?:sur |pendant |au |en |durant )(?:les heures|le travail|la journee|classe|service|travail)"
    r"|touche (?:les|des|ses|aux) (?:eleves|joueuses|joueurs|enfants|filles|fillettes|garcons|jeunes|petits|petites)"
    r"|boit avant (?:les|ses|le|la) (?:games|matchs|parties|cours|classes|pratiques)"
    r"|condui\w* (?:\w+ ){0,3}(?:saoul|soul|sou|ivre|en boisson)|vend\w* de la (?:drogue|dope|weed|coke|pot)|arrive\w* (?:saoul|soul|sou|ivre|gele|gelee|stone)\w*|(?:a ete )?(?:renvoye|congedie|suspendu)e? .{0,40}\bpour (?:des )?attouchements|fait des attouchements|garde\w* (?:une partie de |toute )?l argent (?:des|de la|du)|deale|trafique|frappe (?:ses|les) (?:eleves|enfants|petits|jeunes|bebes|amis)"
    r"|a (?:eu )?des relations avec (?:une|un) (?:eleve|etudiant\w*)"
    r"|se pai\w* (?:des |un |une |ses |son |sa )?(?:voyages?|vacances|soupers?|restos?|chalet|char|auto|bateau|piscine|spa|croisieres?|bouteilles|partys?)(?: \w+){0,4}? avec (?:notre|nos|votre|vos|l) argent\b|(?:vacances|voyages?|char|auto|piscine|chalet) (?:\w+ ){0,4}?(?:paye|payes|payee|payees) avec (?:notre|l) argent\b"
    r"|se rempli\w* les poches\b|se graisse\w*|(?:se fait |se font )?graisse\w* la patte|truqu\w*|magouill\w*|a un dossier (?:pour|criminel)|est corrompu\w*"
    # « s'est mis des primes dans les poches », « a vidé la caisse »
    r"|(?:s est|se sont|s etait) (?:mis|mise|rempli|remplie|garni) (?:\w+ ){0,5}?(?:dans )?les poches|se (?:met|mettent|mettait|mettaient) (?:\w+ ){1,6}?dans (?:les|ses|leurs) poches|(?:a|ont|avait|avaient) vide la caisse\b(?! (?:de|d) (?:livres|bouteilles|recyclage|jouets|vetements|materiel|pommes|lait|canettes))|(?:est |sont )?(?:parti|partie|partis|parties) avec (?:\w+ ){0,4}?(?:l argent|la caisse|les fonds|les dons|la cagnotte|les profits)(?![^.!?]{0,25}\b(?:banque|depot|coffre))"
    r"|(?:renvoye|congedie|suspendu|mis a la porte)e? (?:\w+ ){0,5}pour avoir (?:touche|agresse|frappe|vole|battu)\w*)"
)
_DEFAMATION = re.compile(
    rf"\b{_ROLE} {_CRIME}\b|\b(?:m|mme|monsieur|madame)\.? \w+,? (?:(?:l|le|la|notre|votre) [\w-]+(?: [\w-]+){{0,3}} )?(?:a |a deja |avait )?{_CRIME}\b"
    # « …la secrétaire qui « perd » l'argent : on sait tous dans quelle poche il s'en va »
    r"|\bon (?:sait|le sait) (?:tous |toutes |tout le monde )?dans (?:quelle|quelles) poches? (?:il|elle|ca|cet argent|l argent|les dons|les fonds) (?:s en va|s en vont|va|vont|finit|finissent|aboutit|atterrit)\b"
    # « engage des chauffeurs qui conduisent en boisson »
    rf"|\b(?:des|ses|leurs|nos|vos) (?:chauffeurs|chauffeuses|profs|enseignant\w*|educat\w*|surveillant\w*|employe\w*|entraineurs) qui {_CRIME}\b"
    # « vos profs sont des pédophiles en puissance »
    r"|\b(?:les|nos|vos|ces|des|leurs) (?:profs|professeurs|enseignant\w*|educat\w+|chauffeurs|chauffeuses|surveillant\w*|"
    r"entraineurs|coachs|concierges|employes|directeurs|directrices) sont (?:tous |toutes |juste |rien que )?des "
    r"(?:pedophiles|pedos|predateurs|agresseurs|voleurs|voleuses|fraudeurs|criminels|menteurs|menteuses)\b"
    r"(?! de (?:temps|coeurs?|vedette|show|bonbons|frites|collations))"
    # « C'est Mme Boucher en 3e qui a volé l'argent »
    rf"|\bc est (?:m|mme|monsieur|madame) \w+ (?:\w+ ){{0,4}}?qui {_CRIME}\b|(?P<named>\b{_CRIME}\b)"
    # « M. Lavoie, l'enseignant d'éduc, a déjà été renvoyé … pour avoir touché des enfants »
    r"|\b(?:m|mme|monsieur|madame)\.? \w+,? [^.!?]{0,60}?\b(?:renvoye|congedie|suspendu|mis a la porte)e? (?:\w+ ){0,5}pour avoir (?:touche|agresse|frappe|vole|battu)"
    # a rumour about someone named in the sentence before: « tsé le surveillant? y touche les petites, passez le mot »
    r"|\b(?:il|y|elle) touche (?:les|des|aux) (?:petites|petits|enfants|eleves|filles|fillettes|garcons)\b(?! (?:avec|par|grace|au coeur|droit))"
)


class _PhraseRule(Rule):
    """Shared check: a folded-sentence pattern, never inside a mention."""

    pattern: re.Pattern[str]
    message: str

    def may_apply(self, doc: Document) -> bool:
        return _has_any(doc)

    def check(self, doc: Document, parsed: Any | None) -> Iterable[Hit]:
        quoted = quoted_spans(doc)
        for sentence in _sentences(doc, None):
            if not self.pattern.search(sentence.folded) or _MENTION.search(sentence.folded):
                continue
            # The phrase must be said outside quotes: « Si on te dit “va te pendre”… » cites it.
            said = " ".join(t.key for t in sentence.toks if not inside(quoted, t.start, t.end))
            if self.pattern.search(said) and self._keeps(doc, sentence):
                yield _hit(sentence, self.message)

    def _keeps(self, doc: Document, sentence: _Sentence) -> bool:
        """A last look at a matched sentence, for rules whose pattern cannot say all."""
        return True


# Objects that can only be people: « tuer le prochain qui… », « quiconque ».
_SOMEONE = frozenset(
    "toi vous prochain prochaine premier premiere dernier derniere celui celle ceux quiconque".split()
)


_RANKS = frozenset("premier premiere dernier derniere".split())


def _someone(words: list[str], i: int) -> bool:
    """« le premier qui… » is a person; « son premier coup de circuit » is not."""
    if words[i] not in _SOMEONE:
        return False
    return words[i] not in _RANKS or words[i + 1 : i + 2] == ["qui"]


# What « tuer », « casser » or « détruire » can mean to ace (« le tuer ce test »).
# « Si mon fils oublie encore sa boîte à lunch, je vais l'étrangler 😂 »: a parent's
# hyperbole, when the sentence names one's own family and the text laughs.
_FAMILY_HYPERBOLE = re.compile(
    r"\b(?:mon|ma|mes) (?:fils|fille|filles|gars|garcon|garcons|ado|ados|enfant|enfants|chum|mari|blonde|femme|"
    r"conjoint|conjointe|frere|soeur|chat|chien|jumeaux|jumelles|bebe|plus vieux|plus vieille|plus jeune)\b"
)
# A warning about someone else's wrath, laughing: « touchez pas au buffet avant midi,
# Carole va vous tuer 😂 » (the writer threatens nobody).
_WARNED_BY_SOMEONE = re.compile(
    r"\b(?:si|sinon|ou)\b[^.!?]{0,80}\b(?!(?:je|j|on|nous|moi|gars|chums|freres|gang|amis|cousins|boys|chum|frere)\b)[a-z]+ va (?:te|vous|nous) (?:tuer|etrangler|assassiner|massacrer)\b"
    r"|\b(?!(?:je|j|on|nous|moi|gars|chums|freres|gang|amis|cousins|boys|chum|frere)\b)[a-z]+ va (?:te|vous|nous) (?:tuer|etrangler) si\b"
)
# Words friends and parents tease with, said laughing; never the strong ones.
_MILD_TEASING = frozenset("fou folle fous folles nono nonos tata tatas pire".split())
# Said with love (a heart, « je t'aime »), these tease; « T'es tellement une niaiseuse lol » does not.
_AFFECTIONATE = frozenset("niaiseux niaiseuse niaiseuses".split())
_SKILL = frozenset("nul nulle nuls nulles poche poches".split())
_LAUGHING = re.compile(
    r"\U0001F602|\U0001F923|\U0001F605|\U0001F606|\U0001F92A|\bon a (?:tellement |ben |bien )?ri\b|\b(?:mourir|mort|morte|morts|crever|pisser) de rire\b|\blol\b|\bmdr\b|\bptdr\b|\blmao\b|\bhaha\w*|\bje (?:l|les|t|vous) aime (?:pareil|quand meme|gros)"
)
_AFFECTION = re.compile(
    "[\u2764\U0001f496\U0001f495\U0001f497\U0001f49b\U0001f499\U0001f49c\U0001f49a\U0001f970\U0001f618]"
    r"|\bje (?:t|vous) aime\b|\bfiers? de (?:toi|vous)\b"
)


def playful(folded_text: str) -> bool:
    """Friends teasing: the text laughs, and shows affection or names a game
    over a rematch (« t'es mort mon gars 😂 revanche à Mario Kart », « vous êtes fous 🤪💖 »);
    never with a weapon drawn."""
    return (
        _LAUGHING.search(folded_text) is not None
        and (
            (
                _AFFECTION.search(folded_text) is not None
                and _FRIENDS.search(folded_text) is not None
            )
            or (_GAME.search(folded_text) is not None and _REMATCH.search(folded_text) is not None)
        )
        and _WEAPON_EMOJI.search(folded_text) is None
    )


# Whom friends tease: a friend, a sibling, a team (« les filles », « ma gang »), never a group.
_FRIENDS = re.compile(
    r"\b(?:mon|ma|mes) (?:chum|chums|gars|fille|fils|soeur|frere|cousine?|amie?s?|gang|duo|belle|beau|coloc)\b"
    r"|\b(?:les filles|les gars|bro|mon pote)\b"
)
# Players promising the next game; mocking a child who loses (« Tristan pleure quand y
# perd au ballon-chasseur 😂 ») names a game too, and is no rematch.
_REMATCH = re.compile(
    r"\b(?:revanche|rematch|la prochaine (?:fois|partie|game)|on se reprend|je vais te (?:battre|planter|ecraser))\b"
)


_ACED = frozenset(
    "test tests examen examens exam exams show spectacle presentation oral quiz match partie devoir "
    "projet dictee audition concours record".split()
)


def _violent_threat(sentence: _Sentence) -> bool:
    """A violent verb with an intent (« je vais te… », « on devrait… ») against
    a person, not a game (« je vais te battre au ping-pong ») and not an
    ordinary sense (« brûler des calories »)."""
    if _GAME.search(sentence.folded) or negated(sentence.folded):
        return False
    for k, tok in enumerate(sentence.toks):
        verb = _verb(tok)
        if not verb or not verb[1].startswith("violence"):
            continue
        if k and sentence.toks[k - 1].key in ("un", "une", "ce", "cette", "du"):
            continue  # « faire un massacre »: a noun, not the verb
        if verb[1] == "violence-jeu" and not _VIOLENT_CUE.search(sentence.folded):
            continue
        before = [t.key for t in sentence.toks[max(0, k - 3) : k]]
        after = [t.key for t in sentence.toks[k + 1 : k + 6]]
        # « je vais te tuer », « je veux le tuer » (a pronoun before the verb), or a person after it.
        person = any(w in ("te", "t", "vous", "toi", "lui", "leur") for w in before) or any(
            (is_person(w) and w not in _RANKS) or _someone(after, i) for i, w in enumerate(after)
        )
        pronoun = verb[1] == "violence" and any(w in ("le", "la", "les", "l") for w in before[-1:])
        if any(w in _ACED for w in after[:3]):
            continue  # « jvais le tuer ce test »: to ace it, in students' slang
        if (person or pronoun) and _has_intent(sentence, tok):
            return True
    return False


_REPORTED_BY_YOU = re.compile(
    r"\b(?:tu|vous|t) (?:me |nous |m |la |le |l )?(?:denonc\w*|signal\w*|rapport\w*|balanc\w*|stool\w*)"
)


def _weapon_drawn(doc: Document) -> bool:
    """A weapon emoji anywhere in the text, searched once per document."""
    if "HOS.weapon" not in doc.cache:
        doc.cache["HOS.weapon"] = _WEAPON_EMOJI.search(doc.normalised) is not None
    return doc.cache["HOS.weapon"]


class Threat(_PhraseRule):
    """Signale les menaces, explicites ou voilées : « je vais te casser la
    gueule », « je veux vraiment le tuer », « tu vas le regretter », « je sais
    où tu restes », « t'es mort », « je vais publier tes photos ». Le jeu et le
    sport ne sont pas des menaces (« je vais te battre au ping-pong »), ni un
    récit au passé (« les soldats ont massacré… »)."""

    code = "HOS05"
    name = "menace"
    title = "Menace"
    severity = Severity.ERROR
    clauses = THREAT_CLAUSES
    pattern = _THREAT_PHRASES
    message = (
        "Menace : aucune menace, même voilée ou pour rire, n'est tolérée. Retirez ce passage ; "
        "en cas de conflit, adressez-vous à la direction en privé."
    )
    fail_examples = (
        Example("Je vais te casser la gueule.", ("Je vais te casser la gueule",)),
        Example("Tu vas le regretter.", ("Tu vas le regretter",)),
    )
    ok_examples = ("Je vais te battre au ping-pong demain midi!", "On se voit au gymnase à midi.")

    def check(self, doc: Document, parsed: Any | None) -> Iterable[Hit]:
        flagged = False
        for sentence in _sentences(doc, None):
            # « si tu me dénonces encore… »: reporting is what is threatened, not a condemnation
            heard = _REPORTED_BY_YOU.sub(" ", sentence.folded)
            if _MENTION.search(heard) or _hate_reason(doc, sentence):
                continue
            if any(inside(quoted_spans(doc), t.start, t.end) for t in sentence.toks if _verb(t)):
                continue
            # « t'es mort », « on ne sait jamais ce qui peut arriver à… »: threats that negate
            if negated(sentence.folded) and not re.search(
                r"\bt(?: es| e|u es) (?:deja )?mort|\bsait (?:jamais|pas) ce qui peut"
                r"|\bpar le (?:collet|chignon du cou)\b",
                sentence.folded,
            ):
                continue
            # The game may be named in another sentence (« on a hâte au tournoi. Vous allez manger une volée »).
            joke = (
                _FAMILY_HYPERBOLE.search(sentence.folded)
                or _WARNED_BY_SOMEONE.search(sentence.folded)
            ) and _LAUGHING.search(folded(doc))
            beating = _BEATING.search(sentence.folded) and not any(
                _GAME.search(s.folded) or _SPORT_EVENT.search(s.folded)
                for s in _sentences(doc, None)
            )
            if (
                self._phrase(sentence, doc)
                or beating
                or (_SOFT_THREAT.search(sentence.folded) and not _GAME.search(sentence.folded))
                or (_violent_threat(sentence) and not joke and not self._game_post(sentence, doc))
                or re.search(
                    # « se casser la tête », « se casser la gueule »: racking one's brain, a fall
                    r"(?<!\bse )(?<!\bme )(?<!\bnous )(?<!\bs est )(?<!\bs etait )(?<!\bse sont )(?<!\bde vous )(?<!\bsuis )\bcass\w* la (?:gueule|face|tete)\b|\bpeter la (?:gueule|face)\b",
                    sentence.folded,
                )
            ):
                flagged = True
                yield _hit(sentence, self.message)
        if not flagged:
            yield from self._retaliation(doc)

    def _retaliation(self, doc: Document) -> Iterator[Hit]:
        """« À la collègue qui a dénoncé nos pratiques : le karma existe, pis il a
        souvent une adresse. » The address names a « dénonciation », which alone
        would read as a mention; the ominous line is the threat."""
        units = _sentences(doc, None)
        informer = next((u for u in units if _INFORMER.search(u.folded)), None)
        if informer is None or _THANKS.search(folded(doc)):
            return
        quoted = quoted_spans(doc)
        for unit in units[units.index(informer) :]:
            found = _OMINOUS.search(unit.folded)
            if (
                found
                and not _COUNTER.search(_INFORMER.sub(" ", unit.folded))
                and not _quoted_at(doc, unit, found.start())
                and not any(inside(quoted, t.start, t.end) for t in unit.toks[:1])
            ):
                yield _hit(unit, self.message)
                return

    @staticmethod
    def _game_post(sentence: _Sentence, doc: Document) -> bool:
        """« Les finissants ont écrasé les profs au hockey cosom. On va vous massacrer
        l'an prochain! »: the game is named in another sentence, no body part in this one."""
        return not _VIOLENT_CUE.search(sentence.folded) and any(
            _GAME.search(s.folded) for s in _sentences(doc, None)
        )

    def _phrase(self, sentence: _Sentence, doc: Document) -> bool:
        """A threat phrase; « t'es mort » or « tu vas voir » while teasing over a
        game (« j'vas te beat à Mario Kart, t'es mort ») does not count."""
        found = [m.group() for m in self.pattern.finditer(sentence.folded)]
        if found and _JOKING.search(folded(doc)) and not _VIOLENT_CUE.search(sentence.folded):
            return False  # « Je vais vous retrouver… (je niaise, mais ramenez mon yogourt) »
        if found and _DELIVERY.search(folded(doc)):
            found = [f for f in found if not re.match(r"(?:je|on) (?:sais|sait) ou", f)]
        if not found:
            return bool(_FOUND_SOMEONE.search(sentence.folded)) and _weapon_drawn(doc)
        if not all(_GAME_TEASE.search(f) for f in found):
            return True
        if _GAME.search(sentence.folded) and not _VIOLENT_CUE.search(sentence.folded):
            return False  # « je vais te planter au Scrabble ce soir »
        return not any(_GAME.search(s.folded) for s in _sentences(doc, None))


# What players say to each other: « t'es mort », « tu vas voir », « je vais te planter ».
_GAME_TEASE = re.compile(
    r"\At(?: es| e|u es) (?:deja )?morte?\Z|\Atu vas (?:voir|payer)\Z"
    r"|\b(?:planter|battre|detruire|massacrer|ecraser|laver|peter)\Z"
)


class SelfHarmIncitement(_PhraseRule):
    """Signale l'incitation au suicide ou à l'automutilation (« va te pendre »,
    « tue-toi », « tu devrais disparaître », « kys »)."""

    code = "HOS06"
    name = "incitation-suicide"
    title = "Incitation au suicide"
    severity = Severity.ERROR
    clauses = THREAT_CLAUSES
    pattern = _SELF_HARM
    message = (
        "Incitation au suicide ou à se faire du mal : propos d'une extrême gravité. Retirez-le. "
        "Si une personne est en détresse : 1 866 277-3553 ou le 988."
    )
    fail_examples = (Example("Va te pendre.", ("Va te pendre",)),)
    ok_examples = ("La pièce de théâtre parle d'un pendu. Prévention du suicide : 988.",)

    def _keeps(self, doc: Document, sentence: _Sentence) -> bool:
        return not _someone_else_will(doc, sentence)


def _someone_else_will(doc: Document, sentence: _Sentence) -> bool:
    """« Carole va vous tuer 😂 »: a first name right before « va » is its subject, not
    someone addressed (« Kevin, va te pendre »), which the pattern alone cannot tell."""
    words = sentence.toks
    return any(
        w.key in ("va", "vont")
        and k
        and is_first_name(words[k - 1])
        and "," not in doc.normalised[words[k - 1].end : w.start]
        and words[k + 1 : k + 2]
        and words[k + 1].key in ("te", "vous")
        for k, w in enumerate(words)
    )


# Mocking a disability: the disability named (in the sentence or the one before), the text
# laughing, and an imitation or a nickname (« on l'imite toute la journée 🤣 », « se fait
# appeler « Robocop » 😂 », « m-m-m-merci »). A laugh alone is not mockery.
_DISABILITY = re.compile(
    r"\b(?:fauteuil roulant|appareils? auditifs?|begai\w*|begay\w*|begue|jambe artificielle|protheses?|"
    r"bequilles|trisomi\w*|autistes?|sourde?s?|aveugles?|tourette|boite\w*|handicap\w*|zozot\w*)\b"
)
_MOCKING = re.compile(
    r"\bon (?:l|la|le|les) imit\w*|\bon aurait dit (?:un|une)\b|\bse fai\w* appeler\b|\bsurnomm\w*|"
    r"\bbien trouve\b|\bon a rien compris\b|\b(?:on va|vous allez|on a failli) (?:mourir|crever|pisser) de rire\b|\b([a-z]) \1 (?:\1 ){0,4}+\1(?:[a-z]+|\b)"
)

# Reported mockery that the writer cheers on (« … bien trouvé les jeunes, continuez »).
_EGGED_ON = re.compile(r"\bbien trouve\b|\bcontinuez\b|\btrop drole\b")


# A group or a fake account made to mock someone: « un compte fake pour ridiculiser Mme X ».
_CAMPAIGN = re.compile(
    r"\b(?:groupe|page|compte|chat|conversation)(?: \w+){0,3} (?:juste )?pour (?:ecrire des "
    r"(?:commentaires|messages|affaires) sur|ridiculiser|humilier|se moquer de|rire de|niaiser|ecoeurer) "
    r"(?!nous|soi|les |la |le |des |ca )\w+"
    r"|\b(?:ridiculiser|humilier) (?:m|mme|madame|monsieur|la prof|le prof|l enseignante?)\b"
    # sextortion: « envoie-moi des photos pis j'arrête de dire à tout le monde que… »
    r"|\benvoi\w* (?:moi )?(?:des|tes|une|ta) (?:photos?|nudes?|pics?)\b[^.!?]{0,60}\b(?:j arrete|sinon|ou je|je dis|je le dis)"
)
_CONDEMNED = re.compile(
    r"\b(?:tolere\w*|intolera\w*|denon\w*|condamn\w*|signal\w*|inacceptable\w*|interdit\w*|"
    r"sensibilis\w*|preven\w*|si (?:vous|tu|quelqu un|on))\b"
)


# Retaliation against whoever spoke up: someone who denounced, testified or talked to a
# journalist, then an ominous line (« Dors bien ce soir », « le karma a une adresse »,
# « ça serait plate que vos évaluations en souffrent »).
_INFORMER = re.compile(
    r"\bqui (?:m a |nous a |t a |a |ont |as )?(?:\w+ )?(?:denonce|balance|stoole|porte plainte contre|temoigne contre|fait (?:un|une) (?:signalement|plainte|rapport) (?:\w+ ){0,4}?contre|"
    r"parle (?:au|aux|a la) (?:journalistes?|medias?|ministere|police|inspecteurs?)|placote|bavasse|callee?)\w*\b"
    r"|\b(?:t as|tu as|vous avez) ete (?:la seule|le seul|les seuls|les seules) a (?:temoigner|parler|denoncer|porter plainte)\b"
    r"|\b(?:ceux|celles|celui|celle) qui ont parle (?:au|aux|a la) (?:journalistes?|medias?|ministere|police)\b"
    # who talks to a newspaper, leaked a report, walked out or signed the letter
    r"|\b(?:ceux|celles|celui|celle|ceux la|la personne|le ou la|la ou le) qui (?:ont |a |avez )?(?:parle\w*|jase\w*|parlent|parlait) (?:au|a la|aux) (?:devoir|journal|journaux|presse|soleil|acadie nouvelle|tva|radio canada|la presse)\b"
    r"|\bqui (?:est|sont|etes) (?:alle|allee|alles|allees) (?:brailler|se plaindre|pleurer|chialer|placoter|bavasser|se lamenter) (?:au|a la|aux|chez (?:le|la)) (?:syndicat|direction|dg|district|ministere|commission|centre de services|ressources humaines|rh|journalistes?|medias?|boss)\b"
    r"|\bqui (?:a|ont|avez) (?:coule|fait fuiter|fait couler|leake) (?:le|la|les|ce|cette|ces) (?:rapport|document|courriel|lettre|info|information|dossier)\w*\b"
    r"|\b(?:ceux|celles|les noms de ceux|les noms des) qui (?:ont |avez )?debraye\b"
)
_OMINOUS = re.compile(
    r"\b(?:dors|dormez) bien\b|\bprends soin de toi\b|\bprenez soin de vous\b|\ble karma\b"
    r"|\bon va (?:finir par )?savoir qui\b|\bon (?:sait|saura) (?:bientot )?qui (?:t es|vous etes|c est)\b"
    r"|\b(?:ca serait|ce serait|serait) (?:plate|dommage|triste) que\b|\bla liste circule\b"
    r"|\b(?:tout le monde|on|je|j) (?:sait|sais|connait|connais) ou (?:tu|vous) (?:restes?|habites?|demeures?|restez|habitez|demeurez|travailles?|stationnes?)\b"
    r"|\b(?:va|vont|vas) apprendre a se meler de (?:ses|leurs|tes) affaires\b"
    r"|\b(?:les|des) accidents (?:arrivent|ca arrive) (?:vite|vitement|souvent)\b|\bregarde (?:bien )?derriere toi\b|\bles murs ont des oreilles\b"
    # a memory and a pen: « je n'oublie rien », « les évaluations, c'est moi qui les signe »
    r"|\bon va s en (?:rappeler|souvenir)\b|\bbonne chance (?:pour|avec) (?:tes|vos|ton|votre|ta) (?:remplacements?|affectations?|evaluations?|postes?|contrats?|horaires?|permanence|reference)\b"
    r"|\bje n? ?oublie (?:rien|jamais)\b|\bon (?:a|va) (?:bien |tout )?(?:note|noter|garde|garder) (?:les|vos|leurs|tes) noms\b"
    r"|\b(?:vont|va) etre (?:\W* )?(?:tres |bien )?interessant\w* pour (?:vous|toi|eux)\b"
    r"|\bon va (?:te|vous) trouver\b(?! (?:un|une|des|du|de|d|la|le|les|l|quelqu|ca|ce|a|au|aux|pour|rapidement|vite|bientot|ton|ta|tes|votre|vos|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|ce|apres|avant|devant|dans|en|sur|chez)\b)"
)
_THANKS = re.compile(
    r"\b(?:merci|bravo|felicitations|chapeau|courage|solidarite|fier|fiere|fiers|appui|excellent\w*|merite|geste|regle|heureu\w*"
    r"|belle entrevue|beau travail|beau debat|bon debat|bon travail|mises? a jour|bienvenue?)\b"
)

# Sexual remarks about a staff member, told by innuendo: two cues among a body or
# clothes remark, a suggestive emoji and a knowing phrase (« si vous voyez ce que je
# veux dire », « j'irais ben le voir en privé »), with a staff member named.
_STAFF = re.compile(
    r"\b(?:prof|profs|professeure?|enseignante?|enseigner|secretaire|educatrice|stagiaire|suppleante?|"
    r"directrice|coach|entraineuse|surveillante|nouvelle|technicienne|orthopedagogue|psychoeducatrice|"
    r"collegue|concierge|adjointe|mere|maman|mme|madame)\b"
)
_BODY_REMARK = re.compile(
    r"\b(?:tout un body|un body|un beau body|jupe (?:courte|serree|de meme|moulante)|robe (?:courte|serree|moulante)|decollete\w*|s habille (?:de meme|comme ca|sexy)|"
    r"sexy|fesses|popotin|(?:un beau|un gros|un bon) (?:derriere|cul)|belles (?:courbes|jambes)|ses formes|ses leggings|bonne a croquer)\b"
)
_SUGGESTIVE_EMOJI = re.compile(
    "[\U0001f60f\U0001f351\U0001f346\U0001f445\U0001f924\U0001f975\U0001f4a6]"
)
_KNOWING = re.compile(
    r"\b(?:si vous voyez|vous voyez|tu vois|si tu vois) ce que je veux dire\b|\ben prive pour une\b"
    r"|\bcherche (?:un peu |pas mal |juste )?ca\b|\bje comprends (?:asteure|maintenant|mieux) pourquoi (?:les|des) (?:peres|gars|hommes|papas)\b"
    r"|\bpas surprenant que les (?:gars|peres|hommes|eleves|papas) (?:\w+ ){0,3}(?:la|le) (?:regardent|reluquent|checkent|zieutent)\b"
    r"|\bj (?:irais|y ferais|la ferais|le ferais|y donnerais|y montrerais) (?:ben|bien) (?:le|la|lui|faire)\b|\bheures sup\w* dans mon bureau\b"
    r"|\b(?:peut|pourrait) venir (?:\w+ ){0,4}n importe quand\b"
    r"|\bj (?:y|lui|te|vous) (?:donnerais|ferais|offrirais) (?:des|un|une|ben des|bien des) (?:cours|retenues?|lecons?|recuperations?|heures?|rencontres?) (?:\w+ )?priv\w*"
    r"|\bdes idees (?:pas catholiques|pas tres catholiques|cochonnes)\b|\bje? (?:l|la|te|vous) (?:amenerais|emmenerais|ramenerais)\b"
)


# An embarrassing moment filmed and offered around: « Liam a pissé dans ses culottes
# en éduc. On a la vidéo si quelqu'un la veut 📹 »
_HUMILIATED = re.compile(
    r"\b(?:pisse|vomi|chie|fait dans ses culottes|dans ses culottes|dans ses pantalons)\w*\b"
)
_OFFERED = re.compile(
    r"\b(?:on a|j ai|jai|j a) (?:la|une|les|des) (?:video|videos|photo|photos|vid)\b[^.!?]{0,40}"
    r"\b(?:si (?:quelqu un|qqn|vous|tu) (?:la|les|le) (?:veut|voulez|veux)|qui (?:la|les) veut|en prive|dm|je (?:l|les) envoie)\b"
)


def _innuendo(doc: Document) -> bool:
    text = folded(doc)
    if not _STAFF.search(text):
        return False
    cues = (
        _BODY_REMARK.search(text) is not None,
        _SUGGESTIVE_EMOJI.search(doc.normalised) is not None,
        _KNOWING.search(text) is not None,
    )
    # praise (« bravo pour ton marathon 😏 ») is not a remark on a body
    return sum(cues) >= 2 and not _MENTION.search(text) and not _THANKS.search(text)


# A colleague's weight mocked: a remark on the body, a laugh or a fat-animal emoji,
# and someone named (« Nadine mange pour trois 🐷 », « Mme Lavoie est tellement
# grosse que le bus a penché lol »); « gros merci » or « une grosse journée » are no remark.
_WEIGHT_REMARK = re.compile(
    r"\b(?:(?:la|cette) grosse (?:de|d|du|qui|a)\b"
    r"|(?:est|es|etait) (?:rendue? |devenue? )?(?:tellement|trop|ben trop|si) (?:grosse?|gros) qu"
    r"|(?<!\ba )(?<!\bai )(?<!\bavons )(?<!\bont )\bmange pour (?:trois|quatre|six|dix|une armee)\b|\bbesoin de (?:deux|2|trois|3) (?:chaises|sieges|bancs)\b|\belargir les portes\b)"
)
_FAT_EMOJI = re.compile("[\U0001f437\U0001f416\U0001f418\U0001f433\U0001f40b\U0001f99b\U0001f404]")


def _weight_mocked(doc: Document) -> _Sentence | None:
    text = folded(doc)
    if not _FAT_EMOJI.search(doc.normalised) or _WEIGHT_KIND.search(text):
        return None
    units = _sentences(doc, None)
    for k, unit in enumerate(units):
        remark = _WEIGHT_REMARK.search(unit.folded)
        if not remark or _ANIMALS.search(unit.folded):
            continue  # « le cochon est tellement gros 🐷 » at the farm
        # the person may be named in the sentence before (« Avez-vous vu Martine? Elle… »)
        named = units[max(0, k - 1) : k + 1]
        if any(
            _STAFF.search(u.folded)
            or re.search(r"\b(?:la grosse|le gros)\b", u.folded)
            or any(is_first_name(t) for t in u.toks)
            for u in named
        ):
            return unit
    return None


# a baby, a pregnancy, a teenager's appetite, thanks: no mockery
_WEIGHT_KIND = re.compile(
    r"\b(?:bebe|enceinte|grossesse|ado|ados|mon gars|mon fils|mon chum|ma blonde|merci|bravo|felicitations|gateau|sapin|citrouille|mascotte|lapin)\b"
)
_ANIMALS = re.compile(
    r"\b(?:cochons?|porcs?|truies?|vaches?|chiens?|chats?|chevaux|cheval|baleines?|elephants?|ferme|zoo|aquarium|citrouilles?|poissons?)\b"
)


class Harassment(_PhraseRule):
    """Signale le harcèlement et l'intimidation visant une personne : « personne
    ne veut de toi ici », « tout le monde te déteste », « t'es rien »,
    « dégage »."""

    code = "HOS07"
    name = "harcelement"
    title = "Harcèlement ou intimidation"
    severity = Severity.ERROR
    clauses = (
        "CSSCV-CYBERINTIMIDATION",
        "DSFNO-4-INJURES",
        "CSTL-A2-5",
        "CSSPO-CODE-HARCELEMENT",
        "CSNO-A-PROFESSIONNALISME",
    )
    pattern = _HARASSMENT
    message = (
        "Harcèlement ou intimidation : ces mots visent à exclure ou à rabaisser une personne. "
        "Retirez-les."
    )
    fail_examples = (Example("Personne ne veut de toi ici.", ("Personne ne veut de toi ici",)),)
    ok_examples = ("Personne ne veut manquer la sortie de vendredi!",)

    def may_apply(self, doc: Document) -> bool:
        text = folded(doc)
        return (
            _has_any(doc)
            or bool(_LAUGHING.search(text) and _DISABILITY.search(text))
            or bool(_FAT_EMOJI.search(doc.normalised))
        )

    def check(self, doc: Document, parsed: Any | None) -> Iterable[Hit]:
        hits = list(super().check(doc, parsed))
        yield from hits
        for sentence in _sentences(doc, None):
            # « commentaires » would read as a mention: only a condemnation silences these
            if (
                _CAMPAIGN.search(sentence.folded)
                and not _CONDEMNED.search(sentence.folded)
                and not any(h.start == sentence.toks[0].start for h in hits)
            ):
                yield _hit(sentence, self.message)
        text = folded(doc)
        offered = self._humiliation_offered(doc, text) if not hits else None
        if offered is not None:
            hits.append(_hit(offered, self.message))
            yield hits[-1]
        mocked = _weight_mocked(doc) if not hits else None
        if mocked is not None:
            hits.append(
                _hit(
                    mocked,
                    "Harcèlement : se moquer du poids ou du corps d'une personne est de "
                    "l'intimidation. Retirez ce passage.",
                )
            )
            yield hits[-1]
        if not hits and _innuendo(doc):
            units = _sentences(doc, None)
            yield _hit(
                next(
                    (
                        u
                        for u in units
                        if _KNOWING.search(u.folded) or _BODY_REMARK.search(u.folded)
                    ),
                    units[0],
                ),
                "Harcèlement sexuel : des remarques sur le corps ou la tenue d'une personne, ou des sous-entendus "
                "sexuels à son sujet, ne sont pas tolérés. Retirez ce passage.",
            )
        if not _LAUGHING.search(folded(doc)):
            return
        units = _sentences(doc, None)
        for k, sentence in enumerate(units):
            near = " ".join(u.folded for u in units[max(0, k - 2) : k + 1])
            if (
                _MOCKING.search(sentence.folded)
                and _DISABILITY.search(near)
                and (not _MENTION.search(sentence.folded) or _EGGED_ON.search(sentence.folded))
                and not any(h.start == sentence.toks[0].start for h in hits)
            ):
                yield _hit(
                    sentence,
                    "Harcèlement : se moquer d'une personne pour un handicap (l'imiter, la surnommer) "
                    "est de l'intimidation. Retirez ce passage.",
                )

    @staticmethod
    def _humiliation_offered(doc: Document, text: str) -> _Sentence | None:
        """The sentence offering a video of someone's embarrassing moment, told in
        it or just before (« Liam a vomi… On a la vidéo si quelqu'un la veut »)."""
        if not _OFFERED.search(text) or _MENTION.search(text):
            return None
        units = _sentences(doc, None)
        # The offer may straddle a line break: then the first sentence stands for it.
        sentence = next((u for u in units if _OFFERED.search(u.folded)), units[0])
        k = units.index(sentence)
        near = " ".join(u.folded for u in units[max(0, k - 1) : k + 1])
        if _HUMILIATED.search(near) and not re.search(r"\b(?:d emotion|de joie|de rire)\b", near):
            return sentence
        return None


class Defamation(_PhraseRule):
    """Signale une accusation de crime ou de malhonnêteté contre une personne
    nommée ou un rôle (« le directeur vole dans la caisse », « Mme Roy est une
    voleuse ») : diffamatoire si elle est fausse, et hors de propos sur les
    médias sociaux même si elle est vraie."""

    code = "HOS08"
    name = "diffamation"
    title = "Accusation diffamatoire"
    severity = Severity.ERROR
    clauses = (
        "DSFNO-4-HAINE",
        "CSSCV-DIFFAMATION",
        "CSTL-321-PROPOS",
        "CSNO-A-FAIT",
        "CSSPO-CODE-RESPECT",
    )
    pattern = _DEFAMATION
    message = (
        "Accusation contre une personne ou un rôle : elle peut être diffamatoire. Retirez-la ; "
        "signalez les faits à la direction, en privé, par les voies prévues."
    )
    fail_examples = (
        Example("Le directeur vole dans la caisse.", ("Le directeur vole dans la caisse",)),
    )
    ok_examples = ("Le directeur a volé la vedette au spectacle de Noël.",)

    def check(self, doc: Document, parsed: Any | None) -> Iterable[Hit]:
        quoted = quoted_spans(doc)
        for sentence in _sentences(doc, None):
            if _MENTION.search(sentence.folded):
                continue
            # The accusation in scare quotes is a joke (« elle m'a « volé » une frite »).
            kept = [t.key for t in sentence.toks if not inside(quoted, t.start, t.end)]
            if len(kept) < len(sentence.toks) and not self.pattern.search(" ".join(kept)):
                continue
            for m in self.pattern.finditer(sentence.folded):
                if "trich" in m.group() and _GAME.search(sentence.folded):
                    continue  # « Julie a triché au bingo »: a game, not fraud
                # A bare accusation needs a person's name just before it (« Julie Caron vole… »).
                if m.group("named") and not _named_before(sentence, m.start()):
                    continue
                yield _hit(sentence, self.message)
                break


def _superlative(sentence: _Sentence, i: int) -> bool:
    """« la secrétaire est la personne la plus conne que… »: a person said to be
    the most of an insult, after a copula."""
    before = [t.key for t in sentence.toks[:i]]
    return before[-2:] in (
        ["la", "plus"],
        ["le", "plus"],
        ["les", "plus"],
    ) and not _COPULA.isdisjoint(before)


def _finished(sentence: _Sentence, i: int, kind: str) -> bool:
    """« c'est une paresseuse finie »: a trait made a name by « fini »."""
    words = sentence.toks
    return (
        kind == "attribut-negatif"
        and 0 < i < len(words) - 1
        and words[i - 1].key in ("un", "une", "des")
        and words[i + 1].key in ("fini", "finie", "finis", "finies")
    )


def _named_before(sentence: _Sentence, offset: int) -> bool:
    index = sentence.folded[:offset].count(" ")
    while index and sentence.toks[index - 1].key in (
        "a",
        "est",
        "aurait",
        "avait",
        "va",
        "deja",
        "encore",
        "souvent",
        "aussi",
    ):
        index -= 1  # « Julie Caron a falsifié… »
    before = sentence.toks[max(0, index - 2) : index]
    first_names = terms("prenoms")
    return (
        bool(before)
        and any(fold(t.surface) in first_names for t in before)
        and all(t.surface[:1].isupper() for t in before)
    )


# Every phrase pattern, for the cheap gate (searched branch by branch, each
# branch only when one of its own necessary words is in the text).
_PHRASE_PATTERNS = (
    _THREAT_PHRASES,
    _SOFT_THREAT,
    _BEATING,
    _SELF_HARM,
    _HARASSMENT,
    _DEFAMATION,
    _DENIAL,
    _HATE_PHRASE,
    _INJUNCTION,
    _PREDATOR_SMEAR,
    _CAMPAIGN,
    _ARRIVAL,
    _OMINOUS,
    _BODY_REMARK,
    _KNOWING,
    _OFFERED,
    _SELF_NAMED_SMEAR,
    # what _hate_reason reads with a group named in the sentence before
    _NOT_RACISM,
    _STEREOTYPE_BACK,
    _POINTS_BACK_HATE,
    _PROPAGANDA,
    _CURE,
    _GUARDED,
    _DISCLAIMER,
)

RULES = (
    Insult,
    Vulgarity,
    Sacre,
    HatefulSpeech,
    Threat,
    SelfHarmIncitement,
    Harassment,
    Defamation,
    MincedOath,
)
