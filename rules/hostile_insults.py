"""HOS01: insults aimed at a person or a group, told apart from the same
word used for a thing, a skill or a friend (« t'es nul au ping-pong 😂 »)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from civisme.lexicons.loader import fold, terms

from .base import Example, Rule
from .document import Document
from .finding import Hit, Severity
from .folded import folded
from .hostile_common import (
    _AFFECTION,
    _AFFECTIONATE,
    _COPULA,
    _GAME,
    _LAUGHING,
    _MENTION,
    _MILD_TEASING,
    _POSSESSIVES,
    _SKILL,
    INSULT_CLAUSES,
    _condition_holds,
    _multiword_matches,
    _negated_before,
    _Sentence,
    _sentences,
    crazy_good,
    is_person,
    negated,
    treated_as,
)
from .hostile_hate import (
    _hate_reason,
    _insult_kind,
)
from .hostile_phrases import (
    _has_any,
)
from .hostile_text import (
    inside,
    is_first_name,
    quoted_spans,
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


# What may stand between a copula and the insult it predicates (« est juste une vulgaire ordure »).
_BETWEEN_COPULA_AND_INSULT = frozenset(
    "donc ben assez full un une des de d du le la les l vraiment juste tellement tous toutes que qu rien autre vulgaire "
    "vulgaires veritable veritables vrai vraie vrais vraies gros grosse sale sales pauvre espece bande "
    "gang plus si aussi trop completement totalement absolument personne personnes sans aucun doute "
    "simplement seulement bien franchement carrement tout toute ne n pas jamais qui soient et peu "
    "ridicule ridicules right grand grande grands grandes petit petite petits petites pis".split()
)


# --- Insults aimed at a person or a group (not a protected one) ------------


def _insult_of_a_person(sentence: _Sentence, i: int) -> bool:
    """« cette maudite folle de chauffeuse »: an address form before, a person after
    « de »; « fou de joie » has neither."""
    words = sentence.toks
    return (
        i + 2 < len(words)
        and words[i + 1].key in ("de", "d")
        and is_person(words[i + 2].key)
        and _ADDRESS_FORM.search(" ".join(t.key for t in words[max(0, i - 3) : i])) is not None
    )


# A character judged in a literature class, not a person insulted.
_LITERARY = re.compile(
    r"\b(?:analys\w*|personnages?|le narrateur|la narratrice|dans le livre|dans le roman|dans la piece|"
    r"dans le film|dans le conte|(?:le|du) (?:roman|livre|film) qu on (?:lit|etudie|a lu|regarde))\b"
)
_SECOND_PERSON = re.compile(r"\b(?:t es|tu es|vous etes|toi|t as|tu as)\b")
_COORDINATED = re.compile(
    r"\b(?:pis|et|ou) (?:un|une|des)(?: (?:vrai|vraie|vrais|vraies|gros|grosse|maudit|maudite|sacre|sacree|belle|beau))?\s*$"
)
_COPULA_AND_ARTICLE = re.compile(
    r"\b(?:c (?:est|etait)|t es|t etais|tu es|vous etes|est|sont|etait) (?:vraiment |juste |rien qu )?(?:un|une|des) \w+(?: \w+){0,2} ?$"
)


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
    # « ese pendejo de Luis », « ce con de Marc »: the insult names whoever follows (not « la
    # chienne de Pierre a eu des chiots », his dog)
    following = sentence.toks[i + 1 : i + 3]
    if (
        kind in ("injure", "injure-forte")
        and i
        and sentence.toks[i - 1].key in ("ce", "cet", "cette", "ese", "esa", "este", "esta")
        and len(following) == 2
        and following[0].key in ("de", "d")
        and is_first_name(following[1])
    ):
        return True
    # « c'est une hypocrite pis une vipère »: the second noun shares the copula of the first
    prefix = " ".join(t.key for t in sentence.toks[max(0, i - 8) : i])
    coordinated = _COORDINATED.search(prefix)
    if (
        coordinated
        and kind != "attribut-negatif"
        and _COPULA_AND_ARTICLE.search(prefix[: coordinated.start()])
    ):
        # the first noun is an insult too (not « un gâteau pis une vipère en bonbon »)
        k = i - len(prefix[coordinated.start() :].split()) - 1
        if k >= 0 and _insult_kind(sentence.toks[k]) is not None:
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
            if _person_subject(words, j, things_too=kind == "attribut-negatif"):
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


_DISLOCATED = re.compile(
    r"\bc (?:est|etait|sont) (?:juste |rien que |seulement |toute |tout )?(?:des|une gang de|une bande de)"
    r"(?: (?:vrais|vraies|maudits|maudites|beaux|belles|pauvres))?\s*$"
)


def _dislocated(doc: Document, sentence: _Sentence, i: int) -> bool:
    """« Les élèves de Jean-Monnet qui arrivent chez nous, c'est rien que des
    déchets »: people opening the sentence, a comma, then « c'est des… »."""
    words = sentence.toks
    recent = " ".join(t.key for t in words[max(0, i - 7) : i])
    found = _DISLOCATED.search(recent)
    if not found or not any(is_person(w.key) for w in words[:3]):
        return False
    # the « c » of « c'est »: the words before it end with a comma
    c = i - len(recent[found.start() :].split())
    return c > 0 and doc.normalised[words[c - 1].end : words[c].start].strip() == ","


