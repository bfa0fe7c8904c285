"""YAML front matter (``---`` … ``---`` at the top of a Markdown, HTML or text
file, as Jekyll, Hugo and most static-site tools write it): metadata for the
rules — publication date-time, author, account, kind — and the title, which
is published text and so is checked in place."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from civisme.rules.publication_hours import DATE_KEY

_FRONT = re.compile(
    r"\A---[ \t]*\r?\n(?P<body>.*?)^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.DOTALL | re.MULTILINE
)
# Keys people use, folded (lower case, « _ » as « - »), and the metadata each feeds.
_KEYS = {
    **dict.fromkeys(
        (
            "date-publication",
            "date-de-publication",
            "publication",
            "publie-le",
            "date",
            "publish-date",
            "published",
            "publishdate",
        ),
        DATE_KEY,
    ),
    **dict.fromkeys(("auteur", "autrice", "author", "signature", "par"), "auteur"),
    **dict.fromkeys(("compte", "account"), "compte"),
    "type": "type",
    "civisme": "civisme",
}
# One-line values shown to readers: they stay visible to the rules.
_SHOWN = re.compile(
    r"^(?:titre|title|description|resume|résumé|summary|sous-titre|subtitle)[ \t]*:[ \t]*(?P<value>\S[^\r\n]*?)[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)
KINDS = ("publication", "description")


@dataclass
class FrontMatter:
    end: int = 0  # offset just after the closing line; 0 when there is none
    metadata: dict[str, Any] = field(default_factory=dict)
    kind: str | None = None
    errors: list[str] = field(default_factory=list)
    shown: list[tuple[int, int]] = field(default_factory=list)  # spans left visible


def read_front_matter(text: str) -> FrontMatter:
    """The front matter of ``text`` (an empty one when the text has none)."""
    m = _FRONT.match(text)
    if m is None:
        return FrontMatter()
    import yaml  # only files with front matter pay for PyYAML

    front = FrontMatter(end=m.end())
    body_start = m.start("body")
    for shown in _SHOWN.finditer(m.group("body")):
        front.shown.append((body_start + shown.start("value"), body_start + shown.end("value")))
    try:
        data = yaml.safe_load(m.group("body"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" à la ligne {mark.line + 2}" if mark is not None else ""
        front.errors.append(
            f"en-tête YAML illisible{where} : le texte est vérifié sans ses métadonnées"
        )
        return front
    if data is None:
        return front
    if not isinstance(data, dict):
        front.errors.append("l'en-tête YAML doit être une suite de « clé: valeur »")
        return front
    for key, value in data.items():
        target = _KEYS.get(str(key).strip().lower().replace("_", "-"))
        if target is None or value is None or target in front.metadata:
            continue
        if target == DATE_KEY:
            when, problem = publication_value(value)
            if problem:
                front.errors.append(f"« {key} » : {problem}")
            elif when:
                front.metadata[DATE_KEY] = when
        elif target == "type":
            # Hugo and others use « type » for their own layouts (« post »): only ours count.
            kind = str(value).strip().lower()
            if kind in KINDS:
                front.kind = kind
        else:
            front.metadata[target] = (
                ", ".join(map(str, value)) if isinstance(value, list) else str(value).strip()
            )
    return front


def publication_value(value: object) -> tuple[str | None, str | None]:
    """A publication date-time as HOR01 reads it, or why it cannot be read.
    A date without a time says nothing about the hour: it is kept out."""
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None).isoformat(timespec="minutes"), None
    if isinstance(value, dt.date):
        return None, None
    text = str(value).strip()
    if not text:
        return None, None
    try:
        parsed = dt.datetime.fromisoformat(text.replace(" ", "T", 1) if " " in text else text)
    except ValueError:
        return None, f"date illisible « {text} » (forme attendue : 2026-11-21T19:30)"
    if len(text) <= 10:  # « 2026-11-21 »: a day, not an hour
        return None, None
    return parsed.replace(tzinfo=None).isoformat(timespec="minutes"), None
