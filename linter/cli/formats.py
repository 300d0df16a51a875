"""Output formats for ``check``: text (for people), json (the wire format), github (workflow
annotations); SARIF lives in :mod:`linter.cli.sarif`."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import IO

from linter import Diagnostic
from linter.cli.excerpt import excerpt
from linter.cli.lintfile import FileResult
from linter.cli.score_text import impact_line, score_lines
from linter.models import FileReport
from linter.ruleset import load_ruleset

TEXT_FORMATS = ("full", "concise", "text")  # text: the old name of full
COLOURS = {"error": "31", "warning": "33", "info": "36", "path": "1", "dim": "2", "good": "32"}


def use_colour(stream: IO[str]) -> bool:
    """Colour only on a terminal, and never when ``NO_COLOR`` is set (https://no-color.org)."""
    if os.environ.get("NO_COLOR"):
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def _paint(text: str, style: str, colour: bool) -> str:
    return f"\x1b[{COLOURS[style]}m{text}\x1b[0m" if colour else text


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 or word == 'info' else 's'}"


def _evidence_lines(report: FileReport, colour: bool) -> list[str]:
    """What backs (or fails to back) the title decisions, in the person's own words."""
    found = report.evidence
    if found is None:
        return [f"{report.path}: evidence: no title decision was needed"]
    families = ", ".join(found.families) or "none"
    lines = [f"{report.path}: evidence counted for: {families}"]
    for item in found.items:
        mark = _paint("counted", "good", colour) if item.status == "counted" else item.status
        lines.append(f"  {mark:>12}  {item.label}: \u201c{item.text}\u201d")
    return lines


@dataclass(frozen=True)
class TextStyle:
    """How ``text`` reads: ``full`` (a source excerpt with a caret under each finding) or
    ``concise`` (one line each); ``quiet``: the findings alone, no scores or counts."""

    full: bool = False
    quiet: bool = False
    unsafe: bool = False  # --unsafe-fixes: unsafe fixes count as fixable ([*])


def _marker(diag: Diagnostic, style: TextStyle) -> str:
    fix = diag.fix
    return " [*]" if fix and (fix.applicability == "safe" or style.unsafe) else ""


def _finding(result: FileResult, index: int, style: TextStyle, colour: bool) -> list[str]:
    assert result.report is not None
    diag = result.report.diagnostics[index]
    where = _paint(f"{result.path}:{diag.line}:{diag.column}:", "path", colour)
    code = _paint(diag.code, diag.severity, colour)
    lines = [f"{where} {code}{_marker(diag, style)} [{diag.rule}] {diag.message}"]
    if not style.full:
        return lines
    source = result.source_of(diag.field)
    if source is not None and index < len(result.ends):
        shown = excerpt(source, diag.line, diag.column, result.ends[index])
        lines += [_paint(line, "dim", colour) if i != 1 else line for i, line in enumerate(shown)]
    lines += [
        "  " + _paint("suggestion:", "dim", colour) + " " + s.replace("\n", "\n    ")
        for s in diag.suggestions
    ]
    return lines + impact_line(diag, lambda t, st: _paint(t, st, colour))


def text(
    results: Sequence[FileResult],
    colour: bool = False,
    fixing: bool = False,
    style: TextStyle = TextStyle(full=True),
    evidence: bool = False,
) -> str:
    """``path:line:col: CODE [*] [name] message`` (``[*]``: ``--fix`` can fix it), with
    ``full`` an excerpt and the suggestions under it; then scores and counts (and with
    ``evidence``, the phrases each file's title decisions weighed)."""
    lines: list[str] = []
    severities: Counter[str] = Counter()
    safe = unsafe = fixed = 0
    reports = [r for r in results if r.report is not None]
    for result in reports:
        assert result.report is not None
        fixed += result.fixed
        for index, diag in enumerate(result.report.diagnostics):
            severities[diag.severity] += 1
            safe += diag.fix is not None and diag.fix.applicability == "safe"
            unsafe += diag.fix is not None and diag.fix.applicability == "unsafe"
            lines += _finding(result, index, style, colour)
    if style.quiet:
        return "".join(line + "\n" for line in lines)
    settings = load_ruleset().score
    for result in reports:
        assert result.report is not None
        if evidence:
            lines.extend(_evidence_lines(result.report, colour))
        paint = lambda t, st: _paint(t, st, colour)  # noqa: E731
        lines += score_lines(result.report, settings, paint, style.full)
    total = sum(severities.values())
    parts = [_plural(severities[s], s) for s in ("error", "warning", "info") if severities[s]]
    detail = f" ({', '.join(parts)})" if parts else ""
    summary = f"Found {_plural(total, 'finding')}{detail} in {_plural(len(reports), 'file')}"
    if fixed:
        summary += f"; fixed {fixed}"
    if safe and not fixing:
        summary += f"; {safe} fixable with --fix"
    if unsafe and not fixing:
        summary += f"; {unsafe} with --fix --unsafe-fixes"
    if reports or not results:
        lines.append(summary + ".")
    return "\n".join(lines) + ("\n" if lines else "")


def statistics(results: Sequence[FileResult], style: TextStyle) -> str:
    """ruff's ``--statistics``: how many findings per rule, most first, ``[*]`` when fixable."""
    counts: Counter[tuple[str, str]] = Counter()
    fixable: set[str] = set()
    for result in results:
        for diag in result.report.diagnostics if result.report else ():
            counts[(diag.code, diag.rule)] += 1
            if _marker(diag, style):
                fixable.add(diag.code)
    if not counts:
        return ""
    wide = max(len(str(n)) for n in counts.values())
    rows = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return "".join(
        f"{n:>{wide}}  {code:<5} {'[*]' if code in fixable else '   '} {rule}\n"
        for (code, rule), n in rows
    )


def as_json(results: Sequence[FileResult]) -> str:
    """A JSON array of :class:`~linter.FileReport`, one per file that could be linted."""
    import json

    reports = [r.report.model_dump(mode="json") for r in results if r.report is not None]
    return json.dumps(reports, indent=2, ensure_ascii=False) + "\n"


def _escape(value: str, prop: bool = False) -> str:
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return value.replace(":", "%3A").replace(",", "%2C") if prop else value


LEVELS = {"error": "error", "warning": "warning", "info": "notice"}


def github(results: Sequence[FileResult]) -> str:
    """GitHub Actions workflow commands: one ``::warning file=...`` annotation per finding."""
    out = []
    for result in results:
        if result.report is None:
            continue
        for diag, (end_line, end_col) in zip(result.report.diagnostics, result.ends, strict=True):
            props = ",".join(
                [
                    f"file={_escape(result.path, True)}",
                    f"line={diag.line}",
                    f"col={diag.column}",
                    f"endLine={end_line}",
                    f"endColumn={end_col}",
                    f"title={_escape(f'{diag.code} [{diag.rule}]', True)}",
                ]
            )
            message = diag.message + "".join(f"\nsuggestion: {s}" for s in diag.suggestions)
            out.append(f"::{LEVELS[diag.severity]} {props}::{_escape(message)}\n")
    return "".join(out)
