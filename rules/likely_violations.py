"""HOS10, CRI02, CON04 and PUB03: what a trained classifier finds likely
hostile, critical, confidential or commercial when no phrase rule of the
family has flagged it (veiled threats, insinuation, criticism by sarcasm, a
pupil's or a colleague's situation told in ordinary words, a sales pitch
without a price). Warnings, never errors: a score is a reason to reread, not
a proof."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any, ClassVar

from .base import Example, Rule
from .confidential import CONFIDENTIAL_CLAUSES, consented, is_general
from .criticism import CRITICISM_CLAUSES
from .document import Document
from .finding import Hit, Severity
from .folded import folded
from .hostile_common import GOOD_AFTER_DE, THREAT_CLAUSES, condemned, is_mention, refuted
from .hostile_insults import praised_feat
from .hostile_swears import liturgical_objects, religious_context, screeching, swear_talk
from .hostile_text import inside, quoted_spans
from .hostile_threats import harmless_warning, playful
from .solicitation import SOLICITATION_CLAUSES, is_school_cause
from .spans import Spans
from .text_classifier import PIECE_MIN_FEATURES, family_models, piece_features, pieces

# A post of up to this many pieces is scored whole, as the model was trained;
# a longer text, by windows of three; and, where the model has a piece
# threshold (HOS), each long enough piece alone too.
_WHOLE = 4
_WINDOW = 3


def _windows(count: int) -> Iterator[range]:
    if count <= _WHOLE:
        yield range(count)
        return
    for i in range(count - _WINDOW + 1):
        yield range(i, i + _WINDOW)


class _LikelyViolation(Rule):
    """Shared check: score each window; flag its most telling sentence."""

    rank = 2
    severity = Severity.WARNING
    family_code: ClassVar[str]
    message: ClassVar[str]
    # Whether words in quotation marks are only reported (true of hostility, not of a
    # confidence: « ma fille m'a dit « j'ai un TDAH » » still discloses it).
    quotes_mention: ClassVar[bool] = False

    def may_apply(self, doc: Document) -> bool:
        return self.family_code in family_models() and bool(doc.normalised.strip())

    def mentions(self, folded_sentence: str) -> bool:
        """Whether the sentence reports or condemns what it names."""
        return False

    def pieces_alone(self, doc: Document) -> bool:
        """Whether a piece may be read without the rest of the text."""
        return True

    def check(self, doc: Document, parsed: Any | None) -> Iterable[Hit]:
        model = family_models()[self.family_code]
        text = doc.normalised
        spans, found, unions = _scored_pieces(doc)
        quoted = quoted_spans(doc)
        culprits: list[int] = []
        windows: dict[int, frozenset[str]] = {}  # culprit → the union of its window
        for window, union in zip(_windows(len(spans)), unions, strict=True):
            if not _says_enough(union) or model.probability_of(union) < model.threshold:
                continue
            said = [i for i in window if not inside(quoted, *spans[i])]
            if not said:
                continue  # only quoted words: a report of what someone said
            # The culprit is the piece without which the window looks least hostile.
            best = min(
                said,
                key=lambda i: model.probability_of(
                    frozenset().union(*(found[j] for j in window if j != i))
                ),
            )
            culprits.append(best)
            windows.setdefault(best, frozenset().union(*(found[j] for j in window if j != best)))
        if len(spans) > 1 and model.piece_threshold <= 1 and self.pieces_alone(doc):
            # One sentence among ordinary news (« Photo jeudi. C'est Mme X qui a volé
            # l'argent. »): the whole post dilutes it, so each piece long enough is also
            # scored alone, against its own, higher threshold (set in training).
            culprits += [
                i
                for i, piece in enumerate(found)
                if len(piece) >= PIECE_MIN_FEATURES
                and model.probability_of(piece) >= model.piece_threshold
                and not inside(quoted, *spans[i])
            ]
        flagged: set[int] = set()
        shown: set[tuple[int, int]] = set()
        for best in culprits:
            if best in flagged:
                continue
            start, end = _trimmed(text, *spans[best])
            start, end = _with_title(text, spans, best, start, end)
            if (start, end) in shown:
                continue  # « M. » and the piece after it are one passage
            shown.add((start, end))
            if self.mentions(folded(doc)[start:end]):
                continue  # « ils continuent à dire que… », « nous dénonçons… »: a report
            if (
                self.quotes_mention
                and not _SPREAD_OR_ENDORSED.search(folded(doc))
                and _hostile_only_in_quotes(
                    text, quoted, start, end, windows.get(best, frozenset()), model
                )
            ):
                continue  # « Un joueur a crié « retourne dans ton pays » à Amadou. »
            last = best + 1 if end > spans[best][1] else best  # « M. » took the next piece
            following = folded(doc)[slice(*spans[last + 1])] if last + 1 < len(spans) else ""
            after = folded(doc)[slice(*spans[last + 2])] if last + 2 < len(spans) else ""
            if following and (refuted(following) or condemned(following.lstrip(), after)):
                continue  # « …parasites? Non : c'est un préjugé. », « Ces propos n'ont aucune place ici. »
            flagged.add(best)
            yield Hit(start, end, self.message)


# A screenshot or a forwarded message spreads the words it quotes; agreeing with them
# (« c'est juste la vérité », « pis il a ben fait ») makes them the author's own.
_SPREAD_OR_ENDORSED = re.compile(
    r"\b(?:capture d ecran|captures d ecran|screenshot|screen|je vous partage|je partage|transfere|partagez)\b"
    r"|\bc (?:est|etait) (?:juste |ben |bien |rien que )?(?:la verite|vrai)\b|\b(?:il|elle|ils|elles) (?:a|ont) (?:ben|bien) fait\b"
    r"|\b(?:il|elle|ils|elles) (?:a|ont) raison\b|\b(?:je suis|chu|j suis) (?:ben |bien |100 % |tellement )?d accord\b|\bpas faux\b|\b(?:ben|bien) dit\b"
)


def _hostile_only_in_quotes(
    text: str,
    quoted: Spans,
    start: int,
    end: int,
    rest_of_window: frozenset[str],
    model: Any,
) -> bool:
    """Whether the passage stops looking like a violation once its quoted words
    are taken out: what it flags is what someone else said."""
    inner = [(max(s, start), min(e, end)) for s, e in quoted if s < end and e > start]
    if not inner:
        return False
    kept = list(text[start:end])
    for s, e in inner:
        kept[s - start : e - start] = " " * (e - s)
    without = piece_features("".join(kept)) | rest_of_window
    return model.probability_of(without) < model.threshold


# Markdown emphasis and bullets (« - **Économiser** de l'argent », « * Dîner ») are
# not the « * » of a hidden letter (« ost*e », « c*l »), which the models learnt as
# hostile: asterisks at a word's edge become spaces, offsets unchanged.
_EMPHASIS = re.compile(
    r"(?<![\w*])\*{1,3}(?=[^\s*])|(?<=[^\s*])\*{1,3}(?![\w*])|^[ \t]*\*(?= )", re.M
)


def _without_emphasis(text: str) -> str:
    if "*" not in text:
        return text
    return _EMPHASIS.sub(lambda m: " " * len(m.group()), text)


def _scored_pieces(
    doc: Document,
) -> tuple[list[tuple[int, int]], list[frozenset[str]], list[frozenset[str]]]:
    """The pieces of the text, their features and those of each window;
    computed once for both rules."""
    if "likely.pieces" not in doc.cache:
        text = _without_emphasis(doc.normalised)
        spans = pieces(text)
        found = [piece_features(text[s:e]) for s, e in spans]
        unions = [frozenset().union(*(found[i] for i in w)) for w in _windows(len(spans))]
        doc.cache["likely.pieces"] = (spans, found, unions)
    return doc.cache["likely.pieces"]


def _says_enough(found: frozenset[str]) -> bool:
    """Whether there are words to judge: a text in Cyrillic or Greek leaves only
    « ? » and emojis, and the bias alone is no verdict."""
    return sum(f.startswith("w:") for f in found) >= 3


# The model's pieces end at any full stop (its features depend on it), so a title
# may be a piece of its own, and the one without which a window looks least hostile.
_TITLE_ONLY = re.compile(r"(?:M|MM|Mme|Mmes|Mlle|Dr|Me|Ste?)\.")


def _with_title(
    text: str, spans: list[tuple[int, int]], best: int, start: int, end: int
) -> tuple[int, int]:
    """The flagged passage with its title and the name after it: « M. Roy a… », not « M. »
    nor « Roy a… »."""
    if _TITLE_ONLY.fullmatch(text[start:end]) and best + 1 < len(spans):
        end = _trimmed(text, *spans[best + 1])[1]
    elif best > 0 and _TITLE_ONLY.fullmatch(text[slice(*_trimmed(text, *spans[best - 1]))]):
        start = _trimmed(text, *spans[best - 1])[0]
    return start, end


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


class LikelyHostile(_LikelyViolation):
    """Passage qui ressemble à des propos hostiles sans contenir de mot ou de
    tournure que les autres règles HOS reconnaissent : menace sous-entendue,
    insinuation contre une personne, harcèlement ou mépris d'un groupe dits en
    mots ordinaires. Le score vient d'un classifieur entraîné sur des
    publications étiquetées ; c'est un avertissement à relire, pas un verdict."""

    code = "HOS10"
    name = "propos-hostiles-probables"
    title = "Propos probablement hostiles (classifieur)"
    clauses = THREAT_CLAUSES
    family_code = "HOS"
    quotes_mention = True

    def mentions(self, folded_sentence: str) -> bool:
        # HOS03 judges liturgical words in their church context; the classifier cannot.
        # « ne faites pas crisser vos pneus »: the verb to screech, not the sacre
        return (
            is_mention(folded_sentence)
            or liturgical_objects(folded_sentence)
            or screeching(folded_sentence)
            or swear_talk(folded_sentence)
            or praised_feat(folded_sentence)
            or harmless_warning(folded_sentence)
            or _FAIR_CONTACT.search(folded_sentence) is not None
            or _GOING_HOME.search(folded_sentence) is not None
            or _PLEA.search(folded_sentence) is not None
            or _CRAZY_GOOD.search(folded_sentence) is not None
            or _HOUSE_RULE.search(folded_sentence) is not None
            or (
                _WAR_GAME.search(folded_sentence) is not None
                and _PLAYED_VIOLENCE.search(folded_sentence) is not None
            )
        )

    def may_apply(self, doc: Document) -> bool:
        # The classifier reads « t'es mort », « fous », « massacrer » as hostile; laughing
        # with affection or over a named game, friends tease (the phrase rules still judge).
        # A get-well message or one's own sick leave told without shame names a person and
        # an illness, as threats do: the words of care say what it is.
        text = folded(doc)
        return (
            super().may_apply(doc)
            and not playful(text)
            and not _CARE.search(text)
            and not (_COMPLIMENT.search(text) and _ADMIRING.search(doc.normalised))
            and not _ELDERS_TOLD.search(text)
        )

    def pieces_alone(self, doc: Document) -> bool:
        # « Saviez-vous que le ciboire est le vase sacré…? »: the church context is in
        # another sentence, which the piece alone would not see.
        return not religious_context(folded(doc))

    fail_examples = (
        Example(
            "Je sais c'est quoi ton char pis à quelle heure tu pars le soir. Fais attention.",
            # the sentence without which the post looks harmless
            ("Je sais c'est quoi ton char pis à quelle heure tu pars le soir.",),
        ),
    )
    ok_examples = (
        "Rappel : le stationnement de l'école sera déneigé vendredi matin.",
        "Nos élèves ont préparé une magnifique exposition sur la diversité culturelle.",
    )
    message = (
        "Ce passage ressemble à des propos hostiles (menace sous-entendue, insinuation, "
        "harcèlement ou mépris d'un groupe), que les politiques ne tolèrent pas. Relisez-le : "
        "s'il peut être lu comme une menace, une accusation ou une attaque contre une personne "
        "ou un groupe, retirez-le ; sinon, ignorez cet avertissement."
    )


