"""Reports for CI tools: SARIF 2.1.0 (validated against the official schema),
GitHub workflow commands, GitLab Code Quality, JUnit, ``--sortie``, ``auto``,
``--jobs`` and the progress line."""

from __future__ import annotations

import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from civisme.cli.app import app
from civisme.cli.progress import Progress
from civisme.cli.report.github_report import escape_data, escape_property
from civisme.cli.report.render import resolve

runner = CliRunner()
SCHEMA = json.loads((Path(__file__).parent / "schemas" / "sarif-schema-2.1.0.json").read_text())
SHOUT = "Bonjour,\nIl est INTERDIT de courir, mdr.\nAppelez au 613 555-0147.\n"


@pytest.fixture()
def drafts(tmp_path: Path) -> Path:
    (tmp_path / "cris.txt").write_text(SHOUT, encoding="utf-8")
    (tmp_path / "propre.txt").write_text("Bonne semaine à tous.\n", encoding="utf-8")
    (tmp_path / "binaire.txt").write_bytes(b"\x00\x01\x02")
    return tmp_path


def report(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, ["verifier", *args])
    return result.exit_code, result.stdout


# --- SARIF ------------------------------------------------------------------


def test_sarif_report_is_valid_against_the_official_schema(drafts: Path) -> None:
    code, out = report(str(drafts), "-f", "sarif")
    assert code == 2  # the binary file
    log = json.loads(out)
    jsonschema.Draft4Validator(SCHEMA).validate(log)
    results = log["runs"][0]["results"]
    assert {r["ruleId"] for r in results} >= {"MAJ02", "ARG01", "RP01"}
    notes = log["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert next(n["message"]["text"] for n in notes).startswith("fichier binaire")


def test_sarif_results_point_to_lines_columns_and_rules(drafts: Path) -> None:
    _, out = report(str(drafts / "cris.txt"), "-f", "sarif", "--selection", "ARG")
    run = json.loads(out)["runs"][0]
    (result,) = run["results"]
    region = result["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"], region["endColumn"]) == (2, 28, 31)
    assert region["snippet"]["text"] == "mdr"
    assert run["tool"]["driver"]["rules"][result["ruleIndex"]]["id"] == "ARG01"
    assert result["level"] == "warning"
    assert result["fixes"][0]["artifactChanges"][0]["replacements"][0]["insertedContent"] == {
        "text": "mort de rire"
    }
    assert run["columnKind"] == "unicodeCodePoints"


def test_sarif_masks_personal_information_and_offers_no_fix_for_it(drafts: Path) -> None:
    _, out = report(str(drafts / "cris.txt"), "-f", "sarif", "--selection", "RP")
    assert "555-0147" not in out
    (result,) = json.loads(out)["runs"][0]["results"]
    assert "fixes" not in result


