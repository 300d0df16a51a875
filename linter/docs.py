"""Rule documentation, generated from the rule data: ``docs/rules.md`` and ``explain``.

``python -m linter.docs > docs/rules.md`` regenerates the page; a test fails when it is stale.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

from linter.kinds import AnyRule
from linter.rule import Example, RuleBase

if TYPE_CHECKING:
    from linter.catalog import Catalog

_BASE_FIELDS = set(RuleBase.model_fields)
_FIX = {"safe": "safe (applied by `--fix`)", "unsafe": "unsafe (applied by `--unsafe-fixes`)"}


def _flat(text: str) -> str:
    return " ".join(text.split())


def _example(ex: Example) -> str:
    parts = []
    if ex.headline:
        parts.append(f"headline `{ex.headline}`")
    if ex.summary:
        summary = ex.summary if len(ex.summary) <= 160 else ex.summary[:157] + "..."
        parts.append(f"About `{summary}`")
    if ex.repeat > 1:
        parts.append(f"each text repeated {ex.repeat} times")
    if ex.target is not None:
        parts.append(f"target `{ex.target}`")
    if ex.span:
        parts.append(f"flags `{ex.span}`")
    return "; ".join(parts) or "(empty profile)"


def _setting(value: Any) -> str:
    if isinstance(value, tuple | list):
        return ", ".join(f"`{v}`" for v in value)
    if isinstance(value, dict):
        return ", ".join(f"`{k}` → `{v}`" for k, v in value.items())
    if isinstance(value, str) and len(value) > 40:
        return _flat(value)
    return f"`{value}`"


def rule_markdown(rule: AnyRule) -> str:
    """One rule's documentation: the text ``headline-lint explain`` prints."""
    lines = [
        f"## {rule.name} ({rule.code})",
        "",
        f"- Severity: {rule.severity}",
        f"- Fields: {', '.join(rule.fields)}",
        f"- Kind: `{rule.kind}`",
        f"- Fix: {_FIX.get(rule.fixable or '', 'none')}",
        "",
        f"**Message.** {_flat(rule.message)}",
        "",
        f"**Why.** {_flat(rule.why)}",
        "",
        f"**Suggestion.** {_flat(rule.suggestion)}",
        "",
    ]
    settings = {k: v for k, v in rule.model_dump().items() if k not in _BASE_FIELDS}
    if settings:
        lines.append("**Settings.**")
        lines += [f"- `{key}`: {_setting(value)}" for key, value in settings.items()]
        lines.append("")
    lines.append("**Flags:**")
    lines += [f"- {_example(ex)}" for ex in rule.examples.bad]
    lines += ["", "**Passes:**"]
    lines += [f"- {_example(ex)}" for ex in rule.examples.good]
    return "\n".join(lines) + "\n"


def rules_markdown(found: Catalog | None = None) -> str:
    from linter.catalog import catalog

    found = found or catalog()
    out = [
        "# Rules",
        "",
        "Generated from the rule packs in `rules/` by `python -m linter.docs`; do not edit.",
        "`headline-lint explain NAME` prints the same text for one rule.",
        "",
        "| code | name | severity | fields | fix |",
        "|---|---|---|---|---|",
    ]
    out += [
        f"| {r.code} | [{r.name}](#{r.name}-{r.code.lower()}) | {r.severity} "
        f"| {', '.join(r.fields)} | {r.fixable or '-'} |"
        for r in found.rules
    ]
    out += ["", "## Targets", ""]
    for t in found.targets:
        off = f" Rules off: {', '.join(t.disabled)}." if t.disabled else ""
        default = " The default target." if t.name == found.default_target else ""
        out.append(
            f"- `{t.name}` ({t.label}): {_flat(t.description)}{default}{off} "
            f"Keyword shares: {t.source}."
        )
    lim = found.limits
    out += [
        "",
        "## Limits and score bands",
        "",
        f"- Headline: at most {lim.headline} characters; About: at most {lim.summary}; search "
        f"results show the first {lim.fold} characters of the headline (the fold).",
        "- Score bands: " + "; ".join(f"{b.label} from {b.min}" for b in found.score_bands) + ".",
        "",
        *score_markdown(found),
    ]
    return "\n".join(out) + "\n" + "\n".join(r.docs for r in found.rules)


def score_markdown(found: Catalog) -> list[str]:
    """The score's components, from ``rules/score.toml``: what each weighs and why."""
    sc = found.score
    out = ["## The score", "", _flat(sc.why), "", "| component | points | what it measures |"]
    out.append("|---|---|---|")
    for part in (sc.title, sc.focus, sc.evidence, sc.clarity):
        out.append(f"| {part.label} | {part.max} | {_flat(part.why)} |")
    out += ["", "Title tiers (a target may weigh them its own way, `title_points`):", ""]
    for tier in sc.title.tiers:
        out.append(f"- {tier.label} ({tier.points:.0%} of the title points): {_flat(tier.why)}")
    return [*out, ""]


if __name__ == "__main__":
    sys.stdout.write(rules_markdown())
