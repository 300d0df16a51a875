"""Debian's headless Chromium (never ``playwright install``), launched with the offline flags."""

from __future__ import annotations

import os
from pathlib import Path

from playwright.sync_api import Browser, Playwright

CHROMIUM = Path(os.environ.get("HEADLINE_LINT_CHROMIUM", "/usr/bin/chromium"))
# No sandbox (containers, root), no GPU, and nothing that would reach the network on its own.
FLAGS = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)


def missing() -> str | None:
    """Why Chromium cannot be launched, or ``None`` when it can."""
    if os.access(CHROMIUM, os.X_OK):
        return None
    return f"{CHROMIUM} is missing: `apt-get install -y chromium` (make test does)"


def launch(playwright: Playwright) -> Browser:
    """Headless Chromium with the offline flags; the caller closes it."""
    problem = missing()
    if problem is not None:
        raise FileNotFoundError(problem)
    return playwright.chromium.launch(
        executable_path=str(CHROMIUM), headless=True, args=list(FLAGS)
    )
