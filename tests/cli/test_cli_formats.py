"""Output formats from hand-built diagnostics: text, json, github annotations, SARIF."""

from __future__ import annotations

import io
import json

import pytest

from linter import Config, Diagnostic, Edit, FileReport, Fix
from linter.cli import formats
from linter.cli.lintfile import FileResult
from linter.cli.sarif import sarif


def diag(
    code: str = "HL101",
    rule: str = "legacy-title",
    severity: str = "warning",
    line: int = 3,
    column: int = 19,
    message: str = "legacy title",
    suggestions: tuple[str, ...] = ("AI Engineer",),
    fix: Fix | None = None,
) -> Diagnostic:
    return Diagnostic.model_validate(
        dict(
            id=f"{code}:headline:{line}-{column}",
            code=code,
            rule=rule,
            severity=severity,
            field="headline",
            start=7,
            end=18,
            utf16_start=7,
            utf16_end=18,
            line=line,
            column=column,
            message=message,
            suggestions=suggestions,
            fix=fix,
        )
    )


SAFE = Fix(applicability="safe", edits=(Edit(start=0, end=1, replacement="x"),))


def result(*diags: Diagnostic, path: str = "p.md", score: int = 77) -> FileResult:
    report = FileReport(path=path, target="ai-engineer", score=score, diagnostics=diags)
    return FileResult(path, report=report, ends=[(d.line, d.column + 11) for d in diags])


def test_text_format_lines_suggestions_and_summary() -> None:
    out = formats.text(
        [result(diag(), diag("HL304", "fancy-unicode", "error", 5, 2, "styled", ("plain",), SAFE))]
    )
    assert out.splitlines() == [
        "p.md:3:19: HL101 [legacy-title] legacy title",
        "  suggestion: AI Engineer",
        "p.md:5:2: HL304 [*] [fancy-unicode] styled",
        "  suggestion: plain",
        "p.md: score 77/100",
        "Found 2 findings (1 error, 1 warning) in 1 file; 1 fixable with --fix.",
    ]
    assert "\x1b[" not in out


def test_full_format_shows_the_line_and_a_caret_under_the_span() -> None:
    source = "---\nx: 1\nheadline: Senior ML Engineer | 🚀 PyTorch\n---\n"
    found = result(diag(), diag("HL305", "emoji-overload", "info", 3, 32, "emoji", ()))
    found.original = source
    found.ends = [(3, 30), (3, 33)]
    out = formats.text([found]).splitlines()
    assert out[:5] == [
        "p.md:3:19: HL101 [legacy-title] legacy title",
        "  |",
        "3 | headline: Senior ML Engineer | 🚀 PyTorch",
        "  |                   ^^^^^^^^^^^",
        "  suggestion: AI Engineer",
    ]
    assert out[8] == "  |                                ^^"  # the emoji is two cells wide


def test_concise_and_quiet() -> None:
    found = result(diag())
    found.original = "\n\nheadline: Senior ML Engineer\n"
    style = formats.TextStyle(full=False, quiet=True)
    assert formats.text([found], style=style) == "p.md:3:19: HL101 [legacy-title] legacy title\n"
    concise = formats.text([found], style=formats.TextStyle()).splitlines()
    assert concise[0] == "p.md:3:19: HL101 [legacy-title] legacy title"
    assert concise[1:] == ["p.md: score 77/100", "Found 1 finding (1 warning) in 1 file."]


def test_statistics_counts_per_rule_most_first() -> None:
    findings = [diag(), diag(), diag("HL304", "fancy-unicode", "error", 5, 2, "styled", (), SAFE)]
    out = formats.statistics([result(*findings)], formats.TextStyle())
    assert out == "2  HL101     legacy-title\n1  HL304 [*] fancy-unicode\n"


def test_text_colour_is_opt_in() -> None:
    out = formats.text([result(diag())], colour=True)
    assert "\x1b[33mHL101\x1b[0m" in out


class Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_colour_only_on_a_terminal_and_never_with_no_color(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    assert formats.use_colour(Tty()) is True
    assert formats.use_colour(io.StringIO()) is False
    monkeypatch.setenv("NO_COLOR", "1")
    assert formats.use_colour(Tty()) is False


def test_json_is_a_list_of_file_reports() -> None:
    original = result(diag(fix=SAFE), path="a/p.md")
    data = json.loads(formats.as_json([original, FileResult("bad.md", error="x")]))
    assert len(data) == 1
    assert FileReport.model_validate(data[0]) == original.report


def test_github_annotations_escape_data_and_properties() -> None:
    out = formats.github(
        [result(diag(severity="info", message="50% of it\nnext"), path="dir,a:b.md")]
    )
    assert out == (
        "::notice file=dir%2Ca%3Ab.md,line=3,col=19,endLine=3,endColumn=30,"
        "title=HL101 [legacy-title]::50%25 of it%0Anext%0Asuggestion: AI Engineer\n"
    )


def test_sarif_has_schema_version_rules_and_results_with_regions() -> None:
    log = json.loads(sarif([result(diag(), diag("HL001", "unknown-suppression"))], Config(), "9"))
    assert log["$schema"].endswith("sarif-2.1.0.json")
    assert log["version"] == "2.1.0"
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    ids = [rule["id"] for rule in rules]
    assert "HL101" in ids and "HL001" in ids
    assert all(rule["help"]["text"] and rule["help"]["markdown"] for rule in rules)
    first = run["results"][0]
    assert first["ruleId"] == "HL101" and rules[first["ruleIndex"]]["id"] == "HL101"
    assert first["level"] == "warning"
    location = first["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "p.md"
    assert location["region"] == {"startLine": 3, "startColumn": 19, "endLine": 3, "endColumn": 30}
    assert run["columnKind"] == "unicodeCodePoints"