# What an elder lived through, told: « mon grand-père disait qu'on le traitait de sale Indien ».
_ELDERS_TOLD = re.compile(
    r"\b(?:grand pere|grand mere|grand papa|grand maman|arriere grand \w+|ancetres|aines|kokum|mishomis) "
    r"(?:disait|racontait|raconte|nous a raconte|m a raconte|se souvient|se rappelle)\b"
    # told as the one who suffered it: « on le traitait de…, on le frappait »
    r"[^.!?]{0,60}\bon (?:le|la|les|nous|l) (?:traitait|frappait|appelait|battait|punissait|insultait)\b"
)
# The target's own plea, or a call for calm: « arrêtez de faire circuler des rumeurs svp »,
# « stp montre pas ma photo, ça me met mal à l'aise », « on arrête de s'ostiner ».
_PLEA = re.compile(
    r"\b(?:arretez|arrete|arretons|on arrete) de (?:faire circuler|partager|publier|repandre|s ostiner|vous ostiner|t ostiner|"
    r"se chicaner|vous chicaner|te chicaner)\b|\bca me met mal a l aise\b|\bmontre pas ma photo\b"
)
# A parent's house rule: « s'il range pas sa chambre, je confisque la Xbox ».
_HOUSE_RULE = re.compile(
    r"\b(?:je|j|on) (?:vais |va )?(?:confisque\w*|coupe\w*|enleve\w*|debranche\w*|cache\w*) (?:la|le|les|l|son|sa|ses|ton|ta|tes) "
    r"(?:xbox|switch|playstation|ps4|ps5|nintendo|manette|cell|cellulaire|telephone|iphone|ipad|tablette|wifi|internet|tele|television|ordi|ordinateur|jeux? video|ecrans?)\b"
)
# Players shooting each other in a named game (« ils passent la soirée à se tirer dessus à Fortnite »);
# hostile_common._GAME names games only after « à / au / en », and lacks the shooters.
_WAR_GAME = re.compile(
    r"\b(?:fortnite|minecraft|call of duty|warzone|valorant|gta|roblox|apex|overwatch|halo|paintball|laser tag|airsoft|"
    r"jeux? video|jeu en ligne|nerf)\b"
)
_PLAYED_VIOLENCE = re.compile(
    r"\b(?:se tir\w* dessus|s entretu\w*|se tu\w*|se battre|se battent|se tirer)\b"
)


