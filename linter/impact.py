"""Each fix's score impact, measured: the fixed text is linted and scored like the original."""

from __future__ import annotations

from collections.abc import Callable

from linter.edits import apply_edits
from linter.models import Diagnostic, Profile, Report


def fixed(profile: Profile, diagnostic: Diagnostic) -> Profile:
    """The profile with this one finding's fix applied (its edits do not overlap)."""
    assert diagnostic.fix is not None
    field = diagnostic.field
    text, _ = apply_edits(profile.text(field), list(diagnostic.fix.edits), field)
    return profile.model_copy(update={field: text})


def with_impacts(profile: Profile, report: Report, score: Callable[[Profile], int]) -> Report:
    """The report with each fixable finding's ``impact``: the score of the fixed text minus
    the score now (never negative: a fix never lowers the score, which the tests check)."""
    cache: dict[Profile, int] = {}
    diagnostics = []
    for d in report.diagnostics:
        if d.fix is not None:
            after = fixed(profile, d)
            if after not in cache:
                cache[after] = score(after)
            d = d.model_copy(update={"impact": cache[after] - report.score})
        diagnostics.append(d)
    return report.model_copy(update={"diagnostics": tuple(diagnostics)})
