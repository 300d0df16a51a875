"""``role`` (no-role-title): what counts as a role, what the message says, the span it quotes."""

from __future__ import annotations

import pytest

from linter import Profile, lint
from linter.kinds._titles import TitleFields
from linter.kinds.role import Rule as RoleRule
from linter.models import Diagnostic
from linter.ruleset import load_ruleset


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


def _role_finding(headline: str, summary: str) -> Diagnostic:
    found = lint(Profile(headline=headline, summary=summary)).diagnostics
    return next(d for d in found if d.rule == "no-role-title")


def test_the_role_the_about_opens_with_is_offered_first_in_its_own_words() -> None:
    about = "I am a Bangkok-based Machine Learning Engineer with five years in e-commerce search."
    d = _role_finding("ML, LLMs, Computer Vision", about)
    assert d.fix is not None and d.fix.applicability == "unsafe"
    assert [e.replacement for e in d.fix.edits] == [
        "Machine Learning Engineer | ML, LLMs, Computer Vision"
    ]
    assert "'Machine Learning Engineer'" in d.suggestions[1]
    assert d.impact is not None and d.impact > 0  # a role title earns title points


@pytest.mark.parametrize(
    "about",
    [
        "",
        "I work as an engineer on our search team.",  # a word in a sentence, not a title
        "I love hard problems, good coffee and long walks with my two dogs.\n\n"
        "Data Engineer at Acme.",  # not where the About opens
    ],
)
def test_no_fix_without_a_role_the_about_opens_with(about: str) -> None:
    d = _role_finding("ML, LLMs, Computer Vision", about)
    assert d.fix is None


@pytest.mark.parametrize(
    ("about", "role"),
    [
        ("I am a software engineer on the billing platform at Acme.", "Software Engineer"),
        ("Software engineer who keeps our payment services fast.", "Software Engineer"),
        (
            "Curious Go Backend developer at a logistics startup.",
            "Go Backend Developer",
        ),
        (
            "Experienced Quality Safety & Compliance Manager at a rail firm.",
            "Quality Safety & Compliance Manager",
        ),
        ("As a dedicated ml engineer at Acme, I build ranking services.", "ML Engineer"),
        ("Senior software engineer at Acme, on the ranking team.", "Senior Software Engineer"),
        (
            "Sales And Partnerships Specialist at a robotics firm.",
            "Sales And Partnerships Specialist",
        ),
    ],
)
def test_a_role_in_sentence_case_is_offered_as_a_title(about: str, role: str) -> None:
    d = _role_finding("ML, LLMs, Computer Vision", about)
    assert d.fix is not None
    assert [e.replacement for e in d.fix.edits] == [f"{role} | ML, LLMs, Computer Vision"]


@pytest.mark.parametrize(
    "about",
    [
        "Worked at Acme as a product manager; these days I study statistics.",  # held before
        "Previously a data engineer at Acme, now studying.",
        "I am a calm and friendly worker who likes tidy code.",  # adjectives
        "I am a field geologist/data scientist.",  # two roles in one
        "I am a full-stack developer.",  # a compound a cut would break
        "PMP & ITIL4 certified professional, detail minded.",  # a cut would drop a part
        "I am a Bangkok-based engineer.",  # one word in a sentence
    ],
)
def test_no_role_offered_that_the_about_does_not_hold_now_as_a_title(about: str) -> None:
    assert _role_finding("ML, LLMs, Computer Vision", about).fix is None


def test_no_fix_that_would_make_the_headline_too_long() -> None:
    headline = ("Retrieval, ranking and evaluation for marketplaces | " * 4)[:210].strip()
    assert len(headline) + len("Senior Machine Learning Engineer | ") > 220
    d = _role_finding(headline, "Senior Machine Learning Engineer at a marketplace.")
    assert d.fix is None


def test_an_about_that_opens_with_a_modern_title_it_does_not_back_gets_no_offer() -> None:
    headline = "Curious mind | coffee | hiking"
    unbacked = _role_finding(headline, "AI Engineer. I love hiking and good coffee.")
    assert unbacked.fix is None
    assert not [s for s in unbacked.suggestions if "AI Engineer" in s]
    backed = _role_finding(
        headline, "AI Engineer. I build RAG assistants and ship them behind FastAPI on Kubernetes."
    )
    assert backed.fix is not None and backed.impact is not None and backed.impact > 0


def test_the_claims_are_the_modern_titles_of_unsupported_title() -> None:
    rules = {r.name: r for r in load_ruleset().rules}
    role, claim = rules["no-role-title"], rules["unsupported-title"]
    assert isinstance(role, RoleRule) and isinstance(claim, TitleFields)
    assert role.claims and set(role.claims) <= set(claim.titles)


def test_no_fix_that_would_copy_a_lone_surrogate_into_the_wire_format() -> None:
    report = lint(Profile(headline="Topics \ud800 and ideas", summary="Data Engineer at Acme."))
    (d,) = [d for d in report.diagnostics if d.rule == "no-role-title"]
    assert d.fix is None
    assert "'Data Engineer'" in d.suggestions[0]  # the advice still names the role
    report.model_dump_json()  # encodes: no lone surrogate in any field
