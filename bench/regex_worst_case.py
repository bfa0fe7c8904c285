"""Worst-case time of every regular expression civisme compiles (#10).

Each pattern runs (``finditer`` to the end, as the rules do) on adversarial
texts of two sizes: runs of one character, of a separator pair, and of the
pattern's own words repeated (what makes a backtracking engine retry). A
linear pattern takes about four times as long on a text four times longer;
a ratio far above that is reported as non-linear.

``--fuzz`` then lets hypothesis search, for the slowest patterns, for a text
of bounded size that makes them slowest (``hypothesis.target``), and reports
the worst it found. Used by ``make bench``; never a test (wall times vary).
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import re
import time
from collections.abc import Iterator
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

from tabulate import tabulate

SMALL, LARGE = 2_000, 8_000
# « 1 » catches runs of digits separated by spaces (amounts like « 250 000 $ »).
BASE_TEXTS = ("a", " ", "1", "1 ", "é", "\n", ".", "a ", "a.", "a-", "-", "A-", "A", "aa ", "! ")


def civisme_patterns() -> Iterator[tuple[str, re.Pattern[str]]]:
    """Every compiled pattern held by a civisme module or class, by name."""
    seen: set[int] = set()
    for package in ("civisme.rules", "civisme.cli", "civisme.lexicons"):
        root = importlib.import_module(package)
        names = [package] + [
            m.name for m in pkgutil.walk_packages(root.__path__, prefix=f"{package}.")
        ]
        for name in names:
            module = importlib.import_module(name)
            holders: list[tuple[str, Any]] = [(name, module)]
            holders += [
                (f"{name}.{k}", v)
                for k, v in vars(module).items()
                if isinstance(v, type) and v.__module__ == name
            ]
            for prefix, holder in holders:
                for key, value in vars(holder).items():
                    if isinstance(value, re.Pattern) and id(value) not in seen:
                        seen.add(id(value))
                        yield f"{prefix}.{key}", value


def own_words(pattern: re.Pattern[str]) -> list[str]:
    """Literal runs of the pattern (« directeur », « ne pas »), to repeat."""
    words: list[str] = []

    def walk(items: Any) -> None:
        run: list[str] = []
        for op, av in [*items, (None, None)]:
            if op is sre.LITERAL:
                run.append(chr(av))
                continue
            if len(run) >= 2:
                words.append("".join(run))
            run = []
            if op is sre.SUBPATTERN:
                walk(av[-1])
            elif op is sre.BRANCH:
                for branch in av[1]:
                    walk(branch)
            elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
                walk(av[2])

    try:
        walk(sre_parse.parse(pattern.pattern, pattern.flags))
    except Exception:  # a pattern compiled from bytes or with odd flags: no words
        return []
    return words[:60]


def adversarial(pattern: re.Pattern[str], size: int) -> Iterator[tuple[str, str]]:
    for base in BASE_TEXTS:
        yield repr(base), (base * (size // len(base) + 1))[:size]
    words = own_words(pattern)
    if words:
        cycle = " ".join(words) + " "
        yield "ses mots", (cycle * (size // len(cycle) + 1))[:size]
        for word in words[:8]:
            unit = word + " "
            yield repr(word), (unit * (size // len(unit) + 1))[:size]
            # The word without its last letter: matches start and fail late.
            unit = word[:-1] + " "
            yield repr(word[:-1]), (unit * (size // len(unit) + 1))[:size]


# A repeated group whose word may start with optional spaces or end with them
# (« (?:\\s*\\w+){1,3} », « (?:\\w+\\s*)+ ») can cut one long word in many ways: the
# time grows as a power of its length. The inputs above rarely reach such a group
# after the words that lead to it, so the shape is also looked for in the source.
_SPLIT_WORD_GROUP = re.compile(
    r"\(\?:\\s\*\\w[+*]\)(?:\{\d*,?\d*\}|[*+])|\(\?:\\w[+*]\\s\*\)(?:\{\d*,?\d*\}|[*+])"
)


def split_word_groups() -> list[str]:
    """The patterns whose source holds a group that can cut a word several ways."""
    return [
        name for name, pattern in civisme_patterns() if _SPLIT_WORD_GROUP.search(pattern.pattern)
    ]


def run_time(pattern: re.Pattern[str], text: str) -> float:
    start = time.perf_counter()
    for _ in pattern.finditer(text):
        pass
    return time.perf_counter() - start


def measure() -> list[tuple[str, str, float, float]]:
    """(pattern, worst input, seconds on LARGE, growth LARGE/SMALL)."""
    rows = []
    for name, pattern in civisme_patterns():
        worst = ("", 0.0, 1.0)
        for (label, small), (_, large) in zip(
            adversarial(pattern, SMALL), adversarial(pattern, LARGE), strict=True
        ):
            t_small = max(run_time(pattern, small), 1e-6)
            t_large = run_time(pattern, large)
            if t_large > worst[1]:
                worst = (label, t_large, t_large / t_small)
        rows.append((name, worst[0], worst[1], worst[2]))
    return rows


def fuzz(patterns: list[tuple[str, re.Pattern[str]]], examples: int) -> list[tuple[str, float]]:
    """hypothesis searches texts of at most 4,000 characters, built from the
    pattern's own words and a few separators, for the slowest one."""
    from hypothesis import HealthCheck, given, settings, target
    from hypothesis import strategies as st

    found = []
    for name, pattern in patterns:
        found.append((name, _fuzz_one(pattern, examples, st, given, settings, target, HealthCheck)))
    return found


