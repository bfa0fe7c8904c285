"""What the rules read of an HTML page: its text nodes and its ``alt`` and
``title`` attributes, entities decoded, with a map from every character read
back to its offset in the source so that findings point into the file.

The standard library's parser is enough here and is the safest choice: it
never fetches anything, never recurses (deeply nested pages cost nothing
extra) and gives the position of every token.
"""

from __future__ import annotations

import html
import re
from array import array
from html.parser import HTMLParser

# Elements whose content is not prose shown to readers.
_SKIPPED = frozenset({"script", "style", "template", "noscript", "code", "pre", "svg", "math"})
# Elements that break the text flow: their text never runs into the next one's.
_BLOCKS = frozenset(
    "address article aside blockquote body br dd details div dl dt fieldset figcaption figure "
    "footer form h1 h2 h3 h4 h5 h6 head header hr html li main nav ol option p section summary "
    "table tbody td tfoot th thead title tr ul".split()
)
_ATTRIBUTE = re.compile(
    r"""\s(alt|title)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))""", re.IGNORECASE
)
_ENTITY = re.compile(r"&(?:#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[A-Za-z][A-Za-z0-9]*;?)")
_BREAKS = "\r\n\t\f"


class _Extractor(HTMLParser):
    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        # The parser counts lines by « \n » only; so do these offsets.
        self.line_starts = [0, *(m.end() for m in re.finditer("\n", source))]
        self.chars: list[str] = []
        self.origin = array("i")
        self.skipping: list[str] = []

    def here(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def emit(self, text: str, start: int, *, raw: bool = True) -> None:
        """Append ``text``; with ``raw``, character i comes from ``start + i``."""
        for i, ch in enumerate(text):
            self.chars.append(" " if ch in _BREAKS else ch)
            self.origin.append(start + i if raw else start)

    def paragraph(self, at: int) -> None:
        """End the current block: a blank line, as between paragraphs of a draft."""
        self.line_break(at, 2)

    def line_break(self, at: int, wanted: int) -> None:
        """Up to ``wanted`` line breaks at the end of the text, none at its start."""
        if not self.chars:
            return
        present = 0
        while present < wanted and self.chars[-1 - present] == "\n":
            present += 1
            if present == len(self.chars):
                break
        for _ in range(wanted - present):
            self.chars.append("\n")
            self.origin.append(at)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        at = self.here()
        if tag in _SKIPPED:
            self.skipping.append(tag)
        self.block(tag, at)
        self.attributes(at)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        at = self.here()
        self.block(tag, at)
        self.attributes(at)

    def block(self, tag: str, at: int) -> None:
        if tag == "br":
            self.line_break(at, 1)
        elif tag in _BLOCKS:
            self.paragraph(at)

    def attributes(self, at: int) -> None:
        """``alt`` and ``title`` values, each as a paragraph of its own."""
        if self.skipping:
            return
        raw = self.get_starttag_text() or ""
        for m in _ATTRIBUTE.finditer(raw):
            group = next(g for g in (2, 3, 4) if m.group(g) is not None)
            if not m.group(group).strip():
                continue
            self.paragraph(at)
            self.decoded(m.group(group), at + m.start(group))
            self.paragraph(at + m.end())

    def handle_endtag(self, tag: str) -> None:
        at = self.here()
        if tag in self.skipping:
            while self.skipping and self.skipping.pop() != tag:
                pass
        self.block(tag, at)

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.emit(data, self.here())

    def handle_entityref(self, name: str) -> None:
        self.reference(f"&{name}")

    def handle_charref(self, name: str) -> None:
        self.reference(f"&#{name}")

    def reference(self, raw: str) -> None:
        if self.skipping:
            return
        at = self.here()
        if self.source.startswith(";", at + len(raw)):
            raw += ";"
        decoded = html.unescape(raw)
        self.emit(decoded, at, raw=decoded == raw)

    def handle_comment(self, data: str) -> None:
        # « <!-- civisme: ignorer CODE -- raison --> » directives stay readable, on their own line.
        if "civisme" in data and not self.skipping:
            at = self.here()
            self.paragraph(at)
            self.emit(f"<!--{data}-->", at)
            self.paragraph(at + len(data) + 7)

    def decoded(self, value: str, start: int) -> None:
        """An attribute value with its entities decoded, mapped to the source."""
        pos = 0
        for m in _ENTITY.finditer(value):
            self.emit(value[pos : m.start()], start + pos)
            decoded = html.unescape(m.group())
            self.emit(decoded, start + m.start(), raw=decoded == m.group())
            pos = m.end()
        self.emit(value[pos:], start + pos)


class HtmlView:
    """The text of a page and the way back to the source."""

    def __init__(self, source: str) -> None:
        parser = _Extractor(source)
        parser.feed(source)
        parser.close()
        self.text = "".join(parser.chars)
        self.origin = parser.origin
        self.source = source

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """A span of the view as a span of the source (the end just after the
        last character's source, whole entities included)."""
        if not self.origin:
            return 0, 0
        source_start = self.origin[min(start, len(self.origin) - 1)]
        if end <= start:
            return source_start, source_start
        last = self.origin[min(end, len(self.origin)) - 1]
        return source_start, _token_end(self.source, last)


def _token_end(source: str, at: int) -> int:
    """End of the source character or entity that starts at ``at``."""
    if source.startswith("&", at):
        m = _ENTITY.match(source, at)
        if m:
            return m.end()
    return at + 1
