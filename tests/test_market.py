"""linter.market: what a profile says in the market's words, and what its own work shows."""

from __future__ import annotations

import pytest

from linter import market
from linter.config import Config
from linter.context import Context
from linter.engine import compile_rules
from linter.models import Profile
from linter.ruleset import load_ruleset


def _ctx(headline: str = "", summary: str = "") -> Context:
    compiled = compile_rules(Config())
    return Context.build(
        Profile(headline=headline, summary=summary),
        compiled.target,
        load_ruleset().lexicons,
        compiled.tries,
        None,
        compiled.evidence,
    )


@pytest.mark.parametrize(
    ("summary", "family"),
    [
        ("Ten years as a tax agent in Leeds.", "agents"),
        ("A reliable team player.", "reliability"),
        ("I led the customer service desk.", "customer-facing"),
        ("I built churn models on customer data.", "customer-facing"),
        ("I drew word clouds for the board.", "cloud (AWS/GCP/Azure)"),
    ],
)
def test_another_senses_phrase_is_not_the_family(summary: str, family: str) -> None:
    assert family not in market.said(_ctx(summary=summary))


@pytest.mark.parametrize(
    ("summary", "family"),
    [
        ("I do MLOps for our forecasting team.", "deployment"),
        ("I moved our reports to a cloud-based warehouse.", "cloud (AWS/GCP/Azure)"),
        ("I trained it on AzureML.", "cloud (AWS/GCP/Azure)"),
        ("I present the results to our clients.", "customer-facing"),
        ("I worked on scaling the ingestion jobs.", "scalability"),
        ("We build AI agents for insurers.", "agents"),
    ],
)
def test_synonyms_real_profiles_use_are_said(summary: str, family: str) -> None:
    assert family in market.said(_ctx(summary=summary))


def test_the_headline_alone_says_what_it_names() -> None:
    ctx = _ctx(headline="Data Scientist | LLM agents")
    assert {"LLMs", "agents"} <= market.in_headline(ctx)
    assert market.in_headline(_ctx(headline="Tax Agent at Acme")) == frozenset()


def test_own_work_shows_a_family_in_the_persons_words() -> None:
    summary = "I built the chatbot our nurses use, and the Flask service behind it."
    ctx = _ctx(summary=summary)
    shown = market.shown(ctx, ["LLMs", "APIs", "RAG"])
    assert {name: summary[a:b] for name, (a, b) in shown.items()} == {
        "LLMs": "chatbot",
        "APIs": "Flask",
    }


@pytest.mark.parametrize(
    "summary",
    [
        "I have never built a chatbot.",
        "Next year I want to build a chatbot.",
        "In a weekend course I built a chatbot.",
        "Familiar with chatbots and Flask.",
        "Skills: chatbots, Flask, Django",
        "My manager built the chatbot; I label data.",
    ],
)
def test_what_is_not_own_work_shows_nothing(summary: str) -> None:
    assert market.shown(_ctx(summary=summary), ["LLMs", "APIs"]) == {}


def test_an_ambiguous_work_word_needs_its_software_sense() -> None:
    assert market.shown(_ctx(summary="I shipped the parcels to Leeds."), ["deployment"]) == {}
    ctx = _ctx(summary="I shipped the booking app for our clinics.")
    assert market.shown(ctx, ["deployment"]) == {"deployment": (2, 9)}


@pytest.mark.parametrize(
    "summary",
    [
        "I launched the booking app for our clinics.",  # a launch is a product's
        "I led the launch of our new product line across 12 markets.",
        "Launched and optimised campaigns for our mobile app.",
    ],
)
def test_a_launch_shows_no_deployment(summary: str) -> None:
    assert market.shown(_ctx(summary=summary), ["deployment"]) == {}


def test_consulting_is_no_customer_facing_engineering() -> None:
    ctx = _ctx(summary="Ten years in strategy consulting; now I build ML pricing models.")
    assert market.shown(ctx, ["customer-facing"]) == {}
    ctx = _ctx(summary="I build ML pricing models and explain them in pre-sales calls.")
    assert "customer-facing" in market.shown(ctx, ["customer-facing"])


@pytest.mark.parametrize(
    "summary",
    [
        "I built the assistant our 300 agents use every day.",
        "I built the reply assistant for our support agents.",
        "I built the LLM tool that call-centre agents use.",
        "I built the rebooking bot; our travel agents pick from its options.",
    ],
)
def test_agents_who_are_people_are_no_ai_agents(summary: str) -> None:
    assert "agents" not in market.said(_ctx(summary=summary))


@pytest.mark.parametrize(
    "summary",
    [
        "I built 3 LLM agents that file invoices.",
        "I built an agent that reconciles invoices for our finance team.",
        "I designed our multi-agent system for claims triage.",
    ],
)
def test_real_ai_agents_are_still_agents(summary: str) -> None:
    assert "agents" in market.said(_ctx(summary=summary))


def test_a_commission_agent_headline_names_no_ai_agents() -> None:
    assert "agents" not in market.in_headline(_ctx(headline="Commission Agent | Textiles"))


def test_first_role_is_the_leftmost_and_names_its_lexicon() -> None:
    ctx = _ctx(headline="PhD Candidate | Data Scientist at Acme")
    found = market.first_role(ctx, ("focus-roles", "research-roles"))
    assert found is not None and found[0] == "research-roles"
    assert ctx.span_text("headline", found[1].start, found[1].end) == "PhD Candidate"
    assert market.first_role(_ctx(headline="Registered Nurse"), ("focus-roles",)) is None
