"""Output formats for ``check``: text (for people), json (the wire format), github (workflow
annotations); SARIF lives in :mod:`linter.cli.sarif`."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Sequence
from typing import IO

from linter.cli.lintfile import FileResult
from linter.models import FileReport
from linter.ruleset import load_ruleset
from linter.score import band

BAND_STYLES = {"good": "good", "fair": "warning", "poor": "error"}  # colour of each score band
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


def text(
    results: Sequence[FileResult],
    colour: bool = False,
    fixing: bool = False,
    evidence: bool = False,
) -> str:
    """``path:line:col: CODE [name] message``, suggestions under it, then scores and counts
    (and with ``evidence``, the phrases each file's title decisions weighed)."""
    lines: list[str] = []
    severities: Counter[str] = Counter()
    safe = unsafe = fixed = 0
    reports = [r for r in results if r.report is not None]
    for result in reports:
        assert result.report is not None
        fixed += result.fixed
        for diag in result.report.diagnostics:
            severities[diag.severity] += 1
            safe += diag.fix is not None and diag.fix.applicability == "safe"
            unsafe += diag.fix is not None and diag.fix.applicability == "unsafe"
            where = _paint(f"{result.path}:{diag.line}:{diag.column}:", "path", colour)
            code = _paint(diag.code, diag.severity, colour)
            lines.append(f"{where} {code} [{diag.rule}] {diag.message}")
            lines.extend(
                "  " + _paint("suggestion:", "dim", colour) + " " + s.replace("\n", "\n    ")
                for s in diag.suggestions
            )
    bands = load_ruleset().score
    for result in reports:
        assert result.report is not None
        if evidence:
            lines.extend(_evidence_lines(result.report, colour))
        score = result.report.score
        style = BAND_STYLES.get(band(score, bands).name, "warning")
        lines.append(f"{result.path}: score {_paint(str(score), style, colour)}/100")
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
