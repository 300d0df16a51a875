"""Writing fixed field texts back into the file, the diff, and the atomic write."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from linter.cli import fixwrite
from linter.cli.profile_md import parse_profile
from linter.cli.source import InputError


def rewrite(text: str, **fixed: str) -> str:
    doc, _ = parse_profile(text, "p.md")
    return fixwrite.rewrite(doc, fixed)  # type: ignore[arg-type]


def test_section_edit_touches_only_the_changed_characters() -> None:
    text = "# Me\n\n## About\n<!-- keep me -->\nI   build\nthings.\n\n## Other\nx\n"
    assert rewrite(text, summary="I build\nthings.") == text.replace("I   build", "I build")


def test_front_matter_plain_value_is_edited_in_place() -> None:
    text = "---\nheadline: AI Engineer  | RAG\nother: 1\n---\n"
    assert rewrite(text, headline="AI Engineer | RAG") == text.replace("  |", " |")


def test_front_matter_value_is_quoted_when_the_fix_needs_it() -> None:
    text = "---\nheadline: AI Engineer\n---\n"
    assert rewrite(text, headline="AI Engineer: #1") == '---\nheadline: "AI Engineer: #1"\n---\n'


def test_escaped_front_matter_value_is_replaced_whole() -> None:
    text = '---\nheadline: "AI \\u0045ngineer  x"\n---\n'
    assert rewrite(text, headline="AI Engineer x") == '---\nheadline: "AI Engineer x"\n---\n'


def test_a_fix_across_two_blocks_is_refused() -> None:
    text = "## About\nOne.\n<!-- c -->\nTwo.\n"
    with pytest.raises(InputError, match="between two markdown blocks"):
        rewrite(text, summary="One. Two.")


def test_unchanged_fields_give_the_same_text() -> None:
    text = "## Headline\nAI Engineer\n"
    assert rewrite(text, headline="AI Engineer") == text


def test_unified_diff_names_both_sides() -> None:
    diff = fixwrite.unified_diff("p.md", "a\nb\n", "a\nc\n")
    assert diff.splitlines()[:2] == ["--- a/p.md", "+++ b/p.md"]
    assert "-b" in diff and "+c" in diff


def test_atomic_write_replaces_and_keeps_permissions(tmp_path: Path) -> None:
    path = tmp_path / "p.md"
    path.write_text("old", encoding="utf-8")
    path.chmod(0o640)
    fixwrite.atomic_write(path, b"new")
    assert path.read_bytes() == b"new"
    assert path.stat().st_mode & 0o777 == 0o640
    assert os.listdir(tmp_path) == ["p.md"]


def test_interrupted_write_leaves_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "p.md"
    path.write_text("old", encoding="utf-8")

    def boom(*_args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", boom)
    with pytest.raises(KeyboardInterrupt):
        fixwrite.atomic_write(path, b"new content")
    assert path.read_text(encoding="utf-8") == "old"
    assert os.listdir(tmp_path) == ["p.md"]
