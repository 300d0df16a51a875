"""The project's habits: one version, the licence, and its own pre-commit configuration."""

from __future__ import annotations

import json
import subprocess
import tomllib
from importlib.metadata import version

import yaml

import linter
from tests.support.paths import ROOT, console_script

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_the_version_is_pyprojects_read_from_the_installed_metadata() -> None:
    assert linter.__version__ == version("headline-linter") == PYPROJECT["project"]["version"]


def test_the_page_package_is_private_and_has_no_version_of_its_own() -> None:
    for name in ("package.json", "package-lock.json"):
        data = json.loads((ROOT / "web" / name).read_text(encoding="utf-8"))
        assert "version" not in data, f"web/{name}: the product's version is pyproject.toml's"
    manifest = json.loads((ROOT / "web" / "package.json").read_text(encoding="utf-8"))
    assert manifest["private"] is True


def test_the_licence_is_the_mit_text_that_pyproject_names() -> None:
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert PYPROJECT["project"]["license"] == "MIT"
    assert text.startswith("MIT License\n\nCopyright (c) 2026 the headline-linter authors\n")
    assert 'THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND' in text


def test_the_pre_commit_config_is_valid_and_runs_only_the_venvs_tools() -> None:
    config = ROOT / ".pre-commit-config.yaml"
    proc = subprocess.run(
        [console_script("pre-commit"), "validate-config", str(config)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    (repo,) = yaml.safe_load(config.read_text(encoding="utf-8"))["repos"]
    assert repo["repo"] == "local"  # nothing to download
    hooks = {hook["id"]: hook for hook in repo["hooks"]}
    assert set(hooks) == {"ruff", "ruff-format", "mypy", "headline-lint"}
    for hook in hooks.values():
        tool = hook["entry"].split()[0]
        assert tool.startswith(".venv/bin/") and (ROOT / tool).is_file(), hook
