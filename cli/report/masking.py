"""Masking personal information in everything a report prints."""

from __future__ import annotations

from collections.abc import Sequence

from civisme.rules.finding import Finding


def mask(value: str) -> str:
    """Hide a personal value while keeping its shape: separators stay, the
    domain of an e-mail address stays, and only the last two characters of
    anything else remain visible (« 819 555-1234 » → « *** ***-**34 »)."""
    if "@" in value:
        local, _, domain = value.partition("@")
        return local[:1] + "*" * max(len(local) - 1, 1) + "@" + domain
    visible_from = len(value) - 2 if sum(c.isalnum() for c in value) > 4 else len(value)
    return "".join("*" if c.isalnum() and i < visible_from else c for i, c in enumerate(value))


def masked_text(text: str, offset: int, findings: Sequence[Finding], reveal: bool) -> str:
    """``text`` (which starts at ``offset`` in the document) with the spans of
    personal findings masked, unless the user asked to reveal them."""
    if reveal:
        return text
    chars = list(text)
    for finding in findings:
        if not finding.personal:
            continue
        start = max(finding.start - offset, 0)
        end = min(finding.end - offset, len(text))
        if start < end:
            chars[start:end] = mask(text[start:end])
    return "".join(chars)
