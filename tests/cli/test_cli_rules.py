"""``headline-lint rules`` and ``headline-lint explain``."""

from __future__ import annotations

import json

from linter.docs import rule_markdown
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


def test_rules_json(cli: Run) -> None:
    rows = json.loads(cli("rules", "--format", "json").stdout)
    by_name = {row["name"]: row for row in rows}
    assert by_name["legacy-title"]["code"] == "HL101"
    assert by_name["fancy-unicode"]["fixable"] == "safe"
    assert len(rows) == len(load_ruleset().rules)


def test_explain_prints_the_rules_documentation_by_name_or_code(cli: Run) -> None:
    rule = load_ruleset().find("buzzword")
    assert rule is not None
    expected = rule_markdown(rule)
    by_name = cli("explain", "buzzword")
    assert by_name.returncode == 0
    assert by_name.stdout.rstrip("\n") == expected.rstrip("\n")
    assert cli("explain", rule.code.lower()).stdout == by_name.stdout


def test_explain_unknown_rule_is_a_usage_error(cli: Run) -> None:
    proc = cli("explain", "no-such-rule")
    assert proc.returncode == 2
    assert "unknown rule 'no-such-rule'" in proc.stderr


def test_no_command_prints_help_and_exits_2(cli: Run) -> None:
    proc = cli()
    assert proc.returncode == 2 and "check" in proc.stderr