# « Les élèves retournent chez eux au dîner »: the school day, not « go back home ».
_GOING_HOME = re.compile(
    r"\b(?:retourn|rentr|repart)\w* (?:chez (?:eux|elles|nous|soi|lui|elle)|a la maison) "
    r"(?:au diner|a midi|pour (?:le )?diner|pour (?:le )?souper|en autobus|a pied|en velo|apres (?:l ecole|les cours|la classe)|"
    r"a la fin de la journee|plus tot|a \d+ ?h)\b"
)


# « mise en échec… propre pis légal », « grosse game à soir contre Rimouski »: a
# game's contact or a match announced, not a threat.
_FAIR_CONTACT = re.compile(
    r"\b(?:propre (?:pis|et) legal|mise en echec|mises en echec|plaquage|body check)\b"
    r"|\b(?:game|match|partie|joute) (?:a soir|ce soir|demain|samedi|vendredi|dimanche) contre\b"
    r"(?![^.!?]{0,120}\b(?:hopital|ambulance|bless\w*|cass\w*|attend\w*|stationnement|regretter|payer)\b)"
)
_CARE = re.compile(
    r"\b(?:(?:prompt|bon|meilleur) retablissement|guerisse\w*|guerir vite|prompte guerison"
    r"|on pense (?:fort |tres fort )?a (?:toi|vous|elle|lui|eux)\b"
    r"|j en ai pas honte|je n en ai pas honte|pas (?:de|d) honte a (?:avoir|demander|consulter)"
    # a service welcomed for one's child: « mon petit qui bégaie va enfin avoir de l'aide »
    r"|(?:va|vont|pourra|pourront|peut|peuvent) enfin (?:avoir|recevoir|obtenir) (?:de l aide|des services|du soutien|un suivi)\b"
    # « se sont rasé la tête pour appuyer Noah qui a le cancer »
    r"|\bpour (?:appuyer|soutenir|encourager) (?:\w+ ){1,3}qui (?:a|combat|se bat|lutte) (?:le|la|un|une|contre)\b)"
)
# Praise in teenage slang, with an emoji of admiration (« elle est malade ta robe, t'es une
# tueuse ce soir 🔥 », « ton dessin est trop hot 🔥 »): the words the model reads as hostile.
_PRAISE_WORD = (
    r"(?:trop |tellement |vraiment |full |ben |bin |super |donc )?"
    r"(?:malade|hot|belle|beau|magnifique|iconique|ecoeurant|sick|fire|(?:une|un) (?:vraie? )?(?:tueuse|tueur|queen|king|bombe))\b"
)
# Said to the person or of their things, never of a staff member (« la prof est hot 🔥 » is
# a remark on a body).
_COMPLIMENT = re.compile(
    rf"\bt es {_PRAISE_WORD}|\b(?:ton|ta|tes) \w+ (?:est|sont) {_PRAISE_WORD}|\b(?:elle|il) est {_PRAISE_WORD} (?:ton|ta|tes)\b"
)
# « la routine de Maëlle est débile de bonne »: crazy good, praise whoever it is said of
_CRAZY_GOOD = re.compile(
    r"\b(?:debile|malade|fou|folle|capote\w*|dement\w*) de (?:" + "|".join(GOOD_AFTER_DE) + r")\b"
    r"(?! (?:a rien|pour rien))"
)
_ADMIRING = re.compile("[\U0001f525\U0001f60d\U0001f929\u2728\U0001f485\U0001f451\U0001f64c]")


