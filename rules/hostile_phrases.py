"""Phrase patterns of hostile speech (hate, threats, self-harm, harassment,
defamation), searched on the folded text, and the literal gate that skips a
document when none of them can match."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import Any

from .base import Rule
from .document import Document
from .finding import Hit
from .hostile_common import (
    _MENTION,
    _WEAPON_EMOJI,
    _hit,
    _Sentence,
    _sentences,
)
from .hostile_text import (
    ascii_fold,
    inside,
    may_be_hostile,
    quoted_spans,
)
from .literal_gate import PhraseGate
from .spans import Spans

# Hate that is itself phrased as a negation: matched before negation is considered.
_DENIAL = re.compile(
    r"\b(?:vies?|existences?) d\w*.{0,40}(?:n ont|n a) (?:pas|aucune) (?:d importance|de valeur)"
    r"|\bne (?:valen?t?|vaut) (?:\w+ )?(?:rien|que de la merde|pas grand-chose|pas la peine)\b|\bvalen?t? rien\b"
    r"|\bsans valeur\b|\bne devrai\w* compter pour personne\b|\b(?:ne )?travaillent jamais\b"
    r"|\bc est dans leur (?:culture|nature|sang|genes) de\b|\bon (?:ne )?se refait pas\b"
    r"|\bne merite\w* pas (?:de vivre|d exister|le respect|de respect|d etre)"
    # « les femmes ne devraient pas être chaperonnes »: a role denied to a group
    r"|\bne devrai\w* (?:pas|jamais) (?:etre|devenir) (?:\w+ )?(?:chaperon\w*|profs?|enseignant\w*|directeur\w*|directrice\w*|coachs?|entraineu\w*|arbitres?|pilotes?|chefs?|presidente?s?|educat\w*|policier\w*|policiere\w*|medecins?|gardien\w*)\b"
    r"|\bn ont (?:rien a faire|pas leur place|aucune place)\b|\bont (?:pas|pu) leur place\b|\b(?:ca|ils|elles) (?:n )?(?:a|ont) pas d affaire (?:dans|ici|a)\b|\baucune place\b.{0,40}\bpour\b"
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
# Women judged unfit for a role; hostile_hate asks for a woman named nearby and no cooking class.
_SEXIST = re.compile(
    r"\bc (?:est|etait) pas (?:fait|une job|un poste|un metier|une place) pour (?:elles|les femmes|une femme|des femmes)\b(?! (?:seulement|uniquement))"
    r"|\b(?:restez|reste|retournez|retourne|retournes) (?:donc )?(?:dans (?:vos|ta|votre|leurs?) cuisines?|a la cuisine|a (?:vos|tes) (?:chaudrons|fourneaux))\b"
    r"|\bca prend (?:des vrais hommes|un vrai homme)\b(?! (?:ou|et) (?:une|des) )"
    r"|\bca prend un homme pour (?:tenir|diriger|gerer|mener|remettre de l ordre|faire respecter|mettre de l ordre)\b"
    r"|\b(?:normal|pas surprenant|c etait sur) que (?:ca|tout) (?:parte|part) (?:en vrille|tout croche)\b"
)
# The newcomers' « invasion » told as a sequence: « ils arrivent, ils s'installent pis ils imposent ».
_SETTLERS_IMPOSE = re.compile(
    r"\bils (?:arrivent|debarquent|viennent)(?: ici)?,? (?:\w+ ){0,5}?(?:pis |et )?ils (?:nous )?"
    r"(?:imposent|veulent (?:tout |nous )?(?:imposer|changer)|exigent|changent tout)\b"
)
# What makes « ils » newcomers (not guests who arrive at 6 and want coffee).
_NEWCOMER_CONTEXT = re.compile(
    r"\b(?:immigr\w*|refugi\w*|etrangers?|arrivants|halal|voiles?|voilees?|hijabs?|niqabs?|burqas?|kirpans?|"
    r"mosquees?|musulman\w*|arabes|africain\w*|asiatiques|chinois|indiens|latinos|noirs|juifs|sikhs|pays|culture)\b"
)
# the racist conspiracy theory, unless it is named to be refuted
_REPLACEMENT = re.compile(
    r"(?<!theorie du )(?<!theorie de )(?<!mythe du )(?<!complot du )(?<!these du )\bgrand remplacement\b(?! (?:des|du|de|d) )"
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
    # « Les Philippins… ils font juste copier pis tricher »
    r"|\b\w+ (?:font|savent) (?:juste|rien que|que) (?:copier|tricher|voler|mentir|profiter|quemander|chialer)\b"
    r"|\b(?:sont|seraient|etaient) (?:toutes |tous )?naturellement (?:meilleur\w*|fait\w* pour|plus doue\w*|moins doue\w*)\b"
    r"|\bc est (?:biologique|hormonal|dans leur nature)\b"
    # « les Africains, c'est une invasion », « nos écoles sont en train d'être remplacées »
    r"|\b(?:c est|c etait) une invasion\b|\ben train de nous remplacer\b|\bon (?:n )?est (?:pu|plus) chez (?:nous|nous autres)\b"
    # a trans person called « ça »: « le suppléant trans, on dit il ou ça? »
    r"|\b(?:il|elle|iel) ou ca\b"
    # a group good « only for » something (« sont bons juste pour courir »)
    r"|\b(?:sont|c est des|c est juste des|sont juste|c est) (?:juste |rien que |seulement )?(?:bons|bonnes) (?:juste |rien que |seulement |qu )?(?:pour|a) "
    r"(?:\w+(?:er|ir|re)|le sport|le basket|le menage|la cuisine|les enfants|le lit)\b"
    # « les filles c'est juste bon à faire la cuisine »: singular after a plural subject
    r"|\b\w+[sx],? c est (?:juste |rien que |seulement )?bon (?:juste |rien que |seulement |qu )?(?:pour|a) "
    r"(?:\w+(?:er|ir|re)|le sport|le basket|le menage|la cuisine|les enfants|le lit)\b"
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
    r"|(?<!se )\bsentent (?:mauvais|fort)\b|\bpuent\b|\bpue (?:le|la|l|les|des|du)\b|\b(?:apportent|amenent|transmettent|propagent|repandent) "
    r"(?:des |leurs |les )?(?:maladies|microbes|poux|virus|punaises)\b|\bsepar\w* (?:\w+ ){0,3}des notres\b"
    # The « woman driver » trope: « Une femme au volant, voilà pourquoi… »
    r"|\bfemmes? au volant\b.{0,20}\b(?:voila pourquoi|c est pour ca|evidemment|typique)\b"
    r"|\b(?:encore|typique|evidemment) (?:une )?femmes? au volant\b(?! (?:de|d|du|des)\b)"
    r"|\bfemmes? au volant\b[^.!?]{0,80}\bdevrai\w* (?:meme )?pas (?:etre )?(?:permis|autorise\w*|legal)\b"
    r"|\bcontre nature\b|\bpas norma(?:l|le|les|ux)\b|\b(?:est|c est|sont) une maladie\b|\bcontrol\w* (?:deja |toute |tout )?(?:les banques|les medias|le monde|tout|la finance|le gouvernement|les gouvernements|l economie|les commissions|les ecoles|les politiciens|le syndicat|les syndicats|la police|les tribunaux|hollywood)"
    r"|\brefus\w* de s integrer\b|\bvol\w* nos (?:jobs|emplois|terres|ressources|logements|services|subventions)\b"
    r"|\bc est (?:tous |toutes )?des (?:gangs de rue|criminels|bandits|voleurs|terroristes|delinquants)\b(?! de guerre)|\b(?:gangs? de rue|criminels|bandits|delinquants) en devenir\b"
    # The conspiracy trope and the group blamed for ruining « our » school or country.
    r"|\bcontrol\w* (?:\w+ ){0,2}?(?:le conseil|les conseils|la direction|le ca|le systeme|les postes|le district|le comite|les comites)\b|\btir\w* les ficelles\b"
    r"|\b(?:sont en train de |vont |viennent )?detrui\w* (?:notre|nos|le|la) (?:ecoles?|pays|province|quartier|ville|culture|langue|societe|systeme|communaute)\b"
    r"|\bs (?:ils|elles) (?:ne )?sont pas content\w*,? (?:ils|elles) (?:peuvent|ont qu a|ont juste a) (?:s en aller|partir|retourner|rentrer|(?:crisser|sacrer) leur camp)\b"
    # kept out of school or told to keep quiet: « faudrait pas les accepter dans nos écoles »,
    # « pas question qu'un barbu enseigne à mes enfants », « ont juste à se fermer la trappe »
    r"|\b(?:faudrait|faut|faudra|devrait|devraient|doit|doivent|devrions) (?:pas|plus|jamais) (?:les|l) (?:accepter|admettre|laisser entrer|inscrire|engager|embaucher|laisser enseigner)\b"
    r"|\bpas question (?:qu|que) (?:un|une|des|les|ces|ce|cette) (?:\w+ ){1,3}?(?:enseigne|enseignent|s occupe|s occupent|touche|touchent|entre|entrent|travaille|travaillent|approche|approchent|garde|gardent)\b"
    r"|\b(?:ont|a) (?:juste|rien qu|qu) a (?:se )?fermer (?:la|leur|sa) (?:trappe|gueule|yeule|boite|bouche)\b"
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


# A prejudice presented as a fact: « C'est pas du racisme, c'est des statistiques. »
_NOT_RACISM = re.compile(
    r"\b(?:c est|ce n est|c) pas (?:du |de la )?(?:racisme|raciste|haine|discrimination|sexisme|sexiste)\W+"
    r"(?:c est|c) (?:juste |seulement |simplement )?(?:des|la|les|un|une) "
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
_GUARDED = re.compile(
    r"\b(?:ajout\w*|engag\w*) (?:\w+ ){0,2}surveillan\w*|\bverrouiller\b|\bsans surveillance\b"
    r"|\bgardez un oeil sur (?:vos|les) (?:sacs|effets|casiers)\b"
)
# « Je ne suis pas raciste, mais avouez que les familles juives n'ont jamais… »
_DISCLAIMER = re.compile(
    r"\bje (?:ne )?suis pas (?:raciste|homophobe|sexiste|islamophobe|antisemite)\W+mais\b"
)
# Blame for a newcomer group: « les vélos disparaissent depuis que « certaines
# familles » sont arrivées », « depuis que les familles africaines sont arrivées, le
# niveau a baissé ».
_NEWCOMER_GROUPS = (
    r"(?:immigr\w+|refugi\w+|etrangers|noirs|arabes|musulman\w*|africain\w*|haitien\w*|syrien\w*|mexicain\w*|"
    r"asiatiques|chinois|autochtones|nouveaux arrivants|demandeurs d asile|indiens|latinos)"
)
_ARRIVAL = re.compile(
    r"\bdepuis que (?:les|ces|certaines|certains|tous ces|toutes ces) (?:\w+ )?(?:familles|gens|"
    + _NEWCOMER_GROUPS
    + r")(?: \w+){0,2} (?:sont|se sont|ont) (?:arrive|installe|emmenage|debarque|venu|envahi|achete)\w*"
    # « depuis que l'école est pleine d'enfants d'immigrants »
    r"|\bdepuis que (?:l ecole|le quartier|la classe|la ville|le village|notre ecole|la polyvalente|le coin) "
    r"(?:est|s est) (?:\w+ )?(?:pleine?|rempli\w*|envahi\w*) (?:d|de) (?:(?:enfants|eleves|familles) (?:d|de) )?"
    + _NEWCOMER_GROUPS
)
# « mes élèves latinos, bon… disons qu'on ne se refait pas »: said of the group just named
_STEREOTYPE_BACK = re.compile(
    r"\bon (?:ne )?se refait pas\b|\bc est (?:culturel|genetique|biologique)\b"
)
# « c'est contre nature » said of the group of the sentence before; not « c'est une
# maladie de ne pas l'enseigner ».
_POINTS_BACK_HATE = re.compile(
    r"\A\W*c est (?:\w+ )?(?:contre nature|une (?:maladie|deviance|perversion|abomination))\b(?! (?:d|de|qu)\b)"
    r"|\A\W*(?:c est des faits\W+)?c est dans leur (?:culture|sang|nature|genes)\b"
    r"|\A\W*on normalise n importe quoi\b"
    # « …des réfugiés… C'est une invasion. », not « c'est une invasion de poux »
    r"|\A\W*c est (?:rendu )?(?:une invasion|un envahissement)\b(?! (?:de|d|des|du)\b)"
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
    # « t'as juste à retourner chez vous en Syrie »: home placed in another country
    r"|\b(?:retourne\w*|rentre\w*) (?:donc )?chez (?:vous|toi|vous autres) en "
    r"(?!(?:ville|classe|retard|autobus|auto|char|voiture|taxi|metro|velo|paix|forme|famille|vacances|avance|pyjama|securite)\b)[a-z]"
    r"|\bretourne\w* d ou (?:tu viens|vous venez|ils viennent)\b|\b(?:retourne|rentre)\w* en afrique\b"
    # « retournez en Algérie si vous êtes pas contents du menu »
    r"|(?:^(?:retourne|rentre)|(?<!\bvous )\b(?:retournez|rentrez)) (?:donc )?(?:en|au|aux) (?:algerie|maroc|tunisie|syrie|haiti|afrique|chine|inde|liban|mexique|pakistan|iran|irak|congo|senegal|arabie|afghanistan|vietnam|philippines|colombie|guatemala|honduras|somalie|ethiopie|erythree|cameroun|egypte|turquie|russie|ukraine|pologne)\b"
    # the old order to francophones, not Michèle Lalonde's poem or the works it inspired
    r"|^(?!.*\b(?:lalonde|poemes?|poesie|poetes?|1968|1970|lecture|lire|lu|film|onf|murale|slam|oeuvres?|chansons?|spectacle|"
    r"micone|textes?|cours|classe|etudi\w*|analys\w*|expo\w*|theatre|piece|titre|recit\w*|declam\w*)\b).*?\bspeak white\b"
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


# --- Threats, self-harm incitement, harassment, defamation ---------------------

_THREAT_PHRASES = re.compile(
    r"\b(?:tu vas|il va|elle va|ils vont|elles vont) (?:le |la |me le )?(?:regretter|payer|souffrir|y passer|crever|mourir|voir ce qui)(?! (?:de|d) (?:rire|plaisir|joie|envie|jalousie|faim|soif|chaleur|froid|ennui|fatigue|honte))"
    # not an invitation: « tu vas le regretter si tu viens pas au voyage »
    r"(?! si (?:tu|vous) (?:ne )?(?:viens|venez|vas|allez|participes|participez|t inscris|vous inscrivez|essaies|essayez|goutes|goutez) pas)"
    # « vous allez voir ce qui arrive quand on me fait passer pour une folle »
    r"|\b(?:tu vas|vous allez) voir (?:\w+ )?ce qui (?:arrive|va arriver|se passe) quand (?:on|tu|vous) (?:me|m) "
    r"(?:fai\w* passer|insult\w*|ridiculis\w*|humili\w*|manque\w* de respect|denonc\w*|trahi\w*|niais\w*|provoqu\w*|cherch\w*|ecoeur\w*)"
    # an injury wished on a player, a bounty for it: « quelqu'un devrait casser la jambe de leur numéro 9 »
    r"|\bquelqu un (?:devrait|pourrait|va|doit) (?:lui |leur )?(?:casser|peter|briser|fracturer|arracher) (?:la|les|sa|ses|leur|leurs) (?:jambes?|bras|genoux?|gueule|face|dents|cou|nez|chevilles?)\b"
    r"|\b(?:je|j|on) (?:paye|paie|payerai|donne|offre) (?:une|un|la|le|\d+) (?:\w+ ){0,2}?a (?:celui|celle|ceux) qui (?:le|la|lui|les|leur) (?:casse|frappe|blesse|pete|mord|accroche)\b"
    r"|\b(?:\d+ ?\$?|\w+ piasses|\d+ piasses|\d+ dollars) a (?:celui|celle|ceux) qui (?:frappe|blesse|pete|plante|accroche|sort) (?:le|la|l|leur|notre|son|sa) "
    r"(?:\w+ )?(?:prof|coach|arbitre|joueur|joueuse|gardien|gardienne|directeur|directrice|numero|chauffeur|surveillant|enseignant\w*|capitaine|kid|gars|fille)\b"
    r"|\b(?:bidon|gallon|canisse|jerrican) d essence pour (?:ta|ton|votre|sa|son|leur) (?:maison|char|auto|chalet|garage)\b"
    r"|\bvous allez (?:le )?(?:regretter|payer|souffrir|y passer|crever|mourir)(?! (?:de|d) (?:rire|plaisir|joie|envie|jalousie|faim|soif|chaleur|froid|ennui|fatigue|honte))"
    r"|\b(?:(?:je|j|on) (?:sais|sait|connais|connait)|jsais) (?:tres bien |bien |exactement )?(?:ou (?:tu|vous|t|il|elle|ils|elles) ?(?:restes?|habites?|vis|vit|vivent|demeurent|demeures?|restez|habitez|restent|habitent)|ton adresse|votre adresse)"
    r"|\bt(?: es| e|u es) (?:deja )?morte?\b(?! de (?:rire|fatigue|peur|honte))(?!\s*\?)"
    r"|\b(?:je vais|on va|j vais|jvais) (?:publier|diffuser|montrer|partager|envoyer|afficher) (?:tes|vos|ta|votre) (?:photos?|videos?|messages?|secrets?)"
    r"|\b(?:je vais|on va|j vais|jvais) (?:te|vous) (?:faire payer|retrouver|attendre (?:a la sortie|dehors|apres))"
    # not a treat or a meeting: « te faire payer un café », « te retrouver au parc, on fait un foot »
    r"(?! (?:un|une|le|la|ton|ta) (?:cafe|biere|diner|lunch|repas|tournee|chocolat|beigne|muffin|dessert)\b)"
    r"(?![^.!?]{0,40}\b(?:on ira|on va (?:prendre|aller|jouer|faire|manger|se)|on fait|on prend|pour (?:prendre|jouer|manger|un cafe)))"
    r"|\bfais (?:attention|gaffe) a (?:toi|tes fesses)\b(?! (?:sur la (?:glace|route|chaussee)|sur les (?:routes|trottoirs)|au volant|pis (?:repose|soigne)))"
    r"(?![^.!?]{0,60}\b(?:verglas|glace|glacee|glaces|glacees|glissant\w*|neige|tempete|trottoirs|chaussee|bonne route|soigne\w*|repose\w*|prends soin))|\btu ne perds rien pour attendre\b"
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
    # « je le sors par le chignon du cou » (not out of bed or the pool)
    r"|\b(?:je|j|on) (?:vais |va |vas )?(?:te|le|la|les|vous|l) (?:sors|sort|sortir|pogne|pogner|ramasse|ramasser) "
    r"par le (?:collet|chignon du cou|fond de (?:la )?culottes?)\b(?! (?:de|du|d|hors|comme)\b)(?![^.!?]{0,40}\b(?:chaton|chat|chiot|chienne?|manteau|glissade|lit|piscine))"
    r"|\b(?:j amene|je vais amener|j apporte|je vais apporter|j vais amener) (?:quelque chose|de quoi|une surprise) "
    r"(?:dans mon sac |a l ecole |demain )?pour (?:ceux|celles|celui|celle|toi|vous|eux)\b"
    r"|\bsurveille\w* (?:tes|vos|ses) arrieres\b|\barrive\w* quelque chose a (?:ton|ta|tes|votre|vos|son|sa|ses)\b"
    # veiled: « j'vais y faire la peau », « ses pneus vont y goûter »
    r"|\b(?:y|lui|te|leur|vous|la|le|l) faire la peau\b(?! (?:toute |tres |plus )?(?:douce|lisse|neuve|propre|nette|belle|seche|rouge|grasse|d un|d une|comme))"
    r"|\b(?:ses|tes|vos|leurs|son|ton|sa|ta) (?:pneus|vitres|chars?|autos?|fenetres|voiture|maison) (?:vont|va) y gouter\b"
    r"|\ben mille morceaux,? (?:pis|et) (?:toi|vous|lui|elle|eux) avec\b"
    # « il sortira pas de là en un seul morceau », « je vais faire de ton année un enfer »
    r"|\b(?:sortir\w*|ressortir\w*|repartir\w*|rentrer\w*) (?:pas |jamais |plus )?(?:de la |d ici |chez (?:lui|vous|toi|eux) )?en un (?:seul )?morceau\b"
    r"|\b(?:arranger|arrange\w*|faire en sorte|faire|assurer|assure\w*) (?:pour )?que (?:ton|ta|votre|sa|son|leur) (?:vie|annee|journee|semaine|job|travail|sejour|session|mois) (?:soit|devienne) un (?:enfer|cauchemar)\b(?! de (?:plaisir|fun|joie|bonheur|rire))"
    r"|\b(?:rendre|faire de|transformer) (?:ta|votre|sa|ton|leur) (?:vie|annee|journee|semaine|job|session) (?:un|en) (?:enfer|cauchemar)\b"
    r"|\bje sais ou tu (?:gares|stationnes|travailles|vas|passes)\b|\bde quel bois je me chauffe\b"
    r"|\bamene\w* (?:tes|vos) (?:chums|amis|gars|boys|cousins|freres)(?: (?:demain|ce soir|a soir|samedi|vendredi|apres l ecole|apres la game|apres la partie|au stationnement|dehors)){0,2} "
    r"(?:tu vas|vous allez|t vas) en avoir besoin\b(?! pour)"
    r"|\b(?:on va|je vais|j vais|jvais|on vas) (?:se rappeler|se souvenir|me rappeler|me souvenir|noter|retenir|garder)\b[^.!?]{0,30}\b(?:vos|tes|leurs|ton|votre) adresses?\b(?! (?:courriel|electronique|postale|email|de courriel))(?![^.!?]{0,50}\b(?:pour|afin)\b)"
    r"|\b(?:je|on) (?:sais|sait) (?:ou|a quelle heure|quand) (?:tu|vous) (?:prends ton cafe|prenez votre cafe|dejeunes|dejeunez|finis|finissez|sors|sortez|"
    r"fais ton epicerie|faites votre epicerie|vas chercher tes enfants|allez chercher vos enfants|reconduis tes enfants|reconduisez vos enfants)\b"
    r"(?![^.!?]*\b(?:venez|viens|passe|passez|rejoins|rejoignez|invite|invitons|on vous garde|on te garde|alors|donc|pour|ramass\w*|ramen\w*|"
    r"attend\w* avec|attendra avec|souper|muffins?|gratuit\w*|service de garde|ouvert|rencontre))"
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
    r"|\b(?:je vais|jvais|j vais|on va) (?:te |t |vous |l |la |le )?(?:humilier|ridiculiser|pourrir la vie|detruire (?:ta|ta vie|sa|votre)\b)"
    r"|\bje vais faire en sorte que (?:toute l ecole|tout le monde|toute la classe) (?:sache|voie|sachent)\b"
    r"|\b(?:gout\w*|manger) (?:a |de )?(?:mon|mes) poings?\b"
    r"|\b(?:celui|celle|ceux|le premier|la premiere|quiconque) qui .{0,60}\b(?:va|vont|ira) (?:y gouter|le regretter|le payer)\b"
    r"|\b(?:des gars|des amis|des chums|du monde|des cousins) qui (?:\w+ ){0,3}(?:jaser|parler|s occuper) (?:avec |de )?(?:toi|vous)\b"
    # Veiled: harm wished as an « accident », a car, a body « in one piece », « more than words ».
    r"|\b(?:serait|ce serait) (?:bien |vraiment )?(?:dommage|plate|triste) que? (?:il|on|elle|ton|ta|votre) (?:\w+ ){0,3}(?:arrive\w* (?:quelque chose|un accident|malheur)|se bless\w*|se fasse mal)"
    r"|\bfaire sauter (?:l ecole|la polyvalente|l autobus)\b"
    r"|\bwatch\w* (?:tes|vos|ses) arrieres\b|\b(?:repart|revien)\w* pas (?:en|d) un (?:seul )?morceau\b"
    r"|^(?!.*\b(?:platre|bequilles|entorse|fracture|blessure|blesse\w*|cass\w* (?:la|le|sa|son|les|ses) (?:cheville|jambe|pied|genou)\w*)\b)"
    r".*?\b(?:repart|revien|sort|ressort|fini|termin|rentr)\w* pas (?:\w+ ){0,3}?sur (?:ses|tes|vos|leurs) deux (?:pieds|jambes)\b"
    # « le coach va le regretter », « tes pneus vont s'en souvenir », « combien de temps tu vas dormir tranquille »
    # « on va aller lui expliquer notre façon de penser, toute la gang »
    r"|\bon va (?:aller )?(?:lui|leur) (?:expliquer|dire|montrer|faire comprendre) (?:notre|ma|nos) facon de penser\b"
    # the children as a lever: « tes enfants vont avoir un hiver difficile si tu continues »
    r"|\b(?:tes|vos|ton|ta|votre) (?:enfants|kids|flos|petits|gars|fille|fils|famille) (?:vont|va|pourrai\w*) (?:avoir|passer|vivre) "
    r"(?:un|une|des) (?:\w+ ){0,2}?(?:difficiles?|durs?|dures?|penibles?|mauvais\w*|longs?|longues?)\b[^.!?]{0,40}?\bsi (?:tu|vous) continu\w*"
    r"|\b(?:le|la|l|ce|cet|cette|ton|ta|votre) (?:coach|prof|professeure?|directeur|directrice|arbitre|chauffeur|chauffeuse|enseignante?|"
    r"entraineur|entraineuse|surveillante?|secretaire|concierge|voisine?|tes) (?:\w+ ){0,3}?(?:va|vont) (?:le regretter|le payer|y gouter)\b(?! (?:d avoir|de pas|de ne|de l avoir|de les avoir))"
    r"|\b(?:tes|vos|ses|ton|ta|votre) (?:pneus|vitres|fenetres|char|auto|truck|camion|chalet|maison|jambes|genoux|dents|chiens?|chats?) "
    r"(?:vont|va) s en (?:souvenir|rappeler)\b(?!\W*(?:du|de la|des|de l|de ce|de cette|de ces|de notre|de votre)\b)"
    r"|\b(?:on va voir|on verra|tu vas voir|vous allez voir) combien de temps (?:tu vas|vous allez|il va|elle va|tu peux|vous pouvez) (?:\w+ )?dormir tranquilles?\b"
    # « continuez pis on va voir combien de temps vous gardez votre poste »
    r"|\b(?:on va voir|on verra|tu vas voir|vous allez voir) combien de temps (?:tu|vous|il|elle) (?:vas |allez |va |allait )?(?:gard\w*|conserv\w*) (?:ton|votre|son|sa|ta) "
    r"(?:poste|job|emploi|permanence|place|contrat)\b"
    # « le prochain qui touche à mon coffre va se ramasser à l'urgence »
    r"|\b(?:le prochain|la prochaine|celui|celle|ceux|quiconque) qui .{0,60}\b(?:va|vont|ira) (?:se ramasser|finir|aboutir) "
    r"(?:a l urgence|a l hopital|aux soins intensifs|sur une civiere|dans le coma|six pieds sous terre)\b"
    # doxxing as an ultimatum: « (j'ai son adresse.) Je la mets ici si elle répond pas »
    r"|\b(?:je (?:la|le|les) (?:mets|publie|poste|partage)|je vais (?:la|le|les) (?:mettre|publier|poster|partager)) "
    r"(?:ici|en commentaires?|sur (?:le|la) (?:groupe|page|mur)|sur facebook|publiquement) (?:\w+ ){0,3}?si (?:elle|il|vous|tu|ils|elles) "
    r"(?:ne )?(?:me |nous )?(?:repond|rappel|s excuse|retire|corrige|paye|rembourse)\w* pas\b"
    r"|\b(?:je|j) (?:passe|vois) (?:devant|pres de) (?:ta|votre) (?:maison|porte|cour|demeure)\b(?: \w+){0,8}? (?:tous les (?:matins|soirs|jours)|chaque (?:matin|soir|jour))\b"
    r"(?![^.!?]{0,80}\b(?:covoiturage|lift|prenne|prendre|ramass\w*|depos\w*|porter|chercher|reconduir\w*|amen\w*|embarqu\w*)\b)"
    r"|\bwatch\w* (?:ton|ta|tes|votre|vos) (?:truck|char|auto|pneus|vitres|maison|chalet|camion|pick up)\b(?![^.!?]{0,60}\b(?:glace|verglas|neige|grele\w*|grelons?|vents?|branches?|tempete|chevreuils?|orignal|voleurs?|vols?)\b)"
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
    # « tu vas sortir sur une civière » (not a warning: « mets ton casque sinon… »)
    r"|^(?!.*\b(?:sinon|si (?:tu|vous) (?:te|vous) bless\w*|casque|ceinture|prudent\w*|attention)\b).*?\b(?:tu vas|vous allez) (?:sortir|repartir|finir|ressortir) (?:en|sur une) (?:ambulance|civiere)\b"
    r"|\b(?:t as|tu as|vous avez|t a) nulle part (?:ou|pour) (?:te|vous) cacher\b|\b(?:tu pourras|tu peux|vous pourrez|vous pouvez) (?:pas|jamais) (?:te|vous) cacher (?:longtemps|toute ta vie|eternellement)\b"
    # (not « les élèves étaient à ramasser à la petite cuillère », exhausted; nor « t'as pas le
    # choix de te battre contre la maladie »)
    r"|\b(?:je ne|je|j) (?:reponds|repondrai) (?:plus|pu|pas) de mes actes\b|\b(?:te|vous) ramasser a la petite cuill\w*"
    r"|\b(?:on va|je vais|j vais) tout (?:sortir|dire|publier|reveler|raconter) sur (?:votre|ta|sa|leur) vie privee\b"
    r"|\b(?:je vais|j vais|jvais) te trouver\b[^.!?]{0,60}\bpas le choix de te battre\b"
    # property as the price of an ultimatum, a visit with a bat, arson, a spared witness
    r"|\bsinon (?:ton|ta|tes|votre|vos) (?:char|auto|voiture|maison|vitres?|casier|truck|pneus) (?:va|vont) (?:etre|finir|se retrouver) (?:en mille morceaux|en miettes|en feu|brule\w*|defonce\w*|scrape\w*|raye\w*|creve\w*)"
    r"|\b(?:tu risques|tu risque) d avoir (?:des|une|de|des mauvaises) (?:mauvaises )?surprises? (?:dans|sur|devant) (?:ton|ta) (?:entree|cour|char|auto|maison|pelouse|perron)"
    r"|\b(?:debarqu|arriv|ressour|pass|pointe|rend|vais|va|viens)\w* chez (?:vous|toi|lui|eux|vous autres)\b[^.!?]{0,20}\bavec (?:mon|ma|un|une|des|mes) (?:bat|bats|baton\w* de baseball|hache|gun|fusil|couteau|machette|carabine)\b"
    r"|\b(?:bidon|gallon|canisse|jerrican) d essence\b[^.!?]{0,60}\b(?:allumette|briquet|lighter)\b"
    r"|\b(?:pas de|sans) temoins? (?:cette fois|ce coup ci|ce coup la)\b|\bregl\w* (?:le|son|ton|votre) cas\b[^.!?]{0,40}\ba ma (?:maniere|facon|mode)\b"
    r"|\bdangereu\w* pour les (?:delateurs|stools?|porte paniers|mouchards)\b|\bprofite\w* (?:bien )?(?:de )?ta derniere (?:semaine|journee|annee|soiree) tranquille\b(?! avant)"
    # sextortion: « j'ai tes photos privées, si tu me donnes pas 50 piasses… »
    r"|\b(?:tes|vos|ses) (?:photos?|videos?|nudes?) (?:privees?|intimes?|nue?s?)\b[^.!?]{0,80}\bsi (?:tu|vous) (?:ne )?(?:me )?(?:donnes?|donnez|payes?|payez|envoies?|envoyez)\b"
    # « la prochaine fois, c'est pas un courriel que vous allez recevoir »; blackmail; tyres slashed
    r"|\b(?:la prochaine fois|si ca (?:continue|se reproduit|recommence)|sinon)\W+c est (?:pas|plus) (?:un|une|des) (?:courriel|message|lettre|appel|texto)s? (?:que )?(?:vous allez|tu vas|il va|elle va|vous aurez|tu auras) recevoir\b"
    r"|\b(?:on va|je vais|j vais|jvais) tout (?:dire|raconter|devoiler|publier|sortir) si (?:vous|tu) (?:me |nous |le |la |l )?"
    r"(?:coul|punis|suspend|denonc|renvoi|renvoy|expuls|congedi|bloqu|ignor|fai\w* pas|pay\w* pas|donn\w* pas|recal)\w*"
    r"|\b(?:je vais|j vais|jvais|on va|je vas) (?:te |vous |leur |lui )?(?:crever|taillader) (?:les|tes|vos|ses|leurs) (?:pneus|vitres|chars?|autos?|miroirs)\b"
    # « si mon enfant se blesse encore, la surveillante va finir à l'hôpital elle aussi »
    r"|\bsi [^.!?]{0,80}\b(?:bless|frapp|pouss|touch|tomb|mord)\w*[^.!?]{0,60}\b(?:va|vont) (?:finir|se ramasser|se retrouver) a l (?:hopital|urgence) (?:elle|lui|eux|elles) aussi\b"
    # « si t'en parles à la TES, ton cell va avoir un petit accident »
    r"|\b(?:ton|ta|tes|votre|vos) (?:cell\w*|char|auto|bicycle|velo|casier|maison|sac|ordi|telephone|truck|chien|chat)\w* (?:va|vont|pourrai\w*|risque\w*) (?:avoir|faire) (?:un|une) (?:petit |petite )?accident\b"
    # « on va régler ça après l'école, pis pas avec des mots »
    r"|\bregl\w* (?:ca|ca entre nous|nos comptes|son cas|ton cas)\b[^.!?]{0,40}\bpas (?:juste )?avec des mots\b"
    # « si Jonathan remet les pieds dans l'atelier, il va repartir en ambulance »
    r"|\bsi (?:jamais )?(?:\w+ ){0,4}?(?:remet\w* les pieds|revien\w*|se (?:pointe|montre|repointe|present)\w*|ose\w*|recrois\w*)\b[^.!?]{0,60}\b(?:il|elle|tu|t|ils|elles|vous) (?:va|vont|vas|allez) (?:repartir|finir|sortir|ressortir) en (?:ambulance|civiere)\b"
    # « le petit qui a poussé ma fille, j'vais l'attendre à la sortie »
    r"|\bqui (?:a|m a|t a|lui a|leur a) (?:pousse|frappe|battu|bouscule|intimide|insulte|niaise|traite|vole|blesse|crache|mordu|humilie|menace|harcele)\w* (?:ma|mon|mes|notre|nos) \w+[^.!?]{0,80}"
    r"\b(?:je vais|j vais|jvais|on va|je vas|j vas|jvas) (?:l|la|le|les) attendre\b"
    r"|\bautre chose que des mots\b|\bavec plus que des mots\b|\bon sait (?:c est )?(?:quoi|quel\w*|ou) (?:est |sont )?(?:ton|ta|votre|vos|tes) (?:char|auto|voiture|maison|adresse|enfants?)\b"
)
# Warnings that are threats off the field and trash talk on it (« tu vas avoir affaire à
# moi en finale »): only where no game is named in the sentence.
_SOFT_THREAT = re.compile(
    r"\b(?:tu vas|t vas|vous allez|il va|elle va|ils vont) (?:avoir|devoir) affaire a (?:moi|nous|mon (?:mari|chum|frere|pere)|mes (?:freres|chums))\b"
    r"|\b(?:est|es|etes|sont) mieux (?:de|d) (?:faire attention|(?:se|te|vous) tenir (?:tranquilles?|loin)|(?:rester|se tenir) loin|surveiller (?:ses|tes|vos) arrieres)\b"
    r"|\bje connais du monde\b(?! (?:qui|a|au|aux|dans|en|pour|de|d)\b)"
    # an ominous warning with a time and no hazard: « Fais attention en sortant de l'école ce soir, M. Pelletier. »
    r"|\bfai\w* (?:bien )?attention (?:a toi )?(?:en sortant|quand (?:tu sors|vous sortez)|en partant|a la sortie)(?: (?:de l|du|de la) \w+)? "
    r"(?:ce soir|cette nuit|demain|apres la (?:game|reunion|classe|pratique))\b"
    r"(?![^.!?]{0,80}\b(?:glace|verglas|glissant\w*|neige|froid|pluie|tempete|brouillard|noirceur|travaux|chevreuils?|circulation|trafic|orignal|vents?|grele|flaques?|autos?|marche)\b)"
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
    r"|\b(?:tue|suicide|pends|jette)[- ]toi\b|\bkys\b|\bkill (?:yourself|urself|your self|ur self)\b"
    r"|\b(?:d en finir(?! avec)|de se tuer|de se suicider|de disparaitre|de mourir)\b[^.!?]{0,80}\b(?:allez y|vas y|faites le|fais le|gene toi pas|genez vous pas)\b"
    # « saute du pont en rentrant chez vous »; not a summer jump into the lake
    r"|\b(?:saute|sautez|va sauter|allez sauter|tu devrais sauter|jette toi|jetez vous) (?:du|d un|en bas du|en bas d un) "
    r"(?:pont|toit|balcon|edifice|building|falaise|viaduc|troisieme etage)\b(?![^.!?]{0,60}\b(?:lac|riviere|eau|piscine|quai|baignade|gilet))"
    r"|\b(?:va|vas|allez) (?:crever|mourir)\b(?! (?:de|d) (?:rire|plaisir|joie|envie|jalousie|faim|soif|chaleur|froid|ennui|fatigue|honte))"
    # « crève! », not « mon pneu est crevé », « on est crevés »
    r"|(?<!est )(?<!sont )(?<!suis )(?<!es )(?<!etait )(?<!ai )(?<!a )(?<!ont )(?<!pneu )(?<!chus )(?<!chu )(?<!ch )(?<!j suis )(?<!sus )(?<!t es )(?<!t as l air )(?<!reste )(?<!restee )(?<!tellement )(?<!trop )(?<!full )(?<!vraiment )(?<!ben )(?<!bien )(?<!on )(?<!je )(?<!j )\bcreve\b(?! (?:de|d) (?:faim|soif|chaleur|froid|rire|fatigue|peur|jalousie|envie|honte)| c(?:oe|œ)ur)"
    r"|\btu (?:devrais|ferais mieux de|merites de) (?:juste )?(?:te suicider|mourir|crever|disparaitre|te tuer|te pendre|en finir)"
    r"|^(?:disparais|disparaissez)$"
    # « aussi bien te tirer une balle », « t'as juste à te pendre »
    r"|\b(?:aussi bien|ferais (?:aussi bien|mieux) de|feriez (?:aussi bien|mieux) de|t as (?:juste )?a|tu as (?:juste )?a|vous avez (?:juste )?a) "
    r"(?:te|vous|t) (?:tirer une balle|pendre|jeter en bas (?:du|d un) (?:pont|toit|balcon))\b(?! dans (?:le|la|les|ton|ta|tes|votre|vos) )(?! (?:par|aux|au|a) )"
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
    # a dehumanising nickname (« on les appelle les légumes », « on devrait les appeler les plantes vertes »)
    r"\b(?:on|je|j|tout le monde|on devrait|faudrait) (?:les|l|la|le) (?:appel\w*|surnomm\w*) (?:les |des |mes |nos |la |le )?"
    r"(?:legumes|plantes vertes|meubles|dechets|poubelles|singes|cochons|animaux|betes de cirque)\b(?! (?:de|du|des|d|a|antiques?)\b)"
    r"(?![^.!?]*\b(?:club|equipe|benevoles|ferme|potager|pupitres|bureaux|bacs)\b)|"
    r"\b(?:tout le monde|on|allez|vous|tous) (?:\w+ ){0,2}(?:se moquer|rire) d (?:elle|lui|eux)\b"
    r"|\bjusqu a ce qu (?:elle|il) (?:quitte|parte|demenage|change d ecole|disparaisse)\b"
    # an exclusion enforced: « si quelqu'un lui parle, y'est out aussi », « personne l'ajoute »
    r"|\b(?:si quelqu un|le premier qui|celui qui|ceux qui) (?:lui|leur) parle\w*,? (?:\w+ ){0,3}?(?:out|dehors|exclu\w*|bloque\w*)\b"
    r"|\b(?:groupe|chat|page|party) sans \w+(?: \w+){0,4}?,? personne (?:l|la|le) (?:ajoute|invite|accepte)\b"
    # a newcomer's French mocked: « apprends à parler avant de venir voter »
    r"|\b(?:apprends|apprenez|apprend) (?:a parler|le francais|a parler francais|a ecrire) (?:comme du monde |comme il faut )?avant (?:de|d) "
    r"(?:venir )?(?:voter|chialer|commenter|critiquer|nous faire la morale|donner (?:ton|votre) avis|ouvrir (?:ta|votre) (?:gueule|yeule|bouche))\b"
    r"|\bregardez (?:cette|ce|la|le) (?:grosse|gros|laide|laid|boutonneuse|boutonneux)\b|"
    # A contest mocking someone: « c'est qui le plus laid de la cohorte? votez »
    r"\bc est qui (?:le|la) (?:plus|pire) (?:laid|laide|gros|grosse|cave|nul|nulle|epais|epaisse|con|conne|niaiseu\w*|dégueu\w*|degueu\w*)\b"
    r"(?: \w+){0,5}?(?: (?:de|du|des|d) (?:la |l |notre |votre |ta )?(?:classe|cohorte|groupe|equipe|ecole|gang|promo|secondaire|bus|autobus))|"
    # A contest mocking someone: « qui trouve la photo la plus laide de Julie G.? »
    r"\b(?:la photo|le selfie|la face|la pire photo) (?:la plus )?(?:laide|horrible|affreuse|degueu\w*) (?:de|d) "
    r"(?!(?:l|la|le|les|notre|nos|votre|vos|ce|cette|halloween|noel|l annee)\b)|"
    r"\b(?:on|allez|vous) (?:va |devrait |devriez |doit )?(?:tous |toutes )?(?:arreter de (?:lui|leur) parler|l ignorer|"
    r"l exclure|se moquer d (?:elle|lui)|signaler son compte|la faire fermer|le faire fermer)"
    r"|\bpartage\w* (?:sa|ses|leur) (?:photo|photos|video|videos)\b|\ballez (?:tous |toutes )?(?:commenter|ecrire) sur (?:sa|son) (?:page|compte|mur)"
    r"|\bpersonne ne (?:l|les) aime\b|\btout le monde (?:le|la|les) deteste\b|\binonde\w* (?:sa|son) (?:page|boite|compte)\b|"
    r"\bpersonne (?:ne )?(?:veut|voudra) (?:de toi|de vous|te voir|jouer avec toi)|\bpersonne (?:ne )?(?:t|vous) aime\b(?! (?:autant|plus|mieux|comme))"
    r"|\bon (?:ne )?veut (?:pas|pu) de (?:ta|votre|ton|vos) (?:famille|gang|enfants|fils|fille|gars|face)\b(?! qu\b)"
    r"|\bon (?:n )?invite (?:pas|jamais) (?!les |la |le |des |l |un |une |personne |rien |noel |paques |halloween |juste |seulement |plus |encore |toujours |souvent |[a-z]+ment )[a-z]+ (?:au|aux|a la) (?:party|souper|diner|dejeuner|5 a 7|fete|sortie|partys|soupers)\b"
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
    r"|\bpersonne (?:ne )?(?:lui|leur) (?:parle|adresse la parole)\b(?! (?:de|d)\b)|\bpersonne (?:ne )?parle a \w+ (?:au|a la|pendant|de la|a partir|jusqu)\b"
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
    # an exclusion organised in the open: « créez un groupe sans Mia »
    r"|\b(?:creez|creons|cree|creer|faites|faisons|on fait|on cree|on part) un (?:groupe|chat|gc|snap|groupe de chat|groupe snap|groupe messenger) (?:\w+ )?sans "
    r"(?!(?:les|la|le|l|des|un|une|frais|photos?|profs?|adultes?|parents?|pub|publicite|nom|filtre|inscription|cellulaires?|cell|ecrans?|telephones?|wifi|internet|sucre|gluten|alcool|plastique|jugement|stress|pression|limite|"
    r"parler|bouger|crier|rire|regarder|utiliser|toucher|courir|sortir|tricher|copier|manger|boire|jouer|voir|ecrire|lire|se)\b)[a-z]+\b"
    # (not a surprise being planned: « un groupe sans Mia pour planifier sa fête surprise »)
    r"(?![^.!?]{0,40}\b(?:surprise|cadeau|planifier s|organiser s|preparer s|feter)\w*)"
    # a fake account to post someone's photos
    r"|\b(?:compte|profil|page) (?:fake|fictif|anonyme|bidon|secret)\b[^.!?]{0,40}\b(?:poster|publier|mettre|partager|afficher) (?:les |des |ses )?(?:photos?|videos?|pics?|screens?|selfies?) "
    r"(?:de|d) (?!(?:la|le|l|les|nos|notre|vos|votre|classe|groupe|equipe|ecole)\b)[a-z]+"
    # someone asked to film a pupil's crisis or fall, to laugh at it
    r"|\b(?:crise|pete sa coche|pleur\w*|braill\w*|vomi\w*)\b[^.!?]{0,80}\b(?:quelqu un|qqn|qq1|quelqu1|on|vous) (?:peut|peu|pourrait|va|devrait|doit) (?:l|la|le) filmer\b"
    # « repostez partout la vidéo de Mathis qui bégaie »
    r"|\b(?:repost|repartag|partag|envoy|diffus)\w* (?:\w+ ){0,3}(?:la|les|cette|sa|ses) (?:video|photo)s? (?:de|d) [a-z]+ qui (?:begai|bafouill|vomi|pleur|braill|se pisse|pisse|chie)\w*"
    # pork slipped to a Muslim pupil: « remplir le casier de Yasmine de tranches de bacon »
    r"|\b(?:casier|sac|lunch|boite a lunch|bureau|case) (?:de|d) [a-z]+ (?:de|avec|plein de) (?:tranches de )?(?:bacon|porc|jambon)\b"
    r"|\b(?:bacon|porc|jambon) dans (?:le|son) (?:casier|sac|lunch|boite a lunch) (?:de|d) [a-z]+"
    # « les profs en adaptation, c'est ceux qui étaient trop poches pour enseigner au régulier »
    r"|\b(?:c est|c etait) ceux qui (?:etaient|sont|etait) (?:trop (?:poches|nuls|nulles|caves|niaiseux|mauvais|mauvaises|cons|connes|stupides)|pas assez (?:bons|bonnes|intelligents|intelligentes)) pour\b"
    # a pupil filmed in a crisis, to be shared; an accent imitated for laughs
    r"|\b(?:filme|filmee|photographie\w*|enregistre\w*) (?:\w+ ){0,2}(?:en (?:pleine )?crise|en pleurs|en train de (?:pleurer|vomir|crier))\b[^.!?]{0,60}\b(?:partag|diffus|publi|envoi|envoy)\w*"
    r"|\bfilmez [a-z]+ (?:\w+ ){0,6}(?:pete sa coche|fait (?:une|sa) crise|pleure|braille)\b"
    r"|\b(?:crise|pete sa coche)\b[^.!?]{0,60}\b(?:cells?|cellulaires?|telephones?) pour (?:le |la )?filmer\b"
    r"|\bparl\w* comme [a-z]+ avec (?:son|sa) (?:begaiement|zozotement|handicap)\b|\bimitation de l accent de [a-z]+\b"
    r"|\baccent\b[^.!?]{0,60}\bon (?:l|la|le|les) imit\w*|\bon (?:l|la|le|les) imit\w* (?:\w+ ){0,3}accent\b"
    # « on imite le bégaiement d'Anthony pendant sa présentation »
    r"|\bon (?:va )?imit\w* (?:le|la|l|son|sa) (?:begaiement|accent|boiterie|tics?|zozotement) (?:de|d) (?!(?:la|le|l|les|nos|notre|mon|ma|sa|son|ta|ton)\b)[a-z]+"
    # « ptite grosse pas de cou », « un pas de cou »
    r"|\b(?:gros|grosses?|espece de|un|une|p ?tite?) pas de cou\b"
    r"|\becri(?:vez|vons)[- ](?:y|lui) (?:tous|toutes)\b"
    r"|\b(?:a|elle) (?:l )?a pas d affaire (?:ici|dans)\b|^(?:hey|he|eille|heille) (?:la grosse|le gros|la laide|le laid)\b"
)
_ROLE = (
    r"(?:le|la|notre|votre|ce|cette|l) (?:(?:nouveau|nouvelle|nouvel|ancien|ancienne|vieux|vieille) )?(?:directeur|directrice|direction|prof|professeur|professeure|enseignant|enseignante|"
    r"secretaire|concierge|gardien|gardienne|entraineur|entraineuse|coach|president|presidente|dg|commissaire|surveillant|surveillante|"
    r"chauffeur|chauffeuse|educatrice|educateur|technicienne|technicien|tresorier|tresoriere|infirmiere|psychologue|"
    r"gestionnaire|adjoint|adjointe|conseiller|conseillere|comptable|brigadier|brigadiere|transporteur|centre de services|commission scolaire|"
    r"principal|principale|bus driver|driver|traiteur|cuisinier|cuisiniere|"
    r"conseil scolaire|conseil|arbitre|pasteur|pretre|cure|imam|rabbin|animateur|animatrice|moniteur|monitrice|"
    r"organisateur|organisatrice|intervenant|intervenante|bibliothecaire|orthopedagogue|"
    r"coordonnateur|coordonnatrice|coordinateur|coordinatrice|responsable|delegue|deleguee|representant|representante|"
    r"superviseur|superviseure|contremaitre|psychoeducateur|psychoeducatrice|orthophoniste|tuteur|tutrice)(?: \w+){0,7}"
)
# What an accusation calls a person (« c'est une voleuse »).
CRIME_NOUN = (
    r"(?:voleur|voleuse|fraudeur|fraudeuse|escroc|crook|bandit|menteur|menteuse|pedophile|pedo|criminel|"
    r"criminelle|agresseur|agresseuse|abuseur|abuseuse|harceleur|harceleuse|alcoolique|drogue|droguee|pervers|perverse|raciste|predateur|predatrice)"
)
_CRIME = (
    r"(?:(?<!moment )(?<!temps )(?<!minutes )(?<!heure )(?<!heures )(?<!baiser )(?<!regard )(?<!fait )(?<!faire )(?<!fais )(?:vole\w*|a vole|volent)(?! (?:la vedette|le show|la show|le coeur|les coeurs|la victoire|au secours|de ses propres ailes|jusqu|vers|au dessus|en avion|dans les airs|en parapente|en helicoptere))|detourne\w*|a detourne|fraude\w*|a fraude|triche\w*|se drogue|boit au travail|harcel(?:e|es|ent|ait|aient|er)\b|"
    r"agresse\w*|abuse\w* de|vend\w* (?:les|des) (?:reponses|copies|questions) (?:des|de l|du|d) (?:examens?|tests?|exam)\b|boi(?:t|ve|vent) en cachette\b|(?:chang|modifi)\w* (?:les )?(?:presences|absences|notes|resultats) en cachette\b|fouill\w* dans (?:les|nos|vos|leurs) (?:dossiers|courriels|messages) (?:\w+ ){0,3}pour (?:aller )?(?:les |le |la )?(?:raconter|repandre|colporter|placoter|bavasser)|(?:a ete|est|etait|s est fait|se fait|se faisait) pay\w* (?:par (?:\w+ ){1,3}?)?pour (?:nous |les |leur )?(?:faire perdre|truquer|fermer les yeux)\b|se gard\w* (?:les|l|des|tout l) (?:cartes? cadeaux|dons|profits|argent|cadeaux|pourboires|fonds)\b|(?:a |ont )?garde\w* (?:les|l|des) (?:cartes? cadeaux|dons|profits|argent|pourboires|fonds) (?:\w+ ){0,5}?pour (?:elle|lui|eux|elles)(?: meme)?\b|(?:etait|a ete|est) achete\w* par (?:l autre (?:equipe|ecole)|les adversaires|l equipe adverse)\b|(?:etait|est) (?:full |completement |raide |encore )?(?:saoul|soul|paquete|drunk)\b(?=[^.!?]{0,60}\b(?:kids|enfants|eleves|jeunes|au volant|en classe|fosse)\b)|(?:racont\w*|divulg\w*) (?:les )?dossiers (?:medicaux|des eleves|scolaires)\b|chauff\w* (?:completement |full |raide |carrement )?(?:saoul|soul|soule|saoule|paquete\w*|en boisson|sur la brosse)\b|conduit (?:saoul|soul|soule|saoule|en boisson|en etat d ebriete|paquete\w*)\b|sen(?:t|tait) l alcool\b(?! a friction)|bat ses|(?:a )?trafiqu\w* (?:les|des|ses|nos) (?:notes|resultats|bulletins|chiffres|comptes|factures|examens)|touche les eleves|a couche avec|couche\w* avec (?:un|une|des|ses|son|sa) (?:eleve|eleves|etudiant\w*|jeune|jeunes|ado\w*|mineur\w*)|ment aux parents|falsifie\w*|graiss\w* la patte|"
    r"boi(?:t|vent) (?:du |de la |de l |des |sa |son )?(?:vin|biere|vodka|gin|alcool|rhum|whisky|fort|boisson|flasque) (?:\w+ ){0,2}?(?:dans|en|pendant) (?:sa|la|leur|ses|son) (?:classe|cours|local|job|travail|auto|autobus)|"
    r"boi(?:t|vent) (?:dans|en|pendant) (?:sa|la|leur|ses|son) (?:classe|cours|local|job|travail|auto|autobus)\b[^.!?]{0,80}?\b(?:vin|biere|vodka|gin|alcool|bouteille|flasque|rhum|whisky)\b|"
    r"se pa(?:ye|ie|yent|ient) (?:des|un|une|ses|son|sa) (?:voyages?|soupers?|restos?|restaurants?|vacances|chars?|voitures?|bijoux|massages?|cadeaux|cuisine) avec (?:le budget|l argent|les fonds|la caisse|les dons|nos taxes)|"
    r"(?:se fait|se faisait|s est fait|se font) pay\w* (?:en dessous de|sous) la table|(?:recoi\w*|touch\w*|accept\w*|a recu|a touche) des pots de vin|"
    r"(?:est|c est) (?:un|une) (?:(?:vrai|vraie|maudit|maudite|esti de|ostie de|sacre) )?"
    + CRIME_NOUN
    + r"|ment aux|a menti|mentent|(?:cache|a cache|couvre|a couvert) (?:des|les) (?:abus|cas|agressions)|pique dans|pige dans|se sert dans|(?:a|a deja) pris l argent (?:de|du|des)|empoche\w* (?:l argent|les dons|les fonds)|gonfle\w* les notes|fouill\w* dans les (?:photos|cellulaires|telephones|courriels) (?:privees? )?(?:des|de ses) (?:eleves|enfants)"
    r"|(?:est|arrive|enseigne|conduit|chauffe) (?:\w+ ){0,2}?(?:drunk|saoule?|soule?|stone|high|paquetee?) (?:la moitie du temps|au travail|en classe|tous les matins|le matin|au volant|pendant)"
    r"|est sur la drogue|boit (?:sur |pendant |au |en |durant )(?:les heures|le travail|la journee|classe|service|travail)"
    r"|touche (?:les|des|ses|aux) (?:eleves|joueuses|joueurs|enfants|filles|fillettes|garcons|jeunes|petits|petites)"
    r"|a (?:deja )?frappe (?:un|une|des|ses|les|mon|ma|mes|nos) (?:eleves?|enfants?|petits?|petites?|jeunes?|bebes?|joueurs?|joueuses?|fils|filles?|gars)\b"
    r"|tripot\w* (?:les|des|ses) (?:eleves|joueuses|joueurs|enfants|filles|fillettes|garcons|jeunes)\b"
    r"|(?:boi(?:t|vent)|prend un coup|prennent un coup) avant (?:les|ses|le|la|sa|son|leurs?) (?:games|matchs|parties|cours|classes|pratiques|runs?|trajets?|routes?|quarts?|shifts?|journees?)\b"
    r"(?![^.!?]{0,40}?\b(?:cafe|the|lait|jus|smoothie|eau|tisane|chocolat|gatorade|boisson energisante|proteines?)\b)"
    r"|condui\w* (?:\w+ ){0,3}(?:saoul|soul|sou|ivre|en boisson)|vend\w* de la (?:drogue|dope|weed|coke|pot)|arrive\w* (?:saoul|soul|sou|ivre|gele|gelee|stone)\w*|(?:a ete )?(?:renvoye|congedie|suspendu)e? .{0,40}\bpour (?:des )?attouchements|fait des attouchements|garde\w* (?:une partie de |toute )?l argent (?:des|de la|du)|deale|trafique|frappe (?:ses|les) (?:eleves|enfants|petits|jeunes|bebes|amis)"
    r"|a (?:eu )?des relations avec (?:une|un) (?:eleve|etudiant\w*)"
    # « vend du pot aux élèves », « a gagé sur la game », « boit le matin », « revend les portables donnés »
    r"|vend\w* (?:du|de la|des) (?:pot|weed|drogue|dope|coke|crack|hasch|mush|pilules|speed|mari\w*)\b(?! (?:de|d|a|au|pourri) )"
    r"|(?:a |ont |avait )?(?:gage|parie)\w* (?:de l argent )?sur (?:la|le|notre|leur|les|nos) (?:game|match|partie|joute|games|matchs|parties)\b"
    r"|boi(?:t|vent) (?:le matin|avant de (?:conduire|partir|chauffer|prendre la route)|au volant)\b"
    # not « boit le matin un grand verre d'eau », still « c'est pas du café dans son thermos »
    r"(?![^.!?]{0,40}?(?<!pas du )(?<!pas de )(?<!pas d )\b(?:cafe|the|lait|jus|smoothie|eau|tisane|chocolat|gatorade|boisson energisante)\b)"
    r"|revend\w* (?:les|des|nos|vos) (?:\w+ ){0,3}?(?:voles|volees)\b"
    r"|revend\w* (?:les|des|nos|vos) (?:\w+ ){0,3}?(?:donnes|donnees|de l ecole|de la fondation|de la classe|de l atelier|du labo|du laboratoire|du gym|du local|de la cafeteria|du club|du garage)\b[^.!?]{0,40}?\b(?:kijiji|marketplace|ebay|lespac|en dessous de la table|pour (?:elle|lui) meme|dans (?:ses|sa) poches?)\b"
    r"|se pai\w* (?:des |un |une |ses |son |sa )?(?:voyages?|vacances|soupers?|restos?|chalet|char|auto|bateau|piscine|spa|croisieres?|bouteilles|partys?)(?: \w+){0,4}? avec (?:notre|nos|votre|vos|l) argent\b|(?:vacances|voyages?|char|auto|piscine|chalet) (?:\w+ ){0,4}?(?:paye|payes|payee|payees) avec (?:notre|l) argent\b"
    r"|se rempli\w* les poches\b|se graisse\w*|(?:se fait |se font )?graisse\w* la patte|truqu\w*|magouill\w*|a un dossier (?:pour|criminel)|est corrompu\w*"
    # « s'est mis des primes dans les poches », « a vidé la caisse »
    r"|(?:s est|se sont|s etait) (?:mis|mise|rempli|remplie|garni) (?:\w+ ){0,5}?(?:dans )?les poches|se (?:met|mettent|mettait|mettaient) (?:\w+ ){1,6}?dans (?:les|ses|leurs) poches|(?:a|ont|avait|avaient) vide la caisse\b(?! (?:de|d) (?:livres|bouteilles|recyclage|jouets|vetements|materiel|pommes|lait|canettes))|(?:est |sont )?(?:parti|partie|partis|parties) avec (?:\w+ ){0,4}?(?:l argent|la caisse|les fonds|les dons|la cagnotte|les profits)(?![^.!?]{0,25}\b(?:banque|depot|coffre))"
    r"|(?:renvoye|congedie|suspendu|mis a la porte)e? (?:\w+ ){0,5}pour avoir (?:touche|agresse|frappe|vole|battu)\w*)"
)
# Opens the HOS rules on a bare accusation (« Des fraudeurs. »); HOS08 judges the sentence before.
_ACCUSATION_GATE = re.compile(rf"\b(?:un|une|des) (?:(?:vrai|vraie|vrais|vraies) )?{CRIME_NOUN}")
_DEFAMATION = re.compile(
    rf"\b{_ROLE} {_CRIME}\b|\b(?:m|mme|monsieur|madame)\.? \w+,? (?:(?:l|le|la|notre|votre|en|de|du) [\w-]+(?: [\w-]+){{0,3}} )?(?:a |a deja |avait )?{_CRIME}\b"
    # common knowledge as proof: « tout le monde à l'école sait qu'il a trafiqué les notes »
    rf"|\b(?:tout le monde (?:\w+ ){{0,4}}?(?:sait|le sait)|on (?:le )?sait (?:tous|toutes|tout)) qu (?:il|elle) {_CRIME}\b"
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
    # « son père paie la prof en dessous de la table »; « ça m'étonnerait pas qu'il boive en cachette »
    r"|\bpai\w* (?:la|le|l) (?:prof|professeure?|enseignante?|directrice|directeur|coach|arbitre|juge|correcteur|correctrice) (?:en dessous de|sous) la table\b"
    r"|\b(?:qu )?(?:il|elle|y) (?:boit|boive|boivent) en cachette\b"
    # a rumour about someone named in the sentence before: « tsé le surveillant? y touche les petites, passez le mot »
    r"|\b(?:il|y|elle) touche (?:les|des|aux) (?:petites|petits|enfants|eleves|filles|fillettes|garcons)\b(?! (?:avec|par|grace|au coeur|droit))"
)


_NAMING = re.compile(r"(?:appel|surnomm|trait)\w*")


def _said_words(sentence: _Sentence, quoted: Spans) -> list[str]:
    """The words said outside quotes, and the quoted nickname a naming verb gives
    (« on les appelle « les légumes » » uses the name; « si on te dit « va te pendre » » cites)."""
    words: list[str] = []
    naming = False
    for tok in sentence.toks:
        if not inside(quoted, tok.start, tok.end):
            words.append(tok.key)
            naming = _NAMING.fullmatch(tok.key) is not None or (
                naming and tok.key in ("les", "la", "le", "l", "de", "d")
            )
        elif naming:
            words.append(tok.key)
    return words


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
            said = " ".join(_said_words(sentence, quoted))
            if self.pattern.search(said) and self._keeps(doc, sentence):
                yield _hit(sentence, self.message)

    def _keeps(self, doc: Document, sentence: _Sentence) -> bool:
        """A last look at a matched sentence, for rules whose pattern cannot say all."""
        return True


# A group or a fake account made to mock someone: « un compte fake pour ridiculiser Mme X ».
_CAMPAIGN = re.compile(
    r"\b(?:groupe|page|compte|chat|conversation)(?: \w+){0,3} (?:juste )?pour (?:ecrire des "
    r"(?:commentaires|messages|affaires) sur|ridiculiser|humilier|se moquer de|rire de|niaiser|ecoeurer) "
    r"(?!nous|soi|les |la |le |des |ca )\w+"
    r"|\b(?:ridiculiser|humilier) (?:m|mme|madame|monsieur|la prof|le prof|l enseignante?)\b"
    r"|\b(?:groupe|page|compte|chat)\b[^.!?]{0,30}\bpour rire de la facon (?:que|dont) [a-z]+ (?:parle|marche|s habille|mange|rit|court|chante)\b"
    # « …until il delete son account », « on va la faire disparaître d'Insta »
    r"|\b(?:until|jusqu a ce qu) (?:il|elle|iel) (?:delete|supprime|ferme|efface)\w* (?:son|sa) (?:compte|account|page)\b"
    r"|\b(?:la|le|les|l) (?:faire|fera|va faire) disparaitre (?:d|de) (?:insta|instagram|tiktok|snap|snapchat|facebook|discord)\b"
    # « invitez-les plus aux activités », « on la laisse dîner toute seule »
    r"|\binvitez (?:les|la|le) plus\b(?! (?:souvent|tot|tard|longtemps|jeunes|grands|grandes|petits|petites|vieux|ages|nombreux|nombreuses))"
    r"|\bon (?:les|la|le|l) laisse (?:diner|manger|jouer|dans son coin|sur le banc|a l ecart|de cote|dans le coin) (?:tout seul|toute seule|tous seuls|toutes seules)\b"
    r"|\bpersonne (?:ne )?(?:la|le|les|l) (?:choisit|choisis) (?:dans son equipe|au|a la|pour)\b"
    # « n'importe qui qui parle encore à Samuel est out du groupe, on l'ignore jusqu'à la fin de l'année »
    r"|\b(?:n importe qui qui|quiconque|celui qui|celle qui|ceux qui|celles qui) (?:parle|parlent|jase|jasent) (?:encore |plus |)?(?:a|avec) [a-z]+ (?:est|sera|va etre|sont|seront) (?:out|exclu\w*|dehors)\b"
    r"|\bon (?:l|la|le|les) ignore\w* (?:jusqu|a partir|pour le reste|toute l annee|tout le reste)"
    # « si quelqu'un s'assoit avec Émile demain, y'est pu notre ami »
    r"|\bsi (?:quelqu un|qqn|quelqu1|tu|vous) (?:s assoit|s assoie|joue|parle|mange|se tient) avec [a-z]+\b[^.!?]{0,40}\b(?:est|es|y est|il est|t es) (?:pu|plus|out|pas) (?:notre |mon |ma )?(?:ami|amie|amis|chum|out|dans la gang|de la gang)\b"
    # « likez si vous trouvez que Jade devrait pas venir au bal »; an address posted with a call
    # to go and tell them (« comments » would read as a mention there)
    r"|\b(?:likez|like|liker|aimez|partagez|votez|commentez|reagissez|mettez un)\b[^.!?]{0,40}\bsi (?:vous trouvez|t trouves|tu trouves|vous pensez|tu penses|vous voulez pas|tu veux pas) qu(?:e)? "
    r"(?!(?:on|nous|l|la|le|les|il|elle|ils|elles|ca)\b)[a-z]+ (?:ne )?(?:(?:devrai\w*) (?:(?:pas|jamais|plus) (?:venir|aller|participer|jouer|revenir|etre invite\w*)|partir|changer d ecole|demenager|disparaitre|se faire renvoyer|etre renvoye\w*|etre exclu\w*|rester chez (?:eux|elle|lui|vous))|vienne|viennent|revienne|participe)\b"
    r"|\b(?:mis|mets|mettre|poste|publie|partage|donne|laisse|affiche)\w* (?:\w+ ){0,3}?(?:adresse|numero)\b[^.!?]{0,80}\ballez (?:y |lui |leur )?"
    r"(?:dire (?:votre|ta|sa|leur) facon de penser|dire deux mots|dire ce que vous pensez|parler dans (?:le casque|la face))\b"
    # a page of someone's humiliating or intimate photos: « une page insta avec les photos de
    # Josée qui braille dans le vestiaire », « un compte pour poster les photos de Maëlle dans
    # le vestiaire »
    r"|\b(?:compte|page|profil)\b[^.!?]{0,40}\b(?:photos?|videos?|pics?) (?:de|d) [a-z]+ "
    r"(?:qui (?:braille|pleure|vomi\w*|se change|se deshabille)|dans (?:le|les) (?:vestiaires?|douches?|toilettes?)|en (?:maillot|bobettes|sous vetements|brassiere|serviette))\b"
    # a photo posted with the pupil's address (« …qu'elle s'organise avec les commentaires »)
    r"|\b(?:mett|mis|mise|publi|affich|partag)\w* .{0,80}?\bavec (?:son|sa) adresse\b"
    # a pile-on by phone: « appelez-le tous à soir pour lui dire ce qu'on pense de lui »
    r"|\b(?:appelez|textez|ecrivez|spammez|callez|appelons|ecrivons)[- ](?:le|la|lui|les|leur|y) (?:tous|toutes)\b[^.!?]{0,40}\b(?:lui|leur) dire (?:ce qu|ce que|notre|votre|nos|vos|sa|ses)\b"
    # a page to rank people for mockery: « une page « Les pires joueuses de Lamèque » avec des photos »
    r"|\b(?:page|compte|groupe)\W+(?:les |la |le )?(?:pires|plus laides?|plus laids|plus grosses?|plus nulles?|plus poches|plus moches) "
    r"(?:filles|gars|joueu\w+|eleves|profs|finissant\w*|de l ecole|du secondaire|de la classe|de \w+ secondaire)\b"
    r"|\bclassement des (?:filles |gars |profs |eleves )?(?:les )?(?:plus laides?|plus laids|plus moches|plus grosses?|plus nulles?)\b"
    r"|\bclassement des pires (?:filles|gars|joueu\w+|profs|eleves|finissant\w*)\b"
    # someone's photos in the locker room or in a swimsuit, asked for or to be posted
    r"|\b(?:pics?|pictures?|photos?|videos?|nudes?) (?:de|d) (?!(?:la|le|l|les|nos|vos|notre|votre|classe|groupe|equipe)\b)[a-z]+ (?:dans (?:le|les) (?:vestiaires?|change room|douches?|toilettes?)|en (?:bobettes|sous vetements|brassiere|serviette))\b"
    # sextortion by price: « 200 $ ou je montre tes photos nues »
    r"|\b\d+ ?(?:\$ ?|piasses |dollars |bucks )?ou (?:je|j|on) (?:les |la |le )?(?:publie|montre|envoie|poste|partage|diffuse)\w* (?:tes|vos|ses|leurs|toutes|tous|partout)\b"
    # sextortion: « envoie-moi des photos pis j'arrête de dire à tout le monde que… »
    r"|\benvoi\w* (?:moi )?(?:des|tes|une|ta) (?:photos?|nudes?|pics?)\b[^.!?]{0,60}\b(?:j arrete|sinon|ou je|je dis|je le dis)"
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
    r"|\bpas (?:juste )?avec des mots\b"
    # what one knows of the informer's life: « je connais ta maison pis ton petit frère »,
    # « tes enfants vont à l'école Saint-Joseph », « c'est ta dernière semaine tranquille »
    r"|\b(?:je|on|j) (?:connais|connait|sais) (?:ou est )?(?:ta maison|ton adresse|ton petit frere|ta petite soeur|tes enfants|ton char|ta soeur|ton frere)\b"
    r"|\b(?:tes|vos) (?:enfants|kids|filles?|gars|fils) (?:vont|va) a (?:l ecole|la garderie)\b|\bta derniere (?:semaine|journee|annee|soiree) tranquille\b(?! avant)"
    # her address to be posted: « je vais les publier dans le groupe, on verra si elle fait la fière »
    r"|\b(?:je vais|j vais|jvais|on va) (?:les|la|le|l) (?:publier|poster|partager|afficher|mettre en ligne)\b|\bon verra si (?:elle|il) fait (?:encore )?(?:la|le) (?:fiere|fier|smatte|brave|frais|fraiche)\b"
    r"|\b(?:les|des) accidents (?:arrivent|ca arrive) (?:vite|vitement|souvent)\b|\bregarde (?:bien )?derriere toi\b|\bles murs ont des oreilles\b"
    # a memory and a pen: « je n'oublie rien », « les évaluations, c'est moi qui les signe »
    r"|\bon va s en (?:rappeler|souvenir)\b|\bbonne chance (?:pour|avec) (?:tes|vos|ton|votre|ta) (?:remplacements?|affectations?|evaluations?|postes?|contrats?|horaires?|permanence|reference)\b"
    r"|\bje n? ?oublie (?:rien|jamais)\b|\bon (?:a|va) (?:bien |tout )?(?:note|noter|garde|garder) (?:les|vos|leurs|tes) noms\b"
    r"|\b(?:vont|va) etre (?:\W* )?(?:tres |bien )?interessant\w* pour (?:vous|toi|eux)\b"
    r"|\bon va (?:te|vous) trouver\b(?! (?:un|une|des|du|de|d|la|le|les|l|quelqu|ca|ce|a|au|aux|pour|rapidement|vite|bientot|ton|ta|tes|votre|vos|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|ce|apres|avant|devant|dans|en|sur|chez)\b)"
)
_THANKS = re.compile(
    # (not « elle fait encore la fière », a sneer)
    r"\b(?:merci|bravo|felicitations|chapeau|courage|solidarite|(?<!la )(?<!le )(?<!les )(?:fier|fiere|fiers)|appui|excellent\w*|merite|geste|regle|heureu\w*"
    r"|belle entrevue|beau travail|beau debat|bon debat|bon travail|mises? a jour|bienvenue?)\b"
)
_BODY_REMARK = re.compile(
    r"\b(?:tout un body|un body|un beau body|jupe (?:courte|serree|de meme|moulante)|robe (?:courte|serree|moulante)|decollete\w*|s habille (?:de meme|comme ca|sexy)|"
    r"sexy|fesses|popotin|(?:un beau|un gros|un bon) (?:derriere|cul)|belles (?:courbes|jambes)|ses formes|ses leggings|bonne a croquer)\b"
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
_OFFERED = re.compile(
    r"\b(?:on a|j ai|jai|j a) (?:la|une|les|des) (?:video|videos|photo|photos|vid)\b[^.!?]{0,40}"
    r"\b(?:si (?:quelqu un|qqn|vous|tu) (?:la|les|le) (?:veut|voulez|veux)|qui (?:la|les) veut|en prive|dm|je (?:l|les) envoie)\b"
)


# « tout le monde bloque pis signale le compte de Justine », « on pourrait « oublier »
# d'inviter Julie »: « signale » is the weapon here, not a condemnation, so this is
# kept apart from _CAMPAIGN; the name caught is checked against the first names.
MOBBING = re.compile(
    r"\b(?:bloqu\w*|signal\w*|report\w*) (?:pis|et|and) (?:on )?(?:bloqu\w*|signal\w*|report\w*) "
    r"(?:le|son|leur) compte (?:de|d) (?P<who>\w+)"
    r"|\bon (?:pourrait|devrait|va) [«»\"' ]*oublier[«»\"' ]* d inviter (?P<guest>\w+)"
)

# Every phrase pattern, for the cheap gate (searched branch by branch, each
# branch only when one of its own necessary words is in the text).
# « sacre ton camp »: HOS03 reads it word by word; this only lets the post through the gate.
_GET_OUT = re.compile(
    r"\bsacr\w* (?:(?:moi|toi|nous|vous) )?(?:mon|ton|son|notre|votre|leur|leurs|le) camp\b"
)

_PHRASE_PATTERNS = (
    _GET_OUT,
    MOBBING,
    _ACCUSATION_GATE,
    _SEXIST,
    _REPLACEMENT,
    _SETTLERS_IMPOSE,
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
