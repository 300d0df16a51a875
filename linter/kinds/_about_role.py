"""The role an About opens with, in its own words: what ``no-role-title`` offers to put first
in a headline that names none ("Machine Learning Engineer with 5 years of...")."""

from __future__ import annotations

import re

from linter.context import Context

MAX_ABBREVIATION = 4  # a longer title in capitals would shout


def about_role(
    ctx: Context, roles: str, within: int, skip_words: tuple[str, ...], claims: tuple[str, ...]
) -> str:
    """The role the About opens with, in its own words ("Machine Learning Engineer with 5 years
    of..."): the first role word within ``within`` words of its start, with the capitalised
    words right before it that are part of the title; "" when it opens otherwise, or with one
    of ``claims`` (a modern title) that the About does not back: the linter never offers an
    unbacked claim, even in the person's own words."""
    tokens = ctx.tokens["summary"]
    hits = [m for m in ctx.lexicon_hits("summary", roles) if m.last < within]
    if not hits or tokens.text[: tokens.starts[hits[0].first]].count("\n") > 1:
        return ""
    m = min(hits, key=lambda h: h.first)
    text, first = tokens.text, m.first
    after = text[tokens.ends[m.last] : tokens.ends[m.last] + 2]
    if not text[tokens.starts[first]].isupper() or after[:1] in ("-", "'", "\u2019"):
        return ""  # "an engineer" in a sentence, "Engineer-Researcher", "Teacher's College"
    while first > 0 and text[tokens.starts[first - 1] : tokens.starts[first - 1] + 1].isupper():
        gap = text[tokens.ends[first - 1] : tokens.starts[first]]
        if gap != " ":
            break  # "Bangkok-based Engineer": a hyphen or a comma ends the title
        first -= 1
    skip = frozenset(skip_words)
    while first < m.first and tokens.norm(first) in skip:
        first += 1  # "Experienced Data Engineer": the title is "Data Engineer"
    role = text[tokens.starts[first] : tokens.ends[m.last]]
    if role.isupper() and len(role) > MAX_ABBREVIATION:
        return ""  # it would shout
    said = " " + re.sub(r"[^a-z0-9]+", " ", role.casefold()) + " "
    if any(f" {c} " in said for c in claims) and len(ctx.assessment().systems) < (
        ctx.evidence_model.settings.titles.modern_title
    ):
        return ""
    return role
