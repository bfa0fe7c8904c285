"""HOS07 and HOS08: harassment and intimidation of one person (mockery,
exclusion campaigns, innuendo, weight jokes) and defamation (an accusation
of crime or dishonesty against a named person or a role)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import pairwise
from typing import Any

from civisme.lexicons.loader import fold, terms

from .base import Example
from .document import Document
from .finding import Hit, Severity
from .folded import folded
from .hostile_common import (
    _GAME,
    _LAUGHING,
    _MENTION,
    _hit,
    _Sentence,
    _sentences,
)
from .hostile_phrases import (
    _BODY_REMARK,
    _CAMPAIGN,
    _DEFAMATION,
    _HARASSMENT,
    _KNOWING,
    _OFFERED,
    _ROLE,
    _THANKS,
    CRIME_NOUN,
    MOBBING,
    _has_any,
    _PhraseRule,
)
from .hostile_text import (
    inside,
    is_first_name,
    quoted_spans,
)

# Mocking a disability: the disability named (in the sentence or the one before), the text
# laughing, and an imitation or a nickname (« on l'imite toute la journée 🤣 », « se fait
# appeler « Robocop » 😂 », « m-m-m-merci »). A laugh alone is not mockery.
_DISABILITY = re.compile(
    r"\b(?:fauteuil roulant|appareils? auditifs?|begai\w*|begay\w*|begue|jambe artificielle|protheses?|"
    r"bequilles|trisomi\w*|autistes?|sourde?s?|(?<!a l )aveugles?|tourette|boiteux|boiteuse|boitille\w*|handicape\w*|zozot\w*|"
    r"infirmes?|(?<!sept )nains?|naines?|avc|paralys\w*|parkinson|jambe croche|pied bot)\b"
)
_MOCKING = re.compile(
    r"\bon (?:l|la|le|les) imit\w*|\bje (?:l|la|le|les) ai imite\w*|\bj ai imite (?:le|la|les|l)\b|\bon aurait dit (?:un|une)\b|\bfilmez (?:le|la|les)\b|\bquelqu un (?:l |la |le )?a filme\b|\bon en fait (?:un|une|des) (?:sticker|meme|gif)s?\b|\bon dirait (?:un|une) (?:pingouin|canard|robot|zombie|pantin|marionnette|singe|poule|dinde|tortue)\b|"
    # « on dirait un handicapé », « y bégaye tellement qu'… », « tellement aveugle que… »
    r"\bon dirait (?:un|une|des) (?:handicape\w*|attarde\w*|mongol\w*|trisomique\w*|autiste\w*|infirme\w*|legume)\b|"
    r"\b(?:begai\w*|begay\w*|zozot\w*|boitille\w*) tellement\b|\btellement (?:aveugle|sourde?|begue|handicape\w*) (?:que|qu)\b|"
    # a disability as a nickname after the name (« Stéphane le bègue »; a king's is excluded by _HISTORY)
    r"\b[a-z]+ (?:le|la) (?:begue|boiteux|boiteuse)\b|"
    # a disability hailed as a name (« hey le sourd dans le but 😂 »)
    r"\b(?:hey|eh|heille|allo|salut|yo) (?:le|la|les|l) (?:sourde?s?|aveugles?|begues?|boiteu\w*|handicape\w*|autistes?|infirmes?|nains?|naines?)\b|"
    r"\bse fai\w* appeler\b|\bsurnomm\w*|"
    r"\bbien trouve\b|\bon a rien compris\b|\b(?:on va|vous allez|on a failli) (?:mourir|crever|pisser) de rire\b|\b([a-z]) \1 (?:\1 ){0,4}+\1(?:[a-z]+|\b)"
)


# A king's nickname in a history lesson (« Louis le Bègue »).
_HISTORY = re.compile(r"\b(?:roi|reine|regn\w*|siecle|dynastie|histoire|moyen age)\b")


def _laughing(doc: Document) -> bool:
    """Laughing at someone, with the skull of students' slang (« 💀💀 », dying of laughter)
    counted here only: elsewhere it may go with a threat."""
    return bool(_LAUGHING.search(folded(doc))) or "\U0001f480" in doc.normalised


# Reported mockery that the writer cheers on (« … bien trouvé les jeunes, continuez »).
_EGGED_ON = re.compile(r"\bbien trouve\b|\bcontinuez\b|\btrop drole\b")
_CONDEMNED = re.compile(
    r"\b(?:tolere\w*|intolera\w*|denon\w*|condamn\w*|signal\w*|inacceptable\w*|interdit\w*|"
    r"sensibilis\w*|preven\w*|si (?:vous|tu|quelqu un|on))\b"
    # « likez si vous trouvez que… » asks for votes, it does not warn
    r"(?! (?:trouvez|trouves|pensez|penses|voulez pas|veux pas|s assoit|s assoie|joue|parle|mange|se tient)\b)"
)

# Sexual remarks about a staff member, told by innuendo: two cues among a body or
# clothes remark, a suggestive emoji and a knowing phrase (« si vous voyez ce que je
# veux dire », « j'irais ben le voir en privé »), with a staff member named.
_STAFF = re.compile(
    r"\b(?:prof|profs|professeure?|enseignante?|enseigner|secretaire|educatrice|stagiaire|suppleante?|"
    r"directrice|coach|entraineuse|surveillante|nouvelle|technicienne|orthopedagogue|psychoeducatrice|"
    r"collegue|concierge|adjointe|mere|maman|mme|madame)\b"
)
_SUGGESTIVE_EMOJI = re.compile(
    "[\U0001f60f\U0001f351\U0001f346\U0001f445\U0001f924\U0001f975\U0001f4a6]"
)


# An embarrassing moment filmed and offered around: « Liam a pissé dans ses culottes
# en éduc. On a la vidéo si quelqu'un la veut 📹 »
_HUMILIATED = re.compile(
    r"\b(?:pisse|vomi|chie|fait dans ses culottes|dans ses culottes|dans ses pantalons)\w*\b"
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
# names that are the mockery by themselves (« Salut la baleine 🐳 », « Bouboule »)
_BODY_NAMES = r"\bsalut (?:la|le) (?:baleine|grosse?|toutoune|bouboule)\b|\bthe fat (?:kid|girl|guy|one)\b|\bbouboule\b"
# Telling someone to diet: « t'as pensé à te mettre au régime avant le bal? »
_DIET = r"\b(?:te|vous) mettre au regime\b"
_BODY_MOCKED = (
    _BODY_NAMES
    + r"|\bune baleine dans (?:un|une|son|sa|ses) (?:chandail|robe|maillot|habit|costume|jeans?|pantalons?|linge|uniforme|leggings|kit)\b"
    r"|\b(?:aussi|plus|ben plus) (?:gras|grasse|gros|grosse) que (?:sa|son|ses) \w+"
    r"|\b(?:la|ta|votre|sa) (?:robe|chemise|jupe|culotte|chaise|habit|toge) va (?:craquer|peter|exploser|lacher|ceder)\b"
    r"|\bon (?:dirait|aurait dit) (?:une|un) (?:baleine|vache|hippopotame|orque|truie|elephant|morse) (?:sur|dans|en|qui)\b"
    r"|\bmange\w* (?:toute|tout) la (?:cafet\w*|bouffe)\b|\bune saucisse dans (?:son|sa|ses) (?:habit|chandail|robe|uniforme|emballage)\b"
    r"|" + _DIET
)
_WEIGHT_REMARK = re.compile(
    r"\b(?:(?:la|cette) grosse (?:de|d|du|qui|a)\b"
    r"|(?:est|es|etait) (?:rendue? |devenue? )?(?:tellement|trop|ben trop|si) (?:grosse?|gros) qu"
    r"|(?<!\ba )(?<!\bai )(?<!\bavons )(?<!\bont )\bmange pour (?:trois|quatre|six|dix|une armee)\b|\bbesoin de (?:deux|2|trois|3) (?:chaises|sieges|bancs)\b|\belargir les portes\b"
    r"|" + _BODY_MOCKED + ")"
)
# Remarks that mock a body by themselves; with a laugh they need no animal emoji.
_BODY_MOCKED_REMARK = re.compile(_BODY_MOCKED)
_NAMES_THE_BODY = re.compile(_BODY_NAMES)
_TOLD_TO_DIET = re.compile(_DIET)
_FAT_EMOJI = re.compile("[\U0001f437\U0001f416\U0001f418\U0001f433\U0001f40b\U0001f99b\U0001f404]")


def _weight_mocked(doc: Document) -> _Sentence | None:
    text = folded(doc)
    laughed = _laughing(doc) and _BODY_MOCKED_REMARK.search(text)
    if not (_FAT_EMOJI.search(doc.normalised) or laughed) or _WEIGHT_KIND.search(text):
        return None
    units = _sentences(doc, None)
    for k, unit in enumerate(units):
        remark = _WEIGHT_REMARK.search(unit.folded)
        if not remark or _ANIMALS.search(_BODY_MOCKED_REMARK.sub(" ", unit.folded)):
            continue  # « le cochon est tellement gros 🐷 » at the farm
        if _NAMES_THE_BODY.search(unit.folded) and not _MENTION.search(unit.folded):
            return unit  # « Salut la baleine 🐳 », « Bouboule »: the name is the mockery
        if _TOLD_TO_DIET.search(unit.folded):
            return unit  # « t'as pensé à te mettre au régime avant le bal? 💀 »: said to the person
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
    r"\b(?:bebe|enceinte|grossesse|ado|ados|mon gars|mon fils|ma fille|mon petit|ma petite|mes enfants|mon chum|ma blonde|merci|bravo|felicitations|gateau|sapin|citrouille|mascotte|lapin|je l aime|je t aime|bonne fete|ma belle|mon beau|costume|deguisement|halloween)\b"
)
_ANIMALS = re.compile(
    r"\b(?:cochons?|porcs?|truies?|vaches?|chiens?|chats?|chevaux|cheval|baleines?|elephants?|ferme|zoo|aquarium|citrouilles?|poissons?)\b"
)


def _mobbed(sentence: _Sentence) -> bool:
    """« bloque pis signale le compte de Justine », « on pourrait « oublier »
    d'inviter Julie »: a person named, not a scam account or the rain."""
    found = MOBBING.search(sentence.folded)
    if not found:
        return False
    name = found.group("who") or found.group("guest")
    return any(t.key == name and is_first_name(t) for t in sentence.toks)


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
            or bool(_laughing(doc) and _DISABILITY.search(text))
            or bool(_FAT_EMOJI.search(doc.normalised))
            or bool(_laughing(doc) and _BODY_MOCKED_REMARK.search(text))
        )

    def check(self, doc: Document, parsed: Any | None) -> Iterable[Hit]:
        hits = list(super().check(doc, parsed))
        yield from hits
        for sentence in _sentences(doc, None):
            # « commentaires » would read as a mention: only a condemnation silences these
            if (
                (_CAMPAIGN.search(sentence.folded) and not _CONDEMNED.search(sentence.folded))
                or _mobbed(sentence)
            ) and not any(h.start == sentence.toks[0].start for h in hits):
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
        if not _laughing(doc):
            return
        units = _sentences(doc, None)
        for k, sentence in enumerate(units):
            near = " ".join(u.folded for u in units[max(0, k - 2) : k + 1])
            if (
                _MOCKING.search(sentence.folded)
                and _DISABILITY.search(near)
                and not _HISTORY.search(near)
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
        flagged: set[int] = set()
        denied = _DENIED.search(folded(doc)) is not None
        for sentence in _sentences(doc, None):
            if _MENTION.search(sentence.folded):
                continue
            if denied and _RUMOURED.search(sentence.folded):
                continue  # « quelqu'un fait circuler que la directrice vole… c'est faux »
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
                if _STORYTELLING.search(m.group()):
                    continue  # « le prof nous a présenté Arsène Lupin, c'est un voleur »
                flagged.add(sentence.toks[0].start)
                yield _hit(sentence, self.message)
                break
        yield from (h for h in self._after_role(doc) if h.start not in flagged)

    def _after_role(self, doc: Document) -> Iterator[Hit]:
        """An accusation that names no one but follows a wrongdoing told of a role:
        in the sentence before (« Le directeur des finances a caché 4 millions. C'est
        un fraudeur. ») or earlier in the same one (« La cuisinière…, c'est une escroc »)."""
        said = list(_sentences(doc, None))
        for sentence in said:
            told = _ROLE_THEN_ACCUSATION.match(sentence.folded)
            if (
                told
                and _WRONGDOING.search(told.group("told"))
                and not _STORYTELLING.search(sentence.folded)
                and not _MENTION.search(sentence.folded)
                and self._plain(doc, sentence)
            ):
                yield _hit(sentence, self.message)
        for before, sentence in pairwise(said):
            if (
                _ACCUSATION_ALONE.match(sentence.folded)
                and _ROLE_OPENING.match(before.folded)
                and _WRONGDOING.search(before.folded)
                and not _STORYTELLING.search(before.folded)
                and not _MENTION.search(before.folded)
                and not _GAME.search(before.folded)
                and self._plain(doc, sentence)
            ):
                yield _hit(sentence, self.message)

    @staticmethod
    def _plain(doc: Document, sentence: _Sentence) -> bool:
        """Said as a statement: not asked (« Un voleur? »), not in scare quotes, not laughed at."""
        after = doc.normalised[sentence.toks[-1].end : sentence.toks[-1].end + 3]
        quoted = quoted_spans(doc)
        return (
            "?" not in after
            and not any(inside(quoted, t.start, t.end) for t in sentence.toks)
            and not _LAUGHING.search(folded(doc))
        )


# The whole sentence is the accusation (« C'est une abuseuse. »), no fiction or lesson before it.
# (« une drogue » is a drug: the nouns here are people only)
_ACCUSED = CRIME_NOUN.replace("|drogue|droguee", "")
_ACCUSATION_ALONE = re.compile(
    rf"^(?:(?:c est|c etait|il est|elle est) )?(?:un|une) (?:(?:vrai|vraie|maudit|maudite) )?{_ACCUSED}$"
    rf"|^(?:(?:c est|c etait|ce sont|ils sont|elles sont) )?des (?:(?:vrais|vraies|maudits|maudites) )?{_ACCUSED}s?"
    r"(?: de (?:temps|fonds|salaire|heures))?$"
)
# What the accused did, told before the accusation (not a save in goal or a lesson).
_WRONGDOING = re.compile(
    r"\b(?:brass\w*|frapp\w*|vol(?:e|es|ent|ait|aient|er)|pris|prend\w*|cach\w*|maquill\w*|arrang\w*|trafiqu\w*|"
    r"falsifi\w*|ment|mentent|menti|pai(?:e|ent)|pay(?:e|es|ee|er)|marqu\w*|tripot\w*|touch(?:e|ent|ait)|boi(?:t|vent)|bu|"
    r"saoul\w*|empoch\w*|detourn\w*|vend\w*|revend\w*|piqu\w*|pig\w*|fraud\w*|abus\w*|harcel\w*|crie\w*|"
    r"engueul\w*|gonfl\w*|factur\w*|garde\w* l argent|vid\w* (?:le compte|la caisse|les comptes)|sert de la nourriture perimee|sent la (?:biere|boisson|bouteille|tonne))\b"
)
_ROLE_OPENING = re.compile(
    rf"^(?:\w+ ){{0,2}}?(?:{_ROLE}|(?:les|nos|vos|ces) (?:profs|enseignant\w*|surveillant\w*|chauffeur\w*|"
    r"educat\w+|concierges|secretaires|cuisinier\w*|entraineur\w*|coachs|directeurs|directrices|cadres|gestionnaires))\b"
)
# « La cuisinière sert du périmé pour empocher la différence, c'est une escroc. »
_ROLE_THEN_ACCUSATION = re.compile(
    rf"^(?P<told>(?:\w+ ){{0,2}}?{_ROLE}\b.*)\b(?:c est|c etait) (?:un|une|des) (?:(?:vrai|vraie|vrais|vraies) )?{_ACCUSED}s?$"
)
_STORYTELLING = re.compile(
    # (« fouille dans les dossiers pour aller les raconter » spreads them: no story told)
    r"\b(?<!pour aller les )(?<!pour les )(?:parl\w*|racont\w*|present\w*|expliqu\w*|jou(?:e|es|ent|ait|aient|er|ons|ez)|montr\w*|lu|lire|etudi\w*|documentaire|film|livre|roman|"
    r"serie|personnage|histoire|piece|theatre|legende|conte)\b(?! (?:les )?dossiers)"
    # the subject taught (« le prof d'histoire », « la salle de théâtre ») is no story told
    r"(?<!\bd histoire)(?<!\bde theatre)(?<!\bd etudes)"
)


# A rumour reported in order to deny it.
_RUMOURED = re.compile(
    r"\b(?:fait|font|faire|fais|faites) circuler (?:que|qu)\b|\bla rumeur (?:dit|veut|court) qu|\bon raconte qu|\bil parait qu"
)
_DENIED = re.compile(
    r"\bc est (?:faux|pas vrai|une fausse rumeur)\b|\bdiffamation\b|\bfausses? rumeurs?\b|\barretez de (?:partager|faire circuler|repandre)\b"
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
    first_names = terms("prenoms")
    if (
        index >= 3
        and sentence.toks[index - 1].key == "qui"
        and sentence.toks[index - 3].key == "est"
        and fold(sentence.toks[index - 2].surface) in first_names
        and sentence.toks[index - 2].surface[:1].isupper()
    ):
        return True  # « c'est Kenny qui vend du pot »: the name is given as the culprit
    before = sentence.toks[max(0, index - 2) : index]
    if (
        bool(before)
        and any(fold(t.surface) in first_names for t in before)
        and all(t.surface[:1].isupper() for t in before)
    ):
        return True
    # « Stéphanie en adaptation scolaire boit… »: a name, then where or what she teaches
    window = sentence.toks[max(0, index - 6) : index]
    return any(
        fold(t.surface) in first_names
        and t.surface[:1].isupper()
        and window[k + 1].key in ("en", "de", "du", "au", "a")
        for k, t in enumerate(window[:-1])
    )
