"""The page build's wheels: fetched by sha256, built pure-Python, tag- and requirement-checked."""

from __future__ import annotations

import shutil
import tempfile
import zipfile
from dataclasses import dataclass
from email.parser import HeaderParser
from pathlib import Path

from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name, parse_wheel_filename
from packaging.version import Version

from build_common import (
    ACCEPTED_TAGS,
    CACHE,
    CLI_ONLY,
    NODE_MODULES,
    PAGE_REQUIRES,
    PROJECT,
    PROJECT_FILES,
    PURE_BUILD_ENV,
    PYODIDE_ENV,
    PYODIDE_PLATFORM,
    ROOT,
    WEB,
    BuildError,
    Pin,
    log,
    pip,
    run,
    sha256,
)


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


def page_requires(wheel: WheelInfo, req: Requirement, problems: list[str]) -> bool:
    """Whether the page needs ``req``: every requirement of a bundled wheel, and of the project's
    own wheel only those in PAGE_REQUIRES (CLI_ONLY ones are skipped, any other is a problem)."""
    if wheel.name != PROJECT:
        return True
    name = canonicalize_name(req.name)
    if name in CLI_ONLY:
        return False
    if name not in PAGE_REQUIRES:
        problems.append(
            f"{wheel.name} requires {req}: neither PAGE_REQUIRES nor CLI_ONLY in build_common.py"
        )
        return False
    return True


def resolve(wheels: list[WheelInfo]) -> dict[str, list[str]]:
    """Each wheel's dependencies, all met by bundled wheels; fail loudly on any that is not."""
    by_name = {w.name: w for w in wheels}
    problems: list[str] = []
    depends: dict[str, list[str]] = {}
    for wheel in wheels:
        deps: list[str] = []
        for req in wheel.requires:
            if not applies(req) or not page_requires(wheel, req, problems):
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
