"""No output format shows personal information unless the user asks for it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from civisme.cli.app import app

SECRETS = [
    "819 555-1234",
    "julie.tremblay72@gmail.com",
    "1234, rue des Érables",
    "046 454 286",
    "4111 1111 1111 1111",
    "GAGT 1203 1201",
    "Soleil2024",
    "J1H 2K4",
]
DRAFT = (
    "Textez-moi au 819 555-1234 ou écrivez à julie.tremblay72@gmail.com.\n"
    "Les Roy habitent au 1234, rue des Érables, app. 4. Mon code postal : J1H 2K4.\n"
    "NAS : 046 454 286 ; carte 4111 1111 1111 1111 ; code permanent : GAGT 1203 1201.\n"
    "Mot de passe : Soleil2024\n"
)


@pytest.fixture()
def draft(tmp_path: Path) -> Path:
    path = tmp_path / "brouillon.txt"
    path.write_text(DRAFT, encoding="utf-8")
    return path


@pytest.mark.parametrize("output_format", ["texte", "json"])
def test_no_format_leaks_a_personal_value(draft: Path, output_format: str) -> None:
    result = CliRunner().invoke(app, ["verifier", "--format", output_format, str(draft)])
    assert result.exit_code == 1
    output = result.stdout + result.stderr
    for secret in SECRETS:
        assert secret not in output, secret
    for part in ("555-1234", "tremblay72", "454", "1111 1111", "1203", "Soleil", "2K4"):
        assert part not in output, part


def test_every_secret_was_found(draft: Path) -> None:
    data = json.loads(
        CliRunner().invoke(app, ["verifier", "-f", "json", "--selection", "RP", str(draft)]).stdout
    )
    rules = {f["rule"] for f in data["results"][0]["findings"]}
    assert rules >= {"RP01", "RP02", "RP03", "RP04", "RP06", "RP07", "RP09", "RP12"}


@pytest.mark.parametrize("output_format", ["texte", "json"])
def test_values_are_shown_when_asked(draft: Path, output_format: str) -> None:
    result = CliRunner().invoke(
        app, ["verifier", "--format", output_format, "--montrer-renseignements", str(draft)]
    )
    for secret in ("819 555-1234", "julie.tremblay72@gmail.com", "046 454 286", "Soleil2024"):
        assert secret in result.stdout


# Other families' findings cover personal values too: a shouted sentence with
# a phone number, a threat that gives an address. Their excerpts and
# suggestions must not repeat what RP masks.
OVERLAPS = [
    "URGENT : APPELEZ LE 819 555 8877 AVANT MIDI !!!",
    "APPELEZ MARC AU 819 555 8877 OU ECRIVEZ A MARC.G@GMAIL.COM",
    "Je sais où tu restes, au 45 rue des Érables, tu vas le regretter.",
]
OVERLAP_SECRETS = ["555 8877", "marc.g@gmail.com", "45 rue des Érables"]


@pytest.mark.parametrize("output_format", ["texte", "json"])
@pytest.mark.parametrize("selection", [[], ["--selection", "MAJ,HOS,TON"]])
def test_overlapping_findings_mask_personal_values(output_format: str, selection) -> None:
    result = CliRunner().invoke(
        app, ["verifier", "-f", output_format, *selection, "-"], input="\n".join(OVERLAPS) + "\n"
    )
    assert result.exit_code == 1
    for secret in OVERLAP_SECRETS:
        assert secret.lower() not in result.stdout.lower()


def test_shouted_sentence_keeps_a_masked_suggestion() -> None:
    result = CliRunner().invoke(app, ["verifier", "-f", "json", "-"], input=OVERLAPS[0] + "\n")
    findings = json.loads(result.stdout)["results"][0]["findings"]
    shouted = next(f for f in findings if f["rule"] == "MAJ01")
    assert shouted["suggestions"] == ["Urgent : appelez le 819 *** **77 avant midi"]
    assert "819 *** **77" in shouted["excerpt"]


# The student a confidential file is about: CON02 needs the name to judge the
# file identifiable, and the report must not show it again.
CONFIDENTIAL = "Le plan d'intervention de Léo Gagnon sera révisé jeudi.\n"


@pytest.mark.parametrize("output_format", ["texte", "json", "sarif", "github", "gitlab", "junit"])
def test_the_student_named_in_a_confidential_finding_is_masked(
    tmp_path: Path, output_format: str
) -> None:
    path = tmp_path / "dossier.txt"
    path.write_text(CONFIDENTIAL, encoding="utf-8")
    hidden = CliRunner().invoke(app, ["verifier", "-f", output_format, str(path)])
    shown = CliRunner().invoke(
        app, ["verifier", "-f", output_format, "--montrer-renseignements", str(path)]
    )
    assert "CON02" in hidden.stdout
    assert "Léo Gagnon" not in hidden.stdout + hidden.stderr
    if output_format == "texte":  # the only format that prints the whole line
        assert "L** G*****" in hidden.stdout and "Léo Gagnon" in shown.stdout


def test_a_confidential_file_without_a_name_masks_nothing(tmp_path: Path) -> None:
    path = tmp_path / "dossier.txt"
    path.write_text("L'élève de 3e année a un plan d'intervention révisé jeudi.\n", "utf-8")
    result = CliRunner().invoke(app, ["verifier", "-f", "texte", str(path)])
    assert "CON02" in result.stdout and "*" not in result.stdout.split("CON02")[1].splitlines()[1]


def test_an_account_handle_named_in_a_confidential_finding_is_masked(tmp_path: Path) -> None:
    """« @nico.tremblay t'as fait ton évaluation pour la dyslexie? »: the handle makes
    the pupil identifiable (CON02) and is hidden like a name in every excerpt."""
    path = tmp_path / "commentaire.txt"
    path.write_text("@nico.tremblay t'as fait ton évaluation pour la dyslexie?\n", "utf-8")
    hidden = CliRunner().invoke(app, ["verifier", "-f", "texte", str(path)])
    assert "CON02" in hidden.stdout
    assert "nico.tremblay" not in hidden.stdout + hidden.stderr
    assert "@n************" in hidden.stdout
