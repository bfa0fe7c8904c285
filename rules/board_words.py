"""HOS09: words a board forbids in its own profile or configuration
(« mots-interdits »), for local insults and slurs no shared list holds."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import Any, ClassVar

from civisme.lexicons.loader import fold

from .base import Example, Rule
from .document import Document
from .finding import Hit, Severity
from .profiles import Profile, profile_of


@cache
def _pattern(words: tuple[str, ...]) -> re.Pattern[str] | None:
    keys = sorted({fold(w) for w in words if w.strip()}, key=len, reverse=True)
    if not keys:
        return None
    alternatives = "|".join(r"\s+".join(map(re.escape, k.split())) for k in keys)
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


class ForbiddenWord(Rule):
    """Mot ou expression que votre conseil ou votre organisation a proscrit dans
    sa configuration (« mots-interdits ») : injures locales, surnoms blessants,
    mots qu'aucune liste commune ne contient."""

    code = "HOS09"
    name = "mot-interdit"
    title = "Mot proscrit par le conseil"
    severity = Severity.ERROR
    clauses = (
        "DSFNO-4-VULGAIRE",
        "CSNO-A-RESPECT",
        "CSTL-A1-POLITESSE",
        "CSSPO-3-TON",
        "CSSCV-DIFFAMATION",
    )
    example_metadata: ClassVar[dict[str, Any]] = {
        "profil": Profile(name="exemple", forbidden_words=("face de rat",))
    }
    fail_examples = (
        Example("Le gardien de but adverse, une vraie face de rat.", ("face de rat",)),
    )
    ok_examples = ("Le rat de bibliothèque de la classe a lu quarante livres cette année.",)

    def may_apply(self, doc: Document) -> bool:
        return bool(profile_of(doc).forbidden_words)

    def check(self, doc: Document, parsed: Any | None) -> Iterable[Hit]:
        pattern = _pattern(profile_of(doc).forbidden_words)
        folded = fold(doc.normalised)
        if pattern is None or len(folded) != len(doc.normalised):
            return  # casefold changed lengths (« ß »): offsets would not map back
        for m in pattern.finditer(folded):
            if doc.is_protected(m.start(), m.end()):
                continue
            yield Hit(
                m.start(),
                m.end(),
                f"« {doc.normalised[m.start() : m.end()]} » figure parmi les mots que votre "
                "conseil a proscrits (configuration « mots-interdits »). Retirez-le ou reformulez.",
            )


RULES = (ForbiddenWord,)
