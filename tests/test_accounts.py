"""DES04-DES06 and ``civisme comptes``: the registry of accounts."""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections import Counter
from pathlib import Path

import pytest
from typer.testing import CliRunner

from civisme.cli.app import app
from civisme.rules.account_registry import REGISTRY_COLUMNS, check_registry_row

TODAY = dt.date(2026, 11, 21)
COMPLETE = {
    "ecole": "École Héritage",
    "reseau": "facebook",
    "nom": "École Héritage_CSNO",
    "type": "officielle",
    "administrateurs": "Julie Roy (direction); Marc Gagnon (enseignant)",
    "objectif": "Informer les familles",
    "public_vise": "Parents",
    "nature_information": "Activités",
    "calendrier": "Hebdomadaire",
    "groupe_ferme": "non",
    "date_fin": "",
    "age_minimum": "",
}
PEDAGOGICAL = {
    **COMPLETE,
    "nom": "École Héritage Sciences_CSNO",
    "type": "pedagogique",
    "groupe_ferme": "oui",
    "date_fin": "2027-06-30",
    "age_minimum": "13",
}

MUST_FIRE = [
    ({"administrateurs": "Julie Roy (direction)"}, "DES04", "1 administrateur"),
    ({"administrateurs": "Julie Roy (direction); Line Côté (secrétaire)"}, "DES04", "enseignant"),
    ({"administrateurs": ""}, "DES04", "0 administrateur"),
    ({"type": "classe"}, "DES04", "Type de compte « classe » inconnu"),
    ({"calendrier": ""}, "DES05", "le calendrier"),
    ({"objectif": " ", "public_vise": ""}, "DES05", "l'objectif général, le public visé"),
    ({**PEDAGOGICAL, "groupe_ferme": "non"}, "DES06", "groupe fermé"),
    ({**PEDAGOGICAL, "date_fin": "2026-06-30"}, "DES06", "Projet terminé le 2026-06-30"),
    ({**PEDAGOGICAL, "date_fin": ""}, "DES06", "Date de fin manquante"),
    ({**PEDAGOGICAL, "date_fin": "30/06/2027"}, "DES06", "Date de fin illisible"),
    ({**PEDAGOGICAL, "age_minimum": "11"}, "DES06", "« 11 »"),
    ({**PEDAGOGICAL, "age_minimum": ""}, "DES06", "« — »"),
]

MUST_NOT_FIRE = [
    ({}, "DES04"),
    ({"administrateurs": "Julie Roy (enseignante) | Marc Gagnon (direction)"}, "DES04"),
    ({"administrateurs": "Julie Roy (prof de 6e); Marc Gagnon (direction)"}, "DES04"),
    ({"type": "personnelle", "administrateurs": "Julie Roy"}, "DES04"),
    ({"type": "Officielle"}, "DES04"),
    ({}, "DES05"),
    ({"type": "personnelle", "objectif": "", "calendrier": ""}, "DES05"),
    (PEDAGOGICAL, "DES06"),
    ({**PEDAGOGICAL, "type": "Pédagogique"}, "DES06"),
    ({**PEDAGOGICAL, "date_fin": "2026-11-21"}, "DES06"),
    ({**PEDAGOGICAL, "age_minimum": "14"}, "DES06"),
    ({"groupe_ferme": "non", "date_fin": "", "age_minimum": ""}, "DES06"),
    ({"type": "personnelle", "groupe_ferme": "non"}, "DES06"),
]


def _messages(row: dict[str, str], code: str) -> list[str]:
    return [f.message for f in check_registry_row({**COMPLETE, **row}, TODAY) if f.code == code]


@pytest.mark.parametrize(("row", "code", "expected"), MUST_FIRE)
def test_incomplete_registry_rows_are_flagged(row, code: str, expected: str) -> None:
    assert any(expected in m for m in _messages(row, code)), _messages(row, code)


@pytest.mark.parametrize(("row", "code"), MUST_NOT_FIRE)
def test_complete_or_out_of_scope_rows_are_not_flagged(row, code: str) -> None:
    assert _messages(row, code) == []


def test_each_rule_has_at_least_as_many_traps_as_hits() -> None:
    hits = Counter(code for _, code, _ in MUST_FIRE)
    traps = Counter(code for _, code in MUST_NOT_FIRE)
    assert all(traps[code] >= count for code, count in hits.items()), (hits, traps)


def test_registry_findings_cite_their_clauses() -> None:
    findings = check_registry_row({**PEDAGOGICAL, "administrateurs": "", "age_minimum": "9"}, TODAY)
    assert {f.code: f.policy for f in findings}["DES04"] == ("CSNO §5a",)
    assert any("3.2.2" in ref for f in findings if f.code == "DES06" for ref in f.policy)


def _write(tmp_path: Path, *rows: dict[str, str]) -> Path:
    path = tmp_path / "registre.csv"
    lines = [",".join(REGISTRY_COLUMNS)]
    for row in rows:
        lines.append(",".join(f'"{row[c]}"' for c in REGISTRY_COLUMNS))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_cli_clean_registry_exits_zero(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app, ["comptes", str(_write(tmp_path, COMPLETE, PEDAGOGICAL)), "--date", "2026-11-21"]
    )
    assert result.exit_code == 0, result.stdout
    assert "Aucun problème trouvé (2 comptes)" in result.stdout


