"""``lint()``: compile the active rules once per configuration and target, then run them.

Compiling builds one token trie per field holding every phrase of every active rule, every
lexicon and the target's keywords, so a field's text is scanned once whatever the rule count.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple, TypeVar

from linter import market
from linter.config import Config
from linter.context import Context
from linter.errors import UnknownTargetError
from linter.evidence.compile import CompiledEvidence, compile_evidence
from linter.evidence.report import evidence_report
from linter.impact import with_impacts
from linter.keys import Key, KeywordKey, LexiconKey
from linter.kinds import AnyRule
from linter.matcher import Trie
from linter.models import FIELDS, Diagnostic, FieldName, Profile, Report, Severity
from linter.offsets import Offsets, clean
from linter.rule import Finding
from linter.ruleset import RuleSet, load_ruleset
from linter.schema import Target
from linter.score import breakdown
from linter.signals import Signals, read_signals

_DEFAULT = Config()
D = TypeVar("D", Diagnostic, "Weighed")


@dataclass(frozen=True)
class Compiled:
    # each active rule, its severity, and the trie keys it needs (None: always run its check)
    rules: tuple[tuple[AnyRule, Severity, frozenset[Key] | None], ...]
    tries: dict[FieldName, Trie[Key]]
    target: Target
    ruleset: RuleSet
    evidence: CompiledEvidence


def active_rules(ruleset: RuleSet, config: Config, target: Target) -> list[AnyRule]:
    chosen = ruleset.select(config.select, "select") if config.select else None
    ignored = ruleset.select(config.ignore, "ignore")
    return [
        r
        for r in ruleset.rules
        if (chosen is None or r.name in chosen)
        and r.name not in ignored
        and r.name not in target.disabled
    ]


def resolve_target(profile_target: str | None, config: Config, ruleset: RuleSet) -> str:
    """The profile's own target, else the configuration's, else the packs' default."""
    if profile_target is not None:
        return profile_target  # an explicit "" is an unknown target, never the default
    return config.target or ruleset.default_target


@lru_cache(maxsize=32)
def compile_rules(config: Config, target_name: str | None = None) -> Compiled:
    """The rules compiled for a target; no target and the default target's name share one."""
    return _compiled(config, resolve_target(target_name, config, load_ruleset(config)))


@lru_cache(maxsize=32)
def _compiled(config: Config, name: str) -> Compiled:
    ruleset = load_ruleset(config)
    target = ruleset.targets.get(name)
    if target is None:
        raise UnknownTargetError(name, sorted(ruleset.targets))
    overrides: dict[str, Severity] = {}
    for selector, severity in config.severity.items():
        for rule_name in ruleset.select([selector], "severity"):
            overrides[rule_name] = severity
    rules = active_rules(ruleset, config, target)
    tries: dict[FieldName, Trie[Key]] = {f: Trie() for f in FIELDS}
    for field in FIELDS:
        trie = tries[field]
        for lexicon_name, lexicon in ruleset.lexicons.items():
            if field not in lexicon.matched_in:
                continue  # its hits are never read there: no matching cost
            for phrase in lexicon.phrases:
                trie.add(phrase, LexiconKey(lexicon_name))
        for family in target.keywords:
            for phrase in family.phrases:
                trie.add(phrase, KeywordKey(family.name))
        for phrase, market_key in market.trie_entries(target, field):
            trie.add(phrase, market_key)
        for rule in rules:
            for phrase, key in rule.trie_phrases():
                trie.add(phrase, key)
    needs = {
        r.name: frozenset(key for _, key in r.trie_phrases()) for r in rules if r.needs_own_hits
    }
    return Compiled(
        tuple((r, overrides.get(r.name, r.severity), needs.get(r.name)) for r in rules),
        tries,
        target,
        ruleset,
        compile_evidence(ruleset.evidence),
    )


def diagnostic_id(code: str, field: FieldName, start: int, end: int) -> str:
    return f"{code}:{field}:{start}-{end}"


def _diagnostic(rule: AnyRule, severity: Severity, f: Finding, offsets: Offsets) -> Diagnostic:
    line, column = offsets.line_column(f.start)
    advice = rule.render(f.advice if f.advice is not None else rule.suggestion, f.values)
    return Diagnostic(
        id=diagnostic_id(rule.code, f.field, f.start, f.end),
        code=rule.code,
        rule=rule.name,
        severity=severity,
        field=f.field,
        start=f.start,
        end=f.end,
        utf16_start=offsets.utf16(f.start),
        utf16_end=offsets.utf16(f.end),
        line=line,
        column=column,
        message=clean(rule.render(f.message if f.message is not None else rule.message, f.values)),
        suggestions=tuple(clean(s) for s in (*f.replacements, advice, *f.extra)),
        fix=f.fix,
    )


