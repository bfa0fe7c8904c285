"""The literal gates skip a pattern only when it certainly cannot match: a
wrong literal would silently lose findings, so every gate is checked here
against running the pattern itself."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from civisme.rules import hostile, hostile_phrases
from civisme.rules.hostile_text import ascii_fold
from civisme.rules.literal_gate import LiteralScanner, PhraseGate, may_match, required_literals

WORDS_ONLY_PATTERNS = [
    re.compile(r"\bf(?:aire|era|erai|ais) souffrir\b"),
    re.compile(r"\b(?:le|la) (?:directeur|directrice) (?:vole\w*|triche\w*)\b"),
    re.compile(r"\b(?:tu vas|il va) (?:le |la )?(?:regretter|payer)\b"),
    re.compile(r"\bqu (?:il|elle) (?:creve|meure)\b|\bsale (?:con|conne)\b"),
    re.compile(r"^(?:disparais|disparaissez)$|\bt as pas d amis?\b"),
]


def test_joined_literals_are_whole_phrases_not_fragments() -> None:
    gate = PhraseGate(WORDS_ONLY_PATTERNS[:1])
    # The gate now looks for « faire souffrir », not « aire » (which « scolaire » holds).
    literals = gate._alternatives[0][1]
    assert literals is not None and " faire souffrir " in literals
    assert not any(lit.strip() in ("aire", "era", "ais") for lit in literals)


@pytest.mark.parametrize(
    "text",
    [
        "je vais te faire souffrir",
        "fera souffrir",
        "le directeur vole dans la caisse",
        "la directrice trichera",
        "tu vas le regretter",
        "il va payer",
        "qu il creve",
        "espece de sale conne",
        "disparais",
        "t as pas d ami",
    ],
)
def test_gate_lets_through_every_text_a_pattern_matches(text: str) -> None:
    gate = PhraseGate(WORDS_ONLY_PATTERNS)
    assert any(p.search(text) for p in WORDS_ONLY_PATTERNS)
    assert gate.search(text)


@pytest.mark.parametrize(
    "text",
    [
        "le conseil scolaire a fait souffler les bougies",  # « aire », « ais » inside words
        "le directeur a vole au secours",  # word order: no match
        "les eleves volent haut",
        "disparais pas tout de suite",  # ^…$ anchors
        "t as pas d amies",  # « amis? » does not take « amies »
        "",
    ],
)
def test_gate_refuses_texts_no_pattern_matches(text: str) -> None:
    gate = PhraseGate(WORDS_ONLY_PATTERNS)
    assert not any(p.search(text) for p in WORDS_ONLY_PATTERNS)
    assert not gate.search(text)


_WORD = st.sampled_from(
    "je tu il va vas vais te le la faire fera souffrir directeur directrice vole volent "
    "triche trichera qu creve meure sale con conne disparais t as pas d ami amis scolaire "
    "regretter payer eleves ecole".split()
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_WORD, max_size=12))
def test_phrase_gate_agrees_with_the_patterns_on_random_word_strings(words: list[str]) -> None:
    text = " ".join(words)
    gate = PhraseGate(WORDS_ONLY_PATTERNS)
    assert gate.search(text) == any(p.search(text) for p in WORDS_ONLY_PATTERNS)


def test_hostile_phrase_gate_agrees_with_its_patterns_on_the_rules_examples() -> None:
    # Every example sentence of every HOS rule, folded as the gate sees it.
    texts = []
    for rule in hostile.RULES:
        texts += [e.text for e in rule.fail_examples] + list(rule.ok_examples)
    assert len(texts) > 20
    for text in texts:
        quick = hostile_phrases._NON_ALNUM.sub(" ", ascii_fold(text.lower()))
        expected = any(p.search(quick) for p in hostile_phrases._PHRASE_PATTERNS)
        assert hostile_phrases._phrase_gate().search(quick) == expected, text


def test_required_literals_skip_a_pattern_only_when_it_cannot_match() -> None:
    pattern = re.compile(r"\b(?:ma|ta) (?:grosse|petite) (?:face|tete)\b")
    assert required_literals(pattern) is not None
    assert may_match(pattern, "regarde ta grosse face")
    assert not may_match(pattern, "bonne journee a tous")


# A literal of one pattern begins those of another (« la dir » / « la
# direction est nulle »): the scan reports the shorter, and must look past it.
_SCANNED = (
    re.compile(r"\bt as pas d amis?\b"),
    re.compile(r"\bla dir\w*"),
    re.compile(r"\bla direction (?:est|sont) (?:nulle|incompetente)\b"),
    re.compile(r"[\w ]+"),  # no literal: always open
)


def test_literal_scanner_opens_each_pattern_its_literals_allow() -> None:
    scanner = LiteralScanner(_SCANNED)
    assert scanner.open("il est ami de la direction") == {1, 3}
    assert scanner.open("t as pas d amis, la direction est nulle") == {0, 1, 2, 3}
    assert scanner.open("bonne journee") == {3}


@settings(max_examples=400, deadline=None)
@given(
    st.lists(_WORD | st.sampled_from(["de", "d", "direction", "est", "nulle", "l"]), max_size=12)
)
def test_literal_scanner_never_closes_a_pattern_that_matches(words: list[str]) -> None:
    text = " ".join(words)
    opened = LiteralScanner(_SCANNED).open(text)
    for index, pattern in enumerate(_SCANNED):
        if pattern.search(text):
            assert index in opened, (index, text)


def test_criticism_scanner_agrees_with_its_patterns_on_the_rules_examples() -> None:
    from civisme.rules import criticism
    from civisme.rules.document import Document
    from civisme.rules.folded import folded

    patterns = (*criticism._CLAUSES, criticism._EXASPERATION, criticism._COMPLAINT)
    texts = [e.text for e in criticism.PublicCriticism.fail_examples]
    texts += list(criticism.PublicCriticism.ok_examples)
    for text in texts:
        view = folded(Document(text))
        opened = criticism._scanner().open(view)
        for index, pattern in enumerate(patterns):
            if pattern.search(view):
                assert index in opened, (index, text)
