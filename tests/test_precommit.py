"""The pre-commit hooks: the manifest as pre-commit itself reads it, the files
each hook receives, and the exit codes that pass or fail a commit."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
from pre_commit.clientlib import load_manifest

ROOT = Path(__file__).resolve().parent.parent
HOOKS = {hook["id"]: hook for hook in load_manifest(str(ROOT / ".pre-commit-hooks.yaml"))}


def test_manifest_is_valid_for_pre_commit_and_runs_civisme() -> None:
    assert set(HOOKS) == {"civisme", "civisme-descriptions"}
    for hook in HOOKS.values():
        assert hook["language"] == "python" and hook["pass_filenames"]
        assert shlex.split(hook["entry"])[:2] == ["civisme", "verifier"]


@pytest.mark.parametrize(
    ("name", "taken"),
    [
        ("nouvelles/sortie.md", True),
        ("site/index.html", True),
        ("site/page.htm", True),
        ("brouillons/lettre.docx", True),
        ("notes.txt", True),
        ("registre.csv", False),
        ("script.py", False),
        ("photo.png", False),
    ],
)
def test_hook_receives_drafts_not_data_or_code(name: str, taken: bool) -> None:
    hook = HOOKS["civisme"]
    assert (bool(re.search(hook["files"], name)) and not re.search(hook["exclude"], name)) is taken


@pytest.mark.parametrize(
    "name",
    ["README.md", "docs/README.fr.md", "robots.txt", "_layouts/post.html", "themes/a/b.html"],
)
def test_hook_skips_project_files_and_templates(name: str) -> None:
    assert re.search(HOOKS["civisme"]["exclude"], name)


def test_description_hook_takes_only_the_descriptions_folder() -> None:
    files = HOOKS["civisme-descriptions"]["files"]
    assert re.search(files, "comptes/descriptions/facebook.txt")
    assert not re.search(files, "nouvelles/sortie.md")
    assert all(hook["require_serial"] for hook in HOOKS.values())


def _run_hook(hook: str, *files: Path) -> int:
    """The hook's entry with the staged files appended, as pre-commit runs it."""
    command = shlex.split(HOOKS[hook]["entry"])
    command[0:1] = [sys.executable, "-c", "from civisme.cli.app import main; main()"]
    return subprocess.run([*command, *map(str, files)], capture_output=True, check=False).returncode


def test_hook_passes_clean_drafts_and_fails_on_errors(tmp_path: Path) -> None:
    clean = tmp_path / "propre.md"
    clean.write_text("Bonne semaine à tous les élèves.\n", encoding="utf-8")
    private = tmp_path / "prive.md"
    private.write_text("Appelez Julie au 613 555-0147 ce soir.\n", encoding="utf-8")
    assert _run_hook("civisme", clean) == 0
    assert _run_hook("civisme", clean, private) == 1
    binary = tmp_path / "casse.txt"
    binary.write_bytes(b"\x00\xff")
    assert _run_hook("civisme", clean, binary) == 2
