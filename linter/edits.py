"""Applying a fix's edits to a field's text: one place for ``--fix``, the API and each fix's
measured score impact."""

from __future__ import annotations

from linter.errors import LinterError
from linter.models import Edit


def apply_edits(text: str, edits: list[Edit], field: str) -> tuple[str, int]:
    """Apply non-overlapping edits (the first of two that overlap wins); return the count."""
    out, pos, applied = [], 0, 0
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        if edit.end > len(text):
            raise LinterError(
                f"the report does not belong to this profile: an edit ends at "
                f"{edit.end}, past the end of the {field} ({len(text)})"
            )
        if edit.start < pos:
            continue  # overlaps one already taken: the next round of fix_profile gets it
        out += [text[pos : edit.start], edit.replacement]
        pos = edit.end
        applied += 1
    out.append(text[pos:])
    return "".join(out), applied
