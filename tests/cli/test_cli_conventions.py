"""The command line as ruff users expect it: formats, exit codes, quiet, statistics, output file,
"did you mean", configuration errors in the project's words, and internal errors exiting 2."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

from tests.cli.helpers import Run, Write
from tests.support.paths import ROOT

PROFILE = "---\nheadline: Senior ML  Engineer | PyTorch\n---\n\n## About\n\nPassionate about it.\n"


def test_full_is_the_default_with_an_excerpt_and_a_fixable_marker(cli: Run, write: Write) -> None:
    write("p.md", PROFILE)
    out = cli("check", "p.md").stdout.splitlines()
    at = out.index(
        "p.md:2:20: HL307 [*] [irregular-whitespace] Irregular white space ('  ') in the headline"
    )
    assert out[at + 1 : at + 4] == [
        "  |",
        "2 | headline: Senior ML  Engineer | PyTorch",
        "  | " + " " * 19 + "^^",  # under the two spaces at column 20
    ]
    assert any(line.startswith("p.md:2:18: HL101 [legacy-title] ") for line in out)  # no fix
    assert cli("check", "p.md", "--format", "text").stdout == cli("check", "p.md").stdout


def test_concise_is_one_line_per_finding(cli: Run, write: Write) -> None:
    write("p.md", PROFILE)
    out = cli("check", "p.md", "--format", "concise").stdout.splitlines()
    findings = [line for line in out if line.startswith("p.md:") and ": HL" in line]
    assert len(findings) == len(out) - 2  # then the score and the count
    assert not any(" | " in line[:6] or "suggestion:" in line for line in out)


def test_exit_zero_quiet_statistics_and_output_file(cli: Run, write: Write, tmp_path: Path) -> None:
    write("p.md", PROFILE)
    write("README.md", "# notes\n")
    assert cli("check", "p.md").returncode == 1
    zero = cli("check", "p.md", "--exit-zero")
    assert zero.returncode == 0 and "HL101" in zero.stdout
    assert cli("check", "missing.md", "--exit-zero").returncode == 2  # errors are still errors

    quiet = cli("check", "p.md", "README.md", "-q", "--format", "concise")
    assert quiet.stderr == ""  # no note for the README
    assert all(line.startswith("p.md:") for line in quiet.stdout.splitlines())

    stats = cli("check", "p.md", "--statistics")
    assert stats.returncode == 1
    lines = stats.stdout.splitlines()
    assert "HL307 [*] irregular-whitespace" in stats.stdout and len(lines) >= 3
    assert all(line.split()[0].isdigit() for line in lines)

    written = cli("check", "p.md", "--format", "json", "--output-file", "report.json")
    assert written.returncode == 1 and written.stdout == ""
    report = json.loads((tmp_path / "report.json").read_text("utf-8"))
    assert report[0]["path"] == "p.md"
    bad = cli("check", "p.md", "-o", "no/such/dir/r.txt")
    assert bad.returncode == 2 and bad.stderr.startswith("headline-lint: error: no/such/dir/r.txt")


def test_did_you_mean(cli: Run, write: Write) -> None:
    write("p.md", PROFILE)
    cases = {
        ("chek", "p.md"): "invalid choice: 'chek'",
        ("check", "p.md", "--fxi"): "unrecognized arguments: --fxi: did you mean '--fix'?",
        ("check", "p.md", "--format", "jsn"): "did you mean 'json'?",
        ("check", "p.md", "--select", "legacy-titel"): "did you mean 'legacy-title'?",
        ("check", "p.md", "--ignore", "HL1O1"): "did you mean 'HL101'?",
        ("check", "p.md", "--target", "ai-enginer"): "did you mean 'ai-engineer'?",
        ("explain", "buzzwrd"): "did you mean 'buzzword'?",
    }
    for args, needle in cases.items():
        proc = cli(*args)
        assert proc.returncode == 2, args
        assert needle in proc.stderr, (args, proc.stderr)
        assert len([ln for ln in proc.stderr.splitlines() if "error: " in ln]) == 1


def test_a_configuration_typo_in_the_projects_words(cli: Run, write: Write) -> None:
    write("pyproject.toml", '[tool.headline-lint]\nignor = ["buzzword"]\nfold = "wide"\n')
    write("p.md", PROFILE)
    proc = cli("check", "p.md")
    assert proc.returncode == 2
    (line,) = proc.stderr.splitlines()
    assert "fold: expected a whole number, got 'wide'" in line
    assert (
        "unknown key 'ignor' in [tool.headline-lint] (did you mean 'ignore'?); "
        "known keys: select, ignore, severity, fold, extra_packs, target"
    ) in line
    assert "Extra inputs" not in line and "pydantic" not in line


def test_an_internal_error_exits_2_with_one_line_and_a_hint() -> None:
    """A bug (here: a RuntimeError raised inside `check`) is exit 2, never 1 or a traceback."""
    code = textwrap.dedent(
        """
        import sys
        import linter.cli.check

        def broken(args):
            raise RuntimeError("boom\\nsecond line")

        linter.cli.check.run = broken
        from linter.cli.main import entry
        sys.argv = ["headline-lint", "check", "--headline", "AI Engineer"]
        entry()
        """
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60
    )
    assert proc.returncode == 2
    (line,) = proc.stderr.splitlines()
    assert line.startswith("headline-lint: internal error: RuntimeError: boom (")
    assert "this is a bug: please report it" in line and "Traceback" not in proc.stderr
