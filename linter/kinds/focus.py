"""``focus``: the headline names a role but no focus recruiters search for with it.

A focus is a keyword family of the target with a ``focus`` term (LLM applications, RAG,
agents...) or one of its focus areas (computer vision, search and ranking...), in the
market's words (``linter.market``). The suggestions are only the focus terms the About's own
work shows, in the person's words, measured families first by their share of postings; with
none, the advice says what kind of focus to add and offers none. Silent when the headline's
first role is not one of ``roles`` (no role, or a role that aims at another market).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import ClassVar, Literal

from pydantic import Field

from linter import market
from linter.context import Context
from linter.rule import Finding, Prose, RuleBase


class Rule(RuleBase):
    kind: Literal["focus"] = "focus"
    roles: str = Field(description="Lexicon of the roles a focus sharpens ('Data Scientist').")
    elsewhere: tuple[str, ...] = Field(
        default=(), description="Lexicons of roles that aim at another market (silent on them)."
    )
    requires: str | None = Field(
        default=None,
        description="Lexicon of which the headline or the About must name one (else silent).",
    )
    other_roles: str | None = Field(
        default=None, description="Lexicon of any other roles: one named first keeps it silent."
    )
    top: int = Field(default=3, ge=1, description="How many focus terms to suggest at most.")
    suggestion_without_evidence: Prose
    placeholders: ClassVar[frozenset[str]] = frozenset({"match", "focus", "examples"})

    def _role_lexicons(self) -> tuple[str, ...]:
        return (self.roles, *self.elsewhere, *((self.other_roles,) if self.other_roles else ()))

    def lexicons(self) -> Iterable[str]:
        return (*self._role_lexicons(), *((self.requires,) if self.requires else ()))

    def _templates(self) -> Iterable[str]:
        return (*super()._templates(), self.suggestion_without_evidence)

    def check(self, ctx: Context) -> Iterator[Finding]:
        first = market.first_role(ctx, self._role_lexicons())
        if first is None or first[0] != self.roles or not market.names_any(ctx, self.requires):
            return
        target = ctx.target
        measured = sorted((f for f in target.keywords if f.focus), key=lambda f: -f.share)
        terms = {f.name: f.focus or f.name for f in measured}
        areas = [a.name for a in target.focus_areas]
        terms.update({name: name for name in areas})
        if not terms or not market.in_headline(ctx).isdisjoint(terms):
            return
        shown = market.shown(ctx, list(terms)) if ctx.texts["summary"].strip() else {}
        ranked = [name for name in terms if name in shown][: self.top]
        m = first[1]
        values = {
            "match": ctx.span_text("headline", m.start, m.end),
            "focus": ", ".join(
                f"{terms[n]} ('{ctx.span_text('summary', *shown[n])}')" for n in ranked
            ),
            "examples": ", ".join([*(terms[f.name] for f in measured[:2]), *areas[:2]]),
        }
        advice = None if ranked else self.suggestion_without_evidence
        yield self.finding("headline", m.start, m.end, values, advice=advice)
