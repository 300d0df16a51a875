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
import base64
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from dataclasses import dataclass
from email.parser import HeaderParser
from pathlib import Path

from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name, parse_wheel_filename
from packaging.version import Version

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
    "app.js",
    "pyscript-setup.js",
    "favicon.svg",
)
# The four Pyodide runtime files (the npm package has no package wheels, and its stock lock's
# checksums are for Pyodide's own builds, so the lock is generated below).
PYODIDE_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip")
# The project's own source, copied to a temp dir so the build never writes into the checkout.
PROJECT_FILES = ("pyproject.toml", "README.md", "LICENSE", "linter", "rules")

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


def ensure_node_modules() -> None:
    """``npm ci`` when node_modules is missing or older than the lock file."""
    marker = NODE_MODULES / ".package-lock.json"
    lock = WEB / "package-lock.json"
    if marker.is_file() and marker.stat().st_mtime >= lock.stat().st_mtime:
        return
    if shutil.which("npm") is None:
        raise BuildError("npm is not installed: it is needed to fetch PyScript and Pyodide")
    log("npm ci")
    run(["npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund"], cwd=WEB)


def fetch_pin(pin: Pin) -> Path:
    """The pinned wheel, from the cache or the registry, checked by sha256."""
    CACHE.mkdir(parents=True, exist_ok=True)
    if pin.kind == "sdist-pure":
        return build_pure(pin)
    found = cached(pin)
    if found is None:
        log(f"download {pin.name}=={pin.version} ({pin.kind})")
        with tempfile.TemporaryDirectory() as tmp:
            common = ["download", "--no-deps", "--only-binary=:all:", "--python-version", "3.14"]
            if pin.kind == "wasm":
                platform = ["--platform", PYODIDE_PLATFORM, "--implementation", "cp"]
            else:
                platform = ["--platform", "any", "--implementation", "py"]
            run(pip(*common, *platform, "-d", tmp, f"{pin.name}=={pin.version}"))
            files = list(Path(tmp).iterdir())
            if len(files) != 1:
                raise BuildError(f"{pin.name}: expected one file, pip gave {files}")
            check_hash(files[0], pin.sha256)
            found = CACHE / files[0].name
            shutil.copyfile(files[0], found)
    check_hash(found, pin.sha256)
    return found


def cached(pin: Pin) -> Path | None:
    for path in sorted(CACHE.glob("*.whl")):
        name, version, _, _ = parse_wheel_filename(path.name)
        if name == canonicalize_name(pin.name) and version == Version(pin.version):
            return path
    return None


def check_hash(path: Path, expected: str) -> None:
    actual = sha256(path)
    if actual != expected:
        raise BuildError(f"{path.name}: sha256 {actual} does not match the pinned {expected}")


def build_pure(pin: Pin) -> Path:
    """Build a pure-Python wheel from the pinned sdist (rapidfuzz: no native extension)."""
    found = cached(pin)
    if found is not None:
        return found
    with tempfile.TemporaryDirectory() as tmp:
        sdists = Path(tmp) / "sdist"
        log(f"download {pin.name}=={pin.version} sdist")
        run(
            pip(
                "download", "--no-deps", f"--no-binary={pin.name}", "-d", str(sdists),
                f"{pin.name}=={pin.version}",
            ),
            extra_env=PURE_BUILD_ENV,
        )  # fmt: skip
        (sdist,) = list(sdists.iterdir())
        check_hash(sdist, pin.sha256)
        log(f"build {pin.name} as a pure-Python wheel")
        wheels = Path(tmp) / "wheels"
        run(
            pip(
                "wheel", "--no-deps", f"--no-binary={pin.name}", "-C", "wheel.cmake=false",
                "-C", "wheel.py-api=py3", "-w", str(wheels), str(sdist),
            ),
            extra_env=PURE_BUILD_ENV,
        )  # fmt: skip
        (wheel,) = list(wheels.iterdir())
        check_tag(wheel)
        target = CACHE / wheel.name
        shutil.copyfile(wheel, target)
        return target


