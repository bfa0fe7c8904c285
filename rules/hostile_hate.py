"""HOS04: hate against protected groups, with or without a bad word — an
identity group with a dehumanising or hostile predicate, a hostile verb
aimed at a group, an injunction (« Retourne dans ton pays »)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from .base import Example, Rule
from .document import Document
from .finding import Hit, Severity
from .folded import folded
from .hostile_common import (
    _AFFECTION,
    _AFFECTIONATE,
    _COPULA,
    _COUNTER,
    _DETERMINERS,
    _GAME,
    _LAUGHING,
    _MENTION,
    _MILD_TEASING,
    _POSSESSIVES,
    _VIOLENT_CUE,
    BIAS_NAMED,
    HATE_CLAUSES,
    _condition_holds,
    _has_intent,
    _hit,
    _matching,
    _mentioned,
    _quoted_at,
    _said_before,
    _Sentence,
    _sentences,
    _verb,
    crazy_good,
    negated,
    refuted,
    treated_as,
)
from .hostile_phrases import (
    _ARRIVAL,
    _CURE,
    _DENIAL,
    _DISCLAIMER,
    _GUARDED,
    _HATE_PHRASE,
    _INJUNCTION,
    _NEWCOMER_CONTEXT,
    _NEWCOMER_HATE,
    _NOT_RACISM,
    _POINTS_BACK_HATE,
    _PREDATOR_SMEAR,
    _PROPAGANDA,
    _REPLACEMENT,
    _SELF_NAMED_SMEAR,
    _SETTLERS_IMPOSE,
    _SEXIST,
    _STEREOTYPE_BACK,
    _has_any,
)
from .hostile_text import (
    Tok,
    inside,
    lexicons,
    quoted_spans,
    tokens,
)

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
        tok.key in ("adaptation", "speciale", "specialisee", "ressource", "comportement")
        and i > 1
        and words[i - 1].key in ("d", "de", "classe")
        and (words[i - 2].key.startswith("classe") or words[i - 1].key == "classe")
    ):
        return True  # « les élèves de la classe d'adaptation »: pupils with a disability
    if tok.key in ("papas", "mamans", "peres", "meres") and i and words[i - 1].key == "deux":
        return True  # « deux papas », « deux mamans »: a same-sex couple
    if (
        tok.key in ("gars", "filles", "hommes", "femmes", "garcons")
        and i
        and words[i - 1].key == "deux"
        and words[i + 1 : i + 2]
        and words[i + 1].key == "ensemble"
    ):
        return True  # « deux gars ensemble au bal »: a same-sex couple
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
    if (
        tok.key in ("arrivants", "arrivantes", "arrivant", "arrivante")
        and i
        and words[i - 1].key in ("nouveaux", "nouvelles", "nouvel", "nouvelle")
    ):
        return True  # « les nouveaux arrivants »: newcomers, as « immigrants »
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
    if found and found[0] == "origine" and i and words[i - 1].key in _THINGS_OF_ORIGIN:
        return False  # « le pâté chinois », « le restaurant chinois »: a dish, a place
    if (
        found
        and found[0] == "genre"
        and i > 1
        and words[i - 1].key in ("des", "de", "du")
        and words[i - 2].key in _NAMED_FOR_A_SEX
    ):
        return False  # « le vestiaire des filles est envahi (de mouches) »: the room
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


_ONE_PERSON_POSSESSIVES = frozenset("ma mon ta ton sa son notre votre".split())
# An animal's own life: its young, its bark, its vet.
_ANIMAL_LIFE = re.compile(
    r"\b(?:chiots?|chatons?|veaux|porcelets|portee|jappe\w*|miaul\w*|veterinaire|croquettes|chenil|a mis bas|chien d assistance)\b"
)
# Rooms and teams named after the sex of those who use them.
_NAMED_FOR_A_SEX = frozenset(
    "vestiaire vestiaires toilette toilettes salle dortoir dortoirs cabine cabines douches "
    "equipe ligue categorie division relais chorale".split()
)
# Things named after a people: the adjective describes the dish or the place.
_THINGS_OF_ORIGIN = frozenset(
    "pate pates restaurant restaurants resto restos mets plat plats cuisine menu buffet soupe riz "
    "the fondue epicerie marche quartier an calendrier caracteres lanternes dragon "
    # animals named after a place: « les coccinelles asiatiques, c'est une invasion! »
    "coccinelle coccinelles frelon frelons carpe carpes moule moules scarabee scarabees punaises".split()
)
_ONE_PERSON_DETERMINERS = _ONE_PERSON_POSSESSIVES | frozenset("cette cet ce".split())
_BREED_WORDS = frozenset("race races".split())


def _is_slur(sentence: _Sentence, i: int) -> bool:
    found = _matching(sentence.toks[i], lexicons().slurs)
    if not found:
        return False
    return _condition_holds(found[1], sentence, i)


def _insult_kind(tok: Tok) -> tuple[str, str] | None:
    return _matching(tok, lexicons().insults)


def _predicate(sentence: _Sentence, i: int, groups: list[int]) -> bool:
    """Whether word ``i`` is said of someone: after a copula or « que des »,
    « comme des », « vous », or right next to a group (« la vermine homo »)."""
    window = [t.key for t in sentence.toks[max(0, i - 5) : i]]
    if window and window[-1] in _POSSESSIVES:
        return False  # « leurs ordures »: a thing they have, not what they are
    if treated_as(sentence, i):
        return False  # « on traitait les enfants autochtones comme des bêtes »: told, not said
    if any(w in _COPULA or w in _PREDICATE_MARKS for w in window):
        return True
    return any(abs(g - i) <= 2 for g in groups)


# Words that make an adjective an evaluation of someone (« les plus stupides », « tellement aberrants »).
_PREDICATE_MARKS = frozenset(
    "que qu comme vous trouve trouvent plus tellement vraiment si aussi trop tous toutes juste tres "
    "completement absolument totalement particulierement".split()
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
_SWEEPING = re.compile(
    r"\b(?:n ont jamais|ont jamais|ne font jamais|font jamais|sont toujours|ont toujours|avouez que|on sait tous|"
    r"tout le monde sait|c est toujours)\b"
)
_ARRIVAL_BLAME = re.compile(
    r"\b(?:baiss\w*|disparai\w*|vols?|volent|degrad\w*|insecur\w*|bagarres?|crimes?|criminalite|"
    r"trouble|salet\w*|sale|drogue|peur|plus (?:pareil|comme avant)|perdu son ame|se melent pas)\b"
)
# A cooking contest or class (« restez à vos fourneaux, mesdames, le jury passe »).
_COOKING = re.compile(
    r"\b(?:concours|jury|gout\w*|plats?|recettes?|dessert|servir|cuisson|atelier|cours de cuisine|benevoles)\b"
)
# The claim named, then judged in the same sentence.
_JUDGED_AFTER = re.compile(
    r"\b" + BIAS_NAMED + r"|mepris|prejuge)\b|\bc est (?:un|des) prejuges?\b"
)
# The theory named to be taken apart (« la théorie complotiste du grand remplacement »).
_REFUTED = re.compile(
    r"\b(?:theorie\w*|mythe|complot\w*|soi disant|pretendu\w*|rhetorique|refut\w*|demont\w*|demystifi\w*|"
    r"sans (?:aucun )?fondement)\b"
)
# Women as adults in a role (not « mes filles », pupils or daughters).
_WOMEN = re.compile(r"\b(?:femmes?|mesdames|madames|directrices?|chauffeuses?|entraineuses?)\b")
_PRONOUNS = frozenset("les leur leurs ils elles eux vous".split())


# « Les Roms volent tout », « les immigrants fraudent l'aide sociale »: a crime
# said of a whole group as what it does; not « les oies volent vers le sud ».
_GROUP_CRIMES = frozenset(
    "volent volaient fraudent trichent mentent agressent trafiquent dealent pillent arnaquent "
    "escroquent".split()
)
_FLYING_AFTER = frozenset("vers jusqu haut bas loin".split())
# « les Haïtiens volent la vedette », « trichent pas », « volent-ils nos emplois? »
_NOT_AN_ACCUSATION_AFTER = frozenset("la le pas jamais plus t ils elles".split())
_SHOW = frozenset("vedette show".split())
# a belief reported, a myth, a question, a lesson or an event about prejudice
_REPORTED_BELIEF = re.compile(
    r"\?|\b(?:croi\w*|pens\w*|dit|disent|mythes?|prejuges?|rumeurs?|vrai que|siecle|conference|atelier|debat|"
    r"formation|en \d{4})\b"
)
_GROUP_CRIME_NOUN = re.compile(
    r"\b(?:sont|c est|ce sont|c etait) (?:tous |toutes |juste |rien que |que )?des (?:extremistes|terroristes|"
    r"criminels|criminelles|delinquants|delinquantes|voleurs|voleuses|fraudeurs|fraudeuses|menteurs|menteuses|"
    r"violeurs|trafiquants|profiteurs|profiteuses|fanatiques|barbares)\b"
)


_TO_SOME = (("a", "des"), ("comme", "des"), ("avec", "des"), ("pour", "des"))
_ANIMAL_OUTING = re.compile(
    r"\b(?:zoo|ferme|safari|parc|jungle|animaux|documentaire|biodome|aquarium|vu|vus|photos?|nourri\w*|"
    r"refuge|spa|zootherap\w*|sciences?|arts?|jeu|jeux|role|halloween|deguis\w*)\b"
)
# the animals that dehumanise a group named before (not « des chiens de zoothérapie »)
_BEASTS = frozenset(
    "singes rats cafards coquerelles vermine parasites porcs cochons animaux betes primates".split()
)


def _compared_to_animals(sentence: _Sentence, groups: list[int]) -> bool:
    """« six nouveaux élèves haïtiens… bonne chance pour enseigner à des singes »:
    a dehumanising noun after the group, as what one deals with."""
    words = sentence.toks
    for i in range(2, len(words)):
        kind = _insult_kind(words[i])
        if (
            kind
            and kind[0] == "deshumanisant"
            and words[i].key in _BEASTS
            and (words[i - 2].key, words[i - 1].key) in _TO_SOME
            and not treated_as(sentence, i)
            and any(i - 10 <= g < i - 2 for g in groups)
            and not _ANIMAL_OUTING.search(sentence.folded)
        ):
            return True
    return False


def _accused_as_group(doc: Document, sentence: _Sentence, groups: list[int]) -> bool:
    """A group named as a subject, then a crime it would commit as a whole, or
    « c'est tous des extrémistes »."""
    words = sentence.toks
    for g in groups:
        after = [t.key for t in words[g + 1 : g + 4]]
        # « les Roms volent », « les immigrants du quartier fraudent »
        for k, key in enumerate(after[:3]):
            if key in _GROUP_CRIMES:
                nxt = after[k + 1] if k + 1 < len(after) else ""
                rest = [t.key for t in words[g + k + 2 : g + k + 5]]
                if (
                    (
                        key.startswith("vol")
                        and (
                            nxt in _FLYING_AFTER or rest[:2] in (["en", "avion"], ["au", "secours"])
                        )
                    )
                    or (
                        nxt in _NOT_AN_ACCUSATION_AFTER
                        and not (nxt in ("la", "le") and _SHOW.isdisjoint(rest))
                    )
                    or _REPORTED_BELIEF.search(sentence.folded)
                    or _LAUGHING.search(folded(doc))
                ):
                    break
                if k == 0 or after[0] in ("du", "de", "d", "des"):
                    return True
                break
    return bool(_GROUP_CRIME_NOUN.search(sentence.folded)) and not _REPORTED_BELIEF.search(
        sentence.folded
    )


