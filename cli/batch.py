"""Checking many documents: the engine, the privacy shadow run that masks what
reports print, and the spread over processes for ``--jobs``."""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import chain, islice
from typing import Any

from civisme.rules.document import Document, DocumentKind
from civisme.rules.engine import Engine
from civisme.rules.finding import Finding
from civisme.rules.registry import all_rules, select

from .report.masking import masked_text, personal_spans

# Below this many documents a second process costs more than it saves.
PARALLEL_FROM = 200
_CHUNK = 64


@dataclass(frozen=True, slots=True)
class Checked:
    """What checking one document produced, in the checked text's offsets."""

    findings: tuple[Finding, ...]
    personal: tuple[tuple[int, int], ...]  # personal values to mask, found by any RP rule
    suppressed: tuple[tuple[str, int], ...]
    unused: tuple[tuple[int, str], ...]  # (offset of the directive, its text as printed)
    directive_errors: tuple[tuple[int, str], ...]  # (line, French message)


# A document as it travels to a worker: text, source, kind, record, metadata.
Payload = tuple[str, str, str, str | None, dict[str, Any]]


class Checker:
    def __init__(
        self,
        rules: list[Any],
        *,
        profile: Any,
        severities: dict[str, Any],
        reveal: bool,
        report_unused: bool,
        full: bool = False,
    ) -> None:
        self.profile = profile
        self.reveal = reveal
        self.report_unused = report_unused
        self.engine = Engine(rules, severities=severities, full=full)
        # Masking depends neither on the selection nor on suppressions: « --selection
        # MAJ » on a shouted phone number, or « civisme: ignorer RP01 » above it,
        # still hides the number, so RP runs again in the shadow where needed.
        self.shadow = Engine(select(all_rules(), ["RP"]), apply_suppressions=False)
        self.all_privacy = {r.code for r in self.shadow.rules} <= {r.code for r in rules}

    def document(self, payload: Payload) -> Document:
        text, source, kind, record, metadata = payload
        return Document(
            text,
            source=source,
            kind=DocumentKind(kind),
            record=record,
            metadata={"profil": self.profile, **metadata},
        )

    def check(self, payloads: Iterable[Payload]) -> Iterator[Checked]:
        docs = (self.document(p) for p in payloads)
        for doc, findings in self.engine.check(docs):
            yield self._checked(doc, findings)

    def _checked(self, doc: Document, findings: list[Finding]) -> Checked:
        outcome = doc.suppressions
        unused = outcome.unused if self.report_unused else []
        suppressed_privacy = any(code.startswith("RP") for code in outcome.suppressed)
        shown = bool(findings or unused)
        again = not self.reveal and shown and (not self.all_privacy or suppressed_privacy)
        return Checked(
            tuple(findings),
            tuple(personal_spans(self.shadow.check_one(doc))) if again else (),
            tuple(sorted(outcome.suppressed.items())),
            tuple((d.start, self._shown(d.text)) for d in unused),
            tuple(outcome.errors),
        )

    def personal_in(self, text: str) -> tuple[tuple[int, int], ...]:
        """Personal values anywhere in ``text``: the source of a Markdown or
        HTML file also holds what the rules did not read (code, scripts), and
        an excerpt of the source may show it."""
        return tuple(personal_spans(self.shadow.check_one(Document(text))))

    def _shown(self, directive: str) -> str:
        """A directive's text as reports print it: its reason may hold a number."""
        if self.reveal:
            return directive
        found = self.shadow.check_one(Document(directive))
        return masked_text(directive, 0, personal_spans(found), False)


def auto_jobs() -> int:
    """One process per core (at most 8), where processes can be forked."""
    if "fork" not in multiprocessing.get_all_start_methods():
        return 1
    return max(1, min(os.cpu_count() or 1, 8))


_worker: Checker | None = None


def _check_chunk(chunk: list[Payload]) -> list[Checked]:
    assert _worker is not None
    return list(_worker.check(chunk))


def check_all(checker: Checker, payloads: Iterable[Payload], jobs: int) -> Iterator[Checked]:
    """Each payload's result, in input order, over ``jobs`` processes; with 0,
    one per core once the batch reaches PARALLEL_FROM documents (a CSV export
    is one file but may hold thousands of posts, so documents are counted).

    Workers are forked from this process after the lexicons (and the model, if
    already loaded) are in memory, so they start at once and share them.
    """
    # Lexicons, patterns and results are long-lived and free of cycles: the
    # cyclic collector would walk them again and again for nothing (15 % of a
    # large batch). Collections stay on, much less often, for this batch only.
    previous = gc.get_threshold()
    gc.set_threshold(50_000, 50, 100)
    try:
        yield from _spread(checker, payloads, jobs)
    finally:
        gc.unfreeze()
        gc.set_threshold(*previous)


def _spread(checker: Checker, payloads: Iterable[Payload], jobs: int) -> Iterator[Checked]:
    iterator = iter(payloads)
    if jobs == 0:
        head = list(islice(iterator, PARALLEL_FROM))
        jobs = auto_jobs() if len(head) == PARALLEL_FROM else 1
        iterator = chain(head, iterator)
    if jobs <= 1:
        yield from checker.check(iterator)
        return
    chunks = iter(lambda: list(islice(iterator, _CHUNK)), [])
    # The first chunk here: it loads the lexicons the workers then inherit.
    yield from checker.check(next(chunks, []))
    gc.freeze()  # what the workers inherit is never scanned (nor copied by it)
    global _worker
    _worker = checker
    context = multiprocessing.get_context("fork")
    with context.Pool(jobs) as pool:
        for results in pool.imap(_check_chunk, chunks):
            yield from results
