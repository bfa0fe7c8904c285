"""Suppressions in CSV records: a « civisme » column holding « ignorer NOM03 --
raison » removes those findings from its row, after every rule (row and
list rules alike) has run."""

from __future__ import annotations

from collections.abc import Mapping

from civisme.rules.finding import Finding
from civisme.rules.suppressions import parse, suppress

from .outcome import print_error

COLUMN = "civisme"


def suppress_rows(
    per_row: Mapping[int, list[Finding]], fields: Mapping[int, str], source: str
) -> tuple[dict[int, list[Finding]], int, bool]:
    """The findings left per row, how many were suppressed, and whether a
    directive was invalid (its error printed, naming the file and the row)."""
    kept: dict[int, list[Finding]] = dict(per_row)
    suppressed = 0
    failed = False
    for row, field in fields.items():
        if not field.strip():
            continue
        outcome = parse(field, record=True)
        for _, message in outcome.errors:
            print_error(f"{source} : rangée {row} : {message}")
            failed = True
        kept[row] = suppress(kept.get(row, []), outcome)
        suppressed += sum(outcome.suppressed.values())
    return kept, suppressed, failed
