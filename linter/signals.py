"""What the score reads from a profile besides its findings: the headline's best title, the
market families it names, and the About's evidence of work (``rules/score.toml``).

Computed once per lint from the same context the rules see (tokens, trie matches, the evidence
assessment), so the score costs no second scan of the text.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import compress
from math import fsum
from operator import itemgetter

from linter import market
from linter.context import Context
from linter.keys import KeywordKey
from linter.kinds import fold as fold_kind
from linter.kinds._titles import TitleFields, find_titles
from linter.offsets import clean
from linter.rule import RuleBase
from linter.score_schema import ScoreSettings, TitleTier
from linter.text import Tokens
from linter.title_words import title_span


@dataclass(frozen=True, slots=True)
class TitleSignal:
    tier: str
    label: str
    text: str  # the title as the headline spells it (a lone surrogate made "?")
    share: float  # of the title points, before the fold and backing are weighed
    before_fold: bool
    backed: bool
    thin: bool  # backed by less work than the linter would offer the title on


@dataclass(frozen=True, slots=True)
class Signals:
    empty: bool
    title: TitleSignal | None
    headline_families: tuple[str, ...]  # market families, highest share first
    about_families: tuple[str, ...]  # those named only in the About, counted senses
    focus_weight: float  # the families' shares, the headline's weighted
    headline_focus: float  # the shares of the families the headline names
    families: tuple[str, ...]  # the kinds of own work the evidence model counts
    numbers: int  # numbers the About states (years aside)
    words: int  # the About's length in words
    ai_work: bool  # AI or ML named in the About's own work


def _fold(ctx: Context, rules: tuple[RuleBase, ...]) -> int:
    if ctx.fold:
        return ctx.fold
    folds = [r.fold for r in rules if isinstance(r, fold_kind.Rule)]
    return min(folds) if folds else 60


def _tier_hits(tier: TitleTier, ctx: Context, rules: tuple[RuleBase, ...]) -> list[tuple[int, int]]:
    if tier.lexicon is not None:
        return [(m.start, m.end) for m in ctx.lexicon_hits("headline", tier.lexicon)]
    spans = []
    for rule in rules:
        if rule.kind == tier.titles_of and isinstance(rule, TitleFields):
            spans += [(m.start, m.end) for m in find_titles(rule, ctx, "headline")]
    return spans


def _title(
    ctx: Context, settings: ScoreSettings, rules: tuple[RuleBase, ...]
) -> TitleSignal | None:
    """The headline's best title: the tier earning the most for this target, then the first."""
    points = ctx.target.title_points
    best: tuple[float, int, TitleTier, tuple[int, int]] | None = None
    for tier in settings.title.tiers:
        share = points.get(tier.name, tier.points)
        for span in _tier_hits(tier, ctx, rules):
            candidate = (share, -span[0], tier, span)
            if best is None or candidate[:2] > best[:2]:
                best = candidate
    if best is None:
        return None
    share, _, tier, (start, end) = best
    backed, thin = True, False
    if tier.name == settings.title.unbacked_tier:
        needs = ctx.evidence_model.settings.titles
        systems = len(ctx.assessment().systems)
        backed, thin = systems >= needs.modern_title, systems < needs.ai_engineer
    roles = {m.first for m in ctx.lexicon_hits("headline", tier.lexicon)} if tier.lexicon else ()
    wide = title_span(ctx.tokens["headline"], start, end, roles)
    return TitleSignal(
        tier.name, tier.label, clean(ctx.span_text("headline", *wide)), share,
        start < _fold(ctx, rules), backed, thin,
    )  # fmt: skip


