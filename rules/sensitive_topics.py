"""SEN: politics and religion, which CSNO annexe A calls provocative topics.
Info only: a partisan statement, a call to vote for someone, proselytising.
Civics lessons, a polling station at the school, a Christmas concert or
greetings for Ramadan, Diwali or Hanukkah are not SEN."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from .base import Example, Rule
from .document import Document
from .finding import Hit, Severity
from .folded import finditer, folded

SENSITIVE_CLAUSES = ("CSNO-A-SUJETS", "CSNO-A-CALME")

# Parties and leaders of Quebec, New Brunswick, Alberta and Canada (folded).
_PARTY = (
    r"(?:caq|pq|plq|qs|npd|ndp|ucp|pcc|ppc|bloc(?: quebecois)?|quebec solidaire|"
    r"parti (?:quebecois|liberal|conservateur|vert|progressiste|populaire|democratique|"
    r"de l alberta|uni|action)|coalition avenir quebec|conservateurs|liberaux|peq\w*|"
    r"caquistes?|neo democrates|legault|trudeau|poilievre|st pierre plamondon|nadeau dubois|"
    r"mark carney|danielle smith|blaine higgs|susan holt|naheed nenshi|jagmeet singh|"
    r"francois blanchet|drainville|gouvernement (?:legault|"
    r"caquiste|liberal|conservateur|federal|provincial|trudeau|carney|smith|higgs|holt))"
)
_VOTE_CALL = re.compile(
    rf"\b(?:(?:votez|votons|voter|vote|votes|je vote|j ai vote|on vote) "
    rf"(?:pour |contre )?(?:le |la |les |l )?(?:{_PARTY}|candidat\w*|depute\w*|(?:m|mme) [a-z]+)\b"
    rf"|(?:votez|votons|voter|vote|votes) (?:pour|contre) (?:ce parti|ce gouvernement|eux|lui)\b"
    r"|\b(?:fier|fiere) membre du parti|benevole pour la campagne|campagne (?:electorale|de notre "
    r"candidat\w*)|(?:faire|fais|fait) du porte a porte"
    rf"|\bvotez (?:\w+ ){{0,4}}sauf\b|\bcandidat\w* (?:du|de la|des|pour le|pour la) {_PARTY}"
    r"|\b(?:notre|mon|ma) candidat\w* (?:liberal\w*|conservat\w+|neo democrate|pequiste|caquiste|"
    r"solidaire|bloquiste|verte?|du \w+)"
    r"|\b(?:meritent?|merite) (?:\w+ )?(?:un |une )?(?:deuxieme|autre|second|seconde|nouveau|"
    r"troisieme) mandat|\benfin un (?:parti|gouvernement) qui\b|\bce gouvernement la\b"
    r"|\bvotez pour (?:un|une) (?:gouvernement|parti|candidat\w*)\b|\bpas pour ceux qui\b"
    r"|\b(?:voter|votez) pour (?:elle|lui|eux)\b(?=.{0,200}\bcandidat)|\bappuyer (?:\w+ ){0,4}candidat\w*"
    r"|\ble seul parti qui\b|\bqui d autre que (?:le|la|les) (?:parti|npd|caq|pq|plq|ucp)"
    r"|\bpromesses? electorales?\b|\ble choix (?:me semble|est) (?:assez |pas mal |plutot )?"
    r"(?:simple|clair|evident)\b"
    r"|\b(?:le quebec|l alberta|l acadie) (?:doit|devrait) (?:devenir un pays|se separer|faire "
    r"son independance)|\bquebec libre\b|\b(?:pour|contre) la souverainete\b"
    rf"|(?:elisez|reelisez|elire|reelire|battre|sortir|chasser|dehors|bloquer|appuyez|appuyer) "
    rf"(?:le |la |les |l )?{_PARTY}|(?:mon|notre) (?:candidat|candidate) (?:prefere\w*|favori\w*)"
    rf"|{_PARTY} (?:dehors|out)\b)"
)
# An opinion on a party or a government: praise or blame.
_OPINION = (
    r"honte\w*|incompetent\w*|menteu\w+|ment|mentent|detrui\w+|saccag\w+|mepris\w*|sabot\w+|"
    r"deconnecte\w*|ridicule\w*|catastroph\w+|desastr\w+|nul|nuls|nulle|pire|pires|"
    r"se moque\w*|s en fout\w*|merci|bravo|genial\w*|formidable\w*|le seul|les seuls|"
    r"le meilleur|la meilleure|il faut (?:le |la |les )?(?:sortir|chasser|battre)|"
    r"a bas|vive|coupe dans|coupent dans|coupe encore|mensonges?|propagande|dictature|demoli\w*|"
    r"ont rien compris|n ont rien compris|nous prend pour|ne merite pas|merite pas|arrogant\w*|"
    r"corrompu\w*|injuste\w*|chapeau|(?:aucune|pas|plus) (?:\w+ )?confiance"
)
_POLITICAL_OPINION = re.compile(
    rf"\b{_PARTY}\b(?:\s+\w+){{0,5}}\s+(?:{_OPINION})\b|\b(?:{_OPINION})\s+(?:\w+\s+){{0,3}}"
    rf"(?:au |a la |a l |aux |du |de la |des |le |la |les )?{_PARTY}\b"
    r"|\b(?:le|ce|notre|un|ces) (?:gouvernement|premier ministre|premiere ministre|ministre)"
    r"(?: la)? (?:\w+ ){0,3}(?:nous )?(?:ment|mepris\w*|detrui\w+|demoli\w*|saccag\w+|sabot\w+|"
    r"se moque|s en fout|abandonne|coupe|nous prend pour|ne merite pas|merite pas|arrogant|"
    r"corrompu|incompetent|deconnecte|dehors|n a rien compris|a rien compris|devrait avoir honte|"
    r"devrait demissionner)\w*"
    r"|\b(?:faut|il faut|on doit) (?:les|le|la) (?:mettre dehors|sortir|chasser|battre)\b"
    r"|\b(?:le|la) (?:ministre|premier ministre|premiere ministre) (?:\w+ ){0,3}(?:est|a ete) "
    r"(?:un |une )?(?:vraiment |completement )?(?:incompetent\w*|honte|menteu\w+|deconnecte\w*|"
    r"nul|nulle|ridicule|catastrophe|desastre)"
)
_PARTISAN_TAG = re.compile(r"(?<!\w)#(?:vote[zr]?|parti)[a-z]\w*")
_VOTE_FOR_NAME = re.compile(
    r"\b(?:[Vv]otez|[Vv]oter|[Vv]otons|[Vv]ote)(?: surtout)?(?: pas)?(?: pour)? "
    r"(?:[A-ZÉÈ][\w-]+ ){0,2}?[A-ZÉÈ][\w-]+"
    r"(?=[\s,.!]+(?:\w+ ){0,6}(?:candidat|candidate|d[ée]put[ée]|mairie|maire|conseill|circonscription|"
    r"dans [A-ZÉ]|à la mairie|le \d+ \w+))"
)
# A game, a class council or a contest is not an election.
_NOT_POLITICS = re.compile(
    r"\b(?:conseil etudiant|conseil des eleves|gouvernement etudiant|president\w* de classe|"
    r"representant\w* de classe|meilleur costume|citrouille|concours|simulation|elections? "
    r"scolaires?|vote etudiant|electeurs en herbe|cours d|lecon|nos eleves ont (?:appris|"
    r"decouvert)|comment fonctionne|bureau de vote)\b"
)

_PROSELYTISING = re.compile(
    r"\b(?:(?:priez|prions|croyez|acceptez|convertissez vous|repentez vous|revenez|tournez vous|"
    r"donnez votre (?:vie|c(?:oe|œ)ur)|ouvrez votre c(?:oe|œ)ur|accueillez) (?:\w+ ){0,3}"
    r"(?:dieu|jesus|seigneur|christ|allah|le coran|la bible|l evangile|l eglise)"
    r"|(?:jesus|dieu|allah|le seigneur|christ) (?:t|vous|nous) (?:aime|sauve|attend|appelle)"
    r"|(?:jesus|christ) (?:est|reste) (?:le seul |la seule |l unique )?(?:chemin|sauveur|verite|reponse)"
    r"|seul (?:dieu|jesus|le seigneur|allah) (?:peut|sauve)|(?:la bible|le coran|l evangile) "
    r"(?:dit|enseigne|est clair\w*) que|la seule (?:vraie )?(?:religion|foi)|"
    r"sans dieu|(?:les )?(?:athees|non croyants|mecreants|infideles) (?:\w+ ){0,3}(?:perdus|enfer)"
    r"|(?:venez|joignez vous a nous) (?:\w+ ){0,2}(?:prier|a la messe|au culte|a la priere)"
    r"|(?:dieu|jesus) (?:doit|devrait) (?:revenir|etre) (?:dans|a) (?:nos|les) ecoles"
    r"|faites (?:baptiser|communier)|(?:decouvre|decouvrent|decouvrir|trouver|trouvent) la foi"
    r"|je prie pour que (?:mes|nos|vos|tous|chacun)|(?:toute )?la gloire (?:revient )?a dieu"
    r"|sans la foi|ouvrez (?:le|la|l) (?:coran|bible|evangile)|lisez (?:la bible|le coran|l evangile)"
    r"|dieu (?:voit|sait|regarde) (?:vos|tes|nos)|(?:le jeune|la priere|la messe) est une obligation"
    r"|allez a la messe|ne (?:le|la) negligez pas"
    r"|verset (?:du jour|de la semaine)|priere (?:au|a) (?:petit )?jesus"
    r"|(?:je vous invite|invitez vos enfants|je vous encourage) a (?:prier|faire de meme)"
    r"|(?:defi|invite|invitez|encourage|je lance)\b[^.!?\n]{0,140}?\b(?:chapelet|la messe|prier|"
    r"priere|lire la bible|le coran))\b"
)
# A staff member inviting students to worship: a church event, then « mes élèves ».
_WORSHIP_INVITATION = re.compile(
    r"\b(?:eglise|paroisse|mosquee|temple|synagogue|assemblee)\b[^\n]{0,160}?\b(?:temoignages?|"
    r"louange|culte|evangeli\w+|messe)\b[^\n]{0,200}?\b(?:mes eleves|mon groupe|les ados|vos enfants|"
    r"mes jeunes|sont les bienvenus)\b"
)


# Cheap gate: every political pattern holds one of these literals.
_POLITICS_GATE = (
    "vote",
    "elect",
    "parti",
    "gouvernement",
    "ministre",
    "candidat",
    "depute",
    "caq",
    "pq",
    "plq",
    "qs",
    "npd",
    "ndp",
    "ucp",
    "pcc",
    "ppc",
    "bloc",
    "solidaire",
    "liberal",
    "conservat",
    "caquiste",
    "legault",
    "trudeau",
    "poilievre",
    "plamondon",
    "nadeau",
    "carney",
    "smith",
    "higgs",
    "holt",
    "nenshi",
    "singh",
    "blanchet",
    "drainville",
    "mandat",
    "souverain",
    "quebec libre",
    "porte a porte",
    "campagne",
    "membre du parti",
    "dehors",
    "sortir",
    "chasser",
    "battre",
    "elire",
    "appuy",
    "choix",
    "#",
)


class PartisanPolitics(Rule):
    """Note une prise de position partisane : appel à voter pour ou contre un
    parti ou une personne, éloge ou blâme d'un parti, d'un chef ou d'un
    gouvernement. Une leçon d'éducation civique, l'école bureau de vote ou
    l'élection du conseil étudiant ne sont pas visées."""

    code = "SEN01"
    name = "politique-partisane"
    title = "Prise de position politique"
    severity = Severity.INFO
    clauses = SENSITIVE_CLAUSES
    fail_examples = (
        Example("Le 5 octobre, votez pour la CAQ!", ("votez pour la CAQ",)),
        Example("Le gouvernement Legault est une honte.", ("gouvernement Legault est une honte",)),
    )
    ok_examples = (
        "Nos élèves de 6e ont appris comment fonctionne une élection provinciale.",
        "Votez pour le meilleur costume d'Halloween!",
    )
    message = (
        "Sujet politique : une prise de position partisane sur un compte scolaire peut être "
        "perçue comme celle du conseil. Gardez un ton neutre ou retirez ce passage."
    )

    def may_apply(self, doc: Document) -> bool:
        text = folded(doc)
        return any(key in text for key in _POLITICS_GATE)

    def check(self, doc: Document, parsed: Any | None) -> Iterable[Hit]:
        # « Allez voter pour Sylvie Gauthier » : a vote for a named person.
        for m in _VOTE_FOR_NAME.finditer(doc.normalised):
            if not _NOT_POLITICS.search(folded(doc)):
                yield Hit(m.start(), m.end(), self.message)
                return
        for pattern in (_VOTE_CALL, _POLITICAL_OPINION, _PARTISAN_TAG):
            for sentence, m in finditer(pattern, doc):
                if _NOT_POLITICS.search(sentence.text):
                    continue
                yield Hit(sentence.start + m.start(), sentence.start + m.end(), self.message)
                return


