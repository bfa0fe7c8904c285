"""HOS05 and HOS06: threats, explicit or veiled, and incitement to
self-harm, with game talk, friendly teasing and warnings kept apart."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from .base import Example
from .document import Document
from .finding import Hit, Severity
from .folded import folded
from .hostile_common import (
    _AFFECTION,
    _COUNTER,
    _GAME,
    _LAUGHING,
    _MENTION,
    _VIOLENT_CUE,
    _WEAPON_EMOJI,
    THREAT_CLAUSES,
    _has_intent,
    _hit,
    _quoted_at,
    _Sentence,
    _sentences,
    _verb,
    is_person,
    negated,
)
from .hostile_hate import (
    _hate_reason,
)
from .hostile_phrases import (
    _BEATING,
    _INFORMER,
    _OMINOUS,
    _SELF_HARM,
    _SOFT_THREAT,
    _THANKS,
    _THREAT_PHRASES,
    _PhraseRule,
)
from .hostile_text import (
    inside,
    is_first_name,
    quoted_spans,
)

_FOUND_SOMEONE = re.compile(
    r"\b(?:reconnu|repere) (?:ton|ta|votre|son|sa) (?:char|auto|voiture|camion|maison|adresse|face)\b|\b(?:sait|sais) ou (?:tu|vous|il|elle)\b"
    r"|\b(?:je vais|on va|j vais|jvais|on s en vient|je m en viens) (?:te|vous|t|l|le|la|les) "
    r"(?:trouver|retrouver|guetter)\b(?! (?:au|a la|a l|aux|chez|demain|ce soir|samedi|dimanche|lundi|mardi|mercredi|jeudi|vendredi)\b)"
)
# « Si tu manques le spectacle, tu vas le regretter »: an invitation, the loss is the show.
_MISSING_OUT = re.compile(
    r"^(?:\w+ ){0,2}?si (?:tu|vous|t) (?:manques?|manquez|rates?|ratez|(?:ne )?(?:viens|venez|vas|allez) pas)\b"
    # « vous allez regretter de pas vous être inscrits au voyage »
    r"|\bregrett\w* si (?:tu|vous|t) (?:manques?|manquez|rates?|ratez)\b"
    r"|\bregrett\w* de (?:ne )?pas (?:vous |t |te |nous )?(?:etre |avoir )?(?:inscri\w*|venu\w*|venir|particip\w*|achete\w*|essaye\w*|goute\w*)"
)
# Muscles sore after a race (« tu vas comprendre ta douleur demain après le cross-country »).
_SORE = re.compile(
    r"\b(?:etire\w*|etirements?|courbatur\w*|cross country|entrainement|spinning|crossfit|marathon|jambes? en compote)\b"
)
_JOKING = re.compile(
    r"\b(?:je niaise|je blague|je rigole|je joke|je plaisante|je te niaise)\b(?! pas\b)"
    # hide-and-seek: « 1, 2, 3… je vais te retrouver, cache-toi bien! »
    r"|\b1\W+2\W+3\b|\b(?:un deux trois|je compte jusqu a|cache cache|a la cachette)\b"
)
# « Je sais où tu restes… je vais aller te porter ta tuque »: a favour, not a threat.
_DELIVERY = re.compile(
    # « je sais où tu restes, je passe te prendre à 7h »: a ride
    r"\b(?:je|on) (?:passe|passerai|vais passer|va passer|viens|viendrai|vais venir|va venir) (?:te|vous) (?:prendre|chercher|ramasser)\b"
    # « je vas passer chercher le chandail de ton gars » (not « …chercher tes enfants »)
    r"|\b(?:je|j|on) (?:vais |vas |va )?(?:pass\w*|arret\w*) (?:te |vous )?(?:prendre|chercher|ramasser|porter|deposer|reporter|ramener) "
    r"(?:le|la|les|ton|ta|tes|votre|vos|un|une|des)\b(?! (?:\w+ )?(?:enfants?|kids?|filles?|gars|bebes?|fils|femme|mari|chien|chat)\b)"
    r"|\b(?:je|on) (?:t|te|vous) (?:apporte|rapporte|amene|ramene|porte|livre) (?:ta|ton|tes|votre|vos|de la|du|des|un|une)\b"
    # « ma mère va passer chercher les patates pour la levée de fonds »
    r"|\b(?:ma|mon) \w+ (?:va |vont )?pass\w* (?:prendre|chercher|ramasser|porter|deposer) (?:le|la|les|un|une|des|ton|ta|tes|votre|vos)\b"
    # « j'vas te laisser le plat de lasagne »
    r"|\b(?:je|j|on) (?:vais |vas |va )?(?:te|vous) (?:laisser|porter|apporter|deposer|ramener|donner) (?:le|la|les|un|une|des|ton|ta|tes|votre|vos)\b"
    r"(?! (?:\w+ )?(?:souvenirs?|lecons?|marques?|cicatrices?|bleus?)\b)"
    r"|\b(?:te|vous|lui) (?:(?:(?:a|ai|avons|ont) )?(?:porter|rapporter|ramener|remettre|apporter|livrer|deposer|reporter)|(?:a|ai|avons|ont) (?:envoye|poste)) "
    r"(?:ta|ton|tes|votre|vos|sa|son|ses|le|la|les|un|une|des)\b(?! monnaie)"
    # « Je sais où tu restes maintenant! Merci pour l'invitation, on arrive avec le dessert »
    r"|\bmerci (?:pour|de) (?:l |ton |votre |ta )?(?:invitation|nous (?:inviter|recevoir))\b"
    r"|\b(?:on|j|je) (?:arrive|arrivons|apporte|amene) (?:avec )?(?:le|la|les|du|des|de la|un|une) "
    r"(?:dessert|vin|gateau|salade|biere|fleurs|tarte)\b"
    # « je connais ton adresse, je t'envoie l'invitation par la poste »
    r"|\b(?:je|j|on) (?:t|te|vous) (?:envoie|envoies|enverrai|envoyer|poste|posterai) (?:l|la|le|les|une|un|ton|ta|tes|votre|vos) "
    r"(?:invitation|invitations|carte|cartes|cadeau|colis|formulaire|photos?|lettre|facture|recu)\b"
    # « je vas déposer la boîte de chocolats sur ton perron », « je t'attends dans le char »
    r"|\b(?:deposer|deposerai|depose|laisser|laisse|livrer|livre|porter|apporter)\b(?: \w+){0,9} (?:sur|devant|dans) (?:ton|ta|votre|vos) (?:perron|porte|galerie|boite aux lettres|entree|balcon)\b"
    r"|\b(?:je|j|on) (?:t|te|vous) attend\w* dans (?:le|mon|l) (?:char|auto|voiture|truck|minivan|stationnement)\b"
    # the lost and found: « Je sais où tu restes, petite mitaine perdue! Venez la chercher »
    r"|\bobjets? perdus\b|\bvenez (?:le|la|les) (?:chercher|reclamer|recuperer)\b"
    # a food drive: « on sait où vous habitez 😉 la guignolée passe samedi »
    r"|\b(?:guignolee|collecte de (?:denrees|bouteilles|canettes)|vos denrees|bouteilles vides)\b"
)
# « merci pour l'invitation… on va venir avec des bâtons de baseball »: no favour
_ARMED = re.compile(
    r"\b(?:batons?|bats?|haches?|couteaux?|armes?|fusils?|gun|guns|chaines?|barres? de fer)\b"
)
# Not threats for the classifier either: an invitation one would regret missing
# (« tu vas le regretter si tu viens pas au party, y'aura de la pizza »), or a
# warning about ice or deer (« fais attention à ton char, y'a de la glace noire »).
_INVITED = re.compile(
    r"\bsi (?:tu|vous|t) (?:manques?|manquez|rates?|ratez|(?:ne )?(?:viens|venez|participes|participez) pas)"
    r" (?:au|a la|a l|aux|a notre|a ton|a votre|le|la|l|les|notre|ton|votre) (?:\w+ )?"
    r"(?:party|fete|spectacle|souper|diner|dejeuner|brunch|activite|sortie|concert|bal|tournoi|voyage|"
    r"soiree|pique nique|bbq|epluchette|gala|show|camp|atelier|cours)\b"
)
_HAZARD = re.compile(
    r"\b(?:fai\w*|faites) attention\b(?=[^.!?]{0,100}\b(?:glace|verglas|glissant\w*|chaussee|neige|nids? de poule|"
    r"chevreuils?|orignal|orignaux|brouillard|poudrerie|travaux|grele|inondation|flaques?|vent|goudron|asphalte|peinture fraiche|chantier|grue)\b)"
)


# A safety rule in a shop class: « on débranche la batterie, sinon ça peut vous péter en pleine
# face » (a machine named, and a risk, not « sinon ça va te péter dans face »).
_SAFETY = re.compile(
    r"\b(?:batterie|coussin|machine|outil|scie|produit|bouteille|pression|gaz|courant|fil|moteur|pneu|"
    r"compresseur|cylindre|bonbonne|soudure|acide|laser|perceuse|meule|huile)s?\b"
    r"[^.!?]{0,80}\bsinon (?:ca|il|elle|le \w+|la \w+) (?:peut|pourrait) (?:vous|te|lui|leur) "
    r"(?:peter|exploser|sauter|eclater|bruler|blesser|tomber)\b"
)


def harmless_warning(folded_sentence: str) -> bool:
    """An invitation or a warning about the road, with nothing violent in it, or a
    machine's danger stated as a safety rule."""
    return (
        (
            _INVITED.search(folded_sentence) is not None
            or _HAZARD.search(folded_sentence) is not None
        )
        and not _VIOLENT_CUE.search(folded_sentence)
    ) or _SAFETY.search(folded_sentence) is not None