# CRI is about the school community: a complaint that names only an outside
# institution (hospital, airline, internet provider, the weather) and no word of
# the school world is not one. Measured on the labelled texts: 11 false positives
# of CRI02 fewer, no complaint lost.
_OUTSIDE_WORLD = re.compile(
    r"\b(?:systeme de sante|medecin|urgences|hopital|clinique|compagnie aerienne|aeroport|air canada|"
    r"westjet|epicerie|videotron|bell|rogers|netflix|service canada|gouvernement federal|meteo|pluie|"
    r"neige|vent|tempete|mouille|soleil|canadiens|oilers|restaurant|resto|pont|trafic|dentiste|garage|"
    r"assurances?|banque|hydro|essence|sommet|climat)\b"
)
_SCHOOL_WORLD = re.compile(
    r"\b(?:ecoles?|classes?|eleves?|profs?|enseign\w*|direct\w*|css|centre de services|district|"
    r"conseils?|commission scolaire|parents?|autobus|bus|chauffeu\w*|transport\w*|caf|cafet\w*|traiteur|"
    r"service de garde|garderie|reunions?|comites?|syndicat|collegues?|employeur|patron|boss|secreta\w*|"
    r"bulletins?|examens?|horaires?|calendrier|pedag\w*|gym\w*|cour|concierge\w*|reforme|ministere|"
    r"personnel|equipe|coach|entraineu\w*|surveillant\w*|educat\w*|tes|orthop\w*|psycho\w*|"
    r"administration|budget|compressions?|postes?|devoirs?|portail|formation|conge|paie|salaire|"
    r"politique|code de vie|sortie|voyage|bal|finissants?|cloche|recre\w*|diner|local|chauffage|"
    r"toilettes|stationnement|deneig\w*|entretien|menu|repas|dg|rh|inscriptions?|frais|brigadi\w*|"
    r"stagiaire|suppleant\w*|parascolaire|jeunes|enfants?|fils|fille|gars|ado|ados|mme|m|monsieur|madame|"
    r"ti cul|petits?)\b"
)


