"""``civisme corriger``: diff by default, atomic in-place writes on request,
idempotent, and nothing outside the fixed spans ever changes."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from civisme.cli.app import app
from civisme.cli.fix_command import fix_text, write_atomically
from civisme.cli.inputs import digest
from civisme.rules.document import DocumentKind
from civisme.rules.engine import Engine
from civisme.rules.registry import all_rules

runner = CliRunner()
DRAFT = "Bonjour,\r\nIl est INTERDIT de courir!!!\r\nSlt tt le monde, c bon pour demain.\r\nTextez-moi au 819 555-1234.\r\n"
FIXED = "Bonjour,\r\nIl est interdit de courir!\r\nSalut tout le monde, c'est bon pour demain.\r\nTextez-moi au 819 555-1234.\r\n"


@pytest.fixture()
def draft(tmp_path: Path) -> Path:
    path = tmp_path / "brouillon.txt"
    path.write_bytes(DRAFT.encode("utf-8"))
    return path


def test_diff_is_shown_and_file_untouched(draft: Path) -> None:
    result = runner.invoke(app, ["corriger", str(draft)])
    assert result.exit_code == 1  # something to fix
    assert "-Il est INTERDIT de courir!!!" in result.stdout
    assert "+Il est interdit de courir!" in result.stdout
    assert "+Salut tout le monde, c'est bon pour demain." in result.stdout
    assert draft.read_bytes() == DRAFT.encode("utf-8")


def test_write_applies_fixes_and_keeps_every_other_byte(draft: Path) -> None:
    result = runner.invoke(app, ["corriger", "--ecrire", str(draft)])
    assert result.exit_code == 0
    assert draft.read_bytes() == FIXED.encode("utf-8")  # CRLF kept, phone untouched
    assert [p.name for p in draft.parent.iterdir()] == ["brouillon.txt"]  # no temporary left


def test_second_run_changes_nothing(draft: Path) -> None:
    runner.invoke(app, ["corriger", "--ecrire", str(draft)])
    written = draft.read_bytes()
    again = runner.invoke(app, ["corriger", str(draft)])
    assert again.exit_code == 0 and again.stdout == ""
    runner.invoke(app, ["corriger", "--ecrire", str(draft)])
    assert draft.read_bytes() == written


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16"])
def test_encoding_and_bom_are_kept(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "f.txt"
    path.write_bytes("Il est INTERDIT de courir.\n".encode(encoding))
    runner.invoke(app, ["corriger", "--ecrire", str(path)])
    assert path.read_bytes() == "Il est interdit de courir.\n".encode(encoding)


def test_personal_information_is_masked_in_the_diff(draft: Path) -> None:
    result = runner.invoke(app, ["corriger", str(draft)])
    assert "555-1234" not in result.stdout and "819 ***-**34" in result.stdout
    shown = runner.invoke(app, ["corriger", "--montrer-renseignements", str(draft)])
    assert "819 555-1234" in shown.stdout


def test_selection_limits_the_fixes(draft: Path) -> None:
    runner.invoke(app, ["corriger", "--ecrire", "--selection", "MAJ", str(draft)])
    text = draft.read_bytes().decode("utf-8")
    assert "interdit de courir!!!" in text and "Slt tt" in text


def test_refuses_to_overwrite_a_file_changed_since_read(draft: Path) -> None:
    seen = digest(draft.read_bytes())
    draft.write_bytes(b"modifie par quelqu'un d'autre")
    problem = write_atomically(draft, b"nouveau", seen)
    assert problem and "a changé" in problem
    assert draft.read_bytes() == b"modifie par quelqu'un d'autre"


def test_only_fixed_spans_change() -> None:
    text = "Avant. Il est INTERDIT de courir. Apres, mdr. Fin."
    fixed, count = fix_text(Engine(all_rules()), text, DocumentKind.PUBLICATION)
    assert count == 2
    assert fixed == "Avant. Il est interdit de courir. Apres, mort de rire. Fin."


def test_standard_input_prints_the_fixed_text() -> None:
    result = runner.invoke(app, ["corriger", "--ecrire", "-"], input="Slt!!!")
    assert result.stdout == "Salut!"
