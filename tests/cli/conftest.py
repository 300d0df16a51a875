"""Fixtures for the command-line tests: the real console script, run as a subprocess."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.cli.helpers import Run
from tests.support.paths import EXAMPLES, console_script


@pytest.fixture
def cli(tmp_path: Path) -> Run:
    """Run ``headline-lint ARGS`` in ``tmp_path`` (or ``cwd``) and return the finished process."""
    script = console_script("headline-lint")

    def run(
        *args: str,
        cwd: Path | None = None,
        stdin: str | None = None,
        env: dict[str, str] | None = None,
    ) -> subprocess.CompletedProcess[str]:
        environment = {**os.environ, "NO_COLOR": "1", **(env or {})}
        return subprocess.run(
            [script, *args],
            cwd=cwd or tmp_path,
            input=stdin,
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=environment,
            timeout=120,
        )

    return run


FAILING_TEXT = """\
---
headline: Senior ML Engineer | PyTorch
---

## About

Passionate about shipping models.
"""


@pytest.fixture
def failing() -> str:
    """A small profile with a legacy title (headline, line 2) and a buzzword (About, line 7)."""
    return FAILING_TEXT


@pytest.fixture
def clean() -> str:
    return (EXAMPLES / "clean-profile.md").read_text(encoding="utf-8")


@pytest.fixture
def write(tmp_path: Path) -> Callable[[str, str | bytes], Path]:
    def _write(name: str, content: str | bytes) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path

    return _write
