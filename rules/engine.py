"""The engine: runs rules over documents and returns findings. It never prints
or exits; what to show and how to end is the command line's business."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import islice
from typing import Any

from civisme.lexicons.loader import fold

from .base import Rule
from .document import Document
from .finding import Finding, Hit, Severity
from .nlp import FULL_PIPELINE, load_pipeline
from .profiles import naming_of, profile_of
from .suppressions import Outcome, parse, suppress

PipelineLoader = Callable[[frozenset[str]], Any]


class Engine:
    """Checks documents with a fixed set of rules.

    The French model is loaded on first need, with the union of the components
    the rules ask for, and documents that need it are parsed in batches.
    """

    def __init__(
        self,
        rules: Sequence[Rule],
        *,
        batch_size: int = 64,
        severities: dict[str, Severity] | None = None,
        pipeline_loader: PipelineLoader = load_pipeline,
        apply_suppressions: bool = True,
        full: bool = False,
    ) -> None:
        # Precise rules first: a rule of a higher rank may read their hits (CRI03 reads HOS).
        self.rules = sorted(rules, key=lambda r: r.rank)
        self._ranks = {r.code: r.rank for r in self.rules if r.rank}
        # Full mode: every rule on every document, every document through the
        # whole model. Slow; it exists to prove the fast mode finds the same.
        self.full = full
        self.batch_size = batch_size
        self.severities = severities or {}
        self._loader = pipeline_loader
        # Off for the shadow privacy run: masking ignores « civisme: ignorer ».
        self.apply_suppressions = apply_suppressions
        self._needs: frozenset[str] = frozenset().union(*(r.nlp for r in self.rules))
        self._nlp: Any = None

    @property
    def needs_nlp(self) -> bool:
        return bool(self._needs)

    def _pipeline(self) -> Any:
        if self._nlp is None:
            self._nlp = self._loader(FULL_PIPELINE if self.full else self._needs)
        return self._nlp

    def check_one(self, doc: Document) -> list[Finding]:
        return next(self.check([doc]))[1]

    def check(self, docs: Iterable[Document]) -> Iterator[tuple[Document, list[Finding]]]:
        """Yield each document with its findings, sorted by position, in input order."""
        iterator = iter(docs)
        while batch := list(islice(iterator, self.batch_size)):
            yield from self._check_batch(batch)

    def _check_batch(self, batch: list[Document]) -> Iterator[tuple[Document, list[Finding]]]:
        plans = [
            [
                r
                for r in self.rules
                if doc.kind in r.kinds
                and (not r.needs_naming or naming_of(doc) is not None)
                and (self.full or r.may_apply(doc))
            ]
            for doc in batch
        ]
        parsed: dict[int, Any] = {}
        wanting = [
            i
            for i, rules in enumerate(plans)
            if any(r.nlp and (self.full or r.needs_model(batch[i])) for r in rules)
        ]
        if wanting:
            nlp = self._pipeline()
            texts = (batch[i].normalised for i in wanting)
            for i, spacy_doc in zip(
                wanting, nlp.pipe(texts, batch_size=self.batch_size), strict=True
            ):
                parsed[i] = spacy_doc
        for i, doc in enumerate(batch):
            findings: set[Finding] = set()
            for rule in plans[i]:
                hits = list(rule.check(doc, parsed.get(i) if rule.nlp else None))
                # Kept for rules that read another's hits (CRI03 reads HOS).
                doc.cache[("hits", rule.code)] = hits
                for hit in hits:
                    findings.add(self._finding(rule, doc, hit))
            kept = accepted_filter(doc, _without_redundant(findings, self._ranks))
            if self.apply_suppressions:
                kept = suppress(kept, directives(doc))
            yield doc, sorted(kept, key=lambda f: (f.start, f.end, f.code))

    def _finding(self, rule: Rule, doc: Document, hit: Hit) -> Finding:
        start, end = doc.to_original(hit.start, hit.end)
        severity = self.severities.get(rule.code) or hit.severity or rule.severity
        return Finding(
            code=rule.code,
            name=rule.name,
            severity=severity,
            message=hit.message,
            start=start,
            end=end,
            suggestions=hit.suggestions,
            policy=rule.policy,
            personal=hit.personal,
            private=tuple(doc.to_original(s, e) for s, e in hit.private),
        )


def _without_redundant(findings: set[Finding], ranks: dict[str, int]) -> set[Finding]:
    """Drop a finding where a rule of its family that says more (a lower
    rank: a precise rule before a classifier's guess) flagged an overlapping
    passage."""
    if not any(f.code in ranks for f in findings):
        return findings

    def outranked(f: Finding) -> bool:
        rank = ranks.get(f.code, 0)
        return any(
            ranks.get(o.code, 0) < rank
            and o.family == f.family
            and o.start < f.end
            and f.start < o.end
            for o in findings
        )

    return {f for f in findings if not outranked(f)}


def directives(doc: Document) -> Outcome:
    """The document's suppressions: directives in its text and, for a record,
    its « civisme » field. Kept on the document for the report."""
    outcome = parse(doc.text) if "civisme" in doc.lower else Outcome()
    field = doc.metadata.get("civisme")
    if field:
        record = parse(str(field), record=True)
        outcome.directives += record.directives
        outcome.errors += record.errors
    doc.suppressions = outcome
    return outcome


_WORD_CHARS = re.compile(r"[\w'-]")


def accepted_filter(doc: Document, findings: Iterable[Finding]) -> list[Finding]:
    """Drop findings on words the board accepts (« mots-acceptes »): a local
    place name, a team's nickname. Personal information is never waived."""
    accepted = profile_of(doc).accepted_words
    if not accepted:
        return list(findings)
    keys = {fold(w).strip() for w in accepted}
    text = doc.text
    kept = []
    for f in findings:
        start, end = f.start, f.end
        while start > 0 and _WORD_CHARS.match(text[start - 1]):
            start -= 1
        while end < len(text) and _WORD_CHARS.match(text[end]):
            end += 1
        waived = fold(text[f.start : f.end]).strip() in keys or fold(text[start:end]) in keys
        if f.personal or not waived:
            kept.append(f)
    return kept
