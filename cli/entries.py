"""From what was read to what is checked: one entry per file, or one per
record of a CSV or JSON Lines export, each with the text the rules read, the
text its positions are reported in, and its metadata."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .front_matter import FrontMatter, read_front_matter
from .inputs import Source
from .records import Fields, csv_records, jsonl_records

# Formats checked as a whole file whose view has the file's own length:
# positions need no map and ``corriger`` can fix them in place.
FIXABLE = frozenset({"texte", "markdown"})


@dataclass
class Entry:
    path: str
    checked: str  # what the rules read
    shown: str  # the text reports take lines, columns and excerpts from
    metadata: dict[str, Any] = field(default_factory=dict)
    kind: str | None = None  # from front matter or a record's « type »
    record: str | None = None  # a record's id
    record_line: int | None = None  # the file line where the record begins
    record_lines: bool = False  # its text's lines are lines of the file (CSV)
    # Maps a span of ``checked`` to ``shown``; None when they line up.
    to_shown: Callable[[int, int], tuple[int, int]] | None = None
    errors: list[str] = field(default_factory=list)  # read, but something was not


def entries(source: Source, fields: Fields) -> tuple[list[Entry], list[str]]:
    """The entries of one input and the reasons the whole input cannot be read."""
    if source.format in ("csv", "jsonl"):
        read = csv_records if source.format == "csv" else jsonl_records
        records, problems = read(source.text, fields)
        return [
            Entry(
                source.path,
                r.text,
                r.text,
                r.metadata,
                r.kind,
                record=r.id,
                record_line=r.line,
                record_lines=source.format == "csv",
                errors=[f"enregistrement {r.id} (ligne {r.line}) : {e}" for e in r.errors],
            )
            for r in records
        ], problems
    if source.format == "docx":
        return [Entry(source.path, source.text, source.text)], []
    front = read_front_matter(source.text)
    text = without_front_matter(source.text, front)
    entry = Entry(
        source.path, text, source.text, dict(front.metadata), front.kind, errors=list(front.errors)
    )
    if source.format == "markdown":
        from .markdown_view import markdown_view

        # The front matter's blanked keys would read as an indented code block.
        entry.checked = text[: front.end] + markdown_view(text[front.end :])
    elif source.format == "html":
        from .html_view import HtmlView

        view = HtmlView(text)
        entry.checked, entry.to_shown = view.text, view.to_source
    return [entry], []


def checked_view(text: str, fmt: str) -> str:
    """What the rules read of a text or Markdown file, same length as ``text``
    (``corriger`` checks this view and applies its fixes to the file)."""
    front = read_front_matter(text)
    text = without_front_matter(text, front)
    if fmt == "markdown":
        from .markdown_view import markdown_view

        return text[: front.end] + markdown_view(text[front.end :])
    return text


def without_front_matter(text: str, front: FrontMatter) -> str:
    """``text`` with its front matter blanked (line breaks and the title kept)."""
    if not front.end:
        return text
    chars = list(text[: front.end])
    keep = [False] * front.end
    for start, end in front.shown:
        keep[start:end] = [True] * (end - start)
    for i, ch in enumerate(chars):
        if not keep[i] and ch not in "\r\n":
            chars[i] = " "
    return "".join(chars) + text[front.end :]
