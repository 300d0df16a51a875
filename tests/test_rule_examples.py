"""Every rule's own examples, from the rule data: each bad one fires it, each good one does not."""

from __future__ import annotations

import pytest

from linter import lint
from linter.kinds import AnyRule
from linter.rule import Example
from linter.ruleset import load_ruleset

RULES = load_ruleset().rules
BAD = [(r, ex) for r in RULES for ex in r.examples.bad]
GOOD = [(r, ex) for r in RULES for ex in r.examples.good]


def _ids(cases: list[tuple[AnyRule, Example]]) -> list[str]:
    return [f"{r.name}-{i}" for i, (r, _) in enumerate(cases)]


def _findings(rule: AnyRule, ex: Example) -> list[tuple[str, str]]:
    profile = ex.profile()
    report = lint(profile)
    return [
        (d.field, profile.text(d.field)[d.start : d.end])
        for d in report.diagnostics
        if d.rule == rule.name
    ]


def test_every_rule_has_both_kinds_of_example() -> None:
    # The models already refuse an empty list; this guards against that check being loosened.
    for rule in RULES:
        assert rule.examples.bad and rule.examples.good, rule.name


@pytest.mark.parametrize(("rule", "example"), BAD, ids=_ids(BAD))
def test_bad_example_fires(rule: AnyRule, example: Example) -> None:
    found = _findings(rule, example)
    assert found, f"{rule.name} did not fire on {example}"
    if example.span is not None:
        field = example.field or rule.fields[0]
        assert (field, example.span) in found, f"{rule.name} flagged {found}, not {example.span!r}"


OFFERS = [(r, ex) for r, ex in BAD if ex.offers is not None]


@pytest.mark.parametrize(("rule", "example"), OFFERS, ids=_ids(OFFERS))
def test_bad_example_offers_exactly_the_stated_title(rule: AnyRule, example: Example) -> None:
    report = lint(example.profile())
    offered = {
        edit.replacement
        for d in report.diagnostics
        if d.rule == rule.name and d.fix is not None
        for edit in d.fix.edits
    }
    assert offered == ({example.offers} if example.offers else set()), example


@pytest.mark.parametrize(("rule", "example"), GOOD, ids=_ids(GOOD))
def test_good_example_is_silent(rule: AnyRule, example: Example) -> None:
    assert _findings(rule, example) == []
