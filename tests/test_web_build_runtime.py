"""The page build names its runtime folder by content, and the service worker knows that name.

``pyodide-<hash>/`` holds Pyodide's runtime, the wheels and the lock; ``headline-lint serve``
marks it immutable and the worker lets the browser's HTTP cache answer for it, which is only
right if any change to a file in it gives the folder a new name.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "web"))

from linter.api.web import HASHED  # noqa: E402

from build import name_runtime  # noqa: E402
from build_common import BuildError  # noqa: E402
from build_sw import runtime_folder, write_service_worker  # noqa: E402


def _out(tmp_path: Path, wasm: bytes = b"\x00asm") -> tuple[Path, Path]:
    out = tmp_path / "dist"
    runtime = out / "pyodide"
    runtime.mkdir(parents=True)
    (runtime / "pyodide.mjs").write_text("export {};")
    (runtime / "pyodide.asm.wasm").write_bytes(wasm)
    (runtime / "pyodide-lock.json").write_text("{}")
    (out / "index.html").write_text("<!doctype html>")
    (out / "pyscript.json").write_text(json.dumps({"interpreter": "pyodide/pyodide.mjs"}))
    return out, runtime


def test_the_runtime_folder_is_named_by_its_content(tmp_path: Path) -> None:
    out, runtime = _out(tmp_path / "a")
    name = name_runtime(out, runtime)
    assert name.startswith("pyodide-") and len(name) == len("pyodide-") + 16
    assert not runtime.exists() and (out / name / "pyodide.asm.wasm").is_file()
    config = json.loads((out / "pyscript.json").read_text("utf-8"))
    assert config["interpreter"] == f"{name}/pyodide.mjs"
    assert HASHED.match(f"{name}/pyodide.asm.wasm")  # served immutable

    same_out, same_runtime = _out(tmp_path / "b")
    assert name_runtime(same_out, same_runtime) == name  # reproducible
    other_out, other_runtime = _out(tmp_path / "c", wasm=b"\x00asm\x01")
    assert name_runtime(other_out, other_runtime) != name  # one byte changed: a new name


def test_the_worker_names_the_runtime_folder(tmp_path: Path) -> None:
    out, runtime = _out(tmp_path)
    name = name_runtime(out, runtime)
    write_service_worker(out)
    head = (out / "sw.js").read_text("utf-8").splitlines()[:3]
    assert head[2] == f'const RUNTIME = "{name}/";'
    files = json.loads(head[1].removeprefix("const FILES = ").removesuffix(";"))
    assert f"{name}/pyodide.asm.wasm" in files  # also kept in Cache Storage for offline use
    assert runtime_folder(out) == f"{name}/"


def test_a_runtime_without_a_hashed_folder_fails_the_build(tmp_path: Path) -> None:
    out, _ = _out(tmp_path)  # pyscript.json still names the unhashed folder
    with pytest.raises(BuildError, match="not in a runtime folder"):
        write_service_worker(out)
