"""``check`` and ``init --from`` on a LinkedIn data export: the archive and its CSV files."""

from __future__ import annotations

import json
import random
import zipfile
from pathlib import Path
from typing import Any

import pytest

from tests.cli.helpers import Run, Write
from tests.cli.linkedin_export import (
    HEADLINE,
    PROFILE_HEADER,
    SUMMARY,
    csv_bytes,
    marker,
    profile_csv,
    summary_csv,
    write_export,
    write_zip,
)

EQUIVALENT = f"---\nheadline: {HEADLINE}\n---\n\n## About\n\n{SUMMARY}\n"


def findings(cli: Run, *args: str) -> list[dict[str, Any]]:
    proc = cli("check", *args, "--format", "json")
    assert proc.returncode in (0, 1), proc.stderr
    (report,) = json.loads(proc.stdout)
    keys = ("code", "field", "start", "end", "message", "suggestions", "fix")
    return [{k: d[k] for k in keys} for d in report["diagnostics"]] + [{"score": report["score"]}]


def test_export_zip_csv_and_init_file_give_the_profile_md_findings(
    cli: Run, write: Write, tmp_path: Path
) -> None:
    expected = findings(cli, str(write("profile.md", EQUIVALENT)))
    assert {"code": "HL101"}.items() <= expected[0].items()  # a legacy title, at least
    export = write_export(tmp_path)
    assert findings(cli, str(export)) == expected
    assert findings(cli, str(write("Profile.csv", profile_csv()))) == expected
    init = cli("init", "--from", str(export), "from-export.md")
    assert init.returncode == 0, init.stderr
    assert findings(cli, "from-export.md") == expected
    assert (tmp_path / "from-export.md").read_text("utf-8") == EQUIVALENT


def test_files_are_recognised_by_header_not_name(cli: Run, tmp_path: Path) -> None:
    """A localised export (Profil.csv, in a folder) with the About in Profile Summary.csv."""
    about = "I deploy retrieval pipelines to production behind REST APIs, with evaluation."
    export = write_export(
        tmp_path, name="export-de.zip", profile_name="Profil.csv", summary="", summary_file=about
    )
    proc = cli("check", str(export), "--format", "json")
    assert proc.returncode in (0, 1), proc.stderr
    assert {d["field"] for d in json.loads(proc.stdout)[0]["diagnostics"]} >= {"headline"}
    init = cli("init", "--from", str(export))
    assert init.returncode == 0, init.stderr
    assert f"## About\n\n{about}\n" in (tmp_path / "profile.md").read_text("utf-8")


def test_no_other_column_appears_in_any_output(cli: Run, tmp_path: Path) -> None:
    export = write_export(tmp_path)
    csv_file = tmp_path / "Profile.csv"
    csv_file.write_bytes(profile_csv())
    outputs: list[str] = []
    for source in (export, csv_file):
        for fmt in ("text", "json", "sarif", "github"):
            proc = cli("check", str(source), "--format", fmt)
            assert proc.returncode == 1, proc.stderr
            outputs += [proc.stdout, proc.stderr]
        for flags in (["--fix"], ["--diff"], ["--select", "nope"]):
            proc = cli("check", str(source), *flags)
            assert proc.returncode == 2
            outputs += [proc.stdout, proc.stderr]
        init = cli("init", "--from", str(source), "out.md", "--force")
        assert init.returncode == 0, init.stderr
        outputs += [init.stdout, init.stderr, (tmp_path / "out.md").read_text("utf-8")]
    assert HEADLINE.split(" | ")[0] in "".join(outputs)  # the probe sees the outputs
    markers = [marker(c) for c in PROFILE_HEADER if c not in ("Headline", "Summary")]
    markers += ["QX7Company", "QX7Email", "QX7Message", "QX7URL"]
    everything = "".join(outputs) + "".join(
        p.read_text("utf-8", errors="replace")
        for p in tmp_path.rglob("*")
        if p.suffix != ".zip" and p.name != "Profile.csv" and p.is_file()
    )
    for value in markers:
        assert value[:8] not in everything, value


