"""``headline-lint check`` end to end: the real console script in a subprocess."""

from __future__ import annotations

import contextlib
import json
import os
import pty
import subprocess
from pathlib import Path

import pytest

from linter import FileReport
from tests.cli.helpers import Run, Write
from tests.support.paths import EXAMPLES, ROOT, console_script


def test_failing_example_shows_findings_at_file_lines(cli: Run) -> None:
    proc = cli("check", "examples/failing-profile.md", cwd=EXAMPLES.parent)
    assert proc.returncode == 1, proc.stderr
    lines = proc.stdout.splitlines()
    assert any(
        line.startswith("examples/failing-profile.md:3:19: HL101 [legacy-title]") for line in lines
    ), proc.stdout
    assert any(":11:1: HL301 [buzzword]" in line for line in lines)
    assert any("[research-framing]" in line for line in lines)
    assert lines[-1].startswith("Found ")
    assert "examples/failing-profile.md: score " in proc.stdout


def test_clean_example_passes(cli: Run) -> None:
    proc = cli("check", "examples/clean-profile.md", cwd=EXAMPLES.parent)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Found 0 findings in 1 file." in proc.stdout


def test_json_validates_against_the_wire_models(
    cli: Run, write: Write, failing: str, clean: str
) -> None:
    write("a.md", failing)
    write("sub/b.md", clean)
    proc = cli("check", ".", "--format", "json")
    assert proc.returncode == 1, proc.stderr
    reports = [FileReport.model_validate(item) for item in json.loads(proc.stdout)]
    assert [r.path for r in reports] == ["a.md", "sub/b.md"]
    legacy = next(d for d in reports[0].diagnostics if d.rule == "legacy-title")
    assert (legacy.line, legacy.column) == (2, 18)  # the file's line and column
    assert (legacy.start, legacy.end) == (7, 18)  # offsets within the headline


def test_sarif_and_github_formats(cli: Run, write: Write, failing: str) -> None:
    write("p.md", failing)
    log = json.loads(cli("check", "p.md", "--format", "sarif").stdout)
    assert log["version"] == "2.1.0" and "$schema" in log
    result = next(r for r in log["runs"][0]["results"] if r["ruleId"] == "HL101")
    assert result["locations"][0]["physicalLocation"]["region"]["startLine"] == 2
    annotations = cli("check", "p.md", "--format", "github").stdout.splitlines()
    assert any(a.startswith("::warning file=p.md,line=2,col=18,") for a in annotations)


def test_quick_check_from_the_command_line(cli: Run) -> None:
    proc = cli("check", "--headline", "Senior ML Engineer | PyTorch", "--select", "legacy-title")
    assert proc.returncode == 1
    assert "<command-line>:1:8: HL101 [legacy-title]" in proc.stdout
    passing = cli(
        "check", "--summary", "Passionate about RAG.", "--select", "buzzword", "--fail-on", "error"
    )
    assert passing.returncode == 0 and "HL301" in passing.stdout


def test_select_ignore_and_config_file(cli: Run, write: Write, failing: str) -> None:
    write("p.md", failing)
    assert "HL301" not in cli("check", "p.md", "--ignore", "buzzword").stdout
    only = cli("check", "p.md", "--select", "HL1", "--format", "json").stdout
    assert {d["code"][:3] for d in json.loads(only)[0]["diagnostics"]} == {"HL1"}
    write("pyproject.toml", '[tool.headline-lint]\nignore = ["legacy-title", "HL3"]\n')
    found = json.loads(cli("check", "p.md", "--format", "json").stdout)[0]["diagnostics"]
    assert not {d["rule"] for d in found} & {"legacy-title", "buzzword"}
    write("other.toml", 'select = ["buzzword"]\n')
    chosen = cli("check", "p.md", "--config", "other.toml", "--format", "json").stdout
    assert {d["rule"] for d in json.loads(chosen)[0]["diagnostics"]} == {"buzzword"}


def test_unknown_rule_or_target_is_a_usage_error(cli: Run, write: Write, failing: str) -> None:
    write("p.md", failing)
    proc = cli("check", "p.md", "--select", "no-such-rule")
    assert proc.returncode == 2 and "no-such-rule" in proc.stderr
    proc = cli("check", "p.md", "--target", "astronaut")
    assert proc.returncode == 2 and "astronaut" in proc.stderr


