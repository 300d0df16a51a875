"""Bullet blocks (``linter.evidence.blocks``): the lead-ins found from the text's colons are the
units whose line ends with one, as a walk over every unit finds them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bench import gen
from linter.evidence.blocks import _bullets_after, blocks, is_bullet
from linter.evidence.clauses import Layout, layout
from linter.text import Tokens, tokenize

TEXTS = [
    "I have completed the following courses:\n✅ Building RAG Agents\n✅ LLM evals\nThanks.",
    "AREAS OF EXPERTISE:\n\n• Generative AI\n• MLOps",  # one blank line under the lead-in
    "Skills: Python, SQL.\nWhat I did:   \n- Built a parser\n- Led a team",  # colon mid-line
    "Note: this. Then:  . And more:\n• a bullet",  # a colon before a sentence's end
    "• a bullet that ends:\n• another\nLast line:",  # a bullet lead-in; the last unit
    "Ratio 3:1 here\nplain line:",
    "",
    ":",
    "a:\n:\n- b",
]


def by_every_unit(tokens: Tokens, lay: Layout) -> Iterator[tuple[int, list[int]]]:
    """The walk the colons replace: each unit but the last, its line stripped."""
    count = len(lay.unit_breaks) + 1
    for lead in range(count - 1):
        line = tokens.text[slice(*lay.unit_span(lead))].strip()
        if line.endswith(":") and not is_bullet(tokens, lay, lead):
            yield lead, list(_bullets_after(tokens, lay, lead, count))


@pytest.mark.parametrize("text", TEXTS + [p.summary for p in gen.profiles(60)])
def test_lead_ins_are_the_units_whose_line_ends_with_a_colon(text: str) -> None:
    tokens = tokenize(text)
    lay = layout(tokens, [])
    assert list(blocks(tokens, lay)) == list(by_every_unit(tokens, lay))


def test_a_lead_in_frames_the_bullets_under_it() -> None:
    tokens = tokenize(TEXTS[0])
    assert list(blocks(tokens, layout(tokens, []))) == [(0, [1, 2])]
