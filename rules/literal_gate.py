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


_EDGE = "\x00"  # stands for \b while strings are being joined; resolved by _resolve_edges


def _exact(op: Any, av: Any, words_only: bool) -> frozenset[str] | None:
    """The few strings one item can match, when it can match only a few
    (a letter, a small class, an alternation of words), else None."""
    if op is sre.LITERAL:
        return frozenset({chr(av)})
    if op is sre.AT and av is sre.AT_BOUNDARY and words_only:
        return frozenset({_EDGE})
    if op is sre.IN and av and all(o is sre.LITERAL for o, _ in av) and len(av) <= 8:
        return frozenset(chr(c) for _, c in av)
    if op is sre.SUBPATTERN:
        return _exact_sequence(av[-1], words_only)
    if op is sre.BRANCH:
        branches = [_exact_sequence(b, words_only) for b in av[1]]
        if all(b is not None for b in branches):
            joined = frozenset().union(*branches)  # type: ignore[arg-type]
            return joined if len(joined) <= _MAX_LITERALS else None
    return None


def _exact_sequence(items: Any, words_only: bool) -> frozenset[str] | None:
    strings = frozenset({""})
    for op, av in items:
        options = _exact(op, av, words_only)
        if options is None:
            return None
        strings = frozenset(a + b for a in strings for b in options)
        if len(strings) > _MAX_LITERALS:
            return None
    return strings


def _resolve_edges(strings: frozenset[str]) -> frozenset[str] | None:
    """Turn each \b back into what it stands for in a text of words joined by
    single spaces and padded with one: a space beside a letter, nothing beside
    a space. A \b between two letters can never match: that string is dropped."""
    out = set()
    for s in strings:
        chars: list[str] = []
        impossible = False
        for i, ch in enumerate(s):
            if ch != _EDGE:
                chars.append(ch)
                continue
            left = chars[-1] if chars else ""
            right = next((c for c in s[i + 1 :] if c != _EDGE), "")
            if left.isalnum() and right.isalnum():
                impossible = True
                break
            if (left.isalnum() or right.isalnum()) and " " not in (left, right):
                chars.append(" ")
        if not impossible:
            out.add("".join(chars))
    if not out or "" in out:
        return None  # a string reduced to nothing is found in every text
    return frozenset(out)


def _required(
    items: Any, words_only: bool = False, before: frozenset[str] = frozenset({""})
) -> frozenset[str] | None:
    """The cheapest set of literals one of which every match of ``items`` holds.
    Neighbouring items that match only a few strings are joined into whole
    strings (« f(aire|era) souffrir » gives « faire souffrir », « fera
    souffrir »), which are far rarer than their pieces. ``before`` holds what
    certainly comes just before ``items`` (the \\b of « \\b(?:vole|triche) »)."""
    candidates: list[frozenset[str] | None] = []
    run = before
    for op, av in [*items, (None, None)]:
        options = None if op is None else _exact(op, av, words_only)
        if options is not None:
            joined = frozenset(a + b for a in run for b in options)
            if len(joined) <= _MAX_LITERALS:
                run = joined
                continue
        preceding, run = run, frozenset({""})
        if preceding != run:
            candidates.append(_resolve_edges(preceding) if words_only else preceding)
        if options is not None:
            run = options
            continue
        # A group starts right after the run: its own literals can begin with it.
        if op is sre.SUBPATTERN:
            candidates.append(_required(av[-1], words_only, preceding))
        elif op is sre.BRANCH:
            branches = [_required(b, words_only, preceding) for b in av[1]]
            if all(branches):
                candidates.append(frozenset().union(*branches))  # type: ignore[arg-type]
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] >= 1:
            candidates.append(_required(av[2], words_only, preceding))
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


class _Owned:
    """Literals, each owned by some indices: which indices own a literal
    found in a text, from one scan of it."""

    def __init__(self, owners: dict[str, set[int]]) -> None:
        self._owners = owners
        words = sorted(owners)
        # The scan looks for the literals that hold no other (one at most can
        # start at each place); a longer literal holds one of them, so it is
        # checked where that one is found.
        minimal = [w for w in words if not any(o != w and o in w for o in words)]
        self._holding = {m: [w for w in words if m in w] for m in minimal}
        self._scan = re.compile(f"(?=({_trie(minimal)}))") if minimal else None

    def found(self, text: str) -> set[int]:
        out: set[int] = set()
        if self._scan is None:
            return out
        for literal in {m.group(1) for m in self._scan.finditer(text)}:
            for holding in self._holding[literal]:
                if holding == literal or holding in text:
                    out |= self._owners[holding]
        return out


