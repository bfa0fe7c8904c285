"""HOR: a publication date-time outside the profile's reasonable hours is
flagged; hours inside them (bounds included), times written in the text, a
missing date and a profile without hours are not."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from civisme.cli.app import app
from civisme.rules.document import Document
from civisme.rules.engine import Engine
from civisme.rules.registry import all_rules, select

ENGINE = Engine(select(all_rules(), ["HOR"]))
TEXT = "Rappel : sortie au musée demain, départ de l'autobus à 5 h 30."


def hor(when: str | None, profile: str = "csspo") -> list[str]:
    metadata = {"profil": profile} | ({"date-publication": when} if when else {})
    return [f.code for f in ENGINE.check_one(Document(TEXT, metadata=metadata))]


MUST_FIRE = ["2026-11-20T21:01", "2026-11-20T23:30", "2026-11-21T02:00", "2026-11-21T06:59"]
MUST_NOT_FIRE = [
    "2026-11-20T07:00",
    "2026-11-20T12:15",
    "2026-11-20T20:59",
    "2026-11-20T21:00",
    "2026-11-20T21:00:45",
]


@pytest.mark.parametrize("when", MUST_FIRE)
def test_publication_outside_reasonable_hours_is_flagged(when: str) -> None:
    assert hor(when) == ["HOR01"]


@pytest.mark.parametrize("when", MUST_NOT_FIRE)
def test_publication_within_hours_is_not_flagged(when: str) -> None:
    assert hor(when) == []


def test_traps_outnumber_hits() -> None:
    assert len(MUST_NOT_FIRE) >= len(MUST_FIRE)


def test_times_in_the_text_or_no_date_are_not_flagged() -> None:
    assert hor(None) == []


def test_profile_without_hours_does_not_flag() -> None:
    assert hor("2026-11-20T23:30", profile="dsfno") == []


def test_cli_date_option_reaches_the_rule_and_bad_dates_are_refused() -> None:
    runner = CliRunner()
    args = ["verifier", "-f", "json", "--profil", "csspo"]
    result = runner.invoke(app, [*args, "--date-publication", "2026-11-20T23:30"], input=TEXT)
    rules = [f["rule"] for r in json.loads(result.stdout)["results"] for f in r["findings"]]
    assert rules == ["HOR01"]
    bad = runner.invoke(app, [*args, "--date-publication", "demain"], input=TEXT)
    assert bad.exit_code == 2 and "--date-publication" in bad.stderr
