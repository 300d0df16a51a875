"""The parts of a suggested headline, each from the profile's own words: the title, the focus
terms and the proof point, with the spans they come from.

- The title: the headline's current role title (its segment, as written), renamed only where
  ``legacy-title`` offers the rename (the evidence model earned it); with no role title, the
  first title the target offers that the About earns (``linter.kinds._offers``); else none.
- The focus terms: the target's keyword families that counted evidence in the About names,
  labelled by ``rules/suggest.toml``, in market order (their share of postings).
- The proof point: a number the About states of users, requests or work (the evidence model's
  counted ``scale`` items), with its rate ("a day") when one follows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from linter.context import Context
from linter.evidence.assess import Item
from linter.keys import KeywordKey
from linter.kinds._offers import first_offer
from linter.matcher import non_overlapping, preceded_by
from linter.models import Diagnostic, FieldName, Report
from linter.suggest_schema import SuggestSettings
from linter.text import phrase_tokens, tokenize

Span = tuple[FieldName, int, int]
BLOCKING = frozenset({"warning", "error"})
KEEP_AT_END = ")+#"  # "(in training)", "C++", "C#"


@dataclass(frozen=True)
class Part:
    text: str
    sources: tuple[Span, ...]


@lru_cache(maxsize=16)
def _words(phrases: tuple[str, ...]) -> frozenset[str]:
    return frozenset(w for p in phrases for w in phrase_tokens(p))


@lru_cache(maxsize=16)
def _splitter(ends: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(s) for s in sorted(ends, key=len, reverse=True)))


def title(
    ctx: Context,
    report: Report,
    settings: SuggestSettings,
    fold: int,
    renames: frozenset[str],
    decisions: frozenset[str],
) -> Part | None:
    """The title: ``renames`` are the rules whose fix renames a title (legacy-title), and
    ``decisions`` every title rule (those and unsupported-title): kept, a title they flag
    without a rename would draw the same finding again."""
    headline = ctx.texts["headline"]
    tokens = ctx.tokens["headline"]
    past = _words(settings.past)
    skip = _words(ctx.lexicons[settings.seniority].phrases)
    roles = non_overlapping(ctx.lexicon_hits("headline", settings.roles))  # "ML Engineer" whole
    current = next((m for m in roles if not preceded_by(tokens, m, past, skip)), None)
    if current is None or current.start >= fold:
        if roles:
            return None  # only past titles, or one far down the headline: no role held now
        # no role named: the market title, if the About earns it and shows AI work at all
        offer = first_offer(ctx)
        ai = any(i.family in settings.market_title_needs for i in _counted(ctx))
        return Part(offer.title, ()) if offer is not None and ai else None
    start, end = _segment(headline, current.start, settings.title_ends)
    if end - start > fold:
        end = _trim(headline, start, current.end)  # the title, without the rest of its segment
    rename: Diagnostic | None = None
    for d in report.diagnostics:
        if d.field != "headline" or d.start < start or d.end > end or d.rule not in decisions:
            continue
        if d.rule in renames and d.fix is not None and len(d.fix.edits) == 1:
            rename = d
        elif d.severity in BLOCKING:
            return None  # kept, the title would carry the same warning (an unbacked title...)
    text = headline[start:end]
    if rename is not None and rename.fix is not None:
        edit = rename.fix.edits[0]
        text = headline[start : edit.start] + edit.replacement + headline[edit.end : end]
    text = " ".join(text.split())
    if not text or len(text) > fold:
        return None
    return Part(text, (("headline", start, end),))


def _segment(text: str, at: int, ends: tuple[str, ...]) -> tuple[int, int]:
    """The separator-delimited segment around offset ``at``, from its first letter or digit."""
    start, end = 0, len(text)
    for sep in _splitter(ends).finditer(text):
        if sep.end() <= at:
            start = sep.end()
        elif sep.start() > at:
            end = sep.start()
            break
    while start < end and not text[start].isalnum():  # spaces, and an emoji or bullet before it
        start += 1
    return start, _trim(text, start, end)


def _trim(text: str, start: int, end: int) -> int:
    """The end without trailing spaces, emoji or stray punctuation, and without a parenthesis
    left open by the cut ("Engineer(React" -> "Engineer")."""
    while True:
        while end > start and not (text[end - 1].isalnum() or text[end - 1] in KEEP_AT_END):
            end -= 1
        opened = text.rfind("(", start, end)
        if opened < 0 or text.find(")", opened, end) >= 0:
            return end
        end = opened


def focus(ctx: Context, settings: SuggestSettings) -> list[Part]:
    """The focus terms counted evidence supports, in market order, at most ``max_focus``.

    Each is linked to the first counted phrase that says it in the market's own words (a keyword
    of its family), else to the first one whose evidence family stands for it.
    """
    shares = {f.name: f.share for f in ctx.target.keywords}
    hits = [
        (m.start, m.end, name) for name in shares for m in ctx.hits("summary", KeywordKey(name))
    ]
    order: dict[str, int] = {}  # label -> order of first appearance
    source: dict[str, tuple[bool, Item]] = {}  # label -> (said in a keyword, the phrase)
    share: dict[str, float] = {}
    for item in _counted(ctx):
        names = {n for s, e, n in hits if s < item.end and e > item.start}
        fallback = settings.evidence.get(item.family)
        said = bool(names)
        if not names and fallback in shares:
            names = {fallback}
        said_text = ctx.texts["summary"][item.start : item.end].casefold()
        for name in names:
            label = settings.focus.get(name)
            if label is None:
                continue
            needs = settings.focus_needs.get(label)
            if needs and not any(re.search(rf"\b{re.escape(w)}\b", said_text) for w in needs):
                continue  # "Information Retrieval" supports no "RAG"
            order.setdefault(label, len(order))
            if label not in source or (said and not source[label][0]):
                source[label] = (said, item)
            share[label] = max(share.get(label, 0.0), shares[name])
    ranked = sorted(order, key=lambda label: (-share[label], order[label]))
    return [
        Part(label, (("summary", source[label][1].start, source[label][1].end),))
        for label in ranked[: settings.max_focus]
    ]


def _counted(ctx: Context) -> list[Item]:
    return [i for i in ctx.assessment().items if i.status == "counted"]


def proof(ctx: Context, settings: SuggestSettings) -> Part | None:
    """The first number of users, requests or work the About states as the person's own."""
    text = ctx.texts["summary"]
    scale = ctx.evidence_model.settings.scale_units
    numbers, units = _words(scale.numbers), _words(scale.units)
    rates = sorted(settings.rates, key=len, reverse=True)
    followers = frozenset(settings.unit_followers)
    for item in _counted(ctx):
        if item.family != "scale":
            continue
        said = text[item.start : item.end]
        tokens = tokenize(said)
        if not tokens or "\n" in said:
            continue
        if not (said[:1].isdigit() or tokens.norm(0) in numbers):
            continue
        # the number and the first unit after it ("2,400 clinicians", not "... clinicians query")
        unit = next((i for i in range(1, len(tokens)) if tokens.norm(i) in units), None)
        if unit is None:
            continue
        end = item.start + tokens.ends[unit]
        rest = text[end : end + 20].lower()
        for rate in rates:
            if rest.startswith(" " + rate) and not rest[len(rate) + 1 : len(rate) + 2].isalnum():
                end += len(rate) + 1
                break
        else:
            after = tokenize(text[end : end + 40])
            if after and not after.gap(0).strip() and after.norm(0) not in followers:
                continue  # the noun phrase goes on: a cut-off number reads as nonsense
        words = " ".join(text[item.start : end].split())
        shown = settings.proof.replace("{text}", words)
        if len(shown) <= settings.proof_max:
            return Part(shown, (("summary", item.start, end),))
    return None
