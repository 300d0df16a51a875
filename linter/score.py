"""The profile score: discoverability for the target, 0-100, from four named components.

**title** + **focus** + **evidence** + **clarity** (``rules/score.toml``, where every weight has
its reason). The first three read the profile itself (:mod:`linter.signals`); clarity and the
hype discount read the findings. No component rewards a finding, so removing one, which is what
a fix does, can never lower the score. An empty profile scores 0 and has no breakdown.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Protocol

from linter.models import ScorePart, Severity
from linter.schema import ScoreBand
from linter.score_schema import ScoreSettings
from linter.signals import Signals


class Scored(Protocol):
    """What the score reads of a finding (a report's ``Diagnostic``, or the engine's own)."""

    @property
    def rule(self) -> str: ...
    @property
    def severity(self) -> Severity: ...


def _names(items: Iterable[str]) -> str:
    return ", ".join(items)


def _plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n} {word if n == 1 else many or word + 's'}"


def _sentence(notes: list[str], otherwise: str) -> str:
    """Notes joined into one sentence that starts with a capital, or ``otherwise``."""
    if not notes:
        return otherwise
    text = "; ".join(notes)
    return text[:1].upper() + text[1:] + "."


def _title(signals: Signals, diagnostics: list[Scored], settings: ScoreSettings) -> ScorePart:
    t, title = settings.title, signals.title
    if title is None:
        return ScorePart(
            name="title", label=t.label, points=0, max=t.max,
            detail="No role title a recruiter searches for in the headline.",
        )  # fmt: skip
    if not title.backed:
        detail = f"'{title.text}' is {title.label} the About does not back: it costs points."
        return ScorePart(name="title", label=t.label, points=t.unbacked, max=t.max, detail=detail)
    share = title.share * (1.0 if title.before_fold else t.after_fold)
    where = "before the fold" if title.before_fold else "after the fold (half)"
    if title.thin:
        share *= t.thinly_backed
        where += ", backed by one kind of work only"
    elif title.tier == t.unbacked_tier and _hype(diagnostics, settings)[0] >= t.thin_at_cliches:
        share *= t.thinly_backed
        where += ", backed by work told in clichés"
    detail = f"'{title.text}' is {title.label}, {where}: {share:.0%} of the title points."
    return ScorePart(
        name="title", label=t.label, points=round(t.max * share), max=t.max, detail=detail
    )


def _focus(signals: Signals, settings: ScoreSettings) -> ScorePart:
    f = settings.focus
    named = min(1.0, signals.focus_weight / f.full_at)
    headline = min(1.0, signals.headline_focus / f.headline_full_at)
    points = round(f.max * (f.headline_part * headline + (1 - f.headline_part) * named))
    parts = []
    if signals.headline_families:
        parts.append(f"in the headline: {_names(signals.headline_families)}")
    if signals.about_families:
        parts.append(f"in the About: {_names(signals.about_families)}")
    detail = _sentence(parts, "None of the market's keyword families.")
    ai_named = not set(signals.headline_families).isdisjoint(f.ai_families)
    if points and signals.words and not signals.ai_work and not ai_named and f.off_target < 1:
        points = round(points * f.off_target)
        detail += f" No AI or ML work named in the About, so {f.off_target:.0%} kept."
    return ScorePart(name="focus", label=f.label, points=points, max=f.max, detail=detail)


def _hype(diagnostics: list[Scored], settings: ScoreSettings) -> tuple[int, float]:
    e = settings.evidence
    n = sum(1 for d in diagnostics if d.rule in e.hype_rules)
    return n, min(e.hype_max, n * e.hype_per_finding)


def _evidence(signals: Signals, diagnostics: list[Scored], settings: ScoreSettings) -> ScorePart:
    e = settings.evidence
    fams = min(e.families_max, e.per_family * len(signals.families))
    nums = min(e.numbers_max, e.per_number * signals.numbers)
    depth = min(e.depth_max, signals.words // e.words_per_point)
    raw = fams + nums + depth
    notes = []
    if signals.families:
        notes.append(
            f"own work of {_plural(len(signals.families), 'kind')}: {_names(signals.families)}"
        )
    if signals.numbers:
        notes.append(f"{_plural(signals.numbers, 'number')} stated")
    if depth:
        notes.append(f"{signals.words} words of About")
    if raw and not signals.ai_work:
        raw *= e.off_target
        notes.append(f"no AI or ML work named, so {e.off_target:.0%} kept")
    n, cut = _hype(diagnostics, settings)
    if raw and cut:
        raw *= 1 - cut
        notes.append(f"{cut:.0%} taken for {_plural(n, 'cliché')}")
    detail = _sentence(notes, "No concrete own work found in the About.")
    points = round(min(e.max, raw))
    return ScorePart(name="evidence", label=e.label, points=points, max=e.max, detail=detail)


def _clarity(signals: Signals, diagnostics: list[Scored], settings: ScoreSettings) -> ScorePart:
    c = settings.clarity
    counts = Counter(
        (d.rule, d.severity) for d in diagnostics if d.rule not in c.measured_elsewhere
    )
    cost = sum(c.weights.get(sev, 0) * min(n, c.cap) for (_, sev), n in counts.items())
    share = min(1.0, signals.words / c.full_at_words) if c.full_at_words else 1.0
    points = round(max(0.0, c.max * share - cost))
    found = sum(counts.values())
    notes = [f"{_plural(found, 'hygiene finding')} cost {_plural(round(cost), 'point')}"]
    if not found:
        notes = ["no hygiene findings"]
    if not signals.words:
        notes.append("there is no About to read yet")
    elif share < 1:
        notes.append(f"an About of {_plural(signals.words, 'word')} earns {share:.0%} of it")
        notes[-1] += f" (all from {c.full_at_words} words)"
    detail = _sentence(notes, "")
    return ScorePart(name="clarity", label=c.label, points=points, max=c.max, detail=detail)


def breakdown(
    signals: Signals, diagnostics: Iterable[Scored], settings: ScoreSettings
) -> tuple[int, tuple[ScorePart, ...]]:
    """The score and its components; an empty profile scores 0 with no components."""
    if signals.empty:
        return 0, ()
    found = list(diagnostics)
    parts = (
        _title(signals, found, settings),
        _focus(signals, settings),
        _evidence(signals, found, settings),
        _clarity(signals, found, settings),
    )
    return max(0, min(100, sum(p.points for p in parts))), parts


def band(value: int, settings: ScoreSettings) -> ScoreBand:
    """The highest band whose minimum the score reaches."""
    fitting = [b for b in settings.bands if value >= b.min]
    return (
        max(fitting, key=lambda b: b.min) if fitting else min(settings.bands, key=lambda b: b.min)
    )
