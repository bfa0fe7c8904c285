"""Reporters are pure functions; personal information is masked unless asked."""

from __future__ import annotations

import json

import pytest

from civisme.cli.report import json_report, text_report
from civisme.cli.report.masking import mask
from civisme.cli.report.model import FileResult, Report
from civisme.rules.finding import Finding, Severity

TEXT = "Appelez Julie au 819 555-1234 ce soir."
PHONE = Finding(
    code="RP01",
    name="telephone-prive",
    severity=Severity.ERROR,
    message="Numéro de téléphone privé.",
    start=TEXT.index("819"),
    end=TEXT.index(" ce soir"),
    suggestions=("le numéro de l'école",),
    policy=("CSTL annexe 2 §3",),
    personal=True,
)


def _report(reveal: bool) -> Report:
    return Report((FileResult("note.txt", TEXT, (PHONE,)),), reveal=reveal)


@pytest.mark.parametrize(
    ("value", "masked"),
    [
        ("819 555-1234", "819 ***-**34"),
        ("+1 819 555 1234", "+* *** *** **34"),
        ("p.lavoie@yahoo.ca", "p.l*****@yahoo.ca"),
        ("léa@gmail.com", "l**@gmail.com"),
        ("046 454 286", "*** *** 286"),
        ("4111 1111 1111 1111", "**** **** **** **11"),
        ("1234, rue des Érables, app. 4", "****, rue des É******, app. *"),
        ("Soleil2024", "**********"),
        ("GAGT 1203 1201", "G*** **** ****"),
        ("Zoé qui a 8 ans", "Z** qui a * ans"),
        ("Mathéo fête ses 8 ans", "M***** fête ses * ans"),
        ("Léa Roy (2013)", "L** R** (****)"),
        ("soleil", "******"),
    ],
)
def test_mask_keeps_shape_and_hides_the_value(value: str, masked: str) -> None:
    assert mask(value) == masked
    assert len(mask(value)) == len(value)


def test_personal_value_is_masked_in_text_and_json() -> None:
    for output in (text_report.render(_report(False)), json_report.render(_report(False))):
        assert "555-1234" not in output
        assert "819 ***-**34" in output


def test_personal_value_is_shown_when_asked() -> None:
    data = json.loads(json_report.render(_report(True)))
    assert data["results"][0]["findings"][0]["excerpt"] == "819 555-1234"
    assert "819 555-1234" in text_report.render(_report(True))


def test_colour_only_when_asked() -> None:
    assert "\033[" not in text_report.render(_report(False), colour=False)
    assert "\033[31m" in text_report.render(_report(False), colour=True)


def test_long_line_is_shown_around_the_finding() -> None:
    text = "mot " * 200 + "INTERDIT" + " fin" * 50
    finding = Finding("MAJ02", "mot-en-majuscules", Severity.WARNING, "m", 800, 808, (), ("p",))
    output = text_report.render(Report((FileResult("long.txt", text, (finding,)),)))
    snippet, carets = output.splitlines()[2:4]
    assert len(snippet) < 130
    assert snippet[carets.index("^") : carets.rindex("^") + 1] == "INTERDIT"
