"""What the rules read of a Markdown file: the same text, same length, with
code, link destinations' syntax and HTML tags blanked out.

Blanking keeps every offset, line and column of the file, so findings point
into the source and ``corriger`` can still fix it in place. URLs themselves
stay visible: the rules already leave URLs alone, and PUB02 or the
description rules need to see where a link goes.
"""

from __future__ import annotations

import re

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})[^\n]*$", re.MULTILINE)
_INDENTED = re.compile(r"^(?: {4}|\t)")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s")
_BACKTICKS = re.compile(r"`+")
# [text](destination "title") and ![alt](src): only the brackets and the title go.
_INLINE_LINK = re.compile(
    r"(!?\[)([^\]\n]*)\]\(\s*(<[^>\n]*>|[^\s()]*)(\s+(?:\"[^\"\n]*\"|'[^'\n]*'))?\s*\)"
)
# Destinations kept visible: those the rules recognise as links.
_ABSOLUTE = re.compile(r"(?:https?://|www\.|mailto:)", re.IGNORECASE)
_REFERENCE_USE = re.compile(r"\]\[[^\]\n]*\]")
_REFERENCE_DEFINITION = re.compile(
    r"^ {0,3}\[[^\]\n]+\]:[ \t]*(\S+)(?:[ \t]+(?:\"[^\"\n]*\"|'[^'\n]*'|\([^)\n]*\)))?[ \t]*$",
    re.MULTILINE,
)
_AUTOLINK = re.compile(r"<((?:https?|ftp)://[^\s<>]+)>")
# Inline HTML tags, not comments: « <!-- civisme: ignorer … --> » must stay readable.
_TAG = re.compile(r"</?[A-Za-z][\w-]*(?:\s[^<>]*)?/?>")


def markdown_view(text: str) -> str:
    """The checked view of a Markdown text (same length as ``text``)."""
    chars = list(text)

    def erase(start: int, end: int) -> None:
        for i in range(start, end):
            if chars[i] not in "\r\n":
                chars[i] = " "

    code = _code_blocks(text)
    for start, end in code:
        erase(start, end)

    def outside_code(pos: int) -> bool:
        return not any(s <= pos < e for s, e in code)

    for m in _inline_code(text):
        if outside_code(m[0]):
            erase(*m)
    for m in _INLINE_LINK.finditer(text):
        if not outside_code(m.start()):
            continue
        erase(m.start(1), m.end(1))  # « [ » or « ![ »
        erase(m.end(2), m.start(3))  # « ]( »
        url_start, url_end = m.span(3)
        if not _ABSOLUTE.match(m.group(3).strip("<>")):
            erase(url_start, url_end)  # « img/CLASSE.png »: a file name, not words
        elif m.group(3).startswith("<"):
            erase(url_start, url_start + 1)
            erase(url_end - 1, url_end)
        erase(url_end, m.end())  # the title and « ) »
    for m in _REFERENCE_USE.finditer(text):
        if outside_code(m.start()):
            erase(*m.span())
    for m in _REFERENCE_DEFINITION.finditer(text):
        if outside_code(m.start()):
            erase(m.start(), m.start(1))
            erase(m.end(1), m.end())
    for m in _AUTOLINK.finditer(text):
        if outside_code(m.start()):
            erase(m.start(), m.start(1))
            erase(m.end(1), m.end())
    for m in _TAG.finditer(text):
        if outside_code(m.start()):
            erase(*m.span())
    return "".join(chars)


def _code_blocks(text: str) -> list[tuple[int, int]]:
    """Fenced blocks (``` or ~~~, to the closing fence or the end) and
    indented blocks after a blank line, outside lists."""
    spans: list[tuple[int, int]] = []
    pos = 0
    while m := _FENCE.search(text, pos):
        fence = m.group(1)
        closing = re.compile(
            rf"^ {{0,3}}{re.escape(fence[0])}{{{len(fence)},}}[ \t]*$", re.MULTILINE
        )
        end = closing.search(text, m.end() + 1) if m.end() < len(text) else None
        stop = end.end() if end else len(text)
        spans.append((m.start(), stop))
        pos = stop
    lines = text.splitlines(keepends=True)
    offset = 0
    previous_blank = True
    in_list = False
    in_block = False
    for line in lines:
        stripped = line.strip()
        inside_fence = any(s <= offset < e for s, e in spans)
        if not inside_fence:
            if stripped and _INDENTED.match(line) and (previous_blank or in_block) and not in_list:
                spans.append((offset, offset + len(line.rstrip("\r\n"))))
                in_block = True
            elif stripped:
                in_block = False
                if _LIST_ITEM.match(line):
                    in_list = True
                elif previous_blank and not _INDENTED.match(line):
                    in_list = False  # a paragraph at the margin ends the list
        previous_blank = not stripped
        offset += len(line)
    return sorted(spans)


def _inline_code(text: str) -> list[tuple[int, int]]:
    """Code spans: a run of backticks closed by a run of the same length,
    within one paragraph."""
    spans = []
    pos = 0
    while m := _BACKTICKS.search(text, pos):
        run = m.group()
        closing = re.compile(rf"(?<!`){run}(?!`)")
        end = closing.search(text, m.end())
        if end is None or "\n\n" in text[m.end() : end.start()]:
            pos = m.end()
            continue
        spans.append((m.start(), end.end()))
        pos = end.end()
    return spans
