"""``title``: a legacy title held now. A new title is offered only when the About earns it.

The target lists the titles it may offer, best first; the evidence model (``linter.evidence``)
decides which one the About's own work earns. With one, the finding carries an unsafe fix to it
and quotes the evidence; without one, the advice is to show the work first, and no new title is
offered at all.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import ClassVar, Literal

from pydantic import Field

from linter.context import Context
from linter.kinds._offers import first_offer, quoted
from linter.kinds._titles import TitleFields, find_titles
from linter.models import Applicability
from linter.rule import Finding, Prose, RuleBase


class Rule(RuleBase, TitleFields):
    kind: Literal["title"] = "title"
    suggestion_without_evidence: Prose
    localized: dict[str, str] = Field(
        default_factory=dict,
        description="Title phrase -> the systems title the market uses in that language.",
    )
    placeholders: ClassVar[frozenset[str]] = frozenset({"match", "title", "evidence"})

    @property
    def fixable(self) -> Applicability | None:
        return "unsafe"  # a new title changes what the profile claims: the person decides

    def lexicons(self) -> Iterable[str]:
        return (self.seniority, *((self.qualifiers,) if self.qualifiers else ()))

    def _templates(self) -> Iterable[str]:
        return (*super()._templates(), self.suggestion_without_evidence)

    def check(self, ctx: Context) -> Iterator[Finding]:
        matches = [(f, m) for f in self.fields for m in find_titles(self, ctx, f)]
        if not matches:
            return
        offer = first_offer(ctx)
        evidence = quoted(ctx.assessment(), ctx) if offer else ""
        for field, m in matches:
            title = offer.title if offer else ctx.target.title
            if offer is not None and offer.requires == "systems":
                title = self.localized.get(m.key, title)
            values: dict[str, object] = {
                "match": ctx.span_text(field, m.start, m.end),
                "title": title,
                "evidence": evidence,
            }
            if offer is None:
                yield self.finding(
                    field, m.start, m.end, values, advice=self.suggestion_without_evidence
                )
            else:
                yield self.finding(field, m.start, m.end, values, replacement=title)
