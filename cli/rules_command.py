"""``civisme regles`` and ``civisme expliquer``: the rules, told from their own
declarations. Nothing here needs the French model."""

from __future__ import annotations

import json
import textwrap

from tabulate import tabulate

from civisme.rules.registry import FAMILIES, all_rules, find_rule


def list_rules(output_format: str) -> str:
    rules = all_rules()
    if output_format == "json":
        data = [
            {
                "code": r.code,
                "name": r.name,
                "family": r.family,
                "severity": r.severity.value,
                "title": r.title,
                "policy": list(r.policy),
                "needs_nlp": sorted(r.nlp),
            }
            for r in rules
        ]
        return json.dumps({"version": 1, "rules": data}, ensure_ascii=False, indent=2) + "\n"
    rows = [
        [r.code, r.name, FAMILIES[r.family], r.severity.label, r.title, "\n".join(r.policy)]
        for r in rules
    ]
    headers = ["code", "nom", "famille", "sévérité", "titre", "politiques"]
    # Narrow columns wrap so that the table fits a terminal.
    widths = [None, None, 14, None, 28, 30]
    return tabulate(rows, headers=headers, tablefmt="simple", maxcolwidths=widths) + "\n"


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
    out += ["", "Signalé :"]
    for example in rule.fail_examples:
        flagged = ", ".join(f"« {s} »" for s in example.flagged)
        out.append(f"  ✗ {example.text}")
        out.append(f"      → {flagged}")
    out += ["", "Non signalé :"]
    out.extend(f"  ✓ {text}" for text in rule.ok_examples)
    return "\n".join(out) + "\n"
