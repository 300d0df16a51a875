"""``keywords``: the profile names too few of the keyword families its target market asks for.

The families and their shares come from the target (``rules/targets.toml``), so the same rule
asks an AI engineer for deployment and RAG, and a researcher for publications.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar, Literal

from pydantic import Field

from linter.context import Context
from linter.keys import KeywordKey
from linter.models import FIELDS, FieldName
from linter.rule import Finding, RuleBase


class Rule(RuleBase):
    kind: Literal["keywords"] = "keywords"
    top_missing: int = Field(default=3, ge=1, description="How many missing families to name.")
    headline_only_min: int = Field(
        default=1, ge=0, description="Families needed when there is no About text to hold more."
    )
    placeholders: ClassVar[frozenset[str]] = frozenset({"found", "needed", "missing", "title"})

    def check(self, ctx: Context) -> Iterator[Finding]:
        target = ctx.target
        if not any(ctx.texts[f].strip() for f in FIELDS) or target.min_keywords == 0:
            return
        families = {KeywordKey(fam.name): fam.name for fam in target.keywords}
        present = {families[k] for f in FIELDS for k in ctx.matches[f] if k in families}
        needed = target.min_keywords if ctx.texts["summary"].strip() else self.headline_only_min
        if len(present) >= min(needed, target.min_keywords):
            return
        missing = sorted(
            (fam for fam in target.keywords if fam.name not in present), key=lambda f: -f.share
        )[: self.top_missing]
        named = [f"{fam.name} ({fam.share:.0%})" for fam in missing]
        values = {
            "found": len(present),
            "needed": needed,
            "missing": ", ".join(named),
            "title": target.title,
        }
        field: FieldName = "summary" if ctx.texts["summary"].strip() else "headline"
        advice = tuple(f"If your work includes {fam.name}, say so in its words" for fam in missing)
        yield self.finding(field, 0, 0, values, extra=advice)
