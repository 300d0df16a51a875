"""``keywords``: the About's own work shows families of the target's market that it never names
in the market's words (a chatbot but never "LLM", a Flask service but never "API").

Never on a headline alone, and never the same list for everyone: only the families the person's
own work shows (``linter.market``, weighed by the evidence model), ranked by their share of the
target's postings. Silent where another finding states the same gap (``defer_to``), and where
the headline's first role aims at another market: there it names the fitting target once.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import ClassVar, Literal

from pydantic import Field

from linter import market
from linter.context import Context
from linter.rule import Finding, Prose, RuleBase


class Rule(RuleBase):
    kind: Literal["keywords"] = "keywords"
    top_missing: int = Field(default=3, ge=1, description="How many families to name at most.")
    roles: str = Field(description="Lexicon of the roles that aim at the target's market.")
    elsewhere: dict[str, str] = Field(
        default_factory=dict,
        description="Lexicon of roles that aim at another market -> the target to suggest for "
        'it ("": none fits; the rule stays silent).',
    )
    requires: str | None = Field(
        default=None,
        description="Lexicon of which the headline or the About must name one (else silent).",
    )
    other_roles: str | None = Field(
        default=None,
        description="Lexicon of any other roles: one named first keeps the rule on its target.",
    )
    defer_to: tuple[str, ...] = Field(
        default=(),
        description="Rules whose finding without a fix already states the gap (no evidence).",
    )
    each: Prose = Field(description="One suggestion per family named ({family}, {quote}...).")
    message_elsewhere: Prose
    suggestion_elsewhere: Prose
    placeholders: ClassVar[frozenset[str]] = frozenset(
        {"count", "families", "missing", "found", "title", "family", "share", "quote"}
        | {"role", "target"}
    )

    def _role_lexicons(self) -> tuple[str, ...]:
        return (self.roles, *self.elsewhere, *((self.other_roles,) if self.other_roles else ()))

    def lexicons(self) -> Iterable[str]:
        return (*self._role_lexicons(), *((self.requires,) if self.requires else ()))

    def _templates(self) -> Iterable[str]:
        return (
            *super()._templates(),
            self.each,
            self.message_elsewhere,
            self.suggestion_elsewhere,
        )

    def check(self, ctx: Context) -> Iterator[Finding]:
        if not ctx.texts["summary"].strip() or not market.names_any(ctx, self.requires):
            return  # a headline alone (the focus check speaks for it), or far from the market
        first = market.first_role(ctx, self._role_lexicons())
        if first is not None and first[0] in self.elsewhere:
            yield from self._elsewhere(ctx, first[0], first[1].start, first[1].end)
            return
        if any(not fixed for name in self.defer_to for fixed in ctx.fired.get(name, ())):
            return
        target, said = ctx.target, market.said(ctx)
        unsaid = [f.name for f in target.keywords if f.name not in said]
        if not market.has_phrases(ctx, unsaid):
            return
        shown = market.shown(ctx, unsaid)
        missing = sorted(
            (f for f in target.keywords if f.name in shown),
            key=lambda f: -f.share,
        )[: self.top_missing]
        if not missing:
            return
        quotes = {f.name: ctx.span_text("summary", *shown[f.name]) for f in missing}
        values: dict[str, object] = {
            "count": len(missing),
            "families": "family" if len(missing) == 1 else "families",
            "missing": ", ".join(f"{f.name} ({f.share:.0%})" for f in missing),
            "found": ", ".join(f"'{quotes[f.name]}'" for f in missing),
            "title": target.title,
        }
        extra = tuple(
            self.render(
                self.each,
                {**values, "family": f.name, "share": f"{f.share:.0%}", "quote": quotes[f.name]},
            )
            for f in missing
        )
        start, end = shown[missing[0].name]
        yield self.finding("summary", start, end, values, extra=extra)

    def targets(self) -> Iterable[str]:
        return (name for name in self.elsewhere.values() if name)

    def _elsewhere(self, ctx: Context, lexicon: str, start: int, end: int) -> Iterator[Finding]:
        name = self.elsewhere[lexicon]
        if not name or name == ctx.target.name:
            return  # no market fits it better, or the profile already aims there
        values = {
            "role": ctx.span_text("headline", start, end),
            "target": name,
            "title": ctx.target.title,
        }
        yield self.finding(
            "headline",
            start,
            end,
            values,
            message=self.message_elsewhere,
            advice=self.suggestion_elsewhere,
        )
