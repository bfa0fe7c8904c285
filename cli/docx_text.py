"""The text of a Word document (.docx), one paragraph per line, table cells
included, in reading order. Word files carry no character offsets a report
could point to, so a finding's « line » is the paragraph's number."""

from __future__ import annotations

import io
import zipfile

# A .docx is a zip: refuse one whose parts would inflate past this (a zip bomb).
MAX_UNCOMPRESSED = 200 * 1024 * 1024


def docx_text(data: bytes) -> str | None:
    """The document's paragraphs joined by line breaks, or None when ``data``
    is not a Word document python-docx can open."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if sum(info.file_size for info in archive.infolist()) > MAX_UNCOMPRESSED:
                return None
    except (zipfile.BadZipFile, OSError, ValueError):
        return None
    import docx  # imported here: only .docx inputs pay for python-docx and lxml
    from docx.table import Table

    try:
        document = docx.Document(io.BytesIO(data))
        lines: list[str] = []
        for block in document.iter_inner_content():
            if isinstance(block, Table):
                lines.extend(_table_lines(block))
            else:
                lines.append(block.text)
    except Exception:  # python-docx raises many kinds on damaged files; all mean « unreadable »
        return None
    return "\n".join(line.replace("\r", "\n") for line in lines)


def _table_lines(table: object) -> list[str]:
    from docx.table import Table

    lines: list[str] = []
    seen: set[int] = set()
    for row in table.rows:  # type: ignore[attr-defined]
        for cell in row.cells:
            # A merged cell appears once per grid column it spans: read it once.
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            for block in cell.iter_inner_content():
                if isinstance(block, Table):
                    lines.extend(_table_lines(block))
                else:
                    lines.append(block.text)
    return lines
