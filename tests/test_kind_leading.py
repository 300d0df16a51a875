"""``leading`` (credential-first): a credential that is the position itself is no lead."""

from __future__ import annotations

import pytest

from linter import Profile, lint


def _found(headline: str) -> list[str]:
    report = lint(Profile(headline=headline))
    return [headline[d.start : d.end] for d in report.diagnostics if d.rule == "credential-first"]


@pytest.mark.parametrize(
    "headline",
    [
        "PhD Candidate in NLP",
        "PhD Researcher | Robot learning",
        "MSc Student at Northfield",
        "Ph.D. student, speech",
    ],
)
def test_the_credential_is_the_position(headline: str) -> None:
    assert _found(headline) == []


def test_a_credential_before_the_role_is_flagged() -> None:
    assert _found("PhD | Data Scientist") == ["PhD"]
    assert _found("MBA, Product Manager") == ["MBA"]