class LiteralScanner:
    """Which of several patterns may match a text, from one scan of the text
    for all their literals instead of one scan per pattern."""

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        owners: dict[str, set[int]] = {}
        self._ungated: set[int] = set()
        for index, pattern in enumerate(patterns):
            literals = required_literals(pattern)
            if literals is None:
                self._ungated.add(index)
                continue
            for literal in literals:
                owners.setdefault(literal, set()).add(index)
        self._literals = _Owned(owners)

    def open(self, text: str) -> set[int]:
        """The indices of the patterns that may match ``text``."""
        return self._ungated | self._literals.found(text)


def gated_search(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """``pattern.search(text)``, skipped when the text lacks its literals: a
    long alternation costs many times more than the scan for its literals."""
    return pattern.search(text) if may_match(pattern, text) else None


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
    literals one of which its every match holds in a words-only text (None:
    no usable literal)."""
    out = []
    for source in _top_level_alternatives(pattern.pattern):
        alternative = re.compile(source, pattern.flags)
        literals = None
        if not alternative.flags & re.IGNORECASE:
            parsed = sre_parse.parse(alternative.pattern, alternative.flags)
            literals = _required(parsed, words_only=True)
        out.append((alternative, None if literals is None else tuple(sorted(literals))))
    return tuple(out)


_PREFIX_COST = 3.0  # a word start (« vole » of « vole\w* ») is taken as fairly rare


def _key(literal: str) -> tuple[str, bool] | None:
    """What a words-only text must hold for ``literal`` to be in it: one of
    its whole words (a space, or the padded edge, on each side), or the start
    of a word at its end (« vole » for « le directeur vole »); the rarest.
    The flag says whether the key is a word start."""
    parts = literal.split(" ")
    options = [(zipf(w), w, False) for w in parts[1:-1] if w]
    if len(parts) > 1 and len(parts[-1]) >= 3:
        options.append((min(zipf(parts[-1]), _PREFIX_COST), parts[-1], True))
    if not options:
        return None
    _, word, is_prefix = min(options)
    return word, is_prefix


class PhraseGate:
    """``any(p.search(text) for p in patterns)`` for texts of lowercase words
    joined by single spaces, with each top-level alternative run only when its
    literals are in the text. Literals are first looked up by their rarest
    whole word in the text's set of words, so the cost per text follows the
    number of its words, not of the literals (which join into whole phrases
    here: a \b of a pattern stands for a space)."""

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        self._alternatives: list[tuple[re.Pattern[str], tuple[str, ...] | None]] = [
            alt for pattern in patterns for alt in _alternatives(pattern)
        ]
        self._by_word: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
        self._by_prefix: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
        # Literals with no key, tested in every text: (alternative, literals).
        self._unkeyed: list[tuple[int, tuple[str, ...]]] = []
        self._always: list[int] = []  # alternatives with no usable literal
        for index, (_, literals) in enumerate(self._alternatives):
            if literals is None:
                self._always.append(index)
                continue
            grouped: dict[tuple[str, bool] | None, list[str]] = {}
            for literal in literals:
                grouped.setdefault(_key(literal), []).append(literal)
            for key, group in grouped.items():
                if key is None:
                    self._unkeyed.append((index, tuple(group)))
                else:
                    table = self._by_prefix if key[1] else self._by_word
                    table.setdefault(key[0], []).append((index, tuple(group)))
        self._prefix_lengths = sorted({len(p) for p in self._by_prefix})
        unkeyed_owners: dict[str, set[int]] = {}
        for index, literals in self._unkeyed:
            for literal in literals:
                unkeyed_owners.setdefault(literal, set()).add(index)
        self._unkeyed_found = _Owned(unkeyed_owners)
        # Words repeat from text to text: their entries are looked up once.
        self._entries: dict[str, list[tuple[int, tuple[str, ...]]]] = {}

    def _entries_of(self, word: str) -> list[tuple[int, tuple[str, ...]]]:
        entries = self._entries.get(word)
        if entries is None:
            entries = list(self._by_word.get(word, ()))
            for length in self._prefix_lengths:
                if length > len(word):
                    break
                entries += self._by_prefix.get(word[:length], ())
            if len(self._entries) >= 100_000:
                self._entries.clear()  # bounded: a huge vocabulary must not grow memory
            self._entries[word] = entries
        return entries

    def search(self, text: str) -> bool:
        padded = f" {text} "
        present: set[int] = set()
        for word in set(text.split()):
            for index, literals in self._entries_of(word):
                if index not in present and any(lit in padded for lit in literals):
                    present.add(index)
        present |= self._unkeyed_found.found(padded)
        present.update(self._always)
        return any(self._alternatives[i][0].search(text) is not None for i in sorted(present))
