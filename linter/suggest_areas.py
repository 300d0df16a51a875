"""The focus areas a suggestion keeps from the current headline: the person's own specialty
("Search & RecSys", "computer vision"), kept when the About's own work shows it too, so a
suggestion adds market terms to it rather than trading it for them."""

from __future__ import annotations

from linter import market
from linter.context import Context
from linter.keys import MarketKey
from linter.suggest_parts import Part


def own_areas(ctx: Context) -> list[Part]:
    """The target's focus areas the headline names and the About's own work shows, in the
    headline's order, each as the area's name linked to the headline's words for it."""
    areas = [a.name for a in ctx.target.focus_areas]
    named = market.in_headline(ctx).intersection(areas)
    if not named:
        return []
    shown = market.shown(ctx, sorted(named))
    found: list[tuple[int, Part]] = []
    for key, hits in ctx.matches["headline"].items():
        if type(key) is MarketKey and key.name in shown and key.role == market.SAID and hits:
            first = min(hits, key=lambda m: m.start)
            found.append((first.start, Part(key.name, (("headline", first.start, first.end),))))
    found.sort(key=lambda f: f[0])
    parts: dict[str, Part] = {}
    for _, part in found:
        parts.setdefault(part.text, part)  # an area once, where the headline first names it
    return list(parts.values())