def _focus(
    ctx: Context, settings: ScoreSettings
) -> tuple[tuple[str, ...], tuple[str, ...], float, float]:
    shares = {family.name: family.share for family in ctx.target.keywords}
    # in the target's order (a dict, never a set: the breakdown reads the same in every process)
    areas = {
        a.name: settings.focus.area_share for a in ctx.target.focus_areas if a.name not in shares
    }
    shares.update(areas)
    # as a search matches them: in any sense but one of the family's other senses ("tax agent")
    searched = market.said(ctx)
    headline = {f for f in market.in_headline(ctx) if f in shares}
    about: set[str] = set()
    summary = ctx.matches["summary"]
    if any(isinstance(k, KeywordKey) for k in summary):
        discounted = set(settings.focus.discounted)
        spans = [(i.start, i.end) for i in ctx.assessment().items if i.status in discounted]
        for key, hits in summary.items():
            if not isinstance(key, KeywordKey) or key.family in headline:
                continue
            if key.family not in searched:
                continue
            if any(not any(s <= m.start < e for s, e in spans) for m in hits):
                about.add(key.family)
    about |= {
        a for a in areas if a in searched and a not in headline
    }  # an area's words weighed by the market's reading
    # fsum: exact whatever the order the sets give, so the score is the same in every process
    in_headline = fsum(shares[f] for f in headline)
    weight = settings.focus.headline_weight * in_headline + fsum(shares[f] for f in about)
    order = sorted(shares, key=lambda f: -shares[f])
    return (
        tuple(f for f in order if f in headline),
        tuple(f for f in order if f in about),
        weight,
        in_headline,
    )


def _numbers(ctx: Context) -> int:
    """Numbers the About states that a reader can check: "4,000" is one; a year (1950-2039),
    a boast of magnitude ("40+", "$250M+") and a list's numbering ("1. ") are none."""
    return ctx.about_once("numbers", _count_numbers)  # the About's alone: counted once


def _count_numbers(tokens: Tokens) -> int:
    words, text, ends, count = tokens.words, tokens.text, tokens.ends, 0
    for i in compress(range(len(words)), map(str.isdigit, map(itemgetter(0), words))):
        word = words[i]  # a word that starts with a digit (the others found in C)
        if i and words[i - 1][:1].isdigit() and tokens.gap(i) in (",", "."):
            continue  # the rest of "4,000" or "3.5"
        if len(word) == 4 and word.isdigit() and 1950 <= int(word) <= 2039:
            continue
        j = i
        while j + 1 < len(words) and words[j + 1][:1].isdigit() and tokens.gap(j + 1) in (",", "."):
            j += 1
        if text[ends[j] : ends[j] + 1] == "+":
            continue
        if j == i and len(word) <= 2 and _list_marker(tokens, i):
            continue  # "1. Built..." on a line of its own: a list's numbering
        count += 1
    return count


def _list_marker(tokens: Tokens, i: int) -> bool:
    """Whether word ``i`` numbers a list item: it opens its line (or a "(") and a "." or ")"
    follows it ("1. ", "2) ", "(3) ")."""
    before = tokens.gap(i).rstrip(" \t(")
    if i and not before.endswith("\n") and not before.endswith(("\u2022", "-", "*")):
        return False
    after = tokens.text[tokens.ends[i] : tokens.ends[i] + 2]
    return after[:1] in (".", ")") and (len(after) == 1 or after[1].isspace())


def _families(ctx: Context) -> tuple[str, ...]:
    labels = ctx.evidence_model.labels
    return tuple(labels.get(f, f) for f in sorted(ctx.assessment().families))


def _ai_work(ctx: Context, settings: ScoreSettings) -> bool:
    """Whether the About names AI or ML in the person's own work (or their team's), not in a
    wish, a course or a topic they follow: the headline's words are a claim, not work."""
    e = settings.evidence
    assessment = ctx.assessment()
    if not assessment.families.isdisjoint(e.ai_families):
        return True
    return any(
        assessment.weigh(m.first, m.last, False) not in e.ai_not_work
        for m in ctx.lexicon_hits("summary", e.ai_lexicon)
    )


def read_signals(ctx: Context, settings: ScoreSettings, rules: tuple[RuleBase, ...]) -> Signals:
    if not (ctx.texts["headline"].strip() or ctx.texts["summary"].strip()):
        return Signals(True, None, (), (), 0.0, 0.0, (), 0, 0, False)
    headline_families, about_families, weight, in_headline = _focus(ctx, settings)
    has_about = bool(ctx.texts["summary"].strip())
    return Signals(
        empty=False,
        title=_title(ctx, settings, rules),
        headline_families=headline_families,
        about_families=about_families,
        focus_weight=weight,
        headline_focus=in_headline,
        families=_families(ctx) if has_about else (),
        numbers=_numbers(ctx) if has_about else 0,
        words=len(ctx.tokens["summary"]),
        ai_work=has_about and _ai_work(ctx, settings),
    )
