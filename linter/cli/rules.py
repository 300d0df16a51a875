"""``headline-lint rules`` (a table, or JSON) and ``headline-lint explain NAME|CODE``."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from linter import Config, LinterError
from linter.catalog import RuleDoc, catalog
from linter.cli import suppress
from linter.cli.config_files import load_config


def _row(rule: RuleDoc) -> dict[str, Any]:
    return rule.model_dump(
        mode="json",
        include={"code", "name", "kind", "severity", "fields", "fixable", "why", "suggestion"},
    )


def _table(rows: list[dict[str, Any]]) -> str:
    heads = ("code", "name", "severity", "fields", "fix")
    cells = [
        (r["code"], r["name"], r["severity"], ",".join(r["fields"]), r["fixable"] or "-")
        for r in rows
    ]
    widths = [max(len(h), *(len(c[i]) for c in cells)) for i, h in enumerate(heads)]
    lines = ["  ".join(h.upper().ljust(w) for h, w in zip(heads, widths, strict=True)).rstrip()]
    lines += [
        "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells
    ]
    return "\n".join(lines) + "\n"


def run(args: argparse.Namespace) -> int:
    try:
        config = load_config(args.config) if args.config else Config()
        found = catalog(config)
    except LinterError as exc:
        print(f"headline-lint: error: {exc}", file=sys.stderr)
        return 2
    if args.command == "rules":
        rows = [_row(rule) for rule in found.rules]
        if args.output_format == "json":
            target_rows = [target.model_dump(mode="json") for target in found.targets]
            data = {"rules": rows, "targets": target_rows}
            sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
        else:
            sys.stdout.write(_table(rows))
            targets = ", ".join(sorted(t.name for t in found.targets))
            sys.stdout.write(f"\n{len(rows)} rules; targets: {targets}\n")
            sys.stdout.write(
                f"In-file suppressions report {suppress.UNKNOWN[0]} {suppress.UNKNOWN[1]} "
                f"and {suppress.UNUSED[0]} {suppress.UNUSED[1]}.\n"
            )
        return 0
    wanted = args.rule.strip().lower()
    rule = next((r for r in found.rules if wanted in (r.name, r.code.lower())), None)
    if rule is None:
        from linter.cli.didyoumean import did_you_mean

        names = [r.name for r in found.rules] + [r.code for r in found.rules]
        print(
            f"headline-lint: error: unknown rule {args.rule!r}{did_you_mean(args.rule, names)}; "
            "see `headline-lint rules`",
            file=sys.stderr,
        )
        return 2
    from linter.cli.explain import explain_text

    sys.stdout.write(explain_text(rule.name, config, verbose=args.verbose))
    return 0
