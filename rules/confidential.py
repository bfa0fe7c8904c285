"""CON: confidential matters — litigation, a student's file or discipline,
a staff member's discipline, unpublished decisions and finances. The topic
alone is never enough: a general post on mental health, a budget adopted in
public council or a lawsuit in the news are not CON."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from .base import Example, Rule
from .document import Document
from .finding import Hit, Severity
from .folded import Sentence, finditer, folded, sentences
from .personal_context import person_names

CONFIDENTIAL_CLAUSES = (
    "CSNO-A-SECRETS",
    "CSTL-321-CONFIDENTIEL",
    "CSSCV-CONFIDENTIEL",
    "DSFNO-3-CONFIDENTIALITE",
    "CSSPO-CODE-CONFIDENTIALITE",
)

# Someone else's article, a course or a general explanation: not our own matter.
_ELSEWHERE = re.compile(
    r"\b(?:(?:selon|d apres) (?:radio|la presse|le journal|un article|les medias|cbc|tva|le devoir)|"
    r"rapporte\w*|article|reportage|radio canada|la presse|le devoir|"
    # a class exercise or a make-believe case: « une lettre de plainte formelle au père Noël »
    r"pere noel|exercice d (?:ecriture|argumentation)|proces (?:fictif|simule)|jeu de role|"
    r"journal|cbc|tva|aux nouvelles|les nouvelles|en ontario|aux etats unis|en france|au nouveau brunswick|"
    r"conference(?! de presse)|webinaire|formation sur|atelier|(?:semaine|journee|mois) (?:de la|de l|du|des|nationale|mondiale|internationale)|sensibilisation|"
    r"qu est ce qu|comment (?:reconnaitre|aider|accompagner)|saviez vous|capsule|fictive?s?|"
    r"exemple|modele|lettre formelle|on apprend|apprendre a|redig\w*|(?:dans|pendant) (?:le|mon|notre|un|ce) cours de|(?:parle|discute|appris|explique)\w* en classe|"
    r"les eleves ont|"
    r"en histoire|roman|personnage|piece de theatre|theatre|film|l histoire d (?:un|une))\b"
)


# Terms that are litigation by themselves; « poursuite » needs us in the sentence.
_STRONG_LITIGATION = re.compile(
    r"\b(?:mise en demeure|mises en demeure|plainte (?:formelle|officielle)|(?:reglement|entente) hors cour|"
    r"(?:deposer un|depose un|a depose un|deposera un) grief)\b"
)
# Negotiation positions and tender results before the board decides.
_STRATEGY = re.compile(
    r"\b(?:notre|nos) (?:offre|strategie|plafond|position|mandat) (?:\w+ ){0,4}(?:au|aux|du|des|"
    r"avec le|avec la|pour le|pour la) (?:transporteur|syndicat|fournisseur|negociation|contrat|"
    r"soumissionnaire)\w*|\bon ne bougera pas\b|\bcontre offre\b"
    # « le conseil est prêt à aller jusqu'à 4 % »: a bargaining ceiling before the deal
    r"|\b(?:est|sont) pret\w* a (?:aller|monter|offrir) jusqu a \d+(?: \d+)?(?: ?%| ?\$| pour cent| millions?)"
    r"|\bsoumissions (?:\w+ ){0,6}(?:sont rentrees|recues|ouvertes)|(?<!\d)(?<!\d )\d++(?: \d++)*+ \$ moins cher\b"
)
_LITIGATION = re.compile(
    r"\b(?:mise en demeure|mises en demeure|(?:un|le|notre|son|leur|mon|ma) grief|"
    r"(?:deposer|depose|deposera) (?:un|des) griefs?|poursuite (?:judiciaire|en justice|civile|"
    r"contre)|poursuites judiciaires|plainte (?:formelle|officielle|a la police|au tribunal|"
    r"au protecteur|a la commission)|recours collectif|action collective|injonction|"
    r"(?:reglement|entente) hors cour|(?:notre|leur|son|ses|nos|mon|l) avocat\w*|arbitrage de grief|litige|"
    r"les avocats (?:du (?:css|cs\w*|conseil|district|centre)|de la (?:commission|direction)|de l (?:ecole|employeur)|de notre|de nos)|entente de reglement|reglement (?:confidentiel|a l amiable)|poursuite (?:de )?\d++(?:[ ,.]\d++)*+ ?(?:m|k|millions?|\$)\S* (?:\$ )?contre|"
    r"proces (?:de|du) (?:notre|nos|mon|ma|l enseignant\w*|la directrice|le directeur|l ex|la prof|le prof))\b"
    r"|\b(?:poursuit|poursuivent|poursuivre|va poursuivre|veut poursuivre|menace de poursuivre|"
    r"a poursuivi|ont poursuivi) (?:le|la|l|les|notre|nos) "
    r"(?:css|cs\w*|centre|commission|conseil|district|ecole|direction|directeur|directrice|"
    r"enseignant\w*|prof\w*|employeur)"
    r"|\b(?:est|sont|a ete|ont ete|sera|va etre) poursuivi\w* (?:par|en justice|pour)"
    # a custody case before the court: « on passe en cour pour la garde »
    r"|\ben cour pour (?:la garde|la pension|le divorce)\b|\bgarde (?:partagee |des enfants )?devant (?:le juge|la cour)\b"
)
# How to complain is not a complaint: « Comment déposer une plainte formelle? »
# The writer speaking of themself, right before the health words.
_OWN = re.compile(r"\b(?:je|j|moi je)(?: \w+){0,2} $")
_PROCEDURE = re.compile(
    r"\b(?:comment (?:deposer|porter|faire|formuler)|(?:tu peux|vous pouvez) (?:demander|exiger|"
    r"reclamer) (?:une|un|la|le)|c est (?:ton|votre) droit|(?:pour|afin de) (?:deposer|porter|formuler) (?:une|un)|vous avez \d+ jours pour|"
    r"si vous (?:souhaitez|voulez|desirez) (?:deposer|porter|formuler)|procedure (?:officielle|de plainte|"
    r"pour)|formulaire de plainte)\b"
)
# The matter is ours: we, our school, a named person, a colleague, a parent.
_OURS = re.compile(
    r"\b(?:nous|notre|nos|on|je|j|mon|ma|mes|le css|la direction|l ecole|le syndicat|un collegue|"
    r"une collegue|ma collegue|mon collegue|un parent|une mere|un pere|des parents|la famille|"
    r"le directeur|la directrice|l enseignant\w*|le prof|la prof|m|mme|le district|le conseil|"
    r"la commission|le centre de services|l employeur|le syndicat|les parents (?:de|d)|"
    r"parents d un eleve)\b"
)

# Words of a student's file or discipline.
_FILE_TERMS = re.compile(
    r"\b(?:plan d intervention|p\.?i\.?|diagnostic\w*|diagnostique\w*|tdah|tda|tsa|autisme|autiste|"
    r"dyslexi\w*|dysphasi\w*|dyspraxi\w*|code de difficulte|code \d{2}|eleves? codee?s?|"
    r"medication|medicament\w*|"
    r"ritalin|concerta|vyvanse|evaluation (?:psychologique|neuropsy\w*|en orthophonie)|"
    r"trouble (?:\w+ )?(?:du |de |d )?(?:comportement|langage|apprentissage|opposition|anxieux|deficitaire)|"
    r"dossier (?:scolaire|medical|disciplinaire|d aide|comportemental|de comportement|psychologique)|"
    r"(?:\d+|deux|trois|quatre|cinq|plusieurs) suspensions|"
    # a pupil before the courts or under a court order, a pupil's own results
    r"cour juvenile|tribunal de la jeunesse|passe\w* en cour|arretee? par la police|casier judiciaire|"
    r"ordonnance de (?:la cour|non communication)|interdit de contact|"
    r"retiree?s? (?:de l autobus|du transport scolaire|de l equipe|du cours|de la classe) (?:pour|jusqu)|"
    r"(?:a|ont) (?:echoue|coule) (?:a (?:l |son |sa |ses |tous )|son |sa |ses |l examen|les examens|tous |toutes |tout |en )|"
    r"(?:revoir|reviser|refaire) son plan|\d+ jours de susp\w*|susp|"
    r"mise? dehors de l ecole|mise? a la porte de l ecole|signalement a la dpj|dpj|"
    r"suivie? (?:en |par l |par la |par le |avec l |avec la |avec le )(?:orthophon\w*|psycholog\w*|ergotherap\w*|"
    r"psychoeduc\w*|travailleuse sociale|travailleur social|pedopsy\w*)|mesures? d adaptation|"
    # « exclu pour le reste de la saison », « exclue de l'école jusqu'à »
    r"exclue?s? (?:pour (?:le reste|la fin|\w+ (?:jours|semaines|matchs))|de l ecole|de l equipe|jusqu)|"
    r"suspendue?|suspension|expulsee?|expulsion|renvoyee?|renvoi|"
    r"(?:s est fait|s est faite|se fait|s est fait|va se faire) (?:suspendre|expulser|renvoyer)|"
    # plural only with a term: « suspendus jusqu'à jeudi », not « les cours sont suspendus »
    r"(?:suspendu|expulse|renvoye)e?s (?:jusqu|pour (?:\w+ )?(?:jours?|semaines?)|(?:\d+|deux|trois|quatre|cinq) jours)|"
    r"mesure disciplinaire|sanction disciplinaire|comite disciplinaire|decision disciplinaire|retenue|local de reflexion|"
    r"anxiete|depression|idees suicidaires|automutilation|troubles? alimentaires?|enceinte|"
    r"anorexi\w*|boulimi\w*|hospitalise\w*|comite d intervention|pedopsychiatr\w*|psychiatr\w*|"
    r"transporte\w* (?:en ambulance|a l hopital)|en ambulance)\b"
)
# An identifiable student: a name or initials, or « un élève de ma classe ».
_STUDENT = re.compile(
    r"\b(?:un|une|le|la|mon|ma|notre|cet|cette) (?:de mes |de nos )?(?:eleve|eleves|etudiant|"
    r"etudiante|jeune|petit|petite|garcon|fille|enfant)s?\b(?:\s+\w+){0,4}\s+"
    r"(?:de|dans) (?:ma|notre|mon|la|leur) (?:classe|groupe|gang|equipe|cohorte|\d\w* annee)"
    r"|\b(?:un|une) de mes (?:eleves|etudiants|etudiantes|jeunes)\b"
    r"|\b(?:mon|ma|notre) (?:eleve|etudiant|etudiante|protege|protegee)\b"
    r"|\b(?:le|la) (?:fils|fille|garcon|gars|petit|petite|jeune) (?:de|du|d|des)\b"
    r"|\b(?:un|une|l) eleve de (?:\d\w*|premiere|deuxieme|troisieme|quatrieme|cinquieme|sixieme)"
    r"(?:\s+annee)?\s+[a-z]\b"
    r"|\b(?:l|cet|cette) (?:eleve|etudiant\w*|jeune)\s+(?:de (?:secondaire|sec|\d)\w*|qui (?:a|est))"
    r"|\b(?:les|mes|ces|nos|des) (?:\w+ )?(?:jumeaux|jumelles|freres|s(?:oe|œ)urs)\b"
    r"|\b(?:le|la) (?:petit |petite |grand |grande )?(?:frere|s(?:oe|œ)ur) (?:de|du|des|d)\b"
    r"|\b(?:de|dans) (?:ma|mon) (?:classe|groupe)\b"
    r"|\beleves? codes?\b"
    # « l'élève expulsé l'an dernier », « le grand de 4e secondaire », « mon p'tit loup du groupe 103 »
    r"|\b(?:l|cet|cette) (?:eleve|etudiante?) (?:expulse|suspendu|renvoye|exclu)\w*"
    r"|\b(?:le|la) (?:grand|grande|petit|petite) (?:de|en) \d\w* (?:annee|secondaire|sec)\b"
    # One pupil of a numbered group; the group itself (« retenue collective pour le groupe 103 ») is no one.
    r"|\b(?:un|une|l|cet|cette|le|la) (?:eleve|etudiante?|jeune|gars|garcon|fille|joueur|joueuse) "
    r"(?:du|de mon|de notre|de ma|dans mon|dans le) groupe \d{2,4}\b"
    r"|\b(?:notre|le|la|mon|ma) (?:joueur|joueuse|gardien|gardienne|capitaine) (?:#|no |numero )?\d{1,2}\b"
    r"|\b(?:mon|ma) (?:p tit|petit|petite|ptit|ptite) (?:loup|gars|bonhomme|cocotte|coco|puce|chou|homme|"
    r"bonne femme|c(?:oe|œ)ur)\b"
)
_INITIALS = re.compile(
    r"(?<!\w)[A-ZÉÈÊÀÂÎÔÇ]\.(?:-?[A-ZÉÈÊÀÂÎÔÇ]\.)?\s?[A-ZÉÈÊÀÂÎÔÇ]\.(?!\w)|\b(?:le|la) (?:petit|petite|jeune) [A-Z]\."
    r"|\b[A-Z][a-zé]+ [A-Z]\.(?!\w)|\b[A-Z]\.-[A-Z]\.|\b(?i:ma|mon|notre|le|la) (?:petite?|grande?|"
    r"jeune|eleve|élève|cocotte|coco) [A-Z]\.(?!\w)"
)
_STAFF_TITLE = re.compile(r"(?:M|Mme|Mmes|Mlle|Dr|Dre|Me)\b\.?")
# A rule for everyone: « en cas de bataille, suspension de 1 à 3 jours ».
_RULE_WORDS = (
    r"politique|reglement|code de vie|en cas de|si un eleve|lorsqu un eleve|quand un eleve"
)
_RULE_TALK = re.compile(rf"\b(?:{_RULE_WORDS})\b")
# A general statement about a group or a practice, not about one person.
_GENERAL = re.compile(
    r"\b(?:les eleves (?:qui|ayant|avec)|plusieurs (?:de nos |de mes )?eleves|certains eleves|tous les eleves|"
    r"nos eleves (?:ayant|avec|qui)|chaque eleve|un eleve sur|des eleves|tout eleve|procedure|"
    rf"{_RULE_WORDS})\b"
)
# Staff discipline: « notre collègue a été suspendu ».
_STAFF_DISCIPLINE = re.compile(
    r"\b(?:notre|mon|ma|un|une|le|la|l|nos|des) (?:ex |ancien |ancienne )?(?:collegue|collegues|prof|profs|"
    r"enseignant\w*|concierge|secretaire|directeur|directrice|surveillant\w*|educat\w+|chauffeur|"
    r"technicien\w*|orthopedagogue|psychologue|entraineur\w*|coach|stagiaire|suppleant\w*|"
    r"employe\w*|aide|preposee?)\b(?:\s+\w+\.?){0,3}\s*,?\s+"
    r"(?:a ete |ont ete |avait ete |avaient ete |est |sont |vient d etre |va etre |sera |s est fait |s est faite )?"
    r"(?:suspendu\w*|congedie\w*|renvoye\w*|mis a pied|mise a pied|mis a la porte|mise a la porte|"
    r"blame\w*|sanctionne\w*|sous enquete|en enquete|arrete\w*|accuse\w*|"
    r"en arret de travail|en burn ?out|en conge de maladie|"
    r"rencontree? par (?:les rh|les ressources humaines|la direction|l employeur) pour)"
    r"|\b(?:a recu|recoit|a eu|vient de recevoir) (?:une |un )?(?:lettre de reprimande|avis "
    r"disciplinaire|mesure disciplinaire|blame|suspension)"
    # « fait l'objet d'une enquête interne », a health leave named for a colleague
    r"|\b(?:fait|font) l objet d (?:une|un) (?:enquete|plainte|mesure disciplinaire|sanction)"
    r"|\breleve\w* de (?:ses|leurs) fonctions\b"
    r"|\b(?:prof|enseignant\w*|collegue|secretaire|directeur|directrice|concierge|educat\w+|"
    r"technicien\w*|orthopedagogue|chauffeur)\b(?:\s+\S+){0,12}?\s+(?:conge|arret de travail|absence)"
    r"(?:\s+\w+){0,2}\s+(?:pour|de|en raison d\w*) (?:un |une )?(?:epuisement|burn ?out|maladie|"
    r"depression|cancer|chimio\w*|chirurgie)"
    r"|\b(?:mme|monsieur|madame|m\.) ?\w{2,} (?:a ete |est |vient d etre )?(?:suspendue?|congediee?|renvoyee?)\b"
    r"|\b(?:il|elle) (?:a ete|est|vient d etre) (?:suspendu|suspendue|congedie|congediee|renvoye|"
    r"renvoyee|mis a pied|mise a pied)\b"
    r"|\benquete (?:\w+ )?(?:en cours )?(?:sur|visant|contre) (?:la|le|l|notre|un|une|nos) "
    r"(?:collegue|prof|enseignant\w*|concierge|secretaire|directeur|directrice|surveillant\w*|"
    r"educat\w+|chauffeur|technicien\w*|entraineur\w*|coach|employe\w*)"
)

# Someone's health named with its cause: « absente pour une chirurgie », « opérée
# hier pour un cancer ». Said of a named person, it is their private matter.
_HEALTH = re.compile(
    r"\b(?:(?:absente?|operee?|hospitalisee?|en conge|en arret(?: de travail)?|absences?)\w* (?:\w+ ){0,3}?"
    r"(?:pour|d|de|a cause d\w*|en raison d\w*|a la suite d\w*|suite a) (?:un |une |des |son |sa |ses )?|"
    r"(?:combat|combattre|(?:il|elle) a|a fait|lutte contre|vient d apprendre qu (?:il|elle) a|atteinte? d) (?:un |une )|"
    r"en (?=chimio|burn|depression|epuisement)|a commence (?:sa|ses) )"
    r"(?:chirurgie|cancer|tumeur|maladie grave|operation|depression|burn ?out|epuisement professionnel|"
    r"commotion|chimio\w*|radiotherapie|greffe|avc|infarctus|crise cardiaque|fausse couche|sclerose)\b"
    # « a été opérée hier », « opéré du genou »; not « le virage a été opéré ».
    # « un an après son AVC », « sa deuxième opération au cœur », « son Parkinson avance »
    r"|\b(?:son|sa|ses) (?:\w+ )?(?:avc|cancer|chimio\w*|radiotherapie|operation (?:au c(?:oe|œ)ur|cardiaque)|"
    r"fausse couche|parkinson|alzheimer|sclerose\w*|diabete|infarctus|crise cardiaque|burn ?out|"
    r"depression|commotion cerebrale|tumeur|greffe)\b"
    r"|\ble cancer (?:\w+ ){0,3}(?:est revenu|est de retour|s est propage)|\b(?:commence|commencera|"
    r"a commence|debute|debutera) (?:la|sa|ses|une|des) (?:radiotherapie|chimio\w*|dialyse)\b"
    r"|(?<!un ami )(?<!une amie )(?<!quelqu un )(?<!un eleve )(?<!un enfant )\b(?:est|sont) "
    r"(?:diabetique|epileptique|en dialyse|en soins palliatifs)\b"
    # a pupil's or a colleague's condition named: « Olivia fait de l'épilepsie »
    r"|\b(?:fait|fait de|fait des|fait une) (?:l )?(?:epilepsie|crises? d (?:epilepsie|anxiete|panique)|convulsions)\b"
    r"|\ballergie (?:mortelle|severe|grave|aux arachides|aux noix)|\bepileptique\b|\baux soins intensifs\b"
    r"|\b(?:se fai\w*|sera|a ete|vient d etre) opere\w* (?:hier|ce matin|cette semaine|la semaine derniere|"
    r"d urgence|(?:du|au) (?:genou|c(?:oe|œ)ur|dos|cerveau|pied|bras)|(?:de|a) la (?:hanche|jambe|main|tete|cheville))\b|\btraitements? de (?:chimio\w*|radiotherapie)"
)

# The person chose to tell it (« Clara a choisi de parler de son diabète », « avec la
# permission de Thomas ») : said once, it covers the whole post.
_CONSENT = re.compile(
    r"\b(?:a|ont) (?:choisi|accepte|decide) de (?:parler|partager|temoigner|raconter)"
    r"|\bavec (?:l accord|la permission|le consentement|l autorisation) (?:de|d|des|du)\b"
    r"|\bavec (?:son|leur) (?:accord|consentement|autorisation|permission)\b"
    # « Il m'a dit que je pouvais le partager », « elle nous a permis d'en parler »
    # one person's own request (« Sylvie nous a demandé de partager »); parents asking
    # the staff to pass on a pupil's medication is not consent to publish it
    r"|\b(?:m|nous) a demande de (?:partager|publier|annoncer)\b"
    r"|\b(?:m|nous) (?:a|ont) (?:dit|permis|autorise\w*) (?:que je pouvais|qu on pouvait|que nous pouvions|de|d) "
    r"(?:le |l |en |la )?(?:partager|publier|parler|raconter|dire)\b"
    r"|\b(?:il|elle|ils|elles) (?:est|etait|sont|etaient) d accord (?:pour|que) (?:je|j|on|nous) (?:le |l |en )?"
    r"(?:partag|publi|parl|racont)\w*"
)
# In the sentence itself, testimony counts too (« Clara a témoigné de son diabète ») ; not
# across the post, where « témoigne » may mean testifying in court.
_SHARED = re.compile(
    _CONSENT.pattern + r"|\b(?:temoigne|temoignera|temoignent|a temoigne)\b"
    r"|\bnous (?:a )?(?:parle|raconte|partage)\w* (?:de )?(?:son|sa|ses)\b"
)

# Unpublished decisions and finances.
_NOT_PUBLIC = re.compile(
    r"\b(?:pas encore (?:ete )?(?:annonce|officiel|public|publie|confirme|rendu public|rendue? publique?)\w*|"
    r"avant l annonce (?:officielle)?|(?<!d )entre nous|entre vous et moi|ne le (?:dites|repetez|dis) pas|"
    r"gardez (?:ca|le) pour vous|garder (?:ca|cela|le) pour nous|chut|info de couloir|"
    r"rien n est (?:encore )?(?:public|officiel|annonce)|pas encore (?:vote|adopte|enterine)|"
    r"ne l a pas encore (?:vote|adopte|annonce)|budget preliminaire|"
    r"top secret|en primeur|on n est pas (?:censes?|supposes?) "
    r"(?:le dire|en parler)|je ne devrais pas (?:le dire|en parler|vous le dire)|"
    r"(?:c est|ce n est pas) (?:encore )?(?:confidentiel|officiel)|off the record|sous embargo|"
    r"on (?:nous )?a (?:appris|annonce|dit) en (?:reunion|comite|ca|conseil) (?:ce matin|hier|"
    r"aujourd hui|du personnel|a huis clos)|a huis clos|scoop|pas encore sorti\w*|"
    r"avant que (?:ce|ca|cela) (?:soit|devienne|sorte) (?:officiel|public|annonce)\w*|"
    r"a ne pas (?:partager|diffuser|repartager)|document interne|version de travail|source interne|"
    r"non (?:publie|diffuse|rendu public)e?s?|ebauche (?:du|de la|des) (?:budget|plan|rapport)|"
    r"fuite (?:du|de la|d un|d une|des) (?:rapport|document|budget|plan|courriel|memo)|"
    r"(?:sort|sortira|publie|rendu public) pas avant|(?:ont|a) pas encore vu|negocie\w* en prive|"
    r"(?:rapport|sondage|audit|etats financiers|chiffres|memo|note de service)s? internes?|"
    r"(?:rapport|audit) d (?:audit|inspection|enquete|verification) internes?|"
    r"pas encore (?:dit|annonce|presente|montre) (?:au|aux|a la|a l)|"
    r"(?<!est un )(?<!est une )(?<!sont des )(?:plan|rapport|document|doc|budget|projet|courriel)\w* (?:\w+ )?confidentiel\w*|"
    r"pas encore (?:ete )?(?:presente|depose|soumis)e?s? (?:au|a la|aux) (?:ce|ca|conseil|comite|parents)|confidentiel pour (?:les membres|le comite|le personnel|la direction|l equipe|les profs|nous)|"
    r"n (?:a|ont) pas encore (?:fait l annonce|annonce|officialise|rendu public)|"
    r"(?:vu|appris|su|entendu|presente)\w* (?:a|en|lors de) (?:la )?(?:reunion|rencontre) "
    r"(?:du personnel|du comite|de direction|des directions|d equipe))\b"
)
_BOARD_MATTER = re.compile(
    r"\b(?:budget\w*|deficit\w*|surplus|compression\w*|coupure\w*|fermeture\w*|fermer|fermera|"
    r"fusion\w*|fusionner|abolition\w*|abolir|postes?|mises? a pied|licenciement\w*|"
    r"restructuration\w*|reorganisation\w*|demenag\w*|nomination\w*|nomme\w*|transfert\w*|"
    r"contrat\w*|salaire\w*|negociation\w*|offre\w*|directeur|directrice|direction|"
    r"grev\w*|enquete\w*|vente|terrain|agrandissement|projet de loi|bulletin\w*|resultats|"
    r"subvention\w*|financement|plan strategique|rapport|sondage|inspection|etats financiers|amiante|nouvelle ecole|investissement\w*|reamenag\w*|renovation\w*|(?<!\d)(?<!\d )\d++(?: \d++)*+ ?\$)"
)
# Published by the board itself: « un document interne que nous rendons public ».
_PUBLIC_NOW = re.compile(r"\bc est public\b|\best (?:maintenant |desormais )?public\b")
_MADE_PUBLIC = re.compile(
    r"\b(?:rend\w* public\w*|rendu\w* public\w*|publions|maintenant (?:en ligne|disponible|public))\b"
)
# Promising confidentiality is not breaking it.
_PROMISE = re.compile(
    r"\b(?:reste|restent|resteront|restera|demeure|demeurent|demeureront|sera|seront|sont|est)\s+"
    r"(?:strictement |tout a fait |entierement )?confidenti\w*\b"
    # « c'est confidentiel mais tout le monde devrait le savoir » tells it anyway
    r"(?!,? mais (?:tout le monde|je vous|on vous|vous devriez|je le dis))|anonymes? et confidenti\w*"
)


class Litigation(Rule):
    """Signale un litige qui touche l'école, le conseil ou son personnel :
    poursuite, mise en demeure, grief, plainte formelle, règlement hors cour.
    Les litiges sont « hors limite » ; un litige rapporté par les médias
    ailleurs ne l'est pas."""

    code = "CON01"
    name = "litige"
    title = "Litige en cours"
    severity = Severity.ERROR
    clauses = CONFIDENTIAL_CLAUSES
    fail_examples = (
        Example("Un parent nous a envoyé une mise en demeure ce matin.", ("mise en demeure",)),
        Example("Le syndicat a déposé un grief contre la direction.", ("déposé un grief",)),
    )
    ok_examples = (
        "Selon Radio-Canada, une poursuite vise un conseil scolaire de l'Ontario.",
        "La poursuite de nos activités parascolaires est confirmée.",
    )
    message = (
        "Litige : les poursuites, griefs, mises en demeure et plaintes formelles sont "
        "confidentiels. Retirez ce passage ; toute communication sur un litige passe par la "
        "direction ou le service des communications."
    )

    def check(self, doc: Document, parsed: Any | None) -> Iterable[Hit]:
        for sentence, m in finditer(_LITIGATION, doc):
            if _ELSEWHERE.search(sentence.text) or _PROCEDURE.search(sentence.text):
                continue
            # « le grief a été réglé! … c'est public depuis ce matin », said here or right after
            around = folded(doc)[sentence.start : sentence.end + 120]
            if _MADE_PUBLIC.search(around) or _PUBLIC_NOW.search(around):
                continue
            if not _OURS.search(sentence.text) and not _STRONG_LITIGATION.search(sentence.text):
                continue
            start, end = sentence.start + m.start(), sentence.start + m.end()
            if not doc.is_protected(start, end):
                yield Hit(start, end, self.message)
                break