def _hate_reason(doc: Document, sentence: _Sentence, earlier_group: bool = False) -> str | None:
    """Why a sentence is hateful toward a protected group, or None. A pronoun
    (« Je les déteste. ») stands for a group named in the previous sentence."""
    injunction = _INJUNCTION.search(sentence.folded)
    if (
        injunction
        and not _MENTION.search(sentence.folded)
        # its last word: « se faisait dire « speak white » » matches from the sentence's start
        and not _quoted_at(doc, sentence, injunction.end() - 1)
    ):
        return "injonction xénophobe"
    if _PREDATOR_SMEAR.search(sentence.folded) and not _MENTION.search(sentence.folded):
        return "insinuation homophobe"
    if (
        _SEXIST.search(sentence.folded)
        and _WOMEN.search(_said_before(doc, sentence) + " " + sentence.folded)
        and not _MENTION.search(sentence.folded)
        and not _COUNTER.search(sentence.folded)
        and not _COOKING.search(sentence.folded)
    ):
        return "sexisme : les femmes jugées inaptes à un rôle"
    if (
        _REPLACEMENT.search(sentence.folded)
        and not _MENTION.search(sentence.folded)
        and not _COUNTER.search(sentence.folded)
        and not _REFUTED.search(sentence.folded)
    ):
        return "théorie raciste du grand remplacement"
    settlers = _SETTLERS_IMPOSE.search(sentence.folded)
    if (
        settlers
        and _NEWCOMER_CONTEXT.search(_said_before(doc, sentence) + " " + sentence.folded)
        and not _MENTION.search(sentence.folded)
        and not _COUNTER.search(sentence.folded)
        and not _REFUTED.search(sentence.folded)
        and not _quoted_at(doc, sentence, settlers.start())
    ):
        return "xénophobie : des arrivants accusés d'imposer leurs règles"
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
    if _compared_to_animals(sentence, groups):
        return "groupe déshumanisé"
    if _accused_as_group(doc, sentence, groups):
        return "groupe accusé en bloc d'un crime ou d'extrémisme"
    phrase = _HATE_PHRASE.search(sentence.folded)
    if (
        phrase
        and not _quoted_at(
            doc, sentence, phrase.start()
        )  # « un enfant autiste “ralentit” la classe »
        and (not newcomers or _NEWCOMER_HATE.search(sentence.folded))
        # « Dire que les filles c'est juste bon à faire la cuisine, c'est du sexisme. »
        and not _JUDGED_AFTER.search(sentence.folded, phrase.end())
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
        if kind and crazy_good(doc, sentence, i):
            kind = None  # « le langar était débile de bon »
        if (
            kind
            and kind[0] == "deshumanisant"
            and _ANIMAL_LIFE.search(sentence.folded)
            and [t.key for t in sentence.toks[i + 1 : i + 2]] in (["de"], ["du"], ["d"])
        ):
            kind = None  # « la chienne de notre voisin a eu des chiots », « chien d'assistance »
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
            # « chu brûlé » (I'm beat), quoted while teaching slang: not done to anyone
            and not inside(quoted_spans(doc), tok.start, tok.end)
            and not (i and sentence.toks[i - 1].key in ("chu", "suis", "chui"))
            and not (_GAME.search(sentence.folded) and not _VIOLENT_CUE.search(sentence.folded))
        ):
            return "appel à la violence contre un groupe"
    return None


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
