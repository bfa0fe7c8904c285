"""``civisme verifier``: read the inputs, run the engine, print one report."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import replace

from civisme.rules.finding import Finding
from civisme.rules.nlp import ModelUnavailableError
from civisme.rules.publication_hours import DATE_KEY

from .batch import Checked, Checker, Payload, check_all
from .entries import Entry, entries
from .inputs import InputError, Source, expand, read_source
from .outcome import EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, reaches_threshold
from .outcome import print_error as _error
from .progress import Progress
from .records import Fields
from .report import render
from .report.model import FileResult, Report
from .report.positions import LineIndex
from .settings import Settings

# One text costs about 130 bytes of memory and 10 µs per character in the
# worst case (a file where every hostile and personal-information rule
# applies): 6 million characters is about a minute and 800 MB. Longer texts are
# not posts; they are refused by name rather than risk the machine (CSV and
# JSON Lines exports are limited per record, not per file).
MAX_TEXT_CHARS = 6_000_000


def _too_long(length: int) -> str:
    return (
        f"texte trop long pour être vérifié d'un bloc ({length / 1_000_000:.1f} millions de caractères ; "
        f"maximum {MAX_TEXT_CHARS // 1_000_000} millions) : découpez-le en plusieurs fichiers"
    ).replace(".", ",", 1)


def run_check(
    *,
    paths: Sequence[str],
    output_format: str,
    kind: str,
    settings: Settings,
    reveal: bool,
    colour: bool,
    report_unused: bool = False,
    published: str | None = None,
    fields: Fields | None = None,
    forced_format: str | None = None,
    output: str | None = None,
    jobs: int = 0,
    full: bool = False,
) -> int:
    """Run a check and return the exit code."""
    fields = fields or Fields()
    base: dict[str, object] = {DATE_KEY: published} if published else {}
    checker = Checker(
        list(settings.rules),
        profile=settings.profile,
        severities=dict(settings.profile.severities),
        reveal=reveal,
        report_unused=report_unused,
        full=full,
    )
    files = list(expand(paths))
    progress = Progress(len(files))
    errors: list[InputError] = []
    pending: deque[Entry] = deque()

    def payloads() -> Iterator[Payload]:
        for item in files:
            source = item if isinstance(item, InputError) else read_source(item, forced_format)
            progress.advance()
            if isinstance(source, InputError):
                errors.append(source)
                _error(f"{source.path} : {source.message}")
                continue
            found, problems = _entries(source, fields)
            for problem in problems:
                errors.append(InputError(source.path, problem))
                _error(f"{source.path} : {problem}")
            for entry in found:
                if len(entry.checked) > MAX_TEXT_CHARS:
                    problem = _too_long(len(entry.checked))
                    errors.append(InputError(entry.path, problem))
                    _error(f"{entry.path} : {problem}")
                    continue
                for problem in entry.errors:
                    errors.append(InputError(entry.path, problem))
                    _error(f"{entry.path} : {problem}")
                pending.append(entry)
                metadata = {**base, **entry.metadata}
                yield (entry.checked, entry.path, entry.kind or kind, entry.record, metadata)

    results: list[FileResult] = []
    bad_directives = False
    try:
        for checked in check_all(checker, payloads(), jobs):
            entry = pending.popleft()
            for line, message in checked.directive_errors:
                _error(f"{entry.path}:{line} : {message}")
                errors.append(InputError(f"{entry.path}:{line}", message))
                bad_directives = True
            result = _result(entry, checked)
            if result.findings and not reveal and entry.shown != entry.checked:
                extra = checker.personal_in(entry.shown)
                result = replace(result, personal=(*result.personal, *extra))
            results.append(result)
    except ModelUnavailableError as exc:
        progress.done()
        _error(f"le modèle français de spaCy « {exc} » n'est pas installé ; réinstallez civisme.")
        return EXIT_USAGE
    progress.done()

    report = Report(tuple(results), tuple(errors), reveal=reveal)
    problem = render.write(
        report, output_format, colour=colour, path=output, fail_on=settings.fail_on
    )
    if problem:
        _error(problem)
        return EXIT_USAGE

    if errors or bad_directives:
        return EXIT_USAGE
    if reaches_threshold((f for r in results for f in r.findings), settings.fail_on):
        return EXIT_FINDINGS
    if report.unused_count and settings.fail_on != "jamais":
        return EXIT_FINDINGS
    return EXIT_OK


def _entries(source: Source, fields: Fields) -> tuple[list[Entry], list[str]]:
    try:
        return entries(source, fields)
    except RecursionError:
        return [], ["structure trop profonde pour être lue"]


def _result(entry: Entry, checked: Checked) -> FileResult:
    """The result in the shown text's positions (the source file's, for HTML)."""
    to_shown = entry.to_shown
    findings: tuple[Finding, ...] = checked.findings
    personal = checked.personal
    if to_shown is not None:
        findings = tuple(
            replace(
                f,
                **dict(zip(("start", "end"), to_shown(f.start, f.end), strict=True)),
                private=tuple(to_shown(s, e) for s, e in f.private),
            )
            for f in findings
        )
        personal = tuple(to_shown(s, e) for s, e in personal)
    lines = LineIndex(entry.shown)
    unused = tuple(
        (lines.position(to_shown(at, at)[0] if to_shown else at)[0], text)
        for at, text in checked.unused
    )
    return FileResult(
        entry.path,
        entry.shown,
        findings,
        personal,
        suppressed=checked.suppressed,
        unused=unused,
        record=entry.record,
        record_line=entry.record_line,
        record_lines=entry.record_lines,
    )
