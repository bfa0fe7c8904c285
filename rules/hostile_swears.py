"""HOS02 and HOS03: vulgar words and Quebec sacres used as swears, with the
liturgical sense at a first communion and minced oaths (tabarouette, a TON
note only) kept apart."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from .base import Example, Rule
from .document import Document
from .finding import Hit, Severity
from .hostile_common import (
    _DETERMINERS,
    VULGAR_CLAUSES,
    _condition_holds,
    _matching,
    _multiword_matches,
    _Sentence,
    _sentences,
)
from .hostile_phrases import (
    _has_any,
)
from .hostile_text import (
    inside,
    lexicons,
    quoted_spans,
    tokens,
)


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
    r"hosties|vase sacre|ressuscite\w*|resurrection|joyeuses paques)\b"
)


def religious_context(folded_text: str) -> bool:
    """Whether a folded text speaks of church, sacraments or liturgy."""
    return _RELIGIOUS.search(folded_text) is not None


def liturgical_objects(folded_text: str) -> bool:
    """Whether a folded text names liturgical things (the « liturgique » words of
    the sacres lexicon) in a church context (« la paroisse prête son ciboire de
    vermeil »), words the classifier reads as sacres."""
    if (
        not religious_context(folded_text)
        and not _DISPLAYED.search(folded_text)
        and not _HERITAGE.search(folded_text)
    ):
        return False
    sacres = lexicons().sacres
    return any(sacres.get(w, ("", ""))[1] == "liturgique" for w in _WORDS.findall(folded_text))


_WORDS = re.compile(r"[a-z]+")
# Where the objects are kept or shown (« le ciboire exposé au musée »): enough for the
# classifier to read them as objects, not for HOS03 to let « Calice que le musée était plate » go.
_DISPLAYED = re.compile(
    r"\b(?:cathedrale|basilique|sacristie|monastere|couvent|oratoire|musee|art sacre|expose\w*|exposition)\b"
)


# « mon ostie de… », « un calvaire de… »; never « le calice de l'église », « des hosties de la paroisse ».
# « le calice de cristal », « le ciboire de vermeil », « le tabernacle de l'église »
_NOT_SACRE_AFTER_DE = frozenset(
    "saint sainte notre messe communion paroisse chapelle eglise or argent cristal vermeil bois "
    "etain bronze cuivre verre porcelaine vin ceramique mgr monseigneur eveque cardinal abbe pere frere "
    "soeur pape cure".split()
)
# « c'est calvaire de frustrant »: after a copula, « X de » intensifies what follows,
# an adjective or an adverb, never a noun (« c'est baptême de mon neveu », « ce pain
# est hostie de vie »).
_COPULA_BEFORE_INTENSIFIER = frozenset("est etait etaient sont ete trop tellement".split())
_INTENSIFIED = frozenset(
    "plate plates long longue longs longues beau belle beaux belles bon bonne bons bonnes cher chere "
    "chers dur dure durs dures loin froid froide chaud chaude gros grosse grand grande petit petite "
    "lent lente vite mal bien fort forte laid laide poche fou folle epais epaisse cave nul nulle "
    "triste drole bizarre simple complique compliquee fatigue fatiguee tanne tannee ecoeure ecoeuree "
    "niaiseux niaiseuse lourd lourde pesant pesante tough cute nice hot weird slow rough cheap "
    "serre serree plein pleine vide pire mieux sale chiant chiante".split()
)
_ADJECTIVE_ENDINGS = (
    "ant",
    "ante",
    "ants",
    "antes",
    "eux",
    "euse",
    "euses",
    "able",
    "ables",
    "ible",
    "ibles",
)


def _intensified(word: str) -> bool:
    return word in _INTENSIFIED or (len(word) > 5 and word.endswith(_ADJECTIVE_ENDINGS))


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
                    and not thrown_away(sentence.folded)
                ):
                    continue  # « les pneus crissent »: the verb « crisser », to screech
                if _word_talk(sentence, i) or (
                    found[1] == "liturgique" and swear_talk(sentence.folded)
                ):
                    continue  # « des jurons comme tabarnak, qui vient de tabernacle »
                family, kind = found
                if kind == "euphemisme":
                    continue
                if (
                    kind == "liturgique"
                    and not _disguised(tok.surface)
                    and not _sacre_construction(sentence, i, religious, doc.normalised)
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
            for i, last in _get_out(sentence):
                if not inside(quotes, sentence.toks[i].start, sentence.toks[i].end):
                    yield Hit(
                        sentence.toks[i].start,
                        sentence.toks[last].end,
                        "« Sacrer son camp » est une construction de sacre : le langage vulgaire "
                        "n'est pas toléré. Retirez-la ; écrivez « partez » ou « quittez ».",
                    )


_SACRER = frozenset("sacre sacres sacrez sacrer sacrent sacrait sacraient sacrera sacrerai".split())
_CAMP_OWNERS = frozenset("mon ton son notre votre leur leurs le".split())
_CAMP_FOR = frozenset("moi toi nous vous".split())


def _get_out(sentence: _Sentence) -> Iterator[tuple[int, int]]:
    """« sacre ton camp », « s@crez votre camp »: the verb of the sacre, not the
    noun (« le sacre du printemps »); « crisser » and « câlisser » are sacres already."""
    keys = [t.key for t in sentence.toks]
    for i in range(len(keys) - 2):
        # « sacrez-moi le camp »: the pronoun, then the article
        j = i + 1 if keys[i + 1] in _CAMP_FOR and keys[i + 2 : i + 3] == ["le"] else i
        if (
            keys[i] in _SACRER
            and keys[j + 1 : j + 2]
            and keys[j + 1] in _CAMP_OWNERS
            and keys[j + 2 : j + 3] == ["camp"]
        ):
            yield i, j + 2


_ETYMOLOGY_AFTER = frozenset("vient viennent venait derive derivent signifie veut".split())
_SWEAR_NOUNS = frozenset("juron jurons sacre sacres".split())


# A sentence about sacres as words (« d'où viennent les sacres québécois »).
_SWEAR_TALK = re.compile(
    r"\b(?:d ou viennent|d ou vient|origines?|histoire|provenance|etymologie)(?: \w+)? (?:des |de nos |les |nos |du |de )?"
    r"(?:sacres|jurons|gros mots|juron)\b|\b(?:sacres|jurons) (?:quebecois )?(?:viennent|vient|proviennent|sont devenus)\b"
    r"|\bsont devenus des (?:sacres|jurons)\b"
)


def swear_talk(folded_text: str) -> bool:
    """Whether the sentence talks about sacres as words, as a lesson does."""
    return _SWEAR_TALK.search(folded_text) is not None


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
    sound = _object_of_crisser(folded_text)
    return sound is not None and _THROWN.match(folded_text, sound.end()) is None


def thrown_away(folded_text: str) -> bool:
    """« crisser mes patins aux vidanges »: the thing after the verb is thrown, not
    made to screech."""
    sound = _object_of_crisser(folded_text)
    return sound is not None and _THROWN.match(folded_text, sound.end()) is not None


def _object_of_crisser(folded_text: str) -> re.Match[str] | None:
    """The tyres, chalk or skates after « crisser », if any."""
    verb = re.search(r"\bcriss\w*", folded_text)
    return _SCREECH.search(folded_text, verb.end()) if verb else None


_THROWN = re.compile(
    r" ?(?:aux vidanges|a la poubelle|dans la poubelle|au chemin|dehors|par la fenetre|a terre)"
)


# After « calice de », words that make it an object: an article, a material, the mass.
_NOT_A_VOCATIVE = frozenset(
    "l la le les un une des du or argent bronze bois etain cristal verre pierre vin messe "
    "communion bapteme pretre cure autel eglise chapelle".split()
)
# A possessive, an adjective or « de » before it: the object (« son calice, », « un vieux
# calice, », « robe de baptême, »).
_BEFORE_AN_OBJECT = frozenset(
    "mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs du au aux "
    "de d vieux vieil vieille beau bel belle bon bonne magnifique joli jolie quel quelle grand grande "
    "gros petit petite ancien ancienne nouveau nouvel nouvelle superbe precieux precieuse dore doree".split()
)


def _disguised(surface: str) -> bool:
    """« c@lices », « c1boire »: nobody disguises the chalice of a first communion."""
    return (
        surface.isascii()
        and any(c in "@$!*013" for c in surface)
        and any(c.isalpha() for c in surface)
    )


# A liturgical object or a wayside cross described as heritage.
_HERITAGE = re.compile(
    r"\b(?:patrimoine|patrimonial\w*|classe (?:patrimoine|monument|bien)|erige\w*|restaure\w*|retrouve\w*|benie?s?|"
    r"sculpte\w*|en (?:pierre|bois|fer forge|argent|or|bronze)|de (?:pierre|bois|fer|granit|bronze)|croix de chemin|"
    r"(?:en|de) 1[5-9]\d\d|bord (?:du rang|de la route))\b"
)
# Words that open a clause right after an exclamation (« calvaire on attend encore »),
# never what follows a liturgical noun (« calice en argent », « ciboire doré »).
_CLAUSE_OPENERS = frozenset(
    "on j je t tu il ils elle elles c ca y encore pis jamais toujours chu faut vous nous".split()
)


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
    if (
        previous == "des"
        and nxt in ("de", "d")
        and i + 2 < len(words)
        and _matching(words[i + 2], lexicons().insults)
    ):
        return True  # « c'est toutes des sacrements de fendants », not « des hosties de blé »
    if (
        previous in _COPULA_BEFORE_INTENSIFIER
        and nxt in ("de", "d")
        and after_de
        and _intensified(after_de)
        and words[i].key not in ("bapteme", "sacrement")
    ):
        return True  # « c'est calvaire de frustrant », « c'était hostie de long »: an intensifier
    if previous == "en" and (i + 1 == len(words) or nxt in ("a", "que", "de")):
        return not religious
    if (
        i == 0
        and nxt in ("que", "qu")
        and len(words) > 2
        and words[2].key in ("c", "ca", "t", "tu", "il", "elle", "on", "j", "je")
    ):
        return True  # « Calice que c'est long, la messe! »: no liturgy opens a sentence so
    if religious:
        return False
    # An exclamation opening the sentence: « Ciboire, c'est long! », « Baptême! »
    after = text[words[i].end : words[i].end + 2].lstrip()
    if i == 0 and after[:1] not in (",", "!") and _HERITAGE.search(sentence.folded):
        return False  # « Calvaire de pierre érigé en 1905 »: the wayside cross, a heritage object
    if i == 0:
        return (
            after[:1] in (",", "!")
            or nxt in ("que", "qu", "de", "d")
            or len(words) <= 3
            # without the comma: « calvaire 3 postes vacants », « ciboire on est encore en retard »
            or nxt in _CLAUSE_OPENERS
            or nxt.isdigit()
        )
    # or a clause: « En passant, ciboire que le traiteur a été lent »
    before = text[max(0, words[i].start - 3) : words[i].start].rstrip()
    if before.endswith((",", ":", "…")) and nxt in ("que", "qu"):
        return True
    # or opening a vocative after a comma: « …pour 3 minutes, calice de voleurs »
    if (
        before.endswith(",")
        and nxt in ("de", "d")
        and i + 2 < len(words)
        and words[i + 2].key not in _NOT_A_VOCATIVE
        and previous not in _DETERMINERS
        and previous not in _BEFORE_AN_OBJECT
    ):
        return True
    # or closing the sentence after a comma: « j'en ai plein mon casque, christ » (not the
    # last item of a list: « tabernacle, calice, ciboire »)
    if (
        i == len(words) - 1
        and before.endswith(",")
        and previous not in _DETERMINERS
        and previous not in _BEFORE_AN_OBJECT
        and not _matching(words[i - 1], lexicons().sacres)
        and words[i].surface != "Christ"  # the capital names him (« Merci pour tout, Christ »)
    ):
        return True
    # or thrown in mid-sentence before a comma: « C'est pas mêlant ciboire, la cafétéria… »
    # (not an item of a list: « les sacres : tabernacle, calice, ciboire »)
    return (
        after[:1] in (",", "!")
        and before[-1:].isalpha()
        and previous not in _DETERMINERS
        and previous not in _BEFORE_AN_OBJECT
        and words[i].key != "bapteme"
    )


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
