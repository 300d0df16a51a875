"""The evidence model's reading of a sentence: statuses, scopes, senses and agents."""

from __future__ import annotations

from collections.abc import Callable

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


# Plain words for the families (issue 11): each counts as the person's own work, and its
# aspiration, learning or someone else's variant does not.
PLAIN = [
    # deployment: a new version of a model put where it runs, one site at a time
    ("deployment", "I put new versions of the model onto the scanners, one store at a time."),
    # reliability: warned when it breaks, the old version put back
    ("reliability", "I get alerted when the ranking service is slow."),
    ("reliability", "If a release misbehaves I can put the old version back in a minute."),
    ("reliability", "My pricing service has to answer within 40 milliseconds."),
    # apis: other software calls the person's service, their code calls a model
    ("apis", "The checkout software asks my service for a fraud score on every order."),
    ("apis", "I wrote the code that calls the model and the checks around it."),
    # evaluation: a change must pass a fixed test before it goes out
    ("evaluation", "I run every change against our 500 real questions before it goes out."),
    (
        "evaluation",
        "I block a release unless it beats the version already running on our fixed set.",
    ),
    # retrieval: a system that finds the pages or looks things up
    ("retrieval", "I wrote the search tool that finds the right pages in our manuals."),
    ("retrieval", "I built the service that lets our assistant look things up."),
    # llm-apps: a model that writes, or that may look things up and act
    ("llm-apps", "I built the pieces that let the model look up flights and make bookings."),
    ("llm-apps", "I added a small model that writes a one-line summary of each defect."),
    ("llm-apps", "I built an agent that reconciles supplier invoices."),
    # scale: the places a system runs in
    ("scale", "I run the stock forecasting service used in 210 stores."),
]


@pytest.mark.parametrize(("family", "text"), PLAIN)
def test_plain_words_for_a_family_count_as_own_work(family: str, text: str) -> None:
    assert family in _read(text).families


def _colleagues(text: str) -> str:
    """The same work, done by a colleague."""
    if text.startswith("My "):
        return "My colleague's " + text[3:]
    if "I " not in text:
        return text.replace(" my ", " my colleague's ", 1)
    return text.replace("I ", "my colleague ", 1)


@pytest.mark.parametrize(("family", "text"), PLAIN)
@pytest.mark.parametrize(
    "variant",
    [
        "Next year I want to do this: {}".format,  # a plan
        "In a weekend course: {}".format,  # a course
        _colleagues,  # someone else's work
    ],
)
def test_plain_words_in_a_plan_a_course_or_a_colleagues_work_do_not(
    family: str, text: str, variant: Callable[[str], str]
) -> None:
    assert family not in _read(variant(text)).families


def test_a_sentence_opening_with_it_is_about_what_the_one_before_names() -> None:
    text = "I wrote the tool that finds the right pages.\n\nIt has been running in 210 stores."
    assert _status(text, "running") == "counted"
    assert _status(text, "210 stores") == "counted"
    # the thing before was a course project: so is "it"
    course = "In a course I built a question tool.\n\nIt has been running in 2 stores."
    assert _status(course, "running") != "counted"
    # with nothing before it, "it" names no software
    assert _status("It has been running in 210 stores.", "running") == "other-sense"


def test_a_gate_after_unless_is_no_negation() -> None:
    text = "I let no new version go in unless it passes our fixed set of 9,000 pictures."
    assert _status(text, "fixed set") == "counted"
    assert _status("I have never run a model against a fixed set.", "fixed set") == "negated"


def test_what_a_model_was_trained_on_is_no_research() -> None:
    text = "New photos are compared with those we trained on, and I get a warning when they drift."
    assert _status(text, "get a warning") == "counted"
    assert _status("I trained models and I get a warning when they drift.", "get a warning") == (
        "research"
    )


def test_new_is_no_news() -> None:
    # "news" is matched as "new": only its news phrases are a topic
    assert _status("I ship new features behind canary releases.", "canary releases") == "counted"
    assert _status("I post AI news about model serving.", "model serving") == "topic"


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("I built the reply assistant for our 380 support agents.", "380 support agents"),
        ("I built the reply assistant for our support agents.", "support agents"),
        ("I built the LLM tool that call-centre agents use.", "call-centre agents"),
        ("I built the speech service behind our agent-assist product.", "agent-assist"),
        ("The bot lays out options for one of our travel agents.", "travel agents"),
    ],
)
def test_agents_who_are_people_are_no_ai_agents(text: str, phrase: str) -> None:
    assert _status(text, phrase) in ("other-sense", "counted")
    assert not any(
        i.family == "llm-apps"
        and text[i.start : i.end].lower().endswith("agents")
        and i.status == "counted"
        for i in _read(text).items
    )


@pytest.mark.parametrize(
    "text",
    [
        "I built 3 LLM agents that file invoices.",
        "I built an agent that reconciles invoices.",
        "I designed our multi-agent system for claims triage.",
        "I built the support agent that answers billing questions with our LLM.",
    ],
)
def test_real_ai_agents_still_count(text: str) -> None:
    assert "llm-apps" in _read(text).families


def test_a_launch_is_no_deployment() -> None:
    for text in (
        "I launched our new product line across 12 markets.",
        "I launched and optimised campaigns for our mobile app.",
        "I took three web products from idea to launch.",
    ):
        assert "deployment" not in _read(text).families, text
