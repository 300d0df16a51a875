"""``voice`` (about-not-own-work): which case the About is, and when it is the person's own."""

from __future__ import annotations

import pytest

from linter import Profile, lint


def _found(summary: str) -> list[tuple[str, str]]:
    report = lint(Profile(summary=summary))
    return [
        (summary[d.start : d.end], d.message.split(": ", 1)[1])
        for d in report.diagnostics
        if d.rule == "about-not-own-work"
    ]


def test_a_company_named_in_the_third_person_is_still_a_company() -> None:
    summary = "Northwind is the best analytics agency in town. We provide dashboards for retail."
    assert _found(summary) == [
        ("We", "it speaks for a company ('we', 'our') and never says what you do there ('We')")
    ]


def test_a_biography_is_quoted_from_its_opening_name() -> None:
    summary = "Ana Lima provides consulting on pricing. Her clients are grocers."
    assert _found(summary) == [
        (
            "Ana Lima provides",
            "it is written about you in the third person, so it reads as someone else's words"
            " ('Ana Lima provides')",
        )
    ]


@pytest.mark.parametrize(
    "summary",
    [
        # one capitalised word before a verb, once, with no pronoun: not enough for a biography
        "Python is what I reach for first, and I ship the pricing API with it.",
        "Data Science is a young field. Co-founded a meetup that grew to 900 members.",
        # a biography-like sentence, but the person speaks too
        "She asked me to rebuild the billing reports; I did, and my version runs every night.",
        # resume bullets: own work without a subject, even beside "we"
        "- Built the ranking service we run in four markets\n- Led our move to Kafka",
        # a resume with verbs the evidence model does not list; a product named far down
        "Clinched a deal with two clouds.\nMapped out six products.\nAcme Tracker is one of "
        "them.\nHere is our company website.",
        # an objective after work done
        "Three years of SQL reporting at Acme. Seeking a role in analytics engineering.",
        # a long text of qualities says more than its qualities
        "Passionate. Creative. Dedicated. Curious. I also ran the Berlin data meetup for years.",
        "",
    ],
)
def test_silent(summary: str) -> None:
    assert _found(summary) == []


def test_a_recommendation_needs_the_person_it_is_about() -> None:
    assert _found("I highly recommend the Rust book to every new engineer.") == []
    summary = "I highly recommend Sam. He rebuilt our search and his tests caught every regression."
    assert _found(summary) == [
        (
            "highly recommend",
            "it reads as a recommendation someone else wrote about you ('highly recommend')",
        )
    ]


@pytest.mark.parametrize("summary", ["Nil", " -- ", "N/A", "TBD.", "..."])
def test_a_stand_in_is_no_about(summary: str) -> None:
    assert _found(summary) == [
        (summary.strip(), f"it is a stand-in, not a word about your work ('{summary.strip()}')")
    ]


@pytest.mark.parametrize("summary", ["I build the API.", "Nothing yet: I start at Acme in May."])
def test_a_short_about_that_says_something_is_no_stand_in(summary: str) -> None:
    assert not [f for f in _found(summary) if "stand-in" in f[1]]
