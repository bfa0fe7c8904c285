"""Every clause a rule cites is quoted word for word from its board's policy."""

from __future__ import annotations

import re

import pytest

from civisme.rules.clauses import BOARDS, CLAUSES


def _squash(text: str) -> str:
    """Whitespace folded; the policies' Markdown bold (**…**) is formatting, not wording."""
    return re.sub(r"\s+", " ", text.replace("’", "'").replace("**", "")).strip()


@pytest.mark.parametrize("clause_id", sorted(CLAUSES))
def test_quote_is_verbatim_from_the_policy(shared_dir, clause_id: str) -> None:
    clause = CLAUSES[clause_id]
    policy = (shared_dir / "policies" / f"{clause.board.lower()}.txt").read_text(encoding="utf-8")
    assert _squash(clause.quote) in _squash(policy)


def test_every_clause_names_a_known_board() -> None:
    assert {c.board for c in CLAUSES.values()} <= set(BOARDS)
