"""``pip install headline-linter`` as a new user does it: the built wheel, not editable, in a
fresh virtual environment, then every command.

The wheel is built from a copy of the source (nothing is written into the checkout); the venv
gets no pip of its own (this interpreter's pip installs into it with ``--python``), from a
wheelhouse of the dependencies filled from the package index on the first run.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.cli.linkedin_export import write_export
from tests.support.paths import ROOT

# The dependencies' wheels, downloaded once (``make clean`` removes them with build/).
WHEELHOUSE = ROOT / "build" / "test-wheelhouse"
SOURCES = ("pyproject.toml", "README.md", "LICENSE", "linter", "rules")
FAILING = "---\nheadline: Senior ML Engineer | PyTorch\n---\n\n## About\n\nPassionate.\n"


@dataclass(frozen=True)
class Installed:
    bin: Path
    home: Path

    def run(self, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
        env.update(NO_COLOR="1", PATH=f"{self.bin}{os.pathsep}{env.get('PATH', '')}")
        return subprocess.run(
            [str(self.bin / "headline-lint"), *args],
            cwd=self.home,
            input=stdin,
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
            check=False,
        )


def _pip(*args: str) -> None:
    command = [sys.executable, "-m", "pip", *args, "--quiet", "--disable-pip-version-check"]
    result = subprocess.run(command, capture_output=True, text=True, timeout=600, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Installed]:
    tmp = tmp_path_factory.mktemp("wheel")
    src = tmp / "src"
    src.mkdir()
    for name in SOURCES:
        path = ROOT / name
        if path.is_dir():
            ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
            shutil.copytree(path, src / name, ignore=ignore)
        elif path.is_file():
            shutil.copyfile(path, src / name)
    _pip("wheel", "--no-deps", "--no-build-isolation", "-w", str(tmp / "dist"), str(src))
    (wheel,) = (tmp / "dist").glob("headline_linter-*.whl")
    env_dir = tmp / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    install = ("--python", str(env_dir / "bin" / "python"), "install", "--no-index")
    try:
        _pip(*install, "--find-links", str(WHEELHOUSE), str(wheel))
    except AssertionError:  # first run, or a new dependency: fill the wheelhouse from the index
        _pip("download", "-d", str(WHEELHOUSE), str(wheel))
        for own in WHEELHOUSE.glob("headline_linter-*"):
            own.unlink()
        _pip(*install, "--find-links", str(WHEELHOUSE), str(wheel))
    home = tmp / "home"
    home.mkdir()
    yield Installed(env_dir / "bin", home)


def test_the_wheel_is_installed_not_the_checkout(installed: Installed) -> None:
    python = installed.bin / "python"
    where = subprocess.run(
        [str(python), "-c", "import linter, sys; print(linter.__file__)"],
        cwd=installed.home,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "site-packages" in where and str(ROOT) not in where
    assert subprocess.run([str(python), "-c", "import flask"], check=False).returncode != 0


def test_check_finds_the_legacy_title(installed: Installed) -> None:
    (installed.home / "profile.md").write_text(FAILING, encoding="utf-8")
    result = installed.run("check", "profile.md")
    assert result.returncode == 1, result.stderr
    assert "profile.md:2:18: HL101 [legacy-title]" in result.stdout
    assert result.stderr == ""
    fixed = installed.run("check", "-", "--fix", stdin="## Headline\n\nML  Engineer\n")
    assert "ML Engineer" in fixed.stdout, fixed.stderr


def test_rules_and_explain(installed: Installed) -> None:
    rules = installed.run("rules")
    assert rules.returncode == 0 and "legacy-title" in rules.stdout, rules.stderr
    explain = installed.run("explain", "HL101")
    assert explain.returncode == 0 and "legacy-title" in explain.stdout, explain.stderr


def test_batch(installed: Installed) -> None:
    rows = installed.home / "rows.jsonl"
    rows.write_text('{"id": "a", "headline": "ML Engineer"}\n', encoding="utf-8")
    result = installed.run("batch", str(rows), "--out", "out.jsonl", "--jobs", "1")
    assert result.returncode == 0, result.stderr
    assert '"legacy-title"' in (installed.home / "out.jsonl").read_text("utf-8")


def test_init_from_an_export_then_check(installed: Installed) -> None:
    export = write_export(installed.home)
    init = installed.run("init", "--from", export.name, "me.profile.md")
    assert init.returncode == 0, init.stderr
    result = installed.run("check", "me.profile.md", export.name)
    assert result.returncode == 1, result.stderr
    assert result.stdout.count("HL101") == 2


def test_lsp_starts(installed: Installed) -> None:
    result = installed.run("lsp", "--help")
    assert result.returncode == 0 and "language server" in result.stdout, result.stderr
    python = installed.bin / "python"
    probe = "import linter.cli.lsp as m; print(type(m.server).__name__)"
    imported = subprocess.run([str(python), "-c", probe], capture_output=True, text=True)
    assert imported.stdout.strip() == "ProfileServer", imported.stderr


def test_serve_without_the_server_extra_names_it(installed: Installed) -> None:
    result = installed.run("serve", "--port", "0")
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert "pip install 'headline-linter[server]'" in lines[0]
