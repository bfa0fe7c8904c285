"""TON: an impulsive or inflammatory tone, and over-familiar address.

Only what text shows reliably: repeated punctuation, capitals combined with
it, the eye-roll of written sarcasm, and terms of endearment that break the
professional distance. Irony, condescension and passive aggression without
these marks are left to the reader: a checker cannot see them without
flagging honest enthusiasm too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from .base import Example, Rule
from .document import Document
from .finding import Hit, Severity
from .shouting import shouted_spans

TONE_CLAUSES = ("CSSPO-3-TON", "CSSPO-3-IMPULSIFS", "CSNO-A-CALME")

# Two marks or more, except the accepted « ?! » and « !? » alone.
_REPEATED = re.compile(r"[!?](?:\s?[!?])+")


def _repeated(text: str) -> list[re.Match[str]]:
    return [m for m in _REPEATED.finditer(text) if m.group().replace(" ", "") not in ("?!", "!?")]


class RepeatedPunctuation(Rule):
    """Signale les points d'exclamation ou d'interrogation répétés (« !!! »,
    « ?!?! ») : ils donnent un ton impulsif ou enflammé. La correction garde un
    seul signe. « ?! » seul, admis en français, n'est pas signalé."""

    code = "TON01"
    name = "ponctuation-repetee"
    title = "Ponctuation répétée"
    severity = Severity.WARNING
    clauses = TONE_CLAUSES
    fail_examples = (Example("Bravo à nos finissants!!! Quelle soirée?!?!", ("!!!", "?!?!")),)
    ok_examples = ("Bravo à nos finissants! Vraiment?! Quelle soirée.",)

    def may_apply(self, doc: Document) -> bool:
        return (
            "!!" in doc.normalised
            or "??" in doc.normalised
            or _REPEATED.search(doc.normalised) is not None
        )

    def check(self, doc: Document, parsed: Any | None) -> Iterable[Hit]:
        for m in _repeated(doc.normalised):
            mark = "?" if "?" in m.group() else "!"
            yield Hit(
                m.start(),
                m.end(),
                f"Ponctuation répétée « {m.group()} » : un seul « {mark} » suffit et garde un ton calme.",
                (mark,),
            )


class InflammatoryTone(Rule):
    """Signale une phrase qui cumule les majuscules et la ponctuation répétée
    (« C'EST INACCEPTABLE!!! ») : le message paraît crié sous le coup de
    l'émotion. Erreur : la CSSPO demande d'éviter les commentaires impulsifs
    et enflammés. Pas de correction automatique : relisez le message à froid."""

    code = "TON02"
    name = "ton-enflamme"
    title = "Majuscules et ponctuation répétée : ton enflammé"
    severity = Severity.ERROR
    clauses = TONE_CLAUSES
    fail_examples = (
        Example("C'EST INACCEPTABLE!!! Les parents attendent.", ("C'EST INACCEPTABLE!!!",)),
    )
    ok_examples = ("ON A GAGNÉ! Bravo!!", "La CSSPO vous remercie!!")

    def may_apply(self, doc: Document) -> bool:
        return bool(_repeated(doc.normalised))

    def check(self, doc: Document, parsed: Any | None) -> Iterable[Hit]:
        text = doc.normalised
        shouts = shouted_spans(doc)
        for m in _repeated(text):
            sentence_start = max(text.rfind(c, 0, m.start()) for c in ".!?\n") + 1
            loud = [(s, e) for s, e in shouts if sentence_start <= s and e <= m.start()]
            if loud:
                start = loud[0][0]
                yield Hit(
                    start,
                    m.end(),
                    "Majuscules et ponctuation répétée : le message paraît crié sous le coup de "
                    "l'émotion. Relisez-le à froid et reformulez-le calmement avant de publier.",
                )