def lint(profile: Profile, config: Config | None = None) -> Report:
    """Lint one profile. Raises only for bad configuration or an unknown target.

    Each fixable finding's ``impact`` is measured: the fixed text is linted and scored."""
    config = config or _DEFAULT
    report, _ = lint_signals(profile, config)
    return measure_impacts(profile, report, config)


def measure_impacts(profile: Profile, report: Report, config: Config | None = None) -> Report:
    """The report with each fixable finding's measured score ``impact`` (the fixed text is
    linted, without impacts of its own)."""
    if not any(d.fix for d in report.diagnostics):
        return report
    return with_impacts(profile, report, lambda p: lint_score(p, config))


def build_context(compiled: Compiled, profile: Profile, config: Config) -> Context:
    """What the rules (and the score, and suggestions) read of one profile."""
    return Context.build(
        profile,
        compiled.target,
        compiled.ruleset.lexicons,
        compiled.tries,
        config.fold,
        compiled.evidence,
    )


def lint_signals(profile: Profile, config: Config | None = None) -> tuple[Report, Signals]:
    """The report without impacts, and what the score read from the profile besides the
    findings (for a caller that rescores after dropping suppressed findings)."""
    compiled, ctx, offsets, diagnostics = _findings(profile, config or _DEFAULT, _diagnostic)
    settings = compiled.ruleset.score
    signals = read_signals(ctx, settings, compiled.ruleset.rules)
    total, parts = breakdown(signals, diagnostics, settings)
    assessed = ctx.assessed
    return Report(
        target=compiled.target.name,
        score=total,
        breakdown=parts,
        diagnostics=tuple(diagnostics),
        evidence=None
        if assessed is None  # the About's alone: built (and validated) once per About
        else ctx.about_once(
            "evidence-report", lambda _: evidence_report(assessed, ctx, compiled.evidence, offsets)
        ),
    ), signals


def lint_score(profile: Profile, config: Config | None = None) -> int:
    """The score ``lint_signals`` gives the profile, without building its report."""
    return score_findings(profile, config)[0]


class Weighed(NamedTuple):
    """What the score and a suggestion's check read of a finding (``score_findings``)."""

    code: str
    rule: str
    severity: Severity
    field: FieldName
    start: int
    end: int


def score_findings(
    profile: Profile, config: Config | None = None
) -> tuple[int, tuple[Weighed, ...]]:
    """The score ``lint_signals`` gives the profile, and its findings unrendered (no message,
    no wire model), in report order: for a caller that only weighs them (a fix's impact, a
    suggestion's check)."""
    compiled, ctx, _, diagnostics = _findings(profile, config or _DEFAULT, _weighed)
    settings = compiled.ruleset.score
    signals = read_signals(ctx, settings, compiled.ruleset.rules)
    return breakdown(signals, diagnostics, settings)[0], tuple(diagnostics)


def _weighed(rule: AnyRule, severity: Severity, f: Finding, offsets: Offsets) -> Weighed:
    return Weighed(rule.code, rule.name, severity, f.field, f.start, f.end)


def _findings(
    profile: Profile, config: Config, make: Callable[[AnyRule, Severity, Finding, Offsets], D]
) -> tuple[Compiled, Context, dict[FieldName, Offsets], list[D]]:
    """Every active rule run over the profile: its findings in report order."""
    compiled = compile_rules(config, profile.target)
    ctx = build_context(compiled, profile, config)
    offsets = {f: Offsets(ctx.texts[f]) for f in FIELDS}
    seen: set[tuple[str, str, int, int]] = set()
    diagnostics: list[D] = []
    present = set().union(*(ctx.matches[f] for f in FIELDS))
    for rule, severity, needs in compiled.rules:
        if needs is not None and present.isdisjoint(needs):
            continue
        for finding in rule.check(ctx):
            ident = (rule.code, finding.field, finding.start, finding.end)
            if ident not in seen:
                seen.add(ident)
                ctx.fired.setdefault(rule.name, []).append(finding.fix is not None)
                diagnostics.append(make(rule, severity, finding, offsets[finding.field]))
    diagnostics.sort(key=lambda d: (FIELDS.index(d.field), d.start, d.end, d.code))
    return compiled, ctx, offsets, diagnostics
