"""The command line, through Typer's CliRunner and once as a real process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from civisme.cli import __version__
from civisme.cli.app import app, main

runner = CliRunner()
SHOUT = "Il est INTERDIT de courir.\nON A GAGNÉ.\n"
CLEAN = "Bonne semaine à tous les élèves.\n"


@pytest.fixture()
def drafts(tmp_path: Path) -> Path:
    (tmp_path / "cris.txt").write_text(SHOUT, encoding="utf-8")
    (tmp_path / "propre.md").write_text(CLEAN, encoding="utf-8")
    (tmp_path / "ignore.csv").write_text("a,b\n", encoding="utf-8")
    return tmp_path


def run_main(monkeypatch, capsys, *args: str) -> tuple[int, str, str]:
    """Run the real entry point (with its French usage errors)."""
    monkeypatch.setattr(sys, "argv", ["civisme", *args])
    with pytest.raises(SystemExit) as info:
        main()
    out, err = capsys.readouterr()
    return info.value.code, out, err


def test_text_report_lists_findings_with_position_and_summary(drafts: Path) -> None:
    result = runner.invoke(app, ["verifier", str(drafts / "cris.txt")])
    assert result.exit_code == 1
    path = str(drafts / "cris.txt")
    assert f"{path}:1:8  MAJ02  avertissement  « INTERDIT »" in result.stdout
    assert f"{path}:2:1  MAJ01  erreur  Phrase écrite en majuscules" in result.stdout
    assert "    Il est INTERDIT de courir.\n           ^^^^^^^^\n" in result.stdout
    assert "suggestion : « interdit »" in result.stdout
    assert "2 constats dans 1 fichier vérifié." in result.stdout


def test_folder_is_checked_recursively_for_txt_and_md(drafts: Path) -> None:
    result = runner.invoke(app, ["verifier", "--format", "json", str(drafts)])
    paths = [r["path"] for r in json.loads(result.stdout)["results"]]
    assert paths == [str(drafts / "cris.txt"), str(drafts / "propre.md")]


def test_clean_draft_exits_zero() -> None:
    result = runner.invoke(app, ["verifier", "-"], input=CLEAN)
    assert result.exit_code == 0
    assert "Aucun problème trouvé" in result.stdout


def test_check_is_an_alias_of_verifier() -> None:
    result = runner.invoke(app, ["check", "--format", "json"], input=SHOUT)
    assert result.exit_code == 1
    assert json.loads(result.stdout)["summary"]["findings"] == 2


@pytest.mark.parametrize(
    ("fail_on", "code"), [("erreur", 1), ("avertissement", 1), ("info", 1), ("jamais", 0)]
)
def test_fail_threshold_on_an_error(fail_on: str, code: int) -> None:
    result = runner.invoke(app, ["verifier", "--echec", fail_on], input="ON A GAGNÉ.")
    assert result.exit_code == code


def test_warning_alone_does_not_fail_by_default() -> None:
    text = "Il est INTERDIT de courir."
    assert runner.invoke(app, ["verifier"], input=text).exit_code == 0
    assert runner.invoke(app, ["verifier", "--echec", "avertissement"], input=text).exit_code == 1


def test_selection_and_ignore() -> None:
    data = json.loads(
        runner.invoke(app, ["verifier", "-f", "json", "--selection", "MAJ01"], input=SHOUT).stdout
    )
    assert [f["rule"] for r in data["results"] for f in r["findings"]] == ["MAJ01"]
    data = json.loads(
        runner.invoke(
            app, ["verifier", "-f", "json", "--ignorer", "phrase-en-majuscules"], input=SHOUT
        ).stdout
    )
    assert [f["rule"] for r in data["results"] for f in r["findings"]] == ["MAJ02"]


def test_unknown_rule_is_a_usage_error_with_hint() -> None:
    result = runner.invoke(app, ["verifier", "--selection", "phrase-en-majuscule"], input=SHOUT)
    assert result.exit_code == 2
    assert "règle inconnue : « phrase-en-majuscule »" in result.stderr
    assert "phrase-en-majuscules" in result.stderr


def test_unreadable_input_exits_2_and_the_rest_is_still_checked(drafts: Path) -> None:
    (drafts / "binaire.txt").write_bytes(b"\x00\x01\x02PK")
    (drafts / "latin1.txt").write_bytes("École fermée".encode("latin-1"))
    result = runner.invoke(app, ["verifier", "-f", "json", str(drafts)])
    assert result.exit_code == 2
    data = json.loads(result.stdout)
    assert {e["path"] for e in data["errors"]} == {
        str(drafts / "binaire.txt"),
        str(drafts / "latin1.txt"),
    }
    assert data["summary"]["findings"] == 2  # cris.txt was checked all the same
    assert "binaire.txt : fichier binaire" in result.stderr
    assert "encodage non pris en charge" in result.stderr


def test_missing_file_is_reported_in_french() -> None:
    result = runner.invoke(app, ["verifier", "nexiste-pas.txt"])
    assert result.exit_code == 2
    assert "nexiste-pas.txt : fichier ou dossier introuvable" in result.stderr


def test_regles_lists_every_rule_in_text_and_json() -> None:
    text = runner.invoke(app, ["regles"])
    assert text.exit_code == 0
    assert "MAJ01" in text.stdout and "CSTL annexe 1 — Majuscules" in text.stdout
    data = json.loads(runner.invoke(app, ["regles", "--format", "json"]).stdout)
    rule = next(r for r in data["rules"] if r["code"] == "MAJ02")
    assert rule == {
        "code": "MAJ02",
        "name": "mot-en-majuscules",
        "family": "MAJ",
        "severity": "warning",
        "title": "Mot en majuscules au milieu du texte",
        "policy": ["CSTL annexe 1 — Majuscules"],
        "needs_nlp": [],
    }


def test_expliquer_quotes_the_policy_and_shows_examples() -> None:
    result = runner.invoke(app, ["expliquer", "phrase-en-majuscules"])
    assert result.exit_code == 0
    assert "MAJ01 phrase-en-majuscules" in result.stdout
    assert "cela équivaut à crier contre le lecteur" in " ".join(result.stdout.split())
    assert "✗ ON A GAGNÉ LE TOURNOI!!!" in result.stdout
    assert "✓ " in result.stdout


def test_expliquer_unknown_rule_suggests_closest(monkeypatch, capsys) -> None:
    code, _, err = run_main(monkeypatch, capsys, "expliquer", "MAJ1")
    assert code == 2
    assert "règle inconnue : « MAJ1 »" in err


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.stdout.strip() == f"civisme {__version__}"


def test_help_is_in_french(monkeypatch, capsys) -> None:
    code, out, _ = run_main(monkeypatch, capsys, "verifier", "--help")
    assert code == 0
    assert out.startswith("Utilisation : civisme verifier")
    assert "Affiche cette aide et quitte." in out
    assert "[défaut :" in out
    assert "Show this message" not in out and "Usage:" not in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["verifier", "--format", "xml"],
            "valeur « xml » invalide pour --format ; valeurs possibles : auto, texte, json, sarif, github, gitlab, junit.",
        ),
        (["verifiez"], "commande inconnue : « verifiez ». Vouliez-vous dire « verifier » ?"),
        (
            ["verifier", "--selecton", "MAJ"],
            "option inconnue : --selecton. Vouliez-vous dire « --selection » ?",
        ),
        (["expliquer"], "argument manquant : REGLE."),
    ],
)
def test_usage_errors_are_in_french_and_exit_2(monkeypatch, capsys, args, message) -> None:
    code, _, err = run_main(monkeypatch, capsys, *args)
    assert code == 2
    assert f"civisme : erreur : {message}" in err


def test_no_colour_when_not_a_terminal_or_no_color(monkeypatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    result = runner.invoke(app, ["verifier"], input=SHOUT)
    assert "\033[" not in result.stdout


def test_real_process_and_no_spacy_for_commands_that_need_no_model(drafts: Path) -> None:
    cli = [sys.executable, "-c", "from civisme.cli.app import main; main()"]
    done = subprocess.run(
        [*cli, "verifier", "-f", "json", str(drafts / "cris.txt")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1
    assert json.loads(done.stdout)["summary"]["by_family"] == {"MAJ": 2}
    probe = (
        "import sys\nfrom typer.testing import CliRunner\nfrom civisme.cli.app import app\n"
        "for args in (['regles'], ['expliquer', 'MAJ01'], ['--help'], ['verifier', '-'],\n"
        "             ['noms', '-', '--profil', 'csno']):\n"
        "    CliRunner().invoke(app, args, input='ON A GAGNÉ')\n"
        "print([m in sys.modules for m in ('spacy', 'yaml', 'docx')])\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    # Nor PyYAML or python-docx for a plain text without front matter.
    assert done.stdout.strip() == "[False, False, False]"


def test_listing_commands_do_not_load_word_frequencies() -> None:
    # wordfreq's table costs 40 Mio and a third of a second: only checking texts needs it
    # (the literal scanners that weigh words by frequency are built on first use).
    probe = (
        "import sys\nfrom typer.testing import CliRunner\nfrom civisme.cli.app import app\n"
        "for args in (['regles'], ['expliquer', 'CRI01'], ['--help']):\n"
        "    CliRunner().invoke(app, args)\n"
        "print('wordfreq' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
