"""CSV inputs of ``noms`` and ``comptes``: the separator a French spreadsheet
used, rows numbered from 1, and a French message for what cannot be read."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

# French spreadsheets export with « ; » (the comma is the decimal mark).
SEPARATORS = (",", ";", "\t")


@dataclass(frozen=True, slots=True)
class Table:
    columns: tuple[str, ...]
    rows: tuple[tuple[int, dict[str, str]], ...]  # (data row number from 1, row)
    separator: str
    lines: tuple[int, ...] = ()  # the file line where each row begins


def separator_of(header: str) -> str:
    """The separator the header line uses most; the comma on a tie."""
    return max(SEPARATORS, key=lambda sep: (header.count(sep), sep == ","))


def read_table(text: str) -> Table | str:
    """The table, or why it cannot be read (a French message). A row with
    more or fewer fields than the header is refused: it usually means an
    unclosed quote or a separator inside a cell, and reading on would shift
    or swallow the rows that follow."""
    if not text.strip():
        return "fichier vide : la première ligne doit nommer les colonnes"
    separator = separator_of(text.lstrip("\ufeff").splitlines()[0])
    reader = csv.reader(io.StringIO(text), delimiter=separator, strict=True)
    try:
        header = next(reader)
        columns = tuple(c.strip().lstrip("\ufeff") for c in header)
        rows = []
        lines = []
        number = 0
        previous = reader.line_num
        for fields in reader:
            first_line, previous = previous + 1, reader.line_num
            if not any(f.strip() for f in fields):
                continue  # a blank line between rows
            number += 1
            if len(fields) != len(columns):
                problem = "plus" if len(fields) > len(columns) else "moins"
                return (
                    f"rangée {number} (ligne {reader.line_num} du fichier) : {problem} de champs "
                    f"({len(fields)}) que de colonnes ({len(columns)}) ; un guillemet non fermé "
                    f"ou un « {separator} » dans une cellule ?"
                )
            rows.append((number, dict(zip(columns, fields, strict=True))))
            lines.append(first_line)
    except csv.Error as exc:
        # The csv module speaks English; the user gets the likely cause in French.
        cause = "guillemet non fermé" if "end of data" in str(exc) else "guillemets mal placés"
        return f"CSV illisible à la ligne {reader.line_num} ({cause})"
    return Table(columns, tuple(rows), separator, tuple(lines))
