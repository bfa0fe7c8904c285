"""SRC: borrowed material with no source or credit, when the post itself
shows the material is borrowed (« trouvé sur Internet », a quotation, a
shared article). A credit anywhere in the post (« Photo : », « Source : »,
« © », a link, « — Nelson Mandela ») answers it."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from .base import Example, Rule
from .document import Document, DocumentKind
from .finding import Hit, Severity
from .folded import folded
from .literal_gate import gated_search

SOURCE_CLAUSES = ("CSTL-A1-DROITS", "CSSPO-3-PROPRIETE", "CSNO-2D")

_MATERIAL = (
    r"photos?|images?|videos?|illustrations?|dessins?|memes?|gifs?|citations?|textes?|chansons?|"
    r"musiques?|articles?|infographies?|affiches?|poemes?|extraits?|capsules?|bd|caricatures?|"
    r"reflexions?|publications?|posts?|pensees?|paroles|tounes?|idees?|activites?|bricolages?"
)
_PLACES = (
    r"internet|le web|le net|google|google images|pinterest|facebook|fb|instagram|insta|tiktok|"
    r"youtube|twitter|x|reddit|un site|un blogue|un blog|un groupe|une page|la page|les reseaux "
    r"sociaux|les medias sociaux|linkedin|threads|whatsapp|messenger"
)
_BORROWED = re.compile(
    rf"\b(?:(?:{_MATERIAL})\s+(?:\w+\s+)?(?:trouve\w*|pris\w*|vu\w*|pique\w*|emprunte\w*|vole\w*|"
    rf"copie\w*|recupere\w*|deniche\w*|ramasse\w*|partage\w*|circul\w+|telecharge\w*|pogne\w*)\s+"
    rf"(?:sur|dans|de|d|a|en)\s+(?:{_PLACES})"
    rf"|(?:trouve|deniche|pique|pris|prise|prises|copie|emprunte|pogne|telecharge|ramasse)\w*\s+"
    rf"(?:\S+\s+){{0,8}}?(?:sur|dans|de|d) (?:{_PLACES})\b"
    r"|\bun extrait d (?:un|une) (?:roman|livre|album|texte|poeme|article|chanson|film)"
    r"|\b(?:tire|tiree|extrait|adapte|adaptee) d (?:un|une) (?:roman|livre|album|texte|poeme|article)"
    rf"|\b(?:pige|pigee|repique\w*|imprime\w* a partir) (?:\w+ )?(?:sur|dans|de|d) (?:\w+ ){{0,2}}(?:{_PLACES})"
    rf"|\b(?:{_MATERIAL})\b[^.!?\n]{{0,40}}\benvoyee? par (?:messenger|texto|courriel|whatsapp)"
    r"|\bje (?:ne )?sais (?:pas|plus) qui l a "
    r"(?:prise?|faite?|ecrite?|dessinee?)|\bcapture d ecran d (?:un|une) (?:tweet|publication|post|"
    r"message|page)|\bcomme (?:disait|dit) l autre\b|\bparoles de (?:la|cette|une) chanson\b"
    r"|\b(?:montage|video|diaporama)\b[^.!?\n]{0,80}\b(?:sur|avec) (?:la|une) (?:chanson|musique|toune)"
    r"|\b(?:chante|chanter|recite|reciter|declame)\w*\s*:\s*«|\bqui circul\w+|\bje ne sais (?:pas|plus) de qui"
    rf"|\b(?:{_MATERIAL}) (?:de|d|via) (?:google|pinterest|internet|facebook|instagram|tiktok)\b"
    r"|\btrouve\w* en ligne\b|\bcomme (?:disait|dit|ecrivait) (?:un|une) \w+"
    r"|\bvu ca (?:su|sur) (?:facebook|fb|instagram|insta|tiktok|youtube|internet)\b"
    r"|\b(?:video|publication|meme|photo|image) (?:tiktok|instagram|facebook|youtube)\b"
    r"|\bje vous (?:la|le|les) (?:re)?partage\b"
    rf"|\bvue?s? passer (?:sur|dans) (?:{_PLACES})"
    rf"|(?:je|on) (?:vous |te )?(?:partage|repartage|relaie|transmets) (?:\w+ )?(?:ce|cet|cette|"
    rf"ces|un|une|la|le|les) (?:\w+ )?(?:{_MATERIAL})"
    r"|(?<!pas de )(?<!pas du )(?<!aucun )(?:copier coller|copie colle)|auteur inconnu|source inconnue|je ne sais plus (?:qui|d ou)"
    r"|citation du jour|pensee du jour|la citation de la semaine)\b"
)
# A credit or a source: the post names where the material comes from.
_CREDIT = re.compile(
    r"(?:\b(?:source|sources|credit|credits|credit photo|photo|photos|image|images|video|"
    r"illustration|texte|auteur|auteure|citation|musique|paroles|via|reference|references)\s*:"
    r"|©|\(c\)|\bcredit photo\b|\bgracieusete\b|\bavec (?:la )?permission\b|\breproduit\w* avec\b"
    r"|\b(?:tire|tiree|tires|adapte|adaptee) (?:de|du|des|d(?! un\b| une\b))\b"
    r"|\bselon (?!l auteure?\b|lui\b|elle\b|eux\b)"
    r"|\b(?:par|de) (?:m|mme|dr|dre) [a-z]|\bsignee? par\b|\b(?:ecrit\w*|realise\w*|"
    r"compose\w*|chante\w*|interprete\w*|dessine\w*|photographie\w*) par\b"
    r"|\b(?:disait|a dit|ecrivait|a ecrit|affirmait|rappelait|chantait) (?!l autre\b|quelqu un\b|un\b|une\b))"
)
# Quotation marks around a sentence, followed by an attribution « — Name ».
_ATTRIBUTION = re.compile(
    r"[»\"”]\s*[(\[]?\s*[-–—~]\s*\w|[-–—~]\s*[A-ZÉ][\w.]+(?:\s+[A-ZÉ]\w+)*\s*$", re.M
)
_LONE_QUOTE = re.compile(
    r"^[^\S\n]*[«\"“]\s*([^»\"”\n]{30,400}?)\s*[»\"”][^\S\n]*[.!]?[^\S\n]*$", re.M
)


# Cheap gate: every cue above holds one of these literals (a place, a sharing
# verb, a quotation mark…); most posts hold none and skip the patterns.
_GATE = (
    "internet",
    "web",
    "net",
    "google",
    "pinterest",
    "facebook",
    "fb",
    "instagram",
    "insta",
    "tiktok",
    "youtube",
    "twitter",
    " x ",
    "reddit",
    "site",
    "blog",
    "groupe",
    "page",
    "reseaux",
    "medias",
    "linkedin",
    "threads",
    "whatsapp",
    "messenger",
    "partage",
    "relaie",
    "transmets",
    "copi",
    "auteur inconnu",
    "source inconnue",
    "je ne sais",
    "du jour",
    "de la semaine",
    "extrait d",
    "tire",
    "adapte",
    "envoye",
    "capture d",
    "comme dis",
    "comme dit",
    "paroles",
    "montage",
    "video",
    "diaporama",
    "chant",
    "recit",
    "declam",
    "en ligne",
    "circul",
    "«",
    '"',
    "“",
)


class MissingSource(Rule):
    """Signale un contenu emprunté sans source ni crédit : le texte dit
    lui-même qu'il vient d'ailleurs (« photo trouvée sur Internet », « je
    vous partage cet article », une citation seule entre guillemets) et ne
    nomme ni l'auteur ni la source. Une mention « Photo : », « Source : »,
    « © », un lien ou « — Nom » suffit."""

    code = "SRC01"
    name = "source-manquante"
    title = "Source ou crédit manquant"
    severity = Severity.WARNING
    clauses = SOURCE_CLAUSES
    kinds = frozenset({DocumentKind.PUBLICATION})
    fail_examples = (
        Example(
            "Belle image trouvée sur Pinterest pour la rentrée!", ("image trouvée sur Pinterest",)
        ),
        Example(
            "« Le succès n'est pas final, l'échec n'est pas fatal. »",
            ("Le succès n'est pas final, l'échec n'est pas fatal.",),
        ),
    )
    ok_examples = (
        "Image trouvée sur Pinterest (source : Les Petits Artistes).",
        "« Le succès n'est pas final, l'échec n'est pas fatal. » — Winston Churchill",
        "Photos prises par nos élèves lors de la sortie.",
    )
    message = (
        "Source manquante : ce contenu vient d'ailleurs et le message n'en indique ni l'auteur "
        "ni la source. Ajoutez-les (« Source : … », « Photo : … », « — Auteur ») ou "
        "retirez le contenu si vous n'avez pas le droit de l'utiliser."
    )

    def may_apply(self, doc: Document) -> bool:
        text = folded(doc)
        return any(key in text for key in _GATE)

    def check(self, doc: Document, parsed: Any | None) -> Iterable[Hit]:
        text = folded(doc)
        if gated_search(_CREDIT, text) or any(s.kind == "url" for s in doc.protected):
            return
        m = gated_search(_BORROWED, text)
        if m is not None:
            yield Hit(m.start(), m.end(), self.message)
            return
        if _ATTRIBUTION.search(doc.normalised):
            return
        quote = _LONE_QUOTE.search(doc.normalised)
        if quote is not None and len(quote.group(1).split()) >= 6:
            yield Hit(quote.start(1), quote.end(1), self.message)


RULES = (MissingSource,)
