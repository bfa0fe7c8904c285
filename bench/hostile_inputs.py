"""Hostile inputs at full size (#10): what `civisme verifier` does with each,
its exit code, its time and its memory, one process per input. The tests
(tests/test_hostile_inputs.py) prove the same behaviours on small files."""

from __future__ import annotations

import random
import subprocess
import sys
import tempfile
from pathlib import Path

from tabulate import tabulate

CIVISME = str(Path(sys.executable).with_name("civisme"))
WORDS = (
    "Bonjour à tous les parents , la sortie au musée aura lieu jeudi . Merci de signer "
    "le formulaire ! Appelez au 506-555-1234 si besoin"
).split()


def build(folder: Path) -> list[tuple[str, Path]]:
    rng = random.Random(10)

    def words(count: int) -> str:
        return " ".join(rng.choice(WORDS) for _ in range(count))

    def write(name: str, data: bytes) -> Path:
        path = folder / name
        path.write_bytes(data)
        return path

    lines = "\n".join(words(10) for _ in range(340_000))
    return [
        ("texte de 20 Mo (340 000 lignes)", write("gros.txt", lines.encode())),
        ("ligne unique de 5 Mo", write("ligne.txt", words(1_000_000)[:5_000_000].encode())),
        ("ligne unique de 1 Mo", write("ligne1.txt", words(200_000)[:1_000_000].encode())),
        ("binaire (octets 0 à 255)", write("binaire.txt", bytes(range(256)) * 4_000)),
        ("UTF-8 invalide (Latin-1)", write("invalide.txt", "Élève inscrite".encode("latin-1"))),
        ("fichier vide", write("vide.txt", b"")),
        (
            "HTML imbriqué 100 000 niveaux",
            write("profond.html", ("<div>" * 100_000 + words(50) + "</div>" * 100_000).encode()),
        ),
        (
            "CSV à guillemet non fermé",
            write("casse.csv", b'id,texte\n1,"jamais ferm\xc3\xa9\n2,b\n'),
        ),
        (
            "CSV de 100 000 rangées",
            write(
                "export.csv",
                ("id,texte\n" + "".join(f'{i},"{words(12)}"\n' for i in range(100_000))).encode(),
            ),
        ),
        (
            "fins de ligne mêlées",
            write(
                "melange.txt", ("\r\n".join(words(8) for _ in range(5_000)) + "\r" * 50).encode()
            ),
        ),
    ]


# A fresh parent per input, so that the peak memory is this input's alone.
_MEASURE = (
    "import resource, subprocess, sys, time\n"
    "start = time.perf_counter()\n"
    "done = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
    "sys.stdout.write(done.stderr)\n"
    "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
    "print(f'@@ {done.returncode} {time.perf_counter() - start} {peak}')\n"
)


def run(path: Path) -> tuple[int, str, float, float]:
    extra = ["--colonne", "texte"] if path.suffix == ".csv" else []
    done = subprocess.run(
        [sys.executable, "-c", _MEASURE, CIVISME, "verifier", str(path), "-f", "json", *extra],
        capture_output=True,
        text=True,
        check=False,
    )
    *stderr, last = done.stdout.splitlines()
    code, elapsed, peak = last.split()[1:]
    done.stderr = "\n".join(stderr)
    elapsed, peak = float(elapsed), int(peak) / 1024
    code = int(code)
    said = next((line for line in done.stderr.splitlines() if "erreur" in line), "vérifié")
    if "Traceback" in done.stderr:
        said = "TRACEBACK : " + done.stderr.splitlines()[-1]
    return code, said.split(" : ", 2)[-1][:70], elapsed, peak


def main() -> None:
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for label, path in build(Path(folder)):
            code, said, elapsed, peak = run(path)
            rows.append((label, code, said, f"{elapsed:.1f} s", f"{peak:.0f} Mio"))
    print(
        tabulate(
            rows,
            headers=["entrée", "code", "résultat", "temps", "mémoire max."],
            tablefmt="github",
        )
    )


if __name__ == "__main__":
    main()
