"""The ``focus`` kind (headline-without-focus): a role without a focus recruiters search for."""

from __future__ import annotations

import pytest

from linter import Profile, lint
from linter.models import Diagnostic

RULE = "headline-without-focus"


def _found(headline: str, summary: str = "") -> list[Diagnostic]:
    report = lint(Profile(headline=headline, summary=summary))
    return [d for d in report.diagnostics if d.rule == RULE]


def test_suggests_only_the_focus_the_abouts_own_work_shows() -> None:
    summary = "I built the chatbot our support team uses, and the object detection on our line."
    (found,) = _found("Data Scientist at Acme", summary)
    assert (found.start, found.end) == (0, 14)
    assert (
        found.message == "'Data Scientist' names a role but no focus recruiters search for with it"
    )
    assert found.suggestions == (
        "Your About shows LLM applications ('chatbot'), computer vision ('object detection'): "
        "name the one you focus on after the title, in those words",
    )


def test_without_support_it_says_what_kind_of_focus_and_invents_none() -> None:
    for summary in ("", "I want to build chatbots one day."):
        (found,) = _found("Senior Data Scientist at Acme", summary)
        assert found.suggestions == (
            "Name the focus of your own work after the title, the way recruiters search for it "
            "(such as LLM applications, AI agents, computer vision, NLP), and only one your "
            "work includes: your About does not yet show one as your own work",
        )


@pytest.mark.parametrize(
    "headline",
    [
        "AI Engineer | RAG and agents in production",
        "Data Scientist | Fraud detection and credit risk",
        "ML Engineer | Computer Vision at the edge",
        "Computer Vision Engineer at Acme",
        "Registered Nurse at City Hospital",
        "Tax Agent at Acme",
        "PhD Candidate | Data Scientist",
        "Founder & CEO | Data Scientist by training",
        "Software Engineer at Acme",  # nothing places it near AI
        "Product Manager | Data Scientist",  # another role leads
    ],
)
def test_silent(headline: str) -> None:
    assert _found(headline) == []


def test_tools_are_no_focus() -> None:
    (found,) = _found("AI Engineer | Python | AWS | Docker")
    assert (found.start, found.end) == (0, 11)
