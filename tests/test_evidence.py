"""The evidence model's reading of a sentence: statuses, scopes, senses and agents."""

from __future__ import annotations

import pytest

from linter.evidence.assess import Assessment, assess
from linter.evidence.compile import compile_evidence
from linter.ruleset import load_ruleset
from linter.text import tokenize

MODEL = compile_evidence(load_ruleset().evidence)


def _read(text: str) -> Assessment:
    return assess(tokenize(text), MODEL)


def _status(text: str, phrase: str) -> str:
    found = _read(text)
    for item in found.items:
        if text[item.start : item.end].lower() == phrase.lower():
            return item.status
    raise AssertionError(f"{phrase!r} not weighed in {[(i.family, i.status) for i in found.items]}")


@pytest.mark.parametrize(
    ("text", "phrase", "status"),
    [
        ("I deployed the ranking API to production.", "deployed", "counted"),
        ("I have never deployed a model to production.", "deployed", "negated"),
        ("I deployed the search API, and it has never failed since.", "deployed", "counted"),
        ("No unplanned downtime since I shipped the API.", "shipped", "counted"),
        ("Next year I plan to ship RAG services.", "RAG services", "aspiration"),
        ("I'd like to move into testing GenAI products.", "GenAI", "aspiration"),
        ("A course where I built a RAG demo.", "RAG", "learning"),
        ("After my bootcamp I joined Acme, where I now run the search API.", "search", "counted"),
        ("Familiar with FastAPI and Kubernetes.", "FastAPI", "hedged"),
        ("My manager built the LLM gateway; I label data.", "LLM gateway", "others"),
        ("Stack: FastAPI, Docker, RAG, LangChain", "FastAPI", "list"),
        ("Deployed twice to Afghanistan with my brigade.", "Deployed", "other-sense"),
        ("I ran post-production for feature films.", "ran", "other-sense"),
        ("I run training experiments on the GPU model.", "run", "research"),
        ("I advise boards on where LLMs create value.", "LLMs", "topic"),
        ("Our RAG service serves 50M requests a day.", "RAG service", "team"),
        ("I run the search API that serves 4,000 requests a second.", "4,000 requests", "counted"),
        ("I built the bot our 300 analysts query daily.", "300 analysts", "counted"),
    ],
)
def test_each_status_in_its_own_sentence(text: str, phrase: str, status: str) -> None:
    assert _status(text, phrase) == status


def test_team_work_counts_once_an_own_part_is_named() -> None:
    text = "Our team shipped semantic search to 12 markets. My part: I wrote its gRPC API."
    assert _status(text, "shipped") == "counted"
    assert {"deployment", "apis"} <= _read(text).systems


def test_a_family_counts_once_whatever_its_phrases() -> None:
    text = "I built RAG, retrieval-augmented generation and retrieval for our assistant."
    assert _read(text).families == frozenset({"retrieval", "llm-apps"})


def test_forward_deployed_needs_customer_embedded_ai_deployment_in_one_sentence() -> None:
    yes = "I work on site with our clients, deploying our LLM agents inside their infrastructure."
    nurse = "I work on site with the ICU team, embedded with them, and I monitor patients."
    goal = "My goal is to work on site with clients, deploying agents inside their infrastructure."
    assert _read(yes).forward_deployed
    assert not _read(nurse).forward_deployed
    assert not _read(goal).forward_deployed


def test_an_empty_or_evidence_free_text_has_nothing() -> None:
    assert _read("").items == ()
    assert _read("I love hiking and sourdough.").families == frozenset()


def test_a_list_in_parentheses_names_features_not_work_done() -> None:
    pitch = (
        "I work with banks to find use cases for our platform (RAG, LLM orchestration, MCP "
        "integrations and scalable deployment on AWS or Azure)."
    )
    assert _status(pitch, "RAG") == "list"
    assert _status(pitch, "deployment") == "list"
    # an aside that is not a list leaves the work it names counted
    assert _status("I deployed the ranking model (behind a FastAPI service).", "FastAPI") == (
        "counted"
    )


def test_a_resumes_bullets_are_its_authors_work() -> None:
    resume = (
        "At Acme I built the support assistant.\n\n"
        "- Retrieval over 2,300 help articles picks the passages for each question.\n"
        "- Deployed behind a FastAPI service with canary releases."
    )
    assert _status(resume, "Retrieval") == "counted"
    assert _status(resume, "FastAPI") == "counted"
    # with no work the author says they did, bullets stay nobody's in particular
    brochure = (
        "Acme is a support platform.\n\n- Retrieval over 2,300 help articles.\n"
        "- A FastAPI service with canary releases."
    )
    assert _status(brochure, "Retrieval") == "team"
    # a bullet that names its own subject keeps it: another team's work is not the author's
    ours = "I built the assistant.\n\n- Our platform team runs the FastAPI service."
    assert _status(ours, "FastAPI") == "others"


def test_bullets_read_as_their_lead_in_line_frames_them() -> None:
    courses = (
        "I have completed the following courses:\n"
        "- Building RAG Agents with LLMs\n- Deploying LLM APIs on Kubernetes"
    )
    assert _status(courses, "RAG") == "learning"
    assert _read(courses).families == frozenset()
    offer = "What I can do:\n- Design and build RAG pipelines\n- Deploy AI microservices"
    assert _status(offer, "RAG pipelines") == "hedged"
    skills = "I built our support bot.\n\nAREAS OF EXPERTISE\n- Retrieval-Augmented Generation"
    assert _status(skills, "Retrieval-Augmented Generation") == "list"
    # a lead-in with no cue leaves its bullets the author's work
    impact = "I built the support assistant.\n\nSelected work:\n- Deployed it behind FastAPI"
    assert _status(impact, "FastAPI") == "counted"


def test_a_bullet_with_no_work_verb_is_no_work_of_the_author() -> None:
    text = "I built my portfolio site.\n\n- LLM agents and RAG"
    assert _status(text, "RAG") == "team"
    assert _read(text).families == frozenset()


def test_a_claim_of_expertise_is_no_work_done() -> None:
    text = "I have deep expertise across the AI landscape: LLMs, RAG, agents and robotics."
    assert _status(text, "RAG") == "hedged"
    # what the person then says they did counts
    assert _status("Expert in RAG; I built the search API for our shop.", "API") == ("counted")


def test_a_topic_named_by_a_course_or_a_hashtag_is_no_work() -> None:
    assert _status("I completed a 2-week Generative AI bootcamp.", "Generative AI") == "learning"
    assert _status("I built our bot. #RAG #LLM", "RAG") == "list"


def test_two_cues_of_one_status_keep_their_own_scopes() -> None:
    # "concept" is a clause-wide hedge; the expertise hedge is sentence-wide: one must not
    # take the other's scope
    text = "Built a proof of concept; then I shipped the RAG service to 40 stores."
    assert _status(text, "RAG service") == "counted"
