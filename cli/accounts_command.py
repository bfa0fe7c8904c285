"""``civisme comptes``: validate a registry of accounts (CSV with the columns of
:data:`REGISTRY_COLUMNS`): the names (NOM01-NOM05) and the registry rules
(DES04-DES06)."""

from __future__ import annotations

import datetime as dt
import sys

from civisme.lexicons.loader import platforms
from civisme.rules.account_lists import NameEntry, duplicate_officials
from civisme.rules.account_registry import REGISTRY_COLUMNS, account_type, check_registry_row
from civisme.rules.document import Document, DocumentKind
from civisme.rules.engine import Engine
from civisme.rules.finding import Finding

from .csv_input import read_table
from .inputs import InputError, read_source
from .names_command import exit_code, render_json, render_text
from .outcome import EXIT_USAGE
from .outcome import print_error as _error
from .record_suppressions import COLUMN, suppress_rows
from .settings import Settings


def run_accounts(*, path: str, settings: Settings, today: dt.date, output_format: str) -> int:
    source = read_source(path)
    if isinstance(source, InputError):
        _error(f"{source.path} : {source.message}")
        return EXIT_USAGE
    table = read_table(source.text)
    if isinstance(table, str):
        _error(f"{source.path} : {table}")
        return EXIT_USAGE
    missing = [c for c in REGISTRY_COLUMNS if c not in table.columns]
    if missing:
        _error(
            f"{source.path} : colonnes manquantes : {', '.join(missing)} "
            f"(colonnes lues : {', '.join(table.columns)} ; voir le README, « civisme comptes »)"
        )
        return EXIT_USAGE
    rows = table.rows

    rules = [r for r in settings.rules if r.family == "NOM"]
    profile = settings.profile.naming
    assert profile is not None, "the command line refuses a profile without [nommage]"
    entries = [
        NameEntry(
            line,
            (r["nom"] or "").strip(),
            (r["reseau"] or "").strip().lower(),
            official=account_type(r) == "officielle",
        )
        for line, r in rows
    ]
    docs = [
        Document(e.name, source=source.path, kind=DocumentKind.NAME, record=str(e.line),
                 metadata={"plateforme": e.platform if e.platform in platforms() else "", "profil": settings.profile})
        for e in entries
    ]  # fmt: skip
    per_row: dict[int, list[Finding]] = {
        int(d.record or 0): f
        for d, f in Engine(rules, severities=dict(settings.profile.severities)).check(docs)
    }
    for line, findings in duplicate_officials(entries, profile).items():
        per_row[line] = [*per_row.get(line, []), *findings]
    for line, row in rows:
        per_row[line] = [*per_row.get(line, []), *check_registry_row(row, today)]

    fields = {line: (row.get(COLUMN) or "") for line, row in rows}
    per_row, suppressed, bad = suppress_rows(per_row, fields, source.path)
    results = [(e, sorted(per_row.get(e.line, []), key=lambda f: f.code)) for e in entries]
    sys.stdout.write(
        render_json(results, suppressed)
        if output_format == "json"
        else render_text(results, "compte", suppressed)
    )
    return EXIT_USAGE if bad else exit_code(results, settings.fail_on)
