"""``opening`` (research-led-about): what 'opens with' covers and what counts as an outcome."""

from __future__ import annotations

import pytest

from linter import Profile, lint


def _found(summary: str, target: str | None = None) -> list[str]:
    report = lint(Profile(summary=summary, target=target))
    return [summary[d.start : d.end] for d in report.diagnostics if d.rule == "research-led-about"]


def test_a_lead_phrase_past_the_first_words_does_not_open_the_text() -> None:
    assert _found("I write software for warehouses and robots, and sometimes research.") == []
    assert _found("Research on warehouse robots and their path planning.") == ["Research"]


@pytest.mark.parametrize(
    "summary",
    [
        "PhD in robotics. The planner I wrote cut pick times by 12%.",  # a percentage
        "PhD in robotics. My planner runs in production at two warehouses.",  # outcome lexicon
        "PhD in robotics. I deployed the planning API behind our picking app.",  # evidence
        "Market research for consumer brands across Europe.",  # another sense of research
    ],
)
def test_an_outcome_or_another_sense_keeps_it_silent(summary: str) -> None:
    assert _found(summary) == []


def test_off_for_the_research_target() -> None:
    summary = "PhD in robotics, with papers on grasp planning."
    assert _found(summary) == ["PhD"]
    assert _found(summary, target="ml-research") == []
