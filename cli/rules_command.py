"""``civisme regles`` and ``civisme expliquer``: the rules, told from their own
declarations. Nothing here needs the French model."""

from __future__ import annotations

import json
import textwrap

from tabulate import tabulate

from civisme.rules.base import Rule
from civisme.rules.clauses import CLAUSES, references
from civisme.rules.finding import Severity
from civisme.rules.profiles import Profile, load_profile, packaged_profiles
from civisme.rules.registry import FAMILIES, all_rules, find_rule


def _policy(rule: Rule, profile: Profile | None) -> tuple[str, ...]:
    """The rule's clauses, only the profile's board's when it has one of its own."""
    if profile is None or not profile.board or profile.name == "defaut":
        return rule.policy
    own = tuple(c for c in rule.clauses if CLAUSES[c].board == profile.board)
    return tuple(dict.fromkeys(references(own))) or rule.policy


def list_rules(output_format: str, rules: tuple[Rule, ...] | None = None,
               profile: Profile | None = None) -> str:  # fmt: skip
    rules = rules if rules is not None else all_rules()
    severities: dict[str, Severity] = dict(profile.severities) if profile else {}

    def severity(r: Rule) -> Severity:
        return severities.get(r.code, r.severity)

    if output_format == "json":
        data = [
            {
                "code": r.code,
                "name": r.name,
                "family": r.family,
                "severity": severity(r).value,
                "title": r.title,
                "policy": list(_policy(r, profile)),
                "needs_nlp": sorted(r.nlp),
            }
            for r in rules
        ]
        head = {"profile": profile.name} if profile else {}
        return (
            json.dumps({"version": 1, **head, "rules": data}, ensure_ascii=False, indent=2) + "\n"
        )
    rows = [
        [r.code, r.name, FAMILIES[r.family], severity(r).label, r.title,
         "\n".join(_policy(r, profile))]
        for r in rules
    ]  # fmt: skip
    headers = ["code", "nom", "famille", "sévérité", "titre", "politiques"]
    # Narrow columns wrap so that the table fits a terminal.
    widths = [None, None, 14, None, 28, 30]
    table = tabulate(rows, headers=headers, tablefmt="simple", maxcolwidths=widths) + "\n"
    if profile is None:
        return table
    title = f"Profil « {profile.name} »"
    if profile.board_name:
        title += f" — {profile.board_name}"
    if profile.policy:
        title += f" ({profile.policy})"
    return f"{title} : {len(rules)} règles actives.\n\n{table}"


def profiles_applying(rule: Rule) -> list[str]:
    """The packaged profiles under which ``rule`` is on."""
    from .settings import rules_for

    return [name for name in packaged_profiles() if rule in rules_for(load_profile(name), (), ())]


def explain(token: str) -> str:
    family = token.strip().upper()
    if family in FAMILIES:
        codes = [r.code for r in all_rules() if r.family == family]
        if codes:
            listed = ", ".join(codes)
            return f"« {family} » est une famille ({FAMILIES[family]}) : ses règles sont {listed}.\nExemple : civisme expliquer {codes[0]}\n"
    rule = find_rule(token)
    out = [
        f"{rule.code} {rule.name} — {rule.title}",
        f"Famille : {rule.family} ({FAMILIES[rule.family]}) ; sévérité par défaut : {rule.severity.label}.",
        "",
        *textwrap.wrap(rule.purpose, 78),
        "",
        "Ce que disent les politiques :",
    ]
    for reference, quote in rule.quoted_clauses():
        out.append(f"  {reference}")
        out.extend(
            textwrap.wrap(f"« {quote} »", 74, initial_indent="    ", subsequent_indent="    ")
        )
    applying = profiles_applying(rule)
    out += [
        "",
        "Profils qui l'appliquent : "
        + (", ".join(applying) if applying else "aucun par défaut")
        + ".",
    ]
    out += ["", "Signalé :"]
    for example in rule.fail_examples:
        flagged = ", ".join(f"« {s} »" for s in example.flagged)
        out.append(f"  ✗ {example.text}")
        out.append(f"      → {flagged}")
    out += ["", "Non signalé :"]
    out.extend(f"  ✓ {text}" for text in rule.ok_examples)
    return "\n".join(out) + "\n"