class StudentFile(Rule):
    """Signale un renseignement du dossier d'un élève identifiable : diagnostic,
    plan d'intervention, médication, suspension ou expulsion d'un élève nommé,
    désigné par ses initiales ou par sa classe (« un élève de ma classe de 3e
    B »). Un message général sur la santé mentale ou sur le code de vie, qui
    ne désigne personne, n'est pas visé. Signale aussi la sanction d'un membre
    du personnel."""

    code = "CON02"
    name = "dossier-confidentiel"
    title = "Dossier ou sanction d'une personne identifiable"
    severity = Severity.ERROR
    clauses = (*CONFIDENTIAL_CLAUSES, "CSSPO-4-CONFIDENTIALITE", "CSNO-3B")
    fail_examples = (
        Example(
            "Léa a enfin reçu son diagnostic de TDAH, son plan d'intervention arrive.",
            ("diagnostic",),
        ),
        Example("Notre collègue a été suspendu hier.", ("Notre collègue a été suspendu",)),
    )
    ok_examples = (
        "Conférence pour les parents : comment accompagner un enfant ayant un TDAH.",
        "Les activités sont suspendues à cause de la tempête.",
    )
    message = (
        "Renseignement confidentiel : le dossier d'un élève (diagnostic, plan d'intervention, "
        "médication, mesures disciplinaires) ou la sanction d'un employé ne se publient pas. "
        "Retirez-le ; parlez-en seulement aux personnes concernées, en privé."
    )

    def may_apply(self, doc: Document) -> bool:
        text = folded(doc)
        return any(p.search(text) for p in (_FILE_TERMS, _STAFF_DISCIPLINE, _HEALTH))

    def check(self, doc: Document, parsed: Any | None) -> Iterable[Hit]:
        # A student is named without a title: « Mme Pelletier » is staff.
        everyone = person_names(doc.normalised)
        names = [span for span in everyone if not _STAFF_TITLE.match(doc.normalised, span[0])]
        units = sentences(doc)
        told = consented(folded(doc))
        for k, sentence in enumerate(units):
            text = sentence.text
            staff = _STAFF_DISCIPLINE.search(text)
            if staff and not _ELSEWHERE.search(sentence.text):
                yield self._hit(doc, sentence, staff)
                continue
            health = _HEALTH.search(text)
            if health and _OWN.search(text, 0, health.start()):
                health = None  # « Je serai absente pour une chirurgie »: one's own news
            if health and not _ELSEWHERE.search(text) and not _SHARED.search(text) and not told:
                # Anyone named in the sentence, a title included (« Mme Cormier »).
                around = [(s, e) for s, e in everyone if sentence.start <= s < sentence.end]
                # « Merci pour Chantal, notre secrétaire. Oui, elle commence la radiothérapie. »
                if (
                    not around
                    and k
                    and re.search(r"\b(?:il|elle)\b", text)
                    and not re.search(r"\b(?:quoi faire|quand un|si un|lorsqu)", text)
                ):
                    before = units[k - 1]
                    around = [(s, e) for s, e in everyone if before.start <= s < before.end]
                # Initials name a pupil too: « A.T. en 1re année a une allergie sévère ».
                # Initials cut a sentence short: the one before may end with them.
                begin = units[k - 1].start if k else sentence.start
                initials = _INITIALS.search(doc.normalised, begin, sentence.end)
                if not around and initials:
                    around = [(initials.start(), initials.end())]
                if around:
                    yield self._hit(doc, sentence, health, tuple(around))
                    continue
            term = _FILE_TERMS.search(text)
            if (
                term is None
                or _ELSEWHERE.search(text)
                or _GENERAL.search(text)
                or _PROCEDURE.search(text)
                or _SHARED.search(text)
                or told
            ):
                continue
            # Initials cut sentences short (« J.-F. T. est suspendu ») and threads name the
            # student once: look at the sentences around it too.
            near = [u for u in units if abs(u.start - sentence.start) <= 240]
            lo, hi = min(u.start for u in near), max(u.end for u in near)
            original = doc.normalised[lo:hi]
            named = tuple((s, e) for s, e in names if lo <= s < hi)
            # An account handle names someone too (« @nico.tremblay t'as fait ton évaluation? »);
            # the document already marks handles as protected « mention » spans.
            named += tuple(
                (p.start, p.end)
                for p in doc.protected
                if p.kind == "mention" and lo <= p.start < hi
            )
            if named or any(_STUDENT.search(u.text) for u in near) or _INITIALS.search(original):
                yield self._hit(doc, sentence, term, named)

    def _hit(
        self,
        doc: Document,
        sentence: Sentence,
        m: re.Match,
        named: tuple[tuple[int, int], ...] = (),
    ) -> Hit:
        # The student's name is what makes the file identifiable: masked in reports.
        return Hit(
            sentence.start + m.start(), sentence.start + m.end(), self.message, private=named
        )