class Proselytising(Rule):
    """Note le prosélytisme : inviter à croire, à prier ou à se convertir,
    présenter une foi comme la seule vraie. Les fêtes et les souhaits de
    l'école (Noël, Ramadan, Diwali, Hanoukka), une première communion ou un
    cours sur les religions ne sont pas visés."""

    code = "SEN02"
    name = "proselytisme"
    title = "Prosélytisme religieux"
    severity = Severity.INFO
    clauses = SENSITIVE_CLAUSES
    fail_examples = (
        Example("Ouvrez votre cœur à Jésus, il vous aime.", ("Ouvrez votre cœur à Jésus",)),
    )
    ok_examples = (
        "Joyeux Diwali et bon Ramadan à toutes nos familles!",
        "Nos élèves ont chanté au concert de Noël.",
    )
    message = (
        "Sujet religieux : inviter à croire ou à pratiquer une religion sur un compte scolaire "
        "n'est pas neutre. Retirez ce passage ; les vœux et les fêtes de l'école restent "
        "bienvenus."
    )

    def may_apply(self, doc: Document) -> bool:
        return bool(
            re.search(
                r"dieu|jesus|seigneur|christ|allah|coran|bible|evangile|pri|croy"
                r"|eglise|athee|croyant|mecreant|infidele|messe|chapelet|verset|foi|paroisse|mosquee|temple",
                folded(doc),
            )
        )

    def check(self, doc: Document, parsed: Any | None) -> Iterable[Hit]:
        for sentence, m in finditer(_PROSELYTISING, doc):
            yield Hit(sentence.start + m.start(), sentence.start + m.end(), self.message)
            return
        m = _WORSHIP_INVITATION.search(folded(doc))
        if m is not None:
            yield Hit(m.start(), m.end(), self.message)


RULES = (PartisanPolitics, Proselytising)