def test_bad_inputs_get_one_line_each_and_the_rest_is_still_linted(
    cli: Run, write: Write, failing: str, tmp_path: Path
) -> None:
    write("good.md", failing)
    write("binary.md", b"\x00\x01\x02")
    write("latin1.md", "## About\ncaf\xe9\n".encode("latin-1"))
    write("frontmatter.md", "---\nheadline: [oops\n---\n")
    write("empty.md", "")
    write("readme.md", "# Notes\n\nNo profile here.\n")
    (tmp_path / "nomd").mkdir()
    names = [
        "missing.md",
        "nomd",
        "binary.md",
        "latin1.md",
        "frontmatter.md",
        "empty.md",
        "readme.md",
        "good.md",
    ]
    proc = cli("check", *names, "--format", "json")
    assert proc.returncode == 2
    errors = proc.stderr.splitlines()
    assert len(errors) == 7, proc.stderr
    assert "headline-lint: note: readme.md: skipped: no profile in it" in errors[0]
    for name, needle in zip(
        names,
        [
            "no such file",
            "no markdown files",
            "binary file",
            "not UTF-8",
            "invalid front matter",
            "empty file",
            "skipped: no profile in it",
        ],
        strict=False,
    ):
        assert any(name in e and needle in e for e in errors), (name, errors)
    assert [r["path"] for r in json.loads(proc.stdout)] == ["good.md"]


def test_directory_walk_skips_markdown_that_holds_no_profile(
    cli: Run, write: Write, clean: str
) -> None:
    write("profiles/README.md", "# About this folder\n")  # not an `About` heading
    write("profiles/notes.md", "# Notes\n\nnothing\n")
    write("profiles/me.md", clean)
    proc = cli("check", "profiles", "--format", "json")
    assert proc.stderr == "" and proc.returncode in (0, 1)
    assert [r["path"] for r in json.loads(proc.stdout)] == ["profiles/me.md"]


def test_named_markdown_without_a_profile_is_skipped_with_a_note(
    cli: Run, write: Write, clean: str
) -> None:
    """pre-commit names every staged file: a README.md must never block the commit."""
    write("README.md", "# My profiles\n\nSee profile.md.\n")
    write("profile.md", clean)
    proc = cli("check", "README.md", "profile.md")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stderr.splitlines() == [
        "headline-lint: note: README.md: skipped: no profile in it (a profile has `headline:` "
        "front matter, a `## Headline` or an `## About` section)"
    ]
    alone = cli("check", "README.md", "--format", "json")
    assert (alone.returncode, alone.stdout) == (0, "[]\n"), alone.stderr
    assert "skipped" in alone.stderr


def test_stdin(cli: Run, failing: str) -> None:
    proc = cli("check", "-", stdin=failing)
    assert proc.returncode == 1
    assert "<stdin>:2:18: HL101" in proc.stdout


def test_fail_on_threshold(cli: Run, write: Write) -> None:
    write("p.md", "## About\nI spend my days in Jupyter notebooks.\n")
    infos = json.loads(cli("check", "p.md", "--format", "json").stdout)[0]["diagnostics"]
    assert infos and {d["severity"] for d in infos} == {"info"}
    assert cli("check", "p.md").returncode == 0
    assert cli("check", "p.md", "--fail-on", "info").returncode == 1


def test_fix_diff_and_unsafe_fixes(cli: Run, write: Write) -> None:
    text = "---\nheadline: AI Engineer | 𝐑𝐀𝐆 | PYTHON EXPERT\n---\n"
    path = write("p.md", text)
    diff = cli("check", "p.md", "--diff")
    assert diff.returncode == 1
    assert (
        "-headline: AI Engineer | 𝐑𝐀𝐆" in diff.stdout
        and "+headline: AI Engineer | RAG" in diff.stdout
    )
    assert path.read_text(encoding="utf-8") == text  # --diff never writes
    fixed = cli("check", "p.md", "--fix")
    assert "fixed 1" in fixed.stdout
    assert path.read_text(encoding="utf-8") == text.replace("𝐑𝐀𝐆", "RAG")
    assert "HL304" not in fixed.stdout
    assert cli("check", "p.md", "--diff").returncode == 0  # nothing safe is left
    cli("check", "p.md", "--fix", "--unsafe-fixes")
    assert "PYTHON EXPERT" not in path.read_text(encoding="utf-8")


