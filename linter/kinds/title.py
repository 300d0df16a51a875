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
from linter.models import Applicability, Edit, Fix
from linter.rule import Finding, Prose, RuleBase


class Rule(RuleBase, TitleFields):
    kind: Literal["title"] = "title"
    suggestion_without_evidence: Prose
    placeholders: ClassVar[frozenset[str]] = frozenset({"match", "title", "evidence"})

    @property
    def fixable(self) -> Applicability | None:
        return "unsafe"


def lexicons(rule: Rule) -> Iterable[str]:
    return (rule.seniority,)


def check(rule: Rule, ctx: Context) -> Iterator[Finding]:
    matches = [(f, m) for f in rule.fields for m in find_titles(rule, ctx, f)]
    if not matches:
        return
    offer, evidence = None, frozenset[str]()
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
            yield Finding(
                field,
                m.start,
                m.end,
                values,
                (rule.render(rule.suggestion_without_evidence, values),),
            )
            continue
        fix = Fix(
            applicability="unsafe", edits=(Edit(start=m.start, end=m.end, replacement=offer.title),)
        )
        yield Finding(
            field, m.start, m.end, values, (offer.title, rule.render(rule.suggestion, values)), fix
        )
