"""Shared pieces of the HOS rules: clauses, sentence views, and the tests
for mention, negation and rebuttal that every hostile rule asks before
reporting (« Aucun propos raciste n'est toléré » is not racist)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from .document import Document
from .finding import Hit, Severity
from .hostile_text import (
    Tok,
    inside,
    lexicons,
    quoted_spans,
    sentences,
    tokens,
    verb_of,
)

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
    r"\b(?:tolere\w*|intolera\w*|(?!denoncez (?:le|la|les)\b)denon\w*|condamn\w*|combat\w*|lutt\w*(?! sans)(?<!nos luttes)(?<!vos luttes)(?<!leurs luttes)|signal\w*|inacceptable\w*|"
    # « ça devrait être interdit » demands a ban of what was named, unless what is named is hate itself
    r"(?<!devrait etre )(?<!devraient etre )interdit\w*|"
    r"(?:racisme|intimidation|blagues?|propos|haine|discrimination|homophobie|transphobie|sexisme|dire|insultes?|harcelement)\b[^.!?]{0,80}\binterdit\w*|sensibilis\w*|(?<!prefere )(?<!vaut )(?<!mieux )prevenir|prevention|contre (?:le|la|les|l) ?(?:racisme|sexisme|homophobie|"
    r"transphobie|xenophobie|haine|intimidation|discrimination|violence)|(?<!me l )(?<!m l )(?<!nous l )(?:a|as|avez|ont|auraient) dit|(?<!on )aurait dit|(?:a|ai|avons|avez|ont) entendu(?! que| qu)|"
    r"disait|disent|on entend (?:souvent |parfois |encore )?(?:dire )?que|comme moi|comme nous|(?:continu\w*|ose\w*|arret\w*) (?:a |de |d )?dire|pretend\w*|qualifi\w*|trait\w* (?:de|d)|appele\w* (?:les gens|quelqu|les autres)|"
    r"(?:arrete\w*|cesse\w*) (?:d|de) (?:appeler|dire|traiter|ecrire|publier|insulter|repeter)|du type|du style|propagande(?! (?:religieuse|islamiste|woke|lgbt\w*|trans|gaie?|musulmane))|consideraient|sectaire|"
    r"discrimina\w*|stereotype\w*|prejuge\w*|"
    # « un ancien joueur qui va parler du racisme qu'il a vécu »: a testimony about it
    r"(?:parl\w*|temoign\w*|racont\w*|conference|atelier|causerie|discussion) (?:\w+ ){0,2}?(?:du|de l|de la|sur le|sur la|sur l) ?"
    r"(?:racisme|homophobie|transphobie|sexisme|xenophobie|islamophobie|antisemitisme|haine|intimidation|harcelement)\b|"
    r"(?:racisme|homophobie|transphobie|sexisme|xenophobie|islamophobie|antisemitisme|intimidation|harcelement) "
    r"(?:qu (?:il|elle|ils|elles|on|j) (?:a|ont|ai) )?(?:vecu|vecue|subi|subie)\b|"
    # « analyser les discours racistes de l'époque »: a lesson about hateful speech
    r"discours (?:\w+ ){0,2}(?:racist|haineu|colonia|eugeni|antisemit|homophob|sexist|xenophob)\w*|"
    r"(?<!qui a )(?<!qui ont )(?<!qui m a )(?<!qui t a )(?:insulte\w*|injure\w*)|propos|commentaire\w*|slogan\w*|graffiti\w* (?:\w+ )?(?:raciste|haineu|homophobe|sexiste|antisemite|islamophobe|transphobe|xenophobe|disant|qui disent)\w*|"
    r"trait\w* (?:\w+ ){0,3}(?:de|d) (?:[«“\"] ?)?\w+|chose (?:terrible|horrible|affreuse) a dire|"
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
    r"(?:messages?|textos?|courriels?|lettres?|notes?|commentaires?|publications?) (?:anonymes? )?(?:disant|qui (?:disai|dis)\w*)|"
    r"(?:ces|les|de tels|des) (?:mots|propos|paroles|gestes|insultes|commentaires)(?: \w+)?(?: la)? (?:n )?ont (?:pas|aucune) (?:leur )?place|(?:des|les|ces|de) (?:mots|termes|expressions|insultes|surnoms) comme)\b"
)
_COPULA = frozenset(
    "sont est etes es etait etaient sera seront reste restent demeurent serez seras etre".split()
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
    r"curling|impro|improvisation|genies en herbe|quilles|bingo|mini-golf|mini golf|karting|lutte|roblox|fifa|nhl|call of duty|warzone|valorant|apex|overwatch|gta|halo|rocket league|smash|among us|bonhomme pendu|bataille de (?:boules de neige|neige|polochons|oreillers|coussins))\b"
    r"|\ben \d+ (?:coups|points|minutes|secondes)\b"
    r"|\b(?:boss final|final boss|boss de fin)\b"
    r"|\b(?:mario kart|fortnite|minecraft|roblox|smash bros|rocket league|tournoi (?:de |d )?(?:jeux? video|mario|fifa|nhl|smash))\b"
    # a score after the verb: « vous les avez massacrées 6-0 »
    r"|\b(?:massacr|ecras|detrui|plant|batt|lav|pulveris|rince|mang)\w* \d{1,2} (?:a )?\d{1,2}\b"
)
_VIOLENT_CUE = re.compile(
    r"\b(?:gueule|face|tete|dents|yeux|sang|mort|couteau|arme|poing|coups?|gorge|cou)\b"
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
    return (
        inside(quoted_spans(doc), start, end)
        or _MENTION.search(sentence.folded) is not None
        or _in_a_title(doc, sentence, start)
    )


# A work studied in class, named with its author: « on étudie Nègres blancs d'Amérique de
# Pierre Vallières ». The capital inside the sentence and the author's name mark the title.
_STUDIED = re.compile(
    r"\b(?:on (?:etudie|lit|a lu|analyse|a analyse)|(?:le|un) (?:livre|roman|recueil|essai|film|documentaire)|la piece|l oeuvre|l essai)\b"
)
_AUTHOR_AFTER = re.compile(r"\bd(?:e |')[A-ZÀ-Ý][\w-]+ [A-ZÀ-Ý][\w-]+")


def _in_a_title(doc: Document, sentence: _Sentence, start: int) -> bool:
    text = doc.normalised
    k = next((n for n, t in enumerate(sentence.toks) if t.start == start), 0)
    return (
        k > 0
        and sentence.toks[k - 1].key not in _DETERMINERS
        and text[start : start + 1].isupper()
        and _STUDIED.search(sentence.folded) is not None
        and _AUTHOR_AFTER.search(text, start, sentence.toks[-1].end) is not None
    )


def _matching(tok: Tok, table: dict[str, tuple[str, str]]) -> tuple[str, str] | None:
    for form in tok.forms:
        if form in table:
            return table[form]
    return None


_DETERMINERS = frozenset(
    "les des ces aux un une le la cette ce tous toutes sale sales nos vos mes tes ses leurs quel quelle "
    "certains certaines".split()
)


def _verb(tok: Tok) -> tuple[str, str] | None:
    for form in tok.forms:
        if (infinitive := verb_of(form)) is not None:
            return infinitive, lexicons().verbs[infinitive]
    return None


def _hit(sentence: _Sentence, message: str, severity: Severity | None = None) -> Hit:
    return Hit(sentence.toks[0].start, sentence.toks[-1].end, message, severity=severity)


# Endings of nouns for people (« pompiers », « centristes », « rugbymen »),
# for the many roles no list can hold.
_PERSON_ENDING = re.compile(r"(?:istes?|iers?|ieres?|eurs|euses?|rices?|iens|iennes?|men)$")


# Frequent words with those endings that never name people: « derrière l'école »,
# « leurs couleurs », « la première », « oublier » (drawn from wordfreq's commonest words).
_NOT_PEOPLE = frozenset(
    "abdomen acier aerienne aeriennes aeriens ailleurs allier amoureuse amoureuses anterieurs "
    "apprecier approprier arriere arrieres assiste associer atelier ateliers banniere barriere "
    "barrieres beneficier biens biere bieres bouclier boucliers cahier cahiers calendrier "
    "capteurs carriere carrieres chaleurs chaudiere chiens chier cicatrices cimetiere cimetieres "
    "clarifier clavier claviers coeurs collier compteurs concilier confier consiste copier "
    "couleurs courageuse courrier courriers couteuse creuse crier croisiere curieuse dangereuse "
    "dangereuses defier delicieuse deniers dernier derniere dernieres derniers derriere deviens "
    "differencier dossier dossiers douleurs douloureuse douteuse echiquier ecouteurs entier "
    "entiere entieres entiers entretiens eolienne eoliennes erreurs escalier escaliers etudier "
    "examen existe exterieurs fameuse fameuses faveurs fevrier fichier fichiers filiere filieres "
    "financiere financieres fleurs foncier fonciere frontiere frontieres fumier genereuse gibier "
    "glacier grenier hauteurs heureuse heureuses honneurs horreurs hospitalier humilier "
    "identifier immobilier immobiliere immobilieres immobiliers inferieurs initier insiste "
    "interieurs janvier joyeuse justifier laurier leurs levier liens liste listes longueurs "
    "lumiere lumieres lumineuse majeurs malheureuse malheurs maniere manieres marier matiere "
    "matieres matrice mefier meilleurs merdier merveilleuse metier metiers mienne miennes miens "
    "millier milliers minier miniere minieres mobilier modifier moeurs mortier moteurs multiplier "
    "mysterieuse negocier nerveuse nombreuse nombreuses odeurs oublier palier pallier panier "
    "papier papiers parier particulier particuliere particulieres particuliers persiste "
    "petroliere peurs photographier pilier piliers piste pistes planifier pleurs plier plusieurs "
    "poirier poussiere poussieres precieuse precieuses premier premiere premieres premiers "
    "prestigieuse previens prier priere prieres privilegier profondeurs projecteurs publier "
    "qualifier quartier quartiers quotidienne quotidiennes quotidiens rallier reacteurs "
    "reconcilier regulier reguliere regulieres reguliers relier remedier remercier renier resiste "
    "respectueuse retiens reviens rigoureuse riviere rivieres routiere sacrifier saveurs schiste "
    "secteurs sentier sentiers serieuse serieuses sienne siens signifier silencieuse simplifier "
    "singulier singuliere soucier souliers soutiens souviens specimen subsiste superieurs tablier "
    "tienne tiens tiers trier triste tristes tumeurs valeurs varier verifier viens volontiers".split()
)


def is_person(word: str) -> bool:
    return word in lexicons().people or (
        len(word) > 4 and word not in _NOT_PEOPLE and _PERSON_ENDING.search(word) is not None
    )


_POSSESSIVES = frozenset("leurs leur ses mes tes nos vos mon ton son sa ma ta".split())


def _said_before(doc: Document, sentence: _Sentence, count: int = 2) -> str:
    """The folded text of the sentences just before this one."""
    units = _sentences(doc, None)
    k = next((n for n, u in enumerate(units) if u.start == sentence.start), 0)
    return " ".join(u.folded for u in units[max(0, k - count) : k])


# Counter-speech the propaganda check must still respect (it cannot use _MENTION,
# which takes « propagande » itself for a report).
# A claim called by the bias it shows (« …, c'est du sexisme »).
BIAS_NAMED = r"c est (?:du|de la) (?:sexisme|racisme|misogynie|discrimination|xenophobie"
_COUNTER = re.compile(
    r"\b(?:denon\w*|condamn\w*|inacceptable\w*|intolera\w*|combat\w*|lutt\w*|homophob\w*|transphob\w*|"
    + BIAS_NAMED
    + r"))\b"
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


# « …de « voilée qui devrait retourner chez elle ». Ces propos n'ont aucune place ici. »
# Anchored: only ever matched at the start of the next sentence (and linear under search).
_CONDEMNATION_AFTER = re.compile(
    r"^\W*(?:ces|de tels|de telles|ce genre de|ce type de) (?:propos|menaces|messages|paroles|gestes|insultes|"
    r"commentaires|comportements|mots|attaques|textos)\b(?: \w+)? (?:sont|ne sont|n ont|n a|est|n est|doivent)\b"
)


_NOT_MY_JUDGEMENT = re.compile(
    r"\?|\b(?:disent|dit on|selon (?:certains|eux|elle|lui)|tant pis|assum\w*|et alors|pis apres|la verite)\b"
)


def condemned(folded_next: str, folded_after: str = "") -> bool:
    """Whether a sentence judges the words reported just before it; not when it
    is asked, attributed (« disent certains ») or taken back (« Tant pis »)."""
    return _CONDEMNATION_AFTER.match(folded_next) is not None and not _NOT_MY_JUDGEMENT.search(
        folded_next + " " + folded_after
    )


def refuted(folded_next: str) -> bool:
    """Whether a sentence refutes the one before it (« Non : c'est un préjugé. »).
    ``folded_next`` keeps its punctuation: « Pas vrai? » agrees, « Des préjugés?
    Non, des faits » asks, « pas du tout comme nous » goes on, « c'est faux,
    mais… » takes it back."""
    but = _BUT.search(folded_next)
    if _ASKS.search(folded_next) or (but and _TAKEN_BACK.search(folded_next, but.end())):
        return False
    return _REBUTTAL.match(folded_next) is not None


# How someone treats people, told (« traités comme des chiens »); not « je te traite de… ».
_TREATED_AS = re.compile(r"\btrait\w* (?:\w+ ){0,4}?comme (?:des|un|une|de la|du)(?: \w+)?$")
_DESERVED = re.compile(r"\b(?:merit\w*|devr\w*|doi\w*|faut|faudrait)\b")


def treated_as(sentence: _Sentence, i: int) -> bool:
    """« les soldats traitent les Acadiens comme des bêtes »: word ``i`` tells how
    people are treated; not « ils méritent d'être traités comme des bêtes »."""
    window = " ".join(t.key for t in sentence.toks[max(0, i - 8) : i])
    found = _TREATED_AS.search(window)
    return found is not None and not _DESERVED.search(window[: found.start()])


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


def _has_intent(sentence: _Sentence, verb: Tok) -> bool:
    """A wish, a plan or a call: « je vais », « on devrait », « éradiquons »."""
    imperative = verb.key.endswith(("ons", "ez")) and verb is sentence.toks[0]
    narrative = re.search(r"\b(?:ont|avait|avaient|a ete|ont ete|furent|fut)\b", sentence.folded)
    return imperative or (_INTENT.search(sentence.folded) is not None and not narrative)


def _negated_before(sentence: _Sentence, i: int) -> bool:
    return (
        re.search(
            r"\b(?:n|ne) (?:es|est|etes|sont|suis)? ?(?:pas|jamais|plus)\b", sentence.before(i)
        )
        is not None
    )


# « débile de bon », « malades de contents »: crazy good, crazy happy
GOOD_AFTER_DE = tuple("bon bons bonne bonnes beau beaux belle belles drole droles hot".split())
_GOOD_AFTER = [["de", w] for w in GOOD_AFTER_DE]


# Words that open a new phrase after the adjective, never a compound noun with it.
_PHRASE_AFTER = frozenset(
    "selon pis et mais hier aujourd ajd ce cette ces avec comme vraiment en pour lol mdr".split()
)


def _said_last(doc: Document, sentence: _Sentence, j: int) -> bool:
    """Whether word ``j`` ends its phrase (« débiles de bons! »), not a compound
    (« idiot de beau-frère », « imbécile de bon à rien »)."""
    rest = doc.normalised[sentence.toks[j].end :].lstrip(" ")
    if j + 1 < len(sentence.toks) and sentence.toks[j + 1].key in _PHRASE_AFTER:
        return True  # « débile de bon selon mon gars », « malade de beau hier »
    return not rest or (not rest[0].isalnum() and rest[0] not in "-'’")


_GLAD = frozenset(
    "content contente contents contentes heureux heureuse heureuses excite excitee excites excitees "
    "fier fiere fiers fieres".split()
)


def crazy_good(doc: Document, sentence: _Sentence, i: int) -> bool:
    """Whether the insult word at ``i`` only intensifies what follows it
    (« les acteurs étaient débiles de bons! », « débiles de fiers de nos finissants »)."""
    after = [t.key for t in sentence.toks[i + 1 : i + 3]]
    if after[:1] == ["de"] and after[1:] and after[1] in _GLAD:
        return True  # gladness is never the end of an insult (« imbécile de bon à rien » is)
    return after in _GOOD_AFTER and _said_last(doc, sentence, i + 2)


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


# Between a determiner and a noun used as an insult: « une vraie… », « des maudits… ».
_QUALIFIERS = frozenset(
    "vrai vraie vrais vraies maudit maudite maudits maudites gros grosse grosses sale sales "
    "petit petite petits petites pauvre pauvres esti osti ostie beau belle beaux belles".split()
)


def _condition_holds(condition: str, sentence: _Sentence, i: int) -> bool:
    if condition == "toujours" or not condition:
        return True
    if "+" in condition:
        # « determinant+sans-phrase:guerre »: every part must hold (« des infirmes », not
        # « les infirmes de guerre »)
        return all(_condition_holds(part, sentence, i) for part in condition.split("+"))
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
    if kind == "avec-phrase":
        # « on dirait une baleine échouée 😂 »: a comparison, not the whale at Percé
        return any(t.key in options for t in sentence.toks)
    if kind == "sans-phrase":
        # « le bâtard de Mme Ouellet (un croisé labrador-caniche) », « vous êtes des bêtes, c'était malade »
        return not any(t.key in options for t in sentence.toks)
    if kind == "determinant":
        # Used as a noun (« les retardés », « gang de retardés »), not as a
        # participle (« le vol est retardé »).
        before = [t.key for t in sentence.toks[max(0, i - 2) : i]]
        if before == ["comme", "des"] and sentence.toks[i].key in ("malade", "malades"):
            return False  # « on a ri comme des malades »: an intensifier
        if previous in _QUALIFIERS and before[:1] and before[0] in _DETERMINERS:
            return True  # « une vraie retardée », « des maudits drunks »
        return previous in _DETERMINERS or before in (["gang", "de"], ["bande", "de"])
    return True


# A weapon drawn beside someone found: « on a reconnu son char 🔪 »
_WEAPON_EMOJI = re.compile(
    "[\U0001f52a\U0001f5e1\U0001f52b\U0001f4a3\U0001fa93]"
)  # not 💀: teenagers laugh with it
# Words friends and parents tease with, said laughing; never the strong ones.
_MILD_TEASING = frozenset(
    "fou folle fous folles nono nonos tata tatas tarla tarlas pire clown clowns monstre monstres".split()
)
# Said with love (a heart, « je t'aime »), these tease; « T'es tellement une niaiseuse lol » does not.
# « ma petite est une vraie sangsue, elle veut des câlins 🥰 »: clinging, said with love
_AFFECTIONATE = frozenset("niaiseux niaiseuse niaiseuses sangsue sangsues".split())
_SKILL = frozenset("nul nulle nuls nulles poche poches".split())
_LAUGHING = re.compile(
    r"\U0001F602|\U0001F923|\U0001F605|\U0001F606|\U0001F92A|\bon a (?:tellement |ben |bien )?ri\b|\b(?:mourir|mort|morte|morts|crever|pisser) de rire\b|\blol\b|\bmdr\b|\bptdr\b|\blmao\b|\bhaha\w*|\bahah\w*|\bje (?:l|les|t|vous) aime (?:pareil|quand meme|gros)"
)
# Hearts, and the fire, applause and trophy of praise (« 10k vues, vous êtes fous 🔥 »)
_AFFECTION = re.compile(
    "[\u2764\U0001f496\U0001f495\U0001f497\U0001f49b\U0001f499\U0001f49c\U0001f49a\U0001f970\U0001f618"
    "\U0001f525\U0001f44f\U0001f64c\U0001f4af\U0001f929\U0001f3c6]"
    r"|\bje (?:t|vous) aime\b|\bje (?:l|la|le|les) aime (?:pareil|quand meme|gros)\b|\bfiers? de (?:toi|vous)\b"
)
