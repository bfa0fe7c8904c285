"""No shipped pattern holds a repeated group that can cut one word several ways
(« (?:\\s*\\w+){1,3} »): such a group made one post of 1,600 characters take
19 seconds before it was caught in review."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _bench_module():
    spec = importlib.util.spec_from_file_location(
        "regex_worst_case", ROOT / "bench" / "regex_worst_case.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_shape_check_finds_a_group_that_splits_words() -> None:
    bench = _bench_module()
    assert bench._SPLIT_WORD_GROUP.search(re.compile(r"\b(?:un|une)\b(?:\s*\w+){1,3}\s*$").pattern)
    assert bench._SPLIT_WORD_GROUP.search(re.compile(r"(?:\w+\s*)+$").pattern)
    assert not bench._SPLIT_WORD_GROUP.search(re.compile(r"\w+(?: \w+){0,2} ?$").pattern)


def test_no_shipped_pattern_can_split_a_word_several_ways() -> None:
    assert _bench_module().split_word_groups() == []
