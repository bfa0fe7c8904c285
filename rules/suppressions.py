"""Suppressions written in a draft: ``<!-- civisme: ignorer RP01 -- raison -->``
(Markdown, HTML), the same text on its own line in plain text, and
``civisme: ignorer-fichier`` for a whole file; in a CSV record, a field
holding « ignorer RP01 -- raison ».

They are applied after checking, by the engine or the command that merges
list findings, never inside a rule: a rule always reports what it sees, and
the report counts what was suppressed so that CI can audit it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from .finding import Finding

_HTML = re.compile(r"<!--\s*civisme\s*:\s*(?P<body>.*?)\s*-->", re.IGNORECASE | re.DOTALL)
# Plain text: strict spelling (« civisme: » glued, lower case) so that prose
# such as « Civisme : ignorer les autres est impoli. » is never a directive.
_PLAIN = re.compile(
    r"^[ \t]*civisme:[ \t]*(?P<body>ignorer(?:-fichier)?\b[^\n]*?)[ \t]*$", re.MULTILINE
)
_VERB = re.compile(r"(?P<verb>ignorer-fichier|ignorer)\b(?P<rest>.*)", re.IGNORECASE | re.DOTALL)
_REASON = re.compile(r"\s(?:--|—|–)\s?")
_BLANK_LINE = re.compile(r"\n[ \t]*\r?\n")


@dataclass(frozen=True, slots=True)
class Directive:
    """One suppression: the rules it names, the text it covers, why."""

    start: int  # the directive's own span in the original text
    end: int
    line: int
    text: str
    tokens: tuple[str, ...]  # codes, families or names; empty: every rule (whole file only)
    covers: tuple[int, int]
    reason: str = ""

    def names(self, finding: Finding) -> bool:
        from .registry import all_rules, matches

        if not self.tokens:
            return True
        rule = next((r for r in all_rules() if r.code == finding.code), None)
        return rule is not None and any(matches(rule, t) for t in self.tokens)


@dataclass(slots=True)
class Outcome:
    """What the suppressions of one document did."""

    directives: list[Directive] = field(default_factory=list)
    errors: list[tuple[int, str]] = field(default_factory=list)  # (line, French message)
    suppressed: Counter[str] = field(default_factory=Counter)  # by rule code
    used: Counter[int] = field(default_factory=Counter)  # by directive index

    @property
    def unused(self) -> list[Directive]:
        return [d for i, d in enumerate(self.directives) if not self.used[i]]


def parse(text: str, *, record: bool = False) -> Outcome:
    """The directives of a text; with ``record``, the text is a record's field
    (« ignorer RP01 -- raison ») and covers the whole record."""
    outcome = Outcome()
    if record:
        if text.strip():
            _add(outcome, text, 0, 0, text.strip(), (0, 1 << 62), whole=True)
        return outcome
    spans: list[tuple[int, int, str, tuple[int, int]]] = [
        (m.start(), m.end(), m["body"], _coverage(text, m.start(), m.end()))
        for m in _HTML.finditer(text)
    ]
    spans += [
        # The line holds nothing but the directive: it covers the next paragraph.
        (m.start("body"), m.end("body"), m["body"], _coverage(text, m.start(), m.end()))
        for m in _PLAIN.finditer(text)
        if not any(s <= m.start("body") < e for s, e, _, _ in spans)
    ]
    for start, end, body, covers in sorted(spans):
        _add(outcome, text, start, end, body, covers, whole=False)
    return outcome


def _add(
    outcome: Outcome,
    text: str,
    start: int,
    end: int,
    body: str,
    covers: tuple[int, int],
    *,
    whole: bool,
) -> None:
    from .registry import all_rules, closest, did_you_mean, matches

    line = text.count("\n", 0, start) + 1
    verb = _VERB.match(body.strip())
    if verb is None:
        outcome.errors.append(
            (
                line,
                # The body is not echoed: it could hold what RP would mask.
                "directive « civisme: » illisible (attendu : « civisme: ignorer CODE -- raison »)",
            )
        )
        return
    parts = _REASON.split(" " + verb["rest"] + " ", maxsplit=1)
    tokens = tuple(t for t in re.split(r"[\s,;]+", parts[0]) if t)
    reason = parts[1].strip() if len(parts) > 1 else ""
    whole_file = whole or verb["verb"].lower() == "ignorer-fichier"
    if not tokens and not whole_file:
        outcome.errors.append(
            (line, "« civisme: ignorer » doit nommer les règles (par exemple « ignorer RP01 ») ; "
                   "seul « ignorer-fichier » peut s'employer sans code")
        )  # fmt: skip
        return
    rules = all_rules()
    for token in tokens:
        if not any(matches(r, token) for r in rules):
            suggestion = did_you_mean(closest(token, rules))
            outcome.errors.append(
                (line, f"règle inconnue « {token} » dans la suppression.{suggestion}")
            )
            return
    outcome.directives.append(
        Directive(
            start=start,
            end=end,
            line=line,
            text=body.strip(),
            tokens=tokens,
            covers=(0, 1 << 62) if whole_file else covers,
            reason=reason,
        )
    )


def _coverage(text: str, start: int, end: int) -> tuple[int, int]:
    """A directive after text on its line covers that line; alone on its line,
    it covers the next paragraph (up to the next blank line)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before = _HTML.sub("", text[line_start:start]).strip()
    if before:
        return line_start, line_end
    rest = text[line_end:]
    offset = line_end + len(rest) - len(rest.lstrip("\r\n \t"))
    blank = _BLANK_LINE.search(text, offset)
    return offset, blank.start() if blank else len(text)


def suppress(findings: Iterable[Finding], outcome: Outcome) -> list[Finding]:
    """The findings no directive covers; counts what each directive removed.
    A finding inside a directive's own text is dropped uncounted: it is not
    content. Personal information is the exception: an HTML comment is still
    published in the page's source."""
    kept = []
    for finding in findings:
        if not finding.personal and any(
            d.start <= finding.start < d.end for d in outcome.directives if d.end > d.start
        ):
            continue
        hit = next(
            (
                i
                for i, d in enumerate(outcome.directives)
                if d.covers[0] <= finding.start < d.covers[1] and d.names(finding)
            ),
            None,
        )
        if hit is None:
            kept.append(finding)
        else:
            outcome.used[hit] += 1
            outcome.suppressed[finding.code] += 1
    return kept
