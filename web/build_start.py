"""The page build's start-up work done once at build time, inside Pyodide under Node.

``pystart.mjs`` runs what the page runs before its first answer, with the built lock and wheels,
and leaves two things the browser would otherwise redo on every first visit:

- the validated rule set, pickled by ``linter.packcache`` under its content key (the packs, the
  linter's source, Python's and pydantic's versions: the same in the page as here), added to the
  project's wheel as ``linter/prebuilt/ruleset-<key>.pickle``; ``main.py`` points
  ``HEADLINE_LINT_CACHE_DIR`` there. Any other key (a changed pack or module) simply misses and
  the packs are validated as before.
- unchecked-hash bytecode of the standard-library modules the start-up imports, added to
  ``python_stdlib.zip`` beside their sources (the npm package ships the stdlib as source only).
"""

from __future__ import annotations

import tempfile
import zipfile
from pathlib import Path

from build_common import WEB, BuildError, log, run
from build_lock import add_to_wheel

PREBUILT = "linter/prebuilt"  # inside the project's wheel; main.py reads the same folder
STDLIB = "python_stdlib.zip"


def prestart(pyodide_dir: Path, project: Path) -> None:
    """Run the start-up in Pyodide; add the rule set to ``project`` and bytecode to the stdlib."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        log("run the page's start-up in Pyodide under Node (rule set pickle, stdlib bytecode)")
        run(["node", str(WEB / "pystart.mjs"), str(pyodide_dir), str(out)], cwd=WEB)
        pickles = sorted((out / "cache").glob("ruleset-*.pickle"))
        if len(pickles) != 1:
            raise BuildError(f"pystart.mjs: expected one rule set pickle, found {pickles}")
        add_to_wheel(project, {f"{PREBUILT}/{pickles[0].name}": pickles[0].read_bytes()})
        stdlib = out / "stdlib"
        pycs = {
            p.relative_to(stdlib).as_posix(): p.read_bytes() for p in sorted(stdlib.rglob("*.pyc"))
        }
        if not pycs:
            raise BuildError("pystart.mjs: no standard-library module was compiled")
        add_to_zip(pyodide_dir / STDLIB, pycs)
        log(f"prebuilt: {pickles[0].name}, {len(pycs)} stdlib modules as bytecode")


def add_to_zip(path: Path, extra: dict[str, bytes]) -> None:
    """Rewrite the zip at ``path`` with ``extra`` files added (fixed times, deflated)."""
    with zipfile.ZipFile(path) as archive:
        entries = [(info, archive.read(info)) for info in archive.infolist()]
    known = {info.filename for info, _ in entries}
    clash = sorted(known & set(extra))
    if clash:
        raise BuildError(f"{path.name} already has {clash[:3]}")
    staging = path.with_suffix(".tmp")
    with zipfile.ZipFile(staging, "w") as archive:
        for info, blob in entries:
            archive.writestr(info, blob)
        for name, blob in extra.items():
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, blob)
    staging.replace(path)
