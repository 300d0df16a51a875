"""Build ``web/dist/``: the page, PyScript, the Pyodide runtime, the wheels and a generated lock.

Everything comes from the package registries (npm for PyScript and Pyodide, PyPI for the wheels)
plus this repository (the project's own wheel, rules included). The result is a static folder that
works from any static host: after load, the page makes no request to any other origin.

    python web/build.py            # build web/dist/
    python web/build.py --check    # also rebuild into a temp dir and require identical bytes

Downloaded wheels are pinned by sha256 below; rapidfuzz has no wasm wheel, so its pinned sdist is
built as a pure-Python wheel. Every wheel must carry a tag Pyodide 314 can load, and every
``Requires-Dist`` of every bundled wheel must be met by another bundled wheel: the build fails
loudly otherwise. Downloads are cached by file name (and checked by sha256) under
``build/web-wheels/``; ``make clean`` removes the cache.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from build_common import (
    DEFAULT_EPOCH,
    DIST,
    NODE_MODULES,
    PAGE_FILES,
    PAGE_MODULES,
    PINS,
    PYODIDE_FILES,
    ROOT,
    RUNTIME_HASH_CHARS,
    RUNTIME_PREFIX,
    WEB,
    BuildError,
    log,
    sha256,
)
from build_lock import precompile, precompress, write_lock, write_sums
from build_start import prestart
from build_sw import write_service_worker
from build_wheels import build_project, check_tag, ensure_node_modules, fetch_pin, inspect


def build(out: Path) -> None:
    ensure_node_modules()
    out.mkdir(parents=True)
    for name in PAGE_FILES:
        shutil.copyfile(WEB / name, out / name)
    (out / PAGE_MODULES).mkdir()
    for module in sorted((WEB / PAGE_MODULES).glob("*.js")):
        shutil.copyfile(module, out / PAGE_MODULES / module.name)
    shutil.copytree(
        NODE_MODULES / "@pyscript" / "core" / "dist",
        out / "pyscript",
        ignore=shutil.ignore_patterns("*.map"),
    )
    pyodide_dir = out / "pyodide"
    pyodide_dir.mkdir()
    for name in PYODIDE_FILES:
        shutil.copyfile(NODE_MODULES / "pyodide" / name, pyodide_dir / name)
    wheel_paths = [fetch_pin(pin) for pin in PINS]
    for path in wheel_paths:
        shutil.copyfile(path, pyodide_dir / path.name)
    project = build_project(pyodide_dir)
    bundled = [pyodide_dir / p.name for p in wheel_paths] + [project]
    for path in bundled:
        check_tag(path)
    precompile(bundled)
    wheels = [inspect(path) for path in bundled]
    write_lock(pyodide_dir, wheels)
    prestart(pyodide_dir, project)  # changes the project's wheel and the stdlib zip:
    write_lock(pyodide_dir, wheels)  # the lock again, with the new checksums
    name_runtime(out, pyodide_dir)
    write_catalog(out)
    write_service_worker(out)  # after every file it lists, before the compressed copies
    precompress(out)
    write_sums(out)


def name_runtime(out: Path, pyodide_dir: Path) -> str:
    """Rename the runtime folder ``pyodide-<hash of its files>`` and point ``pyscript.json`` at it.

    The lock's ``file_name``s are relative to the folder of ``pyodide.mjs``, so they follow.
    Returns the folder's new name.
    """
    digest = hashlib.sha256()
    for path in sorted(p for p in pyodide_dir.rglob("*") if p.is_file()):
        digest.update(f"{path.relative_to(pyodide_dir).as_posix()}\0{sha256(path)}\n".encode())
    name = RUNTIME_PREFIX + digest.hexdigest()[:RUNTIME_HASH_CHARS]
    pyodide_dir.rename(out / name)
    config_path = out / "pyscript.json"
    config = json.loads(config_path.read_text("utf-8"))
    config["interpreter"] = f"{name}/pyodide.mjs"
    config_path.write_text(json.dumps(config, indent=2) + "\n", "utf-8")
    return name


def write_catalog(out: Path) -> None:
    """``catalog.json``: what the page's Python would describe (the same code and rules as the
    wheel), so the page fetches it while Python starts instead of building it after."""
    sys.path.insert(0, str(ROOT))  # this checkout's linter, as the wheel holds it
    from linter.catalog import catalog

    (out / "catalog.json").write_text(catalog().model_dump_json(), "utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, default=DIST, help="output folder (web/dist)")
    parser.add_argument(
        "--check", action="store_true", help="build twice and require byte-identical output"
    )
    args = parser.parse_args(argv)
    os.environ.setdefault("SOURCE_DATE_EPOCH", DEFAULT_EPOCH)
    started = time.monotonic()
    out: Path = args.out.resolve()
    staging = out.with_name(out.name + ".tmp")
    try:
        shutil.rmtree(staging, ignore_errors=True)
        build(staging)
        if args.check:
            with tempfile.TemporaryDirectory() as tmp:
                again = Path(tmp) / "dist"
                build(again)
                first = (staging / "SHA256SUMS").read_text("utf-8")
                second = (again / "SHA256SUMS").read_text("utf-8")
                if first != second:
                    raise BuildError("two builds differ:\n" + diff(first, second))
                log("reproducible: two builds are byte-identical")
    except BuildError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        log(f"FAILED: {exc}")
        return 1
    old = out.with_name(out.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if out.exists():
        out.rename(old)
    staging.rename(out)
    shutil.rmtree(old, ignore_errors=True)
    log(f"built {out} in {time.monotonic() - started:.1f} s")
    return 0


def diff(first: str, second: str) -> str:
    a, b = set(first.splitlines()), set(second.splitlines())
    return "\n".join(sorted(f"- {line}" for line in a - b) + sorted(f"+ {line}" for line in b - a))


if __name__ == "__main__":
    sys.exit(main())
