from __future__ import annotations

from pathlib import Path

from linter.docs import rule_markdown, rules_markdown
from linter.ruleset import load_ruleset

DOCS = Path(__file__).resolve().parents[1] / "docs" / "rules.md"


def test_rules_md_is_generated_from_the_rule_data() -> None:
    assert DOCS.read_text(encoding="utf-8") == rules_markdown(), (
        "docs/rules.md is stale: run `make docs` (python -m linter.docs > docs/rules.md)"
    )


def test_every_rule_is_documented_with_why_and_examples() -> None:
    text = rules_markdown()
    for rule in load_ruleset().rules:
        section = rule_markdown(rule)
        assert section in text
        assert f"## {rule.name} ({rule.code})" in section
        assert "**Why.**" in section and "**Flags:**" in section and "**Passes:**" in section
