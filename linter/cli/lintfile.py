"""Lint one parsed profile file: run the engine, place findings at file lines, apply suppressions.

In the :class:`~linter.FileReport` this returns, each diagnostic's ``line``/``column`` are the
*file's* (1-based), while ``start``/``end`` (and the UTF-16 pair) stay offsets in the field.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from linter import Config, Diagnostic, FileReport, Profile, UnknownRuleError, fix_profile, lint
from linter.cli import suppress
from linter.cli.source import ProfileDoc
from linter.engine import lint_signals, measure_impacts
from linter.models import FieldName
from linter.ruleset import load_ruleset
from linter.score import breakdown

Locate = Callable[[FieldName, int], tuple[int, int]]


@dataclass
class FileResult:
    """What ``check`` learnt about one input: a report, or the one-line error that stopped it."""

    path: str
    original: str = ""
    report: FileReport | None = None
    ends: list[tuple[int, int]] = field(default_factory=list)  # end line/column per diagnostic
    error: str | None = None
    fixed: int = 0
    new_text: str | None = None  # the fixed file text, when fixing changed it
    # Where the report's line/column point: the file's text, or (``--headline``/``--summary``, a
    # LinkedIn export) each field's own text.
    fields: dict[FieldName, str] | None = None

    def source_of(self, name: FieldName) -> str | None:
        """The text a diagnostic of field ``name`` has its line and column in."""
        if self.fields is not None:
            return self.fields.get(name)
        return self.new_text if self.new_text is not None else (self.original or None)


def make_profile(fields: dict[FieldName, str], target: str | None) -> Profile:
    values: dict[str, str] = {name: text for name, text in fields.items()}
    if target:
        values["target"] = target
    return Profile.model_validate(values)


def _place(
    report_diags: tuple[Diagnostic, ...], locate: Locate
) -> tuple[list[Diagnostic], list[tuple[int, int]]]:
    placed, ends = [], []
    for diag in report_diags:
        line, column = locate(diag.field, diag.start)
        placed.append(diag.model_copy(update={"line": line, "column": column}))
        ends.append(locate(diag.field, diag.end))
    return placed, ends


def _resolver(config: Config) -> Callable[[str], set[str] | None]:
    ruleset = load_ruleset(config)

    def resolve(name: str) -> set[str] | None:
        try:
            return ruleset.select([name], "suppression")
        except UnknownRuleError:
            return None

    return resolve


def lint_doc(
    doc: ProfileDoc, config: Config, target: str | None, report_unused: bool = False
) -> tuple[FileReport, list[tuple[int, int]]]:
    """The file's report with suppressions applied and positions in the file."""
    fields = {name: text.text for name, text in doc.fields.items()}
    profile = make_profile(fields, target or doc.target)
    report, signals = lint_signals(profile, config)
    report = measure_impacts(profile, report, config)
    ruleset = load_ruleset(config)

    def locate(name: FieldName, offset: int) -> tuple[int, int]:
        return doc.position(doc.fields[name].to_file(offset)) if name in doc.fields else (1, 1)

    directives, problems = suppress.parse(doc, _resolver(config))
    kept: list[Diagnostic] = []
    kept_ends: list[tuple[int, int]] = []
    placed, ends = _place(report.diagnostics, locate)
    for diag, end in zip(placed, ends, strict=True):
        offset = doc.fields[diag.field].to_file(diag.start) if diag.field in doc.fields else 0
        if not suppress.suppressed(directives, diag.rule, offset, diag.line):
            kept.append(diag)
            kept_ends.append(end)
    if report_unused:
        problems += suppress.unused(doc, directives)
    for problem in problems:
        line, column = doc.position(problem.offset)
        kept.append(
            Diagnostic(
                id=f"{problem.code}:{problem.field}:{line}:{column}",
                code=problem.code,
                rule=problem.rule,
                severity="warning",
                field=problem.field,
                start=0,
                end=0,
                utf16_start=0,
                utf16_end=0,
                line=line,
                column=column,
                message=problem.message,
            )
        )
        kept_ends.append((line, column))
    order = sorted(range(len(kept)), key=lambda i: (kept[i].line, kept[i].column, kept[i].code))
    engine_kept = [d for d in kept if d.rule not in (suppress.UNKNOWN[1], suppress.UNUSED[1])]
    total, parts = breakdown(signals, engine_kept, ruleset.score)
    file_report = FileReport(
        path=doc.path,
        target=report.target,
        score=total,
        breakdown=parts,
        evidence=report.evidence,
        diagnostics=tuple(kept[i] for i in order),
    )
    return file_report, [kept_ends[i] for i in order]


def field_locator(fields: dict[FieldName, str]) -> Locate:
    """Positions within the field texts themselves (for ``--headline``/``--summary``)."""

    def locate(name: FieldName, offset: int) -> tuple[int, int]:
        text = fields.get(name, "")
        return text.count("\n", 0, offset) + 1, offset - (text.rfind("\n", 0, offset) + 1) + 1

    return locate


def lint_fields(
    label: str, fields: dict[FieldName, str], config: Config, target: str | None
) -> tuple[FileReport, list[tuple[int, int]]]:
    report = lint(make_profile(fields, target), config)
    placed, ends = _place(report.diagnostics, field_locator(fields))
    return FileReport(
        path=label,
        target=report.target,
        score=report.score,
        breakdown=report.breakdown,
        diagnostics=tuple(placed),
        evidence=report.evidence,
    ), ends


def fix_fields(
    fields: dict[FieldName, str], config: Config, target: str | None, unsafe: bool
) -> tuple[dict[FieldName, str], int]:
    """The fixed field texts and how many fixes were applied."""
    result = fix_profile(make_profile(fields, target), config, unsafe=unsafe)
    fixed: dict[FieldName, str] = {name: result.profile.text(name) for name in fields}
    return fixed, result.applied
