"""CSV and JSON Lines exports of a CMS or a scheduler: one record per post,
each checked as a document of its own and reported with its id."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from civisme.rules.publication_hours import DATE_KEY

from .csv_input import read_table
from .front_matter import KINDS, publication_value

# Field names tried, in order, when the user names none.
TEXT_NAMES = ("texte", "text", "message", "contenu", "content", "publication", "corps", "body")
ID_NAMES = ("id", "identifiant", "no", "numero", "numéro", "uuid", "guid")
DATE_NAMES = (
    "date-publication",
    "date_publication",
    "date",
    "publication_date",
    "published_at",
    "publie_le",
)
AUTHOR_NAMES = ("auteur", "autrice", "author", "signature")


@dataclass(frozen=True, slots=True)
class Fields:
    """The fields the user named (``--colonne``, ``--colonne-id``…); None: guess."""

    text: str | None = None
    id: str | None = None
    date: str | None = None
    author: str | None = None


@dataclass
class Record:
    id: str
    text: str
    line: int  # file line where the record begins
    metadata: dict[str, Any] = field(default_factory=dict)
    kind: str | None = None
    errors: list[str] = field(default_factory=list)


def csv_records(text: str, fields: Fields) -> tuple[list[Record], list[str]]:
    """The records of a CSV export, or the reasons it cannot be read."""
    table = read_table(text)
    if isinstance(table, str):
        return [], [table]
    names = _resolve(table.columns, fields, "colonne")
    if isinstance(names, str):
        return [], [names]
    records = [
        _record(row, names, default_id=str(number), line=line)
        for (number, row), line in zip(table.rows, table.lines, strict=True)
    ]
    return records, []


def jsonl_records(text: str, fields: Fields) -> tuple[list[Record], list[str]]:
    """The records of a JSON Lines export. A line that is not a JSON object is
    reported and skipped: the others do not depend on it."""
    records: list[Record] = []
    errors: list[str] = []
    number = 0
    for line_number, line in enumerate(text.lstrip("\ufeff").splitlines(), start=1):
        if not line.strip():
            continue
        number += 1
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(
                f"ligne {line_number} : JSON invalide (colonne {exc.colno}) ; enregistrement ignoré"
            )
            continue
        if not isinstance(value, dict):
            errors.append(
                f"ligne {line_number} : un objet JSON {{…}} était attendu ; enregistrement ignoré"
            )
            continue
        flat = _flatten(value)
        # Each record has its own fields: a CMS may export several shapes in one file.
        names = _resolve(tuple(flat), fields, "champ")
        if isinstance(names, str):
            errors.append(f"ligne {line_number} : {names} ; enregistrement ignoré")
            continue
        records.append(_record(flat, names, default_id=str(number), line=line_number))
    return records, errors


def _flatten(value: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """Nested objects as dotted names (« post.texte »), so that --champ can reach them."""
    out: dict[str, Any] = {}
    for key, item in value.items():
        name = f"{prefix}{key}"
        if isinstance(item, dict):
            out.update(_flatten(item, f"{name}."))
        else:
            out[name] = item
    return out


def _resolve(available: Sequence[str], fields: Fields, word: str) -> dict[str, str | None] | str:
    """Which field holds what, or a French message naming what is missing."""
    lowered = {name.lower(): name for name in available}

    def pick(given: str | None, guesses: Iterable[str], option: str) -> str | Exception | None:
        if given is not None:
            if given in available:
                return given
            if given.lower() in lowered:
                return lowered[given.lower()]
            return LookupError(
                f"{word} « {given} » ({option}) {'absente' if word == 'colonne' else 'absent'} ; "
                f"{word}s {'présentes' if word == 'colonne' else 'présents'} : {', '.join(available)}"
            )
        return next((lowered[g] for g in guesses if g in lowered), None)

    chosen = {
        "text": pick(fields.text, TEXT_NAMES, f"--{word}"),
        "id": pick(fields.id, ID_NAMES, f"--{word}-id"),
        "date": pick(fields.date, DATE_NAMES, f"--{word}-date"),
        "author": pick(fields.author, AUTHOR_NAMES, f"--{word}-auteur"),
        "kind": lowered.get("type"),
        "civisme": lowered.get("civisme"),
    }
    for value in chosen.values():
        if isinstance(value, Exception):
            return str(value)
    if chosen["text"] is None:
        feminine = word == "colonne"
        none, found, it, present = (
            ("aucune", "trouvée", "la", "présentes")
            if feminine
            else ("aucun", "trouvé", "le", "présents")
        )
        return (
            f"{none} {word} de texte {found} (essayé : {', '.join(TEXT_NAMES)}) ; "
            f"nommez-{it} avec --{word} ; {word}s {present} : {', '.join(available)}"
        )
    return chosen  # type: ignore[return-value]


def _record(
    row: dict[str, Any], names: dict[str, str | None], *, default_id: str, line: int
) -> Record:
    def get(key: str) -> Any:
        name = names.get(key)
        return row.get(name) if name is not None else None

    text = get("text")
    record_id = get("id")
    record = Record(
        id=str(record_id).strip() if record_id not in (None, "") else default_id,
        text="" if text is None else str(text),
        line=line,
    )
    if text is None:
        where = "vide (null)" if names.get("text") in row else "absent"
        record.errors.append(f"texte « {names['text']} » {where} : rien à vérifier")
    when = get("date")
    if when not in (None, ""):
        value, problem = publication_value(when)
        if problem:
            record.errors.append(problem)
        elif value:
            record.metadata[DATE_KEY] = value
    author = get("author")
    if author not in (None, ""):
        record.metadata["auteur"] = str(author).strip()
    directive = get("civisme")
    if directive not in (None, ""):
        record.metadata["civisme"] = str(directive)
    kind = get("kind")
    # A scheduler's « type » column may mean something else (photo, vidéo): only ours count.
    if str(kind or "").strip().lower() in KINDS:
        record.kind = str(kind).strip().lower()
    return record