def test_cli_reports_file_lines_names_and_registry_rules_in_json(tmp_path: Path) -> None:
    multiline = {**COMPLETE, "objectif": "Informer\nles familles", "nom": "École Héritage_CSNO"}
    duplicate = {**COMPLETE, "nom": "Ecole Heritage_CSNO", "administrateurs": "Julie Roy"}
    expired = {**PEDAGOGICAL, "date_fin": "2025-06-30"}
    path = _write(tmp_path, multiline, duplicate, expired)
    result = CliRunner().invoke(app, ["comptes", str(path), "-f", "json", "--date", "2026-11-21"])
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    # Data rows are numbered from 1 even when a quoted cell spans two lines.
    # Neither name says « page officielle »: the type column makes them official duplicates.
    assert [r["line"] for r in data["results"]] == [1, 2, 3]
    codes = {r["line"]: {f["rule"] for f in r["findings"]} for r in data["results"]}
    assert codes[1] == {"NOM05"} and codes[2] == {"NOM05", "DES04"} and codes[3] == {"DES06"}


def test_cli_date_option_moves_the_expiry(tmp_path: Path) -> None:
    path = _write(tmp_path, PEDAGOGICAL)
    before = CliRunner().invoke(app, ["comptes", str(path), "--date", "2027-06-30"])
    after = CliRunner().invoke(app, ["comptes", str(path), "--date", "2027-07-01"])
    assert before.exit_code == 0 and after.exit_code == 1
    assert "Projet terminé le 2027-06-30" in after.stdout


def test_cli_missing_columns_and_malformed_rows_exit_two(tmp_path: Path) -> None:
    runner = CliRunner()
    short = tmp_path / "court.csv"
    short.write_text("nom,reseau\nÉcole Héritage_CSNO,facebook\n", encoding="utf-8")
    missing = runner.invoke(app, ["comptes", str(short)])
    assert missing.exit_code == 2
    assert "court.csv" in missing.stderr and "colonnes manquantes : ecole, type" in missing.stderr
    path = _write(tmp_path, COMPLETE)
    path.write_text(path.read_text(encoding="utf-8") + "a,b,c,d,e,f,g,h,i,j,k,l,m\n")
    extra = runner.invoke(app, ["comptes", str(path)])
    assert extra.exit_code == 2 and "rangée 2 (ligne 3 du fichier) : plus de champs" in extra.stderr
    bad_date = runner.invoke(app, ["comptes", str(path), "--date", "21/11/2026"])
    assert bad_date.exit_code == 2 and "AAAA-MM-JJ" in bad_date.stderr


def test_cli_unreadable_registry_exits_two(tmp_path: Path) -> None:
    binary = tmp_path / "registre.csv"
    binary.write_bytes(b"\x00\x01\x02PK\x03\x04" * 50)
    result = CliRunner().invoke(app, ["comptes", str(binary)])
    assert result.exit_code == 2 and "registre.csv" in result.stderr


def test_bundled_example_registry_has_the_documented_problems() -> None:
    example = Path(__file__).parent.parent / "exemples" / "registre-comptes.csv"
    result = CliRunner().invoke(
        app, ["comptes", str(example), "-f", "json", "--date", "2026-11-21"]
    )
    assert result.exit_code == 1
    found = {f["rule"] for r in json.loads(result.stdout)["results"] for f in r["findings"]}
    assert {"NOM01", "NOM03", "NOM05", "DES04", "DES05", "DES06"} <= found


def test_cli_reads_a_semicolon_registry_from_a_french_spreadsheet(tmp_path: Path) -> None:
    path = tmp_path / "registre.csv"
    # As a spreadsheet writes it: « ; » between cells, the administrators' « ; » quoted.
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(REGISTRY_COLUMNS)
        writer.writerow([COMPLETE[c] for c in REGISTRY_COLUMNS])
    result = CliRunner().invoke(app, ["comptes", str(path), "--date", "2026-11-21"])
    assert result.exit_code == 0, result.stderr
    assert "Aucun problème trouvé (1 compte)" in result.stdout


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("", "fichier vide"),
        ("\n\n", "fichier vide"),
        (
            ",".join(REGISTRY_COLUMNS) + '\nÉcole A,facebook,"École A_CSNO\n',
            "CSV illisible à la ligne 2 (guillemet non fermé)",
        ),
        (",".join(REGISTRY_COLUMNS) + "\nÉcole A,facebook,École A_CSNO\n", "moins de champs (3)"),
    ],
)
def test_cli_refuses_empty_or_broken_registries(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "casse.csv"
    path.write_text(content, encoding="utf-8")
    result = CliRunner().invoke(app, ["comptes", str(path)])
    assert result.exit_code == 2
    assert "casse.csv" in result.stderr and message in result.stderr
    assert result.stdout == ""


def test_cli_refuses_a_profile_without_naming_rules(tmp_path: Path) -> None:
    path = _write(tmp_path, COMPLETE)
    result = CliRunner().invoke(app, ["comptes", str(path), "--profil", "cstl"])
    assert result.exit_code == 2
    assert "le profil « cstl » ne fixe pas de règle de nommage" in result.stderr


def test_cli_refuses_an_unknown_profile_and_names_the_nearest(tmp_path: Path) -> None:
    path = _write(tmp_path, COMPLETE)
    result = CliRunner().invoke(app, ["comptes", str(path), "--profil", "csn0"])
    assert result.exit_code == 2
    assert "profil inconnu : « csn0 »" in result.stderr
    assert "« csno »" in result.stderr
    assert "Traceback" not in result.output
