"""Types shared by the command-line tests and their fixtures."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

Run = Callable[..., subprocess.CompletedProcess[str]]
Write = Callable[[str, "str | bytes"], Path]
