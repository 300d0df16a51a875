"""``suggest()`` on every real profile: the issue's checks, made again from outside.

For each headline + About pair: does ``suggest()`` raise; how many profiles get a suggestion;
and, linting each suggested headline afresh with the same About, does any draw a warning or an
error, score below the profile's current score, or name a market title that the profile's own
title rules do not earn (the current headline lacks it, and the honesty gate offers no rename to
it: ``linter.decisions``). Aggregate figures only: the texts are personal data.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from linter import Profile, lint, suggest
from linter.decisions import title_decisions

# the market titles a suggestion may name only when earned (longest first: one holds the other)
MARKET_TITLES = ("forward-deployed ai engineer", "ai engineer")


@dataclass
class Tally:
    profiles: int = 0
    with_suggestion: int = 0
    suggestions: int = 0
    errors: list[str] = field(default_factory=list)
    not_clean: int = 0
    lower_score: int = 0
    unearned_title: int = 0


def _unearned(headline: str, profile: Profile, offered: tuple[str, ...]) -> bool:
    named = next((t for t in MARKET_TITLES if t in headline.casefold()), None)
    if named is None or named in profile.headline.casefold():
        return False
    return not any(named in title.casefold() for title in offered)


def evaluate(profiles: list[Profile]) -> Tally:
    tally = Tally(profiles=len(profiles))
    for profile in profiles:
        try:
            found = suggest(profile).suggestions
        except Exception as exc:  # the point is to count them: suggest must never raise
            tally.errors.append(f"{type(exc).__name__}: {exc}")
            continue
        if not found:
            continue
        tally.with_suggestion += 1
        tally.suggestions += len(found)
        now = lint(profile)
        current = now.score or 0
        offered = title_decisions(now).offered  # the renames the honesty gate offers
        for s in found:
            report = lint(Profile(headline=s.headline, summary=profile.summary))
            if any(d.field == "headline" and d.severity != "info" for d in report.diagnostics):
                tally.not_clean += 1
            if (report.score or 0) < current:
                tally.lower_score += 1
            if _unearned(s.headline, profile, offered):
                tally.unearned_title += 1
    return tally


def report(tally: Tally, name: str) -> list[str]:
    def rate(n: int, of: int) -> str:
        return f"{n}/{of} ({n / of:.1%})" if of else "0/0"

    return [
        f"suggest() on {name} ({tally.profiles} headline + About pairs)",
        f"  exceptions {len(tally.errors)}",
        f"  profiles with a suggestion {rate(tally.with_suggestion, tally.profiles)},"
        f" {tally.suggestions} suggestions",
        "  linted again: a warning or error on the headline"
        f" {rate(tally.not_clean, tally.suggestions)}",
        f"  score below the current one {rate(tally.lower_score, tally.suggestions)}",
        f"  a market title the honesty gate does not offer"
        f" {rate(tally.unearned_title, tally.suggestions)}",
    ]
