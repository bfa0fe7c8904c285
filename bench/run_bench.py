"""`make bench`: start-up times, throughput and peak memory, printed as a table
and saved to bench/out/results.json. Figures go into the README by hand, with
the date and the machine."""

from __future__ import annotations

import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tabulate import tabulate

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import generate
from names_corpus import listing, registered

ROOT = Path(__file__).resolve().parent.parent
CIVISME = [sys.executable, "-c", "from civisme.cli.app import main; main()"]
POST = "Bonjour! Il est INTERDIT de courir dans les corridors. Merci de votre collaboration."
# An age next to a name: the one case where `verifier` loads the French model.
POST_WITH_AGE = "Bonne fête à Thomas Gagnon qui a 9 ans aujourd'hui!"


def timed(cmd: list[str], *, repeat: int = 5, stdin: str | None = None) -> tuple[float, float]:
    """Median wall time (s) over ``repeat`` runs and the peak RSS (MiB) of one run."""
    times = []
    peak = 0.0
    for _ in range(repeat):
        start = time.perf_counter()
        code = (
            f"import resource, subprocess, sys; p = subprocess.run({cmd!r}, input={stdin!r}, "
            "text=True, capture_output=True); "
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
        )
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        times.append(time.perf_counter() - start)
        peak = max(peak, int(out.stdout.strip()) / 1024)
    return statistics.median(times), peak


def throughput(posts: list[str]) -> tuple[float, float]:
    """Posts per second through the engine, in process, all rules enabled."""
    from civisme.rules.document import Document
    from civisme.rules.engine import Engine
    from civisme.rules.registry import all_rules

    engine = Engine(all_rules())
    engine.check_one(Document(posts[0]))  # warm the lexicons and the model
    start = time.perf_counter()
    findings = sum(len(f) for _, f in engine.check(Document(p) for p in posts))
    elapsed = time.perf_counter() - start
    return len(posts) / elapsed, findings


def names_benchmark() -> tuple[float, int]:
    """The three passes of ``civisme noms`` on 100,000 names and a 1,000-name registry."""
    from civisme.rules.account_lists import (
        NameEntry,
        RegistryIndex,
        duplicate_officials,
        unregistered,
    )
    from civisme.rules.document import Document, DocumentKind
    from civisme.rules.engine import Engine
    from civisme.rules.profiles import load_profile
    from civisme.rules.registry import all_rules, select

    profile = load_profile("csno").naming
    entries = [NameEntry(i, n, p) for i, (n, p) in enumerate(listing(), start=1)]
    start = time.perf_counter()
    engine = Engine(select(all_rules(), ["NOM"]))
    docs = (
        Document(e.name, kind=DocumentKind.NAME, metadata={"plateforme": e.platform})
        for e in entries
    )
    findings = sum(len(f) for _, f in engine.check(docs))
    findings += sum(len(f) for f in duplicate_officials(entries, profile).values())
    findings += sum(
        len(f) for f in unregistered(entries, RegistryIndex(registered(), profile)).values()
    )
    return time.perf_counter() - start, findings


def main() -> None:
    rows: list[list[object]] = []
    results: dict[str, object] = {}

    for label, cmd, stdin in [
        ("civisme --help", [*CIVISME, "--help"], None),
        ("civisme regles", [*CIVISME, "regles"], None),
        ("civisme verifier (1 publication)", [*CIVISME, "verifier", "-"], POST),
        (
            "civisme verifier (1 publication qui demande le modèle)",
            [*CIVISME, "verifier", "-"],
            POST_WITH_AGE,
        ),
        (
            'spacy.load("fr_core_news_sm") seul',
            [sys.executable, "-c", "import spacy; spacy.load('fr_core_news_sm')"],
            None,
        ),
    ]:
        seconds, peak = timed(cmd, stdin=stdin)
        rows.append([label, f"{seconds:.2f} s", f"{peak:.0f} Mio"])
        results[label] = {"seconds": round(seconds, 3), "peak_rss_mib": round(peak)}

    posts = generate(10_000)
    words = statistics.mean(len(p.split()) for p in posts)
    rate, findings = throughput(posts)
    rows.append(
        [
            f"moteur, 10 000 publications (~{words:.0f} mots)",
            f"{rate:,.0f} publications/s".replace(",", " "),
            "",
        ]
    )
    results["engine_posts_per_second"] = round(rate)
    results["engine_findings"] = findings

    with tempfile.TemporaryDirectory() as tmp:
        for i, post in enumerate(posts):
            Path(tmp, f"p{i:05d}.txt").write_text(post, encoding="utf-8")
        seconds, peak = timed([*CIVISME, "verifier", "--format", "json", tmp], repeat=1)
    rows.append(
        [
            "civisme verifier, 10 000 fichiers",
            f"{len(posts) / seconds:,.0f} publications/s ({seconds:.1f} s)".replace(",", " "),
            f"{peak:.0f} Mio",
        ]
    )
    results["cli_10000_files"] = {"seconds": round(seconds, 2), "peak_rss_mib": round(peak)}

    names_seconds, names_findings = names_benchmark()
    rows.append(
        ["civisme noms : 100 000 noms contre 1 000 au registre (un par un, doublons, usurpations)",
         f"{names_seconds:.1f} s ({names_findings} constats)", ""]
    )  # fmt: skip
    results["names_100000_seconds"] = round(names_seconds, 2)

    machine = f"{platform.machine()}, {os.cpu_count()} cœurs, Python {platform.python_version()}"
    print(f"Machine : {machine} — {time.strftime('%Y-%m-%d')}")
    print(tabulate(rows, headers=["mesure", "résultat", "mémoire max."], tablefmt="github"))
    out = ROOT / "bench" / "out"
    out.mkdir(exist_ok=True)
    results["machine"] = machine
    (out / "results.json").write_text(
        json.dumps(results, indent=2, ensure_ascii=False), encoding="utf-8"
    )


if __name__ == "__main__":
    main()
