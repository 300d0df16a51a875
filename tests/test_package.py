"""linter/__init__.py: the public names load on first use, and are the modules' own."""

from __future__ import annotations

import subprocess
import sys

import pytest

import linter
from linter import engine, errors, fixes, models
from tests.support.paths import ROOT


def test_import_linter_loads_nothing_heavy() -> None:
    code = "import sys, linter; print(sorted(m for m in sys.modules if m.startswith('linter')))"
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert proc.stdout.strip() == "['linter']"


def test_every_public_name_is_its_modules_own() -> None:
    assert linter.lint is engine.lint
    assert linter.Profile is models.Profile
    assert linter.LinterError is errors.LinterError
    assert linter.fix_profile is fixes.fix_profile
    for name in linter.__all__:
        assert getattr(linter, name) is not None
        assert name in dir(linter)


def test_unknown_names_are_attribute_errors() -> None:
    with pytest.raises(AttributeError, match="no attribute 'nothing_here'"):
        linter.nothing_here  # noqa: B018
    assert linter.__version__  # still read from the installed metadata
