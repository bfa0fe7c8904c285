"""HOR: a scheduled publication outside the profile's reasonable hours
(CSSPO §3 « à des heures convenables »). Only when the input carries a
publication date-time: front matter, a CSV column or ``--date-publication``."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import Any, ClassVar

from .base import Example, Rule
from .document import Document, DocumentKind
from .finding import Hit, Severity
from .profiles import Profile, profile_of

DATE_KEY = "date-publication"


def publication_time(doc: Document) -> dt.datetime | None:
    """The document's publication date-time, or None when absent or unreadable
    (the CLI refuses an unreadable ``--date-publication`` before checking)."""
    value = doc.metadata.get(DATE_KEY)
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, str) and value.strip():
        try:
            return dt.datetime.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def _clock(t: dt.time) -> str:
    return f"{t.hour} h {t.minute:02d}" if t.minute else f"{t.hour} h"


class UnreasonableHour(Rule):
    """Signale une publication programmée hors des heures convenables du profil
    (par défaut de 7 h à 21 h), quand l'entrée porte une date et une heure de
    publication. L'heure d'un événement écrite dans le texte ne compte pas."""

    code = "HOR01"
    name = "heure-de-publication"
    title = "Publication hors des heures convenables"
    severity = Severity.WARNING
    clauses = ("CSSPO-3-HEURES",)
    kinds = frozenset({DocumentKind.PUBLICATION})
    example_metadata: ClassVar[dict[str, Any]] = {
        "profil": Profile(name="exemple", hours=(dt.time(7), dt.time(21))),
        DATE_KEY: "2026-11-20T23:30",
    }
    fail_examples = (
        Example("Rappel : sortie au musée demain.", ("Rappel : sortie au musée demain.",)),
    )
    ok_example_metadata: ClassVar[dict[str, Any] | None] = {
        "profil": Profile(name="exemple", hours=(dt.time(7), dt.time(21))),
        DATE_KEY: "2026-11-20T08:15",
    }
    ok_examples = ("Rappel : départ de l'autobus à 5 h 30 demain, retour vers 23 h.",)

    def may_apply(self, doc: Document) -> bool:
        return profile_of(doc).hours is not None and DATE_KEY in doc.metadata

    def check(self, doc: Document, parsed: Any | None) -> Iterable[Hit]:
        when = publication_time(doc)
        hours = profile_of(doc).hours
        if when is None or hours is None:
            return
        start, end = hours
        if start <= when.time().replace(second=0, microsecond=0) <= end:
            return
        # The first line with text (a Markdown file's first lines may be its blanked front matter).
        first = re.search(r"\S[^\n]*", doc.normalised)
        message = (
            f"Publication prévue à {_clock(when.time())}, hors des heures convenables "
            f"({_clock(start)} à {_clock(end)}) : programmez-la entre {_clock(start)} et "
            f"{_clock(end)}."
        )
        if first is None:
            yield Hit(0, len(doc.normalised), message)
        else:
            yield Hit(first.start(), first.start() + len(first.group().rstrip()), message)


RULES = (UnreasonableHour,)
