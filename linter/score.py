"""The profile score: 100 minus a penalty per rule that fires, floored at 0.

The weights, the cap and the bands are data (``rules/score.toml``): each rule costs its
severity's weight for each finding, counting at most ``cap`` findings of one rule. Every term is
non-negative, so removing any finding, which is what a fix does, can never lower the score.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from linter.models import Diagnostic
from linter.schema import ScoreBand, ScoreSettings


def score(diagnostics: Iterable[Diagnostic], settings: ScoreSettings) -> int:
    counts = Counter((d.rule, d.severity) for d in diagnostics)
    weights, cap = settings.weights, settings.cap
    penalty = sum(weights.get(severity, 0) * min(n, cap) for (_, severity), n in counts.items())
    return max(0, 100 - penalty)


def band(value: int, settings: ScoreSettings) -> ScoreBand:
    """The highest band whose minimum the score reaches."""
    fitting = [b for b in settings.bands if value >= b.min]
    return (
        max(fitting, key=lambda b: b.min) if fitting else min(settings.bands, key=lambda b: b.min)
    )
