"""Shared by the command-line tests (a plain module: test files import it by name)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"

Run = Callable[..., subprocess.CompletedProcess[str]]
Write = Callable[[str, "str | bytes"], Path]


def console_script(name: str) -> str:
    """A console script installed next to this interpreter (the project's venv)."""
    found = shutil.which(name, path=str(Path(sys.executable).parent))
    assert found, f"{name} is not installed next to {sys.executable}: run `make install`"
    return found
