"""The profile score: 100 minus a penalty per rule that fires, floored at 0.

Each rule costs its severity's weight for each finding, counting at most ``CAP`` findings of
one rule (so one noisy rule cannot sink the score alone). Every term is non-negative, so
removing any finding, which is what a fix does, can never lower the score.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from linter.models import Diagnostic

WEIGHTS = {"error": 15, "warning": 8, "info": 3}
CAP = 3


def score(diagnostics: Iterable[Diagnostic]) -> int:
    counts = Counter((d.rule, d.severity) for d in diagnostics)
    penalty = sum(WEIGHTS[severity] * min(n, CAP) for (_, severity), n in counts.items())
    return max(0, 100 - penalty)
