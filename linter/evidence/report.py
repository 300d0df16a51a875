"""The report's ``evidence``: the assessment of the About, in the wire format."""

from __future__ import annotations

from linter.context import Context
from linter.evidence.assess import Assessment
from linter.evidence.compile import CompiledEvidence
from linter.models import Evidence, FieldName
from linter.offsets import Offsets, clean


def evidence_report(
    found: Assessment, ctx: Context, model: CompiledEvidence, offsets: dict[FieldName, Offsets]
) -> Evidence:
    at, text, labels = offsets["summary"], ctx.texts["summary"], model.labels
    # plain dicts, validated once in pydantic-core: far cheaper than a model per item
    items = [
        {
            "family": item.family,
            "label": labels.get(item.family, item.family),
            "text": clean(text[item.start : item.end]),
            "field": "summary",
            "start": item.start,
            "end": item.end,
            "utf16_start": at.utf16(item.start),
            "utf16_end": at.utf16(item.end),
            "status": item.status,
        }
        for item in found.items
    ]
    return Evidence.model_validate(
        {
            "families": sorted(found.families),
            "forward_deployed": found.forward_deployed,
            "items": items,
        }
    )
