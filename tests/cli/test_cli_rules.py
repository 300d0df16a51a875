"""``headline-lint rules`` and ``headline-lint explain``."""

from __future__ import annotations

import json

from linter.ruleset import load_ruleset
from tests.cli.helpers import Run


def test_rules_table_lists_every_rule(cli: Run) -> None:
    proc = cli("rules")
    assert proc.returncode == 0
    lines = proc.stdout.splitlines()
    assert lines[0].split() == ["CODE", "NAME", "SEVERITY", "FIELDS", "FIX"]
    rules = load_ruleset().rules
    for rule in rules:
        assert any(line.split()[:3] == [rule.code, rule.name, rule.severity] for line in lines)


def test_rules_json_lists_the_rules_and_the_targets(cli: Run) -> None:
    data = json.loads(cli("rules", "--format", "json").stdout)
    by_name = {row["name"]: row for row in data["rules"]}
    assert by_name["legacy-title"]["code"] == "HL101"
    assert by_name["fancy-unicode"]["fixable"] == "safe"
    assert len(data["rules"]) == len(load_ruleset().rules)
    targets = {t["name"]: t for t in data["targets"]}
    assert set(targets) == set(load_ruleset().targets)
    assert "legacy-title" in targets["ml-research"]["disabled"]
    assert targets["ai-engineer"]["keywords"][0]["phrases"]


def test_explain_is_text_for_people_by_name_or_code(cli: Run) -> None:
    by_name = cli("explain", "legacy-title")
    assert by_name.returncode == 0
    out = by_name.stdout
    assert out.startswith("legacy-title (HL101)\nwarning; checks the headline; fix: unsafe")
    assert "{" not in out and "}" not in out  # no {placeholders}
    assert "'ML Engineer' is the legacy title" in out  # the message, filled in on an example
    assert "fuzzy_max_distance" not in out and "Settings" not in out  # internals: --verbose
    assert cli("explain", "hl101").stdout == out


def test_explain_verbose_adds_the_kind_templates_and_settings(cli: Run) -> None:
    out = cli("explain", "HL101", "--verbose").stdout
    assert "Kind: title" in out and "fuzzy_max_distance: 1" in out
    assert "Message template: '{match}' is the legacy title" in out


def test_explain_unknown_rule_is_a_usage_error_with_a_suggestion(cli: Run) -> None:
    proc = cli("explain", "legacy-titel")
    assert proc.returncode == 2
    assert proc.stderr == (
        "headline-lint: error: unknown rule 'legacy-titel'; did you mean 'legacy-title'?; "
        "see `headline-lint rules`\n"
    )
    assert "did you mean" not in cli("explain", "zzzz").stderr


def test_no_command_prints_help_and_exits_2(cli: Run) -> None:
    proc = cli()
    assert proc.returncode == 2 and "check" in proc.stderr
