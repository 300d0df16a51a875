"""``headline-lint check``'s flags (ruff's where ruff has one: ``--select``, ``--fix``,
``--output-format``, ``--statistics``, ``--exit-zero``...)."""

from __future__ import annotations

import argparse
from typing import Any


def add_check_parser(sub: argparse._SubParsersAction[Any], epilog: str) -> None:
    p = sub.add_parser(
        "check",
        help="lint profile markdown files",
        description="Lint profile markdown files (front matter `headline:` and/or `## Headline` "
        "and `## About` sections), or a headline/summary given on the command line.",
        epilog=epilog,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="files, directories (searched for *.md) or - for standard input (default: .)",
    )
    p.add_argument("--headline", help="lint this headline text instead of (or besides) files")
    p.add_argument("--summary", help="lint this About text instead of (or besides) files")
    p.add_argument("--target", help="the market the profile aims at (e.g. ai-engineer)")
    p.add_argument(
        "--select",
        action="append",
        metavar="RULES",
        help="only these rules: names or code prefixes, comma-separated",
    )
    p.add_argument(
        "--ignore",
        action="append",
        metavar="RULES",
        help="skip these rules: names or code prefixes, comma-separated",
    )
    p.add_argument(
        "--config",
        metavar="FILE",
        help="configuration file (default: nearest .headline-lint.toml or "
        "pyproject.toml [tool.headline-lint] from each file's directory upward)",
    )
    p.add_argument(
        "--format",
        "--output-format",
        dest="output_format",
        default="full",
        choices=("full", "concise", "text", "json", "sarif", "github"),
        help="full: a source excerpt under each finding (default; `text` is its old name); "
        "concise: one line each; json, sarif, github",
    )
    p.add_argument(
        "--output-file", "-o", metavar="FILE", help="write the report to FILE, not stdout"
    )
    p.add_argument(
        "--statistics", action="store_true", help="print how many findings each rule has"
    )
    p.add_argument(
        "--quiet", "-q", action="store_true", help="print the findings only, no scores or notes"
    )
    p.add_argument(
        "--exit-zero",
        action="store_true",
        help="exit 0 even with findings (errors still exit 2)",
    )
    p.add_argument("--fix", action="store_true", help="apply safe fixes in place")
    p.add_argument(
        "--unsafe-fixes",
        dest="unsafe",
        action="store_true",
        help="with --fix or --diff, also apply unsafe fixes",
    )
    p.add_argument(
        "--diff",
        action="store_true",
        help="print the fixes as a unified diff instead of writing them",
    )
    p.add_argument(
        "--fail-on",
        default="warning",
        choices=("error", "warning", "info"),
        help="lowest severity that makes the exit code 1 (default: warning)",
    )
    p.add_argument(
        "--show-evidence",
        action="store_true",
        help="after each file's findings, the About phrases the title decisions weighed: "
        "counted, or why not (negated, aspiration, a skills list...)",
    )
    p.add_argument(
        "--report-unused-suppressions",
        dest="report_unused",
        action="store_true",
        help="report suppression comments that silenced nothing",
    )
