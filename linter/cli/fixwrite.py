"""Writing fixes back into a profile file: field edits mapped to file edits, a diff, an atomic
write.

The engine fixes the field texts; a character diff of each old field text against the fixed one
gives the changed ranges, which map back to the file through the field's pieces. The rewritten
file is parsed again and must give exactly the fixed texts, or nothing is written.
"""

from __future__ import annotations

import contextlib
import difflib
import json
import os
import tempfile
from pathlib import Path

from linter.cli.profile_md import parse_profile
from linter.cli.source import InputError, ProfileDoc
from linter.models import FieldName


def _edits(doc: ProfileDoc, name: FieldName, new: str, quote: bool) -> list[tuple[int, int, str]]:
    field = doc.fields[name]
    if quote or not field.verbatim:
        if field.node is None:
            raise InputError(f"{doc.path}: cannot write the fixed {name} back")
        return [(field.node[0], field.node[1], json.dumps(new, ensure_ascii=False))]
    edits = []
    matcher = difflib.SequenceMatcher(None, field.text, new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        piece = field.piece_at(i1, i2)
        if piece is None:
            raise InputError(
                f"{doc.path}: cannot write the fixed {name} back: "
                "a fix changes the text between two markdown blocks"
            )
        start = piece.file_start + i1 - piece.field_start
        edits.append((start, start + i2 - i1, new[j1:j2]))
    return edits


def _splice(source: str, edits: list[tuple[int, int, str]]) -> str:
    for start, end, replacement in sorted(edits, reverse=True):
        source = source[:start] + replacement + source[end:]
    return source


def rewrite(doc: ProfileDoc, fixed: dict[FieldName, str]) -> str:
    """The file text with each field replaced by its fixed text (checked by parsing it again)."""
    changed = {n: t for n, t in fixed.items() if n in doc.fields and doc.fields[n].text != t}
    if not changed:
        return doc.source
    for quote in (False, True):  # a plain YAML scalar may need quoting once edited
        edits = [e for n, t in changed.items() for e in _edits(doc, n, t, quote)]
        text = _splice(doc.source, edits)
        try:
            again, _ = parse_profile(text, doc.path)
        except InputError:
            continue
        expected = {n: changed.get(n, f.text) for n, f in doc.fields.items()}
        if {n: f.text for n, f in again.fields.items()} == {n: t for n, t in expected.items() if t}:
            return text
        if not any(doc.fields[n].node for n in changed):
            break
    raise InputError(f"{doc.path}: cannot write the fixes back without changing other text")


def unified_diff(path: str, old: str, new: str) -> str:
    return "".join(
        difflib.unified_diff(
            old.splitlines(keepends=True),
            new.splitlines(keepends=True),
            fromfile=f"a/{path.lstrip('/')}",
            tofile=f"b/{path.lstrip('/')}",
        )
    )


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same directory and a rename,
    so that an interrupted run leaves either the old file or the new one, never half of it."""
    mode = path.stat().st_mode & 0o7777 if path.exists() else None
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
