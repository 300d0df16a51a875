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
    the score now. A fix never lowers the score: one that would (the About's own role put in
    a headline, where it is a modern title the About does not back) is withdrawn, and its
    replacement with it; the finding and its advice stay."""
    cache: dict[Profile, int] = {}
    diagnostics = []
    for d in report.diagnostics:
        if d.fix is not None:
            after = fixed(profile, d)
            if after not in cache:
                cache[after] = score(after)
            impact = cache[after] - report.score
            if impact < 0:
                withdrawn = {e.replacement for e in d.fix.edits}
                kept = tuple(s for s in d.suggestions if s not in withdrawn)
                d = d.model_copy(update={"fix": None, "impact": None, "suggestions": kept})
            else:
                d = d.model_copy(update={"impact": impact})
        diagnostics.append(d)
    return report.model_copy(update={"diagnostics": tuple(diagnostics)})
