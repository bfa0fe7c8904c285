"""The JSON report is a stable contract: real output validates against the
schema shipped in the repository, and offsets follow its definition."""

from __future__ import annotations

import json
from importlib.resources import files
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from civisme.cli.app import app

SCHEMA = json.loads(
    files("civisme.cli").joinpath("schemas/report-v1.schema.json").read_text(encoding="utf-8")
)


@pytest.fixture()
def report(tmp_path: Path) -> dict:
    (tmp_path / "a.txt").write_text(
        "Salut.\r\nIl est INTERDIT de courir.\r\nON A GAGNÉ.", encoding="utf-8"
    )
    (tmp_path / "b.txt").write_text("Bonne semaine.", encoding="utf-8")
    (tmp_path / "c.txt").write_bytes(b"\xff\x00binaire")
    result = CliRunner().invoke(app, ["verifier", "--format", "json", str(tmp_path)])
    assert result.exit_code == 2
    return json.loads(result.stdout)


def test_real_output_validates_against_schema(report: dict) -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    jsonschema.validate(report, SCHEMA)


def test_every_file_checked_appears_even_without_finding(report: dict) -> None:
    assert [Path(r["path"]).name for r in report["results"]] == ["a.txt", "b.txt"]
    assert report["results"][1]["findings"] == []
    assert [Path(e["path"]).name for e in report["errors"]] == ["c.txt"]


def test_offsets_lines_and_columns_follow_the_contract(tmp_path: Path, report: dict) -> None:
    text = (tmp_path / "a.txt").read_bytes().decode("utf-8")
    first, second = report["results"][0]["findings"]
    assert text[first["start"] : first["end"]] == first["excerpt"] == "INTERDIT"
    assert (first["line"], first["column"], first["end_line"], first["end_column"]) == (2, 8, 2, 16)
    assert (second["line"], second["column"]) == (3, 1)
    assert second["severity"] == "error" and second["family"] == "MAJ"
    assert second["policy"] == ["CSTL annexe 1 — Majuscules"]


def test_summary_counts(report: dict) -> None:
    assert report["summary"] == {
        "files": 2,
        "findings": 2,
        "by_severity": {"error": 1, "warning": 1, "info": 0},
        "by_family": {"MAJ": 2},
        "suppressed": 0,
        "unused_suppressions": 0,
    }
