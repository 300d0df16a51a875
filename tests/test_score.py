from __future__ import annotations

from linter import Profile, lint
from linter.models import Diagnostic
from linter.ruleset import load_ruleset
from linter.schema import ScoreSettings
from linter.score import band, score


def _diag(rule: str, severity: str, start: int = 0) -> Diagnostic:
    return Diagnostic.model_validate(
        {
            "id": f"X:{rule}:{start}",
            "code": "HL999",
            "rule": rule,
            "severity": severity,
            "field": "headline",
            "start": start,
            "end": start,
            "utf16_start": start,
            "utf16_end": start,
            "line": 1,
            "column": start + 1,
            "message": "m",
        }
    )


SETTINGS = load_ruleset().score


def test_score_of_a_known_profile_is_pinned() -> None:
    # 4 buzzwords (warning, capped at 3: 3 x 8), legacy-title (warning: 8) and
    # headline-without-focus (info: 3): 100 - 24 - 8 - 3 = 65
    report = lint(Profile(headline="Passionate guru ninja rockstar | ML Engineer"))
    assert [d.rule for d in report.diagnostics].count("buzzword") == 4
    assert report.score == 65


def test_weights_and_cap_are_applied_per_rule() -> None:
    assert score([], SETTINGS) == 100
    assert score([_diag("a", "error")], SETTINGS) == 85
    assert score([_diag("a", "warning")], SETTINGS) == 92
    assert score([_diag("a", "info")], SETTINGS) == 97
    five = [_diag("a", "warning", i) for i in range(5)]
    assert score(five, SETTINGS) == 76  # only 3 of one rule's findings count
    many = [_diag(f"r{i}", "error") for i in range(10)]
    assert score(many, SETTINGS) == 0  # floored, never negative


def test_other_settings_change_the_score() -> None:
    custom = ScoreSettings(
        weights={"error": 50, "warning": 1, "info": 0}, cap=1, bands=SETTINGS.bands, why="test"
    )
    diags = [_diag("a", "error"), _diag("a", "error", 1), _diag("b", "info")]
    assert score(diags, custom) == 50


def test_bands_read_from_the_data() -> None:
    assert [band(v, SETTINGS).name for v in (100, 80, 79, 50, 49, 0)] == [
        "good",
        "good",
        "fair",
        "fair",
        "poor",
        "poor",
    ]


def test_removing_any_finding_never_lowers_the_score() -> None:
    diags = lint(Profile(headline="PASSIONATE GURU NINJA | ML Engineer | Kaggle")).diagnostics
    full = score(diags, SETTINGS)
    for i in range(len(diags)):
        assert score(diags[:i] + diags[i + 1 :], SETTINGS) >= full
