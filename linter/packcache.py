"""A cache of validated rule sets on disk, keyed by the content hash of everything they come from.

Validating the packs builds the pydantic schemas of every rule kind and checks every entry: the
bulk of a short command's start-up. The merged :class:`~linter.ruleset.RuleSet` is pickled under
the user's cache folder, in a file named by a SHA-256 of the packs' text (the shipped ones and
the configuration's extra packs, with their paths), the source of the modules that define the
rule models, and the versions of Python and pydantic. Any edit to a pack or to those modules
gives another key, so a stale rule set is never read (as ruff keys its cache by content).

The cache is an optimisation only: a folder that cannot be created or written, a file that
cannot be read or unpickled, or anything but a ``RuleSet`` inside, and the packs are validated
as if there were no cache. ``HEADLINE_LINT_CACHE_DIR`` chooses the folder; set to ``off`` (or
empty) it turns the cache off. It is off inside Pyodide, where the page has no disk to keep.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Iterable
from importlib import resources
from pathlib import Path
from typing import TypeVar

FORMAT = "1"  # bump when what is pickled changes in a way the source hash would not show
ENV = "HEADLINE_LINT_CACHE_DIR"
# Every module of the package's top level (the rule, score and suggestion models among them, and
# any module that shapes what validation produces), and the kinds and the evidence model.
MODEL_FOLDERS = ("kinds", "evidence")

T = TypeVar("T")


def cache_dir() -> Path | None:
    """The cache folder, or ``None`` when caching is off."""
    chosen = os.environ.get(ENV)
    if chosen is not None:
        return None if chosen.strip() in ("", "off") else Path(chosen)
    if sys.platform == "emscripten":
        return None
    if sys.platform == "win32" and os.environ.get("LOCALAPPDATA"):
        return Path(os.environ["LOCALAPPDATA"]) / "headline-linter" / "Cache"
    base = os.environ.get("XDG_CACHE_HOME") or ""
    root = Path(base) if os.path.isabs(base) else Path.home() / ".cache"
    return root / "headline-linter"


def _source_digest() -> bytes:
    digest = hashlib.sha256()
    package = resources.files("linter")
    entries = sorted((e for e in package.iterdir() if e.name.endswith(".py")), key=lambda e: e.name)
    for folder in MODEL_FOLDERS:
        entries += sorted(
            (e for e in (package / folder).iterdir() if e.name.endswith(".py")),
            key=lambda e: e.name,
        )
    for entry in entries:
        digest.update(entry.name.encode() + b"\0" + entry.read_bytes() + b"\0")
    return digest.digest()


def key(sources: Iterable[tuple[str, str]]) -> str:
    """The cache key of a rule set built from ``(origin, text)`` packs by this code."""
    import pydantic

    digest = hashlib.sha256()
    for part in (FORMAT, sys.version, pydantic.VERSION):
        digest.update(part.encode() + b"\0")
    digest.update(_source_digest())
    for origin, text in sources:
        digest.update(origin.encode("utf-8", "replace") + b"\0")
        digest.update(text.encode("utf-8", "surrogatepass") + b"\0")
    return digest.hexdigest()


def cached(sources: list[tuple[str, str]], kind: type[T], build: Callable[[], T]) -> T:
    """The value cached for these sources, else ``build()``'s (then kept for the next run)."""
    folder = cache_dir()
    if folder is None:
        return build()
    try:
        path = folder / f"ruleset-{key(sources)}.pickle"
    except OSError:  # a source file of the package could not be read: no cache
        return build()
    value = _read(path, kind)
    if value is not None:
        return value
    value = build()
    _write(path, value)
    return value


def _read(path: Path, kind: type[T]) -> T | None:
    try:
        with path.open("rb") as handle:
            value = pickle.load(handle)
    except Exception:  # missing, unreadable, truncated or from other code: rebuild
        return None
    return value if isinstance(value, kind) else None


def _write(path: Path, value: object) -> None:
    temp: Path | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".pickle")
        temp = Path(name)
        with os.fdopen(fd, "wb") as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temp, path)  # readers see the old file or the whole new one
    except (OSError, pickle.PicklingError, TypeError, AttributeError):
        if temp is not None:  # a read-only or full disk, an unpicklable value: just no cache
            with contextlib.suppress(OSError):
                temp.unlink(missing_ok=True)
