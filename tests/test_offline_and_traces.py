"""Privacy at run time (#10): the whole command line works with the network
cut off and never tries to reach it, and the personal values a draft holds
are written nowhere — no log, cache or temporary file, no report — unless
the user asks with --montrer-renseignements."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

# Loaded by Python at start-up through PYTHONPATH: any attempt to resolve a
# name or open a connection is recorded in a file, then refused.
BLOCKER = """
import os, socket

def _refuse(*args, **kwargs):
    with open(os.environ["CIVISME_NETWORK_LOG"], "a", encoding="utf-8") as log:
        log.write(repr(args[:2]) + "\\n")
    raise OSError("réseau coupé par le test")

socket.socket.connect = _refuse
socket.socket.connect_ex = _refuse
socket.socket.sendto = _refuse
socket.create_connection = _refuse
socket.getaddrinfo = _refuse
socket.gethostbyname = _refuse
"""

PHONE = "506 555 7342"
EMAIL = "julie.tremblay@gmail.com"
DRAFT = (
    f"Bonjour! Appelez Julie Tremblay au {PHONE} ou écrivez à {EMAIL}.\n"
    "La direction est incompétente.\n"
    "slt tlm, ON A GAGNÉ!!!\n"
)
SECRETS = (PHONE, "5557342", "555-7342", "555 7342", EMAIL, "tremblay@")


@pytest.fixture
def sandbox(tmp_path: Path) -> dict:
    """Fresh home, temporary and cache folders, a working folder, the blocker."""
    folders = {name: tmp_path / name for name in ("home", "tmp", "cache", "work", "site")}
    for folder in folders.values():
        folder.mkdir()
    (folders["site"] / "sitecustomize.py").write_text(BLOCKER, encoding="utf-8")
    env = {
        **os.environ,
        "HOME": str(folders["home"]),
        "TMPDIR": str(folders["tmp"]),
        "XDG_CACHE_HOME": str(folders["cache"]),
        "PYTHONPATH": os.pathsep.join([str(folders["site"]), os.environ.get("PYTHONPATH", "")]),
        "CIVISME_NETWORK_LOG": str(tmp_path / "network.log"),
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    (folders["work"] / "brouillon.txt").write_text(DRAFT, encoding="utf-8")
    (folders["work"] / "noms.txt").write_text("École des Quatre-Vents_CSNO\n", encoding="utf-8")
    return {"env": env, "log": tmp_path / "network.log", **folders}


def civisme(sandbox: dict, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", "from civisme.cli.app import main; main()", *args],
        capture_output=True,
        text=True,
        check=False,
        cwd=sandbox["work"],
        env=sandbox["env"],
    )


def test_the_blocker_really_cuts_the_network(sandbox: dict) -> None:
    # Positive control: without it, the other tests would prove nothing.
    probe = "import socket\ntry:\n    socket.create_connection(('pypi.org', 443))\nexcept OSError:\n    pass\n"
    subprocess.run([sys.executable, "-c", probe], env=sandbox["env"], check=True)
    assert sandbox["log"].read_text(encoding="utf-8")


# Most runs need no spaCy model (fast); ``--complet`` loads it, offline too.
COMMANDS = [
    (("verifier", "brouillon.txt", "-f", "json"), 1),
    (("verifier", "brouillon.txt", "--complet", "-f", "sarif"), 1),
    (("verifier", "brouillon.txt", "-f", "texte", "--sortie", "rapport.txt"), 1),
    (("corriger", "brouillon.txt"), 1),
    (("noms", "noms.txt", "--profil", "csno"), 0),
    (("regles",), 0),
    (("expliquer", "RP01"), 0),
]


@pytest.mark.parametrize(
    ("args", "code"), COMMANDS, ids=[c[0][0] + str(i) for i, c in enumerate(COMMANDS)]
)
def test_commands_work_offline_and_never_try_the_network(
    sandbox: dict, args: tuple[str, ...], code: int
) -> None:
    done = civisme(sandbox, *args)
    assert done.returncode == code, done.stderr
    assert "Traceback" not in done.stderr
    assert not sandbox["log"].exists(), sandbox["log"].read_text(encoding="utf-8")


def files_under(*folders: Path) -> list[Path]:
    return [p for folder in folders for p in folder.rglob("*") if p.is_file()]


def test_personal_values_are_written_nowhere(sandbox: dict) -> None:
    before = set(files_under(sandbox["work"]))
    outputs = []
    for fmt in ("texte", "json", "sarif", "github", "gitlab", "junit"):
        done = civisme(sandbox, "verifier", "brouillon.txt", "-f", fmt, "--sortie", f"r.{fmt}")
        outputs += [done.stdout, done.stderr]
    done = civisme(sandbox, "corriger", "brouillon.txt")
    outputs += [done.stdout, done.stderr]
    done = civisme(sandbox, "corriger", "brouillon.txt", "--ecrire")
    outputs += [done.stdout, done.stderr]
    # The only new files are the reports asked for; home, temp and cache stay empty.
    created = set(files_under(sandbox["work"])) - before
    assert {p.name for p in created} == {
        f"r.{f}" for f in ("texte", "json", "sarif", "github", "gitlab", "junit")
    }
    assert files_under(sandbox["home"], sandbox["tmp"], sandbox["cache"]) == []
    written = outputs + [p.read_text(encoding="utf-8") for p in created]
    for secret in SECRETS:
        assert not any(secret in text for text in written), secret
    # The draft itself keeps its values: corriger never rewrites personal information.
    assert PHONE in (sandbox["work"] / "brouillon.txt").read_text(encoding="utf-8")


def test_values_are_shown_only_on_request(sandbox: dict) -> None:
    done = civisme(sandbox, "verifier", "brouillon.txt", "-f", "json", "--montrer-renseignements")
    assert PHONE in done.stdout and EMAIL in done.stdout
