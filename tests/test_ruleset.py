"""Rule packs: validation errors name the file, the rule and the field; codes are unique."""

from __future__ import annotations

import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from linter import Config, Profile, RulePackError, lint
from linter.loader import parse_pack
from linter.ruleset import load_ruleset

GOOD_RULE = """
[[rule]]
code = "HL901"
name = "team-speak"
kind = "phrase"
severity = "info"
fields = ["headline"]
message = "'{match}' is team jargon"
why = "Nobody searches for it."
suggestion = "Say what you did"
phrases = ["synergize"]
[[rule.examples.bad]]
headline = "We synergize"
span = "synergize"
[[rule.examples.good]]
headline = "We ship"
"""


def test_a_malformed_rule_names_file_rule_and_field() -> None:
    broken = GOOD_RULE.replace('severity = "info"', 'severity = "fatal"')
    with pytest.raises(RulePackError, match=r"my\.toml: rule 'team-speak', field 'severity'"):
        parse_pack(broken, "my.toml")


def test_unknown_kind_and_unknown_key_are_errors() -> None:
    with pytest.raises(RulePackError, match="team-speak"):
        parse_pack(GOOD_RULE.replace('kind = "phrase"', 'kind = "regex"'), "x.toml")
    with pytest.raises(RulePackError, match="pattern"):
        parse_pack(GOOD_RULE + 'pattern = "(a+)+"\n', "x.toml")


def test_missing_examples_and_bad_placeholders_are_errors() -> None:
    no_good = GOOD_RULE[: GOOD_RULE.index("[[rule.examples.good]]")]
    with pytest.raises(RulePackError, match="examples"):
        parse_pack(no_good, "x.toml")
    with pytest.raises(RulePackError, match="unknown placeholder"):
        parse_pack(GOOD_RULE.replace("'{match}'", "'{nope}'"), "x.toml")


def test_invalid_toml_is_an_error() -> None:
    with pytest.raises(RulePackError, match="invalid TOML"):
        parse_pack("[[rule]\n", "x.toml")


def test_extra_pack_adds_a_rule_and_a_reused_code_is_refused(tmp_path: Path) -> None:
    pack = tmp_path / "team.toml"
    pack.write_text(GOOD_RULE, encoding="utf-8")
    config = Config(extra_packs=(str(pack),))
    found = lint(Profile(headline="We synergize"), config).diagnostics
    assert [d.code for d in found if d.rule == "team-speak"] == ["HL901"]
    reused = tmp_path / "reused.toml"
    reused.write_text(GOOD_RULE.replace("HL901", "HL101"), encoding="utf-8")
    with pytest.raises(RulePackError, match="HL101 is already defined"):
        load_ruleset(Config(extra_packs=(str(reused),)))


KEBAB = re.compile(r"[a-z][a-z0-9]*(-[a-z0-9]+)*")


def test_codes_and_names_are_unique_and_kebab_case() -> None:
    rules = load_ruleset().rules
    assert len({r.code for r in rules}) == len({r.name for r in rules}) == len(rules)
    assert [r.name for r in rules if not KEBAB.fullmatch(r.name)] == []
    assert [r.code for r in rules if not re.fullmatch(r"HL\d{3}", r.code)] == []


@pytest.mark.parametrize(
    "name", ["Legacy-Title", "legacy_title", "legacy--title", "-legacy", "legacy-", "legacy title"]
)
def test_a_name_that_is_not_kebab_case_is_refused(name: str) -> None:
    parse_pack(GOOD_RULE, "good.toml")  # the same entry with its own name loads
    text = GOOD_RULE.replace('name = "team-speak"', f"name = {name!r}")
    with pytest.raises(RulePackError, match="field 'name'"):
        parse_pack(text, "test.toml")


def test_a_built_wheel_carries_the_rule_packs(tmp_path: Path) -> None:
    root = Path(__file__).resolve().parents[1]
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(root)],
        check=True,
    )
    (wheel,) = tmp_path.glob("headline_linter-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    shipped = sorted(p.name for p in (root / "rules").glob("*.toml"))
    assert (
        sorted(
            n.split("/")[-1] for n in names if n.startswith("linter/packs/") and n.endswith(".toml")
        )
        == shipped
    )