def build_project(out: Path) -> Path:
    """The project's own wheel (package ``linter`` and the rule files as ``linter.packs``)."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "src"
        src.mkdir()
        for name in PROJECT_FILES:
            path = ROOT / name
            if path.is_dir():
                shutil.copytree(
                    path, src / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc")
                )
            elif path.is_file():
                shutil.copyfile(path, src / name)
        log("build the project wheel")
        run(pip("wheel", "--no-deps", "-w", str(out), str(src)))
    wheels = list(out.glob("headline_linter-*.whl"))
    if len(wheels) != 1:
        raise BuildError(f"expected one project wheel, found {wheels}")
    return wheels[0]


def check_tag(path: Path) -> None:
    _, _, _, tags = parse_wheel_filename(path.name)
    if not any((t.interpreter, t.abi, t.platform) in ACCEPTED_TAGS for t in tags):
        accepted = ", ".join("-".join(t) for t in sorted(ACCEPTED_TAGS))
        raise BuildError(f"{path.name}: wrong tag for Pyodide 314 (accepted: {accepted})")


@dataclass(frozen=True)
class WheelInfo:
    path: Path
    name: str  # canonical
    version: str
    requires: tuple[Requirement, ...]
    imports: tuple[str, ...]


def inspect(path: Path) -> WheelInfo:
    check_tag(path)
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        meta_name = next((n for n in names if n.endswith(".dist-info/METADATA")), None)
        if meta_name is None:
            raise BuildError(f"{path.name}: no METADATA")
        meta = HeaderParser().parsestr(archive.read(meta_name).decode("utf-8"))
    imports = set()
    for entry in names:
        top = entry.split("/", 1)[0]
        if top.endswith((".dist-info", ".data")):
            continue
        if "/" in entry:
            imports.add(top)
        elif entry.endswith(".py"):
            imports.add(entry[: -len(".py")])
    requires = tuple(Requirement(r) for r in meta.get_all("Requires-Dist") or [])
    return WheelInfo(
        path=path,
        name=canonicalize_name(meta["Name"]),
        version=meta["Version"],
        requires=requires,
        imports=tuple(sorted(imports)),
    )


def applies(requirement: Requirement) -> bool:
    if requirement.marker is None:
        return True
    return Marker(str(requirement.marker)).evaluate(dict(PYODIDE_ENV))


def resolve(wheels: list[WheelInfo]) -> dict[str, list[str]]:
    """Each wheel's dependencies, all met by bundled wheels; fail loudly on any that is not."""
    by_name = {w.name: w for w in wheels}
    problems: list[str] = []
    depends: dict[str, list[str]] = {}
    for wheel in wheels:
        deps: list[str] = []
        for req in wheel.requires:
            if not applies(req):
                continue
            name = canonicalize_name(req.name)
            have = by_name.get(name)
            if have is None:
                problems.append(f"{wheel.name} requires {req}: not bundled")
            elif not req.specifier.contains(have.version, prereleases=True):
                problems.append(f"{wheel.name} requires {req}: bundled {have.version}")
            else:
                deps.append(name)
        depends[wheel.name] = sorted(set(deps))
    if problems:
        raise BuildError("unresolved dependencies for the page:\n  " + "\n  ".join(problems))
    return depends


def write_lock(pyodide_dir: Path, wheels: list[WheelInfo]) -> None:
    stock = json.loads((NODE_MODULES / "pyodide" / "pyodide-lock.json").read_text("utf-8"))
    depends = resolve(wheels)
    packages = {
        w.name: {
            "name": w.name,
            "version": w.version,
            "file_name": w.path.name,
            "install_dir": "site",
            "sha256": sha256(w.path),
            "package_type": "package",
            "imports": list(w.imports),
            "depends": depends[w.name],
            "unvendored_tests": False,
            "tool": {},
        }
        for w in sorted(wheels, key=lambda w: w.name)
    }
    lock = {"info": stock["info"], "packages": packages}
    text = json.dumps(lock, indent=1, sort_keys=True) + "\n"
    (pyodide_dir / "pyodide-lock.json").write_text(text, "utf-8")


def build(out: Path) -> None:
    ensure_node_modules()
    out.mkdir(parents=True)
    for name in PAGE_FILES:
        shutil.copyfile(WEB / name, out / name)
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
    write_sums(out)


def precompile(wheels: list[Path]) -> None:
    """Add CPython 3.14 bytecode to each wheel, compiled inside Pyodide under Node.

    Pyodide ships its own packages precompiled; without this the page compiles pydantic and the
    linter from source on every load (about 0.3 s measured). The pycs are unchecked-hash, so
    they stay valid whatever file times the browser's unpacking gives the sources.
    """
    with tempfile.TemporaryDirectory() as tmp:
        roots: list[Path] = []
        for index, wheel in enumerate(wheels):
            root = Path(tmp) / str(index)
            roots.append(root)
            with zipfile.ZipFile(wheel) as archive:
                for name in archive.namelist():
                    if name.endswith(".py") and "/__pycache__/" not in name:
                        target = root / name
                        target.parent.mkdir(parents=True, exist_ok=True)
                        target.write_bytes(archive.read(name))
        log(f"precompile {len(wheels)} wheels to 3.14 bytecode (Pyodide under Node)")
        run(["node", str(WEB / "pycompile.mjs"), tmp], cwd=WEB)
        for wheel, root in zip(wheels, roots, strict=True):
            pycs = {
                p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*.pyc"))
            }
            add_to_wheel(wheel, pycs)


def add_to_wheel(wheel: Path, extra: dict[str, bytes]) -> None:
    """Rewrite ``wheel`` with ``extra`` files added and listed in its RECORD (fixed times)."""
    with zipfile.ZipFile(wheel) as archive:
        entries = [(info.filename, archive.read(info)) for info in archive.infolist()]
    record = next(name for name, _ in entries if name.endswith(".dist-info/RECORD"))
    lines = [
        line
        for name, blob in entries
        if name == record
        for line in blob.decode("utf-8").splitlines()
        if line and not line.startswith(record + ",")
    ]
    for name, blob in extra.items():
        digest = base64.urlsafe_b64encode(hashlib.sha256(blob).digest()).rstrip(b"=").decode()
        lines.append(f"{name},sha256={digest},{len(blob)}")
    lines.append(f"{record},,")
    files = [(n, b) for n, b in entries if n != record]
    files += [*extra.items(), (record, ("\n".join(lines) + "\n").encode("utf-8"))]
    staging = wheel.with_suffix(".tmp")
    with zipfile.ZipFile(staging, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, blob in files:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, blob)
    staging.replace(wheel)


def write_sums(out: Path) -> None:
    files = sorted(p for p in out.rglob("*") if p.is_file())
    lines = [f"{sha256(p)}  {p.relative_to(out).as_posix()}" for p in files]
    (out / "SHA256SUMS").write_text("\n".join(lines) + "\n", "utf-8")


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
