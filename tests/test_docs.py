from __future__ import annotations

import tomllib
from pathlib import Path

from linter.docs import rules_markdown

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs" / "rules.md"


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_rules_md_is_generated_from_the_rule_data() -> None:
    assert DOCS.read_text(encoding="utf-8") == rules_markdown(), (
        "docs/rules.md is stale: run `make docs` (python -m linter.docs > docs/rules.md)"
    )


def test_every_rule_in_the_packs_is_documented_with_its_own_words() -> None:
    # Read the packs as plain TOML, not through the loader the generator uses: the page must
    # hold each rule's heading, message, why, suggestion and examples as the data states them.
    text = DOCS.read_text(encoding="utf-8")
    entries = [
        rule
        for pack in sorted((ROOT / "rules").glob("*.toml"))
        for rule in tomllib.loads(pack.read_text(encoding="utf-8")).get("rule", [])
    ]
    assert len(entries) > 10
    for rule in entries:
        heading = f"## {rule['name']} ({rule['code']})"
        assert heading in text, heading
        section = text.split(heading, 1)[1].split("\n## ", 1)[0]
        for key in ("message", "why", "suggestion"):
            assert _flat(rule[key]) in section, (rule["name"], key)
        for example in rule["examples"]["bad"] + rule["examples"]["good"]:
            if example.get("headline"):
                assert f"`{example['headline']}`" in section, (rule["name"], example)
