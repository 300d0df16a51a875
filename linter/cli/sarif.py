"""SARIF 2.1.0 output, in the shape GitHub code scanning ingests (``upload-sarif``).

One run; ``tool.driver.rules`` lists every rule with its help (the same text as docs/rules.md);
each result points at a region whose columns are Unicode code points, as the run declares.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from linter import Config
from linter.cli import suppress
from linter.cli.lintfile import FileResult

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def _descriptors(config: Config) -> list[dict[str, Any]]:
    from linter.catalog import catalog

    rules: list[dict[str, Any]] = []
    for rule in catalog(config).rules:
        rules.append(
            {
                "id": rule.code,
                "name": rule.name,
                "shortDescription": {"text": rule.name.replace("-", " ")},
                "fullDescription": {"text": rule.why},
                "help": {"text": f"{rule.why}\n\n{rule.suggestion}", "markdown": rule.docs},
                "defaultConfiguration": {"level": LEVELS[rule.severity]},
                "properties": {"tags": list(rule.fields), "fixable": rule.fixable or "no"},
            }
        )
    for code, name, text in (
        (*suppress.UNKNOWN, "A suppression comment names a rule or code that does not exist."),
        (*suppress.UNUSED, "A suppression comment silenced nothing."),
    ):
        rules.append(
            {
                "id": code,
                "name": name,
                "shortDescription": {"text": name.replace("-", " ")},
                "fullDescription": {"text": text},
                "help": {"text": text, "markdown": text},
                "defaultConfiguration": {"level": "warning"},
            }
        )
    return rules


def _uri(path: str) -> str:
    candidate = Path(path)
    if candidate.is_absolute():
        try:
            return candidate.relative_to(Path.cwd()).as_posix()
        except ValueError:
            return candidate.as_uri()
    return candidate.as_posix()


def sarif(results: Sequence[FileResult], config: Config, version: str) -> str:
    rules = _descriptors(config)
    index = {rule["id"]: i for i, rule in enumerate(rules)}
    out: list[dict[str, Any]] = []
    for result in results:
        if result.report is None:
            continue
        for diag, (end_line, end_col) in zip(result.report.diagnostics, result.ends, strict=True):
            text = diag.message + "".join(f"\nSuggestion: {s}" for s in diag.suggestions)
            entry: dict[str, Any] = {
                "ruleId": diag.code,
                "level": LEVELS[diag.severity],
                "message": {"text": text},
                "locations": [
                    {
                        "physicalLocation": {
                            "artifactLocation": {"uri": _uri(result.path)},
                            "region": {
                                "startLine": diag.line,
                                "startColumn": diag.column,
                                "endLine": end_line,
                                "endColumn": max(end_col, diag.column),
                            },
                        }
                    }
                ],
                "properties": {"rule": diag.rule, "field": diag.field},
            }
            if diag.code in index:
                entry["ruleIndex"] = index[diag.code]
            out.append(entry)
    run = {
        "tool": {
            "driver": {
                "name": "headline-lint",
                "version": version,
                "rules": rules,
            }
        },
        "columnKind": "unicodeCodePoints",
        "results": out,
    }
    log = {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"
