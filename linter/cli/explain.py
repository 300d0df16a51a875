"""``headline-lint explain NAME|CODE`` for people, and the language server's hover text.

A rule's message and suggestion are templates (``'{match}' is the legacy title...``); here they
are shown filled in, as the rule says them on its own first example, so the reader sees words,
not ``{placeholders}``. The kind and its internal settings (word lists, thresholds) appear only
with ``--verbose``, where the raw templates are shown too.
"""

from __future__ import annotations

import re
import textwrap
from typing import Any

from linter import Config, LinterError, lint
from linter.ruleset import load_ruleset

FIX = {
    "safe": "safe (applied by --fix)",
    "unsafe": "unsafe (applied by --fix --unsafe-fixes: it changes what the text claims)",
}
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def _flat(text: str) -> str:
    return " ".join(text.split())


def _example_text(example: Any) -> list[str]:
    profile = example.profile()
    out = []
    for name, label in (("headline", "headline"), ("summary", "About")):
        text = profile.text(name)
        if text:
            out.append(f"{label}: {text if len(text) <= 120 else text[:117] + '...'}")
    if example.target:
        out.append(f"target: {example.target}")
    return out


def _said(rule: Any, config: Config) -> tuple[list[str], str, list[str]]:
    """The first bad example, and the message and suggestions the rule gives on it."""
    for example in rule.examples.bad:
        try:
            report = lint(example.profile(), config)
        except LinterError:
            continue
        for diag in report.diagnostics:
            if diag.rule == rule.name:
                return _example_text(example), diag.message, list(diag.suggestions)
    return [], PLACEHOLDER.sub("…", _flat(rule.message)), []


def _wrap(text: str, indent: str = "", rest: str | None = None) -> str:
    rest = indent if rest is None else rest
    return textwrap.fill(
        _flat(text), 88, initial_indent=indent, subsequent_indent=rest, break_on_hyphens=False
    )


def _examples(examples: Any) -> list[str]:
    return [
        _wrap("; ".join(_example_text(ex)) or "(empty profile)", "  - ", "    ") for ex in examples
    ]


def explain_text(name: str, config: Config, markdown: bool = False, verbose: bool = False) -> str:
    """The rule's explanation (``""`` for an unknown rule); Markdown for the hover."""
    ruleset = load_ruleset(config)
    rule = ruleset.find(name)
    if rule is None:
        return ""
    example, message, suggestions = _said(rule, config.model_copy(update={"select": ()}))
    fix = FIX.get(rule.fixable or "", "none")
    head = f"{rule.name} ({rule.code})"
    facts = f"{rule.severity}; checks the {' and '.join(rule.fields)}; fix: {fix}"
    if markdown:
        parts = [f"**{head}**: {facts}", "", _flat(rule.why), "", f"Says: {message}"]
        parts += [f"Suggests: {s}" for s in suggestions]
        return "\n".join(parts)
    lines = [head, facts, "", _wrap(rule.why), "", "For example, on"]
    lines += [f"  {line}" for line in example]
    lines += ["it says:", _wrap(message, "  ")]
    lines += [_wrap(f"suggestion: {s}", "  ") for s in suggestions]
    lines += [
        "",
        "Flags:",
        *_examples(rule.examples.bad),
        "Passes:",
        *_examples(rule.examples.good),
    ]
    if verbose:
        from linter.rule import RuleBase

        lines += ["", f"Kind: {rule.kind}", f"Message template: {_flat(rule.message)}"]
        lines += [f"Suggestion template: {_flat(rule.suggestion)}", "Settings:"]
        base = set(RuleBase.model_fields)
        for key, value in rule.model_dump().items():
            if key not in base:
                lines.append(_wrap(f"{key}: {value}", "  "))
    return "\n".join(lines) + "\n"
