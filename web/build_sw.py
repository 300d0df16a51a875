"""The service worker of ``web/dist/``: ``sw.js`` with this build's version and its file list.

The worker (``web/sw.js``) keeps every file of the build in the browser's Cache Storage once a
first visit has shown its first answer, so a repeat visit loads without the network. Its version
is the SHA-256 of the listed files (paths and contents), so any change to the build gives a new
``sw.js``, which the browser's update check picks up. ``RUNTIME`` names the content-hashed runtime
folder, whose files the worker lets the browser's HTTP cache answer (see ``web/sw.js``).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from build_common import RUNTIME_PREFIX, WEB, BuildError, sha256

WORKER = "sw.js"
# Not cached: the worker itself (the browser fetches it to look for updates), the checksums, and
# the precompressed copies (the server chooses them; the worker stores what the browser decoded).
SKIPPED = frozenset({WORKER, "SHA256SUMS"})


def cached_files(out: Path) -> list[str]:
    """Every file the page may load, relative to the folder, in a stable order."""
    files = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    return [f for f in files if f not in SKIPPED and not f.endswith((".gz", ".map"))]


def runtime_folder(out: Path) -> str:
    """``pyodide-<hash>/``: the folder of the interpreter that ``pyscript.json`` names."""
    interpreter = str(json.loads((out / "pyscript.json").read_text("utf-8"))["interpreter"])
    folder = interpreter.rpartition("/")[0]
    if not folder.startswith(RUNTIME_PREFIX) or not (out / folder).is_dir():
        raise BuildError(f"pyscript.json's interpreter {interpreter!r} is not in a runtime folder")
    return folder + "/"


def write_service_worker(out: Path) -> str:
    """Write ``out/sw.js``; returns its version."""
    files = cached_files(out)
    digest = hashlib.sha256()
    for name in files:
        digest.update(f"{name}\0{sha256(out / name)}\n".encode())
    version = digest.hexdigest()[:16]
    # "./" is the page as the browser asks for it; index.html is also listed for direct links
    listed = ["./", *files]
    head = (
        f"const VERSION = {json.dumps(version)};\nconst FILES = {json.dumps(listed)};\n"
        f"const RUNTIME = {json.dumps(runtime_folder(out))};\n"
    )
    (out / WORKER).write_text(head + (WEB / WORKER).read_text("utf-8"), "utf-8")
    return version
