"""``suggest()``: up to three honest headlines composed from the profile's own words and evidence.

Composition from data (``rules/suggest.toml``) and the evidence model, no language model and no
network, so the page runs the same code in the browser. Each candidate joins a title, two or
three focus terms and optionally a proof point (``linter.suggest_parts``); each is then linted
with the same About, and offered only when its headline draws no warning or error and the
profile's score with it is at least the current one. Best first: by that score, then by
fullness (the most focus terms and the proof point first).
"""

from __future__ import annotations

from collections.abc import Iterator

from linter.catalog import limits
from linter.config import Config
from linter.engine import build_context, compile_rules, lint_signals, score_findings
from linter.errors import RulePackError
from linter.models import Profile, Report
from linter.offsets import Offsets, utf16_len
from linter.suggest_areas import own_areas
from linter.suggest_models import Source, Suggestion, Suggestions
from linter.suggest_parts import BLOCKING, Part, Span, focus, proof, title
from linter.suggest_schema import SuggestSettings

MAX_SUGGESTIONS = 3
_DEFAULT = Config()


def suggest(profile: Profile, config: Config | None = None) -> Suggestions:
    """Suggest headlines for ``profile``; raises only for bad configuration or an unknown
    target, as ``lint()`` does. An empty list when nothing honest can be built."""
    config = config or _DEFAULT
    compiled = compile_rules(config, profile.target)
    settings = compiled.ruleset.suggest
    if settings is None:
        raise RulePackError("no pack defines the [suggest] settings")
    target = compiled.target.name
    if not profile.summary.strip():
        return Suggestions(target=target, suggestions=())  # no About: nothing to build from
    report, _ = lint_signals(profile, config)  # no impacts: only findings and the score
    ctx = build_context(compiled, profile, config)
    bounds = limits(compiled.ruleset, config)
    renames = frozenset(r.name for r, _, _ in compiled.rules if r.kind == "title")
    decisions = renames | {r.name for r, _, _ in compiled.rules if r.kind == "claim"}
    head = title(ctx, report, settings, bounds.fold, renames, decisions)
    kept = [a for a in own_areas(ctx) if head is None or not _inside(a, head)]
    terms = [*kept, *focus(ctx, settings)][: settings.max_focus]
    if head is None or len(terms) < settings.min_focus:
        return Suggestions(target=target, suggestions=())
    point = proof(ctx, settings)
    offsets = Offsets(profile.headline), Offsets(profile.summary)
    found: list[Suggestion] = []
    seen = {" ".join(profile.headline.split()).casefold()}
    for chosen, with_proof in _shapes(len(terms), point is not None, settings):
        parts = [head, *terms[:chosen], *([point] if with_proof and point else [])]
        text = _join(head, terms[:chosen], point if with_proof else None, settings)
        if text.casefold() in seen or utf16_len(text) > bounds.headline:
            continue
        seen.add(text.casefold())
        scored = _verify(profile, text, report, config, settings.min_gain)
        if scored is None:
            continue
        sources = tuple(_source(profile, offsets, span) for part in parts for span in part.sources)
        found.append(Suggestion(headline=text, score=scored, sources=sources))
        if len(found) == MAX_SUGGESTIONS:
            break
    found.sort(key=lambda s: -s.score)  # stable: equal scores keep the fuller one first
    return Suggestions(target=target, suggestions=tuple(found))


def _shapes(terms: int, has_proof: bool, settings: SuggestSettings) -> Iterator[tuple[int, bool]]:
    """Fullest first: all focus terms with the proof, without it, then the fewest terms."""
    for count in sorted({terms, settings.min_focus}, reverse=True):
        if has_proof:
            yield count, True
        yield count, False


def _join(head: Part, terms: list[Part], point: Part | None, settings: SuggestSettings) -> str:
    segments = [head.text, _capital(settings.focus_separator.join(t.text for t in terms))]
    if point is not None:
        segments.append(_capital(point.text))
    return settings.separator.join(segments)


def _inside(part: Part, head: Part) -> bool:
    """Whether ``part`` comes from words of the title itself ("Computer Vision Engineer")."""
    return any(
        f == hf and hs <= s and e <= he for f, s, e in part.sources for hf, hs, he in head.sources
    )


def _capital(text: str) -> str:
    """A segment starts with a capital ("Deployment, RAG"); the rest stays as written."""
    return text[:1].upper() + text[1:]


def _verify(
    profile: Profile, headline: str, current: Report, config: Config, min_gain: int
) -> int | None:
    """The profile's score with ``headline``, or None when it would draw a warning or an error
    on the headline, lower the score, or gain less than ``min_gain`` over a headline with no
    finding of its own (a generic line in place of the person's specific one, for a point or
    two, says less than what they wrote)."""
    score, diagnostics = score_findings(
        Profile(headline=headline, summary=profile.summary, target=profile.target), config
    )
    if any(d.field == "headline" and d.severity in BLOCKING for d in diagnostics):
        return None
    score, before = score or 0, current.score or 0
    flawed = any(d.field == "headline" for d in current.diagnostics)
    if score >= before + min_gain or (flawed and score >= before):
        return score
    return None


def _source(profile: Profile, offsets: tuple[Offsets, Offsets], span: Span) -> Source:
    field, start, end = span
    text = profile.text(field)
    at = offsets[0] if field == "headline" else offsets[1]
    return Source(
        text=text[start:end],
        field=field,
        start=start,
        end=end,
        utf16_start=at.utf16(start),
        utf16_end=at.utf16(end),
    )
