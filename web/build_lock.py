"""The page build's generated ``pyodide-lock.json``, bytecode precompilation and checksums."""

from __future__ import annotations

import base64
import gzip
import hashlib
import json
import tempfile
import zipfile
from pathlib import Path

from build_common import NODE_MODULES, WEB, log, run, sha256
from build_wheels import WheelInfo, resolve


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


# Precompressed beside each file (name + ".gz") when it saves at least a tenth: what `headline-lint
# serve` sends to a browser that accepts gzip. Wheels are zip-compressed already.
COMPRESSIBLE = frozenset({".wasm", ".mjs", ".js", ".css", ".html", ".json", ".zip", ".py", ".svg"})
MIN_SIZE = 1024


def precompress(out: Path) -> None:
    saved = 0
    for path in sorted(p for p in out.rglob("*") if p.is_file()):
        if path.suffix not in COMPRESSIBLE or path.stat().st_size < MIN_SIZE:
            continue
        data = path.read_bytes()
        packed = gzip.compress(data, compresslevel=9, mtime=0)  # mtime=0: reproducible bytes
        if len(packed) <= 0.9 * len(data):
            path.with_name(path.name + ".gz").write_bytes(packed)
            saved += len(data) - len(packed)
    log(f"precompressed: gzip saves {saved / 1e6:.1f} MB")
