"""Masking personal information in everything a report prints."""

from __future__ import annotations

import re
from collections.abc import Sequence

from civisme.rules.finding import Finding


def mask(value: str) -> str:
    """Hide a personal value but keep its shape, so the reader knows what was
    found without learning it: « 819 ***-**34 », « p.l*****@yahoo.ca »,
    « *** *** 286 », « ****, rue des É******, app. * », « Z** qui a * ans ».
    Always the same length."""
    if value.startswith("@") and " " not in value.strip():
        return "@" + value[1:2] + "*" * (len(value) - 2)  # an account handle: « @n************ »
    if "@" in value and " " not in value.strip():
        local, _, domain = value.partition("@")
        keep = 3 if len(local) > 4 else min(1, len(local))
        return local[:keep] + "*" * (len(local) - keep) + "@" + domain
    digit_count = sum(c.isdigit() for c in value)
    if digit_count >= 7 and sum(c.isalpha() for c in value) <= 2:
        return _mask_number(value, digit_count)
    if not any(c.isspace() for c in value.strip()):
        return "".join(
            "*" if c.isalnum() else c for c in value
        )  # a password, a code: nothing shows
    return re.sub(r"[^\W_]+", _mask_word, value)


def _mask_number(value: str, digit_count: int) -> str:
    # A 10-digit phone keeps its area code; a SIN its last three digits; the rest the last two.
    head = 3 if digit_count == 10 else 0
    tail = 3 if digit_count == 9 else 2
    out, seen = [], 0
    for c in value:
        if c.isdigit():
            seen += 1
            out.append(c if seen <= head or seen > digit_count - tail else "*")
        else:
            out.append(c)
    return "".join(out)


def _mask_word(match: re.Match[str]) -> str:
    word = match.group()
    if any(c.isdigit() for c in word):
        return "*" * len(word)
    if word[:1].isupper():
        return word[0] + "*" * (len(word) - 1)  # a name, however short: « Z** », « R** »
    return word  # « qui », « fête », « rue », « app »: they say what kind of value it was


Span = tuple[int, int]


def personal_spans(findings: Sequence[Finding]) -> tuple[Span, ...]:
    """Where the personal information of a document is, from its RP findings."""
    spans = [(f.start, f.end) for f in findings if f.personal]
    return tuple(spans + [span for f in findings for span in f.private])


def masked_text(text: str, offset: int, spans: Sequence[Span], reveal: bool) -> str:
    """``text`` (which starts at ``offset`` in the document) with the personal
    spans masked, unless the user asked to reveal them. Any finding's excerpt
    goes through here: a shouted sentence may hold a phone number."""
    if reveal:
        return text
    chars = list(text)
    for span_start, span_end in spans:
        start = max(span_start - offset, 0)
        end = min(span_end - offset, len(text))
        if start < end:
            chars[start:end] = mask(text[start:end])
    return "".join(chars)


def masked_suggestions(
    text: str, finding: Finding, spans: Sequence[Span], reveal: bool
) -> list[str]:
    """The suggestions of ``finding`` with the personal values they repeat
    masked. A suggestion rewrites the span (« APPELEZ LE 819… » → « Appelez le
    819… »), so each personal value inside the span is looked for in it,
    whatever the case; a suggestion where one cannot be found is withheld."""
    if reveal:
        return list(finding.suggestions)
    if finding.personal:
        return []
    inside = [text[s:e] for s, e in spans if s < finding.end and e > finding.start]
    if not inside:
        return list(finding.suggestions)
    shown = []
    for suggestion in finding.suggestions:
        for value in inside:
            pattern = re.compile(re.escape(value), re.IGNORECASE)
            if not pattern.search(suggestion):
                break
            suggestion = pattern.sub(lambda m: mask(m.group()), suggestion)
        else:
            shown.append(suggestion)
    return shown
