"""Necessary literals of a regular expression, read from its own parse:
every match contains at least one of them, so a text holding none of them
cannot match and the pattern need not run. Being derived from the pattern,
the gate cannot drift from it when the pattern is edited."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

from .text_units import zipf

_MAX_LITERALS = 400  # past this, the gate would open for nearly every text anyway


def _cost(literal: str) -> float:
    """How often ``literal`` is likely to occur: a word's frequency, and
    short fragments (« ne », « ais ») as if they were everywhere."""
    words = re.findall(r"[a-z]{2,}", literal)
    if len(literal.strip()) < 3 or not words:
        return 1e7
    return 10 ** min(zipf(w) for w in words)


def _best(candidates: Sequence[frozenset[str] | None]) -> frozenset[str] | None:
    usable = [c for c in candidates if c and len(c) <= _MAX_LITERALS]
    if not usable:
        return None
    return min(usable, key=lambda c: sum(map(_cost, c)))


def _required(items: Any) -> frozenset[str] | None:
    """The cheapest set of literals one of which every match of ``items`` holds."""
    candidates: list[frozenset[str] | None] = []
    run: list[str] = []
    for op, av in [*items, (None, None)]:
        if op is sre.LITERAL:
            run.append(chr(av))
            continue
        if run:
            candidates.append(frozenset({"".join(run)}))
            run = []
        if op is sre.SUBPATTERN:
            candidates.append(_required(av[-1]))
        elif op is sre.BRANCH:
            branches = [_required(b) for b in av[1]]
            if all(branches):
                candidates.append(frozenset().union(*branches))  # type: ignore[arg-type]
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] >= 1:
            candidates.append(_required(av[2]))
        # Anything else (classes, optional parts, look-arounds) offers no literal.
    return _best(candidates)


@cache
def required_literals(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The literals, or None when the pattern has no usable ones (or ignores case)."""
    if pattern.flags & re.IGNORECASE:
        return None
    try:
        return _required(sre_parse.parse(pattern.pattern, pattern.flags))
    except RecursionError:
        return None


@cache
def _finder(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    literals = required_literals(pattern)
    if literals is None:
        return None
    # A literal that holds another is found through the shorter one.
    kept = [w for w in literals if not any(o != w and o in w for o in literals)]
    return re.compile(_trie(sorted(kept)))


def _trie(words: list[str]) -> str:
    """One regular expression for « any of these words », shaped as a trie so
    that each position of the text costs a character or two, not one try per word."""
    tree: dict[str, Any] = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return build(tree)


def may_match(pattern: re.Pattern[str], text: str) -> bool:
    """False only when ``pattern`` certainly has no match in ``text``."""
    finder = _finder(pattern)
    return finder is None or finder.search(text) is not None


def _top_level_alternatives(source: str) -> list[str]:
    """``a|b(c|d)|e`` → ['a', 'b(c|d)', 'e']: split on the bars outside any
    group or character class."""
    parts: list[str] = []
    current: list[str] = []
    depth = 0
    in_class = escaped = False
    for ch in source:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append("".join(current))
            current = []
            continue
        current.append(ch)
    parts.append("".join(current))
    return parts


@cache
def _alternatives(
    pattern: re.Pattern[str],
) -> tuple[tuple[re.Pattern[str], tuple[str, ...] | None], ...]:
    """Each top-level alternative of ``pattern`` compiled alone, with the
    literals one of which its every match holds (None: no usable literal)."""
    out = []
    for source in _top_level_alternatives(pattern.pattern):
        alternative = re.compile(source, pattern.flags)
        literals = required_literals(alternative)
        out.append((alternative, None if literals is None else tuple(sorted(literals))))
    return tuple(out)


def search_any_alternative(pattern: re.Pattern[str], text: str) -> bool:
    """``pattern.search(text) is not None``, faster for a long alternation
    whose branches start with ordinary words: a branch runs only when one of
    its own literals is in the text (a substring test), instead of every
    branch being tried at every position."""
    return any(
        (literals is None or any(lit in text for lit in literals))
        and alternative.search(text) is not None
        for alternative, literals in _alternatives(pattern)
    )
