"""Shared by the page build: paths, the pinned wheels, and running commands."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

WEB = Path(__file__).resolve().parent
ROOT = WEB.parent
DIST = WEB / "dist"
NODE_MODULES = WEB / "node_modules"
CACHE = ROOT / "build" / "web-wheels"

# The page's own files, copied as they are.
PAGE_FILES = (
    "index.html",
    "main.py",
    "pyscript.json",
    "style.css",
    "pyscript-setup.js",
    "favicon.svg",
)
# The page's ES modules (web/js/*.js), copied as they are; types.d.ts is for the type check only.
PAGE_MODULES = "js"
# The four Pyodide runtime files (the npm package has no package wheels, and its stock lock's
# checksums are for Pyodide's own builds, so the lock is generated below).
PYODIDE_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip")
# The runtime folder of web/dist: Pyodide's runtime files, the wheels and the lock, named
# ``pyodide-<hash of its files>`` so that any copy of a file in it is the right one (served
# immutable by ``headline-lint serve``; the service worker lets the browser's HTTP cache answer).
RUNTIME_PREFIX = "pyodide-"
RUNTIME_HASH_CHARS = 16
# The project's own source, copied to a temp dir so the build never writes into the checkout.
PROJECT_FILES = ("pyproject.toml", "README.md", "LICENSE", "linter", "rules")

# The project's own requirements, split by who needs them. The page imports only the engine, so
# it gets PAGE_REQUIRES; the command line's packages (profile files, batch, the language server)
# are skipped, never bundled. A requirement in neither set fails the build: decide where it goes.
# tests/test_web_build.py runs what the page runs with CLI_ONLY's modules made unimportable.
PROJECT = "headline-linter"
PAGE_REQUIRES = frozenset({"pydantic", "rapidfuzz", "emoji"})
CLI_ONLY = frozenset({"markdown-it-py", "pyyaml", "tqdm", "pygls"})

PYODIDE_PLATFORM = "pyemscripten_2026_0_wasm32"
ACCEPTED_TAGS = frozenset({("py3", "none", "any"), ("cp314", "cp314", PYODIDE_PLATFORM)})
# How markers in Requires-Dist evaluate inside Pyodide 314.
PYODIDE_ENV = {
    "implementation_name": "cpython",
    "implementation_version": "3.14.2",
    "os_name": "posix",
    "platform_machine": "wasm32",
    "platform_python_implementation": "CPython",
    "platform_release": "",
    "platform_system": "Emscripten",
    "platform_version": "",
    "python_full_version": "3.14.2",
    "python_version": "3.14",
    "sys_platform": "emscripten",
    "extra": "",
}
DEFAULT_EPOCH = "315532800"  # 1980-01-01, the earliest a zip can say


@dataclass(frozen=True)
class Pin:
    name: str
    version: str
    sha256: str  # of the downloaded file: the wheel, or the sdist when ``build`` is set
    kind: str  # "pure" | "wasm" | "sdist-pure"


PINS: tuple[Pin, ...] = (
    Pin(
        "pydantic",
        "2.14.4",
        "653a2ad9f6d8858529c77c72717d0ea991d6c6837fe683246b2f4b2bbfc3fadc",
        "pure",
    ),
    Pin(
        "pydantic-core",
        "2.50.5",
        "b2910ec0fa5aeb9bef70156f2b79f4783978fdcfaa7b2f1b5d1814458d2e79a1",
        "wasm",
    ),
    Pin(
        "typing-extensions",
        "4.16.0",
        "481caa481374e813c1b176ada14e97f1f67a4539ce9cfeb3f350d78d6370c2e8",
        "pure",
    ),
    Pin(
        "annotated-types",
        "0.8.0",
        "f072f4d804ea359e4eaf198b1af7a8b0943881a87f31bb764f8bf219bb9419e0",
        "pure",
    ),
    Pin(
        "typing-inspection",
        "0.4.5",
        "bc210535442b39e1bf2805e0c7a17dfd6a4ace760c84c7f7d16245d23a6b1c39",
        "pure",
    ),
    Pin(
        "emoji",
        "2.16.0",
        "c4230d80640def9071599ff56b1b5950fe13a2a94c0da98c5deab12431b24330",
        "pure",
    ),
    Pin(
        "rapidfuzz",
        "3.14.6",
        "e13a8160d017b499ec7a2fa9d0ce1ae2e7377080815785819f966fb235d4eb60",
        "sdist-pure",
    ),
)


class BuildError(RuntimeError):
    """A build step that cannot go on; the message says what and why."""


def log(message: str) -> None:
    print(f"[web] {message}", file=sys.stderr, flush=True)


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


# scikit-build-core (rapidfuzz's build backend) reads these too: without them even `pip download`
# of the sdist compiles the C++ extension to prepare metadata (minutes on 2 cores).
PURE_BUILD_ENV = {"SKBUILD_WHEEL_CMAKE": "false", "SKBUILD_WHEEL_PY_API": "py3"}


def run(args: list[str], cwd: Path | None = None, extra_env: dict[str, str] | None = None) -> None:
    env = {**os.environ, "SOURCE_DATE_EPOCH": os.environ.get("SOURCE_DATE_EPOCH", DEFAULT_EPOCH)}
    env.update(extra_env or {})
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    result = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        output = result.stdout + result.stderr
        raise BuildError(f"command failed ({result.returncode}): {' '.join(args)}\n{output}")


def pip(*args: str) -> list[str]:
    return [sys.executable, "-m", "pip", *args, "--no-cache-dir", "--quiet"]
