"""`make eval`: precision and recall per family on labelled JSON Lines sets,
scored as ../shared/benchmarks/README.md says: an item expecting family F is a
true positive when any finding of F is reported; an item forbidding F is a
false positive when any finding of F is reported.

Usage: python bench/evaluate.py [FILE.jsonl ...] [--par-fonction] [--erreurs N]
Without files: the shared benchmarks and bench/dev/*.jsonl that exist.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

from tabulate import tabulate

from civisme.rules.document import Document, DocumentKind
from civisme.rules.engine import Engine
from civisme.rules.registry import all_rules

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SETS = [
    ROOT.parent / "shared" / "benchmarks" / "wikipedia_clean_fr.jsonl",
    ROOT.parent / "shared" / "benchmarks" / "hatecheck_fr.jsonl",
    *sorted((ROOT / "bench" / "dev").glob("*.jsonl")),
]
KINDS = {
    "post": DocumentKind.PUBLICATION,
    "description": DocumentKind.DESCRIPTION,
    "account_name": DocumentKind.NAME,
}


def load(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def score(items: list[dict], engine: Engine, families: set[str], group_key: str | None):
    """Counts per (group, family) of tp, fn, fp, tn, and the misclassified items."""
    counts: dict[tuple[str, str], Counter] = defaultdict(Counter)
    mistakes: list[tuple[str, str, dict, list[str]]] = []
    docs = [
        Document(
            i["text"],
            kind=KINDS.get(i.get("kind", "post"), DocumentKind.PUBLICATION),
            # Account names are checked against their platform's limits when the item names one.
            # An item may name its profile (AUT needs cstl's signature rule) and
            # carry a publication date-time (HOR).
            metadata={
                "plateforme": i.get("platform", ""),
                "identifiant": False,
                "profil": i.get("profil", "csno"),
                **({"date-publication": i["date"]} if i.get("date") else {}),
            },
        )
        for i in items
    ]
    for item, (_, findings) in zip(items, engine.check(docs), strict=True):
        found = Counter(f.family for f in findings)
        group = _group(item, group_key)
        for family in families:
            if family in item.get("expect", []):
                outcome = "tp" if found[family] else "fn"
            elif family in item.get("forbid", []):
                outcome = "fp" if found[family] else "tn"
            else:
                continue
            counts[(group, family)][outcome] += 1
            if outcome in ("fn", "fp"):
                shown = [
                    f"{f.code}:{item['text'][f.start : f.end]}"
                    for f in findings
                    if f.family == family
                ]
                mistakes.append((outcome, family, item, shown))
    return counts, mistakes


def _group(item: dict, key: str | None) -> str:
    if key is None:
        return "tout"
    note = item.get("note", "")
    # HateCheck notes read "functionality=…; label=…".
    for part in note.split(";"):
        name, _, value = part.strip().partition("=")
        if name == key:
            return value
    return "?"


def ratio(a: int, b: int) -> str:
    return f"{a / b:.3f}" if b else "—"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument(
        "--par-fonction", action="store_true", help="détail par fonctionnalité HateCheck"
    )
    parser.add_argument("--erreurs", type=int, default=0, help="montrer N erreurs par fichier")
    args = parser.parse_args()
    files = args.files or [p for p in DEFAULT_SETS if p.exists()]
    rules = all_rules()
    families = {r.family for r in rules}
    engine = Engine(rules)
    rows = []
    for path in files:
        items = load(path)
        counts, mistakes = score(
            items, engine, families, "functionality" if args.par_fonction else None
        )
        for (group, family), c in sorted(counts.items()):
            label = path.name if group == "tout" else f"{path.name} · {group}"
            rows.append(
                [
                    label,
                    family,
                    c["tp"],
                    c["fn"],
                    c["fp"],
                    c["tn"],
                    ratio(c["tp"], c["tp"] + c["fp"]),
                    ratio(c["tp"], c["tp"] + c["fn"]),
                ]
            )
        for outcome, family, item, shown in mistakes[: args.erreurs]:
            print(
                f"[{outcome} {family}] {item.get('id')}: {item['text'][:160]!r} {shown}",
                file=sys.stderr,
            )
    print(
        tabulate(
            rows,
            headers=["jeu", "famille", "VP", "FN", "FP", "VN", "précision", "rappel"],
            tablefmt="github",
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