_SUBJECT_PRONOUNS = frozenset("vous tu toi il elle ils elles".split())
_COMPLEMENT = frozenset("de des du d".split())
# « la gang des profs », « la face du prof »: the complement is still the person judged
_PEOPLE_OF = frozenset(
    "gang bande famille conseil groupe equipe comite clan troupe face gueule tete visage "
    "corps".split()
)


def _complement(words: list, k: int) -> bool:
    """Whether person ``k`` is the complement of a thing (« le vestiaire des gars »,
    « le chat de la bibliothécaire »), not of a group of people (« la gang des profs »)."""
    d = k - 2 if k >= 2 and words[k - 1].key in ("la", "le", "l", "les") else k - 1
    return d >= 0 and words[d].key in _COMPLEMENT and (d < 1 or words[d - 1].key not in _PEOPLE_OF)


def _person_subject(words: list, j: int, things_too: bool) -> bool:
    """Whether the few words before copula ``j`` name a person as its subject:
    « les gars de l'autre équipe sont… ». An adjective may describe a thing, so
    for it a person in a complement does not count (« le vestiaire des gars est
    sale », « la salle des profs est sale »)."""
    start = max(0, j - 6)
    return any(
        (words[k].key in _SUBJECT_PRONOUNS and k >= j - 4)
        or (
            is_person(words[k].key)
            and not (things_too and _complement(words, k))
            and (k >= j - 4 or all(w.key not in _COPULA for w in words[k + 1 : j]))
        )
        for k in range(start, j)
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


def _insult_noun(
    sentence: _Sentence, i: int, qualified: bool = False, bare_indefinite_fragment: bool = False
) -> bool:
    """« une conne », « des crétins », « ce parfait imbécile »: an insult noun
    after a determiner names a person as that insult, wherever the sentence
    put it (after a relative clause, in an apposition, as an agent). With
    ``bare_indefinite_fragment``, a bare « un / une / des » names only in a
    fragment, before « qui » or after a copula, not as the subject of a story."""
    if sentence.toks[i].key in _ORDINARY_NOUNS:
        return False
    j = i - 1
    while j >= 0 and i - j <= 3 and sentence.toks[j].key in _NOUN_QUALIFIERS:
        j -= 1
    # Words with an ordinary sense (« une dinde », « la cave ») need a qualifier (« une vraie dinde »).
    if j >= 0 and sentence.toks[j].key in _NOUN_DETERMINERS:
        if bare_indefinite_fragment and j == i - 1 and sentence.toks[j].key in ("un", "une", "des"):
            # « Un ivrogne qui s'occupe de nos jeunes. » names; « un ivrogne chantait dans le parc » tells.
            after = sentence.toks[i + 1].key if i + 1 < len(sentence.toks) else ""
            copula = j > 0 and (
                sentence.toks[j - 1].key in _COPULA or sentence.toks[j - 1].key == "c"
            )
            return copula or after in ("", "qui", "pis", "et", "comme", "pareil")
        return not qualified or j < i - 1
    # « le niaiseux qui a stationné… », « ce crétin-là »: a definite article and a relative clause.
    after = sentence.toks[i + 1].key if i + 1 < len(sentence.toks) else ""
    return not qualified and j >= 0 and sentence.toks[j].key in ("le", "la", "l") and after == "qui"


# Words that praise a player when a feat is in the sentence (« t'es un monstre, 32 points »).
_PRAISING = frozenset("monstre monstres bete betes machine machines animal beast".split())
_FEAT = re.compile(
    r"\b(?:inarretables?|imbattables?|"
    r"tour du chapeau|triple double|record|champions?|championnes?|en finale|medailles? d (?:or|argent|bronze)|trophee|"
    r"gagn\w* (?:la|le|les|leur|notre|votre) (?:match|partie|finale|tournoi|game|championnat|medaille)\w*)\b"
)

# A score scored, in the same sentence (not « 3 points volés » by a referee).
_SCORE = re.compile(
    r"\b\d+ (?:points|buts|paniers|passes|verges|arrets|retraits|touches)\b(?! (?:vole|voles|donnes|refuses|enleves))"
)


def praised_feat(folded_sentence: str) -> bool:
    """« T'es un monstre au basket, 32 points »: a word of praise for a player,
    with the sport or the feat in the same sentence."""
    words = folded_sentence.split()
    return any(
        w in _PRAISING
        and (words[k + 1 : k + 2] in (["en"], ["au"], ["aux"]) or _SCORE.search(folded_sentence))
        for k, w in enumerate(words)
    ) or (any(w in _PRAISING for w in words) and _FEAT.search(folded_sentence) is not None)


_EXCLAIMING = frozenset("quel quelle quels quelles".split())


def _said_of_self(sentence: _Sentence, i: int) -> bool:
    """« je suis une vraie girouette », « j'ai l'air d'une vraie dinde »: the author
    laughs at themself; only articles and intensifiers between (not « je suis
    d'accord, le coach est une dinde »)."""
    after = [t.key for t in sentence.toks[i + 1 : i + 3]]
    before = [t.key for t in sentence.toks[max(0, i - 2) : i]]
    exclaimed = bool(before) and (
        before[-1] in _EXCLAIMING or (len(before) == 2 and before[0] in _EXCLAIMING)
    )
    if exclaimed and (
        after in (["je", "suis"], ["j", "suis"]) or after[:1] in (["chu"], ["jsuis"])
    ):
        return True  # « quel cave je suis 🤦 », not « le coach est un cave, je fais quoi? »
    window = " ".join(t.key for t in sentence.toks[max(0, i - 9) : i])
    found = max(_SELF.finditer(window), key=lambda m: m.end(), default=None)
    return found is not None and all(
        w in _BETWEEN_COPULA_AND_INSULT or w in ("d", "l", "air", "comme")
        for w in window[found.end() :].split()
    )


# A multiword insult the author gives themself: « j'ai une langue de vipère quand… ».
_SELF_HAVING = re.compile(
    r"\b(?:j ai|j avais|je suis|chu|j etais|je me sens|je me sentais)(?: \w+){0,2}$"
)


_MASTERY = frozenset("sorciere sorcieres".split())
_SELF = re.compile(
    r"\b(?:je suis|j suis|chu|je me sens|je me sentais|moi je suis|j etais|je deviens|j ai l air|j avais l air|j ai eu l air)\b"
)
_FUNNY = re.compile(r"\b(?:fai\w*|font) (?:\w+ )?rire\b|\bon rit\b|\bdroles?\b|\bboute en train\b")
_LIKE_CRAZY = frozenset("fou folle fous folles malade malades dechaine dechainee dechaines".split())
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
                if (
                    kind[1].startswith(("sans-", "avec-", "determinant"))
                    and not _condition_holds(kind[1], sentence, i)
                    and not _insult_of_a_person(sentence, i)
                ):
                    continue  # « du pain bâtard », « les livres seront vendus »
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
                if treated_as(sentence, i):
                    continue  # « les soldats traitent les Acadiens comme des bêtes »: mistreatment told
                if crazy_good(doc, sentence, i):
                    continue  # « les acteurs étaient débiles de bons »: crazy good
                if tok.key in _LIKE_CRAZY and sentence.before(i).endswith(
                    ("comme un", "comme une", "comme des")
                ):
                    continue  # « je vais crier comme une folle à la game »: like crazy
                if tok.key in _MASTERY and [t.key for t in sentence.toks[i + 1 : i + 2]] in (
                    ["de"],
                    ["du"],
                    ["des"],
                ):
                    continue  # « une vraie sorcière de la cuisine »: a master of it
                if tok.key in _SKILL and _GAME.search(sentence.folded):
                    continue  # « t'es nul à Fortnite »: a player's skill, not a person
                skill = [t.key for t in sentence.toks[i + 1 : i + 2]] in (["en"], ["au"], ["aux"])
                if tok.key in _PRAISING and (
                    skill or _FEAT.search(folded(doc)) or _SCORE.search(sentence.folded)
                ):
                    continue  # « t'es un monstre Raphaël, 32 points dans la game »
                if (tok.key in _AFFECTIONATE or tok.key in _MILD_TEASING) and _AFFECTION.search(
                    folded(doc)
                ):
                    continue  # « je t'aime pareil ma niaiseuse ❤️ »
                if inside(quotes, tok.start, tok.end) or _negated_before(sentence, i):
                    continue
                if kind[0] != "injure-forte" and _said_of_self(sentence, i):
                    continue  # « je suis une vraie girouette 😅 »: one laughs at oneself
                if tok.key in ("clown", "clowns") and (
                    _FUNNY.search(folded(doc))
                    or [t.key for t in sentence.toks[i + 1 : i + 3]]
                    in (["de", "service"], ["de", "la"])
                ):
                    continue  # « un vrai clown, il fait rire toute la classe », « le clown de service »
                if kind[0] != "injure-forte" and negated(sentence.folded):
                    continue
                if (
                    kind[0] == "injure"
                    and _LITERARY.search(sentence.folded)
                    and not _SECOND_PERSON.search(sentence.folded)
                ):
                    continue  # « Dans Othello, Iago est un hypocrite : analysez son rôle »
                noun = kind[0] in ("injure", "injure-forte", "deshumanisant")
                if (
                    kind[0] == "injure-forte"
                    or _addressed(sentence, i, kind[0])
                    or (noun and _dislocated(doc, sentence, i))
                    or (aimed and noun)
                    or _finished(sentence, i, kind[0])
                    or (kind[0] in ("injure", "injure-forte") and _superlative(sentence, i))
                    or (
                        kind[0] == "injure"
                        and _insult_noun(
                            sentence,
                            i,
                            qualified=kind[1] not in ("toujours", "determinant"),
                            bare_indefinite_fragment=kind[1] == "determinant",
                        )
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
            for start, end, (lexicon, category, _) in _multiword_matches(sentence):
                k = next(n for n, t in enumerate(sentence.toks) if t.start == start)
                before = " ".join(t.key for t in sentence.toks[max(0, k - 4) : k])
                if category != "injure-forte" and _SELF_HAVING.search(before):
                    continue  # « j'ai une langue de vipère quand j'ai pas dormi »
                if lexicon == "insults" and not inside(quoted_spans(doc), start, end):
                    yield Hit(
                        start,
                        end,
                        "Injure grossière : les politiques ne tolèrent ni insulte ni propos dégradant "
                        "envers une personne. Retirez-la ; exprimez un désaccord sans attaquer la personne.",
                    )


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
