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


def full_mode_rate(posts: list[str]) -> float:
    """Posts per second with every rule on every post and the whole model on
    each: the naive design the fast mode is measured against."""
    from civisme.rules.document import Document
    from civisme.rules.engine import Engine
    from civisme.rules.registry import all_rules

    engine = Engine(all_rules(), full=True)
    engine.check_one(Document(posts[0]))
    start = time.perf_counter()
    for _ in engine.check(Document(p) for p in posts):
        pass
    return len(posts) / (time.perf_counter() - start)


# Where the seconds of « verifier » on one post go, measured in a fresh process.
_PHASES = """
import json, sys, time
t0 = time.perf_counter()
from civisme.cli import app
t1 = time.perf_counter()
from civisme.rules.registry import all_rules
rules = all_rules()
t2 = time.perf_counter()
from civisme.rules.document import Document
from civisme.rules.engine import Engine
engine = Engine(rules)
engine.check_one(Document(sys.argv[1]))
t3 = time.perf_counter()
engine.check_one(Document(sys.argv[1]))
t4 = time.perf_counter()
print(json.dumps([t1 - t0, t2 - t1, t3 - t2, t4 - t3]))
"""


def phases(post: str) -> list[float]:
    runs = [
        json.loads(
            subprocess.run(
                [sys.executable, "-c", _PHASES, post], capture_output=True, text=True, check=True
            ).stdout
        )
        for _ in range(3)
    ]
    return [statistics.median(r[i] for r in runs) for i in range(4)]


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

    names_path = Path(tempfile.mkdtemp()) / "noms.txt"
    names_path.write_text("École des Quatre-Vents_CSNO\nEcole Heritage-CSNO\n", encoding="utf-8")
    for label, cmd, stdin in [
        ("civisme --help", [*CIVISME, "--help"], None),
        ("civisme regles", [*CIVISME, "regles"], None),
        ("civisme expliquer MAJ01", [*CIVISME, "expliquer", "MAJ01"], None),
        ("civisme noms (2 noms)", [*CIVISME, "noms", str(names_path), "--profil", "csno"], None),
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

    names_path.unlink()
    names_path.parent.rmdir()

    labels = [
        "  dont importer civisme (typer, rapports)",
        "  dont importer les règles (compilation des motifs)",
        "  dont premier texte (lexiques, wordfreq)",
        "  dont texte suivant",
    ]
    for label, seconds in zip(labels, phases(POST), strict=True):
        rows.append([label, f"{seconds:.2f} s", ""])
    results["verifier_phases_seconds"] = [round(s, 3) for s in phases(POST)]

    posts = generate(10_000)
    words = statistics.mean(len(p.split()) for p in posts)
    # The command-line runs first: after the in-process runs below, the spaCy model
    # this process holds leaves worker threads that slow the children down.
    cli_runs = []
    with tempfile.TemporaryDirectory() as tmp:
        for i, post in enumerate(posts):
            Path(tmp, f"p{i:05d}.txt").write_text(post, encoding="utf-8")
        export = Path(tmp, "export.csv")
        with export.open("w", encoding="utf-8", newline="") as handle:
            import csv

            writer = csv.writer(handle)
            writer.writerow(["id", "date", "texte"])
            writer.writerows((i, "2026-11-21T10:00", p) for i, p in enumerate(posts))
        runs = [
            ("civisme verifier, 10 000 fichiers, --jobs 1", ["--jobs", "1", tmp]),
            ("civisme verifier, 10 000 fichiers, --jobs 2", ["--jobs", "2", tmp]),
            ("civisme verifier, export CSV de 10 000 publications (défaut : un processus par cœur)", [str(export)]),
        ]  # fmt: skip
        for label, args in runs:
            seconds, peak = timed([*CIVISME, "verifier", "--format", "json", *args], repeat=1)
            cli_runs.append((label, seconds, peak))

    rate, findings = throughput(posts)
    rows.append(
        [
            f"moteur rapide, 1 processus, 10 000 publications (~{words:.0f} mots, 15 % à problème)",
            f"{rate:,.0f} publications/s".replace(",", " "),
            "",
        ]
    )
    results["engine_posts_per_second"] = round(rate)
    results["engine_findings"] = findings
    naive = full_mode_rate(posts[:300])
    rows.append(
        [
            "moteur complet (--complet : tout le modèle, toutes les règles), 1 processus",
            f"{naive:,.0f} publications/s".replace(",", " "),
            "",
        ]
    )
    results["full_mode_posts_per_second"] = round(naive, 1)
    for label, seconds, peak in cli_runs:
        cli_rate = len(posts) / seconds
        rows.append(
            [
                label,
                f"{cli_rate:,.0f} publications/s ({seconds:.1f} s ; {cli_rate / naive:.0f} × le complet)".replace(",", " "),
                f"{peak:.0f} Mio par processus",
            ]
        )  # fmt: skip
        results[label] = {"seconds": round(seconds, 2), "peak_rss_mib": round(peak)}

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
