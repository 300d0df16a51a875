"""``headline-lint check``: lint profile files (or ``--headline``/``--summary``), fix, report.

Exit codes: 0 no finding at or above ``--fail-on``; 1 such findings (with ``--diff``: a file
would change); 2 usage, configuration or I/O error (the other files are still linted).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from linter import LinterError
from linter.cli import formats
from linter.cli.didyoumean import describe
from linter.cli.emit import emit
from linter.cli.inputs import STDIN, Input, Overrides, collect, split_list
from linter.cli.linkedin import is_export
from linter.cli.lintfile import FileResult, fix_fields, lint_doc, lint_fields
from linter.cli.profile_md import parse_profile
from linter.cli.source import InputError, decode, encode, read_text
from linter.models import SEVERITY_RANK, FieldName

NO_PROFILE = "no profile found"
ARGS_LABEL = "<command-line>"
SKIPPED = (
    "skipped: no profile in it (a profile has `headline:` front matter, "
    "a `## Headline` or an `## About` section)"
)


def _check_export(item: Input, args: argparse.Namespace, overrides: Overrides) -> FileResult:
    """A LinkedIn data export (archive or CSV): its headline and About, positions within them."""
    from linter.cli.linkedin import read_export

    if args.fix or args.diff:
        raise InputError(
            f"{item.path}: a LinkedIn export cannot be fixed in place; write a profile file "
            f"with `headline-lint init --from {item.path}` and fix that"
        )
    export = read_export(item.path)
    fields: dict[FieldName, str] = {"headline": export.headline, "summary": export.summary}
    fields = {name: text for name, text in fields.items() if text.strip()}
    result = FileResult(item.path)  # no `original`: nothing of the export is kept
    config = overrides.for_path(item.path)
    result.report, result.ends = lint_fields(item.path, fields, config, args.target)
    result.fields = fields
    return result


def _check_file(item: Input, args: argparse.Namespace, overrides: Overrides) -> FileResult:
    label = item.path
    if label != STDIN and is_export(label):
        return _check_export(item, args, overrides)
    if label == STDIN:
        text, crlf, bom = decode(sys.stdin.buffer.read(), "<stdin>")
        label = "<stdin>"
    else:
        text, crlf, bom = read_text(Path(label))
    doc, _ = parse_profile(text, label, crlf=crlf, bom=bom)
    config = overrides.for_path(item.path)
    result = FileResult(label, original=text)
    if args.fix or args.diff:
        from linter.cli.fixwrite import atomic_write, rewrite

        fields = {name: field.text for name, field in doc.fields.items()}
        fixed, result.fixed = fix_fields(fields, config, args.target or doc.target, args.unsafe)
        new_text = rewrite(doc, fixed)
        if new_text != text:
            result.new_text = new_text
            if not args.diff and item.path != STDIN:
                atomic_write(Path(item.path), encode(doc, new_text))
            doc, _ = parse_profile(new_text, label, crlf=crlf, bom=bom)
        else:
            result.fixed = 0
    result.report, result.ends = lint_doc(doc, config, args.target, args.report_unused)
    return result


def _check_args(args: argparse.Namespace, overrides: Overrides) -> FileResult:
    fields: dict[FieldName, str] = {}
    if args.headline is not None:
        fields["headline"] = args.headline
    if args.summary is not None:
        fields["summary"] = args.summary
    config = overrides.for_path(STDIN)
    result = FileResult(ARGS_LABEL, original=_as_text(fields))
    if args.fix or args.diff:
        fixed, result.fixed = fix_fields(fields, config, args.target, args.unsafe)
        if fixed != fields:
            result.new_text = _as_text(fixed)
        fields = fixed
    result.report, result.ends = lint_fields(ARGS_LABEL, fields, config, args.target)
    result.fields = fields
    return result


def run(args: argparse.Namespace) -> int:
    overrides = Overrides(
        config_file=args.config,
        select=split_list(args.select),
        ignore=split_list(args.ignore),
        target=args.target,
    )
    quick = args.headline is not None or args.summary is not None
    inputs, errors = collect(args.paths or ([] if quick else ["."]))
    results: list[FileResult] = []
    notes: list[str] = []
    try:
        if quick:
            results.append(_check_args(args, overrides))
        for item in inputs:
            try:
                results.append(_check_file(item, args, overrides))
            except InputError as exc:
                if NO_PROFILE not in str(exc):
                    errors.append(str(exc))
                elif not item.found:  # named, as pre-commit names every staged file: a note
                    notes.append(f"{item.path}: {SKIPPED}")
            except OSError as exc:
                errors.append(f"{item.path}: {exc.strerror or exc}")
            except LinterError as exc:
                errors.append(f"{item.path}: {describe(exc)}")
    except LinterError as exc:  # the command line's own profile or configuration
        errors.append(describe(exc))
    if inputs and not results and not errors and not notes:
        errors.append(f"{', '.join(args.paths)}: no markdown profile found")
    stdin_fixed = next((r for r in results if r.path == "<stdin>" and args.fix), None)
    to_stdout = stdin_fixed is None or args.diff
    out = sys.stdout if to_stdout else sys.stderr
    if args.diff:
        from linter.cli.fixwrite import unified_diff

        changed = [r for r in results if r.new_text is not None]
        for result in changed:
            sys.stdout.write(unified_diff(result.path, result.original, result.new_text or ""))
        _errors(errors, notes, args.quiet)
        return 2 if errors else (1 if changed and not args.exit_zero else 0)
    emit(results, args, out, overrides)
    if stdin_fixed is not None:
        sys.stdout.write(stdin_fixed.new_text or stdin_fixed.original)
    quick_fixed = next((r for r in results if r.path == ARGS_LABEL and r.new_text), None)
    if args.fix and quick_fixed is not None and args.output_format in formats.TEXT_FORMATS:
        sys.stdout.write(f"fixed text:\n{quick_fixed.new_text}")
    _errors(errors, notes, args.quiet)
    if errors:
        return 2
    threshold = SEVERITY_RANK[args.fail_on]
    failing = any(
        SEVERITY_RANK[d.severity] >= threshold
        for r in results
        if r.report is not None
        for d in r.report.diagnostics
    )
    return 1 if failing and not args.exit_zero else 0


def _as_text(fields: dict[FieldName, str]) -> str:
    return "".join(f"{name}: {text}\n" for name, text in fields.items())


def _errors(errors: list[str], notes: list[str], quiet: bool) -> None:
    for message in () if quiet else notes:
        print(f"headline-lint: note: {message}", file=sys.stderr)
    for message in errors:
        print(f"headline-lint: error: {message}", file=sys.stderr)
