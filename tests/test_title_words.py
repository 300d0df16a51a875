"""``title_span``: the whole title a title match stands in, as the score's detail quotes it."""

from __future__ import annotations

import pytest

from linter import Profile, lint


@pytest.mark.parametrize(
    ("headline", "title"),
    [
        ("Deputy General Manager at Acme", "Deputy General Manager"),
        ("Executive Director, Sales", "Executive Director"),
        ("Senior Data Engineer | Spark", "Senior Data Engineer"),
        ("Head of Data Science at X", "Head of Data Science"),
        ("Head of Data for Acme Bank", "Head of Data"),
        ("Software Engineer @ Google", "Software Engineer"),
        ("I am an ML Engineer", "ML Engineer"),  # a lower-case word is no part of it
        ("ML Engineer PyTorch LLMs", "ML Engineer"),  # skills after it are not either
        ("Engineer", "Engineer"),
    ],
)
def test_the_title_detail_quotes_the_whole_title(headline: str, title: str) -> None:
    detail = lint(Profile(headline=headline)).breakdown[0].detail
    assert detail.startswith(f"'{title}' is ")
