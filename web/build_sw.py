"""The service worker of ``web/dist/``: ``sw.js`` with this build's version and its file list.

The worker (``web/sw.js``) keeps every file of the build in the browser's Cache Storage once a
first visit has shown its first answer, so a repeat visit loads without the network. Its version
is the SHA-256 of the listed files (paths and contents), so any change to the build gives a new
``sw.js``, which the browser's update check picks up.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from build_common import WEB, sha256

WORKER = "sw.js"
# Not cached: the worker itself (the browser fetches it to look for updates), the checksums, and
# the precompressed copies (the server chooses them; the worker stores what the browser decoded).
SKIPPED = frozenset({WORKER, "SHA256SUMS"})


def cached_files(out: Path) -> list[str]:
    """Every file the page may load, relative to the folder, in a stable order."""
    files = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    return [f for f in files if f not in SKIPPED and not f.endswith((".gz", ".map"))]


def write_service_worker(out: Path) -> str:
    """Write ``out/sw.js``; returns its version."""
    files = cached_files(out)
    digest = hashlib.sha256()
    for name in files:
        digest.update(f"{name}\0{sha256(out / name)}\n".encode())
    version = digest.hexdigest()[:16]
    # "./" is the page as the browser asks for it; index.html is also listed for direct links
    listed = ["./", *files]
    head = f"const VERSION = {json.dumps(version)};\nconst FILES = {json.dumps(listed)};\n"
    (out / WORKER).write_text(head + (WEB / WORKER).read_text("utf-8"), "utf-8")
    return version
