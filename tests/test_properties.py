"""Properties over random Unicode (#10), with hypothesis: offsets stay inside
the text and slice out the excerpt; reports are deterministic; fixing is
idempotent and touches nothing outside the fixed spans; suppressions only
remove findings.

Random text alone rarely makes a finding, so the generator mixes it with
fragments each family reacts to (a phone number, a shout, slang, a sacre, a
double space, a directive), glued by random separators and line endings."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from civisme.cli import fix_command
from civisme.cli.fix_command import fix_text
from civisme.cli.report.json_report import finding_dict
from civisme.rules.document import Document, DocumentKind
from civisme.rules.engine import Engine
from civisme.rules.registry import all_rules

FRAGMENTS = [
    "Appelez Julie au 506 555 1234.",
    "julie.tremblay@gmail.com",
    "ON A GAGNÉ LE TOURNOI!!!",
    "slt tlm, mdr",
    "Mon ostie de char.",
    "T'es un c0nn4rd.",
    "Bonjour  à tous .",
    "Né le 3 mars 2014, Léo",
    "La direction est incompétente.",
    "👨\u200d👩\u200d👧",
    "E\u0301cole",
    "\u200b",
    "\u200f",
    "« citation »",
    "<!-- civisme: ignorer MAJ -- affiche -->",
    "civisme: ignorer RP01 -- numéro de l'école",
]
SEPARATORS = [" ", "\n", "\r\n", "\r", "\t", "", ". ", "\n\n"]

random_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40
)  # every code point but lone surrogates, which no file can hold
pieces = st.one_of(random_text, st.sampled_from(FRAGMENTS))
drafts = st.lists(st.tuples(pieces, st.sampled_from(SEPARATORS)), max_size=8).map(
    lambda parts: "".join(p + s for p, s in parts)
)

ENGINE = Engine(list(all_rules()))
UNSUPPRESSED = Engine(list(all_rules()), apply_suppressions=False)
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check(text: str, engine: Engine = ENGINE) -> list:
    return engine.check_one(Document(text, kind=DocumentKind.PUBLICATION))


@SETTINGS
@given(drafts)
def test_offsets_lie_inside_the_text_and_slice_out_the_excerpt(text: str) -> None:
    for finding in check(text):
        assert 0 <= finding.start <= finding.end <= len(text)
        shown = finding_dict(text, finding, reveal=True)
        assert shown["excerpt"] == text[finding.start : finding.end]
        masked = finding_dict(text, finding, reveal=False)
        assert len(masked["excerpt"]) == finding.end - finding.start


@SETTINGS
@given(drafts)
def test_reports_are_deterministic(text: str) -> None:
    first = [finding_dict(text, f, reveal=False) for f in check(text)]
    again = [finding_dict(text, f, reveal=False) for f in check(text)]
    fresh = [finding_dict(text, f, reveal=False) for f in check(text, Engine(list(all_rules())))]
    assert json.dumps(first) == json.dumps(again) == json.dumps(fresh)


@SETTINGS
@given(drafts)
def test_fixing_is_idempotent(text: str) -> None:
    fixed, _ = fix_text(ENGINE, text, DocumentKind.PUBLICATION)
    again, applied = fix_text(ENGINE, fixed, DocumentKind.PUBLICATION)
    assert (again, applied) == (fixed, 0)


@SETTINGS
@given(drafts)
def test_one_fixing_pass_changes_only_the_fixed_spans(text: str) -> None:
    findings = check(text)
    original = fix_command.MAX_PASSES
    fix_command.MAX_PASSES = 1
    try:
        fixed, applied = fix_text(ENGINE, text, DocumentKind.PUBLICATION)
    finally:
        fix_command.MAX_PASSES = original
    # Every character outside the fixable findings' spans keeps its place
    # relative to the spans: walk the spans in order and compare the gaps.
    spans = sorted(
        (f.start, f.end, f.suggestions[0])
        for f in findings
        if f.fixable and not f.personal and text[f.start : f.end] != f.suggestions[0]
    )
    position = 0  # in the original
    cursor = 0  # in the fixed text
    used = 0
    for start, end, replacement in spans:
        if start < position:
            continue  # overlapping fixes wait for the next pass
        gap = text[position:start]
        assert fixed[cursor : cursor + len(gap)] == gap
        cursor += len(gap)
        assert fixed[cursor : cursor + len(replacement)] == replacement
        cursor += len(replacement)
        position = end
        used += 1
    assert fixed[cursor:] == text[position:]
    assert applied == used


@SETTINGS
@given(drafts)
def test_suppressions_only_remove_findings(text: str) -> None:
    kept = {(f.code, f.start, f.end) for f in check(text)}
    everything = {(f.code, f.start, f.end) for f in check(text, UNSUPPRESSED)}
    assert kept <= everything
