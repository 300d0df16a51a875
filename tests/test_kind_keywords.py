"""The ``keywords`` kind (missing-market-keywords): the families the About's own work shows but
never names in the market's words, and when it stays silent."""

from __future__ import annotations

from linter import Profile, lint
from linter.models import Diagnostic

RULE = "missing-market-keywords"


def _found(headline: str, summary: str = "", target: str | None = None) -> list[Diagnostic]:
    report = lint(Profile(headline=headline, summary=summary, target=target))
    return [d for d in report.diagnostics if d.rule == RULE]


def test_names_the_shown_families_by_share_with_the_persons_words() -> None:
    summary = (
        "I built the chatbot our nurses use, the Flask service behind it, and the semantic "
        "search over our guidelines."
    )
    (found,) = _found("Data Scientist", summary)
    assert found.message == (
        "None of the 3 families your About's own work shows is named in the words AI Engineer "
        "postings use: LLMs (61%), APIs (55%), RAG (39%); found: 'chatbot', 'Flask', "
        "'semantic search'"
    )
    assert (found.field, summary[found.start : found.end]) == ("summary", "chatbot")
    assert found.suggestions[1] == (
        "'chatbot' reads as LLMs work (61% of AI Engineer postings ask for it): if it is, name "
        "it so"
    )
    assert "Only" not in found.message


def test_one_family_reads_as_one() -> None:
    (found,) = _found("Data Scientist", "I wrote the Flask service our shop runs on.")
    assert found.message.startswith("None of the 1 family your About's own work shows")
    assert found.message.endswith("APIs (55%); found: 'Flask'")


def test_never_on_a_headline_alone() -> None:
    assert _found("Senior ML Engineer | PyTorch") == []
    assert _found("Data Scientist at Acme | chatbots and Flask services") == []


def test_silent_when_the_work_is_named_in_the_markets_words() -> None:
    summary = "I built the LLM chatbot our nurses use and its Flask API."
    assert _found("Data Scientist", summary) == []


def test_defers_to_a_legacy_title_without_evidence_but_not_with_it() -> None:
    assert _found("ML Engineer", "I built the chatbot our nurses use.") == []
    summary = "I deployed our REST API to production, and I built the chatbot our nurses use."
    (found,) = _found("ML Engineer", summary)
    assert "LLMs (61%)" in found.message


def test_silent_on_an_unbacked_modern_title() -> None:
    assert _found("AI Engineer", "In a weekend course I built a chatbot.") == []


def test_an_ml_researcher_is_pointed_to_the_research_target_once() -> None:
    summary = "I study how language models learn syntax, and I built the chatbot of our lab."
    (found,) = _found("PhD Candidate in NLP", summary)
    assert found.field == "headline" and found.message == (
        "The headline's role 'PhD Candidate' aims at another market than AI Engineer: these "
        "postings' keywords do not fit it"
    )
    assert found.suggestions == (
        "Lint the profile for the market it aims at: --target ml-research (or 'target: "
        "ml-research' in the profile file)",
    )
    assert _found("PhD Candidate in NLP", summary, target="ml-research") == []


def test_silent_far_from_ai_and_for_executives_and_recruiters() -> None:
    summary = "I built the chatbot our nurses use and the Flask service behind it."
    assert _found("Java Developer", summary) == []  # no AI word anywhere
    assert _found("Founder & CEO | AI", summary) == []
    assert _found("Technical Recruiter | AI", summary) == []
    assert _found("Postdoc in coastal geology", summary) == []  # a researcher far from AI