def test_fix_on_stdin_prints_the_fixed_file(cli: Run) -> None:
    proc = cli("check", "-", "--fix", stdin="## Headline\nAI Engineer | 𝐑𝐀𝐆\n")
    assert proc.stdout == "## Headline\nAI Engineer | RAG\n"
    assert "fixed 1" in proc.stderr


def test_unsafe_fixes_alone_is_a_usage_error(cli: Run) -> None:
    proc = cli("check", "--headline", "x", "--unsafe-fixes")
    assert proc.returncode == 2 and "--unsafe-fixes needs --fix" in proc.stderr


@pytest.mark.parametrize(("no_color", "coloured"), [("", True), ("1", False)])
def test_colour_only_on_a_terminal_and_not_with_no_color(
    write: Write, failing: str, tmp_path: Path, no_color: str, coloured: bool
) -> None:
    write("p.md", failing)
    controller, terminal = pty.openpty()
    try:
        env = {**os.environ, "NO_COLOR": no_color}
        subprocess.run(
            [console_script("headline-lint"), "check", "p.md"],
            cwd=tmp_path,
            stdout=terminal,
            env=env,
            timeout=120,
            check=False,
        )
        os.close(terminal)
        output = b""
        with contextlib.suppress(OSError):  # EIO once the terminal is closed and drained
            while chunk := os.read(controller, 4096):
                output += chunk
    finally:
        os.close(controller)
    assert b"HL101" in output
    assert (b"\x1b[" in output) is coloured


def test_no_colour_in_a_pipe(cli: Run, write: Write, failing: str) -> None:
    write("p.md", failing)
    assert "\x1b[" not in cli("check", "p.md", env={"NO_COLOR": ""}).stdout


def test_documented_example_profile_is_valid_and_its_suppression_works(
    cli: Run, write: Write
) -> None:
    manual = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    section = manual.split("## The profile markdown file", 1)[1]
    example = section.split("```markdown\n", 1)[1].split("\n```\n", 1)[0]
    write("profile.md", example + "\n")
    proc = cli("check", "profile.md", "--report-unused-suppressions", "--format", "json")
    assert proc.returncode == 1, proc.stderr
    (report,) = [FileReport.model_validate(item) for item in json.loads(proc.stdout)]
    rules = {d.rule for d in report.diagnostics}
    assert "legacy-title" in rules
    assert not rules & {"buzzword", "unused-suppression", "unknown-suppression"}


def test_fix_of_command_line_text_prints_the_fixed_text(cli: Run) -> None:
    proc = cli("check", "--headline", "AI Engineer | 𝐑𝐀𝐆", "--fix")
    assert proc.returncode == 0
    assert proc.stdout.endswith("fixed text:\nheadline: AI Engineer | RAG\n")


def test_the_score_shows_its_breakdown_and_each_fix_its_impact(cli: Run) -> None:
    about = (
        "I deploy our models to production behind REST APIs and build the RAG pipeline that "
        "answers 3,000 support questions a day for our customers."
    )
    proc = cli("check", "--headline", "Senior ML Engineer | PyTorch", "--summary", about)
    lines = proc.stdout.splitlines()
    assert "  fix: +11 to the score" in lines
    at = lines.index("<command-line>: score 60/100")
    assert [line.split()[0] for line in lines[at + 1 : at + 5]] == [
        "Title",
        "Focus",
        "Evidence",
        "Clarity",
    ]
    assert "14/25  'Senior ML Engineer' is the legacy title, before the fold" in lines[at + 1]
    concise = cli("check", "--headline", "Senior ML Engineer | PyTorch", "--summary", about,
                  "--format", "concise")  # fmt: skip
    assert (
        "<command-line>: score 60/100 (title 14/25, focus 13/20, evidence 28/45, clarity 5/10)"
        in (concise.stdout.splitlines())
    )
    empty = cli("check", "--headline", "")
    assert "score 0/100 (nothing to score: the profile is empty)" in empty.stdout