def _fuzz_one(
    pattern: re.Pattern[str], examples: int, st, given, settings, target, health
) -> float:  # type: ignore[no-untyped-def]
    alphabet = st.sampled_from([*own_words(pattern), " ", "a", ".", "-", "'", "é", "\n"])
    worst = [0.0]

    @settings(
        max_examples=examples, deadline=None, database=None, suppress_health_check=list(health)
    )
    @given(st.lists(alphabet, max_size=800).map("".join).map(lambda t: t[:4_000]))
    def slow(text: str) -> None:
        elapsed = run_time(pattern, text)
        worst[0] = max(worst[0], elapsed)
        target(elapsed)

    slow()
    return worst[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--fuzz", type=int, default=0, help="exemples hypothesis par motif")
    parser.add_argument("--top", type=int, default=10)
    args = parser.parse_args()
    rows = measure()
    rows.sort(key=lambda r: -r[2])
    # Growth only where there is time to measure (sub-millisecond runs are noise).
    growth = max((r[3] for r in rows if r[2] > 0.0005), default=0.0)
    print(f"{len(rows)} motifs ; textes de {SMALL} et {LARGE} caractères")
    print(
        tabulate(
            [(n, label, f"{t * 1000:.2f} ms", f"× {g:.1f}") for n, label, t, g in rows[: args.top]],
            headers=["motif", "pire entrée", f"temps ({LARGE} car.)", "croissance (×4 en taille)"],
            tablefmt="github",
        )
    )
    print(
        f"Croissance la plus forte (motifs de plus de 0,5 ms) : × {growth:.1f} "
        "(linéaire : × 4 ; quadratique : × 16)"
    )
    nonlinear = [r for r in rows if r[3] > 10 and r[2] > 0.002]
    print(f"Motifs non linéaires (croissance > × 10 et > 2 ms) : {len(nonlinear)}")
    for name, label, t, g in nonlinear:
        print(f"  {name} : {label}, {t * 1000:.1f} ms, × {g:.1f}")
    split = split_word_groups()
    print(f"Motifs dont un groupe répété peut couper un mot de plusieurs façons : {len(split)}")
    for name in split:
        print(f"  {name}")
    if args.fuzz:
        slowest = [(n, p) for n, p in civisme_patterns() if n in {r[0] for r in rows[: args.top]}]
        found = fuzz(slowest, args.fuzz)
        worst = max(found, key=lambda f: f[1])
        print(
            f"Fuzz hypothesis ({args.fuzz} exemples × {len(found)} motifs les plus lents, "
            f"≤ 4 000 car.) : pire {worst[1] * 1000:.2f} ms ({worst[0]})"
        )


if __name__ == "__main__":
    main()
