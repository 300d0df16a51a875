"""The project's habits: one version, the licence, and its own pre-commit configuration."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import tomllib
from importlib.metadata import version
from pathlib import Path

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


def test_pre_commit_passes_on_the_committed_tree_and_stops_what_make_check_stops(
    tmp_path: Path,
) -> None:
    """``pre-commit run --all-files`` in a clone of HEAD, with this checkout's venv; then new
    files with a lint error, a type error, bad formatting and a legacy-title profile fail."""
    git = shutil.which("git")
    assert git, "git is needed to clone the checkout"
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env.update(PRE_COMMIT_HOME=str(tmp_path / "home"), GIT_CONFIG_GLOBAL=os.devnull)
    clone = tmp_path / "clone"

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            args, cwd=clone, env=env, capture_output=True, text=True, timeout=600, check=False
        )

    rev = subprocess.run(
        [git, "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.strip()
    subprocess.run([git, "clone", "-q", "--no-checkout", str(ROOT), str(clone)], check=True)
    assert run(git, "checkout", "-q", rev).returncode == 0
    (clone / ".venv").symlink_to(ROOT / ".venv")
    if (ROOT / ".mypy_cache").is_dir():  # `make check` ran: start warm (20 s -> 1 s here)
        shutil.copytree(ROOT / ".mypy_cache", clone / ".mypy_cache")
    pre_commit = console_script("pre-commit")

    passed = run(pre_commit, "run", "--all-files")
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert passed.stdout.count("Passed") == 4, passed.stdout

    (clone / "bench" / "bad.py").write_text("import os\ndef f()->int:\n    return 'x'\n")
    (clone / "examples" / "new-profile.md").write_text("---\nheadline: ML Engineer\n---\n")
    run(git, "add", "bench/bad.py", "examples/new-profile.md")
    failed = run(pre_commit, "run", "--files", "bench/bad.py", "examples/new-profile.md")
    assert failed.returncode == 1
    for hook in ("ruff check", "ruff format", "mypy", "headline-lint on examples/"):
        line = next(ln for ln in failed.stdout.splitlines() if ln.startswith(hook))
        assert line.endswith("Failed"), failed.stdout
    assert "F401" in failed.stdout and "HL101" in failed.stdout
    assert 'Incompatible return value type (got "str", expected "int")' in failed.stdout


DOCUMENTS = (
    "README.md",
    "CONTRIBUTING.md",
    *(f"docs/{p.name}" for p in (ROOT / "docs").glob("*.md")),
)
LINK = re.compile(r"\]\(([^)\s]+)\)")


def _anchors(markdown: str) -> set[str]:
    """GitHub's heading anchors: lower case, punctuation dropped, spaces as hyphens."""
    text = re.sub(r"(?ms)^```.*?^```", "", markdown)
    headings = re.findall(r"(?m)^#{1,6} +(.+?) *$", text)
    return {re.sub(r"[^\w\- ]", "", h.lower()).replace(" ", "-") for h in headings}


def test_every_relative_link_in_the_manual_resolves() -> None:
    broken = []
    for name in DOCUMENTS:
        source = ROOT / name
        for target in LINK.findall(source.read_text(encoding="utf-8")):
            if re.match(r"[a-z]+:", target):
                continue  # https:, mailto:
            path, _, anchor = target.partition("#")
            file = (source.parent / path).resolve() if path else source
            if not file.exists():
                broken.append(f"{name}: {target}")
            elif anchor and anchor not in _anchors(file.read_text(encoding="utf-8")):
                broken.append(f"{name}: {target} (no such heading)")
    assert broken == []


def test_every_folder_of_the_package_is_in_the_wheel() -> None:
    """A folder of modules missing from ``[tool.setuptools] packages`` works in the editable
    install and is absent from the wheel that pre-commit, pip and the page install."""
    listed = set(PYPROJECT["tool"]["setuptools"]["packages"])
    folders = {
        ".".join(path.parent.relative_to(ROOT).parts)
        for path in (ROOT / "linter").rglob("*.py")
        if "__pycache__" not in path.parts
    }
    assert folders - listed == set()