# A game named as an event (« tournoi de hockey samedi »): enough to read bravado as a
# game's, not to excuse a violent threat.
_SPORT_EVENT = re.compile(
    r"\b(?:tournoi|championnat|match|partie|finale|joute|game) (?:de|d|du) [a-z]+"
    r"|\bbonne (?:game|partie|joute)\b|\bbon match\b|\bbataille de (?:boules de neige|polochons|oreillers|coussins)\b"
    r"|\b(?:equipe|club) (?:de|d) (?:volley|volleyball|hockey|basket|basketball|soccer|football|badminton|baseball|rugby|ringuette|handball|ultimate|flag)\b"
)


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


_AUXILIARIES = frozenset("a ai as avons avez ont avait avaient avais".split())
_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées", "u", "ue", "us", "ues", "i", "ie", "is", "it")


# A violent verb after « montrer », « voir », « regarder »: a scene shown or watched.
_DEPICTING = ("montr", "represent", "illustr", "decri")
_SEEN = frozenset("vu vue vus voit voient voyait voyaient".split())


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
        if [t.key for t in sentence.toks[k + 1 : k + 3]] == ["le", "temps"]:
            continue  # « on a tué le temps »
        if k and sentence.toks[k - 1].key in ("un", "une", "ce", "cette", "du"):
            continue  # « faire un massacre »: a noun, not the verb
        if (
            k
            and sentence.toks[k - 1].key in _AUXILIARIES
            and tok.surface.lower().endswith(_PARTICIPLE_ENDINGS)
        ):
            continue  # « l'arbitre l'a expulsé »: told in the past, not a threat
        if verb[1] == "violence-jeu" and not _VIOLENT_CUE.search(sentence.folded):
            continue
        before = [t.key for t in sentence.toks[max(0, k - 3) : k]]
        if before[-2:-1] and before[-2].startswith("menac") and before[-1] in ("de", "d"):
            continue  # « le personnage menace de tuer son frère »: a threat reported, not made
        if any(w.startswith(_DEPICTING) or w in _SEEN for w in before) or (
            len(before) == 3
            and before[0].startswith("regard")
            and before[1] in ("les", "des", "le", "la")
        ):
            continue  # « le film montrait les soldats brûler les fermes »: what was shown
        after = [t.key for t in sentence.toks[k + 1 : k + 6]]
        if "comme" in after:
            after = after[: after.index("comme")]  # « je tire comme une grand-mère »
        # « je vais te tuer », « je veux le tuer » (a pronoun before the verb), or a person after it.
        person = (
            any(w in ("te", "t", "vous", "toi", "lui", "leur") for w in before)
            or any(
                (is_person(w) and w not in _RANKS) or _someone(after, i)
                for i, w in enumerate(after)
            )
            # « je vais tuer Mme Poirier », « …M. Roy »: a title names a person
            or any(w in ("mme", "mlle", "mr") for w in after[:2])
            or after[:1] == ["m"]
        )
        pronoun = verb[1] == "violence" and any(w in ("le", "la", "les", "l") for w in before[-1:])
        if any(w in _ACED for w in after[:3]):
            continue  # « jvais le tuer ce test »: to ace it, in students' slang
        if (person or pronoun) and _has_intent(sentence, tok):
            return True
    return False


