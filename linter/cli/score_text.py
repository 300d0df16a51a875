"""The score for people: the total in its band's colour, then each component and what earned it."""

from __future__ import annotations

from collections.abc import Callable

from linter.models import Diagnostic, FileReport
from linter.score import band
from linter.score_schema import ScoreSettings

BAND_STYLES = {"good": "good", "fair": "warning", "poor": "error"}  # colour of each score band

Paint = Callable[[str, str], str]


def score_lines(report: FileReport, settings: ScoreSettings, paint: Paint, full: bool) -> list[str]:
    """``path: score 66/100 (title 14/25, ...)``; with ``full``, a line per component."""
    tone = BAND_STYLES.get(band(report.score, settings).name, "warning")
    head = f"{report.path}: score {paint(str(report.score), tone)}/100"
    if not report.breakdown:  # an empty profile (or a report made without one)
        return [head + (" (nothing to score: the profile is empty)" if not report.score else "")]
    if not full:
        parts = ", ".join(f"{p.name} {p.points}/{p.max}" for p in report.breakdown)
        return [f"{head} ({parts})"]
    wide = max(len(p.label) for p in report.breakdown)
    return [head] + [
        f"  {p.label:<{wide}}  {p.points:>3}/{p.max:<3} {paint(p.detail, 'dim')}"
        for p in report.breakdown
    ]


def impact_line(diag: Diagnostic, paint: Paint) -> list[str]:
    """The measured score change of a finding's fix, as the best profile analyzers show it."""
    if diag.fix is None or diag.impact is None:
        return []
    sign = "+" if diag.impact >= 0 else ""
    return ["  " + paint("fix:", "dim") + f" {sign}{diag.impact} to the score"]
