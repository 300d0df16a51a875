from __future__ import annotations

from collections import Counter

from linter import Profile, lint
from linter.score import CAP, WEIGHTS, score


def test_score_is_100_minus_capped_weights_per_rule() -> None:
    report = lint(Profile(headline="Passionate guru ninja rockstar | ML Engineer"))
    per_rule = Counter((d.rule, d.severity) for d in report.diagnostics)
    assert per_rule[("buzzword", "warning")] == 4
    expected = 100 - sum(WEIGHTS[sev] * min(n, CAP) for (_, sev), n in per_rule.items())
    assert report.score == max(0, expected) < 100


def test_removing_any_finding_never_lowers_the_score() -> None:
    diags = lint(Profile(headline="PASSIONATE GURU NINJA | ML Engineer | Kaggle")).diagnostics
    full = score(diags)
    for i in range(len(diags)):
        assert score(diags[:i] + diags[i + 1 :]) >= full
