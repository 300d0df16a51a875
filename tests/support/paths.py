"""The checkout's folders and the console scripts of this environment."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
DIST = ROOT / "web" / "dist"
# The workspace's shared data (development sets kept beside the project, never in it): the
# nearest ``shared/data`` above the checkout, so a clone and a git worktree both find it.
SHARED_DATA = next(
    (p / "shared" / "data" for p in ROOT.parents if (p / "shared" / "data").is_dir()),
    ROOT.parent / "shared" / "data",
)


def runtime_folder(dist: Path) -> str:
    """``pyodide-<hash>/``: the built page's runtime folder, as its ``pyscript.json`` names it."""
    interpreter = json.loads((dist / "pyscript.json").read_text("utf-8"))["interpreter"]
    return str(interpreter).rpartition("/")[0] + "/"


def console_script(name: str) -> str:
    """A console script installed next to this interpreter (the project's venv)."""
    found = shutil.which(name, path=str(Path(sys.executable).parent))
    if found is None:
        raise FileNotFoundError(
            f"{name} is not installed next to {sys.executable}: run `make install`"
        )
    return found
