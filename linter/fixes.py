"""Applying fixes: the edits of a report, or repeatedly until nothing more applies (as ruff)."""

from __future__ import annotations

from linter.config import Config
from linter.edits import apply_edits
from linter.engine import lint
from linter.errors import FixNotFoundError
from linter.models import FIELDS, Edit, FieldName, FixResult, Profile, Report

MAX_ROUNDS = 10


def _applicable(report: Report, unsafe: bool) -> dict[FieldName, list[Edit]]:
    edits: dict[FieldName, list[Edit]] = {f: [] for f in FIELDS}
    for d in report.diagnostics:
        if d.fix and (unsafe or d.fix.applicability == "safe"):
            edits[d.field].extend(d.fix.edits)
    return edits


def apply_fixes(profile: Profile, report: Report, unsafe: bool = False) -> Profile:
    """The profile with the report's fixes applied once (safe ones; unsafe ones too if asked).

    Raises ``LinterError`` when the report's edits do not fit the profile's text.
    """
    return _apply_counted(profile, report, unsafe)[0]


def _apply_counted(profile: Profile, report: Report, unsafe: bool) -> tuple[Profile, int]:
    edits = _applicable(report, unsafe)
    changes: dict[str, str] = {}
    total = 0
    for field in FIELDS:
        if edits[field]:
            changes[field], n = apply_edits(profile.text(field), edits[field], field)
            total += n
    return profile.model_copy(update=changes), total


def fix_profile(profile: Profile, config: Config | None = None, unsafe: bool = False) -> FixResult:
    """Lint and fix until no applicable fix remains; the result's report is of the fixed text."""
    applied = 0
    report = lint(profile, config)
    for _ in range(MAX_ROUNDS):
        fixed, n = _apply_counted(profile, report, unsafe)
        if n == 0 or fixed == profile:
            break
        applied += n
        profile = fixed
        report = lint(profile, config)
    return FixResult(profile=profile, report=report, applied=applied)


def apply_fix(profile: Profile, diagnostic_id: str, config: Config | None = None) -> FixResult:
    """Apply the fix of one finding, named by its ``Diagnostic.id``, whatever its safety.

    The profile is linted again here, so an edit never lands on text it was not computed for.
    Raises ``LinterError`` when no finding with that id carries a fix in this text.
    """
    report = lint(profile, config)
    chosen = [d for d in report.diagnostics if d.id == diagnostic_id and d.fix is not None]
    if not chosen:
        raise FixNotFoundError(diagnostic_id)
    one = report.model_copy(update={"diagnostics": tuple(chosen[:1])})
    fixed, applied = _apply_counted(profile, one, unsafe=True)
    return FixResult(profile=fixed, report=lint(fixed, config), applied=applied)
