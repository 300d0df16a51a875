"""The role an About opens with, in its own words: what ``no-role-title`` offers to put first
in a headline that names none ("Machine Learning Engineer with 5 years of...", "I am a
software engineer at...")."""

from __future__ import annotations

import re
from typing import NamedTuple

from linter.context import Context
from linter.text import Tokens

MAX_ABBREVIATION = 4  # a longer title in capitals would shout
JOINS = frozenset({"and", "or", "und", "et", "y", "e"})  # before a lower-case title: no title
MINOR = frozenset({"of", "and", "for", "the", "in", "at", "to", "on", "de", "da", "do"})
MAX_LOWER = 3  # lower-case words a title takes before its role word ("machine learning engineer")


class RoleWords(NamedTuple):
    """The rule's word lists, as sets of the text's folded forms."""

    skip: frozenset[str]  # before the title, no part of it: "An", "Experienced"
    bounds: frozenset[str]  # end a lower-case title on its left: "a", "as", "am", "and"
    past: frozenset[str]  # earlier in its sentence, the role is history: "worked", "former"


def about_role(
    ctx: Context, roles: str, within: int, words: RoleWords, claims: tuple[str, ...]
) -> str:
    """The role the About opens with, in its own words: the first role word within ``within``
    words of its start, with the words right before it that are part of the title ("Machine
    Learning Engineer", "a software engineer" written as "Software Engineer"); "" when it opens
    otherwise, with a role it had ("Worked as a product manager"), or with one of ``claims`` (a
    modern title) that the About does not back: the linter never offers an unbacked claim, even
    in the person's own words."""
    tokens = ctx.tokens["summary"]
    hits = [m for m in ctx.lexicon_hits("summary", roles) if m.last < within]
    if not hits or tokens.text[: tokens.starts[hits[0].first]].count("\n") > 1:
        return ""
    m = min(hits, key=lambda h: h.first)
    text, last = tokens.text, m.last
    after = text[tokens.ends[last] : tokens.ends[last] + 2]
    if after[:1] in ("-", "'", "\u2019", "/"):
        return ""  # "Engineer-Researcher", "Teacher's College", "engineer/researcher"
    first = _title_start(tokens, m.first, words.bounds)
    if first < 0:
        return ""
    if any(tokens.norm(i) in words.past for i in _sentence_before(tokens, first)):
        return ""  # "Worked at X as a product manager": a role held, not the one held now
    while first < m.first and tokens.norm(first) in words.skip:
        first += 1  # "Experienced Data Engineer": the title is "Data Engineer"
    role = text[tokens.starts[first] : tokens.ends[last]]
    if not role[:1].isupper() and first == m.first:
        return ""  # "I work as an engineer": a word in a sentence, not a title
    role = re.sub(r"\b[a-z]+\b", _title_case, role)  # "software engineer": as a title
    if role.isupper() and len(role) > MAX_ABBREVIATION:
        return ""  # it would shout
    said = " " + re.sub(r"[^a-z0-9]+", " ", role.casefold()) + " "
    if any(f" {c} " in said for c in claims) and len(ctx.assessment().systems) < (
        ctx.evidence_model.settings.titles.modern_title
    ):
        return ""
    return role


def _title_start(tokens: Tokens, first: int, bounds: frozenset[str]) -> int:
    """The first token of the title whose role word is token ``first``: the words before it
    joined by a space ("Machine Learning Engineer"), or by " & " between capitals ("Safety &
    Compliance Manager"), up to a word of ``bounds``; -1 for a title joined to another by a
    slash ("geologist/data scientist"), or one of more lower-case words than a title has."""
    text, starts, ends = tokens.text, tokens.starts, tokens.ends
    lower = 0 if text[starts[first]].islower() else None  # lower-case words taken, if any may be
    while first > 0:
        prev = first - 1
        gap = text[ends[prev] : starts[first]]
        raw = text[starts[prev] : ends[prev]]
        if gap == "/" or (gap == "-" and text[starts[first]].islower()):
            return -1  # "geologist/data scientist", "full-stack developer"
        if gap == " & " and raw[:1].isupper() and text[starts[first]].isupper():
            first = prev  # "Quality Safety & Compliance Manager"
            continue
        if lower is not None and tokens.norm(prev) in JOINS:
            return -1  # "a calm and friendly worker": adjectives, or two roles
        if (
            lower is None
            and raw == "And"
            and gap == " "
            and prev > 0
            and (text[ends[prev - 1] : starts[prev]] == " " and text[starts[prev - 1]].isupper())
        ):
            first = prev  # "Sales And Partnerships Specialist": one title in capitals
            continue
        if lower and gap == " " and not raw.isalpha():
            return -1  # "PMP & ITIL4 certified professional": a part a title cannot drop
        if gap != " " or tokens.norm(prev) in bounds or not raw.isalpha() or len(raw) < 2:
            break  # "Bangkok-based Engineer": a hyphen or a comma ends the title
        if not raw[:1].isupper():
            if lower is None:
                break  # "based Machine Learning Engineer": only capitals before a capital
            lower += 1
            if lower > MAX_LOWER:
                return -1
        else:
            lower = None  # "Senior software engineer": capitals, then no lower-case word
        first = prev
    return first


def _sentence_before(tokens: Tokens, first: int) -> range:
    """The tokens of token ``first``'s sentence that stand before it."""
    sentence = tokens.sentence(first)
    i = first
    while i > 0 and tokens.sentence(i - 1) == sentence:
        i -= 1
    return range(i, first)


def _title_case(word: re.Match[str]) -> str:
    w = word.group()
    if w in MINOR:
        return w  # "Head of Data"
    return w.upper() if len(w) <= 2 else w.capitalize()  # "ml engineer": "ML Engineer"
