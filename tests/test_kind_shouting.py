"""``shouting``: what is left alone (brands, employers, headings) and what is fixed, and how."""

from __future__ import annotations

import pytest

from linter import Profile, apply_fix, lint


def _found(headline: str = "", summary: str = "") -> list[str]:
    profile = Profile(headline=headline, summary=summary)
    return [
        profile.text(d.field)[d.start : d.end]
        for d in lint(profile).diagnostics
        if d.rule == "shouting"
    ]


@pytest.mark.parametrize(
    ("headline", "summary"),
    [
        ("Backend Engineer at NGDATA", ""),
        ("Java Developer | SPRING", ""),
        ("Analyst @TATA MOTORS", ""),
        ("", "I moved our invoicing to TATA MOTORS' supplier portal."),  # two words in prose
        ("", "CORE SKILLS: Python, SQL\nI run the reporting jobs."),  # a heading and its colon
        ("", "MATLAB/SIMULINK models of braking, which I still maintain."),  # brands joined by /
    ],
)
def test_left_alone(headline: str, summary: str) -> None:
    assert _found(headline, summary) == []


def test_three_words_in_prose_are_shouting_and_the_fix_keeps_acronyms() -> None:
    summary = "I run our data platform. ALWAYS DELIVERING RESULTS for the AWS team."
    assert _found(summary=summary) == ["ALWAYS DELIVERING RESULTS"]
    report = lint(Profile(summary=summary))
    (d,) = [d for d in report.diagnostics if d.rule == "shouting"]
    fixed = apply_fix(Profile(summary=summary), d.id)
    assert (
        fixed.profile.summary
        == "I run our data platform. Always Delivering Results for the AWS team."
    )


def test_the_fix_writes_minor_words_inside_a_run_in_lower_case() -> None:
    headline = "Engineer | BUILDING SEARCH AND RANKING FOR RETAIL"
    (d,) = [d for d in lint(Profile(headline=headline)).diagnostics if d.rule == "shouting"]
    fixed = apply_fix(Profile(headline=headline), d.id)
    assert fixed.profile.headline == "Engineer | Building Search and Ranking for Retail"
