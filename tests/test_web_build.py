"""The page build loads only what the page needs: the engine's requirements, never the CLI's.

The project's wheel requires the command line's packages too (markdown-it-py, PyYAML, tqdm,
pygls); the page build skips exactly those (``CLI_ONLY``) and bundles ``PAGE_REQUIRES``. These
tests hold the two lists to ``pyproject.toml`` and to what the page's code really imports.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "web"))

from build_common import CLI_ONLY, PAGE_REQUIRES, PROJECT, BuildError  # noqa: E402
from build_wheels import WheelInfo, resolve  # noqa: E402


def _core_requirements() -> list[Requirement]:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    return [Requirement(r) for r in data["project"]["dependencies"]]


def _wheel(name: str, version: str, requires: list[Requirement]) -> WheelInfo:
    return WheelInfo(Path(f"{name}.whl"), name, version, tuple(requires), ())


def test_every_core_requirement_is_either_the_pages_or_the_command_lines() -> None:
    names = {canonicalize_name(r.name) for r in _core_requirements()}
    assert names == PAGE_REQUIRES | CLI_ONLY
    assert not PAGE_REQUIRES & CLI_ONLY


def test_the_project_wheel_depends_on_the_page_requirements_only() -> None:
    bundled = [_wheel("pydantic", "2.14.4", []), _wheel("rapidfuzz", "3.14.6", [])]
    bundled.append(_wheel("emoji", "2.16.0", []))
    server = Requirement('flask>=3.1; extra == "server"')
    project = _wheel(PROJECT, "0.1.0", [*_core_requirements(), server])
    depends = resolve([project, *bundled])
    assert depends[PROJECT] == sorted(PAGE_REQUIRES)


def test_a_requirement_nobody_placed_fails_the_build() -> None:
    bundled = [_wheel(name, "99", []) for name in PAGE_REQUIRES]
    project = _wheel(PROJECT, "0.1.0", [*_core_requirements(), Requirement("requests>=2")])
    with pytest.raises(BuildError, match=r"requests>=2: neither PAGE_REQUIRES nor CLI_ONLY"):
        resolve([project, *bundled])


def test_a_missing_page_requirement_still_fails_the_build() -> None:
    project = _wheel(PROJECT, "0.1.0", _core_requirements())
    with pytest.raises(BuildError, match="not bundled"):
        resolve([project])


# web/main.py itself, run in a fresh interpreter with PyScript's and Pyodide's modules stubbed
# and the CLI-only packages made unimportable; then the page's API (what app.js calls) is used.
PAGE_RUN = """
import importlib.abc, importlib.metadata, json, sys, types
from unittest import mock

cli_only = set(sys.argv[1].split(","))
blocked = {
    top
    for top, dists in importlib.metadata.packages_distributions().items()
    if any(d.lower().replace("_", "-") in cli_only for d in dists)
}
assert {"yaml", "markdown_it", "tqdm", "pygls"} <= blocked, blocked

class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in blocked:
            raise ImportError(f"the page imported {name}, a command-line-only package")
        return None

sys.meta_path.insert(0, Block())
window = mock.MagicMock()
ffi = types.ModuleType("pyodide.ffi")
ffi.create_proxy = lambda f: f
ffi.to_js = lambda value, **kwargs: value
sys.modules.update(
    pyodide=types.ModuleType("pyodide"),
    **{"pyodide.ffi": ffi, "pyscript": types.SimpleNamespace(window=window)},
)
exec(compile(open(sys.argv[2], encoding="utf-8").read(), sys.argv[2], "exec"), {"__name__": "main"})
api = window.headlineLinterPy
report = json.loads(api.lint("🚀 ML  Engineer | PyTorch", "I deploy models behind APIs.", ""))
assert report["diagnostics"], report
assert json.loads(api.apply("ML  Engineer", "", "", "safe"))["applied"] >= 1
assert json.loads(api.describe())["rules"]
print(sorted(m for m in sys.modules if m.split(".")[0] in blocked))
"""


def test_the_page_code_never_imports_a_command_line_package() -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            textwrap.dedent(PAGE_RUN),
            ",".join(sorted(CLI_ONLY)),
            str(ROOT / "web" / "main.py"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
