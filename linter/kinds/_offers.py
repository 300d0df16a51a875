"""What the title kinds share: whether the About's evidence earns a title, in the person's words."""

from __future__ import annotations

from linter.context import Context
from linter.evidence.assess import Assessment
from linter.schema import TitleOffer


def earned(offer: TitleOffer, found: Assessment, ctx: Context) -> bool:
    if offer.requires == "forward-deployed":
        return found.forward_deployed
    return len(found.systems) >= ctx.evidence_model.settings.titles.ai_engineer


def first_offer(ctx: Context) -> TitleOffer | None:
    """The first title the target offers that the About earns (the target lists best first)."""
    found = ctx.assessment()
    return next((o for o in ctx.target.offers if earned(o, found, ctx)), None)


def quoted(found: Assessment, ctx: Context, families: frozenset[str] | None = None) -> str:
    """The counted evidence in the person's own words, one phrase per family, at most four."""
    seen: dict[str, str] = {}
    for item in found.items:
        wanted = families is None or item.family in families
        if item.status == "counted" and item.family not in seen and wanted:
            seen[item.family] = ctx.span_text("summary", item.start, item.end)
    return ", ".join(f"'{text}'" for text in list(seen.values())[:4])
