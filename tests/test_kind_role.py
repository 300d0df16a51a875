"""``role`` (no-role-title): what counts as a role, what the message says, the span it quotes."""

from __future__ import annotations

import pytest

from linter import Profile, lint


def _found(headline: str) -> list[tuple[str, str]]:
    report = lint(Profile(headline=headline))
    return [
        (headline[d.start : d.end], d.message)
        for d in report.diagnostics
        if d.rule == "no-role-title"
    ]


@pytest.mark.parametrize(
    "headline",
    [
        "Sales exicutive at Northwind",  # one edit from a role word: a typo, not a missing role
        "Datenanalystin bei Acme",  # a German compound ends in a role word
        "Student at Northfield | Junior Developer",
        "数据科学总监",  # a script the lexicon does not cover
        "🚀🚀",  # no word at all
        "Head of Data at Acme",
        "HR at Northwind",
    ],
)
def test_silent(headline: str) -> None:
    assert _found(headline) == []


def test_a_study_status_says_so() -> None:
    assert _found("PhD candidate at Northfield University") == [
        (
            "PhD candidate at Northfield University",
            "The headline names no role a recruiter searches for: 'PhD candidate at Northfield "
            "University' is a study status, not a role",
        )
    ]


def test_student_visa_is_no_study_status() -> None:
    assert _found("Advice on Student Visa and Work Permits") == [
        (
            "Advice on Student Visa and Work Permits",
            "The headline names no role a recruiter searches for: 'Advice on Student Visa and "
            "Work Permits'",
        )
    ]


def test_abbreviations_alone() -> None:
    ((span, message),) = _found("DS / ML")
    assert span == "DS / ML"
    assert message.endswith("is an abbreviation, not a title people search for")


def test_a_long_slogan_is_quoted_up_to_a_word_boundary() -> None:
    headline = "Turning messy spreadsheets into calm, trustworthy decisions for every team I meet"
    ((span, _),) = _found(headline)
    assert span == "Turning messy spreadsheets into calm, trustworthy decisions"
    assert len(span) <= 60


def test_offsets_count_utf16_after_an_emoji() -> None:
    report = lint(Profile(headline="🚀 Turning coffee into insight"))
    (d,) = [d for d in report.diagnostics if d.rule == "no-role-title"]
    assert (d.start, d.end, d.utf16_start, d.utf16_end) == (2, 29, 3, 30)