def test_init_refuses_to_overwrite_without_force(cli: Run, write: Write, tmp_path: Path) -> None:
    export = write_export(tmp_path)
    write("profile.md", "# mine\n")
    proc = cli("init", "--from", str(export))
    assert proc.returncode == 2
    assert (
        proc.stderr
        == "headline-lint: error: profile.md: already exists; pass --force to overwrite it\n"
    )
    assert (tmp_path / "profile.md").read_text("utf-8") == "# mine\n"
    forced = cli("init", "--from", str(export), "--force")
    assert forced.returncode == 0, forced.stderr
    assert HEADLINE in (tmp_path / "profile.md").read_text("utf-8")


def test_an_about_that_markdown_would_change_goes_into_the_front_matter(
    cli: Run, tmp_path: Path
) -> None:
    about = "Things I built\n---\n<!-- not a comment on LinkedIn -->\n# 1 rule: ship it"
    export = write_export(tmp_path, summary=about)
    assert cli("init", "--from", str(export)).returncode == 0
    text = (tmp_path / "profile.md").read_text("utf-8")
    assert "## About" not in text and "about: " in text
    proc = cli("check", "profile.md", "--format", "json", "--select", "HL3")
    exported = cli("check", str(export), "--format", "json", "--select", "HL3")
    assert json.loads(proc.stdout)[0]["score"] == json.loads(exported.stdout)[0]["score"]


def _noise(size: int) -> str:
    """Text that does not compress much (a real, if oversized, profile file, not a bomb)."""
    rng = random.Random(12)
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz ,.") for _ in range(size))


def _bomb(path: Path) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("Profile.csv", b"\0" * (16 << 20))
    return path


@pytest.mark.parametrize(
    ("name", "make", "needle"),
    [
        ("corrupt.zip", lambda p: p.write_bytes(b"PK\x03\x04 not really a zip"), "not a valid zip"),
        ("bomb.zip", _bomb, "Profile.csv would expand"),
        (
            "empty-export.zip",
            lambda p: write_zip(p, {"Connections.csv": csv_bytes(["URL"], [["x"]])}),
            "no LinkedIn profile in this archive",
        ),
        (
            "Profile.csv",
            lambda p: p.write_bytes(csv_bytes(["Name", "Bio"], [["a", "b"]])),
            "header row",
        ),
        (
            "Profile.csv",
            lambda p: p.write_bytes(csv_bytes(PROFILE_HEADER, [])),
            "expected one profile row, found 0",
        ),
        (
            "Profile.csv",
            lambda p: p.write_bytes(b"\xff\xfe" + "x".encode("utf-16-le")),
            "not UTF-8",
        ),
        (
            "big.zip",
            lambda p: write_zip(p, {"Profile.csv": profile_csv(summary=_noise(2 << 20))}),
            "too large",
        ),
        ("blank.csv", lambda p: p.write_bytes(profile_csv(" ", "")), "both empty"),
        (
            "both.zip",
            lambda p: write_zip(p, {"a/Profile.csv": profile_csv(), "b.csv": profile_csv()}),
            "two profile files",
        ),
    ],
)
def test_a_bad_export_is_one_line_naming_the_file(
    cli: Run, tmp_path: Path, name: str, make: Any, needle: str
) -> None:
    make(tmp_path / name)
    for args in (["check", name], ["init", "--from", name]):
        proc = cli(*args)
        assert proc.returncode == 2, proc.stdout + proc.stderr
        lines = proc.stderr.splitlines()
        assert len(lines) == 1 and lines[0].startswith(f"headline-lint: error: {name}"), lines
        assert needle in lines[0]
        assert proc.stdout == "" or "Found 0 findings" in proc.stdout
    assert not (tmp_path / "profile.md").exists()


def test_a_summary_csv_alone(cli: Run, write: Write) -> None:
    path = write("Profile Summary.csv", summary_csv("Passionate about models."))
    proc = cli("check", str(path), "--format", "json")
    diagnostics = json.loads(proc.stdout)[0]["diagnostics"]
    assert "buzzword" in {d["rule"] for d in diagnostics}
    assert {d["field"] for d in diagnostics} == {"summary"}
