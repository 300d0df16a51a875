"""``linter.evidence.status``: which cue weighs a phrase, asides, events, and ranks as scales."""

from __future__ import annotations

import pytest

from linter.evidence.assess import Assessment, assess
from linter.evidence.compile import compile_evidence
from linter.ruleset import load_ruleset
from linter.text import tokenize

MODEL = compile_evidence(load_ruleset().evidence)


def _read(text: str) -> Assessment:
    return assess(tokenize(text), MODEL)


def _statuses(text: str, phrase: str) -> list[str]:
    found: list[str] = [
        i.status for i in _read(text).items if text[i.start : i.end].lower() == phrase
    ]
    assert found, f"{phrase!r} not weighed in {text!r}"
    return found


def test_an_aside_in_parentheses_keeps_the_cue_of_the_clause_it_interrupts() -> None:
    text = (
        "Built proof-of-concept notebooks demonstrating a RAG chatbot over company documents "
        "(embeddings in a local vector database, LangChain) for the leadership team."
    )
    for phrase in ("embeddings", "vector database", "langchain"):
        assert _statuses(text, phrase) == ["hedged"]
    assert not _read(text).families


def test_an_aside_after_own_work_still_counts() -> None:
    text = "I run the claims API in production (FastAPI on Kubernetes behind the gateway)."
    assert _statuses(text, "fastapi") == ["counted"]
    # and a cue inside the aside stays inside it
    text = "I built the ranking service (a plan to move it to RAG next year) and I run it."
    assert _statuses(text, "rag") == ["aspiration"]
    assert "deployment" in _read(text).families


def test_research_framing_never_lifts_a_wish_or_a_claim_of_expertise() -> None:
    text = "I hope to research and eventually build LLM agents."
    assert _statuses(text, "llm agents") == ["aspiration"]
    text = "I have a deep-seated expertise in neural networks, from fine-tuning LLMs to CV."
    assert _statuses(text, "llms") == ["hedged"]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Ran prompt-engineering workshops for 200 client staff.", "ran"),
        ("I run our monthly LLM meetup for the data team.", "run"),
    ],
)
def test_running_an_event_is_no_deployment(text: str, phrase: str) -> None:
    assert _statuses(text, phrase) == ["other-sense"]
    assert "deployment" not in _read(text).families


def test_an_event_far_from_the_work_word_does_not_discount_it() -> None:
    text = (
        "I build our hosted claims copilot, which runs in our own AWS account, and I fly out "
        "to customers every month to run workshops with their adjusters."
    )
    assert "counted" in _statuses(text, "runs")


@pytest.mark.parametrize(
    "text",
    [
        "Raised model FLOPs utilisation on our 1,024-GPU runs from 38% to 52%.",
        "Cut wasted GPU-hours on our largest run of the model by 15%.",
        "I made a 3-week training run of the model finish in 2.",
    ],
)
def test_a_run_that_is_a_job_is_no_deployment(text: str) -> None:
    assert "deployment" not in _read(text).families


def test_a_system_that_runs_is_still_deployment() -> None:
    assert "deployment" in _read("I run the search API for 40 stores.").families


def test_a_number_after_a_rank_word_is_no_scale() -> None:
    text = "A release of our ASR service is blocked if any top-20 customer regresses."
    assert "scale" not in {i.family for i in _read(text).items if i.status == "counted"}
    text = "I run the ASR service that 20 customers call every day."
    assert _statuses(text, "20 customers") == ["counted"]
