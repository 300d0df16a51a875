"""In-file suppressions, through the same function ``check`` uses (the real engine)."""

from __future__ import annotations

from linter import Config
from linter.cli.lintfile import lint_doc
from linter.cli.profile_md import parse_profile

# two different clichés: buzzword reports each cliché once per field
BASE = """\
## Headline
Senior ML Engineer | PyTorch

## About
{before}
Passionate about models.
{between}
A team player for data.
"""


def findings(before: str = "", between: str = "", unused: bool = False) -> list[tuple[str, int]]:
    text = BASE.format(before=before, between=between)
    doc, _ = parse_profile(text, "p.md")
    report, ends = lint_doc(doc, Config(select=("legacy-title", "buzzword")), None, unused)
    assert len(ends) == len(report.diagnostics)
    return [(d.rule, d.line) for d in report.diagnostics]


def test_without_suppressions_every_finding_is_reported() -> None:
    assert findings() == [("legacy-title", 2), ("buzzword", 6), ("buzzword", 8)]


def test_disable_next_line_silences_only_the_next_text_line() -> None:
    got = findings(before="<!-- headline-lint: disable-next-line buzzword -->\n")
    assert got == [("legacy-title", 2), ("buzzword", 9)]


def test_disable_covers_the_rest_of_the_file_only() -> None:
    got = findings(between="<!-- headline-lint: disable HL301 -->")
    assert got == [("legacy-title", 2), ("buzzword", 6)]


def test_several_names_codes_and_prefixes_at_once() -> None:
    got = findings(before="<!-- headline-lint: disable shouting, HL3 legacy-title -->")
    assert got == [("legacy-title", 2)]  # the headline comes before the comment


def test_disable_without_names_silences_everything_after_it() -> None:
    assert findings(before="<!-- headline-lint: disable -->") == [("legacy-title", 2)]


def test_unknown_rule_in_a_suppression_is_reported_where_it_is() -> None:
    got = findings(before="<!-- headline-lint: disable-next-line buzzword nosuch -->")
    assert ("unknown-suppression", 5) in got
    assert ("buzzword", 6) not in got


def test_unknown_directive_is_reported() -> None:
    assert ("unknown-suppression", 5) in findings(before="<!-- headline-lint: enable-all -->")


def test_unused_suppressions_only_with_the_flag() -> None:
    before = "<!-- headline-lint: disable-next-line shouting buzzword -->"
    assert ("unused-suppression", 5) not in findings(before=before)
    got = findings(before=before, unused=True)
    assert got.count(("unused-suppression", 5)) == 1  # shouting silenced nothing, buzzword did
    assert ("buzzword", 6) not in got


def test_suppressed_findings_do_not_cost_score() -> None:
    doc, _ = parse_profile(
        BASE.format(before="<!-- headline-lint: disable buzzword -->", between=""), "p.md"
    )
    plain, _ = parse_profile(BASE.format(before="", between=""), "p.md")
    config = Config(select=("legacy-title", "buzzword"))
    assert lint_doc(doc, config, None)[0].score > lint_doc(plain, config, None)[0].score
