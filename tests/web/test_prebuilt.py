"""The page's first visit starts from what the build prepared in Pyodide (web/build_start.py).

The validated rule set ships pickled in the project's wheel, and the standard-library modules
the start-up imports ship as bytecode beside their sources: the page must read both, and
still lint as the engine does.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from playwright.sync_api import Page

from tests.support.paths import runtime_folder
from tests.web.helpers import READY_TIMEOUT_MS, TEST_PATH

pytestmark = pytest.mark.browser

UNCHECKED_HASH_PYC = 0b01  # PEP 552 flags: hash-based, source not checked


def test_the_page_reads_the_prebuilt_rule_set(page: Page, static_server: str) -> None:
    page.goto(static_server + TEST_PATH)
    page.wait_for_selector("body[data-state=ready]", timeout=READY_TIMEOUT_MS)
    marks = page.evaluate("() => performance.getEntriesByType('mark').map(m => m.name)")
    # set by main.py only when no pack was validated in the page
    assert "py:rules-prebuilt" in marks, marks


def test_the_stdlib_modules_of_the_start_up_ship_as_bytecode(dist: Path) -> None:
    with zipfile.ZipFile(dist / runtime_folder(dist) / "python_stdlib.zip") as stdlib:
        names = set(stdlib.namelist())
        pycs = sorted(n for n in names if n.endswith(".pyc"))
        # what the page's start-up imports (the linter's TOML reader, pydantic's dataclasses)
        assert {"tomllib/_parser.pyc", "dataclasses.pyc", "json/decoder.pyc"} <= set(pycs)
        for name in pycs:
            assert name[: -len(".pyc")] + ".py" in names, f"{name}: its source is not kept"
            header = stdlib.read(name)[:16]
            assert int.from_bytes(header[4:8], "little") == UNCHECKED_HASH_PYC, name