_OWN_FAULT = re.compile(
    r"\b(?:c est|c etait) (?:\d+ ?% |entierement |totalement |juste |vraiment )?(?:ma|de ma|notre|de notre) faute\b"
)


class LikelyCriticism(_LikelyViolation):
    """Passage qui ressemble à une critique publique de l'employeur, de l'école,
    de la direction, de collègues, d'élèves, de parents ou de partenaires, dite
    sans les tournures que CRI01 reconnaît (sarcasme, question rhétorique,
    exaspération). Le score vient d'un classifieur entraîné sur des publications
    étiquetées ; c'est un avertissement à relire."""

    code = "CRI02"
    name = "critique-probable"
    title = "Critique publique probable (classifieur)"
    clauses = CRITICISM_CLAUSES
    family_code = "CRI"

    fail_examples = (
        Example(
            "La direction nous annonce le calendrier la veille, comme d'habitude. "
            "Merci pour l'organisation.",
            ("La direction nous annonce le calendrier la veille, comme d'habitude.",),
        ),
    )
    ok_examples = (
        "Bravo à toute l'équipe du CSS pour l'organisation de la rentrée!",
        "Le film de vendredi était vraiment ennuyant, mais le maïs soufflé était bon.",
    )

    def mentions(self, folded_sentence: str) -> bool:
        # « c'est 100 % ma faute, la prof nous avait avertis »: the writer blames themself
        return _OWN_FAULT.search(folded_sentence) is not None

    def check(self, doc: Document, parsed: Any | None) -> Iterable[Hit]:
        text = folded(doc)
        if _OUTSIDE_WORLD.search(text) and not _SCHOOL_WORLD.search(text):
            return  # « le système de santé est à bout », « Vidéotron, on se parle-tu? »
        yield from super().check(doc, parsed)

    message = (
        "Ce passage ressemble à une critique publique de l'employeur ou de la communauté "
        "scolaire ; les politiques demandent de ne pas s'en plaindre sur les médias sociaux, "
        "qui « ne sont pas des forums appropriés pour communiquer des plaintes ». Relisez-le : "
        "si c'est une plainte, adressez-la en privé à votre supérieur immédiat ou par les voies "
        "prévues ; sinon, ignorez cet avertissement."
    )


