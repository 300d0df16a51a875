"""The page build's prebuilt start-up: files added to a zip (the stdlib's) reproducibly."""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "web"))

from build_common import BuildError  # noqa: E402
from build_start import add_to_zip  # noqa: E402


def _zip(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, text in (("json/__init__.py", "x = 1\n"), ("tomllib/_parser.py", "y = 2\n")):
            archive.writestr(zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0)), text)
    return path


def test_files_are_added_and_the_rest_is_kept(tmp_path: Path) -> None:
    path = _zip(tmp_path / "stdlib.zip")
    add_to_zip(path, {"json/__init__.pyc": b"pyc-a", "tomllib/_parser.pyc": b"pyc-b"})
    with zipfile.ZipFile(path) as archive:
        assert archive.read("json/__init__.py") == b"x = 1\n"
        assert archive.read("tomllib/_parser.pyc") == b"pyc-b"
        assert len(archive.namelist()) == 4


def test_the_same_input_gives_the_same_bytes(tmp_path: Path) -> None:
    first, second = _zip(tmp_path / "a.zip"), _zip(tmp_path / "b.zip")
    for path in (first, second):
        add_to_zip(path, {"json/__init__.pyc": b"pyc"})
    assert first.read_bytes() == second.read_bytes()


def test_a_file_already_there_fails_the_build(tmp_path: Path) -> None:
    path = _zip(tmp_path / "stdlib.zip")
    with pytest.raises(BuildError, match="already has"):
        add_to_zip(path, {"json/__init__.py": b"other"})