class UnpublishedMatter(Rule):
    """Signale une décision, un projet ou des chiffres que le texte lui-même
    dit non publics (« pas encore annoncé », « entre nous », « on l'a appris
    en réunion ce matin ») : fermeture, fusion, compressions, budget, postes.
    Un budget adopté en séance publique ne l'est pas."""

    code = "CON03"
    name = "information-non-publique"
    title = "Information interne non publique"
    severity = Severity.ERROR
    clauses = CONFIDENTIAL_CLAUSES
    fail_examples = (
        Example(
            "Entre nous, l'école fermera en juin, ce n'est pas encore annoncé.",
            ("Entre nous",),
        ),
    )
    ok_examples = (
        "Le budget 2026-2027 adopté en séance publique est en ligne.",
        "Vos réponses au sondage resteront confidentielles.",
    )
    message = (
        "Information non publique : une décision ou des chiffres qui n'ont pas encore été "
        "annoncés officiellement ne se publient pas. Attendez l'annonce officielle ; en cas de "
        "doute, vérifiez auprès de votre supérieur."
    )

    def may_apply(self, doc: Document) -> bool:
        return (
            _NOT_PUBLIC.search(folded(doc)) is not None or _STRATEGY.search(folded(doc)) is not None
        )

    def check(self, doc: Document, parsed: Any | None) -> Iterable[Hit]:
        text = folded(doc)
        strategy = _STRATEGY.search(text)
        if strategy is not None:
            yield Hit(strategy.start(), strategy.end(), self.message)
            return
        if not _BOARD_MATTER.search(text):
            return
        for sentence, m in finditer(_NOT_PUBLIC, doc):
            if _PROMISE.search(sentence.text) or _MADE_PUBLIC.search(sentence.text):
                continue
            yield Hit(sentence.start + m.start(), sentence.start + m.end(), self.message)
            return


def consented(folded_text: str) -> bool:
    """The post says the person chose to tell it (« Avec la permission de Thomas et de ses
    parents, … »): the consent covers the sentences after it too."""
    return bool(_CONSENT.search(folded_text))


def is_general(folded_sentence: str) -> bool:
    """A rule for everyone or how to complain, not one person's matter (for CON04)."""
    return bool(_RULE_TALK.search(folded_sentence) or _PROCEDURE.search(folded_sentence))


RULES = (Litigation, StudentFile, UnpublishedMatter)
