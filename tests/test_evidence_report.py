"""The report's ``evidence`` (``linter.evidence.report``): each item's text is the About's own
words (lone surrogates replaced), its UTF-16 offsets count an astral character as two units."""

from __future__ import annotations

import pytest

from linter import Profile, lint
from linter.offsets import clean

ABOUT = (
    "I built and deployed a retrieval-augmented generation pipeline to production. "
    "I designed evaluation harnesses for our LLM agents."
)


def _utf16(text: str, offset: int) -> int:
    return offset + sum(1 for ch in text[:offset] if ord(ch) > 0xFFFF)


@pytest.mark.parametrize(
    "summary",
    [
        ABOUT,  # ASCII: the offsets agree
        "\U0001d400\U0001f680 " + ABOUT.replace("production", "production \U0001f680"),
        "\ud800 " + ABOUT.replace("LLM", "LLM \udfff"),  # lone surrogates, kept in offsets
    ],
)
def test_items_quote_the_about_with_their_utf16_offsets(summary: str) -> None:
    evidence = lint(Profile(headline="ML Engineer", summary=summary)).evidence
    assert evidence is not None and evidence.items  # the About holds evidence: items to check
    for item in evidence.items:
        assert item.text == clean(summary[item.start : item.end])
        assert (item.utf16_start, item.utf16_end) == (
            _utf16(summary, item.start),
            _utf16(summary, item.end),
        )
    assert evidence.families == tuple(
        sorted({i.family for i in evidence.items if i.status == "counted"})
    )
