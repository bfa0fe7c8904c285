"""``civisme noms``: check a list of account names, one per line or a CSV
column, each name on its own (NOM01-NOM04) and the list as a whole (NOM05,
NOM06 with ``--registre``)."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from typing import Any

from civisme.lexicons.loader import platforms
from civisme.rules.account_lists import NameEntry, RegistryIndex, duplicate_officials, unregistered
from civisme.rules.document import Document, DocumentKind
from civisme.rules.engine import Engine
from civisme.rules.finding import Finding, Severity
from civisme.rules.registry import FAMILIES

from .csv_input import read_table
from .inputs import InputError, Source, read_source
from .outcome import EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, reaches_threshold
from .outcome import print_error as _error
from .record_suppressions import COLUMN, suppress_rows
from .report.json_report import finding_dict
from .settings import Settings


def read_names(
    source: Source, column: str | None, platform_column: str | None, platform: str
) -> list[NameEntry] | str:
    """The names of a text or CSV input, or a French error message."""
    if not column:
        lines = [line.strip() for line in source.text.splitlines()]
        return [
            NameEntry(i, line, platform) for i, line in enumerate((x for x in lines if x), start=1)
        ]
    table = read_table(source.text)
    if isinstance(table, str):
        return table
    for wanted in (column, platform_column):
        if wanted and wanted not in table.columns:
            found = ", ".join(table.columns) or "aucune"
            return f"colonne « {wanted} » absente (colonnes : {found})"
    entries = []
    for number, row in table.rows:
        name = row[column].strip()
        row_platform = row[platform_column].strip().lower() if platform_column else platform
        if name:
            note = (row.get(COLUMN) or "") if COLUMN in table.columns else ""
            entries.append(NameEntry(number, name, row_platform or platform, suppression=note))
    return entries


def run_names(
    *,
    path: str,
    column: str | None,
    platform_column: str | None,
    platform: str,
    handles: bool,
    settings: Settings,
    output_format: str,
) -> int:
    registry_path = settings.registry
    rules = [r for r in settings.rules if r.family == "NOM"]
    profile = settings.profile.naming
    assert profile is not None, "the command line refuses a profile without [nommage]"
    if platform and platform not in platforms():
        _error(f"plateforme inconnue : « {platform} » ; permises : {', '.join(platforms())}.")
        return EXIT_USAGE
    source = read_source(path)
    if isinstance(source, InputError):
        _error(f"{source.path} : {source.message}")
        return EXIT_USAGE
    entries = read_names(source, column, platform_column, platform)
    if isinstance(entries, str):
        _error(f"{source.path} : {entries}")
        return EXIT_USAGE

    docs = [
        Document(e.name, source=source.path, kind=DocumentKind.NAME, record=str(e.line),
                 metadata={"plateforme": e.platform, "identifiant": handles, "profil": settings.profile})
        for e in entries
    ]  # fmt: skip
    per_name = {
        int(doc.record or 0): findings
        for doc, findings in Engine(rules, severities=dict(settings.profile.severities)).check(docs)
    }
    for extra in (duplicate_officials(entries, profile),):
        for line, findings in extra.items():
            per_name[line] = [*per_name.get(line, []), *findings]
    if registry_path:
        registry_source = read_source(registry_path)
        if isinstance(registry_source, InputError):
            _error(f"{registry_source.path} : {registry_source.message}")
            return EXIT_USAGE
        registered = read_names(registry_source, column, None, "")
        if isinstance(registered, str):
            _error(f"{registry_source.path} : {registered}")
            return EXIT_USAGE
        index = RegistryIndex((e.name for e in registered), profile)
        for line, findings in unregistered(entries, index).items():
            per_name[line] = [*per_name.get(line, []), *findings]

    fields = {e.line: e.suppression for e in entries if e.suppression}
    per_name, suppressed, bad = suppress_rows(per_name, fields, source.path)
    results = [(e, sorted(per_name.get(e.line, []), key=lambda f: f.code)) for e in entries]
    if output_format == "json":
        sys.stdout.write(render_json(results, suppressed))
    else:
        sys.stdout.write(render_text(results, suppressed=suppressed))
    return EXIT_USAGE if bad else exit_code(results, settings.fail_on)


def exit_code(results: Sequence[tuple[NameEntry, list[Finding]]], fail_on: str) -> int:
    """1 when a finding reaches the severity of ``--echec``, as in ``verifier``."""
    failing = reaches_threshold((f for _, fs in results for f in fs), fail_on)
    return EXIT_FINDINGS if failing else EXIT_OK


def render_json(results: Sequence[tuple[NameEntry, list[Finding]]], suppressed: int = 0) -> str:
    by_severity = dict.fromkeys((s.value for s in Severity), 0)
    by_family: dict[str, int] = {}
    out: list[dict[str, Any]] = []
    for entry, findings in results:
        out.append(
            {
                "name": entry.name,
                "line": entry.line,
                "platform": entry.platform,
                "findings": [finding_dict(entry.name, f, reveal=True) for f in findings],
            }
        )
        for f in findings:
            by_severity[f.severity.value] += 1
            by_family[f.family] = by_family.get(f.family, 0) + 1
    summary = {
        "names": len(results),
        "findings": sum(by_severity.values()),
        "by_severity": by_severity,
        "by_family": by_family,
        "suppressed": suppressed,
    }
    return (
        json.dumps({"version": 1, "results": out, "summary": summary}, ensure_ascii=False, indent=2)
        + "\n"
    )


def render_text(
    results: Sequence[tuple[NameEntry, list[Finding]]], unit: str = "nom", suppressed: int = 0
) -> str:
    """The report for people; ``unit`` is what a row is (« nom », « compte »)."""
    lines: list[str] = []
    count = 0
    for entry, findings in results:
        if not findings:
            continue
        lines.append(
            f"ligne {entry.line}  « {entry.name} »"
            + (f"  ({entry.platform})" if entry.platform else "")
        )
        for f in findings:
            count += 1
            lines.append(f"    {f.code}  {f.severity.label}  {f.message}")
            if f.suggestions:
                lines.append(f"        suggestion : « {f.suggestions[0]} »")
        lines.append("")
    total = len(results)
    names = f"{total} {unit}{'s' if total > 1 else ''}"
    if count:
        families = sorted({f.family for _, fs in results for f in fs})
        lines.append(
            f"{count} constat{'s' if count > 1 else ''} pour {names} "
            f"({', '.join(FAMILIES[f] for f in families)})."
        )
    else:
        lines.append(f"Aucun problème trouvé ({names}).")
    if suppressed:
        lines.append(
            f"{suppressed} constat{'s' if suppressed > 1 else ''} supprimé{'s' if suppressed > 1 else ''} "
            "par la colonne « civisme »."
        )
    return "\n".join(lines) + "\n"
