"""``linter.impact``: each fix's measured score impact, and no fix that would lower the score."""

from __future__ import annotations

from linter import Profile, lint
from linter.impact import fixed, with_impacts

SHOUTING = Profile(headline="Engineer | BUILDING SEARCH AND RANKING FOR RETAIL")


def test_each_fix_carries_the_score_of_its_fixed_text_minus_the_score_now() -> None:
    report = lint(SHOUTING)
    (d,) = [d for d in report.diagnostics if d.rule == "shouting"]
    assert d.fix is not None and d.impact == lint(fixed(SHOUTING, d)).score - report.score


def test_a_fix_that_would_lower_the_score_is_withdrawn_with_its_replacement() -> None:
    report = lint(SHOUTING)
    (d,) = [d for d in report.diagnostics if d.rule == "shouting"]
    assert d.fix is not None
    replacement = d.fix.edits[0].replacement
    lower = with_impacts(SHOUTING, report, lambda p: report.score - 1)
    (after,) = [x for x in lower.diagnostics if x.rule == "shouting"]
    assert after.fix is None and after.impact is None
    assert replacement not in after.suggestions and after.message == d.message