def test_sarif_fingerprints_survive_lines_added_above(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(SHOUT)
    _, before = report(str(path), "-f", "sarif")
    path.write_text("Nouvelle ligne.\n\n" + SHOUT)
    _, after = report(str(path), "-f", "sarif")

    def prints(out: str) -> list[str]:
        return [
            r["partialFingerprints"]["civisme/v1"] for r in json.loads(out)["runs"][0]["results"]
        ]

    assert prints(before) == prints(after) and len(set(prints(before))) == len(prints(before))


def test_sarif_uri_of_a_path_with_spaces_is_encoded(tmp_path: Path) -> None:
    path = tmp_path / "mon brouillon.txt"
    path.write_text(SHOUT)
    _, out = report(str(path), "-f", "sarif")
    uris = {
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        for r in json.loads(out)["runs"][0]["results"]
    }
    assert uris == {path.as_posix().replace(" ", "%20")}


# --- GitHub -----------------------------------------------------------------


def test_github_escaping_of_data_and_properties() -> None:
    assert escape_data("50 % fini\r\nfin") == "50 %25 fini%0D%0Afin"
    assert escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"
    assert escape_data("« Bonjour, à tous : »") == "« Bonjour, à tous : »"


def test_github_annotations_one_per_finding(drafts: Path) -> None:
    code, out = report(str(drafts / "cris.txt"), "-f", "github", "--selection", "MAJ,ARG")
    assert code == 0  # warnings only
    commands = [line for line in out.splitlines() if line.startswith("::")]
    assert len(commands) == 2
    assert commands[0].startswith(f"::warning file={drafts / 'cris.txt'},line=2,endLine=2,col=")
    assert "title=civisme MAJ02 " in commands[0]
    assert "%0ASuggestion : « interdit »" in commands[0]
    assert all("\n" not in c for c in commands)


def test_github_file_names_with_commas_and_colons_are_escaped(tmp_path: Path) -> None:
    path = tmp_path / "a,b:c.txt"
    path.write_text(SHOUT)
    _, out = report(str(path), "-f", "github", "--selection", "ARG")
    assert "file=" + str(path).replace(":", "%3A").replace(",", "%2C") + "," in out


def test_auto_format_is_github_only_inside_github_actions(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    assert resolve("auto") == "texte"
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    assert resolve("auto") == "github"
    assert resolve("json") == "json"


def test_default_format_under_github_actions_prints_annotations(
    drafts: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    _, out = report(str(drafts / "cris.txt"), "--selection", "ARG")
    assert out.startswith("::warning file=")


# --- GitLab and JUnit -------------------------------------------------------


def test_gitlab_code_quality_report(drafts: Path) -> None:
    _, out = report(str(drafts / "cris.txt"), "-f", "gitlab", "--selection", "MAJ,ARG,RP")
    issues = json.loads(out)
    assert {i["check_name"] for i in issues} == {"MAJ02", "ARG01", "RP01"}
    for issue in issues:
        assert set(issue) >= {"description", "check_name", "fingerprint", "severity", "location"}
        assert issue["severity"] in {"info", "minor", "major", "critical", "blocker"}
        assert issue["location"]["path"] == str(drafts / "cris.txt")
    assert len({i["fingerprint"] for i in issues}) == len(issues)
    assert "555-0147" not in out


def test_junit_fails_only_documents_over_the_threshold(drafts: Path) -> None:
    code, out = report(str(drafts), "-f", "junit")
    assert code == 2  # the binary file
    suite = ET.fromstring(out).find("testsuite")
    assert suite is not None
    cases = {c.get("name"): c for c in suite.findall("testcase")}
    assert cases[str(drafts / "cris.txt")].find("failure") is not None  # RP01 is an error
    assert cases[str(drafts / "propre.txt")].find("failure") is None
    assert cases[str(drafts / "binaire.txt")].find("error") is not None
    assert suite.get("errors") == "1" and suite.get("failures") == "1"
    assert "555-0147" not in out
    _, warnings_only = report(str(drafts / "cris.txt"), "-f", "junit", "--selection", "ARG")
    case = ET.fromstring(warnings_only).find("testsuite/testcase")
    assert case is not None and case.find("failure") is None and case.find("system-out") is not None


def test_junit_survives_control_characters_in_the_text(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("IL EST INTERDIT \x0b de courir, mdr\x1b.\n")
    _, out = report(str(path), "-f", "junit", "--echec", "avertissement")
    assert ET.fromstring(out).find("testsuite/testcase/failure") is not None


# --- --sortie, --jobs, progress ---------------------------------------------


def test_sortie_writes_the_report_to_a_file_and_nothing_to_stdout(
    drafts: Path, tmp_path: Path
) -> None:
    target = tmp_path / "rapport.sarif"
    code, out = report(str(drafts / "cris.txt"), "-f", "sarif", "--sortie", str(target))
    assert code == 1 and out == ""
    jsonschema.Draft4Validator(SCHEMA).validate(json.loads(target.read_text()))
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".rapport")]  # no temporary left


def test_sortie_replaces_an_old_report_whole(drafts: Path, tmp_path: Path) -> None:
    target = tmp_path / "rapport.json"
    target.write_text("x" * 100_000)
    report(str(drafts / "propre.txt"), "-f", "json", "--sortie", str(target))
    assert json.loads(target.read_text())["summary"]["findings"] == 0


def test_sortie_into_a_missing_folder_is_a_clear_error(drafts: Path, tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["verifier", str(drafts / "cris.txt"), "--sortie", str(tmp_path / "non" / "r.json")]
    )
    assert result.exit_code == 2 and "écriture impossible" in result.stderr


def test_jobs_give_the_same_report_as_one_process(tmp_path: Path) -> None:
    texts = [
        SHOUT,
        "Bonne semaine.\n",
        "Quelle décision ridicule du CSS, encore.\n",
        "Trop drôle mdr\n",
    ]
    for i in range(240):  # past the size where processes are used
        (tmp_path / f"p{i:03d}.txt").write_text(texts[i % len(texts)] + f"Note {i}.\n")
    _, one = report(str(tmp_path), "-f", "json", "--jobs", "1")
    _, two = report(str(tmp_path), "-f", "json", "--jobs", "2")
    assert one == two and json.loads(one)["summary"]["findings"] >= 240


class _Terminal(io.StringIO):
    def __init__(self, tty: bool) -> None:
        super().__init__()
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


def test_progress_line_only_on_a_terminal_and_only_for_long_batches() -> None:
    for tty, total, shown in ((True, 100, True), (False, 100, False), (True, 3, False)):
        stream = _Terminal(tty)
        progress = Progress(total, stream)
        for _ in range(total):
            progress.advance()
        progress.done()
        assert ("100/100 fichiers" in stream.getvalue()) is shown
        assert stream.getvalue().endswith("\r") or not shown


def test_automatic_jobs_count_documents_not_files(monkeypatch: pytest.MonkeyPatch) -> None:
    """A CSV export is one file of many posts: it is the document count that
    decides whether processes are worth starting."""
    from civisme.cli import batch
    from civisme.rules.profiles import load_profile
    from civisme.rules.registry import all_rules

    asked: list[int] = []

    def two_cores() -> int:
        asked.append(2)
        return 2

    monkeypatch.setattr(batch, "auto_jobs", two_cores)
    checker = batch.Checker(
        list(all_rules()), profile=load_profile("defaut"), severities={}, reveal=False,
        report_unused=False,
    )  # fmt: skip
    payloads = [
        (SHOUT if i % 3 else "Bonne semaine.", "export.csv", "publication", str(i), {})
        for i in range(250)
    ]

    def codes(jobs: int, count: int) -> list[list[str]]:
        return [
            [f.code for f in c.findings] for c in batch.check_all(checker, payloads[:count], jobs)
        ]

    assert codes(1, 50) == codes(0, 50) and asked == []
    assert codes(1, 250) == codes(0, 250) and asked == [2]


def test_github_annotations_never_show_personal_information(drafts: Path) -> None:
    _, out = report(str(drafts / "cris.txt"), "-f", "github")
    assert "::error file=" in out and "555-0147" not in out and "0147" not in out


def test_gitlab_report_shows_unreadable_inputs(drafts: Path) -> None:
    _, out = report(str(drafts / "binaire.txt"), "-f", "gitlab")
    (issue,) = json.loads(out)
    assert issue["severity"] == "blocker" and issue["location"]["path"] == str(
        drafts / "binaire.txt"
    )


def test_sarif_offers_no_fix_that_would_reveal_a_number(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("APPELEZ LE 613 555-0182 MAINTENANT!!!\n")
    _, out = report(str(path), "-f", "sarif")
    assert "555-0182" not in out and "0182" not in out


def test_whole_file_excerpts_never_show_numbers_hidden_in_code(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text(
        "---\ntitre: Sortie\ndate: 2026-11-21T23:30\n---\nBonjour à tous.\n\n"
        '```\necho "613 555-0182"\n```\n'
    )
    _, out = report(str(path), "-f", "json", "--profil", "csspo")
    assert [f["rule"] for r in json.loads(out)["results"] for f in r["findings"]] == ["HOR01"]
    for fmt in ("json", "sarif", "texte", "junit", "gitlab", "github"):
        _, out = report(str(path), "-f", fmt, "--profil", "csspo")
        assert "0182" not in out, fmt


def test_ci_lines_of_records_follow_the_export_kind() -> None:
    """A CSV cell's lines are lines of the file; a JSON Lines record is one
    line whatever its text holds, even read from standard input."""
    csv_text = 'id,texte\n1,"Bonjour,\nTrop drôle mdr"\n'
    out = runner.invoke(
        app,
        ["verifier", "-", "--entree", "csv", "-f", "github", "--selection", "ARG"],
        input=csv_text,
    ).stdout
    assert ",line=3," in out
    jsonl = '{"id": "a", "texte": "Bonjour,\\nTrop drôle mdr"}\n'
    out = runner.invoke(
        app,
        ["verifier", "-", "--entree", "jsonl", "-f", "github", "--selection", "ARG"],
        input=jsonl,
    ).stdout
    assert ",line=1," in out and "[enregistrement a]" in out