class LikelyConfidential(_LikelyViolation):
    """Passage qui ressemble à une affaire confidentielle rendue publique sans
    les tournures que CON01 à CON03 reconnaissent : la santé, le dossier, la
    discipline ou la situation familiale d'un élève ou d'un collègue
    reconnaissable, ce qui s'est dit dans une réunion fermée, un litige en
    cours. Le score vient d'un classifieur entraîné sur des publications
    étiquetées ; c'est un avertissement à relire."""

    code = "CON04"
    name = "confidentiel-probable"
    title = "Affaire confidentielle probable (classifieur)"
    clauses = CONFIDENTIAL_CLAUSES
    family_code = "CON"

    def check(self, doc: Document, parsed: Any | None) -> Iterable[Hit]:
        # A story told with the person's consent is not a leak (see CON02). Checked here,
        # not in may_apply, so that the full mode (which skips may_apply) agrees.
        if not consented(folded(doc)):
            yield from super().check(doc, parsed)

    def mentions(self, folded_sentence: str) -> bool:
        return is_general(folded_sentence)

    fail_examples = (
        Example(
            "Félix de 4e ne dort plus chez lui depuis que sa mère a perdu son logement.",
            ("Félix de 4e ne dort plus chez lui depuis que sa mère a perdu son logement.",),
        ),
    )
    ok_examples = (
        "Semaine de la santé mentale : parlez-en, demandez de l'aide, on est là pour vous.",
        "Le budget adopté au conseil de mardi est en ligne sur le site du centre de services.",
    )
    message = (
        "Ce passage ressemble à une affaire confidentielle (santé, dossier, discipline ou "
        "situation familiale d'une personne reconnaissable, réunion fermée, litige). Relisez-le : "
        "si une personne peut être reconnue, retirez le passage ou ce qui l'identifie et "
        "traitez la question en privé ; sinon, ignorez cet avertissement."
    )


# A carpool or something given away: « écrivez-moi en privé » without a sale.
_NOT_FOR_SALE = re.compile(r"\b(?:covoiturage|un lift|a donner|gratuitement)\b")


class LikelySolicitation(_LikelyViolation):
    """Passage qui ressemble à de la sollicitation commerciale ou à du pourriel
    sans les tournures que PUB01 reconnaît : vente personnelle, recrutement
    pour une entreprise, concours d'un commerce, chaîne de messages. Le score
    vient d'un classifieur entraîné sur des publications étiquetées ; c'est un
    avertissement à relire."""

    code = "PUB03"
    name = "sollicitation-probable"
    title = "Sollicitation probable (classifieur)"
    clauses = SOLICITATION_CLAUSES
    family_code = "PUB"

    def mentions(self, folded_sentence: str) -> bool:
        # A free event, a fundraiser, the school's own channel: what PUB01 lets pass too.
        return is_school_cause(folded_sentence) or bool(_NOT_FOR_SALE.search(folded_sentence))

    fail_examples = (
        Example(
            "Mon chum fait des tartes au sucre incroyables, contactez-le pour vos partys de Noël.",
            (
                "Mon chum fait des tartes au sucre incroyables, contactez-le pour vos partys de Noël.",
            ),
        ),
    )
    ok_examples = (
        "La vente de chocolat de la fondation finance le voyage des finissants : merci!",
        "Souper communautaire gratuit au gymnase jeudi à 17 h, bienvenue à tous.",
    )
    message = (
        "Ce passage ressemble à de la sollicitation commerciale ou à du pourriel, que les "
        "politiques interdisent sur les comptes de l'école. Relisez-le : s'il vend, recrute ou "
        "fait la promotion d'une entreprise, retirez-le ; sinon, ignorez cet avertissement."
    )


RULES = (LikelyHostile, LikelyCriticism, LikelyConfidential, LikelySolicitation)