_REPORTED_BY_YOU = re.compile(
    r"\b(?:tu|vous|t) (?:(?:peux|peut|pouvez|continues?|continuez) (?:continuer )?(?:a |de )?)?"
    r"(?:me |nous |m |la |le |l )?(?:denonc\w*|signal\w*|rapport\w*|balanc\w*|stool\w*)"
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
                r"\bt(?: es| e|u es) (?:deja )?mort|\bsait (?:jamais|pas) ce qui peut|\ben un (?:seul )?morceau\b"
                r"|\bpar le (?:collet|chignon du cou)\b|\bde mes actes\b"
                # the ultimatum is negated by its condition: « je la mets ici si elle répond pas »
                r"|\b(?:mets|publie|poste|partage|mettre|publier|poster|partager) (?:\w+ ){1,4}?si (?:elle|il|vous|tu|ils|elles) ",
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
        matches = list(self.pattern.finditer(sentence.folded))
        found = [m.group() for m in matches]
        if found and _JOKING.search(folded(doc)) and not _VIOLENT_CUE.search(sentence.folded):
            return False  # « Je vais vous retrouver… (je niaise, mais ramenez mon yogourt) »
        if found and _DELIVERY.search(folded(doc)) and not _ARMED.search(folded(doc)):
            found = [
                f
                for f in found
                if not re.match(r"(?:(?:je|j|on) (?:sais|sait|connais|connait)|jsais) ", f)
            ]
        if (
            found
            and _MISSING_OUT.search(sentence.folded)
            and not _VIOLENT_CUE.search(sentence.folded)
        ):
            found = [f for f in found if "regretter" not in f]
        if found and _SORE.search(sentence.folded) and not _VIOLENT_CUE.search(sentence.folded):
            found = [f for f in found if "douleur" not in f]
        if found and _quoted_threat(doc, sentence, [m.start() for m in matches]):
            return False  # « un personnage menace son voisin : « Je sais où tu restes. » »
        if not found:
            return bool(_FOUND_SOMEONE.search(sentence.folded)) and _weapon_drawn(doc)
        if not all(_GAME_TEASE.search(f) for f in found):
            return True
        if _GAME.search(sentence.folded) and not _VIOLENT_CUE.search(sentence.folded):
            return False  # « je vais te planter au Scrabble ce soir »
        return not any(_GAME.search(s.folded) for s in _sentences(doc, None))


# The author's own words, quoted: « je lui ai dit : « tu vas le regretter » ».
_OWN_WORDS = re.compile(
    r"\b(?:je|j|on) (?:lui |leur |te |vous )?(?:ai |a |vais |va )?(?:dit|dire|ecrit|ecrire|repondu|repondre|crie|averti|envoye|texte|redis|repete)\b"
    r"|\b(?:ma|mon|notre) (?:reponse|message|texto|courriel|commentaire|reply)\b|^\W*reponse\b"
)


def _quoted_threat(doc: Document, sentence: _Sentence, starts: list[int]) -> bool:
    """Whether every threat phrase of the sentence (its ``starts``) stands inside
    quotation marks that someone else's words fill (a message received, a line
    of a novel)."""
    return all(_quoted_at(doc, sentence, s) for s in starts) and not _OWN_WORDS.search(
        sentence.folded
    )


# What players say to each other: « t'es mort », « tu vas voir », « je vais te planter ».
_GAME_TEASE = re.compile(
    r"\At(?: es| e|u es) (?:deja )?morte?\Z|\Atu vas (?:voir|payer)\Z"
    r"|\b(?:planter|battre|detruire|massacrer|ecraser|laver|peter)\Z|\bfaire la peau\Z"
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
