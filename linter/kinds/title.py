"""``title``: a legacy title held now. A new title is offered only with the evidence for it.

The target lists the titles it may offer, each with the lexicon of evidence it needs and how
much: with that evidence in the profile the finding carries an unsafe fix to the new title;
without it, the advice is to show the work first and no new title is offered at all.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import ClassVar, Literal

from linter.context import Context
from linter.kinds._titles import TitleFields, find_titles
from linter.models import Applicability
from linter.rule import Finding, Prose, RuleBase
from linter.schema import TitleOffer


class Rule(RuleBase, TitleFields):
    kind: Literal["title"] = "title"
    suggestion_without_evidence: Prose
    placeholders: ClassVar[frozenset[str]] = frozenset({"match", "title", "evidence"})

    @property
    def fixable(self) -> Applicability | None:
        return "unsafe"  # a new title changes what the profile claims: the person decides

    def lexicons(self) -> Iterable[str]:
        return (self.seniority,)

    def _templates(self) -> Iterable[str]:
        return (*super()._templates(), self.suggestion_without_evidence)

    def check(self, ctx: Context) -> Iterator[Finding]:
        matches = [(f, m) for f in self.fields for m in find_titles(self, ctx, f)]
        if not matches:
            return
        offer: TitleOffer | None = None
        evidence = frozenset[str]()
        for candidate in ctx.target.offers:
            found = ctx.evidence(candidate.evidence)
            if len(found) >= candidate.min_evidence:
                offer, evidence = candidate, found
                break
        for field, m in matches:
            values: dict[str, object] = {
                "match": ctx.span_text(field, m.start, m.end),
                "title": offer.title if offer else ctx.target.title,
                "evidence": ", ".join(sorted(evidence)[:4]),
            }
            if offer is None:
                yield self.finding(
                    field, m.start, m.end, values, advice=self.suggestion_without_evidence
                )
            else:
                yield self.finding(field, m.start, m.end, values, replacement=offer.title)
