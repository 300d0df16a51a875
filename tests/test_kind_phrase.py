"""``phrase``: one finding per phrase per field, and the words after a phrase that cancel it."""

from __future__ import annotations

from linter import Profile, lint


def _found(rule: str, summary: str) -> list[str]:
    report = lint(Profile(summary=summary))
    return [summary[d.start : d.end] for d in report.diagnostics if d.rule == rule]


def test_one_finding_per_cliche_and_its_inflections() -> None:
    summary = (
        "Leveraging Spark, I leveraged Kafka and leverage dbt. Passionate about data; "
        "passionate, too, about the team. Innovative. Cutting-edge and innovative."
    )
    assert _found("buzzword", summary) == [
        "Leveraging",
        "Passionate about",
        "Innovative",
        "Cutting-edge",
    ]


def test_the_same_cliche_in_another_field_is_another_finding() -> None:
    report = lint(Profile(headline="Innovative Data Engineer", summary="Innovative pipelines."))
    assert [d.field for d in report.diagnostics if d.rule == "buzzword"] == ["headline", "summary"]


def test_words_after_a_phrase_cancel_it() -> None:
    assert _found("open-to-work-phrasing", "Open to new opportunities to mentor juniors.") == []
    assert _found("open-to-work-phrasing", "Open to new opportunities in Lisbon.") == [
        "Open to new opportunities"
    ]
