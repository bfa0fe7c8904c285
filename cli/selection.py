"""Choosing the rules of a run from --selection and --ignorer, shared by the
commands that check or fix text."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from civisme.rules.base import Rule
from civisme.rules.registry import UnknownRuleError, all_rules, select, split_tokens


def rules_or_error(selection: Sequence[str], ignored: Sequence[str]) -> list[Rule] | None:
    """The selected rules, or None after printing a French error that names
    the closest valid code or name."""
    try:
        return select(all_rules(), split_tokens(selection), split_tokens(ignored))
    except UnknownRuleError as exc:
        hint = f" Vouliez-vous dire « {exc.closest} » ?" if exc.closest else ""
        print(
            f"civisme : erreur : règle inconnue : « {exc.token} ».{hint} Voyez « civisme regles ».",
            file=sys.stderr,
        )
        return None