_FAMILIAR = re.compile(
    r"\b(?:mes|mon|ma)\s+(?:cocos?|chéri(?:e|es|s)?|amours?|choux|chou|pitous?|poussins?|minous?|"
    r"lapins?|trésors?|puces?|chatons?|bébés?|coeurs?|cœurs?)\b"
    r"|\b(?:gros\s+)?(?:becs|bisous|bisou|bizous|bizou|câlins)\b"
    r"|\bxoxo\b|\blove you\b|\bje (?:vous|t)'?\s?aime\b|\bje t'adore\b",
    re.IGNORECASE,
)


class FamiliarAddress(Rule):
    """Signale une familiarité qui rompt la distance professionnelle entre le
    personnel et les élèves ou les parents : mots doux (« mes cocos », « mes
    chéris »), bisous et becs, « je vous aime ». Information : la CSTL demande
    un ton convenable « afin de demeurer professionnel » et la CSSPO une
    distance professionnelle avec les élèves."""

    code = "TON03"
    name = "familiarite"
    title = "Familiarité envers les élèves ou les parents"
    severity = Severity.INFO
    clauses = ("CSTL-A1-POLITESSE", "CSSPO-4-DISTANCE")
    fail_examples = (
        Example(
            "Bonne fin de semaine mes cocos! Gros becs xoxo", ("mes cocos", "Gros becs", "xoxo")
        ),
    )
    ok_examples = (
        "Bonne fin de semaine à tous nos élèves et à leurs familles!",
        "Le bec-scie et le chou-fleur du jardin.",
    )

    def may_apply(self, doc: Document) -> bool:
        lower = doc.lower
        return (
            any(k in lower for k in _FAMILIAR_KEYS) and _FAMILIAR.search(doc.normalised) is not None
        )

    def check(self, doc: Document, parsed: Any | None) -> Iterable[Hit]:
        for m in _FAMILIAR.finditer(doc.normalised):
            yield Hit(
                m.start(),
                m.end(),
                f"« {m.group()} » est trop familier pour un message professionnel aux élèves ou "
                "aux parents ; gardez un ton chaleureux mais professionnel.",
            )


_FAMILIAR_KEYS = (
    "mes ",
    "mon ",
    "ma ",
    "bec",
    "bisou",
    "bizou",
    "câlin",
    "xoxo",
    "love",
    "aime",
    "adore",
)
_SARCASM_KEYS = ("🙄", "😒", "🤡", "/s", "voyons", "c'est ça")
_SARCASM = re.compile(
    r"🙄|😒|🤡|(?<!\w)/s(?=\s*$)|\bben voyons donc\b|\bc'est ça, oui\b",
    re.IGNORECASE | re.MULTILINE,
)


class Sarcasm(Rule):
    """Signale les marques écrites du sarcasme qui ne laissent pas de doute :
    l'émoji qui lève les yeux au ciel (🙄), la moue (😒), le clown (🤡), la
    balise « /s », « ben voyons donc ». La CSTL range le sarcasme parmi les
    propos incivils. L'ironie sans ces marques n'est pas détectée."""

    code = "TON04"
    name = "sarcasme"
    title = "Marque de sarcasme"
    severity = Severity.WARNING
    clauses = ("CSTL-321-PROPOS", "CSSPO-3-TON")
    fail_examples = (Example("Encore une belle décision du comité 🙄", ("🙄",)),)
    ok_examples = ("Bravo au comité pour cette belle décision! 😊",)

    def may_apply(self, doc: Document) -> bool:
        lower = doc.lower
        return (
            any(k in lower for k in _SARCASM_KEYS) and _SARCASM.search(doc.normalised) is not None
        )

    def check(self, doc: Document, parsed: Any | None) -> Iterable[Hit]:
        for m in _SARCASM.finditer(doc.normalised):
            yield Hit(
                m.start(),
                m.end(),
                "Marque de sarcasme : le sarcasme est un propos incivil ; dites les choses "
                "directement et courtoisement, ou pas du tout.",
            )


RULES = (RepeatedPunctuation, InflammatoryTone, FamiliarAddress, Sarcasm)
