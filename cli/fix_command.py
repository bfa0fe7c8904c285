"""``civisme corriger``: apply every finding that has exactly one suggestion,
show a unified diff (masked like every report), and write in place only when
asked, atomically."""

from __future__ import annotations

import difflib
import sys
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path

from civisme.rules.document import Document, DocumentKind
from civisme.rules.engine import Engine
from civisme.rules.finding import Finding
from civisme.rules.registry import all_rules, select

from .atomic_write import write_atomically
from .entries import FIXABLE, checked_view
from .inputs import STDIN_LABEL, InputError, Source, collect
from .outcome import EXIT_OK, EXIT_USAGE
from .outcome import print_error as _error
from .report.masking import masked_text, personal_spans
from .settings import Settings

EXIT_CHANGES = 1  # without --ecrire: the diff is not empty
MAX_PASSES = 5


def fix_text(
    engine: Engine,
    text: str,
    kind: DocumentKind,
    metadata: dict | None = None,
    view: Callable[[str], str] | None = None,
) -> tuple[str, int]:
    """The text with every single-suggestion finding applied, and how many.

    Fixes never overlap within a pass; passes repeat until nothing is left to
    fix, so that fixing the result again changes nothing. ``view`` gives what
    the rules read of the text (Markdown without its code), same length.
    """
    applied = 0
    for _ in range(MAX_PASSES):
        checked = view(text) if view else text
        findings = engine.check_one(Document(checked, kind=kind, metadata=dict(metadata or {})))
        chosen: list[Finding] = []
        for finding in sorted(findings, key=lambda f: (f.start, -f.end)):
            if not finding.fixable or finding.personal:
                continue
            if chosen and finding.start < chosen[-1].end:
                continue
            if text[finding.start : finding.end] == finding.suggestions[0]:
                continue
            chosen.append(finding)
        if not chosen:
            break
        # One join, not one copy of the text per fix (quadratic on a long file).
        pieces: list[str] = []
        position = 0
        for finding in chosen:
            pieces += (text[position : finding.start], finding.suggestions[0])
            position = finding.end
        text = "".join([*pieces, text[position:]])
        applied += len(chosen)
    return text, applied


def _masked(text: str, privacy: Engine, kind: DocumentKind, reveal: bool) -> str:
    if reveal:
        return text
    found = privacy.check_one(Document(text, kind=kind))
    return masked_text(text, 0, personal_spans(found), reveal=False)


def _diff(path: str, before: str, after: str, colour: bool) -> str:
    lines = difflib.unified_diff(
        before.splitlines(keepends=True),
        after.splitlines(keepends=True),
        fromfile=f"{path} (original)",
        tofile=f"{path} (corrigé)",
    )
    out = []
    for line in lines:
        if not line.endswith(("\n", "\r")):
            line += "\n\\ Pas de fin de ligne à la fin du fichier\n"
        if colour and line.startswith(("+", "-")) and not line.startswith(("+++", "---")):
            line = f"\033[{'32' if line[0] == '+' else '31'}m{line.rstrip(chr(10))}\033[0m\n"
        out.append(line)
    return "".join(out)


def run_fix(
    *,
    paths: Sequence[str],
    kind: str,
    settings: Settings,
    write: bool,
    reveal: bool,
    colour: bool,
) -> int:
    engine = Engine(settings.rules, severities=dict(settings.profile.severities))
    metadata = {"profil": settings.profile}
    # Masking ignores « civisme: ignorer »: a suppressed number stays hidden in the diff.
    privacy = Engine(select(all_rules(), ["RP"]), apply_suppressions=False)
    doc_kind = DocumentKind(kind)
    failed = changed = False
    for item in collect(paths):
        if isinstance(item, InputError):
            _error(f"{item.path} : {item.message}")
            failed = True
            continue
        if item.format not in FIXABLE:
            _error(
                f"{item.path} : corriger ne modifie que le texte brut et le Markdown ; "
                f"vérifiez ce fichier ({item.format}) avec « civisme verifier »"
            )
            failed = True
            continue
        fixed, count = fix_text(
            engine, item.text, doc_kind, metadata, partial(checked_view, fmt=item.format)
        )
        if not count:
            continue
        changed = True
        if write:
            failed |= not _write(item, fixed, count)
        else:
            before = _masked(item.text, privacy, doc_kind, reveal)
            after = _masked(fixed, privacy, doc_kind, reveal)
            sys.stdout.write(_diff(item.path, before, after, colour))
    if failed:
        return EXIT_USAGE
    return EXIT_CHANGES if changed and not write else EXIT_OK


def _write(item: Source, fixed: str, count: int) -> bool:
    if item.path == STDIN_LABEL:
        sys.stdout.write(fixed)
        return True
    problem = write_atomically(Path(item.path), item.encode(fixed), item.digest)
    if problem:
        _error(f"{item.path} : {problem}")
        return False
    print(
        f"{item.path} : {count} correction{'s' if count > 1 else ''} appliquée{'s' if count > 1 else ''}",
        file=sys.stderr,
    )
    return True
